"""Every council's staff reach "Share the feedback form" from the menu and from search."""

import re

import pytest

from forms_app.models import FamilyFormPage
from search import indexing
from tests.factories import UserFactory, council

pytestmark = pytest.mark.django_db

HOSTS = {"tower-hamlets": "localhost", "newham": "newham.localhost", "telford": "telford.localhost"}


@pytest.fixture
def indexed_forms(feedback_pages):
    """Staff search's entries for each council's form, as publishing makes them."""
    for form in FamilyFormPage.objects.all():
        indexing.update(form)


@pytest.mark.parametrize("slug", HOSTS)
def test_the_staff_menu_leads_to_share_the_form(client, sites, slug):
    client.force_login(UserFactory(council=council(slug)))
    html = client.get("/en/", HTTP_HOST=HOSTS[slug]).content.decode()
    menu = re.search(r'<nav class="govuk-service-navigation".*?</nav>', html, re.S).group(0)
    assert 'href="/en/share-the-form/">Share the feedback form</a>' in menu


@pytest.mark.parametrize("slug", HOSTS)
@pytest.mark.parametrize("words", ["poster", "QR code", "share the form", "link"])
def test_staff_search_finds_share_the_form(client, indexed_forms, slug, words):
    client.force_login(UserFactory(council=council(slug)))
    response = client.get("/en/search/", {"q": words}, HTTP_HOST=HOSTS[slug])
    html = response.content.decode()
    own_form = FamilyFormPage.objects.descendant_of(council(slug).site.root_page).get(
        locale__language_code="en"
    )
    assert f'href="/en/share-the-form/?form={own_form.pk}"' in html
    others = FamilyFormPage.objects.exclude(pk=own_form.pk).values_list("pk", flat=True)
    assert not any(f'?form={pk}"' in html for pk in others)
