import pytest
from wagtail.models import Page, WorkflowContentType

from forms_app.models import FamilyFormPage, FamilySubmission
from home.demo.users import ACADEMY, EDITORS, groups_with_role
from review import demo
from review.models import CycleReport, FeedbackCycle

pytestmark = pytest.mark.django_db


def test_the_demo_loader_seeds_cycles_permissions_and_the_report_workflow(sites, demo_users):
    Page.objects.type(FamilyFormPage).delete()  # the shared test data has the form
    demo.load(sites, demo_users)
    demo.load(sites, demo_users)
    assert not FamilySubmission.objects.exists()  # no form, no sample answers
    assert FeedbackCycle.objects.count() == 6
    assert FeedbackCycle.current() is not None
    assert FeedbackCycle.current().previous() is not None
    for academy_group in groups_with_role(ACADEMY):
        academy = academy_group.permissions.values_list("codename", flat=True)
        assert "review_submissions" in academy and "publish_cyclereport" in academy
    for editors_group in groups_with_role(EDITORS):
        editors = editors_group.permissions.values_list("codename", flat=True)
        assert "review_submissions" not in editors and "publish_cyclereport" not in editors
    assert WorkflowContentType.objects.filter(content_type__model="cyclereport").exists()
    assert demo_users["academy"].has_perm("review.review_submissions")
    assert CycleReport.objects.count() == 0


def test_the_demo_gives_the_feedback_form_sample_answers_once(sites, demo_users, feedback_pages):
    demo.load(sites, demo_users)
    demo.load(sites, demo_users)
    assert FamilySubmission.objects.count() == 36
    assert set(FamilySubmission.objects.values_list("language", flat=True)) == {"en", "bn", "so"}
    current = FeedbackCycle.current()
    in_current = FamilySubmission.objects.filter(**current.submission_filter()).count()
    assert 0 < in_current < 36
