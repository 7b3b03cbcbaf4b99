"""Two readings that tie figures stated apart: shares of one whole the text
names but never states (FL102 ``share.same-whole``), and a count followed,
after a comma, by the names of the bodies it counts (FL204). Sentences of
our own, shaped like those of real 预算说明 and 机构设置 paragraphs."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL102",)):
    return run(Document("r.txt", text), active_rules(list(select))).findings


# a whole (支出总预算) named by three shares and stated nowhere: 3,000,000 元
_SHARES = (
    "四、支出预算情况\n"
    "基本支出预算2700000元，占支出总预算的90.00%。\n"
    "项目支出预算300000元，占支出总预算的{p}%。\n"
    "其中：教育支出类科目600000元，占支出总预算20.00%。\n"
)


def test_shares_that_imply_one_whole_are_consistent():
    assert findings(_SHARES.format(p="10.00")) == []


def test_a_share_implying_another_whole_is_found_once_naming_both_shares():
    found = findings(_SHARES.format(p="13.00"))
    assert [f.rule for f in found] == ["FL102"]
    f = found[0]
    assert f.pattern == "share.same-whole"
    assert f.line == 3 and "13.00%" in f.message and "300000" in f.message
    # the whole the others agree on is the reference: 90% and 20% both give 3,000,000
    assert "90.00%" in f.message or "20.00%" in f.message
    assert "10.0000%" in f.message  # computed: 300000 / (2700000 / 90%)


def test_two_shares_that_disagree_give_one_finding():
    text = "基本支出预算2700000元，占支出总预算的90.00%。\n项目支出预算300000元，占支出总预算的13.00%。\n"
    assert [f.rule for f in findings(text)] == ["FL102"]


def test_shares_in_two_sections_may_be_of_two_wholes():
    text = ("一、收入预算\n基本支出预算2700000元，占支出总预算的90.00%。\n"
            "二、上年情况\n项目支出预算300000元，占支出总预算的13.00%。\n")
    assert findings(text) == []


def test_shares_of_a_respectively_list_are_not_paired_by_position():
    text = ("货物、工程采购规模分别为200亿元和800亿元，占全国采购规模的80%和20%。"
            "授予中小企业合同金额700亿元，占全国采购规模的70%。\n")
    assert findings(text) == []
    # one share after a 分别 list: which figure it is of, the list's order says
    text = ("中央和地方采购规模分别为200亿元和800亿元，占全国采购规模的20%。"
            "授予中小企业合同金额700亿元，占全国采购规模的70%。\n")
    assert findings(text) == []


def test_a_whole_named_relative_to_each_part_is_two_wholes():
    text = "采购节能产品600万元，占同类产品采购规模的90%。采购环保产品700万元，占同类产品采购规模的85%。\n"
    assert findings(text) == []


def test_a_whole_named_by_a_word_any_total_is_called_is_not_tied():
    text = "基本支出2700000元，占总数的90.00%。\n项目支出300000元，占总数的13.00%。\n"
    assert findings(text) == []


# ---------------------------------------------------------------- FL204
def test_bodies_named_after_a_comma_are_the_list_of_the_count():
    found = findings("内设事业单位3个，财政服务中心和国库支付中心。\n", ("FL204",))
    assert [f.rule for f in found] == ["FL204"]
    assert "2" in found[0].message
    assert findings("内设事业单位2个，财政服务中心和国库支付中心。\n", ("FL204",)) == []


def test_a_clause_after_the_count_that_is_not_only_names_lists_nothing():
    assert findings("内设事业单位3个，负责财政服务和国库支付。\n", ("FL204",)) == []
    assert findings("内设事业单位3个，财政服务中心和国库支付中心共25人。\n", ("FL204",)) == []
    # "自然资源和生态环境办公室" is one body: the split leaves a part that names none
    assert findings("内设机构3个，自然资源和生态环境办公室。\n", ("FL204",)) == []
