"""Third-party rules load through the ``fiscallint.rules`` entry-point group."""
from __future__ import annotations

import sys
import textwrap

import pytest

import fiscallint.engine as engine
from fiscallint.reading import Document


@pytest.fixture
def plugin_on_path(tmp_path, monkeypatch):
    """A distribution with one entry point, installed on sys.path only."""
    (tmp_path / "fl_demo_plugin.py").write_text(textwrap.dedent('''
        from fiscallint.engine import Rule

        class DemoRule(Rule):
            """Flags every 13.13万元 (a plugin for the tests)."""
            code = "XD001"
            name = "demo-thirteen"
            severity = "warning"

            def check(self, ctx):
                for f in ctx.analysis.facts:
                    if f.q.digits == "13.13":
                        yield self.finding(ctx, "13.13 seen", f)

        class NotARule:
            pass
    '''), encoding="utf-8")
    dist = tmp_path / "fl_demo_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fl-demo-plugin\nVersion: 1.0\n", encoding="utf-8")
    entry = dist / "entry_points.txt"
    entry.write_text("[fiscallint.rules]\ndemo = fl_demo_plugin:DemoRule\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    saved = dict(engine._REGISTRY)
    monkeypatch.setattr(engine, "_LOADED", False)
    yield entry
    engine._REGISTRY.clear()
    engine._REGISTRY.update(saved)
    sys.modules.pop("fl_demo_plugin", None)


def test_entry_point_rule_is_registered_and_runs(plugin_on_path):
    rules = engine.all_rules()
    assert "XD001" in rules and "FL101" in rules
    result = engine.run(Document("p.txt", "本年支出13.13万元。"), engine.active_rules(["XD001"]))
    assert [(f.rule, f.severity) for f in result.findings] == [("XD001", "warning")]


def test_entry_point_that_is_not_a_rule_is_a_clear_error(plugin_on_path):
    plugin_on_path.write_text("[fiscallint.rules]\nbad = fl_demo_plugin:NotARule\n", encoding="utf-8")
    with pytest.raises(engine.PluginError, match="bad"):
        engine.all_rules()


def test_broken_plugin_is_a_clear_error(plugin_on_path):
    plugin_on_path.write_text("[fiscallint.rules]\nmissing = fl_no_such_module:Rule\n", encoding="utf-8")
    with pytest.raises(engine.PluginError, match="missing"):
        engine.all_rules()
