from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.signals import task_submitted

        from councils import page_rights
        from councils.notifications import CouncilApprovalSubmissionNotifier
        from councils.tenancy import members_of_current_council

        task_submitted.connect(
            CouncilApprovalSubmissionNotifier(),
            weak=False,
            dispatch_uid="council-approval-submitted",
        )
        page_rights.connect()
        # Every person field of every Wagtail admin form (owners, reviewers, pages'
        # "owner") offers only the council's own people.
        register_form_field_override(
            models.ForeignKey,
            to=get_user_model(),
            override={"limit_choices_to": members_of_current_council},
        )
