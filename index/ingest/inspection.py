"""What ingestion makes of one file, line by line, without touching any index.

`inspect_file` runs the same code path as indexing (read, decode, clean, zones,
metadata, paragraphs) on one file, with the line-recurrence counts of its own
folder, and reports which line each metadata value came from and why every
other line was dropped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from index.config import Config
from index.engine.models import Article, Skipped, SourceFile
from index.ingest.cleaning import BLANK, BODY

FIELDS = ("title", "source", "site", "date", "author", "url", "page", "original_title")


@dataclass(frozen=True)
class FieldReport:
    """One metadata field: its value and the line it was taken from."""

    name: str
    value: str | None
    line: int  # 0: not from a line (front matter, or not found)
    text: str  # the line as written
    how: str  # kind of evidence: "labelled 来源", "date line", "front matter", …
    origin: str = ""  # for HTML: where in the page the line came from


@dataclass(frozen=True)
class LineReport:
    """A source line that did not become article text, and why."""

    line: int
    role: str  # chrome, block, meta, title, junk, repeat
    reason: str
    text: str
    origin: str = ""  # for HTML: where in the page the line came from


@dataclass
class Inspection:
    """The report for one file."""

    path: str
    encoding: str = ""
    skipped: str | None = None
    fields: list[FieldReport] = field(default_factory=list)
    dropped: list[LineReport] = field(default_factory=list)
    spam: list[tuple[int, str]] = field(default_factory=list)  # (line, text cut out)
    paragraphs: int = 0
    folder_files: int = 0  # files of the folder read for the recurrence signal
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """A JSON-ready dict."""
        return {
            "path": self.path,
            "encoding": self.encoding,
            "skipped": self.skipped,
            "fields": {
                f.name: {"value": f.value, "line": f.line or None, "text": f.text, "how": f.how}
                | ({"origin": f.origin} if f.origin else {})
                for f in self.fields
            },
            "dropped": [
                {"line": d.line, "role": d.role, "reason": d.reason, "text": d.text}
                | ({"origin": d.origin} if d.origin else {})
                for d in self.dropped
            ],
            "spam_removed": [{"line": n, "text": t} for n, t in self.spam],
            "paragraphs": self.paragraphs,
            "folder_files": self.folder_files,
            "notes": self.notes,
        }


def inspect_file(path: str | os.PathLike, cfg: Config) -> Inspection:
    """Report how `path` would be indexed under `cfg`'s cleaning rules (reads files only)."""
    from index.ingest.pipeline import ArticlePipeline, PipelineSettings
    from index.ingest.reading import decode_file

    p = Path(path).expanduser().resolve()
    report = Inspection(path=str(path))
    src = SourceFile(str(p), str(p.parent), p.name)
    # The indexer's pipeline, without region tagging (the report does not show regions).
    pipeline = ArticlePipeline(PipelineSettings.from_config(cfg, tag_regions=False))
    loaded = pipeline.load(src)
    if isinstance(loaded, Skipped):
        report.skipped = loaded.reason
        return report
    decoded = decode_file(src, loaded.raw)
    if isinstance(decoded, Skipped):
        report.skipped = decoded.reason
        return report
    report.encoding = decoded.encoding
    report.notes = list(decoded.notes)
    siblings = _siblings(p, cfg.corpus.extensions)
    pipeline.count_recurrence(siblings)
    report.folder_files = len(siblings)
    article, lines = pipeline.builder.build_traced(decoded)
    origins = getattr(decoded, "origins", ()) or ()

    def origin(n: int) -> str:
        return origins[n - 1] if 0 < n <= len(origins) else ""

    for ln in lines:
        if ln.removed:
            report.spam.extend((ln.number, piece) for piece in ln.removed)
        if ln.role not in (BODY, BLANK):
            report.dropped.append(
                LineReport(ln.number, ln.role, ln.reason, ln.text.strip(), origin(ln.number))
            )
    if isinstance(article, Skipped):
        report.skipped = article.reason
        return report
    _fill(report, article, lines, origin)
    return report


def _fill(report: Inspection, article: Article, lines, origin) -> None:
    """Field reports from the article's evidence, and the repeats dropped later."""
    evidence = {key: (line, text, how, value) for key, line, text, how, value in article.evidence}
    for name in FIELDS:
        value = getattr(article.meta, name)
        line, text, how, _ = evidence.get(name, (0, "", "", None))
        if value is None:
            how = "not found"
        report.fields.append(FieldReport(name, value, line, text, how, origin(line)))
    kept = {p.line for p in article.paragraphs}
    by_number = {ln.number: ln for ln in lines}
    for entry in article.dropped_lines:
        number, _, rest = entry.partition(": ")
        if rest.startswith("repeat"):
            n = int(number)
            if n not in kept and n in by_number:
                reason = rest[len("repeat (") : -1]
                report.dropped.append(
                    LineReport(n, "repeat", reason, by_number[n].text.strip(), origin(n))
                )
    report.dropped.sort(key=lambda d: d.line)
    report.paragraphs = len(article.paragraphs)


def _siblings(path: Path, extensions) -> list[SourceFile]:
    """The corpus-type files in the same folder (read for the recurrence signal)."""
    exts = tuple(e.lower() for e in extensions)
    out = []
    try:
        entries = sorted(os.scandir(path.parent), key=lambda e: e.name)
    except OSError:
        return [SourceFile(str(path), str(path.parent), path.name)]
    for entry in entries:
        if entry.name.lower().endswith(exts) and entry.is_file():
            out.append(SourceFile(str(Path(entry.path).resolve()), str(path.parent), entry.name))
    return out
