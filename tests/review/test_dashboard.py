"""The cycle dashboard: figures, charts with tables, the previous cycle, families' words."""

import datetime
import math
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from review.dashboard import dashboard, wilson_interval
from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


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
    languages = {
        row["label"]: (row["now"].count, row["before"].count) for row in figures["languages"]
    }
    assert languages == {"English": (0, 1), "Bengali": (1, 0), "Somali": (2, 0)}
    assert {row["label"]: row["now"].count for row in figures["sources"]} == {
        "Edge of Care": 3,
        "No source tag": 0,
    }
    assert sum(row["count"] for row in figures["weeks"]) == 3
    charts = {chart["key"]: chart for chart in figures["charts"]}
    listened = {row["label"]: row for row in charts["listened_to"]["rows"]}
    assert listened["Always"]["now"].count == 2 and listened["Always"]["now"].percent == 67
    assert listened["Never"]["now"].count == 1 and listened["Never"]["before"].count == 1
    rating = [row["now"].count for row in charts["how_helpful"]["rows"]]
    assert rating == [0, 1, 0, 1, 1]
    free = {group["key"]: group for group in figures["free_text"]}
    assert len(free["went_well"]["answers"]) == 3


def test_each_chart_has_a_data_table_and_no_script(academy, answers):
    body = academy.get(reverse("review:dashboard")).content.decode()
    main = body[body.index('class="review-tabs"') :]
    assert main.count("<table") == main.count('class="review-chart"')
    assert "<caption>Did you feel listened to?: shares of 3 this cycle" in main
    assert 'aria-hidden="true"' in main
    assert "<script" not in main
    assert "&lt;i&gt;kind&lt;/i&gt; staff" in main and "<i>kind</i>" not in main


def test_the_dashboard_of_an_earlier_cycle_can_be_chosen(academy, answers, cycles):
    response = academy.get(reverse("review:dashboard"), {"cycle": cycles["previous"].pk})
    assert response.context["figures"]["total"] == 1


# A dashboard a board can trust --------------------------------------------------------------

# Wilson score intervals published by Newcombe (1998), "Two-sided confidence intervals for
# the single proportion: comparison of seven methods", Statistics in Medicine 17, 857-872,
# Table I (method 3), to four places.
NEWCOMBE = [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0000, 0.1611),
    (1, 29, 0.0061, 0.1718),
    (29, 29, 0.8830, 1.0000),
]


def wilson_by_the_quadratic(count, n, z=1.959963984540054):
    """The interval as the two roots p of (count/n − p)² = z²·p(1 − p)/n, solved afresh."""
    observed = count / n
    a = 1 + z * z / n
    b = -(2 * observed + z * z / n)
    c = observed * observed
    root = math.sqrt(b * b - 4 * a * c)
    return (-b - root) / (2 * a), (-b + root) / (2 * a)


@pytest.mark.parametrize(("count", "n", "low", "high"), NEWCOMBE)
def test_the_dashboards_interval_is_wilsons_as_published(count, n, low, high):
    assert wilson_interval(count, n) == pytest.approx((low, high), abs=0.00005)
    assert wilson_by_the_quadratic(count, n) == pytest.approx((low, high), abs=0.00005)


@pytest.fixture
def unequal_cycles(form_page, cycles):
    """3 of 6 families this cycle said "Always", 9 of 20 in the previous one, early on."""
    current, previous = cycles["current"], cycles["previous"]
    for number in range(6):
        make_submission(
            form_page,
            "bn",
            {"listened_to": "always" if number < 3 else "never"},
            when=at(current.starts_on, 9 + number),
        )
    for number in range(20):
        make_submission(
            form_page,
            "en",
            {"listened_to": "always" if number < 9 else "sometimes"},
            when=at(previous.starts_on, 9) + datetime.timedelta(minutes=number),
        )


def test_each_bar_is_labelled_with_its_count_and_the_share_it_draws(academy, unequal_cycles):
    body = academy.get(reverse("review:dashboard")).content.decode()
    chart = body[body.index("<h3>Did you feel listened to?</h3>") :]
    chart = chart[: chart.index("</section>")]
    bars = re.findall(r'<span class="review-bar-label">(.*?)</span>(.*?)</div>', chart, re.S)
    always = next(rest for label, rest in bars if label == "Always")
    widths = re.findall(r'review-bar__fill" style="width: ([0-9.]+)%"', always)
    labels = re.findall(r'review-bar-value">([^<]*)<', always)
    # This cycle: 3 of 6, drawn at 50%; the previous cycle: 9 of 20, drawn at 45%.
    assert widths == ["50.0", "45.0"]
    assert labels == ["3 (50%)", "9 (45%)"]


def test_each_share_has_its_n_and_a_95_percent_wilson_interval(academy, unequal_cycles):
    response = academy.get(reverse("review:dashboard"))
    charts = {chart["key"]: chart for chart in response.context["figures"]["charts"]}
    listened = charts["listened_to"]
    assert (listened["answered"], listened["previous_answered"]) == (6, 20)
    for row in listened["rows"]:
        for share, n in ((row["now"], 6), (row["before"], 20)):
            assert share.n == n
            expected = wilson_by_the_quadratic(share.count, n)
            assert share.interval == pytest.approx(expected, abs=1e-9)
    # In the table a screen reader reads: count, n, share, then the interval.
    body = response.content.decode()
    table = body[body.index("<caption>Did you feel listened to?: ") :]
    table = table[: table.index("</table>")]
    low, high = wilson_by_the_quadratic(3, 6)
    always = table[table.index('<th scope="row">Always</th>') :]
    always = always[: always.index("</tr>")]
    assert "3 of 6 (50%)" in always and "9 of 20 (45%)" in always
    assert f"{round(100 * low)}–{round(100 * high)}%" in always  # 19–81%
    assert "shares of 6 this cycle" in table


def test_a_running_cycle_is_compared_with_the_same_days_of_the_previous_one_and_says_so(
    form_page, cycles
):
    current, previous = cycles["current"], cycles["previous"]
    make_submission(form_page, "en", {"listened_to": "always"}, when=at(current.starts_on))
    # Day 3 of the previous cycle counts; day 30 is beyond the ten days compared.
    make_submission(
        form_page, "en", {"listened_to": "always"}, when=at(previous.starts_on, 9) + DAY * 2
    )
    make_submission(
        form_page, "en", {"listened_to": "never"}, when=at(previous.starts_on, 9) + DAY * 29
    )
    figures = dashboard(
        form_page.translation_key, current, previous, today=current.starts_on + DAY * 9
    )
    assert (figures["total"], figures["previous_total"]) == (1, 1)
    words = str(figures["comparison"].words())
    assert "day 10 of" in words
    assert "with the first 10 days of the previous cycle" in words
    assert "not with the whole of it" in words

    ended = dashboard(form_page.translation_key, current, previous, today=current.ends_on + DAY)
    assert ended["previous_total"] == 2
    assert "compared with the whole of the previous cycle" in str(ended["comparison"].words())

    upcoming = dashboard(
        form_page.translation_key, current, previous, today=current.starts_on - DAY
    )
    assert str(upcoming["comparison"].words()) == "This cycle has not started yet."


def test_the_dashboard_page_says_which_part_of_the_previous_cycle_it_compares(
    academy, answers, cycles, today
):
    response = academy.get(reverse("review:dashboard"))
    comparison = response.context["figures"]["comparison"]
    assert comparison.running
    assert comparison.days_in == (today - cycles["current"].starts_on).days + 1
    assert comparison.previous == cycles["previous"]
    assert escape(comparison.words()) in response.content.decode()
