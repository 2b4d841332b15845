"""jieba word segmentation with the user dictionary, loaded once per process.

jieba's dictionary load takes about a second, so it happens lazily (or in a
background thread via `warm_up`) and is cached in the user cache dir.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from index.build import fast_jieba
from index.build.fast_jieba import FastCut
from index.build.prefix_shards import import_jieba, load_shards, prune, shard_path, write_shards
from index.config import DictionaryConfig


@dataclass(frozen=True)
class DictEntry:
    """One user-dictionary word."""

    word: str
    freq: int | None = None
    tag: str | None = None


@dataclass(frozen=True)
class UserDictionary:
    """All user words, with problems found while reading the files."""

    entries: tuple[DictEntry, ...]
    problems: tuple[str, ...]

    def fingerprint(self) -> str:
        """A hash that changes whenever segmentation could change."""
        h = hashlib.blake2b(digest_size=8)
        for e in self.entries:
            h.update(f"{e.word}\t{e.freq}\t{e.tag}\n".encode())
        return h.hexdigest()


def read_user_dictionary(cfg: DictionaryConfig) -> UserDictionary:
    """Read the configured dictionary files and words; bad lines are reported, not fatal."""
    from index.build.folding import fold
    from index.ingest.reading import read_regular_text

    entries: list[DictEntry] = []
    problems: list[str] = []
    for path in cfg.files:
        try:
            text = read_regular_text(path, encoding="utf-8-sig")  # a FIFO must not block
        except FileNotFoundError:
            problems.append(f"{path}: user dictionary not found (dictionary.files)")
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read user dictionary: {exc}")
            continue
        for n, line in enumerate(text.splitlines(), start=1):
            parts = line.split("#", 1)[0].split()
            if not parts:
                continue
            freq = tag = None
            if len(parts) > 3:
                problems.append(f"{path}:{n}: expected 'word [freq] [tag]', got {line.strip()!r}")
                continue
            if len(parts) >= 2:
                if parts[1].isdigit():
                    freq = int(parts[1])
                    tag = parts[2] if len(parts) == 3 else None
                elif len(parts) == 2:
                    tag = parts[1]
                else:
                    problems.append(
                        f"{path}:{n}: frequency must be a whole number, got {parts[1]!r}"
                    )
                    continue
            entries.append(DictEntry(fold(parts[0]), freq, tag))
    entries.extend(DictEntry(fold(w.strip())) for w in cfg.words if w.strip())
    return UserDictionary(tuple(entries), tuple(problems))


CACHE_ENV = "SEARCH_APP_CACHE"  # where jieba's caches go instead of the user cache dir (tests)


def _cache_dir() -> Path:
    """$SEARCH_APP_CACHE, else the platform's user cache dir for search-app (created)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        path = Path(env).expanduser()
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir("search-app"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The cache dir jieba's shards and other derived files go to (see `_cache_dir`)."""
    return _cache_dir()


KNOWN_WORDS_MAX = 100_000  # words whose index parts are kept per process

_WORDISH = re.compile(r"[^\W_]")


def is_word_token(token: str) -> bool:
    """True for tokens worth indexing: anything with a letter, digit or CJK char."""
    return _WORDISH.search(token) is not None


class Segmenter:
    """A jieba tokenizer with the user dictionary loaded."""

    def __init__(self, user_dict: UserDictionary) -> None:
        self.user_dict = user_dict
        self._tk = None
        self._light = None  # a tokenizer on the sharded prefix dict, for queries
        self._lock = threading.Lock()  # held for the whole full load (about 1 s)
        # The sharded tokenizer's own: a query typed while the app's warm-up loads the
        # full dictionary segments on the shards instead of waiting for that load.
        self._light_lock = threading.Lock()
        # Index with the sharded dict too (a run adding a few articles): loading the
        # shards those texts start words with costs less than the full dictionary.
        self.index_light = False
        self._fast = None  # FastCut over the full tokenizer (False: not installed)
        # Each word's `_parts`, for the dictionary `_known_freq` (a paragraph's words are
        # mostly words seen before: a lookup instead of a regex and the n-gram loop).
        self._known: dict[str, tuple[str, ...] | bool] = {}
        self._known_freq = None

    def _tokenizer(self):
        """The jieba Tokenizer, initialised on first use (thread-safe)."""
        if self._tk is None:
            with self._lock:
                if self._tk is None:
                    jieba = import_jieba()
                    jieba.setLogLevel(logging.WARNING)
                    tk = jieba.Tokenizer()
                    # Without a writable cache dir jieba falls back to the temp dir.
                    with contextlib.suppress(OSError):
                        tk.tmp_dir = str(_cache_dir())
                    tk.initialize()
                    for e in self.user_dict.entries:
                        tk.add_word(e.word, e.freq, e.tag)
                    self._save_shards(tk)
                    self._tk = tk
        return self._tk

    def _shard_file(self) -> Path | None:
        """Where this dictionary's prefix shards are cached, or None without a cache dir."""
        try:
            return shard_path(_cache_dir(), self.user_dict.fingerprint())
        except OSError:
            return None

    def _save_shards(self, tk) -> None:
        """Cache the full prefix dict as shards (once), so later cold queries skip the load."""
        path = self._shard_file()
        if path is not None and not path.exists():
            write_shards(path, tk.FREQ, tk.total)
            prune(path.parent)  # a new set: drop the least recently used beyond a few

    def _query_tokenizer(self):
        """The full tokenizer if loaded, else one reading only the shards a query needs."""
        if self._tk is not None:
            return self._tk
        if self._light is None:
            with self._light_lock:
                if self._light is None and self._tk is None:
                    self._light = self._load_light() or False
        return self._light or self._tokenizer()

    def _load_light(self):
        """A jieba Tokenizer over the cached shards, or None when they are not cached yet."""
        path = self._shard_file()
        loaded = load_shards(path) if path is not None else None
        if loaded is None:
            return None
        jieba = import_jieba()
        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.FREQ, tk.total = loaded
        tk.initialized = True
        for e in self.user_dict.entries:
            if e.freq == 0:  # what add_word does besides FREQ (baked into the shards)
                jieba.finalseg.add_force_split(e.word)
        return tk

    def warm_up(self) -> None:
        """Load the dictionary now (call from a background thread or before forking)."""
        self._tokenizer()

    def warm_up_index(self) -> None:
        """Load what indexing uses now: the dictionary and its fast cut (before forking)."""
        self._fast_cut()

    def _fast_cut(self):
        """jieba's lcut for the full dictionary, rjieba doing the Han blocks when installed."""
        tk = self._tokenizer()
        if self._fast is None:
            with self._lock:
                if self._fast is None:
                    self._fast = FastCut(tk) if fast_jieba.available() else False
        return self._fast.lcut if self._fast else tk.lcut

    def _index_tokenizer(self):
        """The tokenizer for indexing: the sharded one when `index_light` and cached."""
        if self.index_light:
            return self._query_tokenizer()
        return self._tokenizer()

    def _index_cut(self):
        """(lcut, FREQ) for indexing: the sharded jieba for a small run, else the fast cut."""
        if self.index_light:
            tk = self._query_tokenizer()
            return tk.lcut, tk.FREQ
        return self._fast_cut(), self._tokenizer().FREQ

    def tokenize(self, folded: str) -> list[tuple[str, int, int]]:
        """(word, start, end) for each indexable word of already-folded text."""
        tk = self._index_tokenizer()
        return [(w, s, e) for w, s, e in tk.tokenize(folded) if is_word_token(w)]

    def words(self, folded: str) -> list[str]:
        """The indexable words of already-folded text, in order."""
        return [w for w in self._index_cut()[0](folded) if is_word_token(w)]

    def _words_of(self, tk, folded: str) -> list[str]:
        """`words` with a given tokenizer (full, or the sharded one)."""
        return [w for w in tk.lcut(folded) if is_word_token(w)]

    def index_tokens(self, folded: str) -> list[tuple[str, int]]:
        """(word, position) to index: each word at 0, 1, 2…, plus the dictionary
        words inside a long word at that word's position (下沉干部 → 下沉, 干部),
        so a query for the parts finds the compound."""
        lcut, freq = self._index_cut()
        if self._known_freq is not freq:  # the parts depend on the dictionary
            self._known, self._known_freq = {}, freq
        known = self._known
        get = known.get
        out: list[tuple[str, int]] = []
        append = out.append
        pos = 0
        for w in lcut(folded):
            parts = get(w)
            if parts is None:
                parts = _parts(w, freq)
                if len(known) >= KNOWN_WORDS_MAX:  # bounded: memory must not grow with the corpus
                    known.clear()
                known[w] = parts
            if parts is False:
                continue
            append((w, pos))
            if parts:
                out += [(gram, pos) for gram in parts]
            pos += 1
        return out

    def query_words(self, folded: str) -> list[str]:
        """Words of a query term, long dictionary words split into the parts that
        cover them (驻村第一书记 → 驻村, 第一书记), matching `index_tokens`."""
        tk = self._query_tokenizer()
        freq = tk.FREQ
        out = []
        for w in self._words_of(tk, folded):
            cover = _cover(w, freq) if len(w) > 2 else None
            out.extend(cover or [w])
        return out


def _parts(word: str, freq: dict) -> tuple[str, ...] | bool:
    """False for a token not indexed, else the dictionary words inside a long word."""
    if not is_word_token(word):
        return False
    if len(word) <= 2:
        return ()
    return tuple(
        gram
        for n in range(2, len(word))
        for i in range(len(word) - n + 1)
        if freq.get(gram := word[i : i + n])
    )


def _cover(word: str, freq: dict) -> list[str] | None:
    """Greedy longest-first split of `word` into shorter dictionary words, or None."""
    parts, i = [], 0
    while i < len(word):
        for n in range(min(len(word) - i, len(word) - 1), 1, -1):
            if freq.get(word[i : i + n]):
                parts.append(word[i : i + n])
                i += n
                break
        else:
            return None
    return parts


_shared: dict[str, Segmenter] = {}
_shared_lock = threading.Lock()


def shared_segmenter(user_dict: UserDictionary) -> Segmenter:
    """One Segmenter per distinct dictionary per process."""
    key = user_dict.fingerprint()
    with _shared_lock:
        seg = _shared.get(key)
        if seg is None:
            seg = _shared[key] = Segmenter(user_dict)
        return seg
