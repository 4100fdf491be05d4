from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenReferralConfig(AppConfig):
    name = "openreferral"
    verbose_name = _("Open Referral feed")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from openreferral import signals

        signals.connect()
