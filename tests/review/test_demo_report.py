"""The demo's "You Said, We Did": each council's finished cycle, in all three languages."""

from urllib.parse import urlsplit

import pytest
from wagtail.models import Revision

from councils.tenancy import council_scope
from review.demo import ensure_report
from review.models import FamilyYouSaidWeDidPage
from tests.factories import council
from tests.review.test_you_said_we_did import send_somali_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _as_tower_hamlets(db):
    with council_scope(council()):
        yield


def test_the_demo_publishes_the_finished_cycles_report_in_english_bengali_and_somali(
    client, review_users, form_page, cycles
):
    report = ensure_report(form_page, review_users["academy"])
    assert report.cycle == cycles["previous"]
    pages = FamilyYouSaidWeDidPage.objects.filter(form_key=form_page.translation_key)
    assert sorted(pages.live().values_list("locale__language_code", flat=True)) == [
        "bn",
        "en",
        "so",
    ]
    bengali = pages.get(locale__language_code="bn")
    somali = pages.get(locale__language_code="so")
    assert "ফিরতি ফোন" in bengali.we_did and "আপনি বলেছেন" in bengali.title
    assert "laba maalmood" in somali.we_did and "Waxaan samaynay" in somali.title
    body = client.get(somali.url).content.decode()
    assert "Waxaad tidhaahdeen" in body and "We now call families back" not in body

    # Reached from the thank-you page, in the family's own language.
    assert f'href="{urlsplit(somali.url).path}"' in send_somali_answers(client)

    # Loading the demo again changes nothing.
    revisions = Revision.objects.count()
    ensure_report(form_page, review_users["academy"])
    assert Revision.objects.count() == revisions
