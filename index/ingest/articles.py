"""Turn a decoded file into a clean `Article`: front matter, cleaning, metadata, paragraphs, regions."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable

import yaml

from index.build.folding import fold
from index.engine.models import Article, ArticleMeta, DecodedFile, Paragraph, Skipped, SourceFile
from index.ingest.captions import is_caption
from index.ingest.cleaning import (
    BLANK,
    BODY,
    CHROME,
    CleaningRules,
    Line,
    duplicate_indexes,
    make_line,
    make_lines,
    mark_chrome,
)
from index.ingest.dates import file_name_date
from index.ingest.linemodel import (
    CHROME_THRESHOLD,
    LineModel,
    default_model,
    line_features,
    may_drop,
    title_scores,
)
from index.ingest.metadata import (
    Evidence,
    extract,
    front_matter_meta,
    may_carry_metadata,
    printed_outlet,
)
from index.ingest.paragraphs import heading_label, split_paragraphs
from index.ingest.ranker import Ranker, default_ranker, fill_missing, pools
from index.ingest.zones import (
    _GLUED_WIDGET,
    _MD_IMAGE,
    FOOTER_MAX,
    HEADER_MAX,
    LineRecurrence,
    Zones,
    candidate_keys,
    chrome_reason,
    find_zones,
    is_prose,
    line_key,
    list_block_lines,
    mail_header,
    nav_runs,
    property_table,
    without_addresses,
)

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def content_fingerprint(folded: str) -> str:
    """A folded paragraph's letters and digits only, so copies of one article saved
    differently (Big5 and UTF-8, • or ‧ or ·, full- or half-width punctuation) match."""
    return _NOT_ALNUM.sub("", folded)


# Everything str.isalnum() rejects (\w is isalnum() plus "_"; checked over every code point).
_NOT_ALNUM = re.compile(r"[\W_]+")


def split_front_matter(text: str) -> tuple[dict, str, int, str | None]:
    """Split YAML front matter off a Markdown text.

    Returns (mapping, rest of text, line number where the rest starts, problem).
    Broken front matter is left in the text and reported, never fatal.
    """
    m = _FRONT.match(text)
    if not m:
        return _page_properties(text)
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        return {}, text, 1, f"front matter is not valid YAML{where}; read as text"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, text, 1, "front matter is not a mapping; read as text"
    consumed = m.end()
    return data, text[consumed:], text.count("\n", 0, consumed) + 1, None


_PROPERTY = re.compile(r"^(?:-\s+)?(?P<key>[A-Za-z][\w-]{0,30})::\s*(?P<value>.*?)\s*$")


def _page_properties(text: str) -> tuple[dict, str, int, str | None]:
    """A notes app's page properties opening the text (Logseq: `title:: X`, `source:: Y`,
    one a line, maybe as bullets), read like front matter; otherwise nothing is split off."""
    lines = text.split("\n")
    data: dict[str, str] = {}
    n = 0
    for raw in lines[:30]:
        m = _PROPERTY.match(raw.lstrip("\ufeff"))
        if not m:
            break
        data.setdefault(m["key"].lower(), m["value"])
        n += 1
    if len(data) < 2:
        return {}, text, 1, None
    return data, "\n".join(lines[n:]), n + 1, None


class ArticleBuilder:
    """Builds articles with one set of cleaning rules and one region tagger."""

    def __init__(self, rules: CleaningRules, tag_regions: bool = True) -> None:
        self.rules = rules
        self.recurrence: LineRecurrence | None = None  # set by the indexer before a run
        # The zone line classifier; None = rules only (the bench's cross-validation swaps it).
        self.line_model: LineModel | None = default_model()
        # The fallback ranker for a source or date no rule found; None = rules only.
        self.ranker: Ranker | None = default_ranker()
        # bench only: gets (path, what the rules found, candidate pools) for each article
        self.candidate_log: list | None = None
        self._tag_regions = tag_regions
        self._tagger = None
        self._lock = threading.Lock()

    @property
    def tagger(self):
        """The region tagger, built on first use."""
        if self._tagger is None:
            with self._lock:
                if self._tagger is None:
                    from index.regions import RegionTagger

                    self._tagger = RegionTagger()
        return self._tagger

    def build(self, decoded: DecodedFile, made: dict[int, Line] | None = None) -> Article | Skipped:
        """Clean one decoded file into an article, or say why it has no text.

        `made`: lines of this text already made by `recurrence_sample` (used up here).
        """
        return self.build_traced(decoded, made)[0]

    def build_traced(
        self,
        decoded: DecodedFile,
        made: dict[int, Line] | None = None,
        collect: list | None = None,
    ) -> tuple[Article | Skipped, list[Line]]:
        """`build`, also returning every source line with the role cleaning gave it.

        `collect` (bench only) gets (lines, zones, recurring line indexes) appended.
        """
        fm, body, first_line, fm_problem = split_front_matter(decoded.text)
        if made:
            raw = body.split("\n")
            lines = [
                made.get(i) or make_line(t, self.rules, first_line + i) for i, t in enumerate(raw)
            ]
        else:
            lines = make_lines(body, self.rules, first_line)
        mark_chrome(lines, self.rules)
        zones = find_zones(lines)
        recurring = self._recurring(decoded.source.path, lines, zones)
        recurring.update(
            {
                i: f"zone: {why}"
                for i, why in nav_runs(lines, zones.header).items()
                if i not in recurring
            }
        )
        for i, reason in recurring.items():
            # Lines that may carry metadata (a masthead, a date) are read first.
            if not may_carry_metadata(lines[i]):
                lines[i].drop(CHROME, reason)
        front = front_matter_meta(fm) if fm else None
        scores = (
            title_scores(lines, zones, set(recurring), self.line_model)
            if self.line_model is not None
            else None
        )
        found = extract(lines, self.rules, front, zones, _front_lines(decoded.text, fm), scores)
        named = file_name_date(decoded.source.path) if "date" not in found.evidence else None
        if named:
            # 2024-11-19_标题.txt, nothing in the text dated: the day the user filed it under.
            found.evidence["date"] = Evidence(named, 0, decoded.source.relpath, "the file's name")
        if self.candidate_log is not None:
            rules = {k: found.get(k) for k in ("source", "date")}
            pool = pools(found, lines, zones, front, decoded.source.relpath)
            self.candidate_log.append((decoded.source.path, rules, pool))
        fill_missing(found, lines, zones, front, decoded.source.relpath, self.ranker)
        printed_outlet(found, lines)  # the ranker's pick too, as the page prints it
        meta = found.meta()
        for i, reason in recurring.items():
            lines[i].drop(CHROME, reason)
        mark_zone_chrome(lines, zones)
        if collect is not None:
            collect.append((lines, zones, set(recurring)))
        if self.line_model is not None:
            mark_learned_chrome(lines, zones, set(recurring), self.line_model)
        raw = split_paragraphs(lines, self.rules.max_paragraph_chars)
        dropped = [
            f"{ln.number}: {ln.role} ({ln.reason})"
            for ln in lines
            if ln.role not in (BODY, "blank")
        ]
        repeats = duplicate_indexes([p.folded for p in raw], [p.is_heading for p in raw])
        for i, reason in sorted(repeats.items()):
            dropped.append(f"{raw[i].line}: repeat ({reason})")
        kept = [p for i, p in enumerate(raw) if i not in repeats]
        if not kept:
            return Skipped(decoded.source.path, "no article text left after cleaning"), lines
        regions = self._regions(kept, meta)
        paragraphs = []
        heading: str | None = None
        for ordinal, (p, (named, inherited)) in enumerate(zip(kept, regions, strict=True), start=1):
            if p.is_heading:
                # Consecutive heading lines (title + subtitle) read as one heading.
                prev_is_heading = ordinal > 1 and kept[ordinal - 2].is_heading
                label = heading_label(p.text)
                heading = f"{heading} {label}" if prev_is_heading and heading else label
            paragraphs.append(
                Paragraph(
                    ordinal=ordinal,
                    text=p.text,
                    heading=heading,
                    is_heading=p.is_heading,
                    regions=named,
                    inherited_regions=inherited,
                    line=p.line,
                )
            )
        body_key = "\n".join(content_fingerprint(p.folded) for p in kept)
        notes = list(decoded.notes) + ([fm_problem] if fm_problem else [])
        return Article(
            source=decoded.source,
            content_hash=decoded.content_hash,
            article_key=hashlib.blake2b(body_key.encode(), digest_size=16).hexdigest(),
            meta=meta,
            paragraphs=tuple(paragraphs),
            encoding=decoded.encoding,
            dropped_lines=tuple(dropped),
            notes=tuple(notes),
            evidence=tuple(
                (key, ev.line, ev.text, ev.how, ev.value) for key, ev in found.evidence.items()
            ),
        ), lines

    def _recurring(self, path: str, lines: list[Line], zones: Zones) -> dict[int, str]:
        """Header/footer lines that recur across the folder, with the reason."""
        if self.recurrence is None:
            return {}
        out = {}
        for i in [*zones.header, *zones.footer]:
            line = lines[i]
            if line.role != BODY:
                continue
            hit = self.recurrence.recurs(path, line_key(line.folded))
            if hit:
                out[i] = f"recurs in {hit[0]} of {hit[1]} files of this folder"
        return out

    def _regions(self, kept, meta: ArticleMeta) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Named and inherited regions per paragraph."""
        if not self._tag_regions:
            return [((), ())] * len(kept)
        return self.tagger.tag_article(
            [(p.folded, p.is_heading) for p in kept],
            meta.title,
            home=_outlet_home(meta, self.tagger),
        )


# An outlet named after a SAR, then its kind: 香港独立媒体网, 澳门某某报 (not 香港路 or a person).
_SAR_OUTLET = re.compile(
    r"^(?P<sar>香港|澳门)\S{0,8}(?:媒体网|新闻网|报|日报|时报|网|电台|电视台|电视|通讯社|周刊|杂志|在线)$"
)
# An outlet named after the unit it serves: 德清新闻网, 某某县融媒体中心, 某某日报.
_NAMED_OUTLET = re.compile(
    r"^(?P<place>\S{2,10}?)(?:新闻网|新闻中心|日报社?|晚报|融媒体中心|融媒|发布|广播电视台|电视台|"
    r"新闻|在线|手机台|客户端|app)$"
)


def _outlet_home(meta: ArticleMeta, tagger=None) -> str | None:
    """The region the credited outlet (else the site) writes from, where the tagger uses one:
    a Hong Kong or Macau outlet of the publisher table, or an outlet named after one unit
    (德清新闻网 → 德清县)."""
    from index.ingest.publishers import publishers
    from index.regions.aliases import OUTLET_HOMES

    for name in (meta.source, meta.site):
        pub = publishers().lookup(name) if name else None
        if pub and OUTLET_HOMES.get(pub.region):
            return OUTLET_HOMES[pub.region]
    for name in (meta.source, meta.site):
        # An outlet not in the table named after its SAR (香港獨立媒體網, 澳門某某報).
        sar = _SAR_OUTLET.match(fold(name)) if name else None
        if sar:
            return OUTLET_HOMES["HK" if sar["sar"] == "香港" else "MO"]
    if tagger is None:
        return None
    for name in (meta.source, meta.site):
        m = _NAMED_OUTLET.match(name.replace(" ", "")) if name else None
        paths = tagger.resolve(m["place"]) if m else ()
        if len(paths) == 1:
            return paths[0]
    return None


def _front_lines(text: str, fm: dict) -> dict[str, Line]:
    """The front matter line of each top-level key, so evidence can name it."""
    if not fm:
        return {}
    out = {}
    skip = 1 if text.startswith("---") else 0  # YAML's opening rule; page properties have none
    for number, raw in enumerate(text.split("\n")[skip:60], start=1 + skip):
        if raw.strip() in ("---", "..."):
            break
        key = raw.split(":", 1)[0].strip()
        if key in fm and ":" in raw and not raw.startswith((" ", "\t")):
            out.setdefault(key, Line(number, raw.rstrip(), raw.rstrip()))
    return out


_BODY_SAFE = (
    "counter",
    "e-paper page navigation",
    "link",
    "platform or copyright notice",
    "share/navigation words",
    "site or app name",
    "end mark",
    "reading-time bar",
    "editor credits",
    "forum post bar",
    "media player",
)


_SIGNED_BY_TITLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,12}?)(?:乡长|镇长|县长|市长|区长|局长|主任|书记|院长|校长|所长|理事长|会长|村长|处长)"
    r"\s*[:：]?\s+[\u4e00-\u9fff○〇×＊*]{2,4}$"
)
_CONTACT_LINE = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,4})电话\s*[:：]\s*[\d()（）\-－ ]{5,20}$")


_MD_HEADING_LINE = re.compile(r"^\s*#{1,6}\s+\S")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+\S")
_HAS_LINK = re.compile(r"\]\(|https?://|www\.")


def _heading_lists(lines: list[Line], indexes: list[int]) -> set[int]:
    """Markdown list items without links under a heading of their own (a note's ## 笔记 list):
    the writer's text, not a link list."""
    out: set[int] = set()
    under = False
    for i in indexes:
        line = lines[i]
        text = line.text.strip()
        if line.role == BLANK or not text or re.fullmatch(r"<a\s[^>]*>\s*</a>", text):
            continue
        if _MD_HEADING_LINE.match(text):
            under = line.role == BODY
            continue
        if under and _MD_ITEM.match(text) and not _HAS_LINK.search(text):
            out.add(i)
        else:
            under = False
    return out


def _own_contacts(lines: list[Line], zones: Zones) -> set[int]:
    """The contact line closing a notice whose text names that contact (中国记协举报电话为… /
    举报电话：66020001): the notice's own, not the site's footer."""
    for i in zones.footer[:2]:
        m = _CONTACT_LINE.match(lines[i].folded.strip())
        if m:
            said = m["what"] + "电话"
            body = lines[zones.body_start : zones.body_end]
            if any(said in ln.folded for ln in body if ln.role == BODY):
                return {i}
    return set()


def mark_zone_chrome(lines: list[Line], zones: Zones) -> None:
    """Drop header/footer lines that are chrome by their shape and words."""
    indexes = [*zones.header, *zones.footer]
    if zones.replies is not None:
        for line in lines[zones.replies :]:
            line.drop(CHROME, "zone: replies or comments under the text")
    for line in lines:
        cut = _GLUED_WIDGET.search(line.folded) if line.role == BODY else None
        if cut and cut.start() > 0:
            line.text, line.folded = line.text[: cut.start()], line.folded[: cut.start()]
    for i, reason in list_block_lines(lines, indexes).items():
        lines[i].drop(CHROME, f"zone: {reason}")
    for i, reason in mail_header(lines, zones.header).items():
        lines[i].drop(CHROME, f"zone: {reason}")
    for i in property_table(lines, zones.header):
        if lines[i].role == BODY:
            lines[i].drop(CHROME, "zone: the page's property table")
    own = _own_contacts(lines, zones)
    # After the last sentence, three short sentence-less lines in a row are a link list.
    notes = _heading_lists(lines, zones.footer)
    footer = [i for i in zones.footer if i not in own and i not in notes]
    for i, reason in nav_runs(lines, footer, 40, "link list (short lines)").items():
        lines[i].drop(CHROME, f"zone: {reason}")
    for i in indexes:
        line = lines[i]
        if line.role == BODY and i not in own:
            reason = chrome_reason(line)
            if reason:
                line.drop(CHROME, f"zone: {reason}")
    above = [i for i in zones.header if i < zones.body_start]
    for i in reversed(above):
        # Photo captions right above the first paragraph (图为…。（X 摄）): the picture is gone.
        if lines[i].role != BODY or not is_caption(lines[i].folded):
            break
        lines[i].drop(CHROME, "zone: photo caption above the text")
    for n, i in enumerate(zones.footer):
        if (
            lines[i].role == BODY
            and is_caption(lines[i].folded)
            and any(lines[k].role == CHROME for k in zones.footer[n + 1 :])
        ):
            # A photo's caption between the text and the page's own chrome (编辑：…, 相关新闻)
            # belongs to a picture the saved page lost; one that ends the file ends the story.
            lines[i].drop(CHROME, "zone: photo caption after the text")
            continue
        # 乡长　林某某 under a notice: the official signing it by title (a speech cover's 县长　X
        # at the top is read as the speaker)
        if lines[i].role == BODY and _SIGNED_BY_TITLE.match(lines[i].folded.strip()):
            lines[i].drop(CHROME, "zone: official's signature")
    # Inside the body only unmistakable widget lines go (扫一扫在手机打开当前页, 阅读 1.2万),
    # and where a printed or Word page breaks, its footer (第 1 页 共 2 页, URL … 1/2) and its
    # running header: the document's first line repeated (a 页眉, a browser's print header).
    first = next((ln for ln in lines if ln.role != BLANK and ln.folded.strip()), None)
    head_key = "".join(first.folded.split()) if first is not None else ""
    if len(re.findall(r"[\u4e00-\u9fff]", head_key)) < 4:
        head_key = ""  # a front matter's rule (---) or a bare date is no running header
    under_image = False
    for line in lines[zones.body_start : zones.body_end]:
        probe = "".join(line.folded.split())
        if line.role == BLANK:
            continue
        after_image, under_image = (
            under_image,
            bool(probe) and not re.sub(r"\W", "", _MD_IMAGE.sub("", probe)),
        )
        if line.role != BODY:
            continue
        if (
            head_key
            and line is not first
            and probe == head_key
            and not probe.endswith(tuple("。！？!?"))
        ):
            line.drop(CHROME, "widget line in the body: running header")
            continue
        if after_image and is_caption(line.folded):
            # The caption right under a Markdown image (![](…) then *图：…* or 图为…): the
            # picture's words, placed where the page put them, not a paragraph of the text.
            line.drop(CHROME, "widget line in the body: photo caption under its image")
            continue
        reason = chrome_reason(line)
        if reason in ("printed page's footer", "markup attributes", "script's production note"):
            line.drop(CHROME, f"widget line in the body: {reason}")
            continue
        # What a reader sees: a Markdown image is no text at all, whatever its address's length.
        visible = "".join(without_addresses(line.folded).split())
        if len(visible) > 30 or any(c in visible for c in "。！？!?；;，,"):
            continue
        if reason and reason.startswith(_BODY_SAFE):
            line.drop(CHROME, f"widget line in the body: {reason}")


def mark_learned_chrome(
    lines: list[Line], zones: Zones, recurring: set[int], model: LineModel
) -> None:
    """Drop header/footer lines the rules kept when the line classifier is sure they are chrome."""
    # No prose found at all: the "header" is only the first lines of the text, not a zone.
    header = [i for i in zones.header if i < zones.body_start]
    own = _own_contacts(lines, zones)
    candidates = [
        i
        for i in [*header, *zones.footer]
        if lines[i].role == BODY and may_drop(lines[i].folded) and i not in own
    ]
    if not candidates:
        return
    picked, x = line_features(lines, zones, recurring, candidates)
    if not picked:
        return
    proba = model.proba(x)
    c = model.classes.index("chrome")
    for row, i, p in zip(x, picked, proba, strict=True):
        if p[c] >= CHROME_THRESHOLD and may_drop(lines[i].folded, row):
            lines[i].drop(CHROME, f"zone: line classifier (chrome p={p[c]:.2f}; {model.why(row)})")


class RecurrenceCache:
    """What the recurrence pass found in each file it read, by path and stat stamp.

    An update that adds one file to a folder of a thousand would otherwise
    re-read the folder's first `LineRecurrence.MAX_FILES` files to count the
    same lines again; with this, only files whose size or mtime changed are
    read. `samples`: path → (stamp, candidate keys, article signature), as
    stored by the indexer; `stamps`: path → stamp of the current listing.
    Only files read successfully are remembered (a failed read is retried).
    """

    def __init__(self, stamps: dict[str, str], samples=None) -> None:
        self.stamps = stamps
        # What earlier runs stored: a dict, or the manifest's lazy `Samples` (never changed here).
        self.samples = samples if samples is not None else {}
        self.stored: dict[str, tuple[str, tuple[str, ...], str | None]] = {}  # by this run
        self.read = 0  # files read by the pass (the rest came from the cache)

    def lookup(self, path: str) -> tuple[set[str], str | None] | None:
        """The keys and signature counted for this file, if it has not changed since."""
        hit = self.stored.get(path) or self.samples.get(path)
        stamp = self.stamps.get(path)
        if hit is None or not stamp or hit[0] != stamp:
            return None
        return set(hit[1]), hit[2]

    def store(self, path: str, keys: set[str], signature: str | None) -> None:
        """Remember what the pass counted for a file it just read."""
        stamp = self.stamps.get(path)
        if stamp:
            self.stored[path] = (stamp, tuple(sorted(keys)), signature)

    def kept(self) -> dict[str, tuple[str, tuple[str, ...], str | None]]:
        """The samples of files still listed, to be saved."""
        merged = {**dict(self.samples.items()), **self.stored}
        return {p: v for p, v in merged.items() if p in self.stamps}

    def changes(self) -> dict[str, tuple | None]:
        """What `kept()` changes in the stored samples: new values, None for files gone."""
        out: dict[str, tuple | None] = {p: v for p, v in self.stored.items() if p in self.stamps}
        out.update((p, None) for p in self.samples if p not in self.stamps)
        return out


def count_recurrence(
    sources: list[SourceFile],
    rules: CleaningRules,
    max_bytes: int,
    folders: set[str] | None = None,
    on_read: Callable[[DecodedFile, dict[int, Line]], None] | None = None,
    cache: RecurrenceCache | None = None,
    into: LineRecurrence | None = None,
) -> LineRecurrence:
    """Count the short header/footer lines of the files in `folders` (all if None).

    `on_read(decoded, lines)` is told of every file read, with the lines made
    for it (index → `Line`), so a caller can keep them for the build. With a
    `cache`, unchanged files are counted from it instead of being read (the
    counts, and so every chrome decision, are the same). `into`: counts of
    other folders to add these to (returned).
    """
    import os

    from index.ingest.reading import decode_file, read_bytes

    rec = into if into is not None else LineRecurrence()
    per_folder: dict[str, int] = {}
    for src in sorted(sources, key=lambda s: s.path):
        folder = os.path.dirname(src.path)
        if folders is not None and folder not in folders:
            continue
        if per_folder.get(folder, 0) >= LineRecurrence.MAX_FILES:
            continue
        if src.path.lower().endswith((".html", ".htm", ".shtml")):
            continue  # the HTML extractor already leaves page chrome out
        hit = cache.lookup(src.path) if cache is not None else None
        if hit is not None:
            per_folder[folder] = per_folder.get(folder, 0) + 1
            rec.add(src.path, *hit)
            continue
        raw = read_bytes(src, max_bytes)
        if isinstance(raw, Skipped):
            continue
        decoded = decode_file(src, raw)
        if isinstance(decoded, Skipped):
            continue
        per_folder[folder] = per_folder.get(folder, 0) + 1
        _fm, body, first_line, _problem = split_front_matter(decoded.text)
        lines: dict[int, Line] = {}
        keys, signature = recurrence_sample(body, rules, first_line, lines)
        rec.add(src.path, keys, signature)
        if cache is not None:
            cache.read += 1
            cache.store(src.path, keys, signature)
        if on_read is not None:
            on_read(decoded, lines)
    return rec


def recurrence_sample(
    text: str, rules: CleaningRules, first_line: int = 1, made: dict[int, Line] | None = None
) -> tuple[set[str], str | None]:
    """`candidate_keys` and `article_signature` of `make_lines(text)`, making only the lines they read.

    Recurrence looks at the first and last non-blank lines and the first prose
    line; cleaning every line of every file for it (as the build then does
    again) was most of the pre-pass's time.
    """
    raw = text.split("\n")
    made = {} if made is None else made  # filled with the lines made, for the build to reuse

    def line(i: int) -> Line:
        if i not in made:
            made[i] = make_line(raw[i], rules, first_line + i)
        return made[i]

    def first_content(indexes, want: int) -> list[int]:
        out = []
        for i in indexes:
            if len(out) >= want:
                break
            if line(i).role != BLANK:
                out.append(i)
        return out

    head = first_content(range(len(raw)), HEADER_MAX)
    tail = first_content(range(len(raw) - 1, -1, -1), FOOTER_MAX)
    # The first HEADER_MAX and last FOOTER_MAX content lines, or every one when they overlap.
    keys = candidate_keys([line(i) for i in sorted(set(head) | set(tail))])
    signature = None
    for i in range(len(raw)):
        if line(i).role != BLANK and is_prose(line(i).folded):
            signature = line_key(line(i).folded)[:60]
            break
    return keys, signature
