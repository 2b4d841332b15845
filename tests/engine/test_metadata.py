"""Metadata: every bundled article, and each header/footer pattern on new text."""

from __future__ import annotations

import pytest

from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder, split_front_matter
from index.ingest.cleaning import CleaningRules
from index.ingest.metadata import iso_date
from tests.conftest import CORPUS, ROOT
from tests.engine.test_cleaning import _article

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)

EXPECTED = {
    # "作者:生活头条 来源:未知 2021-06-08": 未知 is no source.
    "000": dict(
        title="干部下沉基层 用心用情担当(深度关注·把好传统带进新征程(11))",
        source=None,
        author="生活头条",
        date="2021-06-08",
    ),
    # No title or date in the text; the footer "共产党员网 版权所有" names the source.
    "001": dict(title=None, source="共产党员网", author=None, date=None),
    # "…_中國網" title suffix; spam removed from the title too.
    "002": dict(
        title="村落干部的干與盼(下層管理新實行·黨員辦事在一線)",
        source="中國網",
        author=None,
        date=None,
    ),
    # The print line beats "发布时间:2024-11-23 … 来源: sp20241123".
    "003": dict(title=None, source="人民日报", author=None, date="2024-02-20", page="19"),
    # "文章来源:七一客户端发布时间:2024-04-26 08:46:02" with no separator.
    "004": dict(
        title="巫溪:推行“1315”联系服务群众工作机制 解锁“四下基层”的多样践行方式",
        source="七一客户端",
        author="钟红",
        date="2024-04-26",
    ),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_bundled_article_metadata(prefix):
    meta = _article(prefix).meta
    for key, value in EXPECTED[prefix].items():
        assert getattr(meta, key) == value, (prefix, key)


def build(text: str):
    src = SourceFile("/tmp/x.txt", "/tmp", "x.txt")
    article = BUILDER.build(DecodedFile(src, text, "utf-8", "h"))
    return article.meta, [p.text for p in article.paragraphs]


BODY = "\n\n这是正文第一段,讲述了基层干部深入一线为群众办实事的经过,内容完整而且足够长。\n\n这是正文第二段,继续讲述。"


def test_labels_with_fullwidth_colons_and_chinese_date():
    meta, paras = build(
        "新华社记者走进乡村\n时间：2023年5月6日 来源：新华网 作者：张三 李四" + BODY
    )
    assert (meta.title, meta.source, meta.author, meta.date) == (
        "新华社记者走进乡村",
        "新华网",
        "张三 李四",
        "2023-05-06",
    )
    assert paras[0].startswith("这是正文第一段")


def test_publish_time_line_with_seconds():
    meta, _ = build("标题在这里出现\n发布时间:2024-11-23 01:28:10 来源: 光明日报" + BODY)
    assert (meta.date, meta.source) == ("2024-11-23", "光明日报")


def test_identifier_source_is_rejected():
    meta, _ = build("发布时间:2024-11-23 01:28:10 来源: sp20241123" + BODY)
    assert meta.source is None and meta.date == "2024-11-23"


def test_print_line_beats_repost_time():
    meta, paras = build(
        "发布时间:2024-11-23 01:28:10 来源: 某网站"
        + BODY
        + "\n《 光明日报 》( 2023年12月01日 05 版)"
    )
    assert (meta.source, meta.date, meta.page) == ("光明日报", "2023-12-01", "05")
    assert not any("光明日报" in p for p in paras)


def test_run_together_labels():
    meta, _ = build("标题\n文章来源:七一客户端发布时间:2024-04-26 08:46:02" + BODY)
    assert (meta.source, meta.date) == ("七一客户端", "2024-04-26")


@pytest.mark.parametrize(
    "line, title, source",
    [
        ("村落干部的干與盼_中國網", "村落干部的干與盼", "中國網"),
        ("基层治理新实践 - 人民网", "基层治理新实践", "人民网"),
        ("乡村振兴的新路子|光明网", "乡村振兴的新路子", "光明网"),
        ("年轻干部成长记_新浪新闻", "年轻干部成长记", "新浪新闻"),
    ],
)
def test_site_suffix_on_title(line, title, source):
    meta, _ = build(line + BODY)
    assert (meta.title, meta.source) == (title, source)


@pytest.mark.parametrize(
    "footer, source",
    [
        ("共产党员网 版权所有 京ICP备12024993号-1", "共产党员网"),
        ("版权所有：人民网 未经授权禁止转载", "人民网"),
        ("Copyright © 2024 chinadaily.com.cn All Rights Reserved", "chinadaily"),
    ],
)
def test_copyright_footer_names_source(footer, source):
    meta, paras = build("某标题" + BODY + "\n" + footer)
    assert meta.source == source
    assert footer not in paras


def test_site_junk_above_title_removed():
    meta, paras = build(
        "海昌难忘\n\n干部下沉基层 用心用情担当\n\n字号+ 作者:生活头条 来源:未知 2021-06-08 我要评论"
        + BODY
    )
    assert meta.title == "干部下沉基层 用心用情担当"
    assert meta.source is None and meta.author == "生活头条"
    assert paras[0].startswith("这是正文第一段")


def test_front_matter_wins_and_is_not_text():
    text = (
        "---\ntitle: 前置标题\nsource: 新华社\ndate: 2022-03-04\nauthor: 王五\nurl: https://example.com/a\n---\n# 另一个标题\n"
        + BODY
    )
    meta, paras = build(text)
    assert (meta.title, meta.source, meta.date, meta.author, meta.url) == (
        "前置标题",
        "新华社",
        "2022-03-04",
        "王五",
        "https://example.com/a",
    )
    assert not any("title:" in p for p in paras)


def test_markdown_heading_is_title_without_front_matter():
    meta, _ = build("# 一篇Markdown文章\n" + BODY)
    assert meta.title == "一篇Markdown文章"


def test_broken_front_matter_is_reported_not_fatal():
    data, rest, _line, problem = split_front_matter("---\ntitle: [unclosed\n---\n正文。")
    assert data == {} and "not valid YAML" in problem and rest.startswith("---")


def test_traditional_labels_fold():
    meta, _ = build("標題文字在此\n來源：聯合報 發佈時間：2020/1/2" + BODY)
    assert (meta.source, meta.date) == ("聯合報", "2020-01-02")


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2024年02月20日", "2024-02-20"),
        ("2021-06-08", "2021-06-08"),
        ("2020/1/2 10:00", "2020-01-02"),
        ("2023.12.31", "2023-12-31"),
        ("2023-02-30", None),
        ("共14年3月", None),
    ],
)
def test_iso_date(text, iso):
    assert iso_date(text) == iso


def test_no_metadata_means_none_not_guesses():
    meta, paras = build("这是一篇没有标题的文章,第一行就是正文,而且是一个完整的句子。" + BODY)
    assert (meta.title, meta.source, meta.date) == (None, None, None)
    assert len(paras) == 3


def test_bundled_files_exist():
    assert len(list(CORPUS.glob("*.txt"))) == 5
