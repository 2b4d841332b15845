"""Find corpus files and read them into normalised text.

Every problem becomes a `Skipped` with a one-line reason; nothing here raises
for a bad file, so one bad file never stops the rest.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path

from index.engine.models import DecodedFile, Skipped, SourceFile
from index.ingest.encoding import UndecodableError, decode_bytes

# ANSI CSI/OSC/other escape sequences, removed whole so no payload survives.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL/ST (or unterminated)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS/SOS/PM/APC
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
)
# Controls, zero-width and bidi marks: invisible, and they break matching.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
    "|[\ud800-\udfff]"
)


SCAN_WARN_FILES = 200_000  # entries seen before a scan warns that the root may be too big
SCAN_WARN_SECONDS = 30.0
# Sort keys in C: a scan sorts 50k entries twice, and a lambda per entry costs ~30 ms.
_BY_NAME = operator.attrgetter("name")
_SCANDIR_FD = os.scandir in os.supports_fd  # not on Windows: there, paths
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


def root_warnings(roots: list[Path]) -> list[str]:
    """Warnings for corpus roots that are the whole filesystem or a home folder."""
    out = []
    home = os.path.realpath(os.path.expanduser("~"))
    for root in roots:
        real = os.path.realpath(root)
        if real == os.path.realpath(os.sep):
            what = "the filesystem root"
        elif real == home:
            what = "your home folder"
        elif home.startswith(real.rstrip(os.sep) + os.sep) and real.count(os.sep) <= 1:
            what = "a folder of home folders"
        else:
            continue
        out.append(
            f"corpus folder {root} is {what}: every .txt/.md file under it will be read, "
            "which can take very long; list your news folders in corpus.paths instead"
        )
    return out


class Listing:
    """A corpus scan: each file's path and stamp; a `SourceFile` is built only when asked for.

    An update compares 50k stamps with its manifest and reads a handful of
    files: a frozen dataclass per file cost 0.12 s of a 0.35 s scan.
    """

    def __init__(self) -> None:
        self.stamps: dict[str, str] = {}  # absolute path → "size:mtime_ns"
        self.unstamped: set[str] = set()  # listed files that could not be stat'ed (read anyway)
        self.skipped: list[Skipped] = []
        self._folders: dict[str, tuple[str, str]] = {}  # absolute folder → (root, relpath prefix)
        self._odd: dict[str, SourceFile] = {}  # files registered one by one (links, odd kinds)

    def __len__(self) -> int:
        return len(self.stamps) + len(self.unstamped)

    def __iter__(self):
        """Every file's absolute path, unsorted."""
        return itertools.chain(self.stamps, self.unstamped)

    def __contains__(self, path: str) -> bool:
        return path in self.stamps or path in self.unstamped

    def paths(self) -> list[str]:
        """Every file's absolute path, sorted."""
        return sorted(self)

    def source(self, path: str) -> SourceFile:
        """The `SourceFile` of a listed path."""
        odd = self._odd.get(path)
        if odd is not None:
            return odd
        folder, _, name = path.rpartition(os.sep)
        root, rel_pre = self._folders[folder]
        return SourceFile(path, root, rel_pre + name)

    def sources(self, paths: list[str] | None = None) -> list[SourceFile]:
        """`SourceFile`s of `paths` (default: every file, sorted by path)."""
        return [self.source(p) for p in (self.paths() if paths is None else paths)]


def discover(
    roots: list[Path],
    extensions: list[str],
    follow_symlinks: bool = False,
    warn: Callable[[str], None] | None = None,
) -> tuple[list[SourceFile], list[Skipped]]:
    """List corpus files under `roots`, sorted, with reasons for what was passed over (see `scan`)."""
    listing = scan(roots, extensions, follow_symlinks, warn)
    return listing.sources(), listing.skipped


def scan(
    roots: list[Path],
    extensions: list[str],
    follow_symlinks: bool = False,
    warn: Callable[[str], None] | None = None,
) -> Listing:
    """Find the corpus files under `roots`, with reasons for what was passed over.

    `warn` receives one-line warnings (a root that is `/` or a home folder, a
    scan that passes SCAN_WARN_FILES entries or SCAN_WARN_SECONDS); the scan
    goes on. Stamps come from the listing's own stat, so an update needs no
    second stat per file.
    """
    walk = _Walk(extensions, follow_symlinks, warn or (lambda msg: None))
    for message in root_warnings(roots):
        walk.warn(message)
    for root in roots:
        if not root.exists():
            walk.listing.skipped.append(Skipped(str(root), "corpus folder does not exist"))
        else:
            walk.real_roots.append(str(root.resolve()))
    for root in roots:
        if root.is_file():
            walk.add_file(
                str(root.resolve().parent),
                os.path.abspath(root.parent),
                root.name,
                str(root.parent),
                str(root),
            )
        elif root.is_dir():
            walk.add_tree(root)
    return walk.listing


class _Walk:
    """State of one corpus scan."""

    def __init__(
        self, extensions: list[str], follow_symlinks: bool, warn: Callable[[str], None]
    ) -> None:
        self.extensions = tuple(extensions)
        self.follow_symlinks = follow_symlinks
        self.warn = warn
        self.seen = 0  # directory entries looked at, for the big-scan warning
        self.started = time.monotonic()
        self.warned_big = False
        self.listing = Listing()
        # A file reached twice (a link inside the corpus) counts once, by real path: a
        # file's real path is its listed path unless a link is on the way, then it is here.
        self.linked_reals: set[str] = set()
        self.real_roots: list[str] = []

    @property
    def skipped(self) -> list[Skipped]:
        return self.listing.skipped

    def _seen_real(self, real: str) -> bool:
        """Whether a file of this real path was listed already."""
        return real in self.listing or real in self.linked_reals

    def add_tree(self, root: Path) -> None:
        """Walk one corpus folder (top-down, sorted, like os.walk but keeping scandir's stat)."""
        seen_dirs: set[tuple[int, int]] = set()
        base = os.path.dirname(os.path.abspath(root))
        pending = [str(root)]
        while pending:
            dirpath = pending.pop()
            try:
                fd = os.open(dirpath, _DIR_FLAGS) if _SCANDIR_FD else None
            except OSError as err:
                self.skipped.append(
                    Skipped(err.filename or str(root), f"cannot list folder: {err.strerror}")
                )
                continue
            try:
                self._add_folder(dirpath, fd, root, base, seen_dirs, pending)
            finally:
                if fd is not None:
                    os.close(fd)

    def _add_folder(
        self,
        dirpath: str,
        fd: int | None,
        root: Path,
        base: str,
        seen_dirs: set[tuple[int, int]],
        pending: list[str],
    ) -> None:
        """List one folder: its files into the listing, its subfolders onto `pending`.

        With the folder open (`fd`), each entry's stat resolves its name alone
        instead of walking the whole path again: 0.02 s of a 50k-file scan's 0.17 s.
        """
        try:
            with os.scandir(dirpath if fd is None else fd) as it:
                entries = list(it)
        except OSError as err:
            self.skipped.append(Skipped(dirpath, f"cannot list folder: {err.strerror}"))
            return
        try:
            st = os.stat(dirpath) if fd is None else os.fstat(fd)
        except OSError:
            return
        if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop, or two links to one folder
            self.skipped.append(Skipped(dirpath, "folder already visited (symlink loop)"))
            return
        seen_dirs.add((st.st_dev, st.st_ino))
        dirs, files = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry)
        self._count(len(entries), root)
        real_dir = os.path.realpath(dirpath)  # once per folder, not per file
        abs_dir = os.path.abspath(dirpath)
        files.sort(key=_BY_NAME)
        self._add_files(files, real_dir, abs_dir, base, str(root))
        subdirs = sorted(
            (e for e in dirs if not e.name.startswith(".")), key=lambda e: e.name, reverse=True
        )
        for entry in subdirs:  # pushed last-first, so popped in name order (depth first)
            if self.follow_symlinks or not entry.is_symlink():
                pending.append(os.path.join(dirpath, entry.name))

    def _add_files(
        self, entries: list[os.DirEntry], real_dir: str, abs_dir: str, base: str, root: str
    ) -> None:
        """`add_file` for one folder's entries, inlined for plain files (a path and a stamp each)."""
        exts, sep, listing = self.extensions, os.sep, self.listing
        stamps, unstamped, linked = listing.stamps, listing.unstamped, self.linked_reals
        rel_dir = (
            abs_dir[len(base) + 1 :]
            if abs_dir.startswith(base + sep)
            else os.path.relpath(abs_dir, base)
        )
        listing._folders.setdefault(abs_dir, (root, rel_dir + sep))
        real_pre, abs_pre = real_dir + sep, abs_dir + sep
        same = real_dir == abs_dir  # no link on the way: one string for both paths
        is_reg = stat.S_ISREG
        for entry in entries:
            name = entry.name
            if name[0] == "." or not name.lower().endswith(exts):
                continue
            if entry.is_symlink():
                self.add_file(real_dir, abs_dir, name, base, root, entry)
                continue
            try:
                st = entry.stat()
            except OSError:
                self.add_file(
                    real_dir, abs_dir, name, base, root, entry
                )  # vanished: the slow path says so
                continue
            if not is_reg(st.st_mode):
                self.add_file(real_dir, abs_dir, name, base, root, entry)
                continue
            real = real_pre + name
            if real in stamps or real in linked or (unstamped and real in unstamped):
                continue  # the same file reached twice (a link inside the corpus)
            if same:
                stamps[real] = f"{st.st_size}:{st.st_mtime_ns}"
            else:
                absolute = abs_pre + name
                if absolute in listing:
                    continue  # a listed file's real path is its listed path
                linked.add(real)
                stamps[absolute] = f"{st.st_size}:{st.st_mtime_ns}"

    def _count(self, entries: int, root: Path) -> None:
        """Warn once when a scan turns out huge (a root such as / or a whole disk)."""
        self.seen += entries
        if self.warned_big:
            return
        elapsed = time.monotonic() - self.started
        if self.seen >= SCAN_WARN_FILES or elapsed >= SCAN_WARN_SECONDS:
            self.warned_big = True
            self.warn(
                f"scanning corpus folder {root}: {self.seen:,} entries in {elapsed:.0f} s so far; "
                "is it the folder you meant? (corpus.paths)"
            )

    def add_file(
        self,
        real_dir: str,
        abs_dir: str,
        name: str,
        base: str,
        root: str,
        entry: os.DirEntry | None = None,
    ) -> None:
        """Register one candidate file, or record why it is passed over."""
        if not name.lower().endswith(self.extensions):
            return
        absolute = os.path.join(abs_dir, name)
        real = os.path.join(real_dir, name)
        link = entry.is_symlink() if entry is not None else os.path.islink(absolute)
        try:
            # A directory entry caches its stat: one system call per plain file.
            st = entry.stat() if entry is not None and not link else os.stat(absolute)
            what = kind_of(st.st_mode)
        except OSError:
            st = what = None  # a broken link or a vanished file: handled below or when read
        if what is not None:
            self.skipped.append(Skipped(absolute, f"{what}, not a regular file"))
            return
        if link:
            try:
                real = os.path.realpath(absolute, strict=True)
            except (OSError, RuntimeError):
                self.skipped.append(Skipped(absolute, "broken symlink or symlink loop"))
                return
            inside = any(real == r or real.startswith(r + os.sep) for r in self.real_roots)
            if not inside and not self.follow_symlinks:
                reason = f"symlink points outside the corpus ({real}); set corpus.follow_symlinks to allow"
                self.skipped.append(Skipped(absolute, reason))
                return
        if self._seen_real(real) or absolute in self.listing:
            return  # the same file reached twice (a link inside the corpus)
        rel = (
            absolute[len(base) + 1 :]
            if absolute.startswith(base + os.sep)
            else os.path.relpath(absolute, base)
        )
        if real != absolute:
            self.linked_reals.add(real)
        self.listing._odd[absolute] = SourceFile(path=absolute, root=root, relpath=rel)
        if st is not None:
            self.listing.stamps[absolute] = f"{st.st_size}:{st.st_mtime_ns}"
        else:
            self.listing.unstamped.add(absolute)


def read_file(source: SourceFile, max_bytes: int = 64 << 20) -> DecodedFile | Skipped:
    """Read and decode one file; return `Skipped` with a reason if it can't be used."""
    raw = read_bytes(source, max_bytes)
    return raw if isinstance(raw, Skipped) else decode_file(source, raw)


def content_hash(raw: bytes) -> str:
    """The hash that decides whether a file changed since the last run."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def kind_of(mode: int) -> str | None:
    """None for a regular file, else what it is ("a FIFO (named pipe)", …)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def open_regular(path: str) -> int | str:
    """A read-only descriptor of a regular file, or why not (never blocks on a FIFO or device)."""
    fd = os.open(path, _OPEN_FLAGS)  # O_NONBLOCK: opening a FIFO with no writer returns at once
    try:
        what = kind_of(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    if what is not None:
        os.close(fd)
        return what
    return fd


def read_regular_text(path: str | os.PathLike, encoding: str = "utf-8") -> str:
    """A small text file's contents; OSError (not a hang) for a FIFO, socket or device."""
    fd = open_regular(os.fspath(path))
    if isinstance(fd, str):
        raise OSError(f"{fd}, not a regular file")
    with os.fdopen(fd, "rb") as fh:
        return fh.read().decode(encoding)


def read_bytes(source: SourceFile, max_bytes: int = 64 << 20) -> bytes | Skipped:
    """A file's raw bytes, or `Skipped` saying why they can't be read."""
    try:
        fd = open_regular(source.path)
        if isinstance(fd, str):
            return Skipped(source.path, f"{fd}, not a regular file")
        with os.fdopen(fd, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                mb = 1 << 20
                return Skipped(
                    source.path,
                    f"{size / mb:.1f} MB is larger than corpus.max_file_mb ({max_bytes / mb:g} MB)",
                )
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError:
        return Skipped(source.path, "file disappeared before it could be read")
    except PermissionError:
        return Skipped(source.path, "permission denied")
    except IsADirectoryError:
        return Skipped(source.path, "is a folder, not a file")
    except OSError as exc:
        return Skipped(source.path, f"cannot read: {exc.strerror or exc}")
    if len(raw) > max_bytes:  # it grew while we read it
        return Skipped(
            source.path, f"larger than corpus.max_file_mb ({max_bytes / (1 << 20):g} MB)"
        )
    return raw


def decode_file(source: SourceFile, raw: bytes) -> DecodedFile | Skipped:
    """Turn raw bytes into clean text, or say why not."""
    if not raw.strip():
        return Skipped(source.path, "empty file")
    if _looks_binary(raw):
        return Skipped(source.path, "binary content, not text")
    if source.path.lower().endswith((".html", ".htm", ".shtml")):
        from index.ingest.html import (
            decode_html,
            looks_like_html,
        )  # trafilatura loads only for HTML

        if looks_like_html(raw):  # else a text file named .html: read as text
            return decode_html(source, raw, content_hash(raw))
    if source.path.lower().endswith(".eml"):
        from index.ingest.mail import decode_mail

        return decode_mail(source, raw, content_hash(raw))
    try:
        decoded = decode_bytes(raw)
    except UndecodableError as exc:
        return Skipped(source.path, f"undecodable: {exc}")
    notes = [decoded.note] if decoded.note else []
    text, removed = normalise_text(decoded.text)
    if removed:
        notes.append(f"{removed} control, zero-width or escape character(s) removed")
    if not text.strip():
        return Skipped(source.path, "no text after decoding")
    return DecodedFile(
        source=source,
        text=text,
        encoding=decoded.encoding,
        content_hash=content_hash(raw),
        notes=tuple(notes),
    )


def normalise_text(text: str) -> tuple[str, int]:
    """Unify line ends and strip escapes and invisible characters; return text and count removed."""
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    before = len(text)
    text = _ESCAPES.sub("", text)
    text = _INVISIBLE.sub("", text)
    return text, before - len(text)


def _looks_binary(raw: bytes) -> bool:
    """True when the bytes are not text in any encoding we read."""
    sample = raw[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM has NULs but is text
    nul = sample.count(0)
    if nul > len(sample) // 100 + 1:
        return True
    ctrl = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return ctrl > len(sample) // 20 + 2


# Control bytes text never holds (tab, newlines, form feed and ESC aside): counted in C.
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or (13 < b < 32 and b != 27))
