"""Read a PDF report into the text rendering fiscallint checks.

A PDF knows glyphs and where they are drawn, not paragraphs or tables. This
reader (pdfplumber, imported only when a PDF is read) rebuilds them, page by
page, top to bottom:

- lines are the words of one baseline; the running header and footer of
  each page (a line at the top or bottom of the page whose text, digits
  aside, repeats on other pages) and page numbers (``12``, ``- 12 -``,
  ``第12页``, ``第1页 共9页``, ``3/9``) are dropped, so they are never read
  as amounts;
- a paragraph the PDF broke over lines (and over a page break) is one line
  again: a line is joined to the one before when that one runs to the right
  margin, does not end a sentence, and the line is not indented and does not
  start a heading;
- tables are rebuilt from their ruling lines where the PDF draws them
  (pdfplumber's lattice finder: merged cells are one cell at their first
  grid column), else from the alignment of the words (lines of two or more
  cells separated by wide gaps, the columns being the gaps no row writes
  across); a table that goes on at the top of the next page is one table,
  its repeated header row left out.

A table row is one line of the rendering, cells separated by `` | `` with
their origins, exactly as a Word table is handed over (:mod:`docx_reader`),
so the table model and its checks apply unchanged. Every finding says its
page (and table, row and column). A scanned PDF (no text layer), an
encrypted one and a damaged or truncated one are refused with one line.
"""
from __future__ import annotations

import bisect
import io
import re
from dataclasses import dataclass, field

from fiscallint.support.wordbook import pattern
from fiscallint.model.document import Document
from fiscallint.reading.docx import CellOrigin, Rendering
from fiscallint.support.errors import InputError

_PAGE_NUMBER = pattern("pdf", "page_number")
_DIGITS = re.compile(r"[0-9０-９]+")
_SENTENCE_END = "。！？；：!?;:"
_HEADING = pattern("pdf", "heading")
_NUMBER = re.compile(r"[-−]?[0-9０-９][0-9０-９,，.．]*\s*%?")


@dataclass
class PdfOrigins:
    """Where each part of the rendering comes from: page, and table cell."""

    cells: list[CellOrigin] = field(default_factory=list)
    cell_pages: list[int] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, page) of text lines
    comments: list = field(default_factory=list)

    def describe(self, offset: int) -> dict | None:
        for c, page in zip(self.cells, self.cell_pages):
            if c.start <= offset <= c.end:
                return {"page": page, "table": c.table, "row": c.row, "column": c.column}
        i = bisect.bisect_right(self.spans, (offset, float("inf"), 0)) - 1
        if i >= 0:
            s, e, page = self.spans[i]
            if s <= offset <= e:
                return {"page": page}
        return None


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    segments: list[tuple[float, float, str]]  # (x0, x1, text) separated by wide gaps
    width: float = 0.0  # the page's

    @property
    def text(self) -> str:
        return _join_words([s[2] for s in self.segments], gap=True)


@dataclass
class _TableBlock:
    page: int
    top: float
    rows: list[list[tuple[int, str]]]  # per row: (grid column, text)
    width: int
    bbox: tuple = (0, 0, 0, 0)


def _join_words(parts: list[str], gap: bool = False) -> str:
    out = ""
    for p in parts:
        if out and (gap or (out[-1].isascii() and out[-1].isalnum() and p[:1].isascii() and p[:1].isalnum())):
            out += " "
        out += p
    return out


def _cell_text(text: str | None) -> str:
    if not text:
        return ""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    out = ""
    for x in lines:  # a cell's wrapped lines: one text (CJK and numbers join without a space)
        if out and out[-1].isascii() and out[-1].isalpha() and x[0].isascii() and x[0].isalpha():
            out += " "
        out += x
    return out.replace("|", "｜")


def _lines(words: list[dict], page: int, width: float = 0.0) -> list[_Line]:
    """Words grouped into lines by their vertical position, left to right."""
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    groups: list[list[dict]] = []
    for w in words:
        h = w["bottom"] - w["top"]
        if groups:
            g = groups[-1]
            gt = sum(x["top"] for x in g) / len(g)
            if abs(w["top"] - gt) <= max(2.0, h * 0.45):
                g.append(w)
                continue
        groups.append([w])
    out = []
    for g in groups:
        g.sort(key=lambda w: w["x0"])
        size = max((w["bottom"] - w["top"]) for w in g) or 10.0
        segs: list[list] = []
        for w in g:
            if segs and w["x0"] - segs[-1][1] < 0.8 * size:
                if w["x0"] - segs[-1][1] > 0.2 * size:
                    segs[-1][2].append(" ")  # a space the PDF leaves as a gap
                segs[-1][1] = max(segs[-1][1], w["x1"])
                segs[-1][2].append(w["text"])
            else:
                segs.append([w["x0"], w["x1"], [w["text"]]])
        out.append(_Line(page, min(w["top"] for w in g), max(w["bottom"] for w in g), g[0]["x0"],
                         max(w["x1"] for w in g), size, [(a, b, "".join(t)) for a, b, t in segs], width))
    return out


def _inside(w: dict, boxes) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and t - 1 <= cy <= b + 1 for x0, t, x1, b in boxes)


def _ruled_tables(page, number: int) -> list[_TableBlock]:
    out = []
    try:
        found = page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
    except Exception:  # a malformed drawing: read the words by their alignment instead
        return []
    for t in found:
        texts = t.extract()
        rows = []
        width = 0
        for row, values in zip(t.rows, texts):
            cells = [(i, _cell_text(v)) for i, (c, v) in enumerate(zip(row.cells, values)) if c is not None]
            width = max(width, len(row.cells))
            if any(v for _, v in cells):
                rows.append(cells)
        if len(rows) >= 2 and width >= 2:
            out.append(_TableBlock(number, t.bbox[1], rows, width, t.bbox))
    return out


def _is_table_line(line: _Line) -> bool:
    return len(line.segments) >= 2


def _aligned_tables(lines: list[_Line]) -> tuple[list[_Line], list[_TableBlock]]:
    """Runs of lines of two or more cells (wide gaps between them), at least
    one holding a number, become tables whose columns are the gaps that no
    body row writes across."""
    rest: list[_Line] = []
    tables: list[_TableBlock] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_table_line(lines[j]) and (j == i or lines[j].top - lines[j - 1].bottom < 3 * lines[j].size):
            j += 1
        run = lines[i:j]
        numeric = sum(1 for ln in run if any(_NUMBER.fullmatch(s[2].strip()) for s in ln.segments))
        if len(run) >= 2 and numeric >= 1:
            tables.append(_columns(run))
            i = j
        else:
            rest.append(lines[i])
            i += 1
    return rest, tables


def _columns(run: list[_Line]) -> _TableBlock:
    body = [ln for ln in run if any(_NUMBER.fullmatch(s[2].strip()) for s in ln.segments)] or run
    spans = sorted((a, b) for ln in body for a, b, _ in ln.segments)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    rows = []
    for ln in run:
        cells: dict[int, list[str]] = {}
        for a, b, text in ln.segments:
            mid = (a + b) / 2
            k = min(range(len(cols)), key=lambda c: 0 if cols[c][0] - 1 <= mid <= cols[c][1] + 1
                    else min(abs(mid - cols[c][0]), abs(mid - cols[c][1])))
            cells.setdefault(k, []).append(text)
        rows.append([(k, _cell_text("".join(v))) for k, v in sorted(cells.items())])
    return _TableBlock(run[0].page, run[0].top, rows, len(cols))


def _drop_running_lines(pages: list[tuple[float, list[_Line]]]) -> list[list[_Line]]:
    """Running headers and footers, and page numbers, out of each page."""
    def edge(height, lines):
        top = [ln for ln in lines[:2] if ln.bottom < 0.12 * height]
        bottom = [ln for ln in lines[-2:] if ln.top > 0.88 * height]
        return top + [ln for ln in bottom if ln not in top]

    def key(ln):  # the same words (digits aside) at the same height
        return _DIGITS.sub("#", ln.text.replace(" ", "")), round(ln.top / 6)

    seen: dict[tuple, int] = {}
    for height, lines in pages:
        for k in {key(ln) for ln in edge(height, lines)}:
            seen[k] = seen.get(k, 0) + 1
    out = []
    for height, lines in pages:
        dropped = {id(ln) for ln in edge(height, lines)
                   if _PAGE_NUMBER.match(ln.text) or (len(pages) > 1 and seen.get(key(ln), 0) >= 2)}
        out.append([ln for ln in lines if id(ln) not in dropped])
    return out


def _doubled(chars: list[dict]) -> bool:
    """Whether a glyph is drawn twice at (nearly) one place, as a faked bold
    does: pdfplumber's dedupe is costly, so it runs only then."""
    for a, b in zip(chars, chars[1:]):
        if a["text"] == b["text"] and abs(a["x0"] - b["x0"]) < 1 and abs(a["top"] - b["top"]) < 1:
            return True
    return False


def _open(data: bytes, display: str):
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(f"{display}: reading a PDF needs pdfplumber (pip install pdfplumber)") from None
    import logging

    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)  # its warnings on odd PDFs are not the user's concern
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{display}: a truncated PDF (no end-of-file marker): the file was cut short")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018 - reads the page tree
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(f"{display}: an encrypted PDF (password-protected): save an unprotected copy") from None
    except Exception as exc:
        name = type(exc).__name__
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc.__cause__ or exc.__context__
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "Password" in name or "Encrypt" in name:
            raise InputError(f"{display}: an encrypted PDF (password-protected): save an unprotected copy") from None
        raise InputError(f"{display}: a damaged PDF ({name}): it cannot be read") from None
    return pdf


def render(data: bytes, display: str) -> tuple[str, PdfOrigins]:
    pdf = _open(data, display)
    blocks_by_page: list[tuple[float, list[_Line], list[_TableBlock]]] = []
    chars = images = unmapped = 0
    try:
        with pdf:
            for number, page in enumerate(pdf.pages, start=1):
                if _doubled(page.chars):
                    page = page.dedupe_chars()  # bold faked by drawing each glyph twice
                chars += len(page.chars)
                unmapped += sum(1 for c in page.chars if c["text"].startswith("(cid:"))
                images += len(page.images)
                tables = _ruled_tables(page, number)
                boxes = [t.bbox for t in tables]
                words = [w for w in page.extract_words() if not _inside(w, boxes)]
                lines = _lines(words, number, float(page.width))
                blocks_by_page.append((page.height, lines, tables))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{display}: a damaged PDF ({type(exc).__name__}): it cannot be read") from None
    if chars == 0:
        if images:
            raise InputError(f"{display}: a scanned PDF (page images, no text layer): run OCR on it first")
        raise InputError(f"{display}: a PDF with no text in it")
    if unmapped > chars / 2:
        raise InputError(f"{display}: a PDF whose fonts map no glyph to a character (its text reads as (cid:N)): "
                         "export it again with embedded Unicode fonts, or run OCR on it")
    kept = _drop_running_lines([(h, lines) for h, lines, _ in blocks_by_page])
    pages = []
    for (height, _, ruled), lines in zip(blocks_by_page, kept):
        prose, aligned = _aligned_tables(lines)
        items: list = [(ln.top, ln) for ln in prose] + [(t.top, t) for t in ruled + aligned]
        items.sort(key=lambda x: x[0])
        pages.append([x for _, x in items])
    return _Writer().write(pages)


class _Writer(Rendering):
    def __init__(self) -> None:
        super().__init__()
        self.origins = PdfOrigins()
        self.table_no = 0

    def write(self, pages: list[list]) -> tuple[str, PdfOrigins]:
        lines = [x for x in (x for page in pages for x in page) if isinstance(x, _Line)]
        # the text block's margins, over the whole document (a page of short
        # lines and tables has no line that reaches its right margin)
        right = max((ln.x1 for ln in lines), default=0.0)
        left = min((ln.x0 for ln in lines), default=0.0)
        width = max((ln.width for ln in lines), default=0.0)
        if right < width - left - 0.15 * (width - 2 * left):
            right = width - left  # no line runs to the margin: take it as wide as the left one
        prev: _Line | None = None  # the prose line the paragraph ends with, or None
        last_table: tuple | None = None  # (block, header texts, rows written) of the table just written
        for page in pages:
            for item in page:
                if isinstance(item, _TableBlock):
                    if prev is not None:
                        self.emit("\n")
                    prev = None
                    last_table = self.table(item, last_table)
                    continue
                if prev is not None and self._continues(prev, item, left, right):
                    start, end = self.emit(item.text)
                else:
                    if prev is not None:
                        self.emit("\n")
                    start, end = self.emit(item.text)
                self.origins.spans.append((start, end, item.page))
                prev = item
                last_table = None
        if prev is not None:
            self.emit("\n")
        return self.text(), self.origins

    @staticmethod
    def _continues(prev: _Line, line: _Line, left: float, right: float) -> bool:
        text = prev.text.rstrip()
        if not text or text[-1] in _SENTENCE_END or _HEADING.match(line.text):
            return False
        if prev.x1 < right - 3 * prev.size:
            return False  # the line before stops short of the margin: it ended its paragraph
        if line.x0 > left + 0.8 * line.size:
            return False  # an indented line starts a paragraph
        if line.page == prev.page and line.top - prev.bottom > 1.5 * line.size:
            return False  # a wider gap than the leading: a new block
        return True

    def table(self, block: _TableBlock, last: tuple | None):
        rows = block.rows
        # the rows of names it opens with (a header of one to three rows)
        header = [[t for _, t in r] for r in rows[:3]]
        header = header[:next((i for i, r in enumerate(header) if any(_NUMBER.fullmatch(t) for t in r)), 3)]
        if last is not None and last[0].page == block.page - 1 and last[0].width == block.width:
            number = self.table_no  # the table goes on from the page before
            row_no = last[2]
            while rows and [t for _, t in rows[0]] in last[1]:
                rows = rows[1:]  # its header, or the header's last row, repeated on the new page
            header = last[1]
        else:
            self.table_no += 1
            number = self.table_no
            row_no = 0
        for cells in rows:
            row_no += 1
            for col, start, end in self.emit_row(cells):
                self.origins.cells.append(CellOrigin(number, row_no, col + 1, start, end))
                self.origins.cell_pages.append(block.page)
        return (block, header, row_no)


def read_pdf(data: bytes, display: str) -> Document:
    text, origins = render(data, display)
    doc = Document(display, text, "pdf")
    doc.origins = origins
    return doc
