from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site-wide settings")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed
        from wagtail.signals import task_submitted

        from home import localize, page_cache, page_rights, signin  # noqa: F401 - signin connects the lockout audit
        from home.notifications import CouncilApprovalSubmissionNotifier
        from home.templatetags.site_tags import forget_can_edit

        task_submitted.connect(
            CouncilApprovalSubmissionNotifier(),
            weak=False,
            dispatch_uid="council-approval-submitted",
        )
        localize.connect()
        page_rights.connect()
        page_cache.connect()

        m2m_changed.connect(
            forget_can_edit, sender=get_user_model().groups.through, dispatch_uid="can-edit-site"
        )
