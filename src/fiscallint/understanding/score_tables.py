"""Score tables that are plainly whole though no row totals them: their
分值 column then adds up to the full marks (FL301 reads them).

A table is read as whole in steps: one 分值 column beside a label column
naming 指标, no 总分/合计 row and no row under another, every row with its
分值, text after it, no other score table run on into it."""
from __future__ import annotations

from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure
from fiscallint.model.fact import Analysis
from fiscallint.model.tables import Table, leaf_name

_ROW_LAYOUTS = ("pipe", "tab-cells", "columns", "docx", "pipe-stream")
_SCORE_TOTAL_ROW = pattern("score_tables", "score_total_row")
_STATED_FULL = pattern("score_tables", "stated_full")
_INDICATORS_COLUMN = pattern("score_tables", "indicators_column")
_INPUT_GROUP = pattern("score_tables", "input_group")


def _outputs_only(m) -> bool:
    """A table of third-level indicators none of whose rows scores the
    spending's side (决策, 过程, 预算执行 …): a selection of the outputs."""
    t = m.table
    if not any(_INDICATORS_COLUMN.search(c.name) for c in m.columns):
        return False
    first = [c.index for c in m.columns if "一级" in c.name]
    groups = [cell.text for r in t.rows for i, cell in (t.aligned(r) or {}).items() if i in first] if first else \
        [r.label for r in t.rows]
    return not any(_INPUT_GROUP.search(g) for g in groups)


def _points_column(m, voc) -> int | None:
    """The one 分值 column of a score table whose rows are read as rows (a
    form read one cell a line keeps only the rows with figures: rows may be
    missing) and whose label column names 指标 (一级指标 …)."""
    t = m.table
    points = [c.index for c in m.columns if c.measure == Measure.POINTS]
    if len(points) != 1 or len(t.rows) < voc.score_min_rows or t.layout not in _ROW_LAYOUTS:
        return None
    col = points[0]
    if not any(w in leaf_name(c.name) for c in m.columns[:col] for w in voc.score_label_header):
        return None
    return col


def _flat_without_total(m) -> bool:
    """No 总分/合计 row, and every row at the top of the row tree."""
    if any(_SCORE_TOTAL_ROW.search(c.text) for r in m.table.rows for c in r.cells):
        return False
    return not any(r.parent is not None or r.kind != "row" for r in m.rows)


def _every_row_points(t: Table, col: int) -> list | None:
    """Each row's 分值 figure in row order, or None when a row has no label
    or no such figure (a percentage or another unit is not points)."""
    figures = []
    for ri, row in enumerate(t.rows):
        f = t.facts.get((ri, col))
        if not row.label or f is None or f.q.is_percent or f.q.unit not in (None, "分"):
            return None
        figures.append(f)
    return figures


def _text_goes_on(text: str, t: Table) -> bool:
    """Some text after the table: an excerpt ending with the table may cut it."""
    end = max(c.end for r in t.rows for c in r.cells)
    after = text[end:].split("\n", 1)
    return len(after) == 2 and bool(after[1].strip())


def _runs_on(text: str, ms: list, n: int) -> bool:
    """The table runs on into (or from) another score table with less than
    two lines between them: one table cut by a page."""
    t = ms[n].table
    neighbours = [o for o in (ms[n - 1] if n else None, ms[n + 1] if n + 1 < len(ms) else None) if o is not None]
    return any(any(c.measure == Measure.POINTS for c in o.columns) and
               len([x for x in text[min(o.table.end, t.end):max(o.table.start, t.start)].split("\n") if x.strip()]) < 2
               for o in neighbours)


def _full_marks(m, col: int, voc) -> tuple[int, int | None]:
    """The full marks (stated in the 分值 column's name or the title, else
    the usual ones) and the marks the indicators may add up to instead when
    the 预算执行 row is scored apart, or None."""
    stated = _STATED_FULL.search(m.columns[col].name) or _STATED_FULL.search(m.title)
    if stated:
        return int(stated.group(1) or stated.group(2)), None
    apart = None
    if voc.score_apart and not any(w in r.label for r in m.table.rows for w in voc.score_apart_rows):
        apart = voc.score_full - voc.score_apart
    return voc.score_full, apart


def whole_score_tables(a: Analysis) -> list[tuple]:
    """Score tables that are plainly whole and have no 总分/合计 row: (model,
    the 分值 column, its figures in row order, the full marks, the marks
    the indicators may add up to instead — the full marks less those of a
    预算执行 row scored apart — or None). A table is plainly whole when its
    label column names 指标 (一级指标 …), it has one 分值 column, every row
    has its 分值 and sits at the top of the row tree, and the text goes on
    after it: a table that ends the excerpt, or runs on into another score
    table, may be cut."""
    from fiscallint.understanding.table_model import models, vocabulary

    voc = vocabulary()
    out = []
    ms = models(a)
    text = a.doc.text
    for n, m in enumerate(ms):
        col = _points_column(m, voc)
        if col is None or not _flat_without_total(m):
            continue
        figures = _every_row_points(m.table, col)
        if figures is None or not _text_goes_on(text, m.table) or _runs_on(text, ms, n) or _outputs_only(m):
            continue
        out.append((m, col, figures, *_full_marks(m, col, voc)))
    return out
