"""Issue 10, round 19 (src19): source and site mechanisms, on made-up examples.

One validator for every source/site candidate, the <title>'s separators, an outlet beside its
website's name, and the page's own publication when nothing credits an outlet. No example is
a labelled file's string.
"""

from __future__ import annotations

from index.ingest.publishers import outlet_name
from tests.engine.made_up import BODY, P1, P2, build, build_page

TITLE = "山区蔬菜喜丰收"


# --- one validator: can this string be an outlet's or a site's name ------------------------


def test_the_name_validator_refuses_dates_sentences_ui_actions_and_engines():
    for bad in (
        "2025年3月8日",
        "2025-03-08",
        "3月8日 10:20",
        "打开APP",
        "下载客户端阅读全文",
        "点击关注我们",
        "Powered by WordPress",
        "镇里组织党员干部深入田间地头，帮助农户",
        "这是一个远远超过任何一个媒体名称长度的字符串它不可能是网站的名字吧对不对呢",
        "",
        None,
    ):
        assert outlet_name(bad) is None, bad
    for good in ("青松晚报", "某某县融媒体中心", "21世纪经济报道", "Yahoo!新闻", "FT中文网"):
        assert outlet_name(good) == good
    # Markdown marks around a name are dropped, the name kept
    assert outlet_name("# 某某县人民政府") == "某某县人民政府"
    assert outlet_name("> 青松晚报") == "青松晚报"
    assert outlet_name("**青松晚报**") == "青松晚报"


def _page(title_tag: str, top: str = "", foot: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<div class='logo'>{top}</div><h1>{TITLE}</h1><div>2025-06-05 10:00</div>"
        f"<p>{P1}</p><p>{P2}</p><div class='foot'>{foot}</div></body></html>"
    )


def test_a_date_or_an_engine_after_the_site_in_the_title_is_no_site(tmp_path):
    for tag, site in (
        (f"{TITLE} – 青松台 – 2025年6月5日", "青松台"),
        (f"{TITLE} - 游记板块 - 松林社区 - Powered by Discuz!", "松林社区"),
        (f"{TITLE} | 青松日报 | 2025-06-05", "青松日报"),
    ):
        art = build_page(_page(tag), tmp_path)
        assert art.meta.site == site, tag


def test_a_title_suffix_after_an_unspaced_dash(tmp_path):
    for dash in ("—", "――", "——", "―"):
        art = build_page(_page(f"{TITLE}{dash}松江新闻网"), tmp_path)
        assert (art.meta.title, art.meta.site) == (TITLE, "松江新闻网"), dash
    # a subtitle after the dash is no site
    art = build_page(_page(f"{TITLE}——记青山村的种菜能手"), tmp_path)
    assert art.meta.site is None


def test_no_ui_action_or_heading_mark_is_taken_as_the_site():
    art = build(f"青松快报　打开APP\n{TITLE}\n来源：松江日报　2025-06-05 18:40\n\n{BODY}")
    assert art.meta.site != "打开APP" and art.meta.source == "松江日报"
    art = build(f"# 某某县人民政府\n\n## {TITLE}\n\n发布时间：2025-06-05\n\n{BODY}")
    assert art.meta.site in (None, "某某县人民政府")


# --- an outlet beside its website's name on the logo line ----------------------------------


def test_an_outlet_beside_its_websites_name_is_the_source(tmp_path):
    for outlet, site in (
        ("松江日报", "松江新闻网"),
        ("青川广播电视台", "青川网络广播电视台"),
        ("某某晚报", "某某在线"),
    ):
        art = build_page(_page(f"{TITLE}-{site}", top=f"{outlet}　{site}"), tmp_path)
        assert (art.meta.source, art.meta.site) == (outlet, site), outlet


# --- a copyright holder in Latin letters followed by the footer's own links -----------------


def test_a_latin_copyright_holder_before_the_footers_links():
    for foot, source in (
        ("© 2025 Deutsche Welle　隐私政策　联系我们", "德国之声"),
        ("Copyright © China Youth Daily　使用条款", "中国青年报"),
    ):
        art = build(f"{TITLE}\n2025-06-05\n\n{BODY}\n{foot}\n")
        assert art.meta.source == source, foot
    # an unknown Latin word before the links names nobody
    art = build(f"{TITLE}\n2025-06-05\n\n{BODY}\n© 2025 Home　隐私政策\n", rules_only=True)
    assert art.meta.source is None


# --- the page's own publication when nothing credits an outlet -----------------------------


def test_a_blog_named_by_its_label_is_its_own_posts_source():
    for foot, name in (
        ("本文作者：小周　|　博客：山径随笔", "山径随笔"),
        ("博客：听雨小记　本文链接：https://rain.example/p/12/", "听雨小记"),
    ):
        art = build(f"{TITLE}\n2025-06-05\n\n{BODY}\n{foot}\n")
        assert (art.meta.site, art.meta.source) == (name, name), foot


def test_a_forum_or_personal_site_crediting_nobody_is_the_source(tmp_path):
    for tag, name in (
        (f"{TITLE} - 灌水区 - 石门论坛 - Powered by Discuz!", "石门论坛"),
        (f"{TITLE}_松风阁", "松风阁"),
    ):
        art = build_page(_page(tag), tmp_path)
        assert (art.meta.site, art.meta.source) == (name, name), tag
    # a platform hosts other people's pages: no source from it
    art = build(f"{TITLE}\n2025-06-05\n\n{BODY}\n本文来自QQ空间\n", rules_only=True)
    assert art.meta.source != "QQ空间"
    # an office's portal posts others' news: its name credits nothing by itself
    art = build_page(_page(f"{TITLE}_某某县人民政府"), tmp_path, rules_only=True)
    assert art.meta.source is None
    # a credit elsewhere on the page wins over the site
    art = build_page(_page(f"{TITLE} - 石门论坛", foot="来源：青松日报"), tmp_path)
    assert art.meta.source == "青松日报"
