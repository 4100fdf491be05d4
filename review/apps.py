from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = _("Learning Academy review")
    demo = "review.demo"
    demo_after = ("forms_app",)

    def ready(self):
        from review import signals  # noqa: F401
        from review.exports import protect_wagtail_exports

        protect_wagtail_exports()
