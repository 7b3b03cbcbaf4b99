"""Decimal interval arithmetic (fiscallint.model.intervals)."""
from decimal import Decimal as D

import pytest

from fiscallint.model.intervals import (
    INF,
    NEG_INF,
    Interval,
    fmt,
    half_unit,
    sum_intervals,
)


def rounded(digits: str) -> Interval:
    """The interval a displayed number stands for."""
    return Interval.rounded(D(digits), half_unit(digits))


# ------------------------------------------------------------------ half_unit
@pytest.mark.parametrize(
    "digits, half",
    [
        ("806.97", "0.005"),
        ("22", "0.5"),
        ("3933.40", "0.005"),  # a trailing zero is a displayed digit
        ("2917.1", "0.05"),
        ("0.5", "0.05"),
        ("12.3456", "0.00005"),
        ("0", "0.5"),
        ("1000", "0.5"),
    ],
)
def test_half_unit_counts_displayed_decimals(digits, half):
    assert half_unit(digits) == D(half)


def test_half_unit_is_a_decimal_not_a_float():
    assert isinstance(half_unit("806.97"), D)


def test_rounded_interval_of_displayed_number():
    iv = rounded("806.97")
    assert iv == Interval(D("806.965"), D("806.975"))
    assert isinstance(iv.lo, D) and isinstance(iv.hi, D)


def test_percent_interval():
    assert rounded("22") == Interval(D("21.5"), D("22.5"))


def test_exact_interval_is_a_point():
    iv = Interval.exact(D(14))
    assert iv.lo == iv.hi == D(14)
    assert iv.mid == D(14)


# ------------------------------------------------------------------ arithmetic
def test_add_adds_bounds():
    assert Interval(D(1), D(2)) + Interval(D(10), D(20)) == Interval(D(11), D(22))


def test_sub_crosses_bounds():
    assert Interval(D(10), D(20)) - Interval(D(1), D(2)) == Interval(D(8), D(19))


def test_neg():
    assert -Interval(D(1), D(3)) == Interval(D(-3), D(-1))


def test_mul_with_negative_operand_takes_extremes():
    assert Interval(D(-2), D(3)) * Interval(D(4), D(5)) == Interval(D(-10), D(15))
    assert Interval(D(2), D(3)) * Interval(D(4), D(5)) == Interval(D(8), D(15))


def test_scale_by_negative_swaps_bounds():
    assert Interval(D(1), D(2)).scale(D(-3)) == Interval(D(-6), D(-3))
    assert Interval(D(1), D(2)).scale(D(10000)) == Interval(D(10000), D(20000))


def test_div_positive():
    iv = Interval(D(10), D(20)) / Interval(D(4), D(5))
    assert iv == Interval(D(2), D(5))


def test_div_is_exact_decimal_to_many_places():
    iv = Interval.exact(D(1)) / Interval.exact(D(3))
    assert iv.lo == iv.hi
    assert str(iv.lo).startswith("0.3333333333333333333333333333")
    assert isinstance(iv.lo, D)


@pytest.mark.parametrize(
    "divisor",
    [
        Interval(D(-1), D(1)),
        Interval(D(0), D(5)),
        Interval(D(-5), D(0)),
        Interval(D(0), D(0)),
    ],
)
def test_division_by_interval_containing_zero_raises(divisor):
    with pytest.raises(ZeroDivisionError):
        Interval(D(1), D(2)) / divisor


def test_division_by_rounded_zero_raises():
    # "0.00" stands for [-0.005, 0.005]: it may be zero
    with pytest.raises(ZeroDivisionError):
        rounded("5") / rounded("0.00")


def test_sum_intervals():
    total = sum_intervals([rounded("806.97"), rounded("2917.10")])
    assert total == Interval(D("3724.06"), D("3724.08"))
    assert sum_intervals([]) == Interval(D(0), D(0))


# ------------------------------------------------------------------ relations
def test_meets_overlapping_and_touching():
    a = Interval(D(1), D(2))
    assert a.meets(Interval(D("1.5"), D(3)))
    assert a.meets(Interval(D(2), D(3)))  # touching counts
    assert Interval(D(2), D(3)).meets(a)
    assert not a.meets(Interval(D("2.0001"), D(3)))
    assert not Interval(D("2.0001"), D(3)).meets(a)


def test_gap():
    a = Interval(D(1), D(2))
    assert a.gap(Interval(D(5), D(6))) == D(3)
    assert Interval(D(5), D(6)).gap(a) == D(3)
    assert a.gap(Interval(D("1.5"), D(9))) == 0


def test_can_be_le():
    assert Interval(D(1), D(5)).can_be_le(Interval(D(0), D(1)))
    assert not Interval(D(2), D(5)).can_be_le(Interval(D(0), D(1)))
    assert Interval(D(2), D(5)).can_be_le(Interval(D(3), D(4)))


# ------------------------------------------------------------------ infinite bounds
def test_lower_bound_interval():
    # "15000余亩" is [15000, ∞)
    iv = Interval(D(15000), INF)
    assert not iv.finite
    assert iv.mid == D(15000)
    assert iv.meets(Interval(D(20000), D(20000)))
    assert not iv.meets(Interval(D(14000), D(14999)))
    assert iv.gap(Interval(D(14000), D(14999))) == D(1)


def test_upper_bound_interval():
    iv = Interval(NEG_INF, D(50))
    assert iv.mid == D(50)
    assert iv.meets(Interval.exact(D(3)))
    assert not iv.meets(Interval.exact(D(51)))
    assert iv.can_be_le(Interval.exact(D(-1000)))


def test_sum_with_a_lower_bound_part_stays_unbounded_above():
    total = rounded("100") + Interval(D(20), INF)
    assert total.lo == D("119.5")
    assert total.hi == INF
    assert total.can_be_le(Interval.exact(D(200)))
    assert not total.can_be_le(Interval.exact(D(110)))


def test_sub_of_infinite():
    iv = Interval.exact(D(100)) - Interval(D(20), INF)
    assert iv.lo == NEG_INF and iv.hi == D(80)


def test_mul_zero_times_infinity_is_zero():
    iv = Interval(D(0), D(2)) * Interval(D(3), INF)
    assert iv.lo == 0 and iv.hi == INF
    assert Interval(D(0), INF).scale(D(0)) == Interval(D(0), D(0))


def test_div_by_unbounded_divisor():
    iv = Interval(D(10), D(20)) / Interval(D(5), INF)
    assert iv.lo == 0 and iv.hi == D(4)


def test_infinite_dividend():
    iv = Interval(D(10), INF) / Interval(D(2), D(5))
    assert iv.lo == D(2) and iv.hi == INF


def test_fmt():
    assert fmt(D("21.670000")) == "21.67"
    assert fmt(INF) == "∞" and fmt(NEG_INF) == "-∞"
    assert fmt(D("21.66887"), 2) == "21.67"
    assert str(Interval(D("1.50"), INF)) == "[1.5, ∞]"


# ------------------------------------------------------------------ the domain's must-pass examples
def test_share_22_percent_consistent():
    # 806.97 / 3724.07 = 21.67 %, stated "22%"
    computed = rounded("806.97") / rounded("3724.07") * Interval.exact(D(100))
    assert D("21.668") < computed.lo < computed.hi < D("21.670")
    assert computed.meets(rounded("22"))
    # a stated "21%" or "23%" does not
    assert not computed.meets(rounded("21"))
    assert not computed.meets(rounded("23"))
    # two decimals: 21.67 meets, 21.66 does not
    assert computed.meets(rounded("21.67"))
    assert not computed.meets(rounded("21.66"))


def test_difference_202_03_consistent_thanks_to_operand_rounding():
    # 693.92 − 491.88 = 202.04, stated "202.03": the operands are rounded too
    computed = rounded("693.92") - rounded("491.88")
    assert computed == Interval(D("202.03"), D("202.05"))
    assert computed.meets(rounded("202.03"))
    assert computed.meets(rounded("202.05"))
    # exact operands would not allow it
    exact = Interval.exact(D("693.92")) - Interval.exact(D("491.88"))
    assert not exact.meets(rounded("202.03"))
    # nor a figure two hundredths off
    assert not computed.meets(rounded("202.01"))
    assert computed.gap(rounded("202.01")) == D("0.015")


def test_figures_longer_than_the_decimal_context_are_still_worded():
    # found by fuzzing: a figure of 30 digits made quantize() raise
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    text = "总支出" + "9" * 30 + ".5万元，其中：基本支出1.2万元，项目支出3.4万元。\n"
    (found,) = run(Document("r.txt", text), active_rules(["FL101"])).findings
    assert "9" * 30 in found.message


def test_quotients_are_worked_out_to_34_digits():
    iv = Interval.exact(D(2)) / Interval.exact(D(3))
    assert str(iv.lo) == "0." + "6" * 33 + "7"
    assert iv.lo == iv.hi


def test_product_bounds_of_mixed_signs():
    assert Interval(D(-2), D(3)) * Interval(D(4), D(5)) == Interval(D(-10), D(15))
    assert Interval(D(-2), D(3)) * Interval(D(-5), D(-4)) == Interval(D(-15), D(10))
    assert Interval(D(-2), D(3)) * Interval(D(-5), INF) == Interval(NEG_INF, INF)
