"""Measure a learned region-mention filter leave-one-set-out (dev time, issue 10).

    python -m bench.regions_mentions dump /tmp/r13/data.json
    python -m bench.regions_mentions extract /tmp/r13/data.json /tmp/r13/cur.json
    python -m bench.regions_mentions extract /tmp/r13/data.json /tmp/r13/h5.json \
        --code OLD_CHECKOUT --sets heldout5,own_heldout5
    python -m bench.regions_filter /tmp/r13/cur.json --fresh /tmp/r13/h5.json …

The filter: a logistic regression over each kept mention's generic features
(`bench.regions_mentions.features`); a mention scored under the threshold is dropped.
A fold is one round's pair of sets (layouts heldoutK with own_heldoutK; dev with own_dev;
the real corpus's dev lines). For each fold the model is trained on the other folds'
mentions — as today's rules keep them and as the rules kept them before each set was
read (`--fresh`) — and its threshold is chosen by an inner leave-one-fold-out over those
folds only, then applied to the fold left out. Figures: named-region precision/recall per
fold and pooled, rules alone vs rules + filter, on today's rules and on the fresh states;
then the real corpus's held-out lines (never trained on) with the model trained on all.
The filter would judge mentions in titled articles of up to STORY_MAX_PARAGRAPHS
paragraphs (collections are outside it); the real corpus's labelled lines are read inside
the titled articles `bench.corpora.write_real` makes of them. No model ships: see the
README's regions notes for why.
Needs scikit-learn (the `train` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
THRESHOLDS = [0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
C = 1.0
BALANCED = False  # True weighs the few drops like the many keeps (overfits: 四川省委 dropped)
RAW_WEIGHT = 0.0  # weight of the mentions the rules dropped (traps they already know) in training


HELD_OUT = "real_heldout"  # never trained on: scored once with the final model, figures only


def fold_of(name: str) -> str:
    """The round a set belongs to: own_heldout5 and heldout5 are one fold; real_dev is one."""
    return name.removeprefix("own_")


def _most_specific(paths) -> set[str]:
    seen = list(dict.fromkeys(paths))
    return {p for p in seen if not any(q.startswith(p + "/") for q in seen)}


def load(path: Path, state: str) -> list[dict]:
    """Scored paragraphs of one extraction file, tagged with their fold and state."""
    out = []
    for art in json.loads(path.read_text(encoding="utf-8")):
        for p in art["paras"]:
            if p["expected"] is None:
                continue
            out.append(
                {
                    **p,
                    "fold": fold_of(art["set"]),
                    "set": art["set"],
                    "state": state,
                    "scoped": art.get("scoped", True),
                }
            )
    return out


def score(paras: list[dict], drop) -> tuple[int, int, int]:
    """(tp, fp, fn) of named regions when mentions for which drop(m) holds are removed."""
    tp = fp = fn = 0
    for p in paras:
        kept = [m["path"] for m in p["mentions"] if drop is None or not p["scoped"] or not drop(m)]
        have = _most_specific(kept) if drop is not None else set(p["named"])
        want = set(p["expected"])
        tp, fp, fn = tp + len(have & want), fp + len(have - want), fn + len(want - have)
    return tp, fp, fn


def _pr(t: tuple[int, int, int]) -> str:
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.3f} / {r:.3f} (fp {fp}, fn {fn})"


def _mentions(paras: list[dict]):
    """Training rows: (mention, weight); the rules' own drops count RAW_WEIGHT each."""
    paras = [p for p in paras if p["scoped"]]  # the filter judges titled articles only
    out = [(m, 1.0) for p in paras for m in p["mentions"] if m["label"] is not None]
    if RAW_WEIGHT:
        out += [(m, RAW_WEIGHT) for p in paras for m in p.get("dropped", ())]
    return out


def fit(paras: list[dict]):
    """A logistic regression on the mentions of `paras`: (weights, bias)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ms = _mentions(paras)
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(m["f"], 1) for m, _ in ms])
    y = [int(m["label"]) for m, _ in ms]
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced" if BALANCED else None)
    model.fit(x, y, sample_weight=[w for _, w in ms])
    weights = {
        name: float(w) for name, w in zip(vec.feature_names_, model.coef_[0], strict=True) if w
    }
    return weights, float(model.intercept_[0])


def prob(weights: dict, bias: float, feats: list[str]) -> float:
    """P(keep) under (weights, bias)."""
    import math

    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-z))


def _attach(paras: list[dict], weights: dict, bias: float) -> None:
    for p in paras:
        for m in p["mentions"]:
            m["p"] = prob(weights, bias, m["f"])


def _errors(paras: list[dict], t: float) -> int:
    _, fp, fn = score(paras, lambda m: m["p"] < t)
    return fp + fn


def out_of_fold(paras: list[dict], folds: list[str]) -> None:
    """Set m['p'] on every mention of `folds` from a model trained on the other folds."""
    for f in folds:
        model = fit([p for p in paras if p["fold"] != f and p["fold"] in folds])
        _attach([p for p in paras if p["fold"] == f], *model)


def choose(paras: list[dict]) -> float:
    """The threshold with the fewest errors (fp + fn) over out-of-fold scores already attached."""
    return min(THRESHOLDS, key=lambda t: (_errors(paras, t), -t))


def main(argv: list[str] | None = None) -> int:
    """Command line: nested leave-one-fold-out figures."""
    ap = argparse.ArgumentParser(prog="python -m bench.regions_filter")
    ap.add_argument("current", type=Path, help="extraction with today's rules")
    ap.add_argument("--fresh", type=Path, nargs="*", default=[], help="extractions at fresh states")
    ap.add_argument("--exclude", default="", help="comma-separated sets to leave out entirely")
    ap.add_argument("--raw-weight", type=float, default=None)
    ap.add_argument("--c", type=float, default=None)
    ap.add_argument("--balanced", action="store_true", help="class weights (not shipped)")
    args = ap.parse_args(argv)
    global RAW_WEIGHT, C, BALANCED
    BALANCED = args.balanced
    RAW_WEIGHT = RAW_WEIGHT if args.raw_weight is None else args.raw_weight
    C = C if args.c is None else args.c
    paras = load(args.current, "now")
    for f in args.fresh:
        paras.extend(load(f, "fresh"))
    gone = set(filter(None, args.exclude.split(",")))
    paras = [p for p in paras if p["set"] not in gone]
    held = [p for p in paras if p["set"] == HELD_OUT]
    paras = [p for p in paras if p["set"] != HELD_OUT]
    folds = sorted({p["fold"] for p in paras})
    # Outer leave-one-fold-out, the threshold from an inner one over the training folds.
    rows = []
    outer: dict[str, float] = {}
    for f in folds:
        train_folds = [g for g in folds if g != f]
        inner = [p for p in paras if p["fold"] in train_folds]
        out_of_fold(inner, train_folds)
        t = choose(inner)
        outer[f] = t
        model = fit(inner)
        test = [p for p in paras if p["fold"] == f]
        _attach(test, *model)
        rows.append((f, t, test))
    print(f"{'fold':<12} {'thr':>5}  state  rules alone                      rules + filter")
    pooled: dict[str, tuple[list, list]] = {"now": ([], []), "fresh": ([], [])}
    for f, t, test in rows:
        for state in ("now", "fresh"):
            part = [p for p in test if p["state"] == state]
            if not part:
                continue
            alone, filt = score(part, None), score(part, lambda m, t=t: m["p"] < t)
            pooled[state][0].append(alone)
            pooled[state][1].append(filt)
            print(f"{f:<12} {t:>5} {state:>6}  {_pr(alone):<32} {_pr(filt)}")
    for state, (alone, filt) in pooled.items():
        a = tuple(map(sum, zip(*alone, strict=True)))
        b = tuple(map(sum, zip(*filt, strict=True)))
        if a:
            print(f"{'pooled':<12} {'':>5} {state:>6}  {_pr(a):<32} {_pr(b)}")
    out_of_fold(paras, folds)
    t = choose(paras)
    weights, bias = fit(paras)
    if held:
        _attach(held, weights, bias)
        alone, filt = score(held, None), score(held, lambda m: m["p"] < t)
        print(f"{HELD_OUT:<12} {t:>5}    now  {_pr(alone):<32} {_pr(filt)}  (final model)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
