from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsAppConfig(AppConfig):
    name = "forms_app"
    verbose_name = _("Forms and submissions")
