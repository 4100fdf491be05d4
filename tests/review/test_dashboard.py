"""The cycle dashboard: figures, charts with tables, the previous cycle, families' words."""

import pytest
from django.urls import reverse

from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def academy(client, review_users):
    client.force_login(review_users["academy"])
    return client


@pytest.fixture
def answers(form_page, cycles, tags):
    current, previous = cycles["current"], cycles["previous"]
    for language, helpful, listened in [
        ("so", 5, "always"),
        ("so", 4, "always"),
        ("bn", 2, "never"),
    ]:
        make_submission(
            form_page,
            language,
            {"how_helpful": helpful, "listened_to": listened, "went_well": "<i>kind</i> staff"},
            when=at(current.starts_on),
            source="edge-of-care",
        )
    make_submission(
        form_page, "en", {"how_helpful": 1, "listened_to": "never"}, when=at(previous.starts_on)
    )


def test_the_dashboard_counts_this_cycle_beside_the_previous_one(academy, answers, cycles):
    response = academy.get(reverse("review:dashboard"))
    assert response.status_code == 200
    assert response.context["cycle"] == cycles["current"]
    assert response.context["previous"] == cycles["previous"]
    figures = response.context["figures"]
    assert figures["total"] == 3 and figures["previous_total"] == 1
    languages = {row["label"]: (row["count"], row["previous"]) for row in figures["languages"]}
    assert languages == {"English": (0, 1), "Bengali": (1, 0), "Somali": (2, 0)}
    assert {row["label"]: row["count"] for row in figures["sources"]} == {
        "Edge of Care": 3,
        "No source tag": 0,
    }
    assert sum(row["count"] for row in figures["weeks"]) == 3
    charts = {chart["key"]: chart for chart in figures["charts"]}
    listened = {row["label"]: row for row in charts["listened_to"]["rows"]}
    assert listened["Always"]["count"] == 2 and listened["Always"]["share"] == 67
    assert listened["Never"]["count"] == 1 and listened["Never"]["previous"] == 1
    rating = [row["count"] for row in charts["how_helpful"]["rows"]]
    assert rating == [0, 1, 0, 1, 1]
    free = {group["key"]: group for group in figures["free_text"]}
    assert len(free["went_well"]["answers"]) == 3


def test_each_chart_has_a_data_table_and_no_script(academy, answers):
    body = academy.get(reverse("review:dashboard")).content.decode()
    main = body[body.index('class="review-tabs"') :]
    assert main.count("<table") == main.count('class="review-chart"')
    assert "<caption>Did you feel listened to?</caption>" in main
    assert 'aria-hidden="true"' in main
    assert "<script" not in main
    assert "&lt;i&gt;kind&lt;/i&gt; staff" in main and "<i>kind</i>" not in main


def test_the_dashboard_of_an_earlier_cycle_can_be_chosen(academy, answers, cycles):
    response = academy.get(reverse("review:dashboard"), {"cycle": cycles["previous"].pk})
    assert response.context["figures"]["total"] == 1
