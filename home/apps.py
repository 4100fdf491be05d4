from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site-wide settings")

    def ready(self):
        from councils.tenancy import index_tasks_across_councils
        from home import localize, page_cache
        from home.localize import guard_translation_publishing

        guard_translation_publishing()
        index_tasks_across_councils()
        localize.connect()
        page_cache.connect()
