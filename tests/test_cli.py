"""End to end through the command line: index, then search, checking the JSON contract."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from index.build.folding import fold
from index.query.citation import nest_quotes
from tests.conftest import ROOT
from tests.engine.test_indexer import write_config

HIT_KEYS = [
    "path",
    "title",
    "source",
    "date",
    "paragraph",
    "heading",
    "text",
    "highlights",
    "snippet",
    "regions",
    "score",
    "citation",
    "cite_paragraph",
    "page",
]


def cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "search_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    cfg = write_config(tmp, [ROOT / "corpus"])
    res = cli("--config", str(cfg), "index")
    assert res.returncode == 0, res.stderr
    assert re.search(r"articles: 5\s+paragraphs: \d+", res.stdout)
    assert "\x1b[" not in res.stdout  # no colour codes when piped
    return cfg


def search(config, *args):
    res = cli("--config", str(config), "search", *args, "--json")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    return json.loads(res.stdout)  # exactly one JSON object, nothing else on stdout


def test_json_contract_field_by_field(config):
    d = search(config, "驻村第一书记", "--limit", "3")
    assert list(d) == ["query", "total", "facets", "hits", "notice", "ranking_approximate"]
    assert d["query"] == "驻村第一书记" and isinstance(d["total"], int) and d["total"] >= 3
    assert set(d["facets"]) == {"region", "source", "year", "author"}
    assert all(isinstance(v, int) for f in d["facets"].values() for v in f.values())
    assert len(d["hits"]) == 3
    for h in d["hits"]:
        assert list(h) == HIT_KEYS
        assert isinstance(h["path"], str) and h["path"].endswith(".txt")
        assert h["title"] is None or isinstance(h["title"], str)
        assert h["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", h["date"])
        assert isinstance(h["paragraph"], int) and h["paragraph"] >= 1
        assert h["highlights"] and all(
            fold(h["text"][s:e]) == "驻村第一书记" for s, e in h["highlights"]
        )
        assert h["snippet"] and h["snippet"].strip("…") in h["text"]
        assert all(r.count("/") <= 2 for r in h["regions"])
        assert isinstance(h["score"], float)
        assert h["citation"].startswith("“" + nest_quotes(h["text"]) + "”——")
        assert h["cite_paragraph"] is None or f"第{h['cite_paragraph']}段" in h["citation"]
        assert h["cite_paragraph"] is None or h["cite_paragraph"] <= h["paragraph"]
    assert d["notice"] is None and d["ranking_approximate"] is False


def test_limit_zero_lists_all_and_limit_caps_only_hits(config):
    all_hits = search(config, "沉", "--limit", "0")
    assert len(all_hits["hits"]) == all_hits["total"] > 40
    capped = search(config, "沉", "--limit", "2")
    assert capped["total"] == all_hits["total"] and len(capped["hits"]) == 2


def test_acceptance_queries(config):
    assert search(config, "包养网")["total"] == 0
    a, b = search(config, "幹部", "--limit", "0"), search(config, "干部", "--limit", "0")
    assert [(h["path"], h["paragraph"]) for h in a["hits"]] == [
        (h["path"], h["paragraph"]) for h in b["hits"]
    ]
    top = search(config, "下沉干部", "--limit", "5")["hits"]
    assert len(top) == 5 and all("下沉干部" in h["text"] for h in top)
    shen = [
        h for h in search(config, "驻村第一书记", "--limit", "0")["hits"] if "沈海森" in h["text"]
    ]
    assert shen and all(h["text"][s:e] == "駐村第一書記" for h in shen for s, e in h["highlights"])


def test_region_flag_and_rollup(config):
    d = search(config, "干部", "--region", "湖北省", "--limit", "0")
    assert d["total"] > 0 and all(
        any(r.startswith("湖北省") for r in h["regions"]) for h in d["hits"]
    )
    every = search(config, "干部", "--limit", "0")
    hubei = [h for h in every["hits"] if any(r.startswith("湖北省") for r in h["regions"])]
    assert d["total"] == len(hubei)
    f = every["facets"]["region"]
    assert f["湖北省"] >= max(f.get("湖北省/武汉市", 0), f.get("湖北省/十堰市", 0))
    cq = search(config, "", "--region", "重庆市", "--limit", "0")
    assert cq["total"] > 20 and all("巫溪" in h["title"] for h in cq["hits"])


def test_readable_output_when_piped(config):
    res = cli("--config", str(config), "search", "金花葵")
    assert res.returncode == 0
    assert "金花葵" in res.stdout and "七一客户端" in res.stdout and "2024-04-26" in res.stdout
    assert "\x1b[" not in res.stdout
    assert re.search(r"\d+ hits · \d+ ms", res.stdout)


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "干部", "--year", "20x"], "--year"),
        (["search", "干部", "--limit", "-1"], "--limit"),
        (["index", "--corpus", "/nonexistent/dir"], "corpus folder not found"),
    ],
)
def test_errors_exit_2_without_traceback(config, args, message, tmp_path):
    res = cli("--config", str(config), *args)
    assert res.returncode == 2, res
    assert message in res.stderr and "Traceback" not in res.stderr
    assert res.stdout == ""


def test_missing_index_without_corpus_is_a_clear_error(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        f"corpus:\n  paths: [{tmp_path / 'nothing'}]\nindex:\n  dir: {tmp_path / 'ix'}\n",
        encoding="utf-8",
    )
    res = cli("--config", str(cfg), "search", "干部")
    assert res.returncode == 2 and "no index" in res.stderr and "Traceback" not in res.stderr


def test_search_never_builds_a_missing_index(tmp_path):
    # Issue 11 item 3: a reading command names the fix instead of writing an index.
    cfg = write_config(tmp_path, [ROOT / "corpus"])
    res = cli("--config", str(cfg), "search", "金花葵", "--json")
    assert res.returncode == 2 and res.stdout == ""
    assert f"search-app index --index-dir {tmp_path / 'ix'}" in res.stderr
    assert not (tmp_path / "ix").exists()
    assert cli("--config", str(cfg), "index").returncode == 0
    res = cli("--config", str(cfg), "search", "金花葵", "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["total"] == 2


def test_bad_config_names_file_line_and_key(tmp_path):
    bad = tmp_path / "config.yaml"
    bad.write_text("corpus:\n  paths: [corpus]\nindex:\n  limitmb: lots\n", encoding="utf-8")
    res = cli("--config", str(bad), "search", "x")
    assert res.returncode == 2
    assert f"{bad}:4" in res.stderr and "index.limitmb" in res.stderr
    bad.write_text("corpus:\n  pathz: [corpus]\n", encoding="utf-8")
    res = cli("--config", str(bad), "index")
    assert res.returncode == 2 and f"{bad}:2" in res.stderr and "corpus.pathz" in res.stderr
    bad.write_text("corpus: [unclosed\n", encoding="utf-8")
    res = cli("--config", str(bad), "index")
    assert res.returncode == 2 and "invalid YAML" in res.stderr and "Traceback" not in res.stderr


def test_python_dash_m_and_console_script_agree(config):
    script = ROOT / ".venv" / "bin" / "search-app"
    if not script.exists():
        pytest.skip("console script not installed here")
    a = subprocess.run(
        [str(script), "--config", str(config), "search", "金花葵", "--json"],
        capture_output=True,
        text=True,
    )
    b = cli("--config", str(config), "search", "金花葵", "--json")
    assert json.loads(a.stdout)["total"] == json.loads(b.stdout)["total"] == 2
