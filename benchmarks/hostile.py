"""Hostile and huge inputs, built cheaply (for benchmarks/resources.py and
the tests of fiscallint.support.limits).

* :func:`zip_bomb`: a valid .docx whose ``word/document.xml`` inflates to
  over 1 GB. The deflate stream is one 1 MiB block of spaces compressed once
  (after a full flush the compressor's state is reset, so the same input
  gives the same bytes) and repeated; the ZIP is written by hand around it,
  so building it costs a CRC over the inflated size and writes ~1 MB.
* :func:`lying_bomb`: the same stream, but the central directory declares
  a small size (a budget read from the directory alone would let it in).
* :func:`entity_docx`: a .docx whose document.xml declares a DTD with
  nested entities (billion laughs).
* :func:`cells_docx`: a .docx with one table of N cells (the XML written
  directly, python-docx would take minutes).
* :func:`big_text`: a UTF-8 report of N bytes, the examples repeated.
"""
from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "examples" / "clean_report.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}"><w:body>').encode()
TAIL = b"</w:body></w:document>"


def _template_parts() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(TEMPLATE) as z:
        return [(i.filename, z.read(i)) for i in z.infolist() if i.filename != "word/document.xml"]


def _local(name: bytes, crc: int, csize: int, usize: int, method: int) -> bytes:
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0) + name


def _central(name: bytes, crc: int, csize: int, usize: int, method: int, offset: int) -> bytes:
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, csize, usize,
                       len(name), 0, 0, 0, 0, 0, offset) + name


def _write_zip(path: Path, members: list[tuple[str, int, int, int, int, list[bytes]]]) -> None:
    """members: (name, crc, compressed size, declared size, method, data pieces)."""
    central, offset = [], 0
    with open(path, "wb") as out:
        for name, crc, csize, usize, method, pieces in members:
            raw = name.encode()
            header = _local(raw, crc, csize, usize, method)
            out.write(header)
            for piece in pieces:
                out.write(piece)
            central.append(_central(raw, crc, csize, usize, method, offset))
            offset += len(header) + csize
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0))


def _stored(name: str, data: bytes) -> tuple:
    return (name, zlib.crc32(data), len(data), len(data), 0, [data])


def _bomb_members(inflated_mib: int, declared: int | None) -> list[tuple]:
    block = b" " * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = comp.compress(HEAD + b"<w:p><w:r><w:t>") + comp.flush(zlib.Z_FULL_FLUSH)
    one = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    assert one == again, "zlib did not repeat itself after a full flush"
    end = comp.compress(b"</w:t></w:r></w:p>" + TAIL) + comp.flush()
    crc = zlib.crc32(HEAD + b"<w:p><w:r><w:t>")
    for _ in range(inflated_mib):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(b"</w:t></w:r></w:p>" + TAIL, crc)
    size = len(HEAD) + 15 + inflated_mib * len(block) + 18 + len(TAIL)
    pieces = [head] + [one] * inflated_mib + [end]
    csize = sum(len(p) for p in pieces)
    members = [_stored(n, d) for n, d in _template_parts()]
    members.append(("word/document.xml", crc, csize, size if declared is None else declared, 8, pieces))
    return members


def zip_bomb(path: Path, inflated_mib: int = 1100) -> Path:
    """A valid .docx whose word/document.xml inflates to ``inflated_mib`` MiB
    (1100 MiB: 1.15 GB) from about 1 MB."""
    _write_zip(path, _bomb_members(inflated_mib, None))
    return path


def lying_bomb(path: Path, inflated_mib: int = 1100, declared: int = 4096) -> Path:
    """The zip bomb, with a central directory that declares ``declared`` bytes."""
    _write_zip(path, _bomb_members(inflated_mib, declared))
    return path


def entity_docx(path: Path, levels: int = 9) -> Path:
    """A .docx whose document.xml uses nested entities (10**levels copies)."""
    ents = ['<!ENTITY e0 "lol">'] + [f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10}">' for i in range(1, levels + 1)]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [' + "".join(ents) + "]>"
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&e{levels};</w:t></w:r></w:p></w:body></w:document>')
    members = [_stored(n, d) for n, d in _template_parts()] + [_stored("word/document.xml", xml.encode())]
    _write_zip(path, members)
    return path


def cells_docx(path: Path, cells: int = 100_000, columns: int = 10) -> Path:
    """A .docx with a paragraph and one table of ``cells`` cells (a header
    row, then rows of a label and amounts), deflated."""
    rows = max(2, cells // columns)

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    parts = ['<w:p><w:r><w:t>附表：项目支出明细（万元）</w:t></w:r></w:p><w:tbl>']
    parts.append("<w:tr>" + cell("项目名称") + "".join(cell(f"{2020 + c}年决算数") for c in range(columns - 1)) + "</w:tr>")
    for r in range(1, rows):
        parts.append("<w:tr>" + cell(f"项目{r}") + "".join(cell(f"{(r * 37 + c * 11) % 9000 + 10}.{r % 100:02d}")
                                                         for c in range(columns - 1)) + "</w:tr>")
    parts.append("</w:tbl>")
    xml = HEAD + "".join(parts).encode() + TAIL
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in _template_parts():
            z.writestr(name, data)
        z.writestr("word/document.xml", xml)
    return path


def big_text(path: Path, size: int = 50 * 1000 * 1000) -> Path:
    """A UTF-8 report of ``size`` bytes: the example reports repeated."""
    base = "".join((ROOT / "examples" / n).read_text(encoding="utf-8") + "\n"
                   for n in ("report_with_errors.txt", "clean_report.txt", "township_warnings.txt",
                             "budget_explanation.txt")).encode()
    with open(path, "wb") as out:
        written = 0
        while written + len(base) <= size:
            out.write(base)
            written += len(base)
        out.write(base[: size - written].decode("utf-8", "ignore").encode())
    return path
