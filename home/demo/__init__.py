"""Demo content for `make run`: idempotent, and refused under production settings.

Every step finds what it made last time by a natural key (a username, a
group name, a page slug under its parent) and updates it in place, so running
the loader twice leaves one of everything.
"""
