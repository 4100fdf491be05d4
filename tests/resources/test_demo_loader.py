"""The one test that loads the whole demo content (twice); the rest use factories."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from wagtail.models import Orderable, Page, Revision, Site

from councils.models import Council
from councils.tenancy import council_scope
from home.models import HomePage
from resources import models
from tests.resources.test_query_budget import CEILING

MY_PAGE_TYPES = [
    HomePage,
    models.FrameworkPage,
    models.PracticeStandardPage,
    models.ResourceIndexPage,
    models.ResourcePage,
    models.InterventionIndexPage,
    models.InterventionPage,
    models.OrganisationDirectoryPage,
]
SNIPPETS = [
    models.Contact,
    models.Organisation,
    models.ConsultationOffer,
    models.ParticipationGroup,
    models.Category,
    models.Language,
]


def revisions_by_page():
    """Each page's number of revisions, by its address and language."""
    counts = dict(
        Revision.page_revisions.order_by().values_list("object_id").annotate(revisions=Count("pk"))
    )
    return {
        f"{path} ({language})": counts.get(str(pk), 0)
        for pk, path, language in Page.objects.values_list(
            "pk", "url_path", "locale__language_code"
        )
    }


def snapshot():
    english_pages = Page.objects.filter(
        locale__language_code="en",
        content_type__model__in=[m._meta.model_name for m in MY_PAGE_TYPES],
    ).values_list("pk", flat=True)
    return {
        "pages": Page.objects.count(),
        **{model.__name__: model.objects.count() for model in MY_PAGE_TYPES},
        **{model.__name__: model.all_councils.count() for model in SNIPPETS},
        "page revisions": Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in english_pages]
        ).count(),
        "organisation revisions": Revision.objects.filter(
            content_type__model="organisation"
        ).count(),
    }


@pytest.mark.django_db(transaction=False)
def test_demo_loads_every_council_twice_without_duplicates_and_every_page_renders(client):
    call_command("load_demo", stdout=None)
    first, first_revisions = snapshot(), revisions_by_page()
    call_command("load_demo", stdout=None)
    second, second_revisions = snapshot(), revisions_by_page()
    republished = {
        path: (first_revisions.get(path), count)
        for path, count in second_revisions.items()
        if first_revisions.get(path) != count
    }
    assert republished == {}
    assert second == first

    # Each inline row has its place, so a page lists them in the order the data gives,
    # on PostgreSQL too (rows of equal order come back in the order found on disk).
    unplaced = {
        model.__name__: model.objects.filter(sort_order__isnull=True).count()
        for model in apps.get_models()
        if issubclass(model, Orderable) and model._meta.app_label == "resources"
    }
    assert set(unplaced.values()) == {0}, unplaced
    tfact = models.InterventionPage.objects.get(slug="tfact")
    assert [row.contact.email for row in tfact.intervention_contacts.all()] == [
        "tfact-referrals@example.org",
        "tfact@example.org",
    ]

    print("demo content:", first)
    tower_hamlets = Site.objects.get(hostname="localhost").root_page
    th_framework = models.FrameworkPage.objects.child_of(tower_hamlets).get()
    standards = models.PracticeStandardPage.objects.child_of(th_framework)
    assert [s.title for s in standards.order_by("path")] == [
        "Connect",
        "Be Curious",
        "Build a Community",
        "Co-produce",
        "Collaborate for Change",
        "Check Back",
    ]
    assert all(len(standard.we_will) > 0 for standard in standards)
    assert models.InterventionPage.objects.descendant_of(tower_hamlets).count() >= 30
    assert models.Organisation.all_councils.filter(live=True).count() >= 10
    assert models.Contact.all_councils.count() >= 30
    for hostname in ("newham.localhost", "telford.localhost"):
        root = Site.objects.get(hostname=hostname).root_page
        framework = models.FrameworkPage.objects.child_of(root).get()
        assert models.PracticeStandardPage.objects.child_of(framework).count() >= 5, hostname
    for site in Site.objects.all():
        # Every council's staff can suggest a new organisation, or a change to a listed one.
        directory = models.OrganisationDirectoryPage.objects.child_of(site.root_page).live()
        assert directory.filter(slug="community-directory").exists(), site.hostname
        with council_scope(Council.objects.get(site=site)):
            assert models.Organisation.objects.filter(live=True).exists(), site.hostname
    home = tower_hamlets.specific
    assert len(home.quick_links) >= 5

    # Every page the loader made renders for staff, within the query budget.
    from django.contrib.auth import get_user_model

    for site in Site.objects.all():
        # Each council's staff read their own council's site, and only theirs.
        member = get_user_model().objects.filter(
            council_member__council__site=site, groups__council_group__role="staff"
        )
        client.force_login(member.first())
        pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
        for page in pages.filter(locale__language_code="en").specific():
            if not isinstance(page, tuple(MY_PAGE_TYPES)):
                continue
            with CaptureQueriesContext(connection) as queries:
                response = client.get(page.get_url(), HTTP_HOST=site.hostname)
            assert response.status_code == 200, page.url_path
            assert len(queries) <= CEILING, (page.url_path, len(queries))


def test_each_apps_demo_loads_after_the_demos_it_builds_on():
    from home.demo import app_demos

    order = [module.__name__ for module in app_demos()]
    assert order.index("resources.demo") < order.index("forms_app.demo")
    assert order.index("forms_app.demo") < order.index("review.demo")
    assert order.index("review.demo") < order.index("audits.demo")
    assert "search.demo" in order


@pytest.mark.django_db
def test_the_demo_loader_names_every_apps_demo_users():
    from io import StringIO

    from audits.demo import DEMO_USERS as AUDIT_PEOPLE
    from home.demo.users import DEMO_USERS

    printed = StringIO()
    call_command("load_demo", stdout=printed)
    for username, *_rest in [*DEMO_USERS, *AUDIT_PEOPLE]:
        assert username in printed.getvalue()
