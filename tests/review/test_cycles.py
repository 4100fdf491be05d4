import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forms_app.models import FamilyFormPage
from review.inbox import InboxFilterForm
from review.models import CycleIndex, FeedbackCycle
from tests.review.conftest import make_submission

pytestmark = pytest.mark.django_db


def test_a_year_has_three_cycles_of_four_months_by_default():
    FeedbackCycle.ensure_year(2027)
    cycles = list(FeedbackCycle.objects.filter(starts_on__year=2027))
    assert [(c.starts_on, c.ends_on) for c in cycles] == [
        (datetime.date(2027, 1, 1), datetime.date(2027, 4, 30)),
        (datetime.date(2027, 5, 1), datetime.date(2027, 8, 31)),
        (datetime.date(2027, 9, 1), datetime.date(2027, 12, 31)),
    ]
    assert cycles[1].name == "2027 cycle 2: May to August"
    # Loading the demo twice makes no second set.
    assert FeedbackCycle.ensure_year(2027) == []


def test_cycles_may_not_overlap_or_end_before_they_start():
    FeedbackCycle.ensure_year(2027)
    overlapping = FeedbackCycle(
        name="Extra", starts_on=datetime.date(2027, 4, 1), ends_on=datetime.date(2027, 6, 1)
    )
    with pytest.raises(ValidationError):
        overlapping.full_clean()
    backwards = FeedbackCycle(
        name="Backwards", starts_on=datetime.date(2028, 4, 1), ends_on=datetime.date(2028, 3, 1)
    )
    with pytest.raises(ValidationError):
        backwards.full_clean()


def test_a_submission_belongs_to_the_cycle_it_arrived_in_to_the_last_minute(form_page):
    FeedbackCycle.ensure_year(2027)
    first, second, _third = FeedbackCycle.objects.filter(starts_on__year=2027)
    london = timezone.get_current_timezone()
    last_minute = datetime.datetime(2027, 4, 30, 23, 59, tzinfo=london)
    first_minute = datetime.datetime(2027, 5, 1, 0, 0, tzinfo=london)
    late = make_submission(form_page, when=last_minute)
    early = make_submission(form_page, when=first_minute)

    index = CycleIndex()
    assert index.find(late.submit_time) == first
    assert index.find(early.submit_time) == second
    in_first = InboxFilterForm({"cycle": first.pk}).filter()
    assert list(in_first.values_list("pk", flat=True)) == [late.pk]


def test_editing_a_cycles_dates_moves_its_submissions_with_it(form_page):
    FeedbackCycle.ensure_year(2027)
    first = FeedbackCycle.objects.get(starts_on=datetime.date(2027, 1, 1))
    may = make_submission(form_page, when=timezone.make_aware(datetime.datetime(2027, 5, 10, 12)))
    assert not InboxFilterForm({"cycle": first.pk}).filter().filter(pk=may.pk).exists()
    FeedbackCycle.objects.filter(starts_on=datetime.date(2027, 5, 1)).update(
        starts_on=datetime.date(2027, 5, 20)
    )
    first.ends_on = datetime.date(2027, 5, 19)
    first.full_clean()
    first.save()
    assert InboxFilterForm({"cycle": first.pk}).filter().filter(pk=may.pk).exists()


def test_a_cycle_opens_and_closes_the_form_in_every_language(client, review_users, form_page):
    FeedbackCycle.ensure_year(2027)
    cycle = FeedbackCycle.objects.get(starts_on=datetime.date(2027, 5, 1))
    client.force_login(review_users["academy"])
    response = client.post(
        reverse("review:cycle_form_dates", args=[cycle.pk]),
        {"form": str(form_page.translation_key)},
    )
    assert response.status_code == 302
    pages = FamilyFormPage.objects.filter(translation_key=form_page.translation_key)
    assert pages.count() == 3
    for page in pages:
        assert page.opens_at == cycle.starts_at
        assert page.closes_at == cycle.ends_at
        assert not page.is_open(now=cycle.starts_at - datetime.timedelta(minutes=1))
        assert page.is_open(now=cycle.starts_at)
        assert not page.is_open(now=cycle.ends_at)
    assert ModelLogEntry.objects.filter(action="review.cycle.form_dates").count() == 1
    # The Somali form, served to a family, is closed before the cycle opens.
    assert client.get("/so/feedback/").status_code == 200
