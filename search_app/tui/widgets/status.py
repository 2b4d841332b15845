"""The status line ("N hits · M ms · filters") and the indexing progress row."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, ProgressBar, Static

from search_app.textsafe import clean
from search_app.wording import APPROXIMATE_STATUS, count


class StatusLine(Static):
    """One line saying what the result list shows."""

    def show_result(
        self,
        total: int,
        elapsed_ms: float,
        filters: str,
        query: str,
        shown: int,
        *,
        approximate: bool = False,
    ) -> None:
        """`N hits · M ms · filters`; an empty query says it is browsing, a ranking cut
        short by its time budget says so."""
        what = "browsing all paragraphs, newest first" if not query.strip() else ""
        ms = f"{elapsed_ms:.0f}" if elapsed_ms >= 10 else f"{elapsed_ms:.1f}"
        parts = [count(total, "hit"), f"{ms} ms"]
        if filters:
            parts.append(f"filters: {clean(filters)}")
        if what:
            parts.append(what)
        if shown < total:
            parts.append(f"showing {shown:,}")
        if approximate:
            parts.append(APPROXIMATE_STATUS)
        self.update(Content(" · ".join(parts)), layout=self._sized_by_text())

    def show_message(self, text: str, style: str = "") -> None:
        """A plain message, e.g. while the engine loads or when there is no index."""
        content = Content.styled(clean(text), style) if style else Content(clean(text))
        self.update(content, layout=self._sized_by_text())

    def _sized_by_text(self) -> bool:
        # A line of fixed size (the stylesheet's `height: 1`) needs a repaint, not a
        # relayout of the whole screen, when its text changes.
        return self.styles.auto_dimensions


class IndexProgressRow(Horizontal):
    """`Indexing  [bar]  3/5 files · 120 paragraphs · ETA 2 s`, shown while the indexer runs."""

    def compose(self) -> ComposeResult:
        """A label, a bar and the counts."""
        yield Label("Indexing", id="index-phase")
        yield ProgressBar(total=None, show_eta=False, id="index-bar")
        yield Label("", id="index-counts")

    def show_progress(self, progress) -> None:
        """Update from an `IndexProgress`."""
        self.display = True
        self.query_one("#index-phase", Label).update(progress.phase.capitalize())
        bar = self.query_one("#index-bar", ProgressBar)
        bar.update(total=progress.files_total or None, progress=progress.files_done)
        eta = progress.eta
        counts = f"{progress.files_done}/{progress.files_total} files · {progress.paragraphs:,} paragraphs"
        if eta is not None and progress.phase == "indexing":
            counts += f" · ETA {eta:.0f} s"
        self.query_one("#index-counts", Label).update(counts)
