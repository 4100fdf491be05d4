import datetime
import hashlib
import itertools

import pytest
from django.utils import timezone

from forms_app.models import CallbackRequest, FamilySubmission, FormVersion, SourceTag

_tokens = itertools.count()


@pytest.fixture
def review_users(demo_users):
    """The demo users with the Learning Academy's review permissions, as the demo loader sets."""
    from review.demo import ensure_permissions

    ensure_permissions()
    return demo_users


@pytest.fixture
def academy(client, review_users):
    """A client signed in as the Learning Academy's demo reviewer."""
    client.force_login(review_users["academy"])
    return client


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def cycles(db, today):
    from review.demo import ensure_cycles

    ensure_cycles(today)
    from review.models import FeedbackCycle

    current = FeedbackCycle.current()
    return {"current": current, "previous": current.previous()}


@pytest.fixture
def form_page(feedback_pages):
    return feedback_pages["feedback"]


@pytest.fixture
def tags(db):
    return [
        SourceTag.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in [("edge-of-care", "Edge of Care"), ("family-hubs", "Family Hubs")]
    ]


def make_submission(form_page, language="en", answers=None, when=None, source="", callback=None):
    """A submission as the form stores one, without going through the public form."""
    source_page = form_page.specific.source_page
    version = FormVersion.for_questions(source_page.translation_key, source_page.get_form_fields())
    submission = FamilySubmission.objects.create(
        form_key=source_page.translation_key,
        form_page=source_page,
        version=version,
        language=language,
        source=source,
        answers=answers
        if answers is not None
        else {"how_helpful": 4, "listened_to": "mostly", "went_well": "Someone listened."},
        submit_time=when or timezone.now(),
        token_digest=hashlib.sha256(f"token-{next(_tokens)}".encode()).hexdigest(),
    )
    if callback:
        CallbackRequest.objects.create(submission=submission, **callback)
    return submission


def at(day, hour=12):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture(autouse=True)
def _as_tower_hamlets(as_tower_hamlets):
    """These tests read and write Tower Hamlets' records, as its Learning Academy does."""
