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


FOOT = "© 2024 某某网 版权所有"


def test_a_wires_dateline_with_the_day_before_the_place():
    for lead, outlet in (
        ("【法新社11月5日巴黎电】", "法新社"),
        ("（韩联社10月9日首尔电）", "韩联社"),
        ("【共同社12月3日东京电】", "共同社"),
    ):
        para = f"{lead}当地农场今年的苹果收成比去年多了两成，果农们正在抓紧采摘。"
        text = f"{TITLE}\n2024/11/05 10:20\n\n{para}\n\n{BODY}\n{FOOT}\n"
        assert build(text, rules_only=True).meta.source == outlet, lead
    # a day, a place and a word that only ends in 电 is no dateline
    para = "【11月5日北京充电】当地新建的充电站投入使用，附近村民出行方便了许多。"
    text = f"{TITLE}\n2024/11/05 10:20\n\n{para}\n\n{BODY}\n{FOOT}\n"
    assert build(text, rules_only=True).meta.source == "某某网"


def test_an_outlet_before_its_editors_label():
    for line, outlet in (
        ("某某日报　编辑：王某", "某某日报"),
        ("某某晚報　責任編輯：李某", "某某晚報"),
    ):
        text = f"{TITLE}\n2024-11-05\n{line}\n\n{BODY}\n{FOOT}\n"
        assert build(text, rules_only=True).meta.source == outlet, line
    # a section or a phrase before the label credits no one
    for line in ("本地新闻　编辑：王某", "乡村振兴　编辑：王某"):
        text = f"{TITLE}\n2024-11-05\n{line}\n\n{BODY}\n{FOOT}\n"
        assert build(text, rules_only=True).meta.source == "某某网", line


def test_a_known_sites_agency_named_under_the_headline():
    for name in ("网易通讯社", "凤凰网日报"):
        text = f"{TITLE}\n2024-11-05 10:20\n{name}\n\n{BODY}\n© 网易 版权所有\n"
        assert build(text, rules_only=True).meta.source == name, name
    # the known name alone is the known outlet
    text = f"{TITLE}\n2024-11-05 10:20\n韩联社\n\n{BODY}\n{FOOT}\n"
    assert build(text, rules_only=True).meta.source == "韩联社"


def test_a_periodicals_issue_line_names_the_journal():
    for top, journal in (
        ("《某某党建》2024年第7期　2024年4月1日出版", "某某党建"),
        ("《乡村某某》杂志 2023年第12期", "乡村某某"),
    ):
        text = f"{top}\n\n{TITLE}\n\n{BODY}"
        assert build(text, rules_only=True).meta.source == journal, top
    # a book or a film in marks with a year is no issue line
    text = f"《某某往事》2024年版\n\n{TITLE}\n2024-11-05\n\n{BODY}"
    assert build(text, rules_only=True).meta.source != "某某往事"


def test_wechats_origin_box_credits_the_account_that_wrote_it():
    for box in ("以下文章来源于某某融媒，作者某某融媒", "以下文章来源于某某县委宣传部"):
        text = f"# {TITLE}\n\n> 某某发布 2024-11-06 18:00\n\n{box}\n\n{BODY}"
        meta = build(text, name="x.md", rules_only=True).meta
        assert (meta.source, meta.site) == (box[7:].split("，")[0], "某某发布"), box
    # the platform's words about the net are no account
    text = f"# {TITLE}\n\n> 某某发布 2024-11-06 18:00\n\n以下文章来源于网络，仅供参考。\n\n{BODY}"
    assert build(text, name="x.md", rules_only=True).meta.source == "某某发布"


def test_the_day_after_the_papers_own_dateline_and_byline():
    for lead in ("本报讯（记者　王某　通讯员　李某）11月27日，", "本报讯 11月27日，"):
        para = f"{lead}镇里的果农把新摘的柿子挂上屋檐，晾成柿饼后销往外地。"
        text = f"{TITLE}\n\n{para}\n\n{BODY}\nCopyright (C) 2023 某某日报社 版权所有\n"
        assert build(text, rules_only=True).meta.date == "2023-11-27", lead
    # a day later in the sentence is what the text talks about
    para = "本报讯 镇里的果农说，11月27日，柿子就要晾好了，届时会销往外地。"
    text = f"{TITLE}\n\n{para}\n\n{BODY}\nCopyright (C) 2023 某某日报社 版权所有\n"
    assert build(text, rules_only=True).meta.date is None


def test_a_posting_day_left_on_the_headline(tmp_path):
    for day in ("（2024-11-02）", "(2024.11.02)", "（2024年11月2日）"):
        page = _page("", title="某某新闻网").replace(f"<h1>{TITLE}</h1>", f"<h1>{TITLE}{day}</h1>")
        assert build_page(page, tmp_path, True).meta.title == TITLE, day
    # a span of years in the headline is its own
    head = "某某县冬修工程（2024-2025）"
    page = _page("", title="某某新闻网").replace(f"<h1>{TITLE}</h1>", f"<h1>{head}</h1>")
    assert build_page(page, tmp_path, True).meta.title == head
