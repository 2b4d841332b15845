"""The indexer's manifest file: what each committed generation holds, per file and per article.

The index of record is the Whoosh lexicon (`filekey` and `articlekey` terms),
but reading it costs seconds at a million paragraphs (every term of every
segment, with a liveness check where there are deletions). So an indexing
run that knows exactly what it changed writes, after its last commit, a
small file named by that generation: path → (content hash, size:mtime stamp),
article hash → path, and the recurrence pass's samples. A later run uses it
only when it names the generation it opens and the same document count, and
its digests hold; in every other case (missing after a kill -9, older
generation, damaged) the indexer reads the lexicon as before. The files live
in a subfolder, so the build's checksums (which list Whoosh's files) never
cover them.

Two kinds of file, so that a run changing one file neither reads nor writes
the whole of a 50k-file manifest:

- `base-<G>.bin`: everything at generation G. Files and articles in one
  marshal blob (the "core"); the samples, the bulk, one blob per folder,
  read only for the folders a run looks at.
- `gen-<N>.log`: generation N as a base plus the changes since it (a value,
  or None for removed), cumulative, so one log and its base make a
  generation. A run rewrites the log; once the changes pass
  COMPACT_MIN entries (or COMPACT_SHARE of the files) it writes a new base.

Format 4 deflates the core, each folder's block and the log body (zlib: 5.6 →
2.6 MB at 100k, 56.6 → 26.0 MB at 1M; the digests cover the deflated bytes). Format-3 bases and logs
(the same, not deflated) and `gen-<N>.bin` (format 2, one blob) are still
read; the next run that needs a base writes one of format 4.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import mmap
import os
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = "manifest"
VERSION = 4  # 2: the recurrence pass's samples; 3: a base plus a log of changes; 4: deflated
# marshal (C speed: ~20 ms for 50k files, where JSON took ~0.5 s) is tied to the
# Python version, so the header names it; another Python reads the lexicon instead.
_TAIL = f"py{sys.version_info[0]}.{sys.version_info[1]} m{marshal.version}"
_LEGACY = f"search-app-manifest 2 {_TAIL}".encode()
_BASE = f"search-app-manifest-base {VERSION} {_TAIL}".encode()
_LOG = f"search-app-manifest-log {VERSION} {_TAIL}".encode()
_BASE3 = f"search-app-manifest-base 3 {_TAIL}".encode()  # not deflated; still read
_LOG3 = f"search-app-manifest-log 3 {_TAIL}".encode()
_LEVEL = 1  # at 1M: level 6 is 8 % smaller but writes a base in 1.7 s instead of 0.6 s
_BASE_HEAD = struct.Struct("<QQ16s")  # core length, file length, core digest
COMPACT_MIN = 1000  # changes a log may carry before a new base is written …
COMPACT_SHARE = 0.02  # … or this share of the files, if more


def _digest(data) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _plain(data) -> bytes:
    """Format 3's bytes as they are."""
    return data


def _pack(data: bytes) -> bytes:
    """Format 4's bytes: deflated."""
    return zlib.compress(data, _LEVEL)


@dataclass
class Origin:
    """The base a manifest was read through, the log's changes since it, and what was read."""

    base: str  # the base file's name
    digest: bytes  # its core's digest, which the log names
    files: dict  # path → value, or None when removed since the base
    articles: dict
    samples: dict


@dataclass
class Manifest:
    """path → (content hash, size:mtime stamp), article hash → path, and recurrence samples."""

    files: dict[str, tuple[str, str]]
    articles: dict[str, str]
    # path → (stamp, candidate keys, signature): what the recurrence pass counted
    # in each file it read (a cache: any entry may be missing). A dict or `Samples`.
    samples: object = field(default_factory=dict)
    origin: Origin | None = field(default=None, compare=False, repr=False)


class Samples:
    """The samples of a base file, read one folder at a time, with a log's changes on top."""

    def __init__(self, buf, start: int, index: dict, changes: dict, unpack=_plain) -> None:
        self._buf = buf
        self._start = start
        self._index = index  # folder → (offset, length, digest, paths)
        self._changes = changes
        self._unpack = unpack  # zlib.decompress for format 4
        self._blocks: dict[str, dict] = {}

    def _block(self, folder: str) -> dict:
        block = self._blocks.get(folder)
        if block is None:
            block = {}
            entry = self._index.get(folder)
            if entry is not None:
                offset, length, digest, _paths = entry
                lo = self._start + offset
                data = self._buf[lo : lo + length]
                if _digest(data) == digest:  # a damaged block is only a cache miss
                    with contextlib.suppress(ValueError, EOFError, TypeError, zlib.error):
                        block = marshal.loads(self._unpack(data))
            self._blocks[folder] = block
        return block

    def get(self, path: str, default=None):
        """The sample of `path`, or `default`."""
        if path in self._changes:
            value = self._changes[path]
            return default if value is None else value
        value = self._block(path.rpartition(os.sep)[0]).get(path)
        return default if value is None else value

    def keys(self) -> set[str]:
        """Every path with a sample (no block is read)."""
        out = {p for entry in self._index.values() for p in entry[3]}
        for path, value in self._changes.items():
            if value is None:
                out.discard(path)
            else:
                out.add(path)
        return out

    def __iter__(self):
        return iter(self.keys())

    def items(self):
        """(path, sample) pairs, reading every block."""
        return ((p, v) for p in self.keys() if (v := self.get(p)) is not None)


def _base_name(generation: int) -> str:
    return f"base-{generation}.bin"


def _log_name(generation: int) -> str:
    return f"gen-{generation}.log"


def read(build: Path, generation: int, doc_count: int) -> Manifest | None:
    """The manifest written for `generation` holding `doc_count` documents, or None."""
    folder = Path(build) / FOLDER
    log = _read_log(folder / _log_name(generation), generation, doc_count)
    if log is not None:
        base_name, digest, files_d, articles_d, samples_d = log
        base = _read_base(folder / base_name)
        if base is None or base[0] != digest:
            return None
        _digest_ok, _gen, _count, files, articles, samples = base
        _apply(files, files_d)
        _apply(articles, articles_d)
        samples._changes = samples_d
        origin = Origin(base_name, digest, files_d, articles_d, samples_d)
    else:
        base = _read_base(folder / _base_name(generation))
        if base is None:
            return _read_legacy(folder / f"gen-{generation}.bin", generation, doc_count)
        digest, gen, count, files, articles, samples = base
        if (gen, count) != (generation, doc_count):
            return None
        origin = Origin(_base_name(generation), digest, {}, {}, {})
    return Manifest(files, articles, samples, origin)


def _apply(target: dict, changes: dict) -> None:
    for key, value in changes.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value


def _read_log(path: Path, generation: int, doc_count: int):
    """(base name, base digest, file, article and sample changes) of a log, or None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, _, rest = data.partition(b"\n")
    digest, body = rest[:16], rest[16:]
    unpack = {_LOG: zlib.decompress, _LOG3: _plain}.get(header)
    if unpack is None or _digest(body) != digest:
        return None
    try:
        gen, count, base, base_digest, files_d, articles_d, samples_d = marshal.loads(unpack(body))
    except (ValueError, EOFError, TypeError, zlib.error):
        return None
    if (gen, count) != (generation, doc_count) or not all(
        isinstance(d, dict) for d in (files_d, articles_d, samples_d)
    ):
        return None
    return base, base_digest, files_d, articles_d, samples_d


def _read_base(path: Path):
    """(core digest, generation, count, files, articles, Samples) of a base file, or None."""
    try:
        with open(path, "rb") as fh:
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    start = len(_BASE) + 1  # format 3's header has the same length
    try:
        unpack = {_BASE: zlib.decompress, _BASE3: _plain}.get(buf[: start - 1])
        if unpack is None or buf[start - 1 : start] != b"\n":
            return None
        core_len, total, digest = _BASE_HEAD.unpack(buf[start : start + _BASE_HEAD.size])
        start += _BASE_HEAD.size
        core = buf[start : start + core_len]
        if total != len(buf) or _digest(core) != digest:
            return None
        gen, count, files, articles, index = marshal.loads(unpack(core))
    except (ValueError, EOFError, TypeError, struct.error, zlib.error):
        return None
    if not (isinstance(files, dict) and isinstance(articles, dict) and isinstance(index, dict)):
        return None
    return digest, gen, count, files, articles, Samples(buf, start + core_len, index, {}, unpack)


def _read_legacy(path: Path, generation: int, doc_count: int) -> Manifest | None:
    """A format-2 manifest (one blob); the next write replaces it with a base."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, _, rest = data.partition(b"\n")
    digest, _, body = rest.partition(b"\n")
    if header != _LEGACY or hashlib.blake2b(body, digest_size=16).hexdigest().encode() != digest:
        return None
    try:
        gen, count, files, articles, samples = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None
    if (gen, count) != (generation, doc_count) or not (
        isinstance(files, dict) and isinstance(articles, dict) and isinstance(samples, dict)
    ):
        return None
    return Manifest(files, articles, samples)


def _changes(delta: dict, now: dict, changed) -> dict:
    """`delta` plus the `changed` keys' values in `now` (None for removed keys)."""
    out = dict(delta)
    out.update((key, now.get(key)) for key in changed)
    return out


def write(
    build: Path,
    generation: int,
    doc_count: int,
    files: dict,
    articles: dict,
    sample_changes: dict,
    all_samples: Callable[[], dict],
    origin: Origin | None = None,
    changed: tuple[set[str], set[str]] = (set(), set()),
) -> None:
    """Write the manifest of a committed generation (atomically) and drop files no longer needed.

    With the `origin` it was read through, a log of the changes since that base
    (`changed`: the paths and article keys this run set or removed; comparing
    all 50k entries with what was read cost more than the rest of the write),
    unless they have grown past the compaction limit; else a new base
    (`all_samples()` gives every sample).
    """
    folder = Path(build) / FOLDER
    folder.mkdir(exist_ok=True)
    if origin is not None and (folder / origin.base).exists():
        files_d = _changes(origin.files, files, changed[0])
        articles_d = _changes(origin.articles, articles, changed[1])
        samples_d = {**origin.samples, **sample_changes}
        size = len(files_d) + len(articles_d) + len(samples_d)
        if size <= max(COMPACT_MIN, COMPACT_SHARE * len(files)):
            body = _pack(
                marshal.dumps(
                    (
                        generation,
                        doc_count,
                        origin.base,
                        origin.digest,
                        files_d,
                        articles_d,
                        samples_d,
                    )
                )
            )
            name = _log_name(generation)
            _replace(folder, name, [_LOG + b"\n", _digest(body), body])
            discard(build, keep={name, origin.base})
            return
    with contextlib.suppress(OSError):  # a log of this generation would name an older base
        os.unlink(folder / _log_name(generation))
    name = _base_name(generation)
    _replace(folder, name, _base_parts(generation, doc_count, files, articles, all_samples()))
    discard(build, keep={name})


def _base_parts(generation: int, doc_count: int, files, articles, samples: dict) -> list:
    """A base file's bytes, in pieces: header, core, one block of samples per folder."""
    by_folder: dict[str, dict] = {}
    for path, value in samples.items():
        by_folder.setdefault(path.rpartition(os.sep)[0], {})[path] = value
    blocks, index, offset = [], {}, 0
    for folder, block in by_folder.items():
        data = _pack(marshal.dumps(block))
        index[folder] = (offset, len(data), _digest(data), tuple(block))
        blocks.append(data)
        offset += len(data)
    core = _pack(marshal.dumps((generation, doc_count, files, articles, index)))
    head_len = len(_BASE) + 1 + _BASE_HEAD.size
    total = head_len + len(core) + offset
    return [_BASE + b"\n", _BASE_HEAD.pack(len(core), total, _digest(core)), core, *blocks]


def _replace(folder: Path, name: str, parts: list) -> None:
    """Write `parts` to folder/name through a temporary file and a rename."""
    from index.build.faults import checkpoint

    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.writelines(parts)
        checkpoint("manifest_written")
        os.replace(tmp, folder / name)  # derived data: a torn file fails its digest, so no fsync
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def discard(build: Path, keep: set[str] | None = None) -> None:
    """Remove manifest files (and leftovers of killed writers) except those in `keep`."""
    folder = Path(build) / FOLDER
    keep = keep or set()
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder):
            if entry not in keep:
                with contextlib.suppress(OSError):
                    os.unlink(folder / entry)
