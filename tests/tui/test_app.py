"""Pilot tests of the terminal app on a test index of the bundled corpus."""

from __future__ import annotations

import json

from index.query.citation import nest_quotes
from search_app.tui.messages import IndexStatus, SearchDone
from search_app.tui.model import FilterState, SearchRequest
from search_app.tui.screens.basket import BasketScreen
from search_app.tui.screens.export import ExportScreen
from search_app.tui.screens.help import HelpScreen
from search_app.tui.screens.passage import ParagraphList, PassageScreen
from search_app.tui.widgets.facets import FacetList, RegionTree
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.search_box import SearchBox
from search_app.tui.widgets.status import IndexProgressRow, StatusLine
from tests.tui.conftest import make_test_config, settle

SIZE = (120, 40)


def plain(option) -> str:
    """The text of an OptionList option."""
    return str(option.prompt)


async def type_query(app, pilot, text: str) -> None:
    """Type into the search box and wait for the result."""
    await pilot.press(*text)
    await settle(app, pilot)


async def test_starts_in_search_box_and_browses_everything(app_factory):
    """At start the box has focus and an empty query browses the whole corpus, newest first."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, SearchBox)
        results = app.main.query_one(ResultsList)
        assert results.total == 190
        dates = [h.date for h in results.hits if h.date]
        assert dates == sorted(dates, reverse=True)
        region = app.main.query_one(RegionTree)
        assert [n.data.path for n in region.root.children][:3] == ["重庆市", "浙江省", "湖北省"]


async def test_typing_shows_hits(app_factory):
    """Typing 金花葵 lists the 巫溪 paragraphs with source, date, 第N段 and highlights."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        results = app.main.query_one(ResultsList)
        assert results.total == 2 and len(results.hits) == 2
        first = plain(results.get_option_at_index(0))
        assert "巫溪" in first and "七一客户端" in first and "2024-04-26" in first
        # paragraph 8 of the file, the 7th a reader counts (a section heading comes before it)
        assert "第7段" in first and "巫溪县" in first and first.lstrip().startswith("1 ")
        # the snippet's matches are styled at the engine's offsets
        prompt = results.get_option_at_index(0).prompt
        styled = {prompt.plain[s.start : s.end] for s in prompt.spans if "warning" in str(s.style)}
        assert styled == {"金花葵"}
        status = str(app.main.query_one(StatusLine).render())
        assert status.startswith("2 hits · ") and " ms" in status


async def test_invalid_query_shows_inline_hint(app_factory):
    """An unbalanced quote searches literally and says so under the box, without an error."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, '"驻村')
        hint = app.main.query_one("#hint")
        assert hint.display and "unbalanced quote" in str(hint.render())
        assert app.main.query_one(ResultsList).total > 0


async def test_selecting_hubei_filters_and_counts_change(app_factory):
    """Enter on 湖北省 in the region tree filters the hits; counts change; x clears."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        sources = app.main.query_one("#facet-source", FacetList)
        before_total, before_sources = results.total, dict(sources.counts)
        tree = app.main.query_one(RegionTree)
        hubei = next(n for n in tree.root.children if n.data.path == "湖北省")
        expected = hubei.data.count
        await pilot.press("down", "f")  # out of the box, then to the facets
        assert app.focused is tree
        tree.move_cursor(hubei)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.filters == FilterState(region=("湖北省",))
        assert results.total == expected == 17 < before_total
        assert all(any(r.startswith("湖北省") for r in h.regions) for h in results.hits)
        assert sources.counts != before_sources
        assert sum(sources.counts.values()) <= expected
        # the region tree keeps other provinces (computed without its own filter) and ticks 湖北省
        tree = app.main.query_one(RegionTree)
        paths = [n.data.path for n in tree.root.children]
        assert "重庆市" in paths and "湖北省" in paths
        assert "✓" in str(next(n for n in tree.root.children if n.data.path == "湖北省").label)
        chips = app.main.query("#chips .chip")
        assert [str(c.label) for c in chips] == ["地区:湖北省 ✕"]
        assert "filters: region=湖北省" in str(app.main.query_one(StatusLine).render())
        # a second facet combines with the first
        years = app.main.query_one("#facet-year", FacetList)
        years.focus()
        years.highlighted = list(years.counts).index("2021")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.filters == FilterState(region=("湖北省",), year=("2021",))
        assert results.total == 10
        assert all(h.date.startswith("2021") for h in results.hits)
        assert len(app.main.query("#chips .chip")) == 2
        await pilot.press("x")
        await settle(app, pilot)
        assert not app.main.filters and results.total == before_total


async def test_chip_press_removes_filter(app_factory):
    """Pressing a filter chip removes that filter."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.main.set_filters(FilterState(source=("人民日报",)))
        await settle(app, pilot)
        assert app.main.query_one(ResultsList).total == 30
        await pilot.click("#chips .chip")
        await settle(app, pilot)
        assert not app.main.filters and app.main.query_one(ResultsList).total == 190


async def test_two_values_of_one_facet_are_ored(app_factory, engine):
    """Two provinces selected means either (sent to the engine as region:a OR region:b)."""

    def keys(region: str) -> set:
        return {(h.path, h.paragraph) for h in engine.search("", region=region, limit=0).hits}

    union = keys("湖北省") | keys("浙江省")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.main.set_filters(FilterState(region=("湖北省", "浙江省")))
        await settle(app, pilot)
        assert app.main.query_one(ResultsList).total == len(union) > 19


async def test_down_and_up_move_between_box_and_hits(app_factory):
    """Down from the box goes to the first hit; Up on the first hit goes back."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "沉")
        await pilot.press("down")
        results = app.main.query_one(ResultsList)
        assert app.focused is results and results.highlighted == 0
        await pilot.press("down", "up", "up")
        assert isinstance(app.focused, SearchBox)
        await pilot.press("slash")  # typed into the box, not a binding there
        assert app.main.box.value == "沉/"


async def test_stale_result_never_overwrites_newer(app_factory, engine):
    """A reply to an older request is dropped when it arrives after a newer one."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        main = app.main
        newest = main.latest
        old = SearchRequest(newest.seq - 1, "沉", FilterState(), 50)
        main.post_message(SearchDone(old, engine.search("沉", limit=50)))
        await pilot.pause()
        results = main.query_one(ResultsList)
        assert results.total == 2 and main.shown == newest


async def test_enter_opens_passage_view(app_factory):
    """Enter on a hit shows its paragraph in the article, with neighbours and navigation keys."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen)
        assert screen.article is not None and screen.article.date == "2024-04-26"
        plist = screen.query_one(ParagraphList)
        numbers = [int(o.id) for o in plist.options]
        assert numbers == [6, 7, 8, 9, 10]
        assert plist.options[plist.highlighted].id == "8"
        assert "七一客户端" in str(screen.query_one("#passage-meta").render())
        await pilot.press("down")  # next paragraph
        assert screen.current == 9
        await pilot.press("n")  # next hit: paragraph 7 of the same article
        assert screen.index == 1 and screen.current == 7
        await pilot.press("w")  # whole article
        assert len(plist.options) == len(screen.article.paragraphs)
        await pilot.press("escape")
        assert app.screen is app.main
        assert app.main.query_one(ResultsList).highlighted == 1


async def test_c_copies_passage_and_citation(app_factory):
    """`c` on a hit, `c` in the passage view and ctrl+y in the box copy passage + citation."""
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        hit = app.main.query_one(ResultsList).hits[0]
        await pilot.press("down", "c")
        assert app.clipboard == hit.citation
        assert app.clipboard.startswith("“" + hit.text)
        assert app.clipboard.endswith(
            "——《巫溪:推行“1315”联系服务群众工作机制 解锁“四下基层”的多样践行方式》，七一客户端，2024年4月26日，第7段"
        )
        assert any("Copied" in n.title for n in app._notifications)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("down", "c")  # paragraph 9 of the article
        para9 = next(p for p in app.screen.article.paragraphs if p.paragraph == 9)
        # the passage's own “…” become ‘…’ inside the citation's quotes
        assert "“家常话”" in para9.text
        assert app.clipboard.startswith("“" + nest_quotes(para9.text) + "”——《巫溪")
        assert para9.cite_paragraph == 8 and app.clipboard.endswith("第8段")
        await pilot.press("y")  # the passage alone
        assert app.clipboard == para9.text
        assert any("passage only" in n.title for n in app._notifications)
        await pilot.press("escape", "up")
        assert isinstance(app.focused, SearchBox)
        await pilot.press("ctrl+y")  # from inside the search box: the highlighted hit
        assert app.clipboard == app.main.query_one(ResultsList).hits[0].citation
        assert app.main.box.value == "金花葵"  # ctrl+y typed nothing
        await pilot.press("f4")  # the passage alone, from the box too
        assert app.clipboard == app.main.query_one(ResultsList).hits[0].text


async def test_basket_exports_markdown(app_factory, tmp_path):
    """`a` collects passages; the basket reorders, removes and exports Markdown and JSON."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        hits = app.main.query_one(ResultsList).hits
        await pilot.press("down", "a", "down", "a", "a")  # the repeat is ignored
        assert [p.paragraph for p in app.basket.items] == [8, 7]
        await pilot.press("b")
        assert isinstance(app.screen, BasketScreen)
        await pilot.press("J")  # move the first passage down
        assert [p.paragraph for p in app.basket.items] == [7, 8]
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        target = tmp_path / "out" / "cites.md"
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        text = target.read_text(encoding="utf-8")
        assert text.index(hits[1].text[:20]) < text.index(hits[0].text[:20])
        assert f"> {hits[0].text}" in text
        assert (
            "——《巫溪:推行“1315”联系服务群众工作机制 解锁“四下基层”的多样践行方式》，七一客户端，2024年4月26日，第7段"
            in text
        )
        await pilot.press("e")
        app.screen.query_one("#export-path").value = str(tmp_path / "cites.json")
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads((tmp_path / "cites.json").read_text(encoding="utf-8"))
        assert [d["paragraph"] for d in data] == [7, 8] and data[1]["citation"] == hits[0].citation
        await pilot.press("d")
        assert len(app.basket) == 1


async def test_history_persists_and_recalls(app_factory, tmp_path):
    """Enter saves the query to the history file; a new app recalls it with ctrl+up."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        await pilot.press("enter")
        await settle(app, pilot)
    assert json.loads((tmp_path / "history.json").read_text(encoding="utf-8")) == ["金花葵"]
    again = app_factory()
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        await pilot.press("ctrl+up")
        await settle(again, pilot)
        assert again.main.box.value == "金花葵"
        assert again.main.query_one(ResultsList).total == 2
        await pilot.press("ctrl+down")
        assert again.main.box.value == ""
        await pilot.press("ctrl+r")
        await pilot.press("enter")
        assert again.main.box.value == "金花葵"


async def test_help_and_palette(app_factory):
    """F1 opens help listing bindings with tooltips; the palette provider toggles the theme."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Copy the passage with its citation" in text and "region:湖北" in text
        await pilot.press("escape")
        await pilot.press("down", "question_mark")  # ? outside the box
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        dark = app.current_theme.dark
        from search_app.tui.commands import SearchAppCommands

        provider = SearchAppCommands(app.screen)
        found = [hit async for hit in provider.search("theme")]
        assert found and "theme" in found[0].text.lower()
        found[0].command()
        await pilot.pause()
        assert app.current_theme.dark is not dark


async def test_small_terminal_light_theme(app_factory):
    """80×24 in the light theme: results, facets and the passage view all fit."""
    app = app_factory(theme="textual-light")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "驻村第一书记")
        results = app.main.query_one(ResultsList)
        assert results.total == 5 and results.size.width >= 45 and results.size.height >= 8
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PassageScreen)
        assert app.screen.query_one(ParagraphList).size.height >= 10


async def wait_for_index_run(done, pilot, app) -> None:
    """Wait for the app's indexer to report back (an event, not a timer), then for the repaint."""
    import asyncio

    await asyncio.wait_for(done.wait(), timeout=600)  # a hang fails; slowness does not
    await settle(app, pilot)


async def test_first_run_indexes_with_progress(tmp_path):
    """With no index the app asks first, then indexes in the background, shows progress, searches."""
    import asyncio

    from search_app.tui.app import make_app
    from search_app.tui.messages import IndexFinished
    from search_app.tui.screens.build import BuildIndexScreen

    cfg = make_test_config(tmp_path / "fresh-index")
    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    seen: list = []
    done = asyncio.Event()

    def hook(message) -> None:
        if isinstance(message, IndexStatus):
            seen.append(message.progress)
        elif isinstance(message, IndexFinished):
            done.set()

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(app, pilot)
        # Opening the app wrote nothing: it asks before building (issue 11 item 3).
        assert isinstance(app.screen, BuildIndexScreen)
        assert not (tmp_path / "fresh-index").exists() and not seen
        await pilot.press("y")
        await wait_for_index_run(done, pilot, app)
        assert seen, "no progress was shown"
        assert seen[0].phase == "scanning" and seen[-1].phase == "done"
        assert {p.files_total for p in seen if p.phase == "indexing"} == {5}
        assert seen[-1].files_done == 5 and seen[-1].paragraphs == 190
        row = app.main.query_one(IndexProgressRow)
        assert not row.display  # hidden once done
        bar = row.query_one("#index-bar")
        assert bar.total == 5 and bar.progress == 5
        assert app.has_index and app.main.query_one(ResultsList).total == 190
        await type_query(app, pilot, "金花葵")
        assert app.main.query_one(ResultsList).total == 2
        # the palette's "Rebuild index" builds anew in the background; searching goes on
        seen.clear()
        done.clear()
        app.action_rebuild_index()
        await wait_for_index_run(done, pilot, app)
        assert seen and seen[-1].phase == "done" and seen[-1].paragraphs == 190
        assert app.main.query_one(ResultsList).total == 2


async def test_no_index_and_no_answer_writes_nothing(tmp_path):
    """Declining the first build leaves the folder untouched and says how to build it."""
    from search_app.tui.app import make_app
    from search_app.tui.screens.build import BuildIndexScreen

    cfg = make_test_config(tmp_path / "typo")
    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, BuildIndexScreen)
        await pilot.press("n")
        await settle(app, pilot)
        assert not isinstance(app.screen, BuildIndexScreen) and not app.indexing
        assert "search-app index --index-dir" in str(app.main.query_one(StatusLine).render())
    assert not (tmp_path / "typo").exists()


async def test_more_hits_load_near_the_end(app_factory):
    """The first answer fills about two screens; focusing the list and moving to its end load the rest."""
    from search_app.tui.screens.main import PAGE

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        first = len(results.hits)
        visible = results.size.height // 5 + 1
        assert visible < first < PAGE and results.total == 190
        await pilot.press("down")  # into the list: the next page is fetched ahead
        await settle(app, pilot)
        assert len(results.hits) == first + 2 * PAGE
        await pilot.press("end")
        await settle(app, pilot)
        assert len(results.hits) == 190
        assert [h.rank for h in results.hits] == list(range(1, 191))
        assert "showing" not in str(app.main.query_one(StatusLine).render())


async def test_q_quits_outside_the_search_box(app_factory):
    """q types into the box, but quits from the results list."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        assert app.main.box.value == "q" and app.return_code is None
        await pilot.press("backspace")
        await settle(app, pilot)
        await pilot.press("down", "q")
        assert app.return_code == 0 and app._exit


async def test_locked_index_is_a_message_not_a_crash(tui_cfg, engine, tmp_path):
    """If another indexer holds the lock, the app says so and keeps searching the index it has."""
    import asyncio
    import copy

    from index.build.store import IndexStore
    from index.engine.whoosh_engine import WhooshEngine
    from search_app.tui.app import make_app
    from search_app.tui.messages import IndexFinished

    cfg = copy.deepcopy(tui_cfg)
    cfg.index.lock_timeout = 0.3
    # The engine indexes with its own config: this one waits 0.3 s for the lock.
    app = make_app(cfg, engine=WhooshEngine(cfg), history_path=tmp_path / "h.json", debounce=0.0)
    done = asyncio.Event()

    def hook(message) -> None:
        if isinstance(message, IndexFinished):
            done.set()

    with IndexStore(cfg.index.dir).lock(1.0):
        async with app.run_test(size=SIZE, notifications=True, message_hook=hook) as pilot:
            await wait_for_index_run(done, pilot, app)
            messages = [n.message for n in app._notifications]
            assert any(m.startswith("Waiting for another indexer") for m in messages), messages
            assert any("another indexer" in m and "waited" in m for m in messages)
            assert not app.indexing and app.main.query_one(ResultsList).total == 190


async def test_picks_up_a_generation_committed_by_another_indexer(tmp_path):
    """An index update made outside the app refreshes the open results without a restart."""
    import shutil

    from index.build.indexer import Indexer
    from search_app.tui.app import make_app
    from tests.tui.conftest import CORPUS

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cfg = make_test_config(tmp_path / "index")
    cfg.corpus.paths = [corpus]
    Indexer(cfg).run()
    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0, index_on_start=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "金花葵")
        results = app.main.query_one(ResultsList)
        assert results.total == 2
        app.check_generation()  # what the 2-second poll calls; the first call sets the baseline
        await settle(app, pilot)
        (corpus / "new.txt").write_text(
            "金花葵丰收了\n\n巫溪县尖山镇的金花葵今年又是一个丰收年。\n", encoding="utf-8"
        )
        Indexer(cfg).run()  # "another process": the app's own indexer is not involved
        assert results.total == 2  # nothing polled yet
        app.check_generation()
        await settle(app, pilot)
        assert results.total == 3
        assert any("index changed" in n.message for n in app._notifications)


async def test_status_line_says_when_the_ranking_is_approximate(app_factory, engine, monkeypatch):
    """A search past its ranking budget is shown at once, flagged in the status line."""
    import index.query.search as search_mod

    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)  # the bundled index is small
    monkeypatch.setattr(engine.cfg.search, "rank_budget_ms", 0)
    engine.clear_cache()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "经济 发展")
        status = str(app.main.query_one(StatusLine).render())
        assert "ranking approximate" in status, status
        assert app.main.query_one(ResultsList).hits
    engine.clear_cache()
