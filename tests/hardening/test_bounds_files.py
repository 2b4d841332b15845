"""Issue 11, item 5 and the huge-root warning: corpus files that are not regular files never block."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import index.ingest.reading as reading
from index.build.indexer import Indexer
from index.engine.models import SourceFile
from tests.conftest import CORPUS, ROOT, make_config

TIMEOUT = 120  # a hang guard for a loaded machine, not a speed target


def _config(tmp: Path, corpus: Path, procs: int = 1) -> Path:
    path = tmp / "config.yaml"
    path.write_text(
        f"corpus:\n  paths: [{corpus}]\n"
        f"index:\n  dir: {tmp / 'ix'}\n  procs: {procs}\n  lock_timeout: 5\n"
        f"dictionary:\n  files: [{ROOT / 'userdict.txt'}]\n",
        encoding="utf-8",
    )
    return path


def _cli(*args, env=None, timeout=TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "search_app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        env=env,
    )


@pytest.mark.parametrize("procs, copies", [(1, 0), (2, 70)], ids=["serial", "parallel"])
def test_fifo_named_txt_is_skipped_not_waited_on(tmp_path, procs, copies):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    one = next(corpus.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(copies):  # enough files for the parallel path
        (corpus / f"copy{i:03d}.txt").write_text(f"{one}\n第{i}篇的独有一句话。\n", "utf-8")
    os.mkfifo(corpus / "x.txt")
    sock_dir = corpus / "sub"
    sock_dir.mkdir()
    os.mkfifo(sock_dir / "notes.md")
    res = _cli("--config", str(_config(tmp_path, corpus, procs)), "index")
    assert res.returncode == 0, res.stderr
    assert f"{corpus / 'x.txt'}: a FIFO (named pipe), not a regular file" in res.stdout
    assert f"{sock_dir / 'notes.md'}: a FIFO" in res.stdout
    assert "Traceback" not in res.stderr
    # The lock was released: a search answers.
    res = _cli("--config", str(_config(tmp_path, corpus, procs)), "search", "干部", "--json")
    assert res.returncode == 0 and '"total": ' in res.stdout, res.stderr


def test_fifo_appearing_after_the_scan_is_skipped_when_read(tmp_path):
    """The read itself opens non-blocking (a file replaced by a FIFO between scan and read)."""
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    code = (
        "from index.ingest.reading import read_bytes; from index.engine.models import SourceFile; "
        f"print(read_bytes(SourceFile(path={str(fifo)!r}, root='.', relpath='late.txt')).reason)"
    )
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=TIMEOUT
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "a FIFO (named pipe), not a regular file"


def test_read_bytes_still_reads_regular_files(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("正文。".encode())
    assert reading.read_bytes(SourceFile(str(path), str(tmp_path), "a.txt")) == "正文。".encode()
    folder = tmp_path / "d.txt"
    folder.mkdir()
    got = reading.read_bytes(SourceFile(str(folder), str(tmp_path), "d.txt"))
    assert "folder" in got.reason


def test_fifo_as_config_or_dictionary_is_an_error_not_a_hang(tmp_path):
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    res = _cli("--config", str(fifo), "search", "干部")
    assert res.returncode == 2 and "a FIFO" in res.stderr and str(fifo) in res.stderr
    dict_fifo = tmp_path / "words.txt"
    os.mkfifo(dict_fifo)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cfg = _config(tmp_path, corpus)
    cfg.write_text(
        cfg.read_text("utf-8").replace(str(ROOT / "userdict.txt"), str(dict_fifo)), "utf-8"
    )
    res = _cli("--config", str(cfg), "index")
    assert res.returncode == 0, res.stderr
    assert f"{dict_fifo}: cannot read user dictionary" in res.stdout + res.stderr


def test_home_folder_as_corpus_warns_and_goes_on(tmp_path):
    home = tmp_path / "home"
    shutil.copytree(CORPUS, home / "news")
    env = {**os.environ, "HOME": str(home)}
    res = _cli("index", "--corpus", str(home), "--index-dir", str(tmp_path / "ix"), env=env)
    assert res.returncode == 0, res.stderr
    out = res.stdout + res.stderr
    assert f"corpus folder {home} is your home folder" in out
    assert "files: 5 added" in res.stdout


def test_root_warnings_name_the_filesystem_root():
    (message,) = reading.root_warnings([Path("/")])
    assert "corpus folder / is the filesystem root" in message
    assert reading.root_warnings([CORPUS]) == []


def test_a_scan_passing_many_files_warns_once_and_finishes(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    for i in range(30):
        (corpus / f"other{i}.dat").write_text("x", "utf-8")  # counted, not indexed
    monkeypatch.setattr(reading, "SCAN_WARN_FILES", 10)
    summary = Indexer(make_config(tmp_path / "ix", [corpus]), procs=1).run()
    warnings = [p for p in summary.problems if p.startswith("scanning corpus folder")]
    assert len(warnings) == 1 and str(corpus) in warnings[0]
    assert summary.added == 5
