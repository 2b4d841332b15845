"""Issue 11, items 6 and 9: config values that loop, crash or hang are refused or time-boxed."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import index.ingest.rules as rules
from index.config import CleaningConfig, ConfigError, load_config
from tests.conftest import CORPUS, ROOT

TIMEOUT = 120  # a hang guard for a loaded machine, not a speed target


def _write(tmp: Path, corpus: Path, extra: str = "", procs: int = 1) -> Path:
    path = tmp / "config.yaml"
    path.write_text(
        f"corpus:\n  paths: [{corpus}]\nindex:\n  dir: {tmp / 'ix'}\n  procs: {procs}\n" + extra,
        encoding="utf-8",
    )
    return path


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "search_app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT,
    )


@pytest.mark.parametrize(
    "section, key, value, words",
    [
        ("cleaning", "max_paragraph_chars", "0", "must be at least 100"),
        ("cleaning", "max_paragraph_chars", "-5", "must not be negative"),
        ("index", "limitmb", "0", "must be at least 1"),
        ("index", "commit_every", "0", "must be at least 1"),
        ("index", "lock_timeout", ".inf", "must be a finite number"),
        ("index", "lock_timeout", "-1", "must not be negative"),
        ("search", "limit", "0", "must be at least 1"),
        ("search", "snippet_chars", "0", "must be at least 10"),
        ("search", "rank_budget_ms", "-1", "must not be negative"),
        ("search", "rank_budget_ms", ".nan", "must be a finite number"),
        ("corpus", "max_file_mb", ".inf", "must be a finite number"),
        ("corpus", "max_file_mb", ".nan", "must be a finite number"),
        ("corpus", "max_file_mb", "0", "must be a size in MB above 0"),
        ("index", "procs", "-2", "must not be negative"),
    ],
)
def test_meaningless_numbers_are_refused_with_file_line_and_key(
    tmp_path, section, key, value, words
):
    body = f"{section}:\n  {key}: {value}\n"
    if section == "corpus":
        body = body.replace("corpus:\n", f"corpus:\n  paths: [{CORPUS}]\n")
        path = tmp_path / "config.yaml"
        path.write_text(body + f"index:\n  dir: {tmp_path / 'ix'}\n", "utf-8")
        line = 3
    else:
        path = _write(tmp_path, CORPUS, body)
        line = path.read_text("utf-8").splitlines().index(f"  {key}: {value}") + 1
    if section == "index":  # the key is already in the index section: write it in place
        text = f"corpus:\n  paths: [{CORPUS}]\nindex:\n  dir: {tmp_path / 'ix'}\n  {key}: {value}\n"
        path.write_text(text, "utf-8")
        line = 5
    for command in (["index"], ["search", "干部"]):
        res = _cli("--config", str(path), *command)
        assert res.returncode == 2, res.stderr
        assert f"{path}:{line}: `{section}.{key}` {words}" in res.stderr, res.stderr
        assert "Traceback" not in res.stderr and "internal error" not in res.stderr


def test_zero_lock_timeout_and_procs_keep_their_meaning(tmp_path):
    path = _write(tmp_path, CORPUS, "", procs=0)
    path.write_text(path.read_text("utf-8") + "  lock_timeout: 0\n", "utf-8")
    cfg = load_config(path)
    assert cfg.index.lock_timeout == 0 and cfg.index.procs == 0


@pytest.mark.parametrize(
    "text, where",
    [
        ("citation:\n  parts: ['《{title}》', '{titel}']\n", ":2: `citation.parts[1]`"),
        ("citation:\n  parts:\n    - '{title}'\n    - '{sauce}'\n", ":4: `citation.parts[1]`"),
        ("citation:\n  template: '{passage} {nope}'\n", ":2: `citation.template`"),
        ("citation:\n  parts: '{bad'\n", ":2: `citation.parts`"),
    ],
)
def test_citation_errors_name_the_line(tmp_path, text, where):
    path = tmp_path / "config.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert f"{path}{where}" in str(err.value)


def _catastrophic_corpus(tmp: Path, copies: int) -> Path:
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS, corpus)
    first = sorted(corpus.glob("*.txt"))[0]
    one = first.read_text("utf-8")
    for i in range(copies):
        (corpus / f"copy{i:03d}.txt").write_text(f"{one}\n第{i}篇。\n", "utf-8")
    with first.open("a", encoding="utf-8") as fh:
        fh.write("\n" + "a" * 60 + "!\n")  # exponential for the rule below
    return corpus


@pytest.mark.parametrize("procs, copies", [(1, 0), (2, 70)], ids=["serial", "parallel"])
def test_catastrophic_rule_stops_with_its_key_and_line(tmp_path, procs, copies):
    corpus = _catastrophic_corpus(tmp_path, copies)
    path = _write(tmp_path, corpus, "cleaning:\n  spam:\n    - '干扰词'\n    - '(a|aa)+$'\n", procs)
    res = _cli("--config", str(path), "index")
    assert res.returncode == 2, res.stderr
    assert f"{path}:9: `cleaning.spam[1]`" in res.stderr and "(a|aa)+$" in res.stderr
    assert "Traceback" not in res.stderr


def test_bad_rule_is_reported_with_the_engine_that_runs_it(tmp_path):
    path = _write(tmp_path, CORPUS, "cleaning:\n  drop_lines:\n    - 'ok'\n    - 'a{2,1}'\n")
    with pytest.raises(ConfigError, match=r":9: `cleaning.drop_lines` has a bad regular"):
        load_config(path)


def test_timed_pattern_gives_the_answers_of_a_plain_regex():
    p = rules.TimedPattern(r"(\d+)年", "here")
    text = "2024年和2025年"
    assert p.search(text).group(1) == "2024"
    assert [m.span() for m in p.finditer(text)] == [(0, 5), (6, 11)]
    assert p.sub("", text) == "和" and p.match("x") is None and p.fullmatch("2024年")
    assert p.findall(text) == ["2024", "2025"]


def test_timed_pattern_times_out_instead_of_hanging():
    p = rules.TimedPattern(r"(a|aa)+$", "config.yaml:9: `cleaning.spam[0]`")
    with pytest.raises(rules.RuleTimeout, match=r"config.yaml:9: `cleaning.spam\[0\]`"):
        p.search("a" * 60 + "!")
    with pytest.raises(rules.RuleTimeout):
        list(p.finditer("a" * 60 + "!"))


def _huge_rules_config(tmp: Path, corpus: Path, words: list[str]) -> Path:
    listed = "".join(f"    - '{w}'\n" for w in words)
    return _write(tmp, corpus, "cleaning:\n  spam:\n" + listed + "    - '查?包养网'\n")


def test_a_huge_plain_word_list_removes_its_words_everywhere(tmp_path):
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x4E00, 0x9FA5)]
    words = ["".join(rng.choice(chars) for _ in range(rng.randint(3, 6))) for _ in range(50_000)]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    spam = words[12_345]
    (corpus / "a.txt").write_text(
        f"标题\n\n湖北省十堰市的下沉干部{spam}走进社区，为居民提供服务。\n", "utf-8"
    )
    path = _huge_rules_config(tmp_path, corpus, words)
    res = _cli("--config", str(path), "index")
    assert res.returncode == 0, res.stderr
    res = _cli("--config", str(path), "search", "下沉干部走进社区", "--json")
    assert res.returncode == 0 and '"total": 1' in res.stdout, res.stdout + res.stderr
    res = _cli("--config", str(path), "search", f'"{spam}"', "--json")
    assert res.returncode == 0 and '"total": 0' in res.stdout


def test_many_regular_expression_rules_get_a_warning(monkeypatch):
    monkeypatch.setattr(rules, "MANY_PATTERNS", 3)
    cfg = CleaningConfig(spam=[f"词{i}\\d" for i in range(5)] + ["plain"], source="c.yaml")
    (warning,) = rules.rule_warnings(cfg)
    assert "c.yaml: `cleaning.spam`: 5 rules are regular expressions" in warning
    assert rules.rule_warnings(CleaningConfig(spam=["plain"] * 10)) == []


def test_plain_strings_are_grouped_only_when_many():
    few = rules.compile_rules(CleaningConfig(spam=["甲", "乙(?:丙)"]), "spam")
    assert [type(r).__name__ for r in few] == ["TimedPattern", "TimedPattern"]
    many = [f"词{i:03d}" for i in range(rules.LITERAL_SET_MIN)] + ["a+"]
    grouped = rules.compile_rules(CleaningConfig(spam=many), "spam")
    assert [type(r).__name__ for r in grouped] == ["LiteralSet", "TimedPattern"]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="甲乙丙丁ab", min_size=1, max_size=4), min_size=1, max_size=30),
    text=st.text(alphabet="甲乙丙丁abx", max_size=60),
)
def test_literal_set_matches_like_a_longest_first_alternation(words, text):
    words = [w for w in words if rules.is_literal(w)] or ["甲"]
    ours = rules.LiteralSet(words, "here")
    alternation = regex.compile(
        "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    )
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in alternation.finditer(text)]
    found = ours.search(text)
    expected = alternation.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"^(?=.{0,40}$)(?=.*(?:扫|分享)).*二维码", {"二维码"}),
        (r"(?:澳门)?新?葡京(?:娱乐|赌场)+", {"葡京"}),
        (r"(?:在线)?送(?:彩金|\d+元?彩金)", {"彩金"}),
        (r"(?=[ab])(?:(?:ab|cd)){0,3}(?:xy|z)", {"xy", "z"}),
        (r"甲?|乙", None),  # may match nothing
        (r"[甲乙]+", None),
        (r"(?i)abc", None),  # case-insensitive: not a plain string
        (r"(?!abc)de", {"de"}),
        (r"(?:贷款){e<=1}", None),  # `regex` fuzzy: `re` would read the braces as text
        (r"[[:digit:]]+元", None),  # a POSIX class: `re` reads `]+` as text
    ],
)
def test_required_literals_reads_what_every_match_holds(pattern, words):
    got = rules.required_literals(pattern)
    assert (set(got) if got else None) == words


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(r"(?:贷款){e<=1}", "小额贷钱秒批"), (r"[[:digit:]]+元", "日结300元")],
)
def test_regex_only_syntax_keeps_matching(pattern, text):
    assert rules.TimedPattern(pattern, "here").search(text) is not None


_PIECES = [
    "甲",
    "乙",
    "丙",
    "ab",
    "(?:甲|乙丙)",
    "(?:丙)?",
    "[甲a]",
    "甲+",
    "(?=乙)",
    "(?!丙)",
    r"\d",
    ".",
]


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
    alternative=st.lists(st.sampled_from(_PIECES), max_size=4),
    text=st.text(alphabet="甲乙丙ab1x", max_size=30),
)
def test_a_gated_rule_matches_only_where_its_gate_does(parts, alternative, text):
    pattern = "".join(parts) + ("|" + "".join(alternative) if alternative else "")
    gate = rules.literal_gate(pattern)
    if gate is not None and gate.search(text) is None:
        assert regex.search(pattern, text) is None
    timed = rules.TimedPattern(pattern, "here")
    assert [m.span() for m in timed.finditer(text)] == [
        m.span() for m in regex.finditer(pattern, text)
    ]
