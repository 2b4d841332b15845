"""The indexer's manifest file: what each committed generation holds, per file and per article.

The index of record is the Whoosh lexicon (`filekey` and `articlekey` terms),
but reading it costs seconds at a million paragraphs (every term of every
segment, with a liveness check where there are deletions). So an indexing
run that knows exactly what it changed writes, after its last commit, one
small file named by that generation: path → (content hash, size:mtime stamp)
and article hash → path. A later run uses it only when it names the
generation it opens and the same document count, and its digest holds; in
every other case (missing after a kill -9, older generation, damaged) the
indexer reads the lexicon as before. Files of other generations are removed
when a new one is written. The file lives in a subfolder, so the build's
checksums (which list Whoosh's files) never cover it.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = "manifest"
VERSION = 2  # 2: the recurrence pass's samples
# marshal (C speed: ~20 ms for 50k files, where JSON took ~0.5 s) is tied to the
# Python version, so the header names it; another Python reads the lexicon instead.
_HEADER = f"search-app-manifest {VERSION} py{sys.version_info[0]}.{sys.version_info[1]} m{marshal.version}".encode()


@dataclass
class Manifest:
    """path → (content hash, size:mtime stamp), article hash → path, and recurrence samples."""

    files: dict[str, tuple[str, str]]
    articles: dict[str, str]
    # path → (stamp, candidate keys, signature): what the recurrence pass counted
    # in each file it read (a cache: any entry may be missing).
    samples: dict[str, tuple] = field(default_factory=dict)


def _path(build: Path, generation: int) -> Path:
    return Path(build) / FOLDER / f"gen-{generation}.bin"


def read(build: Path, generation: int, doc_count: int) -> Manifest | None:
    """The manifest written for `generation` holding `doc_count` documents, or None."""
    try:
        data = _path(build, generation).read_bytes()
    except OSError:
        return None
    header, _, rest = data.partition(b"\n")
    digest, _, body = rest.partition(b"\n")
    if header != _HEADER or hashlib.blake2b(body, digest_size=16).hexdigest().encode() != digest:
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


def write(build: Path, generation: int, doc_count: int, manifest: Manifest) -> None:
    """Write the manifest of a committed generation (atomically) and drop the others'."""
    folder = Path(build) / FOLDER
    folder.mkdir(exist_ok=True)
    body = marshal.dumps(
        (generation, doc_count, manifest.files, manifest.articles, manifest.samples)
    )
    digest = hashlib.blake2b(body, digest_size=16).hexdigest().encode()
    target = _path(build, generation)
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.write(_HEADER + b"\n" + digest + b"\n" + body)
        os.replace(tmp, target)  # derived data: a torn file fails its digest, so no fsync
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    discard(build, keep=target.name)


def discard(build: Path, keep: str | None = None) -> None:
    """Remove manifest files (and leftovers of killed writers) except `keep`."""
    folder = Path(build) / FOLDER
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder):
            if entry != keep:
                with contextlib.suppress(OSError):
                    os.unlink(folder / entry)
