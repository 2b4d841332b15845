"""Issue 10, round 8 (sources, sites, authors): families heldout7 missed, on made-up examples.

Communities where people post under their own names (forums, notes, investors' posts) as
sites and as the source of a member's own post; provincial apps and Taiwanese TV news and
portals in the publisher table; an app credited with nothing else naming a site is that
site; a copyright holder that is the site itself under another spelling; a Latin word
after 版权所有; a byline with a posting time without a year; names with characters
outside the basic Han block. Each family has positives in more shapes and negatives.
"""

from __future__ import annotations

from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)
P1 = "镇里组织党员干部深入田间地头，帮助农户解决灌溉用水难题，群众纷纷点赞。"
P2 = "据介绍，今年以来全镇已累计办理群众诉求三百余件，办结率达到百分之九十八。"
BODY = f"{P1}\n\n{P2}\n"


def build(text: str, name: str = "x.txt"):
    """One article built from a made-up file's text."""
    src = SourceFile(f"/tmp/{name}", "/tmp", name)
    return BUILDER.build(DecodedFile(src, text, "utf-8", "h"))


def test_a_forum_is_the_site_of_a_repost_and_the_source_of_a_members_own_post():
    repost = "篱笆网 > 城事 > 社区\n【转帖】山区蔬菜喜丰收\n楼主：老街坊　发表于 2025-04-12 20:31\n转自：某某县融媒体中心\n\n"
    art = build(repost + BODY)
    assert (art.meta.source, art.meta.site) == ("某某县融媒体中心", "篱笆网")
    own = "凯迪社区 › 民生 › 乡镇\n山区蔬菜喜丰收\n作者：山里人　时间：2025-05-06 14:22\n\n"
    art = build(own + BODY)
    assert (art.meta.source, art.meta.author) == ("凯迪社区", "山里人")
    # a forum page that names no forum credits nobody
    art = build("山区蔬菜喜丰收\n作者：山里人　时间：2025-05-06 14:22\n\n" + BODY)
    assert art.meta.source is None


def test_a_platform_beside_the_posting_time_is_the_site():
    text = "山间茶农\n2025-09-15 21:08· 来自雪球\n山区蔬菜喜丰收\n来源：某某参考报\n\n"
    art = build(text + BODY)
    assert (art.meta.source, art.meta.site) == ("某某参考报", "雪球")


def test_an_app_credited_with_nothing_else_naming_a_site_is_the_site():
    art = build("山区蔬菜喜丰收\n2025-06-12 09:30 来源：海报新闻客户端\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("海报新闻", "海报新闻")
    # a portal's repost of an app's item: the portal is the site
    art = build("凤凰网\n山区蔬菜喜丰收\n2025-06-12 09:30 稿件来源：海报新闻客户端\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("海报新闻", "凤凰网")
    # a paper credited: no site made up from it
    art = build("山区蔬菜喜丰收\n2025-06-12 09:30 来源：大众日报\n\n" + BODY)
    assert art.meta.site is None


def test_a_taiwanese_portal_masthead_and_the_tv_news_it_reposts():
    text = "Yahoo奇摩新聞\n山區蔬菜喜豐收\n華視新聞\n2025年11月8日 週六 下午3:12\n記者 林小明 嘉義報導\n\n"
    art = build(text + BODY)
    assert (art.meta.source, art.meta.site, art.meta.author) == (
        "華視新聞",
        "Yahoo奇摩新聞",
        "林小明",
    )


def test_a_copyright_holder_that_is_the_site_under_another_spelling():
    from index.ingest.metadata import _same_outlet

    assert _same_outlet("荔枝新闻", "荔枝新闻网") == "荔枝新闻"
    assert _same_outlet("TVBS新聞網", "TVBS") == "TVBS新聞網"
    # another holder, or the same name, is not this family
    assert _same_outlet("荔枝新闻", "江苏广电") is None
    assert _same_outlet("荔枝新闻", "荔枝新闻") is None
    assert _same_outlet(None, "荔枝新闻网") is None
    art = build("山区蔬菜喜丰收_荔枝新闻\n2025-06-12 09:30\n\n" + BODY + "\n荔枝新闻网 版权所有\n")
    assert art.meta.source == "荔枝新闻"


def test_a_latin_word_after_the_copyright_mark_is_a_name_only_when_known():
    footer = "\n© 2025 某某新闻网 Media. 版權所有 Todos os direitos reservados.\n"
    art = build("山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY + footer)
    assert art.meta.source != "Todos"
    art = build("山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY + "\n版权所有 Tous droits réservés\n")
    assert art.meta.source is None


def test_a_byline_with_a_posting_time_without_a_year():
    text = "山区蔬菜喜丰收\n动静新闻记者 王小明　03月05日 08:30\n\n"
    art = build(text + BODY + "\n© 2025 某某广播电视台 版权所有\n")
    assert (art.meta.author, art.meta.source, art.meta.date) == ("王小明", "动静新闻", "2025-03-05")
    text = "山区蔬菜喜丰收\n极光新闻记者 李华 10-23 08:40 阅读 5.2万\n\n"
    art = build(text + BODY + "\n© 2025 某某报业集团\n")
    assert (art.meta.author, art.meta.date) == ("李华", "2025-10-23")
    # a time in a sentence is text
    art = build(
        "山区蔬菜喜丰收\n2025-06-12\n\n" + BODY + "\n记者于03月05日 08:30赶到现场，了解情况。\n"
    )
    assert "赶到现场" in "\n".join(p.text for p in art.paragraphs)


def test_names_with_characters_outside_the_basic_han_block():
    art = build("山区蔬菜喜丰收\n2025-06-12\n记者 杨𫖯洱\n\n" + BODY)
    assert art.meta.author == "杨𫖯洱"
    art = build("山区蔬菜喜丰收\n作者：李𬭎　发布时间：2025-06-12\n\n" + BODY)
    assert art.meta.author == "李𬭎"
    art = build("山区蔬菜喜丰收\n作者：䶮明　发布时间：2025-06-12\n\n" + BODY)
    assert art.meta.author == "䶮明"
