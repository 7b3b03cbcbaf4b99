"""Composition claims (FL101): the total a list breaks down and the parts of
the list, read past its clauses (what a list counts, where it stops), made
into a claim; lists in brackets.
"""
from __future__ import annotations

import re
from dataclasses import replace

from fiscallint.support.numerals import heading_number
from fiscallint.support.wordbook import pattern, words
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.intervals import sum_intervals
from fiscallint.support.brackets import first_top_level, matching_close
from fiscallint.understanding.claim_text import (
    _CLAUSE_CLOSE, _CLOSE, _OPEN, _TOTAL_WORDS, _UNIT_BEFORE, _has_lexicon_word as _has, _has_word,
    _is_base, _levels, _matching_close, _same_dim, ten_thousand_apart
)
from fiscallint.understanding.labels import shares_word
from fiscallint.understanding.age_bands import age_bands
from fiscallint.understanding.part_candidates import (
    LABEL_PUNCT as _LABEL_PUNCT, OF_WHICH as _OF_WHICH, among_its_own, continuation, not_a_plain_sum, one_enumeration, opens_own_items,
    items_without_their_attribute, names_a_sibling, outside_nested_lists, same_attribute_as_total,
    parallels_the_total, part_candidates, past_own_clause, threshold_bound, with_repeated_item_once,
)


def _closed_parts(c: Claim) -> list[Fact]:
    """The parts a list really holds: its shortest prefix that adds up to the
    total (a 其中 list may run on into the next items), else all of them."""
    for k in range(1, len(c.operands)):
        if _sum_meets(c.operands[:k], c.stated):
            return c.operands[:k]
    return c.operands


def _common_suffix(labels: list[str]) -> str:
    if not labels:
        return ""
    suffix = labels[0]
    for lab in labels[1:]:
        while suffix and not lab.endswith(suffix):
            suffix = suffix[1:]
    return suffix


# "较2024年的2190万元": the figure compared with, not the one a list breaks down
_INCLUDING = words("composition_parts", "including")
_KINDS_COUNT = pattern("composition_parts", "kinds_count")
_COMPARED_BASE = pattern("composition_parts", "compared_base")


def _in_closed_bracket(text: str, f: Fact, upto: int) -> bool:
    """Whether ``f`` sits in a bracket of its sentence that closes before
    ``upto`` ("18.77万元（含结转3.58万元），占…": 3.58 does)."""
    lo = f.sentence.start
    opened = max(text.rfind("（", lo, f.q.start), text.rfind("(", lo, f.q.start))
    if opened < 0:
        return False
    if max(text.rfind("）", opened, f.q.start), text.rfind(")", opened, f.q.start)) >= 0:
        return False  # closed before f
    closes = [i for i in (text.find("）", f.q.end, upto), text.find(")", f.q.end, upto)) if i >= 0]
    return bool(closes)


def _in_han_clause(text: str, f: Fact, later: Fact) -> bool:
    """Whether ``f`` is an item of a "，含…" clause that a ； closes before
    ``later`` ("总预算4471.22万元，含A 250万元，B 537.31万元；比上年增加…")."""
    semi = max(text.rfind("；", f.q.end, later.q.start), text.rfind(";", f.q.end, later.q.start))
    if semi < 0:
        return False
    clause = max(text.rfind("；", f.sentence.start, f.q.start), text.rfind(";", f.sentence.start, f.q.start),
                 f.sentence.start - 1)
    return bool(_HAN_OPENS.search(text, clause + 1, f.q.start))


_HAN_OPENS = pattern("composition_parts", "han_opens")


def _names_kinds_first(text: str, start: int, after: list[Fact]) -> bool:
    """The words after 包含/包括 close a clause (at ，) before any figure: they
    name what is included; the figures after them are not its parts."""
    comma = _CLAUSE_COMMA.search(text, start)
    return comma is not None and (not after or after[0].q.start > comma.start()) and \
        bool(text[start:comma.start()].strip(" ：:"))


_CLAUSE_COMMA = re.compile(r"[，,；;。]")
# (words, then 133.71万元 or 290个工日; not a share, "占82.67%（人员经费…）", nor "80户300人（…）")
_AMOUNT_BEFORE_BRACKET = re.compile(r"[^0-9０-９,.\s][^（(]*?[0-9０-９][0-9,.]*\s*[^\s，,。；;：:0-9０-９%％]{0,4}$")


def _not_reasons(a: Analysis, levels: list[Fact]) -> list[Fact]:
    """The figures of a sentence but those in its reason clause ("收入192.01万元，
    较上年减少27.31万元，主要原因是上年有疫情防控经费29.01万元"): a list opening
    the next sentence breaks down what the sentence is about, not its reason."""
    if len(levels) < 2 or not a.lexicon.reason_words:
        return levels
    reason = a.lexicon.pattern("reason_words", lambda: re.compile(
        "|".join(map(re.escape, sorted(a.lexicon.reason_words, key=len, reverse=True)))))
    text, start, end = a.doc.text, levels[0].q.end, levels[-1].q.start
    for m in reason.finditer(text, start, end):
        opened = _unclosed_open(text[start:m.start()])
        if opened >= 0 and matching_close(text, start + opened, end, _OPEN, _CLOSE) < end:
            continue  # "年中追加402.16万元（主要是抽检专项），…": a reason in brackets; the sentence goes on
        return [g for g in levels if g.q.start < m.start()]
    return levels


def _primary_totals(levels: list[Fact], text: str = "") -> list[Fact]:
    """The figure just before a trigger is the total; figures written right
    against it ("843户3151人，其中…") are totals of their own dimensions. A
    figure that is the base of a percentage ("完成年初预算数60999万元的40.4%")
    is passed over."""
    levels = [f for f in levels if not _COMPARED_BASE.search(f.label)
              and not (text and text[f.q.end:f.q.end + 3].lstrip()[:1] == "的")]
    # "余额98.65亿元，控制在限额105.30亿元以内。其中…": a bound is not what the list breaks down, nor
    # last year's figure after this year's ("收入30,450.53万元…上年决算数28,917.36万元…。其中：")
    levels = [f for f in levels if f.q.approx != "upper" and not _is_base(f)] or levels
    if not levels:
        return []
    chain = [levels[-1]]
    for f in reversed(levels[:-1]):
        if chain[0].q.start - f.q.end <= 1:
            chain.insert(0, f)
        else:
            break
    return chain


def _directly_after_number(a: Analysis, at: int) -> bool:
    before = a.doc.text[max(0, at - 3):at]
    return bool(_UNIT_BEFORE.search(before))


def _totals_by_dimension(totals: list[Fact], parts: list[Fact], before: list[Fact], text: str) -> list[Fact]:
    """For each dimension among the parts, its total: one of the primary
    totals, else the nearest figure of that dimension in the same clause
    group ("申报项目27个，投入资金达1000万元，其中产业项目5个")."""
    out = []
    seen = set()
    for p in parts:
        dim = p.q.dimension
        if dim in seen:
            continue
        seen.add(dim)
        found = next((t for t in reversed(totals) if _same_dim(t, p)), None)
        if found is None and totals:
            for t in reversed(before):
                if ";" in text[t.q.end:totals[-1].q.start] or "；" in text[t.q.end:totals[-1].q.start]:
                    break
                if _same_dim(t, p):
                    found = t
                    break
        if found is not None:
            out.append(found)
    return out


def _clause_group_end(text: str, start: int, limit: int) -> int:
    end = first_top_level(text, start, limit, "；;", _OPEN, _CLOSE)
    return limit if end is None else end


def _unclosed_open(gap: str) -> int:
    """Index of an opening parenthesis in ``gap`` left open, or -1."""
    depth, at = 0, -1
    for i, ch in enumerate(gap):
        if ch in _OPEN:
            if depth == 0:
                at = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
    return at if depth else -1


def _stops_list(lex, total: Fact, f: Fact) -> bool:
    """A figure that cannot be a part of ``total``: the same concept again,
    a sibling of the total, a new total, or a bound ("控制在…限额71.18亿元以内")."""
    if f.q.approx == "upper" and not total.q.approx:
        return True
    if f.concept and total.concept:
        if f.concept == total.concept:
            return True
        if f.concept in lex.siblings.get(total.concept, set()) or f.concept in _WHOLES and not (
                total.concept in _GRAND_WHOLES and f.concept not in _GRAND_WHOLES):
            return True  # (支出总计's parts may be 总支出 and 结转: a whole under a grand total)
    return bool(_TOTAL_WORDS.search(f.label)) and not f.extras.get("inherited_label")


def _closes_subtotal(lex, total: Fact, parts: list[Fact], f: Fact, rest: list[Fact]) -> bool:
    """Whether ``f``, a figure named as a total (小计, 合计) inside the list of
    ``total``, is the sum of the two or more parts before it while the list
    goes on after it in the same sentence: a running subtotal, not the end."""
    if len(parts) < 2 or not rest or rest[0].sentence is not f.sentence:
        return False
    if f.concept and f.concept == total.concept or not _TOTAL_WORDS.search(f.label):
        return False
    if _stops_list(lex, total, rest[0]) or not _sum_meets(parts, f):
        return False
    return not _sum_meets(parts, total)


def _composition_for(a: Analysis, total: Fact, candidates: list[Fact], word: str, at: int,
                     by_sentence=None, may_continue: bool = False) -> tuple[Claim | None, list[Claim]]:
    """The list of parts of ``total`` among ``candidates``, and the lists
    nested in it (a part followed by its own 其中 or parenthesis)."""
    cands = part_candidates(a, total, candidates)
    if may_continue and by_sentence is not None and cands:
        cands = cands + continuation(a, by_sentence, cands[-1], total, {c.concept for c in cands if c.concept})
    parts, nested = _walk_parts(a, total, cands)
    if not parts:
        return None, []
    if not_a_plain_sum(a, total, parts):
        return None, nested
    return _make_composition(a, total, parts, word, at), nested


def _walk_parts(a: Analysis, total: Fact, cands: list[Fact]) -> tuple[list[Fact], list[Claim]]:
    """The parts in order, up to a figure that stops the list or opens a
    clause of its own; a part's own list (其中, a parenthesis) is taken
    apart as a nested claim."""
    lex = a.lexicon
    parts: list[Fact] = []
    nested: list[Claim] = []
    i = 0
    while i < len(cands):
        f = cands[i]
        if _stops_list(lex, total, f):
            if not _closes_subtotal(lex, total, parts, f, cands[i + 1:]):
                break
            # "其中：A 640.10，B 52.30，小计692.40，C 120.00": the 小计 closes the
            # parts before it and stands for them in the list that goes on
            a.note(f, f"a subtotal of the {len(parts)} parts before it in the list of {total.q.shown()}")
            parts = []
        if parts and f.label.strip(" ，,").startswith(tuple(lex.clause_openers)):
            a.note(f, f"ends the list of {total.q.shown()}: it opens a clause of its own")
            break
        if parts and _breaks_down(a.doc.text, parts[-1], f):
            # "旗本级…75.29亿元，…，分项目看：税收完成16.81亿元，…非税完成58.48亿元…；上级转移支付…"
            i = _own_items(a, total, parts[-1], cands, i, a.doc.text[parts[-1].q.end:f.q.start], nested)
            continue
        if parallels_the_total(a.doc.text, total, parts, f) and not _a_part_by_name(lex, total, f) \
                or names_a_sibling(total, f, parts):
            a.note(f, f"ends the list of {total.q.shown()}: it is said or named as the total is")
            break
        if parts and _narrows(parts[-1], f):
            # "固定资产原值318.60万元、在用固定资产原值306.90万元": a part of the one before
            a.note(f, f"not a part of {total.q.shown()}: its name narrows the part before it")
            i += 1
            continue
        parts.append(f)
        i += 1
        if i >= len(cands):
            break
        i = _nested_list(a, total, f, cands, i, nested)
    return parts, nested


def _a_part_by_name(lex, total: Fact, f: Fact) -> bool:
    """Whether ``f`` names a part of the total or of one of its parts (公务用车运行维护费
    under 三公经费), however it is said."""
    kids = lex.children.get(total.concept, set()) if total.concept else set()
    return f.concept is not None and (f.concept in kids or any(f.concept in lex.children.get(k, ()) for k in kids))


def _breaks_down(text: str, part: Fact, f: Fact) -> bool:
    """Whether ``f`` opens a breakdown of ``part`` announced between them
    (分项目看：), in the same clause."""
    m = _SUB_BREAKDOWN.search(text, part.q.end, f.q.start)
    return m is not None and not _CLAUSE_END.search(text, m.end(), f.q.start)


def _narrows(before: Fact, f: Fact) -> bool:
    name, label = before.label.strip(_LABEL_PUNCT + _OF_WHICH), f.label.strip(_LABEL_PUNCT)
    at = label.find(name) if len(name) >= 3 else -1
    # (非财政拨款收入 is the rest beside 财政拨款收入; 参照公务员法管理人员 is no kind of 公务员, 在用固定资产中的车辆 is)
    return at > 0 and label[at - 1] != "非" and (len(label) - at - len(name) <= 2 or label[at + len(name)] in "中的")


def _nested_list(a: Analysis, total: Fact, f: Fact, cands: list[Fact], i: int, nested: list[Claim]) -> int:
    """A list of the part ``f``'s own starting at ``cands[i]``: added to
    ``nested``; the index of the candidate after it."""
    gap = a.doc.text[f.q.end:cands[i].q.start]
    paren = _unclosed_open(gap)
    if paren >= 0 and _AMOUNT_BEFORE_BRACKET.search(gap, 0, paren):
        return i  # "项目支出预算16.32万元；…调增133.71万元（其中：…）": the bracket is the nearer figure's
    if paren >= 0 and (_OF_WHICH in gap[paren:] or _TOTAL_WORDS.search(gap[:paren]) is None):
        return _bracketed_items(a, f, cands, i, f.q.end + paren, nested)
    opens_own = _NESTED_OPENER.match(gap) or opens_own_items(cands[i].label, f.label)
    if _OF_WHICH in gap or opens_own or _MAIN_ITEMS.search(gap):
        # "财力安排支出68.4亿元，…，主要支出事项：A 7.1亿元、B 7.5亿元…等；": its own items
        # "上级补助收入5926万元，含一般性转移支付4951万元，专项975万元；…": a part's own breakdown
        return _own_items(a, total, f, cands, i, gap, nested)
    return i


def _bracketed_items(a: Analysis, f: Fact, cands: list[Fact], i: int, open_at: int, nested: list[Claim]) -> int:
    text = a.doc.text
    close = _matching_close(text, open_at, f.sentence.end)
    inside = [c for c in cands[i:] if c.q.start < close]
    outer = outside_nested_lists(text, inside)
    if threshold_bound(text, f):
        return i + len(inside)  # "优（90分以上，含90分）、良（80分—90分，含80分）": bounds, no sum
    kids = []
    for c in outer:
        kids.append(c)
        if len(kids) >= 2 and _sum_meets(kids, f):
            break  # the rest of the parenthesis belongs to the outer list
    if len(kids) >= 2 or (kids and _OF_WHICH in text[open_at:kids[0].q.start]):
        nested.append(_make_composition(a, f, kids, "（…）", open_at))
    return i + (inside.index(kids[-1]) + 1 if kids else 0)


def _own_items(a: Analysis, total: Fact, f: Fact, cands: list[Fact], i: int, gap: str, nested: list[Claim]) -> int:
    lex, text = a.lexicon, a.doc.text
    kids: list[Fact] = []
    # "，含…": the breakdown ends with its clause (；); "，包括：A…；B…" opens a list over them
    # (but "主要支出事项：A、B等；" ends at its ；, its items parted by 、)
    colon = _COLON.search(gap)
    at = f.q.end + colon.end() if colon else 0
    first_clause = text[at:_clause_group_end(text, at, max(at, f.sentence.end))] if colon else ""
    run_in = _OF_WHICH not in gap and not (colon and "、" not in first_clause and "等" not in first_clause) \
        and not among_its_own(cands[i].label, f.label)
    while i < len(cands):
        c = cands[i]
        if c.concept and f.concept and (c.concept == f.concept or c.concept in lex.siblings.get(f.concept, set())):
            break
        if past_own_clause(text, f, kids, c, run_in, of_which_bare=_OF_WHICH in gap and not colon):
            break
        if parallels_the_total(text, f, kids, c) or names_a_sibling(f, c, kids):
            break  # "教育支出…，完成…%，其中…1872.01万元；社会保障和就业支出…，完成…%": the next item of f's list
        if _stops_list(lex, total, c):
            break
        kids.append(c)
        i += 1
        if (len(kids) >= 2 or run_in) and _sum_meets(kids, f):
            break  # "…751.8万元，包括一般公共预算收入751.8万元；": one item may be all of it
    if kids:
        main = _MAIN_ITEMS.search(gap)
        opener = _NESTED_OPENER.match(gap)
        at_word = gap.index(_OF_WHICH) if _OF_WHICH in gap else (main.start() if main else opener.end() - 1 if opener else 0)
        # (a list of the main items after a part, "政府性基金预算120万元，主要包括：…等", may be the whole's)
        nested.append(replace(_make_composition(a, f, kids, _OF_WHICH, f.q.end + at_word), other_totals=[total] if main else []))
    return i


_CLAUSE_END = re.compile(r"[；;。]")
_COLON = re.compile(r"[：:]")
_MAIN_ITEMS = pattern("composition_parts", "main_items")
_NESTED_OPENER = pattern("composition_parts", "nested_opener")
_SUB_BREAKDOWN = pattern("composition_parts", "sub_breakdown")


def _add_reading_past_clause(a: Analysis, claim: Claim, total: Fact, after: list[Fact], word: str, at: int) -> Claim:
    """"其中，一般公共预算拨款3300.69万元；政府性基金预算拨款0万元；财政专户管理资金
    收入772.73万元；…": a list cut at a ； may go on with items of other kinds;
    the reading that takes the rest of the sentence is one the author may mean."""
    rest = [f for f in _levels(after) if _same_dim(f, total) and f.q.start > claim.operands[-1].q.start]
    if not rest:
        return claim
    longer, _ = _composition_for(a, total, [*claim.operands, *rest], word, at)
    if longer is not None and len(longer.operands) > len(claim.operands):
        return replace(claim, alternatives=[*claim.alternatives, longer.operands])
    return claim


_CLASSIFIED_BY = pattern("composition_parts", "classified_by")


def _by_classification(text: str, figures: list[Fact]) -> list[list[Fact]]:
    """Figures split where a 按…分 between two of them starts another breakdown."""
    groups: list[list[Fact]] = [[]]
    for f in figures:
        if groups[-1] and _CLASSIFIED_BY.search(text, groups[-1][-1].q.end, f.q.start):
            groups.append([])
        groups[-1].append(f)
    return groups


def _sum_meets(parts: list[Fact], total: Fact) -> bool:
    return sum_intervals(p.q.interval() for p in parts).meets(total.q.interval())


def _make_composition(a: Analysis, total: Fact, parts: list[Fact], word: str, at: int) -> Claim:
    text = a.doc.text
    parts = items_without_their_attribute(a, same_attribute_as_total(a, total, parts))
    relation = "eq"
    how = f"{total.name or '合计'} {word} {len(parts)} part(s)"
    counted = _kinds_counted(a, total, parts)
    if _marked_not_exhaustive(a, total, parts, at) and not counted:
        # (主要用于以下四个方面: the count of what it names says the list is whole)
        relation, how = "le", how + ", not exhaustive (主要/等)"
    colon = text[at + len(word):at + len(word) + 1] in "：:"
    if not age_bands(text, total, parts):
        relation, how = _relation_by_kinds(a.lexicon, total, parts, relation, how)
    if relation == "eq":
        relation, how = _relation_by_selection(a, total, parts, word, colon, how)
    if total.q.approx or any(p.q.approx for p in parts):
        how += ", approximate figures"
    claim = Claim("composition", total, list(parts), relation, how, variant="colon" if colon else "",
                  pattern=_composition_pattern(word), trigger=word + ("：" if colon else ""),
                  list_closed=_places_in_a_row(a.lexicon, parts) or one_enumeration(text, parts))
    claim = _marked_open_or_partial(a.lexicon, claim, word, colon, counted)
    return _with_or_without_retired(a.lexicon, with_repeated_item_once(claim))


def _kinds_counted(a: Analysis, total: Fact, parts: list[Fact]) -> bool:
    """The sentence counts the kinds its total is made of, as many as the
    parts listed ("主要有部门预算项目支出、专项预算支出二类支出，项目资金总预算为
    2455.5万元，其中…87.5万元，…2350万元"): the list names every kind."""
    text = a.doc.text
    for m in _KINDS_COUNT.finditer(text, total.sentence.start, parts[0].q.start):
        n = m.group(1)
        count = heading_number(n)
        if count == len(parts) >= 2:
            return True
    return False


def _marked_not_exhaustive(a: Analysis, total: Fact, parts: list[Fact], at: int) -> bool:
    """Whether the list is marked partial: 主要… in its clause before the
    parts, or 等 right after the last."""
    text = a.doc.text
    clause = a.doc.start_of_line(at) - 1  # the last of "，,。；;\n" before it, not searched past its line
    for ch in "，,。；;":
        clause = max(clause, text.rfind(ch, clause + 1, at))
    lead = text[max(clause + 1, total.q.end):parts[0].q.start]
    tail = text[parts[-1].q.end:parts[-1].q.end + 3]
    lex = a.lexicon
    partial_words = lex.pattern("partial_words_but_etc", lambda: [w for w in lex.partial_words if w != "等"])
    return _has_word(lead, partial_words) or "等" in tail[:2]


def _relation_by_kinds(lex, total: Fact, parts: list[Fact], relation: str, how: str) -> tuple[str, str]:
    """The relation the kinds of parts allow: overlapping attributes, kinds
    of establishment, levels of a hierarchy, one part, land by use,
    overlapping statuses."""
    if any(_has(lex, "attribute_words", p.label) for p in parts) or total.q.is_count and not _has(
            lex, "establishment_words", total.label) and any(_has(lex, "post_words", p.label) for p in parts):
        return "each_le", how + ", overlapping attributes (not a partition)"
    staff = _relation_of_counted_kinds(lex, total, parts, how) if total.q.is_count else None
    if staff is not None:
        return staff
    if sum(_has(lex, "level_words", p.label) for p in parts) >= 2:
        return "each_le", how + ", levels of one hierarchy (nested, not a partition)"
    if len(parts) == 1:
        return "le", how
    if total.q.unit == "分" and len(parts) == 2:
        # "自评得分99.43分，其中资金执行得分9.68分，产出指标得分49.75分": two parts of a score
        # name what stands out, not every part (a score adds up from four or more)
        return "le", how + ", two parts of a score"
    if relation == "eq" and total.q.dimension == "area" and not _TOTAL_WORDS.search(total.label):
        # "总面积96.25平方公里，其中耕地23.43…林地54.87": land by use is rarely all listed
        return "le", how + ", land by use (may be partial)"
    if (len({w for p in parts for w in lex.status_words if w in p.label}) >= 2
            and not all(shares_word(p.label, total.label) for p in parts)):
        # "持证残疾户26户，其中重残户12户，特困供养户5户": statuses of assistance
        # overlap (a 特困 household may be 残疾 too)
        return "each_le", how + ", overlapping statuses (not a partition)"
    return relation, how


def _relation_of_counted_kinds(lex, total: Fact, parts: list[Fact], how: str) -> tuple[str, str] | None:
    """The relation kinds of staff (or of other counted things) allow, if they say one."""
    if len(parts) >= 2 and any(p.q.digits == total.q.digits for p in parts):
        # "在职人员66人，其中特岗教师2人，在编在岗人员66人": one kind is all of them, the others overlap it
        return "each_le", how + ", one part counts all of the total (the others overlap it)"
    if any(_has(lex, "establishment_words", p.label) for p in parts) and any(p.concept == _ACTUAL_STAFF for p in parts):
        # "共有职工42人，其中：在职职工编制人数31人，实有人数30人，退休职工12人": the
        # establishment and the staff actually on it count the same people twice
        return "each_le", how + ", an establishment beside the staff on it (the same people counted twice)"
    if not _has(lex, "establishment_words", total.label) and all(_has(lex, "establishment_words", p.label) for p in parts):
        # "共有工作人员73人，其中行政编制25人、事业编制26人…": staff beyond the establishment
        return "le", how + ", kinds of establishment under a staff total (others may be outside)"
    if all(_has(lex, "profession_words", p.label) for p in parts):
        return "le", how + ", professions under a staff total (others may be left out)"
    if _has(lex, "establishment_words", total.label) and all(_LEADING_POST.search(p.label) for p in parts):
        return "le", how + ", posts within an establishment (the other places unnamed)"  # (行政编制9名。其中：局长1名…)
    return None


_ACTUAL_STAFF = "实有人数"
_LEADING_POST = pattern("composition_parts", "leading_post")  # 局长, 副股长 …: a post, one place of an establishment


def _relation_by_selection(a: Analysis, total: Fact, parts: list[Fact], word: str, colon: bool,
                           how: str) -> tuple[str, str]:
    """An exact list read as a selection: items picked out under 其中 without
    a colon, or a list the passage ends inside."""
    lex = a.lexicon
    if (word == _OF_WHICH and not colon and len(parts) >= 4
            and all(_own_change_after(a, p) for p in parts)):
        # "支出完成217.99亿元。其中，一般公共服务支出20.4亿元，同比下降2.0%；教育支出45.7亿元，
        # 同比增长4.2%；…": items picked out, each with its own change, not every item
        return "le", how + ", items picked out with their own changes (其中 without a colon)"
    if (word == _OF_WHICH and not colon and len(parts) <= 3 and _below_half(parts, total)
            and not (total.concept and lex.complete(total.concept, {p.concept for p in parts}))
            and not ten_thousand_apart(parts, total)):
        # without a colon, 其中 often picks a few items out (…总产值270亿元，其中
        # 数字经济产值40亿元，泛半导体产业产值36亿元): when they cover under half
        # the total, they are a selection, unless they are all the parts an
        # identity names
        return "le", how + ", a selection (其中 without a colon, under half the total)"
    if _cut_at_passage_end(a.doc.text, parts[-1]):
        return "le", how + ", the passage ends inside the list"
    return "eq", how


def _places_in_a_row(lex, parts: list[Fact]) -> bool:
    """"其中三湾村3.4公里，庙沟村1.9公里，大义村2.5公里，陈家村1.9公里": three or
    more parts each named by a place of one kind (村, 社区, 镇 …) are one list
    to its last place, not a shorter list the sentence goes on past."""
    endings = tuple(lex.restated.get("place_endings", ()))
    if len(parts) < 3 or not endings:
        return False
    kinds = {next((e for e in endings if f.label.strip(" ，,；;：:").endswith(e)), None) for f in parts}
    return len(kinds) == 1 and None not in kinds


def _identity_parts(lex) -> list[tuple[frozenset[str], str]]:
    """Each identity's parts (as a set) and total, made once per lexicon."""
    return lex.pattern("identity_parts", lambda: [(frozenset(i.parts), i.total) for i in lex.identities])


def _marked_open_or_partial(lex, claim: Claim, word: str, colon: bool, counted: bool = False) -> Claim:
    """An exact list that is not every part an identity names (of the total's
    concept, or of a total whose name the lexicon does not know: 年初预算支出 =
    基本支出 + 项目支出), nor as many parts as the sentence counts kinds
    (``counted``), may be partial (含 without a colon) or open."""
    total, parts = claim.stated, claim.operands
    may_be_partial = claim.relation == "eq" and word in _INCLUDING and not colon
    may_be_open = claim.relation == "eq" and claim.pattern in _OPEN_LIST_PATTERNS
    if not (may_be_partial or may_be_open):
        return claim  # (whether the list is complete matters to neither)
    concepts = {p.concept for p in parts}
    complete = counted or any(kinds <= concepts and total.concept in (None, whole)
                              for kinds, whole in _identity_parts(lex))
    partial = may_be_partial and not complete
    open_list = may_be_open and not complete
    if (partial and not claim.may_be_partial) or (open_list and not claim.open_list):
        return replace(claim, may_be_partial=claim.may_be_partial or partial, open_list=claim.open_list or open_list)
    return claim  # nothing to mark


def _with_or_without_retired(lex, claim: Claim) -> Claim:
    """"编制人数45人，其中在职38人，退休20人": reports count an establishment
    with or without its retired staff; without them, those serving fit in it
    (编制 bounds them; 实有, staff on hand, without the retired is them)."""
    total, parts = claim.stated, claim.operands
    serving = [p for p in parts if not _has(lex, "retired_words", p.label)]
    if total.concept == "在职人数" and len(serving) >= 2 and len(serving) < len(parts):
        # staff in post (在职) never counts the retired listed after them
        return replace(claim, operands=serving, how=claim.how + ", without the retired staff listed after")
    if total.concept in ("编制数", "实有人数") and 0 < len(serving) < len(parts):
        bound = "le" if total.concept == "编制数" else "eq"
        return replace(claim, alternatives=[*claim.alternatives, serving], alternative_relation=bound,
                       how=claim.how + ", read with or without retired staff")
    return claim


def _own_change_after(a: Analysis, part: Fact) -> bool:
    """Whether a growth rate of its own follows ``part`` in its clause."""
    return _OWN_CHANGE.match(a.doc.text, part.q.end) is not None


_OWN_CHANGE = pattern("composition_parts", "own_change")


_WHOLES = frozenset(words("composition_parts", "wholes"))
_GRAND_WHOLES = frozenset(words("composition_parts", "grand_wholes"))


# one pattern id per way of stating a list (measured apart in rules/ledger.toml)
_COMPOSITION_PATTERNS = {_OF_WHICH: "sum.of-which", "（…）": "sum.parenthesis", "分别为": "sum.respectively",
                         "分别是": "sum.respectively", "由": "sum.consists-of"}


# the lists whose words leave open whether every part is named
_OPEN_LIST_PATTERNS = frozenset({"sum.of-which", "sum.respectively", "sum.parenthesis", "sum.including"})


def _composition_pattern(word: str) -> str:
    return _COMPOSITION_PATTERNS.get(word, "sum.including")


def _below_half(parts: list[Fact], total: Fact) -> bool:
    return sum_intervals(p.q.interval() for p in parts).hi * 2 < total.q.interval().lo


def _cut_at_passage_end(text: str, last: Fact) -> bool:
    """An excerpt that stops mid-sentence ("…上级补助收入0万元，附属"): the list
    may go on past what is there."""
    end = len(text)  # len(text.rstrip()), without copying the whole text for each list
    while end and text[end - 1].isspace():
        end -= 1
    rest = text[last.q.end:last.sentence.end]
    return last.sentence.end >= end and not _CLAUSE_CLOSE.search(rest) and bool(rest.strip(" \t\n，,、"))
