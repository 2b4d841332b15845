"""Build Textual `Content` for hits, paragraphs, chips and status lines.

Corpus text only ever enters as `Content(textsafe.clean(text))` — plain text,
never markup — so `[b]` in an article prints as `[b]` and control characters
become visible placeholders. Styles use theme variables, so the same content
reads well in light and dark themes.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content

from search_app.linebreak import break_lines
from search_app.textsafe import clean

MATCH = "bold $text-warning on $warning-muted"
RANK = "bold $text-primary"
TITLE = "bold"
META = "$text-muted"
CHIP = "$text-secondary on $secondary-muted"
HINT = "italic $text-warning"
SNIPPET_LINES = 3
INDENT = 4  # cells before a hit's meta and snippet lines


def safe(text: str | None) -> Content:
    """Corpus text as plain Content: cleaned, never parsed as markup."""
    return Content(clean(text), strip_control_codes=False)


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = MATCH) -> Content:
    """Cleaned `text` with the engine's [start, end) spans styled (offsets survive cleaning)."""
    out = safe(text)
    n = len(out.plain)
    for s, e in spans:
        if 0 <= s < e <= n:
            out = out.stylize(style, s, e)
    return out


def region_label(path: str) -> str:
    """The short name of a region path: 湖北省/武汉市 → 武汉市."""
    return path.rsplit("/", 1)[-1]


def chips(values: Iterable[str], limit: int = 2) -> Content:
    """Region chips like ` 巫溪县  +2`, at most `limit` shown."""
    values = list(values)
    parts: list[Content | str | tuple[str, str]] = []
    for v in values[:limit]:
        parts += [(f" {clean(region_label(v))} ", CHIP), " "]
    if len(values) > limit:
        parts.append((f"+{len(values) - limit}", META))
    return Content.assemble(*parts)


def meta_line(source: str | None, date: str | None, paragraph: int | None = None) -> Content:
    """`source · date · 第N段`, leaving out what is unknown."""
    bits = [clean(b) for b in (source, date) if b]
    if paragraph:
        bits.append(f"第{paragraph}段")
    return Content.styled(" · ".join(bits), META)


def wrap_content(content: Content, width: int) -> list[Content]:
    """`content` cut into lines by the shared Chinese line breaker (styles kept)."""
    return [content[s:e] for s, e in break_lines(content.plain, max(width, 8))]


def wrap_lines(content: Content, width: int, max_lines: int | None) -> list[Content]:
    """Wrapped lines, the last one ending in … when more than `max_lines` were needed."""
    lines = wrap_content(content, width)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = last.truncate(max(last.cell_length - 1, 1)) + "…"
    return lines


def title_content(hit) -> Content:
    """The article title; without one, the file name marked 无标题 (never a section heading)."""
    if hit.title:
        return safe(hit.title).stylize(TITLE)
    name = (hit.relpath or hit.path or "").rsplit("/", 1)[-1]
    return Content.assemble(("(无标题) ", META), safe(name).stylize(META))


def hit_prompt(hit, width: int) -> Content:
    """A result row: rank and title, then source · date · 第N段 and region chips, then the snippet.

    `width` is the cells available; the title is cut to one line and the
    snippet to `SNIPPET_LINES` lines with a hanging indent.
    """
    width = max(width, 20)
    rank = f"{hit.rank:>3} "
    head = Content.assemble(
        (rank, RANK), title_content(hit).truncate(width - len(rank), ellipsis=True)
    )
    meta = Content.assemble(
        " " * INDENT,
        meta_line(hit.source, hit.date, getattr(hit, "cite_paragraph", None)),
        "  ",
        chips(hit.regions),
    ).truncate(width, ellipsis=True)
    snippet = highlighted(hit.snippet, hit.snippet_highlights())
    body = [
        Content(" " * INDENT) + line for line in wrap_lines(snippet, width - INDENT, SNIPPET_LINES)
    ]
    return Content("\n").join([head, meta, *body])


def paragraph_content(
    text: str,
    spans: Iterable[tuple[int, int]],
    number: int | None,
    width: int,
    is_heading: bool = False,
) -> Content:
    """A paragraph in the passage view: its reader's number in the margin, matches highlighted.

    Headings and photo captions have no number (a reader does not count them).
    """
    body = highlighted(text, spans)
    if is_heading:
        body = body.stylize("bold")
    margin = 5
    lines = wrap_lines(body, max(width, 20) - margin, None)
    label = f"{number:>3}  " if number else " " * margin
    out = [Content.assemble((label, META), lines[0])]
    out += [Content(" " * margin) + line for line in lines[1:]]
    return Content("\n").join([*out, Content("")])  # a blank line between paragraphs


def fit_label(label: str, cells: int | None) -> str:
    """`label` cut to `cells` terminal cells with an ellipsis (unchanged when it fits or no width)."""
    label = clean(label)
    if cells is None or cell_len(label) <= cells:
        return label
    out, used = "", 0
    for ch in label:
        w = cell_len(ch)
        if used + w > max(cells - 1, 0):
            break
        out, used = out + ch, used + w
    return out + "…"


def facet_value(label: str, count: int, selected: bool, width: int | None = None) -> Content:
    """A facet row: tick, label and count; a long label is cut with … so the count stays."""
    tick = ("✓ ", "bold $text-success") if selected else "  "
    number = f" {count:,}"
    room = None if width is None else width - 2 - len(number)
    return Content.assemble(tick, Content(fit_label(label, room)), (number, META))


def facet_note(text: str) -> Content:
    """An explanation in place of facet values (e.g. why a list is empty)."""
    return Content.styled(text, f"italic {META}")


def facet_text(label: str, count: int, selected: bool, width: int | None = None) -> Text:
    """A facet row as Rich Text, for the Tree (which renders Rich labels, not Content)."""
    out = Text()
    number = f" {count:,}"
    room = None if width is None else width - (2 if selected else 0) - len(number)
    out.append("✓ " if selected else "", style="bold green")
    out.append(fit_label(label, room), style="bold" if selected else "")
    out.append(number, style="dim")
    return out
