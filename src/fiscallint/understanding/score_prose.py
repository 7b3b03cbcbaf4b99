"""Scores stated in prose (FL101): an indicator's points are the score it
got and what was deducted, "该项分值5分，得4.58分，扣0.42分"."""
from __future__ import annotations

from fiscallint.model.claim import EXACT_POINTS, Claim
from fiscallint.model.fact import Analysis, Fact
from fiscallint.support.wordbook import pattern

_POINTS = pattern("score_prose", "points")
_SCORED = pattern("score_prose", "scored")
_DEDUCTED = pattern("score_prose", "deducted")


def score_deductions(a: Analysis, by_sentence: dict[int, list[Fact]]) -> list[Claim]:
    """分值 = 得分 + 扣分 for each run of the three figures in points, in that
    order, each named by its word and nothing else between them."""
    out = []
    for facts in by_sentence.values():
        for k in range(len(facts) - 2):
            points, got, lost = facts[k:k + 3]
            if not all(f.q.unit == "分" and not f.q.approx and not f.q.is_range for f in (points, got, lost)):
                continue
            if _POINTS.search(points.label) and _SCORED.match(got.label) and _DEDUCTED.match(lost.label):
                out.append(Claim("composition", points, [got, lost], "eq", "分值 = 得分 + 扣分",
                                 variant=EXACT_POINTS, pattern="sum.points-less-deduction",
                                 trigger=lost.label.strip(" ，,")))
    return out


def whole_scores_exact(facts: list[Fact]) -> None:
    """"得分98.72分，其中：预算执行率得分9.33分，产出指标49.94分，效益指标29分": in a
    sentence whose scores show decimals, a whole score is exact (the evaluator
    wrote the decimals where there were any), as in a table's 得分 column."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        if f.q.dimension == "score" and not f.extras.get("in_table"):
            by_sentence.setdefault(f.sentence.index, []).append(f)
    for group in by_sentence.values():
        if any("." in f.q.digits for f in group):
            for f in group:
                if "." not in f.q.digits and not f.q.approx and not f.q.is_range:
                    f.q.extras["exact"] = True
                    f.q.reread()
