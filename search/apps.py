from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Staff search")
    demo = "search.demo"
    demo_after = ("resources",)

    def ready(self):
        from search import lookups, signals

        lookups.register()
        signals.connect()
