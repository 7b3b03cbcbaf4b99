"""The result cache: a report's result kept under the hash of its bytes and of
what the check depends on (settings, rules, the code), in
~/.cache/fiscallint or $FISCALLINT_CACHE_DIR.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import lru_cache
from pathlib import Path

from fiscallint.reporting.output import FileResult
from fiscallint.support.messages import Msg


@dataclass
class Settings:
    """What a check depends on besides the report itself (the cache key
    includes its fingerprint)."""

    select: list[str] | None = None
    ignore: list[str] | None = None
    encoding: str | None = None
    stdin_filename: str | None = None
    extra: dict = field(default_factory=dict)  # configuration that changes results

    def options(self) -> "Options":
        """How reports are read and understood under these settings."""
        from fiscallint.support.options import Options

        return Options.from_settings(self.extra)

    def lexicon(self):
        """The lexicon of the run: the built-in one with the configuration's
        synonyms (built once per process for each set of synonyms)."""
        from fiscallint.support.lexicon import lexicon_with

        return lexicon_with(self.extra.get("synonyms"))

    def thresholds(self) -> dict:
        """The plausibility thresholds of the run: the built-in ones with the
        configuration's overrides."""
        from fiscallint.support.lexicon import thresholds_with

        return thresholds_with(self.extra.get("thresholds"))

    def fingerprint(self) -> str:
        import hashlib
        import json

        from fiscallint import __version__

        payload = json.dumps([__version__, self.select, self.ignore, self.encoding, self.extra],
                             sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the result cache
CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """The installed code and data (names, sizes, modification times), so
    that an edited rule pack or module (an editable install whose version
    did not change) does not serve stale results."""
    import fiscallint
    from fiscallint.support.resources import data_dir

    parts = []
    roots = [Path(fiscallint.__file__).resolve().parent]
    for name in ("grammar", "rules"):
        try:
            roots.append(data_dir(name))
        except FileNotFoundError:
            pass
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".toml", ".txt", ".lark") and "__pycache__" not in p.parts:
                try:
                    st = p.stat()
                except OSError:
                    continue
                parts.append(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


class ResultCache:
    """A directory of results, one JSON file per (report bytes, settings,
    rules, version, installed code), in ``root/<2 hex>/<sha256>.json``. Reading never fails: an entry that is missing, corrupt,
    unreadable or of another format is a miss. Writing is atomic (a
    temporary file renamed into place) and never fails either: a cache that
    cannot be written is just not filled.

    ``root``: the folder (default ``cache_dir() / "results"``; when
    fiscallint has no writable cache folder, the cache is disabled)."""

    def __init__(self, root: Path | str | None = None):
        if root is None:
            from fiscallint.support.units import cache_dir

            base = cache_dir()
            root = base / "results" if base is not None else None
        self.root = Path(root) if root is not None else None

    def __repr__(self) -> str:
        return f"ResultCache({str(self.root)!r})"

    @property
    def enabled(self) -> bool:
        return self.root is not None

    # ---- keys
    @staticmethod
    def salt(settings: Settings, rules) -> str:
        """What every key of a run shares: the settings' fingerprint, the
        rules, the version, the installed code."""
        import fiscallint

        ident = sorted(f"{getattr(r, 'code', '')}={type(r).__module__}.{type(r).__qualname__}" for r in rules)
        payload = json.dumps([CACHE_FORMAT, fiscallint.__version__, settings.fingerprint(), ident, _code_stamp(),
                              os.environ.get("FISCALLINT_LEDGER")])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    @staticmethod
    def key(data: bytes, salt: str) -> str:
        return hashlib.sha256(salt.encode("ascii") + hashlib.sha256(data).digest()).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.json"

    # ---- entries
    def get(self, key: str, display: str) -> FileResult | None:
        """The stored result, its findings named ``display``; None: a miss."""
        if self.root is None:
            return None
        try:
            raw = self._path(key).read_bytes()
            entry = json.loads(raw)
            if entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
                return None
            return _result_from_json(entry["result"], display)
        except Exception:  # missing, unreadable, corrupt, another layout: a miss
            return None

    def put(self, key: str, outcome: FileResult, display: str) -> bool:
        """Store ``outcome`` (the result of the report named ``display``)
        under ``key``; False when it could not be (nothing is raised)."""
        if self.root is None:
            return False
        tmp = None
        try:
            payload = json.dumps({"format": CACHE_FORMAT, "key": key, "result": _result_to_json(outcome, display)},
                                 ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            target = self._path(key)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=target.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, target)
            return True
        except Exception:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return False

    def entries(self) -> list[Path]:
        if self.root is None or not self.root.is_dir():
            return []
        return [p for p in self.root.glob("*/*.json") if not p.name.startswith(".tmp-")]

    def clear(self) -> int:
        """Remove every entry (and leftover temporary files); the number of
        entries removed."""
        if self.root is None or not self.root.is_dir():
            return 0
        removed = 0
        for p in sorted(self.root.rglob("*"), key=lambda q: len(q.parts), reverse=True):
            try:
                if p.is_dir() and not p.is_symlink():
                    p.rmdir()
                else:
                    p.unlink()
                    if p.suffix == ".json" and not p.name.startswith(".tmp-"):
                        removed += 1
            except OSError:
                pass
        return removed


def clean_cache(cache: ResultCache | None = None) -> int:
    """``fiscallint clean``: empty the result cache; the number of entries
    removed."""
    return (cache if cache is not None else ResultCache()).clear()


# Entries are JSON: plain data, and the dataclasses of fiscallint (Finding,
# Location, the suppressions of a .docx, ...) as {"c": "module:Class", "f":
# {field: value}}. Only dataclasses of fiscallint's own modules are rebuilt
# when an entry is read (an entry cannot run code, as a pickle could); a
# result holding anything else is not stored. A change of a class's fields
# changes the code stamp, so no entry of another layout is read; if one is
# (fields that differ), it is a miss.
def _encode(obj):
    if isinstance(obj, Msg):  # a message keeps its template, to be rendered in another language
        return {"M": [obj.template, _encode(obj.args), obj.kind]}
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, list):
        return [_encode(x) for x in obj]
    if isinstance(obj, dict):
        if all(isinstance(k, str) for k in obj):
            return {"d": {k: _encode(v) for k, v in obj.items()}}
        return {"m": [[_encode(k), _encode(v)] for k, v in obj.items()]}
    if isinstance(obj, tuple):
        return {"t": [_encode(x) for x in obj]}
    if isinstance(obj, (set, frozenset)):
        return {"s": [_encode(x) for x in obj], "frozen": isinstance(obj, frozenset)}
    from decimal import Decimal

    if isinstance(obj, Decimal):
        return {"D": str(obj)}
    if isinstance(obj, Path):
        return {"P": str(obj)}
    cls = type(obj)
    if is_dataclass(obj) and _ours(cls.__module__) and "<locals>" not in cls.__qualname__:
        return {"c": f"{cls.__module__}:{cls.__qualname__}",
                "f": {f.name: _encode(getattr(obj, f.name)) for f in fields(obj)}}
    raise TypeError(f"cannot cache a {cls.__module__}.{cls.__qualname__}")


def _ours(module: str) -> bool:
    return module == "fiscallint" or module.startswith("fiscallint.")


def _decode(data, rename: tuple[str, str] | None):
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [_decode(x, rename) for x in data]
    tag = "c" if "c" in data else next(k for k in data if k != "frozen")
    if tag == "c":
        return _decode_dataclass(data, rename)
    value = data[tag]
    if tag == "d":
        return {k: _decode(v, rename) for k, v in value.items()}
    if tag == "m":
        return {_decode(k, rename): _decode(v, rename) for k, v in value}
    if tag == "t":
        return tuple(_decode(x, rename) for x in value)
    if tag == "s":
        return (frozenset if data.get("frozen") else set)(_decode(x, rename) for x in value)
    if tag == "M":
        template, args, kind = value
        return Msg._make(template, _decode(args, rename), kind)
    if tag == "D":
        from decimal import Decimal

        return Decimal(value)
    if tag == "P":
        return Path(value)
    raise ValueError(f"unknown tag {tag!r}")


def _decode_dataclass(data: dict, rename: tuple[str, str] | None):
    cls = _dataclass_named(data["c"])
    stored = data["f"]
    names = [f.name for f in fields(cls)]
    if set(names) != set(stored):
        raise ValueError(f"{data['c']}: fields changed")
    obj = object.__new__(cls)
    for name in names:
        v = _decode(stored[name], rename)
        if rename is not None and isinstance(v, str):
            old, new = rename
            if name == "path" and v == old:
                v = new  # Finding.path, a Word comment's Suppression.path
            elif name == "origin" and v.startswith(old + ":"):
                v = new + v[len(old):]  # "report:line:column"
        object.__setattr__(obj, name, v)
    return obj


@lru_cache(maxsize=None)
def _dataclass_named(name: str) -> type:
    import importlib

    module, _, qualname = name.partition(":")
    if not _ours(module) or not qualname or "<" in qualname:
        raise ValueError(f"not a fiscallint class: {name}")
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if not (isinstance(obj, type) and is_dataclass(obj)):
        raise ValueError(f"not a dataclass: {name}")
    return obj


def _result_to_json(outcome: FileResult, display: str) -> dict:
    return {"display": display, "value": _encode(outcome)}


def _result_from_json(data: dict, display: str) -> FileResult:
    old = data["display"]
    value = _decode(data["value"], (old, display) if old != display else None)
    if not isinstance(value, FileResult):
        raise ValueError("not a FileResult")
    # every finding names the report it was found in
    value.findings = [f if f.path == display else replace(f, path=display) for f in value.findings]
    return value


