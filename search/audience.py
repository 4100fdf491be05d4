"""Who is searching: the council whose site they search and what they may open."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from search.models import SearchEntry


@dataclass(frozen=True)
class Audience:
    """Who is searching: the council of the site they search and what they may open.

    Every query of staff search starts from ``entries()``, so an entry of
    another council, or one behind a restriction the person does not pass,
    is never matched, counted, suggested or shown.
    """

    council_id: int | None
    superuser: bool = False
    signed_in: bool = False
    group_ids: tuple = ()

    @classmethod
    def of(cls, user, council):
        if council is None:
            return cls(None)
        if user is None or not user.is_authenticated:
            return cls(council.pk)
        # As the page cache found them for this request, under the same site-wide generation.
        group_ids = getattr(user, "_page_cache_group_ids", None)
        if group_ids is None:
            group_ids = tuple(sorted(user.groups.values_list("pk", flat=True)))
        return cls(council.pk, user.is_superuser, True, group_ids)

    @property
    def key(self):
        """What the results depend on, for cache keys: never more than the groups."""
        if self.superuser:
            return f"{self.council_id}:all"
        return f"{self.council_id}:{int(self.signed_in)}:{','.join(map(str, self.group_ids))}"

    def visible(self):
        """A Q for entries this person may open."""
        if self.superuser:
            return ~Q(restriction=SearchEntry.PASSWORD)
        if not self.signed_in:
            return Q(restriction=SearchEntry.OPEN)
        in_group = Exists(
            SearchEntry.allowed_groups.through.objects.filter(
                searchentry_id=OuterRef("pk"), group_id__in=self.group_ids
            )
        )
        return Q(restriction__in=[SearchEntry.OPEN, SearchEntry.LOGIN]) | (
            Q(restriction=SearchEntry.GROUPS) & in_group
        )

    def entries(self):
        if self.council_id is None:
            return SearchEntry.all_councils.none()
        return SearchEntry.all_councils.filter(council_id=self.council_id).filter(self.visible())

    def may_open(self, entry):
        return self.entries().filter(pk=entry.pk).exists()
