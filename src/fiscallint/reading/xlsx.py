"""Read an Excel workbook (.xlsx; .xls and a WPS .et saved in the .xls
format) into the text rendering fiscallint checks.

Every visible sheet is a table of the rendering (or several, where empty
rows separate blocks): a line with the sheet's name, then one line a row, cells separated by `` | `` with their origins,
exactly as a Word table is handed over (:mod:`docx_reader`), so the table
model and its checks apply unchanged. A finding says the sheet and the cell
(``[sheet 自评表, C7]``).

- A merged range is one cell, at its top-left cell (the cells it covers
  are left out: counted once).
- A formula is never evaluated: its value is the one Excel cached when the
  file was last saved (``data_only``); a formula without a cached value (a
  file written by a program that does not compute) is an empty cell.
- A number is written as the cell shows it: its number format's decimals
  (``0.00`` shows 12.3456 as ``12.35``, which stands for [12.345, 12.355]),
  its percent sign (``0.0%`` shows 0.1234 as ``12.3%``), its thousands
  separators; a General number with at most 15 significant digits, as Excel
  does.
- Hidden sheets and hidden rows are skipped (a reviewer does not see them);
  ``fiscallint cat`` says which were (the document's ``notes``). The
  configuration key ``hidden = true`` (``fiscallint cat --hidden``) reads
  them too.

openpyxl (imported only when a workbook is read) does not keep merged
ranges or hidden rows in its read-only mode, so the workbook is loaded
whole; xlrd (the same, for .xls) reads only the legacy BIFF format.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from fiscallint.model.document import Document
from fiscallint.reading.docx import CellOrigin, Rendering
from fiscallint.support.errors import InputError

_DECIMALS = re.compile(r"[0#?]\.([0#?]*)")  # the decimals a number format shows
_BARE_DECIMALS = re.compile(r"\.([0#?]+)")
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


@dataclass
class SheetOrigins:
    """Where each cell of the rendering comes from: sheet and cell name."""

    cells: list[CellOrigin] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)  # (sheet, "C7") per cell
    comments: list = field(default_factory=list)
    titles: list[int] = field(default_factory=list)  # where each sheet's name line starts: a tab, no heading

    def describe(self, offset: int) -> dict | None:
        for c, (sheet, ref) in zip(self.cells, self.names):
            if c.start <= offset <= c.end:
                return {"sheet": sheet, "cell": ref}
        return None


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    out = ""
    while index:
        index, r = divmod(index - 1, 26)
        out = chr(65 + r) + out
    return out


def shown(value, number_format: str | None) -> str:
    """A cell's value as the cell shows it (never evaluated)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return _shown_number(value, number_format or "General")
    if hasattr(value, "year") and hasattr(value, "day"):  # a date: as a report writes one
        text = f"{value.year}年{value.month}月{value.day}日"
        if getattr(value, "hour", 0) or getattr(value, "minute", 0):
            text += f" {value.hour:02d}:{value.minute:02d}"
        return text
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).replace("\n", " ").replace("\r", " ").replace("|", "｜").strip()


def _shown_number(value: float, fmt: str) -> str:
    section = fmt.split(";")[0]
    bare = _QUOTED.sub("", section)
    if bare.strip().lower() in ("general", "@", ""):
        d = Decimal(f"{value:.15g}") if isinstance(value, float) else Decimal(value)
        text = format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text
    percent = "%" in bare
    number = Decimal(f"{value:.15g}") * (100 if percent else 1)
    m = _DECIMALS.search(bare) or _BARE_DECIMALS.search(bare)
    decimals = len(m.group(1)) if m else 0
    optional = len(m.group(1)) - len(m.group(1).rstrip("#?")) if m else 0
    try:
        q = number.quantize(Decimal(1).scaleb(-decimals) if decimals else Decimal(1), rounding=ROUND_HALF_UP)  # as Excel
    except InvalidOperation:
        return str(value)
    text = f"{q:,f}" if "," in bare else f"{q:f}"
    if optional and "." in text:  # '#' places show only digits that are not trailing zeros
        keep = decimals - optional
        head, tail = text.split(".")
        tail = tail.rstrip("0")
        tail = tail + "0" * max(0, keep - len(tail))
        text = head + ("." + tail if tail else "")
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # -0.00
    return text + ("%" if percent else "")


class _Writer(Rendering):
    def __init__(self) -> None:
        super().__init__()
        self.origins = SheetOrigins()
        self.notes: list[str] = []
        self.table_no = 0

    def sheet(self, title: str, rows) -> None:
        """rows: (row number, [(column number, text)]) of the visible rows.
        An empty row ends a table: the block below it is the next table."""
        self.origins.titles.append(self.length)
        self.emit(f"{title}\n")
        row_no = 0
        self.table_no += 1
        for r, cells in rows:
            while cells and not cells[-1][1]:
                cells.pop()
            if not any(t for _, t in cells):
                if row_no:
                    self.table_no += 1
                    row_no = 0
                    self.emit("\n")
                continue
            number = self.table_no
            row_no += 1
            for col, start, end in self.emit_row(cells):
                self.origins.cells.append(CellOrigin(number, row_no, col, start, end))
                self.origins.names.append((title, f"{column_letter(col)}{r}"))
        self.emit("\n")


def render_xlsx(data: bytes, display: str, hidden_too: bool = False) -> tuple[str, SheetOrigins, list[str]]:
    """The workbook's sheets as text; hidden sheets, rows and columns read
    too when ``hidden_too`` (the configuration's ``hidden``)."""
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(f"{display}: reading .xlsx needs openpyxl (pip install openpyxl)") from None
    import warnings

    try:
        with warnings.catch_warnings():  # "extension not supported" and the like: not the user's concern
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False, keep_links=False)
    except Exception as exc:  # damaged ZIP, XML or styles: one line, no traceback
        raise InputError(f"{display}: a damaged .xlsx ({type(exc).__name__}): it cannot be read") from None
    out = _Writer()
    try:
        for ws in book.worksheets:
            if ws.sheet_state != "visible":
                out.notes.append(f"{display}: sheet {ws.title} is hidden: " + ("read too" if hidden_too else "not checked"))
                if not hidden_too:
                    continue
            covered: dict[tuple[int, int], bool] = {}
            for rng in ws.merged_cells.ranges:
                for r in range(rng.min_row, rng.max_row + 1):
                    for c in range(rng.min_col, rng.max_col + 1):
                        if (r, c) != (rng.min_row, rng.min_col):
                            covered[(r, c)] = r > rng.min_row  # (True: merged down from a row above)
            hidden = [r for r, dim in ws.row_dimensions.items() if dim.hidden]
            if hidden:
                out.notes.append(f"{display}: sheet {ws.title}: hidden row(s) {_ranges(sorted(hidden))} "
                                 + ("read too" if hidden_too else "not checked"))
            hidden_set = set() if hidden_too else set(hidden)
            rows = []
            for row in ws.iter_rows():
                if not row:
                    continue
                r = row[0].row
                if r in hidden_set:
                    continue
                cells = []
                for cell in row:
                    if (r, cell.column) in covered:
                        continue
                    value = cell.value
                    cells.append((cell.column, shown(value, cell.number_format)))
                if _merged_into_above(r, cells, covered, len(row)):
                    continue
                rows.append((r, cells))
            out.sheet(ws.title, rows)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{display}: a damaged .xlsx ({type(exc).__name__}): it cannot be read") from None
    return out.text(), out.origins, out.notes


def _merged_into_above(r: int, cells, covered: dict, width: int, first: int = 1) -> bool:
    """A row left blank because a header's cells above are merged down
    over it (项目 | 行次 | 金额 each spanning two rows): no blank row between
    tables, but a line of the header the merge already gave."""
    return not any(text for _, text in cells) and any(covered.get((r, c)) for c in range(first, first + width))


def _ranges(rows: list[int]) -> str:
    out, i = [], 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
            j += 1
        out.append(str(rows[i]) if i == j else f"{rows[i]}-{rows[j]}")
        i = j + 1
    return ", ".join(out)


def render_xls(data: bytes, display: str, hidden_too: bool = False) -> tuple[str, SheetOrigins, list[str]]:
    try:
        import xlrd
    except ImportError:
        raise InputError(f"{display}: a legacy Excel file (.xls/.et): install xlrd to read it, or save it as .xlsx") from None
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True,
                                  logfile=io.StringIO())  # its warnings would go to standard output
    except Exception as exc:
        raise InputError(f"{display}: a damaged .xls ({type(exc).__name__}): it cannot be read") from None
    out = _Writer()
    try:
        for si in range(book.nsheets):
            ws = book.sheet_by_index(si)
            if ws.visibility:
                out.notes.append(f"{display}: sheet {ws.name} is hidden: " + ("read too" if hidden_too else "not checked"))
                if not hidden_too:
                    continue
            covered = {}
            for r0, r1, c0, c1 in ws.merged_cells:
                for r in range(r0, r1):
                    for c in range(c0, c1):
                        if (r, c) != (r0, c0):
                            covered[(r, c)] = r > r0
            hidden = [r + 1 for r, info in ws.rowinfo_map.items() if info.hidden]
            if hidden:
                out.notes.append(f"{display}: sheet {ws.name}: hidden row(s) {_ranges(sorted(hidden))} "
                                 + ("read too" if hidden_too else "not checked"))
            if hidden_too:
                hidden = []
            rows = []
            for r in range(ws.nrows):
                if r + 1 in hidden:
                    continue
                cells = []
                for c in range(ws.ncols):
                    if (r, c) in covered:
                        continue
                    cell = ws.cell(r, c)
                    value = cell.value if cell.ctype in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_TEXT) else None
                    fmt = None
                    if cell.ctype == xlrd.XL_CELL_NUMBER:
                        xf = book.xf_list[cell.xf_index]
                        fmt = book.format_map[xf.format_key].format_str
                    cells.append((c + 1, shown(value, fmt)))
                if _merged_into_above(r, cells, covered, ws.ncols, first=0):
                    continue
                rows.append((r + 1, cells))
            out.sheet(ws.name, rows)
    except Exception as exc:
        raise InputError(f"{display}: a damaged .xls ({type(exc).__name__}): it cannot be read") from None
    return out.text(), out.origins, out.notes


def _document(display: str, result) -> Document:
    text, origins, notes = result
    doc = Document(display, text, "xlsx")
    doc.origins = origins
    doc.notes = notes
    return doc


def read_xlsx(data: bytes, display: str, hidden_too: bool = False) -> Document:
    return _document(display, render_xlsx(data, display, hidden_too))


def read_xls(data: bytes, display: str, hidden_too: bool = False) -> Document:
    return _document(display, render_xls(data, display, hidden_too))
