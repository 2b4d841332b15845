"""What a keystroke's frame holds: the hits first, the facets in a frame of their own,
and `ResultsShown` (the benchmarks' "painted" hook) only once the hits were drawn;
what keeps a keystroke's frame short (kept component styles, a frozen warm heap)."""

from __future__ import annotations

from types import SimpleNamespace

from textual.geometry import Size
from textual.widgets import OptionList

from search_app.tui.widgets.facets import FacetsPanel
from search_app.tui.widgets.results import ResultsList
from tests.tui.conftest import settle

SIZE = (120, 40)
QUERIES = ["群众", "书记", "干部 服务", "乡村"]  # each has hits in the bundled corpus


def spy_on(app, log: list) -> None:
    """Log every draw of the results list, every facets update and every ResultsShown."""
    results = app.main.query_one(ResultsList)
    facets = app.main.query_one(FacetsPanel)
    draw, show = results.render_lines, facets.show

    def drawn(crop):
        log.append(("drawn", tuple(h.path for h in results.hits), results.hits[:1]))
        return draw(crop)

    def facets_shown(*args, **kwargs):
        log.append(("facets", None, None))
        return show(*args, **kwargs)

    results.render_lines = drawn  # the compositor calls the instance's method
    facets.show = facets_shown
    app.on_results_painted = lambda req, painted_at: log.append(("shown", req.text, None))


async def test_results_shown_only_after_that_result_was_drawn(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        log: list = []
        spy_on(app, log)
        box = app.main.box
        for query in QUERIES:
            box.value = query
            await settle(app, pilot)
            hits = tuple(h.path for h in app.main.results.hits)
            assert hits, query
            shown = [i for i, e in enumerate(log) if e[:2] == ("shown", query)]
            assert shown, f"no ResultsShown for {query!r}"
            before = log[: shown[0]]
            # the last draw before the hook already holds this query's hits
            draws = [e for e in before if e[0] == "drawn"]
            assert draws and draws[-1][1] == hits, query
            log.clear()


async def test_facets_wait_for_the_frame_with_the_hits(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        log: list = []
        spy_on(app, log)
        for query in QUERIES[:2]:
            app.main.box.value = query
            await settle(app, pilot)
            kinds = [e[0] for e in log]
            assert "facets" in kinds, query
            first_facets = kinds.index("facets")
            hits = tuple(h.path for h in app.main.results.hits)
            drawn_first = [e for e in log[:first_facets] if e[0] == "drawn" and e[1] == hits]
            assert drawn_first, f"the facets of {query!r} were updated before its hits were drawn"
            log.clear()


async def test_a_new_line_count_repaints_the_list_without_a_screen_layout(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        layouts: list[bool] = []
        refresh = results.refresh

        def spy(*regions, **kwargs):
            layouts.append(kwargs.get("layout", False))
            return refresh(*regions, **kwargs)

        results.refresh = spy
        results.virtual_size = Size(40, results.virtual_size.height + 17)
        assert layouts and not any(layouts)
        results.refresh = refresh
        # the scroll range still follows the hits: a long result scrolls to its end
        app.main.box.value = "群众"
        await settle(app, pilot)
        assert results.virtual_size.height > results.scrollable_content_region.height
        assert results.max_scroll_y > 0
        results.scroll_end(animate=False, immediate=True)
        await settle(app, pilot)
        assert results.scroll_y == results.max_scroll_y > 0


async def test_kept_component_styles_follow_theme_and_focus(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        names = ("option-list--option-highlighted", "option-list--option")

        def fresh(name):
            return OptionList.get_component_styles(results, name)  # not kept

        def look(styles):
            return (styles.background, styles.color, styles.text_style, styles.padding)

        def check() -> None:
            for name in names:
                assert look(results.get_component_styles(name)) == look(fresh(name)), name

        check()
        dark = look(fresh(names[0]))
        app.action_toggle_theme()
        await settle(app, pilot)
        assert look(fresh(names[0])) != dark  # the theme really changed the style
        check()
        app.main.box.value = "群众"
        await settle(app, pilot)
        app.main.action_focus_results()
        await settle(app, pilot)
        assert results.has_focus
        check()
        app.main.box.focus()
        await settle(app, pilot)
        check()


async def test_start_up_freezes_the_warm_heap_when_asked(app_factory, monkeypatch):
    import search_app.tui.app as app_module

    for freeze, expected in ((True, ["collect", "freeze"]), (False, [])):
        calls: list[str] = []
        fake = SimpleNamespace(
            collect=lambda calls=calls: calls.append("collect"),
            freeze=lambda calls=calls: calls.append("freeze"),
        )
        monkeypatch.setattr(app_module, "gc", fake)  # the test process keeps its own GC
        app = app_factory(freeze_heap=freeze)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            assert calls == expected
            app.main.box.value = "群众"  # searching works the same either way
            await settle(app, pilot)
            assert app.main.results.hits
