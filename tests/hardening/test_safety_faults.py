"""Issue 11 item 9: no crash and a true message for an emptied index, a file as index dir,
disk full, a read-only file system, permission errors, bit flips and leftover temp files."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from index.build.segmenter import CACHE_ENV
from index.build.store import IndexCorrupt
from index.query.search import SearchEngine
from tests.conftest import make_config
from tests.engine.test_indexer import synthetic_corpus
from tests.hardening.safety_helpers import run_cli, small_corpus, total

FLIPS = 40


def test_index_emptied_by_an_update_answers_every_search(tmp_path):
    corpus = small_corpus(tmp_path / "c", 1)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    next(corpus.glob("*.txt")).unlink()
    res = run_cli("index", "--index-dir", str(ix), "--prune")
    assert res.returncode == 0 and "paragraphs: 0" in res.stdout
    for query in ("", "干部", '"干部"', "region:湖北 干部", "干部 OR 书记", "(沉)"):
        assert total(ix, query) == 0


def test_index_dir_that_is_a_file_is_a_usage_error(tmp_path):
    corpus = small_corpus(tmp_path / "c", 1)
    f = tmp_path / "notes.txt"
    f.write_text("mine")
    for args in (["index", "--corpus", str(corpus)], ["search", "干部"], ["index", "--verify"]):
        res = run_cli(*args, "--index-dir", str(f))
        assert res.returncode == 2 and "is a file, not an index folder" in res.stderr
    assert f.read_text() == "mine"


@pytest.fixture
def tmpfs():
    """A real 2 MB tmpfs (mounting needs root; CI runs as root)."""
    mnt = Path(tempfile.mkdtemp(prefix="safety-tmpfs-"))
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True
    )
    if res.returncode != 0:
        mnt.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", str(mnt)], check=False)
    mnt.rmdir()


def test_disk_full_is_exit_2_and_cleaned_up_next_run(tmp_path, tmpfs):
    corpus = tmp_path / "c"
    synthetic_corpus(corpus, 300)  # its index is larger than the 2 MB file system
    ix = tmpfs / "ix"
    res = run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix))
    assert res.returncode == 2 and "disk is full" in res.stderr, res.stderr
    subprocess.run(["mount", "-o", "remount,size=64m", str(tmpfs)], check=True)
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0, res.stderr
    assert not [p for p in ix.rglob("*") if p.name.endswith(".tmp")]
    assert total(ix) > 0


def test_read_only_index_is_searchable_and_index_says_what_to_do(tmp_path, tmpfs):
    corpus = small_corpus(tmp_path / "c", 2)
    ix = tmpfs / "ix"
    subprocess.run(["mount", "-o", "remount,size=64m", str(tmpfs)], check=True)
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    hits = total(ix, "干部")
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    try:
        assert total(ix, "干部") == hits  # reading never writes, so it works read-only
        (corpus / "new.txt").write_text("新文章\n\n下沉干部的故事。", encoding="utf-8")
        res = run_cli("index", "--index-dir", str(ix))
        assert res.returncode == 2 and "read-only file system" in res.stderr
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)


def test_permission_denied_is_exit_2(tmp_path):
    base = Path(tempfile.mkdtemp(prefix="safety-", dir="/tmp"))
    try:
        base.chmod(0o755)
        corpus = small_corpus(base / "c", 1)
        ix = base / "ix"
        assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
        env = {
            "HOME": str(base),
            "XDG_CACHE_HOME": str(base / "cache"),
            CACHE_ENV: str(base / "cache"),
        }
        user = 65534 if os.geteuid() == 0 else None
        if user is None:
            ix.chmod(0o555)
        res = run_cli("index", "--index-dir", str(ix), env=env, user=user)
        assert res.returncode == 2 and "permission denied" in res.stderr, res.stderr
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _flip(path: Path, rng: random.Random, keep_mtime: bool = False) -> None:
    st = path.stat()
    data = bytearray(path.read_bytes())
    i = rng.randrange(len(data))
    data[i] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    if keep_mtime:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_bit_flips_are_detected(tmp_path):
    corpus = tmp_path / "c"
    synthetic_corpus(corpus, 40)
    pristine = tmp_path / "pristine"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(pristine)).returncode == 0
    rng = random.Random(11)
    detected_on_open = detected_by_verify = 0
    for n in range(FLIPS):
        ix = tmp_path / f"ix{n}"
        shutil.copytree(pristine, ix)  # copy2 keeps mtimes, so the copy verifies clean
        build = next(ix.glob("build-*"))
        files = sorted(p for p in build.iterdir() if p.name.startswith(("MAIN_", "_MAIN_")))
        files = [p for p in files if not p.name.endswith("WRITELOCK")]
        target = rng.choice(files)
        _flip(target, rng)
        try:
            SearchEngine(make_config(ix, [corpus])).search("干部")
        except IndexCorrupt:
            detected_on_open += 1
        shutil.copytree(pristine, ix, dirs_exist_ok=True)
        _flip(target, rng, keep_mtime=True)  # silent rot: only the full check can see it
        res = run_cli("index", "--verify", "--index-dir", str(ix)) if n < 5 else None
        if res is not None:
            assert res.returncode == 2 and "damaged" in res.stderr
            detected_by_verify += 1
        shutil.rmtree(ix)
    assert detected_on_open == FLIPS
    assert detected_by_verify == 5
    print(f"bit flips detected on open: {detected_on_open} of {FLIPS}")


def test_damaged_index_is_never_reported_as_updated(tmp_path):
    corpus = small_corpus(tmp_path / "c", 2)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    hits = total(ix, "干部")
    _flip(next(ix.glob("build-*/MAIN_*.seg")), random.Random(3))
    res = run_cli("search", "干部", "--index-dir", str(ix))
    assert res.returncode == 2 and "damaged" in res.stderr
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0 and "Updated" not in res.stdout
    assert "Built" in res.stdout and "damaged" in res.stdout
    assert total(ix, "干部") == hits
    res = run_cli("index", "--verify", "--index-dir", str(ix))
    assert res.returncode == 0 and "match their checksums" in res.stdout


def test_leftover_temp_files_are_removed_by_the_next_run(tmp_path):
    corpus = small_corpus(tmp_path / "c", 1)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    build = next(ix.glob("build-*"))
    (build / "MAIN.tmp").mkdir()
    (build / "MAIN.tmp" / "run-0.tmp").write_bytes(b"\0" * 4096)
    (ix / ".CURRENT.999.tmp").write_text("x")
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0 and "removed 2 temporary file(s)" in res.stdout
    assert not (build / "MAIN.tmp").exists() and not (ix / ".CURRENT.999.tmp").exists()


def test_accelerator_damage_is_reported_by_verify_served_from_memory_and_fixed_by_index(tmp_path):
    """An accelerator file is derived: search answers without writing, verify names it, index rewrites it."""
    corpus = small_corpus(tmp_path / "c", 2)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    hits = total(ix, "干部")
    build = next(ix.glob("build-*"))
    target = next(build.glob("ACCEL_*.acc"))
    _flip(target, random.Random(5), keep_mtime=True)  # silent rot: only the full check sees it
    res = run_cli("index", "--verify", "--index-dir", str(ix))
    assert res.returncode == 2 and target.name in res.stderr and "search-app index" in res.stderr
    target.unlink()
    listing = sorted(p.name for p in build.iterdir())
    res = run_cli("search", "干部", "--index-dir", str(ix))
    assert res.returncode == 0 and "accelerator" in res.stdout + res.stderr
    assert total(ix, "干部") == hits
    assert sorted(p.name for p in build.iterdir()) == listing  # reading wrote nothing
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0 and "rewrote 1 accelerator file" in res.stdout + res.stderr
    assert "Built" not in res.stdout  # not a rebuild from the corpus
    res = run_cli("index", "--verify", "--index-dir", str(ix))
    assert res.returncode == 0 and "match their checksums" in res.stdout
