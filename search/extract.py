"""Plain text out of uploaded PDF, DOCX and ODT files, for search.

The file is never parsed in this process. It is copied to a temporary file
and read by ``search.readers`` in a child process that limits its own memory
(RLIMIT_AS) and CPU time (RLIMIT_CPU) before it opens the file; this process
adds a wall-clock deadline and kills the child past it. A file that breaks a
limit, or crashes its reader, gives no text and a status; the document is
still found by its title.
"""

import json
import logging
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings

from search import readers

logger = logging.getLogger(__name__)

PENDING = "pending"
OK = readers.OK
EMPTY = readers.EMPTY
TOO_LARGE = readers.TOO_LARGE
TIMED_OUT = "timed-out"
UNREADABLE = readers.UNREADABLE
UNSUPPORTED = readers.UNSUPPORTED

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_CHARS = 200_000
# What a DOCX or ODT may inflate to, counted as it inflates.
DEFAULT_MAX_INFLATED_BYTES = 50 * 1024 * 1024
DEFAULT_MEMORY_MB = 256
DEFAULT_CPU_SECONDS = 20
DEFAULT_TIMEOUT_SECONDS = 30
COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Extraction:
    text: str
    status: str
    # The reading child's peak resident memory (kB) and wall time, when one ran.
    peak_kb: int | None = None
    seconds: float | None = None


def _setting(name, default):
    return getattr(settings, name, default)


def max_bytes():
    return _setting("SEARCH_DOCUMENT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_chars():
    from search.indexing import MAX_BODY_CHARS

    return min(_setting("SEARCH_DOCUMENT_MAX_CHARS", DEFAULT_MAX_CHARS), MAX_BODY_CHARS)


def suffix_of(filename):
    return PurePath(filename or "").suffix.lower()


def is_readable_kind(filename):
    return suffix_of(filename) in readers.READERS


def quick_status(filename, size):
    """The status known without reading the file, or None if it must be read."""
    if not is_readable_kind(filename):
        return UNSUPPORTED
    if size is not None and size > max_bytes():
        return TOO_LARGE
    return None


def extract_text(fileobj, filename, size=None):
    """Return the text of ``fileobj`` and how extraction went; never raises for a bad file."""
    status = quick_status(filename, size)
    if status is not None:
        return Extraction("", status)
    limit = max_bytes()
    with tempfile.NamedTemporaryFile(suffix=suffix_of(filename)) as copy:
        copied = 0
        fileobj.seek(0)
        while chunk := fileobj.read(COPY_CHUNK):
            copied += len(chunk)
            if copied > limit:
                return Extraction("", TOO_LARGE)
            copy.write(chunk)
        copy.flush()
        return extract_path(copy.name)


def extract_path(path):
    """Read the file at ``path`` in a limited child process."""
    options = {
        "path": str(path),
        "max_chars": max_chars(),
        "max_inflated": _setting("SEARCH_DOCUMENT_MAX_INFLATED_BYTES", DEFAULT_MAX_INFLATED_BYTES),
        "memory_bytes": _setting("SEARCH_EXTRACT_MEMORY_MB", DEFAULT_MEMORY_MB) * 1024 * 1024,
        "cpu_seconds": _setting("SEARCH_EXTRACT_CPU_SECONDS", DEFAULT_CPU_SECONDS),
    }
    timeout = _setting("SEARCH_EXTRACT_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS)
    started = time.monotonic()
    output, timed_out, status, peak_kb = _run_child(options, timeout)
    seconds = time.monotonic() - started
    result = _interpret(output, timed_out, status, peak_kb, seconds)
    logger.info(
        "Read a %s file: %s in %.1f s, child peak %d MB",
        suffix_of(path)[1:],
        result.status,
        seconds,
        (result.peak_kb or 0) // 1024,
    )
    return result


def _run_child(options, timeout):
    """Run the reader: its output, whether it was killed for time, its exit code, its peak kB."""
    # -I: no user site, no environment variables, nothing from the working directory.
    command = [sys.executable, "-I", readers.__file__, json.dumps(options)]
    # JSON escapes every character as at most 6 (\uXXXX); anything longer is not ours.
    most = options["max_chars"] * 6 + 64 * 1024
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module, fixed arguments
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={"LANG": "C.UTF-8"},
        close_fds=True,
    )
    chunks, size, timed_out, peak_kb = [], 0, False, 0
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            # The child's own peak, while it lives: it reports it too, unless it is killed.
            peak_kb = max(peak_kb, readers.peak_kb(process.pid) or 0)
            if not selector.select(min(left, 0.05)):
                continue
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            size += len(chunk)
            if size > most:
                break
            chunks.append(chunk)
    if timed_out or size > most:
        process.kill()
    process.stdout.close()
    process.wait()
    return b"".join(chunks), timed_out, process.returncode, peak_kb


def _interpret(output, timed_out, returncode, peak_kb, seconds):
    if timed_out or returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return Extraction("", TIMED_OUT, peak_kb, seconds)
    try:
        reported = json.loads(output)
        status, text = reported["status"], reported["text"]
        peak_kb = max(peak_kb or 0, int(reported["peak_kb"] or 0))
    except (ValueError, KeyError, TypeError):
        # The reader died without answering: a crash inside a parser.
        return Extraction("", UNREADABLE, peak_kb, seconds)
    if status not in (OK, EMPTY, TOO_LARGE, UNREADABLE, UNSUPPORTED):
        return Extraction("", UNREADABLE, peak_kb, seconds)
    return Extraction(str(text)[: max_chars()], status, peak_kb, seconds)
