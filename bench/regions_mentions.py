"""Region-labelled paragraphs and the mentions a tagger keeps in them (dev time, issue 10).

    python -m bench.regions_mentions dump OUT.json [SET ...]        # today's ingestion → paragraphs
    python -m bench.regions_mentions extract DATA.json OUT.json [--code DIR] [--sets a,b]

`dump` reads every spent region-labelled set as the engine reads it (layout folders
through the real indexer, own_*.yaml as `bench.regions_own` does) and writes each
article's folded paragraphs with their expected paths (null: not labelled).
`extract` tags those articles with the tagger of `--code` (a checkout of an older
commit, to see the rules as they were before a set was read) and writes, per
paragraph, the mentions it kept with their features
and a label: kept when the mention's unit lies on an expected path; with them, the
places the rules dropped (`dropped`: gazetteer strings no kept mention covers).
The features (`features`) name no place: the characters around the mention and their
class, the mention's form and level, jieba's part of speech for its surface, a surname
before it, whether the article names its unit, parent or province elsewhere, lists,
quotes and book-title marks, the paragraph's shape.
Never give it a held-out set nobody may open (real_heldout: figures only, never printed).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Spent sets only (the fresh ones are not ours to open).
LAYOUT_SETS = ["dev", "heldout"] + [f"heldout{i}" for i in range(2, 12)]
OWN_SETS = ["own_dev", "own_heldout"] + [f"own_heldout{i}" for i in range(2, 12)]
# The real-corpus lines: the dev part is a fold; the held-out part is scored for figures only.
REAL_SETS = ["real_dev", "real_heldout"]


def _dump_real(name: str) -> list[dict]:
    """Labelled lines of the real corpus inside the titled articles of 10-30 lines that
    `bench.corpora.write_real` makes of them (what the golden answers index); unlabelled
    lines are context only."""
    import random

    from bench.corpora import SEED, _date, _title, real_dir, real_lines
    from bench.regions_real import load_labels, resolve
    from index.build.folding import fold

    folder = real_dir()
    if folder is None:
        return []
    part = name.removeprefix("real_")
    labels = {(lab.file, lab.line): lab for lab in load_labels() if lab.part == part}
    resolve(list(labels.values()), folder)  # refuses a changed corpus
    rng = random.Random(SEED)
    out = []
    for stem, lines in real_lines(folder).items():
        i = n = 0
        while i < len(lines):  # the same draws, in the same order, as write_real
            size = rng.randint(10, 30)
            chunk, first = lines[i : i + size], i
            i += size
            n += 1
            title = _title(rng, chunk, n)
            _date(rng)
            want = [labels.get((stem, first + k + 1)) for k in range(len(chunk))]
            if any(want):
                paras = [
                    [fold(t), False, list(w.expected) if w else None]
                    for t, w in zip(chunk, want, strict=True)
                ]
                out.append(
                    {
                        "set": name,
                        "id": f"{stem}_{n:04d}",
                        "title": title,
                        "home": None,
                        "paras": paras,
                    }
                )
    return out


def _dump_own(name: str) -> list[dict]:
    """One own_*.yaml file's articles, cleaned as `bench.regions_own` tags them."""
    from bench.regions_own import load_articles
    from index.build.folding import fold
    from index.ingest.cleaning import default_spam, remove_spam

    spam = list(default_spam())
    out = []
    for art in load_articles(REPO / "tests" / "regions" / f"{name}.yaml"):
        paras = [
            [
                remove_spam(p["text"], fold(p["text"]), spam)[1],
                bool(p.get("heading")),
                p["expected"],
            ]
            for p in art["paragraphs"]
        ]
        out.append(
            {
                "set": name,
                "id": str(art.get("id", "?")),
                "title": art.get("title"),
                "home": None,
                "paras": paras,
            }
        )
    return out


def _dump_layouts(name: str) -> list[dict]:
    """One layout folder indexed for real; every tag_article call recorded with its labels."""
    from bench import layouts
    from index.ingest import articles as arts

    split = (REPO / "tests" / "layouts" / name).resolve()
    labels = {str((split / lab.file).resolve()): lab for lab in layouts.load_labels(split)}
    calls: list[dict] = []
    current: list[str] = [""]
    build_traced, regions = arts.ArticleBuilder.build_traced, arts.ArticleBuilder._regions

    def traced(self, decoded, *a, **k):
        current[0] = str(Path(decoded.source.path).resolve())
        return build_traced(self, decoded, *a, **k)

    def recorded(self, kept, meta):
        calls.append(
            {
                "path": current[0],
                "title": meta.title,
                "home": arts._outlet_home(meta, self.tagger),
                "kept": [(p.folded, p.is_heading, p.text) for p in kept],
            }
        )
        return regions(self, kept, meta)

    arts.ArticleBuilder.build_traced, arts.ArticleBuilder._regions = traced, recorded
    try:
        with tempfile.TemporaryDirectory() as tmp:
            layouts.index_split(split, list(labels.values()), Path(tmp))
    finally:
        arts.ArticleBuilder.build_traced, arts.ArticleBuilder._regions = build_traced, regions
    out = []
    for call in calls:
        lab = labels.get(call["path"])
        if lab is None:
            continue
        texts = [layouts._squash(t) for _, _, t in call["kept"]]
        expected: dict[int, set[str]] = {}
        for reg in lab.regions:
            needle = layouts._squash(reg.contains)
            where = [i for i, t in enumerate(texts) if needle in t]
            if where:
                expected.setdefault(where[0], set()).update(layouts._most_specific(reg.regions))
        title = layouts._squash(lab.meta.get("title") or "")
        paras = []
        for i, (folded, heading, _) in enumerate(call["kept"]):
            if i in expected:
                want = sorted(expected[i])
            elif lab.regions_complete and not layouts._is_title_line(title, texts[i]):
                want = []
            else:
                want = None  # not labelled: no evidence either way
            paras.append([folded, heading, want])
        out.append(
            {
                "set": name,
                "id": lab.file,
                "title": call["title"],
                "home": call["home"],
                "paras": paras,
            }
        )
    return out


def dump(names: list[str]) -> list[dict]:
    """Articles of the named sets (layout folders and own_* files)."""
    out = []
    for name in names:
        if name.startswith("real_"):
            out.extend(_dump_real(name))
        else:
            out.extend(_dump_own(name) if name.startswith("own_") else _dump_layouts(name))
        print(f"dumped {name}", file=sys.stderr)
    return out


_PUNCT = frozenset(",。!?;:、,.!?;:")
_OPEN = frozenset("(《“「『[【<\"'")
_CLOSE = frozenset(")》”」』]】>\"'")
_LIST = frozenset("、和与及")


def _cls(ch: str) -> str:
    """A character's class: end, punct, open, close, digit, latin, space or han."""
    got = _CLASSES.get(ch)
    if got is None:
        got = _CLASSES[ch] = _classify(ch)
    return got


_CLASSES: dict[str, str] = {}


def _classify(ch: str) -> str:
    """`_cls` uncached."""
    if ch in ("^", "$"):
        return "edge"
    if ch in _PUNCT:
        return "punct"
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if ch.isspace():
        return "space"
    return "han"


def form_kinds(hit) -> tuple[str, ...]:
    """The kinds of the forms behind a hit's unit (full, short, former…), or what made it."""
    if getattr(hit, "travel", False):
        return ("travel",)
    kinds = sorted(
        {getattr(f.kind, "name", str(f.kind)) for f in hit.forms if f.unit.path == hit.unit.path}
    )
    return tuple(kinds) or ("compound",)


def _province(path: str) -> str:
    """The province part of a path."""
    return path.split("/", 1)[0]


def _inside(text: str, start: int, opening: str, closing: str) -> bool:
    """Whether `start` lies inside an opening/closing pair opened earlier in the text."""
    i = text.rfind(opening, 0, start)
    return i >= 0 and text.find(closing, i, start) < 0


class ArticlePlaces:
    """How many places each text of an article names under a path prefix (counted on demand)."""

    __slots__ = ("_cache", "count", "entries", "total")

    def __init__(self, named: list[tuple[str, ...]]) -> None:
        """`named`: the paths each text names (title first), one entry per place mentioned."""
        self.entries = [(j, path + "/") for j, paths in enumerate(named) for path in paths]
        self.count = [len(paths) for paths in named]
        self.total = len(self.entries)
        self._cache: dict[str, tuple[int, dict[int, int]]] = {}

    def _counts(self, prefix: str) -> tuple[int, dict[int, int]]:
        """(places under `prefix` in all texts, per text index)."""
        got = self._cache.get(prefix)
        if got is None:
            key = prefix + "/"
            per: dict[int, int] = {}
            for j, path in self.entries:
                if path.startswith(key):
                    per[j] = per.get(j, 0) + 1
            got = self._cache[prefix] = (sum(per.values()), per)
        return got

    def others(self, prefix: str, index: int) -> int:
        """Places under `prefix` named by texts other than `index`."""
        total, per = self._counts(prefix)
        return total - per.get(index, 0)

    def named(self, prefix: str, index: int) -> bool:
        """Whether text `index` names a place under `prefix`."""
        return bool(self._counts(prefix)[1].get(index))


def features(
    text: str,
    start: int,
    end: int,
    path: str,
    kinds: tuple[str, ...],
    travel: bool,
    hits: list,
    places: ArticlePlaces,
    index: int,
    heading: bool,
    pos: str = "",
    surnames: frozenset[str] = frozenset(),
) -> list[str]:
    """The feature names of the mention text[start:end] → `path`.

    `hits`: the paragraph's kept hits; `places`: what each text of the article (title
    first) names; `index`: this paragraph's place among those texts; `pos`:
    jieba's part of speech for the surface when it is not a place name (梨树 n, 黄大仙 nr).
    """
    n1 = text[end] if end < len(text) else "$"
    p1 = text[start - 1] if start else "^"
    nc = _cls(n1)
    out = [
        "n1=" + n1,
        "n2=" + text[end : end + 2],
        "p1=" + p1,
        "p2=" + text[max(0, start - 2) : start],
        "nc=" + nc,
        "pc=" + _cls(p1),
        f"len={min(end - start, 4)}",
        f"lvl={path.count('/') + 1}",
        "travel" if travel else "plain",
    ]
    out.extend("kind=" + k for k in kinds)
    out.extend(f"kind={k}&nc={nc}" for k in kinds)
    word = "pos=" + (pos or "ns")
    out.append(word)
    out.append(f"{word}&nc={nc}")
    if p1 in surnames:
        out.append("surname")
        before = text[start - 2] if start >= 2 else "^"
        out.append("surname&pc=" + _cls(before))
    if text[start:end] == path.rsplit("/", 1)[-1]:
        out.append("own_name")
    prov = _province(path)
    parent = path.rsplit("/", 1)[0] if "/" in path else ""
    # Places the other texts name: under this unit, else its parent, else its province.
    self_n = places.others(path, index)
    parent_n = places.others(parent, index) - self_n if parent else 0
    prov_n = places.others(prov, index) - (self_n + parent_n)
    out.append("art_self" if self_n else "art_noself")
    if parent_n:
        out.append("art_parent")
    if prov_n:
        out.append("art_prov")
    if places.total == places.count[index]:
        out.append("art_alone")
    if index and places.named(prov, 0):
        out.append("title_prov")
    others = [h for h in hits if h.start != start]
    if any(_province(h.unit.path) == prov for h in others):
        out.append("par_prov")
    out.append(f"par_n={min(len(others), 2)}")
    if p1 in _LIST or n1 in _LIST:
        out.append("listed")
    if _inside(text, start, "《", "》"):
        out.append("book")
    if _inside(text, start, "“", "”") or _inside(text, start, "「", "」"):
        out.append("quote")
    if heading:
        out.append("heading")
    if index == 0:
        out.append("title")
    size = len(text)
    out.append("plen=" + ("s" if size <= 15 else "m" if size <= 40 else "l"))
    if ":" in text[:8]:
        out.append("colon_head")
    return out


def extract(articles: list[dict], code: Path | None) -> list[dict]:
    """Per article and paragraph: what the tagger at `code` names, and the mentions behind it."""
    from index.regions.aliases import SURNAMES  # today's list, whatever the tagger's age

    pos = surface_pos()
    if code is not None:
        sys.path.insert(0, str(code.resolve()))
        for mod in [m for m in sys.modules if m == "index" or m.startswith("index.")]:
            del sys.modules[mod]
    from index.regions import tagger as tagger_mod

    cls = tagger_mod.RegionTagger
    tagger = cls()
    last: dict[str, tuple] = {}
    orig = cls._resolved_hits

    def spy(self, text, context, scan=None, *a, **k):
        hits = orig(self, text, context, scan, *a, **k)
        last[text] = [h for h in hits if h.unit is not None]
        return hits

    cls._resolved_hits = spy
    out = []
    for art in articles:
        last.clear()
        paras = art["paras"]
        pairs = [(t, h) for t, h, _ in paras]
        try:
            result = tagger.tag_article(pairs, art["title"], art["home"])
        except TypeError:  # a tagger from before the outlet's home was context
            result = tagger.tag_article(pairs, art["title"])
        title = tagger_mod._fold(art["title"]) if art["title"] else ""
        texts = [title] + [t for t, _, _ in paras]
        per_text = [last.get(text, []) for text in texts]  # the last pass over each text
        places = ArticlePlaces([tuple(h.unit.path for h in hits) for hits in per_text])
        rows = []
        for i, ((text, heading, want), (named, _)) in enumerate(zip(paras, result, strict=True)):
            hits = per_text[i + 1] if named else []
            mentions = []
            for h in hits:
                f = features(
                    text,
                    h.start,
                    h.end,
                    h.unit.path,
                    form_kinds(h),
                    bool(getattr(h, "travel", False)),
                    hits,
                    places,
                    i + 1,
                    heading,
                    pos.get(text[h.start : h.end], ""),
                    SURNAMES,
                )
                label = (
                    None
                    if want is None
                    else any(w == h.unit.path or w.startswith(h.unit.path + "/") for w in want)
                )
                mentions.append(
                    {"path": h.unit.path, "span": [h.start, h.end], "f": f, "label": label}
                )
            dropped = []
            if want is not None:
                for s, e, units in _raw(tagger, text):
                    if any(s < h.end and h.start < e for h in hits):
                        continue  # shadowed by a kept mention, not dropped as a trap
                    path = next(
                        (u for u in units if any(w == u or w.startswith(u + "/") for w in want)),
                        units[0],
                    )
                    f = features(
                        text,
                        s,
                        e,
                        path,
                        ("raw",),
                        False,
                        hits,
                        places,
                        i + 1,
                        heading,
                        pos.get(text[s:e], ""),
                        SURNAMES,
                    )
                    label = any(w == path or w.startswith(path + "/") for w in want)
                    dropped.append({"path": path, "span": [s, e], "f": f, "label": label})
            rows.append(
                {"named": list(named), "expected": want, "mentions": mentions, "dropped": dropped}
            )
        # The filter's scope, as the tagger applies it: a titled article, not a collection.
        scoped = bool(title) and len(paras) <= tagger_mod.STORY_MAX_PARAGRAPHS
        out.append({"set": art["set"], "id": art["id"], "scoped": scoped, "paras": rows})
    cls._resolved_hits = orig
    return out


def _raw(tagger, text: str) -> list[tuple[int, int, list[str]]]:
    """Every gazetteer surface in the text, before any rule: (start, end, unit paths)."""
    out = []
    for last, surface in tagger._iter(text.translate(tagger._mask)):
        forms = tagger._forms.get(surface) if surface else None
        if not forms:
            continue
        paths = list(dict.fromkeys(f.unit.path for f in forms))
        out.append((last + 1 - len(surface), last + 1, paths))
    return out


def surface_pos() -> dict[str, str]:
    """jieba's part of speech of every gazetteer surface it tags as something other than ns."""
    import jieba.posseg

    from index.regions.gazetteer import load

    tags = jieba.posseg.dt.word_tag_tab
    out = {}
    for surface in load().forms:
        tag = tags.get(surface)
        if tag and tag != "ns":
            out[surface] = "nr" if tag.startswith("nr") else "n" if tag[0] == "n" else "x"
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: dump or extract."""
    ap = argparse.ArgumentParser(prog="python -m bench.regions_mentions")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("sets", nargs="*")
    e = sub.add_parser("extract")
    e.add_argument("data", type=Path)
    e.add_argument("out", type=Path)
    e.add_argument("--code", type=Path)
    e.add_argument("--sets", default="")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        names = args.sets or LAYOUT_SETS + OWN_SETS + REAL_SETS
        bad = [n for n in names if n not in LAYOUT_SETS + OWN_SETS + REAL_SETS]
        if bad:
            ap.error(f"not a spent set: {bad}")
        args.out.write_text(json.dumps(dump(names), ensure_ascii=False), encoding="utf-8")
        return 0
    arts = json.loads(args.data.read_text(encoding="utf-8"))
    if args.sets:
        keep = set(args.sets.split(","))
        arts = [a for a in arts if a["set"] in keep]
    args.out.write_text(json.dumps(extract(arts, args.code), ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
