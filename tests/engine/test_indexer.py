"""Index lifecycle: incremental updates, duplicates, bad files, lock, crash safety."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from index.build.indexer import MAX_ROUNDS, Indexer, rounds
from index.build.store import IndexLocked, IndexStore
from index.query.search import SearchEngine
from tests.conftest import CORPUS, ROOT, make_config


def run(cfg, **kw):
    return Indexer(cfg).run(**kw)


def test_incremental_add_change_delete(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    first = run(cfg)
    assert (first.added, first.paragraphs) == (5, first.paragraphs_added)
    again = run(cfg)
    assert (again.added, again.updated, again.deleted, again.unchanged, again.paragraphs_added) == (
        0,
        0,
        0,
        5,
        0,
    )

    (corpus_copy / "new.md").write_text(
        "# 新文章标题\n\n这是一篇新加入的文章,讲的是枫桥经验在甘肃的新实践。\n", encoding="utf-8"
    )
    added = run(cfg)
    assert (added.added, added.paragraphs) == (1, first.paragraphs + 1)
    engine = SearchEngine(cfg)
    assert engine.search("甘肃的新实践").total == 1

    (corpus_copy / "new.md").write_text(
        "# 新文章标题\n\n改写以后的内容,提到了访惠聚。\n", encoding="utf-8"
    )
    changed = run(cfg)
    assert (changed.updated, changed.paragraphs) == (1, first.paragraphs + 1)
    assert engine.search("甘肃的新实践").total == 0
    assert engine.search("改写以后").total == 1

    (corpus_copy / "new.md").unlink()
    gone = run(cfg)
    assert (gone.deleted, gone.paragraphs) == (1, first.paragraphs)
    assert engine.search("改写以后").total == 0
    engine.close()


def test_duplicate_article_under_other_name(tmp_path, corpus_copy):
    original = next(corpus_copy.glob("004_*.txt"))
    (corpus_copy / "zz_copy.txt").write_bytes(original.read_bytes().replace(b"\n", b"\r\n"))
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    s = run(cfg)
    assert s.added == 5 and s.duplicates == [(str(corpus_copy / "zz_copy.txt"), str(original))]
    # When the original goes, the copy takes its place.
    original.unlink()
    s2 = run(cfg)
    assert s2.added == 1 and s2.deleted == 1 and s2.paragraphs == s.paragraphs


def test_bad_files_are_listed_and_do_not_stop_the_rest(tmp_path, corpus_copy):
    (corpus_copy / "empty.txt").write_bytes(b"")
    (corpus_copy / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus_copy / "latin.txt").write_bytes(b"\xff\xfe\xfd" * 0 + bytes([0x81, 0x20]) * 200)
    (corpus_copy / "gbk.txt").write_bytes("湖北省十堰市张湾区的下沉干部走进社区。".encode("gbk"))
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    s = run(cfg)
    reasons = {Path(k.path).name: k.reason for k in s.skipped}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "latin.txt" in reasons
    assert s.added == 6  # the five articles and the GBK file
    assert SearchEngine(cfg).search("张湾区的下沉干部").total == 1


def test_manifest_reads_live_terms_per_segment(tmp_path, corpus_copy, monkeypatch):
    from index.build import indexer
    from index.build.indexer import _live_terms

    monkeypatch.setattr(indexer, "MERGE_BUDGET_DOCS", 0)  # keep segments with deletions
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    first = sorted(corpus_copy.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\n改过的一段。\n", encoding="utf-8")
    (corpus_copy / "gone.txt").write_text("很快就会被删掉的文章,讲的是网格员。", encoding="utf-8")
    run(cfg)
    (corpus_copy / "gone.txt").unlink()  # its segment ends up with every document deleted
    (corpus_copy / "new.txt").write_text("新来的文章,讲的是驻村工作队。", encoding="utf-8")
    s = run(cfg)
    assert (s.added, s.deleted) == (1, 1)
    ix, _meta = IndexStore(cfg.index.dir).open_current()
    with ix.reader() as reader:
        assert len(reader.leaf_readers()) > 1 and reader.has_deletions()
        for field in ("filekey", "articlekey"):
            slow = [
                t.decode("utf-8")
                for t in reader.lexicon(field)
                if reader.postings(field, t).is_active()
            ]
            assert _live_terms(reader, field) == slow
        paths = {t.split("\x1f")[0] for t in _live_terms(reader, "filekey")}
    assert str(corpus_copy / "new.txt") in paths and str(corpus_copy / "gone.txt") not in paths


def test_updates_merge_small_segments_and_drop_dead_ones(tmp_path, corpus_copy, monkeypatch):
    from index.build import indexer

    monkeypatch.setattr(indexer, "MAX_SMALL_SEGMENTS", 3)
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    for i in range(4):  # each run adds, changes and removes something
        (corpus_copy / f"add_{i}.txt").write_text(
            f"第{i}次更新加入的文章,讲的是驻村第一书记和网格员。", encoding="utf-8"
        )
        if i:
            (corpus_copy / f"add_{i - 1}.txt").unlink()
        first = sorted(corpus_copy.glob("0*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + f"\n\n补记{i}。\n", encoding="utf-8")
        run(cfg)
    ix, _meta = IndexStore(cfg.index.dir).open_current()
    with ix.reader() as reader:
        segments = [sub for sub, _ in reader.leaf_readers()]
        # 5 commits made 5 segments; merges folded some, and none is left empty.
        assert len(segments) < 3 and all(sub.doc_count() > 0 for sub in segments)
    # Merged postings answer exactly like a clean build of the same files.
    clean = make_config(tmp_path / "clean" / "ix", [corpus_copy])
    run(clean)
    queries = ("干部", "驻村第一书记", "沉", "网格员", "补记3", '"第一书记"')
    assert answers(cfg, queries) == answers(clean, queries)
    # After merges and deletions each paragraph still reads its own article's values.
    assert stored_rows(cfg) == stored_rows(clean)
    for q in queries:
        a = SearchEngine(cfg).search(q, limit=5)
        b = SearchEngine(clean).search(q, limit=5)
        assert [(h.path, h.paragraph, h.highlights) for h in a.hits] == [
            (h.path, h.paragraph, h.highlights) for h in b.hits
        ]


def stored_rows(cfg) -> list[tuple]:
    """Every live paragraph's stored values (article values merged in), read both ways, sorted."""
    from index.build.documents import ARTICLE_KEYS, iter_stored_paragraphs, stored_paragraph

    engine = SearchEngine(cfg)
    try:
        searcher = engine._current()
        rows, carriers = [], 0
        for docnum, f in iter_stored_paragraphs(searcher.reader()):
            assert stored_paragraph(searcher, docnum) == f
            carriers += "article" in searcher.stored_fields(docnum)
            keys = (*ARTICLE_KEYS, "paragraph", "text", "heading", "cite_no", "regions")
            rows.append(tuple(str(f.get(k)) for k in keys))
        # Article values are stored once per article, not per paragraph.
        assert carriers == len({r[0] for r in rows}) < len(rows)
        return sorted(rows)
    finally:
        engine.close()


def test_changed_settings_trigger_a_rebuild(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    cfg.dictionary.words = ["全新词语"]
    s = run(cfg)
    assert s.rebuilt and s.added == 5


def test_parallel_rounds_a_small_first_then_larger_ones():
    # The first round is about commit_every paragraphs (searchable early); later rounds
    # are larger, so a build makes fewer segments, and never more than MAX_ROUNDS of them.
    for n, commit_every in [(6667, 20000), (50464, 20000), (125, 80), (64, 20000), (9999, 30)]:
        jobs = list(range(n))
        got = rounds(jobs, 2, commit_every)
        assert [j for r in got for j in r] == jobs  # every file once, in order
        assert len(got) <= MAX_ROUNDS and all(got)
        assert len(got[0]) == max(16, commit_every // 15) or len(got) == 1
        assert all(len(r) >= len(got[0]) for r in got[1:-1])
    assert [len(r) for r in rounds(list(range(6667)), 2, 20000)] == [1333, 5334]
    assert len(rounds(list(range(125)), 2, 80)) >= 3  # small test corpora keep several rounds


def test_parallel_rounds_one_when_the_jobs_fit_a_later_round():
    # Segments cost every search a set-up each: jobs that fit in one of the larger later
    # rounds (commit_every * ROUND_GROWTH paragraphs, ~15 a file) are one round, not a
    # small first round and a second one (at 100k paragraphs: 2 segments, not 4).
    for n, commit_every, procs in [(5019, 20000, 2), (6666, 20000, 2), (30, 90, 4), (7, 40, 2)]:
        jobs = list(range(n))
        assert rounds(jobs, procs, commit_every) == [jobs]
    assert len(rounds(list(range(6667)), 2, 20000)) == 2  # one file more: two rounds
    assert len(rounds(list(range(33)), 4, 90)) == 2
    assert rounds([], 2, 20000) == []


def test_second_indexer_gets_a_clear_message(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    cfg.index.lock_timeout = 0.5
    with IndexStore(cfg.index.dir).lock(), pytest.raises(IndexLocked, match="another indexer"):
        run(cfg)


# -- crash safety, in a separate process -----------------------------------


def synthetic_corpus(dest: Path, files: int, seed: int = 1) -> None:
    """Articles made of shuffled sentences from the bundled corpus (deterministic)."""
    rng = random.Random(seed)
    sentences = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences += [s + "。" for s in line.split("。") if len(s) > 10]
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        paras = ["".join(rng.sample(sentences, 3)) for _ in range(rng.randint(5, 15))]
        (dest / f"gen_{i:04d}.txt").write_text(
            f"合成文章第{i}号\n\n" + "\n\n".join(paras), encoding="utf-8"
        )


def write_config(tmp_path: Path, corpus: list[Path], commit_every: int = 100) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["corpus"]["paths"] = [str(c) for c in corpus]
    data["index"]["dir"] = str(tmp_path / "ix")
    data["index"]["commit_every"] = commit_every
    data["dictionary"]["files"] = [str(ROOT / "userdict.txt")]
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def cli(*args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "search_app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        **kw,
    )


def default_sigint() -> None:
    """In a child before exec: take Ctrl+C as usual even if this test run ignores it.

    A shell starts background jobs (`pytest … &`) with SIGINT ignored, and an
    ignored signal stays ignored across exec: Python then installs no handler
    and the indexer never sees the test's Ctrl+C (the "flaky under load" runs).
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_index(config: Path, *extra, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "search_app", "--config", str(config), "index", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
        preexec_fn=default_sigint,
    )


def wait_for_commit(ix_dir: Path, proc: subprocess.Popen, n: int = 1, timeout: float = 60) -> None:
    """Wait until the running indexer has committed at least `n` times after the first TOC."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        tocs = list(ix_dir.glob("build-*/_MAIN_*.toc"))
        gens = [int(t.stem.rsplit("_", 1)[1]) for t in tocs]
        if gens and max(gens) >= n:
            return
        time.sleep(0.02)


def answers(cfg, queries=("干部", "驻村第一书记", "沉", "金花葵")):
    engine = SearchEngine(cfg)
    try:
        return {
            q: (r.total, sorted((h.path, h.paragraph) for h in r.hits))
            for q in queries
            for r in [engine.search(q, limit=0, with_facets=False)]
        }
    finally:
        engine.close()


@pytest.fixture(scope="module")
def clean_with_more(tmp_path_factory):
    """(corpus, answers) of a clean build of the bundled corpus plus 60 synthetic articles in
    `more/`: the reference the kill tests' finished runs must equal, built once."""
    base = tmp_path_factory.mktemp("clean-more")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    synthetic_corpus(corpus / "more", 60)
    cfg = make_config(base / "ix", [corpus])
    run(cfg)
    return corpus, answers(cfg)


def moved(reference: tuple, corpus: Path) -> dict:
    """A reference's answers with its corpus folder's paths rewritten to `corpus`."""
    folder, found = reference
    return {
        q: (t, sorted((p.replace(str(folder), str(corpus), 1), n) for p, n in hits))
        for q, (t, hits) in found.items()
    }


@pytest.mark.parametrize("commits_before_kill", [1, 3])
def test_kill_9_during_indexing_keeps_old_index(
    tmp_path, corpus_copy, commits_before_kill, clean_with_more
):
    config = write_config(tmp_path, [corpus_copy])
    assert cli("--config", str(config), "index").returncode == 0
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    before = answers(cfg)

    synthetic_corpus(corpus_copy / "more", 60)
    proc = start_index(config)
    wait_for_commit(tmp_path / "ix", proc, n=commits_before_kill + 1)
    assert proc.poll() is None, "the indexer finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    # Every old answer is still there; new files may or may not be, never half.
    after = answers(cfg)
    for q, (_total, hits) in before.items():
        assert set(hits) <= set(after[q][1]), q
    # The next run finishes, and matches a clean build.
    finish = cli("--config", str(config), "index")
    assert finish.returncode == 0, finish.stderr
    assert answers(cfg) == moved(clean_with_more, corpus_copy)


def test_kill_9_during_rebuild_keeps_serving_old_build(tmp_path, corpus_copy):
    synthetic_corpus(corpus_copy / "more", 60)
    config = write_config(tmp_path, [corpus_copy])
    assert cli("--config", str(config), "index").returncode == 0
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    before = answers(cfg)
    proc = start_index(config, "--rebuild")
    wait_for_commit(tmp_path / "ix", proc, n=2)
    assert proc.poll() is None, "the indexer finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert answers(cfg) == before
    assert cli("--config", str(config), "index", "--rebuild").returncode == 0
    assert answers(cfg) == before
    assert len(list((tmp_path / "ix").glob("build-*"))) <= 2


def wait_for_file(path: Path, proc: subprocess.Popen, timeout: float = 240) -> None:
    """Wait until the child has created `path` (or died); the child decides when, not a timer."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the child never reached its pause point"
        time.sleep(0.02)


def test_ctrl_c_stops_cleanly_and_says_what_was_saved(tmp_path, corpus_copy):
    synthetic_corpus(corpus_copy / "more", 120)  # several rounds: one to interrupt
    config = write_config(tmp_path, [corpus_copy], commit_every=80)
    paused = tmp_path / "paused"
    # The indexer stops right after its second verified commit and waits for
    # the signal: however loaded the machine, Ctrl+C lands mid-run.
    proc = start_index(
        config, env={"SEARCH_APP_PAUSE_AT": "verified:2", "SEARCH_APP_PAUSE_FILE": str(paused)}
    )
    wait_for_file(paused, proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err and "Traceback" not in out
    assert "Interrupted" in out and "saved" in out
    # What was committed is searchable, and the next run completes it.
    assert SearchEngine(make_config(tmp_path / "ix", [corpus_copy])).search("").total > 0
    assert cli("--config", str(config), "index").returncode == 0


def test_parallel_round_reports_progress_and_stops_when_cancelled(
    tmp_path, corpus_copy, monkeypatch
):
    import multiprocessing
    import threading

    from index.build import parallel

    monkeypatch.setattr(parallel, "PROGRESS_EVERY", 0.001)
    synthetic_corpus(corpus_copy / "more", 70)  # 75 files: one parallel round
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    seen, cancel = [], threading.Event()

    def progress(ev):
        if ev.phase == "indexing":
            seen.append((ev.files_done, ev.paragraphs))
            if 0 < ev.files_done < 75 and ev.paragraphs:
                cancel.set()  # mid-round, as the app does when it quits

    s = Indexer(cfg, progress=progress, cancel=cancel, procs=2).run()
    # Progress moved inside the round (not only at its end), and never backwards.
    assert any(0 < f < 75 and p > 0 for f, p in seen), seen
    assert seen == sorted(seen)
    # The cancel stopped the round: nothing half-committed, no worker left behind.
    assert s.interrupted and s.added == 0
    assert multiprocessing.active_children() == []
    again = Indexer(cfg, procs=2).run()
    assert again.added == 75 and not again.interrupted


FORK_INTERRUPT = """
import os, signal, sys
from search_app.cli import main
fired = []
def ctrl_c_inside_fork():
    if not fired:  # the first fork of the run: Ctrl+C lands in Python's at-fork hooks
        fired.append(1)
        os.kill(os.getpid(), signal.SIGINT)
os.register_at_fork(before=ctrl_c_inside_fork)
sys.exit(main(["--config", sys.argv[1], "index"]))
"""


def test_ctrl_c_during_a_worker_fork_is_not_lost(tmp_path, corpus_copy):
    # Python prints and swallows a KeyboardInterrupt raised in at-fork hooks;
    # the indexer must hold SIGINT back over the fork so the run still stops.
    synthetic_corpus(corpus_copy / "more", 70)
    config = write_config(tmp_path, [corpus_copy])
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["index"]["procs"] = 2
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-c", FORK_INTERRUPT, str(config)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        preexec_fn=default_sigint,
    )
    assert res.returncode == 130, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr and "Interrupted" in res.stdout


@pytest.mark.skipif(os.environ.get("CI_FAST") == "1", reason="slow")
def test_lock_blocks_a_second_cli_indexer(tmp_path, corpus_copy):
    config = write_config(tmp_path, [corpus_copy])
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["index"]["lock_timeout"] = 1
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with IndexStore(tmp_path / "ix").lock():
        res = cli("--config", str(config), "index")
    assert res.returncode == 2
    assert "another indexer" in res.stderr and "Traceback" not in res.stderr


def test_missing_corpus_folder_keeps_its_articles(tmp_path, corpus_copy):
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(
        "另一个文件夹里的文章,讲述了访惠聚工作队的故事。", encoding="utf-8"
    )
    cfg = make_config(tmp_path / "ix", [corpus_copy, other])
    first = run(cfg)
    (other / "a.txt").rename(tmp_path / "a.txt")
    other.rmdir()  # the folder is gone, e.g. an unmounted drive
    s = run(cfg)
    assert s.deleted == 0 and s.paragraphs == first.paragraphs
    assert any("is missing" in p for p in s.problems)


def test_progress_says_when_search_can_start(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    cfg.index.commit_every = 50
    seen = []
    Indexer(cfg, progress=seen.append).run()
    assert not seen[0].searchable and seen[-1].searchable and seen[-1].phase == "done"
    became = next(i for i, p in enumerate(seen) if p.searchable)
    assert seen[became].files_done < seen[-1].files_total  # searchable before the build ended


def lexicon_manifest(cfg):
    """(path → content hash, article → path) as the index of record (the lexicon) says."""
    from index.build.indexer import _article_keys, _manifest

    ix, _meta = IndexStore(cfg.index.dir).open_current()
    try:
        with ix.reader() as reader:
            files = {p: digest for p, (digest, _stamp) in _manifest(reader).items()}
            return files, _article_keys(reader), ix.latest_generation(), reader.doc_count()
    finally:
        ix.close()


def file_manifest(cfg):
    """The manifest file of the served generation, or None."""
    from index.build import manifest

    store = IndexStore(cfg.index.dir)
    _files, _articles, generation, count = lexicon_manifest(cfg)
    return manifest.read(store.current_build(), generation, count)


def test_manifest_file_tracks_each_update_without_reading_the_lexicon(
    tmp_path, corpus_copy, monkeypatch
):
    from index.build import indexer

    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    files, articles, _gen, _count = lexicon_manifest(cfg)
    saved = file_manifest(cfg)
    assert saved is not None and len(files) == 5
    assert {p: d for p, (d, _s) in saved.files.items()} == files and saved.articles == articles

    def no_lexicon(_reader):
        raise AssertionError("the update read the manifest from the lexicon")

    monkeypatch.setattr(indexer, "_manifest", no_lexicon)
    monkeypatch.setattr(indexer, "_article_keys", no_lexicon)
    first = sorted(corpus_copy.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\n改过的一段。\n", encoding="utf-8")
    (corpus_copy / "new.txt").write_text("新来的文章,讲的是驻村工作队。", encoding="utf-8")
    (corpus_copy / "sub").mkdir()
    (corpus_copy / "sub" / "deep.md").write_text("# 深处\n\n子文件夹里的文章。", encoding="utf-8")
    s = run(cfg)
    assert (s.added, s.updated) == (2, 1)
    (corpus_copy / "new.txt").unlink()
    assert run(cfg).deleted == 1
    monkeypatch.undo()

    files, articles, _gen, count = lexicon_manifest(cfg)
    saved = file_manifest(cfg)
    assert saved is not None and len(files) == 6 and str(corpus_copy / "new.txt") not in files
    assert {p: d for p, (d, _s) in saved.files.items()} == files and saved.articles == articles
    # The incremental index equals a clean build of the same files.
    clean = make_config(tmp_path / "clean", [corpus_copy])
    run(clean)
    clean_files, clean_articles, _gen, clean_count = lexicon_manifest(clean)
    assert (clean_files, clean_articles, clean_count) == (files, articles, count)
    assert answers(clean, ("干部", "驻村", "改过的一段", "子文件夹")) == answers(
        cfg, ("干部", "驻村", "改过的一段", "子文件夹")
    )


def test_touched_file_is_hashed_once_and_a_damaged_manifest_file_is_rebuilt(
    tmp_path, corpus_copy, monkeypatch
):
    from index.build import manifest

    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    first = sorted(corpus_copy.glob("*.txt"))[0]
    st = first.stat()
    os.utime(first, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # touched, same bytes
    assert run(cfg).unchanged == 5
    saved = file_manifest(cfg)
    assert saved.files[str(first)][1] == f"{st.st_size}:{st.st_mtime_ns + 10**9}"

    from index.ingest.pipeline import ArticlePipeline

    reads = []
    real_load = ArticlePipeline.load
    monkeypatch.setattr(
        ArticlePipeline, "load", lambda self, src: reads.append(src.path) or real_load(self, src)
    )
    assert run(cfg).unchanged == 5 and reads == []  # the new stamp was remembered
    monkeypatch.undo()

    build = IndexStore(cfg.index.dir).current_build()
    # the first build's base and the touch's log of one change
    assert sorted(p.name.split("-")[0] for p in (build / manifest.FOLDER).iterdir()) == [
        "base",
        "gen",
    ]
    (path,) = (build / manifest.FOLDER).glob("base-*.bin")
    path.write_bytes(path.read_bytes()[:-7])  # torn: its length no longer holds
    assert file_manifest(cfg) is None
    again = run(cfg)  # reads the lexicon, which has the old stamp: one more hash, no change
    assert (again.unchanged, again.added, again.deleted) == (5, 0, 0)
    files, articles, _gen, _count = lexicon_manifest(cfg)
    saved = file_manifest(cfg)
    assert saved is not None
    assert {p: d for p, (d, _s) in saved.files.items()} == files and saved.articles == articles


def test_manifest_log_compacts_and_an_old_manifest_file_still_reads(
    tmp_path, corpus_copy, monkeypatch
):
    import hashlib
    import marshal

    from index.build import manifest

    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    folder = IndexStore(cfg.index.dir).current_build() / manifest.FOLDER
    names = lambda: sorted(p.name.split("-")[0] for p in folder.iterdir())  # noqa: E731
    assert names() == ["base"]
    (corpus_copy / "a.txt").write_text("第一篇新文章，讲驻村工作。", encoding="utf-8")
    run(cfg)
    assert names() == ["base", "gen"]  # a log of the changes beside the base
    monkeypatch.setattr(manifest, "COMPACT_MIN", 3)  # the next changes pass the limit
    (corpus_copy / "b.txt").write_text("第二篇新文章，讲网格治理。", encoding="utf-8")
    run(cfg)
    assert names() == ["base"]  # compacted into a new base
    files, articles, gen, count = lexicon_manifest(cfg)
    saved = file_manifest(cfg)
    assert {p: d for p, (d, _s) in saved.files.items()} == files and saved.articles == articles
    assert set(saved.samples)  # the recurrence pass's samples, read per folder

    # A manifest file of format 2 (one marshal blob) is read, and replaced by a base.
    body = marshal.dumps((gen, count, saved.files, saved.articles, dict(saved.samples.items())))
    digest = hashlib.blake2b(body, digest_size=16).hexdigest().encode()
    for p in folder.iterdir():
        p.unlink()
    (folder / f"gen-{gen}.bin").write_bytes(manifest._LEGACY + b"\n" + digest + b"\n" + body)
    old = file_manifest(cfg)
    assert old is not None and old.files == saved.files and old.origin is None
    (corpus_copy / "a.txt").unlink()
    assert run(cfg).deleted == 1
    assert names() == ["base"]
    files, articles, _gen, _count = lexicon_manifest(cfg)
    saved = file_manifest(cfg)
    assert {p: d for p, (d, _s) in saved.files.items()} == files and saved.articles == articles


def test_a_damaged_sample_block_is_only_a_cache_miss(tmp_path):
    from index.build import manifest

    files = {"/c/x/1.txt": ("h1", "1:1"), "/c/y/2.txt": ("h2", "2:2")}
    samples = {"/c/x/1.txt": ("1:1", ("页脚",), None), "/c/y/2.txt": ("2:2", ("页眉",), "s")}
    manifest.write(tmp_path, 4, 9, files, {"a1": "/c/x/1.txt"}, {}, lambda: samples)
    (path,) = (tmp_path / manifest.FOLDER).iterdir()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF  # inside the last folder's block
    path.write_bytes(bytes(data))
    got = manifest.read(tmp_path, 4, 9)
    assert got is not None and got.files == files
    assert sum(got.samples.get(p) is not None for p in samples) == 1
    assert manifest.read(tmp_path, 5, 9) is None and manifest.read(tmp_path, 4, 8) is None


def test_a_format_3_manifest_still_reads_and_the_next_base_is_deflated(tmp_path, monkeypatch):
    from index.build import manifest

    files = {"/c/x/1.txt": ("h1", "1:1"), "/c/y/2.txt": ("h2", "2:2")}
    samples = {"/c/x/1.txt": ("1:1", ("页脚",), None), "/c/y/2.txt": ("2:2", ("页眉",), "s")}
    with monkeypatch.context() as m:  # write format 3: the same pieces, not deflated
        m.setattr(manifest, "_pack", manifest._plain)
        m.setattr(manifest, "_BASE", manifest._BASE3)
        m.setattr(manifest, "_LOG", manifest._LOG3)
        manifest.write(tmp_path, 4, 9, files, {"a1": "/c/x/1.txt"}, {}, lambda: samples)
        old = manifest.read(tmp_path, 4, 9)
        files2 = {**files, "/c/z/3.txt": ("h3", "3:3")}
        manifest.write(
            tmp_path,
            5,
            10,
            files2,
            old.articles,
            {},
            lambda: samples,
            old.origin,
            ({"/c/z/3.txt"}, set()),
        )
    folder = tmp_path / manifest.FOLDER
    assert all(p.read_bytes().startswith(b"search-app-manifest-") for p in folder.iterdir())
    assert b"/c/z/3.txt" in (folder / "gen-5.log").read_bytes()  # format 3: marshal as is
    got = manifest.read(tmp_path, 5, 10)  # format 3's base and log
    assert got is not None and got.files == files2 and dict(got.samples.items()) == samples
    # the next run writes a format-4 log on the format-3 base, then a format-4 base
    manifest.write(
        tmp_path, 6, 10, files2, got.articles, {}, lambda: samples, got.origin, (set(), set())
    )
    assert manifest.read(tmp_path, 6, 10).files == files2
    manifest.write(tmp_path, 7, 10, files2, got.articles, {}, lambda: samples)
    (path,) = folder.iterdir()
    assert path.name == "base-7.bin" and path.read_bytes().startswith(manifest._BASE + b"\n")
    new = manifest.read(tmp_path, 7, 10)
    assert new.files == files2 and dict(new.samples.items()) == samples


def chrome_folder(dest: Path, start: int, count: int) -> None:
    """Articles of one site: each with the site's header and footer lines around its own text."""
    rng = random.Random(start)
    words = [
        "驻村",
        "干部",
        "群众",
        "经济",
        "发展",
        "社区",
        "网格",
        "调解",
        "乡村",
        "振兴",
        "产业",
        "合作社",
    ]
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        body = "".join(rng.choice(words) for _ in range(40))
        (dest / f"p{i:03d}.txt").write_text(
            f"首页 > 新闻中心 > 地方动态\n\n第{i}篇报道的标题\n\n{body}，第{i}篇的正文到此为止。\n\n"
            "责任编辑：王小明 本站版权所有 未经授权禁止转载\n",
            encoding="utf-8",
        )


def test_recurrence_pass_reads_only_changed_files_and_decides_like_a_clean_build(
    tmp_path, monkeypatch
):
    from index.ingest import reading

    corpus = tmp_path / "site"
    chrome_folder(corpus / "news", 0, 12)
    cfg = make_config(tmp_path / "ix", [corpus])
    run(cfg)

    reads = []
    real = reading.read_bytes
    monkeypatch.setattr(
        reading, "read_bytes", lambda src, *a: reads.append(src.path) or real(src, *a)
    )
    chrome_folder(corpus / "news", 12, 1)  # one more article of the same site
    assert run(cfg).added == 1
    new = str(corpus / "news" / "p012.txt")
    assert reads == [new, new] or reads == [new]  # the pass (and the build), nothing else
    monkeypatch.undo()

    clean = make_config(tmp_path / "clean", [corpus])
    run(clean)
    queries = ("责任编辑", "新闻中心", "第12篇的正文", "第3篇报道")
    got, want = answers(cfg, queries), answers(clean, queries)
    assert got == want
    assert got["责任编辑"][0] == 0 and got["第12篇的正文"][0] == 1  # chrome dropped, text kept
    assert lexicon_manifest(cfg)[:2] == lexicon_manifest(clean)[:2]


def test_a_run_leaves_the_garbage_collector_as_it_found_it(tmp_path, corpus_copy):
    """The run freezes what it read (the manifest) for its own collections, and unfreezes it
    at the end, also when it stops early (here: a corpus other than the recorded one)."""
    import gc

    from index.engine.errors import CorpusMismatch

    cfg = make_config(tmp_path / "ix", [corpus_copy])
    run(cfg)
    (corpus_copy / "one more.txt").write_text("新来的文章，讲驻村工作。", encoding="utf-8")
    run(cfg)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.txt").write_text("别处的文章。", encoding="utf-8")
    other = make_config(tmp_path / "ix", [tmp_path / "other"])
    with pytest.raises(CorpusMismatch):
        Indexer(other).run()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_publisher_table_is_built_beside_the_scan(tmp_path, corpus_copy, monkeypatch):
    """A run builds the pipeline's publisher table in a thread while the corpus is scanned;
    the articles wait for it, and its failure is the run's."""
    from index.build import indexer as indexer_module
    from index.ingest.publishers import publishers

    cfg = make_config(tmp_path / "ix", [corpus_copy])
    publishers.cache_clear()
    summary = Indexer(cfg).run()
    assert summary.added > 0 and publishers.cache_info().currsize == 1
    assert "_heads" in publishers().__dict__  # its name index too
    first = sorted(corpus_copy.glob("*.txt"))[0]
    first.write_text(
        first.read_text(encoding="utf-8") + "\n\n村里今年新修了三条水泥路，方便了群众出行。\n",
        "utf-8",
    )

    def broken() -> None:
        raise OSError("the publisher table is unreadable")

    monkeypatch.setattr(indexer_module, "_warm_tables", broken)
    with pytest.raises(OSError, match="publisher table is unreadable"):
        Indexer(cfg).run()
    monkeypatch.undo()
    again = Indexer(cfg).run()  # nothing was committed by the failed run
    assert again.updated == 1
    hits = SearchEngine(cfg).search("三条水泥路").hits
    assert hits and hits[0].path == str(first)
