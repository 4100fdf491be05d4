"""How each council's staff sign in, and the records signing in keeps."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from councils.models import Council, CouncilGroup
from councils.tenancy import CouncilOwned


@register_setting(icon="key")
class SignInSettings(BaseSiteSetting):
    """How this council's staff sign in: with their council account, a local password, or both.

    The default site's provider comes from the ``OIDC_*`` environment variables;
    any other council's is entered here. The client secret itself never enters
    the database: only the name of the environment variable that holds it.
    """

    issuer = models.URLField(
        _("identity provider (issuer)"),
        blank=True,
        help_text=_(
            "The provider's issuer; its discovery document is read from "
            "<issuer>/.well-known/openid-configuration. For Microsoft Entra ID: "
            "https://login.microsoftonline.com/<tenant id>/v2.0. Empty: no council sign-in."
        ),
    )
    client_id = models.CharField(
        _("client ID"),
        max_length=255,
        blank=True,
        help_text=_("The application (client) ID the provider gave this site."),
    )
    client_secret_variable = models.CharField(
        _("environment variable holding the client secret"),
        max_length=100,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Z][A-Z0-9_]*$",
                _("Capital letters, digits and underscores, e.g. NEWHAM_OIDC_CLIENT_SECRET."),
            )
        ],
        help_text=_("The secret is set on the server under this name, never typed here."),
    )
    groups_claim = models.CharField(
        _("groups claim"),
        max_length=100,
        default="groups",
        help_text=_("The ID token claim listing the person's groups (Entra ID: groups)."),
    )
    refuse_unmapped = models.BooleanField(
        _("refuse people in no mapped group"),
        default=False,
        help_text=_("Otherwise they join Staff."),
    )
    allow_local_passwords = models.BooleanField(
        _("allow local passwords"),
        default=True,
        help_text=_(
            "Off: staff can only sign in with their council account. Platform "
            "operators (superusers) can still sign in with a password at /login/?local=1."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("issuer"),
                FieldPanel("client_id"),
                FieldPanel("client_secret_variable"),
                FieldPanel("groups_claim"),
            ],
            heading=_("Council account provider"),
        ),
        FieldPanel("refuse_unmapped"),
        FieldPanel("allow_local_passwords"),
    ]

    class Meta:
        db_table = "home_signinsettings"
        verbose_name = _("sign-in")


class SignInGroupMapping(CouncilOwned):
    """One value of the provider's groups claim, and the council group it gives.

    Read at every sign-in with the council account: a change here, or in the
    provider, takes effect at the person's next sign-in.
    """

    claim_value = models.CharField(
        _("claim value"),
        max_length=255,
        help_text=_("As the provider sends it; for Entra ID the group's object ID."),
    )
    role = models.CharField(_("council group"), max_length=20, choices=CouncilGroup.Role.choices)

    panels = [FieldPanel("claim_value"), FieldPanel("role")]

    class Meta:
        db_table = "home_signingroupmapping"
        constraints = [
            models.UniqueConstraint(
                fields=["council", "claim_value", "role"], name="one_mapping_per_claim_and_role"
            )
        ]
        ordering = ["claim_value"]
        verbose_name = _("sign-in group mapping")
        verbose_name_plural = _("sign-in group mappings")

    def __str__(self):
        return f"{self.claim_value} → {self.get_role_display()}"


class OIDCIdentity(models.Model):
    """The provider's subject a person signs in as: found by it, never by email alone."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oidc_identities"
    )
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="+")
    issuer = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    last_sign_in = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "home_oidcidentity"
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="one_user_per_subject")
        ]
        verbose_name = _("council account")

    def __str__(self):
        return f"{self.subject} ({self.issuer})"


class SignedInSession(models.Model):
    """A session someone signed in to, so that an operator can end all of a person's at once.

    Sessions are kept by key only; finding a person's among them would mean
    reading every session in the database.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signed_in_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    started = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "home_signedinsession"

    def __str__(self):
        return f"{self.user} {self.started:%Y-%m-%d %H:%M}"
