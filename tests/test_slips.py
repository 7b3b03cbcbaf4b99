"""The likely slip: one plain typing slip in one figure that makes a
contradicted claim hold, named without claiming to know."""
from __future__ import annotations

import pytest

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def only(text: str):
    found = run(Document("r.txt", text), active_rules(["FL1"])).findings
    assert len(found) == 1, [f.message for f in found]
    return found[0]


@pytest.mark.parametrize("text, slip", [
    # 1,102.36 + 873.84 = 1,976.20
    ("总支出1,967.20万元，其中：基本支出1,102.36万元，项目支出873.84万元。\n",
     "1,967.20万元 were 1,976.20万元 (two adjacent digits swapped)"),
    # 2,301 / 2,400 = 95.875%
    ("全年预算数为2,400.00万元，全年执行数为2,301.00万元，预算执行率为93.88%。\n",
     "93.88% were 95.88% (one digit mistyped)"),
    # 45.6 + 1,200.4 = 1,246.0
    ("项目资金1,246.0万元，其中：中央资金45.6万元，省级资金120.4万元。\n",
     "120.4万元 were 1200.4万元 (a digit dropped)"),
    ("项目资金1,246.0万元，其中：中央资金45.6万元，省级资金11,200.4万元。\n",
     "11,200.4万元 were 1,200.4万元 (a digit doubled)"),
    # 313.2 + 36.7 = 349.9
    ("部门支出3,499万元，其中：人员经费313.2万元，公用经费36.7万元。\n",
     "3,499万元 were 349.9万元 (the decimal point moved)"),
    ("补助资金合计62.31万元，其中：低保金58.20万元，临时救助4.11元。\n",
     "4.11元 were 4.11万元 (元 written for 万元)"),
])
def test_each_plain_slip_is_named(text, slip):
    f = only(text)
    assert f.slip.startswith("it would hold if ") and slip in f.slip
    assert f.message.endswith(f"; {f.slip}")
    assert f.slip.count(" were ") <= 2


def test_a_figure_stated_twice_names_the_slip_once():
    f = only("公用经费168.23万元。\n\n公用经费186.23万元。\n")
    assert f.rule == "FL106"
    assert f.slip == "it would hold if 186.23万元 were 168.23万元 (two adjacent digits swapped)"


def test_two_equally_plain_slips_are_both_named():
    # 195.5 + 20.3 = 215.8, stated 225.8: the total's 2 for 1, or the second
    # part's 2 for 3 (195.5 would need two digits changed): equally plain
    f = only("项目资金225.8万元，其中：中央资金195.5万元，省级资金20.3万元。\n")
    assert f.slip == ("it would hold if 225.8万元 were 215.8万元 (one digit mistyped), "
                      "or if 20.3万元 were 30.3万元 (one digit mistyped)")


def test_when_many_slips_would_do_none_is_named():
    # 100 + 200 = 300, stated 400: 4→3, 100→200, 200→300, … any figure could be it
    f = only("项目资金400万元，其中：中央资金100万元，省级资金200万元。\n")
    assert f.slip is None and "would hold" not in f.message


def test_no_slip_is_named_when_none_makes_it_hold():
    f = only("总支出1,985.20万元，其中：基本支出1,102.36万元，项目支出873.84万元。\n")
    assert f.slip is None


def test_a_zero_is_never_taken_for_a_typed_figure():
    f = only("公务用车购置及运行维护费4.02万元，其中：购置费0万元，运行维护费3.11万元。\n")
    assert f.slip is None or "0万元 were" not in f.slip


@pytest.mark.parametrize("written", ["3393.42", "1100", "20.05", "7", "100.0", "0.56", "8808"])
def test_the_slip_from_a_known_figure_is_the_one_the_rewrites_give(written):
    # a figure stated twice knows what it was meant to be: the slip named is
    # the one trying every rewrite would name, and none for a figure no
    # single slip gives
    from fiscallint.deciding.slips import _rewrite_kind, _rewrites

    rewrites = dict(_rewrites(written))
    assert rewrites and all(_rewrite_kind(written, meant) == kind for meant, kind in rewrites.items())
    others = {written, "0" + written, written + ".", "99999" + written, written[::-1] + "12"}
    assert all(_rewrite_kind(written, meant) is None for meant in others - rewrites.keys())


@pytest.mark.parametrize("written, meant, kind", [
    ("186.23", "168.23", "two adjacent digits swapped"),
    ("186.23", "186.24", "one digit mistyped"),
    ("186.23", "1186.23", "a digit dropped"),
    ("1186.23", "186.23", "a digit doubled"),
    ("186.23", "18.623", "the decimal point moved"),
    ("186.23", "18.6", None),
])
def test_the_slip_from_a_known_figure(written, meant, kind):
    from fiscallint.deciding.slips import _rewrite_kind

    assert _rewrite_kind(written, meant) == kind



def _every_slip_tried(claim, verdict):
    """The slips that make ``claim`` hold, found the slow way: every rewrite
    of every figure, the claim recomputed with it."""
    from decimal import InvalidOperation

    from fiscallint.deciding.recompute import compute_over
    from fiscallint.deciding.slips import _agree, _rewrite_kind, _rewrites, _shown

    restated = claim.kind in ("crossref", "restatement")
    figures = [claim.stated] if restated else [claim.stated, *claim.operands]
    found = []
    for i, fact in enumerate(figures):
        q = fact.q
        if q.approx or q.is_range or q.chinese or q.value == 0:
            continue
        for digits, kind in _rewrites(q.digits):
            if restated and digits != claim.operands[0].q.digits:
                continue
            try:
                iv = q.interval_if_written(digits)
                ops = [f.q.interval() for f in claim.operands]
                if i:
                    ops[i - 1] = iv
                computed = compute_over(claim, ops)
            except (ZeroDivisionError, InvalidOperation):
                continue
            if _agree(claim)(computed, verdict.stated) if i else _agree(claim)(verdict.computed, iv):
                found.append((q.shown(), _shown(q, digits), kind))
        assert not restated or _rewrite_kind(q.digits, claim.operands[0].q.digits) == next(
            (k for d, k in _rewrites(q.digits) if d == claim.operands[0].q.digits), None)
    return found


@pytest.mark.parametrize("text", [
    "总支出1,967.20万元，其中：基本支出1,102.36万元，项目支出873.84万元。\n",
    "全年预算数为2,400.00万元，全年执行数为2,301.00万元，预算执行率为93.88%。\n",
    "全年预算数为2,400.00万元，全年执行数为2,310.00万元，预算执行率为69.25%。\n",
    "项目资金1,246.0万元，其中：中央资金45.6万元，省级资金120.4万元。\n",
    "本年支出3,120.50万元，比上年增加320.50万元，增长11.54%。\n",
    "本年支出3,120.50万元，比上年增加320.50万元，增长14.45%。\n",
    "公用经费168.23万元。\n\n公用经费186.23万元。\n",
    "总支出1,967.20万元，其中基本支出1,102.36万元，占总支出的65.2%。\n",
])
def test_the_slips_found_are_those_trying_every_rewrite_finds(text):
    # rewrites far from the value a figure needs, or in a group over which
    # the claim cannot hold, are set aside untried: never one that holds
    from dataclasses import replace

    from fiscallint.deciding.recompute import decide
    from fiscallint.deciding.slips import _holding
    from fiscallint.engine import build_claims
    from fiscallint.understanding.analysis import analyse

    claims = [(c, decide(c)) for c in build_claims(analyse(Document("r.txt", text)))]
    searched = 0
    for claim, verdict in claims:
        if verdict.computed is None:
            continue
        claim = verdict.reading or claim
        forced = replace(verdict, status="contradiction")
        found = [(s.written, s.meant, s.kind) for _, s in _holding(claim, forced)
                 if s.kind not in ("万元 written for 元", "元 written for 万元")]
        slow = _every_slip_tried(claim, forced)
        assert found == slow
        searched += bool(slow)
    assert searched
