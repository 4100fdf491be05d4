from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from councils.tenancy import belongs_to, council_of


class CouncilAuthenticationForm(AuthenticationForm):
    """Sign-in that admits a council's own people only, and tells others where to go."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "wrong_council": _(
            "Your account is with %(council)s. Sign in on your own council's site: %(url)s"
        ),
        "council_account_only": _(
            "Staff of this council sign in with their council account. "
            "Use the button “Sign in with your council account”."
        ),
        "no_council": _(
            "Your account does not belong to any council yet. "
            "Ask your council's Learning Academy to add you."
        ),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        council = getattr(self.request, "council", None)
        if belongs_to(user, council):
            from accounts.oidc import local_passwords_allowed

            if not user.is_superuser and not local_passwords_allowed(council):
                raise forms.ValidationError(
                    self.error_messages["council_account_only"], code="council_account_only"
                )
            return
        from home.views import council_site_url

        own = council_of(user)
        if own is None:
            raise forms.ValidationError(self.error_messages["no_council"], code="no_council")
        raise forms.ValidationError(
            self.error_messages["wrong_council"],
            code="wrong_council",
            params={"council": own.name, "url": council_site_url(own, self.request)},
        )
