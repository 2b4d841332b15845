"""Issue 10, round 8 (meta8c): families heldout7 missed in titles, dates, chrome, body and spam.

Made-up examples, each family in more than one shape, with negatives: spam glued inside a
sentence with the market glued before it (any province or prefecture-level city, not a hand
list), massage at home before a chat contact, an exam sat for someone and promised passed;
chrome: an empty attachment field under another label, an app's recommendation label, a
sponsor line without a colon, a forum signature and reply box, replies on floors named
沙发/板凳, an address beside the site's service line.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, HEAD, P1, P2, build, clean, joined


def test_a_city_glued_before_an_advert_with_its_contact_goes_with_it():
    # any prefecture-level city or province, listed by the division table, not by hand
    assert clean("大家都种上了垛田泰州无抵押小额贷款秒批加微信dk5599，收入翻番。") == (
        "大家都种上了垛田，收入翻番。"
    )
    assert clean("人多了起来常州代开各类发票电话13800001111，村子也热闹了。") == (
        "人多了起来，村子也热闹了。"
    )
    assert clean("产业兴旺起来丽水市代开发票微信ff1234，乡亲们笑了。") == (
        "产业兴旺起来，乡亲们笑了。"
    )
    # without a contact the place before a cut is the text's (the lexicon decides what is spam)
    assert clean("他在常州代开各类发票的窝点被查处。").startswith("他在常州")
    # a word that only ends like no city stays
    assert clean("大家都很开心代开发票微信ff1234，好。") == "大家都很开心，好。"


def test_massage_at_home_before_a_chat_contact():
    assert clean("住得安全、过得舒心合肥上门按摩服务加微信ab8899，环境大为改善。") == (
        "住得安全、过得舒心，环境大为改善。"
    )
    assert clean("村里新修了路，附近足疗保健微信cd6677，游客多了。") == "村里新修了路，游客多了。"
    # a service centre's home visits with its phone, or a massage shop's booking line, stay
    for text in (
        "社区为老人提供上门服务，联系电话：0551-12345678。",
        "盲人按摩店提供上门按摩服务，预约电话0551-1234567。",
    ):
        assert clean(text) == text


def test_an_exam_sat_for_someone_and_promised_passed():
    assert clean("过去各管一段，如今办证代考一级建造师包过，能坐下来商量。") == (
        "过去各管一段，如今，能坐下来商量。"
    )
    assert clean("大家说代考英语四级包通过，不可信。") == "大家说，不可信。"
    # a sentence about the offence stays
    text = "有考生以为找人代考就能包过，结果被抓。"
    assert clean(text) == text


def test_empty_attachment_fields_an_apps_recommendation_label_and_a_sponsor_line():
    art = build(
        HEAD
        + BODY
        + "\n相关附件：无\n某某新闻客户端 推荐\n某某市人大常委会办公室 主办\n"
        + "地址：某某市国学巷37号　预约挂号请拨打医院服务电话\n"
    )
    text = joined(art)
    for chrome in ("附件", "推荐", "主办", "国学巷"):
        assert chrome not in text
    # a sentence about a sponsor, a recommendation or an address is text
    art = build(
        HEAD
        + BODY
        + "\n活动由市妇联主办，县文旅局协办。\n\n新的服务点地址就在村委会旁边，电话随时能打通。\n"
    )
    assert "市妇联主办" in joined(art) and "服务点地址" in joined(art)


def test_a_forum_signature_the_reply_box_and_floors_named_sofa_and_bench():
    art = build(
        "某某论坛 › 乡镇风采\n白茶村的年轻人回来了\n作者：南山客　时间：2025-05-06 14:22\n\n"
        + BODY
        + "\n签名：生活在龙城，爱在江南\n快速回复\n"
    )
    assert "签名" not in joined(art) and "快速回复" not in joined(art)
    art = build(
        "某某论坛 > 城事\n老茶园焕发新生机\n楼主：老茶客　发表于 2025-04-12 20:31\n\n"
        + BODY
        + "\n回复 | 引用 | 举报\n沙发　江北小陈：去过，风景确实不错\n板凳　雨花石头：周末约起\n"
    )
    assert "江北小陈" not in joined(art) and "雨花石头" not in joined(art)
    assert P2 in joined(art)
    # a sentence opening on 沙发 is text
    art = build(HEAD + BODY + "\n沙发、床垫等大件家具由村里统一回收，不再乱堆乱放。\n")
    assert "沙发、床垫" in joined(art)


def test_a_papers_date_line_with_weekday_and_lunar_date():
    art = build(
        "某某日报　国内统一连续出版物号 CN53-0006\n2025年3月17日　星期一　农历乙巳年二月十八\n"
        "第2版　综合新闻\n海菜花开富了湖边村\n\n" + BODY
    )
    assert art.meta.date == "2025-03-17"
    assert "农历" not in joined(art)


def test_a_social_posts_edited_on_line_with_its_ip_place_and_topic_tags():
    art = build(
        "某某小乔\n关注\n在遇龙河边的村子住了一周\n" + P1 + "\n" + P2 + "\n"
        "#阳朔 #乡村旅行 #民宿推荐\n编辑于 2025-10-03 IP属地：广西\n赞 2.3万　收藏 1.1万\n"
    )
    assert art.meta.date == "2025-10-03"
    assert "#阳朔" not in joined(art) and "IP属地" not in joined(art)
    # a Markdown heading and a sentence with a topic tag stay what they are
    art = build(
        "# 山区蔬菜喜丰收\n\n" + BODY + "\n#乡村振兴# 话题下，网友晒出了家乡的新变化。\n", "x.md"
    )
    assert "网友晒出了家乡的新变化" in joined(art)


def test_a_quoted_wechat_byline_and_a_byline_with_a_yearless_posting_time():
    art = build(
        "# 老果园嫁接新品种\n\n> 原创 周某某 · 某某发布 · 2025-02-26 17:00 · 辽宁\n\n" + BODY,
        "x.md",
    )
    assert art.meta.date == "2025-02-26"
    art = build(
        "返乡青年把酸汤做成了“网红”\n某某新闻记者 杨某某　11月03日 18:20\n\n"
        + BODY
        + "\n© 2025 某某广播电视台 版权所有\n"
    )
    assert art.meta.date == "2025-11-03"
    assert "11月03日" not in joined(art)
    # a sentence about a day in the text gives no date
    art = build("返乡青年把酸汤做成了“网红”\n\n11月3日，记者来到工厂。" + BODY)
    assert art.meta.date is None


def test_a_page_title_with_the_site_first_and_the_headline_in_a_heading():
    from index.ingest.html import extract_page

    page = extract_page(
        "<html><head><title>某某縣政府全球資訊網-縣府推動農村再生 社區打造漁村生活館</title></head>"
        "<body><div>首頁 &gt; 新聞稿</div><h3>縣府推動農村再生 社區打造漁村生活館</h3>"
        "<div>發布日期：114-09-03　發布單位：水利處</div>"
        f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    assert page.meta["title"] == "縣府推動農村再生 社區打造漁村生活館"
    # a headline that itself holds a dash, with no site before it, stays whole
    page = extract_page(
        "<html><head><title>乡村振兴-新观察：某某村的一天</title></head>"
        f"<body><h3>新观察：某某村的一天</h3><div><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    assert page.meta.get("title") != "新观察：某某村的一天"


def test_issuing_offices_under_a_bulletins_title_are_not_the_headline():
    art = build(
        "首页 > 统计数据\n某县2024年国民经济和社会发展统计公报\n某县统计局　国家统计局某县调查队\n"
        "2025年3月28日\n\n" + BODY
    )
    assert art.meta.title == "某县2024年国民经济和社会发展统计公报"
    # a headline about offices stays a headline
    art = build("市统计局联合调查队开展入户调查\n2025-03-28\n\n" + BODY)
    assert art.meta.title == "市统计局联合调查队开展入户调查"


def test_a_repost_mark_names_the_headline_under_the_posters_name():
    art = build(
        "某某财经观察\n2025-09-15 21:08· 来自雪球\n转：县域冷链补短板，农产品出村进城更快了\n"
        "原标题：县域冷链物流建设提速\n来源：经济参考报\n\n" + BODY
    )
    assert art.meta.title == "县域冷链补短板，农产品出村进城更快了"
    assert art.meta.original_title == "县域冷链物流建设提速"


def test_a_notes_page_properties_are_its_front_matter():
    art = build(
        "title:: 山区小学堂里的乡村振兴课\nsource:: 微信公众号 某某州教育局\ndate:: 2025-11-20\n"
        "tags:: 乡村教育, [[教育调研]]\n\n- " + P1 + "\n- " + P2 + "\n",
        "x.md",
    )
    assert art.meta.title == "山区小学堂里的乡村振兴课"
    assert art.meta.date == "2025-11-20"
    assert (art.meta.source, art.meta.site) == ("某某州教育局", "微信公众号")
    assert "tags::" not in joined(art)
    # a sentence with a double colon in the text is no property
    art = build("# 标题在此\n\n" + BODY + "\n比分定格在3::1，全场沸腾。\n", "x.md")
    assert "全场沸腾" in joined(art)


def test_a_page_title_with_the_site_first_after_a_double_dash():
    from index.ingest.html import extract_page

    page = extract_page(
        "<html><head><title>某某政协网--政协委员为老区乡村振兴建言</title></head>"
        "<body><div>网站首页 | 履职动态 | 委员风采 | 提案工作</div>"
        "<div class='bt'>政协委员为老区乡村振兴建言</div><div>时间：2025-06-03　来源：某市政协</div>"
        f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    assert page.meta["title"] == "政协委员为老区乡村振兴建言"


def test_a_gazettes_running_header_and_document_number_are_not_the_title():
    wrapped = (
        "　　为进一步做好驻村帮扶工作，巩固拓展脱\n贫攻坚成果，经省人民政府同意，现就有关事\n"
        "项通知如下。各地要把政治素质好、工作能\n力强的干部选派到村任职，脱贫人口较多的\n"
        "地区要适当增加选派数量，确保帮扶见效。\n"
    )
    art = build(
        "某某省人民政府公报　　2025年第9期　　·15·\n某政办发〔2025〕12号\n"
        "省人民政府办公厅关于进一步加强驻村\n帮扶工作的通知\n各市、州、县人民政府：\n"
        + wrapped
        + "·16·\n"
    )
    assert art.meta.title == "省人民政府办公厅关于进一步加强驻村帮扶工作的通知"
    assert "公报" not in joined(art) and "·16·" not in joined(art)
    # a headline naming a gazette's issue is a headline
    art = build("省政府公报第9期今日出刊\n2025-05-06\n\n" + BODY)
    assert art.meta.title == "省政府公报第9期今日出刊"


def test_a_forum_reply_on_a_named_floor_with_its_time_and_a_print_views_banner():
    art = build(
        "某某网　www.example.com.cn\n老街改造完成了\n楼主　春江渔夫　发表于 2025-04-11 09:32\n\n"
        + BODY
        + "\n收藏　分享　举报\n沙发　阿福哥　2025-04-11 10:05\n小时候天天在那条街上玩，改得不错\n"
    )
    text = joined(art)
    assert "阿福哥" not in text and "小时候" not in text and "www." not in text
    assert art.meta.title == "老街改造完成了"
    # a sentence naming a site's address is text
    art = build(HEAD + BODY + "\n详情请登录某某网站查询，网址是www.example.com.cn。\n")
    assert "网址是" in joined(art)
