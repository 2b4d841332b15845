"""CLI manners: unquoted words, browsing, --version, completion, closed pipes, notices, counts."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest
from rich.console import Console

from index.engine.models import Facets, SearchResult
from search_app.cli import main
from search_app.render import render_result
from search_app.wording import count
from tests.conftest import ROOT
from tests.engine.test_indexer import write_config


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    cfg = write_config(tmp_path_factory.mktemp("manners"), [ROOT / "corpus"])
    assert main(["--config", str(cfg), "index"]) == 0
    return cfg


def run(capsys, config, *args) -> tuple[int, str, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys, config, *args) -> tuple[dict, str]:
    code, out, err = run(capsys, config, "search", *args, "--json")
    assert code == 0, err
    return json.loads(out), err


def test_unquoted_words_are_joined_with_a_hint(capsys, config):
    joined, err = as_json(capsys, config, "驻村", "书记", "--limit", "0")
    quoted, err2 = as_json(capsys, config, "驻村 书记", "--limit", "0")
    assert joined["query"] == "驻村 书记" and joined["total"] == quoted["total"] > 0
    assert "all the words" in err and "quote" in err and err2 == ""
    # an exclusion word is not taken for an option
    excl, _ = as_json(capsys, config, "干部", "-形式主义", "--limit", "0")
    assert excl["query"] == "干部 -形式主义" and 0 < excl["total"] < quoted["total"] + 1000
    assert all("形式主义" not in h["text"] for h in excl["hits"])


def test_unknown_option_is_still_an_error(capsys, config):
    with pytest.raises(SystemExit) as exc:
        main(["--config", str(config), "search", "干部", "--nope"])
    assert exc.value.code == 2 and "--nope" in capsys.readouterr().err


def test_no_query_browses(capsys, config):
    browse, _ = as_json(capsys, config, "--limit", "3")
    empty, _ = as_json(capsys, config, "", "--limit", "3")
    assert browse["query"] == "" and browse["total"] == empty["total"] > 100
    assert [h["path"] for h in browse["hits"]] == [h["path"] for h in empty["hits"]]


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and out.startswith("search-app ") and out.split()[1][0].isdigit()


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_script(capsys, shell):
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    assert "complete -o default -F _search_app search-app" in script
    for word in ("search", "index", "--limit", "--region", "--json", "--rebuild", "completion"):
        assert word in script
    assert ("bashcompinit" in script) == (shell == "zsh")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_completion_completes_in_bash(capsys):
    main(["completion", "bash"])
    script = capsys.readouterr().out
    probe = (
        script
        + "COMP_WORDS=(search-app se); COMP_CWORD=1; _search_app; echo ${COMPREPLY[@]}\n"
        + "COMP_WORDS=(search-app search --li); COMP_CWORD=2; _search_app; echo ${COMPREPLY[@]}\n"
    )
    out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.split("\n")[:2] == ["search", "--limit"], out.stderr


def test_closed_pipe_exits_quietly(config):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "search_app",
            "--config",
            str(config),
            "search",
            "干",
            "--limit",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    proc.stdout.close()  # the reader is gone before the first line is written (| head -0)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0 and err == ""


def test_unknown_field_gives_a_notice(capsys, config):
    d, err = as_json(capsys, config, "src:人民日报")
    assert "unknown field src:" in d["notice"] and "did you mean source:" in d["notice"]
    assert "unknown field src:" in err
    d, _ = as_json(capsys, config, "https://example.com")  # a URL is not a field
    assert d["notice"] is None


def test_reversed_ranges_are_swapped_with_a_notice(capsys, config):
    forward, _ = as_json(capsys, config, "干部", "--year", "2020..2024", "--limit", "0")
    back, err = as_json(capsys, config, "干部", "--year", "2024..2020", "--limit", "0")
    assert back["total"] == forward["total"] > 0 and "reversed" in back["notice"]
    assert "reversed" in err
    q, _ = as_json(capsys, config, "干部 date:2024-12..2020-01", "--limit", "0")
    assert "reversed" in q["notice"] and q["total"] > 0


def test_an_empty_filter_lists_no_hits(capsys, config):
    # The one-word fast path once listed unfiltered hits when a filter matched nothing.
    d, _ = as_json(capsys, config, "干部", "--year", "1900")
    assert d["total"] == 0 and d["hits"] == []


def test_counts_are_formatted_like_the_tui():
    assert count(1, "hit") == "1 hit" and count(2, "hit") == "2 hits"
    assert count(23228, "hit") == "23,228 hits" and count(0, "hit") == "0 hits"
    for total, want in ((1, "1 hit · "), (23228, "23,228 hits · ")):
        out = io.StringIO()
        render_result(SearchResult("q", total, Facets(), []), Console(file=out, width=80))
        assert out.getvalue().startswith(want)


def test_readable_output_uses_the_formatted_count(capsys, config):
    code, out, _ = run(capsys, config, "search", "金花葵")
    assert code == 0 and "2 hits ·" in out
    code, out, _ = run(capsys, config, "search", "--limit", "1")
    total = json.loads(run(capsys, config, "search", "--json", "--limit", "1")[1])["total"]
    assert f"{count(total, 'hit')} · 1 shown" in out


def test_readable_hits_name_their_file(capsys, config):
    # Two hits that read alike (one article saved twice) must be told apart by their file.
    code, out, err = run(capsys, config, "search", "驻村第一书记", "--limit", "0")
    assert code == 0, err
    files = [ln.strip() for ln in out.splitlines() if ln.strip().startswith("corpus/")]
    assert len(files) == 5 and all(f.endswith(".txt") for f in files)


def test_readable_output_says_when_the_ranking_is_approximate():
    """A ranking cut short by its time budget gets a one-line note; an exact one gets none."""
    for approximate in (False, True):
        out = io.StringIO()
        r = SearchResult("的", 900_000, Facets(), [], ranking_approximate=approximate)
        render_result(r, Console(file=out, width=200))
        notes = [line for line in out.getvalue().splitlines() if "ranking approximate" in line]
        assert len(notes) == int(approximate)
        assert not approximate or "rank_budget_ms" in notes[0]
