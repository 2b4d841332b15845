"""Saved e-mail (`.eml`): a forwarded news item read into the text a saved page would be.

The stdlib parser (policy=default) decodes the headers, quoted-printable and base64 bodies
and their charsets. The text/plain part is preferred; an HTML-only mail goes through the
same HTML extractor as a saved page. The result is the mail's own header lines (From, To,
Date, Subject: chrome to the pipeline, the Date only a fallback date) over the message, so
the one article pipeline reads the forwarded article's own title, 来源 and date lines.
Above a forward separator (---------- 转发的邮件 ----------) stands the forwarder's note
and below a signature separator (`-- `) the sender's signature: the mail's words, not the
article's, so neither is read.
"""

from __future__ import annotations

import re

from index.engine.models import DecodedFile, Skipped, SourceFile

_HEADERS = ("From", "To", "Cc", "Date", "Subject")
# The line a mail client writes above a forwarded or quoted message.
_FORWARD = re.compile(
    r"^\s*(?:[-=_]{2,}|>)?\s*(?:转发的?邮件|原始邮件|原邮件|转发邮件信息|邮件原文|forwarded message|"
    r"original message|begin forwarded message:?)\s*[-=_]*\s*$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^--\s?$")  # RFC 3676 signature separator ("-- ")


def decode_mail(source: SourceFile, raw: bytes, content_hash: str) -> DecodedFile | Skipped:
    """Read one saved e-mail into header lines plus its message text, or say why not."""
    import email
    from email import policy

    from index.ingest.reading import normalise_text

    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        headers = [(k, _header(msg, k)) for k in _HEADERS]
    except Exception as exc:  # a malformed mail never stops the run
        return Skipped(source.path, f"e-mail could not be parsed: {type(exc).__name__}")
    headers = [(k, v) for k, v in headers if v]
    if not any(k in ("From", "Subject", "Date") for k, _ in headers):
        return Skipped(source.path, "not an e-mail: no From, Subject or Date header")
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception as exc:
        return Skipped(source.path, f"e-mail body could not be read: {type(exc).__name__}")
    if part is None:
        return Skipped(source.path, "e-mail has no text or HTML part")
    text, encoding, note = _part_text(part)
    if text is None:
        return Skipped(source.path, f"e-mail text undecodable: {note}")
    notes = [note] if note else []
    kind = part.get_content_subtype()
    front: list[str] = []
    if kind == "html":
        from index.ingest.html import decode_html

        page = decode_html(source, text.encode("utf-8"), content_hash)
        if isinstance(page, Skipped):
            return Skipped(source.path, f"e-mail's HTML part: {page.reason}")
        body_lines = page.text.split("\n")
        if body_lines and body_lines[0] == "---" and "---" in body_lines[1:]:
            end = body_lines.index("---", 1) + 1
            front, body_lines = body_lines[:end], body_lines[end:]
    else:
        body_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body_lines, dropped = _message_lines(body_lines)
    notes.extend(dropped)
    lines = [*front, *(f"{k}: {v}" for k, v in headers), "", *body_lines]
    origins = (
        [f"HTML part's front matter line {n}" for n in range(1, len(front) + 1)]
        + [f"e-mail header {k}" for k, _ in headers]
        + ["blank line after the e-mail headers"]
        + [f"e-mail {kind} part" for _ in body_lines]
    )
    out, removed = normalise_text("\n".join(lines))
    if removed:
        notes.append(f"{removed} control, zero-width or escape character(s) removed")
    if not "\n".join(body_lines).strip():
        return Skipped(source.path, "e-mail has no text")
    if out.count("\n") + 1 != len(origins):  # a line break inside a header value
        origins = []
    return DecodedFile(
        source=source,
        text=out,
        encoding=f"e-mail ({encoding})",
        content_hash=content_hash,
        notes=tuple(notes),
        origins=tuple(origins),
    )


def _header(msg, key: str) -> str:
    """A decoded header on one line ('' when missing or unreadable)."""
    try:
        value = msg.get(key)
    except Exception:  # a header the policy cannot parse: its raw value
        value = msg.get_all(key, [""])[0] if hasattr(msg, "get_all") else ""
    return " ".join(str(value or "").split())


def _part_text(part) -> tuple[str | None, str, str | None]:
    """A part's text by its declared charset (GB2312 read as GB18030), else by detection."""
    from index.ingest.encoding import UndecodableError, codec_for, decode_bytes, legacy_codecs

    payload = part.get_payload(decode=True) or b""
    declared = (part.get_content_charset() or "").lower()
    codec = codec_for(declared) if declared else None
    for charset in legacy_codecs(codec) if codec else ():
        try:
            return payload.decode(charset), charset, None
        except UnicodeDecodeError:
            pass
    try:
        decoded = decode_bytes(payload)
    except UndecodableError as exc:
        return None, "", str(exc)
    note = (
        f"declared charset {declared} does not fit; read as {decoded.encoding}"
        if declared
        else None
    )
    return decoded.text, decoded.encoding, note


def _message_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """The forwarded message under a forward separator, without the sender's signature."""
    notes = []
    at = next((i for i, ln in enumerate(lines) if _FORWARD.match(ln)), None)
    if at is not None and any(ln.strip() for ln in lines[at + 1 :]):
        if any(ln.strip() for ln in lines[:at]):
            notes.append("e-mail: the forwarder's note above the forwarded message is not read")
        lines = lines[at + 1 :]
    sig = next((i for i in range(len(lines) - 1, -1, -1) if _SIGNATURE.match(lines[i])), None)
    if sig is not None and sig > 0 and len(lines) - sig <= 12:
        lines = lines[:sig]
    return lines, notes
