"""Citation styles (Chinese news, GB/T 7714-2015), nested quotes, and the reader's paragraph count."""

from __future__ import annotations

import pytest

from index.config import CitationConfig, ConfigError, load_config
from index.query.citation import (
    CitationFields,
    check_template,
    format_citation,
    format_reference,
    in_book_marks,
    is_caption,
    nest_quotes,
    reader_numbers,
)

NEWS = CitationConfig(style="news")
GBT = CitationConfig(style="gbt7714")


def fields(**kw) -> CitationFields:
    base = dict(passage="正文", title=None, source=None, author=None, date=None, paragraph=None)
    base.update(kw)
    return CitationFields(**base)


# -- Chinese news style -------------------------------------------------------------


def test_news_print_article_names_paper_date_and_page():
    f = fields(title="标题", source="人民日报", date="2024-02-20", page="19", paragraph=3)
    assert format_reference(NEWS, f) == "《标题》，《人民日报》2024年2月20日第19版，第3段"


@pytest.mark.parametrize("page", ["19", "019", "19版", " 19 "])
def test_news_page_labels_are_normalised(page):
    f = fields(source="人民日报", date="2024-02-20", page=page)
    assert format_reference(NEWS, f) == "《人民日报》2024年2月20日第19版"


def test_news_paper_without_page_keeps_book_marks():
    f = fields(source="光明日报", date="2023-01-05", paragraph=2)
    assert format_reference(NEWS, f) == "《光明日报》2023年1月5日，第2段"


def test_news_web_article_names_site_and_date_and_url():
    f = fields(title="巫溪新闻", source="七一客户端", date="2024-04-26", paragraph=8)
    assert format_reference(NEWS, f) == "《巫溪新闻》，七一客户端，2024年4月26日，第8段"
    f = fields(source="人民网", site="人民网", date="2024-11-23", url="http://example.cn/a.html")
    assert format_reference(NEWS, f) == "人民网，2024年11月23日，http://example.cn/a.html"


def test_news_site_field_wins_over_source_for_web_articles():
    f = fields(title="题", source="新华社", site="中国网", date="2021-06-08")
    assert format_reference(NEWS, f) == "《题》，中国网，2021年6月8日"


def test_news_unknown_parts_are_left_out_not_printed_empty():
    assert format_reference(NEWS, fields()) == ""
    assert format_reference(NEWS, fields(title="只有标题")) == "《只有标题》"


def test_title_with_book_marks_nests_them():
    assert in_book_marks("学习《论语》的体会") == "《学习〈论语〉的体会》"
    assert in_book_marks("《已经有书名号》") == "《已经有书名号》"


def test_citation_quotes_passage_with_nested_quotes():
    f = fields(passage="他说：“要落实‘四下基层’。”", title="题", source="人民日报", page="4")
    out = format_citation(NEWS, f)
    assert out == "“他说：‘要落实“四下基层”。’”——《题》，《人民日报》第4版"
    assert out.count("“") == 2 and out.count("‘") == 1


def test_nest_quotes_swaps_both_levels():
    assert nest_quotes("“一”‘二’") == "‘一’“二”"
    assert nest_quotes("无引号") == "无引号"


# -- GB/T 7714-2015 -----------------------------------------------------------------


def test_gbt7714_newspaper_print_example():
    # GB/T 7714-2015, 4.4.2 (连续出版物中的析出文献), 示例: a newspaper article [N].
    f = fields(
        author="丁文祥",
        title="数字革命与竞争国际化",
        source="中国青年报",
        date="2000-11-20",
        page="15",
    )
    assert (
        format_reference(GBT, f) == "丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15)."
    )


def test_gbt7714_newspaper_online_example():
    # GB/T 7714-2015, 4.4.2, 示例: an online newspaper article [N/OL] with its citation date.
    url = "http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm"
    f = fields(
        author="余建斌",
        title="我们的科技一直在追赶: 访中国工程院院长周济",
        source="人民日报",
        date="2013-01-12",
        page="2",
        url=url,
    )
    assert format_reference(GBT, f, accessed="2013-03-20") == (
        "余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, "
        f"2013-01-12(2)[2013-03-20]. {url}."
    )


def test_gbt7714_electronic_resource_example():
    # GB/T 7714-2015, 4.6.2 (电子资源), 示例: a web article [EB/OL]: (published)[cited]. URL.
    url = "http://www.creader.com/news/20011219/200112190019.html"
    f = fields(author="萧钰", title="出版业信息化迈入快车道", date="2001-12-19", url=url)
    assert format_reference(GBT, f, accessed="2002-04-15") == (
        f"萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. {url}."
    )


def test_gbt7714_without_author_begins_with_the_site_or_title():
    f = fields(title="村里来了第一书记", source="七一客户端", date="2024-04-26")
    assert format_reference(GBT, f, accessed="2025-01-02") == (
        "七一客户端. 村里来了第一书记[EB/OL]. (2024-04-26)[2025-01-02]."
    )
    f = fields(title="题名", source="人民日报", date="2024-02-20", page="19")
    assert format_reference(GBT, f) == "题名[N]. 人民日报, 2024-02-20(19)."


def test_gbt7714_citation_has_passage_first():
    f = fields(passage="原文“引语”", title="题名", source="人民日报", date="2024-02-20", page="19")
    assert format_citation(GBT, f) == "“原文‘引语’”——题名[N]. 人民日报, 2024-02-20(19)."


# -- template style and config ------------------------------------------------------


def test_template_style_keeps_user_template_and_nests_quotes():
    cfg = CitationConfig(
        style="template", template="“{passage}”（{parts}）", parts=["{source}", "第{paragraph}段"]
    )
    f = fields(passage="“引”", source="新华网", paragraph=2)
    assert format_citation(cfg, f) == "“‘引’”（新华网，第2段）"
    assert format_reference(cfg, f) == "新华网，第2段"


def test_unknown_style_is_a_config_problem(tmp_path):
    assert "unknown style" in check_template(CitationConfig(style="apa"))
    cfg = tmp_path / "config.yaml"
    cfg.write_text("citation:\n  style: apa\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown style 'apa'"):
        load_config(cfg)


def test_old_config_with_own_template_keeps_it(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("citation:\n  template: '{passage} ({parts})'\n", encoding="utf-8")
    assert load_config(cfg).citation.style == "template"
    cfg.write_text("citation:\n  style: gbt7714\n", encoding="utf-8")
    assert load_config(cfg).citation.style == "gbt7714"


# -- the reader's paragraph count ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "颜寿林摄(人民视觉)",
        "（新华社记者 张三 摄）",
        "图为村民在采摘西红柿。本报记者 李四摄",
        "图片来源：视觉中国",
        "▲ 驻村第一书记走访农户。",
        "图/王五",
        "资料图片",
        "上图：红光村新貌。",
        "（图片由受访者提供）",
    ],
)
def test_captions_and_photo_credits(text):
    assert is_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "他们在这里拍摄。",
        "日前,贵州省台江县红光村原驻村第一书记走访农户,了解春耕情况。",
        "记者张三摄影作品获奖后,村民们很高兴,纷纷前来观看,场面热闹。" * 3,
        "图书馆里来了许多孩子。",
        "",
    ],
)
def test_body_text_is_not_a_caption(text):
    assert not is_caption(text)


def test_reader_numbers_skip_headings_and_captions():
    paras = [
        ("导语正文。", False),
        ("“沉”出担当", True),
        ("正文一。", False),
        ("颜寿林摄(人民视觉)", False),
        ("正文二。", False),
    ]
    assert reader_numbers(paras) == [1, None, 2, None, 3]
