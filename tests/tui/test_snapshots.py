"""SVG snapshots (pytest-textual-snapshot) of the main screen, passage view and help.

Deterministic: a test index of the bundled corpus, a fixed time in the status
line (`frozen_ms`), no cursor blink, no background indexing, no tmp paths on
screen. Update with `pytest tests/tui --snapshot-update` after checking the diff.
"""

from __future__ import annotations

from tests.tui.conftest import settle

SIZE = (120, 40)


def steps(*keys: str):
    """A run_before callback: let the app settle, press `keys`, settle again."""

    async def run_before(pilot) -> None:
        app = pilot.app
        await settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)

    return run_before


def snapshot_app(app_factory, **kwargs):
    """An app configured for stable screenshots."""
    return app_factory(frozen_ms=12.0, cursor_blink=False, **kwargs)


def test_main_screen_with_results(app_factory, snap_compare):
    """Results for 驻村第一书记 with highlights, facets and the status line."""
    app = snapshot_app(app_factory)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps(*"驻村第一书记", "down"))


def test_passage_view(app_factory, snap_compare):
    """The 金花葵 paragraph in its article with two paragraphs either side."""
    app = snapshot_app(app_factory)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps(*"金花葵", "down", "enter"))


def test_help_screen(app_factory, snap_compare):
    """F1 help: bindings with tooltips and the query language."""
    app = snapshot_app(app_factory)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps("f1"))


def test_main_screen_light_80x24(app_factory, snap_compare):
    """The light theme at 80×24, browsing (empty query) with a region filter applied."""
    app = snapshot_app(app_factory, theme="textual-light")

    async def run_before(pilot) -> None:
        from search_app.tui.model import FilterState

        await settle(pilot.app, pilot)
        pilot.app.main.set_filters(FilterState(region=("湖北省",)))
        await settle(pilot.app, pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_main_screen_results_60x20(app_factory, snap_compare):
    """60×20: the facets fold away, the footer keeps q Quit and f1 Help first."""
    app = snapshot_app(app_factory)
    assert snap_compare(app, terminal_size=(60, 20), run_before=steps(*"金花葵", "down"))


def test_facets_open_60x20(app_factory, snap_compare):
    """60×20 after f: the folded facets panel opens beside the results."""
    app = snapshot_app(app_factory)
    assert snap_compare(app, terminal_size=(60, 20), run_before=steps("down", "f"))


def test_passage_view_80x24(app_factory, snap_compare):
    """80×24 passage view: reader's paragraph numbers, kinsoku line breaks, hit N of total."""
    app = snapshot_app(app_factory)
    assert snap_compare(app, terminal_size=(80, 24), run_before=steps(*"干部", "down", "enter"))


def test_basket_80x24(app_factory, snap_compare):
    """80×24 basket: passages wrapped with a hanging indent, never back at column 1."""
    app = snapshot_app(app_factory)
    assert snap_compare(
        app, terminal_size=(80, 24), run_before=steps(*"金花葵", "down", "a", "down", "a", "b")
    )
