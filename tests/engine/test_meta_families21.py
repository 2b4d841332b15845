"""Issue 10, round 21 (meta21): author and date families heldout19/19b missed, on made-up
examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.metadata import credit_row_writer
from tests.engine.made_up import BODY, build, build_page, joined

TITLE = "山村小学的新操场启用了"


def _writer(row: str) -> str | None:
    folded = fold(row)
    span = credit_row_writer(folded)
    return folded[span[0] : span[1]] if span else None


# --- a row of credits: role and names, several roles on one line -----------------------------


def test_a_credit_row_names_its_first_writer():
    for row, name in (
        ("文｜记者 覃海燕　图｜实习生 邓一鸣", "覃海燕"),
        ("撰文：蒋红梅　摄影：卢小川　责编：田野", "蒋红梅"),
        ("主笔/顾明远 实习生/严小雨 美编/钟声", "顾明远"),
        ("图/通讯员 马骏 文/本报记者 司马青云", "司马青云"),
        ("执笔：孔令华、苗青", "孔令华"),
        ("本报记者 央金拉姆　通讯员 尼玛", "央金拉姆"),
        ("采访/撰文：吕文静　摄影：贺川", "吕文静"),
        ("邱玉兰 文/图", "邱玉兰"),
        ("贺川/摄　邱玉兰/文", "邱玉兰"),
    ):
        assert _writer(row) == fold(name), row


def test_rows_without_a_writer_or_with_prose_are_no_credit_row():
    for row in (
        "编辑：钱多多　审核：韦一笑",  # editors only: nobody wrote it here
        "摄影 欧阳晨",
        "文化站里的老人们正在排练节目",
        "记者走进田间地头了解情况",
        "文：今年的收成比去年好",
        "邱玉兰/摄",  # a photographer alone
        "文化 旅游 体育",
    ):
        assert _writer(row) is None, row


def test_a_credit_row_under_the_headline_gives_the_author_and_is_not_indexed(tmp_path):
    for row, name in (
        ("文 | 记者 苗秀丽　图 | 通讯员 古月", "苗秀丽"),
        ("主笔：韩冬青　实习生：林小满　编辑：宋河　美编：聂珊", "韩冬青"),
        ("文/记者 蓝天佑　通讯员 罗一　图/罗一", "蓝天佑"),
    ):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert art.meta.author == name, row
        assert name not in joined(art), row
        md = build(f"# {TITLE}\n\n> {row}\n\n{BODY}", name="x.md")
        assert md.meta.author == name, row
        page = (
            f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='by'>{row}</div><p>{BODY}</p></body></html>"
        )
        assert build_page(page, tmp_path).meta.author == name, row


# --- a name set apart by spaces may have four characters ------------------------------------


def test_a_four_character_name_beside_the_date_is_kept_whole():
    for row, name in (
        ("2025-03-14 08:20 | 某某晚报 | 记者 旦增曲珍", "旦增曲珍"),
        ("2025年3月14日　作者 山间老周", "山间老周"),
        ("文：欧阳思远 · 2025-03-14", "欧阳思远"),
        ("2025-03-14　记者 王小明", "王小明"),
    ):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert (art.meta.author, art.meta.date) == (name, "2025-03-14"), row


# --- WeChat's 原创 mark before a labelled writer --------------------------------------------


def test_a_labelled_writer_after_the_original_mark():
    for row, name in (("原创　作者：邱晓梅", "邱晓梅"), ("原创 文｜詹红", "詹红")):
        art = build(f"{TITLE}\n\n某某杂志　2025年03月14日 18:00　贵州\n{row}\n\n{BODY}")
        assert art.meta.author == name, row
        assert art.meta.source != fold(row), row  # the label is no account


# --- a poster's profile row: registration date and points are not the post's ---------------


def test_a_posters_profile_fields_are_no_date_and_end_the_name():
    for row in (
        "楼主：江南採茶人　注册时间：2013-05-02　积分：512",
        "发帖人：江南採茶人 注册于：2013-05-02 威望：30",
        "楼主：江南採茶人 | 最后登录：2013-05-02",
    ):
        text = f"某某论坛 > 茶友天地\n\n{TITLE}\n\n{row}\n发表于 2025-03-14 21:05\n\n{BODY}"
        art = build(text)
        assert art.meta.date == "2025-03-14", row
        assert art.meta.author in ("江南採茶人", None), row
        assert "注册" not in (art.meta.author or ""), row


# --- a thread's title right above the first post's poster row -------------------------------


def test_a_threads_title_over_the_posters_row_is_the_title():
    post = "前几天去了趟老街，" + BODY
    for headline, row, name in (
        ("老城墙根下的早市还在吗？去转了一圈", "楼主：巷口的阿福　Lv.6", "巷口的阿福"),
        ("周末带娃去采草莓，记录一下", "楼主 巷口的阿福 发表于 2025-03-14 21:05", "巷口的阿福"),
        ("河堤边新开了一家面馆", "发帖人：巷口的阿福", "巷口的阿福"),
    ):
        art = build(f"某某吧\n看贴　图片　精品\n\n{headline}\n\n{row}\n{post}")
        assert art.meta.title == headline, headline
        assert art.meta.author == name, row
        assert headline not in joined(art), headline


def test_a_question_opening_a_post_with_no_poster_row_stays_text():
    text = f"{TITLE}\n\n老城墙根下的早市还在吗？去转了一圈\n{BODY}"
    art = build(text)
    assert art.meta.title == TITLE
    assert "老城墙根下的早市还在吗" in joined(art)


# --- a Weibo post's topic tags around its bracketed headline ---------------------------------


def test_topic_tags_around_a_bracketed_headline_are_cut():
    for line in (
        "【山村小学的新操场启用了】#开学季# #乡村教育#",
        "#开学季# 【山村小学的新操场启用了】",
        "山村小学的新操场启用了 #开学季#",
    ):
        art = build(f"某某发布\n2025-3-1 18:22 来自 微博 weibo.com\n\n{line}\n\n{BODY}")
        assert art.meta.title == TITLE, line


def test_a_column_tag_in_brackets_before_a_headline_stays():
    art = build(f"【随手拍】{TITLE}\n\n2025-03-01\n\n{BODY}")
    assert art.meta.title == f"【随手拍】{TITLE}"


# --- a sharing site's upload day is not the document's date ----------------------------------


def test_an_upload_day_gives_way_to_the_documents_own_date():
    for row in (
        "上传者：abc_2025　上传时间：2025-04-02　页数：5",
        "上传于：2025-04-02　下载：37",
    ):
        text = (
            f"某某文库　首页 > 工作总结\n{row}\n\n{TITLE}\n某某镇人民政府　2025年3月14日\n\n{BODY}"
        )
        assert build(text).meta.date == "2025-03-14", row


def test_an_upload_day_alone_still_dates_the_page():
    text = f"某某文库　首页 > 工作总结\n上传时间：2025-04-02　页数：5\n\n{TITLE}\n\n{BODY}"
    assert build(text).meta.date == "2025-04-02"


def test_a_four_character_name_in_other_byline_shapes_is_kept_whole():
    for row, name in (
        ("来源：某某晚报 记者 格桑德吉", "格桑德吉"),
        ("文/白玛央宗", "白玛央宗"),
        ("【记者 尼玛次仁／日喀则报导】", "尼玛次仁"),
        ("记者 达娃卓玛/通讯员 李华", "达娃卓玛"),
        ("【记者 林佩君／宜兰报导】", "林佩君"),
        ("文/王小明", "王小明"),
    ):
        assert build(f"{TITLE}\n\n{row}\n\n{BODY}").meta.author == name, row


# --- days a page names that are not its own: an event's, a deadline, a photo's, a profile's --


def test_labelled_days_that_are_not_the_pages_are_never_its_date():
    for row in (
        "截止日期：2025-04-30　发布日期：2025-03-14",
        "活动时间：2025年4月10日　发布时间：2025年3月14日",
        "拍摄时间：2024-12-20　来源：某某日报　2025-03-14",
        "楼主：听雨轩主人　加入时间：2016-03-09　帖子：320\n发表于 2025-03-14 22:41",
        "作者：听雨轩主人　入驻时间：2019-05-02\n2025-03-14 22:41",
    ):
        assert build(f"{TITLE}\n{row}\n\n{BODY}").meta.date == "2025-03-14", row


def test_an_unlabelled_day_after_such_a_cue_gives_way_to_the_next():
    for row in (
        "拍摄于 2024-12-20　发布于 2025-03-14",
        "听雨轩主人　注册：2016-03-09　发表于 2025-03-14 22:41",
    ):
        assert build(f"{TITLE}\n{row}\n\n{BODY}").meta.date == "2025-03-14", row


def test_an_event_day_alone_is_not_taken_for_the_pages():
    art = build(f"{TITLE}\n活动时间：2025年4月10日\n\n{BODY}")
    assert art.meta.date != "2025-04-10"


# --- a dateline's day with the year from a masthead's bare year ------------------------------


def test_a_datelines_day_takes_the_year_a_header_line_names():
    lead = "本报讯 5月9日，某某县的茶农开始采摘夏茶，" + BODY
    for head in ("某某日报 2023", "2023年第18期", "某某周刊　2023年"):
        art = build(f"{head}\n{TITLE}\n\n{lead}")
        assert art.meta.date == "2023-05-09", head


def test_a_counter_or_an_address_gives_no_year():
    lead = "本报讯 5月9日，某某县的茶农开始采摘夏茶，" + BODY
    for head in ("阅读 2023", "www.example2023.com"):
        art = build(f"{head}\n{TITLE}\n\n{lead}")
        assert art.meta.date != "2023-05-09", head


def test_a_credit_row_in_brackets_or_under_the_text():
    for row, name in (("（文/柯晓芸）", "柯晓芸"), ("【文｜记者 柯晓芸　图｜房鸣】", "柯晓芸")):
        art = build(f"{TITLE}\n\n{row}\n\n{BODY}")
        assert art.meta.author == name, row
        assert name not in joined(art), row
    for row in ("（文/柯晓芸）", "柯晓芸 文/图　编辑 房鸣", "采写：柯晓芸　统筹：房鸣"):
        art = build(f"{TITLE}\n2025-03-01\n\n{BODY}\n{row}\n分享到：微信 微博")
        assert art.meta.author == "柯晓芸", row
        assert "柯晓芸" not in joined(art), row
    assert _writer("（编辑：房鸣）") is None


# --- the writer's bio under the text ---------------------------------------------------------


def test_a_writers_bio_under_the_text_names_the_author_and_stays():
    for row, name in (
        ("作者简介：柯晓芸，某某师范大学副教授。", "柯晓芸"),
        ("【作者简介】房鸣　某某研究院研究员，长期研究乡村治理。", "房鸣"),
        ("（作者简介：阿依古丽·吐尔逊，某某学院讲师）", "阿依古丽·吐尔逊"),
    ):
        art = build(f"{TITLE}\n2025-03-01\n\n{BODY}\n{row}")
        assert art.meta.author == name, row
        assert name in joined(art), row  # the bio is the piece's own text


def test_a_byline_above_beats_the_bio_and_a_bio_without_a_name_gives_none():
    art = build(f"{TITLE}\n2025-03-01　记者 王小明\n\n{BODY}\n作者简介：柯晓芸，某某大学教授。")
    assert art.meta.author == "王小明"
    art = build(f"{TITLE}\n2025-03-01\n\n{BODY}\n作者简介：本文作者长期关注乡村教育。")
    assert art.meta.author is None
