"""What each indexed field costs on disk: `python -m bench.field_cost [INDEX_DIR]`.

Reads a built index (default: the bench's real-corpus project build) and sums,
per field, the term dictionary (key plus term info) and the posting blocks the
term infos point at. What is left of the files on disk is stored fields,
per-document lengths, column data and the segment tables. This answers the
engine issue's question: what the character unigram/bigram fields cost next
to the jieba word field.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from whoosh import index as wix

from index.build.whoosh_internals import install, term_table_sizes

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
    disk = sum(p.stat().st_size for p in ixdir.iterdir() if p.is_file())
    return out, disk


def main(argv: list[str]) -> int:
    """Print a Markdown table of per-field costs."""
    root = Path(argv[0]) if argv else DEFAULT_INDEX
    ixdir = find_whoosh_dir(root)
    costs, disk = field_bytes(ixdir)
    mb = 1e6
    print(f"index: {ixdir} — {disk / mb:.1f} MB on disk\n")
    print("| field | terms | dictionary MB | postings MB | share of disk |")
    print("|---|---|---|---|---|")
    counted = 0
    for name, (terms, dict_b, post_b) in sorted(costs.items(), key=lambda kv: -sum(kv[1][1:])):
        counted += dict_b + post_b
        share = (dict_b + post_b) / disk
        print(f"| {name} | {terms:,} | {dict_b / mb:.1f} | {post_b / mb:.1f} | {share:.0%} |")
    rest = disk - counted
    print(
        f"| (stored fields, lengths, columns, tables) | | | | {rest / disk:.0%} ({rest / mb:.1f} MB) |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
