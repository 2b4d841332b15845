"""Cleaning rules from config.yaml, compiled so that no rule can hang a run.

Rules are matched with the `regex` module, whose matching takes a timeout:
each call gets a budget that grows with the text's length, and a rule that
exceeds it (catastrophic backtracking, such as `(a|aa)+$`) stops the run with
a `RuleTimeout` naming the rule's key and line. Python's `re` has no timeout
and does not see Ctrl+C inside a match; with the budget, Ctrl+C is handled as
soon as the timed-out call returns.

Many rules that are plain strings (a spam word list) are matched together by
one Aho-Corasick automaton instead of one pattern each.

A rule whose every match must contain one of a few plain strings (二维码, or
葡京 / 赌场 / 贷款 … for a spam alternation) is tried only on text holding one
of them (`literal_gate`): most lines hold none, and one scan for the strings
costs far less than the rule.
"""

from __future__ import annotations

import functools
import re
import re._constants as _sre
import re._parser as _sre_parse
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from index.config import CleaningConfig, ConfigError

BUDGET_BASE_S = 0.5  # per match call, plus …
BUDGET_PER_CHAR_S = 1e-6  # … this per character of the text searched
BUDGET_MAX_S = 5.0  # and never more, so Ctrl+C waits at most this long
LITERAL_SET_MIN = 64  # plain-string rules in one list from which they share an automaton
MANY_PATTERNS = 2000  # more regular-expression rules than this get a warning
_META = frozenset("\\.^$*+?{}[]|()#")


class RuleTimeout(ConfigError):
    """A cleaning rule took too long on one line (catastrophic backtracking)."""


def is_literal(pattern: str) -> bool:
    """True when `pattern` matches only itself (no regular-expression syntax)."""
    return bool(pattern) and _META.isdisjoint(pattern) and pattern.strip() == pattern


def compile_pattern(pattern: str):
    """Compile with the engine that matches the rules; raises `regex.error`."""
    return regex.compile(pattern)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Plain strings one of which is in any text `pattern` matches, or None if none are known.

    Read from the parsed pattern: a run of literal characters every match goes
    through, a group, a repetition of at least one, or a positive lookaround
    (what it sees is in the text too) gives its strings; an alternation the
    union of its branches' strings, if every branch has some.
    """
    if _REGEX_ONLY.search(pattern):
        return None
    try:
        with warnings.catch_warnings():
            # `re` warns where it reads a `regex` set differently (`[[:digit:]]`).
            warnings.simplefilter("error", FutureWarning)
            parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError, FutureWarning):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    got = _sequence_literals(parsed)
    return frozenset(got) if got else None


# `regex` syntax that `re` parses without error but reads as literal text, so its
# strings would not be required: fuzzy constraints (`(?:贷款){e<=1}`) and POSIX classes.
_REGEX_ONLY = re.compile(r"\{[^{}]*\b[eids]\b[^{}]*\}|\[:\^?[a-z]+:\]")

_REPEATS = tuple(
    getattr(_sre, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre, name)
)


def _sequence_literals(seq) -> set[str] | None:
    """`required_literals` of a parsed sequence: the most selective set among its parts."""
    found: list[set[str]] = []
    run = ""
    for op, av in seq:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append({run})
            run = ""
        got = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            got = None if add_flags & re.IGNORECASE else _sequence_literals(sub)
        elif op is _sre.BRANCH:
            branches = [_sequence_literals(alt) for alt in av[1]]
            got = None if any(b is None for b in branches) else set().union(*branches)
        elif op in _REPEATS:
            low, _high, sub = av
            got = _sequence_literals(sub) if low >= 1 else None
        elif op is _sre.ASSERT:  # a positive lookahead or lookbehind
            got = _sequence_literals(av[1])
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            got = _sequence_literals(av)
        if got:
            found.append(got)
    if run:
        found.append({run})
    if not found:
        return None
    # Longest shortest string first, then fewest strings: the rarest to find in a line.
    return max(found, key=lambda s: (min(map(len, s)), -len(s)))


# (pattern, flags) → its `required_literals`; stored under `code_version()`.
GATE_STRINGS: dict[tuple[str, int], frozenset[str] | None] = {}


@functools.cache
def code_version() -> str:
    """A digest of this file: the gates' strings stored for it are this code's answers."""
    import hashlib

    try:
        return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()
    except OSError:
        return ""  # no source to read (a frozen install): no stored gates


def literal_gate(pattern: str, flags: int = 0) -> re.Pattern | None:
    """A pattern found in any text `pattern` matches (its `required_literals`), or None.

    The strings are remembered in `GATE_STRINGS`, which the indexer's runs fill from
    and store to a cache file (`index.build.regex_cache.keep`): parsing every rule
    again costs a short update ~0.14 s.
    """
    key = (pattern, flags)
    if key not in GATE_STRINGS:
        GATE_STRINGS[key] = required_literals(pattern, flags)
    words = GATE_STRINGS[key]
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _budget(text: str) -> float:
    return min(BUDGET_MAX_S, BUDGET_BASE_S + len(text) * BUDGET_PER_CHAR_S)


class TimedPattern:
    """One compiled rule with `re.Pattern`'s matching methods, each call time-boxed."""

    __slots__ = ("_gate", "_rx", "pattern", "where")

    def __init__(self, pattern: str, where: str) -> None:
        self.pattern = pattern
        self.where = where  # "config.yaml:31: `cleaning.spam[0]`"
        self._rx = compile_pattern(pattern)
        # `regex` reads these rules as `re` does (version 0), so `re`'s parse gives the strings.
        self._gate = literal_gate(pattern)

    def _cannot_match(self, string: str) -> bool:
        """True when `string` holds none of the strings every match needs."""
        return self._gate is not None and self._gate.search(string) is None

    def _timeout(self, text: str) -> RuleTimeout:
        return RuleTimeout(
            f"{self.where}: the rule {self.pattern[:60]!r} took more than {_budget(text):.1f} s "
            f"on one line of {len(text):,} characters (nested repetition such as (a+)+ "
            "backtracks exponentially); simplify it"
        )

    def search(self, string: str, *args):
        """Like `re.Pattern.search`."""
        if self._cannot_match(string):
            return None
        try:
            return self._rx.search(string, *args, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def match(self, string: str, *args):
        """Like `re.Pattern.match`."""
        if self._cannot_match(string):
            return None
        try:
            return self._rx.match(string, *args, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def fullmatch(self, string: str, *args):
        """Like `re.Pattern.fullmatch`."""
        if self._cannot_match(string):
            return None
        try:
            return self._rx.fullmatch(string, *args, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def finditer(self, string: str, *args) -> Iterator:
        """Like `re.Pattern.finditer` (one budget for the whole scan)."""
        if self._cannot_match(string):
            return
        try:
            yield from self._rx.finditer(string, *args, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def findall(self, string: str, *args) -> list:
        """Like `re.Pattern.findall`."""
        if self._cannot_match(string):
            return []
        try:
            return self._rx.findall(string, *args, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def sub(self, repl, string: str, count: int = 0) -> str:
        """Like `re.Pattern.sub`."""
        try:
            return self._rx.sub(repl, string, count, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def split(self, string: str, maxsplit: int = 0) -> list:
        """Like `re.Pattern.split`."""
        try:
            return self._rx.split(string, maxsplit, timeout=_budget(string))
        except TimeoutError:
            raise self._timeout(string) from None

    def __repr__(self) -> str:
        return f"TimedPattern({self.pattern!r})"


@dataclass(frozen=True)
class LiteralMatch:
    """A match of a `LiteralSet`, with the `re.Match` methods cleaning code uses."""

    string: str
    begin: int
    stop: int

    def span(self, group: int = 0) -> tuple[int, int]:
        """(start, end) of the matched string."""
        return self.begin, self.stop

    def start(self, group: int = 0) -> int:
        """Where the match starts."""
        return self.begin

    def end(self, group: int = 0) -> int:
        """Where the match ends."""
        return self.stop

    def group(self, group: int = 0) -> str:
        """The matched text."""
        return self.string[self.begin : self.stop]

    def __bool__(self) -> bool:
        return True


class LiteralSet:
    """Many plain-string rules matched at once (leftmost, then longest, non-overlapping).

    A set lookup per text position for each word length, behind a filter on
    the words' first characters, so building it costs no more than a set
    (an Aho-Corasick automaton of 420k words took over 20 s to build).
    """

    def __init__(self, words: list[str], where: str) -> None:
        self.words = words
        self.where = where
        self.pattern = f"<{len(words):,} plain-string rules, e.g. {words[0]!r}>"
        self._set = frozenset(words)
        self._k = min(2, min(map(len, words)))  # prefix length every word has
        self._heads = frozenset(w[: self._k] for w in words)
        self._lengths = sorted({len(w) for w in words}, reverse=True)

    def _spans(self, string: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        text = string if endpos is None else string[:endpos]
        words, heads, k, lengths = self._set, self._heads, self._k, self._lengths
        out, i, n = [], pos, len(text)
        while i < n:
            if text[i : i + k] in heads:
                for length in lengths:
                    if i + length <= n and text[i : i + length] in words:
                        out.append((i, i + length))
                        i += length
                        break
                else:
                    i += 1
            else:
                i += 1
        return out

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        """The leftmost-longest match, or None."""
        spans = self._spans(string, pos, endpos)
        return LiteralMatch(string, *spans[0]) if spans else None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        """Non-overlapping matches, left to right."""
        return iter([LiteralMatch(string, s, e) for s, e in self._spans(string, pos, endpos)])

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        """The matched strings."""
        return [string[s:e] for s, e in self._spans(string, pos, endpos)]

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        """The longest match starting at `pos`, or None."""
        spans = self._spans(string, pos, endpos)  # nothing starts before pos
        return LiteralMatch(string, *spans[0]) if spans and spans[0][0] == pos else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        """A match of the whole string, or None."""
        text = string[pos:endpos]
        return LiteralMatch(string, pos, pos + len(text)) if text in self._set else None

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        """Replace matches by the plain string `repl`."""
        spans = self._spans(string)
        if count:
            spans = spans[:count]
        for start, end in reversed(spans):
            string = string[:start] + repl + string[end:]
        return string

    def __repr__(self) -> str:
        return f"LiteralSet({len(self.words)} words)"


def compile_rules(cfg: CleaningConfig, key: str) -> list:
    """The time-boxed rules of one list in `cfg` (e.g. "spam"), plain strings grouped."""
    patterns: list[str] = getattr(cfg, key)

    def where(i: int) -> str:
        return cfg.where(key, i)

    literal = [i for i, p in enumerate(patterns) if is_literal(p)]
    if len(literal) < LITERAL_SET_MIN:
        return [TimedPattern(p, where(i)) for i, p in enumerate(patterns)]
    grouped = set(literal)
    out: list = [LiteralSet([patterns[i] for i in literal], where(literal[0]))]
    out += [TimedPattern(p, where(i)) for i, p in enumerate(patterns) if i not in grouped]
    return out


def rule_warnings(cfg: CleaningConfig) -> list[str]:
    """Warnings for rule sets big enough to slow indexing down."""
    out = []
    for key in ("drop_lines", "drop_blocks", "spam", "junk_sources"):
        patterns = getattr(cfg, key)
        regexes = sum(1 for p in patterns if not is_literal(p))
        if regexes > MANY_PATTERNS:
            out.append(
                f"{cfg.source or 'config'}: `cleaning.{key}`: {regexes:,} rules are regular "
                "expressions, and every line is matched against each one, so indexing is slow; "
                "plain strings (no regular-expression syntax) are matched all at once"
            )
    return out
