"""Units: what a displayed unit means, through pint.

``grammar/units.txt`` defines every unit as pint definitions in a registry of
our own (never pint's default registry: it is large and slow to build).
pint turns each spelling into its base dimension and its factor to the base
unit; those two facts are all the checks need, so they are computed once and
kept in a small cache file keyed on the definitions' content. A run whose
cache is warm does not import pint at all, which keeps start-up light.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from fiscallint import __version__
from fiscallint.support.resources import read_text


@dataclass(frozen=True)
class UnitInfo:
    spelling: str  # as written in the report, e.g. "万元"
    name: str  # pint name, e.g. "wan_yuan"
    dimension: str  # "money", "percent", "person", ... (pint base dimension)
    factor: Decimal  # to the base unit of the dimension

    @property
    def is_count(self) -> bool:
        return self.dimension in COUNT_DIMENSIONS


COUNT_DIMENSIONS = frozenset(
    {"person", "person_time", "household", "item", "building", "machine", "batch", "event", "organisation", "plant", "lamp"}
)

_DEF_LINE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$")


def _spellings(definitions: str) -> dict[str, str]:
    """Map every spelling (symbol or alias) to its pint unit name."""
    out: dict[str, str] = {}
    for raw in definitions.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = _DEF_LINE.match(line)
        if not m:
            continue
        name = m.group(1)
        fields = [f.strip() for f in m.group(2).split("=")]
        for alias in fields[1:]:
            if alias and alias != "_":
                out[alias] = name
    return out


def _build_with_pint(definitions: str) -> dict[str, dict]:
    from decimal import Decimal as D

    import pint

    registry = pint.UnitRegistry(None, non_int_type=D, autoconvert_offset_to_baseunit=False)
    for raw in definitions.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            registry.define(line)
    table: dict[str, dict] = {}
    for spelling, name in _spellings(definitions).items():
        q = registry.Quantity(D(1), name).to_base_units()
        dims = dict(q.dimensionality)
        if not dims:
            dimension = "percent"  # dimensionless ratios: percent, per-mille
            factor = q.magnitude / D("0.01")
        else:
            (dim, _power), = dims.items()
            dimension = dim.strip("[]")
            factor = q.magnitude
        table[spelling] = {"name": name, "dimension": dimension, "factor": str(D(factor).normalize())}
    return table


def cache_dir() -> Path | None:
    """fiscallint's own cache folder ($FISCALLINT_CACHE_DIR, else the user's
    cache), created on demand; None when it cannot be written."""
    base = os.environ.get("FISCALLINT_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "fiscallint"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return root if os.access(root, os.W_OK) else None


def _cache_path(digest: str) -> Path | None:
    root = cache_dir()
    return root / f"units-{__version__}-{digest[:16]}.json" if root else None


@lru_cache(maxsize=1)
def unit_table() -> dict[str, UnitInfo]:
    definitions = read_text("grammar", "units.txt")
    digest = hashlib.sha256(definitions.encode("utf-8")).hexdigest()
    path = _cache_path(digest)
    raw = None
    if path is not None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = None
    if raw is None:
        raw = _build_with_pint(definitions)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
                os.replace(tmp, path)
            except OSError:
                pass  # a read-only home is fine: compute again next time
    return {s: UnitInfo(s, v["name"], v["dimension"], Decimal(v["factor"])) for s, v in raw.items()}


def spellings() -> list[str]:
    """Every unit spelling, longest first (for the lexer's alternation)."""
    return sorted(_spellings(read_text("grammar", "units.txt")), key=len, reverse=True)


def lookup(spelling: str) -> UnitInfo | None:
    if spelling == "％":
        spelling = "%"
    return unit_table().get(spelling)
