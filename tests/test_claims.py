"""Claims built from prose and their verdicts.

Every sentence here is invented. For each relation there is a consistent
case, a contradictory one and a borderline one that holds only because the
stated figures are rounded.
"""
from decimal import Decimal as D

import pytest

from fiscallint.deciding import recompute
from fiscallint.understanding.analysis import analyse
from fiscallint.understanding.claims import build_claims
from fiscallint.model.intervals import Interval
from fiscallint.reading import Document

W = D(10000)  # 万元 -> 元


def claims_of(text):
    return build_claims(analyse(Document("t.txt", text)))


def of_kind(text, kind):
    return [c for c in claims_of(text) if c.kind == kind]


def single(text, kind):
    cs = of_kind(text, kind)
    assert len(cs) == 1, [(c.kind, c.stated.q.text, [o.q.text for o in c.operands]) for c in claims_of(text)]
    c = cs[0]
    return c, recompute.decide(c)


def ops(claim):
    return [o.q.text for o in claim.operands]


def wan(lo, hi):
    """An interval in 元 from bounds written in 万元."""
    return Interval(D(lo) * W, D(hi) * W)


# ====================================================================== composition
class TestCompositionExhaustive:
    def test_consistent(self):
        c, v = single("本年支出合计5000.00万元，其中：基本支出1200.50万元，项目支出3799.50万元。", "composition")
        assert c.stated.q.text == "5000.00万元"
        assert ops(c) == ["1200.50万元", "3799.50万元"]
        assert c.relation == "eq"
        assert v.status == "consistent"
        assert v.computed == wan("4999.99", "5000.01")
        assert v.stated == wan("4999.995", "5000.005")

    def test_contradiction(self):
        c, v = single("本年支出合计5000.00万元，其中：基本支出1200.50万元，项目支出3700.50万元。", "composition")
        assert c.relation == "eq"
        assert ops(c) == ["1200.50万元", "3700.50万元"]
        assert v.status == "contradiction"
        assert v.computed == wan("4900.99", "4901.01")
        assert v.margin == D("98.985") * W

    def test_borderline_consistent_thanks_to_rounding(self):
        # 1200.50 + 3799.51 = 5000.01, stated 5000.00: the parts may be 0.005 lower each
        c, v = single("本年支出合计5000.00万元，其中：基本支出1200.50万元，项目支出3799.51万元。", "composition")
        assert v.status == "consistent"
        assert v.computed.lo == D("5000.00") * W
        assert v.computed.lo <= v.stated.hi

    def test_borderline_one_hundredth_further_is_a_contradiction(self):
        c, v = single("本年支出合计5000.00万元，其中：基本支出1200.50万元，项目支出3799.52万元。", "composition")
        assert v.status == "contradiction"
        assert v.computed.lo == D("5000.01") * W

    def test_units_mix_in_base_units(self):
        c, v = single("本年支出1000万元，其中：基本支出4000000元，项目支出600万元。", "composition")
        assert ops(c) == ["4000000元", "600万元"]
        assert v.status == "consistent"
        assert v.computed == Interval(D("9994999.5"), D("10005000.5"))


class TestCompositionPartial:
    def test_main_items_are_le(self):
        c, v = single("共下达资金600万元，其中主要包括道路建设200万元，桥梁维修150万元。", "composition")
        assert c.relation == "le"
        assert ops(c) == ["200万元", "150万元"]
        assert v.status == "consistent"

    def test_deng_after_last_part_is_le(self):
        c, v = single("共下达资金600万元，其中道路建设200万元，桥梁维修150万元等。", "composition")
        assert c.relation == "le"
        assert v.status == "consistent"
        assert v.computed == wan("349", "351")

    def test_same_parts_without_deng_are_eq_and_contradict(self):
        c, v = single("共下达资金600万元，其中道路建设200万元，桥梁维修150万元。", "composition")
        assert c.relation == "eq"
        assert v.status == "contradiction"

    def test_parts_above_the_total_contradict(self):
        c, v = single("共下达资金600万元，其中道路建设400万元，桥梁维修250万元等。", "composition")
        assert c.relation == "le"
        assert v.status == "contradiction"

    def test_borderline_le(self):
        # 300.3 + 300.1 = 600.4 > 600, but 600 stands for up to 600.5
        c, v = single("共下达资金600万元，其中主要包括道路建设300.3万元，桥梁维修300.1万元。", "composition")
        assert c.relation == "le"
        assert v.status == "consistent"
        assert v.computed == wan("600.3", "600.5")
        c, v = single("共下达资金600万元，其中主要包括道路建设300.4万元，桥梁维修300.3万元。", "composition")
        assert v.status == "contradiction"


class TestNestedComposition:
    TEXT = ("本年支出1000.00万元，其中：基本支出400.00万元，其中：人员经费300.00万元，"
            "公用经费{gy}万元；项目支出600.00万元。")

    def claims(self, gy):
        cs = of_kind(self.TEXT.format(gy=gy), "composition")
        by_total = {c.stated.q.text: c for c in cs}
        assert set(by_total) == {"1000.00万元", "400.00万元"}
        return by_total["1000.00万元"], by_total["400.00万元"]

    def test_sibling_label_closes_the_inner_list(self):
        outer, inner = self.claims("100.00")
        assert ops(outer) == ["400.00万元", "600.00万元"]
        assert ops(inner) == ["300.00万元", "100.00万元"]
        assert recompute.decide(outer).status == "consistent"
        assert recompute.decide(inner).status == "consistent"

    def test_inner_contradiction_leaves_outer_consistent(self):
        outer, inner = self.claims("90.00")
        assert ops(outer) == ["400.00万元", "600.00万元"]
        assert recompute.decide(outer).status == "consistent"
        v = recompute.decide(inner)
        assert v.status == "contradiction"
        assert v.computed == wan("389.99", "390.01")

    def test_inner_borderline(self):
        outer, inner = self.claims("100.01")
        v = recompute.decide(inner)
        assert v.status == "consistent"
        assert v.computed == wan("400.00", "400.02")

    def test_inner_list_in_parenthesis(self):
        c, v = single("基本支出400万元（其中人员经费300万元，公用经费100万元）。", "composition")
        assert ops(c) == ["300万元", "100万元"]
        assert v.status == "consistent"


class TestParenthesisBreakdown:
    def test_consistent(self):
        c, v = single("专项资金500万元（中央资金300万元，省级资金150万元，县级资金50万元）。", "composition")
        assert c.stated.q.text == "500万元"
        assert ops(c) == ["300万元", "150万元", "50万元"]
        assert c.relation == "eq"
        assert v.status == "consistent"

    def test_contradiction(self):
        c, v = single("专项资金500万元（中央资金300万元，省级资金150万元，县级资金60万元）。", "composition")
        assert v.status == "contradiction"
        assert v.computed == wan("508.5", "511.5")

    def test_borderline(self):
        # 300 + 150 + 52 = 502, but three integers round by up to 1.5 together
        c, v = single("专项资金500万元（中央资金300万元，省级资金150万元，县级资金52万元）。", "composition")
        assert v.status == "consistent"
        assert v.computed == wan("500.5", "503.5")
        c, v = single("专项资金500万元（中央资金300万元，省级资金150万元，县级资金53万元）。", "composition")
        assert v.status == "contradiction"

    def test_two_dimensions_in_one_parenthesis(self):
        text = "监测户90户350人（脱贫不稳定户34户134人，边缘户56户{n}人）。"
        cs = {c.stated.q.text: c for c in of_kind(text.format(n=216), "composition")}
        assert ops(cs["90户"]) == ["34户", "56户"]
        assert ops(cs["350人"]) == ["134人", "216人"]
        assert all(recompute.decide(c).status == "consistent" for c in cs.values())
        cs = {c.stated.q.text: c for c in of_kind(text.format(n=206), "composition")}
        assert recompute.decide(cs["90户"]).status == "consistent"
        v = recompute.decide(cs["350人"])
        assert v.status == "contradiction"
        # counts are exact
        assert v.computed == Interval(D(340), D(340))


class TestOverlappingAttributes:
    def test_attributes_are_each_le_not_summed(self):
        c, v = single("今年发展党员12人，其中35周岁以下6人，大专以上学历4人。", "composition")
        assert c.relation == "each_le"
        assert ops(c) == ["6人", "4人"]
        assert v.status == "consistent"  # 6 + 4 ≠ 12, and that is fine

    def test_attributes_summing_above_total_are_fine(self):
        c, v = single("今年发展党员12人，其中35周岁以下9人，大专以上学历8人。", "composition")
        assert c.relation == "each_le"
        assert v.status == "consistent"

    def test_attribute_above_total_is_not_flagged(self):
        c, v = single("今年发展党员12人，其中35周岁以下6人，大专以上学历14人。", "composition")
        assert v.status != "contradiction"

    def test_count_clause_that_is_not_a_part(self):
        cs = of_kind("今年发展党员12人，其中35周岁以下6人，大专以上学历4人，转正党员20人。", "composition")
        assert all(recompute.decide(c).status != "contradiction" for c in cs)

    def test_count_clause_far_above_total_is_not_a_part(self):
        c, v = single("今年发展党员10人，其中农民4人，教师6人，转正党员25人。", "composition")
        assert v.status == "unchecked"

    def test_count_clause_after_a_semicolon_is_outside_the_list(self):
        c, v = single("今年发展党员10人，其中农民4人，教师6人；转正党员8人。", "composition")
        assert ops(c) == ["4人", "6人"]
        assert v.status == "consistent"

    def test_count_clause_after_an_exact_partition_is_not_a_part(self):
        cs = of_kind("今年发展党员10人，其中农民4人，教师6人，转正党员8人。", "composition")
        assert all(recompute.decide(c).status != "contradiction" for c in cs)


class TestDoneAndNotDone:
    def test_consistent(self):
        c, v = single("风险监测户100户，已消除风险监测40户，未消除风险监测60户。", "composition")
        assert ops(c) == ["40户", "60户"]
        assert v.status == "consistent"

    def test_contradiction(self):
        c, v = single("风险监测户100户，已消除风险监测40户，未消除风险监测50户。", "composition")
        assert v.status == "contradiction"
        assert v.computed == Interval(D(90), D(90))

    def test_borderline_money(self):
        c, v = single("项目资金80.00万元，已拨付资金52.35万元，未拨付资金27.66万元。", "composition")
        assert ops(c) == ["52.35万元", "27.66万元"]
        assert v.status == "consistent"
        assert v.computed == wan("80.00", "80.02")
        c, v = single("项目资金80.00万元，已拨付资金52.35万元，未拨付资金27.67万元。", "composition")
        assert v.status == "contradiction"

    def test_unrelated_labels_do_not_pair(self):
        assert of_kind("全镇农户300户，已通自来水200户，未硬化道路80户。", "composition") == []


class TestTotalListWithoutTrigger:
    def test_consistent(self):
        c, v = single("编制数合计50名，行政编制数23名，事业编制数27名。", "composition")
        assert c.stated.q.text == "50名"
        assert ops(c) == ["23名", "27名"]
        assert v.status == "consistent"

    def test_contradiction(self):
        c, v = single("编制数合计50名，行政编制数23名，事业编制数25名。", "composition")
        assert v.status == "contradiction"
        assert v.computed == Interval(D(48), D(48))

    def test_borderline(self):
        c, v = single("经费合计120.0万元，培训经费80.02万元，宣传经费40.02万元。", "composition")
        assert v.status == "consistent"
        assert v.computed == wan("120.03", "120.05")
        c, v = single("经费合计120.0万元，培训经费80.04万元，宣传经费40.04万元。", "composition")
        assert v.status == "contradiction"


def test_restated_part_in_next_sentence_is_not_another_part():
    c, v = single("本年支出1000.00万元，其中：基本支出400.00万元，项目支出600.00万元。"
                  "基本支出400.00万元，主要用于保障机构正常运转。", "composition")
    assert ops(c) == ["400.00万元", "600.00万元"]
    assert v.status == "consistent"


# ====================================================================== share
class TestShareInComposition:
    TEXT = "本年支出480万元，其中：基本支出121万元，占{a}%；项目支出359万元，占{b}%。"

    def shares(self, a, b):
        cs = of_kind(self.TEXT.format(a=a, b=b), "share")
        assert len(cs) == 2
        return cs

    def test_consistent(self):
        basic, project = self.shares("25", "75")
        assert ops(basic) == ["121万元", "480万元"]
        assert ops(project) == ["359万元", "480万元"]
        assert recompute.decide(basic).status == "consistent"
        assert recompute.decide(project).status == "consistent"

    def test_contradiction(self):
        basic, project = self.shares("35", "75")
        v = recompute.decide(basic)
        assert v.status == "contradiction"
        assert D("25.07") < v.computed.lo < v.computed.hi < D("25.34")
        assert recompute.decide(project).status == "consistent"

    def test_borderline(self):
        # 121/480 = 25.21 %; 25.3 % holds only because 121 and 480 are rounded
        basic, _ = self.shares("25.3", "74.8")
        v = recompute.decide(basic)
        assert v.status == "consistent"
        assert v.computed.hi >= D("25.25")
        basic, _ = self.shares("25.4", "74.6")
        assert recompute.decide(basic).status == "contradiction"


class TestShareWithNamedWhole:
    def test_consistent(self):
        c, v = single("本年支出480万元。基本支出121万元，占总支出的25%。", "share")
        assert ops(c) == ["121万元", "480万元"]
        assert v.status == "consistent"

    def test_contradiction(self):
        c, v = single("本年支出480万元。基本支出121万元，占总支出的30%。", "share")
        assert v.status == "contradiction"
        assert v.stated == Interval(D("29.5"), D("30.5"))

    def test_borderline(self):
        c, v = single("本年支出480万元。基本支出121万元，占总支出的25.3%。", "share")
        assert v.status == "consistent"
        c, v = single("本年支出480万元。基本支出121万元，占总支出的25.4%。", "share")
        assert v.status == "contradiction"

    def test_two_decimal_share_of_two_decimal_amounts(self):
        # 1208.40 / 4816.25 = 25.0901…%
        c, v = single("本年支出4816.25万元。基本支出1208.40万元，占总支出的25.09%。", "share")
        assert v.status == "consistent"
        assert D("25.0899") < v.computed.lo < v.computed.hi < D("25.0906")
        c, v = single("本年支出4816.25万元。基本支出1208.40万元，占总支出的25.08%。", "share")
        assert v.status == "contradiction"

    def test_share_in_chinese_numerals_is_rounded(self):
        c, v = single("本年支出500.00万元，其中：基本支出108.40万元，占百分之二十二；项目支出391.60万元。", "share")
        assert v.status == "consistent"


# ====================================================================== rate
class TestRateSameSentence:
    def test_consistent_with_labelled_plan_and_actual(self):
        c, v = single("全年预算数为300万元，实际执行数为271万元，预算执行率为90.3%。", "rate")
        assert [o.q.text for o in c.operands] == ["271万元", "300万元"]  # actual, plan
        assert c.decisive
        assert v.status == "consistent"
        assert D("90.016") < v.computed.lo < D("90.017")
        assert D("90.651") < v.computed.hi < D("90.652")

    def test_labels_decide_the_order(self):
        c, v = single("实际执行数为271万元，全年预算数为300万元，预算执行率为90.3%。", "rate")
        assert ops(c) == ["271万元", "300万元"]
        assert v.status == "consistent"

    def test_contradiction(self):
        c, v = single("全年预算数为300万元，实际执行数为271万元，预算执行率为95%。", "rate")
        assert v.status == "contradiction"
        assert v.stated == Interval(D("94.5"), D("95.5"))

    def test_borderline(self):
        # 271/300 = 90.33 %: 90.7 % holds only at the edge of the operands' rounding
        c, v = single("全年预算数为300万元，实际执行数为271万元，预算执行率为90.7%。", "rate")
        assert v.status == "consistent"
        c, v = single("全年预算数为300万元，实际执行数为271万元，预算执行率为90.8%。", "rate")
        assert v.status == "contradiction"

    def test_mixed_units(self):
        c, v = single("全年预算数为520万元，实际执行数为4680000元，预算执行率为90％。", "rate")
        assert ops(c) == ["4680000元", "520万元"]
        assert v.status == "consistent"


class TestRatePreviousSentence:
    def test_consistent(self):
        c, v = single("项目年初预算300万元，全年实际支出271万元。预算执行率90.3%。", "rate")
        assert ops(c) == ["271万元", "300万元"]
        assert v.status == "consistent"

    def test_borderline(self):
        c, v = single("项目年初预算300万元，全年实际支出271万元。预算执行率90.7%。", "rate")
        assert v.status == "consistent"

    def test_contradiction_is_not_consistent(self):
        # the amounts are in another sentence: the claim is not decisive and is
        # reported as unchecked, never as consistent
        c, v = single("项目年初预算300万元，全年实际支出271万元。预算执行率95%。", "rate")
        assert not c.decisive
        assert v.status == "unchecked"
        assert not v.computed.meets(v.stated)

    def test_blank_line_separates_paragraphs(self):
        assert of_kind("项目年初预算300万元，全年实际支出271万元。\n\n预算执行率90.3%。", "rate") == []


def test_rate_followed_by_de_is_a_descriptor_not_a_claim():
    text = "全年预算数为520万元，实际执行数为468万元，执行率80%的项目有3个。"
    a = analyse(Document("t.txt", text))
    rate = next(f for f in a.facts if f.q.is_percent)
    assert rate.role == "descriptor"
    assert [c for c in build_claims(a) if c.kind == "rate"] == []


def test_rate_range_is_not_a_claim():
    assert of_kind("全年预算数为520万元，实际执行数为468万元，执行率80-95%。", "rate") == []


# ====================================================================== growth and change
class TestGrowthIncrease:
    def test_consistent(self):
        c, v = single("本年支出1150.00万元，比上年增加150.00万元，增长15%。", "growth")
        assert ops(c) == ["1150.00万元", "150.00万元"]
        assert c.direction == 1
        assert c.variant == "delta"
        assert v.status == "consistent"
        # 150 / (1150 − 150)
        assert D("14.9993") < v.computed.lo < D("15") < v.computed.hi < D("15.0007")

    def test_contradiction(self):
        c, v = single("本年支出1150.00万元，比上年增加150.00万元，增长25%。", "growth")
        assert v.status == "contradiction"

    def test_rate_over_current_year_is_a_contradiction(self):
        # 150/1150 = 13.04 %: the author divided by the wrong year
        c, v = single("本年支出1150.00万元，比上年增加150.00万元，增长13.04%。", "growth")
        assert v.status == "contradiction"

    def test_borderline(self):
        # 15/(115−15) = 15 %, yet 15.7 % holds with 114.5 and 15.5
        c, v = single("本年支出115万元，比上年增加15万元，增长15.7%。", "growth")
        assert v.status == "consistent"
        assert v.computed.hi == D("15.5") / D(99) * 100
        c, v = single("本年支出115万元，比上年增加15万元，增长15.8%。", "growth")
        assert v.status == "contradiction"


class TestGrowthDecrease:
    def test_consistent(self):
        c, v = single("本年支出850.00万元，比上年减少150.00万元，下降15%。", "growth")
        assert c.direction == -1
        assert ops(c) == ["850.00万元", "150.00万元"]
        assert v.status == "consistent"

    def test_contradiction_rate_over_current_year(self):
        # 150/850 = 17.65 %: the base is 850 + 150
        c, v = single("本年支出850.00万元，比上年减少150.00万元，下降17.65%。", "growth")
        assert v.status == "contradiction"

    def test_borderline(self):
        c, v = single("本年支出85万元，比上年减少15万元，下降15.6%。", "growth")
        assert v.status == "consistent"
        c, v = single("本年支出85万元，比上年减少15万元，下降15.8%。", "growth")
        assert v.status == "contradiction"

    def test_opposite_change_words_are_read_with_the_amounts_word(self):
        # 150 / (850 − 150) = 21.4%, not 15%: the words disagree, whichever slipped
        c, v = single("本年支出850.00万元，比上年增加150.00万元，下降15%。", "growth")
        assert c.pattern == "growth.direction-words-differ" and c.direction == 1
        assert v.status == "contradiction"

    def test_a_rate_of_another_subject_after_a_change_is_not_its_rate(self):
        assert of_kind("本年支出850.00万元，比上年增加150.00万元，公用经费下降15%。", "growth") == []


class TestGrowthOverStatedBase:
    def test_consistent(self):
        c, v = single("公务接待费较上年的20.00万元减少3.00万元，下降15%。", "growth")
        assert c.variant == "base"
        assert ops(c) == ["20.00万元", "3.00万元"]
        assert v.status == "consistent"

    def test_base_is_the_figure_not_the_current_year(self):
        # 3/(20+3) = 13.04 % would be right if 20 were this year's figure
        c, v = single("公务接待费较上年的20.00万元减少3.00万元，下降13.04%。", "growth")
        assert v.status == "contradiction"

    def test_borderline(self):
        c, v = single("公务接待费较上年的20.00万元减少3.00万元，下降15.03%。", "growth")
        assert v.status == "consistent"
        assert D("15.025") < v.computed.hi < D("15.03")
        c, v = single("公务接待费较上年的20.00万元减少3.00万元，下降15.04%。", "growth")
        assert v.status == "contradiction"

    def test_increase_over_a_named_year(self):
        c, v = single("培训费较2023年的40.00万元增加6.00万元，增长15%。", "growth")
        assert c.variant == "base"
        assert v.status == "consistent"


class TestChangeFromTo:
    def test_consistent(self):
        c, v = single("检测样品由上年的68批次增加到93批次，增加25批次。", "change")
        assert c.variant == "levels"
        assert ops(c) == ["93批次", "68批次"]
        assert v.status == "consistent"
        assert v.computed == Interval(D(25), D(25))

    def test_contradiction(self):
        c, v = single("检测样品由上年的68批次增加到93批次，增加24批次。", "change")
        assert v.status == "contradiction"

    def test_decrease(self):
        c, v = single("培训人数由上年的120人减少到95人，减少25人。", "change")
        assert c.direction == -1
        assert v.status == "consistent"
        c, v = single("培训人数由上年的120人减少到95人，减少35人。", "change")
        assert v.status == "contradiction"

    def test_borderline(self):
        # 15.67 − 12.34 = 3.33, stated 3.34: the operands are rounded too
        c, v = single("经费由上年的12.34万元增加到15.67万元，增加3.34万元。", "change")
        assert v.status == "consistent"
        assert v.computed == wan("3.32", "3.34")
        c, v = single("经费由上年的12.34万元增加到15.67万元，增加3.35万元。", "change")
        assert v.status == "contradiction"


# ====================================================================== crossref
class TestCrossref:
    def test_two_values_of_one_concept_contradict(self):
        c, v = single("本单位基本支出420.50万元。\n全年基本支出为402.50万元。", "crossref")
        assert c.stated.q.text == "402.50万元"
        assert ops(c) == ["420.50万元"]
        assert v.status == "contradiction"
        assert v.computed == wan("420.495", "420.505")

    def test_same_value_is_no_claim(self):
        assert of_kind("本单位基本支出420.50万元。\n全年基本支出为420.50万元。", "crossref") == []

    def test_same_value_in_another_unit_is_no_claim(self):
        assert of_kind("本单位基本支出420.50万元。\n全年基本支出为4205000元。", "crossref") == []

    def test_borderline_precision(self):
        # 420.5 stands for [420.45, 420.55]
        assert of_kind("本单位基本支出420.5万元。\n全年基本支出为420.55万元。", "crossref") == []
        c, v = single("本单位基本支出420.5万元。\n全年基本支出为420.56万元。", "crossref")
        assert v.status == "contradiction"

    def test_budget_and_final_are_not_compared(self):
        assert of_kind("年初预算基本支出400.00万元。\n决算基本支出420.50万元。", "crossref") == []
        assert of_kind("年初预算基本支出400.00万元，决算基本支出420.50万元。", "crossref") == []

    def test_other_years_are_not_compared(self):
        assert of_kind("2023年基本支出400.00万元。\n2024年基本支出420.50万元。", "crossref") == []
        assert of_kind("上年基本支出400.00万元。\n本年基本支出420.50万元。", "crossref") == []

    def test_total_restated_with_another_value(self):
        text = "本年支出1000.00万元，其中：基本支出400.00万元，项目支出600.00万元。\n本年支出1100.00万元。"
        c, v = single(text, "crossref")
        assert c.stated.q.text == "1100.00万元"
        assert v.status == "contradiction"

    def test_part_of_composition_against_same_concept_elsewhere(self):
        text = "本年支出1000.00万元，其中：基本支出400.00万元，项目支出600.00万元。\n二、其他情况\n本单位基本支出460.00万元。"
        c, v = single(text, "crossref")
        assert v.status == "contradiction"


# ====================================================================== identity
class TestIdentity:
    @staticmethod
    def text(total, basic, project):
        return f"本年支出{total}万元。\n基本支出{basic}万元。\n项目支出{project}万元。"

    def test_consistent(self):
        c, v = single(self.text("1000.00", "400.00", "600.00"), "identity")
        assert c.stated.q.text == "1000.00万元"
        assert ops(c) == ["400.00万元", "600.00万元"]
        assert v.status == "consistent"

    def test_contradiction(self):
        c, v = single(self.text("1000.00", "400.00", "500.00"), "identity")
        assert v.status == "contradiction"
        assert v.computed == wan("899.99", "900.01")

    def test_borderline(self):
        c, v = single(self.text("1000.0", "400.02", "600.02"), "identity")
        assert v.status == "consistent"
        assert v.computed == wan("1000.03", "1000.05")
        c, v = single(self.text("1000.0", "400.03", "600.04"), "identity")
        assert v.status == "contradiction"

    def test_not_repeated_when_a_composition_states_it(self):
        cs = claims_of("本年支出1000.00万元，其中：基本支出400.00万元，项目支出600.00万元。")
        assert [c.kind for c in cs] == ["composition"]

    def test_parts_of_another_phase_do_not_combine(self):
        text = "本年支出1000.00万元。\n年初预算基本支出400.00万元。\n项目支出500.00万元。"
        assert of_kind(text, "identity") == []


def test_figures_followed_by_their_total_marked_gong():
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.claims import build_claims
    from fiscallint.reading import Document
    from fiscallint.deciding.recompute import decide

    text = "今年新申报项目12个，重新提交往年未实施项目17个，目前在库项目共29个，另投入资金30万元。\n"
    a = analyse(Document("t.txt", text))
    (claim,) = [c for c in build_claims(a) if c.kind == "composition"]
    assert [f.q.digits for f in claim.operands] == ["12", "17"] and claim.stated.q.digits == "29"
    assert decide(claim).status == "consistent"
    broken = analyse(Document("t.txt", text.replace("共29个", "共31个")))
    (claim,) = [c for c in build_claims(broken) if c.kind == "composition"]
    assert decide(claim).status == "contradiction"
    # figures whose labels do not share the total's noun are not its parts
    other = analyse(Document("t.txt", "完成改厕42户，新增低保户14户，共帮扶困难群众56户。\n"))
    assert [c for c in build_claims(other) if c.kind == "composition"] == []


def test_land_by_use_under_a_total_area_may_be_partial():
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    def fl101(text):
        return run(Document("t.txt", text), active_rules(["FL101"])).findings

    assert fl101("全乡总面积96.25平方公里，其中耕地面积23.43平方公里，林地54.87平方公里。\n") == []
    # more than the total is still a contradiction
    assert len(fl101("全镇耕地6675亩，其中水稻1830亩，玉米3850亩，油菜745亩，大豆280亩，蔬菜50亩。\n")) == 1


def test_rate_over_done_and_not_done():
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    def fl103(text):
        return run(Document("t.txt", text), active_rules(["FL103"])).findings

    assert fl103("全年资金支付18501.10万元，未支703.00万元，支付率96.34%。\n") == []
    found = fl103("全年资金支付18501.10万元，未支703.00万元，支付率95%。\n")
    assert len(found) == 1 and "96.34" in found[0].message and "+ 未支" in found[0].message


def test_two_areas_named_neither_plan_nor_actual_are_not_a_rate():
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    text = "全市林地面积145.29万公顷，森林面积133.14万公顷，森林覆盖率达69.83%。\n"
    assert run(Document("t.txt", text), active_rules(["FL103"])).findings == []


def test_respective_changes_are_not_paired_with_the_last_figure():
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    text = "收、支总计各是4125.49、4143.91万元，比上年各减少1267.86、2570.97万元，各下降23.51%、38.29%。\n"
    assert run(Document("t.txt", text), active_rules(["FL104", "FL105"])).findings == []


def test_funds_brought_forward_are_not_last_years_figures():
    from fiscallint.understanding.analysis import analyse
    from fiscallint.reading import Document

    a = analyse(Document("t.txt", "上年结转结余60万元，基金调入103万元，收入合计为6449万元。\n"))
    assert [f.phase for f in a.facts] == [None, None, None]


def _check(text, select):
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    return run(Document("t.txt", text), active_rules(select)).findings


@pytest.mark.parametrize("text", [
    # the base of a percentage is neither the subject of a change nor a total
    "一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。"
    "其中：税收收入8103万元，比上年增收1284万元；非税收入16524万元，比上年减收2354万元。\n",
    "支出累计完成107752万元，完成预算数257288万元的41.9%，比上年减支9240万元，下降7.9%。\n",
    # a part named like its total is not the total again
    "本单位2021年度总收入581.45万元，其中本年收入390.55万元。\n",
    # a generic budget name in a sentence about revenue is not 总支出
    "一般公共预算收入年初预算数60999万元。政府性基金预算收入年初预算数25200万元。\n",
    # a figure compared with is not the total a list breaks down
    "“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，其中：因公出国（境）经费40万元，"
    "公务接待费242万元，公务用车购置及运行维护费1687万元。\n",
])
def test_figures_in_their_roles_stay_silent(text):
    assert _check(text, ["FL1"]) == []


def test_changes_named_zengshou_are_changes():
    found = _check("税收收入8103万元，比上年增收1284万元，增长21.8%。\n", ["FL105"])
    assert len(found) == 1  # 1284 / (8103 − 1284) = 18.83%, not 21.8%


def test_a_list_named_by_one_side_of_the_total_before_it_adds_up_to_it():
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.claims import build_claims
    from fiscallint.reading import document_from_bytes

    def sums(text):
        a = analyse(document_from_bytes(text.encode("utf-8"), "t.txt", None))
        return sorted((c.stated.q.shown(), len(c.operands)) for c in build_claims(a) if c.kind == "composition")

    text = ("2024年某中心财政拨款收支总预算 520.00 万元。收入包括：一般公共预算拨款 500.00 万元、"
            "政府性基金拨款 20.00 万元。支出包括：教育支出 300.00 万元、卫生健康支出 220.00 万元。\n")
    assert sums(text) == [("520.00 万元", 2), ("520.00 万元", 2)]
    # a list of kinds with no colon, or a total word missing, is not such a list
    assert sums(text.replace("收入包括：", "收入包括").replace("支出包括：", "支出包括")) == []
    assert sums(text.replace("收支总预算", "收支预算安排")) == []


def test_facts_are_read_only_once_their_analysis_is_done():
    """Claims, verdicts and rules only read facts and quantities: a write
    after the analysis (a label, a unit, an extra) is an error, not a
    silent change."""
    import dataclasses

    import pytest

    from fiscallint.reading import Document
    from fiscallint.understanding.analysis import analyse

    a = analyse(Document("r.txt", "2024年本年支出800.00万元，其中：基本支出200.00万元，项目支出600.00万元。\n"))
    fact = a.facts[1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.label = "项目支出"
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.concept = None
    with pytest.raises(TypeError):
        fact.extras["in_table"] = True
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.q.unit = "元"
    with pytest.raises(TypeError):
        fact.q.extras["exact"] = True
    assert fact.concept == "基本支出" and fact.q.digits == "200.00"  # still read as before
    assert fact.q.interval() is fact.q.interval()  # its interval, worked out once, is kept
