"""Words, stems and excerpts: the text handling staff search shares."""

import re
import sys
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import mark_safe

ENGLISH_WORD = re.compile(r"[a-z0-9]+")

# Words too common to rank by; PostgreSQL's English dictionary drops the same.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "could",
        "do",
        "does",
        "for",
        "from",
        "get",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "need",
        "of",
        "on",
        "or",
        "our",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "us",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)

# A snowball stemmer keeps the word it is working on in itself, so two threads
# sharing one (gunicorn's gthread workers) corrupt each other's stems or raise.
# Each thread has its own; stem() caches only what a thread's own stemmer made.
_local = threading.local()


def _stemmer():
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return stemmer


def words(text):
    """Lower-case words of any script; punctuation and operators are dropped.

    Letters, combining marks and digits make words, so Bengali vowel signs
    stay inside their word.
    """
    text = text.casefold()
    if text.isascii():
        # The same words the pattern below finds, without building it.
        return ENGLISH_WORD.findall(text)
    return _any_script_word().findall(text)


@lru_cache(maxsize=1)
def _any_script_word():
    """A run of letters, combining marks and digits (Unicode categories L, M and N).

    Built once from the Unicode database, so a text with a curly quote or a
    dash is split at regex speed rather than a character at a time.
    """
    ranges, start = [], None
    for point in range(sys.maxunicode + 2):
        inside = point <= sys.maxunicode and unicodedata.category(chr(point))[0] in "LMN"
        if inside and start is None:
            start = point
        elif not inside and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(point - 1))}")
            start = None
    return re.compile("[" + "".join(ranges) + "]+")


@lru_cache(maxsize=20000)
def stem(word):
    if not word.isascii() or not word.isalpha():
        return word
    return _stemmer().stemWord(word)


def stems(text):
    """English stems of ``text``, for SQLite's index, which has no stemmer of its own."""
    return [stem(word) for word in ENGLISH_WORD.findall(text.casefold())]


def shows(text, terms):
    """Whether ``excerpt(text, terms)`` would show a match: a word beginning with a term."""
    pattern = _terms_pattern(tuple(sorted(terms, key=len, reverse=True)))
    return pattern is not None and pattern.search(text) is not None


def excerpt(text, terms, length=240):
    """A window of ``text`` around the first match, HTML-escaped, matches in <mark>.

    Each piece of the original text is escaped on its own and only then
    wrapped, so nothing typed into a document or a query can become markup.
    """
    text = " ".join(text.split())
    if not text:
        return ""
    pattern = _terms_pattern(tuple(sorted(terms, key=len, reverse=True)))
    start = 0
    if pattern is not None:
        match = pattern.search(text)
        if match:
            start = max(0, match.start() - length // 3)
            # Begin at a word boundary.
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < match.start() else start
    window = text[start : start + length]
    if start + length < len(text):
        cut = window.rfind(" ")
        window = window[: cut if cut > length // 2 else len(window)]
    html = highlight(window, pattern)
    prefix = "… " if start else ""
    suffix = " …" if start + len(window) < len(text) else ""
    return mark_safe(prefix + html + suffix)  # noqa: S308 - every piece escaped in highlight()


def highlight(text, pattern):
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def highlight_html(text, terms):
    return mark_safe(highlight(text, _terms_pattern(tuple(terms))))  # noqa: S308


@lru_cache(maxsize=512)
def _terms_pattern(terms):
    # Match a word that starts with a term (or with its stem, so "carers"
    # marks "carer"), never mid-word.
    parts = sorted({re.escape(term) for term in terms if term}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w*", re.IGNORECASE)


def contains_phrase(sequence, phrase):
    """Whether the words ``phrase`` come together, in order, in the words ``sequence``."""
    size = len(phrase)
    return any(sequence[i : i + size] == phrase for i in range(len(sequence) - size + 1))
