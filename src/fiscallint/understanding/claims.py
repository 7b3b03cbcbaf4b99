"""Relate facts into claims: what the prose asserts between its numbers.

Each builder reads one way reports state a relation and emits
:class:`Claim` objects; none of them computes anything (that is
:mod:`fiscallint.deciding.recompute`). A claim records how it was recognised, so
``fiscallint extract`` can show why it was built.

- composition: a total and its parts (其中, 包括, 分别为, a parenthesis);
- share: a part as a percentage of a whole (占…%);
- rate: actual / planned (执行率, 完成率 …);
- change: the difference to a base (较上年增加 X) and the growth rate (增长 X%);
- crossref: the same labelled figure stated twice;
- identity: labelled figures stated apart that an identity relates
  (总支出 = 基本支出 + 项目支出).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.model.claim import Claim
from fiscallint.understanding.labels import shares_word  # noqa: F401  (read from here by the rules)
from fiscallint.support.brackets import first_top_level, matching_close

# patterns of the claim builders, compiled once (never per document)
_MAKES_UP = re.compile(r"(构成|组成)")
_GRAND_TOTAL = re.compile(r"总计|合计")
_UNIT_BEFORE = re.compile(r"(元|人|户|个|项|%|亩)[，,：:\s]*$")
_CLAUSE_CLOSE = re.compile(r"[。！？!?；;）)]")
_CHANGE_UP_TO = re.compile(r"(增加|增长|减少|下降|提高|降低|上升)(到|至)")
_FROM = re.compile(r"[由从]")
_COMPARING_WORD = re.compile(r"较|比|同比|与")
_SUBJECT_NOISE = re.compile(r"^(?:经比较|经对比|其中)[，,]?|(?:19|20)[0-9]{2}\s*年度?")
_TOTAL_WORDS = re.compile(r"合计|总计|共计|总额|总数|小计")
_OPEN = "（("
_CLOSE = "）)"


def build_claims(a: Analysis) -> list[Claim]:
    claims: list[Claim] = []
    by_sentence: dict[int, list[Fact]] = {}
    for f in a.facts:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    compositions = _compositions(a, by_sentence)
    claims.extend(compositions)
    claims.extend(_shares(a, by_sentence, compositions))
    claims.extend(_rates(a, by_sentence))
    claims.extend(_changes(a, by_sentence))
    claims.extend(_crossrefs(a, compositions))
    from fiscallint.understanding.restatements import restatement_claims

    claims.extend(restatement_claims(a, compositions))
    in_tables: list[Claim] = []
    if a.tables:
        from fiscallint.understanding.table_claims import table_claims

        in_tables = table_claims(a)
        for c in in_tables:
            c.pattern = c.pattern or _table_pattern(c)
    # figures a table already adds up (其中 rows) are not checked again as an identity
    claims.extend(_identities(a, compositions + [c for c in in_tables if c.kind == "composition"]))
    claims.extend(in_tables)
    return claims


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
    not approximate 约, not ranges, not cells of a flattened table."""
    return [
        f for f in facts
        if f.role == "level" and not f.q.is_percent and f.q.approx != "about" and not f.q.is_range
        and f.q.dimension != "number" and not f.extras.get("in_table") and not _per_unit(f.label)
    ]


@lru_cache(maxsize=4096)
def _per_unit(label: str) -> bool:
    return _PER_UNIT.search(label) is not None


# "每亩3元", "人均2000元", "补助标准为": a rate per unit, not an amount that adds up
_PER_UNIT = re.compile(r"(?:每|人均|户均|亩均)[\u4e00-\u9fff]{0,2}[（(]?$|单价[为是]?$|标准[为是]?$")


def _same_dim(a: Fact, b: Fact) -> bool:
    if a.q.dimension == "item" == b.q.dimension and (a.q.unit or "")[-1:] != (b.q.unit or "")[-1:]:
        return False  # 八项 and 十条, 3个 and 5所: things counted by different counters
    return a.q.dimension == b.q.dimension and a.q.dimension != "number" or (
        a.q.dimension == "number" and b.q.dimension == "number" and a.q.unit is None and b.q.unit is None
    )


def _has_word(text: str, words: list[str]) -> bool:
    return any(w in text for w in words)


def _matching_close(text: str, open_at: int, limit: int) -> int:
    return matching_close(text, open_at, limit, _OPEN, _CLOSE)


_SIDE_HEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,4})\s*")
_SIDE_TOTAL = re.compile(r"总|合计")
_SIDE_LIST = re.compile(r"\s*[\u4e00-\u9fff]{2,4}?包括[:：]")


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


# ---------------------------------------------------------------- composition
def _compositions(a: Analysis, by_sentence) -> list[Claim]:
    lex = a.lexicon
    text = a.doc.text
    out: list[Claim] = []
    words = sorted({*lex.composition_triggers, "由"}, key=len, reverse=True)
    trig_re = lex.pattern("composition_triggers", lambda: re.compile("|".join(map(re.escape, words))))
    restate_re = lex.pattern("restatements", lambda: re.compile("(?:" + "|".join(map(re.escape, lex.restatements)) + r")(?:划分|分)?[\s，,：:]*$")) if lex.restatements else None
    last_restated_total: Fact | None = None
    covered: set[int] = set()  # facts already taken as parts (ids)
    marked = 0
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        if not facts:
            continue
        body = text[s.start:s.end]
        for m in trig_re.finditer(body):
            word = m.group(0)
            at = s.start + m.start()
            after = [f for f in facts if f.q.start >= s.start + m.end()]
            if not after:
                listed = _bulleted_list(a, by_sentence, s, facts, s.start + m.end(), word, at)
                if listed is not None:
                    out.append(listed)
                continue
            side_list = word == "包括" and text[s.start + m.end():s.start + m.end() + 1] in "：:" and \
                bool(_SIDE_HEAD.fullmatch(text[s.start:at]))  # "收入包括：…", "支出包括：…"
            if word in ("含", "包括", "包含") and text[at - 1:at] not in "（(，,：: " and not _directly_after_number(a, at) \
                    and not side_list:
                continue  # "包括基本工资…" names kinds, "含" inside words
            if word in ("含", "包括", "包含") and _names_kinds_first(text, s.start + m.end(), after):
                continue  # "占地300平方米，包含场坪整治及硬化，硬化室外晒坝420平方米…": works, not parts
            if word == "由":
                if not _MAKES_UP.search(text[at:s.end]) or text[at - 1:at] not in "。，,；; \n" and at != s.start:
                    continue  # "由…构成" states a composition; other 由 do not
            before = [f for f in facts if f.q.end <= at]
            if text[at - 1:at] in _OPEN and before and before[-1].role in ("delta", "growth") \
                    and not text[before[-1].q.end:at - 1].strip():
                continue  # "增加60000万元（其中：旗本级58800万元，…）": the change's own split
            head = text[s.start:at]
            restated = bool(restate_re and restate_re.search(head))
            if word.startswith("分别") and (not before or before[-1].role != "level" or "。" in text[before[-1].q.end:at]):
                continue  # "A、B分别为a、b" with no total before: parallel values, not a split
            scope_end = s.end
            if text[at - 1:at] in _OPEN:
                scope_end = _matching_close(text, at - 1, s.end)
            elif text[s.start + m.end():s.start + m.end() + 1] not in "：:":
                # without a colon the list ends with its clause group (at ；),
                # unless what follows is a sibling of its parts (税收收入…；非税收入…)
                scope_end = _clause_group_end(text, s.start + m.end(), s.end)
                while scope_end < s.end:
                    inside = [f for f in _levels(after) if f.q.start < scope_end]
                    nxt = [f for f in _levels(after) if f.q.start > scope_end]
                    if not (inside and nxt and (nxt[0].concept and inside[0].concept
                            and nxt[0].concept in lex.siblings.get(inside[0].concept, ())
                            or _same_kind_of_item(inside[-1], nxt[0]))):
                        break
                    scope_end = _clause_group_end(text, scope_end + 1, s.end)
            candidates = [c for c in _levels(after) if c.q.start < scope_end]
            if not candidates:
                continue
            other_totals: list[Fact] = []
            if restated and last_restated_total is not None and not _levels(before[-1:]):
                totals = [last_restated_total]
            else:
                totals = _primary_totals([g for g in _levels(before) if not _in_closed_bracket(text, g, at)]
                                         if before else [], text)
                if not before and not head.strip(" \t\u3000，,。：:"):
                    prev_levels = _not_reasons(a, [g for g in _levels(_prev_sentence_facts(a, by_sentence, s))
                                                   if not _in_closed_bracket(text, g, at)])
                    totals = _primary_totals(prev_levels, text)
                    # "直接受益13人，家庭间接收益18人。其中：公益岗5人…，困难生活补助8人…":
                    # the sentence before may hold more than one figure the list can be of
                    other_totals = [g for g in prev_levels if g not in totals]
                elif not before and side_list:
                    totals = _side_total(a, by_sentence, s, head)
            for dim_total in _totals_by_dimension(totals, candidates, _levels(before), text):
                # "其中：一般户600户…；按劳动能力分，有劳动能力户700户…": each 按…分
                # starts another breakdown of the same total
                groups = _by_classification(text, candidates)
                for k, group in enumerate(groups):
                    claim, nested = _composition_for(a, dim_total, group, word, at, by_sentence,
                                                     scope_end == s.end and k == 0)
                    if claim is not None:
                        claim.other_totals = [g for g in other_totals if _same_dim(g, dim_total)]
                    if claim is not None:
                        if scope_end < s.end and len(groups) == 1:
                            _add_reading_past_clause(a, claim, dim_total, after, word, at)
                        out.append(claim)
                        out.extend(nested)
            if restated and totals:
                last_restated_total = totals[0]
        for c in out[marked:]:
            covered.update(id(p) for p in c.operands)
        marked = len(out)
        out.extend(_parenthetical_breakdowns(a, facts, s, covered))
        out.extend(_listed_breakdowns(a, facts, covered))
        for c in out[marked:]:
            covered.update(id(p) for p in c.operands)
        marked = len(out)
    out.extend(_accumulations(a, by_sentence, out))
    return _dedupe(out)


_BULLET = re.compile(r"\s*(?:——|—|－|-|·|•|●|▪|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[、.．](?![0-9０-９]))")
_ONLY_TRIGGERS = re.compile(r"[\s：:，,]*(?:其中[\s：:]*)*")


def _bulleted_list(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], trigger_end: int, word: str,
                   at: int) -> Claim | None:
    """"支出合计6449万元，其中：" then one item a line ("——一般公共服务支出1650万元，
    增长40.78%；"): the parts are the first figure of each bulleted line."""
    text = a.doc.text
    if not _ONLY_TRIGGERS.fullmatch(text, trigger_end, s.end):
        return None
    totals = _primary_totals(_levels([f for f in facts if f.q.end <= at]), text)
    if not totals:
        return None
    total = totals[-1]
    parts: list[Fact] = []
    for idx in range(s.index + 1, len(a.sentences)):
        sent = a.sentences[idx]
        if not _BULLET.match(text, sent.start):
            break
        first = next((f for f in _levels(by_sentence.get(idx, [])) if _same_dim(f, total)), None)
        if first is None:
            break
        parts.append(first)
    if len(parts) < 2:
        return None
    claim = _make_composition(a, total, parts, word, at)
    claim.how += ", one item a line"
    return claim


_ADD = re.compile(r"(?:^|(?<=[，,。；;\s]))加上?")


def _accumulations(a: Analysis, by_sentence, existing: list[Claim]) -> list[Claim]:
    """"收入4402万元，加上级转移支付收入1884万元，…，收入合计为6449万元" and
    "…111.11万元。加上…补助等1,756.37万元，收入总计1,867.48万元": a figure,
    加 what is added, then the 总计/合计."""
    text = a.doc.text
    nested = {id(o) for c in existing for o in _closed_parts(c)}
    out = []
    for s in a.sentences:
        facts = _levels(by_sentence.get(s.index, []))
        m = _ADD.search(text, s.start, s.end)
        if not facts or m is None:
            continue
        totals = [f for f in facts if f.q.start > m.end() and _GRAND_TOTAL.search(f.label)]
        if not totals:
            continue
        total = totals[0]
        before = [f for f in facts if f.q.end <= m.start()]
        others: list[Fact] = []
        if before:
            # "总收入410338万元…，其中地方收入271630万元…；加上级补助收入…": what is
            # added to may be the head figure or one the sentence names after it
            first = before[0]
            others = [f for f in before[1:] if _same_dim(f, total)]
        elif not text[s.start:m.start()].strip():
            # "收入安排77.6亿元。其中：税收65.7亿元…。加上…，收入总计222.7亿元": what is
            # added to is the paragraph's head figure, not the first of its breakdown
            pool = _paragraph_levels(a, by_sentence, s)
            heads = [f for f in pool if _same_dim(f, total)]
            first = heads[0] if heads else None
            others = heads[1:]
        else:
            first = None
        if first is None or not _same_dim(first, total):
            continue
        added = [f for f in facts if m.end() <= f.q.start < total.q.start and _same_dim(f, total) and id(f) not in nested]
        if not added:
            continue
        out.append(Claim("composition", total, [first, *added], "eq", "A 加 B … 总计/合计",
                         alternatives=[[o, *added] for o in others],
                         pattern="sum.added-to-total", trigger=text[m.start():m.end()]))
    return out


def _year_pair(a: Analysis, facts: list[Fact], k: int) -> tuple[Fact, Fact] | None:
    """The two figures of two years just before the change ``facts[k]`` in its
    sentence ("2016年预算8万元，2015年预算12.5万元；对比减少4.35万元"), later
    year first: same dimension and phase, each naming its own year, and no
    other change or rate between them and it."""
    text = a.doc.text
    before = facts[:k]
    if len(before) < 2:
        return None
    x, y = before[-2], before[-1]
    if any(g.role != "level" for g in (x, y)) or not (_same_dim(x, y) and _same_dim(y, facts[k])):
        return None
    if x.q.approx or y.q.approx or (x.phase or "") != (y.phase or ""):
        return None
    years = [_OWN_YEAR.search(g.label) for g in (x, y)]
    if not all(years) or years[0].group(1) == years[1].group(1):
        return None
    if x.concept and y.concept and x.concept != y.concept:
        return None
    if _CLAUSE_END.search(text, x.q.end, y.label_start):
        return None  # the two years side by side in one clause group
    return (x, y) if years[0].group(1) > years[1].group(1) else (y, x)


_OWN_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")


_OPENS_WITH_COMPARISON = re.compile(r"\s*(?:比|较|与|同比)")


def _previous_head(a: Analysis, by_sentence, s: Sentence, f: Fact) -> Fact | None:
    """The first figure of ``f``'s dimension in the sentence before ``s``, on
    the same line."""
    if s.index == 0 or a.sentences[s.index - 1].start < a.doc.start_of_line(s.start):
        return None
    heads = [g for g in _levels(by_sentence.get(s.index - 1, [])) if _same_dim(g, f)
             and not g.q.approx and not g.q.is_range]
    return heads[0] if heads else None


def _paragraph_levels(a: Analysis, by_sentence, s: Sentence) -> list[Fact]:
    """The level figures of the sentences before ``s`` on its line (its
    paragraph), in order; the sentence just before when it opens its line."""
    line_start = a.doc.start_of_line(s.start)
    out: list[Fact] = []
    j = s.index - 1
    while j >= 0 and a.sentences[j].start >= line_start:
        out = _levels(by_sentence.get(j, [])) + out
        j -= 1
    if not out and s.index:
        out = _levels(by_sentence.get(s.index - 1, []))
    return out


_TOTAL_AFTER = re.compile(r"(?:目前|现)?(?:共计|合计|总计|共)$")
_TOTAL_MARK = re.compile(r"合计|总计|共计|总数|共有|^共")
_LABEL_END = re.compile(r"[为是：:\s]+$")


def _listed_breakdowns(a: Analysis, facts: list[Fact], covered: set[int]) -> list[Claim]:
    """Breakdowns stated without a trigger word:

    - a total marked 合计/共计 followed by figures whose labels end like its
      own ("编制数合计50名，行政编制数23名，事业编制数27名");
    - a total followed by its 已… and 未… figures ("监测户112户，已消除风险
      监测39户，未消除风险监测73户"): done and not done partition it;
    - figures followed by their total marked 共 ("新申报项目19个，重新提交未实施
      项目29个，目前在库项目共48个"), when their labels share its noun.
    """
    covered = set(covered)
    out = []
    levels = _levels(facts)
    for i, t in enumerate(levels):
        if i < 2 or id(t) in covered or not _TOTAL_AFTER.search(t.label):
            continue
        parts = [f for f in levels[:i] if _same_dim(f, t) and id(f) not in covered]
        if any(_ADD.match(p.label.strip()) or "加上" in p.label for p in parts):
            # "加上A、B，总计T", "县级收入加上A、B，合计T": added to a figure
            # before them (sum.added-to-total), not a list of T's parts
            continue
        if len(parts) >= 2 and all(shares_word(_TOTAL_AFTER.sub("", t.label), p.label) for p in parts):
            out.append(Claim("composition", t, parts, "eq", f"{t.name or '共'}: the figures listed before it",
                             pattern="sum.listed-before-total", trigger=_TOTAL_AFTER.search(t.label).group(0)))
            covered.update(id(p) for p in parts)
    for i, t in enumerate(levels):
        if id(t) in covered:
            continue
        rest = [f for f in levels[i + 1:] if _same_dim(f, t)]
        if len(rest) < 2:
            continue
        if _TOTAL_MARK.search(t.label):
            parts = []
            for f in rest:
                if id(f) in covered or _TOTAL_MARK.search(f.label):
                    break
                parts.append(f)
            labels = [_LABEL_END.sub("", p.label.strip()) for p in parts]
            suffix = _common_suffix(labels)
            while len(parts) >= 2 and len(suffix) < 2:
                parts, labels = parts[:-1], labels[:-1]
                suffix = _common_suffix(labels)
            if len(parts) >= 2 and len(suffix) >= 2 and suffix in t.label:
                out.append(Claim("composition", t, parts, "eq", f"{t.name or '合计'}: figures labelled …{suffix}",
                                 pattern="sum.total-then-labelled-parts", trigger=_TOTAL_MARK.search(t.label).group(0)))
                covered.update(id(p) for p in parts)
            continue
        done, todo = rest[0], rest[1] if len(rest) > 1 else None
        if todo is None or not done.label.strip().startswith("已") or not todo.label.strip().startswith("未"):
            continue
        common = done.label.strip()[1:]
        if common != todo.label.strip()[1:] or not shares_word(common, t.label):
            continue
        out.append(Claim("composition", t, [done, todo], "eq", f"{t.name or 'total'} = 已 + 未",
                         pattern="sum.done-and-not-done", trigger="已/未"))
    return out


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
_COMPARED_BASE = re.compile(r"(?:较|比|与)[^，,。；;：:]*?的?$")


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


_HAN_OPENS = re.compile(r"[，,]\s*(?:含|包含|包括|其中)")


def _names_kinds_first(text: str, start: int, after: list[Fact]) -> bool:
    """The words after 包含/包括 close a clause (at ，) before any figure: they
    name what is included; the figures after them are not its parts."""
    comma = _CLAUSE_COMMA.search(text, start)
    return comma is not None and (not after or after[0].q.start > comma.start()) and \
        not text[start:comma.start()].strip(" ：:")== ""


_CLAUSE_COMMA = re.compile(r"[，,；;。]")


def _not_reasons(a: Analysis, levels: list[Fact]) -> list[Fact]:
    """The figures of a sentence but those in its reason clause ("收入192.01万元，
    较上年减少27.31万元，主要原因是上年有疫情防控经费29.01万元"): a list opening
    the next sentence breaks down what the sentence is about, not its reason."""
    if len(levels) < 2 or not a.lexicon.reason_words:
        return levels
    reason = a.lexicon.pattern("reason_words", lambda: re.compile(
        "|".join(map(re.escape, sorted(a.lexicon.reason_words, key=len, reverse=True)))))
    first = levels[0]
    m = reason.search(a.doc.text, first.q.end, levels[-1].q.start)
    return [g for g in levels if m is None or g.q.start < m.start()]


def _primary_totals(levels: list[Fact], text: str = "") -> list[Fact]:
    """The figure just before a trigger is the total; figures written right
    against it ("843户3151人，其中…") are totals of their own dimensions. A
    figure that is the base of a percentage ("完成年初预算数60999万元的40.4%")
    is passed over."""
    levels = [f for f in levels if not _COMPARED_BASE.search(f.label)
              and not (text and text[f.q.end:f.q.end + 1] == "的")]
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
    a sibling of the total, or a new total."""
    if f.concept and total.concept:
        if f.concept == total.concept:
            return True
        if f.concept in lex.siblings.get(total.concept, set()):
            return True
    return bool(_TOTAL_WORDS.search(f.label)) and not f.extras.get("inherited_label")


def _composition_for(a: Analysis, total: Fact, candidates: list[Fact], word: str, at: int,
                     by_sentence=None, may_continue: bool = False) -> tuple[Claim | None, list[Claim]]:
    """The list of parts of ``total`` among ``candidates``, and the lists
    nested in it (a part followed by its own 其中 or parenthesis)."""
    lex = a.lexicon
    text = a.doc.text
    # "完成预算12.02万元的100%": the base of a percentage is not one more part;
    # "下设5个单位，其中局机关内设7个科室": a count of other things is not either
    cands = []
    for c in candidates:
        if not _same_dim(c, total):
            continue
        if _is_percentage_base(text, c):
            a.note(c, f"not a part of {total.q.shown()}: the base of the percentage after it")
        elif _FROM_VALUE.search(c.label) and _CHANGED_TO.match(text, c.q.end) and c is not total:
            # "土地出让收入由年初预算的65000万元调整35000万元": the value it changed from
            a.note(c, f"not a part of {total.q.shown()}: the value a change started from (由…)")
        elif _is_base(c) and not _is_base(total):
            # "其中，国家财政性教育经费为299023万元，比上年的304276万元下降1.73%": last year's figure
            a.note(c, f"not a part of {total.q.shown()}: last year's figure, the base of a change")
        elif _counts_other_things(text, c, total):
            a.note(c, f"not a part of {total.q.shown()}: it counts other things")
        else:
            cands.append(c)
    if may_continue and by_sentence is not None and cands:
        cands = cands + _continuation(a, by_sentence, cands[-1], total, {c.concept for c in cands if c.concept})
    parts: list[Fact] = []
    nested: list[Claim] = []
    i = 0
    while i < len(cands):
        f = cands[i]
        if _stops_list(lex, total, f):
            break
        if parts and f.label.strip(" ，,").startswith(tuple(lex.clause_openers)):
            a.note(f, f"ends the list of {total.q.shown()}: it opens a clause of its own")
            break
        parts.append(f)
        i += 1
        if i >= len(cands):
            break
        gap = text[f.q.end:cands[i].q.start]
        paren = _unclosed_open(gap)
        if paren >= 0 and ("其中" in gap[paren:] or _TOTAL_WORDS.search(gap[:paren]) is None):
            open_at = f.q.end + paren
            close = _matching_close(text, open_at, f.sentence.end)
            inside = [c for c in cands[i:] if c.q.start < close]
            kids = []
            for c in inside:
                kids.append(c)
                if len(kids) >= 2 and _sum_meets(kids, f):
                    break  # the rest of the parenthesis belongs to the outer list
            i += len(kids)
            if len(kids) >= 2 or (kids and "其中" in text[open_at:kids[0].q.start]):
                nested.append(_make_composition(a, f, kids, "（…）", open_at))
        elif "其中" in gap or _NESTED_OPENER.match(gap) or _MAIN_ITEMS.search(gap):
            # "财力安排支出68.4亿元，…，主要支出事项：A 7.1亿元、B 7.5亿元…等；": its own items
            # "上级补助收入5926万元，含一般性转移支付4951万元，专项975万元；…": a part's own breakdown
            kids = []
            run_in = "其中" not in gap  # "，含…": the breakdown ends with its clause (；)
            while i < len(cands):
                c = cands[i]
                if c.concept and f.concept and (c.concept == f.concept or c.concept in lex.siblings.get(f.concept, set())):
                    break
                if run_in and kids and _CLAUSE_END.search(text, kids[-1].q.end, c.q.start):
                    break
                if _stops_list(lex, total, c):
                    break
                kids.append(c)
                i += 1
                if len(kids) >= 2 and _sum_meets(kids, f):
                    break
            if kids:
                main = _MAIN_ITEMS.search(gap)
                at_word = gap.index("其中") if "其中" in gap else (main.start() if main else gap.index("含"))
                nested.append(_make_composition(a, f, kids, "其中", f.q.end + at_word))
    if not parts:
        return None, []
    subtracted = tuple(lex.subtracted_words)
    taken_away = [p for p in parts if p.label.strip(_LABEL_PUNCT + "其中").startswith(subtracted)]
    if taken_away and subtracted and not any(w in total.label for w in subtracted):
        a.note(taken_away[0], f"the list of {total.q.shown()} takes this away: not a plain sum")
        return None, nested
    named_phases = {p.phase for p in parts if p.phase and p.phase in p.label}
    if len(named_phases) > 1:
        # "其中：…年初预算为1255.37万元，支出决算为1865.86万元": one item's
        # figures in two phases, never added up
        a.note(parts[0], f"not parts of {total.q.shown()}: they name phases {'/'.join(sorted(named_phases))}")
        return None, nested
    return _make_composition(a, total, parts, word, at), nested


_CLAUSE_END = re.compile(r"[；;。]")
_MAIN_ITEMS = re.compile(r"主要[^，,。；;：:0-9]{0,10}[：:]|主要(?:包括|包含|有)")
_FROM_VALUE = re.compile(r"由[^，,。；;、]{0,12}?的?\s*$")
_CHANGED_TO = re.compile(r"\s*(?:调整|调增|调减|变为|变更为|增加到|增加至|减少到|减少至|下降到|下降至|增长到|增长至|提高到|提高至|降至|增至|降低到|降低至)")
_NESTED_OPENER = re.compile(r"[^\u4e00-\u9fff]{0,3}(?:包含|含)(?!税)")
_PERCENT_AFTER = re.compile(r"的\s*[0-9０-９.．]+\s*[%％]|的(?:百分之|[0-9０-９]+\s*倍)")


_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _counted_noun(text: str, f: Fact) -> str:
    """The noun written right after a count ("5个单位" → 单位), or ''."""
    if not f.q.is_count:
        return ""
    m = _COUNTED_NOUN.match(text, f.q.end, f.q.end + 4)
    return m.group(0) if m else ""


def _counts_other_things(text: str, part: Fact, total: Fact) -> bool:
    a, b = _counted_noun(text, part), _counted_noun(text, total)
    return len(a) >= 2 and len(b) >= 2 and not shares_word(a, b)


def _add_reading_past_clause(a: Analysis, claim: Claim, total: Fact, after: list[Fact], word: str, at: int) -> None:
    """"其中，一般公共预算拨款3300.69万元；政府性基金预算拨款0万元；财政专户管理资金
    收入772.73万元；…": a list cut at a ； may go on with items of other kinds;
    the reading that takes the rest of the sentence is one the author may mean."""
    rest = [f for f in _levels(after) if _same_dim(f, total) and f.q.start > claim.operands[-1].q.start]
    if not rest:
        return
    longer, _ = _composition_for(a, total, [*claim.operands, *rest], word, at)
    if longer is not None and len(longer.operands) > len(claim.operands):
        claim.alternatives.append(longer.operands)


def _same_kind_of_item(last: Fact, nxt: Fact) -> bool:
    """"…事业收入100.30万元；其他收入60.00万元": the next clause names an item of
    the same kind (the same last word) as the list's last part: the list goes on."""
    a, b = (_LABEL_END.sub("", f.label.strip(" ，,；;")) for f in (last, nxt))
    return len(a) >= 3 and len(b) >= 3 and a[-2:] == b[-2:] and _same_dim(last, nxt)


_CLASSIFIED_BY = re.compile(r"按[\u4e00-\u9fff]{1,10}(?:划分|来分|分类|分)")


def _by_classification(text: str, figures: list[Fact]) -> list[list[Fact]]:
    """Figures split where a 按…分 between two of them starts another breakdown."""
    groups: list[list[Fact]] = [[]]
    for f in figures:
        if groups[-1] and _CLASSIFIED_BY.search(text, groups[-1][-1].q.end, f.q.start):
            groups.append([])
        groups[-1].append(f)
    return groups


def _is_percentage_base(text: str, f: Fact) -> bool:
    return bool(_PERCENT_AFTER.match(text, f.q.end, f.q.end + 16))


def _continuation(a: Analysis, by_sentence, last: Fact, total: Fact, named: set[str] = frozenset()) -> list[Fact]:
    """A list cut by a full stop goes on while the next sentences open with a
    sibling of its parts ("其中：人员经费…主要包括…。公用经费…"), never with a
    part it named already (基本支出 again: a restatement, the next section's)."""
    lex = a.lexicon
    out: list[Fact] = []
    s = last.sentence
    anchor = last
    seen = {last.concept, *named}
    for idx in range(s.index + 1, min(s.index + 5, len(a.sentences))):
        facts = _levels(by_sentence.get(idx, []))
        if not facts:
            continue  # a sentence about something else ("无购置车辆的情况。")
        first = facts[0]
        if not (first.concept and anchor.concept and first.concept in lex.siblings.get(anchor.concept, set())
                and first.tight and _same_dim(first, total)) or first.concept in seen:
            break  # a part named again is a restatement, not the next part
        out.append(first)
        seen.add(first.concept)
        anchor = first
    return out


def _sum_meets(parts: list[Fact], total: Fact) -> bool:
    from fiscallint.model.intervals import sum_intervals

    return sum_intervals(p.q.interval() for p in parts).meets(total.q.interval())


def _make_composition(a: Analysis, total: Fact, parts: list[Fact], word: str, at: int) -> Claim:
    lex = a.lexicon
    text = a.doc.text
    parts = _items_without_their_attribute(a, _same_attribute_as_total(a, total, parts))
    relation = "eq"
    how = f"{total.name or '合计'} {word} {len(parts)} part(s)"
    clause = a.doc.start_of_line(at) - 1  # the last of "，,。；;\n" before it, not searched past its line
    for ch in "，,。；;":
        clause = max(clause, text.rfind(ch, clause + 1, at))
    lead = text[max(clause + 1, total.q.end):parts[0].q.start]
    tail = text[parts[-1].q.end:parts[-1].q.end + 3]
    if _has_word(lead, [w for w in lex.partial_words if w != "等"]) or "等" in tail[:2]:
        relation, how = "le", how + ", not exhaustive (主要/等)"
    colon = text[at + len(word):at + len(word) + 1] in "：:"
    if any(_has_word(p.label, lex.attribute_words) for p in parts):
        relation, how = "each_le", how + ", overlapping attributes (not a partition)"
    elif (total.q.is_count and not _has_word(total.label, lex.establishment_words)
          and all(_has_word(p.label, lex.establishment_words) for p in parts)):
        # "共有工作人员73人，其中行政编制25人、事业编制26人…": staff beyond the establishment
        relation, how = "le", how + ", kinds of establishment under a staff total (others may be outside)"
    elif sum(_has_word(p.label, lex.level_words) for p in parts) >= 2:
        relation, how = "each_le", how + ", levels of one hierarchy (nested, not a partition)"
    elif len(parts) == 1:
        relation = "le"
    elif relation == "eq" and total.q.dimension == "area" and not _TOTAL_WORDS.search(total.label):
        # "总面积96.25平方公里，其中耕地23.43…林地54.87": land by use is rarely all listed
        relation, how = "le", how + ", land by use (may be partial)"
    elif (len({w for p in parts for w in lex.status_words if w in p.label}) >= 2
          and not all(shares_word(p.label, total.label) for p in parts)):
        # "持证残疾户26户，其中重残户12户，特困供养户5户": statuses of assistance
        # overlap (a 特困 household may be 残疾 too)
        relation, how = "each_le", how + ", overlapping statuses (not a partition)"
    if (relation == "eq" and word == "其中" and not colon and len(parts) >= 4
            and all(_own_change_after(a, p) for p in parts)):
        # "支出完成217.99亿元。其中，一般公共服务支出20.4亿元，同比下降2.0%；教育支出45.7亿元，
        # 同比增长4.2%；…": items picked out, each with its own change, not every item
        relation, how = "le", how + ", items picked out with their own changes (其中 without a colon)"
    if (relation == "eq" and word == "其中" and not colon and len(parts) <= 3 and _below_half(parts, total)
            and not (total.concept and lex.complete(total.concept, {p.concept for p in parts}))):
        # without a colon, 其中 often picks a few items out (…总产值270亿元，其中
        # 数字经济产值40亿元，泛半导体产业产值36亿元): when they cover under half
        # the total, they are a selection, unless they are all the parts an
        # identity names
        relation, how = "le", how + ", a selection (其中 without a colon, under half the total)"
    if relation == "eq" and _cut_at_passage_end(text, parts[-1]):
        relation, how = "le", how + ", the passage ends inside the list"
    if total.q.approx or any(p.q.approx for p in parts):
        how += ", approximate figures"
    claim = Claim("composition", total, list(parts), relation, how, variant="colon" if colon else "",
                  pattern=_composition_pattern(word), trigger=word + ("：" if colon else ""))
    # every part an identity names: of the total's concept, or of a total
    # whose name the lexicon does not know (年初预算支出 = 基本支出 + 项目支出)
    concepts = {p.concept for p in parts}
    complete = any(set(ident.parts) <= concepts and total.concept in (None, ident.total) for ident in lex.identities)
    if relation == "eq" and word in ("含", "包含") and not colon and not complete:
        claim.may_be_partial = True
    if relation == "eq" and claim.pattern in _OPEN_LIST_PATTERNS and not complete:
        claim.open_list = True
    serving = [p for p in parts if not _has_word(p.label, lex.retired_words)]
    if total.concept in ("编制数", "实有人数") and 0 < len(serving) < len(parts):
        # "编制人数45人，其中在职38人，退休20人": reports count an establishment
        # with or without its retired staff; without them, those serving fit in it
        claim.alternatives.append(serving)
        claim.alternative_relation = "le"
        claim.how += ", read with or without retired staff"
    return claim


def _own_change_after(a: Analysis, part: Fact) -> bool:
    """Whether a growth rate of its own follows ``part`` in its clause."""
    return _OWN_CHANGE.match(a.doc.text, part.q.end) is not None


_OWN_CHANGE = re.compile(r"[，,]?\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)[0-9０-９.．]+\s*[%％]")


def _same_attribute_as_total(a: Analysis, total: Fact, parts: list[Fact]) -> list[Fact]:
    """"送审35.43亿元，审定32.66亿元，核减2.77亿元，其中预算…送审23.79亿元，审定21.81亿元，
    核减1.98亿元，结算…核减0.78亿元": groups that repeat the total's figures;
    the total's parts are the figures named as it is."""
    name = total.label.strip(_LABEL_PUNCT)
    labels = [p.label.strip(_LABEL_PUNCT) for p in parts]
    if len(name) < 2 or labels.count(name) < 2 or len(set(labels)) == len(labels):
        return parts
    same = [p for p, w in zip(parts, labels) if w == name]
    for p, w in zip(parts, labels):
        if w != name:
            a.note(p, f"not a part of {total.q.shown()}: its group repeats the total's figures, and {name} is the part")
    return same


def _items_without_their_attribute(a: Analysis, parts: list[Fact]) -> list[Fact]:
    """"因公出国费2.94亿元，压减3.7亿元；公务用车费24.72亿元，压减18.89亿元；…": a
    label that comes back after every item names an attribute of each item
    (its change, its budget), not one more part; the items are the rest."""
    labels = [p.label.strip(_LABEL_PUNCT) for p in parts]
    for word in {w for w in labels if w and labels.count(w) >= 2}:
        at = [i for i, w in enumerate(labels) if w == word]
        if len(at) >= 2 and at[0] == 1 and at == list(range(1, at[-1] + 1, 2)) and a.lexicon.concept_of(word) is None:
            for i in at:
                a.note(parts[i], f"not a part: “{word}” after each item names an attribute of it")
            return [p for i, p in enumerate(parts) if labels[i] != word]
    return parts


_LABEL_PUNCT = " ，,；;、：:（）()"


# one pattern id per way of stating a list (measured apart in rules/ledger.toml)
_COMPOSITION_PATTERNS = {"其中": "sum.of-which", "（…）": "sum.parenthesis", "分别为": "sum.respectively",
                         "分别是": "sum.respectively", "由": "sum.consists-of"}


# the lists whose words leave open whether every part is named
_OPEN_LIST_PATTERNS = frozenset({"sum.of-which", "sum.respectively", "sum.parenthesis", "sum.including"})


def _composition_pattern(word: str) -> str:
    return _COMPOSITION_PATTERNS.get(word, "sum.including")


def _below_half(parts: list[Fact], total: Fact) -> bool:
    from fiscallint.model.intervals import sum_intervals

    return sum_intervals(p.q.interval() for p in parts).hi * 2 < total.q.interval().lo


def _cut_at_passage_end(text: str, last: Fact) -> bool:
    """An excerpt that stops mid-sentence ("…上级补助收入0万元，附属"): the list
    may go on past what is there."""
    rest = text[last.q.end:last.sentence.end]
    return last.sentence.end >= len(text.rstrip()) and not _CLAUSE_CLOSE.search(rest) and bool(rest.strip(" \t\n，,、"))


def _parenthetical_breakdowns(a: Analysis, facts: list[Fact], s: Sentence, covered: set[int]) -> list[Claim]:
    """"监测户90户350人（脱贫不稳定户34户134人，边缘户36户144人）": figures in a
    parenthesis right after a total break it down."""
    text = a.doc.text
    out = []
    for idx, f in enumerate(facts):
        nxt = text[f.q.end:f.q.end + 1]
        if nxt not in _OPEN or f.role != "level" or f.q.is_percent:
            continue
        close = _matching_close(text, f.q.end, s.end)
        inner = [g for g in facts[idx + 1:] if g.q.start < close]
        # the figures just before the parenthesis share it ("90户350人（…）")
        heads = [f]
        j = idx - 1
        while j >= 0 and facts[j].q.end == heads[0].q.start and facts[j].role == "level":
            heads.insert(0, facts[j])
            j -= 1
        for head in heads:
            parts = [g for g in _levels(inner) if _same_dim(g, head)]
            if len(parts) < 2 or any(id(p) in covered for p in parts):
                continue
            if "其中" in text[f.q.end:parts[0].q.start] or any(_TOTAL_WORDS.search(p.label) for p in parts):
                continue
            out.append(_make_composition(a, head, parts, "（…）", f.q.end))
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One reading per list: when two claims split the same total with
    overlapping parts, the first (the outer list's, which knows where a
    nested list ends) wins. A total restated by another classification
    (按经济分类) has other parts and keeps its own claim."""
    seen: dict[int, set[int]] = {}
    out = []
    for c in claims:
        ops = {id(o) for o in c.operands}
        prior = seen.setdefault(id(c.stated), set())
        if prior & ops:
            continue
        prior.update(ops)
        out.append(c)
    return out


# ---------------------------------------------------------------- share
_WHOLE_NOISE = re.compile(r"^占|的?比重为?|的?比例为?|比重的|的|为|达|约|了|\s")


def _shares(a: Analysis, by_sentence, compositions: list[Claim]) -> list[Claim]:
    lex = a.lexicon
    part_of: dict[int, Claim] = {}
    for c in compositions:
        for p in c.operands:
            part_of.setdefault(id(p), c)
    out = []
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        for k, f in enumerate(facts):
            if f.role != "share" or f.q.approx or f.q.is_range:
                continue
            # "支出18.77万元（含结转3.58万元），占总数的100%": a figure in a bracket is
            # a detail of the one before it, not what the share is of
            before = [g for g in _levels(facts[:k]) if not _in_closed_bracket(a.doc.text, g, f.q.start)]
            if not before:
                continue
            part = before[-1]
            if _names_other_subject(f, part):
                named_part = _figure_named_by_share(f, before[:-1])
                if named_part is None:
                    a.note(f, f"not the share of {part.q.shown()}: its label names another subject")
                    continue
                part = named_part
            named = f.label[f.label.find("占") + 1:] if "占" in f.label else ""
            named = _WHOLE_NOISE.sub("", named)
            if named and _names_a_plan(lex, named):
                # "国税完成11765万元，占年初预算的25%": of the part's own budget,
                # a completion rate, not a share of the list's total
                a.note(f, "of the figure's own plan (占预算): not a share of a total")
                continue
            whole, how, pattern = None, "", ""
            comp = part_of.get(id(part))
            w_concept = lex.concept_of(named) if named else None
            if comp is not None and comp.stated is not part:
                t = comp.stated
                if not named or w_concept is None and _TOTAL_WORDS.search(named) or w_concept == t.concept or (
                    w_concept is not None and t.concept is None and named.startswith("总")
                ):
                    whole, how, pattern = t, f"占 the total of its list ({t.name or t.q.shown()})", "share.of-list-total"
            if whole is None and w_concept is not None:
                whole = _lookup(a, w_concept, part, same_dim=True)
                how, pattern = f"占{named}: found by its label", "share.named-whole"
            if whole is None and not named and part.concept:
                # "三公经费支出决算中，公务接待费16.3万元，占63.42%": the whole is
                # the concept the sentence is about, when the part belongs to it
                head = a.doc.text[s.start:part.label_start]
                for _, _, concept in reversed(lex.concept_spans(head)):
                    if part.concept in lex.children.get(concept, ()):
                        whole = _lookup(a, concept, part, same_dim=True)
                        how, pattern = f"占 the {concept} the sentence is about", "share.sentence-subject"
                        break
            if whole is None and len(named) >= 3:
                # "本次审计预算资金额3200万元，…问题资金13.44万元，占审计预算资金额的0.42%":
                # the whole is named by the label of a figure of the sentence
                whole = next((g for g in reversed(before[:-1]) if named in g.label), None)
                how, pattern = f"占{named}: the figure so labelled in the sentence", "share.named-in-sentence"
            if whole is None or whole is part:
                continue
            out.append(Claim("share", f, [part, whole], "eq", how, pattern=pattern, trigger=f.label.strip()[-8:]))
    return out


def _names_a_plan(lex, named: str) -> bool:
    """Whether the whole a share names is only a plan (年初预算, 调整预算数, 计划,
    任务): what the part itself was planned at."""
    rest = named
    for word in sorted([*lex.phases, "计划", "任务"], key=len, reverse=True):
        if lex.phases.get(word, "") not in ("决算", "上年"):
            rest = rest.replace(word, "")
    return rest != named and not rest.strip("数额的")


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_SHARE_SUBJECT = re.compile(r"^(?:其中|分别|共|合计|总计|约|的|为|是|达|了|\s)+|(?:的?比重|的?比例|占比|占).*$")


def _share_subject(share: Fact) -> str:
    return _NOT_HAN.sub("", _SHARE_SUBJECT.sub("", share.label.strip()))


def _names_subject(label: str, subject: str) -> bool:
    """``label`` names ``subject``, and not its negation (非税收入 is not 税收)."""
    at = label.find(subject)
    return at >= 0 and label[at - 1:at] != "非"


def _figure_named_by_share(share: Fact, before: list[Fact]) -> Fact | None:
    """"其中税收收入77864万元，…，非税收入31625万元，…，税收占收入的比重为71.1%":
    the latest figure before whose label names the share's subject."""
    subject = _share_subject(share)
    if len(subject) < 2:
        return None
    return next((g for g in reversed(before) if _names_subject(g.label, subject)), None)


def _names_other_subject(share: Fact, part: Fact) -> bool:
    """"泛半导体产业产值36亿元，…，战略新兴产业增加值占比达25%": a share whose
    label names a subject of its own, unlike the figure before it, is that
    subject's share."""
    subject = _share_subject(share)
    if len(subject) < 2:
        return False
    if subject in part.label and not _names_subject(part.label, subject):
        return True  # 非税收入 before a share of 税收
    grams = [subject[i:i + 2] for i in range(len(subject) - 1)]
    return sum(g in part.label for g in grams) * 2 < len(grams)


def _done_of_total(a: Analysis, rate: Fact, here: list[Fact]) -> Claim | None:
    """"监测户90户350人（…），已消除风险50户204人，风险消除率为58.29%": the rate of
    what is done (已 + the rate's own verb) out of the figure it was done among,
    the one just before it (before its bracket); by each unit the figures give."""
    text = a.doc.text
    verb = _RATE_NAME_END.sub("", rate.label.strip())
    grams = {verb[i:i + 2] for i in range(len(verb) - 1)} - {"完成", "执行"}  # 完成率: plan/actual figures
    pairs = []
    for num in here:
        label = num.label.strip(" ，,")
        if not label.startswith("已") or not grams or not any(g in label for g in grams):
            continue
        before = [g for g in here if g.q.end <= num.label_start and _same_dim(g, num) and not g.label.strip(" ，,").startswith("已")]
        if not before:
            continue
        whole = before[-1]
        opened = text.rfind("）", whole.q.end, num.q.start)
        if opened >= 0:
            # the figures in the bracket break the whole down: the whole is before it
            at = text.rfind("（", 0, opened)
            outside = [g for g in before if g.q.end <= at]
            if not outside:
                continue
            whole = outside[-1]
        pairs.append([num, whole])
    if not pairs:
        return None
    first, *others = pairs[::-1]
    return Claim("rate", rate, first, "eq", "done (已…) / the figure it was done among", alternatives=others,
                 pattern="rate.done-of-total", trigger=rate.label.strip()[-8:])


_RATE_NAME_END = re.compile(r"(?:率|比例|比率)?(?:为|是|达到|达|：|:)?$")


def _lookup(a: Analysis, concept: str, near: Fact, same_dim: bool = True) -> Fact | None:
    """The figure labelled ``concept`` in the phase of ``near``: the nearest
    before it, else the nearest after; None when the report states several
    different values for it."""
    phase = near.phase or a.default_phase
    cands = [
        f for f in a.with_concept(concept)
        if f.concept == concept and f.tight and f.role == "level" and f is not near
        and (f.phase or a.default_phase) == phase
        and (not same_dim or _same_dim(f, near))
    ]
    if not cands:
        return None
    first = cands[0].q.interval()
    if any(not c.q.interval().meets(first) for c in cands[1:]):
        return None
    before = [c for c in cands if c.q.start < near.q.start]
    return before[-1] if before else cands[0]


# ---------------------------------------------------------------- rate
def _rates(a: Analysis, by_sentence) -> list[Claim]:
    lex = a.lexicon
    out = []
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        for k, f in enumerate(facts):
            if f.role != "rate" or f.q.approx or f.q.is_range:
                continue
            # "A 35570亿元，完成预算的100%；B 96941亿元，完成预算的98.9%": the figures
            # before another rate are that rate's
            since = max((j + 1 for j in range(k) if facts[j].role == "rate"), default=0)
            here = _levels(facts[since:k])
            done = _done_of_total(a, f, here)
            if done is not None:
                out.append(done)
                continue
            cross = False
            pool = here
            if len(here) < 2:
                prev = _levels(_prev_sentence_facts(a, by_sentence, s))
                if len(here) == 1:
                    pool = [g for g in prev if _same_dim(g, here[0])] + here
                else:
                    pool = prev
                cross = True
            pool = pool[-6:]
            for dim_pool in _by_dimension(pool):
                if len(dim_pool) < 2:
                    continue
                x, y = dim_pool[-2], dim_pool[-1]
                if _UNPAID.search(y.label) and not _UNPAID.search(x.label):
                    # "资金支付18501.096万元，未支703万元，支付率95%": the plan is paid + unpaid
                    out.append(Claim("rate", f, [x, y], "eq", "done / (done + not done)", variant="remainder",
                                     decisive=not cross, pattern="rate.done-and-left", trigger=f.label.strip()[-8:]))
                    break
                if x.extras.get("period") != y.extras.get("period"):
                    a.note(f, "its amounts cover two periods (a month and the year to date): no rate of one by the other")
                    break
                plan, actual, decisive = _plan_actual(lex, x, y)
                words = _has_word(x.label + y.label, lex.plan_words + lex.actual_words)
                if not cross and len(dim_pool) == 2 and len(here) == 2 and words:
                    # the sentence states exactly these two amounts, named as plan or
                    # actual (林地面积 and 森林面积 are neither: 森林覆盖率 is of land area)
                    decisive = True
                alternatives = []
                for act in dim_pool[-2:]:
                    for pl in dim_pool:
                        if pl is not act:
                            alternatives.append([act, pl])
                claim = Claim("rate", f, [actual, plan], "eq", "actual / plan" + (" (labels say which)" if decisive else " (order assumed)"),
                              decisive=decisive and not cross, alternatives=alternatives,
                              pattern="rate.previous-sentence" if cross else "rate.actual-over-plan",
                              trigger=f.label.strip()[-8:])
                out.append(claim)
                break
    return out


_UNPAID = re.compile(r"^[\s，,、]*(?:尚?未|剩余|结余|余)")


def _by_dimension(facts: list[Fact]) -> list[list[Fact]]:
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f.q.dimension, []).append(f)
    # the dimension of the figure nearest the rate first
    return sorted(groups.values(), key=lambda g: -g[-1].q.start)


def _plan_actual(lex, x: Fact, y: Fact) -> tuple[Fact, Fact, bool]:
    def score(f: Fact) -> int:
        lab = f.label
        plan = _has_word(lab, lex.plan_words)
        actual = _has_word(lab, lex.actual_words)
        return (1 if plan else 0) - (1 if actual else 0)

    sx, sy = score(x), score(y)
    if sx > sy:
        return x, y, sx > 0 and sy < 0
    if sy > sx:
        return y, x, sy > 0 and sx < 0
    return x, y, False  # budget first, actual second: the usual order


# ---------------------------------------------------------------- change
def _changes(a: Analysis, by_sentence) -> list[Claim]:
    lex = a.lexicon
    out = []
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        subject: Fact | None = None  # the figure the sentence's changes are about
        for k, f in enumerate(facts):
            if f.role == "level":
                subject = None
            if f.role == "growth" and not any(g.role == "delta" for g in facts[max(0, k - 2):k]):
                claim = _growth_over_base_before(facts[:k], f) or _growth_against_last_year(a, facts[:k], f)
                if claim is not None:
                    out.append(claim)
                continue
            if f.role != "delta":
                continue
            if _RESPECTIVE.search(f.label):
                # "收、支总计各是A,B万元…各减少C,D万元,各下降E%、F%": each change
                # goes with its own figure, in order
                if k == 0 or facts[k - 1].label != f.label:
                    respective = _respective_changes(a, by_sentence, s, facts, k)
                    out.extend(respective)
                    if not respective:
                        a.note(f, "respective changes (各/分别) whose figures could not be paired in order")
                continue
            levels = _levels(facts[:k])
            pair = _year_pair(a, facts, k)
            if pair is not None:
                # "公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元；减少率35.22%"
                later, earlier = pair
                out.append(Claim("change", f, [later, earlier], "eq", f"{later.year} − {earlier.year}",
                                 direction=f.direction, variant="levels", pattern="change.year-pair",
                                 trigger=f.label.strip()[-8:]))
                rate = next((g for g in facts[k + 1:k + 2] if g.role == "growth" and not g.q.approx), None)
                if rate is not None and rate.direction in (0, f.direction):
                    out.append(Claim("growth", rate, [later, earlier], "eq", f"({later.year} − {earlier.year}) / {earlier.year}",
                                     direction=f.direction, variant="pair", pattern="growth.year-pair",
                                     trigger=rate.label.strip()[-8:]))
                subject = later
                continue
            # "由上年的74批次增加到105批次，增加31批次"
            if len(levels) >= 2 and _CHANGE_UP_TO.search(levels[-1].label) and _FROM.search(levels[-2].label) and _same_dim(levels[-1], f) and _same_dim(levels[-2], f):
                out.append(Claim("change", f, [levels[-1], levels[-2]], "eq", "由 A 到 B: B − A", direction=f.direction, variant="levels",
                                 pattern="change.from-to", trigger=f.label.strip()[-8:]))
                continue
            current = _subject(a, facts[:k], f)
            named_concept = lex.concept_of(_CHANGE_SPLIT.split(f.label)[0])
            if current is not None and named_concept and current.concept and current.concept != named_concept:
                # "…公务用车…174,732.10元,增长176.55%;公务接待费支出决算增加56,716.00元": the
                # change names its own subject, stated elsewhere
                current = _named_subject(a, by_sentence, s, f)
            if current is None and subject is not None and _same_dim(subject, f) and _COMPARING_WORD.search(f.label) \
                    and named_concept in (None, subject.concept):
                current = subject  # "较上年减少0.03万元,下降0.6%;较年初预算数减少6.3万元,下降58.3%"
            if current is None and (not levels or named_concept):
                # "…;公务接待费支出决算增加56,716.00元": a change naming its subject,
                # after other changes, goes with that subject's figure
                current = _named_subject(a, by_sentence, s, f)
            if current is None and k == 0 and _OPENS_WITH_COMPARISON.match(a.doc.text, s.start, f.q.start):
                # "基本支出3736.92万元，其中…。比2021年预算增加654万元，增长9%": a sentence
                # opening with 比/较 goes on about the head figure of the one before
                current = _previous_head(a, by_sentence, s, f)
            if current is None:
                continue
            subject = current
            base = _compared_phase_figure(a, f, current)
            if base is not None:
                # "决算总收入3724.07万元，较预算增加2560.06万元": the budget figure is stated elsewhere
                out.append(Claim("change", f, [current, base], "eq", f"{current.name} against its {base.phase} figure",
                                 direction=f.direction, variant="levels", pattern="change.against-phase",
                                 trigger=f.label.strip()[-8:]))
            # "比预算增加0万元，比去年增加1.55万元，增长39.4%": a growth rate goes with
            # the change right before it, not one across another change
            if _ADJUSTED_BASE.search(f.label):
                a.note(f, "a change on an adjusted base (同口径, 剔除…): last year's figure is not stated")
                continue
            if _PERIOD_BASE.search(f.label):
                a.note(f, "a change against a period of years (“十二五”期间): no one year's figure is its base")
                continue
            if _ADJUSTMENT.search(f.label):
                # "拟调整为85000万元，调减16000万元，下降9.7%": the budget was adjusted by
                # 16000; the 9.7% compares with last year
                a.note(f, "an adjustment of a budget (调增/调减): not the change a growth rate measures")
                continue
            growth = next((g for g in facts[k + 1:k + 3] if g.role in ("growth", "delta")), None)
            if growth is not None and growth.role == "delta":
                later = next((g for g in facts[k + 1:k + 4] if g.role == "growth"), None)
                if later is not None:
                    a.note(later, f"not the rate of {f.q.shown()}: another change stands between them")
            growth = growth if growth is not None and growth.role == "growth" else None
            if growth is not None and not growth.q.approx and (growth.direction in (0, f.direction)):
                if _is_base(current):
                    # "较上年的16.07万元减少0.33万元，下降2.05%": the figure is the base
                    out.append(Claim("growth", growth, [current, f], "eq", "change over the stated base",
                                     direction=f.direction, variant="base", pattern="growth.over-stated-base",
                                     trigger=growth.label.strip()[-8:]))
                else:
                    out.append(Claim("growth", growth, [current, f], "eq", f"{current.name or 'figure'} changed by the stated amount",
                                     direction=f.direction, variant="delta", pattern="growth.amount-and-rate",
                                     trigger=growth.label.strip()[-8:]))
    return out


_PERIOD_BASE = re.compile(r"期间|时期|十[一二三四五六七八九]五")
_ADJUSTMENT = re.compile(r"调[增减]\s*$")
_ADJUSTED_BASE = re.compile(r"同口径|可比口径|剔除|扣除")
_RESPECTIVE_LEVELS = re.compile(r"(?:各|分别)(?:是|为)$")


def _respective_changes(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], k: int) -> list[Claim]:
    """"收、支总计各是4125.49,4143.91万元。…各减少1267.86,2570.97万元,各下降
    23.51%、38.28%": the n-th change and the n-th rate go with the n-th figure."""
    def run_from(i: int, role: str) -> list[Fact]:
        """The figures from ``i`` on that share its label and role."""
        group: list[Fact] = []
        while i < len(facts) and facts[i].role == role and (not group or facts[i].label == group[0].label):
            group.append(facts[i])
            i += 1
        return group

    deltas = run_from(k, "delta")
    rates = run_from(k + len(deltas), "growth")
    if len(deltas) < 2 or len(rates) != len(deltas) or any(r.q.approx for r in rates):
        return []
    named_here = any(_RESPECTIVE_LEVELS.search(f.label.strip()) for f in facts[:k])
    pool = facts[:k] if named_here else _prev_sentence_facts(a, by_sentence, s)
    levels = [f for f in pool if f.role == "level" and _RESPECTIVE_LEVELS.search(f.label.strip())]
    if len(levels) != len(deltas) or any(not _same_dim(x, d) for x, d in zip(levels, deltas)):
        return []
    return [Claim("growth", r, [x, d], "eq", "respective changes (各/分别), paired in order", direction=d.direction,
                  variant="delta", pattern="growth.respective", trigger=r.label.strip()[-4:])
            for x, d, r in zip(levels, deltas, rates)]


_LAST_YEAR = re.compile(r"(?:较|比)(?:上年|去年|上一年)|同比")
_RESPECTIVE = re.compile(r"(?:各|分别)(?:增加|增长|减少|下降|提高|降低|上升|为|是)")


def _growth_over_base_before(before: list[Fact], growth: Fact) -> Claim | None:
    """"总投入为5.21亿元，比上年的4.71亿元增长1.06%": this year's figure, then
    last year's as the base, then the rate between them."""
    if len(before) < 2 or growth.q.approx or not growth.direction:
        return None
    current, base = before[-2], before[-1]
    if not (_is_base(base) and current.role == base.role == "level" and _same_dim(current, base)
            and not current.q.approx and not base.q.approx and not _is_base(current)):
        return None
    return Claim("growth", growth, [current, base], "eq", "this year's figure over last year's, stated before the rate",
                 direction=growth.direction, variant="pair", pattern="growth.last-year-figure",
                 trigger=growth.label.strip()[-8:])


def _growth_against_last_year(a: Analysis, before: list[Fact], growth: Fact) -> Claim | None:
    """"实际支出为13.80万元，较上年减少2.17%", with last year's figure stated
    elsewhere (often in the annexed table: 2023年决算数 13.98)."""
    if growth.q.approx or not _LAST_YEAR.search(growth.label) or not growth.direction:
        return None
    current = next((g for g in reversed(before) if g.role == "level" and not g.q.is_percent
                    and g.q.dimension != "number" and not g.q.approx and not g.extras.get("in_table")), None)
    if current is None or not current.concept or not current.year:
        return None
    last = str(int(current.year) - 1)
    cands = [g for g in a.with_concept(current.concept)
             if g is not current and g.role == "level" and _same_dim(g, current) and not g.q.approx
             and (g.year == last or g.phase == "上年") and g.phase in (None, "决算", "上年")]
    if not cands or any(not c.q.interval().meets(cands[0].q.interval()) for c in cands[1:]):
        return None
    return Claim("growth", growth, [current, cands[0]], "eq", f"{current.name} against last year's {cands[0].name}",
                 direction=growth.direction, variant="pair", pattern="growth.last-year-figure",
                 trigger=growth.label.strip()[-8:])


_COMPARED = re.compile(r"(?:较|比|与)(?:((?:19|20)[0-9]{2})\s*年度?)?(年初预算|全年预算|调整预算|预算|上年|去年)(?:数|决算数?)?(?:相比)?[，,]?(?:增加|减少|增长|下降|多|少)")


def _compared_phase_figure(a: Analysis, delta: Fact, current: Fact) -> Fact | None:
    """The figure a change is measured against when the label names its phase
    (较预算, 比上年): the same concept in that phase, stated once."""
    m = _COMPARED.search(delta.label)
    if m is None and current.q.end < delta.q.start:
        # "…支出0万元，与2020年度预算相比，增加0万元": the comparison in the clause before
        m = _COMPARED.search(a.doc.text, current.q.end, delta.q.start)
    if m is None or not current.concept:
        return None
    year, word = m.group(1), m.group(2)
    wanted = {"去年": "上年", "全年预算": "调整预算"}.get(word, word)
    phases = {"预算": {"预算", "年初预算", "调整预算"}}.get(wanted, {wanted})
    # "比2021年预算减少": the budget of that year, not this year's
    cands = [g for g in a.with_concept(current.concept) if g.role == "level" and g.phase in phases
             and _same_dim(g, current) and g is not current and not g.q.approx
             and (year is None or g.year == year)]
    if not cands or any(not c.q.interval().meets(cands[0].q.interval()) for c in cands[1:]):
        return None
    return cands[0]


_CHANGE_SPLIT = re.compile(r"较|比|同比|与|相比|增加|减少|增长|下降|降低|上升|提高")


def _named_subject(a: Analysis, by_sentence, s: Sentence, delta: Fact) -> Fact | None:
    """"本年支出比上年增加326.14万元": the subject is named, its figure stated in
    one of the sentences just before, with the same concept and phase (or a
    label that holds the subject's words)."""
    lex = a.lexicon
    words = _CHANGE_SPLIT.split(delta.label)[0].strip(" ，,")
    words = _SUBJECT_NOISE.sub("", words)
    if len(words) < 2:
        return None
    concept = lex.concept_of(words)
    for back in range(1, 4):
        if s.index - back < 0:
            break
        prev = _levels(by_sentence.get(s.index - back, []))
        for g in reversed(prev):
            if not _same_dim(g, delta):
                continue
            same_phase = delta.phase is None or g.phase in (None, delta.phase)
            if concept and g.concept == concept and same_phase:
                return g
            if len(words) >= 4 and words in g.label and (not concept or same_phase):
                # "…一般公共预算财政拨款支出1264.92万元…。…一般公共预算财政拨款增加27.44万元"
                return g
    return None

_BASE_AT_END = re.compile(r"(较|比|与)(上年|去年|上一年|同期|[0-9]{4}年)(同期)?(的|相比)?$")
_BASE_AT_START = re.compile(r"(较|比|与)(上年|去年|上一年|同期)")


def _is_base(f: Fact) -> bool:
    """"较上年的16.07万元减少", "比上年累计支出433万元减少": last year's figure,
    the base of the change after it."""
    label = f.label.strip(" ，,")
    return bool(_BASE_AT_END.search(label) or _BASE_AT_START.match(label))


def _subject(a: Analysis, before: list[Fact], delta: Fact) -> Fact | None:
    """The figure a change is about: the nearest amount before it in its
    sentence (same dimension, not itself a change or a share)."""
    for g in reversed(before):
        if g.role in ("delta", "growth"):
            return None  # a chain of changes: the subject is not stated here
        if g.role == "level" and _same_dim(g, delta) and not g.q.approx and not g.q.is_range:
            if a.doc.text[g.q.end:g.q.end + 1] == "的":
                continue  # "完成预算数257288万元的41.9%": the base of a percentage, not the subject
            if _in_closed_bracket(a.doc.text, g, delta.q.start) or _in_han_clause(a.doc.text, g, delta):
                continue  # "总预算4471.22万元，含A 250万元，B 537.31万元；比上年增加…": a detail
            return g
    return None


# ---------------------------------------------------------------- crossref
_RESIDUE_NOISE = re.compile(
    r"(?:19|20)[0-9]{2}\s*年度?|本部门|本单位|我镇|全镇|本镇|单位|部门|本年度?|年度|全年|当年|共计|共|合计|总计|为|是|了|的|其中|\s|[，,、：:（）()“”\"]"
)


def _crossrefs(a: Analysis, compositions: list[Claim]) -> list[Claim]:
    parent: dict[int, str] = {}
    natural = a.lexicon.children
    for c in compositions:
        for p in c.operands:
            # a part under its usual total (基本支出 under 总支出) is the same
            # fact as when stated alone; under another total it is not
            # (商品和服务支出 of 项目支出 is not the department's)
            if c.stated.concept and p.concept in natural.get(c.stated.concept, ()):
                continue
            if c.stated.concept and p.concept == c.stated.concept:
                parent[id(p)] = "part of itself"  # "总收入581.45万元，其中本年收入390.55万元"
                continue
            parent.setdefault(id(p), c.stated.concept or c.stated.label.strip()[-6:])
    groups: dict[tuple, list[Fact]] = {}
    before: Fact | None = None
    for f in a.facts:
        prev, before = before, f
        if f.role != "level" or not f.concept or not f.tight or f.q.approx or f.q.is_percent or f.q.is_range:
            continue
        if f.q.dimension not in ("money", "score"):
            continue
        if "其中" in f.label and prev is not None and prev.sentence is f.sentence and prev.concept == f.concept:
            continue  # "总收入581.45万元，其中本年收入390.55万元": a part of itself, not it again
        if prev is not None and prev.sentence is f.sentence and prev.role == "level" \
                and f.concept not in natural.get(prev.concept, ()) \
                and "其中" in a.doc.text[prev.q.end:f.label_start + len(f.label)]:
            # "住房公积金112788元，其中：基本支出112788元": that item's 基本支出, not the unit's
            parent.setdefault(id(f), prev.concept or prev.label.strip()[-6:])
        stripped = a.lexicon.strip_names(f.label)
        residue = _RESIDUE_NOISE.sub("", stripped)
        in_grid = (f.extras.get("in_table") or f.extras.get("cell")) and stripped != f.label
        if len(residue) > (1 if in_grid else 3):
            # the label says more than the concept: another fact (a row's name
            # is all it says: 经常性收入合计 is not the 收入合计; a row the form
            # names, 总分, is what its role says)
            continue
        concept = a.lexicon.same_fact.get(f.concept, f.concept)
        # a figure under "二、政府性基金预算收支情况" is of that fund, unless its label says
        qualifiers = f.qualifiers or f.extras.get("section", frozenset())
        key = (concept, f.q.dimension, f.phase or a.default_phase, f.year, f.extras.get("period"), qualifiers,
               parent.get(id(f)), f.extras.get("place"))
        groups.setdefault(key, []).append(f)
    out = []
    for facts in groups.values():
        first = facts[0]
        for later in facts[1:]:
            if later.q.interval().meets(first.q.interval()):
                continue
            if _same_table_row(first, later):
                continue  # two columns of one row (行次 and 金额, 上年 and 本年) are two facts
            prose = not first.extras.get("cell") and not later.extras.get("cell")
            if prose and first.extras.get("section_concept") != later.extras.get("section_concept"):
                # "1.基本支出…商品和服务支出75800元" and "2.项目支出…商品和服务支出0元": two parents
                a.note(later, f"not {first.q.shown()} restated: they stand under headings of different concepts")
                continue
            if first.extras.get("phase_in_doubt") or later.extras.get("phase_in_doubt"):
                a.note(later, f"not {first.q.shown()} restated: its label and its heading name different phases")
                continue
            if first.sentence is later.sentence and prose:
                # one sentence does not restate its own figure: two figures of one
                # concept in it are two facts (a phase or scope it names in words of its own)
                a.note(later, f"not {first.q.shown()} restated: both are in one sentence")
                continue
            if (first.extras.get("unit_assumed") or later.extras.get("unit_assumed")) and _far_apart(first, later):
                continue  # a table whose unit was assumed: a wrong guess, more likely than a typo
            in_table = first.extras.get("in_table") or later.extras.get("in_table") or first.extras.get("cell") or later.extras.get("cell")
            out.append(Claim("crossref", later, [first], "eq", f"{first.concept} stated twice",
                             pattern="restated.table-and-text" if in_table else "restated.concept",
                             trigger=first.concept or ""))
            break
    return out


def _same_table_row(a: Fact, b: Fact) -> bool:
    x, y = a.extras.get("cell"), b.extras.get("cell")
    return x is not None and y is not None and x.table is y.table and x.row_index == y.row_index


def _far_apart(a: Fact, b: Fact) -> bool:
    x, y = a.q.base_value, b.q.base_value
    return x > 0 and y > 0 and (x / y >= 100 or y / x >= 100)


# ---------------------------------------------------------------- identity
def _identities(a: Analysis, compositions: list[Claim]) -> list[Claim]:
    covered = {(id(c.stated), frozenset(id(o) for o in c.operands)) for c in compositions}
    covered_totals = {id(c.stated) for c in compositions}
    covered_parts = {id(o) for c in compositions for o in c.operands}
    table: dict[tuple, dict[str, list[Fact]]] = {}
    for f in a.facts:
        if f.role != "level" or not f.concept or not f.tight or f.q.approx or f.q.is_percent:
            continue
        key = (f.phase or a.default_phase, f.qualifiers, f.q.dimension)
        table.setdefault(key, {}).setdefault(f.concept, []).append(f)
    out = []
    for key, by_concept in table.items():
        for ident in a.lexicon.identities:
            if not ident.checked:
                continue
            if ident.total not in by_concept or any(p not in by_concept for p in ident.parts):
                continue
            chosen = {}
            ok = True
            for concept in (ident.total, *ident.parts):
                facts = by_concept[concept]
                if any(not g.q.interval().meets(facts[0].q.interval()) for g in facts[1:]):
                    ok = False  # stated twice with two values: a crossref, not this
                    break
                chosen[concept] = facts
            if not ok:
                continue
            total = chosen[ident.total][-1]
            parts = [chosen[p][0] for p in ident.parts]
            if id(total) in covered_totals or all(id(p) in covered_parts for p in parts) or any(
                (id(t), frozenset(id(p) for p in parts)) in covered for t in chosen[ident.total]
            ):
                continue
            out.append(Claim("identity", total, parts, "eq", ident.name, pattern="identity.apart", trigger=ident.name))
    return out
