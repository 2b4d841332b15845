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
