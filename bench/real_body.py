"""Body lines dropped from real news text: the SIGHAN-derived real corpus, read in place.

The real corpus (bench/corpora.py) is news text with only a generated title and
source/date line above it, so every other line the pipeline drops as chrome or
junk is a body line lost. Nobody tunes zone rules on it; it is a check of how the
zone rules and the line classifier behave on text they were not written for.

    python -m bench.real_body [--examples N] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from dataclasses import dataclass, field

from bench.corpora import prepare
from index.config import load_config
from index.engine.models import SourceFile
from index.ingest.cleaning import BLANK, BODY
from index.ingest.inspection import _siblings
from index.ingest.pipeline import ArticlePipeline, PipelineSettings
from index.ingest.reading import decode_file

HEADER_LINES = 2  # the generated title and 来源/发布时间 line


@dataclass
class Report:
    """Lines seen and lost, by the rule or signal that dropped them."""

    files: int = 0
    lines: int = 0
    lost: collections.Counter = field(default_factory=collections.Counter)
    right: collections.Counter = field(default_factory=collections.Counter)
    examples: list[tuple[str, int, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        """A JSON-ready dict."""
        return {
            "files": self.files,
            "body_lines": self.lines,
            "lost": sum(self.lost.values()),
            "lost_by_reason": dict(self.lost.most_common()),
            "metadata_right": dict(self.right),
        }


def measure() -> Report:
    """Run every real-corpus file through the indexer's pipeline; count dropped body lines."""
    cfg = load_config(None)
    root = prepare("real").root
    report = Report()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.txt"))
        if not files:
            continue
        pipeline = ArticlePipeline(PipelineSettings.from_config(cfg, tag_regions=False))
        pipeline.count_recurrence(_siblings(files[0], cfg.corpus.extensions))
        for f in files:
            src = SourceFile(str(f), str(folder), f.name)
            decoded = decode_file(src, pipeline.load(src).raw)
            article, lines = pipeline.builder.build_traced(decoded)
            report.files += 1
            _score_meta(report, article, decoded.text)
            for ln in lines:
                if ln.number <= HEADER_LINES or ln.role == BLANK:
                    continue
                report.lines += 1
                # Lines of punctuation alone (…, 」，) carry nothing a search could find.
                if ln.role != BODY and any(c.isalnum() for c in ln.text):
                    reason = (ln.reason or ln.role).split(" (")[0]
                    report.lost[reason] += 1
                    report.examples.append((f.name, ln.number, reason, ln.text.strip()[:60]))
    return report


_HEAD = re.compile(r"^(?:来源|來源)：(\S+) (?:发布时间|發布時間)：(\d{4}-\d\d-\d\d)$")


def _score_meta(report: Report, article, text: str) -> None:
    """Title, source and date against the generated header the file starts with."""
    title, head = [*text.split("\n"), "", ""][:2]
    m = _HEAD.match(head.strip())
    meta = getattr(article, "meta", None)
    if not m or meta is None:
        return
    expected = {"title": title.strip(), "source": m[1], "date": m[2]}
    for key, value in expected.items():
        report.right[key] += str(getattr(meta, key) or "") == value


def main(argv: list[str] | None = None) -> int:
    """Print the body lines lost on the real corpus, by reason."""
    ap = argparse.ArgumentParser(prog="python -m bench.real_body")
    ap.add_argument("--examples", type=int, default=10, help="random examples to show")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    try:
        report = measure()
    except FileNotFoundError as exc:
        print(f"real_body: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return 0
    lost = sum(report.lost.values())
    print(f"{report.files} files, {report.lines} body lines, {lost} lost")
    right = ", ".join(f"{k} {v}/{report.files}" for k, v in report.right.items())
    print(f"metadata right: {right}")
    for reason, n in report.lost.most_common():
        print(f"  {n:5d}  {reason}")
    rng = random.Random(0)
    for name, number, reason, text in rng.sample(report.examples, min(args.examples, lost)):
        print(f"  {name}:{number}  [{reason}]  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
