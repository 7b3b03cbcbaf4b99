"""The Python API: check reports from a program, as ``fiscallint check`` does.

    >>> from fiscallint import api
    >>> findings = api.check_text("2024年支出总额100万元，其中：基本支出60万元，项目支出50万元。")
    >>> [(f.rule, f.location.line, f.location.column) for f in findings]
    [('FL101', 1, 10)]

:func:`check_text` and :func:`check_path` give one report's findings (the
nearest configuration applies to a path, none to a text). :func:`plan` and
:func:`run` are the two halves of ``fiscallint check`` over many paths: the
configuration, the rules and the reports to check, then the checks and the
configuration's suppressions; the command line adds the output, the baseline
and the exit code. Every problem the caller must fix (a configuration that
cannot be used, an unknown rule, a plugin that does not load) is a
:class:`UsageError` whose message says what to do.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from fiscallint.engine import PluginError, active_rules, all_rules
from fiscallint.gate.config import Config, ConfigError, find_config, load_config
from fiscallint.gate.runner import Item, ResultCache, Settings, check_items, check_one, collect
from fiscallint.gate.suppressions import GateOutcome, apply_config
from fiscallint.model.finding import Finding
from fiscallint.reporting.output import FileResult, RunResult


class UsageError(Exception):
    """A run that cannot start: the message names the file or the option."""


@dataclass
class Plan:
    """What a run will do: its configuration, its rules, its reports."""

    config: Config
    rules: list
    settings: Settings
    items: list[Item]
    left_out: list[str] = field(default_factory=list)  # "path: why" for reports include/exclude left out
    result: RunResult = field(default_factory=RunResult)  # paths that could not be collected are in input_errors
    collected: list[Item] = field(default_factory=list)  # every report the paths name, left out or not


def load(paths: Sequence[str], config: Path | None = None) -> Config:
    """The configuration: ``config`` when given, else the nearest to the first
    path (or to the current folder for standard input)."""
    try:
        known = all_rules()
        path = config if config is not None else find_config(
            Path(paths[0]) if paths and paths[0] != "-" else Path.cwd())
        if config is not None and not config.is_file():
            raise ConfigError(f"{config}: no such configuration file")
        return load_config(path, known)
    except (ConfigError, PluginError) as exc:
        raise UsageError(str(exc)) from None


def choose_rules(cfg: Config, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list:
    """The rules to run: ``select`` (else the configuration's select, else
    the rules on by default) plus the configuration's extend-select, less
    the configuration's and ``ignore``'s."""
    try:
        known = all_rules()
        chosen = list(select) or cfg.select
        if chosen is None and cfg.extend_select:
            chosen = [c for c, r in known.items() if r.enabled_by_default] + cfg.extend_select
        elif chosen is not None:
            chosen = list(chosen) + list(cfg.extend_select)
        return active_rules(chosen or None, (cfg.ignore + list(ignore)) or None)
    except KeyError as exc:
        raise UsageError(f"unknown rule {exc.args[0]!r} (see `fiscallint rules`)") from None
    except PluginError as exc:
        raise UsageError(str(exc)) from None


def plan(paths: Sequence[str], *, config: Path | None = None, select: Sequence[str] = (),
         ignore: Sequence[str] = (), encoding: str | None = None, stdin_filename: str | None = None) -> Plan:
    """The first half of a run: the configuration (its analysis settings go
    into the run's settings), the rules, and the reports ``paths`` name that
    its include and exclude keep."""
    cfg = load(paths, config)
    rules = choose_rules(cfg, select, ignore)
    result = RunResult()
    settings = Settings(select=sorted(r.code for r in rules), ignore=None, encoding=encoding,
                        stdin_filename=stdin_filename, extra=cfg.analysis_packs())
    items, left_out = [], []
    collected = collect(list(paths), result.input_errors, tuple(cfg.file_types))
    for it in collected:
        # include/exclude apply to every report, named or found in a folder
        # (pre-commit names the files it passes), relative to the
        # configuration's folder
        why = cfg.why_not(it.path) if it.path is not None else None
        if why is None:
            items.append(it)
        else:
            left_out.append(f"{it.display}: {why}")
    return Plan(cfg, rules, settings, items, left_out, result, collected)


def run(p: Plan, *, jobs: int = 1, cache: bool = True,
        progress: Callable[[FileResult | str], None] | None = None) -> GateOutcome:
    """The second half: check the plan's reports (into ``p.result``, in the
    order of ``p.items``) and apply the configuration's per-file ignores,
    severities and suppressions."""
    check_items(p.items, p.rules, p.settings, p.result, jobs=jobs, cache=ResultCache() if cache else None,
                progress=progress)
    outcome = apply_config(p.result, p.config)
    for s in outcome.unused:
        p.result.notices.append(f"{s.origin}: unused suppression of {s.rule} on {s.figure} in {s.path} (remove it)")
    return outcome


def check_path(path: str | Path, *, config: Path | None = None, select: Sequence[str] = (),
               ignore: Sequence[str] = (), encoding: str | None = None) -> list[Finding]:
    """One report's findings, with its configuration applied. A report that
    cannot be read raises :class:`UsageError` naming it."""
    p = plan([str(path)], config=config, select=select, ignore=ignore, encoding=encoding)
    run(p, cache=False)
    if p.result.input_errors:
        raise UsageError("; ".join(str(e) for e in p.result.input_errors))
    return [f for _, outcome in p.result.reports for f in outcome.findings]


def check_text(text: str, name: str = "<text>", *, select: Sequence[str] = (),
               ignore: Sequence[str] = ()) -> list[Finding]:
    """The findings in ``text`` (a report's text), named ``name`` in them;
    no configuration applies."""
    cfg = Config()
    rules = choose_rules(cfg, select, ignore)
    outcome = check_one(Item(name, Path(name)), rules, Settings(), data=text.encode("utf-8"))
    if isinstance(outcome, str):
        raise UsageError(outcome)
    return list(outcome.findings)
