from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Practice framework, interventions and directory")
    demo = "resources.demo"

    def ready(self):
        from resources import navigation, signals

        navigation.connect()
        signals.connect()
