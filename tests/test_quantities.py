"""The quantity grammar: fiscallint.understanding.quantities.scan."""
from decimal import Decimal as D

import pytest

from fiscallint.model.intervals import INF, NEG_INF, Interval
from fiscallint.understanding.quantities import scan


def quantities(text):
    return scan(text)[0]


def one(text):
    qs = quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def skipped(text):
    return [(text[s:e], kind) for s, e, kind in scan(text)[1]]


# ------------------------------------------------------------------ Arabic numbers
def test_plain_amount_in_wan_yuan():
    text = "本年支出合计5238.16万元。"
    q = one(text)
    assert q.digits == "5238.16"
    assert q.value == D("5238.16")
    assert q.unit == "万元"
    assert q.dimension == "money"
    assert q.info.factor == D(10000)
    assert q.approx is None
    assert text[q.num_start:q.num_end] == "5238.16"
    assert text[q.start:q.end] == "5238.16万元"
    assert q.interval() == Interval(D("52381550"), D("52381650"))
    assert q.interval(base=False) == Interval(D("5238.155"), D("5238.165"))


def test_trailing_zero_is_kept_in_digits():
    q = one("公用经费4511.30万元")
    assert q.digits == "4511.30"
    assert q.interval(base=False) == Interval(D("4511.295"), D("4511.305"))


def test_yuan_factor_is_one():
    q = one("支付劳务费836521.07元")
    assert q.unit == "元" and q.info.factor == D(1)
    assert q.interval() == Interval(D("836521.065"), D("836521.075"))


def test_yi_and_qian_yuan():
    qs = quantities("投资2.6亿元，其中自筹5千元")
    assert [q.unit for q in qs] == ["亿元", "千元"]
    assert qs[0].interval() == Interval(D("255000000"), D("265000000"))
    assert qs[1].interval() == Interval(D("4500"), D("5500"))


def test_fullwidth_digits_and_point():
    text = "合计１２３４．５６万元，另有５６７８元"
    qs = quantities(text)
    assert [q.digits for q in qs] == ["1234.56", "5678"]
    assert qs[0].value == D("1234.56")
    assert qs[0].unit == "万元"
    # offsets point into the original (full-width) text
    assert text[qs[0].num_start:qs[0].num_end] == "１２３４．５６"
    assert text[qs[1].num_start:qs[1].num_end] == "５６７８"
    assert (qs[0].num_start, qs[0].num_end) == (2, 9)
    assert text[qs[1].start:qs[1].end] == "５６７８元"


def test_fullwidth_percent():
    text = "完成率为９８．５％"
    q = one(text)
    assert q.digits == "98.5" and q.unit == "%" and q.dimension == "percent"
    assert q.interval() == Interval(D("98.45"), D("98.55"))
    assert text[q.start:q.end] == "９８．５％"


def test_thousands_separator():
    q = one("结余资金7,654.21元")
    assert q.digits == "7654.21"
    assert q.value == D("7654.21")
    assert q.interval() == Interval(D("7654.205"), D("7654.215"))


def test_several_thousands_groups():
    text = "拨付2,345,678.90元"
    q = one(text)
    assert q.digits == "2345678.90"
    assert text[q.num_start:q.num_end] == "2,345,678.90"


def test_two_decimals_separated_by_comma_are_two_numbers():
    qs = quantities("分别为5128.37,5169.02")
    assert [q.digits for q in qs] == ["5128.37", "5169.02"]


def test_fullwidth_comma_is_never_a_thousands_separator():
    qs = quantities("分别为300，400万元")
    assert [q.digits for q in qs] == ["300", "400"]
    assert qs[1].unit == "万元"
    assert all(q.value < 1000 for q in qs)


def test_number_without_unit_has_dimension_number():
    q = one("表中第四列为57")
    assert q.unit is None and q.dimension == "number"
    assert q.interval() == Interval(D("56.5"), D("57.5"))


def test_space_before_unit():
    q = one("投入 65 万元")
    assert q.unit == "万元" and q.value == D(65)


# ------------------------------------------------------------------ Chinese numerals
@pytest.mark.parametrize(
    "text, value, unit, dim",
    [
        ("设立三个工作组", 3, "个", "item"),
        ("增设四个站点", 4, "个", "item"),
        ("参训一千二百人", 1200, "人", "person"),
        ("帮扶两户", 2, "户", "household"),
        ("惠及十二户", 12, "户", "household"),
        ("建成二十座", 20, "座", "building"),
        ("覆盖三千零五人", 3005, "人", "person"),
    ],
)
def test_chinese_numerals_before_counters(text, value, unit, dim):
    q = one(text)
    assert q.value == value
    assert q.unit == unit
    assert q.dimension == dim
    assert q.chinese
    assert q.exact
    assert q.interval() == Interval(D(value), D(value))


def test_chinese_numeral_with_wan():
    q = one("服务一万二千人")
    assert q.value == 12000


def test_chinese_numeral_offsets():
    text = "全年培训一千二百人次"
    q = one(text)
    assert q.unit == "人次"
    assert text[q.num_start:q.num_end] == "一千二百"


def test_chinese_numerals_without_counter_are_not_quantities():
    assert quantities("一是加强管理，二是完善制度") == []


def test_chinese_percent():
    q = one("覆盖率达百分之二十二")
    assert q.digits == "22"
    assert q.unit == "%"
    assert q.dimension == "percent"


def test_chinese_percent_with_decimal_point():
    q = one("增长百分之十二点五")
    assert q.digits == "12.5"
    assert q.interval() == Interval(D("12.45"), D("12.55"))


def test_chinese_percent_is_rounded_like_arabic():
    assert one("覆盖率达百分之二十二").interval() == Interval(D("21.5"), D("22.5"))


# ------------------------------------------------------------------ scale words
def test_scale_wan_without_unit():
    q = one("服务人口12.61万")
    assert q.digits == "12.61"
    assert q.value == D("126100")
    assert q.unit is None and q.dimension == "number"
    assert q.scale == D(10000)
    assert q.interval() == Interval(D("126050"), D("126150"))
    assert not q.exact


def test_wan_mu_is_a_unit():
    q = one("治理面积3.07万亩")
    assert q.unit == "万亩" and q.dimension == "area"
    assert q.value == D("3.07")
    assert q.interval() == Interval(D("30650"), D("30750"))


def test_scale_with_approx_and_count_unit():
    q = one("受理群众诉求2万余件")
    assert q.value == D(20000)
    assert q.unit == "件" and q.dimension == "item"
    assert q.approx == "lower"
    # 余 right after the digits: more than 2万, short of 3万
    assert q.interval() == Interval(D(20000), D(30000))


@pytest.mark.parametrize("text, lo, hi", [
    ("刊登稿件40余篇", "40", "50"),
    ("参训100余人", "100", "200"),
    ("3000多人", "3000", "4000"),
    ("增收12.5万余元", "125000", "126000"),
])
def test_yu_and_duo_stop_short_of_the_next_digit(text, lo, hi):
    assert one(text).interval() == Interval(D(lo), D(hi))


@pytest.mark.parametrize("text", ["超过40篇", "40篇以上", "3.07万亩以上", "100万元以上", "2万件有余"])
def test_other_lower_bounds_are_open(text):
    q = one(text)
    assert q.approx == "lower"
    assert q.interval().hi == INF


def test_scale_with_approx_and_money_unit():
    q = one("累计投入173万余元")
    assert q.value == D(1730000)
    assert q.unit == "元" and q.dimension == "money"
    assert q.approx == "lower"
    assert q.interval() == Interval(D(1730000), D(1740000))


def test_scale_wan_with_count_is_not_exact():
    q = one("惠及群众3.5万人")
    assert q.unit == "人"
    assert q.value == D(35000)
    assert q.interval() == Interval(D(34500), D(35500))


@pytest.mark.parametrize("label", ["下达经费", "拨付资金", "项目支出", "补助"])
def test_wan_alone_after_money_word_means_wan_yuan(label):
    text = f"{label}268.68万"
    q = one(text)
    assert q.unit == "万元"
    assert q.dimension == "money"
    assert q.scale == 1
    assert q.value == D("268.68")
    assert q.interval() == Interval(D("2686750"), D("2686850"))


def test_wan_alone_without_money_word_stays_a_number():
    q = one("常住人口268.68万")
    assert q.unit is None
    assert q.dimension == "number"


# ------------------------------------------------------------------ units and dimensions
def test_area_units_convert():
    qs = quantities("新增林地6公顷、耕地45亩")
    assert [q.unit for q in qs] == ["公顷", "亩"]
    assert qs[0].dimension == qs[1].dimension == "area"
    assert qs[0].info.factor == D(15)
    assert qs[0].interval() == Interval(D("82.5"), D("97.5"))


def test_persons_and_households_are_different_dimensions():
    qs = quantities("走访农户86户，群众213人，服务430人次")
    assert [q.unit for q in qs] == ["户", "人", "人次"]
    dims = [q.dimension for q in qs]
    assert dims == ["household", "person", "person_time"]
    assert len(set(dims)) == 3
    assert all(q.is_count and q.exact for q in qs)
    assert qs[1].interval() == Interval(D(213), D(213))


def test_count_with_decimals_is_not_exact():
    q = one("人均1.5人")
    assert not q.exact


def test_zero_is_exact():
    q = one("因公出国（境）费0万元")
    assert q.exact
    assert q.interval() == Interval(D(0), D(0))


@pytest.mark.parametrize("text", ["执行率87%", "执行率87％"])
def test_percent_signs(text):
    q = one(text)
    assert q.unit == "%" and q.is_percent
    assert q.interval() == Interval(D("86.5"), D("87.5"))


def test_percentage_points():
    q = one("下降1.25个百分点")
    assert q.unit == "个百分点"
    assert q.dimension == "pp"
    assert not q.is_percent


def test_score():
    q = one("自评得分93.5分")
    assert q.dimension == "score"


def test_unit_followed_by_word_that_changes_it_is_not_a_unit():
    # 分钟 is not 分 (a score); 人民 is not 人
    assert one("会议时长40分钟").unit is None
    assert one("共计580人民币").unit is None


# ------------------------------------------------------------------ approximation
@pytest.mark.parametrize(
    "text, approx, interval",
    [
        ("惠及600余人", "lower", Interval(D(600), D(700))),
        ("培训300多人次", "lower", Interval(D(300), D(400))),
        ("完成2000亩以上", "lower", Interval(D(2000), INF)),
        ("争取资金50万元以上", "lower", Interval(D(500000), INF)),
        ("累计10余万元", "lower", Interval(D(100000), D(200000))),
        ("覆盖近80户", "upper", Interval(NEG_INF, D(80))),
        ("控制在60人以下", "upper", Interval(NEG_INF, D(60))),
        ("约40人", "about", Interval(D(32), D(48))),
        ("150人左右", "about", Interval(D(120), D(180))),
        ("大约300户", "about", Interval(D(240), D(360))),
    ],
)
def test_approximation_markers(text, approx, interval):
    q = one(text)
    assert q.approx == approx
    assert q.interval() == interval


def test_approximate_amount_keeps_its_own_rounding():
    q = one("投入约3.5万元")
    assert q.approx == "about"
    assert q.interval() == Interval(D("34500") * D("0.8"), D("35500") * D("1.2"))


def test_approx_marker_at_start_of_text():
    q = one("超过300人参与")
    assert q.approx == "lower"
    assert q.start == 0 and q.num_start == 2


@pytest.mark.parametrize(
    "text, approx",
    [("参与群众超过300人", "lower"), ("覆盖率不足30%", "upper"), ("受益户不到20户", "upper")],
)
def test_two_character_approx_prefix_inside_a_sentence(text, approx):
    assert one(text).approx == approx


# ------------------------------------------------------------------ ranges
def test_percent_range():
    text = "满意度80-99%，较好"
    q = one(text)
    assert q.is_range
    assert q.value == D(80) and q.high == D(99)
    assert q.unit == "%"
    assert q.interval() == Interval(D("79.5"), D("99.5"))
    assert text[q.start:q.end] == "80-99%"


@pytest.mark.parametrize(
    "text, unit",
    [("满意度在80-99%之间", "%"), ("执行率95%为全县最高", "%"), ("共计投入500万元主要用于道路", "万元")],
)
def test_unit_before_a_following_word(text, unit):
    assert one(text).unit == unit


def test_money_range():
    q = one("每户补助100-200万元")
    assert q.is_range
    assert q.unit == "万元"
    assert q.interval() == Interval(D(995000), D(2005000))


def test_fullwidth_range():
    q = one("达到85～95％")
    assert q.is_range and q.high == D(95)


def test_count_range_is_exact_on_both_ends():
    assert one("培训100至200人").interval() == Interval(D(100), D(200))


# ------------------------------------------------------------------ PDF line breaks
def test_unit_on_next_line():
    text = "发放补贴1037103.63\n元，惠及农户"
    q = one(text)
    assert q.unit == "元"
    assert q.dimension == "money"
    assert q.digits == "1037103.63"
    assert text[q.num_start:q.num_end] == "1037103.63"
    assert q.end == text.index("元") + 1


def test_wan_yuan_on_next_line():
    q = one("本年支出合计4512.08\n万元")
    assert q.unit == "万元"


def test_counter_on_next_line_is_not_joined():
    q = one("参会代表共45\n人民代表大会")
    assert q.unit is None


# ------------------------------------------------------------------ not quantities
@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("截至2024年12月31日", "2024年12月31日", "DATE"),
        ("于3月份完成", "3月份", "DATE"),
        ("2018-2019年度绩效", "2018-2019年度", "DATE"),
        ("2021年", "2021年", "DATE"),
        ("5月20日前", "5月20日", "DATE"),
        ("某财绩〔2025〕12号文件", "〔2025〕12号", "DOCNO"),
        ("湘办发[2019]10号", "[2019]10号", "DOCNO"),
        ("（1）购置电脑6台", "（1）", "LISTMARK"),
        ("1、购置电脑6台", "1、", "LISTMARK"),
        ("工作完成。2．购置电脑6台", "2．", "LISTMARK"),
        ("84消毒液", "84", "CODE"),
        ("改造S222线", "S222", "CODE"),
        ("创建4A景区", "4A", "CODE"),
        ("落实“135”任务", "“135”", "CODE"),
        ("推行“3+1”模式", "“3+1”", "CODE"),
        ("实行24小时值班", "24小时", "CODE"),
        ("联系电话023-45360309", "023-45360309", "PHONE"),
        ("手机13912345678", "13912345678", "PHONE"),
        ("目标1完成情况", "1", "ORDINAL"),
        ("见附件1-2", "1-2", "ORDINAL"),
        ("第3季度", "3", "ORDINAL"),
    ],
)
def test_non_quantities(text, span, kind):
    assert (span, kind) in skipped(text)
    qs, spans = scan(text)
    for s, e, _ in spans:
        # no quantity overlaps a skipped span
        assert all(q.end <= s or q.start >= e for q in qs)


@pytest.mark.parametrize(
    "text",
    [
        "截至2024年12月31日",
        "于3月份完成",
        "2018-2019年度绩效",
        "某财绩〔2025〕12号文件",
        "湘办发[2019]10号",
        "84消毒液",
        "改造S222线",
        "创建4A景区",
        "落实“135”任务",
        "推行“3+1”模式",
        "实行24小时值班",
        "联系电话023-45360309",
        "目标1完成情况",
        "见附件1-2",
        "第3季度",
    ],
)
def test_non_quantities_yield_no_quantity(text):
    assert quantities(text) == []


def test_list_markers_leave_the_real_quantity():
    for text in ("（1）购置电脑6台", "1、购置电脑6台", "工作完成。2．购置电脑6台"):
        q = one(text)
        assert q.digits == "6" and q.unit == "台"


def test_number_after_full_stop_with_decimals_is_a_quantity():
    q = one("工作完成。2.5万元用于培训")
    assert q.digits == "2.5" and q.unit == "万元"


def test_hours_outside_a_duty_phrase_are_a_quantity():
    q = one("累计培训24小时")
    assert q.unit == "小时"


def test_target_value_with_unit_is_a_quantity():
    q = one("目标100户")
    assert q.value == 100 and q.unit == "户"


@pytest.mark.parametrize("text", ["荣获全县第3名", "召开第1次会议", "下达第二批资金"])
def test_ordinal_with_counter_is_not_a_quantity(text):
    assert quantities(text) == []


def test_month_range_is_a_date():
    qs = quantities("1-12月累计支出512万元")
    assert [q.digits for q in qs] == ["512"]


def test_mixed_sentence_keeps_only_real_quantities_and_order():
    text = "根据某财预〔2024〕7号文件，2024年3月下达资金120.50万元，惠及86户。"
    qs = quantities(text)
    assert [q.digits for q in qs] == ["120.50", "86"]
    assert [q.index for q in qs] == [0, 1]
    assert all(text[q.num_start:q.num_end] == q.digits for q in qs)


@pytest.mark.parametrize("text, found", [
    ("以“三个代表”重要思想为指导", []),
    ("落实“四个不摘”要求", []),
    ("实现“两不愁三保障”", []),
    ("打造“一村一品”示范村3个", ["3个"]),
    ("完成三个项目", ["三个"]),
])
def test_names_in_quotes_that_start_with_a_numeral_are_not_counts(text, found):
    qs, _ = scan(text)
    assert [q.text for q in qs] == found


def test_an_approximation_word_before_a_phone_number_or_date_qualifies_nothing():
    # found by hypothesis: 约 lexed before a token the parser never sees
    for text in ("约13000100000", "约0571-12345678", "约2023年12月完成"):
        qs, skipped = scan(text)
        assert qs == [] and skipped



@pytest.mark.parametrize("text, digits, lo, hi", [
    ("支出3,933.42万元", "10.5", "104500", "105500"),  # the same unit, rounded to its own digits
    ("支出3,933.42万元", "0", "0", "0"),  # a zero amount: nothing spent
    ("共14人", "15", "15", "15"),  # a count written whole is exact
    ("共14人", "10.5", "10.45", "10.55"),  # … one written with decimals is not
    ("40余篇", "45", "45", "55"),  # short of the next step of the figure as written
    ("约200万元", "300", "2396000", "3606000"),  # about: as wide as the figure's own
    ("完成率95.5%", "0.0", "-0.05", "0.05"),  # a rate rounded to zero
])
def test_the_interval_had_other_digits_been_written(text, digits, lo, hi):
    q = one(text)
    assert q.interval_if_written(digits) == Interval(D(lo), D(hi))
    assert q.interval_if_written(q.digits) == q.interval()


def test_what_follows_from_the_unit_follows_it_when_the_unit_is_read_again():
    # a table's header can give a bare number its unit after it was read
    from fiscallint.support.units import lookup

    q = one("合计1,200")
    assert (q.dimension, q.is_percent, q.is_count, q.is_range) == ("number", False, False, False)
    q.info = lookup("%")
    assert (q.dimension, q.is_percent, q.is_count) == ("percent", True, False)
    q.info = lookup("人")
    assert (q.dimension, q.is_percent, q.is_count) == ("person", False, True)
    with pytest.raises(AttributeError):
        q.dimension = "money"  # it follows from the unit: never set on its own
    assert one("完成80-99%").is_range and one("完成80-99%").is_percent
