"""Lists that run on past their sentence: the figures of a paragraph (its
sentences before one, those of a paragraph a PDF wrapped), and the 加上
sentences that add to a paragraph's head figure up to a 总计/合计
("收入4402万元，加上级转移支付收入1884万元，…，收入合计为6449万元")."""
from __future__ import annotations

from fiscallint.support.wordbook import pattern
from fiscallint.model.claim import Claim
from fiscallint.model.fact import ITEM_NUMBER, Analysis, Fact, Sentence
from fiscallint.understanding.claim_text import _GRAND_TOTAL, _levels, _same_dim
from fiscallint.understanding.composition_parts import _closed_parts
from fiscallint.understanding.table_context import facts_between


def wrapped_paragraph_levels(a: Analysis, by_sentence, s: Sentence) -> list[Fact]:
    """The levels of the two sentences before the one before ``s`` when no
    blank line parts them (a paragraph a PDF wrapped: "按功能分类：教育支出…；…。
    其中教育支出（类）…"): a list may be of one of them."""
    out: list[Fact] = []
    for j in (s.index - 3, s.index - 2):
        if j >= 0 and "\n\n" not in a.doc.text[a.sentences[j].end:s.start]:
            out.extend(_levels(by_sentence.get(j, [])))
    return out


def paragraph_levels(a: Analysis, by_sentence, s: Sentence) -> list[Fact]:
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
        before = a.sentences[s.index - 1]
        if s.index >= 2 and "".join(a.doc.text[before.start:before.start + 8].split()).startswith("其中"):
            # "收入15.36亿元…。其中…13.82亿元…。加上…": a PDF wrapped the paragraph; its
            # head is the sentence the 其中 breaks down
            out = _levels(by_sentence.get(s.index - 2, [])) + out
    return out


ADD = pattern("compositions", "add")


def _added_to(a: Analysis, by_sentence, s, before: list[Fact], add_at: int, total: Fact) -> tuple[Fact | None, list[Fact]]:
    """What 加上 adds to, and the other figures it may add to."""
    if before:
        # "总收入410338万元…，其中地方收入271630万元…；加上级补助收入…": what is
        # added to may be the head figure or one the sentence names after it
        return before[0], [f for f in before[1:] if _same_dim(f, total)]
    if not a.doc.text[s.start:add_at].strip():
        # "收入安排77.6亿元。其中：税收65.7亿元…。加上…，收入总计222.7亿元": what is
        # added to is the paragraph's head figure, not the first of its breakdown
        heads = [f for f in paragraph_levels(a, by_sentence, s) if _same_dim(f, total)]
        # a 总计 stated before closes the block it sums ("…收入总计184,919万元。…支出：…。
        # 加上解上级支出…"): what is added to now comes after it
        # (not one of the total's own side: "本年收入合计…，其中：…。加上…，收入总计…" adds to it)
        closed = max((k for k, f in enumerate(heads) if f.q.end <= add_at and _GRAND_TOTAL.search(f.label)
                      and not (_side(f.label) and _side(f.label) == _side(total.label))), default=-1)
        heads = heads[closed + 1:]
        head = _head_of_items_above(a, s, total)
        if head is not None and heads and head is not heads[0]:
            # "（5）交通运输支出…。\n加上上解上级支出…，支出总计…": what is added to is the
            # figure the numbered items broke down (支出完成9457.09万元), or the last item's
            return head, heads
        named = _named_like_total(a, s, total, heads)
        return (heads[0] if heads else None), heads[1:] + named
    return None, []


def _named_like_total(a: Analysis, s: Sentence, total: Fact, heads: list[Fact]) -> list[Fact]:
    """The figures since the last 总计 before ``s`` whose label names what the
    total names ("全县一般公共预算支出完成323,436万元" for "全县一般公共预算支出总计"):
    what 加上 may add to, past the paragraphs of its breakdown."""
    name = _TOTAL_TAIL.sub("", total.label.strip(" ，,：:为是"))[-8:]
    if len(name) < 2:
        return []
    earlier = [f for f in facts_between(a, max(0, s.start - _REACH), s.start) if f.role == "level" and _same_dim(f, total)]
    closed = max((k for k, f in enumerate(earlier) if _GRAND_TOTAL.search(f.label)), default=-1)
    # (a short name, 收入, must end the label: 税收收入 and 非税收入 end so too, and are smaller)
    named = [f for f in earlier[closed + 1:] if f not in heads and (
        name in f.label if len(name) >= 4 else f.label.rstrip(" ，,：:为是完成实现").endswith(name))]
    return sorted(named, key=lambda f: f.q.value)[-2:]


_TOTAL_TAIL = pattern("compositions", "total_tail")
_REACH = 4000  # characters before a 加上 sentence where what it adds to may stand (a breakdown's paragraphs)


def _head_of_items_above(a: Analysis, s: Sentence, total: Fact) -> Fact | None:
    """When the lines just above ``s`` are numbered items ("（1）…", "（2）…"),
    the first figure like ``total`` on the line before them: their head."""
    text = a.doc.text
    line = a.doc.start_of_line(s.start)
    items = 0
    while line > 0:
        above = a.doc.start_of_line(line - 1)
        if not ITEM_NUMBER.match(text, above) or ITEM_NUMBER.match(text, above).end() == above:
            break
        items, line = items + 1, above
    if items < 2 or line == 0:
        return None
    head_line = a.doc.start_of_line(line - 1)
    return next((f for f in facts_between(a, head_line, line - 1) if f.role == "level"
                 and _same_dim(f, total) and not f.q.approx), None)


def accumulations(a: Analysis, by_sentence, existing: list[Claim]) -> list[Claim]:
    """"收入4402万元，加上级转移支付收入1884万元，…，收入合计为6449万元" and
    "…111.11万元。加上…补助等1,756.37万元，收入总计1,867.48万元": a figure,
    加 what is added, then the 总计/合计."""
    text = a.doc.text
    nested = {id(o) for c in existing for o in _closed_parts(c)}
    out = []
    for s in a.sentences:
        if text.find("加", s.start, s.end) < 0:
            continue  # every match of ADD holds 加: most sentences are passed over without a search
        m = ADD.search(text, s.start, s.end)
        facts = _levels(by_sentence.get(s.index, [])) if m is not None else []
        if not facts:
            continue
        totals = [f for f in facts if f.q.start > m.end() and _GRAND_TOTAL.search(f.label)]
        if not totals:
            continue
        total = totals[0]
        first, others = _added_to(a, by_sentence, s, [f for f in facts if f.q.end <= m.start()], m.start(), total)
        if first is None or not _same_dim(first, total) or _of_two_sides(first.label, total.label):
            continue  # ("本年收入合计X，加上年初结转Y；支出方面，本年支出合计Z": no sum of the other side)
        added = [f for f in facts if m.end() <= f.q.start < total.q.start and _same_dim(f, total) and id(f) not in nested]
        if not added:
            continue
        # "…收入预算1317.13万元，…。预计上级补助收入2347.73万元，加上年结转…，收入总计…": the
        # paragraph's head, stated before the sentence, may be added to as well
        before = [h for h in paragraph_levels(a, by_sentence, s)[:1] if _same_dim(h, total) and h.q.end <= first.q.start]
        out.extend(_added_claims(total, first, others, added, text[m.start():m.end()], before))
    return out


def _of_two_sides(one: str, other: str) -> bool:
    """收入 in one label, 支出 in the other, neither naming both."""
    return {_side(one), _side(other)} == {"收入", "支出"}


def _side(label: str) -> str | None:
    sides = [w for w in ("收入", "支出") if w in label]
    return sides[0] if len(sides) == 1 else None


def _added_claims(total: Fact, first: Fact, others: list[Fact], added: list[Fact], trigger: str,
                  before: list[Fact] = ()) -> list[Claim]:
    """The sum of an added list; with a running total in it ("…，全县一般预算总收入
    468222万元，加上年结余11080万元，…，收入总计481342万元"), the sum up to that
    total and the sum that goes on from it."""
    out = []
    running = next((k for k in range(len(added) - 1, -1, -1) if _RUNNING_TOTAL.search(added[k].label)
                    and not ADD.match(added[k].label.strip())), None)
    if running is not None:
        sub = added[running]
        if running:
            out.append(Claim("composition", sub, [first, *added[:running]], "eq", "A 加 B … a running total",
                             alternatives=[[o, *added[:running]] for o in others],
                             pattern="sum.added-to-total", trigger=trigger))
        first, others, added = sub, [], added[running + 1:]
        if not added:
            return out
    # ("加上上年结转A、调入资金B，一般公共预算收入C、上级补助收入D，收入总计T": the
    # sentence may name again what is added to, its figures then adding up alone)
    out.append(Claim("composition", total, [first, *added], "eq", "A 加 B … 总计/合计",
                     alternatives=[[o, *added] for o in others] + ([list(added)] if len(added) >= 3 else [])
                     + [[h, first, *added] for h in before],
                     pattern="sum.added-to-total", trigger=trigger))
    return out


# a total the running sum reaches before more is added ("全县一般预算总收入"), not an addend
_RUNNING_TOTAL = pattern("compositions", "running_total")
