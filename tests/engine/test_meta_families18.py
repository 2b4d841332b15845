"""Issue 10, round 18 (meta18): families heldout16 (and heldout14/15) missed, on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import Line
from index.ingest.zones import REPOST_BOX, chrome_reason
from tests.engine.made_up import BODY, P1, P2, build, joined

TITLE = "山区蔬菜喜丰收"


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, fold(text)))


# --- WeChat's repost box: one definition, read by zones (chrome) and metadata (the account) ---


def test_the_repost_box_is_chrome_and_names_the_account_that_wrote_the_piece():
    for box, account in (
        ("以下文章来源于某某融媒，作者李小青", "某某融媒"),
        ("以下文章来源于 青山发布", "青山发布"),
        ("以下文章来源于：某某县教育局", "某某县教育局"),
    ):
        assert REPOST_BOX.match(fold(box))["acc"] == account
        assert _reason(box) == "platform's repost box"
        art = build(f"{TITLE}\n2025-06-05\n\n{box}\n\n{BODY}")
        assert art.meta.source == account and box not in joined(art)
    # a sentence about where an article came from is neither
    said = "以下文章来源于群众来信，我们作了核实。"
    assert REPOST_BOX.match(fold(said)) is None and _reason(said) is None


# --- bylines: label variants and forms beside the date -------------------------------------


def test_a_writer_labelled_zhuanwenzhe_or_zhuangaoren():
    for label, name in (("撰文者", "林雅琪"), ("撰稿人", "周立新")):
        art = build(f"某某周刊　第302期\n\n{TITLE}\n\n{label}：{name}\n2025.03.08\n\n{BODY}")
        assert (art.meta.author, art.meta.title) == (name, TITLE)


def test_the_writers_mark_beside_the_date_or_before_an_outlets_reporter():
    art = build(f"{TITLE}\n\n2025.01.15　文／吴海燕\n\n{BODY}")
    assert art.meta.author == "吴海燕" and art.meta.date == "2025-01-15"
    art = build(f"{TITLE}\n\n2025-01-15\n文 | 某某晚报记者 高远\n\n{BODY}")
    assert art.meta.author == "高远"
    # 文 inside a word (论文/作文) is no writer's mark
    art = build(f"{TITLE}\n\n2025.01.15　论文／吴海燕\n\n{BODY}", rules_only=True)
    assert art.meta.author != "吴海燕"


def test_a_five_character_name_set_apart_in_the_leads_bracket():
    for name in ("巴特尔其木格", "乌兰图雅", "格桑次仁"):
        lead = f"某某新闻网讯（记者 {name[:5]} 通讯员 李强）{P1}"
        art = build(f"{TITLE}\n2025-06-05\n\n{lead}\n\n{P2}\n")
        assert art.meta.author == name[:5]
    # glued to the next credit, the name stays three characters; 等 closes a list
    art = build(f"{TITLE}\n2025-06-05\n\n某某新闻网讯（记者 王小明等 通讯员 李强）{P1}\n\n{P2}\n")
    assert art.meta.author == "王小明"


# --- a body named whole as the author ------------------------------------------------------


def test_a_party_office_named_with_its_place_is_an_author():
    art = build(f"# {TITLE}\n\n作者：中共某某县委宣传部\n发布时间：2025-02-11\n\n{BODY}")
    assert art.meta.author == "中共某某县委宣传部"
    art = build(f"{TITLE}\n\n作者：某某省农科院课题组\n2025-02-11\n\n{BODY}")
    assert art.meta.author == "某某省农科院课题组"
    # a bare office is not
    art = build(f"{TITLE}\n\n作者：党政办　发布时间：2025-02-11\n\n{BODY}", rules_only=True)
    assert art.meta.author is None


def test_the_unit_under_a_periodicals_headline():
    head = "《北岭先锋》2025年第3期　2025年3月10日出版\n\n"
    art = build(f"{head}{TITLE}\n\n中共某某市委组织部\n\n{BODY}")
    assert (art.meta.author, art.meta.source) == ("中共某某市委组织部", "北岭先锋")
    assert "中共某某市委组织部" not in joined(art)
    # without the issue line the unit stays (a notice's signature is read elsewhere)
    art = build(f"{TITLE}\n2025-03-10\n\n中共某某市委组织部\n\n{BODY}", rules_only=True)
    assert art.meta.author is None


# --- mastheads: a headline in title marks, a name over its section -------------------------


def test_a_headline_in_title_marks_on_the_masthead_line():
    for sep in (" ｜ ", "|", "·"):
        art = build(f"某某周刊{sep}《{TITLE}》\n\n2025.04.02\n\n{BODY}")
        assert (art.meta.title, art.meta.source) == (TITLE, "某某周刊")
    # a book named in a headline that does not start with an outlet stays whole
    art = build(f"读书｜《{TITLE}》\n\n2025.04.02\n\n{BODY}", rules_only=True)
    assert art.meta.title == f"读书｜《{TITLE}》"


def test_an_unknown_magazine_name_over_its_section_at_the_top():
    for top, name in (("青禾一周　生活", "青禾一周"), ("某某风尚 | 人物", "某某风尚")):
        art = build(f"{top}\n\n{TITLE}\n\n撰文：何小燕\n2025年04月02日\n\n{BODY}")
        assert (art.meta.source, art.meta.title) == (name, TITLE)
    # a place or a section over a section word names no outlet
    for top in ("深圳　生活", "热点 | 人物"):
        art = build(f"{top}\n\n{TITLE}\n\n2025年04月02日\n\n{BODY}", rules_only=True)
        assert art.meta.source is None


# --- a page's site: the <title> suffix over the body JSON-LD names, brands without blurbs ----


def _page(title_tag: str, ld: str = "") -> str:
    script = f'<script type="application/ld+json">{ld}</script>' if ld else ""
    return (
        f"<html><head><title>{title_tag}</title>{script}</head><body>"
        f"<h1>{TITLE}</h1><div>2025-06-05 10:00</div><p>{P1}</p><p>{P2}</p></body></html>"
    )


def test_the_site_named_by_the_title_suffix(tmp_path):
    from tests.engine.made_up import build_page

    ld = (
        '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "某某市人民政府"}}'
    )
    art = build_page(_page(f"{TITLE} - 某某市人民政府门户网站", ld), tmp_path)
    assert art.meta.site == "某某市人民政府门户网站"
    # another body's site is not the publisher's own: JSON-LD stays
    art = build_page(_page(f"{TITLE} - 某某日报网", ld), tmp_path)
    assert art.meta.site == "某某市人民政府"
    for suffix, site in (("青松通 QSNet", "青松通"), ("MAPLEWIRE財經新聞", "MAPLEWIRE")):
        assert build_page(_page(f"{TITLE} - {suffix}"), tmp_path).meta.site == site
    # a brand's own word after the Latin name stays (某某TV; FT中文网 is no section)
    assert build_page(_page(f"{TITLE} - 青松TV"), tmp_path).meta.site == "青松TV"


# --- a government account's name at the top of a page crediting another body: the site -----


def test_an_accounts_name_at_the_top_is_the_site_when_a_label_credits_another_body():
    art = build(
        f"青川发布\n{TITLE}\n发布时间：2025年03月02日 08:10\n\n{BODY}\n素材来源：青川县融媒体中心\n"
    )
    assert (art.meta.site, art.meta.source) == ("青川发布", "青川县融媒体中心")
    art = build(f"{TITLE}\n青川发布　2025-03-02 08:10\n\n{BODY}\n来源：青川县农业农村局\n")
    assert (art.meta.site, art.meta.source) == ("青川发布", "青川县农业农村局")
    # the account crediting nobody else is the source itself, with no site beside it
    art = build(f"青川发布\n{TITLE}\n发布时间：2025年03月02日 08:10\n\n{BODY}")
    assert (art.meta.source, art.meta.site) == ("青川发布", None)


# --- the reporter's closing bracket with the outlet and 报道 -------------------------------


def test_a_reporters_closing_bracket_with_the_outlet_and_report_word():
    for credit, name in (
        ("【某某卫视记者 周晓彤 报道】", "周晓彤"),
        ("（某某台记者 何平）", "何平"),
    ):
        art = build(f"{TITLE}\n2025-06-05\n\n{P1}\n\n{P2}{credit}\n")
        assert art.meta.author == name
        assert credit not in joined(art) and P2 in joined(art)
    # a bracket about reporters, not crediting one, stays
    said = "据介绍，活动吸引了不少游客。（记者节当天）"
    art = build(f"{TITLE}\n2025-06-05\n\n{P1}\n\n{said}\n", rules_only=True)
    assert art.meta.author is None


# --- Markdown metadata lines in emphasis under a blockquoted lead ---------------------------


def test_emphasised_byline_and_date_lines_under_a_quoted_lead():
    for by, day in (
        ("**作者：林晓冬**", "**发布于 2025-01-20**"),
        ("__撰文：林晓冬__", "*2025年1月20日*"),
    ):
        text = f"# {TITLE}\n\n> 一段导语，说明这篇报道写了什么。\n\n{by}\n\n{day}\n\n{BODY}"
        art = build(text, name="x.md")
        assert (art.meta.author, art.meta.date) == ("林晓冬", "2025-01-20")
        assert "林晓冬" not in joined(art)
    # a sentence in emphasis is text
    said = "**镇里召开了动员会，2025年1月20日起实行新规。**"
    art = build(f"# {TITLE}\n\n{said}\n\n{BODY}", name="x.md")
    assert "动员会" in joined(art)
