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
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from fiscallint.gate.cache import ResultCache, Settings
from fiscallint.reading import input_error
from fiscallint.reporting.output import FileResult, RunResult
from fiscallint.support import messages as M


# what a directory is searched for (.doc/.wps are found so that their
# readers are told to save them as .docx)
REPORT_SUFFIXES = (".txt", ".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".et")


@dataclass
class Item:
    """One report to check: its name in the output and where to read it
    (None: standard input)."""

    display: str
    path: Path | None


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
        options = settings.options()
        if item.path is None:
            display = settings.stdin_filename or "-"
            doc = document_from_bytes(read_stdin(display, options), display, settings.encoding, options)
        elif data is not None:
            doc = document_from_bytes(data, display, settings.encoding, options)
        else:
            doc = read_document(item.path, display, settings.encoding, options)
        return FileResult.of(run(doc, rules, options, settings.lexicon(), settings.thresholds()))
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
            data = _read(item.path, settings)
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


def _read(path: Path, settings: Settings) -> bytes | None:
    from fiscallint.support.limits import read_path
    from fiscallint.reading import InputError

    try:
        return read_path(path, str(path), settings.options().limits)
    except (OSError, InputError):
        return None  # check_one reads it again and words the error


def _check_cached(item: Item, rules, settings: Settings, cache: "ResultCache | None", salt: str,
                  lookup: bool) -> FileResult | str:
    """One file's result: from the cache, or checked (from the very bytes
    its key is made of) and stored."""
    if cache is None or item.path is None:
        return check_one(item, rules, settings)
    data = _read(item.path, settings)
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
# process has loaded (rules, unit table, grammar); elsewhere the platform's
# default (spawn). Either way the configuration travels with the settings
# each check is handed (Settings.options, .lexicon, .thresholds).
START_METHOD: str | None = "fork" if sys.platform.startswith("linux") else None


def _init_worker(spec: tuple, settings: Settings, cache: "ResultCache | None", salt: str, forked: bool) -> None:
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


