"""Issue 10, round 19 (meta19): families heldout17/17b missed, on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, P1, P2, build

TITLE = "戈壁滩上种出高产棉"


# --- transliterated names joined by a dot, wherever a reporter's name is read ---------------


def test_dot_joined_names_with_long_parts_after_a_reporter_credit():
    for name in (
        "热依拉·买买提",
        "努尔兰·哈力别克",
        "阿不都热合曼·吐尔逊",
        "扎西‧多吉",
        "米娜・阿不力孜",
    ):
        for byline in (
            f"记者 {name} 通讯员 张伟",
            f"某某日报全媒体记者 {name}",
            f"本报记者　{name}",
        ):
            art = build(f"{TITLE}\n2025-03-14\n\n{byline}\n\n{BODY}")
            assert art.meta.author == name, (byline, art.meta.author)
    # in the lead's bracket too
    art = build(f"{TITLE}\n2025-03-14\n\n本报讯（记者 帕提古丽·吾斯曼）{P1}\n\n{P2}")
    assert art.meta.author == "帕提古丽·吾斯曼"


def test_a_dot_joined_name_beside_the_date():
    art = build(f"{TITLE}\n\n2025-03-14 10:20　巴合提亚尔·叶尔兰\n\n{BODY}")
    assert art.meta.author == "巴合提亚尔·叶尔兰" and art.meta.date == "2025-03-14"


def test_an_outlet_joined_by_a_dot_is_no_name():
    art = build(f"{TITLE}\n2025-03-14\n\n新甘肃·甘肃日报记者 王晓红\n\n{BODY}")
    assert art.meta.author == "王晓红"


# --- a periodical's issue line with its other fields, and the name over it -------------------


def test_an_issue_line_with_its_column_or_print_date_is_no_headline():
    for issue in (
        "2025年第3期　栏目：乡村振兴",
        "栏目：理论前沿 | 2025年第11期",
        "第862期　2025-04-02 出版",
        "刊期：2025年第7期　专题：组织建设",
    ):
        art = build(f"基层之声\n{issue}\n\n{TITLE}\n\n作者：李红梅\n\n{BODY}")
        assert art.meta.title == TITLE, (issue, art.meta.title)
    # a headline that opens with an issue number is still one
    art = build(f"第3期乡村振兴培训班在县委党校开班\n2025-04-02\n\n{BODY}")
    assert art.meta.title == "第3期乡村振兴培训班在县委党校开班"


def test_the_periodical_over_its_issue_line_is_the_source_and_the_unit_under_the_headline_the_author():
    art = build(
        f"乡村振兴参考\n2025年第4期　栏目：经验交流\n\n{TITLE}\n\n中共某某县委宣传部\n\n{BODY}"
    )
    assert (art.meta.source, art.meta.author) == ("乡村振兴参考", "中共某某县委宣传部")
    # an office's bulletin credits the unit that compiles it, not its own name
    art = build(f"农业农村工作简报\n2025年第4期\n\n{TITLE}\n\n{BODY}", rules_only=True)
    assert art.meta.source != "农业农村工作简报"


# --- a yearless dateline and the date in the <title> after the headline -------------------


def test_a_date_in_the_title_tag_after_the_headline_dates_a_yearless_dateline(tmp_path):
    from tests.engine.made_up import build_page

    for tail in ("2025年3月9日, 某某通讯社", "某某通讯社 | 2025-03-09"):
        page = (
            f"<html><head><title>{TITLE} - {tail}</title></head><body>"
            f"<h1>{TITLE}</h1><p>某某通讯社喀什3月9日电　{P1}</p><p>{P2}</p></body></html>"
        )
        art = build_page(page, tmp_path)
        assert art.meta.date == "2025-03-09", (tail, art.meta.date)
        assert "2025" not in (art.meta.site or "")
    # a date inside the headline part of the <title> is what the story talks about
    page = (
        f"<html><head><title>2019年5月1日起施行的新规 - 某某网</title></head><body>"
        f"<h1>新规今起施行</h1><p>{P1}</p><p>{P2}</p></body></html>"
    )
    assert build_page(page, tmp_path, rules_only=True).meta.date != "2019-05-01"


# --- a portal's <title> that names only the site, over its own marked-up headline ----------


def test_a_logo_repeating_a_site_only_title_is_no_headline_when_the_page_marks_its_own(tmp_path):
    from tests.engine.made_up import build_page

    site = "某某自治县人民政府"
    for headline in (
        f"<h2>{TITLE}</h2>",
        f'<div class="article-title">{TITLE}</div>',
        f"<h3 class='news_title'>{TITLE}</h3>",
    ):
        page = (
            f"<html><head><title>{site}</title></head><body><div class='logo'>{site}</div>"
            f"<div>当前位置：首页 > 新闻中心</div>{headline}<div>2025-05-06 来源：某某县农业农村局</div>"
            f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
        )
        assert build_page(page, tmp_path).meta.title == TITLE, headline


# --- a headline with its subtitle on the next line -----------------------------------------


def test_the_subtitle_under_the_headline_is_not_taken_for_it():
    for head, sub in (
        ("老城区最后一家手工面馆", "拆迁在即　老师傅仍坚持每天揉面"),
        ("一位乡村教师的三十年", "山路难行 她从未缺过一堂课"),
    ):
        art = build(f"某某周刊　第512期　2025-03-19出版\n\n{head}\n{sub}\n\n撰文：林小慧\n\n{BODY}")
        assert art.meta.title == head, (head, art.meta.title)
    # a kicker of two phrases above a one-phrase headline: the headline is the lower line
    art = build(f"深化改革　激活资源\n某县把闲置农房变成民宿\n\n2025-03-19\n\n{BODY}")
    assert art.meta.title == "某县把闲置农房变成民宿"


# --- reporter credits in more places -------------------------------------------------------


def test_the_reporter_of_a_paper_dateline_with_the_county_filed_from():
    for lead in (f"本报沁源讯（记者 郝建军）{P1}", f"本报岢岚讯（通讯员 李强 记者 郝建军）{P1}"):
        art = build(f"{TITLE}\n\n发表时间：2025-05-14 09:02\n\n{lead}\n\n{P2}")
        assert art.meta.author == "郝建军", lead
    # 本报记者 opening the lead is no dateline of a place
    art = build(f"{TITLE}\n2025-05-14\n\n本报记者调查发现，{P1}\n\n{P2}", rules_only=True)
    assert art.meta.author is None


def test_a_byline_after_a_relative_posting_time_and_a_font_size_bar():
    for line, name in (
        ("5小时前　某某晚报记者 韩雪梅　字体 A+ A-", "韩雪梅"),
        ("昨天 18:40 记者 周凯　字号 大 中 小", "周凯"),
        ("2天前 本报记者 欧阳明", "欧阳明"),
    ):
        art = build(f"{TITLE}\n\n{line}\n\n{BODY}")
        assert art.meta.author == name, (line, art.meta.author)
        assert line not in "\n".join(p.text for p in art.paragraphs)


def test_an_unbracketed_reporter_credit_closing_the_last_paragraph():
    for close, name in (("。記者 黃詠詩 報道", "黃詠詩"), ("。本报记者 冯涛 报道", "冯涛")):
        art = build(f"{TITLE}\n2025-05-14\n\n{P1}\n\n{P2[:-1]}{close}\n")
        assert art.meta.author == name, close
        assert "报道" not in art.paragraphs[-1].text and "報道" not in art.paragraphs[-1].text
    # 报道 closing a sentence about reporters is not a credit
    art = build(f"{TITLE}\n2025-05-14\n\n{P1}\n\n这件事引来不少记者前往报道\n", rules_only=True)
    assert art.meta.author is None


# --- a user post's author row: the poster's name, the time, counters -----------------------


def test_the_posters_name_on_a_row_with_the_time_and_counters(tmp_path):
    from tests.engine.made_up import build_page

    for row, name in (
        ("背包里的小鹿　2025-04-11 08:05　浏览 1203　收藏 56　回复 7", "背包里的小鹿"),
        ("山海之间 2025-04-11 阅读 2.3万 评论 41", "山海之间"),
    ):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert (art.meta.author, art.meta.date) == (name, "2025-04-11"), row
        assert art.meta.source != name
        page = (
            f"<html><head><title>{TITLE} - 某某游记</title></head><body><h1>{TITLE}</h1>"
            f"<div class='author-info'>{row}</div><p>{P1}</p><p>{P2}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row
    # one counter beside an outlet's or a section's name names no poster
    for row in ("国内　2025-04-11　阅读 1203　评论 8", "某某晚报　2025-04-11　阅读 1203　评论 8"):
        assert build(f"{TITLE}\n\n{row}\n\n{BODY}", rules_only=True).meta.author is None, row


def test_a_labelled_writer_after_the_periodical_and_its_issue_on_one_line():
    for row in ("某某周刊　2025年第12期　作者：温家乐", "《某某》杂志 | 第306期 | 作者：温家乐"):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert art.meta.author == "温家乐", row
        assert row not in "\n".join(p.text for p in art.paragraphs)
