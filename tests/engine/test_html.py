"""HTML input: saved web pages become front matter + zoned text, then run the text pipeline.

The pages in html_pages/ imitate real layouts (portal, government portal with
an info table, WeChat, e-paper, blog, HK/Macau/TW traditional, an old GBK
table layout, a date only in the URL, a page cut off mid-download). They are
written here, never copied from the held-out set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.config import load_config
from index.engine.models import Article, DecodedFile, Skipped, SourceFile
from index.ingest.articles import ArticleBuilder, split_front_matter
from index.ingest.cleaning import CleaningRules
from index.ingest.html import decode_html_bytes, is_html
from index.ingest.reading import read_file
from tests.conftest import ROOT
from tests.engine.test_indexer import write_config

PAGES = Path(__file__).parent / "html_pages"  # stored in the charset each page declares


def page_bytes(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture(scope="module")
def html_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pages") / "saved"
    folder.mkdir()
    for page in PAGES.iterdir():
        if not is_html(page.name):
            continue
        (folder / page.name).write_bytes(page_bytes(page.name))
    return folder


@pytest.fixture(scope="module")
def builder() -> ArticleBuilder:
    cfg = load_config(ROOT / "config.yaml")
    return ArticleBuilder(CleaningRules.from_config(cfg.cleaning), tag_regions=False)


def decode(path: Path) -> DecodedFile | Skipped:
    return read_file(SourceFile(str(path), str(path.parent), path.name))


def front(decoded: DecodedFile) -> dict:
    fm, _, _, problem = split_front_matter(decoded.text)
    assert problem is None
    return fm


# name: (title, date, site, body fragments kept, chrome the HTML reader itself never emits).
# Chrome that the text pipeline drops (copyright, 责任编辑, widgets) is scored by labels.yaml.
CASES = {
    "portal_people.html": (
        "湖北十堰：驻村干部帮助村民发展香菇产业",
        "2024-03-05",
        "人民网",
        ["谭家湾镇的香菇大棚里一片繁忙", "又联系了武汉的销售商", "让香菇卖得更远、卖上好价"],
        ["写得真好", "十堰：春耕生产忙", "不要索引这段脚本", "分享到", "人民日报社概况", "首页"],
    ),
    "gov_info_table.html": (
        "竹山县关于进一步做好驻村帮扶工作的通知",
        "2023-07-14",  # 发布日期, not 成文日期 and not the "今天是" bar
        "竹山县人民政府",
        [
            "各乡镇人民政府，县直各有关单位：",
            "一、压实帮扶责任。",
            "三、强化考核激励。",
        ],
        ["无障碍浏览", "当前位置", "政务服务", "011043051", "网站标识码", "打印本页"],
    ),
    "wechat.html": (
        "在沪务工十年，他把家乡的茶叶卖进了上海写字楼",
        "2024-03-05",
        "微信公众平台",
        ["茶山上已经冒出了新芽", "写字楼里的人喝茶很讲究", "户均增收1.2万元"],
        ["喜欢此内容的人还喜欢", "阅读 1.2万", "微信扫一扫", "雷山：万亩茶园开采", "#乡村振兴"],
    ),
    "epaper.html": (
        "驻村第一书记的“三本账”",
        "2024-03-05",  # from the print line
        "人民日报",
        ["上面记着三本账", "村集体经济收入从不足5万元增加到38万元", "“人心账”最难算"],
        ["往期回顾", "两会特别报道", "下一版", "人民日报社概况", "第01版：要闻"],
    ),
    "blog_wordpress.html": (
        "重读《乡土中国》：差序格局与今天的村庄",
        "2023-11-02",
        "山野笔记",
        ["愈推愈远，也愈推愈薄", "波纹还在，水变了", "需要补上一章：流动中的乡土"],
        [
            "写得很好",
            "发表回复",
            "近期文章",
            "县城的书店",
            "电子邮箱地址",
            "上一篇",
            "记录乡村",
            "豆瓣",
        ],
    ),
    "tw_big5.html": (
        "花蓮縣光復鄉推動部落小農市集 青年返鄉找到舞台",
        "2024-03-05",
        "自由時報電子報",
        ["在馬太鞍溼地舉辦部落小農市集", "客人會回來找你"],
        ["首頁", "國際", "不用抽"],
    ),
    "gbk_old_portal.html": (
        "襄阳：“菜篮子”工程惠及城乡居民",
        "2019-05-21",
        "襄阳新闻网",
        ["一排排大棚整齐排列", "从采摘到上架不超过12个小时", "让城乡居民吃上更多放心菜"],
        ["热点新闻", "襄阳机场新航线开通", "新闻中心", "社会民生"],
    ),
    "date_in_url.html": (
        "重庆：来渝务工人员享受免费技能培训",
        "2024-03-05",  # only in the saved-from URL
        "新华网",
        ["为来渝务工人员提供免费职业技能培训10万人次", "带动就业创业超过20万人"],
        ["分享到", "时政", "地方"],
    ),
    "macau_div_br.html": (
        "氹仔舊城區活化計劃展開諮詢",
        "2024-03-05",  # the e-paper masthead date
        "澳門日報電子版",
        ["並活化多幢歷史建築作文創用途", "希望當局在推動旅遊的同時", "公佈總結報告"],
        ["上一篇", "返回目錄", "港聞"],
    ),
    "hk_traditional.html": (
        "新界東北發展：古洞北首批公營房屋入伙",
        "2024-03-05",
        "明報新聞網",
        ["約三千戶居民陸續遷入", "購買日用品需乘車到上水", "方便居民出行"],
        ["相關新聞", "北部都會區規劃出爐", "即時新聞", "WhatsApp"],
    ),
    "logo_h1_figure.html": (
        "江西婺源：油菜花开引客来",  # not the logo's <h1> 中国新闻网
        "2024-03-18",
        "中国新闻网",
        ["十万亩油菜花竞相绽放", "篁岭景区：推出夜间灯光秀；", "乘坐旅游专线往返"],
        ["点击领取购车补贴", "图片报道", "春日花开", "国际", "务经书面授权"],
    ),
    "xhtml_gb18030.html": (
        "求是网评论员：把握好新时代党的建设的根本要求",
        "2023-10-09",
        "求是网",
        ["党的建设是党领导的伟大社会革命取得成功的重要法宝", "筑牢信仰之基"],
        ["求是网 > 评论"],
    ),
    "gov_span_info.shtml": (
        "思明区开展老旧小区改造“回头看”",
        "2024-02-27",
        "厦门市思明区人民政府",
        ["对2021年以来完工的47个老旧小区", "其中86个已整改到位", "巩固改造成果"],
        ["无障碍", "您当前的位置", "走进思明", "打印本页", "网站标识码", "主办单位"],
    ),
    "toutiao_like.html": (
        "成都地铁8号线二期开通 沿线居民出行更方便",
        "2023-12-28",
        "今日头条",
        ["向南延伸至新都区兴业站", "通勤时间将缩短约15分钟", "现在一趟就到"],
        ["下载头条APP", "相关推荐", "成都地铁30号线进展", "终于开通了", "评论 23"],
    ),
    "late_charset_gbk.htm": (
        "河北雄安：白洋淀湿地水质持续改善",
        "2024-06-05",
        "新浪新闻",
        ["野生鸟类增加到286种", "淀区水面面积稳定在275平方公里左右", "繁殖的数量逐年增加"],
        ["新浪首页", "相关新闻", "白洋淀生态补水", "cfg_1"],
    ),
    "table_body_notice.html": (
        "关于2024年第一季度全县主要农产品价格的公示",
        "2024-04-08",
        "丹江口市人民政府",
        ["现将2024年第一季度", "猪肉 公斤 26.40 下降3.2%", "联系电话：0719-5221234"],
        ["信息公开", "公示公告"],
    ),
    "county_short_teasers.html": (
        "竹溪县：万亩茶园开始采摘明前茶",
        "2024-03-20",
        "竹溪县融媒体中心",
        ["采茶工们正忙着采摘今年第一批明前茶", "全县茶园面积已达28万亩"],
        ["推荐阅读", "油菜花陆续进入盛花期", "确保粮食稳产增产", "智能灌溉装置", "不再需要转车"],
    ),
    "tv_network.html": (
        "[新闻联播]新疆：棉花机采率超过85%",
        "2023-10-22",
        "央视网",
        ["一台台采棉机在棉田里来回穿梭", "机采率超过85%", "带动棉农增收"],
        ["相关视频", "新疆秋收忙", "棉田里的新农机", "分享到", "体育"],
    ),
    "weekly_feature.html": (
        "一个县城的“小升初”之变",
        "2024-01-11",
        "南风周刊",
        ["已经站满了晨跑的学生", "流失的生源", "留住一个学生，就是留住一个家庭", "增加了四成"],
        ["延伸阅读", "县中的突围", "他们每周回家一次", "订阅"],
    ),
    "netease_repost.html": (
        "江苏南通：海上风电项目全容量并网",
        "2024-05-17",
        "网易订阅",
        ["总装机容量80万千瓦", "相当于节约标准煤约73万吨", "位居全省前列"],
        ["网易首页", "热门推荐", "南通新开三条公交线路", "特别声明"],
    ),
    "mobile_page.html": (
        "福州：闽江夜游航线开通",
        "2024-04-28",
        None,  # no site name in its metadata: left to the footer, not the host name
        ["可从台江码头登船", "每晚开行4个航班"],
        ["打开APP", "鼓岭避暑季即将开启", "预计年内开通运营", "返回"],
    ),
    "truncated.html": (
        "湖北十堰：驻村干部帮助村民发展香菇产业",
        "2024-03-05",
        "人民网",
        ["谭家湾镇的香菇大棚里一片繁忙", "累计派出工作队1200余支"],
        ["不要索引这段脚本"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_title_date_body_and_no_chrome(name, html_folder, builder):
    title, date, site, kept, chrome = CASES[name]
    decoded = decode(html_folder / name)
    assert isinstance(decoded, DecodedFile), decoded
    assert not any(n.startswith("HTML:") for n in decoded.notes)  # the usual case: no note
    assert front(decoded).get("site") == site
    article = builder.build(decoded)
    assert isinstance(article, Article), article
    assert article.meta.title == title
    assert article.meta.date == date
    texts = [p.text for p in article.paragraphs]
    for fragment in kept:
        assert sum(fragment in t for t in texts) == 1, (fragment, texts)
    indexed = "\n".join(texts)
    for fragment in chrome:
        assert fragment not in indexed, fragment


def test_paragraph_boundaries_are_kept(html_folder, builder):
    article = builder.build(decode(html_folder / "gbk_old_portal.html"))
    body = [p.text for p in article.paragraphs if "。" in p.text]
    assert len(body) == 4  # four <br><br>-separated paragraphs, not one
    page = (
        "<html><head><title>段落测试_某某网</title></head><body><h1>段落测试</h1>"
        "<p>第一段写的是春耕。<br><br>第二段写的是夏种。</p><div>第三段写的是秋收。</div>"
        "<div>第四段写的是冬藏。<br>第五段写的是来年。</div></body></html>"
    )
    lines = _body_lines(page)
    assert lines == [
        "第一段写的是春耕。",
        "第二段写的是夏种。",
        "第三段写的是秋收。",
        "第四段写的是冬藏。",
        "第五段写的是来年。",
    ]


def test_chrome_classes_are_whole_tokens():
    from index.ingest.html import extract_page

    text = "评论员文章：基层减负要减到实处，不能换个形式继续加码。"
    page = (
        "<html><body><h1>基层减负要减到实处</h1>"
        f'<div class="commentary-body pl-3"><p>{text}</p><p>{text}再说一遍。</p></div>'
        '<div class="comment-list"><p>网友：说得对，支持减负，早该这样了。</p></div>'
        "</body></html>"
    )
    body = [ln.text for ln in extract_page(page).body]
    assert body == [text, f"{text}再说一遍。"]


def test_a_logo_h1_is_never_the_title():
    from index.ingest.html import extract_page

    page = (PAGES / "logo_h1_figure.html").read_text(encoding="utf-8")
    only_logo = page.replace(
        '<h1 class="content_left_title">江西婺源：油菜花开引客来</h1>',
        '<div class="content_left_title">江西婺源：油菜花开引客来</div>',
    )
    assert only_logo != page
    assert extract_page(only_logo).meta["title"] == "江西婺源：油菜花开引客来"


def test_headline_matches_a_title_written_in_other_widths_or_script():
    from index.ingest.html import extract_page

    for doc_title in (
        "湖北十堰:驻村干部帮助村民发展香菇产业_人民网",
        "湖北十堰：駐村幹部幫助村民發展香菇產業_人民網",
    ):
        page = (
            f"<html><head><title>{doc_title}</title></head><body><div>人民网</div>"
            "<h1>湖北十堰：驻村干部帮助村民发展香菇产业</h1><h1>侧栏里的另一个标题</h1>"
            "<p>3月初，十堰市郧阳区谭家湾镇的香菇大棚里一片繁忙，驻村第一书记正和村民一起采收香菇。</p>"
            "</body></html>"
        )
        assert extract_page(page).meta["title"] == "湖北十堰：驻村干部帮助村民发展香菇产业"


def test_hidden_spam_split_titles_and_pre_blocks():
    from index.ingest.html import extract_page

    page = (
        "<html><head><title>两行标题第一行两行标题第二行_某网</title></head><body>"
        "<h1>两行标题第一行<br>两行标题第二行</h1><div>2024-05-06 来源：某报</div>"
        '<p>第一段正文，讲了一件事。<span style="display: none">澳门赌场包养网站推荐</span>'
        "后面还有半句话。</p>"
        '<div style="display:none"><a href="#">包养网</a><a>代开发票</a></div><div hidden>隐藏的链接</div>'
        "<p>第二段正文，又讲了一件事。</p><pre>第一行说明文字。\n第二行说明文字。</pre>"
        "</body></html>"
    )
    got = extract_page(page)
    assert got.meta["title"] == "两行标题第一行两行标题第二行"
    assert [ln.text for ln in got.header] == [
        "# 两行标题第一行两行标题第二行",
        "2024-05-06 来源：某报",
    ]
    assert [ln.text for ln in got.body] == [
        "第一段正文，讲了一件事。后面还有半句话。",  # the sentence reads as written without the spam
        "第二段正文，又讲了一件事。",
        "第一行说明文字。",
        "第二行说明文字。",
    ]


def _body_lines(page: str) -> list[str]:
    from index.ingest.html import extract_page

    return [ln.text for ln in extract_page(page).body]


def test_without_main_text_from_trafilatura_all_page_text_is_kept(html_folder, monkeypatch):
    import index.ingest.html

    monkeypatch.setattr(index.ingest.html, "_trafilatura", lambda tree, url: [])
    decoded = decode(html_folder / "macau_div_br.html")
    assert "HTML: no main text found by trafilatura; all page text kept" in decoded.notes
    assert "並活化多幢歷史建築作文創用途" in decoded.text
    assert "文化局表示，諮詢期內將舉辦三場公眾諮詢會" in decoded.text


def test_front_matter_fields_and_priorities(html_folder):
    fm = front(decode(html_folder / "gov_info_table.html"))
    assert fm["source"] == "竹山县乡村振兴局"  # the ContentSource meta / info table
    assert "author" not in fm
    wechat = front(decode(html_folder / "wechat.html"))
    # A visible 来源 line in the text beats the account name: left to the text pipeline.
    assert "source" not in wechat
    portal = front(decode(html_folder / "portal_people.html"))
    assert portal["source"] == "湖北日报"  # the meta source agrees with the visible line
    assert portal["url"].startswith("http://hb.people.com.cn/n2/2024/0305/")
    assert "author" not in portal  # meta author 人民网 names the site, not a person
    assert "author" not in front(decode(html_folder / "netease_repost.html"))  # 新华日报
    assert front(decode(html_folder / "weekly_feature.html"))["author"] == "周岚"
    blog = front(decode(html_folder / "blog_wordpress.html"))
    assert blog["author"] == "林间客"  # the meta author agrees with the visible 作者 line
    hk = front(decode(html_folder / "hk_traditional.html"))
    assert "author" not in hk and "source" not in hk
    url = front(decode(html_folder / "date_in_url.html"))
    assert url["url"] == "http://www.news.cn/local/2024-03/05/c_1130087356.htm"
    sina = front(decode(html_folder / "late_charset_gbk.htm"))
    assert sina["source"] == "河北日报"  # unlabelled, but marked up <a class="source">
    assert front(decode(html_folder / "xhtml_gb18030.html"))["title"].startswith("求是网评论员")


def test_header_lines_keep_inline_elements_apart(html_folder):
    decoded = decode(html_folder / "gov_span_info.shtml")
    assert "发布时间：2024-02-27 16:30 信息来源：思明区住房和建设局 浏览次数" in decoded.text
    # ...while body text joins inline elements as written (no space inside words).
    page = "<html><body><h1>标题写在这里</h1><p>中<span>华</span>人民共和国成立了，举国欢庆。</p></body></html>"
    assert _body_lines(page) == ["中华人民共和国成立了，举国欢庆。"]


def test_meta_source_that_disagrees_with_the_page_is_not_used():
    from index.ingest.html import extract_page

    page = (
        '<html><head><meta name="source" content="某某网"><title>标题在此处_某某网</title></head>'
        "<body><h1>标题在此处</h1><div>2024-01-02 来源：新华社</div>"
        "<p>正文第一段，讲的是一件事情的来龙去脉，有好几句话。</p></body></html>"
    )
    assert "source" not in extract_page(page).meta


def test_dates_the_body_talks_about_are_never_taken():
    from index.ingest.html import extract_page

    page = (
        "<html><head><title>回望那一年的洪水_地方志</title></head><body><h1>回望那一年的洪水</h1>"
        "<p>1998年8月7日，洪水漫过了江堤，全村人连夜转移到了山上。</p>"
        "<p>2003年6月1日，新堤建成，村民们在堤上放了一挂鞭炮。</p></body></html>"
    )
    assert "date" not in extract_page(page).meta


def test_wechat_page_saved_before_its_script_ran_has_its_date():
    from index.ingest.html import extract_page

    page = (PAGES / "wechat.html").read_text(encoding="utf-8")
    raw = page.replace(">2024-03-05 18:10</em>", "></em>")
    assert raw != page
    got = extract_page(raw)
    assert got.meta["date"] == "2024-03-05"  # var ct = "1709633400", in China time
    assert "script" in got.meta_from["date"]


def test_outlet_and_author_marked_up_without_labels():
    from index.ingest.html import extract_page

    page = (
        "<html><head><title>珠江口湿地迎来越冬候鸟_某某网</title></head><body>"
        "<h1>珠江口湿地迎来越冬候鸟</h1><div class='info'><span id='pubtime_baidu'>2023-12-02 09:00"
        "</span> <span id='source_baidu'><a href='#'>南方日报</a></span> "
        "<span class='article-author'>记者 黄小明 发自广州</span></div>"
        "<p>入冬以来，珠江口湿地迎来大批越冬候鸟，黑脸琵鹭等珍稀鸟类再次现身。</p>"
        "<div class='resource-list'><a>南方日报</a></div></body></html>"
    )
    meta = extract_page(page).meta
    assert (meta["source"], meta["author"], meta["date"]) == ("南方日报", "黄小明", "2023-12-02")
    labelled = page.replace("<a href='#'>南方日报</a>", "来源：<a href='#'>羊城晚报</a>")
    assert "source" not in extract_page(labelled).meta  # a visible 来源 line: the pipeline reads it


def test_publication_date_beats_an_update_date_on_the_same_line():
    from index.ingest.html import extract_page

    page = (
        "<html><body><h1>某地召开春耕生产调度会</h1>"
        "<div><span>更新时间：2024-03-09 10:00</span><span>发布时间：2024-03-05 08:30</span></div>"
        "<p>会议要求，各地要抓住农时，扎实做好春耕备耕各项工作，确保粮食稳产增产。</p></body></html>"
    )
    assert extract_page(page).meta["date"] == "2024-03-05"
    only_update = page.replace("<span>发布时间：2024-03-05 08:30</span>", "")
    assert extract_page(only_update).meta["date"] == "2024-03-09"


def test_author_from_meta_only_when_it_names_a_person():
    from index.ingest.html import extract_page

    page = (
        '<html><head><meta name="author" content="林间客"><title>山里的秋天 - 博客</title></head>'
        "<body><h1>山里的秋天</h1><p>秋天来了，山里的柿子红了，挂在枝头像一盏盏小灯笼。</p></body></html>"
    )
    assert extract_page(page).meta["author"] == "林间客"
    office = page.replace("林间客", "县融媒体中心")
    assert "author" not in extract_page(office).meta
    other = page.replace("<h1>山里的秋天</h1>", "<h1>山里的秋天</h1><div>作者：王小二</div>")
    assert "author" not in extract_page(other).meta  # the visible byline names someone else


@pytest.mark.parametrize(
    "raw, encoding",
    [
        # declared gb2312, really GBK (characters outside GB2312: 堃, 镕)
        ('<meta charset="gb2312"><p>朱镕基与王堃。</p>'.encode("gbk"), "gb18030"),
        # declared gbk, but the bytes are UTF-8 (a re-saved page)
        ('<meta charset="gbk"><p>驻村第一书记。</p>'.encode(), "utf-8"),
        # a UTF-8 BOM beats the declaration
        (b"\xef\xbb\xbf" + '<meta charset="big5"><p>驻村第一书记。</p>'.encode(), "utf-8-sig"),
        # no declaration: the project's detection
        ("<p>駐村第一書記帶領鄉親們致富。</p>".encode("big5"), "cp950"),
        # http-equiv form, Big5
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
            "<p>駐村第一書記。</p>".encode("big5"),
            "cp950",
        ),
    ],
)
def test_charset_declarations_and_fallbacks(raw, encoding):
    text, enc, _ = decode_html_bytes(raw)
    assert enc == encoding
    assert "书记" in text or "書記" in text or "朱镕基与王堃" in text


STORY = "驻村第一书记带领乡亲们发展香菇产业，村集体经济收入连年增长，群众的日子越过越红火。"


@pytest.mark.parametrize("declared", ["big5", "iso-8859-1", "windows-1252", "utf-8"])
def test_a_wrong_declaration_does_not_make_mojibake(declared):
    raw = f'<html><head><meta charset="{declared}"></head><body><p>{STORY}</p></body></html>'
    text, enc, note = decode_html_bytes(raw.encode("gbk"))
    assert enc == "gb18030" and STORY in text
    assert note and "does not fit" in note


def test_a_text_file_named_html_is_read_as_text(tmp_path):
    path = tmp_path / "note.html"
    path.write_bytes(f"第一段。{STORY}\n\n第二段，没有任何标签。\n".encode("gbk"))
    decoded = decode(path)
    assert decoded.text.splitlines()[0].startswith("第一段。")
    assert "第二段，没有任何标签。" in decoded.text.splitlines()
    assert not decoded.origins  # not generated from markup


def test_broken_and_empty_pages_are_skipped_with_a_reason(tmp_path):
    cases = {
        "empty.html": b"<html><head><title></title></head><body></body></html>",
        "scripts.htm": b"<html><body><script>var a = 1;</script><style>p{}</style></body></html>",
        "blank.shtml": b"  \n ",
        "binary.html": bytes(range(256)) * 8,
        "comment.html": b"<!-- nothing here -->",
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        got = decode(tmp_path / name)
        assert isinstance(got, Skipped), name
        assert "\n" not in got.reason and got.reason, name


def test_generated_lines_name_where_they_came_from(html_folder):
    decoded = decode(html_folder / "portal_people.html")
    raw = page_bytes("portal_people.html").decode().split("\n")
    lines = decoded.text.split("\n")
    assert len(decoded.origins) == len(lines)
    title_line = next(i for i, ln in enumerate(lines) if ln.startswith("title:"))
    assert "<h1>" in decoded.origins[title_line]
    date_line = next(i for i, ln in enumerate(lines) if ln.startswith("date:"))
    assert "HTML line 17" in decoded.origins[date_line]
    body = next(i for i, ln in enumerate(lines) if "谭家湾镇" in ln)
    origin = decoded.origins[body]
    html_line = int(origin.split("HTML line ")[1].split(",")[0])
    assert "谭家湾镇" in raw[html_line - 1]


def test_extensions_and_default_config():
    assert all(is_html(f"a{e}") for e in (".html", ".HTM", ".shtml"))
    assert not is_html("a.txt")
    cfg = load_config(ROOT / "config.yaml")
    assert {".html", ".htm", ".shtml"} <= set(cfg.corpus.extensions)


def test_index_and_search_a_folder_of_pages(tmp_path, html_folder):
    from index.build.indexer import Indexer
    from index.query.search import SearchEngine

    (html_folder.parent / "broken").mkdir(exist_ok=True)
    broken = html_folder.parent / "broken" / "empty.html"
    broken.write_bytes("<html><body><nav>首页</nav></body></html>".encode())
    cfg_path = write_config(tmp_path, [html_folder, broken.parent])
    cfg = load_config(cfg_path)
    summary = Indexer(cfg).run()
    assert summary.articles == len(CASES)  # every page, each its own article
    assert [s.path for s in summary.skipped] == [str(broken)]
    engine = SearchEngine(cfg)
    try:
        hit = engine.search("香菇大棚").hits[0]
        assert hit.title == "湖北十堰：驻村干部帮助村民发展香菇产业"
        assert hit.date == "2024-03-05"
        assert engine.search("马太鞍").hits[0].title.startswith("花蓮縣光復鄉")  # folded search
        assert engine.search("氹仔旧城区").total >= 1
        for chrome in ("写得真好", "喜欢此内容", "近期文章", "热点新闻", "相關新聞"):
            assert engine.search(f'"{chrome}"').total == 0, chrome
        years = engine.search("").facets.year
        assert years.get("2024", 0) > 0 and years.get("2019", 0) > 0
    finally:
        engine.close()
    # The search command, run cold, never loads the HTML extractor.
    code = (
        "import sys; from search_app.cli import main; "
        f"rc = main(['--config', {str(cfg_path)!r}, 'search', '香菇', '--json']); "
        "print(); print(json.dumps([rc, sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('trafilatura', 'htmldate', 'justext', 'lxml'))]))"
    )
    res = subprocess.run(
        [sys.executable, "-c", "import json; " + code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    rc, loaded = json.loads(res.stdout.strip().splitlines()[-1])
    assert rc == 0 and loaded == []


_PIECES = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<h1>",
    "</h1>",
    "<table><tr><td>",
    "</td></tr>",
    "<a href='#'>",
    "</a>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<span style='display:none'>",
    "</span>",
    "<pre>",
    "</pre>",
    '<meta charset="gbk">',
    "<title>",
    "</title>",
    "&nbsp;",
    "&#0;",
    "驻村第一书记",
    "。",
    "，",
    "来源：",
    "2024-03-05",
    "\n",
    "\x1b[31m",
    "\u200b",
    "_某某网",
    "<",
    ">",
    '"',
    "li",
    "<ul><li>",
    "</li></ul>",
    "<?xml version='1.0' encoding='big5'?>",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.sampled_from(["utf-8", "gbk", "big5"]))
def test_any_markup_is_read_or_skipped_never_raises(tmp_path_factory, pieces, encoding):
    raw = "".join(pieces).encode(encoding, errors="replace")
    path = tmp_path_factory.mktemp("fuzz") / "page.html"
    path.write_bytes(raw)
    got = decode(path)
    assert isinstance(got, DecodedFile | Skipped)
    if isinstance(got, DecodedFile):
        assert "\x1b" not in got.text and "\u200b" not in got.text
        assert not got.origins or len(got.origins) == len(got.text.split("\n"))
    else:
        assert got.reason and "\n" not in got.reason
