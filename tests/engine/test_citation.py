"""Citation styles (Chinese news, GB/T 7714-2015), nested quotes, and the reader's paragraph count."""

from __future__ import annotations

import pytest

from index.config import CitationConfig, ConfigError, load_config
from index.query.citation import (
    CitationFields,
    check_template,
    citation_has_passage,
    format_citation,
    format_reference,
    in_book_marks,
    is_caption,
    is_periodical,
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


def test_nest_quotes_equals_a_translation_table_on_any_string():
    import random

    table = str.maketrans({"“": "‘", "”": "’", "‘": "“", "’": "”"})
    rng = random.Random(4)
    alphabet = "“”‘’一二\"'a "
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert nest_quotes(text) == text.translate(table), text


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


# -- edge cases: missing metadata, partial dates, odd values (issue 13) --------------


@pytest.mark.parametrize(
    ("date", "cn"),
    [
        ("2024-02-20", "2024年2月20日"),
        ("2024-02", "2024年2月"),
        ("2024", "2024年"),
        ("2024-02-xx", "2024年2月"),  # an unreadable part is dropped, not printed
        ("", None),
        (None, None),
        ("unknown", None),
    ],
)
def test_partial_and_missing_dates(date, cn):
    f = fields(date=date)
    assert f.date_cn() == cn
    assert f.values()["year"] == (date[:4] if cn else None)


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("人民日报", True),
        ("《经济日报》", True),
        ("人民日报海外版", True),
        ("求是杂志", True),
        ("半月谈", True),
        ("新华网", False),
        ("七一客户端", False),
        ("新华社", False),
        ("", False),
        (None, False),
    ],
)
def test_periodicals_are_told_from_sites(name, paper):
    assert is_periodical(name) is paper


def test_news_paragraph_alone_and_heading_without_number():
    assert format_reference(NEWS, fields(paragraph=3)) == "第3段"
    assert format_reference(NEWS, fields(title="题", paragraph=None)) == "《题》"
    assert format_citation(NEWS, fields()) == "“正文”——"


def test_news_page_without_a_periodical_name_is_still_print():
    f = fields(source="某某客户端", page="A3", date="2024-05-01", url="http://x.cn/1")
    assert format_reference(NEWS, f) == "《某某客户端》2024年5月1日第A3版"  # no url for print
    f = fields(source="人民日报", page="5")
    assert format_reference(NEWS, f) == "《人民日报》第5版"
    assert format_reference(NEWS, fields(page="5")) == ""  # a page with no paper says nothing


def test_news_web_article_without_date_or_source():
    f = fields(title="题", url="https://example.org/a")
    assert format_reference(NEWS, f) == "《题》，https://example.org/a"
    f = fields(site="澎湃新闻", paragraph=1)
    assert format_reference(NEWS, f) == "澎湃新闻，第1段"


def test_gbt7714_with_nothing_known_still_reads_as_an_entry():
    assert (
        format_reference(GBT, fields(), accessed="2025-01-02") == "[无题名][EB/OL]. [2025-01-02]."
    )
    f = fields(author="张三", site="新华网", title="题")
    assert format_reference(GBT, f, accessed="2025-01-02") == "张三. 题[EB/OL]. [2025-01-02]."


def test_gbt7714_page_without_source_is_not_a_newspaper_entry():
    f = fields(title="题", page="3", date="2024-01-01")
    assert format_reference(GBT, f, accessed="2025-01-02") == "题[EB/OL]. (2024-01-01)[2025-01-02]."


def test_gbt7714_strips_book_marks_from_the_paper_name():
    f = fields(title="题", source="《人民日报》", date="2024-02-20")
    assert format_reference(GBT, f) == "题[N]. 人民日报, 2024-02-20."


def test_gbt7714_accessed_date_defaults_to_today():
    import datetime as dt

    f = fields(title="题", url="http://x.cn")
    assert f"[{dt.date.today().isoformat()}]" in format_reference(GBT, f)


def test_nested_quotes_in_passage_and_book_marks_in_title_together():
    f = fields(
        passage="他说：“读《论语》，要懂‘仁’。”",
        title="谈《论语》与“仁”",
        source="光明日报",
        date="2024-03-01",
        paragraph=2,
    )
    assert format_citation(NEWS, f) == (
        "“他说：‘读《论语》，要懂“仁”。’”——《谈〈论语〉与“仁”》，《光明日报》2024年3月1日，第2段"
    )


def test_template_parts_with_unknown_fields_are_dropped_whole():
    cfg = CitationConfig(
        style="template",
        template="{passage}（{parts}）",
        parts=["{author}：《{title}》", "{date_cn}", "第{paragraph}段", "{url}"],
        separator="；",
    )
    f = fields(passage="“引”", title="题", date="2024-02", paragraph=4)
    # {passage} is not inside “…” here, so its quotes are left as written.
    assert format_citation(cfg, f) == "“引”（2024年2月；第4段）"
    assert format_reference(cfg, fields()) == ""


def test_template_placeholders_are_checked():
    ok = CitationConfig(style="template", template="{passage} {parts}", parts=["{path}"])
    assert check_template(ok) is None
    bad = CitationConfig(style="template", template="{passage} {colour}")
    assert "unknown placeholder {colour}" in check_template(bad)
    nested = CitationConfig(style="template", parts=["{parts}"])
    assert "unknown placeholder {parts}" in check_template(nested)  # only the template has it
    broken = CitationConfig(style="template", template="{passage")
    assert "bad template" in check_template(broken)


def test_which_styles_carry_the_passage():
    assert citation_has_passage(NEWS) and citation_has_passage(GBT)
    assert citation_has_passage(CitationConfig(style="template", template="{passage}"))
    assert not citation_has_passage(CitationConfig(style="template", template="{parts}"))


@pytest.mark.parametrize("style", ["news", "gbt7714", "template"])
def test_every_style_survives_every_field_missing_but_the_passage(style):
    cfg = CitationConfig(style=style)
    out = format_citation(cfg, fields(passage="只有正文"), accessed="2025-01-02")
    assert "只有正文" in out
    assert "None" not in out and "{" not in out
