"""Issue 10, round 20 (meta20): one counter vocabulary, and families heldout18/18b missed,
on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

import re

from index.ingest import zones
from tests.engine.made_up import BODY, build, build_page

TITLE = "高原牧场迎来转场季"


# --- one counter vocabulary: the toolbar, a date line and a poster's row read the same words --


def test_every_counter_word_reads_as_a_counter_in_each_place():
    for word in zones.COUNT_WORDS:
        for shape in (f"{word} 215", f"{word}：1.4万", f"{word}量 88"):
            assert re.fullmatch(zones.COUNTER, shape), shape


def test_a_posters_row_counted_by_words_the_old_date_line_list_lacked(tmp_path):
    for row, name in (
        ("溪边听雨　2025-05-20 19:40　跟帖 23　分享 9", "溪边听雨"),
        ("走过草原的风 2025-05-20 在看 310 喜欢 42", "走过草原的风"),
    ):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert (art.meta.author, art.meta.date) == (name, "2025-05-20"), row
        page = (
            f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='author-row'>{row}</div><p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row


def test_a_posters_row_in_traditional_script_on_a_saved_page(tmp_path):
    # the page's text is read unfolded: 點擊 and 讚 are 点击 and 赞 once folded
    for row, name in (
        ("阿里山的雲　2025-05-20 19:40　點擊 3861　讚 127", "阿里山的雲"),
        ("港島行者 2025-05-20 瀏覽 2.1萬 回覆 16", "港島行者"),
    ):
        page = (
            f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<span class='post-author'>{row}</span><p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row


def test_a_relative_time_with_counters_is_a_date_line_not_a_paragraph():
    for row in (
        "昨天 18:42　在看 31　分享 7",
        "3小时前 · 播放 1.2万",
        "某某融媒 前天 09:15 跟帖 6",
    ):
        art = build(f"{TITLE}\n{row}\n\n{BODY}")
        assert row not in "\n".join(p.text for p in art.paragraphs), row


# --- name joiners: every dot a transliterated name is written with --------------------------


def test_names_joined_by_a_full_width_or_operator_dot():
    for name in ("瓦旦．達利", "阿依古丽．买买提", "努尔兰∙叶尔肯", "巴图⋅其其格"):
        for row in (
            f"2025-05-20 16:20　記者 {name}",
            f"本报记者 {name}　通讯员 王强",
            f"作者：{name}",
        ):
            art = build(f"{TITLE}\n2025-05-20\n\n{row}\n\n{BODY}")
            assert art.meta.author == name, (row, art.meta.author)
    # … and with a co-author after it in a 作者 field
    for name in ("阿依古丽．买买提", "扎西‧多吉", "巴图⋅其其格"):
        art = build(f"{TITLE}\n2025-05-20\n\n作者：{name}　王强\n\n{BODY}")
        assert art.meta.author == f"{name} 王强", (name, art.meta.author)


# --- an author as the labels write it: names one space apart, the byline's tail cut ----------


def test_several_names_are_one_space_apart_and_a_filing_tail_goes():
    for row, want in (
        ("新华社记者　热合曼·艾买提　周立新", "热合曼·艾买提 周立新"),
        ("记者 孙雨桐  郭建平", "孙雨桐 郭建平"),
        ("作者：唐小溪　发自拉萨", "唐小溪"),
        ("本刊记者 钟远 发自喀什", "钟远"),
        ("记者 胡安然 西宁报道", "胡安然"),
        ("作者：邓可欣　發自台中", "邓可欣"),
        ("作者：陆远 报道", "陆远"),
        ("记者 陆远 综合报道", "陆远"),
        # a second name glued to 报道 is a name, not a place
        ("作者：陆远 程楠报道", "陆远 程楠"),
    ):
        art = build(f"{TITLE}\n2025-05-20\n\n{row}\n\n{BODY}")
        assert art.meta.author == want, (row, art.meta.author)


# --- a periodical's issue beside an institutional author -----------------------------------


def test_an_issue_number_beside_the_author_is_never_the_author():
    for row, want in (
        ("作者：中共某某区委组织部　2025年第9期　发布日期：2025-05-20", "中共某某区委组织部"),
        ("作者：中共某某县委宣传部 第12期", "中共某某县委宣传部"),
        ("作者：罗晓燕　2025年第9期", "罗晓燕"),
    ):
        art = build(f"{TITLE}\n2025-05-20\n\n{row}\n\n{BODY}")
        assert art.meta.author == want, (row, art.meta.author)
        assert "期" not in (art.meta.author or "")


# --- a poster's row: a handle, a posting verb, the time (counters or an IP place maybe) --------


def test_a_handle_before_a_posting_verb_is_the_poster(tmp_path):
    for row, name in (
        ("追风的阿木　发表于 2025-5-20 21:07　IP属地:青海", "追风的阿木"),
        ("湖边数星星　发布于 2025-05-20　浏览 902　收藏 31", "湖边数星星"),
        ("老街口的猫 发表于 2025-05-20 08:15", "老街口的猫"),
    ):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert (art.meta.author, art.meta.date) == (name, "2025-05-20"), row
        assert art.meta.source != name
        page = (
            f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='author-bar'>{row}</div><p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row
    # an outlet, a section or a place posting is no poster
    for row in (
        "某某晚报　发表于 2025-05-20",
        "国内　发布于 2025-05-20",
        "昆明　发布于 2025-05-20",
    ):
        assert build(f"{TITLE}\n\n{row}\n\n{BODY}", rules_only=True).meta.author is None, row


# --- titles: the top Markdown heading, and a column's own name kept --------------------------


def test_the_top_level_markdown_heading_is_the_headline_under_a_blogs_name():
    for blog in ("## 山风手记", "### 老陈的菜园子", "## 某某读书会 · 笔记"):
        art = build(f"{blog}\n\n# {TITLE}\n\n发布于 2025-05-20 · 分类：游记\n\n{BODY}", name="x.md")
        assert art.meta.title == TITLE, (blog, art.meta.title)
    # the first of two headings of one level is still the headline
    art = build(f"# {TITLE}\n\n# 一路向西\n\n{BODY}", name="x.md")
    assert art.meta.title == TITLE


def test_a_columns_bracketed_name_stays_and_a_kind_of_post_goes():
    for column in ("【随手拍】", "【乡村振兴进行时】", "【我的家乡】"):
        art = build(f"{column}{TITLE}\n2025-05-20\n\n{BODY}")
        assert art.meta.title == f"{column}{TITLE}", (column, art.meta.title)
    for kind in ("【视频】", "[原创]", "【组图】", "【篇名】"):
        art = build(f"{kind}{TITLE}\n2025-05-20\n\n{BODY}")
        assert art.meta.title == TITLE, (kind, art.meta.title)


# --- a headline ending in a verb's 网 is no outlet's name -----------------------------------


def test_a_headline_ending_in_a_verbs_wang_is_no_masthead():
    from index.ingest.publishers import looks_like_outlet

    for words in ("滨海光伏电站二期全部并网", "偏远山村宽带全部入网", "潜逃多年嫌犯终落网"):
        assert not looks_like_outlet(words), words
        # under a kicker, the longer line is the headline, not a site's name
        art = build(f"某某能源报　2025年05月20日　第2版\n\n聚焦民生实事\n{words}\n\n{BODY}")
        assert art.meta.title == words, (words, art.meta.title)
        assert art.meta.site != words
    for site in ("某某新闻网", "某某网", "中国普法网"):
        assert looks_like_outlet(site), site


# --- schema.org microdata naming the author on an element, shown or not ----------------------


def test_a_microdata_author_on_an_element(tmp_path):
    for mark in (
        "<span itemprop='author' style='display:none'>欧阳青禾</span>",
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<span itemprop='name'>欧阳青禾</span><span>特约撰稿</span></div>",
        "<span itemprop='creator' hidden>欧阳青禾</span>",
    ):
        page = (
            f"<html><head><title>{TITLE} | 某某都市报</title></head><body>"
            f"<article itemscope itemtype='https://schema.org/NewsArticle'>{mark}"
            f"<h1 itemprop='headline'>{TITLE}</h1><p>{BODY}</p></article></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == "欧阳青禾", mark
    # a visible byline naming someone else wins over the page's data
    page = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        "<span itemprop='author' style='display:none'>欧阳青禾</span>"
        f"<div>作者：司马远</div><p>{BODY}</p></body></html>"
    )
    assert build_page(page, tmp_path).meta.author == "司马远"


# --- a blog named after its owner, above the post ---------------------------------------------


def test_the_owner_a_blog_is_named_after_is_the_author(tmp_path):
    for blog, owner in (
        ("江南听雨人的博客", "江南听雨人"),
        ("阿飞的个人空间", "阿飞"),
        ("老周的專欄", "老周"),
    ):
        art = build(f"{blog}\n{TITLE}\n2025-05-20 21:37\n\n{BODY}")
        assert art.meta.author == owner, (blog, art.meta.author)
        page = (
            f"<html><head><title>{TITLE}_{owner}_某某博客</title></head><body>"
            f"<div class='blogname'>{blog}</div><h2>{TITLE}</h2><div>(2025-05-20 21:37)</div>"
            f"<p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == owner, blog
    # an outlet's blog names no person; a byline names the writer first
    art = build(f"某某日报的博客\n{TITLE}\n2025-05-20\n\n{BODY}", rules_only=True)
    assert art.meta.author is None
    art = build(f"江南听雨人的博客\n{TITLE}\n2025-05-20　作者：司马远\n\n{BODY}")
    assert art.meta.author == "司马远"


def test_a_handle_alone_over_its_posting_row_is_the_poster_not_the_headline(tmp_path):
    for handle, row in (
        ("追风的阿木", "发表于 2025-05-20 21:07"),
        ("湖边数星星　关注", "2025.05.20 22:16 字数 1280 阅读 402"),
        ("老街口的猫 +关注", "发布于 2025-05-20　浏览 902　收藏 31"),
    ):
        art = build(f"{TITLE}\n\n{handle}\n{row}\n\n{BODY}")
        name = handle.split()[0]
        assert (art.meta.title, art.meta.author) == (TITLE, name), (handle, art.meta.title)
        assert name not in "\n".join(p.text for p in art.paragraphs)
    page = (
        f"<html><head><title>{TITLE} - 某某游记</title></head><body><h1>{TITLE}</h1>"
        "<div class='nickname'>追风的阿木</div><div class='time'>发表于 2025-05-20</div>"
        f"<p>{BODY}</p></body></html>"
    )
    assert build_page(page, tmp_path).meta.author == "追风的阿木"
    # an outlet over the row is no poster; a headline with no row under it stays the headline
    art = build(f"{TITLE}\n\n某某晚报\n发表于 2025-05-20\n\n{BODY}", rules_only=True)
    assert art.meta.author is None and art.meta.title == TITLE
    art = build(f"{TITLE}\n2025-05-20\n\n{BODY}")
    assert art.meta.title == TITLE


# --- a paper's bullet before its byline ------------------------------------------------------


def test_a_bullet_before_a_byline_is_no_outlets_word():
    for row, name in (
        ("■本报记者 陆远", "陆远"),
        ("○ 本报记者 欧阳青禾 通讯员 程楠", "欧阳青禾"),
        ("◆ 2025-05-20 10:11　陆远", "陆远"),
        ("▲ 某某日报记者 陆远", "陆远"),
    ):
        art = build(f"{TITLE}\n2025-05-20\n\n{row}\n\n{BODY}")
        assert art.meta.author == name, (row, art.meta.author)
        assert not (art.meta.source or "").startswith(("■", "○", "◆", "▲")), row
        assert row not in "\n".join(p.text for p in art.paragraphs)
    # a bulleted item of text is no byline
    art = build(f"{TITLE}\n2025-05-20\n\n● 全市新增三处口袋公园\n\n{BODY}", rules_only=True)
    assert art.meta.author is None


def test_a_title_fields_own_label_goes():
    for label in ("标题：", "篇名：", "新闻标题：", "Title: "):
        art = build(f"{label}{TITLE}\n发布时间：2025-05-20\n\n{BODY}")
        assert art.meta.title == TITLE, (label, art.meta.title)
    # a headline that opens with the word is whole
    art = build(f"标题党的三种套路\n2025-05-20\n\n{BODY}")
    assert art.meta.title == "标题党的三种套路"


def test_a_writers_role_with_its_kind_before_the_name():
    for row, name in (
        ("特约撰稿人 陆远", "陆远"),
        ("专栏作者　欧阳青禾", "欧阳青禾"),
        ("本报评论员 程楠", "程楠"),
        ("首席记者 陆远 程楠", "陆远 程楠"),
    ):
        art = build(f"{TITLE}\n2025-05-20\n\n{row}\n\n{BODY}")
        assert art.meta.author == name, (row, art.meta.author)
    # the role alone, or the role in a phrase, names nobody
    for row in ("本报评论员", "评论员文章"):
        art = build(f"{TITLE}\n2025-05-20\n\n{row}\n\n{BODY}", rules_only=True)
        assert art.meta.author is None, row
