"""Fuzz target: a Word report. The first byte chooses what the rest is:
even, the whole .docx file (ZIP container, damaged archives); odd, the XML
of word/document.xml inside an otherwise valid .docx (the renderer, tables,
comments anchors, DTDs). The document is then checked by every rule.

Allowed: InputError. Anything else is a crash."""
import io
import zipfile

import atheris

import common

common.instrumented()

from fiscallint.engine import active_rules, run  # noqa: E402
from fiscallint.reading import InputError, document_from_bytes  # noqa: E402

RULES = active_rules(None, None)
with zipfile.ZipFile(common.ROOT / "examples" / "clean_report.docx") as _z:
    PARTS = [(i.filename, _z.read(i)) for i in _z.infolist() if i.filename != "word/document.xml"]


def as_docx(xml: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in PARTS:
            z.writestr(name, data)
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_one(data: bytes) -> None:
    if not data:
        return
    body = data[1:]
    blob = as_docx(body) if data[0] & 1 else body
    try:
        doc = document_from_bytes(blob, "fuzz.docx")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.docx: "), exc
        return
    run(doc, RULES)


if __name__ == "__main__":
    common.run(test_one)
