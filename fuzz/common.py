"""Shared by the fuzz targets: import fiscallint instrumented for coverage,
and the exceptions a target is allowed to raise (a refusal, not a crash)."""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import atheris  # noqa: E402


def instrumented() -> None:
    """Import every fiscallint module under atheris's coverage hooks (its
    modules import each other lazily, so each is imported here by name)."""
    with atheris.instrument_imports(include=["fiscallint"]):
        import fiscallint

        for info in pkgutil.walk_packages(fiscallint.__path__, "fiscallint."):
            if info.name not in ("fiscallint.__main__",):
                importlib.import_module(info.name)


def run(test_one) -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
