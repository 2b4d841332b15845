"""Cold `search`: the sharded prefix dict segments exactly like jieba's full one, and
a search loads neither the full dictionary nor heavy modules (issue 12). Not timed:
bench/cold_cli.py measures the wall time."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from index.build import prefix_shards
from index.build.folding import fold
from index.build.segmenter import CACHE_ENV, DictEntry, Segmenter, UserDictionary
from tests.conftest import CORPUS, ROOT


def _texts() -> list[str]:
    """Varied strings: bundled paragraphs (both scripts), ASCII mixes, random CJK runs."""
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        out += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(12)
    cjk = "".join(dict.fromkeys("".join(out)))
    out += ["".join(rng.choice(cjk) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    out += ["COVID-19疫情 3.5% 增长", "iPhone15发布会", "驻村第一书记", "下沉干部", "a", "。"]
    return [fold(t) for t in out]


@pytest.fixture
def user_dict():
    """A user dictionary with a frequency, a tag, a forced split (freq 0) and a new word."""
    return UserDictionary(
        (
            DictEntry("驻村第一书记", 50),
            DictEntry("金花葵", None, "n"),
            DictEntry("下沉干部"),
            DictEntry("心贴心", 0),
        ),
        (),
    )


def test_sharded_dictionary_segments_like_the_full_one(tmp_path, monkeypatch, user_dict):
    monkeypatch.setattr("index.build.segmenter._cache_dir", lambda: tmp_path)
    full = Segmenter(user_dict)
    full.warm_up()  # writes the shard file as a side effect
    assert list(tmp_path.glob("jieba-prefix-*.shards"))
    light = Segmenter(user_dict)
    tk = light._query_tokenizer()
    assert isinstance(tk.FREQ, prefix_shards.ShardedFreq)
    assert light._tk is None
    for text in _texts():
        assert tk.lcut(text) == full._tk.lcut(text), text
        assert light.query_words(text) == full.query_words(text), text
    assert light._tk is None  # never fell back to the full load


def test_a_query_during_the_full_load_segments_on_the_shards(tmp_path, monkeypatch, user_dict):
    """The app's warm-up loads the full dictionary (about 1 s) holding its lock; a query
    typed meanwhile does not wait for it: it segments on the shards, the same way."""
    import threading

    monkeypatch.setattr("index.build.segmenter._cache_dir", lambda: tmp_path)
    full = Segmenter(user_dict)
    full.warm_up()  # the shard file, as an earlier run leaves it
    loading = Segmenter(user_dict)
    got = []
    with loading._lock:  # the full load under way
        t = threading.Thread(target=lambda: got.append(loading.query_words("驻村第一书记下沉")))
        t.start()
        t.join(30)
        assert got == [full.query_words("驻村第一书记下沉")]
    assert loading._tk is None


def test_indexing_on_the_shards_gives_the_same_tokens(tmp_path, monkeypatch, user_dict):
    """A run adding a few articles segments on the shards: same words, positions, offsets."""
    monkeypatch.setattr("index.build.segmenter._cache_dir", lambda: tmp_path)
    full = Segmenter(user_dict)
    full.warm_up()
    light = Segmenter(user_dict)
    light.index_light = True
    texts = _texts()
    texts.append("".join(texts))  # one long text, as an article's paragraphs are
    for text in texts:
        assert light.index_tokens(text) == full.index_tokens(text), text
        assert light.tokenize(text) == full.tokenize(text), text
        assert light.words(text) == full.words(text), text
    assert light._tk is None and light._light.total == full._tk.total
    off = Segmenter(user_dict)  # index_light off: the full dictionary, as before
    off.index_tokens("干部")
    assert off._tk is not None


def test_shard_file_is_keyed_by_the_user_dictionary(tmp_path, user_dict):
    other = UserDictionary((DictEntry("金花葵"),), ())
    a = prefix_shards.shard_path(tmp_path, user_dict.fingerprint())
    b = prefix_shards.shard_path(tmp_path, other.fingerprint())
    assert a != b


def test_damaged_shard_file_falls_back_to_the_full_dictionary(tmp_path, monkeypatch, user_dict):
    monkeypatch.setattr("index.build.segmenter._cache_dir", lambda: tmp_path)
    seg = Segmenter(user_dict)
    path = seg._shard_file()
    path.write_bytes(prefix_shards.MAGIC + b"\x05\x00\x00\x00\x00\x00\x00\x00junk")
    assert prefix_shards.load_shards(path) is None
    words = seg.query_words("驻村第一书记干部")
    assert seg._tk is not None  # loaded in full instead
    assert words == [w for w in seg._tk.lcut("驻村第一书记干部")]


_PROBE = """
import json, sys
from search_app.cli import main
code = main(["search", "干部", "--json", "--index-dir", sys.argv[1]])
from index.build.segmenter import _shared
print(json.dumps({
    "code": code,
    "modules": sorted(
        m for m in sys.modules if m in sys.argv[2].split(",") or m.split(".")[0] in sys.argv[2].split(",")
    ),
    "full_dictionary": any(s._tk is not None for s in _shared.values()),
}))
"""
# `regex`: the cleaning rules are compiled by the commands that clean text, not by `search`.
HEAVY = "trafilatura,htmldate,lxml,dateparser,textual,rich,pkg_resources,index.build.indexer,numpy,regex"


def test_search_loads_no_heavy_module_nor_the_full_dictionary(bundled_index, tmp_path):
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}  # no shard cache yet

    def probe() -> dict:
        res = subprocess.run(
            [sys.executable, "-c", _PROBE, str(bundled_index.index.dir), HEAVY],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert res.returncode == 0, res.stderr
        return json.loads(res.stdout.strip().splitlines()[-1])

    first = probe()  # no shard cache yet: jieba loads in full and writes it
    assert first["code"] == 0
    assert first["full_dictionary"] is True
    second = probe()
    assert second["code"] == 0
    assert second["full_dictionary"] is False
    assert second["modules"] == [], second["modules"]


def _aged(path, age: float, now: float):
    """Create `path` with an mtime `age` seconds before `now`."""
    path.write_bytes(b"x")
    os.utime(path, (now - age, now - age))
    return path


def test_shard_cache_keeps_the_recently_used_sets_and_nothing_young(tmp_path):
    now = 1_000_000.0
    ages = [5, 100, 200, 700, 900, 5000]  # seconds since each set was last used
    sets = [_aged(tmp_path / f"jieba-prefix-{i:016x}.shards", a, now) for i, a in enumerate(ages)]
    stale_tmp = _aged(tmp_path / ".prefix-dead.tmp", 5000, now)  # a writer that died
    live_tmp = _aged(tmp_path / ".prefix-live.tmp", 5, now)  # a writer at work
    other = _aged(tmp_path / "jieba.cache", 5000, now)
    removed = prefix_shards.prune(tmp_path, keep=2, min_age=600, now=now)
    # The two most recent stay; the third is beyond `keep` but younger than min_age.
    assert sorted(removed) == sorted([sets[3], sets[4], sets[5], stale_tmp])
    assert all(p.exists() for p in (*sets[:3], live_tmp, other))


def test_reading_a_shard_set_marks_it_used(tmp_path, monkeypatch, user_dict):
    """A set read by a process counts as recently used, so pruning keeps it."""
    monkeypatch.setattr("index.build.segmenter._cache_dir", lambda: tmp_path)
    Segmenter(user_dict).warm_up()
    (path,) = tmp_path.glob("jieba-prefix-*.shards")
    now = path.stat().st_mtime
    newer = [_aged(tmp_path / f"jieba-prefix-{i:016x}.shards", 3600, now) for i in range(4)]
    os.utime(path, (now - 7200, now - 7200))  # the oldest of five
    assert prefix_shards.load_shards(path) is not None
    removed = prefix_shards.prune(tmp_path, keep=4, min_age=600)
    assert path.exists() and path not in removed
    assert len(removed) == 1 and set(removed) <= set(newer)  # five sets, four kept


def test_writing_a_new_shard_set_prunes_old_ones(tmp_path, monkeypatch, user_dict):
    monkeypatch.setattr("index.build.segmenter._cache_dir", lambda: tmp_path)
    import time

    now = time.time()
    for i in range(10):
        _aged(tmp_path / f"jieba-prefix-{i:016x}.shards", 3600 + i, now)
    Segmenter(user_dict).warm_up()  # writes this dictionary's set, then prunes
    left = list(tmp_path.glob("jieba-prefix-*.shards"))
    assert len(left) == prefix_shards.KEEP_SETS
    assert Segmenter(user_dict)._shard_file() in left


def test_the_suite_never_writes_to_the_user_cache():
    """conftest points jieba's caches at a temporary dir, inherited by CLI subprocesses."""
    from platformdirs import user_cache_dir

    from index.build.segmenter import _cache_dir

    assert os.environ.get(CACHE_ENV)
    assert _cache_dir().resolve() != Path(user_cache_dir("search-app")).resolve()
    probe = "from index.build.segmenter import _cache_dir; print(_cache_dir())"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert Path(out.stdout.strip()) == _cache_dir()
