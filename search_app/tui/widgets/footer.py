"""A footer that keeps Help and Quit/Back visible in small windows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

NARROW = 100  # below this many columns the footer puts the essential keys first
ESSENTIAL = ("help", "quit", "back", "close")


def is_essential(action: str) -> bool:
    """Help, Quit and Back must stay visible however narrow the window is."""
    return action.rsplit(".", 1)[-1] in ESSENTIAL


class AppFooter(Footer):
    """Textual's footer; in narrow windows compact, with Help and Quit/Back first.

    The stock footer lists the focused widget's keys first and cuts the rest
    at the right edge, which is where f1 Help and q Quit are.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._narrow: bool | None = None

    def compose(self) -> ComposeResult:
        """The bindings as footer keys, essential ones first when narrow."""
        narrow = self.app.size.width < NARROW
        self._narrow = narrow
        self.compact = narrow
        self.show_command_palette = not narrow
        if not narrow:
            yield from super().compose()
            return
        if not self._bindings_ready:
            return
        first: dict[str, tuple] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in first:
                first[binding.action] = (binding, enabled, tooltip)
        ordered = sorted(first.values(), key=lambda b: not is_essential(b[0].action))
        self.styles.grid_size_columns = len(ordered)
        for binding, enabled, tooltip in ordered:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)

    def on_resize(self) -> None:
        """Re-lay the keys when the window crosses the narrow width."""
        if self._narrow is not None and (self.app.size.width < NARROW) != self._narrow:
            self.call_after_refresh(self.recompose)
