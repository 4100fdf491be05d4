"""What a member of staff typed, turned into the words search looks for.

Everything typed is reduced to words: quotes, stars, brackets, minus signs
and AND/OR/NOT reach neither SQLite's FTS nor PostgreSQL's tsquery parser as
syntax. Acronyms and synonyms are expanded both ways; short queries also try
word completions and near spellings from the titles in the index.

Synonyms are the council's own, and completions and spelling suggestions come
only from titles the person searching may open in their council.
"""

import difflib
import unicodedata
from dataclasses import dataclass, field

from django.core.cache import cache

from search.indexing import Remembered
from search.models import Synonym
from search.text import STOP_WORDS, contains_phrase, stem, words

MAX_QUERY_CHARS = 200
MAX_WORDS = 12
SHORT_QUERY_WORDS = 3
SYNONYMS_KEY = "search:synonyms"
# Kept in this process while the index version stands (a synonym's change moves it on):
_vocabularies = Remembered(size=32)  # by audience (council and groups)
_spellings = Remembered(size=5000)  # near spellings, by audience and word typed
_synonyms = Remembered(size=64)  # by council


@dataclass
class Concept:
    """One word of the query with every form that counts as a match for it."""

    word: str
    alternatives: list = field(default_factory=list)  # tuples of stems

    def stems(self):
        return {token for alternative in self.alternatives for token in alternative}


@dataclass
class ParsedQuery:
    text: str
    concepts: list
    search_words: list
    highlight_terms: list
    expansions: list
    corrections: dict
    # What the index is asked for: any of these, each a tuple of words that must all be
    # there, each word as a tuple of its forms (as typed, and its stem).
    match_terms: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.search_words

    def as_search_string(self):
        return " ".join(self.search_words)


def clean(raw):
    """The query as shown back and logged: trimmed, single-spaced, length-capped."""
    text = "".join(
        char if unicodedata.category(char)[0] != "C" else " " for char in str(raw or "")[:2000]
    )
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def _synonyms_key(council_id):
    return f"{SYNONYMS_KEY}:{council_id}"


def load_synonyms(council_id):
    """The synonyms of one council, as (term, meanings, related searches).

    Kept in this process while the index version stands, and in the cache for
    the other processes.
    """
    if council_id is None:
        return []
    return _synonyms.get(council_id, lambda: _shared_synonyms(council_id))


def _shared_synonyms(council_id):
    synonyms = cache.get(_synonyms_key(council_id))
    if synonyms is None:
        synonyms = [
            (synonym.term, synonym.expansion_list, synonym.related_list)
            for synonym in Synonym.all_councils.filter(council_id=council_id)
        ]
        cache.set(_synonyms_key(council_id), synonyms, 60 * 60)
    return synonyms


def synonyms_changed(council_id):
    cache.delete(_synonyms_key(council_id))


def vocabulary(audience):
    """Words in the titles ``audience`` may open and in their council's synonyms.

    What completions and spelling suggestions use: a word from a title the
    person could not open would tell them that title exists.
    """
    return _vocabularies.get(audience.key, lambda: _vocabulary(audience))


def _vocabulary(audience):
    found = set()
    titles = audience.entries().values_list("title", flat=True).order_by()
    for title in titles.iterator(chunk_size=2000):
        found.update(words(title))
    for term, expansions, _related in load_synonyms(audience.council_id):
        found.update(words(term))
        for expansion in expansions:
            found.update(words(expansion))
    found = {word for word in found if len(word) > 1 and not word.isdigit()}
    return frozenset(found), tuple(sorted(found))


def near_spellings(word, audience, n, cutoff):
    """difflib's closest words to ``word`` in the audience's vocabulary, remembered with it.

    difflib compares the word with every word of the vocabulary; staff type
    the same few words all day, in new combinations.
    """
    _known, ordered = vocabulary(audience)
    return list(
        _spellings.get(
            (audience.key, word, n, cutoff),
            lambda: tuple(difflib.get_close_matches(word, ordered, n=n, cutoff=cutoff)),
        )
    )


def _completions(word, ordered, limit=3):
    import bisect

    start = bisect.bisect_left(ordered, word)
    found = []
    for candidate in ordered[start:]:
        if not candidate.startswith(word):
            break
        if candidate != word:
            found.append(candidate)
    return sorted(found, key=len)[:limit]


def parse(raw, audience):
    text = clean(raw)
    typed = list(dict.fromkeys(words(text)))[:MAX_WORDS]
    content = [word for word in typed if word not in STOP_WORDS] or typed
    concepts = [Concept(word, [(stem(word),)]) for word in content]
    by_word = {concept.word: concept for concept in concepts}
    search_words = list(content)
    singles = list(content)
    # What an acronym stands for is found as a whole: "Therapeutic Fostering and Care
    # Team" is not every page that says "care" or "team".
    phrases = []
    expansions = []

    synonyms = load_synonyms(audience.council_id)
    for term, meanings, _related in synonyms:
        term_words = words(term)
        if not term_words:
            continue
        meaning_words = [words(meaning) for meaning in meanings]
        if contains_phrase(typed, term_words):
            # An acronym typed: look for what it stands for too.
            concept = by_word.get(term_words[0])
            for phrase in meaning_words:
                if concept is not None:
                    concept.alternatives.append(tuple(stem(word) for word in phrase))
                kept = [word for word in phrase if word not in STOP_WORDS]
                search_words.extend(kept)
                phrases.append(tuple(kept))
            expansions.append((term, meanings))
        else:
            for phrase, meaning in zip(meaning_words, meanings, strict=True):
                if phrase and contains_phrase(typed, phrase):
                    # The words typed: the acronym, and what else it means ("team around
                    # the family" is Early Help's), count as a match for each of them.
                    # Only from the acronym's own words: "early help" is not a TAF.
                    first = meaning == meanings[0]
                    others = [words(other) for other in meanings[1:]] if first else []
                    for word in phrase:
                        if word in by_word:
                            for found in [term_words, *others]:
                                by_word[word].alternatives.append(tuple(stem(w) for w in found))
                    search_words.extend(term_words)
                    phrases.append(tuple(term_words))
                    for other in others:
                        kept = [word for word in other if word not in STOP_WORDS]
                        search_words.extend(kept)
                        phrases.append(tuple(kept))
                    expansions.append((term, [meaning]))
                    break

    corrections = {}
    if len(content) <= SHORT_QUERY_WORDS:
        known, ordered = vocabulary(audience)
        for concept in concepts:
            word = concept.word
            if word in known or len(word) < 3 or word.isdigit():
                continue
            completions = _completions(word, ordered)
            close = near_spellings(word, audience, n=2, cutoff=0.8) if len(word) > 3 else []
            for extra in dict.fromkeys(completions + close):
                concept.alternatives.append((stem(extra),))
                search_words.append(extra)
                singles.append(extra)
            if close:
                corrections[word] = close[0]

    # Stems go in too: SQLite's index has none of its own, entries carry theirs.
    for word in list(search_words):
        stemmed = stem(word)
        if stemmed != word:
            search_words.append(stemmed)
    search_words = list(dict.fromkeys(search_words))
    highlight_terms = list(dict.fromkeys([*search_words, *(stem(word) for word in search_words)]))
    highlight_terms = [term for term in highlight_terms if term not in STOP_WORDS]
    return ParsedQuery(
        text=text,
        concepts=concepts,
        search_words=search_words,
        highlight_terms=highlight_terms,
        expansions=expansions,
        corrections=corrections,
        match_terms=_match_terms(singles, phrases),
    )


def _match_terms(singles, phrases):
    """Each word alone, each phrase as a whole; every word as typed and as its stem.

    Stems go in too: SQLite's index has none of its own, entries carry theirs.
    """

    def forms(word):
        return tuple(dict.fromkeys([word, stem(word)]))

    terms = [(forms(word),) for word in singles if word]
    terms += [tuple(forms(word) for word in phrase) for phrase in phrases if phrase]
    return list(dict.fromkeys(terms))


def related_terms(parsed, audience):
    """Other searches worth offering: synonyms and related terms of what was typed."""
    typed = set(words(parsed.text))
    found = []
    for term, meanings, related in load_synonyms(audience.council_id):
        term_words = set(words(term))
        meaning_words = [set(words(meaning)) for meaning in meanings]
        if (term_words and term_words <= typed) or any(
            phrase and phrase <= typed for phrase in meaning_words
        ):
            found.extend([term, *meanings, *related])
    lowered = parsed.text.casefold()
    return [term for term in dict.fromkeys(found) if term.casefold() != lowered][:8]


def suggestions(parsed, audience):
    """Spellings to try instead: each unknown word swapped for the closest known one."""
    known, _ordered = vocabulary(audience)
    typed = words(parsed.text)
    if not typed:
        return []
    replaced, changed = [], False
    for word in typed:
        if word in known or word in STOP_WORDS or word.isdigit() or len(word) < 3:
            replaced.append(word)
            continue
        close = near_spellings(word, audience, n=1, cutoff=0.72)
        if close:
            replaced.append(close[0])
            changed = True
        else:
            replaced.append(word)
    return [" ".join(replaced)] if changed else []
