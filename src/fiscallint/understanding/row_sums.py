"""Rows a table's figures place under others where its words do not: the
rows just after a row that add up to it (a 类 and its 款 with no codes
left), and the rows just above a row that add up to it (a subtotal not
called 小计). ``walk`` is row_tree's reading of the rows: its parent list,
its figures by (row, column), and ``attach``."""
from __future__ import annotations

from fiscallint.support.wordbook import pattern
from fiscallint.model.intervals import sum_intervals

_CLOSING = pattern("row_tree", "closing_total")  # 收入总计
_TOTAL_ROW = pattern("row_tree", "total_row")  # 合计：
_CHILD = pattern("row_tree", "child")  # 其中
_BALANCE = pattern("row_tree", "balance_by_fund")  # 年初财政拨款结转和结余
_NUMBERING = pattern("tables", "numbered_label")  # 一、
_SUBTOTAL_ROW = pattern("row_tree", "subtotal_row")  # 小计
_JOINED_TOTAL = pattern("row_tree", "joined_total")  # 负债及所有者权益合计
_TOTAL_STEM = pattern("row_tree", "total_stem")  # 负债合计 → 负债


def nest_by_sums(walk, signed: set[int]) -> None:
    """A 合计's rows that do not add up to it because some are the breakdown
    of the row before them (城乡社区支出 then 国有土地使用权出让收入安排的支出:
    a 类 and its 款 with no codes and no indentation left): the rows
    just after a row that add up to it in every column are its children.
    Only where the flat reading fails, and on two columns or more (one
    column's 5 = 2 + 3 may be chance)."""
    cells = walk.cells
    for p, kids, cols in _flat_sums_failing(walk, signed, 2):
        for _ in range(3):  # 项 under 款 under 类: the deepest breakdowns are seen first, then theirs
            found = _breakdowns(cells, kids, cols)
            if not found:
                break
            taken = []
            for head, sub in found.items():
                target = _deepest_last_child(walk, head)
                if target != head and not all(_adds_up(cells, target, sub, c) for c in cols):
                    continue  # the rows add up to the head, but its own breakdown is read already
                for k in sub:
                    walk.attach(k, target, "numbered")
                taken += sub
            if not taken:
                break
            kids = [k for k in kids if k not in taken]


def subtotals_below_their_rows(walk, signed: set[int]) -> None:
    """"教育支出 | … | 其他支出 | 一般公共预算支出 | 上解支出 | 债务还本支出 | 支出总计": a row
    that the run of rows just above it adds up to in every column (two or
    more) closes them, though it is not called 小计; read so only where the
    total then adds up to its rows, and the flat reading does not."""
    cells = walk.cells
    for p, kids, cols in _flat_sums_failing(walk, signed, 4):
        closed = _closing_runs(cells, kids, cols)
        rest = [k for k in kids if not any(k in run for run in closed.values())]
        if closed and all(_adds_up(cells, p, rest, c) for c in cols):
            for sub, run in closed.items():
                for k in run:
                    walk.attach(k, sub, "numbered")


def _flat_sums_failing(walk, signed: set[int], least: int):
    """(row, its rows, the columns summed) for each row with ``least`` rows or
    more under it that do not add up to it in its two or more columns."""
    cells = walk.cells
    for p in sorted({x for x in walk.parent if x is not None and x >= 0}):
        kids = [i for i, x in enumerate(walk.parent) if x == p]
        cols = sorted({c for (r, c) in cells if r == p} - signed)
        if len(kids) >= least and len(cols) >= 2 and not all(_adds_up(cells, p, kids, c) for c in cols):
            yield p, kids, cols


def _closing_runs(cells, kids: list[int], cols: list[int]) -> dict[int, list[int]]:
    """The rows of ``kids`` that the run of rows since the last such row adds
    up to in every column (two figures at least, not zero), with that run."""
    closed, start = {}, 0
    for j in range(2, len(kids)):
        run, sub = kids[start:j], kids[j]
        if sum(1 for c in cols if (sub, c) in cells and cells[(sub, c)].q.value) >= 2 \
                and all(_adds_up(cells, sub, run, c) for c in cols):
            closed[sub], start = run, j + 1
    return closed


def _deepest_last_child(walk, row: int) -> int:
    """``row``, or the last row under it, and the last under that …: where
    rows that add up to ``row`` again go (类 201 has 款 03 and its 项 run)."""
    while True:
        kids = [i for i, x in enumerate(walk.parent) if x == row]
        if not kids:
            return row
        row = kids[-1]


def _breakdowns(cells, kids: list[int], cols: list[int]) -> dict[int, list[int]]:
    """Rows of ``kids`` followed by a run of rows that add up to them in every
    column (the shortest such run), by the row they break down."""
    out: dict[int, list[int]] = {}
    i = 0
    while i < len(kids):
        head = kids[i]
        if sum(1 for c in cols if (head, c) in cells) < 2:
            i += 1  # a breakdown is seen on two columns or more
            continue
        run = next((kids[i + 1:j] for j in range(i + 2, len(kids) + 1)
                    if all(_adds_up(cells, head, kids[i + 1:j], c) for c in cols)), None)
        if run and len(run) == 1 and (len({cells[(head, c)].q.value for c in cols if (head, c) in cells}) < 2 or any(
                (head, c) in cells and (run[0], c) in cells and cells[(head, c)].q.value != cells[(run[0], c)].q.value
                for c in cols)):
            # one row the same as the one before, every figure alike (4 | 4): chance; or one row only
            # near it (20.00 against 20.01, within rounding): a row's only part is written as it is
            run = None
        if run:
            out[head] = run
            i += 1 + len(run)
        else:
            i += 1
    return out


def _adds_up(cells, total: int, parts: list[int], col: int) -> bool:
    """The figures of ``parts`` in column ``col`` add up to ``total``'s (a
    missing figure of a part counts as none, of the total as no check; no
    figure of any part, or figures of another kind, as no sum)."""
    t = cells.get((total, col))
    if t is None or t.q.is_percent:
        return True
    figures = [cells[(k, col)] for k in parts if (k, col) in cells]
    if not figures or any(f.q.is_percent for f in figures) or any(f.q.dimension != t.q.dimension for f in figures):
        return False  # nothing to add, or not of one kind: no evidence either way
    return sum_intervals(f.q.interval() for f in figures).meets(t.q.interval())


def nesting_contradicted(parent: list[int | None], cells, sign) -> set[int]:
    """一、总收入 68141 | (一)医疗活动收入 63147 | 1、医疗收入 63147 | 2、其他收入 4175 |
    3、财政拨款收入 819: rows numbered under a row that add up, in two columns
    or more (with the signs ``sign`` reads: a change column's -2312), to
    the row above it and not to it. The form's numbering nests them
    otherwise than its figures do, so neither row's sum is read from it:
    both rows are returned."""
    out: set[int] = set()
    for p in sorted({x for x in parent if x is not None and x >= 0}):
        above = parent[p]
        kids = [i for i, x in enumerate(parent) if x == p]
        if above is None or above < 0 or len(kids) < 2:
            continue
        cols = [c for c in sorted({c for (r, c) in cells if r == p and (above, c) in cells})
                if not any(f.q.is_percent for f in (cells[(p, c)], cells[(above, c)]))
                and all((k, c) in cells and not cells[(k, c)].q.is_percent for k in kids)]
        if len(cols) >= 2 and all(_signed_sum_meets(cells, above, kids, c, sign)
                                  and not _signed_sum_meets(cells, p, kids, c, sign) for c in cols):
            out |= {p, above}
    return out


def _signed_sum_meets(cells, total: int, parts: list[int], col: int, sign) -> bool:
    def signed(f):
        return -f.q.interval() if sign(f) < 0 else f.q.interval()
    return sum_intervals(signed(cells[(k, col)]) for k in parts).meets(signed(cells[(total, col)]))


def net_after_deductions(walk, gross: int, first: int) -> int:
    """The row a deduction leads to: the next row, unless that row is not the
    gross less it and a later row is the gross less every row from the
    deduction down to it, in each of its columns ("可分配收益 | 减：提取公积公益金 |
    提取福利费 | 向成员分配 | 年末未分配收益": three deductions, then what is left)."""
    cells = walk.cells
    cols = sorted({c for (r, c) in cells if r == gross and not cells[(r, c)].q.is_percent})

    def gap(net: int):
        if not cols or any((net, c) not in cells for c in cols):
            return None
        return sum(abs((cells[(gross, c)].q.interval() - sum_intervals(cells[(k, c)].q.interval() for k in range(first, net)
                                                                         if (k, c) in cells)).gap(cells[(net, c)].q.interval()))
                   for c in cols)

    gaps = {first + 1: gap(first + 1)}
    for net in range(first + 2, min(len(walk.labels), first + 8)):
        label = walk.labels[net]
        if net not in walk.figured or _TOTAL_ROW.match(label) or _CLOSING.search(label) or _CHILD.match(label):
            break
        gaps[net] = gap(net)
    best = min((n for n, g in gaps.items() if g is not None), key=lambda n: gaps[n], default=first + 1)
    # (the next row, unless a later one is the gross less the rows down to it, or nearly: a slip among three)
    nxt = gaps[first + 1]
    return best if nxt is not None and gaps[best] * 10 < nxt else first + 1


def balance_by_fund(walk) -> None:
    """"年初财政拨款结转和结余 | 5 | 353.56" over "一般公共预算财政拨款 | 6 | 308.63",
    "政府性基金预算财政拨款 | 7 | 44.93": the unnumbered rows right after a
    balance that bear the name of a row numbered elsewhere in the table
    (一、一般公共预算财政拨款) are the balance's breakdown by fund, not more of
    the total's parts."""
    names = {_NUMBERING.sub("", lab).strip() for lab in walk.labels if _NUMBERING.match(lab)}
    for b, label in enumerate(walk.labels):
        if not _BALANCE.search(label):
            continue
        k = b + 1
        while k < len(walk.labels) and not _NUMBERING.match(walk.labels[k]) and walk.labels[k].strip() in names:
            walk.parent[k] = b
            walk.how.setdefault(b, set()).add("其中")
            k += 1


def first_parts_add_up(cells, total: int, parts: list[int]) -> bool:
    """"医疗收入 | 其中：门诊收入 | 住院收入 | 药品收入": the first rows of a 其中 list
    (two or more, not all) add up to the row in two columns of figures or
    more, so the rows after them break it down another way (药品收入 runs
    through 门诊 and 住院): they overlap those, no sum holds them all."""
    cols = sorted({c for (r, c) in cells if r == total and not cells[(r, c)].q.is_percent})
    return any(sum(_adds_up(cells, total, parts[:n], c) and all((k, c) in cells for k in parts[:n]) for c in cols) >= 2
               for n in range(2, len(parts)))


def another_columns_parts(cells, p: int, kids: list[int], col: int, parts) -> bool:
    """"支出内容 | 计划支出数 | 实际支出数" with each row's one figure under 计划
    and the 合计 row's two: rows whose one figure add up to the total's
    figure in another column, not in their own, may have lost a blank cell
    before it, or the budget was spent in full; which column they are of is
    unclear (FL101 tells it as info)."""
    if any(sum(1 for (r, _) in cells if r == k) != 1 for k in kids):
        return False
    held = sum_intervals(f.q.interval() for f in parts)
    if held.meets(cells[(p, col)].q.interval()):
        return False
    return any(c != col and held.meets(f.q.interval()) for (r, c), f in cells.items() if r == p)


def subtotals_of_group_heads(walk) -> None:
    """"市政类" (no figures) over "  工程A | …", "  工程B | …", "  小计 | …": the 小计
    stands for its group in the group's place, and sums the rows above it."""
    for i, lab in enumerate(walk.labels):
        p = walk.parent[i]
        if i not in walk.figured or not _SUBTOTAL_ROW.match(lab) or p is None or p < 0 or p in walk.figured:
            continue
        walk.parent[i] = walk.parent[p]
        for k in range(p + 1, i):
            if walk.parent[k] == p and k in walk.figured:
                walk.attach(k, i, "小计")


def total_of_named_parts(walk) -> None:
    """"资产合计 | … | 负债合计 | 所有者权益合计 | 负债及所有者权益合计": a total whose
    name joins the names of two of its rows (负债, 所有者权益) sums those two;
    another subtotal above them (资产合计, the balance's other side) is none
    of its parts."""
    for total in list(walk.how):
        joined = _JOINED_TOTAL.match(walk.labels[total])
        kids = [k for k, p in enumerate(walk.parent) if p == total]
        if joined is None or len(kids) < 3:
            continue
        named = [k for k in kids if _TOTAL_STEM.match(walk.labels[k]).group(1) in joined.groups()]
        if len(named) == 2:
            for k in kids:
                if k not in named:
                    walk.parent[k] = None
