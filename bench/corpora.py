"""Benchmark corpora: the bundled one, the real SIGHAN lines as articles, and scaled ones.

Generated corpora are written once into a cache folder outside the repository
(`$SEARCH_APP_BENCH_DIR`, else the user cache dir) and reused while their stamp
matches. Everything is seeded, so two machines generate the same bytes.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "corpus"
SHARED_ENV = "SEARCH_APP_SHARED"  # overrides where the shared data folder is
GENERATOR_VERSION = 1
SEED = 20050101  # the SIGHAN bakeoff's year; any constant would do

# SIGHAN file → (source name for the metadata line, traditional script?)
REAL_SOURCES = {
    "pku_test": ("人民日报", False),
    "msr_test": ("新华社", False),
    "cityu_test": ("明報", True),
    "as_test": ("中央社", True),
}
SCALED_SOURCES = {
    False: ["人民日报", "新华社", "光明日报", "经济日报", "湖北日报", "重庆日报", "南方日报"],
    True: ["中央社", "聯合報", "明報", "大公報", "自由時報"],
}
# Places sprinkled into generated paragraphs, most frequent first (Zipf weights).
REGIONS = [
    "湖北省武汉市",
    "重庆市巫溪县",
    "广东省深圳市",
    "四川省成都市",
    "浙江省杭州市",
    "北京市海淀区",
    "贵州省黔东南苗族侗族自治州台江县",
    "河南省郑州市",
    "湖南省长沙市",
    "新疆维吾尔自治区阿克苏地区温宿县",
    "上海市浦东新区",
    "甘肃省定西市",
    "云南省大理白族自治州",
    "江苏省南京市",
    "山东省青岛市",
    "陕西省西安市",
    "内蒙古自治区呼和浩特市",
    "广西壮族自治区桂林市",
    "辽宁省大连市",
    "黑龙江省哈尔滨市",
    "福建省厦门市",
    "西藏自治区拉萨市",
    "海南省三亚市",
    "宁夏回族自治区银川市",
]
REGION_TEMPLATES = ["{r}讯　", "据{r}有关部门介绍，", "在{r}，", "记者近日在{r}采访时了解到，"]
_SENTENCE_END = "。！？!?；;…"
_CLOSERS = "」』”’）)"
_SPLIT = re.compile(rf"(?<=[{_SENTENCE_END}])(?![{_CLOSERS}])|(?<=[{_SENTENCE_END}][{_CLOSERS}])")
_CLAUSE = re.compile(r"[，,、：:；;。！？!?「」『』“”（）()《》\s]+")


@dataclass(frozen=True)
class Corpus:
    """One benchmark corpus: a folder of article files the project indexes."""

    name: str
    root: Path
    kind: str  # bundled | real | scaled
    paragraphs_target: int | None = None


def cache_dir() -> Path:
    """Where generated corpora, indexes and partial results live (never in the repo)."""
    env = os.environ.get("SEARCH_APP_BENCH_DIR")
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("search-app")) / "bench"


def shared_dir() -> Path:
    """The shared data folder: $SEARCH_APP_SHARED, else the `shared/` beside the checkout.

    A git worktree kept in a sub-folder (worktrees/name) finds the `shared/`
    beside its parent folders too; the default when none exists is ../shared.
    """
    env = os.environ.get(SHARED_ENV)
    if env:
        return Path(env).expanduser().resolve()
    found = (d / "shared" for d in REPO.parents if (d / "shared").is_dir())
    return next(found, REPO.parent / "shared")


def real_dir() -> Path | None:
    """The shared real corpus folder, if this machine has it."""
    folder = shared_dir() / "corpus-real"
    return folder if (folder / "pku_test.utf8.txt").is_file() else None


def scaled_name(paragraphs: int) -> str:
    """'scaled-100k' / 'scaled-1m' for a paragraph count."""
    if paragraphs % 1_000_000 == 0:
        return f"scaled-{paragraphs // 1_000_000}m"
    if paragraphs % 1000 == 0:
        return f"scaled-{paragraphs // 1000}k"
    return f"scaled-{paragraphs}"


def parse_size(name: str) -> int:
    """Paragraph count from 'scaled-100k', '1m', '2500'."""
    m = re.fullmatch(r"(?:scaled-)?(\d+)([km]?)", name.lower())
    if not m:
        raise ValueError(f"not a corpus size: {name!r}")
    return int(m[1]) * {"": 1, "k": 1000, "m": 1_000_000}[m[2]]


def real_lines(folder: Path) -> dict[str, list[str]]:
    """Non-empty lines of each SIGHAN UTF-8 file (BOM and CR removed), by file stem."""
    out = {}
    for stem in REAL_SOURCES:
        text = (folder / f"{stem}.utf8.txt").read_text(encoding="utf-8-sig")
        out[stem] = [ln.strip() for ln in text.replace("\r", "\n").split("\n") if ln.strip()]
    return out


def sentences(lines: list[str]) -> list[str]:
    """Whole sentences: clause-per-line files are re-joined, long lines split at sentence ends."""
    out, pending = [], ""
    for line in lines:
        pending += line
        if pending[-1] in _SENTENCE_END + _CLOSERS:
            out.extend(s for s in _SPLIT.split(pending) if s)
            pending = ""
    if pending:
        out.append(pending)
    return out


def _article_text(title: str, source: str, date: str, trad: bool, paragraphs: list[str]) -> str:
    """A file the engine's metadata extractor understands: title, source/date line, paragraphs."""
    label = "來源：{} 發布時間：{}" if trad else "来源：{} 发布时间：{}"
    head = f"{title}\n{label.format(source, date)}\n\n"
    return head + "\n\n".join(paragraphs) + "\n"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1998, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _title(rng: random.Random, pool: list[str], n: int) -> str:
    """A headline-shaped title: one clause without punctuation, numbered so it is unique."""
    for _ in range(20):
        clauses = [c for c in _CLAUSE.split(rng.choice(pool)) if 4 <= len(c) <= 24]
        if clauses:
            return f"{rng.choice(clauses)}（{n}）"
    return f"新闻稿件（{n}）"


def write_real(src: Path, out: Path, seed: int = SEED) -> int:
    """Group each SIGHAN file's lines, in order, into articles of 10–30 lines; returns paragraphs."""
    rng = random.Random(seed)
    total = 0
    for stem, lines in real_lines(src).items():
        source, trad = REAL_SOURCES[stem]
        folder = out / stem
        folder.mkdir(parents=True, exist_ok=True)
        i = n = 0
        while i < len(lines):
            size = rng.randint(10, 30)
            chunk = lines[i : i + size]
            i += size
            n += 1
            text = _article_text(_title(rng, chunk, n), source, _date(rng), trad, chunk)
            (folder / f"{stem}_{n:04d}.txt").write_text(text, encoding="utf-8")
            total += len(chunk)
    return total


class _ScaledWriter:
    """Composes articles from real sentences: lengths, headings and place names drawn at random."""

    def __init__(self, src: Path, seed: int) -> None:
        import opencc

        self.rng = random.Random(seed)
        by_file = {stem: sentences(lines) for stem, lines in real_lines(src).items()}
        self.pools = [(REAL_SOURCES[s][1], pool) for s, pool in by_file.items()]
        self.weights = [len(pool) for _, pool in self.pools]
        self.region_weights = [1 / (i + 1) for i in range(len(REGIONS))]
        s2t = opencc.OpenCC("s2t").convert
        self.phrases = {
            trad: [[(s2t(t) if trad else t).format(r=r) for t in REGION_TEMPLATES] for r in REGIONS]
            for trad in (False, True)
        }

    def paragraph(self, pool: list[str], trad: bool) -> str:
        """One paragraph: a heading now and then, else sentences up to a log-normal length."""
        rng = self.rng
        if rng.random() < 0.05:
            clauses = [c for c in _CLAUSE.split(rng.choice(pool)) if 4 <= len(c) <= 20]
            if clauses:
                return rng.choice(clauses)
        target = min(1200, max(12, int(rng.lognormvariate(math.log(30), 0.8))))
        parts, size = [], 0
        while size < target:
            s = rng.choice(pool)
            parts.append(s)
            size += len(s)
        text = "".join(parts)
        if rng.random() < 0.12:
            r = rng.choices(range(len(REGIONS)), self.region_weights)[0]
            text = rng.choice(self.phrases[trad][r]) + text
        return text

    def article(self, n: int) -> tuple[str, int]:
        """Text of article number `n` and its paragraph count."""
        rng = self.rng
        trad, pool = rng.choices(self.pools, self.weights)[0]
        count = min(80, max(3, int(rng.lognormvariate(math.log(18), 0.5))))
        paras = list(dict.fromkeys(self.paragraph(pool, trad) for _ in range(count)))
        source = rng.choice(SCALED_SOURCES[trad])
        return _article_text(_title(rng, pool, n), source, _date(rng), trad, paras), len(paras)


def write_scaled(src: Path, out: Path, paragraphs: int, seed: int = SEED) -> int:
    """Write about `paragraphs` paragraphs of generated articles, 1,000 files per folder."""
    gen = _ScaledWriter(src, seed + paragraphs)
    total = n = 0
    while total < paragraphs:
        text, count = gen.article(n + 1)
        folder = out / f"{n // 1000:04d}"
        if n % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{n:06d}.txt").write_text(text, encoding="utf-8")
        total += count
        n += 1
    return total


def prepare(name: str, cache: Path | None = None, log=print) -> Corpus:
    """The corpus called `name` ('bundled', 'real', 'scaled-100k', …), generating it if needed."""
    if name == "bundled":
        return Corpus("bundled", BUNDLED, "bundled")
    src = real_dir()
    if src is None:
        raise FileNotFoundError("the real corpus (../shared/corpus-real) is not on this machine")
    kind = "real" if name == "real" else "scaled"
    size = None if kind == "real" else parse_size(name)
    name = "real" if kind == "real" else scaled_name(size)
    base = (cache or cache_dir()) / "corpora" / name
    root = base / "articles"
    stamp_path = base / "stamp.json"
    stamp = {"generator": GENERATOR_VERSION, "seed": SEED, "kind": kind, "size": size}
    if stamp_path.is_file() and root.is_dir():
        old = json.loads(stamp_path.read_text())
        if {k: old.get(k) for k in stamp} == stamp:
            return Corpus(name, root, kind, size)
    log(f"bench: generating corpus {name} in {base} …")
    shutil.rmtree(base, ignore_errors=True)
    tmp = base.with_name(base.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "articles").mkdir(parents=True)
    if kind == "real":
        written = write_real(src, tmp / "articles")
    else:
        written = write_scaled(src, tmp / "articles", size)
    (tmp / "stamp.json").write_text(json.dumps({**stamp, "paragraphs_written": written}))
    tmp.rename(base)  # atomic: a half-written corpus is never reused
    return Corpus(name, root, kind, size)


def describe(corpus: Corpus) -> dict:
    """JSON-ready description of a corpus (paths as strings)."""
    d = asdict(corpus)
    d["root"] = str(corpus.root)
    return d
