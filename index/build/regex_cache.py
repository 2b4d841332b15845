"""A per-Python cache of compiled regular expressions, for short indexing runs.

The ingest modules compile ~350 patterns, most of them when imported; many hold
CJK ranges (`[\\u4e00-\\u9fff]`), which `re` expands character by character in
Python, so compiling them costs ~0.1 s, half of what an update of one article
spends importing. `load` puts patterns compiled by an earlier run into `re`'s own
cache (`re.compile` and `re.match(pattern, …)` look there first), built from
their stored programs by `_sre.compile`, the call `re.compile` ends with; `save`
stores the programs of the patterns a run compiled that are not stored yet.

The same file holds facts derived from patterns by slow Python code (`keep`):
the cleaning rules' literal gates (`rules.literal_gate`, a `re` parse of each rule,
~0.14 s for the bundled config). Each kind is stored under a version its caller
gives (a digest of the code that computes it), so a change of that code starts
the kind afresh instead of serving an old answer.

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
import weakref
from pathlib import Path

_PREFIX = "regex-"
_SUFFIX = ".programs"
# A rewrite of the file keeps only the programs this process uses (compiled itself, or
# built by `load` and held by code, not only by `re`'s cache) once the file holds more than
# twice those and more than PRUNE_FROM: programs of rules long gone would otherwise be
# loaded by every run (a file grown to 4.6 MB cost a first add at 1M 0.17 s to read).
PRUNE_FROM = 1000
_loaded: set[tuple[str, int]] = set()  # (pattern, flags) this process read from the file
_stored: set[tuple[str, int]] = set()  # (pattern, flags) known to be in the file
_read: set[str] = set()  # cache files this process has read (once is enough)
_derived: dict[tuple[str, str], dict] = {}  # (kind, version) → key → value, as stored
_kept: dict[tuple[str, str], dict] = {}  # (kind, version) → the caller's table (`keep`)
_built: dict[tuple[str, int], weakref.ref] = {}  # (pattern, flags) → what `load` found or built


def _key() -> str:
    import _sre

    parts = (sys.version, sys.implementation.cache_tag, str(_sre.MAGIC), "2")
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
        stored, derived = _parts(marshal.loads(path.read_bytes()))
        _read.add(str(path))
        for kind, values in derived.items():
            _derived.setdefault(kind, {}).update(values)
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
            _built[(pattern, flags)] = weakref.ref(cache[key])
            _loaded.add((pattern, flags))
        _stored.update(stored)
        return count
    except Exception:  # no file, another Python's re, a damaged file: no cache
        return 0


def _held(key: tuple[str, int]) -> bool:
    """Whether code holds the pattern `load` found or built for `key` (more than `re`'s cache)."""
    ref = _built.get(key)
    obj = ref() if ref is not None else None
    if obj is None:
        return False
    cached = re._cache.get((str, *key)) is obj  # type: ignore[attr-defined]
    # getrefcount's own argument, the local name, and `re`'s cache entry if any
    return sys.getrefcount(obj) > 2 + cached


def _used(stored, current: frozenset) -> set[tuple[str, int]]:
    """The stored programs this process uses: compiled here, or loaded and held by code."""
    return {k for k in stored if (k in current and k not in _loaded) or _held(k)}


def _crowded(stored, added, current: frozenset) -> set[tuple[str, int]] | None:
    """The programs to keep when the file holds more than twice those this process uses
    (and more than PRUNE_FROM), else None."""
    if len(stored) + len(added) <= PRUNE_FROM:
        return None
    used = _used(stored, current)
    return used if len(stored) + len(added) > 2 * (len(used) + len(added)) else None


def mark() -> frozenset[tuple[str, int]]:
    """The patterns in `re`'s cache now: pass it to `save` to store only those compiled after."""
    return frozenset(
        (pattern, flags)
        for kind, pattern, flags in list(re._cache)  # type: ignore[attr-defined]
        if kind is str
    )


def keep(kind: str, version: str, table: dict) -> None:
    """Fill `table` (a caller's memo of facts derived from patterns) with the stored ones
    of (kind, version), and store what it holds by then at each `save`.

    `version` must change whenever the caller's code may answer differently (a digest
    of it); keys and values must be marshal-able (str, int, tuples, frozensets, None).
    """
    table.update(_derived.get((kind, version), {}))
    _kept[(kind, version)] = table


def _parts(stored) -> tuple[dict, dict]:
    """(programs, derived kinds) of a file's contents; ValueError for another layout."""
    if not isinstance(stored, dict) or not isinstance(stored.get("programs"), dict):
        raise ValueError("not a pattern cache")
    derived = stored.get("derived")
    return stored["programs"], derived if isinstance(derived, dict) else {}


def save(folder: Path, since: frozenset[tuple[str, int]] = frozenset()) -> int:
    """Store the programs of the patterns in `re`'s cache not stored yet, leaving out those
    already there at `since` (a `mark()`: the searches' own patterns of a long-lived
    process), and the derived facts computed since; how many programs were added."""
    try:
        path = cache_file(folder)
        current = mark()
        new = current - since - _loaded - _stored
        kinds = {k for k, t in _kept.items() if not t.keys() <= _derived.get(k, {}).keys()}
        if not new and not kinds and _crowded(_stored, (), current) is None:
            return 0
        try:
            stored, derived = _parts(marshal.loads(path.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            stored, derived = {}, {}
        _stored.update(stored)
        added = {k: _program(*k) for k in new - stored.keys()}
        keep = _crowded(stored, added, current)
        if (
            not added
            and keep is None
            and all(_kept[k].keys() <= derived.get(k, {}).keys() for k in kinds)
        ):
            for kind in kinds:
                _derived[kind] = dict(_kept[kind])
            return 0
        if keep is not None:  # programs of older code: those this process uses stay
            stored = {k: v for k, v in stored.items() if k in keep}
        stored.update(added)
        for kind in kinds:
            # Another version of a kind was computed by other code: today's replaces it.
            derived = {k: v for k, v in derived.items() if k[0] != kind[0] or k == kind}
            derived[kind] = {**derived.get(kind, {}), **_kept[kind]}
        import tempfile  # here: only a run that stores something needs it

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps({"programs": stored, "derived": derived}))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _loaded.update(added)
        _stored.update(added)
        for kind in kinds:
            _derived[kind] = dict(derived[kind])
        return len(added)
    except Exception:  # only a cache: a failure costs the next run a compile
        return 0
