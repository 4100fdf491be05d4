"""``among``: the one-parameter id list the search engine filters by."""

import pytest
from django.contrib.contenttypes.models import ContentType

from search.models import SearchEntry, SearchEntryFacet
from tests.factories import council

pytestmark = pytest.mark.django_db


def test_among_keeps_exactly_the_ids_given():
    kind = ContentType.objects.get_for_model(SearchEntry)
    entries = [
        SearchEntry.all_councils.create(
            content_type=kind, object_id=str(n), kind="page", title="E", council=council()
        )
        for n in range(3)
    ]
    wanted = [entries[0].pk, entries[2].pk]
    assert set(SearchEntry.all_councils.filter(pk__among=wanted)) == {entries[0], entries[2]}
    assert list(SearchEntry.all_councils.filter(pk__among=[])) == []
    SearchEntryFacet.objects.create(
        entry=entries[1], facet=SearchEntryFacet.AREA, value="early-help", label="x"
    )
    found = SearchEntryFacet.objects.filter(entry_id__among=[entries[1].pk])
    assert [facet.entry_id for facet in found] == [entries[1].pk]
