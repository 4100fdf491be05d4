"""What the walk of every address found another council's names on (issue 18), one by one.

Each test is a Tower Hamlets person on their own host, looking for a Newham or
Telford & Wrekin record's name where Wagtail's own screens listed every council's.
"""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model

from councils.tenancy import council_scope
from review import demo as review_demo
from tests import factories


@pytest.fixture
def people(demo_users, feedback_pages):
    review_demo.ensure_permissions()
    return demo_users


def page_of(slug, title):
    council = factories.council(slug)
    with council_scope(council):
        return factories.FrameworkPageFactory(
            parent=council.site.root_page, title=title, slug=title.replace(" ", "-")
        )


def text_of(client, user, url):
    client.force_login(user)
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    return response.content.decode()


def test_owner_choices_offer_only_the_councils_own_people(client, people):
    factories.UserFactory(username="newhamowner", council=factories.council("newham"))
    factories.UserFactory(username="telfordowner", council=factories.council("telford"))
    factories.UserFactory(username="towerowner")
    page = page_of("tower-hamlets", "owned page")

    for user, url in [
        (people["academy"], reverse("wagtailsnippets_resources_organisation:add")),
        (people["editor"], reverse("wagtailadmin_pages:edit", args=[page.pk])),
    ]:
        text = text_of(client, user, url)
        assert "towerowner" in text, url
        assert "newhamowner" not in text, url
        assert "telfordowner" not in text, url


def test_promoted_results_list_only_the_councils_own_promotions_of_a_shared_term(client, people):
    shared = Query.get("shared term")
    for slug in ("tower-hamlets", "newham", "telford"):
        page = page_of(slug, f"{slug} promoted")
        SearchPromotion.objects.create(query=shared, page=page, description=f"{slug} pick")
    only_newham = Query.get("newham only term")
    SearchPromotion.objects.create(
        query=only_newham, page=page_of("newham", "newham own"), description="newham own pick"
    )

    for url in (reverse("wagtailsearchpromotions:index"), "/admin/searchpicks/results/"):
        text = text_of(client, people["editor"], url)
        assert "tower-hamlets promoted" in text, url
        assert "newham promoted" not in text, url
        assert "telford promoted" not in text, url
        assert "newham only term" not in text, url


def test_the_admin_api_lists_and_opens_only_the_councils_own_pages_documents_and_images(
    client, people
):
    records = {}
    for slug in ("tower-hamlets", "newham"):
        council = factories.council(slug)
        with council_scope(council):
            records[slug] = {
                "pages": page_of(slug, f"{slug} api page"),
                "documents": get_document_model().objects.create(
                    title=f"{slug} api document",
                    file=ContentFile(b"%PDF-1.4 api", name=f"{slug}.pdf"),
                    collection=council.collection,
                ),
                "images": wagtail_factories.ImageFactory(
                    title=f"{slug} api image", collection=council.collection
                ),
            }
    client.force_login(people["editor"])
    for kind in ("pages", "documents", "images"):
        for slug, shown in (("tower-hamlets", True), ("newham", False)):
            title = f"{slug} api {kind[:-1]}"
            listing = f"/admin/api/main/{kind}/?title={title}"
            response = client.get(listing, HTTP_HOST="localhost")
            assert response.status_code == 200, listing
            assert (title in response.content.decode()) is shown, listing
        own = client.get(f"/admin/api/main/{kind}/{records['tower-hamlets'][kind].pk}/")
        assert own.status_code == 200, kind
        other = client.get(f"/admin/api/main/{kind}/{records['newham'][kind].pk}/")
        assert other.status_code == 404, kind
        assert "newham api" not in other.content.decode()


def test_the_locked_pages_report_lists_only_the_councils_own_pages(client, people):
    for slug, user in (("tower-hamlets", "editor"), ("newham", "newham-editor")):
        page = page_of(slug, f"{slug} locked")
        page.locked = True
        page.locked_by = people[user]
        page.save()

    for url in (reverse("wagtailadmin_reports:locked_pages"), "/admin/reports/locked/results/"):
        text = text_of(client, people["academy"], url)
        assert "tower-hamlets locked" in text, url
        assert "newham locked" not in text, url
