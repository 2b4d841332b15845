"""Detect a corpus file's encoding: UTF-8 (with or without BOM), GB18030/GBK or Big5.

charset-normalizer decides first; it never guessed wrong on our Big5/GB
samples but gives up on some short Big5 files. Then we try strict decodes and
score each candidate by how many of its characters are common Chinese.
"""

from __future__ import annotations

import codecs
import contextlib
from dataclasses import dataclass
from functools import lru_cache

CANDIDATES = ("gb18030", "cp950", "big5hkscs")
_CN_ISOLATION = ["utf_8", "gb18030", "big5", "big5hkscs", "cp950"]
_CN_NAMES = {
    "utf_8": "utf-8",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "big5hkscs",
    "gb18030": "gb18030",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def codec_for(declared: str) -> str | None:
    """The codec to read text by that declares charset `declared` (a legacy Chinese
    charset by its superset), or None if Python knows no such codec."""
    name = declared.strip().lower().replace("_", "-")
    if name in ("utf8", "utf-8", "unicode"):
        return "utf-8"
    if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "hz-gb-2312", "euc-cn"):
        return "gb18030"  # a superset: text declared gb2312 uses GBK characters
    if name in ("big5", "cp950", "x-big5", "big5-hkscs", "big5hkscs"):
        return "cp950" if "hkscs" not in name else "big5hkscs"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def legacy_codecs(codec: str) -> tuple[str, ...]:
    """Codecs to try for a declared legacy charset's codec, strictest first."""
    if codec == "cp950":
        return ("cp950", "big5hkscs")
    return (codec,)


class UndecodableError(ValueError):
    """No supported encoding decodes the bytes."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding that produced it."""

    text: str
    encoding: str
    note: str | None = None


@lru_cache(maxsize=65536)
def _is_common(ch: str) -> bool:
    """True for the 3,755 most common simplified characters (GB2312 level 1)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def plausibility(text: str) -> float:
    """Share of CJK characters that are common once folded to simplified."""
    from index.build.folding import fold

    cjk = [c for c in fold(text) if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    # Mojibake also scatters rare punctuation and private-use characters.
    odd = sum(1 for c in text if "\ue000" <= c <= "\uf8ff" or "\u2e80" <= c <= "\u2fff")
    return (sum(map(_is_common, cjk)) - 2 * odd) / len(cjk)


def decode_bytes(raw: bytes) -> Decoded:
    """Decode raw file bytes, or raise `UndecodableError` with a reason."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(raw[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                f"has a UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}"
            ) from None
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            try:
                return Decoded(raw[2:].decode(enc), "utf-16")
            except UnicodeDecodeError:
                raise UndecodableError("has a UTF-16 BOM but invalid UTF-16") from None
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A cut-off file: valid UTF-8 except for an incomplete last character.
    if utf8_error.start >= len(raw) - 3 and utf8_error.reason == "unexpected end of data":
        return Decoded(
            raw[: utf8_error.start].decode("utf-8"),
            "utf-8",
            "truncated multi-byte character at the end dropped",
        )
    return _decode_mixed(raw) or _decode_legacy(raw)


def _decode_mixed(raw: bytes) -> Decoded | None:
    """A file whose lines come in two encodings: UTF-8 lines and legacy (GB/Big5) lines.

    Happens when scraped pages are pasted together. Returns None unless at
    least two non-ASCII lines are valid UTF-8 and at least one is not.
    """
    lines = raw.split(b"\n")
    utf8: dict[int, str] = {}
    other: list[int] = []
    for i, line in enumerate(lines):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(i)
            continue
        if not line.isascii():
            utf8[i] = text
    if len(utf8) < 2 or not other:
        return None
    legacy = _decode_legacy(b"\n".join(lines[i] for i in other))
    for i, text in zip(other, legacy.text.split("\n"), strict=False):
        utf8[i] = text
    text = "\n".join(utf8.get(i, lines[i].decode("ascii", "replace")) for i in range(len(lines)))
    note = f"mixed encodings: {len(other)} line(s) read as {legacy.encoding}, the rest as UTF-8"
    return Decoded(text, "mixed", note)


def _decode_legacy(raw: bytes) -> Decoded:
    """Pick GB18030 or Big5 for bytes that are not UTF-8."""
    from charset_normalizer import from_bytes

    strict: dict[str, str] = {}
    for enc in CANDIDATES:
        with contextlib.suppress(UnicodeDecodeError):
            strict[enc] = raw.decode(enc)
    best = from_bytes(raw, cp_isolation=_CN_ISOLATION).best()
    if best is not None:
        enc = _CN_NAMES.get(best.encoding, best.encoding)
        if enc == "big5hkscs" and "cp950" in strict:
            enc = "cp950"  # HKSCS only where CP950 fails: they differ in a few punctuation marks
        if enc in strict:
            return Decoded(strict[enc], enc)
    if strict:
        enc = max(strict, key=lambda e: (plausibility(strict[e]), -CANDIDATES.index(e)))
        return Decoded(strict[enc], enc)
    return _decode_truncated(raw)


def _decode_truncated(raw: bytes) -> Decoded:
    """Bytes valid in one encoding but for a cut-off last character or a few bad bytes."""
    best: tuple[float, str, str, int] | None = None
    for enc in ("utf-8", *CANDIDATES):
        text = raw.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad == 0:
            continue
        # Allow a handful of bad sequences per KB; beyond that it is not this encoding.
        if bad > 3 + len(raw) // 1000:
            continue
        score = plausibility(text) - bad / max(1, len(text))
        if best is None or score > best[0]:
            best = (score, enc, text, bad)
    if best is None:
        raise UndecodableError("not valid UTF-8, GB18030 or Big5")
    _, enc, text, bad = best
    tail_only = text.rstrip("\ufffd") != text and text.rstrip("\ufffd").count("\ufffd") == 0
    if tail_only:
        return Decoded(
            text.rstrip("\ufffd"), enc, "truncated multi-byte character at the end dropped"
        )
    return Decoded(text, enc, f"{bad} undecodable byte sequence(s) replaced with U+FFFD")
