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


class SharedTerm(models.Model):
    """A term of a vocabulary directories share (the LGA / esd lists ORUK recommends).

    Not owned by a council: every council maps its own terms to the same rows, so a
    directory can match services across councils. Loaded from the vendored subset
    in ``resources/vocabularies/`` (its README names the source).
    """

    class Vocabulary(models.TextChoices):
        ESD_SERVICES = "esd-services", _("LGA/esd service types")
        ESD_NEEDS = "esd-needs", _("LGA/esd needs")

    vocabulary = models.CharField(_("vocabulary"), max_length=40, choices=Vocabulary.choices)
    code = models.CharField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    uri = models.URLField(_("URI"), unique=True)

    class Meta:
        ordering = ["vocabulary", "name"]
        verbose_name = _("shared vocabulary term")
        verbose_name_plural = _("shared vocabulary terms")

    def __str__(self):
        return f"{self.name} ({self.get_vocabulary_display()})"


class PublishedTerm(Term):
    """A local term the Open Referral feed publishes, with its meaning and a shared match."""

    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the term means, in a sentence; directories show it beside the name."),
    )
    shared_term = models.ForeignKey(
        SharedTerm,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("shared vocabulary term"),
        help_text=_(
            "Optional: the nearest term of the LGA/esd lists, published beside this one so "
            "directories can match services across councils."
        ),
    )

    panels = ["name", "code", "description", "shared_term"]

    class Meta(Term.Meta):
        abstract = True


class Category(PublishedTerm):
    """A category of community organisation, e.g. "Food and essentials" (an HSDS taxonomy term)."""

    taxonomy = models.CharField(
        _("taxonomy"),
        max_length=60,
        default="better-together",
        help_text=_("The vocabulary this term belongs to; keep the default unless told otherwise."),
    )
    panels = ["name", "code", "description", "taxonomy", "shared_term"]

    class Meta(PublishedTerm.Meta):
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


class ServiceArea(PublishedTerm):
    """A part of children's services an intervention belongs to, e.g. Early Help."""

    class Meta(PublishedTerm.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")


class DeliveryMode(PublishedTerm):
    """How an intervention is delivered, e.g. in person or online."""

    class Meta(PublishedTerm.Meta):
        verbose_name = _("delivery mode")
        verbose_name_plural = _("delivery modes")
