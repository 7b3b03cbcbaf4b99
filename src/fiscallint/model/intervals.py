"""Decimal interval arithmetic over displayed digits.

A stated number stands for every value that rounds to it: ``806.97`` is
``[806.965, 806.975]`` (round-to-nearest, as in XBRL Calculations 1.1), an
exact count ``14`` is ``[14, 14]``. Relations are computed over the operands'
intervals and a stated value is consistent when the computed interval meets
the stated one. Bounds may be infinite (``15000余亩`` is ``[15000, ∞)``).
Never floats: every bound is a :class:`decimal.Decimal`.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation

INF = Decimal("Infinity")
NEG_INF = Decimal("-Infinity")
ZERO = Decimal(0)
HALF = Decimal("0.5")
# quotients are worked out to 34 digits (the default context's other
# settings): one context made once, not one per division
_DIVISION = Context(prec=34)
_divide = _DIVISION.divide


def _mul(a: Decimal, b: Decimal) -> Decimal:
    # 0 × ∞ is undefined in Decimal; for bounds it is 0 (the finite side wins).
    if (a == 0 and b.is_infinite()) or (b == 0 and a.is_infinite()):
        return ZERO
    return a * b


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    # -- construction -------------------------------------------------
    @staticmethod
    def exact(value: Decimal) -> "Interval":
        return Interval(value, value)

    @staticmethod
    def rounded(value: Decimal, half_unit: Decimal) -> "Interval":
        return Interval(value - half_unit, value + half_unit)

    # -- arithmetic ---------------------------------------------------
    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other: "Interval") -> "Interval":
        a, b, c, d = self.lo, self.hi, other.lo, other.hi
        if a.is_finite() and b.is_finite() and c.is_finite() and d.is_finite():
            products = (a * c, a * d, b * c, b * d)
        else:
            products = (_mul(a, c), _mul(a, d), _mul(b, c), _mul(b, d))
        return Interval(min(products), max(products))

    def scale(self, k: Decimal) -> "Interval":
        a, b = _mul(self.lo, k), _mul(self.hi, k)
        return Interval(min(a, b), max(a, b))

    def __truediv__(self, other: "Interval") -> "Interval":
        c, d = other.lo, other.hi
        if c <= 0 <= d:
            raise ZeroDivisionError("divisor interval contains zero")
        a, b = self.lo, self.hi
        if c.is_infinite() or d.is_infinite():
            # a finite or infinite bound over an infinite one counts as 0
            quotients = [ZERO if y.is_infinite() else _divide(x, y) for x in (a, b) for y in (c, d)]
        else:
            quotients = [_divide(a, c), _divide(a, d), _divide(b, c), _divide(b, d)]
        return Interval(min(quotients), max(quotients))

    # -- relations ----------------------------------------------------
    def meets(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def can_be_le(self, other: "Interval") -> bool:
        """Some value of self can be <= some value of other."""
        return self.lo <= other.hi

    def gap(self, other: "Interval") -> Decimal:
        """Distance between two disjoint intervals (0 when they meet)."""
        if self.hi < other.lo:
            return other.lo - self.hi
        if other.hi < self.lo:
            return self.lo - other.hi
        return ZERO

    @property
    def mid(self) -> Decimal:
        if self.lo.is_infinite() or self.hi.is_infinite():
            return self.hi if self.lo.is_infinite() else self.lo
        return (self.lo + self.hi) / 2

    @property
    def finite(self) -> bool:
        return self.lo.is_finite() and self.hi.is_finite()

    def __str__(self) -> str:
        return f"[{fmt(self.lo)}, {fmt(self.hi)}]"


def half_unit(digits: str) -> Decimal:
    """Half a unit in the last displayed place of ``digits`` ("806.97" -> 0.005)."""
    if "." in digits:
        return Decimal(5).scaleb(-(len(digits.split(".", 1)[1]) + 1))
    return HALF


def last_digit_step(digits: str) -> Decimal:
    """One unit in the place of the last significant digit ("40" -> 10,
    "2" -> 1, "12.5" -> 0.1): how far "40余" can run before it is "50"."""
    if "." in digits:
        return Decimal(1).scaleb(-len(digits.split(".", 1)[1]))
    stripped = digits.lstrip("-").rstrip("0")
    return Decimal(1).scaleb(len(digits.lstrip("-")) - len(stripped)) if stripped else Decimal(1)


HUNDRED = Interval(Decimal(100), Decimal(100))  # a share's or rate's factor, exact


def sum_intervals(parts) -> Interval:
    total = Interval(ZERO, ZERO)
    for p in parts:
        total = total + p
    return total


def round_to(d: Decimal, places: int) -> Decimal:
    """``d`` to ``places`` decimals; unchanged when that needs more digits
    than the context holds (a figure of 30 digits, found by fuzzing)."""
    try:
        return d.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        return d


def fmt(d: Decimal, places: int | None = None) -> str:
    """A readable decimal: no exponent, trailing zeros trimmed."""
    if d.is_infinite():
        return "∞" if d > 0 else "-∞"
    if places is not None:
        return f"{round_to(d, places):f}"
    s = f"{d.normalize():f}"
    return s

