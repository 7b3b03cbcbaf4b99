"""The annotated report: one self-contained HTML page (``--format html`` and
``fiscallint serve``).

The page shows each report as it was read — paragraphs as paragraphs,
tables as tables (a Word table from the reader's cells, a table flattened
into text where :mod:`fiscallint.model.tables` rebuilt it), in document order —
with every figure of a finding marked where it stands (the stated figure
apart from the others), each finding beside it with a plain explanation in
the chosen language, a summary (counts by severity and by rule, coverage)
and links from figure to finding and back.

Everything from a report is data handed to a Jinja2 template that escapes
by default: a report that holds markup shows it as text. The page loads
nothing from the network. Jinja2 is imported only here, when a page is made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from fiscallint.support import messages as M
from fiscallint.support.i18n import ngettext, render, translator

TEMPLATES = Path(__file__).parent.parent / "templates"


# ---------------------------------------------------------------- the document as blocks
@dataclass
class Piece:
    text: str
    marks: list = field(default_factory=list)  # [(finding number, "stated"|"other")]
    id: str = ""

    @property
    def role(self) -> str:
        return "stated" if any(r == "stated" for _, r in self.marks) else "other"

    @property
    def findings(self) -> list[int]:
        return sorted({n for n, _ in self.marks})


@dataclass
class Block:
    kind: str  # "p" | "table"
    pieces: list[Piece] = field(default_factory=list)  # a paragraph's
    rows: list[list[tuple[bool, list[Piece], int]]] = field(default_factory=list)  # a table's: (header?, pieces, colspan)
    caption: str = ""


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _offset(starts: list[int], line: int, column: int) -> int:
    line = min(max(line, 1), len(starts))
    return starts[line - 1] + max(column, 1) - 1


def _spans(doc) -> list[tuple[str, object]]:
    """The document's parts in order: ("p", (start, end)) and ("table", rows of
    [(header?, start, end)])."""
    origins = getattr(doc, "origins", None)
    if origins is not None and hasattr(origins, "cells"):
        return _docx_spans(origins)
    return _text_spans(doc.text)


def _docx_spans(origins) -> list:
    items: list = [(s, "p", (s, e)) for s, e, _ in origins.paragraphs if e > s]
    tables: dict[int, dict[int, list]] = {}
    for c in origins.cells:
        tables.setdefault(c.table, {}).setdefault(c.row, []).append(c)
    for number, rows in tables.items():
        ordered = [sorted(cells, key=lambda c: c.column) for _, cells in sorted(rows.items())]
        width = max((c.column for row in ordered for c in row), default=1)
        out_rows = []
        for r, row in enumerate(ordered):
            cells = []
            for i, c in enumerate(row):
                nxt = row[i + 1].column if i + 1 < len(row) else width + 1
                cells.append((r == 0, c.start, c.end, max(1, nxt - c.column)))
            out_rows.append(cells)
        start = min(c.start for row in ordered for c in row)
        items.append((start, "table", out_rows))
    items.sort(key=lambda x: x[0])
    return [(kind, data) for _, kind, data in items]


def _tables_by_first_line(text: str, starts: list, lines: list[str], tables: list) -> dict[int, tuple[int, object]]:
    """The tables shown as tables: first line -> (last line, table); one that
    overlaps another, or would hide a word of the report, is shown as lines."""
    table_at: dict[int, tuple[int, object]] = {}
    for t in tables:
        rows = list(t.header_rows) + list(t.rows)
        cells = [c for row in rows for c in row.cells]
        if not cells:
            continue
        first = _line_of(starts, min(c.start for c in cells))
        last = _line_of(starts, max(c.end for c in cells))
        if any(first <= a <= last or a <= first <= b for a, (b, _) in table_at.items()):
            continue
        if _loses_text(text, starts, lines, first, last, cells):
            continue  # shown as lines: a table must not hide a word of the report
        table_at[first] = (last, t)
    return table_at


def _text_spans(text: str) -> list:
    from fiscallint.understanding.table_text import find_tables

    starts = _line_starts(text)
    lines = text.split("\n")
    try:
        tables = find_tables(text)
    except Exception:  # a table the reader cannot rebuild is shown as lines
        tables = []
    table_at = _tables_by_first_line(text, starts, lines, tables)
    out: list = []
    i = 1
    while i <= len(lines):
        if i in table_at:
            last, t = table_at[i]
            header_count = len(t.header_rows)
            first_line: dict[int, list] = {}  # a row's first line -> its cells
            covered = set()
            for k, row in enumerate(list(t.header_rows) + list(t.rows)):
                first_line.setdefault(_line_of(starts, row.cells[0].start), []).append(
                    [(k < header_count, c.start, c.end, 1) for c in row.cells])
                for c in row.cells:
                    covered.update(range(_line_of(starts, c.start), _line_of(starts, c.end) + 1))
            rows: list = []
            for n in range(i, last + 1):  # in document order: a line between rows (a note) splits the table
                if n in first_line:
                    rows.extend(first_line[n])
                elif n not in covered and lines[n - 1].strip():
                    blank = lines[n - 1].strip(" \t\u3000|｜")
                    if rows and not blank.strip("—－-/／…"):  # an empty cell ("- |"): kept in its row
                        at = starts[n - 1] + lines[n - 1].index(blank)
                        rows[-1] = rows[-1] + [(False, at, at + len(blank), 1)]
                        continue
                    if rows:
                        out.append(("table", rows))
                        rows = []
                    out.append(("p", (starts[n - 1], starts[n - 1] + len(lines[n - 1]))))
            if rows:
                out.append(("table", rows))
            i = last + 1
            continue
        line = lines[i - 1]
        if line.strip():
            out.append(("p", (starts[i - 1], starts[i - 1] + len(line))))
        i += 1
    return out


def _loses_text(text: str, starts: list[int], lines: list[str], first: int, last: int, cells) -> bool:
    """Whether a line of a table that holds cells has text outside them
    (beyond separators and blanks)."""
    inside = bytearray(len(text) + 1)
    rows = set()
    for c in cells:
        inside[c.start:c.end] = b"\1" * (c.end - c.start)
        rows.update(range(_line_of(starts, c.start), _line_of(starts, c.end) + 1))
    for n in rows:
        s = starts[n - 1]
        for i, ch in enumerate(lines[n - 1]):
            if not inside[s + i] and ch not in " \t|｜\u3000":
                return True
    return False


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset)


def _pieces(text: str, start: int, end: int, marks: list[tuple[int, int, int, str]], ids: dict,
            prefix: str) -> list[Piece]:
    """The text [start, end) cut where marks begin and end; ``ids`` gives
    each marked piece an id by its offset (shared by the blocks of a file)."""
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end, *(max(start, m[0]) for m in inside), *(min(end, m[1]) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        on = [(m[2], m[3]) for m in inside if m[0] <= a and m[1] >= b]
        piece = Piece(text[a:b], on)
        if on:
            piece.id = ids.setdefault(a, f"{prefix}m{len(ids) + 1}")
        out.append(piece)
    return out


# ---------------------------------------------------------------- findings
@dataclass
class FindingView:
    number: int
    anchor: str
    rule: str
    name: str
    severity: str
    severity_text: str
    message: str
    where: str
    computed_from: str = ""
    computed: str = ""
    stated: str = ""
    margin: str = ""
    slip: str = ""
    hint: str = ""
    figures: list = field(default_factory=list)  # [(mark id or "", text, role)]


def _where(loc, lang) -> str:
    _ = translator(lang)
    text = _(M.AT_LINE).format(line=loc.line, column=loc.column)
    src = loc.source or {}
    if "table" in src:
        text += " · " + _(M.IN_TABLE).format(**src)
    elif "paragraph" in src:
        text += " · " + _(M.IN_PARAGRAPH).format(**src)
    return text


def _explain(view: FindingView, message, lang) -> None:
    """The parts of an arithmetic finding's message, each on its own line."""
    if getattr(message, "template", "") == M.WITH_SLIP:  # the slip is shown apart
        message = message.args["message"]
    args = getattr(message, "args", None) or {}
    template = getattr(message, "template", "")
    if template == M.CLAIM_MISMATCH:
        view.computed_from = render(args["expression"], lang)
        view.computed, view.stated = str(args["computed"]), str(args["stated"])
        view.margin = render(args["margin"], lang)
    elif template == M.RESTATED:
        view.computed, view.stated = f"{args['first']} {args['interval']}", str(args["stated"])
        view.margin = render(args["margin"], lang)
    elif template == M.WORDS_RESTATED:
        view.computed, view.stated = str(args["first"]), str(args["second"])
        view.margin = render(args["margin"], lang)


# ---------------------------------------------------------------- the page
@dataclass
class FileView:
    path: str
    anchor: str
    blocks: list[Block] | None
    findings: list[FindingView]
    coverage: list

    @property
    def titles(self) -> dict[int, str]:
        """What hovering over a figure says: its findings, one a line."""
        return {v.number: f"{v.number}. {v.severity_text} {v.rule}: {v.hint}" for v in self.findings}


def file_view(index: int, path: str, report, doc, lang: str, first_number: int = 1) -> FileView:
    """One report's section: its blocks with the findings' figures marked."""
    _ = translator(lang)
    prefix = f"r{index}-"
    views: list[FindingView] = []
    marks: list[tuple[int, int, int, str]] = []
    starts = _line_starts(doc.text) if doc is not None else None
    located: list[list[tuple[int, int, str, str]]] = []  # per finding: (start, end, role, text)
    for k, f in enumerate(report.findings):
        number = first_number + k
        view = FindingView(number, f"{prefix}f{number}", f.rule, f.name, f.severity,
                           _(M.SEVERITY.get(f.severity, f.severity)), render(f.message, lang), _where(f.location, lang))
        _explain(view, f.message, lang)
        slip = getattr(f, "slip", None)  # the likely typing slip, where a rule names one
        view.slip = render(slip, lang) if slip else ""
        view.hint = _(M.CHECK_HINTS.get(f.rule, M.CHECK_DEFAULT))
        locs = [(f.location, "stated")] + [(r, "other") for r in f.related]
        spots = []
        for loc, role in locs:
            text = render(loc.message, lang) if loc.message else ""
            if starts is not None:
                s = _offset(starts, loc.line, loc.column)
                e = _offset(starts, loc.end_line, loc.end_column) + 1
                if e > s:
                    marks.append((s, e, number, role))
                    spots.append((s, e, role, text))
                    continue
            spots.append((-1, -1, role, text))
        located.append(spots)
        views.append(view)
    blocks = None
    if doc is not None:
        ids: dict[int, str] = {}
        blocks = []
        for kind, data in _spans(doc):
            if kind == "p":
                s, e = data
                blocks.append(Block("p", _pieces(doc.text, s, e, marks, ids, prefix)))
            else:
                rows = [[(h, _pieces(doc.text, s, e, marks, ids, prefix), span) for h, s, e, span in row] for row in data]
                blocks.append(Block("table", rows=rows))
        for view, spots in zip(views, located):
            for s, e, role, text in spots:
                view.figures.append((ids.get(s, ""), text or (doc.text[s:e] if s >= 0 else ""), role))
    else:
        for view, spots in zip(views, located):
            view.figures = [("", text, role) for _, _, role, text in spots]
    from fiscallint.reporting.output import coverage_rows

    coverage = coverage_rows(report.coverage, lang) if report.coverage else []
    return FileView(path, f"{prefix}file", blocks, views, coverage)


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, FileSystemLoader

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True)


def render_page(files: list[FileView], result, lang: str, *, form: bool = False, error: str = "",
                limit_text: str = "") -> str:
    """The whole page: the summary, then each report with its findings."""
    import fiscallint

    _ = translator(lang)
    counts = result.counts() if result is not None else {"error": 0, "warning": 0, "info": 0}
    problems = counts["error"] + counts["warning"]
    n = len(files)
    files_text = ngettext(M.FILES, n, lang)
    if problems:
        info = ", " + ngettext(M.INFOS, counts["info"], lang) if counts["info"] else ""
        headline = _(M.FOUND).format(problems=ngettext(M.PROBLEMS, problems, lang),
                                     errors=ngettext(M.ERRORS, counts["error"], lang),
                                     warnings=ngettext(M.WARNINGS, counts["warning"], lang), info=info, files=files_text)
    else:
        headline = _(M.NOTHING_FOUND).format(files=files_text)
    from fiscallint.reporting.output import coverage_rows

    cov = result.coverage() if result is not None else {}
    all_findings = [v for fv in files for v in fv.findings]
    order = [v.anchor for v in all_findings]
    return _environment().get_template("page.html").render(
        _=_, M=M, lang=lang, files=files, headline=headline if files else "",
        severities=[(s, _(M.SEVERITY[s]), counts.get(s, 0)) for s in ("error", "warning", "info")],
        by_rule=list(result.by_rule().items()) if result is not None else [],
        coverage=coverage_rows(cov, lang) if cov else [],
        clean=bool(files) and not all_findings and bool(cov.get("claims")),
        unreadable=list(result.input_errors) if result is not None else [],
        order=order, version=fiscallint.__version__, form=form, error=error, limit_text=limit_text,
    )


def html_for_run(result, items, encoding: str | None, lang: str) -> str:
    """The page for a ``check`` run: each report read again for its text."""
    from fiscallint.reading import read_document

    paths = {it.display: it.path for it in items}
    files = []
    number = 1
    for index, (path, report) in enumerate(result.reports, start=1):
        doc = None
        source = paths.get(path)
        if source is not None:
            try:
                doc = read_document(source, path, encoding)
            except Exception:  # read once already; a file changed since is shown without its text
                doc = None
        files.append(file_view(index, path, report, doc, lang, number))
        number += len(report.findings)
    return render_page(files, result, lang)
