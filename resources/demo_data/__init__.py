"""Demo content for the three councils' sites, kept as plain Python data.

Each module (``tower_hamlets``, ``newham``, ``telford``) describes one council's practice
framework with the same names: ``SITE``, ``HOME``, ``FRAMEWORK``, ``STANDARDS``,
``RESOURCES``, ``CONTACTS``, ``INTERVENTIONS``, ``ORGANISATIONS``, ``CONSULTATIONS`` and
``PARTICIPATION_GROUPS``. The demo loader turns them into pages and snippets. The text is
written for this project from the councils' published frameworks; people's names and
personal addresses have been replaced by role mailboxes on example.org.
"""
