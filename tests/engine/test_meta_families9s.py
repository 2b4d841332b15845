"""Issue 10, round 9 (sources, sites, authors, dates): families heldout8 missed, on made-up examples.

A top line naming the outlet, then sections of its site; a paper's name with a site word as the
paper's own website; the publisher table's website rows naming the outlet that runs them (the
credited outlet vs its website); forums named by their kind; English copyright lines without a
year; names the table knows in another language. Each family has positives and negatives.
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


def build_page(page: str, tmp_path):
    """One article built from a made-up saved HTML page, read as the indexer reads it."""
    from index.ingest.reading import read_file

    path = tmp_path / "x.html"
    path.write_text(page, encoding="utf-8")
    return BUILDER.build(read_file(SourceFile(str(path), str(tmp_path), "x.html")))


def test_a_top_line_naming_the_outlet_then_sections_of_its_site():
    # an unknown site, its section after a dot, a wide space or a bar
    for top in ("某城时间网 · 镇街", "某某新闻网　区县新闻", "某城新闻网 | 县区新闻"):
        art = build(f"{top}\n山区蔬菜喜丰收\n来源：某某晚报　2025-06-12 09:30\n\n" + BODY)
        assert (art.meta.title, art.meta.source) == ("山区蔬菜喜丰收", "某某晚报"), top
        assert art.meta.site == top.split()[0]
    # an unknown paper with its Latin name, then a section: the title is the headline under it
    art = build("某某华文日报 Mouhua Daily　|　国际\n山区蔬菜喜丰收\n2025年6月12日\n\n" + BODY)
    assert (art.meta.title, art.meta.source) == ("山区蔬菜喜丰收", "某某华文日报")
    # a known paper in traditional script, then its section
    art = build("成報　港聞\n山區蔬菜喜豐收\n2025年6月12日 星期四\n\n" + BODY)
    assert art.meta.source == "成報"
    # a menu bar (more parts) or a nav word shaped like an outlet names no outlet
    art = build("即時新聞 | 港聞 | 兩岸 | 財經\n山區蔬菜喜豐收\n2025年6月12日\n\n" + BODY)
    assert art.meta.source is None
    # two outlets on the top line stay two outlets (a paper and its site)
    art = build("新安晚报　安徽网\n山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("新安晚报", "安徽网")
    # a headline of two phrases is no masthead
    art = build("山区蔬菜　喜获丰收\n2025-06-12 09:30 来源：某某日报\n\n" + BODY)
    assert art.meta.site is None


def test_a_known_papers_name_with_a_site_word_is_the_papers_website():
    art = build("钱江晚报网\n山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("钱江晚报", "钱江晚报网")
    # an unknown name with the same ending is a site, crediting nobody it does not name
    art = build("某某晚报网\n山区蔬菜喜丰收\n2025-06-12 09:30　来源：某某日报\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("某某日报", "某某晚报网")


def test_a_website_row_names_the_outlet_running_it():
    from index.ingest.publishers import publishers

    assert publishers().website("香港文匯報").name == "文匯網"
    assert publishers().website("明报").name == "明報新聞網"
    assert publishers().website("文匯網") is None  # a website runs no other website
    assert publishers().website("某某日报") is None
    # a breadcrumb's root is the website: the paper's name there names its website
    art = build("香港文匯報 > 內地新聞\n山區蔬菜喜豐收\n2025年06月12日（星期四）\n\n" + BODY)
    assert art.meta.site == "文匯網"
    # after 首页 the paper's name is a channel of some other site
    art = build("首页 > 香港文匯報 > 內地\n山區蔬菜喜豐收\n2025年06月12日\n\n" + BODY)
    assert art.meta.site != "文匯網"
    # a website credited in the lead is credited by the website's name
    art = build("某地新闻一则\n【财新网】（记者 周晓）一季度，新能源汽车出口较快增长。" + BODY)
    assert art.meta.source == "财新网"


def test_a_name_written_with_a_space_the_canonical_name_has_not():
    from index.ingest.publishers import publishers

    assert publishers().canonical("now 新聞") == "now新聞"
    assert publishers().canonical("聯合報") == "聯合報"  # its own script stays
    assert publishers().canonical("LINE TODAY") == "LINE TODAY"


def test_a_forum_named_by_its_kind_opens_its_boards_breadcrumb():
    art = build(
        "某城社区 › 某地论坛 › 本地新闻\n山区蔬菜喜丰收\n楼主：老张　发表于 2025-5-18 21:03:44\n转自：某某日报\n\n"
        + BODY
    )
    assert (art.meta.source, art.meta.site) == ("某某日报", "某城社区")
    # after 首页 it is a board of another site
    art = build("首页 > 某城社区 > 通知\n山区蔬菜喜丰收\n2025-5-18 21:03:44\n\n" + BODY)
    assert art.meta.site is None


def test_an_english_copyright_line_without_a_year(tmp_path):
    text = (
        "山区蔬菜喜丰收\n2025-06-12\n\n"
        + BODY
        + "\n© Center for China and Globalization. All rights reserved.\n"
    )
    assert build(text).meta.source == "全球化智库"
    # an unknown company credits nobody
    text = text.replace("Center for China and Globalization", "Example Widgets Inc")
    assert build(text).meta.source is None


def test_a_long_name_the_table_knows_in_a_title_suffix(tmp_path):
    from index.ingest.html import _site_from_title

    title = "某局组织企业参展 - Direcção dos Serviços de Economia e Desenvolvimento Tecnológico"
    assert _site_from_title(title).startswith("Direcção")
    # an unknown long tail is the rest of a headline
    assert _site_from_title("某局组织企业参展 - an unknown long english subtitle here") is None
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        "<h2>某局组织企业参展</h2><div>日期：2025年5月20日</div>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P1}</p></div></body></html>"
    )
    art = build_page(page, tmp_path)
    assert (art.meta.source, art.meta.site) == ("經濟及科技發展局", "經濟及科技發展局")


def test_a_clippers_author_of_a_wechat_page_yields_to_the_credit_in_the_text():
    fm = "---\nsource: https://mp.weixin.qq.com/s/Ab3kL9\nauthor: 某县发布\n---\n\n# 山区蔬菜喜丰收\n\n"
    art = build(fm + BODY + "\n来源：某县融媒体中心\n", "x.md")
    assert (art.meta.source, art.meta.site) == ("某县融媒体中心", "某县发布")
    # with no credit in the text the account is the source
    art = build(fm + BODY, "x.md")
    assert (art.meta.source, art.meta.site) == ("某县发布", "微信公众号")
