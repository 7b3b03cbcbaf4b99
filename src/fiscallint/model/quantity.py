"""A quantity: one number in the text, with what its display says about it
(digits, unit, scale, approximation) and the values it allows."""
from __future__ import annotations

import re
from dataclasses import FrozenInstanceError, dataclass, field
from types import MappingProxyType
from decimal import Decimal
from typing import Any, Callable

from fiscallint.model.intervals import INF, NEG_INF, Interval, half_unit, last_digit_step
from fiscallint.support.units import UnitInfo


@dataclass
class Quantity:
    """One number in the text, with what its display says about it."""

    index: int  # position among the document's quantities
    start: int  # offset of the first character of the number (or approximation prefix)
    end: int  # offset after the last character of the quantity (unit included)
    num_start: int
    num_end: int  # the number's own characters
    digits: str  # normalised digits as displayed: "3933.42", "1234.5"
    value: Decimal  # in the displayed unit, scale word applied
    unit: str | None  # spelling as written ("万元", "%", "人"), None for a bare number
    info: UnitInfo | None = None
    scale: Decimal = Decimal(1)
    approx: str | None = None  # "lower", "upper", "about"
    high: Decimal | None = None  # upper end of a range ("80-99%")
    chinese: bool = False  # written in Chinese numerals
    text: str = ""  # the quantity as written
    extras: dict = field(default_factory=dict)
    # the author cuts the digits not shown (the configuration's rounding =
    # "truncate"): the figure may stand for up to one unit more
    truncated: bool = False

    # set with info and high (_Deriving, below), read as plain attributes:
    # dimension: str  -- the unit's dimension, "number" for a bare number
    # is_percent: bool
    # is_count: bool  -- a count of things (人, 户, 个 …)
    # is_range: bool  -- a range ("80-99%")

    @property
    def exact(self) -> bool:
        """Counts of things written as integers are exact, and so is a zero
        (0万元 states that nothing was spent, not a rounded amount)."""
        return self._exact_if_written(self.digits, self.value == 0)

    def _exact_if_written(self, digits: str, zero: bool) -> bool:
        if zero and self.high is None and not (self.is_percent and "." in digits) or self.extras.get("exact"):
            return True  # a zero amount says nothing was spent; "0.00%" is a rate rounded to zero
        if self.is_percent:
            return False  # 百分之二十二 is as rounded as 22%
        return (self.is_count or self.chinese) and "." not in digits and self.scale == 1

    def interval(self, base: bool = True) -> Interval:
        """The values the display allows, in the dimension's base unit
        (元 for money, 亩 for area, percent for ratios) when ``base``."""
        if base:
            own = self.__dict__  # the cache is no field: a sealed quantity keeps it too
            cached = own.get("_base_interval")
            if cached is None:
                cached = own["_base_interval"] = self._interval(True)
            return cached
        return self._interval(False)

    def reread(self) -> None:
        """Forget what was worked out from the display (its interval): its
        unit, scale or exactness was just read anew (a table's unit)."""
        self.__dict__.pop("_base_interval", None)

    def seal(self) -> None:
        """Make the quantity read-only once its document's analysis is done
        (it is then a :class:`SealedQuantity`)."""
        self.extras = MappingProxyType(self.extras)  # a view: nothing else holds the dict
        self.__class__ = SealedQuantity

    def interval_if_written(self, digits: str) -> Interval:
        """The interval this quantity would stand for had its digits been
        ``digits`` (the same unit, scale and approximation): what a typing
        slip would change."""
        return self._interval(True, digits)

    def _interval(self, base: bool, digits: str | None = None) -> Interval:
        factor = (self.info.factor if (self.info and base) else Decimal(1)) * self.scale
        digits = self.digits if digits is None else digits
        v = Decimal(digits)
        half = Decimal(0) if self._exact_if_written(digits, v == 0) else half_unit(digits)
        lo, hi = (v - half) * factor, (v + half) * factor
        if half and self.truncated:
            hi = (v + 2 * half) * factor  # a truncated display: up to one unit more
        if self.high is not None:
            hi = (self.high + half) * factor
        if self.approx == "lower":
            if self.extras.get("below_next_digit"):
                # "2万余件", "40余篇": more than 2万 but short of 3万 (else 3万余)
                return Interval(v * factor, (v + last_digit_step(self.digits)) * factor)
            return Interval(v * factor, INF)
        if self.approx == "upper":
            return Interval(NEG_INF, v * factor)
        if self.approx == "about":
            return Interval(lo * Decimal("0.8"), hi * Decimal("1.2"))
        return Interval(lo, hi)

    @property
    def factor_to_base(self) -> Decimal:
        """What one unit of the digits as written is in the dimension's base
        unit: the unit's factor times the scale word's (万元: 10000)."""
        return (self.info.factor if self.info else Decimal(1)) * self.scale

    @property
    def base_value(self) -> Decimal:
        factor = self.info.factor if self.info else Decimal(1)
        return self.value * factor

    def shown(self) -> str:
        return self.text.strip()


class SealedQuantity(Quantity):
    """A quantity whose analysis is done: reading it is all that is left."""

    def __setattr__(self, name: str, value) -> None:
        raise FrozenInstanceError(f"a quantity is read-only once its analysis is done (setting {name!r})")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"a quantity is read-only once its analysis is done (deleting {name!r})")


class _Deriving:
    """A field of Quantity whose setting also sets what follows from it, as
    the quantity's own attributes (``derive``: the value -> {name: value}).
    It has no ``__get__``: the field and what follows from it are read as
    plain attributes, not through a call (the unit's dimension is read
    hundreds of thousands of times in a run)."""

    def __init__(self, name: str, derive: Callable[[Any], dict]) -> None:
        self.name, self.derive = name, derive

    def __set__(self, q: Quantity, value: Any) -> None:
        own = q.__dict__
        own[self.name] = value
        own.update(self.derive(value))


class _Derived:
    """An attribute that follows from a field: read as set, never set itself."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __set__(self, q: Quantity, value: Any) -> None:
        raise AttributeError(f"Quantity.{self.name} follows from another field: set that one")


def _unit_facts(info: UnitInfo | None) -> dict:
    # a few units, read for every figure: worked out once each (by identity:
    # the unit table's entries; each kept here, so no other takes its id)
    known = _UNIT_FACTS.get(id(info))
    if known is not None and known[0] is info:
        return known[1]  # (copied into the quantity, never changed)
    dimension = info.dimension if info else "number"  # a bare number
    facts = {"dimension": dimension, "is_percent": dimension == "percent",
             "is_count": info is not None and info.is_count}
    if len(_UNIT_FACTS) < 1024:
        _UNIT_FACTS[id(info)] = (info, facts)
    return facts


_UNIT_FACTS: dict[int, tuple] = {}
_RANGE, _NOT_RANGE = {"is_range": True}, {"is_range": False}

# set after the dataclass has taken the fields' defaults for __init__
for _field, _derive in (("info", _unit_facts), ("high", lambda high: _NOT_RANGE if high is None else _RANGE)):
    setattr(Quantity, _field, _Deriving(_field, _derive))
for _name in ("dimension", "is_percent", "is_count", "is_range"):
    setattr(Quantity, _name, _Derived(_name))


def made(index: int, start: int, end: int, num_start: int, num_end: int, digits: str, value: Decimal,
         unit: str | None, info: UnitInfo | None, scale: Decimal, approx: str | None, high: Decimal | None,
         chinese: bool, text: str) -> Quantity:
    """``Quantity(...)`` with every field given (no extras, not truncated), made
    without the dataclass's ``__init__``: its fields and what follows from
    ``info`` and ``high`` set at once (the scan makes one for every figure)."""
    q = object.__new__(Quantity)
    q.__dict__ = {"index": index, "start": start, "end": end, "num_start": num_start, "num_end": num_end,
                  "digits": digits, "value": value, "unit": unit, "info": info, "scale": scale, "approx": approx,
                  "high": high, "chinese": chinese, "text": text, "extras": {}, "truncated": False,
                  **_unit_facts(info), "is_range": high is not None}
    return q


# three significant figures or more: with a fraction (19.32, 2.514), or four digits or more not
# ending in 0 (3527); not 480.00, 1500, 0.65
_UNUSUAL = re.compile(r"(?=[0-9.]*[1-9][0-9.]*[0-9][0-9.]*[0-9])(?:0\.[0-9]*[1-9][0-9]*|[1-9][0-9]*\.[0-9]*[1-9][0-9]*"
                      r"|[0-9]{3,}[1-9])")


def unusual_digits(digits: str) -> bool:
    """Digits unlikely to recur by chance in one report (a figure another
    reads as the same one: 19.32 in 元 and in 万元, 4,288.31 in prose and a table)."""
    return _UNUSUAL.fullmatch(digits.replace(",", "")) is not None
