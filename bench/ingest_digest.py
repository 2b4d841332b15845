"""One digest of what ingestion makes of a set of files, and its CPU by stage.

A change meant to make ingestion faster must leave its output identical: run
this before and after over the same files and compare the digests. The digest
covers every article's metadata, evidence, paragraphs (text, heading, line,
named and inherited regions), dropped lines, notes and key, or the reason it
was skipped. Each folder is read as the indexer reads it: its recurring lines
counted first.

    python -m bench.ingest_digest DIR ... [--limit N] [--per-file OUT] [--stages] [--profile]

`--stages` adds CPU per pipeline step (process time around the functions
`ArticleBuilder.build_traced` calls, wrapped for this run only); `--profile`
prints cProfile's top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

from index.config import load_config
from index.engine.models import Skipped
from index.ingest import articles as articles_mod
from index.ingest.pipeline import ArticlePipeline, PipelineSettings
from index.ingest.reading import discover

# What build_traced calls, by the name it imports them under.
STAGES = (
    "split_front_matter",
    "make_lines",
    "make_line",
    "mark_chrome",
    "find_zones",
    "nav_runs",
    "title_scores",
    "extract",
    "fill_missing",
    "printed_outlet",
    "mark_zone_chrome",
    "mark_learned_chrome",
    "split_paragraphs",
    "duplicate_indexes",
)


def article_text(article) -> str:
    """Everything ingestion decided about one file, as one string."""
    if isinstance(article, Skipped):
        return f"skipped {article.reason}"
    return repr(
        (
            article.meta,
            article.paragraphs,
            article.dropped_lines,
            article.notes,
            article.evidence,
            article.article_key,
            article.encoding,
        )
    )


def _wrap_stages(times: dict[str, float]) -> None:
    """Replace the stage functions in the articles module with timed wrappers (this process)."""
    clock = time.process_time_ns

    def timed(name, fn):
        def inner(*args, **kwargs):
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name] += clock() - t

        return inner

    for name in STAGES:
        fn = getattr(articles_mod, name, None)
        if fn is not None:
            setattr(articles_mod, name, timed(name, fn))
    builder = articles_mod.ArticleBuilder
    builder._regions = timed("regions", builder._regions)
    builder._recurring = timed("recurring", builder._recurring)


def run(roots: list[Path], limit: int, per_file: Path | None, stages: bool, profile: bool) -> int:
    """Prepare every file under `roots` (each folder with its recurrence) and print the digest."""
    cfg = load_config(None)
    times: dict[str, float] = defaultdict(float)
    if stages:
        _wrap_stages(times)
    total = hashlib.blake2b(digest_size=16)
    rows = []
    n = 0
    cpu = 0
    prof = cProfile.Profile() if profile else None
    for root in roots:
        sources, _ = discover([root], cfg.corpus.extensions)
        by_folder: dict[str, list] = defaultdict(list)
        for src in sources:
            by_folder[str(Path(src.path).parent)].append(src)
        for folder in sorted(by_folder):
            if limit and n >= limit:
                break
            files = by_folder[folder][: (limit - n) if limit else None]
            pipeline = ArticlePipeline(PipelineSettings.from_config(cfg))
            pipeline.builder.tagger  # noqa: B018 - loaded before the clock starts
            t = time.process_time_ns()
            if prof:
                prof.enable()
            pipeline.count_recurrence(by_folder[folder], keep={s.path for s in files})
            made = [(src, pipeline.prepare(src)) for src in files]
            if prof:
                prof.disable()
            cpu += time.process_time_ns() - t
            for src, article in made:
                rel = str(Path(src.path).relative_to(root))
                text = article_text(article)
                total.update(f"{root.name}/{rel}\0{text}\0".encode())
                rows.append(f"{root.name}/{rel}\t{hashlib.blake2b(text.encode()).hexdigest()[:16]}")
            n += len(files)
    if per_file:
        per_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"files {n}  digest {total.hexdigest()}  cpu {cpu / 1e9:.2f} s")
    if stages:
        for name, ns in sorted(times.items(), key=lambda kv: -kv[1]):
            print(f"  {name:22s} {ns / 1e9:7.2f} s  {ns / max(cpu, 1):6.1%}")
    if prof:
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(30)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print the digest of ingestion over the given folders."""
    ap = argparse.ArgumentParser(prog="python -m bench.ingest_digest")
    ap.add_argument("roots", nargs="+", type=Path, help="corpus folders (each read recursively)")
    ap.add_argument("--limit", type=int, default=0, help="stop after N files (0: all)")
    ap.add_argument("--per-file", type=Path, help="write one hash per file here (to diff)")
    ap.add_argument("--stages", action="store_true", help="CPU per pipeline step")
    ap.add_argument("--profile", action="store_true", help="cProfile's top functions")
    args = ap.parse_args(argv)
    return run(args.roots, args.limit, args.per_file, args.stages, args.profile)


if __name__ == "__main__":
    sys.exit(main())
