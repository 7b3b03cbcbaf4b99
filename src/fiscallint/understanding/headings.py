"""The numbering of a report's headings: 一、 above （一） above 1、 above
（1）, each level counted on from its last number, so that a jump
(一、二、四、) or a level written in another style in mid-sequence is seen.
Read from the lines of the text, like the counts of :mod:`structure`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fiscallint.support.numerals import HEADING as _CN, heading_number, heading_numeral
from fiscallint.support.wordbook import pattern

_FULL = str.maketrans("０１２３４５６７８９", "0123456789")
_ARTEFACT = r"(?:\[bookmark:[^\]]*\])?"  # a Word bookmark's mark the reading leaves before a heading


@dataclass
class Heading:
    line: int
    column: int
    end_column: int
    style: str  # "一、" | "（一）" | "1、" | "（1）" | "①"
    number: int
    text: str


_HEAD = r"^[ \t\u3000]*" + _ARTEFACT + r"[ \t\u3000]*"
_HEADINGS = (
    ("一、", re.compile(_HEAD + rf"([{_CN}]{{1,3}})\s*[、．.]")),
    ("（一）", re.compile(_HEAD + rf"[（(]\s*([{_CN}]{{1,3}})\s*[)）]")),
    # "5、2020年…" is heading 5; "5.2" a decimal
    ("1、", re.compile(_HEAD + r"([0-9０-９]{1,2})\s*(?:、|[．.](?![0-9０-９]))")),
    ("（1）", re.compile(_HEAD + r"[（(]\s*([0-9０-９]{1,2})\s*[)）]")),
)
_ITEM_OPENING_WITH_FIGURE = re.compile(_HEAD + r"([0-9０-９]{1,2})[．.](?=[0-9０-９])")
# the same level written in Arabic numerals instead of Chinese ones
_ARABIC_OF = {"一、": "1、", "（一）": "（1）"}


def headings(text: str, not_headings: frozenset[int] = frozenset()) -> list[Heading]:
    """The numbered headings of ``text``, but for the lines ``not_headings``
    (a workbook's sheet names)."""
    out: list[Heading] = []
    lines = text.split("\n")
    in_contents = False  # (the lines under "目 录": the headings it lists, some of them, are no headings)
    rows: dict[int, tuple[str, int]] = {}  # numbered lines read as rows or entries: line -> (style, number)
    for i, line in enumerate(lines, start=1):
        if not line.strip() or "|" in line or line.startswith("\t") or i in not_headings:
            continue
        if _CONTENTS.match(line):
            in_contents = True
            continue
        found = _numbered(line, out)
        in_contents = in_contents and found is not None
        if found is None:
            continue
        column, end, style, number = found
        if in_contents or _CONTENTS_ENTRY.search(line) or _in_a_table(lines, i) or _row_of_figures(line, column):
            rows[i] = (style, number)
            continue  # ("十九、住房保障支出       51       126.40": a row of a table aligned by spaces)
        out.append(Heading(i, column, end, style, number, line.strip()[:30]))
    return [h for h in out if not _among_rows(h, rows, lines)]


def _among_rows(h: Heading, rows: dict[int, tuple[str, int]], lines: list[str]) -> bool:
    """Whether the numbered lines next to the heading, one number before and
    one after in its style, are rows of a table: it is their sibling row,
    whose cells are blank ("2.因公出国(境)人数(人)   0" / "3.公务用车购置数(辆)" /
    "4.公务用车保有量(辆)   1"). (After a table's last row, "二、支出总计  1,205.10",
    a heading "三、…" with text under it is one.)"""
    before = next((j for j in range(h.line - 1, max(0, h.line - 3), -1) if lines[j - 1].strip()), None)
    after = next((j for j in range(h.line + 1, min(len(lines), h.line + 2) + 1) if lines[j - 1].strip()), None)
    return rows.get(before) == (h.style, h.number - 1) and rows.get(after) == (h.style, h.number + 1)


_GAPS = re.compile(r"[ \u3000]{2,}")
_CONTENTS = pattern("headings", "contents")
_CONTENTS_ENTRY = pattern("headings", "contents_entry")
_NIL = frozenset("-−—")


def _row_of_figures(line: str, start: int) -> bool:
    """Whether the line goes on, after wide gaps, with two cells or more of
    figures (or nil dashes), one a figure at least: a table's row."""
    cells = _GAPS.split(line[start:].strip())[1:]
    tail = []
    for cell in reversed(cells):
        if not (_CELL_VALUE.fullmatch(cell) or cell in _NIL):
            break
        tail.append(cell)
    return len(tail) >= 2 and any(c not in _NIL for c in tail)


# what a heading mark can open with, after its indent: a numeral, a bracket, or
# the bookmark's mark before it (a cheap look that spares most lines the patterns)
_MARK_FIRST = frozenset(_CN + "（(0123456789０１２３４５６７８９[")


def _numbered(line: str, out: list[Heading]) -> tuple[int, int, str, int] | None:
    """The column, end, style and number of the heading mark the line opens
    with (``out``: the headings before it), or None."""
    if line.lstrip(" \t\u3000")[:1] not in _MARK_FIRST:
        return None
    for style, rx in _HEADINGS:
        m = rx.match(line)
        if m:
            raw = m.group(1).translate(_FULL)
            number = heading_number(raw)
            return m.start(1) + 1, m.end(), style, number
    m = _ITEM_OPENING_WITH_FIGURE.match(line)
    if m and out and out[-1].style == "1、" and out[-1].number == int(m.group(1).translate(_FULL)) - 1:
        # "3．9个社区…" after item 2: item 3, whose text starts with a figure (not 3.9)
        return m.start(1) + 1, m.end(), "1、", out[-1].number + 1
    return None


def _in_a_table(lines: list[str], i: int) -> bool:
    """Whether line ``i`` (from 1) is a cell of a table: a row name of a table
    flattened one cell a line ("21" "一、一般公共服务支出" "946"; the cells of a
    table indented by tabs are its own, and a line without a tab is none of
    them), or a cell exported one a line between | rules."""
    nxt = next((ln for ln in lines[i:i + 8] if ln.strip()), "")
    before = next((ln for ln in reversed(lines[max(0, i - 9):i - 1]) if ln.strip()), "")
    if _CELL_VALUE.fullmatch(nxt.strip()) and not nxt.startswith("\t") or \
            _CELL_VALUE.fullmatch(before.strip()) and not before.startswith("\t"):
        return True
    if len(lines[i - 1].strip()) <= _CELL_WIDTH and _cells_run(lines, i):
        return True  # ("八、社会保障和就业" / "一、一般公共预算财" / "政拨款" / "1": the two sides' names, cut)
    return nxt.strip() == "|" or before.strip() == "|"


def _cells_run(lines: list[str], i: int) -> bool:
    """Line ``i`` among short lines, one cell a line, of which the next three
    or the three before hold a cell's value (a form's names wrapped apart)."""
    after = [ln for ln in lines[i:i + 6] if ln.strip()][:3]
    above = [ln for ln in reversed(lines[max(0, i - 7):i - 1]) if ln.strip()][:3]
    # (cells indented by a tab are a table's own: a line without one is none of them)
    return any(len(run) == 3 and all(len(x.strip()) <= _CELL_WIDTH and not x.startswith("\t") for x in run) and
               any(_CELL_VALUE.fullmatch(x.strip()) for x in run) for run in (after, above))


_CELL_WIDTH = 10  # the characters of a name cut by a PDF's narrow column, at most


@dataclass
class NumberingBreak:
    heading: Heading
    expected: int
    style_of_expected: str
    kind: str  # "jump" | "style"
    run_end: Heading | None = None  # the last heading of a run written in another style


# Heading levels by convention: 一、 above （一） above 1、 above （1）.
LEVELS = ("一、", "（一）", "1、", "（1）")


def numbering_breaks(text: str, not_headings: frozenset[int] = frozenset()) -> list[NumberingBreak]:
    """Headings whose number does not follow: a jump (一、二、四、) or a level
    written in another style in mid-sequence (（一）（二）（3）（四）,
    二、… 3、4、5、 … 六、). A first heading past 1 is no break: a passage may
    start mid-document."""
    walk = _NumberingWalk(text, not_headings)
    for idx, h in enumerate(walk.headings):
        if id(h) not in walk.in_run:  # headings of a run already reported as another level
            walk.read(idx, h)
        walk.prev = h
    return walk.found


class _NumberingWalk:
    """What reading the headings in order remembers: the last number of each
    level, how often each style was seen, the heading before."""

    def __init__(self, text: str, not_headings: frozenset[int]):
        self.text = text
        self.headings = headings(text, not_headings)
        self.found: list[NumberingBreak] = []
        self.last = {style: 0 for style in LEVELS}
        self.seen: dict[str, int] = {}
        self.prev: Heading | None = None
        self.in_run: set[int] = set()
        # a level's numbers set aside when a list in its own style starts
        # inside it at 1 ((五) (一)(二)(三) (六)): the outer list may go on
        self.suspended: dict[str, list[int]] = {style: [] for style in LEVELS}

    def read(self, idx: int, h: Heading) -> None:
        first = h.style not in self.seen
        self.seen[h.style] = self.seen.get(h.style, 0) + 1
        expected = self.last[h.style] + 1
        outer = self.suspended[h.style]
        if h.number == 1 and self.last[h.style] > 1 or 1 < h.number < self.last[h.style]:
            # (or a list quoted from a form from its second item on: "三、收入决算情况 … 二、事业收入…
            # （一）医疗收入… 四、支出决算情况")
            outer.append(self.last[h.style])
        elif h.number != expected and outer and h.number == outer[-1] + 1:
            outer.pop()  # the outer list goes on after the one started inside it
            expected = h.number
        if not self._in_order(h, expected):
            if self._lone_arabic(h, first):
                # "1、基本概况 … 二、…": the lone Arabic heading stood for 一、
                self.found.append(NumberingBreak(self.prev, 1, h.style, "style"))
            elif self._another_level(idx, h, first):
                return
            elif self._jump(idx, h, first, expected):
                self.found.append(NumberingBreak(h, expected, h.style, "jump"))
        self.last[h.style] = h.number
        _reset_below(self.last, h.style)
        for style in LEVELS[LEVELS.index(h.style) + 1:]:
            self.suspended[style].clear()  # a heading above closes the lists below it

    def _in_order(self, h: Heading, expected: int) -> bool:
        """The next number, a 1, or one already reached: 二、 again (two lists
        interleaved, a flattened 收入 | 支出 table) or a number lower (the
        numbering starts over: the body after its table of contents)."""
        return h.number in (expected, 1) or h.number <= self.last[h.style]

    def _lone_arabic(self, h: Heading, first: bool) -> bool:
        prev = self.prev
        return first and prev is not None and prev.number == h.number - 1 and _ARABIC_OF.get(h.style) == prev.style \
            and self.seen.get(prev.style) == 1

    def _another_level(self, idx: int, h: Heading, first: bool) -> bool:
        """The number continues a higher level written in this style: report
        the run and go on with that level's numbers."""
        level = LEVELS.index(h.style)
        candidates = [o for o in reversed(LEVELS[:level]) if self.last[o] + 1 == h.number]
        prev = self.prev
        if first and prev is not None and _written_inline(self.text, prev.line, h.line, h.style, h.number - 1):
            candidates = []  # "一、… 1.报表类型说明" on one line, then "2.…": a list, not 二、
        stood = self._level_stood_for(idx, h, candidates)
        if stood is None:
            return False
        mixed, run_end = stood
        run = _run(self.headings, idx, mixed)
        self.found.append(NumberingBreak(h, h.number, mixed, "style", run[-1] if len(run) > 1 else None))
        self.last[mixed] = run_end
        _reset_below(self.last, mixed)
        self.in_run.update(id(g) for g in run)
        return True

    def _level_stood_for(self, idx: int, h: Heading, candidates: list[str]) -> tuple[str, int] | None:
        """The higher level the heading stands for, and the number its run
        ends at. That level must go on right after the run: 二、 3、4、5、 六、
        (without that, 2、3、… under （一） is a list whose 1、 was lost, not
        the 一、 level); or, when only that level fits, the heading comes
        right after its own previous number, in a style that is not its
        sub-list's (（一）（二）（三）（4）)."""
        prev = self.prev
        for o in candidates:
            end = _run_end(self.headings, idx, o)
            nxt = next((g for g in self.headings[idx + 1:] if g.style == o), None)
            resumes = nxt is not None and nxt.number == end + 1
            follows = (len(candidates) == 1 and prev is not None and prev.style == o and end == h.number
                       and prev.number == h.number - 1 and LEVELS.index(h.style) != LEVELS.index(o) + 1)
            if resumes or follows:
                return o, end
        return None

    def _jump(self, idx: int, h: Heading, first: bool, expected: int) -> bool:
        """A number skipped in a list under way, unless the expected heading
        stands inside a line since the last one of this style."""
        same = next((g for g in reversed(self.headings[:idx]) if g.style == h.style), None)
        return not first and self.last[h.style] != 0 and not (
            same is not None and (_written_inline(self.text, same.line, h.line, h.style, expected)
                                  or _mark_cut_between(self.text, same.line, h.line)
                                  or _numerals_lost_between(self.text, same.line, h.line, h.number - same.number - 1)))


_CUT_MARK = re.compile(r"^[ \t\u3000]*[)）][\u4e00-\u9fff]", re.M)


def _mark_cut_between(text: str, from_line: int, to_line: int) -> bool:
    """Whether a line since the last heading of the style opens with the
    close of a cut mark (")总体绩效目标完成情况分析": its "(三" lost with the
    line before): the number it held is unknown."""
    lines = text.split("\n")[from_line:to_line - 1]
    return any(_CUT_MARK.match(ln) for ln in lines)


_BODY_LINE = re.compile(r"[。；;]|.{41}|[0-9０-９]|^(?:本|我|该|无|经)")  # a sentence (本单位无…), a long line, a figure
_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s*年度?")  # (a title may name its year: 2024年“三公”经费支出情况表)


def _numerals_lost_between(text: str, from_line: int, to_line: int, skipped: int) -> bool:
    """Whether the lines between two headings (七、 … 十、) are as many as
    the numbers skipped, each a short line of words alone, its numeral lost
    ("、政府采购预算安排情况", "机关运行经费"; not "车辆2辆")."""
    lines = [ln.strip() for ln in text.split("\n")[from_line:to_line - 1]]
    lines = [ln for ln in lines if ln]
    return skipped > 0 and len(lines) == skipped and not any(_BODY_LINE.search(_YEAR.sub("", ln)) for ln in lines)


_CELL_VALUE = re.compile(r"[-−]?[0-9０-９][0-9０-９,，.．]*%?")


def _written_inline(text: str, from_line: int, to_line: int, style: str, number: int) -> bool:
    """Whether heading number ``number`` of ``style`` stands inside a line
    from ``from_line`` up to ``to_line`` ("…政治思想工作。 3、业务园长室")."""
    lines = text.split("\n")[from_line - 1:to_line - 1]
    arabic = style in ("1、", "（1）")
    mark = str(number) if arabic else heading_numeral(number)
    if not mark:
        return False
    written = _mark_pattern(style, mark)
    return any(written.search(ln) for ln in lines)


@lru_cache(maxsize=None)
def _mark_pattern(style: str, mark: str) -> re.Pattern:
    """The pattern of one list mark ("3、", "（三）"), compiled once."""
    if style == "1、":
        # (or opening a line with its dot lost: "18“社会保障和就业支出…")
        return re.compile(rf"(?<![0-9０-９.．]){mark}\s*[、．.](?![0-9０-９])|^\s*{mark}(?=[“\"「\u4e00-\u9fff])")
    if style in ("（1）", "（一）"):
        return re.compile(rf"[（(]\s*{mark}\s*[)）]")
    return re.compile(rf"(?<![{_CN}]){mark}\s*、")


def _run(all_headings: list[Heading], idx: int, above: str) -> list[Heading]:
    """The headings of ``all_headings[idx]``'s style numbered on from it,
    up to the next heading of level ``above`` or higher."""
    h = all_headings[idx]
    run, n = [h], h.number
    for g in all_headings[idx + 1:]:
        if LEVELS.index(g.style) <= LEVELS.index(above):
            break
        if g.style == h.style:
            if g.number != n + 1:
                break
            run.append(g)
            n += 1
    return run


def _run_end(all_headings: list[Heading], idx: int, above: str) -> int:
    return _run(all_headings, idx, above)[-1].number


def _reset_below(last: dict[str, int], style: str) -> None:
    for lower in LEVELS[LEVELS.index(style) + 1:]:
        last[lower] = 0
