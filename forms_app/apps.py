from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsAppConfig(AppConfig):
    name = "forms_app"
    verbose_name = _("Forms and submissions")
    demo = "forms_app.demo"
    demo_after = ("resources",)

    def ready(self):
        from home import page_cache

        page_cache.register_token(
            "pagecache-form-token-4c2d9a", _rendered_form_token, _new_form_token
        )


def _rendered_form_token(response):
    form = (response.context_data or {}).get("form")
    if form is None or form.is_bound:
        return None
    return form.initial.get("form_token")


def _new_form_token(request):
    """Each family gets a token of its own, signed when the page is served, cached or not."""
    from forms_app.protection import FormToken

    return FormToken.new().sign()
