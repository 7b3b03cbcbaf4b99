"""The lexicon's remembered answers (Lexicon.memo): the same as asking
afresh, and bounded however many labels a run reads."""
from __future__ import annotations

from fiscallint.support import lexicon as L
from fiscallint.support.lexicon import default_lexicon

LABELS = ["本年支出", "基本支出", "“三公”经费支出总额", "一般公共预算财政拨款收入", "", "年初预算数", "项目支出"]


def test_remembered_answers_are_the_answers():
    lex = default_lexicon()
    for label in LABELS * 2:  # the second time from memory
        for name in ("head_concept", "qualifiers_in", "names_specific_concept"):
            asked_afresh = getattr(L.Lexicon, name).__wrapped__(lex, label)
            assert getattr(lex, name)(label) == asked_afresh


def test_memo_forgets_past_its_size(monkeypatch):
    lex = default_lexicon()
    monkeypatch.setattr(L, "_MEMO_SIZE", 4)
    calls = []

    def length(_, text):
        calls.append(text)
        return len(text)

    for k in range(10):
        assert lex.memo("_memo_test_length", length, "x" * k) == k
    assert lex.memo("_memo_test_length", length, "x" * 9) == 9
    assert len(lex.__dict__["_memo_test_length"]) <= 4
    assert calls.count("x" * 9) == 1  # still remembered
    del lex.__dict__["_memo_test_length"]
