"""Stemming under gunicorn's gthread workers: many threads, one process, same stems."""

import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from search import text

ROOTS = [
    "care", "carer", "safeguard", "support", "parent", "family", "connect", "refer",
    "assess", "plan", "review", "house", "evict", "visit", "meet", "record", "protect",
    "nation", "general", "relate", "happy", "run", "agree", "sensation", "conditional",
]  # fmt: skip
SUFFIXES = ["", "s", "ed", "ing", "ings", "ation", "ations", "ational", "ness", "fulness",
            "ly", "ities", "ively", "ement", "ements", "izer", "ousness", "alism"]  # fmt: skip
WORDS = [root + suffix for root in ROOTS for suffix in SUFFIXES]


def _stem_all(words):
    return [text.stem(word) for word in words]


def test_many_threads_stem_every_word_as_one_thread_does():
    text.stem.cache_clear()
    expected = _stem_all(WORDS)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, mid-word
    try:
        for _round in range(5):
            text.stem.cache_clear()
            with ThreadPoolExecutor(max_workers=8) as pool:
                shuffled = [WORDS[offset:] + WORDS[:offset] for offset in range(0, 400, 25)]
                answers = list(pool.map(_stem_all, shuffled))
            for offset, answer in zip(range(0, 400, 25), answers, strict=True):
                assert answer == expected[offset:] + expected[:offset]
            # Whatever the cache kept from the race is what one thread would have made.
            assert [text.stem(word) for word in WORDS] == expected
    finally:
        sys.setswitchinterval(interval)


def test_each_thread_stems_with_a_stemmer_of_its_own():
    seen, barrier = [], threading.Barrier(4)

    def grab():
        barrier.wait()
        seen.append(text._stemmer())

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(stemmer) for stemmer in seen}) == 4
