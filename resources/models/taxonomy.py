"""Controlled vocabularies that pages and organisations are filtered by.

Each is a table rather than a list of choices so editors can add terms
without a developer, and so a future Open Referral UK / HSDS 3.0 API can
publish them as taxonomy terms (``code``, ``name``, ``taxonomy``).
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from councils.tenancy import CouncilOwned


class Term(CouncilOwned):
    code = models.SlugField(
        _("code"),
        max_length=60,
        help_text=_("A short, stable machine name used in web addresses and filters."),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("The name staff see."))
    # Published as the term's Open Referral id; never changes when the term is renamed.
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)

    panels = ["name", "code"]

    class Meta:
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "code"], name="%(app_label)s_%(class)s_code_per_council"
            )
        ]

    def __str__(self):
        return self.name


class Category(Term):
    """A category of community organisation, e.g. "Food and essentials" (an HSDS taxonomy term)."""

    taxonomy = models.CharField(
        _("taxonomy"),
        max_length=60,
        default="better-together",
        help_text=_("The vocabulary this term belongs to; keep the default unless told otherwise."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Optional: what belongs in this category.")
    )

    panels = ["name", "code", "description", "taxonomy"]

    class Meta(Term.Meta):
        verbose_name = _("organisation category")
        verbose_name_plural = _("organisation categories")


class Language(Term):
    """A language an organisation offers its services in (ISO 639-1 code)."""

    code = models.SlugField(
        _("ISO 639-1 code"),
        max_length=12,
        help_text=_("Two letters, e.g. 'bn' for Bengali or 'so' for Somali."),
    )

    class Meta(Term.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class ServiceArea(Term):
    """A part of children's services an intervention belongs to, e.g. Early Help."""

    class Meta(Term.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")


class DeliveryMode(Term):
    """How an intervention is delivered, e.g. in person or online."""

    class Meta(Term.Meta):
        verbose_name = _("delivery mode")
        verbose_name_plural = _("delivery modes")
