"""Hostile documents made on the fly: zip bombs, paragraph floods, deep PDF nesting, billion laughs.

Shared by tests/search/test_hostile_uploads.py and bench/upload_bench.py, so
that no large or dangerous file is ever committed. Each writes to ``path``
and streams, so making a bomb that inflates to a gigabyte needs little memory.
"""

import struct
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
DOCUMENT_START = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
).encode()
DOCUMENT_END = b"</w:body></w:document>"
MB = 1024 * 1024


def _docx(path, body_chunks, *, compresslevel=9):
    """A DOCX whose document.xml is DOCUMENT_START + the chunks + DOCUMENT_END, streamed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        with archive.open("word/document.xml", "w") as member:
            member.write(DOCUMENT_START)
            for chunk in body_chunks:
                member.write(chunk)
            member.write(DOCUMENT_END)
    return path


def _repeat(piece, total_bytes):
    block = piece * max(1, MB // len(piece))
    for _ in range(max(1, total_bytes // len(block))):
        yield block


def zip_bomb_docx(path, inflated_mb=1024):
    """A DOCX whose headers honestly say document.xml inflates to ``inflated_mb``: all spaces."""
    return _docx(path, _repeat(b" ", inflated_mb * MB))


def lying_zip_bomb_docx(path, inflated_mb=1024, claimed_bytes=2048):
    """The same bomb with its local and central headers claiming ``claimed_bytes`` inflated.

    A check that adds up the declared sizes passes it; zipfile then inflates the
    whole member in one call before cutting it to the declared size.
    """
    zip_bomb_docx(path, inflated_mb)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    data = bytearray(path.read_bytes())
    # Local file header: signature, then the uncompressed size at offset 22.
    assert data[info.header_offset : info.header_offset + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, info.header_offset + 22, claimed_bytes)
    # Central directory entry for the same file: uncompressed size at offset 24.
    name = info.filename.encode()
    position = 0
    while (position := data.find(b"PK\x01\x02", position + 1)) != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == name:
            struct.pack_into("<I", data, position + 24, claimed_bytes)
            break
    else:
        raise AssertionError("central directory entry not found")
    path.write_bytes(bytes(data))
    return path


def many_paragraphs_docx(path, paragraphs=2_000_000, text=b"x"):
    """A small DOCX holding ``paragraphs`` one-letter paragraphs (about 70 MB of XML)."""
    paragraph = b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
    batch = 10_000

    def chunks():
        for _ in range(paragraphs // batch):
            yield paragraph * batch

    return _docx(path, chunks())


def empty_paragraphs_docx(path, paragraphs=2_000_000):
    """A small DOCX holding ``paragraphs`` empty paragraphs: no text ever stops the reading."""
    batch = 10_000

    def chunks():
        for _ in range(paragraphs // batch):
            yield b"<w:p/>" * batch

    return _docx(path, chunks())


def _pdf(objects):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def deeply_nested_pdf(path, depth=50_000):
    """A one-page PDF whose page carries arrays and dictionaries ``depth`` levels deep."""
    arrays = b"[" * depth + b"]" * depth
    dictionaries = b"<< /A " * depth + b"null" + b" >>" * depth
    stream = b"BT /F1 12 Tf 72 720 Td (Nested) Tj ET"
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Annots " + arrays + b" /Nested " + dictionaries + b" >>",
                b"<< /Length "
                + str(len(stream)).encode()
                + b" >>\nstream\n"
                + stream
                + b"\nendstream",
            ]
        )
    )
    return path


def billion_laughs_odt(path, levels=10):
    """An ODT whose content.xml declares entities that expand ten to the power ``levels``."""
    entities = ['<!ENTITY lol0 "lol">']
    for level in range(1, levels):
        entities.append(f'<!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<!DOCTYPE office:document-content [" + "".join(entities) + "]>"
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:text><text:p>&lol{levels - 1};</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path


def flate_bomb_pdf(path, inflated_mb=1024):
    """A one-page PDF whose content stream is ``inflated_mb`` of spaces, deflated to about 1 MB."""
    import zlib

    compressor = zlib.compressobj(9)
    block = b" " * MB
    stream = b"".join(compressor.compress(block) for _ in range(inflated_mb)) + compressor.flush()
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                b"<< /Length "
                + str(len(stream)).encode()
                + b" /Filter /FlateDecode >>\nstream\n"
                + stream
                + b"\nendstream",
            ]
        )
    )
    return path


def many_members_docx(path, members=150_000):
    """A DOCX with ``members`` tiny extra parts: its directory alone fills memory when read."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", DOCUMENT_START + DOCUMENT_END)
        for number in range(members):
            archive.writestr(f"word/media/{number:08d}", b"")
    return path
