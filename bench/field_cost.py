"""What each indexed field costs on disk: `python -m bench.field_cost [INDEX_DIR]`.

Reads a built index (default: the bench's real-corpus project build) and sums,
per field, the term dictionary (key plus term info) and the posting blocks the
term infos point at. What is left of the files on disk is stored fields,
per-document lengths, column data and the segment tables; the stored fields
are estimated per field from a sample of documents (each value pickled as
Whoosh stores it, before compression). The accelerator files (`ACCEL_*.acc`,
the literal matcher: folded text plus character and bigram bitmaps) and the
facet and date tables files (`ACCEL_*.tab`) are listed by section.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import struct
import sys
from pathlib import Path

from whoosh import index as wix

from index.build.whoosh_internals import install, segment_part_sizes, term_table_sizes

DEFAULT = Path(os.environ.get("SEARCH_APP_BENCH_DIR", Path.home() / ".cache/search-app/bench"))
DEFAULT_INDEX = DEFAULT / "work/real/project"


def find_whoosh_dir(root: Path) -> Path:
    """The Whoosh index folder under `root` (a store's current build, or `root` itself)."""
    current = root / "CURRENT"
    if current.exists():
        return root / current.read_text().strip()
    hits = sorted({p.parent for p in root.rglob("*.toc")})
    if not hits:
        raise SystemExit(f"{root}: no Whoosh index found")
    return hits[-1]


def field_bytes(ixdir: Path) -> tuple[dict[str, list[int]], int]:
    """{field: [terms, dictionary bytes, posting bytes]} and the bytes on disk."""
    install()  # the index's schema names our classes, and the patches read it in place
    ix = wix.open_dir(str(ixdir))
    try:
        out = term_table_sizes(ix)
    finally:
        ix.close()
    disk = sum(
        p.stat().st_size for p in ixdir.iterdir() if p.is_file() and not p.name.startswith("ACCEL_")
    )
    return out, disk


def stored_bytes(ixdir: Path, sample: int = 2000) -> tuple[dict[str, float], int]:
    """Estimated pickled bytes per stored field over the whole index, and the document count."""
    ix = wix.open_dir(str(ixdir))
    try:
        with ix.reader() as reader:
            n = reader.doc_count_all()
            picks = sorted(random.Random(1).sample(range(n), min(sample, n)))
            sums: dict[str, int] = {}
            for d in picks:
                for name, value in reader.stored_fields(d).items():
                    sums[name] = sums.get(name, 0) + len(pickle.dumps(value, 2))
    finally:
        ix.close()
    scale = n / max(1, len(picks))
    return {k: v * scale for k, v in sums.items()}, n


def accel_sections(ixdir: Path, suffix: str = ".acc") -> dict[str, int]:
    """Bytes per section summed over the accelerator files (`.tab`: the facet and date
    tables files), header included as `header`."""
    out: dict[str, int] = {}
    for path in sorted(ixdir.glob(f"ACCEL_*{suffix}")):
        with path.open("rb") as fh:
            head = fh.read(16)
            (hlen,) = struct.unpack("<Q", head[8:16])
            header = json.loads(fh.read(hlen))
        total = path.stat().st_size
        counted = 0
        for name, (_off, length, _dtype) in header["sections"].items():
            out[name] = out.get(name, 0) + length
            counted += length
        out["header"] = out.get("header", 0) + total - counted
    return out


def main(argv: list[str]) -> int:
    """Print a Markdown table of per-field costs."""
    root = Path(argv[0]) if argv else DEFAULT_INDEX
    ixdir = find_whoosh_dir(root)
    costs, disk = field_bytes(ixdir)
    mb = 1e6
    print(f"index: {ixdir} — Whoosh files {disk / mb:.1f} MB on disk\n")
    print("| field | terms | dictionary MB | postings MB | share of disk |")
    print("|---|---|---|---|---|")
    counted = 0
    for name, (terms, dict_b, post_b) in sorted(costs.items(), key=lambda kv: -sum(kv[1][1:])):
        counted += dict_b + post_b
        share = (dict_b + post_b) / disk  # of the Whoosh files
        print(f"| {name} | {terms:,} | {dict_b / mb:.1f} | {post_b / mb:.1f} | {share:.0%} |")
    rest = disk - counted
    print(
        f"| (stored fields, lengths, columns, tables) | | | | {rest / disk:.0%} ({rest / mb:.1f} MB) |"
    )
    parts = segment_part_sizes(ixdir)
    if parts:
        print("\nParts of the compound segment files, on disk:\n")
        print("| part | MB | share of disk |")
        print("|---|---|---|")
        for name, b in sorted(parts.items(), key=lambda kv: -kv[1]):
            print(f"| {name} | {b / mb:.1f} | {b / disk:.0%} |")
    stored, docs = stored_bytes(ixdir)
    print(
        f"\nStored fields, estimated from a sample (pickled, before compression), {docs:,} docs:\n"
    )
    print("| stored field | MB | bytes per paragraph |")
    print("|---|---|---|")
    for name, b in sorted(stored.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {b / mb:.1f} | {b / max(1, docs):.0f} |")
    for suffix, title in ((".acc", "Accelerator files"), (".tab", "Facet and date tables files")):
        sections = accel_sections(ixdir, suffix)
        if sections:
            acc = sum(sections.values())
            print(f"\n{title}: {acc / mb:.1f} MB, {acc / max(1, docs):.1f} bytes per paragraph\n")
            print("| section | MB | share |")
            print("|---|---|---|")
            for name, b in sorted(sections.items(), key=lambda kv: -kv[1]):
                print(f"| {name} | {b / mb:.2f} | {b / acc:.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
