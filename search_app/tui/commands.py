"""Command palette provider (ctrl+p) for the app's secondary actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.command import DiscoveryHit, Hit, Hits, Provider


@dataclass(frozen=True)
class PaletteCommand:
    """One palette entry: name, help text and the app action it runs."""

    name: str
    help: str
    action: str


COMMANDS = [
    PaletteCommand(
        "Open citation basket", "List, reorder, remove and export collected passages", "open_basket"
    ),
    PaletteCommand(
        "Export basket…", "Write the basket to a Markdown or JSON file", "export_basket"
    ),
    PaletteCommand(
        "Rebuild index", "Re-index the whole corpus from scratch in the background", "rebuild_index"
    ),
    PaletteCommand("Update index", "Index new, changed and deleted files", "update_index"),
    PaletteCommand(
        "Toggle light/dark theme", "Switch between the light and dark themes", "toggle_theme"
    ),
    PaletteCommand("Search history…", "Pick an earlier query", "history"),
    PaletteCommand("Clear filters", "Remove every region/source/year filter", "clear_filters"),
    PaletteCommand("Help", "Keys and query language", "help"),
]


class SearchAppCommands(Provider):
    """Basket, export, index, theme, history and help commands."""

    def _runner(self, action: str) -> Callable[[], object]:
        return getattr(self.app, f"action_{action}")

    async def discover(self) -> Hits:
        """All commands, when the palette opens empty."""
        for cmd in COMMANDS:
            yield DiscoveryHit(cmd.name, self._runner(cmd.action), help=cmd.help)

    async def search(self, query: str) -> Hits:
        """Commands whose name fuzzily matches `query`."""
        matcher = self.matcher(query)
        for cmd in COMMANDS:
            score = matcher.match(cmd.name)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(cmd.name), self._runner(cmd.action), help=cmd.help
                )
