"""Configuration: ``[tool.fiscallint]`` in ``pyproject.toml`` or a
``fiscallint.toml``, the nearest one up the tree from the first path checked
(``--config`` names one). Parsed with tomllib, never evaluated.

Keys (an unknown key, rule code or value is an error that names it)::

    select = ["FL1", "FL201"]          # rules to run (codes, prefixes, names)
    extend-select = ["FL199"]          # added to the default set
    ignore = ["FL205"]
    per-file-ignores = { "old/*.txt" = ["FL106"] }
    severity = { FL205 = "info" }      # error | warning | info
    include = ["reports/**"]           # globs for files found in directories
    exclude = ["drafts/**"]
    file-types = [".txt", ".docx"]
    hidden = true                      # also read workbooks' hidden rows and sheets
    rounding = "nearest"               # or "truncate": authors who cut digits
    synonyms = { "基本支出" = ["基本经费支出"] }
    thresholds = { unit_slip = { budget_ratio = 20 } }
    limits = { file-size = "64 MiB", text-length = 2000000 }   # budgets per input (fiscallint.support.limits)
    [[tool.fiscallint.suppress]]       # a finding to accept, with a reason
    path = "2024/*.txt"; rule = "FL101"; figure = "3933.42"; reason = "…"

Every path of a configuration (include, exclude, per-file-ignores,
suppress) and of a baseline is matched against the report's path relative
to the folder that holds the configuration file (the current folder where
there is none): the same whether fiscallint runs from the top, from a
subfolder, on absolute paths or through pre-commit.
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KNOWN_KEYS = {"forms", "select", "extend-select", "ignore", "per-file-ignores", "severity", "include", "exclude",
              "file-types", "rounding", "synonyms", "thresholds", "suppress", "lang", "limits", "hidden"}
SEVERITIES = ("error", "warning", "info")
FILE_TYPES = (".txt", ".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".et")

from fiscallint.model.suppression import Suppression, _digits, _figures, _glob  # noqa: E402,F401
from fiscallint.support.options import ROUNDING_MODES  # noqa: E402


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and key."""


@dataclass
class Config:
    path: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    file_types: list[str] = field(default_factory=lambda: list(FILE_TYPES))
    rounding: str = "nearest"
    synonyms: dict[str, list[str]] = field(default_factory=dict)
    thresholds: dict = field(default_factory=dict)
    suppress: list[Suppression] = field(default_factory=list)
    limits: dict = field(default_factory=dict)  # budgets changed from the defaults (fiscallint.support.limits)
    lang: str | None = None  # "en" | "zh": the language of messages (default: the locale)
    forms: str | None = None  # a folder of the user's own forms (*.toml), absolute
    forms_digest: str = ""  # of the folder's files, so editing a form invalidates cached results
    hidden: bool = False  # read workbooks' hidden rows and sheets
    base: Path | None = None  # the folder paths are relative to (None: the current one)

    def relative(self, path: str | os.PathLike) -> str:
        """``path`` (as typed: relative to the current folder, or absolute)
        relative to the configuration's folder, with ``/``; a path outside
        that folder stays absolute."""
        raw = os.fspath(path)
        p = Path(raw)
        full = Path(os.path.realpath(p.parent)) / p.name if p.name else Path(os.path.realpath(p))
        root = Path(os.path.realpath(self.base if self.base is not None else Path.cwd()))
        try:
            return full.relative_to(root).as_posix()
        except ValueError:
            return full.as_posix()

    def fingerprint_data(self) -> dict:
        """What changes the findings of a report (for the result cache)."""
        return {"rounding": self.rounding, "synonyms": self.synonyms, "thresholds": self.thresholds,
                "forms": self.forms_digest, "limits": self.limits, "hidden": self.hidden}

    def analysis_packs(self) -> dict:
        return {"synonyms": self.synonyms, "thresholds": self.thresholds, "rounding": self.rounding,
                "forms": self.forms, "forms_digest": self.forms_digest, "limits": self.limits, "hidden": self.hidden}

    def wanted(self, path: str | os.PathLike) -> bool:
        """Whether a report is checked (include/exclude)."""
        return self.why_not(path) is None

    def why_not(self, path: str | os.PathLike) -> str | None:
        """Why include/exclude leave a report out (None: it is checked)."""
        name = self.relative(path)
        where = self.path.name if self.path is not None else "the configuration"
        if self.include and not any(_glob(name, g) for g in self.include):
            return f"not matched by include {self.include} of {where} (paths are relative to {self._root_text()})"
        hit = next((g for g in self.exclude if _glob(name, g)), None)
        if hit is not None:
            return f"matched by exclude {hit!r} of {where}"
        return None

    def _root_text(self) -> str:
        return str(self.base) if self.base is not None else "the current folder"

    def ignored_for(self, path: str) -> set[str]:
        out: set[str] = set()
        for glob, codes in self.per_file_ignores.items():
            if _glob(path, glob):
                out.update(codes)
        return out

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.fingerprint_data(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def find_config(start: Path) -> Path | None:
    """The nearest fiscallint.toml, or pyproject.toml with [tool.fiscallint],
    in ``start`` or a folder above it."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / "fiscallint.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                raw = py.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            try:
                tool = tomllib.loads(raw).get("tool", {})
            except tomllib.TOMLDecodeError as exc:
                if _MENTIONS_US.search(raw):
                    # a [tool.fiscallint] we cannot read: not silently the defaults
                    raise ConfigError(f"{py}: [tool.fiscallint]: not valid TOML: {exc}") from None
                continue
            if isinstance(tool, dict) and "fiscallint" in tool:
                return py
    return None


_MENTIONS_US = re.compile(r"^\s*\[+\s*tool\s*\.\s*[\"']?fiscallint|^\s*tool\s*\.\s*fiscallint", re.M)


def load_config(path: Path | None, known_rules: dict | None = None) -> Config:
    if path is None:
        return Config()
    from fiscallint.support.resources import read_toml

    data = read_toml(path, ConfigError)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("fiscallint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.fiscallint] must be a table, not {_kind(data)}")
    cfg = parse_config(data, path, known_rules)
    cfg.base = Path(os.path.abspath(path)).parent
    return cfg


def _kind(value) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def parse_config(data: dict, path: Path | None, known_rules: dict | None = None) -> Config:
    where = str(path) if path else "configuration"
    if not isinstance(data, dict):  # ([[tool.fiscallint]]: an array of tables)
        raise ConfigError(f"{where}: the configuration must be a table, not {_kind(data)}")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KNOWN_KEYS))})")
    cfg = Config(path=path)

    def strings(key: str) -> list[str]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {key} must be a list of strings")
        return list(value)

    def codes(key: str, values: list[str]) -> list[str]:
        if known_rules is not None:
            for v in values:
                if v.upper() != "ALL" and not any(c.startswith(v.upper()) or r.name == v for c, r in known_rules.items()):
                    raise ConfigError(f"{where}: {key}: unknown rule {v!r}")
        return values

    _rule_keys(data, cfg, where, strings, codes)
    cfg.include = strings("include")
    cfg.exclude = strings("exclude")
    if "file-types" in data:
        types = [t if t.startswith(".") else "." + t for t in strings("file-types")]
        bad = [t for t in types if t.lower() not in FILE_TYPES]
        if bad:
            raise ConfigError(f"{where}: file-types: {bad[0]!r} is not one of {', '.join(FILE_TYPES)}")
        cfg.file_types = [t.lower() for t in types]
    _analysis_keys(data, cfg, where)
    if "forms" in data:
        cfg.forms, cfg.forms_digest = _forms_folder(data["forms"], path, where)
    if "limits" in data:
        from fiscallint.support.limits import LimitsError, changed, parse

        try:
            cfg.limits = changed(parse(data["limits"], where))
        except LimitsError as exc:
            raise ConfigError(str(exc)) from None
    _suppressions(data, cfg, where, codes)
    return cfg


def _rule_keys(data: dict, cfg: Config, where: str, strings, codes) -> None:
    """select, extend-select, ignore, per-file-ignores, severity."""
    if "select" in data:
        cfg.select = codes("select", strings("select"))
    cfg.extend_select = codes("extend-select", strings("extend-select"))
    cfg.ignore = codes("ignore", strings("ignore"))
    pfi = data.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise ConfigError(f"{where}: per-file-ignores must be a table of glob = [codes]")
    for glob, values in pfi.items():
        values = [values] if isinstance(values, str) else values
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigError(f"{where}: per-file-ignores.{glob} must be a list of codes (strings)")
        cfg.per_file_ignores[glob] = codes(f"per-file-ignores.{glob}", list(values))
    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        raise ConfigError(f"{where}: severity must be a table of CODE = \"error|warning|info\"")
    for code, level in sev.items():
        if not isinstance(level, str) or level not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{code}: {level!r} is not one of {', '.join(SEVERITIES)}")
        codes("severity", [code])
        cfg.severity[code.upper()] = level


def _analysis_keys(data: dict, cfg: Config, where: str) -> None:
    """hidden, rounding, lang, synonyms, thresholds."""
    if not isinstance(data.get("hidden", False), bool):
        raise ConfigError(f"{where}: hidden must be true or false")
    cfg.hidden = data.get("hidden", False)
    rounding = data.get("rounding", "nearest")
    if not isinstance(rounding, str) or rounding not in ROUNDING_MODES:
        raise ConfigError(f"{where}: rounding: {rounding!r} is not one of {', '.join(ROUNDING_MODES)}")
    cfg.rounding = rounding
    if "lang" in data:
        if not isinstance(data["lang"], str) or data["lang"] not in ("en", "zh"):
            raise ConfigError(f"{where}: lang: {data['lang']!r} is not one of en, zh")
        cfg.lang = data["lang"]
    syn = data.get("synonyms", {})
    if not isinstance(syn, dict) or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in syn.values()):
        raise ConfigError(f"{where}: synonyms must be a table of concept = [synonyms]")
    cfg.synonyms = {k: list(v) for k, v in syn.items()}
    th = data.get("thresholds", {})
    if not isinstance(th, dict):
        raise ConfigError(f"{where}: thresholds must be a table")
    _check_thresholds(th, where)
    cfg.thresholds = th


def _forms_folder(folder: object, path: Path | None, where: str) -> tuple[str, str]:
    """The user's folder of forms, absolute, and a digest of its files (a
    malformed form stops the run here, naming its file and key)."""
    if not isinstance(folder, str) or not folder.strip():
        raise ConfigError(f"{where}: forms must name a folder of form files (*.toml)")
    base = path.parent if path is not None else Path.cwd()
    resolved = (base / folder).resolve()
    from fiscallint.understanding.forms import FormError, load_folder

    try:
        load_folder(resolved)
    except FormError as exc:
        raise ConfigError(str(exc)) from None
    digest = hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in sorted(resolved.glob("*.toml")))).hexdigest()
    return str(resolved), digest


def _suppressions(data: dict, cfg: Config, where: str, codes) -> None:
    """The [[suppress]] entries: path, rule, figure and reason, all required."""
    entries = data.get("suppress", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: suppress must be an array of tables ([[suppress]]), not {_kind(entries)}")
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: suppress[{i}] must be a table")
        wrong = next((k for k in ("path", "rule", "figure", "reason") if k in entry and not (
            isinstance(entry[k], str) or (k == "figure" and isinstance(entry[k], (int, float)) and not isinstance(entry[k], bool)))), None)
        if wrong is not None:
            raise ConfigError(f"{where}: suppress[{i}].{wrong} must be a string, not {_kind(entry[wrong])}")
        missing = [k for k in ("path", "rule", "figure", "reason") if not str(entry.get(k, "")).strip()]
        if missing:
            raise ConfigError(f"{where}: suppress[{i}]: {missing[0]} is required (a suppression needs a reason)")
        extra = sorted(set(entry) - {"path", "rule", "figure", "reason"})
        if extra:
            raise ConfigError(f"{where}: suppress[{i}]: unknown key {extra[0]!r}")
        codes(f"suppress[{i}].rule", [str(entry["rule"])])
        cfg.suppress.append(Suppression(str(entry["path"]), str(entry["rule"]).upper(), str(entry["figure"]),
                                        str(entry["reason"]), f"{where}: suppress[{i}]"))


def _check_thresholds(th: dict, where: str) -> None:
    from fiscallint.support.lexicon import default_thresholds

    base = default_thresholds()
    for section, values in th.items():
        if section not in base or not isinstance(values, dict):
            raise ConfigError(f"{where}: thresholds: unknown section {section!r} (known: {', '.join(sorted(base))})")
        for key, value in values.items():
            if key not in base[section]:
                raise ConfigError(f"{where}: thresholds.{section}: unknown key {key!r}")
            _check_type(value, base[section][key], f"{where}: thresholds.{section}.{key}")


def _check_type(value, default, where: str) -> None:
    """A threshold's value has the type of its default: a number for a
    number (never a boolean), a list of strings for a list of strings."""
    def number(v) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    if number(default):
        ok = number(value)
        want = "a number"
    elif isinstance(default, bool):
        ok, want = isinstance(value, bool), "true or false"
    elif isinstance(default, str):
        ok, want = isinstance(value, str), "a string"
    elif isinstance(default, list):
        ok = isinstance(value, list) and all(type(v) is type(d) or (number(v) and number(d))
                                             for v in value for d in default[:1])
        want = "a list" + (f" of {_kind(default[0]).split(' ', 1)[1]}s" if default else "")
    elif isinstance(default, dict):
        ok, want = isinstance(value, dict), "a table"
    else:
        ok, want = True, ""
    if not ok:
        raise ConfigError(f"{where} must be {want}, not {_kind(value)} ({value!r})")
