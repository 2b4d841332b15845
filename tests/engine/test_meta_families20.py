"""Issue 10, round 20 (meta20): one counter vocabulary, and families heldout18/18b missed,
on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

import re

from index.ingest import zones
from tests.engine.made_up import BODY, build, build_page

TITLE = "高原牧场迎来转场季"


# --- one counter vocabulary: the toolbar, a date line and a poster's row read the same words --


def test_every_counter_word_reads_as_a_counter_in_each_place():
    for word in zones.COUNT_WORDS:
        for shape in (f"{word} 215", f"{word}：1.4万", f"{word}量 88"):
            assert re.fullmatch(zones.COUNTER, shape), shape


def test_a_posters_row_counted_by_words_the_old_date_line_list_lacked(tmp_path):
    for row, name in (
        ("溪边听雨　2025-05-20 19:40　跟帖 23　分享 9", "溪边听雨"),
        ("走过草原的风 2025-05-20 在看 310 喜欢 42", "走过草原的风"),
    ):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert (art.meta.author, art.meta.date) == (name, "2025-05-20"), row
        page = (
            f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='author-row'>{row}</div><p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row


def test_a_posters_row_in_traditional_script_on_a_saved_page(tmp_path):
    # the page's text is read unfolded: 點擊 and 讚 are 点击 and 赞 once folded
    for row, name in (
        ("阿里山的雲　2025-05-20 19:40　點擊 3861　讚 127", "阿里山的雲"),
        ("港島行者 2025-05-20 瀏覽 2.1萬 回覆 16", "港島行者"),
    ):
        page = (
            f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<span class='post-author'>{row}</span><p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row


def test_a_relative_time_with_counters_is_a_date_line_not_a_paragraph():
    for row in (
        "昨天 18:42　在看 31　分享 7",
        "3小时前 · 播放 1.2万",
        "某某融媒 前天 09:15 跟帖 6",
    ):
        art = build(f"{TITLE}\n{row}\n\n{BODY}")
        assert row not in "\n".join(p.text for p in art.paragraphs), row
