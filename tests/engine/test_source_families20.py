"""Issue 10, round 20 (src20): source and site mechanisms, on made-up examples.

The credited outlet as the page prints it (a journal, not its 杂志社; a paper, not its e-paper
platform; the page's own spacing and case). No example is a labelled file's string.
"""

from __future__ import annotations

from tests.engine.made_up import P1, P2, build, build_page

TITLE = "山区蔬菜喜丰收"


def _page(title_tag: str, top: str = "", foot: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<div class='logo'>{top}</div><h1>{TITLE}</h1><div>2025-06-05 10:00</div>"
        f"<p>{P1}</p><p>{P2}</p><div class='foot'>{foot}</div></body></html>"
    )


# --- the credited outlet as the page prints it ---------------------------------------------


def test_a_journals_house_is_credited_as_the_journal(tmp_path):
    for tag, foot, want in (
        (f"{TITLE} - 山河杂志社", "", "山河"),
        (f"{TITLE}_青峰", "《青峰》杂志社 版权所有", "青峰"),
        (f"{TITLE} | 远帆期刊社", "", "远帆"),
    ):
        art = build_page(_page(tag, foot=foot), tmp_path)
        assert art.meta.source == want, (tag, foot, art.meta.source)


def test_a_papers_e_paper_platform_is_credited_as_the_paper(tmp_path):
    for tag, want in (
        ("松江晨报数字报刊平台", "松江晨报"),
        (f"{TITLE}_青河日报电子版", "青河日报"),
    ):
        art = build_page(_page(tag), tmp_path)
        assert art.meta.source == want, (tag, art.meta.source)


def test_a_papers_house_is_credited_as_the_paper():
    art = build(f"{TITLE}\n2025-06-05 10:00　来源：松江晨报社\n\n{P1}\n\n{P2}\n")
    assert art.meta.source == "松江晨报"
    # an agency's 社 is its name
    art = build(f"{TITLE}\n2025-06-05 10:00　来源：新华社\n\n{P1}\n\n{P2}\n")
    assert art.meta.source == "新华社"


def test_a_websites_name_is_dropped_where_the_title_prints_the_outlet_bare(tmp_path):
    art = build_page(_page(f"{TITLE} - 远山旅行", foot="© 2025 远山旅行网 版权所有"), tmp_path)
    assert (art.meta.source, art.meta.site) == ("远山旅行", "远山旅行")


def test_the_pages_own_spacing_and_case_are_kept(tmp_path):
    # the table writes now新聞; a page printing Now 新聞 is credited as it prints it
    art = build_page(_page(f"{TITLE} - Now 新聞"), tmp_path)
    assert art.meta.source == "Now 新聞"


def test_a_credited_website_stays_a_website(tmp_path):
    # 来源：某某新闻网 names the website: no shorter form is printed, none is made up
    art = build(f"{TITLE}\n2025-06-05 10:00　来源：青溪新闻网\n\n{P1}\n\n{P2}\n")
    assert art.meta.source == "青溪新闻网"
    art = build_page(_page(f"{TITLE}_松风网"), tmp_path)
    assert art.meta.source in ("松风网", None)


# --- a page nothing credits: the app, forum or community it is its own piece on ------------


def test_an_apps_own_piece_under_its_bar_and_advert():
    text = (
        f"山城眼　　打开\n{TITLE}\n\n山城眼　记者 林晓　2025-06-05 09:15\n\n{P1}\n\n{P2}\n\n"
        "编辑：王某\n下载山城眼APP，看更多本地新闻\n"
    )
    art = build(text)
    assert (art.meta.source, art.meta.site) == ("山城眼", None)
    # a credited piece on the app keeps its credit
    art = build(text.replace("山城眼　记者", "来源：青溪县融媒体中心　记者"))
    assert art.meta.source == "青溪县融媒体中心"


def test_an_app_bar_over_a_share_page_names_the_app_it_was_read_on(tmp_path):
    page = (
        "<html><head><meta charset='utf-8'><title>{t}</title></head><body>"
        "<div class='bar'>新青川　打开新青川，体验更佳　<a href='#'>打开</a></div>"
        "<h1>{t}</h1><div class='meta'>来源：青川县融媒体中心　2025-06-05 10:00</div>"
        "<p>{p1}</p><p>{p2}</p><div class='foot'>下载新青川客户端，看更多新闻</div>"
        "</body></html>"
    )
    art = build_page(page.format(t=TITLE, p1=P1, p2=P2), tmp_path)
    assert (art.meta.source, art.meta.site) == ("青川县融媒体中心", "新青川")
    # a bar whose name no advert on the page repeats names no site
    other = page.replace("下载新青川客户端", "下载某某日报客户端")
    art = build_page(other.format(t=TITLE, p1=P1, p2=P2), tmp_path)
    assert art.meta.site != "新青川"


def test_a_forum_by_its_kind_in_a_copyright_line_after_links():
    text = (
        f"青松论坛\n论坛 › 乡间新事 › 帖子\n\n{TITLE}\n\n老松树下　发表于 2025-6-5 20:41\n\n"
        f"{P1}\n\n{P2}\n\n回复　举报\n\n返回列表　|　手机版　|　青松论坛 版权所有\n"
    )
    assert build(text).meta.source == "青松论坛"


def test_a_travel_communitys_closing_advert_is_chrome_and_names_it():
    text = f"# {TITLE}\n\n山间小鹿　关注\n2025.06.05 22:16　字数 900\n\n{P1}\n\n{P2}\n\n喜欢　|　赞赏\n更多旅行灵感，尽在马蜂窝APP\n"
    art = build(text)
    assert art.meta.source == "马蜂窝"
    assert "马蜂窝APP" not in "".join(p.text for p in art.paragraphs)


def test_a_blog_platforms_post_is_the_blogs_own(tmp_path):
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_山野行者_新浪博客</title></head><body>"
        f"<h2>{TITLE}</h2><div>(2025-06-05 21:37)</div><p>{P1}</p><p>{P2}</p>"
        "<div>阅读(120)　评论(3)　收藏</div></body></html>"
    )
    assert build_page(page, tmp_path).meta.source == "新浪博客"


# --- the body that made the piece, over the one that hosts or passed it on -----------------


def _ld_page(ld: str, meta_row: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}｜青溪县人民政府</title>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        f"<h1>{TITLE}</h1>{meta_row}<p>{P1}</p><p>{P2}</p></body></html>"
    )


def test_json_ld_source_organization_is_the_credit(tmp_path):
    import json

    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": TITLE,
            "datePublished": "2025-06-05T10:00:00+08:00",
            "publisher": {"@type": "Organization", "name": "青溪县人民政府"},
            "sourceOrganization": {"@type": "Organization", "name": "青溪县融媒体中心"},
        },
        ensure_ascii=False,
    )
    art = build_page(_ld_page(ld), tmp_path)
    assert (art.meta.source, art.meta.site) == ("青溪县融媒体中心", "青溪县人民政府")
    # a visible 来源 line wins over the page's data
    row = "<div>来源：青溪日报　2025-06-05</div>"
    assert build_page(_ld_page(ld, row), tmp_path).meta.source == "青溪日报"


def test_a_repost_chain_credits_its_first_publisher():
    for passed, first, want_site in (
        ("转自：松林发布", "原载：青河晚报　2025-06-05", "松林发布"),
        ("转载自：某某区融媒", "原刊于：松江晨报", "某某区融媒"),
    ):
        art = build(f"{TITLE}\n\n{passed}\n{first}\n作者：李某\n\n{P1}\n\n{P2}\n")
        assert (art.meta.source, art.meta.site) == (first.split("：")[1].split()[0], want_site)
    # 原载 alone credits the first publisher too
    art = build(f"{TITLE}\n原载：青河晚报\n2025-06-05\n\n{P1}\n\n{P2}\n")
    assert art.meta.source == "青河晚报"


def test_a_magazines_issue_note_under_its_web_edition_credits_the_magazine(tmp_path):
    for verb in ("刊载于", "刊发于", "原载于"):
        page = _page(f"{TITLE}_远山地理网", top="远山地理").replace(
            "<div class='foot'>",
            f"<div class='note'>本文{verb}《远山地理》2025年第6期</div><div class='foot'>",
        )
        art = build_page(page, tmp_path)
        assert art.meta.source == "远山地理", verb


def test_a_blogs_name_heading_over_the_posts_headline_is_the_site():
    text = f"## 松下茶记\n\n# {TITLE}\n\n发布于 2025-06-05 · 分类：乡村\n\n{P1}\n\n{P2}\n"
    art = build(text)
    assert (art.meta.title, art.meta.site) == (TITLE, "松下茶记")
    # a subheading under the headline is no blog's name
    art = build(f"# {TITLE}\n\n## 松下茶记\n\n2025-06-05\n\n{P1}\n\n{P2}\n")
    assert (art.meta.title, art.meta.site) == (TITLE, None)


# --- a WeChat account posting a body's piece: the account is the site ----------------------


def _wechat_page(writer: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='rich_media_inner'><h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
        f"<div class='rich_media_meta_list'><span class='rich_media_meta_text'>{writer}</span>"
        "<a id='js_name'>松溪发布</a><em class='rich_media_meta_text'>2025-06-05 19:05</em></div>"
        f"<div class='rich_media_content' id='js_content'><p>{P1}</p><p>{P2}</p></div></div>"
        "</body></html>"
    )


def test_a_wechat_pages_writer_body_is_the_credit_and_its_account_the_site(tmp_path):
    art = build_page(_wechat_page("松溪县融媒体中心"), tmp_path)
    assert (art.meta.source, art.meta.site) == ("松溪县融媒体中心", "松溪发布")
    # a person in the writer's place leaves the account as the credit
    art = build_page(_wechat_page("林小雨"), tmp_path)
    assert art.meta.source == "松溪发布"


def test_a_wechat_account_named_in_a_credit_label():
    head = f"# {TITLE}\n\n> 来源：微信公众号 松溪发布\n\n2025-06-05 18:30\n\n{P1}\n\n{P2}\n"
    art = build(head + "\n来源：松溪县融媒体中心　编辑：王某\n")
    assert (art.meta.source, art.meta.site) == ("松溪县融媒体中心", "松溪发布")
    # crediting nobody else, the account is the credit
    assert build(head).meta.source == "松溪发布"


# --- where a copy was kept: a personal space, a cloud document, a document-sharing site ---


def test_a_platforms_bar_or_crumb_on_top_names_where_the_copy_was_kept():
    for top, want in (
        ("石墨文档　村务资料汇编　最后编辑：2025-06-06", "石墨文档"),
        ("豆丁网　首页 > 行业资料 > 农业", "豆丁网"),
        ("百度文库 > 教育专区", "百度文库"),
        ("QQ空间 > 日志", "QQ空间"),
    ):
        art = build(f"{top}\n\n{TITLE}\n\n2025-06-05 10:00\n\n{P1}\n\n{P2}\n")
        assert art.meta.site == want, top
        assert art.meta.source != want  # a platform keeps copies, it credits nobody
    # an outlet's name opening the top line is no platform's bar
    art = build(f"青河日报　2025年6月5日\n\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.meta.site != "青河日报" or art.meta.source == "青河日报"


def test_an_app_bar_confirmed_by_an_advert_naming_the_app_alone():
    text = (
        f"松溪博报　　打开APP\n\n{TITLE}\n\n来源：松溪日报 | 2025-06-05 19:02\n\n{P1}\n\n{P2}\n\n"
        "编辑：陆某\n下载松溪博报，看更多本地新闻\n"
    )
    art = build(text)
    assert (art.meta.source, art.meta.site) == ("松溪日报", "松溪博报")
    # an advert for some other app confirms nothing
    art = build(text.replace("下载松溪博报", "下载某某新闻"))
    assert art.meta.site != "松溪博报"


def test_a_first_publication_credit_line_under_a_passed_on_label():
    for credit in (
        "原载《青河晚报》2025年6月5日",
        "本文原载于青河晚报客户端",
        "（原刊于《青河晚报》）",
    ):
        art = build(f"{TITLE}\n\n转载自：松林发布\n{credit}\n\n{P1}\n\n{P2}\n")
        assert (art.meta.source, art.meta.site) == ("青河晚报", "松林发布"), credit


def test_a_labelled_website_credit_keeps_its_website_word(tmp_path):
    page = _page(f"{TITLE} - 远山旅行").replace(
        "<div>2025-06-05 10:00</div>", "<div>2025-06-05 10:00　来源：远山旅行网</div>"
    )
    assert build_page(page, tmp_path).meta.source == "远山旅行网"
