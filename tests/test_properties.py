"""Property tests: the linter never crashes, points inside the text, stays
silent on correctly rounded figures and flags figures moved beyond rounding."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal as D

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from fiscallint.engine import active_rules, run
from fiscallint.reporting.extract import extract_data
from fiscallint.reading import Document

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALL = active_rules(["ALL"])

# ---------------------------------------------------------------- random text
WORDS = [
    "本年支出", "基本支出", "项目支出", "人员经费", "公用经费", "三公经费", "其中", "：", "，", "。", "；", "、",
    "分别为", "包括", "主要", "等", "占", "占总支出的", "比重", "执行率", "预算执行率为", "完成率", "较上年", "增加",
    "减少", "增长", "下降", "由", "到", "万元", "元", "亿元", "万", "%", "％", "个百分点", "人", "户", "个", "亩", "余",
    "约", "近", "以上", "以下", "左右", "年", "月", "日", "号", "〔", "〕", "（", "）", "(", ")", "“", "”", "-", "~",
    "至", "年初预算", "决算", "预算", "上年", "合计", "共计", "已", "未", "百分之二十", "四", "十二", "两", "一千二百",
    "１２３４．５６", "1,234.56", " ", "\t", "\n", "\n\n", "|", "第一", "①", "1、", "（2）", "2023", "0", ".", ",",
]
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10 ** 9).map(str),
    st.decimals(min_value=0, max_value=10 ** 6, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.decimals(min_value=0, max_value=10 ** 6, places=2, allow_nan=False, allow_infinity=False).map(lambda d: f"{d:,}"),
)
FREE = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(whitelist_categories=("Nd", "Po", "Ps", "Pe", "Pd", "Sm", "Zs")),
        st.sampled_from("0123456789.,%％，。；：、（）\n\t "),
    ),
    max_size=30,
)
TEXTS = st.lists(st.one_of(st.sampled_from(WORDS), NUMBERS, FREE), max_size=40).map("".join)
CN_DIGITS = set("零〇一二两三四五六七八九十百千万亿")


def _inside(doc: Document, line: int, col: int) -> bool:
    if not 1 <= line <= doc.line_count:
        return False
    return 1 <= col <= len(doc.line_text(line))


@SETTINGS
@given(TEXTS)
def test_run_never_crashes_and_points_inside_the_text(text):
    doc = Document("random.txt", text)
    report = run(doc, ALL)
    for f in report.findings:
        assert f.severity in ("error", "warning", "info")
        assert _inside(doc, f.location.line, f.location.column)
        assert _inside(doc, f.location.end_line, f.location.end_column)
        assert (f.location.end_line, f.location.end_column) >= (f.location.line, f.location.column)
        # a finding sits on a number
        ch = doc.line_text(f.location.line)[f.location.column - 1]
        assert ch.isdigit() or ch in CN_DIGITS, (ch, f)
        for r in f.related:
            assert _inside(doc, r.line, r.column)
            assert _inside(doc, r.end_line, r.end_column)
        assert f.message


@SETTINGS
@given(TEXTS)
def test_extract_never_crashes_and_points_inside_the_text(text):
    doc = Document("random.txt", text)
    data = extract_data(doc)
    for q in data["quantities"]:
        assert _inside(doc, q["line"], q["column"])
        assert q["decimals"] >= 0
    for s in data["not_quantities"]:
        assert _inside(doc, s["line"], s["column"])
        assert s["text"] and s["text"] in text
    for c in data["claims"]:
        assert c["verdict"] in ("consistent", "contradiction", "unchecked")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_is_safe(text):
    """Not only report-like text: any string at all."""
    doc = Document("any.txt", text)
    for f in run(doc, ALL).findings:
        assert _inside(doc, f.line, f.column)
    extract_data(doc)


# ---------------------------------------------------------------- compositions
TWO_DP = D("0.01")
AMOUNTS = st.decimals(min_value=D("0.01"), max_value=D("99999.99"), places=2, allow_nan=False, allow_infinity=False)
PART_LABELS = ["货物类", "工程类", "服务类", "咨询类", "租赁类"]


def money(d: D, commas: bool) -> str:
    return f"{d:,}" if commas else f"{d}"


def composition_text(total: str, parts: list[str]) -> str:
    items = "，".join(f"{PART_LABELS[i]}{p}万元" for i, p in enumerate(parts))
    return f"2023年政府采购支出总额{total}万元，其中：{items}。"


def half(places: int) -> D:
    return D(5).scaleb(-(places + 1))


@st.composite
def compositions(draw):
    parts = draw(st.lists(AMOUNTS, min_size=2, max_size=5))
    places = draw(st.sampled_from([2, 1, 0]))
    commas = draw(st.booleans())
    exact = sum(parts)
    total = exact.quantize(D(1).scaleb(-places), rounding=draw(st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN])))
    assume(total > 0)
    return parts, total, places, commas


def prefix_meets(parts: list[D], total: D, places: int) -> bool:
    n = len(parts)
    lo, hi = sum(parts) - n * half(2), sum(parts) + n * half(2)
    return lo <= total + half(places) and total - half(places) <= hi


ARITHMETIC = active_rules(["FL10"])  # FL101-FL107


def arithmetic(text: str):
    return run(Document("t.txt", text), ARITHMETIC).findings


def fl101(text: str):
    return [f for f in arithmetic(text) if f.rule == "FL101"]


def composition_claims(text: str):
    return [c for c in extract_data(Document("c.txt", text))["claims"] if c["kind"] == "composition"]


@SETTINGS
@given(compositions())
def test_correctly_rounded_total_is_never_flagged(case):
    parts, total, places, commas = case
    text = composition_text(money(total, commas), [money(p, commas) for p in parts])
    assert arithmetic(text) == []
    claims = composition_claims(text)
    assert [(c["verdict"], len(c["operands"])) for c in claims] == [("consistent", len(parts))]


@SETTINGS
@given(compositions(), st.data())
def test_part_moved_beyond_rounding_is_flagged(case, data):
    parts, total, places, commas = case
    # the parts' intervals add n half-cents, the total's allows half a unit of
    # its last place, and a total with fewer places already differs from the
    # exact sum by its own rounding: a shift beyond all of that is a contradiction
    margin = len(parts) * half(2) + half(places) + abs(total - sum(parts))
    min_shift = (margin + TWO_DP).quantize(TWO_DP, rounding="ROUND_CEILING")  # 0.02 for two parts and a 2-dp total
    i = data.draw(st.integers(min_value=0, max_value=len(parts) - 1))
    shift = data.draw(st.decimals(min_value=min_shift, max_value=min_shift + 5000, places=2))
    up = data.draw(st.booleans())
    moved = list(parts)
    moved[i] = parts[i] + shift if up else parts[i] - shift
    assume(moved[i] > 0)
    # FL101 documents one reading it accepts: when the first parts (two or
    # more, not all) already add up, the list ran into the next clause
    assume(not any(prefix_meets(moved[:k], total, places) for k in range(2, len(moved))))
    # …and when the total is exactly the parts but one repeating the figure before it
    assume(not any(moved[k] == moved[k - 1] and len(str(moved[k]).replace(".", "").lstrip("0")) >= 4
                   and sum(moved) - moved[k] == total for k in range(1, len(moved))))
    text = composition_text(money(total, commas), [money(p, commas) for p in moved])
    found = fl101(text)
    assert len(found) == 1, text
    f = found[0]
    if up:
        assert f.severity == "error"  # parts above their total: never a partial list
    else:
        # short of the total: an error where a plain slip explains the gap,
        # else info, since nothing says the list names every part
        assert f.severity in ("error", "info")
        if f.severity == "info":
            assert f.slip is None and "may leave items out" in str(f.message)
    col = text.index("总额") + 3
    assert (f.line, f.column) == (1, col)
    assert len(f.related) == len(parts)


def test_minimal_shift_of_two_cents_is_flagged():
    """The example of the brief: two 2-dp parts, a 2-dp total, one part +0.02."""
    assert fl101(composition_text("300.00", ["100.00", "200.00"])) == []
    assert fl101(composition_text("300.00", ["100.01", "200.00"])) == []  # inside rounding
    assert len(fl101(composition_text("300.00", ["100.02", "200.00"]))) == 1


# ---------------------------------------------------------------- shares
WHOLES = st.decimals(min_value=D("100.00"), max_value=D("999999.99"), places=2, allow_nan=False, allow_infinity=False)


def share_text(whole: D, part: D, share: str) -> str:
    rest = whole - part
    return (f"2023年本年支出{whole}万元，其中：基本支出{part}万元，占总支出的{share}%；"
            f"项目支出{rest}万元。")


def share_interval(part: D, whole: D) -> tuple[D, D]:
    h = half(2)
    return (part - h) / (whole + h) * 100, (part + h) / (whole - h) * 100


@st.composite
def shares(draw):
    whole = draw(WHOLES)
    # a part of at least 1% of the whole and at least 10.00, so that the share is well defined
    lo = max(D("10.00"), (whole / 100).quantize(TWO_DP))
    part = draw(st.decimals(min_value=lo, max_value=whole - D("10.00"), places=2))
    places = draw(st.sampled_from([2, 1, 0]))
    return whole, part, places


def fl102(text: str):
    return [f for f in arithmetic(text) if f.rule == "FL102"]


@SETTINGS
@given(shares(), st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN]))
def test_correctly_rounded_share_is_never_flagged(case, rounding):
    whole, part, places = case
    assume(part < whole)
    share = (part / whole * 100).quantize(D(1).scaleb(-places), rounding=rounding)
    text = share_text(whole, part, str(share))
    assert arithmetic(text) == []
    kinds = [(c["kind"], c["verdict"]) for c in extract_data(Document("s.txt", text))["claims"]]
    assert ("share", "consistent") in kinds


@SETTINGS
@given(shares(), st.booleans(), st.decimals(min_value=D("0.02"), max_value=D("30"), places=2))
def test_share_off_beyond_rounding_is_flagged(case, up, extra):
    whole, part, places = case
    assume(part < whole)
    lo, hi = share_interval(part, whole)
    h = half(places)
    q = D(1).scaleb(-places)
    if up:
        # the stated interval starts at least `extra` points above the computed one
        stated = (hi + extra + h).quantize(q, rounding="ROUND_CEILING")
        assert stated - h >= hi + extra
    else:
        # below: beyond rounding and beyond cutting the last digit (3.636% written 3.63% holds)
        stated = (lo - extra - 2 * h).quantize(q, rounding="ROUND_FLOOR")
        assume(stated > 0)
        assert stated + 2 * h <= lo - extra
    text = share_text(whole, part, str(stated))
    found = fl102(text)
    assert len(found) == 1, text
    f = found[0]
    assert f.severity == "error"
    assert (f.line, f.column) == (1, text.index("的" + str(stated)) + 2)
    # the composition itself holds: only the share is reported
    assert [x.rule for x in arithmetic(text)] == ["FL102"]
