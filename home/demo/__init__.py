"""Demo content for `make run`: idempotent, and refused under production settings.

Every step finds what it made last time by a natural key (a username, a
group name, a page slug under its parent) and updates it in place, so running
the loader twice leaves one of everything.
"""


def app_demos():
    """Each app's demo module, as its AppConfig declares it, after the demos it builds on.

    An app declares ``demo`` (its module) and ``demo_after`` (the apps whose
    demo content its own refers to), so this loader needs to know no app by name.
    """
    from graphlib import TopologicalSorter
    from importlib import import_module

    from django.apps import apps

    declared = {
        config.label: config for config in apps.get_app_configs() if getattr(config, "demo", None)
    }
    order = TopologicalSorter(
        {
            label: set(getattr(config, "demo_after", ())) & set(declared)
            for label, config in declared.items()
        }
    ).static_order()
    return [import_module(declared[label].demo) for label in order]
