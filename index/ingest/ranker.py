"""A learned fallback for a missing source or date: score every candidate, take a sure one.

`candidates` lists the values a page offers; here a binary logistic regression per
field (P(this candidate is the labelled value | its features)) ranks them, and the
best is taken only when the rules found nothing for that field and its probability
clears a threshold chosen from leave-one-set-out figures (`bench/ranker.py`, which
trains it with scikit-learn at dev time). The weights ship as `data/ranker.json` and
are applied in plain Python, like the line classifier's.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from operator import mul
from pathlib import Path

from index.ingest.candidates import (
    DATE_FEATURES,
    SOURCE_FEATURES,
    Candidate,
    date_candidates,
    source_candidates,
)
from index.ingest.metadata import Evidence, _strip_title
from index.ingest.publishers import publishers

MODEL_PATH = Path(__file__).with_name("data") / "ranker.json"
# A rule's source may be overruled when no candidate family offers it (a section or channel
# name, a URL, a Latin tag, a glued form) and the ranker's top candidate is another value
# with at least this probability: chosen from bench/ranker.py's out-of-fold replay on older
# builds' and today's rules (see the README).
OVERRULE = 0.5
FEATURES = {"source": SOURCE_FEATURES, "date": DATE_FEATURES}


@dataclass(frozen=True)
class FieldModel:
    """Scaled binary logistic regression over one field's candidate features."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def score(self, row) -> float:
        """P(the candidate is the article's value)."""
        z = [(v - m) / s for v, m, s in zip(row, self.mean, self.scale, strict=True)]
        t = sum(map(mul, z, self.coef)) + self.intercept
        return 1 / (1 + math.exp(-t)) if t > -500 else 0.0


@dataclass(frozen=True)
class Ranker:
    """One model per field."""

    models: dict[str, FieldModel]

    def best(self, cands: list[Candidate]) -> tuple[Candidate, float] | None:
        """The top-scoring candidate and its score, or None when there is none."""
        if not cands:
            return None
        model = self.models[cands[0].field]
        scored = [(c, model.score(c.features)) for c in cands]
        return max(scored, key=lambda cs: cs[1])

    def save(self, path: Path) -> None:
        """Write the weights as JSON."""
        data = {
            name: {
                "features": list(FEATURES[name]),
                "mean": list(m.mean),
                "scale": list(m.scale),
                "coef": list(m.coef),
                "intercept": m.intercept,
                "threshold": m.threshold,
            }
            for name, m in self.models.items()
        }
        Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Ranker | None:
        """The ranker in `path`, or None when missing or made for other features."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            models = {}
            for name, feats in FEATURES.items():
                d = data[name]
                sizes = {len(d["mean"]), len(d["scale"]), len(d["coef"])}
                if tuple(d["features"]) != feats or sizes != {len(feats)}:
                    return None
                models[name] = FieldModel(
                    tuple(map(float, d["mean"])),
                    tuple(map(float, d["scale"])),
                    tuple(map(float, d["coef"])),
                    float(d["intercept"]),
                    float(d["threshold"]),
                )
            return cls(models)
        except (OSError, KeyError, ValueError, TypeError):
            return None


@lru_cache(maxsize=1)
def default_ranker() -> Ranker | None:
    """The bundled ranker (None if its data file is missing or stale)."""
    return Ranker.load(MODEL_PATH)


def pools(
    found, lines, zones, front, name: str, fields=("source", "date")
) -> dict[str, list[Candidate]]:
    """The candidates of `fields` of one article, given what the rules found (`Extraction`)."""
    title = found.evidence.get("title")
    title_line = title.line if title and title.line else None
    suffix = None
    if title_line:
        text = next((ln.text for ln in lines if ln.number == title_line), "")
        suffix = _strip_title(text.strip().lstrip("# "))[1]
    url = found.get("url")
    out = {}
    if "source" in fields:
        out["source"] = source_candidates(lines, zones, front, title_line, suffix, url)
    if "date" in fields:
        out["date"] = date_candidates(lines, zones, front, title_line, name, url)
    return out


def named_in_table(value: str) -> bool:
    """A source written as a publisher table's canonical name (人民日报): held, never overruled
    (and no candidates need listing for it)."""
    pubs = publishers()
    return pubs.lookup(value) is not None and pubs.canonical(value) == value.strip()


def weakly_held(value: str, cands: list[Candidate]) -> bool:
    """A rule's source that no candidate family offers (农会新闻 a section, a URL, `now 新聞`)."""
    key = value.strip()
    return not any(c.value.strip() == key for c in cands)


def fill_missing(found, lines, zones, front, name: str, ranker: Ranker | None) -> None:
    """Offer the ranker's sure candidate for a source or date the rules left empty, and
    its very sure one for a source the rules hold only weakly."""
    if ranker is None:
        return
    missing = [f for f in ("source", "date") if f not in found.evidence]
    rule = found.evidence.get("source")  # a rule's source, overruled only when weakly held
    contested = rule is not None and not named_in_table(rule.value)
    fields = tuple(f for f in ("source", "date") if f in missing or (f == "source" and contested))
    if not fields:
        return
    cands = pools(found, lines, zones, front, name, fields)
    for field in fields:
        top = ranker.best(cands[field])
        if top is None:
            continue
        c, p = top
        author = found.evidence.get("author")
        if field == "source" and author is not None and c.value == author.value:
            continue  # the name the rules read as the writer's is no outlet
        how = f"ranker (P={p:.2f}, {c.family})"
        if field in missing:
            if p < ranker.models[field].threshold:
                continue
        elif c.value == rule.value or p < OVERRULE or not weakly_held(rule.value, cands[field]):
            continue
        else:
            how += f" over {rule.how}"
        line = next((ln for ln in lines if ln.number == c.line), None)
        text = line.text.strip() if line else (name if c.family == "file" else "")
        found.evidence[field] = Evidence(c.value, c.line, text, how)
