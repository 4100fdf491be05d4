"""Reading the text out of one PDF, DOCX or ODT file, in a process of its own.

``search.extract`` runs this module as a child process (``python -m
search.readers``) for every uploaded document. The child first limits its own
address space, CPU time and open files, then reads the file, so a hostile file
can only exhaust the child: the web worker and the task worker never parse it.
It imports nothing from Django, and prints one JSON object on standard output.

Nothing here trusts what a file says about itself: zip members are inflated in
chunks and the bytes actually produced are counted against a budget, XML is
parsed as a stream by defusedxml (no entity declarations, so no "billion
laughs"), and reading stops once enough text has been collected.
"""

import contextlib
import json
import resource
import sys
import zipfile
from pathlib import PurePath
from xml.sax.handler import ContentHandler, feature_namespaces

from defusedxml.sax import make_parser

OK = "ok"
EMPTY = "empty"
TOO_LARGE = "too-large"
UNREADABLE = "unreadable"
UNSUPPORTED = "unsupported"

CHUNK = 64 * 1024
MAX_PDF_PAGES = 300

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


class TooLarge(Exception):
    """The file inflates, or would inflate, past the limit."""


class Enough(Exception):
    """The text limit is reached; the rest of the file need not be read."""


class Collector:
    """Text in document order, stopping once ``limit`` characters are held."""

    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.length = 0

    def add(self, text):
        if not text:
            return
        self.parts.append(text)
        self.length += len(text)
        if self.length >= self.limit:
            raise Enough

    def add_break(self):
        # Runs of empty paragraphs count once, so they cannot use up the limit.
        if self.parts and self.parts[-1] != "\n":
            self.add("\n")

    def text(self):
        return "".join(self.parts)


def inflate(archive, name, budget):
    """Yield the bytes of member ``name`` in chunks, counting what is really produced.

    ``budget`` is a one-item list of bytes still allowed across the archive.
    The sizes in the zip's headers are ignored: a member whose header says
    1 KB but inflates to 1 GB is stopped at the budget, like an honest one.
    """
    info = archive.getinfo(name)
    # zipfile would otherwise stop at, and check against, the declared size;
    # past the budget and a chunk, this loop has stopped first.
    info.file_size = budget[0] + 2 * CHUNK
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise TooLarge
            yield chunk


class _TextHandler(ContentHandler):
    """Collects the character data inside text elements, a line break after each paragraph."""

    def __init__(self, collector, *, text, paragraphs, spaces):
        super().__init__()
        self.collector = collector
        self.text = text
        self.paragraphs = paragraphs
        self.spaces = spaces
        self.depth = 0

    def startElementNS(self, name, qname, attrs):  # noqa: N802 - SAX's name
        if name in self.text:
            self.depth += 1
        elif name in self.spaces:
            self.collector.add_break()

    def endElementNS(self, name, qname):  # noqa: N802 - SAX's name
        if name in self.text:
            self.depth -= 1
        if name in self.paragraphs:
            self.collector.add_break()

    def characters(self, content):
        if self.depth > 0:
            self.collector.add(content)


def _parse_xml(chunks, handler):
    parser = make_parser()  # defusedxml: refuses entity declarations and external entities
    parser.setFeature(feature_namespaces, True)
    parser.setContentHandler(handler)
    for chunk in chunks:
        parser.feed(chunk)
    parser.close()


def _read_zipped_xml(path, member, handler, max_inflated):
    with zipfile.ZipFile(path) as archive, contextlib.suppress(Enough):
        _parse_xml(inflate(archive, member, [max_inflated]), handler)
    return handler.collector.text()


def read_docx(path, max_chars, max_inflated):
    handler = _TextHandler(
        Collector(max_chars),
        text={(W, "t")},
        paragraphs={(W, "p")},
        spaces={(W, "tab"), (W, "br"), (W, "cr")},
    )
    return _read_zipped_xml(path, "word/document.xml", handler, max_inflated)


def read_odt(path, max_chars, max_inflated):
    # In ODT the paragraph and heading elements hold their text themselves.
    blocks = {(ODF_TEXT, "p"), (ODF_TEXT, "h")}
    handler = _TextHandler(
        Collector(max_chars),
        text=blocks,
        paragraphs=blocks,
        spaces={(ODF_TEXT, "s"), (ODF_TEXT, "tab"), (ODF_TEXT, "line-break")},
    )
    return _read_zipped_xml(path, "content.xml", handler, max_inflated)


def read_pdf(path, max_chars, max_inflated):
    from pypdf import PdfReader

    collector = Collector(max_chars)
    reader = PdfReader(path)
    if reader.is_encrypted:
        reader.decrypt("")
    with contextlib.suppress(Enough):
        for page in reader.pages[:MAX_PDF_PAGES]:
            collector.add((page.extract_text() or "") + "\n")
    return collector.text()


READERS = {".pdf": read_pdf, ".docx": read_docx, ".odt": read_odt}


def clean(text, limit):
    text = text.replace("\x00", " ")
    return " ".join(text.split())[:limit]


def read(path, suffix, max_chars, max_inflated):
    """The text of the file at ``path`` and a status; never raises for a bad file."""
    reader = READERS.get(suffix)
    if reader is None:
        return "", UNSUPPORTED
    try:
        text = clean(reader(path, max_chars, max_inflated), max_chars)
    except (TooLarge, MemoryError):
        return "", TOO_LARGE
    except Exception as error:
        if type(error).__name__ == "LimitReachedError":  # pypdf's own cap on a stream
            return "", TOO_LARGE
        return "", UNREADABLE
    return text, OK if text else EMPTY


def peak_kb(pid="self"):
    """Peak resident memory since exec (VmHWM), in kB, or None once the process is gone.

    Not ru_maxrss: that also counts the parent's memory, which the child shares
    between fork and exec.
    """
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def limit_self(memory_bytes, cpu_seconds):
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))


def main(argv):
    options = json.loads(argv[1])
    limit_self(options["memory_bytes"], options["cpu_seconds"])
    try:
        text, status = read(
            options["path"],
            PurePath(options["path"]).suffix.lower(),
            options["max_chars"],
            options["max_inflated"],
        )
    except MemoryError:
        text, status = "", TOO_LARGE
    sys.stdout.write(json.dumps({"status": status, "text": text, "peak_kb": peak_kb()}))
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv)
