"""The passage view: a hit's paragraph in its article, with neighbours, metadata and navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from search_app.textsafe import clean
from search_app.tui.messages import (
    AddToBasket,
    ArticleLoaded,
    ArticleRequested,
    CopyCurrent,
    CopyPassage,
)
from search_app.tui.model import Passage
from search_app.tui.render import META, TITLE, meta_line, paragraph_content
from search_app.tui.widgets.footer import AppFooter

if TYPE_CHECKING:
    from index.config import CitationConfig

CONTEXT = 2  # paragraphs shown before and after the current one


class ParagraphList(OptionList):
    """The article's paragraphs; Up/Down step the current paragraph."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "up,k",
            "screen.step(-1)",
            "Prev ¶",
            id="passage.prev_paragraph",
            tooltip="Previous paragraph",
        ),
        Binding(
            "down,j",
            "screen.step(1)",
            "Next ¶",
            id="passage.next_paragraph",
            tooltip="Next paragraph",
        ),
    ]

    class Picked(Message):
        """A paragraph was clicked: make it current."""

        def __init__(self, number: int) -> None:
            super().__init__()
            self.number = number

    class Resized(Message):
        """The list changed size: paragraphs are wrapped by hand, so re-wrap them."""

    def text_width(self) -> int:
        """Cells a paragraph is wrapped to, leaving room for a scrollbar whether shown or not."""
        width = self.content_region.width or self.app.size.width - 2
        return max(20, width - self.styles.scrollbar_size_vertical)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Clicking a paragraph makes it current."""
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Picked(int(event.option.id)))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Keep cursor moves inside the list."""
        event.stop()

    def on_resize(self, event: events.Resize) -> None:
        """Paragraphs are wrapped by hand (hanging indent), so re-wrap on resize."""
        self.post_message(self.Resized())


class PassageScreen(Screen[int]):
    """Read one hit in context; dismisses with the index of the hit last shown.

    Articles come from the app: the screen posts `ArticleRequested` and draws
    the `ArticleLoaded` reply.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="passage.back", tooltip="Back to the results"),
        Binding(
            "n", "hit(1)", "Next hit", id="passage.next_hit", tooltip="Next hit in the results"
        ),
        Binding(
            "p", "hit(-1)", "Prev hit", id="passage.prev_hit", tooltip="Previous hit in the results"
        ),
        Binding(
            "w",
            "toggle_whole",
            "Whole article",
            id="passage.whole",
            tooltip="Show the whole article / only the paragraphs around this one",
        ),
        Binding(
            "c", "copy", "Copy", id="passage.copy", tooltip="Copy this paragraph with its citation"
        ),
        Binding(
            "y",
            "copy_text",
            "Copy text",
            show=False,
            id="passage.copy_text",
            tooltip="Copy this paragraph alone, without its citation",
        ),
        Binding(
            "a", "add", "Add", id="passage.add", tooltip="Add this paragraph to the citation basket"
        ),
        Binding("q", "back", "Back", show=False, id="passage.quit"),
    ]

    def __init__(
        self,
        hits: list,
        index: int,
        citation: CitationConfig,
        query: str = "",
        total: int | None = None,
    ) -> None:
        super().__init__()
        self.citation = citation
        self.hits = hits  # the result list's hits (shared, so n/p see loaded pages)
        self.total = total  # hits in the whole result, of which `hits` are those loaded
        self.index = index
        self.search_text = query  # the search text whose matches are highlighted
        self.article = None
        # The query's highlights in every paragraph of the article (from the engine).
        self.article_spans: dict[int, list[tuple[int, int]]] | None = None
        self.current = hits[index].paragraph  # paragraph number shown as current
        self.whole = False
        self._width = 0  # width the paragraphs were wrapped for

    @property
    def hit(self):
        """The hit being read."""
        return self.hits[self.index]

    def compose(self) -> ComposeResult:
        """Metadata on top, paragraphs below."""
        yield Static(id="passage-meta")
        yield ParagraphList(id="paragraphs")
        yield Static(id="passage-position")
        yield AppFooter()

    def on_mount(self) -> None:
        """Show the hit's own paragraph at once, then the article when it is loaded."""
        self.query_one(ParagraphList).focus()
        self._redraw()
        self.post_message(ArticleRequested(self.hit.path, self.search_text, self))

    def on_paragraph_list_resized(self, message: ParagraphList.Resized) -> None:
        """Re-wrap paragraphs when the list's width changed."""
        if self.query_one(ParagraphList).text_width() != self._width:
            self._redraw()

    def on_paragraph_list_picked(self, message: ParagraphList.Picked) -> None:
        """A clicked paragraph becomes current."""
        self.go_to_paragraph(message.number)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        """The article (and its highlights) arrived from the app's worker."""
        if message.path != self.hit.path or message.query != self.search_text:
            return  # the user moved on to another hit
        self.article = message.article
        self.article_spans = message.spans
        self._redraw()

    # -- rendering -----------------------------------------------------------------
    def _spans(self) -> dict[int, list[tuple[int, int]]]:
        """Highlights by paragraph: every paragraph's once the article is loaded, else the hits'."""
        if self.article is not None and self.article_spans is not None:
            return self.article_spans
        spans: dict[int, list[tuple[int, int]]] = {}
        for h in self.hits:
            if h.path == self.hit.path:
                spans.setdefault(h.paragraph, []).extend(h.highlights)
        return spans

    def _paragraphs(self) -> list:
        """(number, text, is_heading) for what is known: the article, else the hit alone."""
        if self.article is None:
            h = self.hit
            return [(h.paragraph, h.text, h.is_heading)]
        return [(p.paragraph, p.text, p.is_heading) for p in self.article.paragraphs]

    def _reader_numbers(self) -> dict[int, int | None]:
        """Paragraph → the reader's count cited as 第N段 (None for headings and captions)."""
        if self.article is None:
            return {self.hit.paragraph: getattr(self.hit, "cite_paragraph", None)}
        return {p.paragraph: p.cite_paragraph for p in self.article.paragraphs}

    def _redraw(self) -> None:
        paras = self._paragraphs()
        numbers = [n for n, _, _ in paras]
        if self.current not in numbers:
            self.current = min(numbers, key=lambda n: abs(n - self.current))
        pos = numbers.index(self.current)
        window = paras if self.whole else paras[max(0, pos - CONTEXT) : pos + CONTEXT + 1]
        spans = self._spans()
        cited = self._reader_numbers()
        plist = self.query_one(ParagraphList)
        width = plist.text_width()
        self._width = width
        plist.set_options(
            [
                Option(
                    paragraph_content(text, spans.get(n, []), cited.get(n), width, head),
                    id=str(n),
                )
                for n, text, head in window
            ]
        )
        plist.highlighted = [n for n, _, _ in window].index(self.current)
        self._render_meta(cited)

    def _render_meta(self, cited: dict[int, int | None]) -> None:
        a, h = self.article, self.hit
        title = (a.title if a else h.title) or f"(无标题) {h.relpath}"
        source, date = (a.source, a.date) if a else (h.source, h.date)
        author = a.author if a else h.author
        url = a.url if a else h.url
        meta = self.query_one("#passage-meta", Static)
        lines = [
            Content.styled(clean(title), TITLE),
            Content.assemble(
                meta_line(source, date), (f" · 作者 {clean(author)}" if author else "", META)
            ),
            Content.styled(" · ".join(clean(x) for x in (h.relpath, url) if x), META),
        ]
        meta.update(Content("\n").join(lines))
        counted = [n for n in cited.values() if n]
        total = max(counted) if a and counted else (h.nparagraphs or len(cited))
        mode = "whole article" if self.whole else f"±{CONTEXT} paragraphs"
        number = cited.get(self.current)
        here = f"第{number}段 / {total}" if number else f"heading or caption, not counted / {total}"
        hits = max(self.total or 0, len(self.hits))
        where = f"{here} · hit {self.index + 1:,} of {hits:,} · {mode}"
        self.query_one("#passage-position", Static).update(Content.styled(where, META))

    # -- actions -------------------------------------------------------------------
    def go_to_paragraph(self, number: int) -> None:
        """Make paragraph `number` current."""
        self.current = number
        self._redraw()

    def action_step(self, delta: int) -> None:
        """Previous / next paragraph of the article."""
        numbers = [n for n, _, _ in self._paragraphs()]
        pos = numbers.index(self.current) if self.current in numbers else 0
        new = pos + delta
        if 0 <= new < len(numbers):
            self.go_to_paragraph(numbers[new])
        else:
            self.app.bell()

    def action_hit(self, delta: int) -> None:
        """Previous / next hit of the result list (possibly in another article)."""
        new = self.index + delta
        if not 0 <= new < len(self.hits):
            self.app.bell()
            return
        old_path = self.hit.path
        self.index = new
        self.current = self.hit.paragraph
        if self.hit.path != old_path:
            self.article = self.article_spans = None
            self.post_message(ArticleRequested(self.hit.path, self.search_text, self))
        self._redraw()

    def action_toggle_whole(self) -> None:
        """Switch between the whole article and the paragraphs around the current one."""
        self.whole = not self.whole
        self._redraw()

    def current_passage(self) -> Passage | None:
        """The current paragraph with its citation."""
        cfg = self.citation
        if self.article is None or self.current == self.hit.paragraph:
            if self.current == self.hit.paragraph:
                return Passage.from_hit(self.hit, cfg)
            return None
        para = next((p for p in self.article.paragraphs if p.paragraph == self.current), None)
        return None if para is None else Passage.from_article(self.article, para, cfg)

    def action_copy_text(self) -> None:
        """Copy the current paragraph alone."""
        self.post_message(CopyPassage(self.current_passage(), cite=False, query=self.search_text))

    def action_copy(self) -> None:
        """Copy the current paragraph with its citation."""
        self.post_message(CopyPassage(self.current_passage(), query=self.search_text))

    def action_add(self) -> None:
        """Add the current paragraph to the basket."""
        self.post_message(AddToBasket(self.current_passage()))

    def on_copy_current(self, message: CopyCurrent) -> None:
        """ctrl+y from anywhere: copy the current paragraph."""
        query = self.search_text
        self.post_message(CopyPassage(self.current_passage(), cite=message.cite, query=query))

    def action_back(self) -> None:
        """Back to the results, with the cursor on the hit last read."""
        self.dismiss(self.index)
