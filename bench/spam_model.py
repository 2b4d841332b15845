"""Train the advert-tail model (index/ingest/spam_model.py) and write data/spam_model.json.

Adverts: the spam set's dev part (`spam`), the spent layout sets' spam labels, the words of
spam_words.txt and bench/spam_model_data/own_adverts.txt. News: the spam set's dev part
(negatives, and each advert's sentence as written without it), the spent layout sets'
article files with their spam labels taken out, the bundled corpus and
bench/spam_model_data/own_news.txt. Never the held-out parts, never the real dumps.

    python -m bench.spam_model [--check]

Weight of an n-gram (1-3 characters, folded, within a clause): log of its rate in adverts
over its rate in news (add-half smoothing), clipped; only n-grams adverts use are kept.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from index.build.folding import fold
from index.ingest.spam_model import _CLAUSE, MODEL

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).with_name("spam_model_data")
SPAM_SET = REPO / "tests" / "spam" / "spam_set.yaml"
WORDS = REPO / "index" / "ingest" / "data" / "spam_words.txt"
# Spent layout sets only: the fresh ones are never read.
SPENT = [
    "dev",
    "heldout",
    *(f"heldout{i}" for i in range(2, 20)),
    "heldout17b",
    "heldout18b",
    "heldout19b",
]
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_TAG = re.compile(r"<[^>]*>|&[a-z#0-9]+;")
SETTINGS = {
    "unseen": 0.0,
    "min_total": 15.0,
    "min_mean": 2.0,
    "min_chars": 5,
    "max_chars": 24,
    "min_head": 2,
    "min_word": 1.0,
    "whole": True,
}
CLIP = 3.0


def _lines(path: Path) -> list[str]:
    """Non-comment lines of a data file."""
    return [
        ln.strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


def _codec(label: str | None) -> str:
    """A codec name from a label's encoding ('utf-8 crlf', 'gbk', 'utf-8-sig bom')."""
    name = (label or "utf-8").split()[0].lower()
    try:
        "".encode(name)
    except LookupError:
        return "utf-8"
    return "utf-8-sig" if name.startswith("utf-8") else name


def corpus() -> tuple[list[str], list[str]]:
    """(adverts, news), as raw text."""
    adverts, news = _lines(DATA / "own_adverts.txt"), _lines(DATA / "own_news.txt")
    section = ""
    for ln in _lines(WORDS):
        if ln.startswith("["):
            section = ln
        elif section in ("[product]", "[promise]", "[claim]"):
            adverts.append(ln)
    items = yaml.safe_load(SPAM_SET.read_text(encoding="utf-8"))["items"]
    for item in items:
        if item["part"] != "dev":  # the held-out part is never read
            continue
        if item["kind"] == "spam":
            adverts.append(item["spam"])
            news.append(item["clean"])
        else:
            news.append(item["text"])
    for name in SPENT:
        folder = REPO / "tests" / "layouts" / name
        for entry in yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")):
            spam = [s for s in entry.get("spam") or [] if isinstance(s, str)]
            adverts.extend(spam)
            raw = (folder / entry["file"]).read_bytes()
            text = raw.decode(_codec(entry.get("encoding")), errors="replace")
            text = _TAG.sub("\n", text)
            for s in spam:
                text = text.replace(s, "\n")
            news.append(text)
    news.extend(p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus").glob("*.txt")))
    return adverts, news


def count(texts: list[str]) -> Counter:
    """N-gram counts (1-3 characters) inside the clauses of the folded texts."""
    out: Counter = Counter()
    for text in texts:
        for clause in _CLAUSE.findall(fold(text)):
            for n in (1, 2, 3):
                out.update(clause[i : i + n] for i in range(len(clause) - n + 1))
    return out


def background() -> Counter:
    """N-gram counts inside the words of jieba's dictionary, weighted by their frequency:
    how general Chinese uses the characters, beyond the project's few hundred news pages."""
    import jieba

    out: Counter = Counter()
    path = Path(jieba.__file__).with_name("dict.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq = line.split(" ")[:2]
        word = fold(word)
        for n in (1, 2, 3):
            for i in range(len(word) - n + 1):
                out[word[i : i + n]] += int(freq)
    return out


def _totals(c: Counter) -> dict[int, int]:
    """Total count per n-gram order."""
    t = {1: 0, 2: 0, 3: 0}
    for g, k in c.items():
        t[len(g)] += k
    return t


def weights(spam: Counter, ham: Counter, general: Counter) -> dict[str, float]:
    """Log ratio of each advert n-gram's rate in adverts over its rate in news (the project's
    news and general Chinese, half each), clipped."""
    ts, th, tg = _totals(spam), _totals(ham), _totals(general)
    out = {}
    for g, c in spam.items():
        n = len(g)
        news = 0.5 * (ham[g] + 0.5) / th[n] + 0.5 * general[g] / tg[n]
        w = math.log((c + 0.5) / ts[n]) - math.log(news)
        # a character alone says little (账 of 账号, 毕 of 毕业证): half weight
        out[g] = round(max(-CLIP, min(CLIP, w)) * (0.5 if n == 1 else 1.0), 2)
    # A news word adverts never use, ending in a character they do (案件 of 证件's 件): without
    # it the character alone would speak for the pair.
    # Every character news uses, by how often: a rare one (砖, 赚) no advert happened to hold
    # is no evidence of news, a common one (的, 了) is.
    for g in {*ham, *general}:
        if len(g) == 1 and g not in spam:
            news = 0.5 * (ham[g] + 0.5) / th[1] + 0.5 * general[g] / tg[1]
            w = math.log(0.5 / ts[1]) - math.log(news)
            out[g] = round(max(-CLIP, min(CLIP, w)) * (0.5 if w > 0 else 1.0), 2)
    for g in {*ham, *general}:
        if len(g) != 2 or g in spam or out.get(g[1], -1.0) <= 0:
            continue
        news = 0.5 * (ham[g] + 0.5) / th[2] + 0.5 * general[g] / tg[2]
        w = math.log(0.5 / ts[2]) - math.log(news)
        if w < 0:
            out[g] = round(max(-CLIP, w), 2)
    return out


def train() -> dict:
    """The model document."""
    adverts, news = corpus()
    return {
        "about": "written by python -m bench.spam_model; see index/ingest/spam_model.py",
        "adverts": len(adverts),
        "news_chars": sum(map(len, news)),
        **SETTINGS,
        "weights": dict(sorted(weights(count(adverts), count(news), background()).items())),
    }


def _half(text: str) -> int:
    """A stable fold (0 or 1) for a text."""
    import zlib

    return zlib.crc32(text.encode("utf-8")) % 2


def tune(whole: bool) -> None:
    """Two-fold cross-validation: each fold's Han adverts glued before the 。 of its news
    lines, scored by a model trained on the other fold; for each threshold pair, adverts
    caught and news lines cut."""
    import random

    import index.ingest.spam_model as sm

    adverts, news = corpus()
    general = background()
    grid = [(t, mn) for t in (10, 12, 15, 18) for mn in (1.5, 1.8, 2.0, 2.2, 2.5)]
    caught, cut, total_spam, total_news = Counter(), Counter(), 0, 0
    for fold_ in (0, 1):
        tr_ad = [a for a in adverts if _half(a) != fold_]
        tr_news = [x for x in news if _half(x) != fold_]
        w = weights(count(tr_ad), count(tr_news), general)
        test_news = [
            ln.strip()
            for t in news
            if _half(t) == fold_
            for ln in t.splitlines()
            if len(ln.strip()) >= 8
        ]
        sentences = [ln for ln in test_news if ln.endswith("。") and len(ln) <= 80]
        rng = random.Random(fold_)
        test_spam = [
            (fold(rng.choice(sentences)[:-1]), fold(a))
            for a in adverts
            if _half(a) == fold_ and len(a) >= 5 and _HAN.fullmatch(a)
        ]
        total_spam += len(test_spam)
        total_news += len(test_news)
        for t, mn in grid:
            s = {**SETTINGS, "min_total": t, "min_mean": mn, "whole": whole}
            m = sm.Model(
                w,
                s["unseen"],
                t,
                mn,
                s["min_chars"],
                s["max_chars"],
                s["min_head"],
                s["min_word"],
                s["whole"],
            )
            sm.model = lambda m=m: m
            for head, ad in test_spam:
                line = head + ad + "。"
                if any(
                    st <= len(head) + 1 and en >= len(head) + len(ad)
                    for st, en in sm.advert_tails(line)
                ):
                    caught[t, mn] += 1
            for x in test_news:
                if sm.advert_tails(fold(x)):
                    cut[t, mn] += 1
    for t, mn in grid:
        print(
            f"whole {whole:d} total>={t:<3} mean>={mn}: glued adverts caught {caught[t, mn]}/{total_spam}, "
            f"news lines cut {cut[t, mn]}/{total_news}"
        )


def main(argv: list[str] | None = None) -> int:
    """Write the model (or, with --check, say whether the shipped one is current)."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.spam_model", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped model differs")
    ap.add_argument("--tune", action="store_true", help="cross-validated figures per threshold")
    args = ap.parse_args(argv)
    if args.tune:
        tune(whole=True)
        return 0
    text = json.dumps(train(), ensure_ascii=False, indent=0) + "\n"
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == text
        print("current" if same else "stale: run python -m bench.spam_model")
        return 0 if same else 1
    MODEL.write_text(text, encoding="utf-8")
    doc = json.loads(text)
    print(
        f"{MODEL}: {len(doc['weights'])} n-grams, {doc['adverts']} adverts, {doc['news_chars']:,} news chars"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
