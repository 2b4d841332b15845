"""Issue 10, round 8 (sources, sites, authors): families heldout7 missed, on made-up examples.

Communities where people post under their own names (forums, notes, investors' posts) as
sites and as the source of a member's own post; provincial apps and Taiwanese TV news and
portals in the publisher table; an app credited with nothing else naming a site is that
site; a copyright holder that is the site itself under another spelling; a Latin word
after 版权所有; a byline with a posting time without a year; names with characters
outside the basic Han block. Each family has positives in more shapes and negatives.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, P1, P2, build, build_page


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


def test_an_app_named_at_the_top_and_in_its_own_advert_is_the_site():
    text = "云上某县　打开\n山区蔬菜喜丰收\n来源：某某传媒集团　2025年8月21日 17:36\n\n"
    art = build(text + BODY + "\n长按识别二维码下载云上某县APP\n")
    assert (art.meta.source, art.meta.site) == ("某某传媒集团", "云上某县")
    text = "掌上某城\n山区蔬菜喜丰收\n某某县融媒体中心　2025年11月12日 17:46\n\n"
    art = build(text + BODY + "\n下载掌上某城APP\n")
    assert (art.meta.source, art.meta.site) == ("某某县融媒体中心", "掌上某城")
    # the app's own piece names no site beside it
    text = "掌上某城\n山区蔬菜喜丰收\n掌上某城  07-02 21:16\n来源：掌上某城\n\n"
    art = build(text + BODY + "\n打开掌上某城APP 查看更多精彩\n")
    assert (art.meta.source, art.meta.site) == ("掌上某城", None)
    # a top line no advert names is not an app
    art = build("掌上某城\n山区蔬菜喜丰收\n来源：某某传媒集团　2025年8月21日\n\n" + BODY)
    assert art.meta.site != "掌上某城"


def test_a_known_apps_masthead_and_the_app_beside_its_paper_on_the_byline():
    text = "新湖南客户端\n山区蔬菜喜丰收\n来源：湖南日报 | 作者：李华 | 2025年9月8日 10:26\n\n"
    art = build(text + BODY + "\n下载新湖南客户端\n")
    assert (art.meta.source, art.meta.site) == ("湖南日报", "新湖南")
    text = "山区蔬菜喜丰收\n极光新闻·黑龙江日报记者 赵明　2025/12/02 07:58\n\n"
    art = build(text + BODY)
    assert (art.meta.source, art.meta.site, art.meta.author) == ("黑龙江日报", "极光新闻", "赵明")
    # an agency's app keeps its name as the site
    art = build("新华社客户端\n山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY)
    assert art.meta.site == "新华社客户端"


def test_a_bodys_own_news_page_credits_the_body():
    text = "某某大学附属第一医院\n新闻中心 > 医院新闻\n山区蔬菜喜丰收\n作者：党委宣传部 王小明　2025.10.17\n\n"
    art = build(text + BODY)
    assert (art.meta.source, art.meta.author) == ("某某大学附属第一医院", "王小明")
    text = "某某县人民法院\n山区蔬菜喜丰收\n发布时间：2025-10-17\n\n"
    assert build(text + BODY).meta.source == "某某县人民法院"
    # a body reposting an outlet's piece credits the outlet
    text = "某某大学\n山区蔬菜喜丰收\n来源：某某日报　发布时间：2025-10-17\n\n"
    assert build(text + BODY).meta.source == "某某日报"
    # a person's two-part name is not an office
    art = build("山区蔬菜喜丰收\n作者：欧阳 明华　发布时间：2025-10-17\n\n" + BODY)
    assert art.meta.author == "欧阳 明华"


def test_the_account_that_posted_a_page_credits_only_where_the_site_is_nobodys_own():
    head = "山区蔬菜喜丰收_某某大学新闻网\n发布者：宣传部　发布时间：2025-09-26　浏览次数：2087\n\n"
    assert build(head + BODY).meta.source == "某某大学新闻网"
    head = "某某县人民政府\n山区蔬菜喜丰收\n发布者：县农业农村局　发布时间：2025-09-26\n\n"
    assert build(head + BODY).meta.source == "县农业农村局"


def test_a_writers_credit_in_the_crew_line_under_the_text():
    tail = "\n文字：吴小风　摄影：许晴　责任编辑：周雯\n"
    art = build("山区蔬菜喜丰收\n发布时间：2025-09-26\n\n" + BODY + tail)
    assert art.meta.author == "吴小风"
    # a byline above wins
    art = build("山区蔬菜喜丰收\n作者：李华　发布时间：2025-09-26\n\n" + BODY + tail)
    assert art.meta.author == "李华"


def test_an_office_named_by_its_level_only_is_written_in_full_where_the_page_names_it():
    text = (
        "发布机构：县统计局　　发文日期：2025-03-28\n某县2024年国民经济和社会发展统计公报\n"
        "黟县统计局　国家统计局黟县调查队\n2025年3月28日\n\n"
    )
    assert build(text + BODY).meta.source == "黟县统计局"
    # nothing names it in full: kept as labelled
    text = "发布机构：县统计局　　发文日期：2025-03-28\n某县统计公报\n\n"
    assert build(text + BODY).meta.source == "县统计局"


def test_a_governments_or_bodys_name_opening_its_own_breadcrumb_names_the_site():
    text = "某某县人民政府 > 乡镇动态 > 工作动态\n山区蔬菜喜丰收\n【信息来源：某某镇人民政府】【发布日期：2025-12-09】\n\n"
    art = build(text + BODY)
    assert (art.meta.source, art.meta.site) == ("某某镇人民政府", "某某县人民政府")
    # after 首页 comes a channel, not the site
    text = "首页 > 某某县人民政府 > 工作动态\n山区蔬菜喜丰收\n【信息来源：某某镇人民政府】【发布日期：2025-12-09】\n\n"
    assert build(text + BODY).meta.site is None


def test_the_operator_named_under_the_text_is_the_site_when_nothing_else_is():
    head = "山区蔬菜喜丰收\n【信息来源：某某县农业农村局】【发布日期：2025-12-09】\n\n"
    art = build(head + BODY + "\n主办：某某县人民政府办公室　网站标识码：3307260001\n")
    assert art.meta.site == "某某县人民政府"
    art = build(head + BODY + "\n某某市人大常委会办公室 主办\n")
    assert art.meta.site == "某某市人大常委会办公室"
    # a masthead wins over the operator line
    art = build("某某新闻网\n" + head + BODY + "\n主办：某某县人民政府办公室\n")
    assert art.meta.site == "某某新闻网"


def test_html_titles_with_the_site_first_or_after_a_double_dash():
    from index.ingest.html import _site_from_title, _title_parts

    assert _title_parts("某某政协网--政协委员为老区乡村振兴建言") == [
        "政协委员为老区乡村振兴建言",
        "某某政协网",
    ]
    assert _site_from_title("某縣政府全球資訊網-縣府推動農村再生 社區打造漁村生活館") == (
        "某縣政府全球資訊網"
    )
    assert _site_from_title("兴仁：驻村干部当起推销员——某某州人民政府") == "某某州人民政府"
    # a subtitle after —— and a section after the site stay what they are
    assert _title_parts("老街又热闹起来了——某县老街改造纪实") == [
        "老街又热闹起来了——某县老街改造纪实"
    ]
    assert _site_from_title("某縣政府全球資訊網-新聞稿") == "某縣政府全球資訊網"


def test_a_wechat_account_posting_another_bodys_piece_is_the_site():
    text = "山区蔬菜喜丰收\n原创 李华 某县发布 2025年08月21日 19:30 福建\n\n"
    art = build(text + BODY + "\n来源：某县融媒体中心\n编辑：王明\n")
    assert (art.meta.source, art.meta.site, art.meta.author) == (
        "某县融媒体中心",
        "某县发布",
        "李华",
    )
    # in a Markdown quote, beside a link to the platform
    text = "# 山区蔬菜喜丰收\n\n> 原创 李华 · 某县发布 · 2025-02-26 17:00 · 辽宁\n\n"
    tail = "\n---\n\n来源：某县融媒体中心\n[阅读原文](https://mp.weixin.qq.com/s/Ab3kL9)\n"
    art = build(text + BODY + tail, "x.md")
    assert (art.meta.site, art.meta.author, art.meta.date) == ("某县发布", "李华", "2025-02-26")
    # the account credits itself: no site made up from it; the page was read on WeChat
    art = build("山区蔬菜喜丰收\n原创 李华 某县发布 2025年08月21日 19:30 福建\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("某县发布", "微信公众号")
    # an account abbreviating the credited body is that body's own
    text = "山区蔬菜喜丰收\n原创 李华 某某高昌法院 2025年08月21日 19:30 新疆\n\n"
    art = build(text + BODY + "\n来源：某某市高昌区人民法院\n")
    assert art.meta.site != "某某高昌法院"


def test_a_papers_masthead_with_its_serial_number():
    text = "某州日报　MOUZHOU RIBAO　国内统一连续出版物号 CN53-0099\n第2版　综合新闻\n山区蔬菜喜丰收\n记者 李华\n\n"
    art = build(text + BODY)
    assert (art.meta.source, art.meta.author) == ("某州日报", "李华")
    # a serial number alone names no paper
    art = build("国内统一连续出版物号 CN53-0099\n山区蔬菜喜丰收\n记者 李华\n\n" + BODY)
    assert art.meta.source is None


def test_a_quoted_title_before_its_kind_word_is_the_name():
    text = "# 山区蔬菜喜丰收\n\n来源：《某某乡村》杂志 2025年第12期　作者：李华　发布时间：2025-06-16\n\n"
    assert build(text + BODY, "x.md").meta.source == "某某乡村"
    text = "# 山区蔬菜喜丰收\n\n来源：《某某周刊》　发布时间：2025-06-16\n\n"
    assert build(text + BODY, "x.md").meta.source == "某某周刊"


def test_an_unbracketed_byline_opening_the_lead():
    lead = (
        "记者 王小明 通讯员 高阳　国庆假期，镇里的村播基地格外热闹，返乡青年正在直播推介山货。\n\n"
    )
    art = build("山区蔬菜喜丰收\n2025-10-05 08:30:21 来源: 某某日报\n\n" + lead + BODY)
    assert art.meta.author == "王小明"
    assert "国庆假期" in "\n".join(p.text for p in art.paragraphs)
    # a sentence about reporters is no byline
    lead = "记者在现场看到，镇里的村播基地格外热闹，返乡青年正在直播推介山货。\n\n"
    art = build("山区蔬菜喜丰收\n2025-10-05 08:30:21 来源: 某某日报\n\n" + lead + BODY)
    assert art.meta.author is None


def test_a_known_paper_beside_its_unknown_site_on_the_masthead():
    art = build("新安晚报　某某安徽网\n山区蔬菜喜丰收\n2025-05-26 06:30:12\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("新安晚报", "某某安徽网")
    # a site's crumb with a channel shaped like an outlet names no source
    art = build("橙新聞 > 某某新聞\n山区蔬菜喜丰收\n橙新聞 2025-08-22 15:48\n\n" + BODY)
    assert art.meta.source == "橙新聞"


def test_a_byline_of_a_paper_and_its_app_closing_the_text():
    art = build(
        "山区蔬菜喜丰收\n2025-05-26 06:30:12\n\n" + BODY + "\n新安晚报 大皖新闻记者 王小明\n"
    )
    assert (art.meta.author, art.meta.source) == ("王小明", "新安晚报")
    assert "王小明" not in "\n".join(p.text for p in art.paragraphs)


def test_a_notes_apps_page_properties_and_a_platform_account_as_the_source():
    text = (
        "title:: 山区蔬菜喜丰收\nsource:: 微信公众号 某州教育局\ndate:: 2025-11-20\n\n- "
        + P1
        + "\n- "
        + P2
    )
    art = build(text, "x.md")
    assert (art.meta.title, art.meta.source, art.meta.site, art.meta.date) == (
        "山区蔬菜喜丰收",
        "某州教育局",
        "微信公众号",
        "2025-11-20",
    )
    assert "source::" not in "\n".join(p.text for p in art.paragraphs)
    # one line shaped like a property is no block of them
    from index.ingest.articles import split_front_matter

    assert split_front_matter("tags:: 乡村\n" + BODY)[0] == {}
    assert split_front_matter("title:: 标题\ntags:: 乡村\n" + BODY)[0]["title"] == "标题"


def test_a_front_matter_origin_naming_an_account_that_posts_another_bodys_piece():
    fm = "---\ntitle: 山区蔬菜喜丰收\nauthor: 李华\ndate: 2025-07-28\norigin: 微信公众号「某县发布」\n---\n\n"
    art = build(fm + BODY + "\n本文来源：某县融媒体中心\n", "x.md")
    assert (art.meta.source, art.meta.site) == ("某县融媒体中心", "某县发布")
    art = build(fm + BODY, "x.md")
    assert (art.meta.source, art.meta.site) == ("某县发布", "微信公众号")


def test_a_clippers_author_of_a_wechat_page_is_its_account():
    fm = (
        "---\ntitle: 山区蔬菜喜丰收\nsource: https://mp.weixin.qq.com/s/Xy7k2\n"
        'author:\n  - "[[某州组工]]"\npublished: 2025-06-02\n---\n'
    )
    art = build(fm + BODY, "x.md")
    assert (art.meta.source, art.meta.author) == ("某州组工", None)
    # a person's name stays the author
    fm = fm.replace("[[某州组工]]", "李华")
    assert build(fm + BODY, "x.md").meta.author == "李华"


def test_a_blogs_own_post_credits_the_blog(tmp_path):
    page = (
        '<html><head><meta charset="utf-8"><title>山区蔬菜喜丰收 &#8211; 某某乡土笔记</title></head><body>'
        '<header><p class="site-title">某某乡土笔记</p></header><article><h1>山区蔬菜喜丰收</h1>'
        "<div>发表于 2025年1月31日</div><div>"
        f"<p>{P1}</p><p>{P2}</p><p>{P1}</p></div></article>"
        "<footer>自豪地采用WordPress</footer></body></html>"
    )
    art = build_page(page, tmp_path)
    assert (art.meta.site, art.meta.source) == ("某某乡土笔记", "某某乡土笔记")
    assert "WordPress" not in "\n".join(p.text for p in art.paragraphs)
    # a repost on the blog credits its outlet
    page = page.replace("</div></article>", "<p>来源：某某日报</p></div></article>")
    assert build_page(page, tmp_path).meta.source == "某某日报"


def test_a_users_name_beside_the_follow_button_is_the_author():
    art = build(
        "山里的小乔\n关注\n山区蔬菜喜丰收\n\n" + BODY + "\n编辑于 2025-10-03 IP属地：广西\n"
    )
    assert art.meta.author == "山里的小乔"
    art = build("山区蔬菜喜丰收\n乡野观察员　+关注\n2025年03月09日 14:20\n\n" + BODY)
    assert art.meta.author == "乡野观察员"
    # an outlet's account beside the button is no person; a dated line is no name
    art = build("山区蔬菜喜丰收\n某某日报　关注\n2025年03月09日 14:20\n\n" + BODY)
    assert art.meta.author is None
    art = build("山区蔬菜喜丰收\n2025-03-09 14:20 发布于北京\n+关注\n\n" + BODY)
    assert art.meta.author is None


def test_a_print_views_masthead_with_the_sites_address():
    art = build(
        "某某新闻网　www.mmnews.com.cn\n山区蔬菜喜丰收\n2025-03-19 09:12　来源：某某日报\n\n" + BODY
    )
    assert (art.meta.source, art.meta.site) == ("某某日报", "某某新闻网")
    # an address alone names no site
    art = build("www.mmnews.com.cn\n山区蔬菜喜丰收\n2025-03-19 09:12　来源：某某日报\n\n" + BODY)
    assert art.meta.site != "www.mmnews.com.cn"


def test_a_byline_of_an_app_and_its_paper_opening_the_lead():
    lead = (
        "某创/某某商报记者 许小怡　“在这里干了十几年，才知道什么叫路难走。”帮扶干部黄文山说。\n\n"
    )
    art = build("山区蔬菜喜丰收\n2025-03-19 09:12　来源：某某商报\n\n" + lead + BODY)
    assert art.meta.author == "许小怡"


def test_the_office_signing_a_document_over_its_date():
    tail = "\n某某省人民政府办公厅\n2025年4月18日\n"
    art = build("关于进一步加强驻村帮扶工作的通知\n\n" + BODY + tail)
    assert art.meta.source == "某某省人民政府办公厅"
    assert "2025年4月18日" in "\n".join(p.text for p in art.paragraphs)
    # a credit wins over the signature; a name over no date is no signature
    art = build("关于进一步加强驻村帮扶工作的通知\n来源：某某日报\n\n" + BODY + tail)
    assert art.meta.source == "某某日报"
    art = build("关于进一步加强驻村帮扶工作的通知\n\n" + BODY + "\n某某省人民政府办公厅\n")
    assert art.meta.source != "某某省人民政府办公厅"
