"""The compiled-pattern cache of short indexing runs (issue 12): a pattern built from its
stored program is the pattern `re` compiles (same program), and a bad file is no cache."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from re import _compiler

from index.build import regex_cache
from index.build.segmenter import CACHE_ENV
from tests.conftest import ROOT, make_config

PATTERNS = [
    (r"[\u4e00-\u9fff]{2,4}(?:日报|晚报)", 0),
    (r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月", 0),
    (r"^(?:来源|source)\s*[:：]\s*(?P<src>\S+)$", re.IGNORECASE | re.MULTILINE),
    (r"[^\W_]|[\U00020000-\U0003347f]", 0),
]


def test_a_stored_program_builds_the_pattern_re_compiles():
    for pattern, flags in PATTERNS:
        built = regex_cache._build(pattern, regex_cache._program(pattern, int(flags)))
        # Pattern equality compares the flags, the pattern and the compiled program.
        assert built == _compiler.compile(pattern, int(flags))
        assert built.groupindex == re.compile(pattern, flags).groupindex


def test_saved_patterns_are_served_from_re_cache_in_the_next_process(tmp_path):
    probe = (
        "import json, re, sys\n"
        "from index.build import regex_cache\n"
        "loaded = regex_cache.load(sys.argv[1])\n"
        "pats = json.loads(sys.argv[2])\n"
        "got = [re.compile(p, f) for p, f in pats]\n"
        "from re import _compiler\n"
        "same = all(g == _compiler.compile(p, f) for g, (p, f) in zip(got, pats))\n"
        "print(json.dumps([loaded, same, regex_cache.save(sys.argv[1])]))\n"
    )
    pats = json.dumps([(p, int(f)) for p, f in PATTERNS])
    env = {**os.environ, CACHE_ENV: str(tmp_path)}

    def run() -> list:
        res = subprocess.run(
            [sys.executable, "-c", probe, str(tmp_path), pats],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert res.returncode == 0, res.stderr
        return json.loads(res.stdout.strip().splitlines()[-1])

    loaded, same, saved = run()  # no file yet: compiled, then stored
    assert loaded == 0 and same and saved >= len(PATTERNS)
    loaded, same, saved = run()  # read back: nothing new to store
    assert loaded >= len(PATTERNS) and same and saved == 0
    regex_cache.cache_file(tmp_path).write_bytes(b"\x00damaged")
    loaded, same, saved = run()  # a damaged file is no cache, and is replaced
    assert loaded == 0 and same and saved >= len(PATTERNS)


def test_an_index_run_reads_the_patterns_it_stored(tmp_path, corpus_copy):
    """The second `index` run finds the ingest modules' patterns in the cache file; an
    update of one article into a pipe imports neither numpy nor rich (~0.1 s between them)."""
    from index.build.indexer import Indexer

    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    probe = (
        "import json, sys\n"
        "from search_app.cli import main\n"
        "from index.build import regex_cache\n"
        "code = main(['index', '--index-dir', sys.argv[1]])\n"
        "heavy = sorted(m for m in ('numpy', 'rich') if m in sys.modules)\n"
        "print(json.dumps([code, len(regex_cache._loaded), heavy]))\n"
    )
    out = []
    for n in range(2):
        first = sorted(corpus_copy.glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + f"\n\n第{n}次改过的一段。\n", "utf-8")
        res = subprocess.run(
            [sys.executable, "-c", probe, str(cfg.index.dir)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert res.returncode == 0, res.stderr
        out.append(json.loads(res.stdout.strip().splitlines()[-1]))
    assert out[0][0] == out[1][0] == 0
    assert out[0][1] > 100 and out[1][1] >= out[0][1]
    assert out[0][2] == out[1][2] == []


_DERIVED_PROBE = (
    "import json, re, sys\n"
    "from index.build import regex_cache\n"
    "folder, version = sys.argv[1], sys.argv[2]\n"
    "regex_cache.load(folder)\n"
    "table = {}\n"
    "regex_cache.keep('probe', version, table)\n"
    "calls = []\n"
    "for p in ('新闻联播', '', '新闻联播'):\n"
    "    if (p, 0) not in table:\n"
    "        calls.append(p)\n"
    "        table[(p, 0)] = frozenset({p[:2]}) if p else None\n"
    "regex_cache.save(folder)\n"
    "got = [table[(p, 0)] for p in ('新闻联播', '')]\n"
    "print(json.dumps([[sorted(g) if g else None for g in got], calls]))\n"
)


def _derived_run(folder, version: str) -> list:
    res = subprocess.run(
        [sys.executable, "-c", _DERIVED_PROBE, str(folder), version],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, CACHE_ENV: str(folder)},
    )
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_kept_facts_are_computed_once_stored_and_dropped_with_their_code(tmp_path):
    want = [["新闻"], None]
    assert _derived_run(tmp_path, "v1") == [want, ["新闻联播", ""]]  # computed once each
    assert _derived_run(tmp_path, "v1") == [want, []]  # read back (None included)
    # Other code (another version) computes afresh and replaces the old version's facts.
    assert _derived_run(tmp_path, "v2") == [want, ["新闻联播", ""]]
    assert _derived_run(tmp_path, "v1") == [want, ["新闻联播", ""]]
    regex_cache.cache_file(tmp_path).write_bytes(b"\x00damaged")
    assert _derived_run(tmp_path, "v1") == [want, ["新闻联播", ""]]  # no cache, replaced
    assert _derived_run(tmp_path, "v1") == [want, []]


def test_save_leaves_out_the_patterns_compiled_before_the_mark(tmp_path):
    probe = (
        "import json, re, sys\n"
        "from index.build import regex_cache\n"
        "regex_cache.load(sys.argv[1])\n"
        "re.compile('搜索词(?:甲|乙)+')\n"  # a search's own pattern, before the run
        "before = regex_cache.mark()\n"
        "re.compile('索引时(?:丙|丁)+')\n"  # compiled by the run
        "saved = regex_cache.save(sys.argv[1], before)\n"
        "print(json.dumps([saved, regex_cache.save(sys.argv[1], before)]))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, CACHE_ENV: str(tmp_path)},
    )
    assert res.returncode == 0, res.stderr
    saved, again = json.loads(res.stdout.strip().splitlines()[-1])
    assert saved >= 1 and again == 0
    import marshal

    programs = marshal.loads(regex_cache.cache_file(tmp_path).read_bytes())["programs"]
    assert ("索引时(?:丙|丁)+", 0) in programs
    assert ("搜索词(?:甲|乙)+", 0) not in programs


def test_rule_gates_from_the_table_are_the_computed_ones(monkeypatch):
    from index.ingest import rules

    monkeypatch.setattr(rules, "GATE_STRINGS", {})
    patterns = ["二维码", "(?:葡京|赌场)娱乐", "扫码(?=关注)", "[0-9]+元", "(?:贷款){e<=1}"]
    first = [rules.literal_gate(p) for p in patterns]
    stored = dict(rules.GATE_STRINGS)
    assert stored == {(p, 0): rules.required_literals(p) for p in patterns}
    # A later run's table, filled from the cache file: the rules are never parsed again.
    monkeypatch.setattr(rules, "required_literals", lambda *a: 1 / 0)
    second = [rules.literal_gate(p) for p in patterns]
    assert [g and g.pattern for g in first] == [g and g.pattern for g in second]
    assert [g and g.pattern for g in first] == ["二维码", "娱乐", "扫码", "元", None]


def test_an_index_run_stores_the_rules_gates_for_the_next(tmp_path, corpus_copy, monkeypatch):
    from index.engine.whoosh_engine import WhooshEngine
    from index.ingest import rules

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(rules, "GATE_STRINGS", {})
    monkeypatch.setattr(regex_cache, "_read", set())
    monkeypatch.setattr(regex_cache, "_derived", {})
    monkeypatch.setattr(regex_cache, "_kept", {})
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    engine = WhooshEngine(cfg)
    try:
        engine.index()
    finally:
        engine.close()
    import marshal

    stored = marshal.loads(regex_cache.cache_file(tmp_path / "cache").read_bytes())["derived"]
    table = stored[("literals", rules.code_version())]
    assert table and table == rules.GATE_STRINGS


def test_a_rewrite_drops_the_programs_no_code_uses_once_they_pile_up(tmp_path):
    """Programs of rules long gone are dropped when the file is rewritten: a program stays
    if this process compiled it or code holds the pattern `load` built, not if only `re`'s
    cache does (every stored program is there after `load`)."""
    import marshal

    # A file grown over older rules: more programs than PRUNE_FROM, most of them stale.
    keys = [(f"旧规则{i}(?:甲|乙)", 0) for i in range(regex_cache.PRUNE_FROM + 50)]
    keys += [("今日规则(?:丙|丁)", 0), ("临时(?:戊|己)", 0)]
    programs = {k: regex_cache._program(*k) for k in keys}
    regex_cache.cache_file(tmp_path).write_bytes(
        marshal.dumps({"programs": programs, "derived": {}})
    )
    probe = (
        "import re, sys\n"
        "from index.build import regex_cache\n"
        "regex_cache.load(sys.argv[1])\n"
        "held = re.compile('今日规则(?:丙|丁)')\n"  # today's code holds it (served by the file)
        "new = re.compile('新规则(?:庚|辛)')\n"
        "print(regex_cache.save(sys.argv[1]))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, CACHE_ENV: str(tmp_path)},
    )
    assert res.returncode == 0, res.stderr
    assert int(res.stdout.strip().splitlines()[-1]) >= 1

    programs = marshal.loads(regex_cache.cache_file(tmp_path).read_bytes())["programs"]
    assert ("今日规则(?:丙|丁)", 0) in programs
    assert ("新规则(?:庚|辛)", 0) in programs
    assert ("临时(?:戊|己)", 0) not in programs
    assert not any(p.startswith("旧规则") for p, _ in programs)


def test_a_crowded_file_is_pruned_by_a_run_that_compiled_nothing_new(tmp_path):
    """A run that only reads the file (every pattern it needs is stored) still drops the
    programs no code uses once they outnumber the used ones twice over."""
    import marshal

    keys = [(f"旧规则{i}(?:甲|乙)", 0) for i in range(regex_cache.PRUNE_FROM + 50)]
    keys.append(("今日规则(?:丙|丁)", 0))
    programs = {k: regex_cache._program(*k) for k in keys}
    regex_cache.cache_file(tmp_path).write_bytes(
        marshal.dumps({"programs": programs, "derived": {}})
    )
    probe = (
        "import re, sys\n"
        "from index.build import regex_cache\n"
        "regex_cache.load(sys.argv[1])\n"
        "held = re.compile('今日规则(?:丙|丁)')\n"
        "print(regex_cache.save(sys.argv[1], regex_cache.mark()))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, CACHE_ENV: str(tmp_path)},
    )
    assert res.returncode == 0, res.stderr
    programs = marshal.loads(regex_cache.cache_file(tmp_path).read_bytes())["programs"]
    assert ("今日规则(?:丙|丁)", 0) in programs
    assert not any(p.startswith("旧规则") for p, _ in programs)


def test_a_rewrite_keeps_every_program_while_the_file_is_small(tmp_path):
    """Below PRUNE_FROM nothing is dropped: a pattern a run did not need stays for the next."""
    probe = (
        "import re, sys\n"
        "from index.build import regex_cache\n"
        "regex_cache.load(sys.argv[1])\n"
        "re.compile(sys.argv[2])\n"
        "print(regex_cache.save(sys.argv[1]))\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    for pattern in ("前次(?:甲|乙)", "本次(?:丙|丁)"):
        res = subprocess.run(
            [sys.executable, "-c", probe, str(tmp_path), pattern],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert res.returncode == 0, res.stderr
    import marshal

    programs = marshal.loads(regex_cache.cache_file(tmp_path).read_bytes())["programs"]
    assert {("前次(?:甲|乙)", 0), ("本次(?:丙|丁)", 0)} <= programs.keys()
