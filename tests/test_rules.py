"""The built-in rules, one by one, on short invented reports.

Every rule gets three texts: a consistent one (silent, and the claim is
really recognised as consistent, so the silence is not an accident), a
contradictory one (exactly one finding, located on the stated number, with
the other numbers as related locations and a message that shows every
number, the computed value and the margin), and a borderline rounding case
that must stay silent. The expected computed values and margins are
recomputed here with an independent Decimal interval oracle.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from decimal import Decimal as D

import pytest

from fiscallint.engine import SEVERITIES, Rule, active_rules, all_rules, register, resolve, run
from fiscallint.reporting.extract import extract_data
from fiscallint.reading import Document

BUILTIN = {
    "FL101": "composition-sum",
    "FL102": "share-mismatch",
    "FL103": "rate-mismatch",
    "FL104": "change-amount-mismatch",
    "FL105": "growth-rate-mismatch",
    "FL106": "figure-restated",
    "FL107": "identity-mismatch",
    "FL108": "table-row-mismatch",
    "FL109": "product-mismatch",
    "FL199": "unchecked-relation",
}
# words that would tell the reader which number is wrong: the tool cannot know
BLAME = ("wrong", "should be", "should read", "incorrect", "correct value", "typo", "错误", "应为", "有误", "笔误", "正确")


# ---------------------------------------------------------------- helpers
ARITHMETIC = ["FL10"]  # FL101-FL107: the rules this file is about, on by default


def findings(text: str, select=None):
    """Findings of the arithmetic rules (or of ``select``)."""
    return run(Document("report.txt", text), active_rules(select or ARITHMETIC)).findings


def claims(text: str) -> list[dict]:
    return extract_data(Document("report.txt", text))["claims"]


def at(text: str, context: str, number: str) -> tuple[int, int, int, int]:
    """(line, column, end_line, end_column) of ``number`` inside the unique
    occurrence of ``context``; columns are 1-based, the end is inclusive."""
    assert text.count(context) == 1, f"context {context!r} is not unique"
    start = text.index(context) + context.index(number)
    end = start + len(number) - 1

    def pos(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    return (*pos(start), *pos(end))


def iv(digits: str, exact: bool = False) -> tuple[D, D]:
    """The interval a displayed number stands for (the oracle's own)."""
    v = D(digits.replace(",", ""))
    if exact:
        return v, v
    places = len(digits.split(".")[1]) if "." in digits else 0
    half = D(5).scaleb(-(places + 1))
    return v - half, v + half


def add(*ivs):
    return sum(i[0] for i in ivs), sum(i[1] for i in ivs)


def sub(a, b):
    return a[0] - b[1], a[1] - b[0]


def div_pct(a, b):
    c = [x / y * 100 for x in a for y in b]
    return min(c), max(c)


def gap(a, b) -> D:
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return D(0)


def number_after(message: str, word: str) -> D:
    m = re.search(re.escape(word) + r"\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)", message)
    assert m, f"no number after {word!r} in {message!r}"
    return D(m.group(1).replace(",", ""))


def computed_mid(f) -> D:
    """The point value of a finding's computed field ("10.000% [9.989, 10.011]")."""
    return number_after(f.computed, "")


def close_to_display(shown: D, exact: D) -> bool:
    """``shown`` is ``exact`` displayed with shown's own number of places
    (one unit of its last place of slack for the display's rounding)."""
    unit = D(1).scaleb(shown.as_tuple().exponent)
    return abs(shown - exact) <= unit


@dataclass
class Case:
    code: str
    consistent: str
    contradictory: str
    stated: tuple[str, str]  # (context, number) of the figure the finding is on
    operands: list[tuple[str, str]]  # the other figures: related locations
    computed: tuple[D, D]  # oracle: the interval computed from the operands
    stated_iv: tuple[D, D]  # oracle: the stated figure's interval
    borderline: list[str] = field(default_factory=list)
    claim_kind: str = ""


CASES = [
    Case(
        "FL101",
        consistent="2023年本年支出1,200.50万元，其中：基本支出800.30万元，项目支出400.20万元。",
        contradictory="2023年本年支出1,200.50万元，其中：基本支出800.30万元，项目支出410.20万元。",
        stated=("支出1,200.50万元", "1,200.50"),
        operands=[("基本支出800.30", "800.30"), ("项目支出410.20", "410.20")],
        computed=add(iv("800.30"), iv("410.20")),
        stated_iv=iv("1,200.50"),
        borderline=[
            # 800.31 + 400.20 = 1200.51, but the parts stand for [1200.50, 1200.52]
            "2023年本年支出1,200.50万元，其中：基本支出800.31万元，项目支出400.20万元。",
            # a total with one decimal: 18.36 is inside [18.35, 18.45]
            "2023年“三公”经费18.4万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费6.82万元，公务接待费11.54万元。",
        ],
        claim_kind="composition",
    ),
    Case(
        "FL102",
        consistent="2023年本年支出2,400.00万元，其中：基本支出600.00万元，占总支出的25.00%；项目支出1,800.00万元，占总支出的75.00%。",
        contradictory="2023年本年支出2,400.00万元，其中：基本支出600.00万元，占总支出的27.00%；项目支出1,800.00万元。",
        stated=("的27.00%", "27.00"),
        operands=[("基本支出600.00", "600.00"), ("支出2,400.00", "2,400.00")],
        computed=div_pct(iv("600.00"), iv("2,400.00")),
        stated_iv=iv("27.00"),
        borderline=[
            # 41.67% written 42%, 58.33% written 58%
            "2023年本年支出2,400.00万元，其中：基本支出1,000.00万元，占总支出的42%；项目支出1,400.00万元，占总支出的58%。",
        ],
        claim_kind="share",
    ),
    Case(
        "FL103",
        consistent="全年预算数为500.00万元，全年实际支出450.00万元，预算执行率为90.00%。",
        contradictory="全年预算数为500.00万元，全年实际支出450.00万元，预算执行率为92.00%。",
        stated=("为92.00%", "92.00"),
        operands=[("支出450.00", "450.00"), ("为500.00", "500.00")],
        computed=div_pct(iv("450.00"), iv("500.00")),
        stated_iv=iv("92.00"),
        borderline=[
            # 66.67% written 67%
            "全年预算数为300.00万元，全年实际支出200.00万元，预算执行率为67%。",
            # 66.67% written 66.7% from amounts with few digits
            "全年预算数为3.00万元，全年实际支出2.00万元，预算执行率为66.7%。",
        ],
        claim_kind="rate",
    ),
    Case(
        "FL104",
        consistent="公用经费由上年的120.50万元减少到98.30万元，减少22.20万元。",
        contradictory="公用经费由上年的120.50万元减少到98.30万元，减少23.20万元。",
        stated=("减少23.20", "23.20"),
        operands=[("到98.30", "98.30"), ("的120.50", "120.50")],
        computed=sub(iv("120.50"), iv("98.30")),
        stated_iv=iv("23.20"),
        borderline=[
            # 120.5 − 98.3 = 22.2, but the operands allow [22.1, 22.3]
            "公用经费由上年的120.5万元减少到98.3万元，减少22.3万元。",
            # 885.80 − 693.92 = 191.88 written 191.89 (operands rounded too)
            "公用经费由上年的693.92万元增加到885.80万元，增加191.89万元。",
        ],
        claim_kind="change",
    ),
    Case(
        "FL105",
        consistent="机关运行经费支出80.50万元，比上年增加10.50万元，增长15.00%。",
        contradictory="机关运行经费支出80.50万元，比上年增加10.50万元，增长13.04%。",
        stated=("增长13.04", "13.04"),
        operands=[("支出80.50", "80.50"), ("增加10.50", "10.50")],
        # base = 80.50 − 10.50 = 70.00, rate = 10.50 / 70.00
        computed=div_pct(iv("10.50"), sub(iv("80.50"), iv("10.50"))),
        stated_iv=iv("13.04"),
        borderline=[
            # 7.00 / 93.00 = 7.527%: 7.52% is inside the operands' rounding
            "机关运行经费支出100.00万元，比上年增加7.00万元，增长7.52%。",
            "机关运行经费支出100.00万元，比上年增加7.00万元，增长8%。",
        ],
        claim_kind="growth",
    ),
    Case(
        "FL106",
        consistent="2023年公用经费120.45万元，主要用于办公费。\n\n四、公用经费管理情况\n2023年公用经费120.45万元，严格执行财务制度。",
        contradictory="2023年公用经费120.45万元，主要用于办公费。\n\n四、公用经费管理情况\n2023年公用经费102.45万元，严格执行财务制度。",
        stated=("公用经费102.45", "102.45"),
        operands=[("公用经费120.45", "120.45")],
        computed=iv("120.45"),
        stated_iv=iv("102.45"),
        borderline=[
            # 120.5 stands for [120.45, 120.55], which holds 120.45
            "2023年公用经费120.45万元，主要用于办公费。\n\n四、公用经费管理情况\n2023年公用经费120.5万元，严格执行财务制度。",
            # 1204500元 is 120.45万元
            "2023年公用经费1204500元，主要用于办公费。\n\n四、公用经费管理情况\n2023年公用经费120.45万元，严格执行财务制度。",
        ],
        claim_kind="",  # a restated figure that agrees builds no claim
    ),
    Case(
        "FL107",
        consistent="2023年资产总额900.00万元。\n负债总额350.25万元。\n净资产549.75万元。",
        contradictory="2023年资产总额900.00万元。\n负债总额350.25万元。\n净资产594.75万元。",
        stated=("总额900.00", "900.00"),
        operands=[("负债总额350.25", "350.25"), ("净资产594.75", "594.75")],
        computed=add(iv("350.25"), iv("594.75")),
        stated_iv=iv("900.00"),
        borderline=[
            # 350.26 + 549.78 = 900.04 is inside 900.0's [899.95, 900.05]
            "2023年资产总额900.0万元。\n负债总额350.26万元。\n净资产549.78万元。",
        ],
        claim_kind="identity",
    ),
]
IDS = [c.code for c in CASES]


# ---------------------------------------------------------------- consistent
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_consistent_text_has_no_finding(case):
    assert findings(case.consistent) == []
    # every rule, FL199 and the plausibility rules included, stays silent
    assert findings(case.consistent, ["ALL"]) == []


@pytest.mark.parametrize("case", [c for c in CASES if c.claim_kind], ids=[c.code for c in CASES if c.claim_kind])
def test_consistent_text_is_checked_not_skipped(case):
    """The silence comes from a check that passed, not from a missed claim."""
    kinds = [(c["kind"], c["verdict"]) for c in claims(case.consistent)]
    assert (case.claim_kind, "consistent") in kinds


# ---------------------------------------------------------------- contradictory
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_contradiction_gives_exactly_the_expected_finding(case):
    found = findings(case.contradictory)
    # and no other rule, on by default, sees anything else in the text
    assert [f.rule for f in findings(case.contradictory, [c for c, r in all_rules().items() if r.enabled_by_default])] \
        == [case.code]
    assert [f.rule for f in found] == [case.code]
    f = found[0]
    assert f.name == BUILTIN[case.code]
    assert f.severity == "error"
    assert f.path == "report.txt"
    line, col, end_line, end_col = at(case.contradictory, *case.stated)
    assert (f.location.line, f.location.column, f.location.end_line, f.location.end_column) == (line, col, end_line, end_col)
    expected_related = sorted(at(case.contradictory, *o) for o in case.operands)
    assert sorted((r.line, r.column, r.end_line, r.end_column) for r in f.related) == expected_related


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_contradiction_is_reported_by_its_rule_alone(case):
    """Selecting only this rule still finds it; ignoring it silences the text."""
    assert [f.rule for f in findings(case.contradictory, [case.code])] == [case.code]
    assert [f.rule for f in findings(case.contradictory, [BUILTIN[case.code]])] == [case.code]
    others = [c for c in BUILTIN if c != case.code]
    assert findings(case.contradictory, others) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_message_names_every_number_and_where_it_is(case):
    (f,) = findings(case.contradictory)
    for context, number in [case.stated, *case.operands]:
        line, col, _, _ = at(case.contradictory, context, number)
        assert number in f.message
        assert f"{line}:{col}" in f.message
    for r, (context, number) in zip(sorted(f.related, key=lambda r: (r.line, r.column)),
                                    sorted(case.operands, key=lambda o: at(case.contradictory, *o))):
        assert number in r.message
        assert f"{r.line}:{r.column}" in r.message


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_message_shows_computed_value_and_margin(case):
    (f,) = findings(case.contradictory)
    # the computed interval, in the stated figure's unit, agrees with the oracle
    assert f.computed and f.stated
    m = re.search(r"\[(-?[0-9][0-9,.]*), (-?[0-9][0-9,.]*)\]", f.computed)
    assert m, f.computed
    lo, hi = (D(x.replace(",", "")) for x in m.groups())
    assert close_to_display(lo, case.computed[0]), (lo, case.computed)
    assert close_to_display(hi, case.computed[1]), (hi, case.computed)
    # ... and the message shows it
    assert m.group(0) in f.message
    # the margin beyond rounding: the gap between the two intervals
    mm = re.search(r"(?:beyond rounding by|apart by)\s*([0-9][0-9,]*(?:\.[0-9]+)?)", f.message)
    assert mm, f.message
    margin = D(mm.group(1).replace(",", ""))
    expected = gap(case.computed, case.stated_iv)
    assert expected > 0
    assert close_to_display(margin, expected), (margin, expected)
    assert case.stated[1] in f.stated


def test_message_says_computed():
    for case in CASES:
        (f,) = findings(case.contradictory)
        if f.rule == "FL106":
            # a figure stated twice: nothing is computed, both values and the margin are named
            assert " and as " in f.message and "apart by" in f.message, f.message
            continue
        assert "computed" in f.message, f.message


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_message_never_says_which_number_is_wrong(case):
    (f,) = findings(case.contradictory)
    text = " ".join([f.message, *(r.message for r in f.related)]).lower()
    for word in BLAME:
        assert word not in text


# ---------------------------------------------------------------- borderline
BORDERLINE = [(c.code, i, t) for c in CASES for i, t in enumerate(c.borderline)]


@pytest.mark.parametrize("code, i, text", BORDERLINE, ids=[f"{c}-{i}" for c, i, _ in BORDERLINE])
def test_borderline_rounding_stays_silent(code, i, text):
    assert findings(text) == []
    assert findings(text, ["ALL"]) == []


@pytest.mark.parametrize(
    "code, i, text",
    [b for b in BORDERLINE if b[0] != "FL106"],
    ids=[f"{c}-{i}" for c, i, _ in BORDERLINE if c != "FL106"],
)
def test_borderline_claims_are_recognised_and_consistent(code, i, text):
    kind = next(c.claim_kind for c in CASES if c.code == code)
    assert (kind, "consistent") in [(c["kind"], c["verdict"]) for c in claims(text)]


def test_fl106_borderline_is_not_silent_by_accident():
    """The same two labels with a real difference across units are compared."""
    text = "2023年公用经费1024500元，主要用于办公费。\n\n四、公用经费管理情况\n2023年公用经费120.45万元，严格执行财务制度。"
    (f,) = findings(text)
    assert f.rule == "FL106"
    assert f.location.line == 4


# ---------------------------------------------------------------- rule-specific behaviour
def test_fl101_partial_list_is_not_a_sum():
    text = "2023年项目支出900.00万元，主要用于以下几个方面：道路养护300.00万元，河道清淤200.00万元，以及社会救助等。"
    assert findings(text) == []
    # a partial list is still checked as an upper bound: parts above the total are reported
    over = "2023年项目支出900.00万元，主要用于以下几个方面：道路养护600.00万元，河道清淤400.00万元，以及社会救助等。"
    assert [f.rule for f in findings(over)] == ["FL101"]


def test_fl101_overlapping_attributes_are_not_a_partition():
    text = "全年发展党员15人，其中35周岁以下9人，大专以上学历8人。"
    assert findings(text) == []


def test_fl101_counts_are_exact():
    # 9 + 4 = 13 ≠ 12: counts of things have no rounding margin
    text = "全年实施项目12个，其中产业类9个，基础设施类4个。"
    (f,) = findings(text)
    assert f.rule == "FL101"
    assert (f.line, f.column) == at(text, "项目12个", "12")[:2]


def test_fl101_nested_list_checks_inner_total():
    text = ("2023年本年支出1,000.00万元，其中：基本支出600.00万元（其中：人员经费500.00万元，公用经费110.00万元），"
            "项目支出400.00万元。")
    (f,) = findings(text)
    assert f.rule == "FL101"
    assert (f.line, f.column) == at(text, "基本支出600.00", "600.00")[:2]
    assert sorted((r.line, r.column) for r in f.related) == sorted(
        [at(text, "经费500.00", "500.00")[:2], at(text, "经费110.00", "110.00")[:2]])


def test_fl102_share_rounding_both_ways():
    # 1 / 3 = 33.33%: 33% and 33.3% hold, 34% does not
    base = "2023年本年支出300.00万元，其中：基本支出100.00万元，占总支出的{}；项目支出200.00万元。"
    assert findings(base.format("33%")) == []
    assert findings(base.format("33.3%")) == []
    assert [f.rule for f in findings(base.format("34%"))] == ["FL102"]


def test_fl103_rate_from_previous_sentence_with_unclear_labels_is_not_an_error():
    """Amounts in the sentence before, labels that do not say which is the
    plan: not reported by default (info with FL199)."""
    text = "上级下达资金300.00万元，拨付资金250.00万元。项目执行率为70%。"
    assert findings(text) == []


def test_fl104_decrease_message_expression_matches_its_value():
    text = "公用经费由上年的120.50万元减少到98.30万元，减少23.20万元。"
    (f,) = findings(text)
    # 98.30 − 120.50 is −22.20, not the 22.20 the message shows beside it
    assert "98.30万元 (line 1:20) − " not in f.message


def test_fl105_decrease_uses_amount_plus_change_as_base():
    # 45.00 after a decrease of 5.00: the base is 50.00, the rate 10%
    ok = "公务接待费支出45.00万元，比上年减少5.00万元，下降10.00%。"
    assert findings(ok) == []
    bad = "公务接待费支出45.00万元，比上年减少5.00万元，下降11.11%。"  # 5 / 45: the wrong base
    (f,) = findings(bad)
    assert f.rule == "FL105"
    assert close_to_display(computed_mid(f), D("10.00"))


def test_fl105_stated_base():
    ok = "公务接待费支出较上年的50.00万元减少5.00万元，下降10.00%。"
    assert findings(ok) == []
    bad = "公务接待费支出较上年的50.00万元减少5.00万元，下降12.00%。"
    (f,) = findings(bad)
    assert f.rule == "FL105"
    assert close_to_display(computed_mid(f), D("10.00"))


def test_fl105_message_formula_matches_computation_for_stated_base():
    bad = "公务接待费支出较上年的50.00万元减少5.00万元，下降12.00%。"
    (f,) = findings(bad)
    # computed 10% = 5.00 / 50.00; the message must not present 5.00 / (50.00 + 5.00) = 9.09%
    assert "+ 5.00" not in f.message


def test_fl106_different_phases_are_different_facts():
    text = "2023年年初预算公用经费120.45万元。\n2023年决算公用经费102.45万元。"
    assert findings(text) == []


def test_fl107_same_sentence_identity():
    text = "截至2023年12月31日，资产总额900.00万元，负债总额350.25万元，净资产594.75万元。"
    (f,) = findings(text)
    assert f.rule == "FL107"
    assert (f.line, f.column) == at(text, "总额900.00", "900.00")[:2]


def test_space_inside_a_number_is_not_a_contradiction():
    text = "2023年本年支出1 200.50万元，其中：基本支出800.30万元，项目支出400.20万元。"
    assert findings(text) == []


def test_number_forms_in_a_composition():
    """Full-width digits, Chinese numerals, 亿 and mixed units keep their value."""
    assert findings("2023年本年支出１２００．５０万元，其中：基本支出８００．３０万元，项目支出４００．２０万元。") == []
    assert [f.rule for f in findings("2023年本年支出１２００．５０万元，其中：基本支出８００．３０万元，项目支出４１０．２０万元。")] == ["FL101"]
    assert findings("全镇共有村（社区）十二个，其中行政村十个，社区两个。") == []
    assert [f.rule for f in findings("全镇共有村（社区）十二个，其中行政村十个，社区三个。")] == ["FL101"]
    assert findings("2023年本年支出1.2亿元，其中：基本支出4,420.00万元，项目支出8,000.00万元。") == []  # 1.242亿 rounds to 1.2亿
    assert findings("2023年“三公”经费18.36万元，其中：公务用车购置及运行维护费68200元，公务接待费115400元。") == []
    assert [f.rule for f in findings("2023年“三公”经费18.36万元，其中：公务用车购置及运行维护费68200元，公务接待费125400元。")] == ["FL101"]


def test_not_quantities_never_enter_a_relation():
    """Document numbers, dates and phone numbers are not amounts."""
    text = ("根据山财绩〔2023〕88号，截至2023年12月31日，联系电话0731-84561234，"
            "本年支出300.00万元，其中：基本支出100.00万元，项目支出200.00万元。")
    assert findings(text, ["ALL"]) == []


def test_approximate_parts_check_as_bounds():
    # 600余 + 500余 is at least 1100 > 1000: a contradiction even with approximations
    assert [f.rule for f in findings("2023年完成造林1,000亩，其中：经济林600余亩，生态林500余亩。")] == ["FL101"]
    # 600余 + 300余 may well be 1000
    assert findings("2023年完成造林1,000亩，其中：经济林600余亩，生态林300余亩。") == []


# ---------------------------------------------------------------- FL199
UNCLEAR = "上级下达资金300.00万元，拨付资金250.00万元。项目执行率为70%。"


def test_fl199_is_off_by_default():
    assert "FL199" not in [r.code for r in active_rules()]
    assert run(Document("report.txt", UNCLEAR), active_rules()).findings == []


def test_fl199_reports_an_unchecked_relation_when_selected():
    found = findings(UNCLEAR, ["FL199"])
    assert [f.rule for f in found] == ["FL199"]
    f = found[0]
    assert f.severity == "info"
    assert f.name == "unchecked-relation"
    assert (f.line, f.column, f.location.end_line, f.location.end_column) == at(UNCLEAR, "为70%", "70")
    assert sorted((r.line, r.column, r.end_line, r.end_column) for r in f.related) == sorted(
        [at(UNCLEAR, "资金300.00", "300.00"), at(UNCLEAR, "资金250.00", "250.00")])
    assert "70%" in f.message and "1:35" in f.message
    assert "not checked" in f.message
    for r, number in zip(sorted(f.related, key=lambda r: r.column), ["300.00", "250.00"]):
        assert number in r.message and f"{r.line}:{r.column}" in r.message
    text = f.message.lower()
    assert not any(w in text for w in BLAME)


def test_fl199_reports_an_undividable_relation():
    text = "2023年本年支出0万元，其中：基本支出0万元，占总支出的50%。"
    assert findings(text) == []
    (f,) = findings(text, ["FL199"])
    assert f.rule == "FL199"
    assert (f.line, f.column) == at(text, "的50%", "50")[:2]


def test_fl199_silent_when_relation_holds():
    # the same unclear reading, but 250 / 300 = 83.33% written 83%
    text = "上级下达资金300.00万元，拨付资金250.00万元。项目执行率为83%。"
    assert findings(text, ["FL199"]) == []
    assert ("rate", "consistent") in [(c["kind"], c["verdict"]) for c in claims(text)]


def test_fl199_silent_on_clear_contradiction():
    """A contradiction is an error of its own rule, not an unchecked relation."""
    assert findings(CASES[0].contradictory, ["FL199"]) == []


# ---------------------------------------------------------------- registry
def test_registry_holds_the_builtin_rules():
    rules = all_rules()
    assert set(BUILTIN) <= set(rules)
    for code, name in BUILTIN.items():
        assert rules[code].code == code
        assert rules[code].name == name


def test_registry_codes_and_names_unique():
    rules = all_rules()
    codes = [r.code for r in rules.values()]
    names = [r.name for r in rules.values()]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
    assert list(rules) == codes  # keyed by each rule's own code


@pytest.mark.parametrize("code", list(BUILTIN))
def test_each_rule_is_documented(code):
    cls = all_rules()[code]
    assert re.fullmatch(r"FL[0-9]{3}", cls.code)
    assert cls.name and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", cls.name)
    assert cls.severity in SEVERITIES
    # its own docstring, not one inherited from a base class
    assert "__doc__" in vars(cls) and (cls.__doc__ or "").strip()
    doc = cls.documentation()
    assert doc == inspect.getdoc(cls)
    assert cls.summary() == doc.splitlines()[0]
    assert len(cls.summary()) > 10
    assert len(doc.splitlines()) > 1  # more than a summary


def test_rule_summaries_differ():
    summaries = [r.summary() for r in all_rules().values()]
    assert len(summaries) == len(set(summaries))


def test_only_fl199_is_off_by_default():
    rules = all_rules()
    assert rules["FL199"].enabled_by_default is False
    assert rules["FL199"].severity == "info"
    for code in BUILTIN:
        if code != "FL199":
            assert rules[code].enabled_by_default is True
            assert rules[code].severity == "error"
    default = [r.code for r in active_rules()]
    assert default == sorted(c for c, r in rules.items() if r.enabled_by_default)


@pytest.mark.parametrize(
    "selectors, expected",
    [
        (["FL101"], {"FL101"}),
        (["fl102"], {"FL102"}),
        ([" FL103 "], {"FL103"}),
        (["composition-sum"], {"FL101"}),
        (["growth-rate-mismatch", "FL104"], {"FL104", "FL105"}),
        (["FL10"], {"FL101", "FL102", "FL103", "FL104", "FL105", "FL106", "FL107", "FL108", "FL109"}),
        (["FL19"], {"FL199"}),
        (["FL1"], set(BUILTIN)),
        (["", "FL106"], {"FL106"}),
    ],
)
def test_resolve_selectors(selectors, expected):
    assert resolve(selectors) & set(BUILTIN) == expected
    if not any(s.strip().upper() in ("FL1", "FL10") for s in selectors):
        assert resolve(selectors) == expected


def test_resolve_all():
    assert resolve(["ALL"]) == set(all_rules())
    assert resolve(["all"]) == set(all_rules())


@pytest.mark.parametrize("selector", ["FL999", "FL0", "composition", "Composition-Sum", "nonsense", "XX1"])
def test_resolve_unknown_selector_raises_keyerror(selector):
    with pytest.raises(KeyError) as exc:
        resolve(["FL101", selector])
    assert exc.value.args[0] == selector


def test_active_rules_select_and_ignore():
    assert [r.code for r in active_rules(["FL1"], ["FL199"])] == [c for c in sorted(BUILTIN) if c != "FL199"]
    chosen = [r.code for r in active_rules(None, ["share-mismatch", "FL107"])]
    assert [c for c in chosen if c in BUILTIN] == ["FL101", "FL103", "FL104", "FL105", "FL106", "FL108", "FL109"]
    assert chosen == [c for c, r in all_rules().items() if r.enabled_by_default and c not in ("FL102", "FL107")]
    assert [r.code for r in active_rules(["FL199"])] == ["FL199"]
    with pytest.raises(KeyError):
        active_rules(None, ["no-such-rule"])
    assert all(isinstance(r, Rule) for r in active_rules(["ALL"]))


def test_register_refuses_a_second_rule_with_a_taken_code():
    class Impostor(Rule):
        """Pretends to be FL101."""

        code = "FL101"
        name = "impostor"

    with pytest.raises(ValueError):
        register(Impostor)
    assert all_rules()["FL101"].name == "composition-sum"


def test_register_refuses_bad_rules():
    class NoCode(Rule):
        """No code."""

        name = "no-code"

    class BadSeverity(Rule):
        """A severity that does not exist."""

        code = "FL998"
        name = "bad-severity"
        severity = "fatal"

    with pytest.raises(ValueError):
        register(NoCode)
    with pytest.raises(ValueError):
        register(BadSeverity)
    assert "FL998" not in all_rules()
