"""Structure of the prose: stated counts against the lists that follow
them, and the numbering of headings.

Both are read from the text around the quantities, like claims, and checked
without arithmetic on amounts: "党政机构5个" followed by six names, or 一、二、四、.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fiscallint.support.numerals import HEADING as _CN, heading_number, heading_numeral
from fiscallint.support.wordbook import pattern, words
from fiscallint.model.fact import Analysis, Fact
from fiscallint.support.lexicon import alternation
from fiscallint.support.brackets import first_top_level, matching_close, top_level
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg

_MARKER = pattern("structure", "marker")
_SEMICOLON = re.compile(r"[；;]")
_JOIN_WORD = pattern("structure", "join_word")
_LONE_NUMBER = re.compile(r"\s*[0-9０-９]{1,2}\s*")
_SENTENCE_END = re.compile(r"[。！？\n]")
_LIST_LEAD = pattern("structure", "list_lead")
_ETC_END = pattern("structure", "etc_end")
_DIGIT = re.compile(r"[0-9０-９]")
_AS_FOLLOWS = pattern("structure", "as_follows")
_NOT_DIGIT = re.compile(r"\D")
_FULL = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class CountClaim:
    count: Fact
    items: list[tuple[int, int]]  # spans of the listed items
    relation: str  # eq | ge: the count is at least the items listed (…等N个)
    how: str
    # how many items other readings of the list give (where it ends, whether
    # "A和B" is one item or two): the count holds when any reading agrees
    readings: frozenset[int] = frozenset()

    @property
    def listed(self) -> int:
        return len(self.items)

    @property
    def holds(self) -> bool:
        n = int(self.count.q.value)
        counts = self.readings | {self.listed}
        return n >= min(counts) if self.relation == "ge" else n in counts


def split_items(text: str, start: int, end: int, join: str = "same_kind") -> list[tuple[int, int]]:
    """Spans of the items of an enumeration in text[start:end]: split at 、，；
    outside brackets (at ；only, when the list uses it: 、 then separates
    sub-items), or at list markers （1）（2）… or 1、2、… when it has them.
    ``join`` says when "A和B" ending the list is two items: "always", or
    "same_kind" (东坡村和南塘村, not 自然资源和生态环境办公室)."""
    body = text[start:end]
    markers = [m for m in _MARKER.finditer(body)]
    if len(markers) < 2:
        markers = _numbered_markers(body)
    if len(markers) >= 2:
        spans = []
        for i, m in enumerate(markers):
            s = start + m.end()
            e = start + (markers[i + 1].start() if i + 1 < len(markers) else len(body))
            spans.append((s, e))
        return spans
    seps = "；;" if _SEMICOLON.search(_outside_brackets(body)) else "、，,；;"
    spans, s = [], start
    for i in top_level(text, start, end):
        if text[i] in seps:
            spans.append((s, i))
            s = i + 1
    spans.append((s, end))
    if seps != "；;":
        # "A、B和C": the last item may join two
        a, b = spans[-1]
        m = _JOIN_WORD.search(_outside_brackets(text[a:b]))
        last = text[a:b].rstrip(" \t\u3000。.，,；;：:")[-1:]
        # "东坡村和南塘村" joins two of a kind; "自然资源和生态环境办公室" is one name
        if m and m.start() > 1 and b - (a + m.end()) > 1 and text.find(m.group(0), a, b) == a + m.start() \
                and (join == "always" or join == "same_kind" and text[a + m.start() - 1] == last):
            spans[-1:] = [(a, a + m.start()), (a + m.end(), b)]
    # a lone list number ("1、" opening a list cut short) is no item
    return [(a, b) for a, b in spans if text[a:b].strip(" \t\u3000。.，,；;：:")
            and not _LONE_NUMBER.fullmatch(text[a:b])]


_ARABIC_MARKER = re.compile(r"(?<![0-9０-９.．])([0-9０-９]{1,2})\s*[、．.](?![0-9０-９])")


def _numbered_markers(body: str) -> list[re.Match]:
    """"1、A；2、B；3、C" inside a list: markers numbered 1, 2, 3 … in order."""
    out = []
    for m in _ARABIC_MARKER.finditer(body):
        if int(m.group(1).translate(_FULL)) == len(out) + 1:
            out.append(m)
    return out


def _outside_brackets(body: str) -> str:
    return "".join(body[i] for i in top_level(body, 0, len(body)))


# a count in an item ("8个镇", "审批类事项1项"): the list breaks a count down, it
# does not name things
_HAS_COUNT = pattern("structure", "has_count")


# Counters of things that are listed by name (机构, 单位, 项目, 学校 …); 人, 户,
# 次 count what is not enumerated by name.
LISTED_COUNTERS = frozenset(words("structure", "listed_counters"))
_INCIDENT_COUNTERS = words("structure", "incident_counters")
_BREAKDOWN = words("structure", "breakdown")


def count_claims(a: Analysis, max_items: int = 40, examples: tuple[str, ...] = ("如", "比如", "例如", "诸如")) -> list[CountClaim]:
    out: list[CountClaim] = []
    for f in a.facts:
        q = f.q
        if not q.is_count or q.approx or q.is_range or "." in q.digits or not (1 <= q.value <= max_items):
            continue
        if q.chinese and q.value == 1:
            continue  # "一个行政部门": "a", not a count
        if (q.unit or "")[-1:] not in LISTED_COUNTERS:
            continue
        if f.role != "level" or f.extras.get("in_table"):
            continue
        if _names_a_set(a, q.end):
            continue  # "十项规定", "30条具体要求": the name of a set of rules
        claim = _list_after(a, f, examples) or _bodies_after(a, f) or _list_below(a, f)
        if claim is None and q.unit not in _INCIDENT_COUNTERS:
            # incidents (两起, 3件) are listed after their count, not before it:
            # "A、B、C介入处置两起…" names who acted, not the incidents
            claim = _list_before(a, f)
        if claim is not None and claim.listed >= 1:
            out.append(claim)
    return out


def _names_a_set(a: Analysis, at: int) -> bool:
    """Whether the words after a count name a set of rules (规定, 禁令),
    perhaps after a modifier (具体要求)."""
    lex = a.lexicon
    if not lex.named_set_words:
        return False
    words = lex.pattern("named_set", lambda: re.compile(
        f"(?:{alternation(lex.named_set_modifiers).pattern})?(?:{alternation(lex.named_set_words).pattern})"
        if lex.named_set_modifiers else alternation(lex.named_set_words).pattern))
    return words.match(a.doc.text, at) is not None


def _sentence_end(text: str, i: int) -> int:
    m = _SENTENCE_END.search(text, i)
    return m.start() if m else len(text)


def _list_after(a: Analysis, f: Fact, examples) -> CountClaim | None:
    """"发生3起（松毛虫、竹小蜂、松线虫病）", "直属事业单位10个，即A、B…",
    "设机构5个：（1）…（5）…"."""
    text = a.doc.text
    a_kinds = frozenset(a.lexicon.unit_kind_words)
    i = f.q.end
    m = _LIST_LEAD.match(text, i)
    if m is None:
        return None
    intro = text[i:m.end()]
    if any(w in intro for w in examples):
        return None
    if _HAS_COUNT.search(intro) or any(w in intro for w in _BREAKDOWN):
        return None  # "5个行政村中有3个贫困村（A村、B村和C村）": the list is the nearer count's
    span = _list_span(text, m.end())
    if span is None:
        return None
    start, end, paren = span
    items = split_items(text, start, end)
    if len(items) < 2 and not _MARKER.search(text, start, end):
        return None
    if sum(1 for a, b in items if _HAS_COUNT.search(text, a, b)) >= 2:
        return None  # "19个乡镇，包括8个镇和11个乡": a breakdown by count, not a list of names
    if paren and all(len(text[a:b].strip()) <= 1 or text[a:b].strip() in a_kinds for a, b in items):
        return None  # "14个省（区、市）", "28个省（自治区、直辖市）": the bracket widens the noun
    relation = "ge" if _ETC_END.search(text[start:end].rstrip("。.；;")) or _cut_by_the_end(text, end) else "eq"
    return CountClaim(f, items, relation, Msg(M.LIST_AFTER), frozenset(_list_readings(text, start, end, paren)))


def _cut_by_the_end(text: str, end: int) -> bool:
    """A list that runs, with no full stop, to the end of the text: an
    excerpt may have cut it, so the count is at least the items listed."""
    return not text[end:].strip() and not text[:end].rstrip().endswith(("。", ".", "；", ";", "）", ")"))


def _bodies_after(a: Analysis, f: Fact) -> CountClaim | None:
    """"内设事业单位2个，财政事务中心和国库集中支付中心。": after a comma, a
    clause to the sentence's end made only of the names of bodies."""
    text = a.doc.text
    start = f.q.end
    if text[start:start + 1] not in ("，", ",") or not a.lexicon.body_endings:
        return None
    start += 1
    end = _sentence_end(text, start)
    if end - start > 80 or _DIGIT.search(text, start, end):
        return None
    items = split_items(text, start, end, "always")
    names = [text[i:j].strip() for i, j in items]
    endings = tuple(a.lexicon.body_endings)
    if len(names) < 2 or not all(2 <= len(n) <= 16 and n.endswith(endings) for n in names):
        return None
    return CountClaim(f, items, "eq", Msg(M.LIST_AFTER), frozenset(_list_readings(text, start, end, False)))


def _list_span(text: str, start: int) -> tuple[int, int, bool] | None:
    """Where the list after a count's lead runs: inside the bracket that
    opens there (its close found), else to the end of the sentence; and
    whether it is bracketed. None when it is not two characters long."""
    paren = text[start:start + 1] in "（(" and not _MARKER.match(text, start)
    if paren:
        end = _match_close(text, start)
        if end < 0:
            return None
        start += 1
    else:
        end = _sentence_end(text, start)
    if end - start < 2:
        return None
    return start, end, paren


def _list_readings(text: str, start: int, end: int, paren: bool) -> set[int]:
    """The numbers of items the list may hold, read other ways: it may end at
    the first ；or ，("内设科室5个，即A、B、C、D、E；另外设置…"), "A、政府和党委"
    may be two items, and a 。 inside a bracket may be typed for 、
    ("（党政办公室、财政所。规划建设办公室）")."""
    readings = set()
    cuts = [end, *(c for c in (first_top_level(text, start, end, "；;"),
                               first_top_level(text, start, end, "，,")) if c is not None)]
    for stop in cuts:
        for join in ("same_kind", "always"):
            readings.add(len(split_items(text, start, stop, join)))
    if paren and "。" in text[start:end]:
        fixed = text[:start] + text[start:end].replace("。", "、") + text[end:]
        readings.add(len(split_items(fixed, start, end)))
    return readings


def _count_words(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """[counts] words of the lexicon, compiled once per lexicon: a verb
    opening a list before its count, a label's words up to a set-up verb, a
    verb after the last item."""
    cached = lex.__dict__.get("_count_patterns")
    if cached is None:
        cached = lex.__dict__["_count_patterns"] = (
            re.compile(f"^(?:.*?(?:{alternation(lex.count_lead_verbs).pattern}))"),
            re.compile(f"^.*?(?:{alternation(lex.set_up_words).pattern})"),
            alternation(lex.subject_verbs))
    return cached


_COUNTED_NOUN = pattern("structure", "counted_noun")


def _list_before(a: Analysis, f: Fact) -> CountClaim | None:
    """"内设A、B、…、F6个机构", "A、B、C等3所学校": the items just before the count."""
    text = a.doc.text
    lo = a.doc.start_of_line(f.q.start) - 1  # the last of "，。；：:\n,;" before it, not searched past its line
    for ch in "，。；：:,;":
        lo = max(lo, text.rfind(ch, lo + 1, f.q.start))
    clause = text[lo + 1:f.q.start]
    if "、" not in _outside_brackets(clause):
        return None
    relation = "eq"
    core = clause.rstrip()
    if core.endswith("等"):
        relation, core = "ge", core[:-1]
    lead_verbs, _, subject_verbs = _count_words(a.lexicon)
    lead = lead_verbs.match(core)
    if lead is not None and "、" in core[:lead.end()] and "、" in core[lead.end():]:
        lead = None  # "…、有机肥替代化肥、…": a verb's character amid the items does not open the list
    offset = lo + 1 + (lead.end() if lead else 0)
    tail = core[lead.end() if lead else 0:]
    if subject_verbs.search(_outside_brackets(tail).split("、")[-1]):
        return None  # "A村、B村建立了3个…": the count is of something else
    if not _COUNTED_NOUN.match(text, f.q.end, f.q.end + 12):
        return None  # "…6个机构": the count names what it counts; "…公诉二处、…", "…30项和…30条规定":
        # one more item of a list (a name), not its count
    items = split_items(text, offset, offset + len(tail))
    if len(items) < 2 or any(b - a > 30 or _DIGIT.search(text[a:b]) or _HAS_COUNT.search(text[a:b]) for a, b in items):
        return None  # "八项救助制度、社会力量参与、三项保障措施": counted parts of a named whole, not names
    # "A、B和C三个": the last 和 may join two items of different kinds; "A及所属B、C、D共4个":
    # so may the first
    joined = len(split_items(text, offset, offset + len(tail), "always"))
    first = _outside_brackets(text[items[0][0]:items[0][1]])
    readings = frozenset({joined, joined + 1} if _JOIN_WORD.search(first[1:]) else {joined})
    return CountClaim(f, items, relation, Msg(M.LIST_BEFORE), readings)


# Word exports leave bookmarks at line starts: "[bookmark: _GoBack]8．…"
_ARTEFACT = r"(?:\[bookmark:[^\]]*\])?"
_ITEM_LINE = re.compile(r"^\s*" + _ARTEFACT + r"\s*(?:[0-9０-９]{1,2}\s*[.．、]|[（(][0-9０-９]{1,2}[)）])")
_HEAD_LINE = re.compile(r"^\s*" + _ARTEFACT + r"\s*[0-9０-９]{1,2}\s*[.．、]\s*(.{2,24}?)[：:]")


def _list_below(a: Analysis, f: Fact) -> CountClaim | None:
    """A count stated, then a line that lists the same thing: "设置党政机构5个"
    … "1.镇党政机构：（1）…（6）…"; or "绩效目标10个，…分别如下。" followed by
    numbered paragraphs 1．… 10．"""
    text = a.doc.text
    label = _count_words(a.lexicon)[1].sub("", f.label.strip()) or f.label.strip()
    line_end = a.doc.end_of_line(f.q.end)
    if line_end >= len(text):
        return None
    rest_of_sentence = text[f.q.end:_sentence_end(text, f.q.end) + 1]
    lines = text[line_end + 1:].split("\n", 40)[:40]
    follows = _AS_FOLLOWS.match(rest_of_sentence)
    if follows:
        # numbered paragraphs after "分别如下。"
        spans, pos, expected = [], line_end + 1, 1
        for line in lines:
            m = _ITEM_LINE.match(line)
            if m:
                n = int(_NOT_DIGIT.sub("", m.group(0).translate(_FULL)) or 0)
                if n != expected:
                    break
                spans.append((pos, pos + len(line)))
                expected += 1
            elif line.strip() and spans:
                break
            pos += len(line) + 1
        if len(spans) >= 2:
            return CountClaim(f, spans, "eq", Msg(M.LIST_NUMBERED))
        return None
    if len(label) < 2:
        return None
    pos = line_end + 1
    for line in lines[:8]:
        m = _HEAD_LINE.match(line)
        if m and _common_suffix(m.group(1), label) >= 3:
            start = pos + m.end()
            end = pos + len(line)
            items = split_items(text, start, end)
            return CountClaim(f, items, "eq", Msg(M.LIST_UNDER, name=m.group(1)))
        pos += len(line) + 1
    return None


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _match_close(text: str, open_at: int) -> int:
    limit = min(len(text), open_at + 400)
    close = matching_close(text, open_at, limit, "（(", "）)")
    return close if close < limit else -1


# ---------------------------------------------------------------- headings
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
# the same level written in Arabic numerals instead of Chinese ones
_ARABIC_OF = {"一、": "1、", "（一）": "（1）"}


def headings(text: str) -> list[Heading]:
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines, start=1):
        if not line.strip() or "|" in line or line.startswith("\t"):
            continue
        nxt = next((ln for ln in lines[i:i + 8] if ln.strip()), "")
        before = next((ln for ln in reversed(lines[max(0, i - 9):i - 1]) if ln.strip()), "")
        # a row name of a table flattened one cell a line ("21" "一、一般公共服务支出" "946"); the
        # cells of a table indented by tabs are its own, and a line without a tab is none of them
        if _CELL_VALUE.fullmatch(nxt.strip()) and not nxt.startswith("\t") or \
                _CELL_VALUE.fullmatch(before.strip()) and not before.startswith("\t"):
            continue
        if nxt.strip() == "|" or before.strip() == "|":
            continue  # a cell of a table exported one cell a line between | rules
        for style, rx in _HEADINGS:
            m = rx.match(line)
            if m:
                raw = m.group(1).translate(_FULL)
                number = int(raw) if raw.isdigit() else heading_number(raw)
                col = m.start(1) + 1
                out.append(Heading(i, col, m.end(), style, number, line.strip()[:30]))
                break
    return out


@dataclass
class NumberingBreak:
    heading: Heading
    expected: int
    style_of_expected: str
    kind: str  # "jump" | "style"
    run_end: Heading | None = None  # the last heading of a run written in another style


# Heading levels by convention: 一、 above （一） above 1、 above （1）.
LEVELS = ("一、", "（一）", "1、", "（1）")


def numbering_breaks(text: str) -> list[NumberingBreak]:
    """Headings whose number does not follow: a jump (一、二、四、) or a level
    written in another style in mid-sequence (（一）（二）（3）（四）,
    二、… 3、4、5、 … 六、). A first heading past 1 is no break: a passage may
    start mid-document."""
    walk = _NumberingWalk(text)
    for idx, h in enumerate(walk.headings):
        if id(h) not in walk.in_run:  # headings of a run already reported as another level
            walk.read(idx, h)
        walk.prev = h
    return walk.found


class _NumberingWalk:
    """What reading the headings in order remembers: the last number of each
    level, how often each style was seen, the heading before."""

    def __init__(self, text: str):
        self.text = text
        self.headings = headings(text)
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
        if h.number == 1 and self.last[h.style] > 1:
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
            same is not None and _written_inline(self.text, same.line, h.line, h.style, expected))


_CELL_VALUE = re.compile(r"[-−]?[0-9０-９][0-9０-９,，.．]*%?")


def _written_inline(text: str, from_line: int, to_line: int, style: str, number: int) -> bool:
    """Whether heading number ``number`` of ``style`` stands inside a line
    from ``from_line`` up to ``to_line`` ("…政治思想工作。 3、业务园长室")."""
    lines = text.split("\n")[from_line - 1:to_line - 1]
    arabic = style in ("1、", "（1）")
    mark = str(number) if arabic else heading_numeral(number)
    if not mark:
        return False
    pattern = _mark_pattern(style, mark)
    return any(pattern.search(ln) for ln in lines)


@lru_cache(maxsize=None)
def _mark_pattern(style: str, mark: str) -> re.Pattern:
    """The pattern of one list mark ("3、", "（三）"), compiled once."""
    if style == "1、":
        return re.compile(rf"(?<![0-9０-９.．]){mark}\s*[、．.](?![0-9０-９])")
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
