"""The on-disk index: builds, the CURRENT pointer, metadata and the writer lock.

Layout of the index directory::

    CURRENT            name of the build searchers should open (atomic rename)
    .lock              flock held by the one running indexer
    build-<stamp>/     a Whoosh index plus build.json (schema version, fingerprint)

Whoosh commits inside a build are atomic (its TOC is renamed into place), so a
killed writer leaves the last commit readable. A full rebuild writes a new
build and switches CURRENT only when it is complete, so searchers never see a
half-built index.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from index import whooshfix
from index.faults import checkpoint

whooshfix.install()

SCHEMA_VERSION = 8  # 7: cite_no (reader's paragraph number); 8: stored site and original_title
_PENDING = ".pending"


class IndexProblem(Exception):
    """Base for index problems a user can act on; the message says what to do."""


class IndexMissing(IndexProblem):
    """There is no index yet."""


class IndexOutdated(IndexProblem):
    """The index was written by another schema version or with other settings."""


class IndexCorrupt(IndexProblem):
    """The index exists but cannot be opened."""


class IndexLocked(IndexProblem):
    """Another indexer holds the lock."""


@dataclass(frozen=True)
class BuildMeta:
    """What a build was made with; a different fingerprint means rebuild."""

    schema_version: int
    fingerprint: str
    created: float
    app_version: str = "0.1.0"


class IndexStore:
    """Access to one index directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- reading ---------------------------------------------------------
    def current_build(self) -> Path | None:
        """The published build directory, or None if there is none."""
        try:
            name = (self.root / "CURRENT").read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
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
            return BuildMeta(**data)
        except (OSError, ValueError, TypeError):
            return None

    def open_current(self):
        """Open the published Whoosh index, with a clear error for each failure."""
        from whoosh import index as windex

        if not self.root.exists():
            raise IndexMissing(f"no index at {self.root}; run `search-app index` first")
        build = self.current_build()
        if build is None:
            raise IndexMissing(f"no index at {self.root}; run `search-app index` first")
        meta = self.read_meta(build)
        if meta is None:
            raise IndexCorrupt(
                f"{build}: build.json is missing or damaged; run `search-app index --rebuild`"
            )
        if meta.schema_version != SCHEMA_VERSION:
            raise IndexOutdated(
                f"{self.root}: index format {meta.schema_version} is not the current format {SCHEMA_VERSION}; "
                "run `search-app index` to rebuild it"
            )
        try:
            return windex.open_dir(str(build)), meta
        except windex.EmptyIndexError:
            raise IndexMissing(
                f"{build}: the index has no committed data yet; run `search-app index`"
            ) from None
        except Exception as exc:  # whoosh raises many types for damaged files
            raise IndexCorrupt(
                f"{build}: cannot open the index ({type(exc).__name__}: {exc}); run `search-app index --rebuild`"
            ) from None

    # -- writing ---------------------------------------------------------
    def new_build(self, meta: BuildMeta, schema):
        """Create an unpublished build directory with an empty index."""
        from whoosh import index as windex

        self.root.mkdir(parents=True, exist_ok=True)
        stamp = (
            time.strftime("%Y%m%dT%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}-{os.getpid()}"
        )
        build = self.root / f"build-{stamp}"
        build.mkdir()
        _write_atomic(build / "build.json", json.dumps(asdict(meta)))
        (build / _PENDING).touch()
        return build, windex.create_in(str(build), schema)

    def pending_build(self, fingerprint: str) -> Path | None:
        """An unfinished build with the same settings, to resume after a crash."""
        if not self.root.is_dir():
            return None
        for build in sorted(self.root.glob("build-*"), reverse=True):
            meta = self.read_meta(build)
            if (
                (build / _PENDING).exists()
                and meta
                and meta.fingerprint == fingerprint
                and meta.schema_version == SCHEMA_VERSION
            ):
                return build
        return None

    def publish(self, build: Path) -> None:
        """Point CURRENT at `build` atomically and remove builds older than the previous one."""
        with contextlib.suppress(FileNotFoundError):
            (build / _PENDING).unlink()
        previous = None
        with contextlib.suppress(IndexProblem):
            previous = self.current_build()
        checkpoint("publish")
        _write_atomic(self.root / "CURRENT", build.name + "\n")
        checkpoint("published")
        keep = {build.name, previous.name if previous else None}
        for other in self.root.glob("build-*"):
            # Keep the previous build: an open searcher may still be reading it.
            if other.name not in keep and not (other / _PENDING).exists():
                shutil.rmtree(other, ignore_errors=True)

    def discard_stale_pending(self, keep: Path | None) -> None:
        """Remove abandoned unfinished builds other than `keep`."""
        for other in self.root.glob("build-*"):
            if other != keep and (other / _PENDING).exists():
                shutil.rmtree(other, ignore_errors=True)

    @contextlib.contextmanager
    def lock(self, timeout: float = 10.0, on_wait=None):
        """Hold the indexer lock, waiting up to `timeout` seconds for another indexer."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / ".lock"
        fh = open(path, "a+")  # noqa: SIM115 (held for the whole block)
        try:
            deadline = time.monotonic() + timeout
            told = False
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    holder = _read_pid(path)
                    if time.monotonic() >= deadline:
                        who = f" (pid {holder})" if holder else ""
                        raise IndexLocked(
                            f"another indexer{who} is updating {self.root}; waited {timeout:.0f} s. "
                            "Try again when it has finished."
                        ) from None
                    if on_wait and not told:
                        on_wait(holder)
                        told = True
                    time.sleep(0.2)
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            yield
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _write_atomic(path: Path, text: str) -> None:
    """Write a small file so readers see the old or the new content, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
