"""The page links under a long listing: GOV.UK Frontend's pagination component."""

import re

from django.template import Context, Template

from home.pagination import paginate

LINKS = Template("{% load site_tags %}{% pagination_links pagination %}")


def links(number, total=200, params=()):
    return LINKS.render(Context({"pagination": paginate(range(total), number, 10, params)}))


def test_a_middle_page_links_back_and_on_and_marks_itself_as_the_current_page():
    html = links(7, params=[("q", "a&b <c>")])
    assert html.startswith('<nav class="govuk-pagination" aria-label="Results pages">')
    assert 'href="?q=a%26b+%3Cc%3E&amp;page=6" rel="prev">' in html
    assert 'href="?q=a%26b+%3Cc%3E&amp;page=8" rel="next">' in html
    current = re.findall(r'<li class="[^"]*--current">.*?</li>', html)
    assert current == [
        '<li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link '
        'govuk-pagination__link" href="?q=a%26b+%3Cc%3E&amp;page=7" aria-label="Page 7" '
        'aria-current="page">7</a></li>'
    ]
    numbers = re.findall(r'aria-label="Page (\d+)"', html)
    assert numbers == ["1", "5", "6", "7", "8", "9", "20"]
    assert html.count("govuk-pagination__item--ellipses") == 2


def test_the_first_and_last_pages_offer_only_the_way_they_can_go():
    first, last = links(1), links(20)
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_a_listing_that_fits_one_page_shows_no_page_links():
    assert links(1, total=10) == ""
