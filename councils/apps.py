from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils")

    def ready(self):
        from wagtail.signals import task_submitted

        from councils import page_rights
        from councils.notifications import CouncilApprovalSubmissionNotifier

        task_submitted.connect(
            CouncilApprovalSubmissionNotifier(),
            weak=False,
            dispatch_uid="council-approval-submitted",
        )
        page_rights.connect()
