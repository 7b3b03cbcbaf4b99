"""What a run's configuration changes in reading and understanding a
report: handed down from the API to each stage (and to each worker
process) as a value, never set in a module.

- ``rounding``: "nearest" (a figure stands for the values its digits round
  from, XBRL's rule) or "truncate" (some authors cut the digits they do not
  show: 3.636% written 3.63%, so a figure may stand for up to one unit more);
- ``read_hidden``: whether hidden sheets, rows and columns of a workbook are
  read too;
- ``limits``: the budgets per input (:mod:`fiscallint.support.limits`);
- ``forms``: a folder of the user's own forms (*.toml), read beside the
  national ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from fiscallint.support.limits import Limits

ROUNDING_MODES = ("nearest", "truncate")


@dataclass(frozen=True)
class Options:
    rounding: str = "nearest"
    read_hidden: bool = False
    limits: Limits = field(default_factory=Limits)
    forms: str | None = None

    def __post_init__(self) -> None:
        if self.rounding not in ROUNDING_MODES:
            raise ValueError(f"rounding: {self.rounding!r} is not one of {', '.join(ROUNDING_MODES)}")

    @property
    def truncate(self) -> bool:
        return self.rounding == "truncate"

    @classmethod
    def from_settings(cls, extra: Mapping) -> "Options":
        """The options of a configuration's settings (``Config.analysis_packs()``,
        ``Settings.extra``): keys already validated by the configuration."""
        from fiscallint.support.limits import parse

        budgets = extra.get("limits")
        return cls(rounding=extra.get("rounding") or "nearest", read_hidden=bool(extra.get("hidden")),
                   limits=parse(budgets, "limits") if budgets else Limits(), forms=extra.get("forms") or None)


DEFAULT = Options()
