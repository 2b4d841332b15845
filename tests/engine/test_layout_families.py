"""Issue 10 families on varied, made-up examples: dates, sources, sites, titles, zones, recurrence, spam."""

from __future__ import annotations

import json

import pytest

from index.build.folding import fold
from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules, Line, make_lines
from index.ingest.dates import find_dates, url_date
from index.ingest.publishers import publishers
from index.ingest.zones import LineRecurrence, chrome_reason, find_zones
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)
P1 = "镇里组织党员干部深入田间地头，帮助农户解决灌溉用水难题，群众纷纷点赞。"
P2 = "据介绍，今年以来全镇已累计办理群众诉求三百余件，办结率达到百分之九十八。"
P3 = "下一步，当地将持续完善服务机制，推动更多资源力量向村一级下沉。"
BODY = f"\n{P1}\n{P2}\n{P3}\n"


def build(text: str, path: str = "/tmp/x.txt", builder: ArticleBuilder = BUILDER):
    src = SourceFile(path, "/tmp", path.rsplit("/", 1)[-1])
    return builder.build(DecodedFile(src, text, "utf-8", "h"))


def texts(article) -> list[str]:
    return [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2023年11月5日 08:01", "2023-11-05"),
        ("2023/11/05", "2023-11-05"),
        ("2023.11.05 17:30", "2023-11-05"),
        ("2023-11-05T17:30:00", "2023-11-05"),
        ("2023年11月05日星期日", "2023-11-05"),
        ("2023年11月5日（週日）", "2023-11-05"),
        ("二〇二三年十一月五日", "2023-11-05"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("2023年2月30日", None),
        ("1880年5月1日", None),
        ("编号 20231105", None),
    ],
)
def test_date_formats(text, iso):
    found = find_dates(text)
    assert (found[0].iso if found else None) == iso


@pytest.mark.parametrize(
    "url, iso",
    [
        ("http://sd.people.com.cn/n2/2023/1105/c166192-40630000.html", "2023-11-05"),
        ("https://www.news.cn/politics/2023-11/05/c_1129960000.htm", "2023-11-05"),
        ("https://news.sina.com.cn/c/2023-11-05/doc-imzabcde.shtml", "2023-11-05"),
        ("http://www.gov.cn/xinwen/20231105/abc.htm", "2023-11-05"),
        ("https://www.thepaper.cn/newsDetail_forward_25000000", None),
    ],
)
def test_url_dates(url, iso):
    assert url_date(url) == iso


@pytest.mark.parametrize(
    "header, date",
    [
        ("某镇开展助农服务\n发布时间：2023年11月5日 08:01 来源：本站", "2023-11-05"),
        ("某镇开展助农服务\n[日期：2023-11-05]  [作者：王明]", "2023-11-05"),
        ("某镇开展助农服务\n2023.11.05  10:20:33  阅读：1200", "2023-11-05"),
        ("某镇开展助农服务\n2023年11月05日 星期日", "2023-11-05"),
        ("某镇开展助农服务\n二〇二三年十一月五日", "2023-11-05"),
        ("某镇开展助农服务\n日期：2023/11/5 浏览次数：88", "2023-11-05"),
    ],
)
def test_header_date_forms(header, date):
    assert build(header + BODY).meta.date == date


def test_dateline_takes_year_from_url():
    text = (
        "某镇开展助农服务\n新华社济南11月5日电（记者 王小明）" + P1 + "\n" + P2 + "\n" + P3 + "\n"
        "原文链接：http://www.news.cn/local/2023-11/05/c_1129961234.htm\n"
    )
    meta = build(text).meta
    assert (meta.source, meta.date, meta.author) == ("新华社", "2023-11-05", "王小明")


def test_body_dates_are_never_the_article_date():
    text = "某镇开展助农服务\n" + "2019年3月1日，镇里成立了服务队，" + P1 + "\n" + P2
    assert build(text).meta.date is None


def test_date_only_in_url_line():
    text = "某镇开展助农服务" + BODY + "https://www.chinanews.com.cn/sh/2023/11-05/10106789.shtml\n"
    assert build(text).meta.date == "2023-11-05"


@pytest.mark.parametrize(
    "line, source, site",
    [
        ("来源：人民网-山东频道", "人民网", "人民网"),
        ("来源：中国经济网-经济日报", "经济日报", "中国经济网"),
        ("稿件来源：齐鲁晚报", "齐鲁晚报", None),
        ("信息来源：县融媒体中心", "县融媒体中心", None),
        ("文章来源：《半月谈》2023年第21期", "半月谈", None),
        ("转载自：新京报", "新京报", None),
        ("出处：澎湃新闻客户端", "澎湃新闻", None),
        ("来源：中新网", "中国新闻网", None),
        ("來源：中央社", "中央社", None),
    ],
)
def test_source_forms(line, source, site):
    meta = build("某镇开展助农服务\n" + line + BODY).meta
    assert meta.source == source
    if site:
        assert meta.site == site


@pytest.mark.parametrize(
    "lines, source",
    [
        ("某镇开展助农服务\n2023-11-05 09:30 华商报", "华商报"),
        ("某镇开展助农服务\n华西都市报记者 李明 成都报道", "华西都市报"),
        ("某镇开展助农服务\n【大公报讯】", "大公报"),
        ("某镇开展助农服务\n中新网济南11月5日电", "中国新闻网"),
    ],
)
def test_unlabelled_source_forms(lines, source):
    assert build(lines + BODY).meta.source == source


def test_copyright_footer_gives_site():
    meta = build("某镇开展助农服务" + BODY + "Copyright © 2023 东方网 版权所有\n").meta
    assert meta.site == "东方网"


@pytest.mark.parametrize(
    "line, title",
    [
        ("乡村医生的一天_中国青年网", "乡村医生的一天"),
        ("乡村医生的一天 - 光明网", "乡村医生的一天"),
        ("乡村医生的一天｜新京报", "乡村医生的一天"),
        ("乡村医生的一天|医生|乡村_网易订阅", "乡村医生的一天"),
        ("【转载】乡村医生的一天", "乡村医生的一天"),
        ("转：乡村医生的一天", "乡村医生的一天"),
        ("# 乡村医生的一天 - 某某发布", "乡村医生的一天"),
        ("改革开放 - 一个村庄的四十年", "改革开放 - 一个村庄的四十年"),
    ],
)
def test_title_suffixes_and_prefixes(line, title):
    assert build(line + "\n来源：某某报" + BODY).meta.title == title


@pytest.mark.parametrize(
    "header",
    [
        "首页 > 新闻中心 > 基层动态\n乡村医生的一天\n来源：某某报",
        "东方网\n乡村医生的一天\n2023-11-05 09:30 来源：东方网",
        "某某日报\n2023年11月05日 星期日\n第03版：要闻\n上一版 下一版\n乡村医生的一天",
        "您当前的位置：首页 > 新闻\n【字体：大 中 小】\n乡村医生的一天\n[日期：2023-11-05]",
    ],
)
def test_title_skips_breadcrumbs_mastheads_epaper_lines(header):
    article = build(header + BODY)
    assert article.meta.title == "乡村医生的一天"
    assert texts(article)[0] == P1


def test_original_title_kept():
    meta = build("乡村医生的一天\n原标题：守护村民健康的乡村医生\n来源：某某报" + BODY).meta
    assert meta.original_title == "守护村民健康的乡村医生"
    assert meta.title == "乡村医生的一天"


@pytest.mark.parametrize(
    "line",
    [
        "分享到： 微信 微博 QQ空间",
        "阅读 3.5万",
        "评论(12)",
        "点赞 在看 分享",
        "上一篇：镇里召开冬季防火会议",
        "第05版：农村版",
        "本文来自某某号，仅代表作者观点，不代表平台立场。",
        "扫一扫在手机上阅读本文",
        "（完）",
        "首页 要闻 政务 民生 视频",
        "[返回顶部]",
    ],
)
def test_zone_chrome_lines(line):
    assert chrome_reason(Line(1, line, fold(line))), line


@pytest.mark.parametrize(
    "line",
    [
        "“这条路修通了，我们心里也亮堂了。”村民说。",
        "（作者系某大学教授）",
        "一个村庄的四十年变迁",
        "编辑部里的年轻人",
    ],
)
def test_zone_keeps_text_lines(line):
    assert chrome_reason(Line(1, line, fold(line))) is None, line


def test_footer_chrome_dropped_but_body_kept():
    footer = "\n相关阅读\n镇里召开冬季防火会议\n村里新修了文化广场\n阅读 1.2万\n分享 收藏 点赞\n"
    article = build("乡村医生的一天\n来源：某某报" + BODY + "“谢谢你们。”他说。" + footer)
    assert texts(article) == [P1, P2, P3, "“谢谢你们。”他说。"]


def test_zones_split_header_body_footer():
    lines = make_lines("导航 首页\n乡村医生的一天" + BODY + "责任编辑：张三", RULES)
    zones = find_zones(lines)
    assert [lines[i].text for i in zones.header] == ["导航 首页", "乡村医生的一天"]
    assert [lines[i].text for i in zones.footer] == ["责任编辑：张三"]


def test_recurring_line_is_chrome_whatever_its_words(tmp_path):
    rec = LineRecurrence()
    slogan = "不忘初心 牢记使命 奋力谱写新篇章"
    for n in range(5):
        lines = make_lines(f"{slogan}\n标题{n}号文章\n{P1}\n{P2}", RULES)
        from index.ingest.zones import candidate_keys

        rec.add(str(tmp_path / f"{n}.txt"), candidate_keys(lines))
    builder = ArticleBuilder(RULES, tag_regions=False)
    builder.recurrence = rec
    article = build(f"{slogan}\n乡村医生的一天\n{P1}\n{P2}", str(tmp_path / "0.txt"), builder)
    assert article.meta.title == "乡村医生的一天"
    assert slogan not in texts(article)
    # Without the folder signal the slogan is just a headline-shaped line.
    assert build(f"{slogan}\n{P1}\n{P2}").meta.title == slogan


@pytest.mark.parametrize(
    "spammed, clean",
    [
        (
            "村里新建了文化广场，澳门新葡京娱乐场每到傍晚都很热闹。",
            "村里新建了文化广场，每到傍晚都很热闹。",
        ),
        (
            "合作社带动周边农户增收，百家乐官网开户年人均增收三千元。",
            "合作社带动周边农户增收，年人均增收三千元。",
        ),
        ("老人们说，办证刻章联系微信abc12345现在看病方便多了。", "老人们说，现在看病方便多了。"),
        (
            "镇里开设了技能培训班，无抵押贷款秒批学员结业后就能上岗。",
            "镇里开设了技能培训班，学员结业后就能上岗。",
        ),
        ("志愿者们上门服务，同城约炮平台老人们很感动。", "志愿者们上门服务，老人们很感动。"),
        ("村民们代开发票纷纷表示满意。", "村民们纷纷表示满意。"),
    ],
)
def test_spam_lexicon_leaves_the_sentence_as_written(spammed, clean):
    article = build("乡村医生的一天\n" + spammed + "\n" + P1 + "\n" + P2)
    assert clean in texts(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "政务服务便民热线电话12345全天候受理群众诉求。",
        "银河娱乐集团公布了第三季度业绩。",
        "他因包养情妇、收受贿赂被开除党籍。",
        "当地小额贷款公司为农户提供了信贷支持。",
        "体育彩票和福利彩票的公益金用于建设健身广场。",
    ],
)
def test_spam_lexicon_spares_news_sentences(sentence):
    assert sentence in texts(build("乡村医生的一天\n" + sentence + "\n" + P1 + "\n" + P2))


def test_publisher_table_is_large_and_covers_regions():
    pubs = publishers()
    names = {p.name for p in pubs._by_key.values()}
    assert len(names) >= 300
    assert {p.region for p in pubs._by_key.values()} >= {"CN", "HK", "MO", "TW"}
    assert pubs.canonical("中新网") == "中国新闻网"
    assert pubs.canonical("聯合報") == "聯合報"  # the canonical name keeps its script
    assert pubs.domain("https://cpc.people.com.cn/n1/2023/1105/c1.html").name == "中国共产党新闻网"


def test_publisher_names_found_by_lookups_equal_the_patterns():
    """`find` walks strings with dict lookups: the same matches as one alternation of every
    name (longest first, Latin word edges: cna not in china; names of several words with
    any spaces, or none, between them), at any length."""
    import random
    import re

    pubs = publishers()
    written = sorted(pubs._written)

    def as_pattern(key: str) -> str:
        body = r"\s*".join(re.escape(part) for part in key.split(" "))
        return rf"(?<![a-z0-9.]){body}(?![a-z0-9])" if key.isascii() else body

    longest_first = sorted(written, key=lambda k: len(k.replace(" ", "")), reverse=True)
    pattern = re.compile("|".join(map(as_pattern, longest_first)))
    rng = random.Random(7)
    spaces = ["", " ", "  ", "\u3000", "\n"]

    def spaced(name: str) -> str:
        return re.sub(" ", lambda _m: rng.choice(spaces), name)

    noise = [*"的了人民日报新华网之声客户端官方abc.1x9", "china", "cna", "cctv", "app", " ", "\t"]
    cases = [
        *written,
        *(f"{a}{spaced(k)}{b}" for k in written for a, b in (("x", " "), (".", "1"))),
    ]
    for _ in range(5000):
        parts = [spaced(rng.choice(written)) if rng.random() < 0.5 else rng.choice(noise)]
        parts += [spaced(rng.choice(written)) if rng.random() < 0.5 else rng.choice(noise)]
        cases.append("".join(parts * 2))
    for case in cases:
        by_pattern = [
            (m.start(), m.end(), pubs._by_key[re.sub(r"\s+", "", m.group(0))])
            for m in pattern.finditer(case)
        ]
        assert [(n.start, n.end, n.publisher) for n in pubs.find(case)] == by_pattern, case
    for case in cases:  # any length: the name a lead opens with
        text = case * 5
        first = pattern.match(text)
        opening = pubs.at_start(text)
        assert (opening.end if opening else None) == (first.end() if first else None), text


def test_inspect_reports_evidence_and_drops(tmp_path, capsys):
    from search_app.cli import main

    page = tmp_path / "a.txt"
    page.write_text(
        "首页 > 新闻\n乡村医生的一天_东方网\n2023-11-05 09:30 来源：解放日报 作者：王明\n"
        + P1
        + "\n村民们在合作社里澳门新葡京娱乐场忙着分拣茶叶，一派繁忙景象。\n"
        + P2
        + "\n分享到：\n责任编辑：张三\n",
        encoding="utf-8",
    )
    assert main(["inspect", str(page), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    fields = report["fields"]
    assert fields["title"]["value"] == "乡村医生的一天" and fields["title"]["line"] == 2
    assert fields["source"]["value"] == "解放日报" and fields["source"]["line"] == 3
    assert fields["site"]["value"] == "东方网"
    assert fields["date"]["value"] == "2023-11-05"
    assert fields["author"]["value"] == "王明"
    dropped = {d["line"]: d for d in report["dropped"]}
    assert dropped[1]["reason"].endswith("breadcrumb")
    assert {7, 8} <= set(dropped)
    assert report["spam_removed"] == [{"line": 5, "text": "澳门新葡京娱乐场"}]
    assert report["paragraphs"] == 3
    assert main(["inspect", str(page)]) == 0
    text = capsys.readouterr().out
    assert "乡村医生的一天" in text and "breadcrumb" in text


def test_inspect_never_touches_an_index(tmp_path, capsys):
    from search_app.cli import main

    page = tmp_path / "a.txt"
    page.write_text("乡村医生的一天" + BODY, encoding="utf-8")
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"index:\n  dir: {tmp_path / 'ix'}\ncorpus:\n  paths: [{tmp_path}]\n")
    assert main(["--config", str(cfg), "inspect", str(page)]) == 0
    assert not (tmp_path / "ix").exists()
    assert main(["inspect", str(tmp_path / "missing.txt")]) == 2


@pytest.mark.parametrize(
    "lead, source, author",
    [
        ("（中央社記者王小明台北5日電）", "中央社", "王小明"),
        ("东方网记者张三11月5日报道：", "东方网", "张三"),
        ("【香港文匯報訊】記者 李明報道：", "香港文匯報", "李明"),
        ("本报讯（记者 王五 通讯员 赵六）", None, "王五"),
        ("新华社北京11月5日电（记者李四、周五）", "新华社", "李四、周五"),
    ],
)
def test_datelines_credit_and_reporter(lead, source, author):
    meta = build("乡村医生的一天\n" + lead + P1 + "\n" + P2 + "\n" + P3).meta
    assert (meta.source, meta.author) == (source, author)


def test_government_info_table_rows_are_metadata():
    article = build(
        "关于做好冬季防火工作的通知\n索引号：11/2023-00123 主题分类：农业\n"
        "发布机构：某县农业农村局 成文日期：2023年11月01日" + BODY
    )
    assert article.meta.title == "关于做好冬季防火工作的通知"
    assert (article.meta.source, article.meta.date) == ("某县农业农村局", "2023-11-01")
    assert texts(article) == [P1, P2, P3]


@pytest.mark.parametrize(
    "text, title, source, author",
    [
        ("乡村医生的一天——新华网\n" + P1, "乡村医生的一天", "新华网", None),
        ("乡村医生的一天\n来源丨人民日报\n作者丨张三\n" + P1, "乡村医生的一天", "人民日报", "张三"),
        ("偏鄉長照據點增加\n〔記者王小明／台北報導〕" + P1, "偏鄉長照據點增加", None, "王小明"),
        ("主题——记一位乡村医生\n" + P1, "主题——记一位乡村医生", None, None),
        ("海昌难忘\n\n乡村医生的一天\n\n" + P1, "乡村医生的一天", None, None),
        (
            "某某县人民政府\n首页\n政务公开\n新闻中心\n办事服务\n乡村医生的一天\n" + P1,
            "乡村医生的一天",
            None,
            None,
        ),
    ],
)
def test_more_header_shapes(text, title, source, author):
    article = build(text + "\n" + P2 + "\n" + P3)
    assert (article.meta.title, article.meta.source, article.meta.author) == (title, source, author)
    assert texts(article)[-2:] == [P2, P3]


def test_bracketed_source_in_the_footer():
    article = build("乡村医生的一天" + BODY + "（来源：工人日报）\n")
    assert article.meta.source == "工人日报"
    assert texts(article) == [P1, P2, P3]


def test_short_sentence_with_a_date_is_body_not_a_date_line():
    article = build("乡村医生的一天\n2023年11月5日，镇里召开了动员会。\n" + P1 + "\n" + P2)
    assert article.meta.date is None
    assert texts(article)[0] == "2023年11月5日，镇里召开了动员会。"


@pytest.mark.parametrize(
    "sentence",
    [
        "这份声明得到了村民的一致支持。",
        "技术支持由县农业农村局的专家提供。",
        "他说，侵权行为必须依法严惩。",
    ],
)
def test_footer_sentences_with_notice_words_are_kept(sentence):
    assert texts(build("乡村医生的一天" + BODY + sentence + "\n"))[-1] == sentence


@pytest.mark.parametrize(
    "header",
    [
        "# 乡村医生的一天\n\n> 来源：工人日报\n> 作者：张三",
        "**乡村医生的一天**\n\n**来源：**工人日报 **作者：**张三",
        "# 乡村医生的一天\n\n来源 | 工人日报\n\n作者 | 张三",
    ],
)
def test_markdown_header_marks(header):
    meta = build(header + "\n" + BODY).meta
    assert (meta.title, meta.source, meta.author) == ("乡村医生的一天", "工人日报", "张三")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "大公網\n首頁 > 新聞 > 港聞\n北部都會區新一批公屋落成\n2024年03月05日 10:12\n【大公報訊】記者 李明報道：",
            ("北部都會區新一批公屋落成", "大公報", "大公網", "2024-03-05", "李明"),
        ),
        (
            "東方日報 A1 | 要聞 | 2024-03-05\n北區新屋邨入伙\n",
            ("北區新屋邨入伙", "東方日報", None, "2024-03-05", None),
        ),
        (
            "经济日报 2024年03月05日 星期二 第05版：综合\n县域经济发展新动能\n本报记者 刘畅\n",
            ("县域经济发展新动能", "经济日报", None, "2024-03-05", "刘畅"),
        ),
        (
            "# 这个春天，村里来了新书记\n\n原创 小编 某某发布 2024年03月05日 18:06 浙江\n\n",
            # WeChat's byline: the page was read on the platform (the labelled sets' convention)
            ("这个春天，村里来了新书记", "某某发布", "微信公众号", "2024-03-05", None),
        ),
        ("（新华社北京3月5日电）\n", (None, "新华社", None, None, None)),
    ],
)
def test_more_site_layouts(text, expected):
    meta = build(text + BODY).meta
    assert (meta.title, meta.source, meta.site, meta.date, meta.author) == expected


def test_footer_run_of_short_lines_is_a_link_list():
    footer = "热点排行\n1 镇里召开冬季防火会议\n2 村里新修了文化广场\n村民夜校开课了\n县里表彰一批好人\n新春走基层\n"
    article = build("乡村医生的一天\n来源：某某报" + BODY + footer)
    assert texts(article) == [P1, P2, P3]
    # Without the heading, the run alone gives it away.
    article = build("乡村医生的一天\n来源：某某报" + BODY + "\n".join(footer.split("\n")[1:]))
    assert texts(article) == [P1, P2, P3]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "自由時報電子報\n地方 > 花蓮\n偏鄉小校靠共學\n2024/03/05 05:30\n〔記者王小明／花蓮報導〕",
            ("偏鄉小校靠共學", "自由時報電子報", "2024-03-05", "王小明"),
        ),
        (
            "中央社\n偏鄉小校靠共學 | 地方 | 中央社 CNA\n2024/3/5 09:12（3/5 10:20 更新）\n"
            "（中央社記者王小明台中5日電）",
            ("偏鄉小校靠共學", "中央社", "2024-03-05", "王小明"),
        ),
        (
            "香港01\n港聞\n北區新屋邨入伙\n撰文：李明\n出版：2024-03-05 10:12 更新：2024-03-05 12:00\n",
            ("北區新屋邨入伙", "香港01", "2024-03-05", "李明"),
        ),
        (
            "ETtoday新聞雲\n偏鄉小校靠共學\n2024年03月05日 09:12\n記者王小明／台中報導\n",
            ("偏鄉小校靠共學", "ETtoday新聞雲", "2024-03-05", "王小明"),
        ),
    ],
)
def test_hk_tw_layouts(text, expected):
    article = build(text + BODY)
    meta = article.meta
    assert (meta.title, meta.site, meta.date, meta.author) == expected
    assert texts(article)[-2:] == [P2, P3]


def test_app_advert_in_the_footer_is_chrome():
    footer = "不用抽 不用搶 現在用APP看新聞 保證天天中獎\n點我下載APP\n"
    assert texts(build("乡村医生的一天" + BODY + footer)) == [P1, P2, P3]


def test_unmistakable_widget_lines_inside_the_body():
    text = (
        "乡村医生的一天\n"
        + P1
        + "\n扫一扫在手机打开当前页\n关注民生实事\n阅读 3.5万\n"
        + P2
        + "\n"
        + P3
    )
    assert texts(build(text)) == [P1, "关注民生实事", P2, P3]


def test_copies_of_one_article_do_not_make_its_headline_chrome(tmp_path):
    from index.engine.models import SourceFile as Src
    from index.ingest.articles import count_recurrence

    for n in range(4):  # the same wire story saved from four portals
        (tmp_path / f"{n}.txt").write_text(
            f"站点{n}首页\n乡村医生的一天\n{P1}\n{P2}\n", encoding="utf-8"
        )
    for n in range(4, 6):
        (tmp_path / f"{n}.txt").write_text(
            f"其他标题{n}\n{P3}\n{n}号文章的正文，内容各不相同，字数也足够长。\n"
        )
    sources = [Src(str(p), str(tmp_path), p.name) for p in sorted(tmp_path.glob("*.txt"))]
    builder = ArticleBuilder(RULES, tag_regions=False)
    builder.recurrence = count_recurrence(sources, RULES, 1 << 20)
    article = build(
        (tmp_path / "0.txt").read_text(encoding="utf-8"), str(tmp_path / "0.txt"), builder
    )
    assert article.meta.title == "乡村医生的一天"
