from django.contrib.auth import views as auth_views

from home.branding import branding_for, public_base_url


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset, with the council's name and its one public address in the email."""

    def form_valid(self, form):
        self.extra_email_context = {
            "branding": branding_for(request=self.request),
            "base_url": public_base_url(request=self.request),
        }
        return super().form_valid(form)
