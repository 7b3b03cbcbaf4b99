"""Fuzz target: the configuration loader (TOML through tomllib, then every
key validated, the limits table included), then its settings applied and
made into a run's values (options, lexicon, thresholds).

Allowed: tomllib.TOMLDecodeError and ConfigError (one line naming the key).
Anything else is a crash."""
import sys

import atheris

import common

common.instrumented()

from fiscallint.gate.config import ConfigError, parse_config  # noqa: E402
from fiscallint.engine import all_rules  # noqa: E402
from fiscallint.gate.cache import Settings  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KNOWN = all_rules()


def test_one(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
        table = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return
    for where in (table, table.get("tool", {}).get("fiscallint", {}) if isinstance(table.get("tool"), dict) else {}):
        try:
            cfg = parse_config(where, None, KNOWN)
        except ConfigError as exc:
            assert "\n" not in str(exc), exc
            continue
        settings = Settings(extra=cfg.analysis_packs())
        settings.options()
        settings.lexicon()
        settings.thresholds()
        cfg.digest()


if __name__ == "__main__":
    common.run(test_one)
