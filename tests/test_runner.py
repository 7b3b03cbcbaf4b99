"""The runner: parallel checking keeps the sequential output (order, errors,
standard input), and the result cache serves the same findings, keyed on
the report's bytes, the settings and the version, re-labelled with the name
a report has now; a corrupt entry is a miss; ``clean_cache`` empties it.

Every report here is invented for these tests.
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

import fiscallint
from fiscallint.gate import cache as result_cache, runner
from fiscallint.engine import active_rules
from fiscallint.reporting.output import RunResult, to_json, to_text
from fiscallint.gate.cache import clean_cache
from fiscallint.gate.runner import Item, ResultCache, Settings, check_items, collect, resolve_jobs

# consistent sentences (no finding)
CLEAN = [
    "2022年本年支出2,450.60万元，其中：基本支出1,300.20万元，项目支出1,150.40万元。\n",
    "基本支出860.00万元，其中：人员经费610.50万元，公用经费249.50万元。\n",
    "2023年本年支出1,000.00万元，其中：基本支出400.00万元，占总支出的40.00%；项目支出600.00万元，占总支出的60.00%。\n",
]
# each with one contradiction
BAD = [
    "2022年本年支出2,450.60万元，其中：基本支出1,300.20万元，项目支出1,170.40万元。\n",  # FL101
    "基本支出860.00万元，其中：人员经费610.50万元，公用经费279.50万元。\n",  # FL101
    "2023年本年支出1,000.00万元，其中：基本支出400.00万元，占总支出的44.00%；项目支出600.00万元。\n",  # FL102
]
FILLER = "镇财政所扎实开展预算绩效管理，召开专题会议，建立工作台账，确保各项工作落到实处。\n"


def report(i: int) -> str:
    """A small report: a title, filler and, for some i, a contradiction."""
    body = [f"第{i}号单位2023年度部门整体支出绩效自评报告\n", FILLER]
    body.append(CLEAN[i % len(CLEAN)])
    if i % 3 == 0:
        body.append(FILLER * (i % 4 + 1))
        body.append(BAD[i % len(BAD)])
    if i % 5 == 1:
        body.append(BAD[(i + 1) % len(BAD)])
    return "".join(body)


@pytest.fixture
def cache_env(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv("FISCALLINT_CACHE_DIR", str(root))
    monkeypatch.delenv("FISCALLINT_DEBUG", raising=False)
    return root


@pytest.fixture
def corpus(tmp_path) -> list[str]:
    """20 reports, one unreadable (binary), a missing path; as CLI arguments."""
    d = tmp_path / "reports"
    d.mkdir()
    paths = []
    for i in range(20):
        p = d / f"r{i:02d}.txt"
        p.write_text(report(i), encoding="utf-8")
        paths.append(str(p))
    binary = d / "r07b.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    paths.insert(8, str(binary))
    paths.insert(12, str(d / "missing.txt"))
    return paths


def run(paths, jobs=1, cache=None, settings=None, rules=None) -> RunResult:
    settings = settings or Settings()
    rules = rules if rules is not None else active_rules(settings.select, settings.ignore)
    result = RunResult()
    items = collect(paths, result.input_errors)
    return check_items(items, rules, settings, result, jobs=jobs, cache=cache)


def snapshot(result: RunResult) -> tuple:
    return to_json(result), to_text(result), list(result.input_errors), [name for name, _ in result.reports]


class Counting:
    """Counts the reports actually analysed (in this process)."""

    def __init__(self, monkeypatch):
        self.calls = []
        real = runner.check_one

        def counted(item, rules, settings, data=None):
            self.calls.append(item.display)
            return real(item, rules, settings, data)

        monkeypatch.setattr(runner, "check_one", counted)


# ---------------------------------------------------------------- jobs
def test_the_reports_find_what_they_should(corpus, cache_env):
    result = run(corpus)
    assert len(result.reports) == 20
    assert len(result.input_errors) == 2
    assert "no such file or directory" in result.input_errors[0]  # from collect: first
    assert "r07b.txt: an image, not a report" in result.input_errors[1]
    flagged = {Path(f.path).name for f in result.findings}
    assert flagged == {f"r{i:02d}.txt" for i in range(20) if i % 3 == 0 or i % 5 == 1}
    assert {f.rule for f in result.findings} >= {"FL101", "FL102"}


@pytest.mark.parametrize("jobs", [2, 3, 0])
def test_parallel_output_is_the_sequential_output(corpus, cache_env, jobs):
    assert snapshot(run(corpus, jobs=jobs)) == snapshot(run(corpus, jobs=1))


def test_parallel_keeps_item_order_even_unsorted(corpus, cache_env):
    shuffled = corpus[::-1] + corpus[:5]  # reversed, and some twice
    one, two = run(shuffled, jobs=1), run(shuffled, jobs=2)
    assert snapshot(one) == snapshot(two)
    names = [name for name, _ in two.reports]
    assert names[0] == corpus[-1] and names[-1] == corpus[4]


def test_parallel_reports_a_file_gone_since_collected(corpus, cache_env, tmp_path):
    settings = Settings()
    rules = active_rules()
    gone = tmp_path / "gone.txt"
    items = [Item(p, Path(p)) for p in corpus if Path(p).exists()]
    items.insert(3, Item(str(gone), gone))
    one = check_items(items, rules, settings, jobs=1)
    two = check_items(items, rules, settings, jobs=2, cache=ResultCache())
    assert one.input_errors == two.input_errors
    assert any(str(gone) in e for e in two.input_errors)
    assert snapshot(one) == snapshot(two)


def test_standard_input_is_read_in_the_parent_and_kept_in_place(corpus, cache_env, monkeypatch):
    data = BAD[0].encode("utf-8")
    settings = Settings(stdin_filename="from-stdin.txt")
    rules = active_rules()
    outs = []
    for jobs, cache in ((1, None), (2, None), (2, ResultCache()), (1, ResultCache())):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        items = collect(corpus[:3] + ["-"] + corpus[3:6], [])
        result = check_items(items, rules, settings, jobs=jobs, cache=cache)
        names = [name for name, _ in result.reports]
        assert names[3] == "from-stdin.txt"
        assert [f.rule for f in result.reports[3][1].findings] == ["FL101"]
        assert result.reports[3][1].findings[0].path == "from-stdin.txt"
        outs.append(snapshot(result))
    assert all(o == outs[0] for o in outs)
    assert not any("stdin" in p.name for p in ResultCache().entries())


def test_selected_rules_reach_the_workers(corpus, cache_env):
    settings = Settings(select=["FL102"])
    one, two = run(corpus, 1, settings=settings), run(corpus, 2, settings=settings)
    assert {f.rule for f in two.findings} == {"FL102"}
    assert snapshot(one) == snapshot(two)


def test_rules_that_are_not_registered_reach_the_workers_pickled(corpus, cache_env):
    from fiscallint.engine import all_rules

    class_ = all_rules()["FL101"]
    rule = class_()
    rule.tuned = True  # an instance with state: sent as an object, not rebuilt from its code
    assert runner._rule_spec([rule])[0] == "objects"
    assert runner._rule_spec(active_rules())[0] == "codes"
    one, two = run(corpus, 1, rules=[rule]), run(corpus, 2, rules=[rule])
    assert snapshot(one) == snapshot(two)
    assert {f.rule for f in two.findings} == {"FL101"}


def test_jobs_zero_is_one_per_cpu():
    assert resolve_jobs(0) == (os.cpu_count() or 1)
    assert resolve_jobs(None) == (os.cpu_count() or 1)
    assert resolve_jobs(1) == 1
    assert resolve_jobs(-3) == 1
    assert resolve_jobs(4) == 4


def test_empty_and_single_item_runs(corpus, cache_env):
    assert snapshot(run([], jobs=2)) == snapshot(run([], jobs=1))
    assert snapshot(run(corpus[:1], jobs=4)) == snapshot(run(corpus[:1], jobs=1))


# ---------------------------------------------------------------- cache
def test_default_cache_lives_in_the_cache_dir(cache_env):
    assert ResultCache().root == cache_env / "results"


def test_cache_serves_the_same_results_without_checking_again(corpus, cache_env, monkeypatch):
    plain = snapshot(run(corpus))
    counting = Counting(monkeypatch)
    first = run(corpus, cache=ResultCache())
    assert snapshot(first) == plain
    assert len(counting.calls) == 21  # the 20 reports and the binary file (errors are not cached)
    assert len(ResultCache().entries()) == 20
    counting.calls.clear()
    second = run(corpus, cache=ResultCache())
    assert snapshot(second) == plain
    assert [Path(c).name for c in counting.calls] == ["r07b.txt"]  # only the unreadable one again


def test_cache_filled_by_workers_serves_a_sequential_run(corpus, cache_env, monkeypatch):
    plain = snapshot(run(corpus))
    assert snapshot(run(corpus, jobs=2, cache=ResultCache())) == plain
    assert len(ResultCache().entries()) == 20
    counting = Counting(monkeypatch)
    assert snapshot(run(corpus, jobs=1, cache=ResultCache())) == plain
    assert len(counting.calls) == 1
    assert snapshot(run(corpus, jobs=2, cache=ResultCache())) == plain  # warm, parallel


def test_cache_is_keyed_on_content(tmp_path, cache_env, monkeypatch):
    p = tmp_path / "one.txt"
    p.write_text(CLEAN[0], encoding="utf-8")
    assert run([str(p)], cache=ResultCache()).findings == []
    p.write_text(BAD[0], encoding="utf-8")  # same name, same size class: edited
    counting = Counting(monkeypatch)
    result = run([str(p)], cache=ResultCache())
    assert counting.calls == [str(p)]
    assert [f.rule for f in result.findings] == ["FL101"]
    assert len(ResultCache().entries()) == 2


def test_renamed_report_is_a_hit_under_its_new_name(tmp_path, cache_env, monkeypatch):
    old = tmp_path / "old-name.txt"
    old.write_text(FILLER + BAD[1] + BAD[2], encoding="utf-8")
    before = run([str(old)], cache=ResultCache())
    assert {f.rule for f in before.findings} >= {"FL101", "FL102"}
    new = tmp_path / "sub" / "new-name.txt"
    new.parent.mkdir()
    old.rename(new)
    counting = Counting(monkeypatch)
    after = run([str(new)], cache=ResultCache())
    assert counting.calls == []  # a hit
    assert [name for name, _ in after.reports] == [str(new)]
    assert {f.path for f in after.findings} == {str(new)}
    assert str(old) not in to_text(after) + to_json(after)
    assert to_text(after).replace(str(new), "X") == to_text(before).replace(str(old), "X")
    # and a copy under a third name at the same time
    third = tmp_path / "third.txt"
    third.write_bytes(new.read_bytes())
    both = run([str(new), str(third)], jobs=2, cache=ResultCache())
    assert [{f.path for f in r.findings} for _, r in both.reports] == [{str(new)}, {str(third)}]


def test_cache_is_keyed_on_settings(tmp_path, cache_env, monkeypatch):
    p = tmp_path / "r.txt"
    p.write_text(BAD[0] + BAD[2], encoding="utf-8")
    run([str(p)], cache=ResultCache())
    counting = Counting(monkeypatch)
    only = run([str(p)], cache=ResultCache(), settings=Settings(select=["FL102"]))
    assert counting.calls == [str(p)]  # another select: a miss
    assert {f.rule for f in only.findings} == {"FL102"}
    run([str(p)], cache=ResultCache(), settings=Settings(ignore=["FL102"]))
    run([str(p)], cache=ResultCache(), settings=Settings(encoding="gb18030"))
    run([str(p)], cache=ResultCache(), settings=Settings(extra={"threshold": 3}))
    assert len(counting.calls) == 4
    counting.calls.clear()
    again = run([str(p)], cache=ResultCache(), settings=Settings(select=["FL102"]))
    assert counting.calls == [] and snapshot(again) == snapshot(only)


def test_cache_is_keyed_on_the_version(tmp_path, cache_env, monkeypatch):
    p = tmp_path / "r.txt"
    p.write_text(BAD[1], encoding="utf-8")
    run([str(p)], cache=ResultCache())
    counting = Counting(monkeypatch)
    monkeypatch.setattr(fiscallint, "__version__", "99.0.0")
    run([str(p)], cache=ResultCache())
    assert counting.calls == [str(p)]
    run([str(p)], cache=ResultCache())
    assert counting.calls == [str(p)]  # hit under the new version
    assert len(ResultCache().entries()) == 2


def test_cache_is_keyed_on_the_installed_code(tmp_path, cache_env, monkeypatch):
    p = tmp_path / "r.txt"
    p.write_text(BAD[1], encoding="utf-8")
    run([str(p)], cache=ResultCache())
    counting = Counting(monkeypatch)
    monkeypatch.setattr(result_cache, "_code_stamp", lambda: "an edited rule pack")
    run([str(p)], cache=ResultCache())
    assert counting.calls == [str(p)]


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"\x00\xff" * 40, b"[]", b'{"format": 1}',
                                     b'{"format": 1, "key": "elsewhere", "result": {}}'])
def test_a_corrupt_entry_is_a_miss(corpus, cache_env, monkeypatch, garbage):
    plain = snapshot(run(corpus))
    run(corpus, cache=ResultCache())
    entries = ResultCache().entries()
    assert len(entries) == 20
    for e in entries:
        e.write_bytes(garbage)
    counting = Counting(monkeypatch)
    assert snapshot(run(corpus, cache=ResultCache())) == plain
    assert len(counting.calls) == 21  # every report checked again
    counting.calls.clear()
    assert snapshot(run(corpus, jobs=2, cache=ResultCache())) == plain
    assert [Path(c).name for c in counting.calls] == ["r07b.txt"]  # the entries were rewritten


def test_an_entry_from_another_layout_is_a_miss(tmp_path, cache_env, monkeypatch):
    import json

    p = tmp_path / "r.txt"
    p.write_text(BAD[0], encoding="utf-8")
    run([str(p)], cache=ResultCache())
    (entry,) = ResultCache().entries()
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["result"]["value"]["f"]["findings"][0]["f"]["no_such_field"] = 1
    entry.write_text(json.dumps(data), encoding="utf-8")
    counting = Counting(monkeypatch)
    assert [f.rule for f in run([str(p)], cache=ResultCache()).findings] == ["FL101"]
    assert counting.calls == [str(p)]


def test_an_entry_naming_a_foreign_class_is_refused(tmp_path, cache_env, monkeypatch):
    """Entries are data: only fiscallint's own dataclasses are rebuilt."""
    import json

    p = tmp_path / "r.txt"
    p.write_text(BAD[0], encoding="utf-8")
    run([str(p)], cache=ResultCache())
    (entry,) = ResultCache().entries()
    data = json.loads(entry.read_text(encoding="utf-8"))
    for foreign in ("subprocess:Popen", "os:system", "dataclasses:Field", "fiscallint.gate.runner:_WORKER",
                    "fiscallint.gate.runner:Item.<locals>"):
        data["result"]["value"]["c"] = foreign
        entry.write_text(json.dumps(data), encoding="utf-8")
        counting = Counting(monkeypatch)
        assert [f.rule for f in run([str(p)], cache=ResultCache()).findings] == ["FL101"]
        assert counting.calls == [str(p)]


def test_entries_round_trip_every_fiscallint_dataclass_and_refuse_others(tmp_path):
    from decimal import Decimal

    from fiscallint.engine import Finding, Location

    loc = Location(3, 4, 3, 9, "here", {"table": 1, "row": 2, "column": 3})
    f = Finding("old.txt", "FL101", "composition-sum", "error", "msg", loc, [Location(1, 1, 1, 2)], "1.0", "2.0")
    fr = runner.FileResult([f], {"claims": 1}, {3: "line three"})
    extra = {"tuple": (1, "a"), "set": {1, 2}, "frozen": frozenset({"x"}), "dec": Decimal("1.50"),
             "path": Path("a/b"), "int_keys": {1: "one"}, "none": None}
    cache = ResultCache(tmp_path / "c")
    fr.coverage = dict(fr.coverage)  # plain
    assert cache.put("k" * 64, fr, "old.txt")
    back = cache.get("k" * 64, "new.txt")
    assert back.findings[0].path == "new.txt" and back.findings[0].location == loc
    assert back.findings[0].related == f.related and back.lines == {3: "line three"}
    assert back.coverage == {"claims": 1} and back.findings[0].computed == "1.0"
    assert result_cache._decode(result_cache._encode(extra), None) == extra

    class Foreign:
        pass

    fr.coverage = {"odd": Foreign()}
    assert cache.put("j" * 64, fr, "old.txt") is False  # not stored, no error
    assert cache.get("j" * 64, "old.txt") is None


def test_word_comment_suppressions_are_relabelled(tmp_path):
    """A .docx's Word-comment suppressions name their report (path, origin):
    a cached result read under another name names the new one."""
    from fiscallint.gate import config, suppressions as gate
    from fiscallint.engine import Location

    loc = Location(2, 5, 2, 9)
    sup = config.Suppression("old.docx", "FL101", "1200.50", "年中追加", "old.docx:2:5")
    fr = runner.FileResult([], {}, {2: "text"}, [gate.CommentSuppression(sup, loc)])
    cache = ResultCache(tmp_path / "c")
    assert cache.put("a" * 64, fr, "old.docx")
    back = cache.get("a" * 64, "renamed/new.docx")
    (c,) = back.suppressions
    assert c.suppression.path == "renamed/new.docx" and c.suppression.origin == "renamed/new.docx:2:5"
    assert c.suppression.reason == "年中追加" and c.location == loc and c.suppression.used == 0


def test_an_unreadable_entry_is_a_miss(tmp_path, cache_env):
    p = tmp_path / "r.txt"
    p.write_text(BAD[0], encoding="utf-8")
    run([str(p)], cache=ResultCache())
    (entry,) = ResultCache().entries()
    entry.unlink()
    entry.mkdir()  # reading it fails (IsADirectoryError), writing it too
    result = run([str(p)], cache=ResultCache())
    assert [f.rule for f in result.findings] == ["FL101"] and not result.input_errors


def test_an_unwritable_cache_is_no_error(tmp_path, corpus, cache_env):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    cache = ResultCache(blocker / "results")
    plain = snapshot(run(corpus))
    assert snapshot(run(corpus, cache=cache)) == plain
    assert snapshot(run(corpus, jobs=2, cache=cache)) == plain
    assert cache.entries() == []


def test_no_cache_folder_disables_the_cache(corpus, monkeypatch):
    import fiscallint.support.units

    monkeypatch.setattr(fiscallint.support.units, "cache_dir", lambda: None)
    cache = ResultCache()
    assert not cache.enabled
    assert snapshot(run(corpus, cache=cache)) == snapshot(run(corpus))
    assert clean_cache() == 0


def test_writes_are_atomic_and_leave_no_temporary_file(corpus, cache_env, monkeypatch):
    run(corpus, jobs=2, cache=ResultCache())
    files = [p for p in (cache_env / "results").rglob("*") if p.is_file()]
    assert len(files) == 20 and not [p for p in files if p.name.startswith(".tmp-")]
    # a failed rename removes its temporary file and is no error
    monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(OSError("disk full")))
    clean_cache()
    run(corpus, cache=ResultCache())
    assert [p for p in (cache_env / "results").rglob("*") if p.is_file()] == []


def test_clean_cache_empties_it(corpus, cache_env):
    run(corpus, cache=ResultCache())
    (cache_env / "results" / "ab").mkdir(exist_ok=True)
    (cache_env / "results" / "ab" / ".tmp-leftover.json").write_bytes(b"half")
    assert clean_cache() == 20
    assert ResultCache().entries() == []
    assert [p for p in (cache_env / "results").rglob("*") if p.is_file()] == []
    assert clean_cache() == 0
    other = ResultCache(cache_env / "elsewhere")
    run(corpus[:3], cache=other)
    assert other.clear() == 3 and clean_cache(other) == 0


def test_debug_mode_still_raises_through_the_workers(tmp_path, cache_env, monkeypatch):
    """FISCALLINT_DEBUG: an internal error is raised, not turned into a line
    (with the cache too)."""
    from fiscallint.engine import Rule

    class Broken(Rule):
        code, name = "FL999", "broken-for-test"

        def check(self, ctx):
            raise ValueError("boom")

    paths = []
    for i in range(3):
        p = tmp_path / f"x{i}.txt"
        p.write_text(CLEAN[0], encoding="utf-8")
        paths.append(str(p))
    items = collect(paths, [])
    # without debug: one line per report, in order, from the sequential loop
    result = check_items(items, [Broken()], Settings(), jobs=1)
    assert [e.split(":")[0] for e in result.input_errors] == paths
    assert all("internal error (ValueError: boom)" in e for e in result.input_errors)
    monkeypatch.setenv("FISCALLINT_DEBUG", "1")
    with pytest.raises(ValueError):
        check_items(items, [Broken()], Settings(), jobs=1, cache=ResultCache())


# ---------------------------------------------------------------- configuration in workers
# 100 shown without decimals: 60.5 + 40.4 contradicts it when figures are
# rounded (99.5-100.5), not when they are cut (100-101)
CUT = "2023年本年支出100万元，其中：基本支出60.5万元，项目支出40.4万元。\n"


@pytest.fixture
def truncating():
    return Settings(extra={"rounding": "truncate", "synonyms": {}, "thresholds": {}})


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_configuration_reaches_the_workers(tmp_path, cache_env, truncating, monkeypatch, method):
    """Rounding travels with the settings handed to each worker, forked or
    spawned (macOS, Windows): nothing is set in the parent process."""
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    monkeypatch.setattr(runner, "START_METHOD", method)
    paths = []
    for i in range(4):
        p = tmp_path / f"cut{i}.txt"
        p.write_text(FILLER * i + CUT, encoding="utf-8")
        paths.append(str(p))
    one = run(paths, 1, settings=truncating)
    two = run(paths, 2, settings=truncating)
    assert one.findings == [] and snapshot(one) == snapshot(two)


def test_the_configuration_is_part_of_the_cache_key(tmp_path, cache_env):
    p = tmp_path / "cut.txt"
    p.write_text(CUT, encoding="utf-8")
    nearest = Settings(extra={"rounding": "nearest", "synonyms": {}, "thresholds": {}})
    truncate = Settings(extra={"rounding": "truncate", "synonyms": {}, "thresholds": {}})
    assert [f.rule for f in run([str(p)], cache=ResultCache(), settings=nearest).findings] == ["FL101"]
    assert run([str(p)], cache=ResultCache(), settings=truncate).findings == []
    assert [f.rule for f in run([str(p)], cache=ResultCache(), settings=nearest).findings] == ["FL101"]
    assert len(ResultCache().entries()) == 2


def test_one_run_s_rounding_does_not_reach_the_next(tmp_path):
    """Settings are values handed down, not a state of the process: a run
    that cuts digits leaves the next run, in the same process, rounding."""
    p = tmp_path / "cut.txt"
    p.write_text(CUT, encoding="utf-8")
    truncate = Settings(extra={"rounding": "truncate"})
    assert run([str(p)], settings=truncate).findings == []
    assert [f.rule for f in run([str(p)], settings=Settings()).findings] == ["FL101"]
