import importlib

from django.db.models.signals import post_save

from councils.models import Council
from councils.tenancy import council_scope

# The migration that gave the first council its vocabularies lists what every council starts with.
STARTING = importlib.import_module("resources.migrations.0002_vocabularies")


def seed_vocabularies(sender, instance, created, raw=False, **kwargs):
    """A new council starts with the usual service areas and delivery modes, as the first did."""
    from resources.models import DeliveryMode, ServiceArea

    if raw:
        return
    with council_scope(instance):
        for model, terms in (
            (ServiceArea, STARTING.SERVICE_AREAS),
            (DeliveryMode, STARTING.DELIVERY_MODES),
        ):
            for code, name in terms:
                model.objects.get_or_create(code=code, defaults={"name": name})


def connect():
    post_save.connect(seed_vocabularies, sender=Council, dispatch_uid="seed_vocabularies")
