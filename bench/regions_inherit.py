"""How far inherited regions spread in files without article boundaries.

Run as `python -m bench.regions_inherit [DIR ...]` (default: the bundled
corpus and ../shared/corpus-real). Each file goes through the same
ArticleBuilder as indexing (default config rules), and the script prints, per
file, how many paragraphs name a region, how many inherit one, and the
regions inherited most. Files are read in place, never copied.
"""

from __future__ import annotations

import collections
import sys
import time
from pathlib import Path

from bench.corpora import real_dir
from index.config import load_config
from index.engine.models import Article, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules
from index.ingest.reading import read_file

ROOT = Path(__file__).resolve().parents[1]


def files_in(dirs: list[Path]) -> list[Path]:
    """The .txt files to measure: *.utf8.txt in corpus-real, every .txt elsewhere."""
    out: list[Path] = []
    for d in dirs:
        utf8 = sorted(d.glob("*.utf8.txt"))
        out.extend(utf8 or sorted(d.glob("*.txt")))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print named/inherited paragraph counts per file and in total."""
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        dirs = [Path(a) for a in argv]
    else:
        real = real_dir()  # $SEARCH_APP_SHARED, else ../shared beside the checkout
        dirs = [ROOT / "corpus"] + ([real] if real else [])
    builder = ArticleBuilder(CleaningRules.from_config(load_config().cleaning))
    totals = collections.Counter()
    tagging = 0.0
    for path in files_in(dirs):
        decoded = read_file(SourceFile(str(path), str(path.parent), path.name))
        start = time.perf_counter()
        art = builder.build(decoded)
        tagging += time.perf_counter() - start
        if not isinstance(art, Article):
            print(f"{path.name}: skipped ({art.reason})")
            continue
        paras = art.paragraphs
        named = sum(1 for p in paras if p.regions)
        inherited = collections.Counter(r for p in paras for r in p.inherited_regions)
        n_inh = sum(1 for p in paras if p.inherited_regions)
        top = ", ".join(f"{r} {n}" for r, n in inherited.most_common(3))
        print(
            f"{path.parent.name}/{path.name}: {len(paras)} paragraphs, {named} name a region, "
            f"{n_inh} inherit one ({top})"
        )
        totals.update(paragraphs=len(paras), named=named, inherited=n_inh)
    print(
        f"total: {totals['paragraphs']} paragraphs, {totals['named']} name a region, "
        f"{totals['inherited']} inherit one; build() {tagging:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
