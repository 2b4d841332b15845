"""Regenerate `data/former_names.tsv` from the areacodes history (maintenance only).

    python -m index.regions.former_build path/to/result.csv > index/regions/data/former_names.tsv

`result.csv` is the summary table of github.com/yescallop/areacodes (CC0):
every county-level-and-above code since 1981 with its name, years in use
and successor codes, compiled from the 民政部 code tables and change notices.
Each retired or renamed record is followed through its successors to the
units in use today; the former name maps to their deepest common unit in
the division table (襄樊市 → 襄阳市, 锦县 → 凌海市, a county split between
two districts of one city → the city). Names that lead to different units
(南区, 江东区), that are a current unit's name, or that lead only to a
province are left out. Stems (中甸 of 中甸县) are written too where they are
safe: a former county or city (not a district, whose stems are often
landmarks or words: 下关, 公园区, 四方), no current surface starts with
them, and jieba's dictionary knows them only as a rare place name, as a
person's name (its tagging of 沔阳, 蒲圻), or not at all.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import defaultdict
from pathlib import Path

from index.regions import aliases
from index.regions.gazetteer import _forms_for, load, short_name

# jieba frequency above which a stem is an everyday word more than a place.
_MAX_STEM_FREQ = 200
# jieba tags many rare place names as person names (沔阳 nrt, 蒲圻 nr): a person's name is no
# everyday word, so such a stem is kept up to a higher frequency; other tags (海康 nz, 渡口 n)
# are words or brands.
_NAME_TAGS = ("nr", "nrt")
_MAX_NAME_FREQ = 2000
# Stems that end like a lake, mountain or island name the feature (镜泊湖, 长岛).
_FEATURE_TAILS = tuple("湖山河江海岛峡")
_GENERIC_TAILS = ("郊区", "城区", "市区", "矿区", "新区")
_TYPE_SUFFIXES = (
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "特区",
    "林区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)


def _records(csv_path: Path) -> list[dict[str, str]]:
    """The rows of result.csv."""
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def build(csv_path: Path) -> list[tuple[str, str, str, str]]:
    """(surface, current path, year retired, 'full'|'gated'|'short') rows, sorted by surface.

    'gated': a name ending in a generic word (天津东郊区, 杭州下城区), which reads as a
    description alone (东郊区, the eastern suburbs): it counts only after its parent or
    with its unit known, like a county stem.
    """
    gz = load()
    by_code = {u.code.ljust(6, "0"): u for u in gz.units.values() if u.code}
    rows = _records(csv_path)
    history: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        history[r["代码"]].append(r)

    def at(code: str, year: int) -> dict[str, str] | None:
        """The record of `code` in use in `year`."""
        live = [
            r
            for r in history[code]
            if int(r["启用时间"]) <= year
            and (not r["变更/弃用时间"] or int(r["变更/弃用时间"]) > year)
        ]
        if not live:
            live = [r for r in history[code] if int(r["启用时间"]) == year]
        return live[0] if len(live) == 1 else None

    def current(r: dict[str, str], depth: int = 0, refine: bool = True) -> set[str] | None:
        """Codes in use today that `r` became, or None when the chain breaks; `refine`
        follows only the successor that continues a split unit, where one does."""
        if r["状态"] == "在用":
            return {r["代码"]}
        if depth > 30:
            return None
        end = int(r["变更/弃用时间"])
        # Bracketed codes are earlier partial transfers; the rest is the succession.
        nxt = [c for c in r["新代码"].split(";") if c and "[" not in c]
        if len(nxt) > 1 and refine:
            nxt = _successor(r, nxt, [at(c, end) for c in nxt], end)
        if not nxt and r["状态"] == "变更":
            nxt = [r["代码"]]  # renamed in place
        if not nxt and r["级别"] == "地级":
            return _children(r, end, depth)
        out: set[str] = set()
        for code in nxt:
            n = at(code, end)
            if n is None or n is r:
                return None
            got = current(n, depth + 1, refine)
            if got is None:
                return None
            out |= got
        return out or None

    def _children(r: dict[str, str], end: int, depth: int) -> set[str] | None:
        """A retired prefecture's successor: the prefecture that took most of its counties.

        徽州地区 (1987): five of its eight counties went to the new 黄山市, two to 宣城, one
        to 池州, so it continues as 黄山市; a county now in no unit of the table (泉州's
        nominal 金门县) votes for none, and without a strict majority nothing is written.
        """
        kids = [k for k in rows if k["代码"][:4] == r["代码"][:4] and k is not r]
        kids = [k for k in kids if k["变更/弃用时间"] and int(k["变更/弃用时间"]) == end]
        votes: dict[str, int] = defaultdict(int)
        for k in kids:
            got = current(k, depth + 1)
            if got is None:
                return None
            units = [by_code[c] for c in got if c in by_code]
            tops = {"/".join(u.path.split("/")[:2]) for u in units if "/" in u.path}
            if len(units) == len(got) and len(tops) == 1:
                votes[next(iter(tops))] += 1
        best = max(votes, key=votes.get, default=None)
        if best is None or 2 * votes[best] <= len(kids):
            return None  # split between prefectures with no main successor
        return {gz.units[best].code.ljust(6, "0")[:4] + "00"}

    current_names = {u.name for u in gz.units.values()}
    # Per name: where its records lead following each split unit's continuation, and
    # where they lead following every successor (the fallback: their common unit).
    targets: dict[str, set[str | None]] = defaultdict(set)
    plain: dict[str, set[str | None]] = defaultdict(set)
    years: dict[str, str] = {}
    levels: dict[str, set[str]] = defaultdict(set)
    gated: set[str] = set()  # names ending in a generic word: valid only after their parent
    for r in rows:
        name = r["名称"]
        if r["状态"] == "在用" or name in current_names:
            continue
        if name.endswith(_GENERIC_TAILS):
            if len(name) < 3 or name[:-2] in ("市", ""):
                continue  # 郊区, 市郊区: words of every city, no name of one
            gated.add(name)
        if len(name) > 8 or any(ch in name for ch in "的、及"):
            continue  # descriptions, not names (西沙、南沙、中沙群岛)
        for refine, found in ((True, targets), (False, plain)):
            codes = current(r, refine=refine)
            units = [by_code.get(c) for c in codes] if codes else [None]
            if any(u is None for u in units):
                found[name].add(None)
                continue
            found[name].add(_common([u.path for u in units if u is not None]))
            if not refine:
                years[name] = max(years.get(name, ""), r["变更/弃用时间"])
                levels[name].add(r["级别"])

    today: dict[str, set[str]] = defaultdict(set)  # surface of a unit in use → its paths
    for u in gz.units.values():
        for surface, _, _ in _forms_for(u):
            today[surface].add(u.path)
    out: list[tuple[str, str, str, str]] = []
    stems: dict[str, set[str]] = defaultdict(set)

    def target(name: str, found: set[str | None]) -> str | None:
        """The one current unit `name` leads to, if it may stand for it."""
        paths = {p for p in found if p}
        outer = {p for p in paths if not any(p.startswith(q + "/") for q in paths)}
        if len(outer) != 1:
            return None  # split between units, or the same name in several places
        path = outer.pop()
        if "/" not in path and levels[name] != {"省级"}:
            return None
        stem = short_name(name, next((s for s in _TYPE_SUFFIXES if name.endswith(s)), ""))
        if stem in today and not all(
            p == path or p.startswith(path + "/") or path.startswith(p + "/") for p in today[stem]
        ):
            return None  # 东乡县 of 江西 would steal 甘肃's 东乡 (族自治县)
        return path

    for name in plain:
        path = target(name, targets[name]) or target(name, plain[name])
        if path is None:
            continue
        suffix = next((s for s in _TYPE_SUFFIXES if name.endswith(s)), "")
        stem = short_name(name, suffix)
        if stem in aliases.PROVINCE_PARTS:
            continue  # 晋东南地区 is read today as the province's southeast, as 晋东南 is
        out.append((name, path, years[name], "gated" if name in gated else "full"))
        if stem and not name.endswith("区") and not stem.endswith(_FEATURE_TAILS):
            stems[stem].add(path)
    words = _jieba_words()
    surfaces = set(today)  # today's units only: gz.forms holds this table's names too
    full_names = {name for name, _, _, _ in out}
    for stem, paths in stems.items():
        if len(paths) != 1 or stem in surfaces or stem in full_names:
            continue  # 达县, the stem of 达县市, is also the full name of another county
        freq, tag = words.get(stem, (0, "ns"))
        if not (
            (tag == "ns" and freq <= _MAX_STEM_FREQ)
            or (tag in _NAME_TAGS and freq <= _MAX_NAME_FREQ)
        ):
            continue
        if any(s.startswith(stem) for s in surfaces):
            continue  # 峨眉 of 峨眉县 would cut 峨眉山
        path = next(iter(paths))
        year = max(years[n] for n, p, _, _ in out if p == path and n.startswith(stem))
        out.append((stem, path, year, "short"))
    return sorted(out)


def _successor(
    r: dict[str, str], codes: list[str], records: list[dict[str, str] | None], end: int
) -> list[str]:
    """Of a unit's several successors, the one that continues it, if one does: the one under
    its own name (renumbered, 513021 达县 → 511721 达县) or code, else the only one set up the year
    it was retired, when that one shares its first character (达县 → 达川区, 2013; 通川区,
    which existed before, took some towns), else the only one set up that year under its stem
    (琼山市 → 琼山区, 2002). A merger into an older unit (上海县 → 闵行区, while 浦东新区
    was new) keeps all successors, so the name maps to their common unit."""
    if any(n is None for n in records):
        return codes
    same = [c for c, n in zip(codes, records, strict=True) if n["名称"] == r["名称"]]
    if len(same) == 1:
        return same
    if r["代码"] in codes:  # renamed in place (庐山区 → 濂溪区; 庐山市 was new beside it)
        return [r["代码"]]
    new = [c for c, n in zip(codes, records, strict=True) if int(n["启用时间"]) == end]
    # 吴县市 → 吴中区 and 相城区, both new in 2001: a true split, so the common unit.
    if len(new) == 1 and records[codes.index(new[0])]["名称"][0] == r["名称"][0]:
        return new
    # 宜宾县 → 叙州区 (2018), 绍兴县 → 柯桥区: a city's namesake county made one new district,
    # while older districts took some of its towns (上海县 is no city's county: 上海市 is 直辖).
    if (
        len(new) == 1
        and _stem(r["名称"]) == _stem(r.get("二级行政区") or "直辖")
        and records[codes.index(new[0])]["名称"].endswith("区")
    ):
        return new
    # 琼山市 → 琼山区, 美兰区, 龙华区 and 秀英区 (2002): the one new successor under its stem
    # continues it (撤市设区), the others took some of its towns.
    kept = [c for c in new if _stem(records[codes.index(c)]["名称"]) == _stem(r["名称"])]
    if len(kept) == 1:
        return kept
    return codes


def _stem(name: str) -> str:
    """A unit's name without its type word (琼山市, 琼山区 → 琼山)."""
    suffix = next((s for s in _TYPE_SUFFIXES if name.endswith(s)), "")
    return short_name(name, suffix) or name


def _common(paths: list[str]) -> str:
    """Deepest common ancestor path ('' when none)."""
    common: list[str] = []
    for level in zip(*(p.split("/") for p in paths), strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return "/".join(common)


def _jieba_words() -> dict[str, tuple[int, str]]:
    """jieba's bundled dictionary: word → (frequency, part of speech)."""
    import jieba

    out = {}
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                out[parts[0]] = (int(parts[1]), parts[2])
    return out


def main(argv: list[str]) -> int:
    """Write the table to stdout."""
    if len(argv) != 1:
        print("usage: python -m index.regions.former_build result.csv", file=sys.stderr)
        return 2
    print("# former name\tcurrent unit\tyear retired\tform  (generated by former_build.py)")
    for row in build(Path(argv[0])):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
