"""jieba's prefix dictionary split into shards by first two characters, for fast cold queries.

Loading jieba's whole dictionary costs 0.6-0.9 s, which dominated a one-shot
`search --json`. Segmenting a query only ever looks up fragments that start
with one of the query's characters (`get_DAG`, `calc`, `__cut_DAG` all key on
`sentence[k:...]`), so a dict that loads the shard of a first character on
demand gives exactly the same segmentation. The shards are written once, from
a fully initialised tokenizer with the user dictionary already added, into the
user cache dir; the file name carries everything that could change them.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import mmap
import os
import struct
import sys
import threading
import time
from array import array
from pathlib import Path

# 2: one shard per first character (of the BMP), read without merging.
# 3: one per first two characters (hashed into SHARDS buckets), offsets read in place: an
#    article's 4k characters read 812 first-character shards (254k entries, 0.05 s) for
#    the few thousand fragments jieba looks up; two characters narrow that to the words
#    that can match.
FORMAT = 3
SHARDS = 1 << 18
MAGIC = b"SAPFX1\n"
_HEAD = struct.Struct("<Q")
_OFFSET = "I"  # uint32 offsets (a set is ~10 MB)
# Each jieba install and user dictionary has its own set (~9 MB); tests and dictionary
# edits leave new ones, so the cache keeps the most recently used few.
KEEP_SETS = 4
PRUNE_MIN_AGE = 600.0  # seconds: a set used or written more recently than this is never pruned
TOUCH_AFTER = 60.0  # a set read this long after its last mark is marked used again (its mtime)
_PATTERN = "jieba-prefix-*.shards"
_TEMP_PATTERN = ".prefix-*.tmp"


def _shard(word: str) -> int:
    """The shard a fragment lives in: by its first two characters (one for a single one)."""
    second = ord(word[1]) if len(word) > 1 else 0
    return (ord(word[0]) * 1_000_003 + second) % SHARDS


def import_jieba():
    """Import jieba without pkg_resources (60 ms of start-up; jieba falls back to plain files)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    import warnings

    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


def shard_path(cache_dir: Path, user_fingerprint: str) -> Path:
    """The shard file for this jieba install and user dictionary."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    parts = [str(FORMAT), str(SHARDS), user_fingerprint]
    if spec is not None and spec.origin:
        dict_file = Path(spec.origin).with_name("dict.txt")
        with contextlib.suppress(OSError):
            st = dict_file.stat()
            parts += [str(dict_file), str(st.st_size), str(st.st_mtime_ns)]
    key = hashlib.blake2b("\0".join(parts).encode(), digest_size=8).hexdigest()
    return cache_dir / f"jieba-prefix-{key}.shards"


def write_shards(path: Path, freq: dict, total: int) -> None:
    """Write `freq` (an initialised tokenizer's FREQ) as shards, atomically; errors are ignored."""
    buckets: dict[int, dict] = {}
    for word, f in freq.items():
        if word:
            buckets.setdefault(_shard(word), {})[word] = f
    blobs = [marshal.dumps(buckets[i]) if i in buckets else b"" for i in range(SHARDS)]
    offsets = array(_OFFSET, [0])
    for b in blobs:
        offsets.append(offsets[-1] + len(b))
    header = marshal.dumps((FORMAT, SHARDS, total))
    header += b"\0" * (-(len(MAGIC) + _HEAD.size + len(header)) % offsets.itemsize)
    try:
        import tempfile  # here: it imports random and shutil, which a reader never needs

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".prefix-", suffix=".tmp")
    except OSError:
        return  # no writable cache: queries just load the whole dictionary
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + _HEAD.pack(len(header)) + header)
            f.write(offsets.tobytes())
            for b in blobs:
                f.write(b)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


class ShardedFreq:
    """jieba's FREQ, read shard by shard as fragments are looked up (read-only).

    Each shard stays its own dict (merging them into one cost as much as reading
    them); jieba only uses `in`, `[]` and `get` on FREQ.
    """

    def __init__(self, buf, base: int, offsets) -> None:
        self._buf = buf
        self._base = base
        self._offsets = offsets  # SHARDS + 1 offsets, a view of the mapped file
        self._shards: dict[int, dict] = {}
        self._lock = threading.Lock()

    def _shard_of(self, word: str) -> dict:
        i = _shard(word)
        shard = self._shards.get(i)
        if shard is None:
            with self._lock:
                shard = self._shards.get(i)
                if shard is None:
                    lo, hi = self._offsets[i], self._offsets[i + 1]
                    blob = self._buf[self._base + lo : self._base + hi]
                    shard = marshal.loads(blob) if blob else {}
                    self._shards[i] = shard
        return shard

    def loaded(self) -> int:
        """How many shards have been read."""
        return len(self._shards)

    def __contains__(self, word) -> bool:
        return bool(word) and word in self._shard_of(word)

    def __getitem__(self, word):
        if not word:
            raise KeyError(word)
        return self._shard_of(word)[word]

    def get(self, word, default=None):
        """dict.get, reading the word's shard first."""
        if not word:
            return default
        return self._shard_of(word).get(word, default)


def load_shards(path: Path) -> tuple[ShardedFreq, int] | None:
    """(lazy FREQ, total) from a shard file, or None if it is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        if buf[: len(MAGIC)] != MAGIC:
            return None
        start = len(MAGIC) + _HEAD.size
        (hlen,) = _HEAD.unpack(buf[len(MAGIC) : start])
        fmt, shards, total = marshal.loads(buf[start : start + hlen])
        if fmt != FORMAT or shards != SHARDS:
            return None
        at = start + hlen + (-(start + hlen) % array(_OFFSET).itemsize)
        base = at + (SHARDS + 1) * array(_OFFSET).itemsize
        offsets = memoryview(buf)[at:base].cast(_OFFSET)
        if base + offsets[-1] != len(buf):
            return None
    except (ValueError, EOFError, TypeError, struct.error):
        return None
    _mark_used(path)
    return ShardedFreq(buf, base, offsets), total


def _mark_used(path: Path) -> None:
    """Refresh a set's mtime (at most once a minute), so pruning sees it as recently used."""
    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > TOUCH_AFTER:
            os.utime(path)


def prune(
    cache_dir: Path, keep: int = KEEP_SETS, min_age: float = PRUNE_MIN_AGE, now: float | None = None
) -> list[Path]:
    """Delete all but the `keep` most recently used shard sets, and writers' stale temp files.

    Never one used or written in the last `min_age` seconds: another process
    may be about to read it. A process that has one open keeps its mapping
    (POSIX); one that looks for a pruned set finds none and writes it again.
    Returns what was deleted; errors are ignored (it is only a cache).
    """
    now = time.time() if now is None else now
    sets = []
    for path in cache_dir.glob(_PATTERN):
        with contextlib.suppress(OSError):
            sets.append((path.stat().st_mtime, path))
    sets.sort(reverse=True)
    old = [p for mtime, p in sets[keep:] if now - mtime >= min_age]
    for path in cache_dir.glob(_TEMP_PATTERN):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime >= min_age:
                old.append(path)
    removed = []
    for path in old:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
