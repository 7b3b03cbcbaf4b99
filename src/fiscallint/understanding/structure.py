"""Structure of the prose: stated counts against the lists that follow
them ("党政机构5个" followed by six names), read from the text around the
quantities and checked without arithmetic on amounts. The numbering of
headings (一、二、四、) is read in :mod:`headings`.
"""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern, section_table, words
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.claim import CountClaim
from fiscallint.support.lexicon import alternation
from fiscallint.support.numerals import thousands_comma
from fiscallint.support.brackets import first_top_level, matching_close, top_level
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.understanding.ordinal_items import ordinal_paragraphs, ordinals_in_line
from fiscallint.understanding.list_items import MARKER as _MARKER, outside_brackets as _outside_brackets, split_items

_LINE_MARKER = pattern("structure", "line_marker")
_SECTION_HEAD = pattern("structure", "section_head")
_ORDINAL_IS = pattern("structure", "ordinal_is")
_WRAPPED_ORDINAL = pattern("structure", "wrapped_ordinal")
_ETC_THEN_MORE = pattern("structure", "etc_then_more")  # "一是…；\n二是…；": items one a line
_MORE_AFTER, _JOIN_WORD = pattern("structure", "more_after"), pattern("structure", "join_word")
_SENTENCE_END = re.compile(r"[。！？\n]")
_FULL_STOP = re.compile(r"[。！？]")
_LIST_LEAD = pattern("structure", "list_lead")
_GROUP_POINTED_BACK = pattern("structure", "group_pointed_back")
_JOINED_NOUN = re.compile(r"[^和及与]{2,}[和及与]")  # (部室和机关党委; not 和美乡村, 参与单位)
_ETC_END = pattern("structure", "etc_end")
_ETC_NAMED = pattern("structure", "etc_named")
_ETC_NOUN = pattern("structure", "etc_noun")
_DIGIT = re.compile(r"[0-9０-９]")
_AS_FOLLOWS = pattern("structure", "as_follows")
_MAIN_ONES = pattern("structure", "main_ones")
_NOTE = pattern("structure", "note_bracket")
_NOT_DIGIT, _FULL = re.compile(r"\D"), str.maketrans("０１２３４５６７８９", "0123456789")


# a count in an item ("8个镇", "审批类事项1项"): the list breaks a count down, it
# does not name things
_HAS_COUNT = pattern("structure", "has_count")
# "5个乡镇" before "34个行政村", "3个镇（乡）" before "21个行政村"
_COUNT_RIGHT_BEFORE = re.compile(f"(?:{_HAS_COUNT.pattern})(?:[\u4e00-\u9fff]{{1,4}}|[\u4e00-\u9fff]{{1,3}}[（(][\u4e00-\u9fff、]{{1,4}}[）)])$")
_COUNT_JOINED_BEFORE = re.compile(f"(?:{_HAS_COUNT.pattern})(?:{pattern('structure', 'count_joined_before').pattern})")


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
        if q.value == 1 and (q.chinese or a.doc.text[q.end:q.end + 1] in ("（", "(", "，", ",", "：", ":")):
            # "一个行政部门": "a", not a count; "行政单位1个（街道党工委、办事处机关）": one body
            # made of the names after it (合署办公), not a list of one
            continue
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
            if claim is not None and _holds_wider_places(a.doc.text, claim):
                claim = None
        if claim is not None and claim.listed >= 1 and not _of_an_earlier_count(a, f, claim):
            out.append(claim)
    return out


def _of_an_earlier_count(a: Analysis, f: Fact, claim: CountClaim) -> bool:
    """"单位共17个，其中：行政单位1个，事业单位16个，包括：A、B…" (17 names): a
    list that does not fit its count but fits a count before it in the sentence,
    of the same counter, broken down by a 其中 before this one, is that count's."""
    listed = {claim.listed, *claim.readings}
    if f.q.value in listed:
        return False
    text = a.doc.text
    of_which = text.rfind("其中", f.sentence.start, f.q.start)
    whole = [g for g in a.facts if g.sentence is f.sentence and g.q.is_count and g.q.end <= of_which]
    # (the count the 其中 breaks down: the last before it, "共17个，其中：…")
    return bool(whole) and whole[-1].q.unit == f.q.unit and whole[-1].q.value in listed


def _holds_wider_places(text: str, claim: CountClaim) -> bool:
    """"茶坪村、新田村和洞口乡4个村": an item is a place holding what is
    counted (a 乡 holds 村), so how many it adds is not said."""
    after = text[claim.count.q.end:claim.count.q.end + 2]
    wider = next((places for kind, places in _WIDER_PLACES.items() if after.startswith(kind)), ())
    return bool(wider) and any(text[lo:hi].rstrip().endswith(wider) for lo, hi in claim.items)


_WIDER_PLACES = {k: tuple(v) for k, v in section_table("structure", "wider_places").items()}


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


def _end_of_fact_sentence(a: Analysis, f: Fact, i: int) -> int:
    """Where the sentence of ``f`` ends after ``i``: at its full stop, or
    where the analysis ended it; a line broken in mid-sentence (a PDF
    export's page width) does not end it."""
    text = a.doc.text
    s = f.sentence
    if not s.start <= i < s.end:
        return _sentence_end(text, i)
    m = _FULL_STOP.search(text, i, s.end)
    if m is None:
        past_page = _past_a_page_number(text, s.end)
        if past_page is not None:
            return past_page
    end = m.start() if m else s.end
    while end > i and text[end - 1].isspace():
        end -= 1
    after = end + 1 if text[end:end + 1] == "\n" else end
    if m is None and text[end - 1:end] in ("；", ";") and (
            _LINE_MARKER.search(text, i, end) and _LINE_MARKER.match(text, after)
            or _ORDINAL_IS.match(text, i + (text[i:i + 1] == "\n")) and _ORDINAL_IS.match(text, after)):
        # "：（1）办公室；（2）…；\n（4）…", "：1.党政办；…3.经发办；\n4.…": numbered items go on past a line ended by ；
        stop = _FULL_STOP.search(text, end, end + 400)
        return stop.start() if stop else end
    return end - 1 if m is None and text[end - 1:end] in ("；", ";") else end  # the ； that ends the sentence


def _breakdown_by_count(text: str, items: list[tuple[int, int]], start: int) -> bool:
    """"19个乡镇，包括8个镇和11个乡": a breakdown by count, not a list of names
    (the items of 一是…二是… may hold counts of their own, and a bracket after a
    name says what it is: "某中心（公益一类事业单位）")."""
    counted = [bool(_HAS_COUNT.search(_outside_brackets(text[a:b]))) for a, b in items]
    # ("包括局机关和A、B、C3个所属单位": a count closing the items before it, in the last;
    # "包括部门本级和所属三个单位：A、B、C": a count of its own, its list after the colon)
    first = text[items[0][0]:items[0][1]].replace(":", "：") if items else ""
    head = first.split("：")[0] if "：" in first else ""
    return (sum(counted) >= 2 or len(counted) >= 3 and counted[-1] or bool(_HAS_COUNT.search(head))) \
        and not _ORDINAL_IS.match(text, start)


def _names_a_group(text: str, items: list[tuple[int, int]]) -> bool:
    """"单位共11个，即局机关本级和上述所属二级单位": an item names a group given before, not one thing."""
    return any(_GROUP_POINTED_BACK.match(text[a:b].strip()) for a, b in items)


def _past_a_page_number(text: str, end: int) -> int | None:
    """"…新建垃圾收集池26个，\n- 3 -\n村庄保洁…；三是…。": a sentence cut by a page's
    number line goes on to its full stop after it (where it ends, or None)."""
    # (looked for in the lines around ``end`` only: a report on one long line costs no more)
    for start in (text.rfind("\n", max(end - 80, 0), max(end - 1, 0)) + 1, text.find("\n", max(end - 1, 0), end + 80) + 1):
        stop = text.find("\n", start, start + 80)
        if 0 < start < stop and _PAGE_LINE.fullmatch(text[start:stop]):
            full = _FULL_STOP.search(text, stop + 1, stop + 400)
            return full.start() if full is not None else None
    return None


def _lead_of_its_list(text: str, f: Fact) -> re.Match | None:
    """The words leading from the count ``f`` to a list after it; None when there
    are none, or when another count stands right before it ("5个乡镇34个行政村，
    分别为A镇、B乡…") or is joined to it in its clause ("8个内设机构及4个派驻
    检察室，包括…"): the list may be either count's, or both's."""
    if _COUNT_RIGHT_BEFORE.search(text, max(0, f.q.start - 12), f.q.start) \
            or _COUNT_JOINED_BEFORE.search(text, max(0, f.q.start - 28), f.q.start):
        return None
    m = _LIST_LEAD.match(text, f.q.end)
    if m is not None and text[m.end():m.end() + 1] in "（(" and _JOINED_NOUN.match(text, f.q.end, m.end()):
        return None  # "…6个部室和机关党委（工会、党建工作部）": the bracket is the other noun's
    return m


_ALIAS_ITEM = re.compile(r"[（(][^（()）0-9０-９]{2,12}[)）]")


def _list_after(a: Analysis, f: Fact, examples) -> CountClaim | None:
    """"发生3起（松毛虫、竹小蜂、松线虫病）", "直属事业单位10个，即A、B…",
    "设机构5个：（1）…（5）…"."""
    text = a.doc.text
    a_kinds = frozenset(a.lexicon.unit_kind_words)
    i = f.q.end
    m = _lead_of_its_list(text, f)
    if m is None:
        return None
    intro = text[i:m.end()]
    if any(w in intro for w in examples):
        return None
    if _HAS_COUNT.search(intro) or any(w in intro for w in _BREAKDOWN):
        return None  # "5个行政村中有3个贫困村（A村、B村和C村）": the list is the nearer count's
    span = _list_span(text, m.end(), _end_of_fact_sentence(a, f, m.end()))
    if span is None and text[m.end():m.end() + 1] == "\n" and _LINE_MARKER.match(text, m.end() + 1):
        # "内设机构7个：" ending its line, its numbered items all on the next ("（1）A；（2）B…"),
        # not one a paragraph ("（一）粮食生产稳中有进。全镇…")
        span = _list_span(text, m.end() + 1, _numbered_lines_end(text, m.end() + 1))
    paragraphs = ordinal_paragraphs(text, m.end()) if text[m.end():m.end() + 1] == "\n" else \
        ordinals_in_line(text, m.end())
    if len(paragraphs) >= 2:
        # "存在以下三个方面的问题：" ending its line, then 一是…, 二是… a paragraph each; or
        # "采取了三项措施：一是…。二是…。三是…。" on one line, each item a sentence or more
        return CountClaim(f, paragraphs, "eq", Msg(M.LIST_AFTER), frozenset({len(paragraphs)}))
    if span is None:
        return None
    start, end, paren = span
    end, items = _items_after(text, start, end, paren)
    # ("综合科、(财务科)、监督服务科": a name in brackets alone is another name of the one before)
    items = [(a, b) for a, b in items if not _ALIAS_ITEM.fullmatch(text[a:b].strip())]
    if len(items) < 2 and not _MARKER.search(text, start, end):
        return None
    if _breakdown_by_count(text, items, start) or _names_a_group(text, items):
        return None
    if paren and all(len(text[a:b].strip()) <= 1 or text[a:b].strip() in a_kinds for a, b in items):
        return None  # "14个省（区、市）", "28个省（自治区、直辖市）": the bracket widens the noun
    relation = "ge" if _may_leave_items_out(text, start, end) else "eq"
    return CountClaim(f, items, relation, Msg(M.LIST_AFTER), frozenset(_list_readings(text, start, end, paren)))


def _items_after(text: str, start: int, end: int, paren: bool) -> tuple[int, list[tuple[int, int]]]:
    """Where the list after a count ends, and its items."""
    if not paren and not _ORDINAL_IS.match(text, start):
        # (an item of 一是…二是… may hold a list of its own: "一是…死亡、迁出等情况…；二是…")
        etc = _ETC_THEN_MORE.search(text, start, end)
        if etc is not None:
            end = etc.start() + 1  # "包括A、B、C等，支出12.32万元…": the list ends at its 等
        semi = first_top_level(text, start, end, "；;")
        if semi is not None and _NEXT_COUNT.match(text, semi, end):
            end = semi  # "…应急管理办公室；下设事业单位4个，分别为：…": the next count's list follows
    titles = _TITLE_RUN.match(text, start, end)
    if titles is not None:
        # "制度4项，分别是：《A》《B》《C》《D》，进一步规范…": the titles are the items, the list ends after them
        return titles.end(), [(t.start(), t.end()) for t in _TITLE.finditer(text, start, titles.end())]
    return end, split_items(text, start, end)


def _numbered_lines_end(text: str, start: int) -> int:
    """Where the numbered items from ``start`` end: the line's end when it
    holds two or more ("（1）A；（2）B…"); else past the short lines each one
    item ("（1）党政综合办公室；" / "（2）…；" … up to the one ending 。); ``start``
    (no list) when they are paragraphs ("（一）粮食生产稳中有进。全镇…")."""
    line_end = text.find("\n", start)
    line_end = line_end if line_end >= 0 else len(text)
    if len(_MARKER.findall(text, start, line_end)) >= 2:
        return line_end
    end, k = start, start
    while k < len(text) and _LINE_MARKER.match(text, k):
        stop = text.find("\n", k)
        stop = stop if stop >= 0 else len(text)
        line = text[k:stop].rstrip()
        if len(line) > 40 or not line.endswith(("；", ";", "。")):
            return start
        end = k + len(line)
        if line.endswith("。"):
            break
        k = stop + 1
    return end if end > start and text.count("\n", start, end) >= 1 else start


def _cut_by_the_end(text: str, end: int) -> bool:
    """A list that runs, with no full stop, to the end of the text: an
    excerpt may have cut it, so the count is at least the items listed."""
    return not text[end:].strip() and not text[:end].rstrip().endswith(_CLOSED)


def _may_leave_items_out(text: str, start: int, end: int) -> bool:
    """A list ending in 等 (or 等 and its noun, "…等项目"), one an excerpt may have cut, or one followed by
    more (另有…): the count is at least its items."""
    tail = text[start:end].rstrip("。.；;")
    return bool(_ETC_END.search(tail) or _ETC_NOUN.search(tail)) or _cut_by_the_end(text, end) \
        or _MARKER.match(text, start) is not None and _cut_soon_after(text, end) or _MORE_AFTER.match(text, end) is not None


def _cut_soon_after(text: str, end: int) -> bool:
    """Numbered items, then a text cut off mid-sentence within a paragraph's
    length ("三个行业：(1)投资与资产管理类。共4户企业(…)，总资产"): the items
    after them may have been cut with it."""
    return len(text) - end < _PARAGRAPH_CHARS and not text.rstrip().endswith(_CLOSED + ("！", "？"))


_PARAGRAPH_CHARS = 400
_CLOSED = ("。", ".", "；", ";", "）", ")")  # (what ends a sentence or a bracket: the text was not cut there)


def _bodies_after(a: Analysis, f: Fact) -> CountClaim | None:
    """"内设事业单位2个，财政事务中心和国库集中支付中心。": after a comma, a
    clause to the sentence's end made only of the names of bodies."""
    text = a.doc.text
    start = f.q.end
    if text[start:start + 1] not in ("，", ",") or not a.lexicon.body_endings:
        return None
    start += 1
    end = _end_of_fact_sentence(a, f, start)
    if end - start > 80 or _DIGIT.search(text, start, end):
        return None
    items = split_items(text, start, end, "always")
    names = [text[i:j].strip() for i, j in items]
    endings = tuple(a.lexicon.body_endings)
    if len(names) < 2 or not all(2 <= len(n) <= 16 and n.endswith(endings) for n in names):
        return None
    return CountClaim(f, items, "eq", Msg(M.LIST_AFTER), frozenset(_list_readings(text, start, end, False)))


_NEXT_COUNT = pattern("structure", "next_count")
_TITLE = pattern("structure", "title")
_TITLE_RUN = pattern("structure", "title_run")


def _list_span(text: str, start: int, sentence_end: int) -> tuple[int, int, bool] | None:
    """Where the list after a count's lead runs: inside the bracket that
    opens there (its close found), else to the end of the sentence; and
    whether it is bracketed. None when it is not two characters long."""
    paren = text[start:start + 1] in "（(" and not _MARKER.match(text, start)
    if paren:
        end = _match_close(text, start)
        if end < 0 or _NOTE.match(text, start + 1):
            return None  # (or a note: "15个市（不含A市，下同）")
        start += 1
    else:
        end = sentence_end
    if end - start < 2:
        return None
    return start, end, paren


def _list_readings(text: str, start: int, end: int, paren: bool) -> set[int]:
    """The numbers of items the list may hold, read other ways: it may end at
    the first ；or ，("内设科室5个，即A、B、C、D、E；另外设置…"), "A、政府和党委"
    may be two items, and a 。 inside a bracket may be typed for 、
    ("（党政办公室、财政所。规划建设办公室）")."""
    if _ORDINAL_IS.match(text, start):
        return {len(split_items(text, start, end))}  # 一是…；二是…: the ordinals part the items, not their 、 and ，
    readings = set()
    comma = next((i for i in top_level(text, start, end) if text[i] in "，," and not thousands_comma(text, i)), None)
    cuts = [end, *(c for c in (first_top_level(text, start, end, "；;"), comma) if c is not None)]
    for stop in cuts:
        for join in ("same_kind", "always"):
            readings.add(len(split_items(text, start, stop, join)))
    if paren and "。" in text[start:end]:
        fixed = text[:start] + text[start:end].replace("。", "、") + text[end:]
        readings.add(len(split_items(fixed, start, end)))
    return readings


def _count_words(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """[counts] words of the lexicon, compiled once per lexicon: a verb
    opening a list before its count, a label's words up to a set-up verb, a
    verb after the last item, a verb of two characters or more anywhere."""
    cached = lex.__dict__.get("_count_patterns")
    if cached is None:
        cached = lex.__dict__["_count_patterns"] = (
            re.compile(f"^(?:.*?({alternation(lex.count_lead_verbs).pattern}))"),
            re.compile(f"^.*?(?:{alternation(lex.set_up_words).pattern})"),
            alternation(lex.subject_verbs),
            alternation([w for w in lex.count_lead_verbs if len(w) >= 2]))
    return cached


def _list_opened_at(lex, core: str) -> int:
    """Where the items of a clause start: after the verb that opens them
    ("开展A、B…"), else at its start."""
    lead = _count_words(lex)[0].match(core)
    if lead is None:
        return 0
    if "、" in core[:lead.end()] and "、" in core[lead.end():] and len(lead.group(1)) < 2:
        # "…、有机肥替代化肥、…": a verb's character amid the items does not open the list;
        # a verb of two ("镇党委、政府设置A、B、…5个") does
        return 0
    if core[lead.end():lead.end() + 1] == "、":
        return 0  # "对高标准农田建设、…3个项目": the verb ends the first item, it opens nothing
    # "内设A、B共两科一室下辖有C、D、E、F4个管护站": a later verb of two opens the list counted
    later = [m.end() for m in _count_words(lex)[3].finditer(core, lead.end()) if "、" in core[m.end():]]
    return later[-1] if later else lead.end()


_COUNTED_NOUN = pattern("structure", "counted_noun")
_PAGE_LINE = pattern("cell_split", "page_footer")
_HEADING_LINE = pattern("analysis", "heading")
_ACTING_ON = pattern("structure", "acting_on")
_WIDER_SET = pattern("structure", "wider_set")


def _list_before(a: Analysis, f: Fact) -> CountClaim | None:
    """"内设A、B、…、F6个机构", "A、B、C等3所学校": the items just before the count."""
    text = a.doc.text
    # the last of "，。；：:,;" before it, not searched past its line or, when a
    # PDF's page width broke the sentence, past the sentence's start
    line_start = a.doc.start_of_line(f.q.start)
    lo = min(line_start, f.sentence.start) - 1
    above_start = a.doc.start_of_line(line_start - 1) if line_start else line_start
    above = text[above_start:line_start] if line_start - above_start <= 60 else ""  # (a heading is short)
    if lo < line_start - 1 and _HEADING_LINE.match(above) and not any(p in above for p in "。，；"):
        lo = line_start - 1  # ("（三）各标段合同、结算及支付情况\n项目5个标段…": not the heading's words)
    for ch in "，。；：:,;":
        lo = max(lo, text.rfind(ch, lo + 1, f.q.start))
    clause = text[lo + 1:f.q.start]
    if _no_list_before(clause):
        return None
    core = clause.rstrip()  # ("A、B等社会事务共8个": 等 and what the items are, the list open too)
    relation, core = ("ge", core[:-1]) if core.endswith("等") else ("ge" if _ETC_NAMED.search(core) else "eq", core)
    _, _, subject_verbs, _ = _count_words(a.lexicon)
    opened = _list_opened_at(a.lexicon, core)
    offset = lo + 1 + opened
    tail = core[opened:]
    last = _outside_brackets(tail).split("、")[-1].strip()
    if subject_verbs.search(last) and not last.endswith(tuple(a.lexicon.body_endings or ())) or _ACTING_ON.search(last) \
            or _WIDER_SET.search(last):
        return None  # "A村、B村建立了3个…", "A局、B局对12个乡镇…": the count is of something else (not "平安建设办公室")
    noun = _COUNTED_NOUN.match(text, f.q.end, f.q.end + 12)
    if not noun:
        return None  # "…6个机构": the count names what it counts; "…公诉二处、…", "…30项和…30条规定":
        # one more item of a list (a name), not its count
    if text[noun.end():noun.end() + 1] == "、":
        return None  # "A、B、C两项补贴、D…": the count is inside one item of a longer list
    items = split_items(text, offset, offset + len(tail))
    if len(items) < 2 or any(b - a > 30 or _DIGIT.search(text[a:b]) or _HAS_COUNT.search(text[a:b]) for a, b in items):
        return None  # "八项救助制度、社会力量参与、三项保障措施": counted parts of a named whole, not names
    return CountClaim(f, items, relation, Msg(M.LIST_BEFORE), _readings_before(a, f, items, (offset, tail), noun))


def _readings_before(a: Analysis, f: Fact, items, list_at: tuple[int, str], noun) -> frozenset[int]:
    """How many items a list before its count may hold, read each way."""
    text, (offset, tail) = a.doc.text, list_at
    # "A、B和C三个": the last 和 may join two items of different kinds; "A及所属B、C、D共4个":
    # so may the first
    joined = len(split_items(text, offset, offset + len(tail), "always"))
    first = _outside_brackets(text[items[0][0]:items[0][1]])
    readings = {joined, joined + 1} if _JOIN_WORD.search(first[1:]) else {joined}
    # "内设综合科财务科、服务管理科3个科室": names run together, the 、 between them lost
    run_together = sum(_names_in(a.lexicon, _outside_brackets(text[x:y])) - 1 for x, y in items)
    readings |= {joined + run_together}
    if "本级" in first and _OWN_UNITS.search(text, f.q.end, noun.end()):
        readings |= {r - 1 for r in readings}  # ("局本级和A所、B圃2个所属事业单位": the unit itself is none of them)
    return frozenset(readings)


_OWN_UNITS = pattern("structure", "own_units")


def _no_list_before(clause: str) -> bool:
    """The words before a count hold no list of what it counts: no 、 outside
    brackets, a note after the list, or a list the count itself ends
    ("对机关、事业单位和8个社区…": the count is its last item, not its number)."""
    return "、" not in _outside_brackets(clause) or _in_a_note_after_the_list(clause) \
        or clause.rstrip().endswith(("和", "及", "与", "以及")) or "每" in _outside_brackets(clause).split("、")[-1]


def _names_in(lex, item: str) -> int:
    """How many bodies an item names, one after another with no 、 between
    them ("火化车间治丧服务部业务接待部": three): each ending (科, 部, 车间 …) with
    two characters or more of its own before it; one for an item with none."""
    item, names, k = item.strip(), 0, 0
    endings = sorted(lex.body_endings or (), key=len, reverse=True)
    while k < len(item):
        e = next((e for e in endings if item.startswith(e, k) and k >= 2), None)
        names, k = (names + 1, k + len(e)) if e else (names, k + 1)
    return max(names, 1)


def _in_a_note_after_the_list(clause: str) -> bool:
    """"A、B、C、D（以上3个为事业单位）": a count in a bracket opened after the
    list's last item says something of some of the items, not how many there are."""
    opened = max(clause.rfind("（"), clause.rfind("("))
    return opened > max(clause.rfind("）"), clause.rfind(")")) and "、" not in clause[opened:]


# Word exports leave bookmarks at line starts: "[bookmark: _GoBack]8．…"
_ARTEFACT = r"(?:\[bookmark:[^\]]*\])?"
_ITEM_LINE = re.compile(r"^\s*" + _ARTEFACT + r"\s*(?:[0-9０-９]{1,2}\s*[.．、]|[（(][0-9０-９]{1,2}[)）])")
_OUTER_ITEM = re.compile(r"^\s*[0-9０-９]{1,2}\s*[.．、]")
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
    lines = _lines_from(text, line_end + 1, 40)
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
            elif line.strip() and (spans or _SECTION_HEAD.match(line)):
                break  # (items past the next section's heading are that section's)
            pos += len(line) + 1
        if len(spans) >= 2:
            # ("共实施项目12个，…，主要项目如下：": the main ones, some of them)
            relation = "ge" if _MAIN_ONES.search(follows.group(0)) else "eq"
            return CountClaim(f, spans, relation, Msg(M.LIST_NUMBERED))
        return None
    if len(label) < 2:
        return None
    pos = line_end + 1
    for k, line in enumerate(lines[:8]):
        m = _HEAD_LINE.match(line)
        if m and _common_suffix(m.group(1), label) >= max(3, min(4, len(m.group(1)))):  # (not 时效指标 under 绩效指标)
            start = pos + m.end()
            end = pos + len(line)
            for more in lines[k + 1:k + 4]:
                # "（4）社会事务办公室；…" on the next line: the list wrapped, up to its 。 or the next head
                if text[start:end].rstrip().endswith("。") or not more.strip() or _HEAD_LINE.match(more) \
                        or _OUTER_ITEM.match(more):
                    break
                end += len(more) + 1
            items = split_items(text, start, end)
            return CountClaim(f, items, "eq", Msg(M.LIST_UNDER, name=m.group(1)))
        pos += len(line) + 1
    return None


def _lines_from(text: str, start: int, n: int) -> list[str]:
    """text[start:].split("\n", n)[:n], without copying the rest of the
    document for each count (a long document has thousands)."""
    window = text[start:start + 4096]  # (n lines are mostly far shorter)
    if window.count("\n") >= n or start + 4096 >= len(text):
        return window.split("\n", n)[:n]
    lines = []
    while len(lines) < n:
        nl = text.find("\n", start)
        if nl < 0:
            lines.append(text[start:])
            break
        lines.append(text[start:nl])
        start = nl + 1
    return lines


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _match_close(text: str, open_at: int) -> int:
    limit = min(len(text), open_at + 400)
    close = matching_close(text, open_at, limit, "（(", "）)")
    return close if close < limit else -1
