"""The figures of one cycle's dashboard, with the previous cycle beside them.

Every share is a share *of* something (the responses, or the families who
answered a question), shown with that n and a 95 % Wilson score interval,
so that 9 of 20 and 3 of 6 are never read as the same thing. While a cycle
is running it is compared with the same number of days of the previous
cycle, not with the whole of it.
"""

import datetime
import math
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from forms_app.models import FamilySubmission, SourceTag
from review.exports import language_name
from review.labels import FormLabels
from review.models import start_of_day

FREE_TEXT_LIMIT = 500
# The 97.5th percentile of the standard normal distribution: a two-sided 95 % interval.
Z_95 = 1.959963984540054


def week_start(moment):
    day = timezone.localtime(moment).date()
    return day - datetime.timedelta(days=day.weekday())


def percentage(count, total):
    return round(100 * count / total) if total else 0


def wilson_interval(count, n, z=Z_95):
    """The Wilson score interval for ``count`` successes in ``n``, as fractions (low, high).

    Unlike the textbook p ± z·√(p(1−p)/n), it stays within 0 and 1 and does
    not shrink to nothing at 0 of n or n of n, which small cycles often give.
    """
    if not n:
        return None
    p = count / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Share:
    """``count`` of ``n``: what a bar draws, its label says and its table row gives."""

    count: int
    n: int

    @property
    def fraction(self):
        return self.count / self.n if self.n else 0.0

    @property
    def percent(self):
        return percentage(self.count, self.n)

    @property
    def width(self):
        """The bar's length in CSS per cent, from the same fraction as its label."""
        return f"{100 * self.fraction:.1f}"

    @property
    def interval(self):
        return wilson_interval(self.count, self.n)

    @property
    def low(self):
        return round(100 * self.interval[0]) if self.n else None

    @property
    def high(self):
        return round(100 * self.interval[1]) if self.n else None

    @property
    def interval_left(self):
        return f"{100 * self.interval[0]:.1f}" if self.n else "0"

    @property
    def interval_width(self):
        return f"{100 * (self.interval[1] - self.interval[0]):.1f}" if self.n else "0"


@dataclass(frozen=True)
class Comparison:
    """Which part of the previous cycle the cycle shown is compared with, in days."""

    cycle: object
    previous: object
    days_in: int  # days of the cycle so far: none before it starts, all once it has ended
    running: bool
    until: datetime.date | None  # the previous cycle's last day compared

    @classmethod
    def of(cls, cycle, previous, today=None):
        today = today or timezone.localdate()
        length = (cycle.ends_on - cycle.starts_on).days + 1
        running = cycle.starts_on <= today <= cycle.ends_on
        if running:
            days_in = (today - cycle.starts_on).days + 1
        else:
            days_in = 0 if today < cycle.starts_on else length
        until = None
        if previous is not None:
            until = previous.ends_on
            if running:
                until = min(previous.ends_on, previous.starts_on + datetime.timedelta(days_in - 1))
        return cls(cycle, previous, days_in, running, until)

    @property
    def cycle_days(self):
        return (self.cycle.ends_on - self.cycle.starts_on).days + 1

    @property
    def whole_previous(self):
        return self.previous is not None and self.until == self.previous.ends_on

    @property
    def previous_days(self):
        return (self.until - self.previous.starts_on).days + 1 if self.previous else 0

    @property
    def previous_before(self):
        """The first moment after the part of the previous cycle compared."""
        return start_of_day(self.until + datetime.timedelta(days=1)) if self.until else None

    def words(self):
        """The comparison in a sentence, as a board member would read it aloud."""
        values = {
            "day": self.days_in,
            "days": self.cycle_days,
            "previous": self.previous.name if self.previous else "",
            "first": date_format(self.previous.starts_on, "j F Y") if self.previous else "",
            "last": date_format(self.until, "j F Y") if self.until else "",
            "compared": self.previous_days,
        }
        if self.days_in == 0:
            return _("This cycle has not started yet.")
        if self.previous is None:
            if self.running:
                return (
                    _(
                        "This cycle is running: day %(day)s of %(days)s. There is no previous "
                        "cycle to compare it with."
                    )
                    % values
                )
            return _("There is no previous cycle to compare this one with.")
        if self.running and not self.whole_previous:
            return (
                _(
                    "This cycle is running: day %(day)s of %(days)s, so its figures so far are "
                    "compared with the first %(compared)s days of the previous cycle, "
                    "%(previous)s (%(first)s to %(last)s), not with the whole of it."
                )
                % values
            )
        if self.running:
            return (
                _(
                    "This cycle is running: day %(day)s of %(days)s, already longer than the "
                    "whole of the previous cycle, %(previous)s (%(first)s to %(last)s), which it "
                    "is compared with."
                )
                % values
            )
        return (
            _(
                "This cycle has ended; it is compared with the whole of the previous cycle, "
                "%(previous)s (%(first)s to %(last)s)."
            )
            % values
        )


class Tally:
    """Counts of one cycle's submissions to one form, up to ``before`` if given."""

    def __init__(self, form_key, cycle, labels, before=None):
        self.cycle = cycle
        self.total = 0
        self.languages = Counter()
        self.sources = Counter()
        self.weeks = Counter()
        self.answers = {key: Counter() for key in labels.chart_keys()}
        self.answered = Counter()
        self.free_text = {key: [] for key in labels.text_keys()}
        if cycle is None:
            return
        rows = FamilySubmission.objects.filter(form_key=form_key, **cycle.submission_filter())
        if before is not None:
            rows = rows.filter(submit_time__lt=before)
        rows = (
            rows.order_by("submit_time")
            .values_list(
                "pk", "language", "source", "submit_time", "answers", "review__translations"
            )
            .iterator(chunk_size=2000)
        )
        for pk, language, source, submit_time, answers, translations in rows:
            self.total += 1
            self.languages[language] += 1
            self.sources[source] += 1
            self.weeks[week_start(submit_time)] += 1
            for key, counter in self.answers.items():
                value = answers.get(key)
                if value is None:
                    continue
                self.answered[key] += 1
                for item in value if isinstance(value, list) else [value]:
                    counter[str(item)] += 1
            for key, texts in self.free_text.items():
                if answers.get(key) and len(texts) < FREE_TEXT_LIMIT:
                    texts.append(
                        {
                            "id": pk,
                            "language": language,
                            "text": answers[key],
                            "translation": (translations or {}).get(key, ""),
                        }
                    )


def bars(items, current, previous, n, previous_n):
    """A row per answer: its count as a share of ``n`` now and of ``previous_n`` before."""
    return [
        {
            "label": label,
            "now": Share(current.get(key, 0), n),
            "before": Share(previous.get(key, 0), previous_n),
        }
        for key, label in items
    ]


def option_items(labels, key):
    question = labels.questions[key]
    if question["type"] == "rating":
        low, high = question.get("lowest", 1), question.get("highest", 5)
        items = [(str(n), str(n)) for n in range(low, high + 1)]
        if items:
            items[0] = (items[0][0], f"{low} ({question.get('lowest_label', '')})")
            items[-1] = (items[-1][0], f"{high} ({question.get('highest_label', '')})")
        return items
    if question["type"] in ("yes_no", "callback"):
        return [("yes", _("Yes")), ("no", _("No"))]
    return [(option["key"], option["label"]) for option in question.get("options", [])]


def held_in(form_key, cycle):
    """Held submissions of the cycle, and how many of them ask for a call back."""
    return (
        FamilySubmission.all_objects.filter(form_key=form_key, **cycle.submission_filter())
        .exclude(held_reason="")
        .aggregate(held=Count("pk"), callbacks=Count("pk", filter=Q(callback__isnull=False)))
    )


def dashboard(form_key, cycle, previous, today=None):
    labels = FormLabels(form_key)
    comparison = Comparison.of(cycle, previous, today)
    now = Tally(form_key, cycle, labels)
    before = Tally(form_key, previous, labels, before=comparison.previous_before)
    languages = [(code, language_name(code)) for code, _name in settings.LANGUAGES]
    tags = dict(SourceTag.objects.values_list("slug", "name"))
    source_keys = sorted(set(now.sources) | set(before.sources))
    sources = [(slug, tags.get(slug, slug) if slug else _("No source tag")) for slug in source_keys]
    weeks = sorted(now.weeks)
    busiest = max(now.weeks.values(), default=0)
    charts = []
    for key in labels.chart_keys():
        items = option_items(labels, key)
        known = {item for item, _label in items}
        extra = sorted((set(now.answers[key]) | set(before.answers[key])) - known)
        charts.append(
            {
                "key": key,
                "question": labels.label(key),
                "several": labels.type(key) == "multiple_choice",
                "answered": now.answered[key],
                "previous_answered": before.answered[key],
                "rows": bars(
                    [*items, *((item, item) for item in extra)],
                    now.answers[key],
                    before.answers[key],
                    now.answered[key],
                    before.answered[key],
                ),
            }
        )
    return {
        "labels": labels,
        "comparison": comparison,
        "held": held_in(form_key, cycle),
        "total": now.total,
        "previous_total": before.total,
        "languages": bars(languages, now.languages, before.languages, now.total, before.total),
        "sources": bars(sources, now.sources, before.sources, now.total, before.total),
        "weeks": [
            {
                "label": week.strftime("%d %b %Y"),
                "count": now.weeks[week],
                "width": f"{100 * now.weeks[week] / busiest:.1f}",
            }
            for week in weeks
        ],
        "charts": charts,
        "free_text": [
            {"key": key, "question": labels.label(key), "answers": now.free_text[key]}
            for key in labels.text_keys()
        ],
    }
