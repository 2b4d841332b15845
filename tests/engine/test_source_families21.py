"""Issue 10, round 21 (src21): source and site mechanisms, on made-up examples.

A page's view or edition after the site in its <title> (打印版, 手机版) is no site; an app's bar
on top (a name beside its open/download button) names the app the page was read on when the
page says so again. No example is a labelled file's string.
"""

from __future__ import annotations

from index.ingest.publishers import app_bar, outlet_name
from tests.engine.made_up import P1, P2, build, build_page

TITLE = "青石镇茶农抢摘明前茶"


def _page(title_tag: str, top: str = "", meta: str = "2025-04-02 10:00") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<div class='bar'>{top}</div><h1>{TITLE}</h1><div class='info'>{meta}</div>"
        f"<p>{P1}</p><p>{P2}</p></body></html>"
    )


# --- a view of the page is not who runs it --------------------------------------------------


def test_a_page_view_word_is_no_outlet_name():
    for view in (
        "打印版",
        "手机版",
        "繁體版",
        "打印本页",
        "打印预览",
        "正文",
        "Print View",
        "WAP版",
    ):
        assert outlet_name(view) is None, view
    for name in ("青溪晚报", "某某新闻网", "版纳手机报", "打印机之家"):
        assert outlet_name(name) == name


def test_the_site_before_a_view_word_in_the_title(tmp_path):
    for tag, site in (
        (f"{TITLE} - 青溪新闻网 - 打印版", "青溪新闻网"),
        (f"{TITLE}_松州在线_手机版", "松州在线"),
        (f"{TITLE} | 白河日报 | 打印预览", "白河日报"),
    ):
        art = build_page(_page(tag, meta="来源：白河日报　2025-04-02"), tmp_path)
        assert (art.meta.title, art.meta.site) == (TITLE, site), tag


# --- an app's bar on top ----------------------------------------------------------------------


def test_the_app_bar_shape():
    assert app_bar("云上青溪　立即打开") == app_bar("云上青溪 立即打开")
    assert app_bar("松州新闻客户端　打开APP").name == "松州新闻"
    assert app_bar("松州新闻客户端　打开APP").own
    assert not app_bar("新松州　　下载APP").own
    for line in (
        "青石镇茶农抢摘明前茶",
        "点击打开",
        "2025-04-02　打开",
        "村民说，打开 门就能看见茶山",
    ):
        assert app_bar(line) is None, line


def test_an_app_bar_named_again_on_the_date_line_names_the_site():
    text = (
        f"云上青溪　立即打开\n\n{TITLE}\n\n云上青溪　2025-04-02 08:40　阅读 1.3万\n\n"
        f"{P1}\n\n{P2}\n\n【来源：青溪县融媒体中心】\n\n猜你喜欢\n"
    )
    art = build(text)
    assert (art.meta.source, art.meta.site) == ("青溪县融媒体中心", "云上青溪")
    text = (
        f"新松州　　下载APP\n\n{TITLE}\n\n新松州 | 白石县融媒体中心　2025-04-02 10:35\n\n"
        f"{P1}\n\n{P2}\n\n来源：白石县融媒体中心\n分享　评论　收藏\n"
    )
    art = build(text)
    assert (art.meta.source, art.meta.site) == ("白石县融媒体中心", "新松州")


def test_an_app_bar_named_by_a_closing_prompt_with_reading_words():
    text = (
        f"掌上松州+　　打开APP\n{TITLE}\n来源：白河日报　2025-04-02 18:40\n\n{P1}\n\n{P2}\n\n"
        "举报　打开掌上松州+阅读更多\n"
    )
    assert build(text).meta.site == "掌上松州+"


def test_an_html_bar_that_calls_its_name_a_client_names_the_app(tmp_path):
    art = build_page(
        _page(
            TITLE, top="松州新闻客户端　打开APP", meta="来源：白石县融媒体中心　2025-04-02 14:05"
        ),
        tmp_path,
    )
    assert (art.meta.source, art.meta.site) == ("白石县融媒体中心", "松州新闻")


def test_a_lone_bar_the_page_never_repeats_names_no_site():
    text = f"青溪晚报　打开\n\n{TITLE}\n\n来源：白河日报　2025-04-02\n\n{P1}\n\n{P2}\n"
    assert build(text).meta.site != "青溪晚报"


# --- a portal's repost row: another website beside the date ---------------------------------


def test_another_website_beside_the_date_on_a_portals_page_is_the_source(tmp_path):
    page = (
        "<html><head><meta charset='utf-8'><title>{t}_新浪财经_新浪网</title></head><body>"
        "<div class='crumb'>新浪财经 &gt; 产经</div><h1>{t}</h1>"
        "<div class='info'>2025年04月02日 09:31　{name}</div>"
        "<p>{p1}</p><p>{p2}</p><div>责任编辑：王某</div></body></html>"
    )
    for name in ("华声在线", "大众网", "东方网"):
        art = build_page(page.format(t=TITLE, name=name, p1=P1, p2=P2), tmp_path)
        assert art.meta.source == name, name
    # the page's own website beside the date stays its site, not a source
    own = "<html><head><meta charset='utf-8'><title>{t}_大众网</title></head><body><h1>{t}</h1>"
    own += (
        "<div class='info'>2025年04月02日 09:31　大众网</div><p>{p1}</p><p>{p2}</p></body></html>"
    )
    art = build_page(own.format(t=TITLE, p1=P1, p2=P2), tmp_path)
    assert art.meta.site == "大众网" and art.meta.source in (None, "大众网")
    # a credited source wins over the website beside the date
    credited = page.replace("09:31　{name}", "09:31　{name}　来源：白河日报")
    art = build_page(credited.format(t=TITLE, name="华声在线", p1=P1, p2=P2), tmp_path)
    assert art.meta.source == "白河日报"


def test_a_portals_channel_before_the_portal_in_the_title_is_the_site(tmp_path):
    for tag, site in (
        (f"{TITLE}_新浪财经_新浪网", "新浪财经"),
        (f"{TITLE}_凤凰网科技_凤凰网", "凤凰网科技"),
        (f"{TITLE}_搜狐体育_搜狐网", "搜狐体育"),
    ):
        art = build_page(_page(tag, meta="来源：白河日报　2025-04-02"), tmp_path)
        assert art.meta.site == site, tag
    # a paper of the portal's group before it is no channel: the portal stays the site
    art = build_page(_page(f"{TITLE}_人民日报海外版_人民网", meta="2025-04-02"), tmp_path)
    assert art.meta.site == "人民网"


# --- an outlet nothing else credits: its masthead named again, its brand in the © line --------


def test_a_masthead_its_byline_names_again_is_the_source():
    for top, byline in (
        ("濠江焦點", "濠江焦點記者"),
        ("青溪眼", "青溪眼讯"),
        ("松州观察", "松州观察通讯员 王某"),
    ):
        text = f"{top}\n本地 ｜ 社會\n\n{TITLE}\n\n發佈時間：2025年4月2日 下午3:10\n{byline}\n\n{P1}\n\n{P2}\n"
        assert build(text).meta.source == top, top
    # a top line no byline repeats stays unread as a source
    text = f"濠江焦點\n\n{TITLE}\n\n2025年4月2日\n記者 王某\n\n{P1}\n\n{P2}\n"
    assert build(text, rules_only=True).meta.source != "濠江焦點"


def test_a_brand_mixing_scripts_in_the_copyright_line_is_the_outlet():
    for brand in ("觀點HK", "松州01", "MO青年"):
        text = f"# {TITLE}\n\n文：王某 · 2025-04-02\n\n{P1}\n\n{P2}\n\n{brand} 版權所有，轉載請聯絡編輯部\n"
        assert build(text).meta.source == brand, brand


# --- a platform page's account: the site; its verified body: the source ----------------------


def test_an_account_line_on_a_platform_page_is_the_site_of_a_credited_piece():
    for platform in ("视频号", "抖音号", "公众号"):
        text = (
            f"{TITLE}\n\n白石融媒　2025-04-02 18:30　湖南\n\n{platform}：白石发布\n\n{P1}\n\n{P2}\n\n"
            "来源：白石县融媒体中心\n编辑：王某\n"
        )
        art = build(text)
        assert (art.meta.source, art.meta.site) == ("白石县融媒体中心", "白石发布"), platform


def test_a_verified_accounts_body_is_the_source_and_the_account_the_site():
    text = (
        "青溪发布\n微博认证：青溪县融媒体中心官方微博\n2025-4-2 18:22 来自 微博 weibo.com\n\n"
        f"【{TITLE}】#春茶#\n\n{P1}\n\n{P2}\n\n收起全文\n转发 12　评论 5　赞 90\n"
    )
    art = build(text)
    assert (art.meta.source, art.meta.site) == ("青溪县融媒体中心", "青溪发布")
    # a handle after 快手号 is no account name: the platform stays the site
    text = f"白石融媒\n快手号：baishi_rm01\n{TITLE}\n发布于 2025-04-02\n\n{P1}\n\n{P2}\n"
    assert build(text).meta.site != "baishi_rm01"


# --- the outlet, not its company; a site's name without its English name ---------------------


def test_an_english_name_after_the_site_in_the_title_is_dropped(tmp_path):
    art = build_page(_page(f"{TITLE} | 青溪時報 Qingxi Times Online", meta="2025-04-02"), tmp_path)
    assert art.meta.site == "青溪時報"


def test_a_copyright_holders_company_word_is_cut_where_the_page_names_the_outlet(tmp_path):
    for holder in ("松報文化傳媒", "松報傳媒集團有限公司", "松報報業集團"):
        page = _page(f"{TITLE} | 松報 Song News", meta="2025-04-02 10:22").replace(
            "</body>", f"<div class='foot'>{holder} 版權所有 © 2025</div></body>"
        )
        art = build_page(page, tmp_path)
        assert art.meta.source == "松報", holder


# --- an app's banner as the share page's first line ------------------------------------------


def test_an_apps_download_banner_on_top_names_the_app_it_was_read_on(tmp_path):
    page = _page(
        TITLE,
        top="下载云上松州客户端　看更多松州新闻",
        meta="来源：白石县融媒体中心　2025-04-02 09:48",
    ).replace("</body>", "<div class='foot'>松州广播电视台主办</div></body>")
    art = build_page(page, tmp_path)
    assert (art.meta.source, art.meta.site) == ("白石县融媒体中心", "云上松州")
    # the same advert under the text is a passing one: no site from it
    low = _page(TITLE, meta="来源：白石县融媒体中心　2025-04-02 09:48").replace(
        "</body>", "<div>下载云上松州客户端　看更多松州新闻</div></body>"
    )
    assert build_page(low, tmp_path).meta.site != "云上松州"


def test_a_provincial_stations_app_is_its_own_name_not_its_website():
    from index.ingest.publishers import publishers

    assert publishers().canonical("中国蓝新闻") == "中国蓝新闻"
    assert publishers().canonical("中国蓝新闻客户端") == "中国蓝新闻"


def test_a_self_media_account_beside_the_follow_button_is_the_site_of_a_repost():
    for account in ("松州生活圈", "白石身边事", "青溪头条"):
        text = (
            f"{TITLE}\n\n{account}　2025-04-02 08:15　关注\n\n本文转自：白河晨报\n\n{P1}\n\n{P2}\n\n"
            "声明：本文转载自其他媒体，如有侵权请联系删除。\n举报　评论 3\n"
        )
        art = build(text)
        assert (art.meta.source, art.meta.site, art.meta.author) == ("白河晨报", account, None)
    # a person beside the button stays the author
    text = f"{TITLE}\n\n山里阿明　2025-04-02 08:15　关注\n\n{P1}\n\n{P2}\n"
    assert build(text).meta.author == "山里阿明"


def test_a_tieba_boards_name_on_top_is_the_threads_source():
    for board in ("青溪吧", "白石县吧"):
        text = (
            f"{board}\n看贴　图片　精品　视频\n\n{TITLE}\n\n楼主：山里阿明　Lv.7\n{P1}\n\n{P2}\n\n"
            "2025-04-02 21:36　回复　只看楼主\n百度贴吧 ©2025 Baidu 贴吧协议\n"
        )
        # (the rules' reading; the fallback ranker may still overrule a name it has no
        # candidate family for)
        art = build(text, rules_only=True)
        assert (art.meta.source, art.meta.site) == (board, "百度贴吧"), board
    # a line ending in 吧 on a page that is no 贴吧 is not a board
    text = f"走吧\n\n{TITLE}\n\n2025-04-02\n\n{P1}\n\n{P2}\n"
    assert build(text).meta.source != "走吧"
