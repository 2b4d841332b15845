"""The author facet's panel: generated from the facet list, ticking a name filters the hits."""

from __future__ import annotations

from index.engine.facets import FACETS
from search_app.tui.model import FilterState
from search_app.tui.widgets.facets import FacetList, FacetsPanel, RegionTree
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.status import StatusLine
from tests.tui.conftest import settle

SIZE = (120, 50)


async def test_one_panel_per_facet_in_list_order(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        panel = app.main.query_one(FacetsPanel)
        widgets = list(panel.children)
        assert [w.id for w in widgets] == [f"facet-{spec.name}" for spec in FACETS]
        for spec, widget in zip(FACETS, widgets, strict=True):
            assert isinstance(widget, RegionTree if spec.hierarchical else FacetList)
            assert widget.border_title == spec.title
        assert app.main.query_one("#facet-author").border_title == "作者 Author"


async def test_ticking_an_author_filters_and_untick_restores(app_factory, engine):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        before = results.total
        authors = app.main.query_one("#facet-author", FacetList)
        assert authors.counts == engine.search("", limit=1).facets.author
        name, count = next(iter(authors.counts.items()))
        assert 0 < count < before
        authors.focus()
        await pilot.pause()
        authors.highlighted = list(authors.counts).index(name)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.filters == FilterState(author=(name,))
        assert results.total == count
        expected = {(h.path, h.paragraph) for h in engine.search("", author=name, limit=0).hits}
        assert {(h.path, h.paragraph) for h in results.hits} <= expected
        assert all(name in (h.author or "") for h in results.hits)
        # The ticked facet keeps its other names (counted without its own filter) and a tick.
        authors = app.main.query_one("#facet-author", FacetList)
        assert len(authors.counts) > 1 and "✓" in str(authors.get_option(name).prompt)
        chips = [str(c.label) for c in app.main.query("#chips .chip")]
        assert chips == [f"作者:{name} ✕"]
        assert f"author={name}" in str(app.main.query_one(StatusLine).render())
        # Enter again unticks it.
        authors.highlighted = list(authors.counts).index(name)
        await pilot.press("enter")
        await settle(app, pilot)
        assert not app.main.filters and results.total == before
