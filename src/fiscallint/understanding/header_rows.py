"""Header rows: which rows of names above a table's first row of figures
are its header, and the one name per column they give (a name spanning
the columns under it: 公务用车购置及运行费 over 小计 | 购置费 | 运行费; three
levels on a workbook's grid: 预算数 | 决算数 over both)."""
from __future__ import annotations

from fiscallint.model.tables import HEADER_SEPARATOR, Row, _header_name, grid_spans, merge_header
from fiscallint.support.wordbook import pattern, section_table

_SPANS = section_table("header_rows", "spans")
_CODE_HEADER = pattern("header_rows", "code_header")


def _spans_over(upper: Row, lower: Row) -> bool:
    """An upper header row over ``lower``: names only, short, and a
    two-level header — the lower row leaves blank where the upper one names
    a column (a cell merged down), as it does beside the cells it splits.
    A row of a form's particulars above its header ("主管部门 | 某局") is
    not: the header under it is full."""
    named = [c for c in upper.cells if not c.empty]
    if len(named) < 2 or any(c.numeric or len(c.text) > 30 for c in upper.cells):
        return False
    under = [k for k, c in enumerate(lower.cells) if not c.empty]
    if under and under[0] > 0 and len(under) < len(named) and all(
            k < len(upper.cells) and not upper.cells[k].empty for k in under):
        return True  # "\t年初预\t全年预…" over "\t算数\t算数": names wrapped, each end under its start
    # past the lower row's end: blank cells its export dropped ("| 类 | 款 | 项 | | |"),
    # when the lower row keeps its places (a name under the blank of a span);
    # a lower row packed to the left ("增减金额 | 增减幅度 |") says nothing there
    aligned = any(not c.empty and i < len(upper.cells) and upper.cells[i].empty for i, c in enumerate(lower.cells))
    width = len(upper.cells) if aligned else len(lower.cells)
    return any((i >= len(lower.cells) or lower.cells[i].empty) and not c.empty for i, c in enumerate(upper.cells[:width]))


def _packed_spans(upper: Row, lower: Row, first: Row) -> list[str] | None:
    """A two-level header exported with its cells packed to the left ("项目 |
    预算数 | 决算数 | ||||" over "合计 | 一般公共预算 | 政府性基金 | 合计 | …"):
    the upper row names the label column and k groups, the lower row the
    columns of the groups, as many for each, and the rows under them are one
    label wider than the lower row. Their names, or None."""
    if any(c.numeric for c in upper.cells):
        return None
    names, subs = _packed_names(upper, 3), _packed_names(lower, 2)
    if names is None or subs is None:
        return None
    filled = len(first.cells)
    while filled and first.cells[filled - 1].empty:
        filled -= 1
    # the rows under it: a label, then one figure per column; a code before the
    # label when the header opens with the code column (科目编码 | 科目名称)
    labels = 2 if len(names) >= 4 and _CODE_HEADER.search(names[0]) else 1
    if len(first.cells) < labels or first.cells[labels - 1].numeric or not first.cells[labels - 1].text.strip():
        return None
    groups = len(names) - labels
    if filled == len(subs) + labels and len(subs) % groups == 0:
        per = len(subs) // groups  # every group spans as many lower names
        return names[:labels] + [f"{names[labels + i // per]}{HEADER_SEPARATOR}{sub}" for i, sub in enumerate(subs)]
    if filled == labels + groups - 1 + len(subs) and groups >= 2:
        # one group spans: the one the lower names are listed under or share words
        # with (基本支出 over 人员经费 | 公用经费; 公务用车购置及运行费 over 小计 |
        # 购置费 | 运行费), else the last (比上年增、减情况 over 增、减金额 | 增、减幅度)
        return spanned_names(names, subs, filled) or names[:-1] + [
            f"{names[-1]}{HEADER_SEPARATOR}{sub}" for sub in subs]
    return None


def _packed_names(row: Row, least: int) -> list[str] | None:
    """A header row's names when it holds ``least`` or more packed to the left,
    blanks after them; else None."""
    named = [c for c in row.cells if not c.empty]
    if len(named) < least or any(c.empty for c in row.cells[:len(named)]):
        return None
    return [_header_name(c.text) for c in named]


def header_over(above_rows: list[Row], row: Row, nxt: Row) -> tuple[list[Row], list[str]]:
    """The header rows ending with ``row`` (taking the rows of names above it
    that span it off ``above_rows``) and one name per column."""
    above: list[Row] = []
    while above_rows and len(above) < 2 and _spans_over(above_rows[-1], above[0] if above else row):
        above.insert(0, above_rows.pop())
    packed = (grid_spans(above_rows[-1], row) or _packed_spans(above_rows[-1], row, nxt)) if not above and above_rows else None
    if packed is not None:
        upper = above_rows.pop()
        top = above_rows[-1] if above_rows else None  # a third level on the grid (预算数 | 决算数 over both)
        if top is not None and not any("：" in c.text or ":" in c.text for c in top.cells) and grid_spans(top, upper):
            return [above_rows.pop(), upper, row], merge_header([top, upper, row])
        return [upper, row], packed
    header_rows = above + [row]
    return header_rows, merge_header(header_rows)  # (one row too: a Word row's names stand on its grid)


def spanned_names(names: list[str], sub: list[str], count: int) -> list[str] | None:
    """The column names when the second header row's names are the
    sub-columns of the one first-row name they are listed under
    (rules/readers.toml [header_rows.spans]) or, failing that, sharing most
    of their words (it spans them); None when the names do not make ``count`` columns or no
    one name is the best."""
    if len(names) - 1 + len(sub) != count:
        return None
    listed = [k for k, n in enumerate(names) if n in _SPANS and all(s in _SPANS[n] for s in sub)]
    if len(listed) == 1:
        k = listed[0]
        return names[:k] + [f"{names[k]}{HEADER_SEPARATOR}{s}" for s in sub] + names[k + 1:]
    # (a rate's name says what it divides by, "占调整预算%", not what spans it)
    words = set("".join(s for s in sub if s not in ("小计", "合计") and not s.rstrip("）)").endswith(("%", "％"))))
    shared = [len(set(n) & words) for n in names]
    best = max(shared, default=0)
    if best == 0 or shared.count(best) > 1:
        return None
    k = shared.index(best)
    return names[:k] + [f"{names[k]}{HEADER_SEPARATOR}{s}" for s in sub] + names[k + 1:]
