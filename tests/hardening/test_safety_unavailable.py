"""Issue 11 item 4: an empty (unmounted) or unreadable corpus folder does not mean "all deleted"."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from index.build.segmenter import CACHE_ENV
from tests.hardening.safety_helpers import run_cli, small_corpus, total

NOBODY = 65534


def test_empty_mount_point_keeps_its_articles_unless_pruned(tmp_path):
    mnt = small_corpus(tmp_path / "mnt", 3)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(mnt), "--index-dir", str(ix)).returncode == 0
    before = total(ix)
    mnt.rename(tmp_path / "away")  # the drive is unmounted: an empty mount point stays
    mnt.mkdir()
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0 and "0 removed" in res.stdout
    assert "is empty" in res.stdout and "3 indexed file(s) were kept" in res.stdout
    assert total(ix) == before
    res = run_cli("index", "--index-dir", str(ix), "--prune")
    assert res.returncode == 0 and "3 removed" in res.stdout
    assert total(ix) == 0


@pytest.fixture
def shared_tmp():
    """A temp folder another user can enter (pytest's own is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="safety-", dir="/tmp"))
    base.chmod(0o755)
    yield base
    for dirpath, dirnames, _files in os.walk(base):
        for d in dirnames:
            os.chmod(os.path.join(dirpath, d), 0o755)
    shutil.rmtree(base, ignore_errors=True)


def test_unreadable_corpus_folder_keeps_its_articles(shared_tmp):
    # Root reads everything: run as nobody (setpriv) so the permission bits count.
    user = NOBODY if os.geteuid() == 0 else None
    corpus = small_corpus(shared_tmp / "c", 2)
    sub = small_corpus(corpus / "sub", 4)
    for f in sub.glob("*.txt"):
        if f.name[:3] <= "002":
            f.unlink()  # sub holds files of its own, different from corpus/
    home = shared_tmp / "home"
    home.mkdir()
    ix = shared_tmp / "ix"
    if user is not None:
        for p in (home, shared_tmp / "c", sub):
            os.chown(p, user, user)
        ix.mkdir()
        os.chown(ix, user, user)
    env = {
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        CACHE_ENV: str(home / ".cache"),
    }

    def index(*args):
        return run_cli("index", "--index-dir", str(ix), *args, env=env, user=user)

    assert index("--corpus", str(corpus)).returncode == 0
    before = total(ix)
    sub.chmod(0)  # a sub-folder that cannot be listed
    res = index()
    assert res.returncode == 0 and "0 removed" in res.stdout and "cannot be read" in res.stdout
    assert total(ix) == before
    sub.chmod(0o755)
    corpus.chmod(0)  # the whole corpus folder
    res = index()
    assert res.returncode == 0 and "0 removed" in res.stdout, res.stdout
    assert "cannot be read" in res.stdout
    assert total(ix) == before
    corpus.chmod(0o755)
