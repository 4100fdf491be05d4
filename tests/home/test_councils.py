"""Each council is sealed: its people sign in on its own site and reach only its records."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from home.models import Council, CouncilGroup
from home.tenancy import council_scope
from resources.models import Contact, Organisation
from tests.factories import ContactFactory, OrganisationFactory, UserFactory, council

pytestmark = pytest.mark.django_db

NEWHAM = "newham.localhost"
TELFORD = "telford.localhost"


def sign_in(client, username, host="localhost"):
    return client.post(
        "/login/",
        {"username": username, "password": "better-together"},
        HTTP_HOST=host,
    )


def test_every_council_has_its_own_site_groups_and_demo_people(demo_users):
    councils = {c.slug: c for c in Council.objects.select_related("site")}
    assert {c.site.hostname for c in councils.values()} >= {"localhost", NEWHAM, TELFORD}
    for slug in ("tower-hamlets", "newham", "telford"):
        roles = set(CouncilGroup.objects.filter(council__slug=slug).values_list("role", flat=True))
        assert roles >= {"staff", "editors", "academy"}
    assert demo_users["newham-academy"].groups.get().name == "Newham · Learning Academy"
    assert demo_users["telford-staff"].council_member.council.slug == "telford"
    assert demo_users["staff"].council_member.council.slug == "tower-hamlets"


def test_newham_staff_sign_in_on_newham_and_see_newhams_framework(client, demo_users):
    response = sign_in(client, "newham-staff", NEWHAM)
    assert response.status_code == 302
    page = client.get("/en/", HTTP_HOST=NEWHAM, follow=True)
    assert page.status_code == 200
    assert "Circles of Support" in page.content.decode()


def test_signing_in_on_another_councils_site_is_refused_with_the_way_home(client, demo_users):
    response = sign_in(client, "newham-staff", "localhost")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Your account is with Newham" in text
    assert "newham.localhost" in text
    assert "_auth_user_id" not in client.session


def test_a_session_carried_to_another_councils_host_sees_only_the_way_home(client, demo_users):
    client.force_login(demo_users["staff"])
    response = client.get("/en/", HTTP_HOST=NEWHAM, follow=True)
    assert response.status_code == 403
    text = response.content.decode()
    assert "This site is Newham&#x27;s" in text or "This site is Newham's" in text
    main = text[text.index("<main") : text.index("</main>")]
    assert "Circles of Support" not in main
    assert "govuk-service-navigation" not in text
    admin = client.get("/admin/", HTTP_HOST=NEWHAM)
    assert admin.status_code == 403


def test_a_person_of_no_council_is_told_so_and_shown_nothing(client, sites):
    nobody = UserFactory(username="no-council", council=False)
    client.force_login(nobody)
    response = client.get("/en/", follow=True)
    assert response.status_code == 403
    assert "does not belong to any council" in response.content.decode()


def test_a_superuser_works_in_the_council_of_the_site_they_are_on(client, sites):
    operator = get_user_model().objects.create_superuser("operator", "op@example.org", "x")
    OrganisationFactory(name="Only in Newham", council=council("newham"))
    client.force_login(operator)
    index = reverse("wagtailsnippets_resources_organisation:list")
    assert "Only in Newham" in client.get(index, HTTP_HOST=NEWHAM).content.decode()
    assert "Only in Newham" not in client.get(index).content.decode()


def test_another_councils_record_is_not_found_by_id_and_the_attempt_is_audited(client, demo_users):
    newhams = ContactFactory(name="Newham front door", council=council("newham"))
    client.force_login(demo_users["academy"])
    edit = reverse("wagtailsnippets_resources_contact:edit", args=[newhams.pk])
    assert client.get(edit).status_code == 404
    response = client.post(edit, {"name": "Renamed by Tower Hamlets", "key": "x"})
    assert response.status_code == 404
    newhams.refresh_from_db()
    assert newhams.name == "Newham front door"
    entry = ModelLogEntry.objects.filter(action="home.council_refused").latest("timestamp")
    assert entry.object_id == str(newhams.pk)
    assert entry.data["council"] == "tower-hamlets"
    assert entry.user == demo_users["academy"]


def test_admin_listings_and_counts_show_only_the_users_council(client, demo_users):
    ContactFactory(name="Telford duty desk", council=council("telford"))
    ContactFactory(name="Tower Hamlets duty desk", council=council("tower-hamlets"))
    client.force_login(demo_users["telford-editor"])
    listing = client.get(reverse("wagtailsnippets_resources_contact:list"), HTTP_HOST=TELFORD)
    text = listing.content.decode()
    assert "Telford duty desk" in text
    assert "Tower Hamlets duty desk" not in text


def test_records_made_in_a_request_belong_to_its_council(client, demo_users):
    client.force_login(demo_users["newham-editor"])
    response = client.post(
        reverse("wagtailsnippets_resources_contact:add"),
        {"name": "Newham Early Help", "key": "early-help-front-door", "email": "eh@example.org"},
        HTTP_HOST=NEWHAM,
    )
    assert response.status_code == 302
    made = Contact.all_councils.get(name="Newham Early Help")
    assert made.council.slug == "newham"


def test_the_same_name_may_be_used_by_two_councils_but_not_twice_in_one(client, demo_users):
    ContactFactory(key="front-door", name="Front door", council=council("newham"))
    client.force_login(demo_users["editor"])
    add = reverse("wagtailsnippets_resources_contact:add")
    data = {"name": "Front door", "key": "front-door", "email": "fd@example.org"}
    assert client.post(add, data).status_code == 302
    again = client.post(add, data)
    assert again.status_code == 200
    assert Contact.all_councils.filter(key="front-door").count() == 2


def test_queries_outside_a_request_see_every_council_and_a_scope_sees_one(sites):
    OrganisationFactory(name="Owned by Newham", council=council("newham"))
    OrganisationFactory(name="Owned by Telford", council=council("telford"))
    names = set(Organisation.objects.values_list("name", flat=True))
    assert {"Owned by Newham", "Owned by Telford"} <= names
    with council_scope(council("newham")):
        scoped = set(Organisation.objects.values_list("name", flat=True))
        assert "Owned by Newham" in scoped
        assert "Owned by Telford" not in scoped


def test_a_queryset_kept_from_one_request_is_filtered_by_the_next_ones_council(sites):
    OrganisationFactory(name="Kept Newham", council=council("newham"))
    OrganisationFactory(name="Kept Telford", council=council("telford"))
    with council_scope(council("newham")):
        kept = Organisation.objects.filter(name__startswith="Kept")
        assert [o.name for o in kept.all()] == ["Kept Newham"]
    with council_scope(council("telford")):
        assert [o.name for o in kept.all()] == ["Kept Telford"]


def test_a_regional_charity_is_listed_by_another_council_but_edited_only_by_its_owner(
    client, demo_users
):
    charity = OrganisationFactory(name="East London Carers", council=council("tower-hamlets"))
    charity.also_listed_by.add(council("newham"))
    client.force_login(demo_users["newham-editor"])
    edit = reverse("wagtailsnippets_resources_organisation:edit", args=[charity.pk])
    assert client.get(edit, HTTP_HOST=NEWHAM).status_code == 404


def test_every_indexed_council_record_can_be_searched_in_the_admin():
    """Wagtail's search reads a queryset's filters: the council filter needs a FilterField."""
    from django.apps import apps
    from wagtail.search import index

    from home.tenancy import CouncilOwned

    missing = []
    for model in apps.get_models():
        if issubclass(model, CouncilOwned) and issubclass(model, index.Indexed):
            names = {f.field_name for f in model.get_search_fields()}
            if not names & {"council", "council_id"}:
                missing.append(model._meta.label)
    assert missing == []


@pytest.mark.parametrize("model", ["contact", "organisation", "consultationoffer"])
def test_admin_search_of_a_councils_records_finds_only_its_own(client, demo_users, model):
    client.force_login(demo_users["newham-academy"])
    listing = reverse(f"wagtailsnippets_resources_{model}:list")
    response = client.get(listing, {"q": "family"}, HTTP_HOST=NEWHAM)
    assert response.status_code == 200
    assert "Family Group Conference Service" not in response.content.decode()


def links_to(page=None, document=None):
    item = {"text": "Linked", "description": "", "page": page, "document": document, "url": ""}
    return [("links", {"heading": "See also", "items": [item]})]


def test_a_page_cannot_link_to_another_councils_page_or_document():
    from wagtail.documents import get_document_model

    from tests.factories import ResourcePageFactory

    newham, tower_hamlets = council("newham"), council("tower-hamlets")
    with council_scope(newham):
        theirs = ResourcePageFactory(parent=newham.root_page, title="Newham only", slug="theirs")
    with council_scope(tower_hamlets):
        ours = ResourcePageFactory(parent=tower_hamlets.root_page, title="Ours", slug="ours")
    their_file = get_document_model().objects.create(
        title="Newham plan", file="documents/plan.pdf", collection=newham.collection
    )
    our_file = get_document_model().objects.create(
        title="Our plan", file="documents/ours.pdf", collection=tower_hamlets.collection
    )

    with council_scope(tower_hamlets):
        ours.body = links_to(page=ours, document=our_file)
        ours.full_clean()
        ours.body = links_to(page=theirs)
        with pytest.raises(ValidationError) as refused:
            ours.full_clean()
        assert "Tower Hamlets" in str(refused.value.message_dict["body"])
        # Another council's document is not found here at all (home.council_files):
        # the block holds nothing, so there is nothing to link to or to show.
        ours.body = links_to(document=their_file)
        stored = ours._meta.get_field("body").get_prep_value(ours.body)
        shown = ours._meta.get_field("body").to_python(stored)
        assert shown[0].value["items"][0]["document"] is None


def test_a_hand_made_post_linking_another_councils_page_changes_nothing_and_is_audited(
    client, demo_users
):
    import datetime

    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    from tests.factories import FrameworkPageFactory, ResourcePageFactory

    newham, tower_hamlets = council("newham"), council("tower-hamlets")
    with council_scope(newham):
        theirs = ResourcePageFactory(parent=newham.root_page, title="Newham only", slug="theirs")
    with council_scope(tower_hamlets):
        ours = FrameworkPageFactory(parent=tower_hamlets.root_page, title="Ours", slug="ours")
    revisions = ours.revisions.count()
    client.force_login(demo_users["editor"])

    def edit(page_id):
        link = f'<p><a linktype="page" id="{page_id}">a page</a></p>'
        data = {
            "title": "Ours",
            "slug": "ours",
            "summary": "A summary.",
            "vision": rich_text(link),
            "shared_behaviours": streamfield([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "owner": str(demo_users["editor"].pk),
            "review_by": (datetime.date.today() + datetime.timedelta(days=30)).isoformat(),
        }
        url = reverse("wagtailadmin_pages:edit", args=[ours.pk])
        return client.post(url, nested_form_data(data))

    response = edit(theirs.pk)
    assert response.status_code == 200
    assert "does not belong to Tower Hamlets" in response.content.decode()
    assert ours.revisions.count() == revisions
    entry = PageLogEntry.objects.filter(action="home.council_refused").latest("timestamp")
    assert entry.page_id == theirs.pk
    assert entry.user == demo_users["editor"]

    assert edit(ours.pk).status_code == 302
    assert ours.revisions.count() == revisions + 1
