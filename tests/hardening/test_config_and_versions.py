"""Config errors name file, line and key; old, missing and damaged indexes get clear messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from index.build.store import IndexCorrupt, IndexMissing, IndexOutdated
from index.config import ConfigError, load_config
from index.query.search import SearchEngine
from tests.conftest import ROOT, make_config
from tests.engine.test_indexer import write_config


@pytest.mark.parametrize(
    "text, where, words",
    [
        ("corpus:\n  paths: [a\n", ":2", "invalid YAML"),
        ("index:\n  limitmb: lots\n", ":2", "`index.limitmb` must be a int"),
        ("search:\n  limit: -3\n", ":2", "`search.limit` must not be negative"),
        ("corpus:\n  follow_symlinks: maybe\n", ":2", "`corpus.follow_symlinks` must be a bool"),
        ("corpus:\n  paths: corpus\n  colour: red\n", ":3", "unknown key `corpus.colour`"),
        ("searching:\n  limit: 3\n", ":1", "unknown section `searching`"),
        ("cleaning:\n  spam: ['(unclosed']\n", ":2", "bad regular expression"),
        ("citation:\n  parts: ['{titel}']\n", "", "unknown placeholder {titel}"),
        ("- just\n- a list\n", ":1", "top level must be a mapping"),
    ],
)
def test_config_errors_name_file_line_and_key(tmp_path, text, where, words):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert f"{path}{where}" in str(err.value) and words in str(err.value)


def test_search_leaves_rules_uncompiled_and_index_still_names_a_bad_one(tmp_path, corpus_copy):
    # A search cleans no text: a bad rule does not stop it (nor cost it the `regex`
    # module); the commands that clean still report it with its file and line.
    path = tmp_path / "config.yaml"
    path.write_text(
        f"corpus:\n  paths: [{corpus_copy}]\nindex:\n  dir: {tmp_path / 'ix'}\n"
        "cleaning:\n  drop_lines:\n    - 'fine'\n    - '[unclosed'\n",
        encoding="utf-8",
    )
    cfg = load_config(path, check_rules=False)
    assert cfg.cleaning.drop_lines == ["fine", "[unclosed"]
    assert cfg.cleaning.where("drop_lines", 1) == f"{path}:8: `cleaning.drop_lines[1]`"
    with pytest.raises(ConfigError, match=r":8: `cleaning.drop_lines` has a bad regular"):
        load_config(path)
    cli = [sys.executable, "-m", "search_app", "--config", str(path)]
    res = subprocess.run([*cli, "index"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 2 and f"{path}:8: `cleaning.drop_lines`" in res.stderr
    res = subprocess.run(
        [*cli, "search", "干部", "--json"], cwd=ROOT, capture_output=True, text=True
    )
    # No index was built: the search gets as far as the index and says so, no traceback.
    assert res.returncode == 2 and "index" in res.stderr and "Traceback" not in res.stderr
    assert "regular expression" not in res.stderr


def test_missing_config_and_missing_corpus_path(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")
    path = tmp_path / "config.yaml"
    path.write_text(
        f"corpus:\n  paths: [{tmp_path / 'gone'}]\nindex:\n  dir: {tmp_path / 'ix'}\n",
        encoding="utf-8",
    )
    res = subprocess.run(
        [sys.executable, "-m", "search_app", "--config", str(path), "index"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert (
        res.returncode == 2
        and f"{path}:2: `corpus.paths`" in res.stderr
        and "Traceback" not in res.stderr
    )


def test_old_schema_is_detected_and_rebuilt(tmp_path, corpus_copy):
    config = write_config(tmp_path, [corpus_copy])
    cli = [sys.executable, "-m", "search_app", "--config", str(config)]
    assert subprocess.run([*cli, "index"], cwd=ROOT, capture_output=True).returncode == 0
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    build = next((tmp_path / "ix").glob("build-*"))
    meta = json.loads((build / "build.json").read_text())
    meta["schema_version"] = 1
    (build / "build.json").write_text(json.dumps(meta))
    with pytest.raises(IndexOutdated, match="rebuild"):
        SearchEngine(cfg).search("干部")
    before = sorted((p.relative_to(tmp_path), p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    res = subprocess.run(
        [*cli, "search", "金花葵", "--json"], cwd=ROOT, capture_output=True, text=True
    )
    # A reading command never rebuilds (issue 11 item 3): it names the command that does.
    assert res.returncode == 2 and "format 1" in res.stderr and "--rebuild" in res.stderr
    after = sorted((p.relative_to(tmp_path), p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    assert after == before
    assert subprocess.run([*cli, "index"], cwd=ROOT, capture_output=True).returncode == 0
    res = subprocess.run(
        [*cli, "search", "金花葵", "--json"], cwd=ROOT, capture_output=True, text=True
    )
    assert res.returncode == 0 and json.loads(res.stdout)["total"] == 2  # `index` rebuilt it


def test_missing_and_damaged_index(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    with pytest.raises(IndexMissing, match="`search-app index --index-dir"):
        SearchEngine(cfg).search("干部")
    config = write_config(tmp_path, [corpus_copy])
    cli = [sys.executable, "-m", "search_app", "--config", str(config)]
    assert subprocess.run([*cli, "index"], cwd=ROOT, capture_output=True).returncode == 0
    seg = next((tmp_path / "ix").glob("build-*/*.seg"))
    data = seg.read_bytes()
    seg.write_bytes(data[: len(data) // 3])
    with pytest.raises(IndexCorrupt, match="damaged"):
        SearchEngine(cfg).search("干部")
    res = subprocess.run([*cli, "search", "干部"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 2 and "damaged" in res.stderr and "Traceback" not in res.stderr
    fixed = subprocess.run([*cli, "index"], cwd=ROOT, capture_output=True, text=True)
    assert fixed.returncode == 0 and "damaged" in fixed.stdout
    assert SearchEngine(cfg).search("干部").total > 0
    (tmp_path / "ix" / "CURRENT").write_text("nonsense\n")
    res = subprocess.run([*cli, "search", "干部"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 2 and "CURRENT" in res.stderr and "Traceback" not in res.stderr


def test_bad_user_dictionary_lines_are_reported(tmp_path, corpus_copy):
    d = tmp_path / "dict.txt"
    d.write_text("好词 10 n\n坏行 notanumber n\n太多 1 n extra\n", encoding="utf-8")
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    cfg.dictionary.files = [d, tmp_path / "missing.txt"]
    from index.build.indexer import Indexer

    s = Indexer(cfg).run()
    assert any(f"{d}:2" in p for p in s.problems) and any(f"{d}:3" in p for p in s.problems)
    assert any("missing.txt" in p and "not found" in p for p in s.problems)
    assert s.added == 5
