"""Issue 11 item 1: the index deletes only folders it created, and refuses folders that are not its own."""

from __future__ import annotations

from tests.hardening.safety_helpers import run_cli, small_corpus, snapshot


def test_foreign_build_folder_is_refused_and_kept(tmp_path):
    corpus = small_corpus(tmp_path / "c")
    p = tmp_path / "P"
    (p / "build-release").mkdir(parents=True)
    (p / "build-release" / "app.bin").write_text("x")
    before = snapshot(p)
    res = run_cli("index", "--corpus", str(corpus), "--index-dir", str(p))
    assert res.returncode == 2 and "not a search-app index" in res.stderr
    assert "build-release" in res.stderr
    res = run_cli("search", "干部", "--index-dir", str(p))
    assert res.returncode == 2 and "no index" in res.stderr
    assert snapshot(p) == before


def test_index_dir_equal_to_or_inside_the_corpus_is_refused(tmp_path):
    corpus = small_corpus(tmp_path / "c")
    (corpus / "build-up").mkdir()
    (corpus / "build-up" / "note.txt").write_text("构建说明:下沉干部名单。", encoding="utf-8")
    before = snapshot(corpus)
    for index_dir in (corpus, corpus / "ix"):
        res = run_cli("index", "--corpus", str(corpus), "--index-dir", str(index_dir))
        assert res.returncode == 2 and "inside the corpus folder" in res.stderr
    res = run_cli("index", "--corpus", str(corpus), "--index-dir", str(tmp_path))
    assert res.returncode == 2 and "inside the index folder" in res.stderr
    assert snapshot(corpus) == before


def test_publishing_deletes_only_its_own_builds(tmp_path):
    corpus = small_corpus(tmp_path / "c")
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    assert (ix / "SEARCH-APP-INDEX").exists()
    # The user later drops their own things in the (marked) index folder.
    (ix / "build-release").mkdir()
    (ix / "build-release" / "app.bin").write_text("x")
    (ix / "build-notes.txt").write_text("mine")
    for _ in range(3):  # each rebuild publishes and prunes older builds
        res = run_cli("index", "--rebuild", "--index-dir", str(ix))
        assert res.returncode == 0, res.stderr
    assert (ix / "build-release" / "app.bin").read_text() == "x"
    assert (ix / "build-notes.txt").read_text() == "mine"
    assert len([b for b in ix.glob("build-2*")]) <= 2  # our own old builds were pruned
