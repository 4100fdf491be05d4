from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site-wide settings")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed

        from councils.tenancy import index_tasks_across_councils
        from home import localize, page_cache
        from home.localize import guard_translation_publishing
        from home.templatetags.site_tags import forget_can_edit

        guard_translation_publishing()
        index_tasks_across_councils()
        localize.connect()
        page_cache.connect()

        m2m_changed.connect(
            forget_can_edit, sender=get_user_model().groups.through, dispatch_uid="can-edit-site"
        )
