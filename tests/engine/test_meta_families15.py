"""Issue 10, round 15 (open12): families heldout12 missed, on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string. Spam: a loan, a permit agent and a paid-task advert glued inside a sentence,
with the (county-level) city they target. Titles and sources: a document's masthead (the
issuing body, then the kind of document), a Taiwanese document's subject (主旨), a
compiler's credit (编印), a yearbook's path, a signature closing the text, a section line over
the headline, a masthead under a print header, a bulletin's issue line and contents bullet, an
account's verification badge, an outlet glued after a hyphen, a site-name masthead over an
HTML page's own <h1>. Chrome: a printed or Word page's footer and running header inside
the text.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import Line
from index.ingest.metadata import _doc_masthead, _strip_title
from index.ingest.zones import chrome_reason
from tests.engine.made_up import BODY, P1, P2, build, build_page, clean, joined

TITLE = "山区蔬菜喜丰收"


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, fold(text)))


# --- spam ---------------------------------------------------------------------------------


def test_a_lender_calling_itself_regular_and_promising_money_today():
    for advert in ("正规贷款公司当天放款", "专业小额贷款机构极速到账", "靠谱网贷平台秒下款"):
        said = f"村里修了新路，很多游客开车过来{advert}，周末人很多。"
        assert advert not in clean(said)
        assert "很多游客开车过来，周末人很多" in clean(said)
    # news about a lender, with no claim about itself, stays
    for news in ("该小额贷款公司当天放款两百万元。", "银行为企业快速放款，解了燃眉之急。"):
        assert clean(news) == news


def test_an_agent_getting_permits_fast():
    for advert in ("代办居住证加急", "代办暂住证当天拿证", "包办健康证包过"):
        said = f"小区门口新开了便民超市{advert}，居民买菜方便多了。"
        assert advert not in clean(said)
    for news in (
        "社区为行动不便的老人代办居住证，今年已办理三百件。",
        "派出所开通居住证加急办理通道。",
        "代办居住证加急办理服务受到好评。",
    ):
        assert clean(news) == news


def test_a_paid_task_advert_promising_pay_and_its_county_level_market():
    said = "学员大多是附近的年轻人，培训三个月义乌兼职日结工资高，结业后帮他们找货源。"
    out = clean(said)
    assert "兼职" not in out and "工资高" not in out and "义乌" not in out
    said = "老街改造后客流大增昆山刷单日结工资高，商户们都很高兴。"
    assert "昆山" not in clean(said) and "刷单" not in clean(said)
    # a sentence about pay, or a place governed by a preposition, stays
    for news in ("这家工厂工资高，福利也好。", "他在义乌打工，收入比老家高。"):
        assert clean(news) == news


# --- titles and sources -------------------------------------------------------------------


def test_a_documents_masthead_names_the_issuing_body_and_is_no_headline():
    assert _doc_masthead("某某乡公所　公告") == "某某乡公所"
    assert _doc_masthead("某某区议会　区议员工作报告") == "某某区议会"
    assert _doc_masthead("某某县驻村工作队工作简报") == "某某县驻村工作队"
    assert _doc_masthead("某某市政务服务中心 工作动态") == "某某市政务服务中心"
    # a notice's own headline (the kind glued to the body), a theme with no body, a sentence
    assert _doc_masthead("某某县人民政府公告") is None
    assert _doc_masthead("乡村振兴工作简报") is None
    assert _doc_masthead("山区蔬菜丰收 通知") is None
    art = build("某某县某某乡公所　公告\n中華民國113年11月30日\n\n" + BODY, rules_only=True)
    assert art.meta.source == "某某县某某乡公所" and art.meta.title != "某某县某某乡公所　公告"
    art = build(
        "某某区议会　区议员工作报告\n第十二期　出版日期：2024年11月30日\n\n" + TITLE + "\n\n" + BODY
    )
    assert (art.meta.title, art.meta.source) == (TITLE, "某某区议会")


def test_a_documents_subject_is_its_title_when_no_headline_stands_above_it():
    text = "某某县某某乡公所　公告\n2024年11月30日\n某乡民字第1130012345号\n\n"
    art = build(text + "主旨：公告本乡秋季茶叶评比活动办理事宜。\n说明：\n" + BODY)
    assert art.meta.title == "公告本乡秋季茶叶评比活动办理事宜"
    assert "1130012345" not in joined(art)  # the document's number is no text
    # a headline above wins; a sentence merely starting 主旨 is no subject
    art = build(TITLE + "\n2024-11-30\n\n主旨：公告本乡秋季茶叶评比活动办理事宜。\n" + BODY)
    assert art.meta.title == TITLE


def test_a_compilers_credit_on_a_bulletins_head():
    head = "乡村振兴工作简报\n2024年第23期\n\n某某县乡村振兴局编印　　　2024年12月2日\n\n"
    art = build(head + "● " + TITLE + "\n● 各镇冬季工作有序推进\n\n" + TITLE + "\n\n" + BODY)
    assert (art.meta.source, art.meta.title) == ("某某县乡村振兴局", TITLE)
    art = build("某某市统计局 编发\n2024-12-02\n" + TITLE + "\n\n" + BODY, rules_only=True)
    assert art.meta.source == "某某市统计局"
    # a person compiling is no body; 编 alone is no credit
    art = build("王某某编印\n2024-12-02\n" + TITLE + "\n\n" + BODY, rules_only=True)
    assert art.meta.source is None


def test_a_yearbook_entry_with_its_path():
    art = build(
        "《某某年鉴（2024）》　乡镇概况 › 某某镇\n【" + TITLE + "】\n\n" + BODY, rules_only=True
    )
    assert (art.meta.source, art.meta.title) == ("某某年鉴", TITLE)
    assert "乡镇概况" not in joined(art)
    art = build("《某某县志》 › 经济 › 农业\n" + TITLE + "\n\n" + BODY, rules_only=True)
    assert art.meta.source == "某某县志"
    # a book named in a headline, with no path after it, is no source
    art = build("《某某年鉴》出版发行\n2024-12-02\n\n" + BODY, rules_only=True)
    assert art.meta.source is None


def test_a_signature_closing_the_text():
    art = build(TITLE + "\n\n" + BODY + "\n某某市政务服务中心\n2024年12月1日\n", rules_only=True)
    assert art.meta.source == "某某市政务服务中心"
    art = build(TITLE + "\n\n" + BODY + "\n某某县驻村工作队\n2024年11月25日\n", rules_only=True)
    assert art.meta.source == "某某县驻村工作队"
    # a name over no date is no signature (test_meta_families8s), nor a person over a date
    art = build(TITLE + "\n\n" + BODY + "\n某某村村民委员会\n", rules_only=True)
    assert art.meta.source is None
    art = build(TITLE + "\n\n" + BODY + "\n王小明\n2024年11月25日\n", rules_only=True)
    assert art.meta.source is None


def test_a_section_line_over_the_headline_and_a_museums_masthead():
    art = build("某某村村史馆\n第二展厅　茶乡巨变\n\n从“背茶下山”到“茶路进村”\n\n" + BODY)
    assert art.meta.title == "从“背茶下山”到“茶路进村”"
    art = build("第三部分　产业振兴\n" + TITLE + "\n\n" + BODY)
    assert art.meta.title == TITLE
    # a section line alone is still the best headline there is
    art = build("第一章　山里的春天\n\n" + BODY)
    assert art.meta.title == "第一章　山里的春天"


def test_a_masthead_under_a_print_header_and_a_hyphen_glued_outlet():
    assert _strip_title("龙眼丰收了-某某日报")[0] == "龙眼丰收了"
    assert _strip_title("“三下乡”走进山村-某某新闻网")[0] == "“三下乡”走进山村"
    # a hyphen inside a headline, or a tail that names no outlet, stays
    assert _strip_title("成渝-西部陆海新通道开行")[0] == "成渝-西部陆海新通道开行"
    assert _strip_title("中欧班列开行-半年回顾")[0] == "中欧班列开行-半年回顾"
    page1 = "2024/12/2 下午3:14                  " + TITLE + "-某某日报\n\n"
    art = build(
        page1
        + "某某日报\n"
        + TITLE
        + "\n来源：某某日报　时间：2024-12-02\n\n"
        + P1
        + "\n\nhttps://www.example.cn/news/1.html        1/2\n\n"
        + page1
        + P2
        + "\n"
    )
    assert art.meta.title == TITLE
    assert "下午3:14" not in joined(art) and "example.cn" not in joined(art)
    assert P1 in joined(art) and P2 in joined(art)


def test_an_issue_line_and_a_verified_account_are_no_headline():
    art = build("某某日报　已认证\n2024-11-27 10:02\n" + TITLE + "\n\n" + BODY)
    assert art.meta.title == TITLE
    art = build("某某发布 官方认证\n" + TITLE + "\n2024-11-27\n\n" + BODY)
    assert art.meta.title == TITLE
    art = build("第十二期\n" + TITLE + "\n2024-11-27\n\n" + BODY)
    assert art.meta.title == TITLE
    # a headline about an issue or a certification stays one
    art = build("我县新增认证绿色食品十二个\n2024-11-27\n\n" + BODY)
    assert art.meta.title == "我县新增认证绿色食品十二个"


def test_an_html_masthead_naming_the_site_over_the_pages_own_h1(tmp_path):
    page = (
        "<html><head><title>某某市民政局</title></head><body>"
        "<div class='mast'>某某市民政局</div><h1>{h}</h1>"
        "<div>发布时间：2024-11-21</div><p>{p1}</p><p>{p2}</p></body></html>"
    )
    art = build_page(page.format(h="农村低保申请常见问题解答", p1=P1, p2=P2), tmp_path)
    assert art.meta.title == "农村低保申请常见问题解答"
    # a <title> naming the headline still picks the block it names
    page = (
        "<html><head><title>{h}_某某网</title></head><body><div>某某网</div>"
        "<div class='t'>{h}</div><div>发布时间：2024-11-21</div><p>{p1}</p><p>{p2}</p></body></html>"
    )
    art = build_page(page.format(h="农村低保申请常见问题解答", p1=P1, p2=P2), tmp_path)
    assert art.meta.title == "农村低保申请常见问题解答"


# --- chrome -------------------------------------------------------------------------------


def test_a_printed_pages_footer_and_running_header_inside_the_text():
    assert _reason("第 1 页 共 2 页") == "printed page's footer"
    assert _reason("https://www.example.cn/a/1.html      2/3") == "printed page's footer"
    art = build(
        "某某县工作队工作简报\n关于驻村帮扶工作的情况汇报\n\n"
        + P1
        + "\n\n第 1 页 共 2 页\n某某县工作队工作简报\n"
        + P2
        + "\n\n第 2 页 共 2 页\n"
    )
    text = joined(art)
    assert "第 1 页" not in text and "工作简报" not in text and P2 in text
    # a body line saying the same words as a heading, as a sentence, stays
    art = build("山区蔬菜喜获丰收啦\n2024-11-27\n\n" + P1 + "\n\n山区蔬菜喜获丰收啦。\n\n" + P2)
    assert "山区蔬菜喜获丰收啦。" in joined(art)
    assert _reason("共有2页材料") is None


# --- sources, sites and authors -------------------------------------------------------------


def test_a_sites_latin_short_name_glued_after_its_name(tmp_path):
    from index.ingest.html import _latin_short_name_off

    assert _latin_short_name_off("某某山KDS") == "某某山"
    assert _latin_short_name_off("某某论坛 BBS") == "某某论坛"
    # a brand's own TV/FM/APP, mixed case, or a name the table knows whole, stays
    assert _latin_short_name_off("芒果TV") == "芒果TV"
    assert _latin_short_name_off("某某之声FM") == "某某之声FM"
    assert _latin_short_name_off("某某新闻Knews") == "某某新闻Knews"
    page = (
        "<html><head><title>{h} - 生活 - 某某山KDS</title></head><body><h1>{h}</h1>"
        "<div class='author'>楼主 山里人2008　发表于 2024-11-9 21:36</div>"
        "<p>{p1}</p><p>{p2}</p><div class='author'>2楼 阿拉　发表于 2024-11-9 22:05</div>"
        "<p>顶一个。</p></body></html>"
    )
    art = build_page(page.format(h="回老家过了一个礼拜", p1=P1, p2=P2), tmp_path)
    assert (art.meta.site, art.meta.author) == ("某某山", "山里人2008")


def test_a_threads_first_post_bar_names_the_poster():
    art = build(
        "某某论坛 › 生活\n" + TITLE + "\n楼主 山里人2008　发表于 2024-11-9 21:36\n\n" + BODY
    )
    assert art.meta.author == "山里人2008"
    art = build(TITLE + "\n楼主：老张 | 发表时间：2024-11-09 21:36\n\n" + BODY)
    assert art.meta.author == "老张"
    # a reply's bar, or 楼主 in a sentence, names no poster
    art = build(TITLE + "\n2楼 阿拉　发表于 2024-11-9 22:05\n\n" + BODY, rules_only=True)
    assert art.meta.author is None
    art = build(TITLE + "\n2024-11-09\n\n楼主说的发表于去年的那篇文章，我也看过。\n\n" + BODY)
    assert art.meta.author is None


def test_authors_in_a_blogs_rights_box_a_database_list_and_a_traditional_byline():
    art = build(
        TITLE + "\n2024-11-16\n\n" + BODY + "\n本文作者：阿木\n本文链接：https://x.example.com/1/\n"
    )
    assert art.meta.author == "阿木"
    art = build("【篇名】" + TITLE + "\n【作者】陈某东;李某怡\n【日期】2024-11-20\n\n" + BODY)
    assert art.meta.author == "陈某东 李某怡"
    art = build(TITLE + "\n作者：王某、李某\n2024-11-20\n\n" + BODY)
    assert art.meta.author == "王某 李某"
    art = build(TITLE + "\n2024/12/01 18:20\n記者 蔡某君 報導\n\n" + BODY)
    assert art.meta.author == "蔡某君"
    # a sentence about an author is no list
    art = build(TITLE + "\n2024-11-20\n\n本文作者是一位老党员，他说：“坚持就是胜利。”\n\n" + BODY)
    assert art.meta.author is None


def test_a_four_character_name_in_a_byline_alone():
    art = build("某某日报　2024年11月24日\n" + TITLE + "\n某某日报记者 阿依努尔 王䶮\n\n" + BODY)
    assert art.meta.author == "阿依努尔 王䶮"
    art = build(TITLE + "\n2024-11-24\n记者 次仁卓玛\n\n" + BODY)
    assert art.meta.author == "次仁卓玛"
    art = build("某某社记者走进乡村\n2024-11-24\n\n" + BODY)
    assert art.meta.title == "某某社记者走进乡村"  # no space: a headline, not a byline
    # …never a name glued to 报道 or 摄影
    art = build(TITLE + "\n2024-11-24\n记者 王某报道\n\n" + BODY)
    assert art.meta.author == "王某"
    art = build(TITLE + "\n2024-11-24\n\n" + BODY + "\n（某某社记者赵某伟摄）\n", rules_only=True)
    assert art.meta.author is None  # a photo credit's 摄 is no fourth character
    art = build(TITLE + "\n\n（某某社记者王某明台中5日电）" + P1 + "\n\n" + P2)
    assert art.meta.author == "王某明"  # nor the place filed from, glued after the name


# --- more chrome, and labels on a meta row ------------------------------------------------


def test_service_buttons_ratings_and_a_documents_distribution_lines():
    for line in ("我要留言", "【我要咨询】", "满意度：满意", "办理满意度：非常满意"):
        assert _reason(line) == "share/navigation words (service buttons)", line
    for line in (
        "报：市乡村振兴局，县委、县政府主要领导",
        "送：各镇党委、政府",
        "抄报：市农业农村局",
    ):
        assert _reason(line) == "document's issue or cover note", line
    # a sentence about satisfaction or a wish, and a quote starting 报, are text
    for line in (
        "我要留言给村里的年轻人：好好干。",
        "群众满意度达到百分之九十八。",
        "报：好消息。",
    ):
        assert _reason(line) is None, line


def test_an_epapers_other_items_contents_and_a_databases_bracketed_fields():
    assert _reason("本版其他文章：某某区新增三处老年食堂") == "link"
    assert _reason("本期要目") == "link list heading"
    assert _reason("【版号】003") == "e-paper page navigation"
    assert _reason("【栏目】县域经济") == "e-paper page navigation"
    assert _reason("栏目：乡村振兴") == "e-paper page navigation"
    # a sentence about other articles, or a column named in text, stays
    assert _reason("本版其他文章也讲到了这件事，值得一读。") is None
    assert _reason("栏目组的记者走进了山村。") is None


def test_reading_apps_player_and_clipper_lines():
    for line in (
        "来自微信读书",
        "来自QQ阅读",
        "▶ 收听本则新闻",
        "点击收听本篇音频",
        "剪藏自 某某日报网",
    ):
        assert _reason(line) is not None, line
    for line in (
        "本文字数：812 | 阅读时长 ≈ 3 分钟",
        "文章字数：1,024",
        "某某日报 · 2024年11月21日 · 3 分钟阅读",
    ):
        assert _reason(line) == "reading-time bar", line
    # text about reading, listening or clipping stays
    for line in (
        "来自微信读书的数据显示，今年阅读时长增加。",
        "收听本则新闻的听众很多",
        "剪藏自己喜欢的文章",
    ):
        assert _reason(line) is None, line


def test_a_posting_label_without_time_and_a_read_count_on_the_meta_row():
    art = build(TITLE + "\n发布：3天前　来源：某某商报　阅读：1.5万\n\n" + BODY)
    assert art.meta.source == "某某商报" and "1.5万" not in joined(art)
    art = build(TITLE + "\n发布：2024-12-01 10:05 | Updated: 2024-12-02 08:40\n\n" + BODY)
    assert art.meta.date == "2024-12-01" and "Updated" not in joined(art)
    # 发布 before a name is no date label
    art = build(TITLE + "\n2024-12-01\n\n" + BODY + "\n发布：某某县农业农村局\n")
    assert art.meta.date == "2024-12-01"


def test_a_verified_account_names_the_source_and_an_official_signs_by_title():
    art = build(TITLE + "\n某某日报　已认证\n2024-11-27 10:02 · 发布于湖南\n\n" + BODY)
    assert art.meta.source == "某某日报" and "已认证" not in joined(art)
    art = build(TITLE + "\n山里的小乔 已认证\n2024-11-27\n\n" + BODY, rules_only=True)
    assert art.meta.source is None and "已认证" not in joined(art)
    art = build("某某乡公所　公告\n2024年11月30日\n\n" + BODY + "\n乡长　林○○\n")
    assert "林○○" not in joined(art)
    art = build(TITLE + "\n2024-11-30\n\n" + BODY + "\n村党支部书记 王某某\n")
    assert "王某某" not in joined(art)
    # a sentence naming an official stays
    art = build(TITLE + "\n2024-11-30\n\n" + BODY + "\n乡长林某某说，明年还要再建两座桥。\n")
    assert "乡长林某某说" in joined(art)
