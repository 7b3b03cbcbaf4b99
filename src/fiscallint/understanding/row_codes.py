"""A table's budget classification codes (类 201, 款 20101, 项 2010101), by
row: from a code column (科目编码), from 类 | 款 | 项 columns, or from the
codes that open the rows' labels. Rows nest by them."""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern
from fiscallint.model.tables import Table, leaf_name

_CODE_HEADER = pattern("row_tree", "code_header")
CLASSIFICATION_CODE = re.compile(r"[0-9]{3}(?:[0-9]{2}){0,2}")  # 类 301, 款 30101, 项 3010101
_LABEL_CODE = re.compile(r"\s*([0-9]{3}(?:[0-9]{2}){0,2})\s*(?=[\u4e00-\u9fff])")
_CODE_PART = (re.compile(r"[0-9]{3}"), re.compile(r"[0-9]{2}"), re.compile(r"[0-9]{2}"))  # 类, 款, 项


def classification_codes(t: Table) -> list[str | None] | None:
    """Each row's budget classification code (201 类, 20101 款, 2010101 项)
    when the table has a code column (科目编码) and at least two rows nest
    by it; else None."""
    col = code_column(t)
    if col is None:
        codes = _split_codes(t)
        if codes is None:
            return _label_codes(t)
    else:
        codes = []
        for row in t.rows:
            # (by the header's columns: "301 | 工资福利支出 | 1,153.11" lost its blank 经济分类 cell)
            cell = (t.aligned(row) or dict(enumerate(row.cells))).get(col)
            text = cell.text.strip() if cell is not None else ""
            codes.append(text if CLASSIFICATION_CODE.fullmatch(text) else None)
    nested = sum(1 for k, c in enumerate(codes) if c and any(p and c != p and c.startswith(p) for p in codes[:k]))
    return codes if nested >= 2 else None


def code_column(t: Table) -> int | None:
    """The column of codes: the one its header names so (科目编码), or the
    first column when its header lost its name (科目编码 on a header line a
    PDF export wrapped away) and every cell it holds is a code; else None."""
    col = next((i for i, name in enumerate(t.header) if _CODE_HEADER.search(leaf_name(name))), None)
    if col is not None and not _codes_in(t, col) and col + 1 < len(t.header) and not t.header[col + 1].strip() \
            and _codes_in(t, col + 1):
        return col + 1  # ("科目编码" over right-aligned codes the layout put in a column of their own)
    if col is not None or not t.header or t.header[0].strip():
        return col
    texts = [row.cells[0].text.strip() for row in t.rows if row.cells and row.cells[0].text.strip()]
    return 0 if len(texts) >= 3 and all(CLASSIFICATION_CODE.fullmatch(x) for x in texts) else None


def _label_codes(t: Table) -> list[str | None] | None:
    """The codes that open the rows' labels ("201 一般公共服务支出", "20101 人大事务"),
    when three rows or more have one: a 类 and its 款 nest by them, and 类 of
    one length are siblings, however the export indented them."""
    codes = []
    for row in t.rows:
        m = _LABEL_CODE.match(row.cells[0].text) if row.cells else None
        codes.append(m.group(1) if m else None)
    return codes if sum(1 for c in codes if c) >= 3 else None


def _split_codes(t: Table) -> list[str | None] | None:
    """The codes of a table whose code is split into 类 | 款 | 项 columns
    (201 | 03 | 01), each row's code joined from its cells, a part left
    blank taken from the rows above (a 款 row that writes only 03 is 20103
    under the last 类); None without such columns."""
    cols = [next((i for i, name in enumerate(t.header) if leaf_name(name).replace(" ", "") == level), None)
            for level in "类款项"]
    if None in cols or not cols[0] < cols[1] < cols[2]:
        return None
    codes: list[str | None] = []
    above = ["", "", ""]  # the 类, 款 and 项 in force
    for row in t.rows:
        cells = t.aligned(row) or {}
        whole = [cells[c].text.strip() for c in range(cols[0], cols[2] + 1) if c in cells and cells[c].text.strip()]
        if len(whole) == 1 and CLASSIFICATION_CODE.fullmatch(whole[0]):
            # ("     201  一般公共服务支出" / "          20105  统计信息事务": a row's whole code
            # under its level, or a 类 alone: the code, and the levels in force below it)
            code = whole[0]
            above = [code[:3], code[3:5], code[5:7]]
            codes.append(code)
            continue
        parts = [cells[c].text.strip() if c in cells else "" for c in cols]
        if not any(parts) or not all(_CODE_PART[k].fullmatch(p) for k, p in enumerate(parts) if p):
            codes.append(None)
            continue
        deepest = max(k for k, p in enumerate(parts) if p)
        for k in range(deepest + 1):
            above[k] = parts[k] or above[k]
        for k in range(deepest + 1, 3):
            above[k] = ""
        codes.append("".join(above[:deepest + 1]) if all(above[:deepest + 1]) else None)
    return codes


def _codes_in(t: Table, col: int) -> bool:
    """Whether the column holds a code in three rows or more."""
    return sum(1 for row in t.rows if (cell := (t.aligned(row) or dict(enumerate(row.cells))).get(col)) is not None
               and CLASSIFICATION_CODE.fullmatch(cell.text.strip())) >= 3
