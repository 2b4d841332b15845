"""Issue 10, round 17: source families heldout14 and heldout15 missed, made-up examples.

No example is a labelled file's string; each test has negatives beside its positives.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, build, build_page

TITLE = "山坳里的合作社办起了冬季集市"
PARAS = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())


def _page(top: str, under: str = "<div>2024-11-18 09:30</div>", title: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title or TITLE}</title></head><body>"
        f"{top}<h1>{TITLE}</h1>{under}<div class='article'>{PARAS}</div>"
        "<div class='foot'>某某网版权所有　某ICP备12345678号</div></body></html>"
    )


def test_an_info_tables_label_and_value_in_one_cell(tmp_path):
    # 发布机构：X in the same cell as its label, the table above the headline
    for office in ("某某县水利局", "某某市生态环境局", "某某區公所"):
        table = (
            "<table><tr><td>索引号：000000/2024-00001</td>"
            f"<td>发布机构：{office}</td></tr>"
            "<tr><td>发文日期：2024年10月09日</td><td>主题分类：水利</td></tr></table>"
        )
        art = build_page(_page(table, under="", title="某某县人民政府"), tmp_path, True)
        assert (art.meta.source, art.meta.date) == (office, "2024-10-09"), office
    # a table of prose or of one labelled cell is no info table
    table = "<table><tr><td>发布机构：某某县水利局</td><td>今年的冬修开始了。</td></tr></table>"
    art = build_page(_page(table, title="某某县人民政府"), tmp_path, True)
    assert art.meta.source != "某某县水利局"


def test_a_credit_in_the_bar_above_the_headline(tmp_path):
    for bar, outlet in (
        ("某某新闻网 &gt; 县区　来源：某某日报　编辑：王某", "某某日报"),
        ("來源：某某晚報　編輯：李某", "某某晚報"),
        ("转载自：某某晨报　2024-11-18", "某某晨报"),
    ):
        art = build_page(_page(f"<div class='bar'>{bar}</div>"), tmp_path, True)
        assert art.meta.source == outlet, bar
    # a menu above the headline credits no one; a sentence that says 来源 is no credit line
    art = build_page(_page("<div>某某新闻网　首页　县区　民生</div>"), tmp_path, True)
    assert art.meta.source == "某某网"
    prose = "<p>据了解，村里的水源：来源于后山的一眼老泉，常年不断流，村民世代饮用。</p>"
    art = build_page(_page(prose), tmp_path, True)
    assert art.meta.source == "某某网"


def test_a_stations_programme_after_the_credited_station():
    for line, outlet in (
        ("来源：某某卫视《某某新闻联播》", "某某卫视"),
        ("来源：某某电视台〈晚间新闻〉", "某某电视台"),
        ("來源：某某廣播電視台《早安某某》", "某某廣播電視台"),
    ):
        art = build(f"{TITLE}\n2024-10-20\n\n{BODY}\n{line}\n", rules_only=True)
        assert art.meta.source == outlet, line
    # a journal in marks is still the journal
    art = build(f"{TITLE}\n2024-10-20\n\n{BODY}\n来源：《某某农村》杂志\n", rules_only=True)
    assert art.meta.source == "某某农村"
