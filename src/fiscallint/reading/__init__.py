"""Read a report: bytes -> text, with every position a line and a column.

Encodings seen in the wild: UTF-8 with or without BOM, GB18030/GBK from
older Windows exports, UTF-16 with BOM from Word's "Unicode text". Line
ends may be CRLF. The text is kept exactly as decoded (only CRLF/CR become
LF, so columns count characters of the original lines); nothing is
normalised here, so every offset points into what the author wrote (a text
in traditional characters is read in simplified ones, one character for
another: see script.py).
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from fiscallint.model.document import Document
from fiscallint.reading.script import simplified, without_box_rules
from fiscallint.support import messages as M
from fiscallint.support.errors import InputError, input_error
from fiscallint.support.options import DEFAULT, Options

__all__ = ["Document", "InputError", "input_error", "read_document", "read_stdin", "document_from_bytes", "decode"]



_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# First bytes of formats that are not plain text; a report saved in one of
# them needs a different reader, not a guessed encoding.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, .xls: recognised by their first bytes
_SIGNATURES = (
    (b"PK\x03\x04", M.READ_ZIP),
    (OLE_MAGIC, M.READ_LEGACY),
    (b"%PDF", M.READ_PDF),
    (b"\x7fELF", M.READ_EXECUTABLE),
    (b"\x89PNG", M.READ_IMAGE),
    (b"\xff\xd8\xff", M.READ_IMAGE),
)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Raises InputError for binary or undecodable data."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise input_error(path, M.READ_CANNOT_DECODE, encoding=encoding, error=str(exc)) from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise input_error(path, M.READ_BAD_BOM, encoding=enc, error=exc.reason) from None
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise input_error(path, what)
    if b"\x00" in data[:4096]:
        raise input_error(path, M.READ_NUL)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    # Neither of the usual encodings: ask charset-normalizer (imported only
    # here, it is slow to load) and accept only a confident answer.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and not best.chaos > 0.2:
        text = str(best)
        # a report is Chinese: a guess that yields no Han character is noise
        if any("\u4e00" <= ch <= "\u9fff" for ch in text):
            return text, best.encoding
    raise input_error(path, M.READ_NO_ENCODING)


def _clean(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_document(path: Path, display: str | None = None, encoding: str | None = None,
                  options: Options = DEFAULT) -> Document:
    from fiscallint.support.limits import read_path

    shown = display or str(path)
    try:
        data = read_path(path, shown, options.limits)  # refused before reading when over the file-size budget
    except IsADirectoryError:
        raise input_error(shown, M.READ_DIRECTORY) from None
    except FileNotFoundError:
        raise input_error(shown, M.READ_NO_FILE) from None
    except OSError as exc:
        raise input_error(shown, M.READ_CANNOT, error=str(exc.strerror or exc)) from None
    return document_from_bytes(data, shown, encoding, options)


def read_stdin(display: str = "-", options: Options = DEFAULT) -> bytes:
    """All of standard input; InputError when there is none to read (closed,
    or not a stream of bytes)."""
    import sys

    stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None:
        raise input_error(display, M.STDIN_CLOSED)
    from fiscallint.support.limits import read_capped

    try:
        return read_capped(stream, display, options.limits)  # refused past the file-size budget
    except (OSError, ValueError) as exc:
        raise input_error(display, M.STDIN_UNREADABLE, error=str(exc)) from None


def document_from_bytes(data: bytes, display: str, encoding: str | None = None,
                        options: Options = DEFAULT) -> Document:
    """The document in ``data``; InputError for anything that cannot be
    checked, an empty file or a blank text included (it would pass as
    "no problems found" having checked nothing)."""
    from fiscallint.support import limits

    limits.check(display, "file-size", len(data), options.limits, what="the input is")
    if not data.strip():
        what = M.READ_EMPTY_STDIN if display == "-" else M.READ_EMPTY if not data else M.READ_BLANK
        raise input_error(display, what)
    doc = _document(data, display, encoding, options)
    if not doc.text.strip():
        raise input_error(display, M.READ_NO_TEXT)
    doc.text = without_box_rules(simplified(doc.text))  # one character for another: every position stays
    return doc


def _document(data: bytes, display: str, encoding: str | None, options: Options) -> Document:
    from fiscallint.support import limits

    if data[:1024].lstrip().startswith(b"%PDF"):  # by its first bytes, whatever its name
        from fiscallint.reading.pdf import read_pdf

        return read_pdf(data, display)
    if data.startswith(b"PK\x03\x04"):
        limits.check_zip_directory(data, display, options.limits)
        kind = _zip_kind(data)
        if kind == "docx":
            from fiscallint.reading.docx import read_docx

            return read_docx(data, display, options.limits)
        if kind == "xlsx":
            from fiscallint.reading.xlsx import read_xlsx

            return read_xlsx(data, display, options.read_hidden)
        if kind == "damaged":
            raise input_error(display, M.READ_DAMAGED)
    if data.startswith(OLE_MAGIC) and _ole_workbook(data):
        from fiscallint.reading.xlsx import read_xls

        return read_xls(data, display, options.read_hidden)
    if data.startswith(OLE_MAGIC):
        converted = _convert_legacy(data, display)
        if converted is not None:
            from fiscallint.reading.docx import read_docx

            return read_docx(converted, display, options.limits)
    # no encoding takes more than 4 bytes a character: refused undecoded
    limits.check(display, "text-length", len(data) // 4, options.limits, what="the text holds at least")
    text, used = decode(data, display, encoding)
    limits.check(display, "text-length", len(text), options.limits, what="the text holds")
    text = _clean(text)
    if _looks_binary(text):
        raise input_error(display, M.READ_BINARY)
    return Document(display, text, used)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _zip_kind(data: bytes) -> str:
    """"docx", "other" (a readable ZIP that is not a Word document) or "damaged"."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            return "docx" if "word/document.xml" in names else "xlsx" if "xl/workbook.xml" in names else "other"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # a damaged header: an unknown "version"
        return "damaged"


def _ole_workbook(data: bytes) -> bool:
    """An OLE file holding a "Workbook" (or BIFF5 "Book") stream: an .xls or
    a WPS .et, not a .doc/.wps (their directory names are UTF-16)."""
    return "Workbook".encode("utf-16-le") in data or b"B\x00o\x00o\x00k\x00\x00\x00" in data


def _convert_legacy(data: bytes, display: str) -> bytes | None:
    """A .doc or .wps converted to .docx by LibreOffice, when it is installed."""
    import shutil
    import subprocess
    import tempfile

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    with tempfile.TemporaryDirectory(prefix="fiscallint-") as tmp:
        src = Path(tmp) / "report.doc"
        src.write_bytes(data)
        try:
            subprocess.run([office, "--headless", "--convert-to", "docx", "--outdir", tmp, str(src)],
                           capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        out = Path(tmp) / "report.docx"
        return out.read_bytes() if out.exists() else None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.05
