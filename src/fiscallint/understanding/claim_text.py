"""Helpers the claim recognisers share: the words, brackets and clauses around
a figure, its levels and dimension.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fiscallint.support.wordbook import pattern
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact, SealedFact, Sentence
from fiscallint.support.brackets import matching_close


# patterns of the claim builders, compiled once (never per document)
_MAKES_UP = pattern("claim_text", "makes_up")


_GRAND_TOTAL = pattern("claim_text", "grand_total")


_UNIT_BEFORE = pattern("claim_text", "unit_before")


_CLAUSE_CLOSE = re.compile(r"[。！？!?；;）)]")


_CHANGE_UP_TO = pattern("claim_text", "change_up_to")


_FROM = pattern("claim_text", "from")


_COMPARING_WORD = pattern("claim_text", "comparing_word")


_SUBJECT_NOISE = pattern("claim_text", "subject_noise")


_TOTAL_WORDS = pattern("claim_text", "total_words")


_OPEN = "（("


_CLOSE = "）)"


def _table_pattern(c: Claim) -> str:
    """The pattern id of a claim a table's layout made."""
    if c.kind == "score":
        return {"cap": "table.score-at-most-points", "rate": "table.score-by-rate"}.get(c.variant, "table.score-by-target")
    if c.kind == "rate":
        return "table.rate-column"
    if c.kind == "composition" and ("分值" in c.how or "总分" in c.how or "得分" in c.how):
        return "table.points-sum"
    return "table.row-sum" if c.kind == "composition" else f"table.{c.kind}"


# ---------------------------------------------------------------- helpers
def _levels(facts: list[Fact]) -> list[Fact]:
    """Amounts that can take part in a prose relation: levels with a unit,
    not approximate 约, not ranges, not cells of a flattened table, not the
    figure before said again (即1,766.38万元)."""
    out = []
    before = None
    for f in facts:
        amount = f.__dict__.get("_amount")  # (a sealed fact's answer, worked out once: it never changes)
        if amount is None:
            amount = _an_amount(f)
            if type(f) is SealedFact:
                f.__dict__["_amount"] = amount
        if amount and not (before is not None and _restates(before, f)):
            out.append(f)
        before = f
    return out


def _an_amount(f: Fact) -> bool:
    """A level with a unit, not approximate 约, not a range, not a cell of a
    flattened table, not a rate per unit."""
    q = f.q
    return (f.role == "level" and q.dimension != "number" and not q.is_percent and q.approx != "about"
            and not q.is_range and not f.extras.get("in_table") and not _per_unit(f.label))


def _restates(before: Fact, f: Fact) -> bool:
    """``f`` says ``before`` again, in another unit ("17,663,800元，即1,766.38万元",
    "261.53万元（2,615,345.00元）", its name carried over) or as all of one part
    ("运行维护费6.59万元，全部为公务用车运行维护费6.59万元")."""
    again = _restated_as(f.label) or f.label == before.label and f.q.unit != before.q.unit
    return again and before.q.dimension == f.q.dimension \
        and not before.q.is_percent and before.q.interval().meets(f.q.interval())


@lru_cache(maxsize=4096)
def _restated_as(label: str) -> bool:
    return _RESTATED_AS.match(label) is not None


@lru_cache(maxsize=4096)
def _per_unit(label: str) -> bool:
    return _PER_UNIT.search(label.rstrip()) is not None  # (a PDF line break before its figure)


# "每亩3元", "人均2000元", "补助标准为": a rate per unit, not an amount that adds up
_PER_UNIT = pattern("claim_text", "per_unit")
_RESTATED_AS = pattern("claim_text", "restated_as")


def _same_dim(a: Fact, b: Fact) -> bool:
    if a.q.dimension == "item" == b.q.dimension and (a.q.unit or "")[-1:] != (b.q.unit or "")[-1:]:
        return False  # 八项 and 十条, 3个 and 5所: things counted by different counters
    return a.q.dimension == b.q.dimension and a.q.dimension != "number" or (
        a.q.dimension == "number" and b.q.dimension == "number" and a.q.unit is None and b.q.unit is None
    )


def _has_word(text: str, words: list[str]) -> bool:
    return any(w in text for w in words)


def both_actuals(lex, x: Fact, y: Fact) -> bool:
    """"县级配套到位72.50万元，项目资金合计到位548.00万元，到位率97.86%": two
    figures both named as done, neither a plan: the rate's plan is elsewhere."""
    return all(_has_word(f.label, lex.actual_words) and not _has_word(f.label, lex.plan_words) for f in (x, y))


def _has_lexicon_word(lex, kind: str, label: str) -> bool:
    """_has_word(label, the lexicon's word list ``kind``: attribute_words …),
    remembered with the lexicon (labels repeat)."""
    key, test = _WORD_TESTS[kind]
    return lex.memo(key, test, label)


_WORD_TESTS = {kind: (f"_memo_has_{kind}", lambda lex, label, kind=kind: _has_word(label, getattr(lex, kind)))
               for kind in ("attribute_words", "post_words", "establishment_words", "level_words", "retired_words", "profession_words")}


def _matching_close(text: str, open_at: int, limit: int) -> int:
    return matching_close(text, open_at, limit, _OPEN, _CLOSE)


_SIDE_HEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,4})\s*")


_SIDE_TOTAL = pattern("claim_text", "side_total")


_SIDE_LIST = pattern("claim_text", "side_list")


def _side_total(a: Analysis, by_sentence, s: Sentence, head: str) -> list[Fact]:
    """"收支总预算X元。收入包括：…。支出包括：…": a list named by one side of
    the total just before it (收入 of 收支总预算) adds up to that total. The
    total is the one figure of the nearest sentence before, in the same
    paragraph, past the other side's list; its label says it is a total and
    holds the side's first character."""
    m = _SIDE_HEAD.fullmatch(head)
    if m is None:
        return []
    side = m.group(1)
    text = a.doc.text
    current = s
    for _ in range(2):
        facts = _prev_sentence_facts(a, by_sentence, current)
        if not facts:
            return []
        current = a.sentences[current.index - 1]
        body = text[current.start:current.end]
        if _SIDE_LIST.match(body):
            continue  # the other side's list
        levels = _levels(facts)
        if len(levels) == 1 and _SIDE_TOTAL.search(levels[0].label) and side[0] in levels[0].label:
            return levels
        return []
    return []


def _prev_sentence_facts(a: Analysis, by_sentence, s: Sentence) -> list[Fact]:
    if s.index == 0:
        return []
    prev = a.sentences[s.index - 1]
    # only a sentence of the same paragraph (no blank line between)
    if "\n\n" in a.doc.text[prev.start:s.start + 1]:
        return []
    return by_sentence.get(prev.index, [])


# "较上年的", "比2022年同期", "较2022年预算": the year compared with, and
# perhaps the phase of its figure
_BASE_AT_END = pattern("claim_text", "base_at_end")


# "与2018年一般公共预算“三公”经费总额27389.54万元相比": the label opens with the comparison
_BASE_AT_START = pattern("claim_text", "base_at_start")


def _is_base(f: Fact) -> bool:
    """"较上年的16.07万元减少", "比上年累计支出433万元减少": last year's figure,
    the base of the change after it."""
    label = f.label.strip(" ，,")
    if _BASE_AT_END.search(label):
        return True
    m = _BASE_AT_START.match(label)
    # ("较2013年同期增加支出3.52亿元": the change, not last year's figure)
    return m is not None and not _CHANGE_WAY.search(label, m.end())


_LABEL_END = pattern("claim_text", "label_end")
_CHANGE_WAY = pattern("part_candidates", "change_way")


def ten_thousand_apart(parts: list[Fact], total: Fact) -> bool:
    """Whether the parts add up to the total but for 万 ("特困供养资金11,280,000万元，其中
    城市186.00万元、农村942.00万元": 元 written 万元), a slip, not a selection."""
    from decimal import Decimal

    from fiscallint.model.intervals import sum_intervals

    summed = sum_intervals(p.q.interval() for p in parts)
    return total.q.interval().meets(summed.scale(Decimal(10000)))


def set_apart_by_spaces(text: str, before: Fact, after: Fact) -> bool:
    """Two figures with nothing but spaces between them ("620.82万元 620.82万元",
    "100%  100%  10"): cells of one row, not a sentence's figures."""
    return bool(_SPACES_ONLY.fullmatch(text, before.q.end, after.q.start))


_SPACES_ONLY = re.compile(r"[ \t\u3000]+")


def written_negative(text: str, f: Fact) -> bool:
    """"当年结余-847.99万元，其中：统筹基金结余17.63万元，个人账户结余-865.62万元": a
    figure of the text written with a minus sign (a deficit) is no size that a
    sum of sizes holds; its list is left alone."""
    i = f.q.num_start
    return f.extras.get("cell") is None and i >= 2 and text[i - 1] in "-−－" and not text[i - 2].isdigit()
