"""The on-disk index: builds, the CURRENT pointer, metadata and the writer lock.

Layout of the index directory::

    SEARCH-APP-INDEX   marker: this folder is a search-app index
    CURRENT            name of the build searchers should open (atomic rename)
    .lock              flock held by the one running indexer (and its pid)
    build-<stamp>/     a Whoosh index, build.json (schema version, fingerprint,
                       corpus roots and extensions) and CHECKSUMS.json

The index deletes only builds it created (a `build-*` folder with a valid
build.json), refuses a folder holding anything else, and never writes when it
is only read. CHECKSUMS.json lists size, mtime and BLAKE2b of each Whoosh file
as of the last commit: opening checks sizes and re-hashes files whose mtime
moved; `index --verify` hashes everything.

Whoosh commits inside a build are atomic (its TOC is renamed into place), so a
killed writer leaves the last commit readable. A full rebuild writes a new
build and switches CURRENT only when it is complete, so searchers never see a
half-built index.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from index.build import whoosh_internals
from index.build.faults import checkpoint
from index.engine.errors import (
    IndexCorrupt,
    IndexLocked,
    IndexMissing,
    IndexOutdated,
    IndexProblem,
    IndexRefused,
)

# 7: cite_no (reader's paragraph number); 8: stored site and original_title;
# 9: stored field regions_inherited renamed inherited_regions; 10: author facet fields;
# 11: no `uni`/`bi` character fields (the accelerator files are the literal matcher)
# 12: article values stored once, on the article's first document (documents.ARTICLE_KEYS)
SCHEMA_VERSION = 12
_PENDING = ".pending"
MARKER = "SEARCH-APP-INDEX"
CHECKSUMS = "CHECKSUMS.json"
_MARKER_TEXT = (
    "This folder is a search-app index. search-app only ever deletes the build-*\n"
    "folders it created here; delete the whole folder to drop the index.\n"
)
# Files of ours at the top of an index folder; anything else there is foreign.
_OWN_TOP = {MARKER, "CURRENT", ".lock"}
_OURS_IN_BUILD = {"build.json", CHECKSUMS, _PENDING}
# Lock file descriptors this process holds: forked workers close them, so an
# orphaned worker can never keep the lock.
HELD_LOCK_FDS: set[int] = set()


@dataclass(frozen=True)
class BuildMeta:
    """What a build was made with; a different fingerprint means rebuild."""

    schema_version: int
    fingerprint: str
    created: float
    app_version: str = "0.1.0"
    corpus: tuple[str, ...] = ()  # corpus roots the build indexes ("" = not recorded)
    extensions: tuple[str, ...] = ()


def missing_message(root: Path) -> str:
    """'No index' plus the command that creates one."""
    return (
        f"no index at {root}; build one with `search-app index --index-dir {root} --corpus DIR` "
        "(or `search-app index` for the configured corpus)"
    )


class IndexStore:
    """Access to one index directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        # Every index is opened through a store: the one place Whoosh gets patched.
        whoosh_internals.install()

    # -- reading ---------------------------------------------------------
    def current_build(self) -> Path | None:
        """The published build directory, or None if there is none."""
        try:
            name = (self.root / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            if self.root.exists() and not self.root.is_dir():
                raise IndexRefused(
                    f"{self.root} is a file, not an index folder; pass another --index-dir"
                ) from None
            return None
        except OSError as exc:
            raise IndexCorrupt(f"{self.root}: cannot read CURRENT: {exc.strerror}") from None
        if not name or "/" in name or not (self.root / name).is_dir():
            raise IndexCorrupt(
                f"{self.root}: CURRENT names a missing build {name!r}; run `search-app index --rebuild`"
            )
        return self.root / name

    def read_meta(self, build: Path) -> BuildMeta | None:
        """The build's metadata, or None if unreadable."""
        try:
            data = json.loads((build / "build.json").read_text(encoding="utf-8"))
            meta = BuildMeta(**data)
            return BuildMeta(
                **{
                    **asdict(meta),
                    "corpus": tuple(meta.corpus),
                    "extensions": tuple(meta.extensions),
                }
            )
        except (OSError, ValueError, TypeError):
            return None

    def recorded_corpus(self) -> BuildMeta | None:
        """Metadata of the build whose corpus counts, when it records one, else None.

        That is the published build, or with none published yet (an
        interrupted first build) the newest unfinished one.
        """
        try:
            build = self.current_build()
        except IndexProblem:
            return None
        if build is None:
            pending = [b for b in self.owned_builds() if (b / _PENDING).exists()]
            build = pending[-1] if pending else None
        meta = self.read_meta(build) if build else None
        return meta if meta is not None and meta.corpus else None

    def open_current(self):
        """Open the published Whoosh index, with a clear error for each failure (never writes)."""
        from whoosh import index as windex

        if self.root.exists() and not self.root.is_dir():
            raise IndexRefused(
                f"{self.root} is a file, not an index folder; pass another --index-dir"
            )
        if not self.root.exists():
            raise IndexMissing(missing_message(self.root))
        build = self.current_build()
        if build is None:
            if self.owned_builds():
                raise IndexMissing(
                    f"{self.root}: the first build was interrupted and nothing was saved yet; "
                    f"run `search-app index --index-dir {self.root}` to finish it"
                )
            raise IndexMissing(missing_message(self.root))
        meta = self.read_meta(build)
        if meta is None:
            raise IndexCorrupt(
                f"{build}: build.json is missing or damaged; run `search-app index --index-dir {self.root} --rebuild`"
            )
        if meta.schema_version != SCHEMA_VERSION:
            raise IndexOutdated(
                f"{self.root}: index format {meta.schema_version} is not the current format {SCHEMA_VERSION}; "
                f"run `search-app index --index-dir {self.root} --rebuild`"
            )
        damage = verify_build(build, full=False)
        if damage:
            raise IndexCorrupt(
                f"{build}: the index is damaged ({damage}); run `search-app index --index-dir {self.root} --rebuild`"
            )
        try:
            return windex.open_dir(str(build)), meta
        except windex.EmptyIndexError:
            raise IndexMissing(
                f"{build}: the index has no committed data yet; run `search-app index --index-dir {self.root}`"
            ) from None
        except Exception as exc:  # whoosh raises many types for damaged files
            raise IndexCorrupt(
                f"{build}: the index is damaged, it cannot be opened ({type(exc).__name__}: {exc}); "
                f"run `search-app index --index-dir {self.root} --rebuild`"
            ) from None

    # -- ownership -----------------------------------------------------
    def is_own_build(self, path: Path) -> bool:
        """A `build-*` folder this program created (it holds a valid build.json)."""
        return (
            path.name.startswith("build-")
            and path.is_dir()
            and not path.is_symlink()
            and self.read_meta(path) is not None
        )

    def owned_builds(self) -> list[Path]:
        """Build folders created by this program, oldest first."""
        if not self.root.is_dir():
            return []
        return sorted(p for p in self.root.glob("build-*") if self.is_own_build(p))

    def foreign_entries(self) -> list[str]:
        """Names at the top of the index folder that this program did not create."""
        out = []
        for entry in sorted(os.listdir(self.root)):
            path = self.root / entry
            if entry in _OWN_TOP or _is_temp(entry) or self.is_own_build(path):
                continue
            out.append(entry)
        return out

    def check_writable(self, corpus_roots: list[Path]) -> None:
        """Refuse an index folder that is a file, overlaps a corpus root, or holds foreign files."""
        root = self.root
        if root.exists() and not root.is_dir():
            raise IndexRefused(f"{root} is a file, not an index folder; pass another --index-dir")
        real = Path(os.path.realpath(root))
        for corpus in corpus_roots:
            c = Path(os.path.realpath(corpus))
            if real == c or c in real.parents:
                raise IndexRefused(
                    f"the index folder {root} is inside the corpus folder {corpus}; "
                    "put the index somewhere else (--index-dir DIR)"
                )
            if real in c.parents:
                raise IndexRefused(
                    f"the corpus folder {corpus} is inside the index folder {root}; "
                    "put the index somewhere else (--index-dir DIR)"
                )
        if not root.is_dir() or (root / MARKER).exists():
            return
        foreign = self.foreign_entries()
        if foreign:
            shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
            raise IndexRefused(
                f"{root} holds files that are not a search-app index ({shown}); "
                "choose an empty or new folder for --index-dir"
            )

    def claim(self) -> None:
        """Create the index folder if needed and mark it as ours (after `check_writable`)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not (self.root / MARKER).exists():
            _write_atomic(self.root / MARKER, _MARKER_TEXT)

    def clean_temp(self) -> list[str]:
        """Remove temporary files a killed or failed writer left (call under the lock)."""
        removed = []
        for folder in [self.root, *self.owned_builds()]:
            with contextlib.suppress(OSError):
                for entry in os.listdir(folder):
                    if folder != self.root and entry.endswith("WRITELOCK"):
                        continue  # Whoosh's own lock file, reused by every writer
                    if _is_temp(entry) or (folder != self.root and ".toc." in entry):
                        path = folder / entry
                        if path.is_dir() and not path.is_symlink():
                            shutil.rmtree(path, ignore_errors=True)
                        else:
                            with contextlib.suppress(OSError):
                                path.unlink()
                        removed.append(str(path))
        return removed

    # -- writing ---------------------------------------------------------
    def new_build(self, meta: BuildMeta, schema):
        """Create an unpublished build directory with an empty index."""
        from whoosh import index as windex

        self.claim()
        stamp = (
            time.strftime("%Y%m%dT%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}-{os.getpid()}"
        )
        build = self.root / f"build-{stamp}"
        build.mkdir()
        _write_atomic(build / "build.json", json.dumps(asdict(meta)))
        (build / _PENDING).touch()
        return build, windex.create_in(str(build), schema)

    def record_corpus(self, build: Path, roots: list[str], extensions: list[str]) -> None:
        """Rewrite a build's recorded corpus roots and extensions (atomically)."""
        meta = self.read_meta(build)
        if meta is None:
            return
        data = {**asdict(meta), "corpus": list(roots), "extensions": list(extensions)}
        _write_atomic(build / "build.json", json.dumps(data))

    def pending_build(self, fingerprint: str, corpus: tuple[str, ...] = ()) -> Path | None:
        """An unfinished build with the same settings and corpus, to resume after a crash."""
        for build in reversed(self.owned_builds()):
            meta = self.read_meta(build)
            if (
                (build / _PENDING).exists()
                and meta
                and meta.fingerprint == fingerprint
                and meta.schema_version == SCHEMA_VERSION
                and (not corpus or tuple(meta.corpus) == tuple(corpus))
            ):
                return build
        return None

    def publish(self, build: Path) -> None:
        """Point CURRENT at `build` atomically and remove our builds older than the previous one."""
        with contextlib.suppress(FileNotFoundError):
            (build / _PENDING).unlink()
        previous = None
        with contextlib.suppress(IndexProblem):
            previous = self.current_build()
        checkpoint("publish")
        _write_atomic(self.root / "CURRENT", build.name + "\n")
        checkpoint("published")
        keep = {build.name, previous.name if previous else None}
        for other in self.owned_builds():
            # Keep the previous build: an open searcher may still be reading it.
            if other.name not in keep and not (other / _PENDING).exists():
                shutil.rmtree(other, ignore_errors=True)

    def discard_stale_pending(self, keep: Path | None) -> None:
        """Remove our abandoned unfinished builds other than `keep`."""
        for other in self.owned_builds():
            if other != keep and (other / _PENDING).exists():
                shutil.rmtree(other, ignore_errors=True)

    @contextlib.contextmanager
    def lock(self, timeout: float = 10.0, on_wait=None, on_takeover=None):
        """Hold the indexer lock, waiting up to `timeout` seconds for another indexer.

        A lock still held although the pid written in it is dead (workers of a
        killed indexer from an older version keep its descriptor) is taken over
        at once: `on_takeover(pid)` is told.
        """
        self.claim()
        path = self.root / ".lock"
        deadline = time.monotonic() + timeout
        told = False
        dead_seen = None
        while True:
            fh = open(path, "a+")  # noqa: SIM115 (held for the whole block)
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                fh.close()
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                holder = _read_pid(path)
                if holder is not None and not _alive(holder):
                    if dead_seen == holder:  # dead on two looks: not a holder still writing its pid
                        fh = self._take_over(path)
                        if on_takeover:
                            on_takeover(holder)
                        break
                    dead_seen = holder
                else:
                    dead_seen = None
                if time.monotonic() >= deadline:
                    who = f" (pid {holder})" if holder else ""
                    raise IndexLocked(
                        f"another indexer{who} is updating {self.root}; waited {timeout:.0f} s. "
                        "Try again when it has finished."
                    ) from None
                if on_wait and not told and dead_seen is None:
                    on_wait(holder)
                    told = True
                time.sleep(0.2)
                continue
            try:
                same = os.fstat(fh.fileno()).st_ino == os.stat(path).st_ino
            except OSError:
                same = False
            if same:
                break
            fh.close()  # the file was replaced by a take-over meanwhile: lock the new one
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            HELD_LOCK_FDS.add(fh.fileno())
            yield
        finally:
            HELD_LOCK_FDS.discard(fh.fileno())
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()

    def _take_over(self, path: Path):
        """Replace a lock file held only by orphans with a fresh one we hold."""
        tmp = path.with_name(f".lock.{os.getpid()}.tmp")
        fh = open(tmp, "w+")  # noqa: SIM115 (returned to the caller, who holds it)
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.replace(tmp, path)
        return fh


# -- integrity ---------------------------------------------------------------
def _whoosh_files(build: Path) -> list[str]:
    """The Whoosh files of a build: tables of contents and segment files."""
    out = []
    for entry in os.listdir(build):
        if entry in _OURS_IN_BUILD or entry.endswith("WRITELOCK") or _is_temp(entry):
            continue
        if ".toc." in entry or not (build / entry).is_file():
            continue
        out.append(entry)
    return sorted(out)


def _digest(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _read_checksums(build: Path) -> dict | None:
    try:
        data = json.loads((build / CHECKSUMS).read_text(encoding="utf-8"))
        files = data["files"]
        return {
            "generation": int(data["generation"]),
            "files": {str(k): (int(v[0]), int(v[1]), str(v[2])) for k, v in files.items()},
        }
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None


def write_checksums(build: Path, generation: int) -> None:
    """Record size, mtime and hash of each Whoosh file after a commit; only new files are hashed."""
    old = (_read_checksums(build) or {"files": {}})["files"]
    files = {}
    for name in _whoosh_files(build):
        st = os.stat(build / name)
        known = old.get(name)
        if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
            files[name] = known  # segment files never change once written
        else:
            files[name] = (st.st_size, st.st_mtime_ns, _digest(build / name))
    _write_atomic(build / CHECKSUMS, json.dumps({"generation": generation, "files": files}))


def verify_build(build: Path, full: bool = False, on_file: Callable[[str], None] | None = None):
    """What is wrong with a build's Whoosh files ("" if nothing found).

    Cheap (default): sizes of every listed file, and a hash of those whose
    mtime moved. `full`: hash every file. A build without CHECKSUMS.json, or
    whose checksums are for an older commit (a crash right after a commit),
    is checked only for the files listed. Accelerator files are derived from
    the Whoosh files, so their damage is not the index's: see `accel_damage`.
    """
    sums = _read_checksums(build)
    if sums is None:
        return "" if not (build / CHECKSUMS).exists() else "CHECKSUMS.json is unreadable"
    stale = _stale(build, sums)
    for name, entry in sorted(sums["files"].items()):
        if name.startswith(ACCEL_PREFIX):
            continue
        problem = _file_problem(build, name, entry, full, stale, on_file)
        if problem:
            return problem
    return ""


def accel_damage(build: Path, full: bool = False, on_file=None) -> dict[str, str]:
    """Accelerator files that differ from CHECKSUMS.json: name → what is wrong (missing included)."""
    sums = _read_checksums(build)
    if sums is None:
        return {}
    stale = _stale(build, sums)
    out = {}
    for name, entry in sorted(sums["files"].items()):
        if name.startswith(ACCEL_PREFIX):
            problem = _file_problem(build, name, entry, full, stale, on_file)
            if problem:
                out[name] = problem
    return out


def file_damage(build: Path, name: str) -> str:
    """What is wrong with one listed file of a build ("" if it matches or is not listed)."""
    sums = _read_checksums(build)
    entry = sums["files"].get(name) if sums else None
    if entry is None:
        return ""
    return _file_problem(build, name, entry, False, _stale(build, sums), None)


def _stale(build: Path, sums: dict) -> bool:
    """True when the checksums are older than the newest commit (killed right after it)."""
    gens = [int(m.group(1)) for e in os.listdir(build) if (m := _TOC.fullmatch(e))]
    return not gens or max(gens) != sums["generation"]


def _file_problem(build: Path, name: str, entry, full: bool, stale: bool, on_file) -> str:
    """One listed file checked against its size, mtime and hash ("" if fine)."""
    size, mtime, digest = entry
    path = build / name
    try:
        st = os.stat(path)
    except FileNotFoundError:
        # Killed between a commit and its checksums: files that commit removed are gone.
        return "" if stale else f"{name} is missing"
    if on_file:
        on_file(name)
    if st.st_size != size:
        return f"{name} has {st.st_size} bytes, expected {size}"
    if (full or st.st_mtime_ns != mtime) and _digest(path) != digest:
        return f"{name} does not match its checksum"
    return ""


_TOC = re.compile(r"_MAIN_(\d+)\.toc")
ACCEL_PREFIX = "ACCEL_"  # index/build/accel.py's files: derived, rebuilt when missing or damaged


def _is_temp(name: str) -> bool:
    """Temporary files and folders of Whoosh (MAIN.tmp) and of `_write_atomic`."""
    return name.endswith(".tmp")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped) holds nothing either.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _write_atomic(path: Path, text: str) -> None:
    """Write a small file so readers see the old or the new content, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
