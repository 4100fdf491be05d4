import pytest

from tests import factories


@pytest.fixture
def home(sites):
    """Tower Hamlets' home page, served at localhost."""
    return sites["better-together"]


@pytest.fixture
def standards(home):
    framework = factories.FrameworkPageFactory(parent=home, slug="the-framework")
    return {
        slug: factories.PracticeStandardPageFactory(parent=framework, slug=slug, title=title)
        for slug, title in [("connect", "Connect"), ("be-curious", "Be Curious")]
    }


@pytest.fixture
def intervention_index(home):
    return factories.InterventionIndexPageFactory(parent=home)


@pytest.fixture
def directory(home):
    return factories.OrganisationDirectoryPageFactory(parent=home)


@pytest.fixture
def workflow(demo_users, home):
    """Editors submit, the Learning Academy approves, as the demo loader sets it up."""
    from wagtail.models import WorkflowPage

    from resources.demo import ensure_workflow

    workflow = ensure_workflow()
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def client_for(client, user):
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _as_tower_hamlets(as_tower_hamlets):
    """These tests build and read Tower Hamlets' content directly, as its editors' requests do.

    Each request a test makes is served in its own host's council; what is
    sealed between councils outside a request is tested in tests/home/test_fail_closed.py.
    """
