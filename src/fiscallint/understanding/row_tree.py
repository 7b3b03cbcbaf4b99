"""A table's rows as a tree: which row each row belongs under, and how that
was found (合计 over the rows it closes, 小计 over the rows since the last
one, 其中 rows under the row above them, numbered rows under the row they
number, rows between two top-level numbered rows under the one above them,
a concept under the concept whose parts rules/lexicon.toml names).

The rows are read top to bottom once; each reading step below decides one
way a row can find its parent, in the order they are tried."""
from __future__ import annotations

import copy
import re

from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure
from fiscallint.model.tables import NUMBERED_LABEL as _NUMBERED, Table, is_serial_name, leaf_name, numbers_the_columns, repeats_the_header
from fiscallint.understanding.row_codes import classification_codes
from fiscallint.understanding.row_sums import (
    balance_by_fund, net_after_deductions, nest_by_sums, subtotals_below_their_rows, subtotals_of_group_heads,
    total_of_named_parts,
)
from fiscallint.understanding.row_indent import by_indent, indent_levels

TOTAL_ROW = pattern("row_tree", "total_row")
SUBTOTAL_ROW = pattern("row_tree", "subtotal_row")
_NAMED_SUBTOTAL = pattern("row_tree", "named_subtotal")
_ARABIC_RUN = re.compile(r"[0-9０-９]+")
_CHINESE_RUN = pattern("row_tree", "chinese_run")
_CHILD = pattern("row_tree", "child")
_GRAND_TOTAL_ROW = re.compile(r"总\s*计$")
_SIDE_TOTAL_ROW = pattern("row_tree", "side_total_row")  # 收入合计, 支出合计
_SIDE_GRAND_TOTAL = re.compile(r"(收入|支出)\s*总\s*计$")
_CHILD_MARK = pattern("row_tree", "child_mark")
CLOSING_TOTAL = pattern("row_tree", "closing_total")  # 收入总计, 支出合计
_DEDUCTION_ROW = pattern("row_tree", "deduction_row")  # 减：累计折旧
_ADDITION_ROW = pattern("row_tree", "addition_row")  # 加：本季度收入
_DASH_BULLET = pattern("row_tree", "dash_bullet")  # ——门诊收入
_PEER_ROW = pattern("row_tree", "peer_row")
CLASSIFICATION_HEADING = pattern("row_tree", "classification_heading")  # 按支出性质分：
_PLACEHOLDER = re.compile(r"^[.…·\s]*$")
# a row after a 其中 row that goes on its list: a short name (上年结转资金,
# 其他资金), not an indicator ("农村低保发放人数(按月平均)(≥**人)")
_SIBLING_NAME = re.compile(r"[^★☆≥≤<>=（()）%％]{1,14}")


def numbering_style(label: str) -> str | None:
    """"一、" → "一、", "（2）" → "（1）", "3." → "1.": rows numbered alike are siblings."""
    m = _NUMBERED.match(label)
    if not m:
        return None
    return _ARABIC_RUN.sub("1", _CHINESE_RUN.sub("一", m.group(0).strip())).replace("(", "（").replace(")", "）")


_DEPTH = {"一、": 0, "（一）": 1, "1.": 2, "1、": 2, "1．": 2, "（1）": 3}  # the levels of an official document's numbering


def _closes(label: str) -> bool:
    """合计, 总计, or a name ending in one (收入总计): a row closing the rows above it."""
    return bool(TOTAL_ROW.match(label) or CLOSING_TOTAL.search(label))


def _top_numbering(labels: list[str], figured: set[int]) -> str | None:
    """The numbering style of a table's first numbered row, when at least two
    rows share it and rows not numbered, with figures, follow the first: the
    table's sections."""
    styles = [numbering_style(lab) for lab in labels]
    first = next((k for k, st in enumerate(styles) if st), None)
    if first is None:
        return None
    same = [k for k in range(first, len(labels)) if styles[k] == styles[first]]
    if len(same) < 2:
        return None
    # (rows numbered otherwise between them are their parts too: 二、收入合计 | 1、基本医疗保险费收入 | … | 三、支出合计)
    if not any(styles[k] is None and k in figured and not _closes(labels[k]) or styles[k] not in (None, styles[first])
               for k in range(same[0] + 1, len(labels))):
        return None
    return styles[first]


class _RowWalk:
    """What reading the rows top to bottom remembers: the 其中 list open, the
    last row that may head others, the section, where the last 小计 ended."""

    def __init__(self, lexicon, t: Table, cells):
        self.lex = lexicon
        self.table = t
        self.rows = t.rows
        self.labels = [r.label for r in t.rows]
        self.concepts = [lexicon.concept_of(lab) if lab else None for lab in self.labels]
        self.cells = cells
        self.figured = {r for r, _ in cells}
        self.parent: list[int | None] = [None] * len(t.rows)
        self.how: dict[int, set[str]] = {}
        self.child_of: int | None = None
        self.child_concept: str | None = None
        self.child_style: str | None = None  # how the 其中 row numbers its item (其中：（1）…)
        self.head: int | None = None  # the last row not numbered and not a 其中 row
        self.total_row = next((i for i, lab in enumerate(self.labels) if TOTAL_ROW.match(lab)), None)
        if self.total_row is None:
            # a side closed by its own total (人员经费合计 under the 人员经费 rows), no 合计 elsewhere
            last = max(self.figured, default=None)
            if last is not None and last > 0 and CLOSING_TOTAL.search(self.labels[last]) and not _CHILD.match(self.labels[last]):
                self.total_row = last
        if self.total_row is None and self.figured:
            # "基本支出合计 | 人员经费小计 | 301 … | 公用经费小计 | 302 …": a named total opening
            # the table over named subtotals is the table's total
            first = min(self.figured)
            if CLOSING_TOTAL.search(self.labels[first]) and not _CHILD.match(self.labels[first]) \
                    and self._named_subtotal_after(first):
                self.total_row = first
        self.subtotal_start = 0
        self.totals_head = self._totals_head_their_rows()
        if self.totals_head:
            self.total_row = min(self.figured)
        self.named_totals_head = False  # (set by _subtotals_head_their_rows)
        self.heading_subtotals = self.totals_head or self._subtotals_head_their_rows()
        self.group: int | None = None  # the 小计 row heading the rows below it
        self.groups: list[tuple[int, int | None]] = []  # the 小计 rows open, outermost first, with their depths
        self.section: int | None = None  # the last row numbered in the table's top style (一、本级收入)
        # (a header that names fewer columns than the rows hold was not understood)
        understood = all(len(r.cells) <= len(t.header) for r in t.rows)
        self.top_style = _top_numbering(self.labels, self.figured) if understood else None

    def _subtotals_head_their_rows(self) -> bool:
        """合计 | 市级小计 | 医院A | 医院B | 区级小计 | …: a 小计 row right below a
        total that opens the table closes no rows (there are none above
        it): the table puts each group's 小计 above the rows it sums."""
        total = self.total_row
        if total is None or not self.figured:
            return False
        first = min(self.figured)
        if first < total and _NAMED_SUBTOTAL.search(self.labels[first]):
            return True  # "一 校舍建设类小计 | 1 … | 二 设备购置类小计 | … | 合计": the first 小计 closes nothing
        if first < total and self._named_totals_open(first, total):
            self.named_totals_head = True  # 人员经费合计 | 30101 … | 公用经费合计 | 30201 … | 基本支出合计
            return True
        if any(k in self.figured for k in range(total)):
            return False
        return self._named_subtotal_after(total)

    def _named_totals_open(self, first: int, total: int) -> bool:
        """A named total (人员经费合计, not 合计 alone) first with figures, rows, another before the table's total."""
        named = [k for k in range(first, total) if k in self.figured and CLOSING_TOTAL.search(self.labels[k])
                 and not TOTAL_ROW.match(self.labels[k]) and not _CHILD.match(self.labels[k])]
        return len(named) >= 2 and named[0] == first and any(k in self.figured for k in range(first + 1, named[1]))

    def _named_subtotal_after(self, row: int) -> bool:
        """The next row with figures after ``row`` is a named 小计 (市级小计)."""
        after = next((k for k in range(row + 1, len(self.labels)) if k in self.figured), None)
        return after is not None and bool(_NAMED_SUBTOTAL.search(self.labels[after]))

    def _totals_head_their_rows(self) -> bool:
        """浙江省合计 | 杭州市合计 | 淳安县 | 温州市合计 | 永嘉县 …: the table's first two
        rows with figures both totals, the second closing nothing above it:
        each total heads the rows below it, the first all the others."""
        first = sorted(self.figured)[:2]
        # (收入总计 | 本年收入合计 | 本年支出合计 …: totals of two sides, a table of main figures)
        sides = {_side_closed(lab) for lab in self.labels if _closes(lab)} - {None}
        return len(first) == 2 and all(_closes(self.labels[r]) and not _CHILD.match(self.labels[r]) for r in first) \
            and len(sides) < 2

    def heads_group(self, i: int, lab: str) -> bool:
        """In a table whose 小计 rows head their groups, a 小计 row is one of
        the 合计's parts and opens a group; the rows after it, up to the next
        小计, are its parts."""
        if not self.heading_subtotals or i == self.total_row:
            return False
        if _NAMED_SUBTOTAL.search(lab) or (self.totals_head or self.named_totals_head) and _closes(lab):
            # (一、省本级小计 | （一）省自然资源厅小计: a 小计 numbered deeper is the one above's part)
            depth = _DEPTH.get(numbering_style(lab))
            while self.groups and not (depth is not None and self.groups[-1][1] is not None and depth > self.groups[-1][1]):
                self.groups.pop()
            self.attach(i, self.groups[-1][0] if self.groups else self.total_row, "小计" if self.groups else "合计")
            self.groups.append((i, depth))
            self.group = i
            return True
        if self.group is not None and not _CHILD.match(lab) and not _closes(lab):
            self.attach(i, self.group, "小计")
            return True
        return False

    def attach(self, i: int, parent: int, found: str) -> None:
        self.parent[i] = parent
        self.how.setdefault(parent, set()).add(found)

    def closes_subtotal(self, i: int, lab: str) -> bool:
        """小计, or a closing 本年收入合计 above the 总计 (总计 = 本年收入合计 + 年初结转和结余).
        A named 小计 (决策小计) closes the rows above it when there are any."""
        if SUBTOTAL_ROW.match(lab):
            return True
        if _NAMED_SUBTOTAL.search(lab) and not _CHILD.match(lab):
            return any(k in self.figured for k in range(self.subtotal_start, i)) and not self._heads_finer_items(i, lab)
        total = self.total_row
        return total is not None and self.subtotal_start < i < total and bool(CLOSING_TOTAL.search(lab)) \
            and not _CHILD.match(lab)

    def _heads_finer_items(self, i: int, lab: str) -> bool:
        """一、收入合计 | （一）收入小计 | 1.工伤保险费收入 | 2.利息收入: a 小计 numbered
        in another style than the row above and the row below heads the rows
        numbered below it, as a form's section does."""
        style = numbering_style(lab)
        if style is None or i + 1 >= len(self.labels) or i == 0:
            return False
        below, above = numbering_style(self.labels[i + 1]), numbering_style(self.labels[i - 1])
        return below is not None and below != style and above != style

    def close_subtotal(self, i: int) -> None:
        """The subtotal sums the rows since the last one (or the section's
        start) and is one of the 合计's parts; the 合计 then sums the
        subtotals, not those rows again."""
        total = self.total_row
        for k in range(self.subtotal_start, i):
            if (self.parent[k] is None or self.parent[k] == total) and k != total:
                self.parent[k] = i
        self.how.setdefault(i, set()).add("小计")
        self.parent[i] = total if total is not None and total != i else None
        if self.parent[i] is not None:
            self.how.setdefault(total, set()).add("合计")
        self.subtotal_start = i + 1
        self.child_of = self.child_concept = self.section = None
        self.head = None

    def is_placeholder(self, i: int, lab: str) -> bool:
        """"……": a row standing for rows left out, with no figure."""
        return bool(_PLACEHOLDER.match(lab)) and not any((i, c) in self.cells for c in range(len(self.rows[i].cells) + 2))

    def open_child_list(self, i: int, lab: str, j: int | None = None) -> None:
        """A 其中 row goes under the row above its list (past the 其中 rows
        and placeholders before it; or under row ``j``) and opens a list of
        parts of that row."""
        if j is None:
            j = i - 1
            while j >= 0 and self._on_open_list(j):
                j -= 1
        if j >= 0:
            self.child_of, self.child_concept = j, self.concepts[i]
            self.child_style = numbering_style(_CHILD_MARK.sub("", lab))
            self.attach(i, j, "其中")

    def _on_open_list(self, j: int) -> bool:
        p = self.parent[j]
        return (p is not None and p == self.child_of and self.child_of is not None) or bool(_CHILD.match(self.labels[j])) \
            or p == -1

    def continues_child_list(self, i: int, lab: str) -> bool:
        """A row after a 其中 row that is one more item of its list: numbered
        alike (其中：（1）运行维护费 | （2）购置费), a sibling concept, or a short
        name."""
        if self.child_of is None:
            return False
        if self.child_style is not None and numbering_style(lab) == self.child_style:
            return True
        if _NUMBERED.match(lab) or TOTAL_ROW.match(lab):
            return False
        if _PEER_ROW.match(lab) and _PEER_ROW.match(self.labels[self.child_of]):
            return False  # (上级补助收入 after 事业收入's 其中 rows: the head's peer, not one of its parts)
        if CLASSIFICATION_HEADING.match(self.labels[self.child_of]) and _SIBLING_NAME.fullmatch(lab):
            return True  # (按收入性质分： 其中：财政拨款 | 其他资金: the breakdown goes on to the next heading)
        concept, listed = self.concepts[i], self.child_concept
        if concept and listed and concept in self.lex.siblings.get(listed, ()):
            return True
        return concept is None and not lab.endswith(("：", ":")) and bool(_SIBLING_NAME.fullmatch(lab))

    def in_section(self, i: int, lab: str) -> bool:
        """一、本级收入 | 税收 | 非税 | 二、转移性收入 | …: the rows not numbered
        between two top-level numbered rows break the one above them down.
        Also moves the section on (a top-level numbered row opens one; "项目支出："
        and a total close it)."""
        style = numbering_style(lab)
        if style is not None and style == self.top_style:
            self.section = i
        elif lab.endswith(("：", ":")):
            self.section = None  # "项目支出：" opens a part of its own
        elif self.section is not None and style is None and i != self.total_row and not CLOSING_TOTAL.search(lab) \
                and i in self.figured and lab.strip() and not self._other_whole(i, self.section):
            return True
        if _closes(lab) and not (style is not None and style == self.top_style):
            self.section = None  # (but "一、收入合计" opens its section: the rows under it are its)
        return False

    def _other_whole(self, i: int, head: int) -> bool:
        """Whether row i names a concept of its own that is no part of the
        head's (项目支出 after "3.公务接待": the 基础数据表's next item)."""
        mine, theirs = self.concepts[i], self.concepts[head]
        return bool(mine and theirs and mine != theirs and mine not in self.lex.children.get(theirs, ())
                    and mine not in self.lex.siblings.get(theirs, ()))

    def numbered_under_head(self, lab: str) -> bool:
        """A numbered row below a row numbered otherwise (or not at all) is one of its parts."""
        style = numbering_style(lab)
        return bool(_NUMBERED.match(lab)) and self.head is not None and style != self.top_style \
            and numbering_style(self.labels[self.head]) != style

    def _outer_item(self, i: int, lab: str) -> int | None:
        """收入总计 | 一、本级收入 | 1.税收收入: a row numbered in a deeper style
        than the numbered row above it, both under one head, is that row's
        part; one numbered like the row above is its sibling."""
        style = numbering_style(lab)
        for k in range(i - 1, self.head, -1):
            other = numbering_style(self.labels[k])
            if other is None:
                continue
            if other == style:
                return self.parent[k] if self.parent[k] not in (None, -1) else None
            return k if self.parent[k] == self.head else None
        return None

    def part_of_head(self, i: int) -> bool:
        """A concept that rules/lexicon.toml names among the parts of the head row's concept,
        unless numbered as the head is (一、资产总额 | 二、负债总额: siblings)."""
        head = self.head
        if i == self.total_row or head is None or not self.concepts[head]:
            return False
        if not self.concepts[i]:
            return self._goes_on_from_identity_parts(i)
        style = numbering_style(self.labels[i])
        if style is not None and style == numbering_style(self.labels[head]):
            return False
        whole, part = self.concepts[head], self.concepts[i]
        # (not a balance's: 负债总额 under 资产总额 is the table's next item)
        return any(ident.total == whole and part in ident.parts and ident.rows and ident.relation == "eq"
                   for ident in self.lex.identities)

    def _goes_on_from_identity_parts(self, i: int) -> bool:
        """本年收入合计 | 一般公共预算财政拨款收入 | 事业收入 | 年初结转和结余: a row named
        by no concept right after the head's parts the lexicon names, and of
        their kind (the same last word), is one more of them: a unit's revenue
        by source names more sources than the lexicon knows."""
        head = self.head
        if head is None or i - head < 2 or any(self.parent[k] != head for k in range(head + 1, i)):
            return False
        last = self.labels[i - 1].strip()
        return "identity" in self.how.get(head, ()) and numbering_style(self.labels[i]) == numbering_style(last) \
            and len(last) >= 3 and self.labels[i].strip()[-2:] == last[-2:]

    def pass_row(self, i: int, lab: str) -> None:
        """A row none of the steps placed: it may head the rows below it, and
        it is a part of the table's 合计 when that closes it (or opens the
        table)."""
        # numbered rows below a closing 合计/总计 are not its parts (the next table's)
        # (but "二、收入合计" numbered as the table's sections opens its own: "1、基本医疗保险费收入" below it)
        opens = self.top_style is not None and numbering_style(lab) == self.top_style
        self.head = None if i > 0 and _closes(lab) and not opens else i
        # a 合计 row closes the rows above it, or opens those below when it is
        # the first; rows past a closing 合计 belong to the next table (表2)
        total = self.total_row
        if total is not None and i != total and (total == 0 or i < total) and not self._after_numbered_parts(i, lab):
            self.attach(i, total, "合计")

    def _after_numbered_parts(self, i: int, lab: str) -> bool:
        """合计 | 1.因公出国（境）费 | 2.公务用车… | 3.公务接待费 | 机关运行经费: a row
        numbered in no style after the opening 合计's numbered parts ends their
        list; it is a figure of its own, not a fourth part."""
        total = self.total_row
        if total is None or total >= i or numbering_style(lab) is not None:
            return False
        parts = [k for k in range(total + 1, i) if self.parent[k] == total]
        styles = {numbering_style(self.labels[k]) for k in parts}
        return len(parts) >= 2 and len(styles) == 1 and None not in styles

    def under_dash_head(self, i: int, lab: str) -> bool:
        """1、医疗收入 | ——门诊收入 | ——住院收入: rows bulleted by a dash are
        parts of the nearest row above them not so bulleted (a row with
        figures, no total closing the rows above it)."""
        if not _DASH_BULLET.match(lab):
            return False
        for k in range(i - 1, -1, -1):
            if _DASH_BULLET.match(self.labels[k]) or self.parent[k] == -1:
                continue
            if k not in self.figured or _closes(self.labels[k]):
                return False
            self.attach(i, k, "numbered")
            return True
        return False

    def place(self, i: int, lab: str) -> None:
        """One row: the first step that finds its parent decides."""
        if CLASSIFICATION_HEADING.match(lab) and not any(r == i for r, _ in self.cells):
            self.child_of = self.child_concept = None  # (a breakdown of its own: the rows under it are its)
            self.head = i
            return
        if self.heads_group(i, lab):
            return
        if self.closes_subtotal(i, lab):
            self.close_subtotal(i)
        elif self.is_placeholder(i, lab):
            self.parent[i] = -1
        elif _CHILD.match(lab):
            self.open_child_list(i, lab)
        elif self.continues_child_list(i, lab):
            self.parent[i] = self.child_of
        elif self.under_dash_head(i, lab):
            return
        else:
            self.child_of = self.child_concept = None
            if self.in_section(i, lab):
                self.attach(i, self.section, "numbered")
            elif self.numbered_under_head(lab):
                inner = self._outer_item(i, lab)
                self.attach(i, self.head if inner is None else inner, "numbered")
            elif self.part_of_head(i):
                self.attach(i, self.head, "identity")
            else:
                self.pass_row(i, lab)


def row_tree(lexicon, t: Table, cells) -> tuple[list[int | None], dict[int, set[str]]]:
    """Each row's parent (None: none; -1: a placeholder row "……") and, for
    each parent, how its children were found (合计, 小计, 其中, numbered,
    identity). ``cells``: the table's figures by (row, column). A column
    that stacks blocks each closed by its own 总计 (收入 … 收入总计, 支出 …
    支出总计: a 收支总表 read side after side) is read block by block."""
    parent: list[int | None] = [None] * len(t.rows)
    how: dict[int, set[str]] = {}
    for lo, hi in _stacked_blocks(t, cells):
        block = copy.copy(t)
        block.rows = t.rows[lo:hi]
        kids, found = _block_tree(lexicon, block, {(r - lo, c): f for (r, c), f in cells.items() if lo <= r < hi})
        for k, p in enumerate(kids):
            parent[lo + k] = p + lo if p is not None and p >= 0 else p
        how.update({k + lo: v for k, v in found.items()})
    return parent, how


def _stacked_blocks(t: Table, cells) -> list[tuple[int, int]]:
    """The row ranges of the blocks each closed by a 总计 row with figures;
    the whole table when it has fewer than two."""
    figured = {r for r, _ in cells}
    closing = [(i, _side_closed(r.label)) for i, r in enumerate(t.rows) if i in figured and not _CHILD.match(r.label)
               and (_GRAND_TOTAL_ROW.search(r.label) or _SIDE_TOTAL_ROW.search(r.label))]
    ends = [i + 1 for k, (i, side) in enumerate(closing) if _GRAND_TOTAL_ROW.search(t.rows[i].label)
            or _other_side_next(closing, k)]
    if len(ends) < 2 or ends[0] < 3:
        return [(0, len(t.rows))]
    if ends[-1] < len(t.rows):
        ends[-1] = len(t.rows)  # the rows after the last 总计 (a note) stay with its block
    return list(zip([0, *ends[:-1]], ends))


def _side_closed(label: str) -> str | None:
    m = _SIDE_TOTAL_ROW.search(label)
    return m.group(1) if m else None


def _other_side_next(closing: list[tuple[int, str | None]], k: int) -> bool:
    """A 收入合计 row followed by a 支出合计 row (a 收支 table read side after
    side, closed by 合计s): each closes its own side's block. A 合计 followed
    by its own side's 总计 (本年收入合计 … 收入总计) closes none."""
    side = closing[k][1]
    if side is None:
        return False
    if k + 1 < len(closing):
        return closing[k + 1][1] not in (None, side)
    return k > 0 and closing[k - 1][1] not in (None, side)


def _block_tree(lexicon, t: Table, cells) -> tuple[list[int | None], dict[int, set[str]]]:
    walk = _RowWalk(lexicon, t, cells)
    coded = classification_codes(t)
    levels = None if coded else indent_levels(t, walk.labels)
    wrapped = _labels_wrapped_above(walk)
    header = [leaf_name(h).strip() for h in t.header]
    for i, lab in enumerate(walk.labels):
        if i in wrapped:
            walk.parent[i] = -1  # the first line of a label whose figures stand on its next
            continue
        if is_serial_name(lab) or numbers_the_columns(t.rows[i]) or repeats_the_header(header, t.rows[i]):
            walk.parent[i] = -1  # 栏次 1 | 2 | 3, or the header again after a page break: no row of figures
            continue
        if coded and _by_code(walk, coded, i):
            continue
        if levels and by_indent(walk, levels, i):
            continue
        walk.place(i, lab)
    if not coded:  # (indented rows too: "其中：医疗收入" over "　　门诊收入", "　　其他事业收入" typed alike)
        nest_by_sums(walk, _signed_columns(t))
    if not coded:
        subtotals_below_their_rows(walk, _signed_columns(t))
    _net_of_deductions(walk)
    balance_by_fund(walk)
    _no_total_of_its_whole(walk)
    subtotals_of_group_heads(walk)
    total_of_named_parts(walk)
    return walk.parent, walk.how


def _labels_wrapped_above(walk: "_RowWalk") -> set[int]:
    """"一、一般公共预算财政拨款" on a line with no figures, "收入  1  634.22" below:
    a label a PDF's narrow column wrapped, its figures on its last line. The
    row of figures (its label a short tail, or none) is read under the whole
    label; the rows of the first lines are returned: they stand for nothing."""
    labels, out = walk.labels, set()
    for i in range(len(labels) - 1):
        head, tail = labels[i].strip(), labels[i + 1].strip()
        if i in walk.figured or i + 1 not in walk.figured or not head or head.endswith(("：", ":")) or i in out:
            continue
        if len(head) < 8 and not _NUMBERED.match(head) or len(tail) > 5 or tail and (
                _NUMBERED.match(tail) or _CHILD.match(tail) or _closes(tail)):
            continue
        out.add(i)
        labels[i + 1] = head + tail
        walk.concepts[i + 1] = walk.lex.concept_of(labels[i + 1])
    return out


def _net_of_deductions(walk: "_RowWalk") -> None:
    """"固定资产原值 | 减：累计折旧 | 固定资产净值": the row after a deduction is
    the row before it less the deduction. It, not the gross, is a part of
    the rows' total; the gross and the deduction are its terms ("net")."""
    labels = walk.labels
    for r in range(1, len(labels) - 1):
        gross, net = r - 1, r + 1
        if not _DEDUCTION_ROW.match(labels[r]) or {gross, r, net} - walk.figured or _ADDITION_ROW.match(labels[gross]) \
                or _DEDUCTION_ROW.match(labels[net]) or _closes(labels[net]) or _CHILD.match(labels[net]):
            continue  # ("期初 | 加：收入 | 减：支出 | 期末": an addition before it, no gross)
        net = net_after_deductions(walk, gross, r)
        walk.parent[net] = walk.parent[gross]
        for k in range(gross, net):
            walk.parent[k] = net
        walk.how[net] = {"net"}
        if not any(p == gross for p in walk.parent):
            walk.how.pop(gross, None)


def _no_total_of_its_whole(walk: "_RowWalk") -> None:
    """"资产总计 | 负债合计 | 净资产合计": a closing 合计 whose rows hold the whole
    it is a part of (资产总额 = 负债总额 + 净资产, rules/lexicon.toml) is no total
    of those rows. Nor is a side's total of a row of the other side
    ("财政拨款收入" over "本年支出合计": a table of a report's main figures)."""
    for total, how in walk.how.items():
        concept = walk.concepts[total] if "合计" in how else None
        side = _side_whole(walk.labels[total]) if "合计" in how else None
        kids = [k for k, p in enumerate(walk.parent) if p == total]
        if concept and any(concept in walk.lex.children.get(walk.concepts[k], ()) for k in kids) \
                or side and any(_of_the_other_side(walk.labels[k], side) for k in kids):
            for k in kids:
                walk.parent[k] = None
            how.discard("合计")


def _side_whole(label: str) -> str | None:
    """The side a 收入合计 or 收入总计 row closes (收入, 支出), if it names one."""
    grand = _SIDE_GRAND_TOTAL.search(label)
    return _side_closed(label) or (grand.group(1) if grand else None)


def _of_the_other_side(label: str, side: str) -> bool:
    other = "支出" if side == "收入" else "收入"
    # (财政拨款收入 under 本年支出合计; 本年支出合计 under 收入总计, two sides' cells run together)
    return (label.strip().endswith(other) or _side_closed(label) == other) and side not in label


def _signed_columns(t: Table) -> set[int]:
    """The columns no breakdown is read from: changes (增减额, 增减率) rise
    and fall (0.01 and -0.01 add up to 0.00), which a sum of sizes cannot
    tell; points and scores (分值 10 = 5 + 5) add up by chance in every
    indicator table, whose levels stand in their own columns."""
    return {k.index for k in (t.keys or []) if k is not None and k.measure in _NOT_SUMMED_MEASURES}


def _by_code(walk: "_RowWalk", codes: list[str | None], i: int) -> bool:
    """A coded row's parent: the nearest row above whose code begins its own
    (项 2010301 under 款 20103 under 类 201), a top code under the 合计
    (above the coded rows or closing them). False for a row without a code
    (the 合计 itself, a note): the walk places it."""
    code = codes[i]
    if code is None:
        return False
    parent = next((k for k in range(i - 1, -1, -1) if codes[k] and code != codes[k] and code.startswith(codes[k])), None)
    group = None if parent is not None else _uncoded_group_above(walk, codes, i)
    if parent is not None:
        walk.attach(i, parent, "numbered")
    elif group is not None:
        walk.attach(i, group, "小计")
    elif walk.heading_subtotals and walk.group is not None:
        walk.attach(i, walk.group, "小计")  # (人员经费小计 | 301 … | 303 …: the group's top codes)
    elif walk.total_row is not None and walk.total_row < i:
        walk.attach(i, walk.total_row, "合计")
    elif walk.total_row is not None and walk.total_row > i and all(c is None for c in codes[walk.total_row:]) \
            and len(next((c for c in codes if c), "")) == 3:
        walk.attach(i, walk.total_row, "合计")  # a 合计 closing the coded rows (from a 类 on: no page's rest)
    return True


_CHANGE_MEASURES = (Measure.CHANGE, Measure.CHANGE_RATE)
_NOT_SUMMED_MEASURES = (*_CHANGE_MEASURES, Measure.POINTS, Measure.SCORE, Measure.PER_UNIT)


def _uncoded_group_above(walk: "_RowWalk", codes: list[str | None], i: int) -> int | None:
    """人员经费 | 1,194.21 over "301 | 工资福利支出", "303 | 对个人和家庭的补助": a
    row with figures and no code, right above a top code, groups the top codes
    below it up to the next such row (公用经费 | 302 …), under the 合计."""
    for k in range(i - 1, -1, -1):
        if codes[k] is not None:
            continue
        if k == walk.total_row or k not in walk.figured or _CHILD.match(walk.labels[k]) or codes[k + 1] is None:
            return None
        return k
    return None
