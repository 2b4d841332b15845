"""Spam removal on the labelled spam set (tests/spam/spam_set.yaml), dev and held-out apart.

Each spam item is a news sentence with an advert pasted in; each negative is news using
the same words. Every item goes through `make_line` (the indexer's spam cutting) and is
scored on what was cut:

- recall: adverts whose every letter, digit and Han character was cut (none findable);
- over-cut: adverts cut together with characters of the sentence around them;
- as written: the line left reads exactly as the sentence without the advert;
- false cuts: negatives with anything cut.

`--real` adds the real news dumps (bench/corpora.py `real`), where every cut is a false
positive, and the CPU cost of `make_lines` over them (best of 3).

    python -m bench.spam_set [--part dev|heldout] [--quiet] [--real] [--json]

Never tune on the held-out part: its failures are never printed, only its figures.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from index.config import load_config
from index.ingest.cleaning import CleaningRules, make_line, make_lines

SET = Path(__file__).resolve().parent.parent / "tests" / "spam" / "spam_set.yaml"


def _counted(ch: str) -> bool:
    """Characters a search could find: letters, digits, Han (not spaces, punctuation, emoji)."""
    return ch.isalnum()


@dataclass
class Score:
    """Figures for one part of the set."""

    spam: int = 0
    removed: int = 0  # adverts cut whole
    spam_chars: int = 0
    spam_chars_cut: int = 0
    overcut: int = 0  # adverts cut with sentence characters
    overcut_chars: int = 0
    as_written: int = 0
    negatives: int = 0
    false_cuts: int = 0
    failures: list[str] = field(default_factory=list)
    by_family: Counter = field(default_factory=Counter)  # adverts left findable, by family

    def as_dict(self) -> dict:
        """A JSON-ready dict."""
        return {
            "spam": self.spam,
            "recall": round(self.removed / max(self.spam, 1), 3),
            "char_recall": round(self.spam_chars_cut / max(self.spam_chars, 1), 3),
            "overcut_items": self.overcut,
            "overcut_chars": self.overcut_chars,
            "as_written": self.as_written,
            "negatives": self.negatives,
            "false_cuts": self.false_cuts,
            "findable_by_family": dict(self.by_family.most_common()),
        }


def cut_mask(text: str, left: str) -> list[bool]:
    """Which characters of `text` were cut to leave `left` (cuts only delete)."""
    mask = [True] * len(text)
    matcher = difflib.SequenceMatcher(None, text, left, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.a, block.a + block.size):
            mask[k] = False
    return mask


def score_item(item: dict, rules: CleaningRules, score: Score) -> None:
    """Run one item through spam cutting and add it to the score."""
    text = item["text"]
    left = make_line(text, rules, 1).text
    mask = cut_mask(text, left)
    if item["kind"] == "negative":
        score.negatives += 1
        if left != text:
            score.false_cuts += 1
            score.failures.append(f"false cut  {item['id']}: {_show(text, mask)}")
        return
    score.spam += 1
    start = text.find(item["spam"])
    inside = range(start, start + len(item["spam"]))
    spam_chars = [k for k in inside if _counted(text[k])]
    cut_in = sum(mask[k] for k in spam_chars)
    cut_out = [k for k, c in enumerate(text) if mask[k] and k not in inside and _counted(c)]
    score.spam_chars += len(spam_chars)
    score.spam_chars_cut += cut_in
    whole = cut_in == len(spam_chars)
    score.removed += whole
    if not whole:
        score.by_family[item["family"]] += 1
    if cut_out:
        score.overcut += 1
        score.overcut_chars += len(cut_out)
    written = left.strip() == item["clean"].strip()
    score.as_written += written
    if not whole or cut_out or not written:
        what = "findable" if not whole else "over-cut" if cut_out else "not as written"
        score.failures.append(f"{what:10s} {item['id']}: {_show(text, mask)}  →  {left}")


def _show(text: str, mask: list[bool]) -> str:
    """The text with its cut runs in ⟦brackets⟧."""
    out, inside = [], False
    for ch, cut in zip(text, mask, strict=True):
        if cut != inside:
            out.append("⟦" if cut else "⟧")
            inside = cut
        out.append(ch)
    return "".join(out) + ("⟧" if inside else "")


def measure(part: str | None, rules: CleaningRules) -> Score:
    """Score every item of the part (None: both parts)."""
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    score = Score()
    for item in data["items"]:
        if part is None or item["part"] == part:
            score_item(item, rules, score)
    return score


def real_dumps(rules: CleaningRules) -> dict:
    """Cuts on the real news dumps (each a false positive) and `make_lines` CPU, best of 3,
    with and without the composed signals (interleaved, so machine load hits both)."""
    from bench.corpora import prepare
    from index.ingest.spam_signals import SignalSpam

    texts = [p.read_text(encoding="utf-8") for p in sorted(prepare("real").root.rglob("*.txt"))]
    cut = [ln for t in texts for ln in make_lines(t, rules) if ln.removed]
    # the same rules with the composed signals taken out (the inline lexicon they wrap stays)
    plain = [p.lexicon if isinstance(p, SignalSpam) else p for p in rules.spam]
    lexicon_only = replace(rules, spam=[p for p in plain if p is not None])
    times: dict[str, list[float]] = {"all": [], "lexicon": []}
    for _ in range(3):
        for key, r in (("all", rules), ("lexicon", lexicon_only)):
            t0 = time.process_time()
            for t in texts:
                make_lines(t, r)
            times[key].append(time.process_time() - t0)
    return {
        "files": len(texts),
        "chars": sum(map(len, texts)),
        "lines_cut": len(cut),
        "cuts": [" / ".join(ln.removed) for ln in cut][:20],
        "make_lines_cpu_s": round(min(times["all"]), 3),
        "make_lines_cpu_s_lexicon_only": round(min(times["lexicon"]), 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures, dev and held-out apart."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.spam_set", description=__doc__.split("\n")[0]
    )
    ap.add_argument(
        "--part", choices=["dev", "heldout"], help="one part only (default: both, apart)"
    )
    ap.add_argument("--quiet", action="store_true", help="figures only, no failures")
    ap.add_argument("--real", action="store_true", help="also the real dumps: cuts and CPU")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rules = CleaningRules.from_config(load_config(None).cleaning)
    parts = [args.part] if args.part else ["dev", "heldout"]
    out = {p: measure(p, rules) for p in parts}
    real = real_dumps(rules) if args.real else None
    if args.json:
        doc = {p: s.as_dict() for p, s in out.items()}
        if real:
            doc["real"] = real if not args.quiet else {k: v for k, v in real.items() if k != "cuts"}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    for p, s in out.items():
        d = s.as_dict()
        print(
            f"{p:8s} spam {d['spam']}: recall {d['recall']:.3f} (chars {d['char_recall']:.3f}), "
            f"over-cut {d['overcut_items']} ({d['overcut_chars']} chars), as written {d['as_written']}/{d['spam']}; "
            f"negatives {d['negatives']}: false cuts {d['false_cuts']}"
        )
        if not args.quiet and p == "dev":  # held-out failures are never printed
            print("   findable by family:", d["findable_by_family"])
            for line in s.failures:
                print("   ", line)
    if real:
        print(
            f"real dumps: {real['files']} files, {real['chars']:,} chars, {real['lines_cut']} lines cut; "
            f"make_lines CPU {real['make_lines_cpu_s']} s, lexicon alone "
            f"{real['make_lines_cpu_s_lexicon_only']} s (best of 3, same run)"
        )
        if not args.quiet:
            for c in real["cuts"]:
                print("    cut:", c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
