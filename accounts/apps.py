from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Signing in")

    def ready(self):
        from accounts import signin  # noqa: F401 - connects the lockout audit
