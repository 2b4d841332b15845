"""Issue 15 in the app: titles, reader's paragraph numbers, the passage view's hit count."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from textual.widgets._footer import FooterKey

from index.config import CitationConfig
from index.engine.models import Facets, SearchResult
from search_app.render import render_result
from search_app.tui.app import make_app
from search_app.tui.basket import Basket
from search_app.tui.messages import IndexFinished
from search_app.tui.model import FilterState, Passage
from search_app.tui.render import facet_value, fit_label, hit_prompt, paragraph_content
from search_app.tui.screens.build import BuildIndexScreen
from search_app.tui.screens.export import ExportScreen
from search_app.tui.screens.passage import ParagraphList, PassageScreen
from search_app.tui.widgets.facets import UNKNOWN_ID, FacetList, RegionTree
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.status import StatusLine
from search_app.wording import no_hit_suggestions
from tests.tui.conftest import make_test_config, settle
from tests.tui.test_app import wait_for_index_run
from tests.tui.test_units import make_hit

SIZE = (120, 40)


def test_untitled_article_never_shows_its_heading_as_title():
    hit = make_hit(title=None, heading="“沉”出担当", relpath="news/2024/a.txt")
    first = hit_prompt(hit, 80).plain.split("\n")[0]
    assert "沉”出担当" not in first and "(无标题) a.txt" in first


def test_heading_and_caption_have_no_number_in_the_margin():
    assert paragraph_content("小标题", [], None, 40, is_heading=True).plain.startswith(
        "     小标题"
    )
    assert paragraph_content("正文。", [], 7, 40).plain.startswith("  7  正文。")


async def test_passage_view_counts_all_hits_and_reader_paragraphs(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        assert results.total == 190 and len(results.hits) < 190  # browsing, one page loaded
        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen)
        where = str(screen.query_one("#passage-position").render())
        assert "hit 1 of 190" in where
        # every numbered margin is the reader's count; headings have none
        await pilot.press("w")
        await settle(app, pilot)
        plist = screen.query_one(ParagraphList)
        article = screen.article
        for option, para in zip(plist.options, article.paragraphs, strict=True):
            label = str(option.prompt)[:5].strip()
            if para.is_heading:
                assert para.cite_paragraph is None and label == ""
            else:
                assert label == str(para.cite_paragraph)
        counted = [p.cite_paragraph for p in article.paragraphs if p.cite_paragraph]
        assert counted == list(range(1, len(counted) + 1))


# -- the basket ---------------------------------------------------------------------


async def test_basket_survives_a_restart(app_factory, tmp_path):
    path = tmp_path / "data" / "basket.json"
    app = app_factory(basket_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"金花葵")
        await settle(app, pilot)
        await pilot.press("down", "a", "down", "a", "b")
        await settle(app, pilot)
        await pilot.press("J")  # reorder: saved too
        order = [p.paragraph for p in app.basket.items]
        assert order == [7, 8]
    again = app_factory(basket_path=path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert [p.paragraph for p in again.basket.items] == order
        assert again.basket.items[0].citation.startswith("“")
        await pilot.press("down", "b")  # out of the search box first
        await settle(again, pilot)
        await pilot.press("d")
    assert len(json.loads(path.read_text(encoding="utf-8"))) == 1


def test_damaged_basket_file_is_kept_and_reported(tmp_path):
    path = tmp_path / "basket.json"
    path.write_text("{not json", encoding="utf-8")
    basket = Basket(path)
    assert len(basket) == 0 and "could not read" in basket.load_error
    basket.add(Passage.from_hit(make_hit(), CitationConfig()))
    assert path.read_text(encoding="utf-8") == "{not json"  # not overwritten


async def test_quit_warns_when_the_basket_cannot_be_saved(app_factory, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    app = app_factory(basket_path=blocker / "basket.json")  # its folder cannot be created
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "a", "q")
        await pilot.pause()
        assert app.is_running
        assert any("could not be saved" in (n.title or "") for n in app._notifications)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_export_shows_the_full_path_and_never_overwrites_silently(
    app_factory, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "Documents"))
    (tmp_path / "Documents").mkdir()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "a", "b")
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        default = dialog.query_one("#export-path").value
        assert default.startswith(str(tmp_path / "Documents") + "/citations-")
        assert str(default) in str(dialog.query_one("#export-target").render())
        await pilot.press("enter")
        await pilot.pause()
        first = Path(default)
        assert first.exists()
        before = first.read_text(encoding="utf-8")
        # a second export proposes a new name ...
        await pilot.press("e")
        dialog = app.screen
        assert dialog.query_one("#export-path").value != default
        # ... and typing the old one asks before replacing it
        dialog.query_one("#export-path").value = "cites.md"
        (tmp_path / "cites.md").write_text("mine", encoding="utf-8")
        await pilot.pause()
        assert str(tmp_path / "cites.md") in str(dialog.query_one("#export-target").render())
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and (tmp_path / "cites.md").read_text() == "mine"
        assert "already exists" in str(dialog.query_one("#export-target").render())
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not dialog
        assert (tmp_path / "cites.md").read_text(encoding="utf-8").startswith("# 引文")
        assert first.read_text(encoding="utf-8") == before


def test_basket_export_refuses_to_overwrite(tmp_path):
    basket = Basket()
    basket.add(Passage.from_hit(make_hit(), CitationConfig()))
    target = tmp_path / "x.md"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(FileExistsError):
        basket.export(target, CitationConfig())
    assert target.read_text(encoding="utf-8") == "keep"
    basket.export(target, CitationConfig(), overwrite=True)
    assert target.read_text(encoding="utf-8").startswith("# 引文")


# -- facets -------------------------------------------------------------------------


def test_region_drill_down_replaces_the_parent():
    f = FilterState().toggle("region", "湖北省").toggle("region", "湖北省/武汉市")
    assert f.region == ("湖北省/武汉市",)
    f = f.toggle("region", "湖北省")  # back up: the province replaces its cities
    assert f.region == ("湖北省",)
    f = f.toggle("region", "浙江省")  # siblings are still OR-ed
    assert f.region == ("湖北省", "浙江省")
    assert FilterState(region=("湖北省/武汉市",)).toggle("region", "湖北省/十堰市").region == (
        "湖北省/武汉市",
        "湖北省/十堰市",
    )
    assert FilterState(region=("湖北",)).toggle("region", "湖北省").region == ("湖北", "湖北省")


async def test_ticking_a_city_under_its_province_narrows(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.main.set_filters(FilterState(region=("湖北省",)))
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        province = results.total
        tree = app.main.query_one(RegionTree)
        hubei = next(n for n in tree.root.children if n.data.path == "湖北省")
        hubei.expand()
        await settle(app, pilot)
        wuhan = next(n for n in hubei.children if n.data.path == "湖北省/武汉市")
        tree.focus()
        tree.move_cursor(wuhan)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.filters.region == ("湖北省/武汉市",)
        assert 0 < results.total < province


async def test_year_facet_has_an_unknown_row_summing_to_the_total(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = app.main.query_one(ResultsList).total
        years = app.main.query_one("#facet-year", FacetList)
        rows = [years.get_option_at_index(i) for i in range(years.option_count)]
        unknown = [o for o in rows if o.id == UNKNOWN_ID]
        assert len(unknown) == 1 and unknown[0].disabled
        n_unknown = int(str(unknown[0].prompt).split()[-1].replace(",", ""))
        assert sum(years.counts.values()) + n_unknown == total == 190
        assert "no date" in str(unknown[0].prompt)


async def test_empty_facet_explains_itself_and_entering_highlights_first_row(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        years = app.main.query_one("#facet-year", FacetList)
        sources = app.main.query_one("#facet-source", FacetList)
        # a source whose articles have no date: the year list says why it is empty
        undated = next(
            s for s in sources.counts if app.engine.search("", source=s, limit=0).facets.year == {}
        )
        app.main.set_filters(FilterState(source=(undated,)))
        await settle(app, pilot)
        rows = [str(years.get_option_at_index(i).prompt) for i in range(years.option_count)]
        total = app.main.query_one(ResultsList).total
        assert len(rows) == 1 and rows[0].split() == ["(未知", "no", "date)", f"{total:,}"]
        app.main.set_filters(FilterState())
        await settle(app, pilot)
        await pilot.press("down")  # out of the box
        sources.highlighted = None
        sources.focus()
        await pilot.pause()
        assert sources.highlighted == 0
        tree = app.main.query_one(RegionTree)
        tree.focus()
        await pilot.pause()
        assert tree.cursor_line == 0


async def test_empty_result_explains_empty_facets(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"不存在的词语组合")
        await settle(app, pilot)
        years = app.main.query_one("#facet-year", FacetList)
        assert app.main.query_one(ResultsList).total == 0
        assert "no hits" in str(years.get_option_at_index(0).prompt)
        tree = app.main.query_one(RegionTree)
        assert "no hits" in str(tree.root.children[0].label)


# -- small windows ------------------------------------------------------------------


def test_long_facet_names_get_an_ellipsis_and_keep_their_count():
    assert fit_label("新疆维吾尔自治区", 10) == "新疆维吾…"
    assert fit_label("湖北省", 10) == "湖北省" and fit_label("湖北省", None) == "湖北省"
    row = facet_value("新疆生产建设兵团第八师石河子市", 1234, False, 20).plain
    assert row.endswith("… 1,234") and cell_len(row) <= 20


def footer_keys(app) -> dict[str, object]:
    return {k.action.rsplit(".", 1)[-1]: k for k in app.screen.query(FooterKey)}


async def assert_keys_visible(app, pilot, *actions):
    await pilot.pause()
    keys = footer_keys(app)
    width = app.size.width
    for action in actions:
        key = keys[action]
        assert key.region.width > 0 and key.region.right <= width, (action, key.region)


async def test_tiny_window_folds_facets_and_keeps_help_and_quit(app_factory):
    app = app_factory()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        facets = app.main.query_one("#facets")
        results = app.main.query_one(ResultsList)
        assert not facets.display and results.region.width >= 56
        await pilot.press("down")
        await assert_keys_visible(app, pilot, "help", "quit")
        await pilot.press("f")  # the folded panel opens and takes focus
        await settle(app, pilot)
        assert facets.display and app.focused is app.main.query_one(RegionTree)
        await assert_keys_visible(app, pilot, "help", "quit")
        await pilot.press("escape")  # back to the box: the panel folds again
        await settle(app, pilot)
        assert not facets.display
        await pilot.press("down", "enter")  # the passage view keeps Help and Back
        await settle(app, pilot)
        await assert_keys_visible(app, pilot, "help", "back")


async def test_80x24_has_a_slim_sidebar(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        facets = app.main.query_one("#facets")
        assert facets.display and facets.region.width == 24
        await pilot.press("down")
        await assert_keys_visible(app, pilot, "help", "quit")


# -- wording and states -------------------------------------------------------------


async def test_first_run_says_it_is_indexing_not_run_index(tmp_path, monkeypatch):
    cfg = make_test_config(tmp_path / "fresh-index")
    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    shown: list[str] = []
    original = StatusLine.show_message

    def spy(self, text, style=""):
        shown.append(text)
        original(self, text, style)

    # patched on the class before the app starts, so no early message is missed
    monkeypatch.setattr(StatusLine, "show_message", spy)
    done = asyncio.Event()

    def hook(message) -> None:
        if isinstance(message, IndexFinished):
            done.set()

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, BuildIndexScreen)  # it asks first (issue 11)
        await pilot.press("y")
        await wait_for_index_run(done, pilot, app)
        assert app.has_index
    assert any("indexing the corpus" in s.lower() for s in shown), shown
    assert not any("run `search-app index`" in s for s in shown), shown


async def test_update_index_says_nothing_changed(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        app.action_update_index()
        await settle(app, pilot)
        notes = [(n.title, n.message) for n in app._notifications]
        assert any(t == "Index up to date" and "Nothing changed" in m for t, m in notes), notes


async def test_no_hits_suggests_what_to_try(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.main.set_filters(FilterState(year=("2021",)))
        await settle(app, pilot)
        await pilot.press(*"金花葵 不存在的词")
        await settle(app, pilot)
        assert app.main.query_one(ResultsList).total == 0
        hint = app.main.query_one("#hint")
        text = str(hint.render())
        assert hint.display and "No hits" in text
        assert "remove filters" in text and "fewer words" in text and "spelling" in text


def test_cli_no_hits_suggests_what_to_try():
    out = io.StringIO()
    render_result(SearchResult('"驻村 书记"', 0, Facets(), []), Console(file=out, width=100))
    text = out.getvalue()
    assert "0 hits" in text and "drop the quotes" in text and "fewer words" in text
    assert no_hit_suggestions("干部", filters=True)[0] == "remove filters"


def test_help_columns_line_up_in_terminal_cells():
    from search_app.tui.screens.help import QUERY_HELP, help_content

    class FakeApp:
        def get_key_display(self, binding):
            return binding.key

    text = help_content(FakeApp(), []).plain.split("\n")
    rows = [line for line in text if line.startswith("  ")]
    starts = set()
    for (_example, meaning), line in zip(QUERY_HELP, rows, strict=True):
        starts.add(cell_len(line[: line.index(meaning)]))
    assert len(starts) == 1  # every meaning starts in the same column
