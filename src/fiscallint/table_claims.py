"""Claims inside tables: what a table's layout asserts between its cells.

- a total row (合计, 小计, a concept whose parts the identities name, a row
  heading numbered items 1、2、3、) against the rows under it, column by
  column; 其中 rows are parts of the row above them, and list selected
  items unless they are all the parts an identity names;
- a rate column (执行率, 控制率 …) against the columns it divides;
- a score table: 得分 at most 分值, 得分 = 分值 × min(1, 实际/目标) for a
  plain target, the 执行率 row's 得分 = 分值 × 执行率, a first-level
  indicator's points (产出指标（30分）) against its rows' 分值, and the 总分 row
  against the sums of 分值 and 得分;
- a 按收入性质分 / 按支出性质分 block against the total it splits.
"""
from __future__ import annotations

import re

from fiscallint.analysis import Analysis, Fact
from fiscallint.claims import Claim
from fiscallint.table_context import facts_between
from fiscallint.tables import NUMBERED_LABEL as _NUMBERED, Table

_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|总\s*额)$|^(?:合计|总计)[：:]?")
_SUBTOTAL_ROW = re.compile(r"^小\s*计[：:]?$")
_CHILD = re.compile(r"^\s*其中")
_CLOSING_TOTAL = re.compile(r"(?:合\s*计|总\s*计)$")  # 收入总计, 支出合计
_PLACEHOLDER = re.compile(r"^[.…·\s]*$")
_FIRST_LEVEL = re.compile(r"(?:指标|目标)\s*[（(]\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*分\s*[)）]")
_NEGATIVE_TARGET = re.compile(r"[≤<＜≦]|以下|以内|不超过|不高于|低于|下降")
_RATE_HEADER = re.compile(r"率|进度")
_NUMERATOR = re.compile(r"执行|决算|实际|完成|在职|拨付|到位|支出")
_DENOMINATOR = (re.compile(r"全年预算|调整后预算|调整预算"), re.compile(r"预算"), re.compile(r"编制"),
                re.compile(r"计划|指标值|目标"))


def _cells(a: Analysis, t: Table) -> dict[tuple[int, int], Fact]:
    """The table's figures by (row, column), as table_context placed them."""
    return t.facts


def table_claims(a: Analysis) -> list[Claim]:
    out: list[Claim] = []
    score_tables = []
    for t in a.tables:
        cells = _cells(a, t)
        if not cells:
            continue
        out.extend(_row_sums(a, t, cells))
        out.extend(_rate_columns(t, cells))
        if _column(t, "分值") is not None and _column(t, "得分") is not None:
            score_tables.append((t, cells))
            out.extend(_score_rows(t, cells))
        out.extend(_breakdown_sides(a, t, cells))
        if all(len(r.cells) == 2 for r in t.rows):  # name, value
            out.extend(_key_value_rates(t, cells))
        if t.layout == "score-tree":
            out.extend(_score_tree(t, cells))
    out.extend(_score_totals(a, score_tables))
    return out


def _score_tree(t: Table, cells) -> list[Claim]:
    """一级 → 二级 → 三级 indicators, a row each: a group's points are the sum
    of its children's. A group followed by another group is a first-level
    one (its children are the groups up to the next first-level group); a
    group followed by leaves is second-level (its children are those leaves)."""
    rows = t.rows
    leaf = [not rows[i].cells[2].empty for i in range(len(rows))]
    out = []
    i = 0
    while i < len(rows):
        if leaf[i]:  # a leaf's 得分 ≤ 分值 is a score row's check (_score_rows)
            i += 1
            continue
        if i + 1 < len(rows) and not leaf[i + 1]:  # first level: its second-level groups follow
            kids, j = [], i + 1
            while j < len(rows) and not leaf[j]:
                if j + 1 < len(rows) and not leaf[j + 1] and j > i + 1:
                    break  # the next first-level group
                kids.append(j)
                j += 1
                while j < len(rows) and leaf[j]:
                    j += 1
            head = cells.get((i, 1))
            parts = [cells[(k, 1)] for k in kids if (k, 1) in cells]
            if head is not None and parts:
                out.append(Claim("composition", head, parts, "eq", f"table: {rows[i].label} 分值 = Σ 二级指标"))
            i += 1
            continue
        j = i + 1
        while j < len(rows) and leaf[j]:
            j += 1
        head = cells.get((i, 1))
        parts = [cells[(k, 1)] for k in range(i + 1, j) if (k, 1) in cells]
        if head is not None and parts:
            out.append(Claim("composition", head, parts, "eq", f"table: {rows[i].label} 分值 = Σ 三级指标"))
        i += 1
    return out


_PART_RATE = re.compile(r"占比|比例|比率|比重|率")


def _key_value_rates(t: Table, cells) -> list[Claim]:
    """"投入总数 246.37 | 抽查资金总数 246.37 | 资金抽查占比 100%": a ratio named
    after the value just before it divides that value by the one before."""
    from fiscallint.claims import shares_word

    out = []
    for ri in range(2, len(t.rows)):
        rate, part, whole = cells.get((ri, 1)), cells.get((ri - 1, 1)), cells.get((ri - 2, 1))
        if rate is None or part is None or whole is None or not rate.q.is_percent or part.q.is_percent or whole.q.is_percent:
            continue
        name, part_name = t.rows[ri].label, t.rows[ri - 1].label
        if not _PART_RATE.search(name) or not shares_word(name, part_name):
            continue
        out.append(Claim("rate", rate, [part, whole], "eq", f"table: {part_name} / {t.rows[ri - 2].label}"))
    return out


def _column(t: Table, word: str, exclude: str | None = None) -> int | None:
    for i, name in enumerate(t.header):
        if word in name and (exclude is None or exclude not in name):
            return i
    return None


# ---------------------------------------------------------------- row sums
# a row after a 其中 row that goes on its list: a short name (上年结转资金,
# 其他资金), not an indicator ("农村低保发放人数(按月平均)(≥**人)")
_SIBLING_NAME = re.compile(r"[^★☆≥≤<>=（()）%％]{1,14}")


def _numbering_style(label: str) -> str | None:
    """"一、" → "一、", "（2）" → "（1）", "3." → "1.": rows numbered alike are siblings."""
    m = _NUMBERED.match(label)
    if not m:
        return None
    return re.sub(r"[0-9０-９]+", "1", re.sub(r"[一二三四五六七八九十]+", "一", m.group(0).strip())).replace("(", "（").replace(")", "）")


def _row_sums(a: Analysis, t: Table, cells) -> list[Claim]:
    lex = a.lexicon
    rows = t.rows
    labels = [r.label for r in rows]
    concepts = [lex.concept_of(lab) if lab else None for lab in labels]
    parent: list[int | None] = [None] * len(rows)
    how: dict[int, set[str]] = {}
    child_of: int | None = None
    child_concept: str | None = None
    head: int | None = None  # the last row not numbered and not a 其中 row
    total_row = next((i for i, lab in enumerate(labels) if _TOTAL_ROW.match(lab)), None)
    subtotal_start = 0
    for i, lab in enumerate(labels):
        if _SUBTOTAL_ROW.match(lab):
            # 小计 sums the rows since the last subtotal (or the section's start);
            # the 合计 then sums the subtotals, not those rows again
            for k in range(subtotal_start, i):
                if parent[k] is None or parent[k] == total_row:
                    if k != total_row:
                        parent[k] = i
            how.setdefault(i, set()).add("小计")
            parent[i] = total_row if total_row is not None and total_row != i else None
            if parent[i] is not None:
                how.setdefault(total_row, set()).add("合计")
            subtotal_start = i + 1
            child_of = child_concept = None
            head = None
            continue
        if _PLACEHOLDER.match(lab) and not any((i, c) in cells for c in range(len(rows[i].cells) + 2)):
            parent[i] = -1  # "……": a placeholder row
            continue
        if _CHILD.match(lab):
            j = i - 1
            while j >= 0 and (parent[j] is not None and parent[j] == child_of and child_of is not None or _CHILD.match(labels[j]) or parent[j] == -1):
                j -= 1
            if j >= 0:
                parent[i], child_of, child_concept = j, j, concepts[i]
                how.setdefault(j, set()).add("其中")
            continue
        if child_of is not None and not _NUMBERED.match(lab) and not _TOTAL_ROW.match(lab):
            sibling = concepts[i] and child_concept and concepts[i] in lex.siblings.get(child_concept, ())
            if sibling or (concepts[i] is None and not lab.endswith(("：", ":")) and _SIBLING_NAME.fullmatch(lab)):
                parent[i] = child_of
                continue
        child_of = child_concept = None
        if _NUMBERED.match(lab) and head is not None and _numbering_style(labels[head]) != _numbering_style(lab):
            parent[i] = head
            how.setdefault(head, set()).add("numbered")
            continue
        if i != total_row and concepts[i] and head is not None and concepts[head] and \
                concepts[i] in lex.children.get(concepts[head], ()):
            parent[i] = head
            how.setdefault(head, set()).add("identity")
            continue
        # numbered rows below a closing 合计/总计 are not its parts (the next table's)
        head = None if i > 0 and (_TOTAL_ROW.match(lab) or _CLOSING_TOTAL.search(lab)) else i
        # a 合计 row closes the rows above it, or opens those below when it is
        # the first; rows past a closing 合计 belong to the next table (表2)
        if total_row is not None and i != total_row and (total_row == 0 or i < total_row):
            parent[i] = total_row
            how.setdefault(total_row, set()).add("合计")
    out = []
    for p in sorted(set(x for x in parent if x is not None and x >= 0)):
        kids = [i for i, x in enumerate(parent) if x == p]
        kinds = how.get(p, set())
        complete = concepts[p] and lex.complete(concepts[p], {concepts[k] for k in kids})
        relation = "le" if kinds == {"其中"} and not complete else "eq"
        for col in sorted({c for (r, c) in cells if r == p}):
            total = cells[(p, col)]
            if total.q.is_percent or total.q.dimension != "money" and total.q.unit not in (None,) and not total.q.is_count:
                continue
            parts = [cells[(k, col)] for k in kids if (k, col) in cells]
            if not parts or any(f.q.is_percent for f in parts):
                continue
            name = t.column_name(col)
            out.append(Claim("composition", total, parts, relation,
                             f"table: {labels[p] or '合计'} {('(' + name + ') ') if name else ''}= its rows"))
    return out


# ---------------------------------------------------------------- rates
def _rate_columns(t: Table, cells) -> list[Claim]:
    out = []
    for rc, name in enumerate(t.header):
        if not _RATE_HEADER.search(name) or "得分" in name:
            continue
        num = next((i for i in range(len(t.header)) if i != rc and _NUMERATOR.search(t.header[i])
                    and not _RATE_HEADER.search(t.header[i])), None)
        den = None
        for rx in _DENOMINATOR:
            den = next((i for i in range(len(t.header)) if i not in (rc, num) and rx.search(t.header[i])
                        and not _RATE_HEADER.search(t.header[i])), None)
            if den is not None:
                break
        if num is None or den is None:
            continue
        for (r, c), rate in cells.items():
            if c != rc or not rate.q.is_percent:
                continue
            actual, plan = cells.get((r, num)), cells.get((r, den))
            if actual is None or plan is None or actual.q.is_percent or plan.q.is_percent:
                continue
            out.append(Claim("rate", rate, [actual, plan], "eq", f"table: {t.header[num]} / {t.header[den]}"))
    return out


# ---------------------------------------------------------------- scores
def _score_rows(t: Table, cells) -> list[Claim]:
    points_col, score_col = _column(t, "分值"), _column(t, "得分")
    target_col = next((i for i, n in enumerate(t.header) if re.search(r"指标值|目标值", n)), None)
    actual_col = next((i for i, n in enumerate(t.header) if re.search(r"完成值|实际值", n)), None)
    rate_col = next((i for i, n in enumerate(t.header) if "执行率" in n), None)
    out = []
    for ri, row in enumerate(t.rows):
        points, score = cells.get((ri, points_col)), cells.get((ri, score_col))
        if points is None or score is None:
            continue
        if not score.q.interval().can_be_le(points.q.interval()):
            out.append(Claim("score", score, [points], "le", "table: 得分 at most 分值", variant="cap"))
            continue
        if rate_col is not None and (ri, rate_col) in cells:
            rate = cells[(ri, rate_col)]
            out.append(Claim("score", score, [points, rate], "eq", "table: 得分 = 分值 × min(1, 执行率)", variant="rate"))
            continue
        if target_col is None or actual_col is None:
            continue
        target, actual = cells.get((ri, target_col)), cells.get((ri, actual_col))
        if target is None or actual is None or target.q.value == 0 or target.q.dimension != actual.q.dimension:
            continue
        target_text = next((c.text for i, c in (t.aligned(row) or {}).items() if i == target_col), "")
        if _NEGATIVE_TARGET.search(target_text + row.label):
            continue  # a ceiling, not a goal: scored the other way
        out.append(Claim("score", score, [points, actual, target], "eq", "table: 得分 = 分值 × min(1, 实际/目标)",
                         variant="ratio"))
    return out


def _score_totals(a: Analysis, score_tables) -> list[Claim]:
    """First-level points (产出指标（30分）) against the 分值 of their rows, and
    the 总分 row against the sums of 分值 and 得分."""
    out = []
    all_points: list[Fact] = []
    all_scores: list[Fact] = []
    for t, cells in score_tables:
        points_col, score_col = _column(t, "分值"), _column(t, "得分")
        rate_col = next((i for i, n in enumerate(t.header) if "执行率" in n), None)
        block_head: Fact | None = None
        block: list[Fact] = []

        def close(head: Fact | None, points: list[Fact]) -> None:
            if head is not None and points:
                out.append(Claim("composition", head, list(points), "eq", "table: 一级指标分值 = Σ 分值"))

        for ri, row in enumerate(t.rows):
            if row.label.startswith("总分"):
                close(block_head, block)
                block_head, block = None, []
                p_total, s_total = cells.get((ri, points_col)), cells.get((ri, score_col))
                if p_total is not None and len(all_points) >= 2:
                    out.append(Claim("composition", p_total, list(all_points), "eq", "table: 总分 分值 = Σ 分值"))
                if s_total is not None and len(all_scores) >= 2 and len(all_scores) == len(all_points):
                    out.append(Claim("composition", s_total, list(all_scores), "eq", "table: 总分 = Σ 得分"))
                if p_total is not None or s_total is not None:
                    all_points, all_scores = [], []  # a 总分 closes the form above it: the next form starts afresh
                continue
            head = _first_level(a, row)
            if head is not None:
                close(block_head, block)
                block_head, block = head, []
            p = cells.get((ri, points_col))
            if p is None:
                continue
            s = cells.get((ri, score_col))
            if s is None and rate_col is not None and (ri, rate_col) in cells and cells[(ri, rate_col)].q.value >= 100:
                s = p  # an execution rate of 100% earns the row's points
            all_points.append(p)
            if s is not None:
                all_scores.append(s)
            if block_head is not None:
                block.append(p)
        close(block_head, block)
    return out


def _first_level(a: Analysis, row) -> Fact | None:
    for c in row.cells:
        if _FIRST_LEVEL.search(c.text):
            for f in facts_between(a, c.start, c.end):
                if f.q.unit == "分":
                    return f
    return None


# ---------------------------------------------------------------- 按…性质分
def _breakdown_sides(a: Analysis, t: Table, cells) -> list[Claim]:
    """"按收入性质分： | 按支出性质分：" then cells "一般公共预算：3427.08" …: each
    side adds up to the total row's budget (收入) or outturn (支出)."""
    out = []
    total_row = next((ri for ri, r in enumerate(t.rows) if "资金总额" in r.label or _TOTAL_ROW.match(r.label)), None)
    for ri, row in enumerate(t.rows):
        sides = {i: c.text for i, c in enumerate(row.cells) if re.search(r"按(收入|支出)\S*分", c.text)}
        if not sides or total_row is None:
            continue
        for pos, name in sides.items():
            parts = []
            for rj in range(ri + 1, len(t.rows)):
                r2 = t.rows[rj]
                if pos >= len(r2.cells) or not any(c.text for c in r2.cells):
                    break
                cell = r2.cells[pos]
                parts.extend(f for f in facts_between(a, cell.start, cell.end) if f.q.dimension == "money")
            want = re.compile(r"执行|决算|实际") if "支出" in name else re.compile(r"全年预算|调整")
            col = next((i for i, n in enumerate(t.header) if want.search(n)), None)
            total = cells.get((total_row, col)) if col is not None else None
            if total is not None and len(parts) >= 2:
                out.append(Claim("composition", total, parts, "eq", f"table: {name.strip('：:')} = {t.header[col]}"))
    return out
