"""Unit tests of the app's plain parts: filters, region tree, rendering, history, clipboard, basket."""

from __future__ import annotations

import json
from dataclasses import replace

from index.config import CitationConfig
from index.engine.models import Hit
from search_app.tui.basket import Basket
from search_app.tui.clipboard import find_tool
from search_app.tui.history import QueryHistory
from search_app.tui.model import FilterState, Passage, region_tree
from search_app.tui.render import hit_prompt, paragraph_content
from search_app.tui.screens.export import format_for


def make_hit(**kw) -> Hit:
    """A hit with plausible defaults."""
    base = dict(
        rank=1,
        path="/c/a.txt",
        relpath="c/a.txt",
        title="标题",
        source="人民日报",
        date="2024-02-20",
        paragraph=3,
        cite_paragraph=3,
        heading=None,
        text="驻村第一书记在村里",
        highlights=[(0, 6)],
        snippet="驻村第一书记在村里",
        snippet_start=0,
        snippet_end=9,
        regions=["湖北省/武汉市"],
        score=1.0,
        citation="“驻村第一书记在村里”——《标题》，人民日报，2024-02-20，第3段",
    )
    base.update(kw)
    return Hit(**base)


def test_filter_state_engine_args():
    """One value per facet goes in a flag; several are OR-ed in the query text."""
    f = FilterState().toggle("region", "湖北省").toggle("year", "2024")
    assert f.engine_args("干部") == {
        "text": "干部",
        "region": "湖北省",
        "source": None,
        "year": "2024",
        "author": None,
    }
    f = f.toggle("region", "湖南省").toggle("source", "人民 日报")
    args = f.engine_args("干部")
    assert args["region"] is None and args["source"] == "人民 日报"
    assert args["text"] == "干部 (region:湖北省 OR region:湖南省)"
    f2 = f.toggle("source", "中國網")
    assert '(source:"人民 日报" OR source:中國網)' in f2.engine_args("")["text"]
    assert f.toggle("region", "湖北省").region == ("湖南省",)
    assert not FilterState() and f.describe().startswith("region=湖北省|湖南省")


def test_region_tree_nests_and_keeps_selected():
    """Paths become a tree sorted by count; a selected path with no hits still appears."""
    tree = region_tree(
        {"湖北省": 5, "湖北省/武汉市": 3, "湖北省/武汉市/江岸区": 2, "浙江省": 7},
        keep=("河南省/郑州市",),
    )
    assert [n.path for n in tree] == ["浙江省", "湖北省", "河南省"]
    hubei = tree[1]
    assert hubei.children[0].children[0].name == "江岸区"
    assert tree[2].count == 0 and tree[2].children[0].path == "河南省/郑州市"


def test_corpus_markup_and_control_chars_are_inert():
    """`[b]`, `[/]` and escape characters in corpus text print as text, not markup or raw codes."""
    evil = "[bold red]假[/bold red]\x1b[2J驻村\x07"
    hit = make_hit(title=evil, source="[link=x]src[/link]", snippet=evil, highlights=[], text=evil)
    plain = hit_prompt(hit, 80).plain
    assert "[bold red]假[/bold red]" in plain and "[link=x]src[/link]" in plain
    assert "\x1b" not in plain and "\x07" not in plain and "␛" in plain
    para = paragraph_content(evil, [(len("[bold red]假[/bold red]") + 4, len(evil) - 1)], 2, 80)
    styled = [para.plain[s.start : s.end] for s in para.spans if "warning" in str(s.style)]
    assert styled == ["驻村"]  # offsets survive cleaning (one character for one)


def test_hit_prompt_layout():
    """Rank, title; source · date · 第N段 and chips; a highlighted snippet."""
    lines = hit_prompt(make_hit(), 60).plain.split("\n")
    assert lines[0] == "  1 标题"
    assert lines[1].split() == ["人民日报", "·", "2024-02-20", "·", "第3段", "武汉市"]
    assert lines[2].strip() == "驻村第一书记在村里"


def test_history_recall_and_persistence(tmp_path):
    """ctrl+up walks back, ctrl+down forward to the draft; entries survive a restart."""
    path = tmp_path / "d" / "history.json"
    h = QueryHistory(path)
    for q in ["干部", "驻村", "干部", "  "]:
        h.add(q)
    assert json.loads(path.read_text(encoding="utf-8")) == ["驻村", "干部"]
    h2 = QueryHistory(path)
    assert h2.older("draft") == "干部" and h2.older("x") == "驻村" and h2.older("x") is None
    assert h2.newer() == "干部" and h2.newer() == "draft" and h2.newer() is None
    path.write_text("{not json", encoding="utf-8")
    assert QueryHistory(path).entries == []


def test_clipboard_tool_detection(monkeypatch):
    """Tools are picked by session type and presence on PATH; none when nothing fits."""
    present = {"xclip", "wl-copy"}
    monkeypatch.setattr(
        "shutil.which", lambda name: f"/usr/bin/{name}" if name in present else None
    )
    assert find_tool({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}).name == "wl-copy"
    assert find_tool({"DISPLAY": ":0"}).argv == ("xclip", "-selection", "clipboard")
    assert find_tool({}) is None
    present.add("clip.exe")
    assert find_tool({}).encoding == "utf-16"


def test_basket_and_export_formats(tmp_path):
    """Markdown has each passage quoted with its reference; JSON keeps every field."""
    cfg = CitationConfig()
    a = Passage.from_hit(make_hit(), cfg)
    b = Passage.from_hit(
        make_hit(
            paragraph=4,
            cite_paragraph=4,
            text="第二段",
            citation="“第二段”——《标题》，《人民日报》2024年2月20日，第4段",
        ),
        cfg,
    )
    basket = Basket()
    assert basket.add(a) and basket.add(b) and not basket.add(a)
    assert basket.move(0, 1) == 1 and basket.items == [b, a]
    md = basket.export(tmp_path / "x.md", cfg).read_text(encoding="utf-8")
    assert "> 第二段\n\n——《标题》，《人民日报》2024年2月20日，第4段" in md
    assert md.index("第二段") < md.index("驻村第一书记")
    data = json.loads(basket.export(tmp_path / "x.json", cfg).read_text(encoding="utf-8"))
    assert data[1]["citation"] == a.citation and data[1]["paragraph"] == 3
    assert format_for("a.JSON") == "json" and format_for("notes") == "markdown"


def test_passage_copy_text_follows_template():
    """The copy is the citation when the template quotes the passage, else passage + citation."""
    hit = make_hit()
    assert Passage.from_hit(hit, CitationConfig()).clipboard_text() == hit.citation
    bare = replace(CitationConfig(), style="template", template="{parts}")
    p = Passage.from_hit(replace(hit, citation="《标题》，第3段"), bare)
    assert p.clipboard_text() == "驻村第一书记在村里\n《标题》，第3段"
