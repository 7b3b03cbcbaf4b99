"""The command line: ``fiscallint check|rules|rule|extract``.

Exit codes: 0 nothing found, 1 an error or warning found, 2 a usage or
input error (the other files are still checked), a run that checked no
report (unless --allow-empty), or an unexpected failure: one line saying
"internal error", never a traceback.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="A consistency linter for Chinese public-sector fiscal reports.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "json-lines", "concise", "sarif", "github", "junit", "html")


def _err(message: str) -> None:
    from fiscallint.support.console import write_text

    write_text(f"fiscallint: {message}\n", sys.stderr)


def _internal_error(path: str, exc: Exception) -> None:
    """One line naming the file, exit 2 (a traceback with FISCALLINT_DEBUG);
    called from an ``except`` block."""
    if os.environ.get("FISCALLINT_DEBUG"):
        raise exc
    _err(f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")
    raise typer.Exit(EXIT_ERROR) from None


def _out(text: str) -> None:
    """Text for people on standard output, in any console's encoding."""
    from fiscallint.support.console import write_text

    write_text(text)


def _version(value: bool) -> None:
    if value:
        from fiscallint import __version__

        _out(f"fiscallint {__version__}\n")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def _main_options(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """A consistency linter for Chinese public-sector fiscal reports."""


def _split(values: Optional[List[str]]) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Report files, directories (searched for *.txt), or - for standard input."),
    output_format: str = typer.Option("text", "--format", "-f", help="Output format: " + ", ".join(FORMATS) + "."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the output to this file instead of standard output."),
    statistics: bool = typer.Option(False, "--statistics", help="Print counts per rule instead of the findings."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run (codes, prefixes or names; comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules to skip (codes, prefixes or names)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when problems are found."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="Name standard input in the output."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Decode reports with this encoding instead of detecting it."),
    no_summary: bool = typer.Option(False, "--no-summary", help="Text format: leave out the summary tables."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this configuration file (else the nearest fiscallint.toml or pyproject.toml [tool.fiscallint])."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Report only findings not recorded in this baseline file."),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", help="Record today's findings in this file (and exit 0)."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Check in N processes (0: one per CPU); the output order stays the files' order."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the result cache."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of messages: en or zh (default: lang in the configuration, else the locale)."),
    allow_empty: bool = typer.Option(False, "--allow-empty", help="Exit 0, not 2, when no report is left to check (every one excluded by the configuration)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Show no progress line (it shows on standard error when that is a terminal and two reports or more are checked)."),
) -> None:
    """Check reports for arithmetic contradictions."""
    from fiscallint import api

    if output_format not in FORMATS:
        _err(f"unknown format {output_format!r} (choose {', '.join(FORMATS)})")
        raise typer.Exit(EXIT_ERROR) from None
    try:
        plan = api.plan(paths, config=config, select=_split(select), ignore=_split(ignore), encoding=encoding,
                        stdin_filename=stdin_filename)
    except api.UsageError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    cfg, items, result = plan.config, plan.items, plan.result
    if output is not None and _names_an_input(output, plan.collected, write_baseline, baseline, cfg.path):
        _err(f"{output}: --output names a file this run reads: refusing to overwrite it")
        raise typer.Exit(EXIT_ERROR) from None
    if not items and not result.input_errors:
        _nothing_to_check(paths, plan, allow_empty)
    from fiscallint.gate.progress import for_run

    progress = for_run(len(items), quiet=quiet, reads_stdin=any(it.path is None for it in items))
    try:
        outcome = api.run(plan, jobs=jobs, cache=not no_cache, progress=progress)
    finally:
        if progress is not None:
            progress.close()  # erased before anything else is written
    _baseline_options(result, cfg, outcome, write_baseline, baseline)
    from fiscallint.engine import all_rules
    from fiscallint.support import i18n

    if lang is not None and lang not in i18n.LANGS:
        _err(f"unknown language {lang!r} (choose {', '.join(i18n.LANGS)})")
        raise typer.Exit(EXIT_ERROR) from None
    i18n.set_lang(lang or cfg.lang or i18n.default_lang())
    for message in result.input_errors + result.notices:
        _err(i18n.render(message))
    if output_format == "html" and not statistics:
        from fiscallint.reporting.html import html_for_run

        text = html_for_run(result, items, encoding, i18n.current())
    else:
        i18n.localize(result)
        text = _render(result, output_format, statistics, no_summary, all_rules())
    _emit(text, output, machine=output_format != "text" and not statistics)
    counts = result.counts()
    if result.input_errors:
        raise typer.Exit(EXIT_ERROR) from None
    if (counts["error"] or counts["warning"]) and not exit_zero:
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_CLEAN)


def _baseline_options(result, cfg, outcome, write_baseline: Optional[Path], baseline: Optional[Path]) -> None:
    """--write-baseline (record the findings and exit) and --baseline (hide
    the findings it records, say which of its entries are stale)."""
    from fiscallint.gate.suppressions import BaselineError, apply_baseline, write_baseline as record

    if write_baseline is not None:
        try:
            n = record(result, write_baseline, cfg)
        except BaselineError as exc:
            _err(str(exc))
            raise typer.Exit(EXIT_ERROR) from None
        for message in result.input_errors:
            _err(message)
        _err(f"wrote {n} finding(s) to the baseline {write_baseline}")
        raise typer.Exit(EXIT_ERROR if result.input_errors else EXIT_CLEAN)
    if baseline is not None:
        try:
            apply_baseline(result, baseline, outcome, cfg)
        except BaselineError as exc:
            _err(str(exc))
            raise typer.Exit(EXIT_ERROR) from None
        if outcome.baselined:
            result.notices.append(f"{baseline}: {outcome.baselined} known finding(s) not shown")
        for e in outcome.stale:
            result.notices.append(f"{baseline}: stale baseline entry ({e.get('path')}: {e.get('rule')} {str(e.get('message', ''))[:80]}): it matches no finding")


def _emit(text: str, output: Optional[Path], machine: bool) -> None:
    """Write the output to ``output`` (atomically), else to standard output."""
    if output is not None:
        from fiscallint.gate.suppressions import atomic_write

        try:
            atomic_write(output, text.encode("utf-8"))
        except OSError as exc:
            what = ("it is a folder" if output.is_dir() else f"no such folder {str(output.parent)!r}"
                    if not output.parent.is_dir() else exc.strerror or str(exc))
            _err(f"{output}: cannot write: {what}")
            raise typer.Exit(EXIT_ERROR) from None
    else:
        from fiscallint.support.console import write_text, write_utf8

        (write_utf8 if machine else write_text)(text)


def _nothing_to_check(paths: List[str], plan, allow_empty: bool) -> None:
    """No report is left to check (every one left out by include/exclude):
    exit 2, or with --allow-empty say so and go on."""
    cfg = plan.config
    where = f" (configuration: {cfg.path})" if cfg.path is not None else ""
    left_out = plan.left_out
    why = "; ".join(left_out[:5]) + (f"; and {len(left_out) - 5} more" if len(left_out) > 5 else "")
    message = f"no report to check in {' '.join(paths)}{where}: {why or 'nothing found'}"
    if not allow_empty:
        _err(message + " (--allow-empty to exit 0)")
        raise typer.Exit(EXIT_ERROR) from None
    plan.result.notices.append(message)


def _names_an_input(output: Path, items, *others) -> bool:
    """Whether ``output`` is one of the files this run reads (a report, the
    baseline, the configuration): writing it would destroy it."""
    def same(a: Path, b: Path) -> bool:
        try:
            return a.exists() and b.exists() and os.path.samefile(a, b)
        except OSError:
            return False

    if not output.exists():
        return False
    candidates = [it.path for it in items if it.path is not None] + [Path(o) for o in others if o is not None]
    return any(same(output, c) for c in candidates)


def _render(result, output_format: str, statistics: bool, no_summary: bool, known) -> str:
    from fiscallint.reporting.output import to_json, to_text

    if not statistics and output_format == "json":
        return to_json(result) + "\n"
    if not statistics and output_format == "text":
        return to_text(result, show_summary=not no_summary)
    from fiscallint.reporting import formats  # the other formats: imported only for them

    if statistics:
        return formats.statistics(result)
    if output_format == "sarif":
        return formats.to_sarif(result, known)
    return {"json-lines": formats.to_json_lines, "concise": formats.to_concise, "github": formats.to_github,
            "junit": formats.to_junit}[output_format](result)


@app.command("rules")
def list_rules(
    config: Optional[Path] = typer.Option(None, "--config", help="Also list the forms of this configuration's `forms` folder (else the nearest fiscallint.toml's)."),
) -> None:
    """List every rule: code, name, default severity, summary; then the
    forms (rules/forms/*.toml and the configuration's `forms` folder) whose
    identities tables are checked against."""
    from tabulate import tabulate

    from fiscallint.gate.config import ConfigError, find_config, load_config
    from fiscallint.engine import PluginError, all_rules
    from fiscallint.understanding.forms import FormError, all_forms

    try:
        rules = all_rules()
        if config is not None and not config.is_file():
            raise ConfigError(f"{config}: no such configuration file")
        cfg = load_config(config if config is not None else find_config(Path.cwd()), rules)
        forms = all_forms(cfg.forms)
    except (PluginError, ConfigError, FormError) as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    rows = [(c, r.name, r.severity + ("" if r.enabled_by_default else " (off)"), r.summary()) for c, r in rules.items()]
    _out(tabulate(rows, headers=["code", "name", "severity", "summary"], tablefmt="simple") + "\n")
    from fiscallint.deciding.ledger import ledger

    measured = ledger()
    _out("\npatterns: the recognisers behind each rule's findings, with their precision measured on real text"
         " (rules/ledger.toml)\n\n")
    prows = []
    for code, r in rules.items():
        if code in ("FL199", "FL900", "FL901"):
            continue
        for pattern in r.pattern_ids():
            rec = measured.get(pattern)
            if rec is None or rec.precision is None:
                prows.append((code, pattern, "", "", "not measured", r.severity))
                continue
            shown = {"demoted": "FL199 (demoted)", "warning": "warning"}.get(rec.effect, r.severity)
            prows.append((code, pattern, rec.right, rec.wrong, f"{rec.precision:.2f}", shown))
    _out(tabulate(prows, headers=["rule", "pattern", "right", "wrong", "precision", "reports as"],
                  tablefmt="simple", disable_numparse=True) + "\n")
    form_rows = [(f.name, Path(f.path).name, "; ".join(i.text for i in f.identities)) for f in forms]
    _out("\n" + tabulate(form_rows, headers=["form", "file", "identities"], tablefmt="simple") + "\n")


@app.command("rule")
def show_rule(code: str = typer.Argument(..., help="A rule code (FL101) or name (composition-sum).")) -> None:
    """Print a rule's documentation."""
    from fiscallint.engine import all_rules

    for c, r in all_rules().items():
        if c == code.upper() or r.name == code:
            _out(f"{c} {r.name} ({r.severity}{'' if r.enabled_by_default else ', off by default'})\n\n")
            _out(r.documentation() + "\n")
            return
    _err(f"unknown rule {code!r} (see `fiscallint rules`)")
    raise typer.Exit(EXIT_ERROR) from None


@app.command()
def extract(
    path: str = typer.Argument(..., help="A report file, or - for standard input."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
    encoding: Optional[str] = typer.Option(None, "--encoding"),
) -> None:
    """Show every quantity found and every claim built from them, with its verdict."""
    from fiscallint.reporting.extract import extract_json, extract_text

    doc = _open_document(path, encoding)
    try:
        if output_format == "json":
            from fiscallint.support.console import write_utf8

            write_utf8(extract_json(doc))
        else:
            _out(extract_text(doc))
    except Exception as exc:  # never a traceback: one line naming the file
        _internal_error(path, exc)


@app.command()
def explain(
    target: str = typer.Argument(..., help="A report, optionally with a line: report.txt:16."),
    encoding: Optional[str] = typer.Option(None, "--encoding"),
    select: Optional[str] = typer.Option(None, "--select", help="Rule codes, prefixes or names (comma-separated)."),
) -> None:
    """Say why each finding on a line was made (sentence, figures, pattern,
    readings set aside), or what was read on a line without one."""
    import re

    from fiscallint.engine import active_rules
    from fiscallint.reporting.explain import explain as explain_report

    path, line = target, None
    m = re.fullmatch(r"(.+):([0-9]+)", target)
    if m and not Path(target).exists():
        path, line = m.group(1), int(m.group(2))
    doc = _open_document(path, encoding)
    try:
        rules = active_rules(_split([select]) if select else None)
        _out(explain_report(doc, rules, line))
    except KeyError as exc:
        _err(f"unknown rule {exc.args[0]!r} (see `fiscallint rules`)")
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:  # never a traceback: one line naming the file
        _internal_error(path, exc)


@app.command()
def clean() -> None:
    """Empty the result cache (fiscallint's cache folder: $FISCALLINT_CACHE_DIR or ~/.cache/fiscallint)."""
    from fiscallint.gate.cache import clean_cache

    _out(f"removed {clean_cache()} cached result(s)\n")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the page: en or zh (default: the locale)."),
    max_size: float = typer.Option(10, "--max-size", help="Largest upload accepted, in MB."),
) -> None:
    """Serve a local page where a report (.docx, .txt) is dropped or picked and
    shown annotated. Nothing is written to disk."""
    from fiscallint.support import i18n

    if lang is not None and lang not in i18n.LANGS:
        _err(f"unknown language {lang!r} (choose {', '.join(i18n.LANGS)})")
        raise typer.Exit(EXIT_ERROR) from None
    # lang and the budgets per input (limits) in the configuration of the folder it is started in
    from fiscallint.gate.config import ConfigError, find_config, load_config
    from fiscallint.support.options import Options

    try:
        cfg = load_config(find_config(Path.cwd()))
    except ConfigError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    lang = lang or cfg.lang
    options = Options.from_settings({"limits": cfg.limits})
    from fiscallint.serve import serve as run_server

    try:
        run_server(host, port, lang or i18n.default_lang(), int(max_size * 1024 * 1024), echo=typer.echo,
                   options=options)
    except OSError as exc:
        _err(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_ERROR) from None


@app.command("cat")
def cat(
    path: str = typer.Argument(..., help="A report (.txt or .docx), or - for standard input."),
    encoding: Optional[str] = typer.Option(None, "--encoding"),
    numbered: bool = typer.Option(False, "--number", "-n", help="Number the lines."),
    tables: bool = typer.Option(False, "--tables", help="Print each table as understood: column keys and row tree."),
    hidden: bool = typer.Option(False, "--hidden", help="Workbooks: read hidden rows and sheets too."),
) -> None:
    """Print the text fiscallint checks: for a .docx, its paragraphs and
    tables (one row a line, cells separated by |); the line numbers of
    findings refer to this text. With --tables, each table as it was
    understood instead: its caption, what each column measures (phase, year,
    unit) and its rows as a tree (合计 over its parts, 其中 under their row)."""
    from fiscallint.support.options import Options

    doc = _open_document(path, encoding, Options(read_hidden=hidden))
    for note in getattr(doc, "notes", ()):  # a workbook's hidden sheets and rows
        _err(note)
    if tables:
        from fiscallint.understanding.analysis import analyse
        from fiscallint.understanding.table_model import render

        shown = render(analyse(doc))
        sys.stdout.write(shown if shown else "no table found\n")
        return
    if numbered:
        width = len(str(doc.line_count))
        _out("".join(f"{i:>{width}}\t{line}\n" for i, line in enumerate(doc.text.split("\n"), start=1)))
    else:
        _out(doc.text if doc.text.endswith("\n") or not doc.text else doc.text + "\n")


def _open_document(path: str, encoding: str | None, options=None):
    """Read one report for `extract` or `cat`, or exit 2 with one line."""
    from fiscallint.reading import InputError, document_from_bytes, read_document, read_stdin
    from fiscallint.support.options import DEFAULT

    options = options or DEFAULT
    try:
        if path == "-":
            return document_from_bytes(read_stdin("-", options), "-", encoding, options)
        return read_document(Path(path), path, encoding, options)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:
        _internal_error(path, exc)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_ERROR)
    except SystemExit:
        raise
    except Exception as exc:  # never a traceback, never exit 1: one line, exit 2
        if os.environ.get("FISCALLINT_DEBUG"):
            raise
        _err(f"internal error ({type(exc).__name__}: {exc}); please report it (FISCALLINT_DEBUG=1 shows where)")
        sys.exit(EXIT_ERROR)


def _quiet_stdout() -> None:
    """After a broken pipe, send what is left to nowhere (no second error
    when Python flushes standard output at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
