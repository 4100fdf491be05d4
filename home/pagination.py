"""One page of a long listing, with page links that keep the filters chosen.

Staff listings (interventions, the community directory, search results) are
plain GET forms, so a page link must carry the filters as well as the page
number; a malformed or out-of-range page number shows the nearest real page.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator


@dataclass
class Pagination:
    """What the ``pagination_links`` tag (home.templatetags.site_tags) shows: page links."""

    page: object
    items: list = field(default_factory=list)
    previous: str | None = None
    next: str | None = None


def params_of(querydict):
    """The query string's parameters except the page number, to carry into page links."""
    return [
        (name, value) for name, values in querydict.lists() if name != "page" for value in values
    ]


def paginate(items, number, per_page, params=()):
    """The page ``number`` of ``items``: anything Django's Paginator takes."""
    paginator = Paginator(items, per_page)
    page = paginator.get_page(number)
    params = list(params)

    def link(to):
        return "?" + urlencode([*params, ("page", to)])

    pagination = Pagination(page=page)
    if paginator.num_pages > 1:
        for entry in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
            if entry == Paginator.ELLIPSIS:
                pagination.items.append({"ellipsis": True})
            else:
                pagination.items.append(
                    {"number": entry, "url": link(entry), "current": entry == page.number}
                )
        if page.has_previous():
            pagination.previous = link(page.previous_page_number())
        if page.has_next():
            pagination.next = link(page.next_page_number())
    return pagination
