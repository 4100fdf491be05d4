"""The figures of one cycle's dashboard, with the previous cycle beside them."""

import datetime
from collections import Counter

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forms_app.models import FamilySubmission, SourceTag
from review.exports import language_name
from review.labels import FormLabels

FREE_TEXT_LIMIT = 500


def week_start(moment):
    day = timezone.localtime(moment).date()
    return day - datetime.timedelta(days=day.weekday())


def percentage(count, total):
    return round(100 * count / total) if total else 0


class Tally:
    """Counts of one cycle's submissions to one form."""

    def __init__(self, form_key, cycle, labels):
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
        rows = (
            FamilySubmission.objects.filter(form_key=form_key, **cycle.submission_filter())
            .order_by("submit_time")
            .values_list("pk", "language", "source", "submit_time", "answers")
            .iterator(chunk_size=2000)
        )
        for pk, language, source, submit_time, answers in rows:
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
                    texts.append({"id": pk, "language": language, "text": answers[key]})


def bars(items, current, previous):
    """Rows of (label, count, share, previous count, previous share) for a chart and its table."""
    total = sum(current.values()) or 0
    previous_total = sum(previous.values()) or 0
    rows = []
    for key, label in items:
        count, before = current.get(key, 0), previous.get(key, 0)
        rows.append(
            {
                "label": label,
                "count": count,
                "share": percentage(count, total),
                "previous": before,
                "previous_share": percentage(before, previous_total),
            }
        )
    return rows


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


def dashboard(form_key, cycle, previous):
    labels = FormLabels(form_key)
    now = Tally(form_key, cycle, labels)
    before = Tally(form_key, previous, labels)
    languages = [(code, language_name(code)) for code, _name in settings.LANGUAGES]
    tags = dict(SourceTag.objects.values_list("slug", "name"))
    source_keys = sorted(set(now.sources) | set(before.sources))
    sources = [(slug, tags.get(slug, slug) if slug else _("No source tag")) for slug in source_keys]
    weeks = sorted(now.weeks)
    charts = []
    for key in labels.chart_keys():
        items = option_items(labels, key)
        known = {item for item, _label in items}
        extra = sorted((set(now.answers[key]) | set(before.answers[key])) - known)
        charts.append(
            {
                "key": key,
                "question": labels.label(key),
                "answered": now.answered[key],
                "previous_answered": before.answered[key],
                "rows": bars(
                    [*items, *((item, item) for item in extra)],
                    now.answers[key],
                    before.answers[key],
                ),
            }
        )
    return {
        "labels": labels,
        "total": now.total,
        "previous_total": before.total,
        "languages": bars(languages, now.languages, before.languages),
        "sources": bars(sources, now.sources, before.sources),
        "weeks": [
            {
                "label": week.strftime("%d %b %Y"),
                "count": now.weeks[week],
                "share": percentage(now.weeks[week], max(now.weeks.values())),
            }
            for week in weeks
        ],
        "charts": charts,
        "free_text": [
            {"key": key, "question": labels.label(key), "answers": now.free_text[key]}
            for key in labels.text_keys()
        ],
    }
