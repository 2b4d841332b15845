"""Line-level training data, training and leave-one-set-out CV of the zone line classifier.

    python -m bench.linemodel data   [--out bench/results/line_data.jsonl]   # regenerate the data
    python -m bench.linemodel train                                          # write the shipped model
    python -m bench.linemodel cv     [--by set|layout] [--json FILE]         # generalisation estimate
    python -m bench.linemodel external          # shipped model vs rules on tests/engine/html_pages
    python -m bench.linemodel score  [--sets SET …] [--json FILE]  # the shipped model on SETs

Data: every non-blank line of every labelled file of the spent sets, tests/layouts/{dev,
heldout, heldout2 … heldout16} (never a fresh set), as the zone code sees
it (after decoding, HTML extraction, front matter), labelled from labels.yaml: `body` if it
holds a labelled body substring, `title` if it is the labelled title (maybe with a site
suffix), `chrome` if it holds a labelled chrome substring, `meta` if it is a short line
carrying the labelled source, author or date. Lines no label speaks of are silver: what the
rules did with them (kept → body, dropped as chrome → chrome), at a lower weight.

CV: one fold per set (default; files of one writer share conventions, so a set is the honest
unit for "a new writer's layouts") or per layout; the model is trained on the other folds and
the held-out files are (a) scored line by line (classifier alone, gold lines of the header and
footer zones) and (b) built end to end with rules + that fold's model and scored like
bench.layouts (title/source/date/author, chrome indexed, body lost), next to rules alone,
pooled and per set. scikit-learn is a bench-only dependency; the shipped model (JSON) is
applied in plain Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.layouts import (
    META_FIELDS,
    REPO,
    IndexedFile,
    IndexedParagraph,
    LayoutLabel,
    _squash,
    load_labels,
    score_file,
)

LAYOUTS = REPO / "tests/layouts"
# The sets that may be read and scored (spent: read and tuned on); never the fresh ones.
SPENT = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 17)))
# Trained on: every spent set.
SPLIT_NAMES = SPENT
SPLITS = tuple(LAYOUTS / s for s in SPLIT_NAMES)
# Labelled pages never trained on: a check of the shipped model (not a held-out set either,
# the rules were written against them).
EXTERNAL = (REPO / "tests/engine/html_pages",)
SEED = 20261129
C = 0.05  # inverse regularisation, chosen by the 17-set by-set CV over 0.02-2 (bench/results)
SILVER_WEIGHT = 0.3
EDGE_WEIGHT = 0.5
TITLE_SUFFIX = 20


@dataclass
class Sample:
    """One labelled file: its lines as the zone code saw them, and its labels."""

    split: str
    label: LayoutLabel
    path: str
    lines: list
    zones: object
    recurring: set[int]


def _builder():
    from bench.layouts import split_config
    from index.ingest.pipeline import PipelineSettings, pipeline_for

    cfg = split_config(REPO / "tests/layouts/dev", Path("/nonexistent"))
    return pipeline_for(PipelineSettings.from_config(cfg, tag_regions=False)), cfg


def labelled_files(pipe, folders):
    """(folder, label, source, decoded file or Skipped) for every labelled file of `folders`,
    each folder's recurring lines counted first, as the indexer does."""
    from index.engine.models import Skipped, SourceFile
    from index.ingest.reading import decode_file, read_bytes

    for folder in folders:
        folder = Path(folder).resolve()
        labels = load_labels(folder)
        sources = [SourceFile(str(folder / lab.file), str(folder), lab.file) for lab in labels]
        pipe.count_recurrence(sources)
        for lab, src in zip(labels, sources, strict=True):
            raw = read_bytes(src, pipe.settings.max_bytes)
            yield folder, lab, src, raw if isinstance(raw, Skipped) else decode_file(src, raw)


def collect(splits=SPLITS) -> list[Sample]:
    """Build every labelled file of `splits` with rules only, keeping its lines and zones."""
    from index.engine.models import Skipped

    pipe, _cfg = _builder()
    samples = []
    model = pipe.builder.line_model
    pipe.builder.line_model = None
    try:
        for folder, lab, src, decoded in labelled_files(pipe, splits):
            if isinstance(decoded, Skipped):
                continue
            out: list = []
            pipe.builder.build_traced(decoded, None, out)
            if out:
                lines, zones, recurring = out[0]
                samples.append(Sample(str(folder), lab, src.path, lines, zones, recurring))
    finally:
        pipe.builder.line_model = model
    return samples


def _has_date(text: str, iso: str | None) -> bool:
    from index.ingest.dates import find_dates

    return bool(iso) and any(d.iso == iso for d in find_dates(text))


def gold_class(text: str, label: LayoutLabel) -> str | None:
    """The class labels.yaml gives a line, or None when no label speaks of it."""
    line = _squash(text)
    if not line:
        return None
    if any(_squash(b) in line for b in label.body):
        return "body"
    title = _squash(label.meta.get("title") or "")
    if title and title in line and len(line) - len(title) <= TITLE_SUFFIX:
        return "title"
    if any(_squash(c) in line for c in label.chrome):
        return "chrome"
    if len(line) <= 80:
        names = [label.meta.get(k) for k in ("source", "author")]
        if any(n and _squash(n) in line for n in names) or _has_date(text, label.meta.get("date")):
            return "meta"
    return None


def _at_the_edge(row: np.ndarray, text: str, where: str) -> np.ndarray:
    """A body line's features as if it stood in the header or footer zone, cut after a comma.

    The labelled files have almost no body text outside the prose span, so without these
    copies the model learns "last lines are chrome" and drops a truncated last sentence.
    """
    from index.ingest.linemodel import FEATURES, OWN, own_features

    col = {name: k for k, name in enumerate(FEATURES)}
    cut = text
    commas = [k for k, c in enumerate(text) if c in "，,"]
    if commas:
        cut = text[: commas[len(commas) // 2] + 1]
    out = row.copy()
    out[: len(OWN)] = own_features(cut)
    footer = where == "footer"
    for name, value in {
        "in_header": float(not footer),
        "in_footer": float(footer),
        "first_line": 0.0,
        "last_line": float(footer),
        "top_rank": 1.0 if footer else 1 / 30,
        "bottom_rank": 0.0 if footer else 1.0,
        "rel_pos": 1.0 if footer else 0.05,
        "before_body_dist": 0.0 if footer else 1 / 30,
        "after_body_dist": 1 / 30 if footer else 0.0,
        "recurs": 0.0,
    }.items():
        out[col[name]] = value
    if footer:
        for name in FEATURES:
            if name.startswith("next_"):
                out[col[name]] = 0.0
    return out


def dataset(samples: list[Sample], edges: bool = True):
    """(X, y, weights, group per row, sample index per row, line index per row, gold flag,
    synthetic flag). `edges`: add body lines moved to the zones (`_at_the_edge`)."""
    from index.ingest.cleaning import BODY, CHROME
    from index.ingest.linemodel import CLASSES, line_features

    xs, ys, ws, groups, owners, at, gold, synth = [], [], [], [], [], [], [], []
    for s_i, s in enumerate(samples):
        idx, x = line_features(s.lines, s.zones, s.recurring)
        for row, i in zip(x, idx, strict=True):
            line = s.lines[i]
            cls = gold_class(line.text, s.label)
            is_gold = cls is not None
            if cls is None:
                cls = {BODY: "body", CHROME: "chrome"}.get(line.role)
            if cls is None:
                continue
            xs.append(row)
            ys.append(CLASSES.index(cls))
            ws.append(1.0 if is_gold else SILVER_WEIGHT)
            groups.append(s.label.layout)
            owners.append(s_i)
            at.append(i)
            gold.append(is_gold)
            synth.append(False)
            if edges and is_gold and cls == "body":
                for where in ("header", "footer"):
                    xs.append(_at_the_edge(row, line.folded.strip(), where))
                    ys.append(CLASSES.index("body"))
                    ws.append(EDGE_WEIGHT)
                    groups.append(s.label.layout)
                    owners.append(s_i)
                    at.append(i)
                    gold.append(False)
                    synth.append(True)
    return (
        np.asarray(xs),
        np.asarray(ys),
        np.asarray(ws),
        np.asarray(groups),
        np.asarray(owners),
        np.asarray(at),
        np.asarray(gold),
        np.asarray(synth),
    )


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray):
    """A `LineModel` fitted with scikit-learn (fixed seed; deterministic solver)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    from index.ingest.linemodel import CLASSES, FEATURES, LineModel

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=5000, random_state=SEED, class_weight="balanced")
    # One BLAS thread: 60x faster on a loaded two-core machine, and the same sums every run.
    with threadpool_limits(limits=1):
        clf.fit((x - mean) / scale, y, sample_weight=w)
    coef = np.zeros((len(CLASSES), x.shape[1]))
    intercept = np.full(len(CLASSES), -30.0)  # a class absent from training is never predicted
    for k, c in enumerate(clf.classes_):
        coef[c] = clf.coef_[k]
        intercept[c] = clf.intercept_[k]
    return LineModel(mean, scale, coef, intercept, CLASSES, FEATURES)


def _article_file(article) -> IndexedFile:
    meta = {k: getattr(article.meta, k, None) for k in META_FIELDS}
    paras = [IndexedParagraph(p.ordinal, p.text, p.regions) for p in article.paragraphs]
    return IndexedFile(meta, paras, None)


def _empty_totals() -> dict:
    return {
        "files": 0,
        "right": dict.fromkeys(("title", "source", "date", "author"), 0),
        "labelled": dict.fromkeys(("title", "source", "date", "author"), 0),
        "chrome": 0,
        "chrome_per_10": 0.0,
        "body_lost": 0,
    }


def _add(totals: dict, score) -> None:
    totals["files"] += 1
    for f in totals["right"]:
        if f in score.right:
            totals["labelled"][f] += 1
            totals["right"][f] += int(score.right[f])
    totals["chrome"] += score.chrome_found
    totals["chrome_per_10"] = round(10 * totals["chrome"] / totals["files"], 2)
    totals["body_lost"] += score.body_lost


def end_to_end(
    samples: list[Sample], models: dict[int, object | None], verbose: bool = False
) -> dict:
    """Build each sample's file with its own model (None: rules only) and score it;
    the totals, and the same per set under "by_set" (`verbose`: failures to stderr)."""
    from index.engine.models import Skipped, SourceFile
    from index.ingest.reading import decode_file, read_bytes

    pipe, _cfg = _builder()
    keep = pipe.builder.line_model
    totals = _empty_totals()
    per_set: dict[str, dict] = {}
    try:
        by_split: dict[str, list[int]] = {}
        for k, s in enumerate(samples):
            by_split.setdefault(s.split, []).append(k)
        for split, ks in by_split.items():
            folder = Path(split)
            sources = [SourceFile(samples[k].path, str(folder), samples[k].label.file) for k in ks]
            pipe.count_recurrence(sources)
            mine = per_set.setdefault(folder.name, _empty_totals())
            for k, src in zip(ks, sources, strict=True):
                s = samples[k]
                pipe.builder.line_model = models.get(k)
                raw = read_bytes(src, pipe.settings.max_bytes)
                decoded = decode_file(src, raw)
                article = pipe.builder.build(decoded)
                got = (
                    IndexedFile({f: None for f in META_FIELDS}, [], article.reason)
                    if isinstance(article, Skipped)
                    else _article_file(article)
                )
                score = score_file(s.label, got, set())
                if verbose:
                    for f in score.failures:
                        if f.field in ("title", "chrome", "body"):
                            print(f"  {folder.name}/{s.label.file}: {f}", file=sys.stderr)
                _add(totals, score)
                _add(mine, score)
    finally:
        pipe.builder.line_model = keep
    totals["by_set"] = per_set
    return totals


def _line_figures(samples, x, y, proba, owners, at, gold, synth, rows) -> dict:
    """The classifier alone on the gold lines of the header/footer zones of `rows`:
    chrome caught at the threshold (with the guards), lines of other classes it would
    drop, and how often it rates the labelled title highest among the header lines."""
    from index.ingest.cleaning import BODY as ROLE_BODY
    from index.ingest.linemodel import CHROME_THRESHOLD, CLASSES, may_drop

    chrome, body, title = (CLASSES.index(c) for c in ("chrome", "body", "title"))
    mask = np.zeros(len(y), dtype=bool)
    mask[rows] = True
    zone = np.array(
        [
            bool(mask[r])
            and at[r] in set(samples[owners[r]].zones.header) | set(samples[owners[r]].zones.footer)
            for r in range(len(y))
        ]
    )
    sel = np.flatnonzero(zone & gold)
    droppable = np.array([may_drop(samples[owners[r]].lines[at[r]].folded, x[r]) for r in sel])
    said = (proba[sel, chrome] >= CHROME_THRESHOLD) & droppable if len(sel) else np.array([])
    is_chrome = y[sel] == chrome
    rules_kept = np.array([samples[owners[r]].lines[at[r]].role == ROLE_BODY for r in sel])
    out = {
        "zone_gold_chrome": int(is_chrome.sum()),
        "zone_gold_other": int((~is_chrome).sum()),
        "clf_chrome_caught": int((said & is_chrome).sum()) if len(sel) else 0,
        "clf_chrome_recall": _rate(said & is_chrome, is_chrome) if len(sel) else None,
        "clf_false_drops": int((said & ~is_chrome).sum()) if len(sel) else 0,
        "clf_body_as_chrome": int((said & (y[sel] == body)).sum()) if len(sel) else 0,
        "clf_false_drops_rules_kept": int((said & ~is_chrome & rules_kept).sum())
        if len(sel)
        else 0,
    }
    right = files = 0
    for k in sorted(set(owners[rows].tolist())):
        mine = np.flatnonzero((owners == k) & zone & ~synth)
        if not any(y[mine] == title):
            continue
        files += 1
        best = mine[np.argmax(proba[mine, title])]
        right += int(y[best] == title)
    out["clf_alone_title_line_right"] = f"{right}/{files}"
    return out


def cross_validate(samples: list[Sample], by: str = "set", verbose: bool = False) -> dict:
    """Leave-one-set-out (or one-layout-out): line-level figures of the classifier alone,
    and end to end, rules alone vs rules + the fold's model, pooled and per set."""
    from index.ingest.linemodel import CHROME_THRESHOLD, CLASSES, TITLE_DOUBT, TITLE_SURE

    x, y, w, layouts, owners, at, gold, synth = dataset(samples)
    if by == "set":
        groups = np.asarray([Path(samples[o].split).name for o in owners])
        key = {k: Path(s.split).name for k, s in enumerate(samples)}
    else:
        groups = layouts
        key = {k: s.label.layout for k, s in enumerate(samples)}
    chrome = CLASSES.index("chrome")
    proba = np.zeros((len(y), len(CLASSES)))
    fold_models: dict[str, object] = {}
    for g in sorted(set(key.values())):
        test = groups == g
        model = fit(x[~test], y[~test], w[~test])
        fold_models[g] = model
        if test.any():
            proba[test] = model.proba(x[test])
    models = {k: fold_models[g] for k, g in key.items()}
    out: dict = {
        "folds": f"leave one {by} out ({len(fold_models)} folds)",
        "sets": [Path(s).name for s in dict.fromkeys(s.split for s in samples)],
        "files": len(samples),
        "lines": len(y),
        "gold_lines": int(gold.sum()),
        "chrome_threshold": CHROME_THRESHOLD,
        "title_sure": TITLE_SURE,
        "title_doubt": TITLE_DOUBT,
        "C": C,
        "silver_weight": SILVER_WEIGHT,
    }
    pred = proba.argmax(axis=1)
    out["gold_accuracy_all_lines"] = round(float((pred[gold] == y[gold]).mean()), 4)
    out["line_level"] = _line_figures(
        samples, x, y, proba, owners, at, gold, synth, np.arange(len(y))
    )
    split_of = np.asarray([Path(samples[o].split).name for o in owners])
    out["line_level_by_set"] = {
        name: _line_figures(
            samples, x, y, proba, owners, at, gold, synth, np.flatnonzero(split_of == name)
        )
        for name in out["sets"]
    }
    if verbose:
        for r in np.flatnonzero(gold & (proba[:, chrome] >= 0.5) & (y != chrome)):
            s = samples[owners[r]]
            print(
                f"false chrome p={proba[r, chrome]:.2f} {CLASSES[y[r]]} {s.label.file}: "
                f"{s.lines[at[r]].text[:60]}",
                file=sys.stderr,
            )
    out["end_to_end_rules"] = end_to_end(samples, {})
    out["end_to_end_rules+clf"] = end_to_end(samples, models, verbose)
    return out


def score_shipped(samples: list[Sample]) -> dict:
    """The shipped model on `samples`: the CV's line-level figures, pooled and per set, and
    end to end, rules alone vs rules + the shipped model (held-out figures for sets it was
    never trained on)."""
    from index.ingest.linemodel import default_model

    model = default_model()
    if model is None:
        raise SystemExit("no shipped line model (index/ingest/data missing or stale)")
    x, y, _w, _layouts, owners, at, gold, synth = dataset(samples)
    proba = np.asarray(model.proba(x))
    sets = [Path(s).name for s in dict.fromkeys(s.split for s in samples)]
    split_of = np.asarray([Path(samples[o].split).name for o in owners])
    pred = proba.argmax(axis=1)
    return {
        "model": "shipped (index/ingest/data/line_model.json)",
        "sets": sets,
        "files": len(samples),
        "lines": len(y),
        "gold_lines": int(gold.sum()),
        "gold_accuracy_all_lines": round(float((pred[gold] == y[gold]).mean()), 4),
        "line_level": _line_figures(
            samples, x, y, proba, owners, at, gold, synth, np.arange(len(y))
        ),
        "line_level_by_set": {
            name: _line_figures(
                samples, x, y, proba, owners, at, gold, synth, np.flatnonzero(split_of == name)
            )
            for name in sets
        },
        "end_to_end_rules": end_to_end(samples, {}),
        "end_to_end_rules+clf": end_to_end(samples, dict.fromkeys(range(len(samples)), model)),
    }


def _rate(hit: np.ndarray, of: np.ndarray) -> float | None:
    n = int(of.sum())
    return round(float(hit.sum()) / n, 4) if n else None


def main(argv: list[str] | None = None) -> int:
    """Command line: data | train | cv | external | score."""
    ap = argparse.ArgumentParser(prog="python -m bench.linemodel")
    ap.add_argument("what", choices=("data", "train", "cv", "external", "score"))
    ap.add_argument(
        "--sets", nargs="+", choices=SPENT, default=None, help="score: the sets to score"
    )
    ap.add_argument("--out", type=Path, default=REPO / "bench/results/line_data.jsonl")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--verbose", action="store_true", help="list CV's false chrome lines")
    ap.add_argument("--by", choices=("set", "layout"), default="set", help="CV folds")
    ap.add_argument("--C", type=float, default=None, help="cv: another inverse regularisation")
    args = ap.parse_args(argv)
    if args.C is not None:
        global C
        C = args.C
    if args.what == "external":
        from index.ingest.linemodel import default_model

        samples = collect(EXTERNAL)
        model = default_model()
        result = {
            "rules": end_to_end(samples, {}),
            "rules+clf": end_to_end(samples, dict.fromkeys(range(len(samples)), model)),
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    if args.what == "score":
        names = args.sets or [n for n in SPENT if n not in SPLIT_NAMES]
        if not names:
            ap.error("score: every spent set is trained on; name the sets with --sets")
        result = score_shipped(collect(tuple(LAYOUTS / n for n in names)))
        text = json.dumps(result, ensure_ascii=False, indent=2)
        print(text)
        if args.json:
            args.json.write_text(text + "\n", encoding="utf-8")
        return 0
    samples = collect()
    if args.what == "data":
        from index.ingest.linemodel import CLASSES, FEATURES

        x, y, w, _groups, owners, at, gold, synth = dataset(samples)
        with args.out.open("w", encoding="utf-8") as fh:
            for r in range(len(y)):
                s = samples[owners[r]]
                row = {
                    "split": s.split,
                    "file": s.label.file,
                    "line": s.lines[at[r]].number,
                    "text": s.lines[at[r]].text,
                    "class": CLASSES[y[r]],
                    "gold": bool(gold[r]),
                    "synthetic": bool(synth[r]),
                    "features": dict(zip(FEATURES, map(float, x[r]), strict=True)),
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(y)} lines ({int(gold.sum())} gold) of {len(samples)} files -> {args.out}")
        return 0
    if args.what == "train":
        from index.ingest.linemodel import MODEL_PATH

        x, y, w, *_ = dataset(samples)
        model = fit(x, y, w)
        model.save(MODEL_PATH)
        print(f"trained on {len(y)} lines of {len(samples)} files -> {MODEL_PATH}")
        return 0
    result = cross_validate(samples, args.by, args.verbose)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
