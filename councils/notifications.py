from django.conf import settings
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier


class CouncilApprovalSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """Email a council approval task's approvers, who are of the submitted object's council only."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        from councils.models import CouncilApprovalTask

        return isinstance(instance, self.valid_classes) and isinstance(
            instance.task.specific, CouncilApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        from django.contrib.auth import get_user_model

        task = task_state.task.specific
        recipients = task.approvers(task_state.workflow_state.content_object)
        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
            recipients = recipients | get_user_model().objects.filter(is_superuser=True)
        if kwargs.get("user") is not None:
            recipients = recipients.exclude(pk=kwargs["user"].pk)
        return recipients
