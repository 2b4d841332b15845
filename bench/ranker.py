"""Train and evaluate the fallback candidate ranker for source and date (issue 10).

    python -m bench.ranker cv    [--json FILE] [--gaps OLD.json …] [--verbose]
    python -m bench.ranker train                 # write index/ingest/data/ranker.json
    python -m bench.ranker score [--sets SET …] [--json FILE]  # the shipped ranker on SETs

`--gaps`: `python -m bench.layouts SET --json` of an older build (say the code just before
SET was written): the out-of-fold ranker is scored on the files whose labelled source or
date that build's rules left empty, the cases a fallback is for.

Data: every labelled file of the sets tuning may read (dev, heldout, heldout2…heldout16;
never a fresh set), built by the pipeline with the rules only; for each file the
candidate pools of `index.ingest.candidates` and what the rules found. A candidate is
positive when it equals the labelled value. One binary logistic regression per field.

CV: one fold per set (train on the other sets, test on it), the ranker standing alone
(no rules): top-1 accuracy over files with a labelled value, candidate recall, and per
threshold the precision (right / fired, a fire on a file labelled null is wrong) and
coverage (right / files with a value). The threshold is the lowest whose pooled
out-of-fold precision is >= TARGET, so it is never chosen in-sample. "As fallback" counts
what the ranker would add where the rules found nothing: fires right and wrong.
scikit-learn is a bench-only dependency (the `train` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.layouts import REPO, LayoutLabel, _norm
from bench.linemodel import SPENT

LAYOUTS = REPO / "tests/layouts"
SETS = SPENT
FIELDS = ("source", "date")
SEED = 20261130
C = 0.5
TARGET = 0.9
GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # 0.30 … 0.95


@dataclass
class Sample:
    """One labelled file: its set, labels, what the rules found, its candidate pools."""

    split: str
    label: LayoutLabel
    rules: dict
    pools: dict


def collect(sets=SETS) -> list[Sample]:
    """Build every labelled file of `sets` with the rules only, keeping its candidates."""
    from bench.linemodel import _builder, labelled_files
    from index.engine.models import Skipped

    pipe, _cfg = _builder()
    builder = pipe.builder
    keep = builder.ranker
    builder.ranker = None
    samples = []
    try:
        for folder, lab, _src, decoded in labelled_files(pipe, (LAYOUTS / n for n in sets)):
            builder.candidate_log = []
            if not isinstance(decoded, Skipped):
                builder.build(decoded)
            log = builder.candidate_log
            rules = log[0][1] if log else dict.fromkeys(FIELDS)
            pools = log[0][2] if log else {f: [] for f in FIELDS}
            samples.append(Sample(folder.name, lab, rules, pools))
    finally:
        builder.candidate_log = None
        builder.ranker = keep
    return samples


def _gold(s: Sample, field: str):
    """(labelled?, value) of a field."""
    if field not in s.label.meta:
        return False, None
    return True, _norm(s.label.meta[field])


def dataset(samples: list[Sample], field: str):
    """(X, y, sample index per row)."""
    xs, ys, owner = [], [], []
    for k, s in enumerate(samples):
        labelled, gold = _gold(s, field)
        if not labelled:
            continue
        for c in s.pools[field]:
            xs.append(c.features)
            ys.append(int(gold is not None and _norm(c.value) == gold))
            owner.append(k)
    return np.asarray(xs, dtype=float), np.asarray(ys), np.asarray(owner)


def fit(x: np.ndarray, y: np.ndarray, threshold: float = 0.5):
    """A `FieldModel` fitted with scikit-learn (deterministic solver)."""
    from sklearn.linear_model import LogisticRegression

    from index.ingest.ranker import FieldModel

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    clf.fit((x - mean) / scale, y)
    return FieldModel(
        tuple(mean), tuple(scale), tuple(clf.coef_[0]), float(clf.intercept_[0]), threshold
    )


def _top(model, cands):
    if not cands:
        return None, 0.0
    scored = [(c, model.score(c.features)) for c in cands]
    c, p = max(scored, key=lambda cs: cs[1])
    return c, p


def cross_validate(samples: list[Sample], field: str) -> dict:
    """Leave-one-set-out figures for one field, per set and pooled, per threshold."""
    out_of_fold: list[tuple[str, bool, str | None, str | None, float, str | None]] = []
    sets = sorted({s.split for s in samples}, key=SETS.index)
    for name in sets:
        train = [s for s in samples if s.split != name]
        x, y, _ = dataset(train, field)
        model = fit(x, y)
        for s in samples:
            if s.split != name:
                continue
            labelled, gold = _gold(s, field)
            if not labelled:
                continue
            c, p = _top(model, s.pools[field])
            rules = s.rules.get(field)
            out_of_fold.append((name, True, gold, c.value if c else None, p, rules))
    result = _figures(samples, field, sets, out_of_fold)
    pooled = result["pooled"]["thresholds"]
    ok = [
        t
        for t in GRID
        if (pooled[t]["precision"] or 0) >= TARGET
        and all(
            (s["thresholds"][t]["precision"] or 1) >= TARGET for s in result["per_set"].values()
        )
        and pooled[t]["fallback_fired"] == pooled[t]["fallback_right"]
    ]
    result["threshold"] = min(ok) if ok else max(GRID)
    return result


def _figures(
    samples: list[Sample], field: str, sets: list[str], out_of_fold: list, grid=GRID
) -> dict:
    """Per set and pooled: files, candidate recall, top-1 and, per threshold, fires right
    and wrong, from (set, labelled, gold, top value, P, rules' value) rows."""
    result: dict = {"per_set": {}, "pooled": {}}
    for name in [*sets, "pooled"]:
        rows = [r for r in out_of_fold if name == "pooled" or r[0] == name]
        with_value = [r for r in rows if r[2] is not None]
        top1 = sum(1 for r in with_value if r[3] is not None and _norm(r[3]) == r[2])
        recall = sum(
            1
            for s in samples
            if (name == "pooled" or s.split == name)
            and _gold(s, field)[1] is not None
            and any(_norm(c.value) == _gold(s, field)[1] for c in s.pools[field])
        )
        fig = {
            "files": len(rows),
            "with_value": len(with_value),
            "candidate_recall": _ratio(recall, len(with_value)),
            "top1": _ratio(top1, len(with_value)),
            "thresholds": {},
        }
        for t in grid:
            fired = [r for r in rows if r[3] is not None and r[4] >= t]
            right = [r for r in fired if r[2] is not None and _norm(r[3]) == r[2]]
            gaps = [r for r in fired if r[5] is None]  # where the rules found nothing
            gap_right = [r for r in gaps if r[2] is not None and _norm(r[3]) == r[2]]
            fig["thresholds"][t] = {
                "fired": len(fired),
                "right": len(right),
                "precision": _ratio(len(right), len(fired)),
                "coverage": _ratio(len(right), len(with_value)),
                "fallback_fired": len(gaps),
                "fallback_right": len(gap_right),
            }
        (result["pooled"] if name == "pooled" else result["per_set"]).update(
            fig if name == "pooled" else {name: fig}
        )
    return result


def score_shipped(samples: list[Sample], sets: list[str]) -> dict:
    """The shipped ranker (index/ingest/data/ranker.json) on `sets`, per field: the same
    figures as the CV, at its own threshold (true held-out figures for sets it never saw)."""
    from index.ingest.ranker import default_ranker

    ranker = default_ranker()
    if ranker is None:
        raise SystemExit("no shipped ranker (index/ingest/data/ranker.json missing or stale)")
    out = {}
    for field in FIELDS:
        model = ranker.models[field]
        rows = []
        for s in samples:
            labelled, gold = _gold(s, field)
            if labelled:
                c, p = _top(model, s.pools[field])
                rows.append((s.split, True, gold, c.value if c else None, p, s.rules.get(field)))
        out[field] = _figures(samples, field, sets, rows, (model.threshold,))
        out[field]["threshold"] = model.threshold
        out[field]["shipped"] = True
    return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def misses(samples: list[Sample], field: str, threshold: float) -> list[str]:
    """Out-of-fold fires that were wrong (for reading the failures of the spent sets)."""
    lines = []
    for name in sorted({s.split for s in samples}, key=SETS.index):
        x, y, _ = dataset([s for s in samples if s.split != name], field)
        model = fit(x, y)
        for s in samples:
            labelled, gold = _gold(s, field)
            if s.split != name or not labelled:
                continue
            c, p = _top(model, s.pools[field])
            if c is not None and p >= threshold and _norm(c.value) != gold:
                lines.append(f"{name}/{s.label.file}: {c.value} ({c.family}, {p:.2f}) gold {gold}")
    return lines


def absent(samples: list[Sample], field: str) -> list[str]:
    """Files whose labelled value is not among the candidates (the recall misses)."""
    lines = []
    for s in samples:
        gold = _gold(s, field)[1]
        if gold is None or any(_norm(c.value) == gold for c in s.pools[field]):
            continue
        offered = ", ".join(c.value for c in s.pools[field][:6]) or "-"
        lines.append(
            f"{s.split}/{s.label.file}: gold {gold}; rules {s.rules.get(field)}; offered {offered}"
        )
    return lines


def gaps_from(path: Path) -> set[tuple[str, str, str]]:
    """(set, file, field) where an older build's rules found nothing though a value is
    labelled, read from `python -m bench.layouts DIR --json` run on that build."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = set()
    for split in data["splits"]:
        name = Path(split["split"]).name
        for f in split["files"]:
            for x in f["failures"]:
                if x["field"] in FIELDS and x["got"] is None and x["expected"] is not None:
                    out.add((name, f["file"], x["field"]))
    return out


def on_gaps(samples: list[Sample], gaps: set, thresholds: dict) -> dict:
    """Out-of-fold ranker on an older build's misses: right / fired / wrong per field."""
    out = {}
    for field in FIELDS:
        rows = {"gaps": 0, "top1": 0, "fired": 0, "right": 0, "wrong": [], "per_set": {}}
        for name in sorted({g[0] for g in gaps if g[2] == field}, key=SETS.index):
            mine = rows["per_set"].setdefault(name, {"gaps": 0, "fired": 0, "right": 0})
            x, y, _ = dataset([s for s in samples if s.split != name], field)
            model = fit(x, y)
            for s in samples:
                if s.split != name or (s.split, s.label.file, field) not in gaps:
                    continue
                gold = _gold(s, field)[1]
                c, p = _top(model, s.pools[field])
                rows["gaps"] += 1
                mine["gaps"] += 1
                ok = c is not None and _norm(c.value) == gold
                rows["top1"] += int(ok)
                if c is not None and p >= thresholds[field]:
                    rows["fired"] += 1
                    rows["right"] += int(ok)
                    mine["fired"] += 1
                    mine["right"] += int(ok)
                    if not ok:
                        rows["wrong"].append(f"{s.label.file}: {c.value} ({p:.2f}) not {gold}")
        out[field] = rows
    return out


def old_values(path: Path) -> tuple[dict, set]:
    """(set, file) -> the source an older build gave where it was wrong (None: nothing);
    files missing from the map were right."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for split in data["splits"]:
        name = Path(split["split"]).name
        for f in split["files"]:
            for x in f["failures"]:
                if x["field"] == "source":
                    out[(name, f["file"])] = x["got"]
    return out, {Path(split["split"]).name for split in data["splits"]}


STRONG = ("label", "share", "other_label", "copyright", "title_suffix", "front")


def overrule_replay(samples: list[Sample], paths: list[Path]) -> dict:
    """Would the out-of-fold ranker, overruling a rule's source when its top candidate is
    another value with P >= t, have gained (wrong -> right) or lost (right -> wrong)?
    Scored twice: on an older build's values (`paths`, heldout3-11) and on today's rules
    (every set). Modes: `any`; `weak`, the rule's value has no strong family among today's
    candidates; `absent`, it is not among them at all nor a table name as written (the
    shipped rule, `ranker.OVERRULE`)."""
    from index.ingest.candidates import SOURCE_FAMILIES, SOURCE_FEATURES
    from index.ingest.ranker import named_in_table

    wrong, sets = {}, set()
    for p in paths:
        w, s = old_values(p)
        wrong.update(w)
        sets |= s
    fam = [SOURCE_FEATURES.index(f"fam_{f}") for f in SOURCE_FAMILIES if f in STRONG]
    rows = []  # (build, set, file, rule value, top value, P, gold, mode flags)
    for name in sorted({s.split for s in samples}, key=SETS.index):
        x, y, _ = dataset([s for s in samples if s.split != name], "source")
        model = fit(x, y)
        for s in samples:
            gold = _gold(s, "source")[1]
            if s.split != name or gold is None:
                continue
            c, p = _top(model, s.pools["source"])
            olds = [("today", s.rules.get("source"))]
            if name in sets:
                olds.append(("older", wrong.get((name, s.label.file), gold)))
            for build, old in olds:
                if old is None or c is None or _norm(c.value) == _norm(old):
                    continue
                mine = next((k for k in s.pools["source"] if _norm(k.value) == _norm(old)), None)
                weak = mine is None or not any(mine.features[i] for i in fam)
                absent = mine is None and not named_in_table(old)
                rows.append((build, name, s.label.file, old, c.value, p, gold, weak, absent))
    out = {}
    for t in GRID:
        for mode in ("any", "weak", "absent"):
            for build in ("older", "today"):
                hit = [
                    r
                    for r in rows
                    if r[0] == build
                    and r[5] >= t
                    and (mode == "any" or (r[7] if mode == "weak" else r[8]))
                ]
                gain = [r for r in hit if _norm(r[4]) == r[6]]
                loss = [r for r in hit if _norm(r[3]) == r[6]]
                out[f"{t} {mode} {build}"] = {
                    "overruled": len(hit),
                    "gained": len(gain),
                    "lost": len(loss),
                }
    out["older_wrong"] = sum(1 for v in wrong.values() if v is not None)
    out["cases"] = [
        f"{r[0]} {r[1]}/{r[2]}: rules {r[3]} -> ranker {r[4]} ({r[5]:.2f}"
        f"{', weak' if r[7] else ''}{', absent' if r[8] else ''}) gold {r[6]}"
        for r in rows
        if r[5] >= GRID[0]
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: cv | train | score."""
    ap = argparse.ArgumentParser(prog="python -m bench.ranker")
    ap.add_argument("what", choices=("cv", "train", "score"))
    ap.add_argument(
        "--sets", nargs="+", choices=SPENT, default=None, help="score: the sets to score"
    )
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--verbose", action="store_true", help="list the wrong out-of-fold fires")
    ap.add_argument(
        "--gaps",
        type=Path,
        action="append",
        default=[],
        help="bench.layouts --json of an older build: score the ranker where its rules found nothing",
    )
    ap.add_argument("--C", type=float, default=None, help="cv: another inverse regularisation")
    args = ap.parse_args(argv)
    if args.C is not None:
        global C
        C = args.C
    if args.what == "score":
        sets = args.sets or [n for n in SPENT if n not in SETS]
        if not sets:
            ap.error("score: every spent set is trained on; name the sets with --sets")
        results = score_shipped(collect(sets), sets)
        print(_summary(results))
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
        return 0
    samples = collect()
    results = {f: cross_validate(samples, f) for f in FIELDS}
    if args.what == "train":
        from index.ingest.ranker import MODEL_PATH, Ranker

        models = {}
        for f in FIELDS:
            x, y, _ = dataset(samples, f)
            models[f] = fit(x, y, results[f]["threshold"])
        Ranker(models).save(MODEL_PATH)
        print(
            f"trained on {len(samples)} files; thresholds "
            + ", ".join(f"{f} {results[f]['threshold']}" for f in FIELDS)
            + f" -> {MODEL_PATH}"
        )
        return 0
    if args.verbose:
        for f in FIELDS:
            for line in misses(samples, f, results[f]["threshold"]):
                print(f"{f}: {line}", file=sys.stderr)
            for line in absent(samples, f):
                print(f"{f} not offered: {line}", file=sys.stderr)
    if args.gaps:
        gaps = set().union(*(gaps_from(p) for p in args.gaps))
        thresholds = {f: results[f]["threshold"] for f in FIELDS}
        results["older_rules_gaps"] = on_gaps(samples, gaps, thresholds)
        print(json.dumps(results["older_rules_gaps"], ensure_ascii=False, indent=1))
        results["overrule_replay"] = overrule_replay(samples, args.gaps)
        print(json.dumps(results["overrule_replay"], ensure_ascii=False, indent=1))
    text = json.dumps(results, ensure_ascii=False, indent=1)
    print(_summary(results))
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


def _summary(results: dict) -> str:
    """One table per field: per set and pooled, at the chosen threshold."""
    out = []
    for f in FIELDS:
        r = results[f]
        t = r["threshold"]
        why = (
            "the shipped ranker's"
            if r.get("shipped")
            else f"lowest with pooled out-of-fold precision >= {TARGET}"
        )
        out.append(f"== {f}: threshold {t} ({why})")
        out.append(
            "set          files value recall  top1   fired right prec   cover  gap fired/right"
        )
        for name, fig in [*r["per_set"].items(), ("pooled", r["pooled"])]:
            at = fig["thresholds"][t]
            out.append(
                f"{name:<12} {fig['files']:>5} {fig['with_value']:>5} {_p(fig['candidate_recall'])}"
                f" {_p(fig['top1'])} {at['fired']:>5} {at['right']:>5} {_p(at['precision'])}"
                f" {_p(at['coverage'])} {at['fallback_fired']:>4}/{at['fallback_right']}"
            )
    return "\n".join(out)


def _p(v) -> str:
    return "  n/a " if v is None else f"{v:6.3f}"


if __name__ == "__main__":
    sys.exit(main())
