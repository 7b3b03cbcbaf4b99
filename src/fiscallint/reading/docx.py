"""Read a Word report (.docx) into the text rendering fiscallint checks.

Paragraphs and tables come in document order. A table row becomes one line,
its cells separated by `` | `` — the layout the flattened-table reader
already knows — and a nested table follows the row that holds it. A merged
cell is counted once: a horizontal merge (gridSpan) is one cell, a vertical
merge's continuation cells are empty. ``fiscallint cat`` prints the
rendering; its line numbers are the ones findings use, and every cell keeps
its table, row and column so a finding can say where it is in the document.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from fiscallint.support import messages as M
from fiscallint.model.document import Document
from fiscallint.support.errors import input_error

CELL_SEPARATOR = " | "


@dataclass
class CellOrigin:
    table: int  # 1-based, in document order (nested tables counted too)
    row: int  # 1-based
    column: int  # 1-based grid column of the cell's first grid cell
    start: int  # offsets of the cell's text in the rendering
    end: int


class Rendering:
    """The text a reader writes, piece by piece, and how long it is so far:
    each piece's offsets are where its origin (a cell, a paragraph) points."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def emit(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def emit_row(self, cells) -> list[tuple[int, int, int]]:
        """Write a table row, its (column, text) cells joined by the cell
        separator and ended by a new line: each cell's column and offsets."""
        spans = []
        for i, (col, text) in enumerate(cells):
            if i:
                self.emit(CELL_SEPARATOR)
            start, end = self.emit(text)
            spans.append((col, start, end))
        self.emit("\n")
        return spans

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Origins:
    """Where each part of the rendering comes from in the Word document."""

    paragraphs: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, paragraph number)
    cells: list[CellOrigin] = field(default_factory=list)
    comments: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text) of Word comments

    def describe(self, offset: int) -> dict | None:
        for c in self.cells:
            if c.start <= offset <= c.end:
                return {"table": c.table, "row": c.row, "column": c.column}
        for s, e, n in self.paragraphs:
            if s <= offset <= e:
                return {"paragraph": n}
        return None


class _Renderer(Rendering):
    def __init__(self, display: str, limits) -> None:
        super().__init__()
        self.display = display
        self.limits = limits
        self.cells = 0
        self.origins = Origins()
        self.paragraph_no = 0
        self.table_no = 0
        self.anchors: dict[str, tuple[int, int]] = {}  # comment id -> range in the rendering

    def _emit(self, text: str) -> tuple[int, int]:
        span = self.emit(text)
        if self.length > self.limits.text_length:
            from fiscallint.support.limits import check

            check(self.display, "text-length", self.length, self.limits, "the rendered text holds at least")
        return span

    def paragraph(self, p) -> None:
        self.paragraph_no += 1
        text, anchors = _text_and_anchors(p._p)
        start, end = self._emit(text)
        self.origins.paragraphs.append((start, end, self.paragraph_no))
        self._anchor(anchors, start)
        self._emit("\n")

    def _anchor(self, anchors: dict, base: int) -> None:
        for cid, (s, e) in anchors.items():
            self.anchors[cid] = (base + s, base + e)

    def table(self, table) -> None:
        from docx.table import _Cell

        self.table_no += 1
        number = self.table_no
        nested = []
        for r, row in enumerate(table.rows, start=1):
            grid_col = 1
            first = True
            for tc in row._tr.tc_lst:
                span = tc.grid_span or 1
                self.cells += 1
                if self.cells > self.limits.table_cells:
                    from fiscallint.support.limits import check

                    check(self.display, "table-cells", self.cells, self.limits, "the tables hold at least")
                cell = _Cell(tc, table)
                continuation = tc.vMerge == "continue"
                text, anchors = ("", {}) if continuation else _cell_text(cell)
                if not first:
                    self._emit(CELL_SEPARATOR)
                first = False
                start, end = self._emit(text)
                self._anchor(anchors, start)
                self.origins.cells.append(CellOrigin(number, r, grid_col, start, end))
                grid_col += span
                if not continuation:
                    nested.extend(cell.tables)
            self._emit("\n")
            for inner in nested:
                self.table(inner)
            nested = []


def _cell_text(cell) -> tuple[str, dict]:
    """A cell's paragraphs on one line (a cell's own line breaks would break
    the row); nested tables are rendered apart."""
    parts, anchors, length = [], {}, 0
    for p in cell.paragraphs:
        text, marks = _text_and_anchors(p._p)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            continue
        if parts:
            length += 1
        for cid, (s, e) in marks.items():
            anchors[cid] = (length + max(0, s - lead), length + max(0, e - lead))
        parts.append(text)
        length += len(text)
    return " ".join(parts).replace("|", "｜"), anchors


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text_and_anchors(p_element) -> tuple[str, dict]:
    """A paragraph's text as Word shows it, and where each comment's range
    starts and ends in it."""
    chunks: list[str] = []
    length = 0
    starts: dict[str, int] = {}
    anchors: dict[str, tuple[int, int]] = {}
    for el in p_element.iter():
        tag = el.tag
        if tag == _W + "t" and el.text:
            chunks.append(el.text)
            length += len(el.text)
        elif tag in (_W + "tab",):
            chunks.append("\t")
            length += 1
        elif tag in (_W + "br", _W + "cr"):
            chunks.append(" ")
            length += 1
        elif tag == _W + "commentRangeStart":
            starts[el.get(_W + "id")] = length
        elif tag == _W + "commentRangeEnd":
            cid = el.get(_W + "id")
            anchors[cid] = (starts.pop(cid, 0), length)
    for cid, s in starts.items():  # a range that ends in a later paragraph
        anchors[cid] = (s, length)
    return "".join(chunks).replace("\n", " ").replace("\r", " "), anchors


def _comments(document) -> dict[str, str]:
    """Word comments (批注) by id: their text."""
    import xml.etree.ElementTree as ET

    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/comments.xml":
            try:
                root = ET.fromstring(part.blob)
            except ET.ParseError:
                return {}
            return {c.get(_W + "id"): "".join(t.text or "" for t in c.iter(_W + "t")) for c in root.iter(_W + "comment")}
    return {}


def render(data: bytes, display: str, limits: "Limits | None" = None) -> tuple[str, Origins]:
    """The document's paragraphs and tables as text, and where each part of
    it comes from; ``limits``: the budgets (None: the defaults)."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise input_error(display, M.READ_NEEDS_DOCX) from None
    from fiscallint.support.limits import Limits, inspect_zip

    limits = limits or Limits()
    inspect_zip(data, display, limits)  # the budgets, before python-docx inflates anything
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise input_error(display, M.READ_BAD_DOCX, error=f"{type(exc).__name__}: {exc}") from None
    except Exception as exc:  # python-docx raises many kinds on damaged files
        raise input_error(display, M.READ_BAD_DOCX, error=type(exc).__name__) from None
    root = document.element
    if root.tag != _W + "document" or root.find(_W + "body") is None:
        # found by fuzzing: python-docx builds its Document on any root element
        raise input_error(display, M.READ_BAD_DOCX, error="word/document.xml holds no Word document body")
    out = _Renderer(display, limits)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            out.paragraph(block)
        elif isinstance(block, Table):
            out.table(block)
    comments = _comments(document) if out.anchors else {}
    for cid, (start, end) in out.anchors.items():
        if cid in comments:
            out.origins.comments.append((start, end, comments[cid]))
    return out.text(), out.origins


def read_docx(data: bytes, display: str, limits: "Limits | None" = None) -> Document:
    text, origins = render(data, display, limits)
    doc = Document(display, text, "docx")
    doc.origins = origins
    return doc
