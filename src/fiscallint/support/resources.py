"""Where the grammar and rule packs are: inside the installed package, or at
the top of a source checkout (editable installs, running from a clone)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """The folder ``grammar`` or ``rules``."""
    for candidate in (_PKG / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"fiscallint data folder {name!r} is missing from the installation")


def read_text(folder: str, filename: str) -> str:
    return (data_dir(folder) / filename).read_text(encoding="utf-8")


def read_toml(path: Path, error: type[Exception]) -> dict:
    """A user's TOML file (a configuration, a form), parsed, never evaluated;
    ``error`` raised with a one-line reason naming the file when it cannot
    be read or parsed."""
    try:
        import tomllib
    except ImportError:  # pragma: no cover  (Python 3.10)
        import tomli as tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read ({type(exc).__name__}: {exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML: {exc}") from None
