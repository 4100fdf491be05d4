"""A check for text that looks like a name, a phone number or a date of birth.

Shared by the apps that keep free text staff type: audits flag it before it is
saved (``audits.personal``), staff search keeps it out of its reports. The
check is deliberately cautious: it flags, it never silently changes text,
except where ``redact`` is asked to remove what it flags.
"""

import re

from django.utils.translation import gettext_lazy as _

PHONE = re.compile(r"(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b")
DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b",
    re.IGNORECASE,
)
DOB = re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|born on)\b", re.IGNORECASE)
TITLE_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+")
# Two capitalised words inside a sentence ("saw Amina Khan") look like a full name.
FULL_NAME = re.compile(r"(?<=[a-z,;:]\s)([A-Z][a-z'-]+\s+[A-Z][a-z'-]+)")
# Capitalised pairs that are the practice model's own words, not people.
KNOWN_PHRASES = {
    "early help",
    "youth service",
    "youth justice",
    "practice standard",
    "practice week",
    "learning academy",
    "tower hamlets",
    "family support",
    "social care",
    "children looked",
    "through care",
    "team manager",
    "head of",
    "signs of",
    "child protection",
    "family hubs",
    "edge of",
}

KINDS = {
    "phone": _("a phone number"),
    "date": _("a date of birth"),
    "name": _("a name"),
}


def findings(text):
    """``[(kind, excerpt)]`` for what in ``text`` looks like personal data."""
    text = text or ""
    found = [("phone", match.group(0).strip()) for match in PHONE.finditer(text)]
    found += [("date", match.group(0)) for match in DATE.finditer(text)]
    found += [("date", match.group(0)) for match in DOB.finditer(text)]
    found += [("name", match.group(0)) for match in TITLE_NAME.finditer(text)]
    for match in FULL_NAME.finditer(text):
        words = match.group(1)
        if words.lower() not in KNOWN_PHRASES and not any(
            words.lower().startswith(phrase) for phrase in KNOWN_PHRASES
        ):
            found.append(("name", words))
    return found


def redact(text):
    """``text`` with what ``findings`` flags replaced, for anonymised exit interviews."""
    for _kind, excerpt in sorted(findings(text), key=lambda item: -len(item[1])):
        text = text.replace(excerpt, "[removed]")
    return text
