"""A per-Python cache of compiled regular expressions, for short indexing runs.

The ingest modules compile ~350 patterns, most of them when imported; many hold
CJK ranges (`[\\u4e00-\\u9fff]`), which `re` expands character by character in
Python, so compiling them costs ~0.1 s, half of what an update of one article
spends importing. `load` puts patterns compiled by an earlier run into `re`'s own
cache (`re.compile` and `re.match(pattern, …)` look there first), built from
their stored programs by `_sre.compile`, the call `re.compile` ends with; `save`
stores the programs of the patterns a run compiled that are not stored yet.

This is the one module that touches `re`'s internals (`re._cache`,
`re._parser.parse`, `re._compiler._code`, `_sre.compile`). The file is keyed by
the interpreter build and `_sre.MAGIC`, so a program is only ever used by the
`re` that wrote it; anything unexpected (another Python's `re`, a damaged file)
means no cache, and `re` compiles as usual.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

_PREFIX = "regex-"
_SUFFIX = ".programs"
MAX_STORED = 4000  # programs kept (~2 KB each); past it, those of patterns no longer compiled go
_loaded: set[tuple[str, int]] = set()  # (pattern, flags) this process read from the file
_read: set[str] = set()  # cache files this process has read (once is enough)


def _key() -> str:
    import _sre

    parts = (sys.version, sys.implementation.cache_tag, str(_sre.MAGIC), "1")
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=8).hexdigest()


def folder() -> Path | None:
    """Where compiled patterns are cached (the user cache dir), or None if it is not usable."""
    from index.build.segmenter import cache_dir

    try:
        return cache_dir()
    except OSError:
        return None


def cache_file(folder: Path) -> Path:
    """The cache file of this interpreter in `folder`."""
    return Path(folder) / f"{_PREFIX}{_key()}{_SUFFIX}"


def _program(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands `_sre.compile` for `pattern` (its final flags first)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(p, flags)))  # its opcodes are int subclasses
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags | p.state.flags)
    return (final, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _build(pattern: str, program: tuple) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def load(folder: Path) -> int:
    """Put the stored patterns into `re`'s cache; how many (0 without a usable file, or
    when this process read it already: a long-lived one, the app, indexes many times)."""
    try:
        path = cache_file(folder)
        if str(path) in _read:
            return 0
        stored = marshal.loads(path.read_bytes())
        _read.add(str(path))
        cache = re._cache  # type: ignore[attr-defined]
        count = 0
        # All of them, even past `re._MAXCACHE`: a process that has compiled patterns of
        # its own (the app's searches) had room for some of the file's only, often not
        # those this run needs; `re` drops its oldest entry per new compile when full.
        for (pattern, flags), program in stored.items():
            key = (str, pattern, flags)
            if key not in cache:
                cache[key] = _build(pattern, program)
                count += 1
            _loaded.add((pattern, flags))
        return count
    except Exception:  # no file, another Python's re, a damaged file: no cache
        return 0


def save(folder: Path) -> int:
    """Store the programs of the patterns in `re`'s cache not stored yet; how many were added."""
    try:
        path = cache_file(folder)
        current = {
            (pattern, flags)
            for kind, pattern, flags in list(re._cache)  # type: ignore[attr-defined]
            if kind is str
        }
        new = current - _loaded
        if not new:
            return 0
        try:
            stored = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            stored = {}
        added = {k: _program(*k) for k in new - stored.keys()}
        if not added:
            return 0
        if len(stored) + len(added) > MAX_STORED:  # patterns of older code: keep today's only
            stored = {k: v for k, v in stored.items() if k in current}
        stored.update(added)
        import tempfile  # here: only a run that stores something needs it

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(stored))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _loaded.update(added)
        return len(added)
    except Exception:  # only a cache: a failure costs the next run a compile
        return 0
