"""Run the checks over many reports: find them, check each, keep the results
in the order the reports were given.

``check_items`` is the one loop every command and output format shares; a
report's result (findings, coverage, the lines they cite) is a
:class:`fiscallint.reporting.output.FileResult`, small enough to keep for thousands of
reports.

Two ways to go faster, both optional and both keeping the output exactly
that of the plain sequential loop:

* ``jobs``: check in worker processes (the rules are rebuilt there from
  their codes; standard input is always read and checked here, in the
  parent); the results are put back in the order of the items;
* ``cache``: a :class:`ResultCache`, results kept on disk under the sha256 of
  the report's bytes, the settings' fingerprint, the rules, the fiscallint
  version and the installed code and data; a report whose bytes did not
  change is not analysed again (its results are re-labelled with the name it
  is given now). Standard input is never cached.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.reporting.output import FileResult, RunResult
from fiscallint.reading import input_error

# what a directory is searched for (.doc/.wps are found so that their
# readers are told to save them as .docx)
REPORT_SUFFIXES = (".txt", ".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".et")


@dataclass
class Item:
    """One report to check: its name in the output and where to read it
    (None: standard input)."""

    display: str
    path: Path | None


@dataclass
class Settings:
    """What a check depends on besides the report itself (the cache key
    includes its fingerprint)."""

    select: list[str] | None = None
    ignore: list[str] | None = None
    encoding: str | None = None
    stdin_filename: str | None = None
    extra: dict = field(default_factory=dict)  # configuration that changes results

    def fingerprint(self) -> str:
        import hashlib
        import json

        from fiscallint import __version__

        payload = json.dumps([__version__, self.select, self.ignore, self.encoding, self.extra],
                             sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def collect(paths: list[str], errors: list[str], suffixes: tuple[str, ...] = REPORT_SUFFIXES) -> list[Item]:
    """Every report named by ``paths``: files as given, directories searched
    (sorted), ``-`` for standard input. A missing path or an empty directory
    is an error line; the other paths are still collected."""
    out: list[Item] = []
    for p in paths:
        if p == "-":
            out.append(Item("-", None))
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in suffixes)
            if not found:
                errors.append(input_error(p, M.NO_REPORT_IN_DIRECTORY, kinds=", ".join("*" + s for s in suffixes)).args[0])
            out.extend(Item(str(q), q) for q in found)
        elif path.exists():
            out.append(Item(p, path))
        else:
            errors.append(input_error(p, M.NO_SUCH_PATH).args[0])
    return out


def check_one(item: Item, rules, settings: Settings, data: bytes | None = None) -> FileResult | str:
    """One report's result, or the one-line error that stopped it. ``data``:
    the report's bytes when the caller has read them already."""
    from fiscallint.engine import run
    from fiscallint.reading import InputError, document_from_bytes, read_document, read_stdin

    display = item.display
    try:
        if item.path is None:
            display = settings.stdin_filename or "-"
            doc = document_from_bytes(read_stdin(display), display, settings.encoding)
        elif data is not None:
            doc = document_from_bytes(data, display, settings.encoding)
        else:
            doc = read_document(item.path, display, settings.encoding)
        return FileResult.of(run(doc, rules))
    except InputError as exc:
        return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)  # a Msg, said again in Chinese
    except RecursionError:
        return input_error(display, M.TOO_DEEP).args[0]
    except Exception as exc:  # never a traceback: one line naming the file
        if os.environ.get("FISCALLINT_DEBUG"):
            raise
        return input_error(display, M.INTERNAL_ERROR, error=f"{type(exc).__name__}: {exc}").args[0]


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes ``jobs`` asks for: 0 (or None) is one
    per CPU (os.cpu_count()); at least 1."""
    if not jobs:
        return max(1, os.cpu_count() or 1)
    return max(1, int(jobs))


def check_items(items: list[Item], rules, settings: Settings, result: RunResult | None = None,
                jobs: int = 1, cache: "ResultCache | None" = None,
                progress: Callable[[FileResult | str], None] | None = None) -> RunResult:
    """Check every item; the results are appended to ``result`` in the order
    of ``items`` whatever ``jobs`` is.

    ``jobs``: worker processes (1: here, sequentially; 0: one per CPU).
    ``cache``: a :class:`ResultCache` consulted before and filled after each
    check (None: no cache).
    ``progress``: called here, in this process, with each item's outcome as
    it is known (:mod:`fiscallint.gate.progress`); None: nothing is called."""
    result = result if result is not None else RunResult()
    jobs = resolve_jobs(jobs)
    done = progress or _nothing
    if jobs == 1 and cache is None:
        outcomes = _check_sequential(items, rules, settings, done)
    else:
        outcomes = _check_fast(items, rules, settings, jobs, cache, done)
    for item, outcome in zip(items, outcomes):
        if isinstance(outcome, str):
            result.input_errors.append(outcome)
        else:
            name = (settings.stdin_filename or "-") if item.path is None else item.display
            result.reports.append((name, outcome))
    return result


def _nothing(outcome) -> None:
    pass


def _check_sequential(items: list[Item], rules, settings: Settings, done=_nothing) -> list[FileResult | str]:
    # The analysis of one report makes many small objects and few cycles:
    # collecting them once per report, not every few hundred allocations,
    # halves the run time of a large batch.
    gc.freeze()
    out: list[FileResult | str] = []
    for item in items:
        gc.disable()
        try:
            out.append(check_one(item, rules, settings))
        finally:
            gc.enable()
            gc.collect(0)
        done(out[-1])
    return out


# ---------------------------------------------------------------- cache + workers
def _check_fast(items: list[Item], rules, settings: Settings, jobs: int,
                cache: "ResultCache | None", done=_nothing) -> list[FileResult | str]:
    """The results of ``items`` (in their order), looked up in ``cache`` and
    the rest checked by ``jobs`` processes."""
    cache = cache if cache is not None and cache.enabled else None
    salt = cache.salt(settings, rules) if cache is not None else ""
    outcomes: list[FileResult | str | None] = [None] * len(items)
    todo: list[int] = []  # indexes of the items still to check
    for i, item in enumerate(items):
        if item.path is None:
            continue  # standard input: checked below, here, never cached
        if cache is not None and jobs > 1:
            # look up here (cheap: read and hash); only misses go to workers
            data = _read(item.path)
            if data is not None:
                hit = cache.get(cache.key(data, salt), item.display)
                if hit is not None:
                    outcomes[i] = hit
                    done(hit)
                    continue
        todo.append(i)

    work = [items[i] for i in todo]
    spec = _rule_spec(rules)
    if jobs > 1 and len(work) > 1 and spec is not None:
        checked = _check_in_pool(work, spec, rules, settings, min(jobs, len(work)), cache, salt, done)
    else:
        checked = _check_here(work, rules, settings, cache, salt, lookup=True, done=done)
    for i, outcome in zip(todo, checked):
        outcomes[i] = outcome

    for i, item in enumerate(items):  # standard input, read in this process
        if item.path is None:
            outcomes[i] = check_one(item, rules, settings)
            done(outcomes[i])
    return outcomes  # type: ignore[return-value]


def _read(path: Path) -> bytes | None:
    from fiscallint.support.limits import read_path
    from fiscallint.reading import InputError

    try:
        return read_path(path, str(path))
    except (OSError, InputError):
        return None  # check_one reads it again and words the error


def _check_cached(item: Item, rules, settings: Settings, cache: "ResultCache | None", salt: str,
                  lookup: bool) -> FileResult | str:
    """One file's result: from the cache, or checked (from the very bytes
    its key is made of) and stored."""
    if cache is None or item.path is None:
        return check_one(item, rules, settings)
    data = _read(item.path)
    if data is None:
        return check_one(item, rules, settings)
    key = cache.key(data, salt)
    if lookup:
        hit = cache.get(key, item.display)
        if hit is not None:
            return hit
    outcome = check_one(item, rules, settings, data)
    if isinstance(outcome, FileResult):
        cache.put(key, outcome, item.display)
    return outcome


def _check_here(items: list[Item], rules, settings: Settings, cache: "ResultCache | None", salt: str,
                lookup: bool, done=_nothing) -> list[FileResult | str]:
    gc.freeze()
    out: list[FileResult | str] = []
    for item in items:
        gc.disable()
        try:
            out.append(_check_cached(item, rules, settings, cache, salt, lookup))
        finally:
            gc.enable()
            gc.collect(0)
        done(out[-1])
    return out


def _rule_spec(rules) -> tuple | None:
    """How the workers get the rules: ("codes", [...]) when every rule is a
    registered rule built without arguments (rebuilt from the registry in the
    worker), else ("objects", rules) when they can be pickled; None: they
    cannot reach a worker (check here)."""
    from fiscallint.engine import all_rules

    registry = all_rules()
    rules = list(rules)
    if all(registry.get(getattr(r, "code", None)) is type(r) and not vars(r) for r in rules):
        return ("codes", [r.code for r in rules])
    import pickle

    try:
        pickle.dumps(rules)
    except Exception:
        return None
    return ("objects", rules)


_WORKER: dict = {}

# fork where it is safe (Linux): the workers start at once with what this
# process has loaded and configured (rules, unit table, grammar, the
# configuration's analysis settings); elsewhere the platform's default
# (spawn: the workers apply Settings.extra themselves)
START_METHOD: str | None = "fork" if sys.platform.startswith("linux") else None


def _init_worker(spec: tuple, settings: Settings, cache: "ResultCache | None", salt: str, forked: bool) -> None:
    if not forked and settings.extra:
        # a fresh interpreter: make the configuration's analysis settings
        # current here too (a forked worker has the parent's already)
        try:
            from fiscallint.gate.config import apply_settings
        except ImportError:
            pass
        else:
            apply_settings(settings.extra)
    kind, payload = spec
    if kind == "codes":
        from fiscallint.engine import all_rules

        registry = all_rules()
        rules = [registry[code]() for code in payload]
    else:
        rules = payload
    _WORKER.update(rules=rules, settings=settings, cache=cache, salt=salt)
    gc.freeze()


def _work(chunk: list[Item]) -> list[FileResult | str]:
    # already looked up in the parent: check, store
    w = _WORKER
    return _check_here(chunk, w["rules"], w["settings"], w["cache"], w["salt"], lookup=False)


def _chunks(seq: list, size: int) -> list[list]:
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def _check_in_pool(items: list[Item], spec: tuple, rules, settings: Settings, jobs: int,
                   cache: "ResultCache | None", salt: str, done=_nothing) -> list[FileResult | str]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # chunks of at most 16 reports, at least ~16 a worker: a report takes
    # milliseconds, a task well under one (so the overhead stays ~1%), and
    # the last chunks are short (no worker left idle while another finishes
    # a long one)
    size = max(1, min(16, -(-len(items) // (jobs * 16))))
    chunks = _chunks(items, size)
    try:
        ctx = multiprocessing.get_context(START_METHOD)
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                   initargs=(spec, settings, cache, salt, ctx.get_start_method() == "fork"))
    except (OSError, ValueError, ImportError, NotImplementedError):  # no processes here: do it here
        return _check_here(items, rules, settings, cache, salt, lookup=False, done=done)
    out: list[FileResult | str] = []
    try:
        with pool:
            for part in pool.map(_work, chunks):
                out.extend(part)
                for outcome in part:
                    done(outcome)
    except (BrokenProcessPool, OSError):
        # a worker died (killed, out of memory): check what is left here
        out.extend(_check_here(items[len(out):], rules, settings, cache, salt, lookup=False, done=done))
    return out


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
    if tag == "c":
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
    raise ValueError(f"unknown tag {tag!r}")


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
    for f in value.findings:  # every finding names the report it was found in
        f.path = display
    return value
