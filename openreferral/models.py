from django.db import models
from django.utils.translation import gettext_lazy as _

from councils.tenancy import CouncilOwned


class FeedRemoval(CouncilOwned):
    """A record that was in a council's Open Referral feed and has left it.

    Readers that sync with ``modified_after`` see it as a withdrawn record
    (HSDS ``status: defunct``) carrying only its identifier, never its name
    or details, so nothing that stopped being public is published again.
    """

    class Kind(models.TextChoices):
        SERVICE = "service", _("Service")
        ORGANIZATION = "organization", _("Organisation")

    record = models.UUIDField(_("record"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    removed_at = models.DateTimeField(_("removed at"), db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["council", "kind", "record"], name="feed_removal_once_per_record"
            )
        ]
        verbose_name = _("feed removal")
        verbose_name_plural = _("feed removals")

    def __str__(self):
        return f"{self.kind} {self.record}"


class FeedPublication(CouncilOwned):
    """A record a council's feed has published and still publishes.

    Only a record with a row here becomes a ``FeedRemoval`` when it leaves the
    feed, so a record that was never public (a draft, a page with no public web
    page, a staff-only service) is never announced as withdrawn.
    """

    record = models.UUIDField(_("record"))
    kind = models.CharField(_("kind"), max_length=20, choices=FeedRemoval.Kind.choices)
    published_at = models.DateTimeField(_("published at"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["council", "kind", "record"], name="feed_publication_once_per_record"
            )
        ]
        verbose_name = _("feed publication")
        verbose_name_plural = _("feed publications")

    def __str__(self):
        return f"{self.kind} {self.record}"
