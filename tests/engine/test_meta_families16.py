"""Issue 10, round 16: families heldout13 missed, made-up examples with negatives.

Each block is one engineer's; keep them apart so merges stay easy. No example is a labelled
file's string.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import Line
from index.ingest.publishers import site_before_menu
from index.ingest.zones import chrome_reason
from tests.engine.made_up import BODY, HEAD, P1, P2, build, build_page, joined


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, fold(text)))


# ---- open13c: chrome families (media lengths, credit chains, disclaimers, clippers' and savers'
# notes, captions left under the text, property tables, disclosure attributes, slogans) ----


class TestChromeOpen13c:
    """Chrome families of heldout13, each with made-up positives and negatives."""

    def test_a_media_items_length_label(self):
        for line in (
            "【视频】时长 01:42",
            "影片長度 02:15",
            "视频时长：3分20秒",
            "[音频] 04:05",
            "片长 12:30",
        ):
            assert _reason(line) == "media player", line
            art = build(HEAD + line + "\n\n" + BODY)
            assert P1 in joined(art) and line not in joined(art), line
        for line in ("09:30", "时长两小时的会议开完了。", "视频里，村民们在跳舞。"):
            assert _reason(line) != "media player", line

    def test_credit_pairs_apart_by_semicolons_or_commas(self):
        for line in ("编译：张岚；审校：王伟", "翻译：李明，校对：王芳", "編譯：張嵐；審校：王偉"):
            assert _reason(line) == "editor credits", line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        for line in (
            "编辑：张三，他说要改。",
            "编译：张岚；她还负责村里的广播稿件审校和排版工作。",
        ):
            assert _reason(line) != "editor credits", line

    def test_a_publisher_disclaiming_what_it_carries(self):
        for line in (
            "路透不对第三方内容的准确性负责。",
            "本站不保证所载信息的真实性",
            "本网不对转载文章的内容真实性负责",
        ):
            assert _reason(line) == "publisher's disclaimer", line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert line not in joined(art), line
        for line in ("企业要对产品质量负责。", "他说，村里不对外收取任何费用。"):
            assert _reason(line) is None, line
        # A court story's last sentence stays (long, and about a case, not this page).
        last = (
            "法院认为，平台不对用户发布信息的真实性负责的格式条款无效，判决平台赔偿原告损失八千元。"
        )
        art = build(HEAD + BODY + "\n" + last + "\n")
        assert last in joined(art)

    def test_a_clipper_signing_its_clip(self):
        for line in (
            "—— 来自有道云笔记网页剪报",
            "来自印象笔记剪藏",
            "Clipped with Joplin Web Clipper",
        ):
            assert _reason(line) == "web clipper's note", line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        for line in ("来自村里的剪报本", "奶奶的剪报本里夹着一张老照片。"):
            assert _reason(line) != "web clipper's note", line

    def test_a_savers_note_on_where_the_text_came_from(self):
        for line in (
            "备注：整理自曲靖日报，供组内学习参考。",
            "说明：本文摘自《某某》",
            "注：转自某某日报，仅供学习交流。",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        for line in ("备注：整理自村民的口述，感谢大家。", "注：以上数据来自统计局。"):
            assert _reason(line) is None, line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert line in joined(art), line

    def test_a_caption_between_the_text_and_the_pages_chrome(self):
        for caption in (
            "图为村民在包装青稞炒面。",
            "图：会员在老屋前合影。",
            "图为志愿者在村口为老人测量血压，老人们连连称赞。",
        ):
            art = build(HEAD + BODY + "\n" + caption + "\n编辑：马琳\n下载某某APP，阅读更多新闻\n")
            assert P2 in joined(art) and caption not in joined(art), caption
        # Ending the file, a caption ends a photo story and stays; inside the text it stays.
        art = build(HEAD + BODY + "\n图为村民在包装青稞炒面。\n")
        assert "图为村民在包装青稞炒面。" in joined(art)
        art = build(HEAD + P1 + "\n\n图为村民在包装青稞炒面。\n\n" + P2 + "\n编辑：马琳\n")
        assert "图为村民在包装青稞炒面。" in joined(art)
        # A last sentence about a picture is no caption.
        last = "他指着墙上的照片说，那是全村人第一次一起过丰收节。"
        art = build(HEAD + BODY + "\n" + last + "\n编辑：马琳\n")
        assert last in joined(art)

    def test_a_notes_apps_property_table(self):
        for head, rows in (
            (
                "| 属性 | 值 |\n| --- | --- |\n",
                "| 来源 | 某某日报 |\n| 标签 | 乡村振兴, 社区治理 |\n",
            ),
            (
                "| Property | Value |\n|---|---|\n",
                "| 状态 | 已读 |\n| 分类 | 基层治理, 乡村振兴 |\n",
            ),
            ("", "| 来源 | 某某日报 |\n| 标签 | 乡村振兴, 社区治理 |\n"),  # a row read as metadata
        ):
            art = build("# 山区蔬菜喜丰收\n\n" + head + rows + "\n" + BODY, name="x.md")
            assert P1 in joined(art), rows
            assert "乡村振兴" not in joined(art), rows
            assert any("property table" in d for d in art.dropped_lines), rows
        # A data table above the text is no property table; one inside the text stays.
        table = "| 村名 | 户数 |\n| --- | --- |\n| 东村 | 120 |\n| 西村 | 98 |\n"
        art = build("# 山区蔬菜喜丰收\n\n" + table + "\n" + BODY, name="x.md")
        assert not any("property table" in d for d in art.dropped_lines)
        art = build("# 山区蔬菜喜丰收\n\n" + P1 + "\n\n" + table + "\n" + P2 + "\n", name="x.md")
        assert "东村" in joined(art) and "西村" in joined(art)

    def test_a_disclosure_pages_attribute_lines(self):
        for line in (
            "信息索引号：00816241-7/2024-01532",
            "信息分类：通知公告",
            "有效性：有效",
            "体裁分类：公示",
        ):
            art = build("某县关于冬季瓜菜补贴的公示\n" + line + "\n生成日期：2024-11-29\n\n" + BODY)
            assert P1 in joined(art) and line not in joined(art), line
            assert art.meta.date == "2024-11-29"
        # Inside the text a sentence about the index number stays.
        said = "信息索引号由县政务公开办统一编制，群众可据此查询办理进度。"
        art = build(HEAD + P1 + "\n\n" + said + "\n\n" + P2 + "\n")
        assert said in joined(art)

    def test_a_platforms_slogan(self):
        for line in ("今日头条，你关心的才是头条", "知乎，有问题就会有答案", "网易新闻，各有态度"):
            assert _reason(line) == "platform's slogan", line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        for line in (
            "知乎上，有人问",
            "新华社，北京",
            "人民日报，2024年11月30日",
            "知乎，一个问答社区。",
        ):
            assert _reason(line) != "platform's slogan", line


class TestProbedChromeOpen13c:
    """Chrome kinds of mainstream pages probed with invented lines (no labelled set)."""

    def test_share_instructions_naming_the_page(self):
        for line in (
            "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
            "使用微信扫一扫，将本页分享至朋友圈",
            "扫码可将本文分享给好友",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        last = "村民用微信扫一扫，就能把家乡的美景分享到朋友圈。"
        assert _reason(last) is None
        assert last in joined(build(HEAD + BODY + "\n" + last + "\n"))

    def test_a_social_accounts_label_and_a_weather_widget(self):
        for line in (
            "官方微信",
            "中国新闻网微信",
            "人民日报微博",
            "天气：晴 5℃~15℃",
            "今日天气 多云 12℃",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert line not in joined(art), line
        # A forecast's own lines carry no label; a friend's account is no outlet's.
        for line in ("北京晴－9℃／0℃", "我的微信", "今天天气很好，气温15℃。"):
            assert _reason(line) is None, line

    def test_an_accounts_closing_plea_and_pictures_from_the_net(self):
        for line in (
            "你点的每个赞，我都认真当成了喜欢",
            "转发，是对我们最大的鼓励",
            "感谢阅读",
            "部分图片来源网络",
            "图片来源于网络，侵删",
            "收录于合集 #乡村振兴 12个",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        for line in (
            "感谢阅读本文的每一位村民，他们提出了很多建议。",
            "图片来源于村民的手机，记录了修路的全过程。",
        ):
            assert _reason(line) is None, line

    def test_a_players_clock_and_a_copyright_contact(self):
        for line in (
            "0:00",
            "00:00 / 03:42",
            "如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        for line in ("09:30", "村里的版权问题已与县文化馆联系解决。"):
            assert _reason(line) is None, line

    def test_a_hot_list_heading_by_its_period(self):
        for line in ("24小时热点", "今日热闻", "一周热榜"):
            assert _reason(line) == "link list heading", line
        assert _reason("24小时热线电话为群众解难题。") is None


TITLE = "山区蔬菜喜丰收"


# === open13s: titles, sources, sites, authors, dates ===========================================


def test_open13s_a_disclosure_records_answerable_office_credits_it():
    for label in ("公开责任部门", "责任部门"):
        head = f"{TITLE}\n索引号：000-2024-001\n{label}：某某县水务局\n生成日期：2024-11-20\n\n"
        art = build(head + BODY, rules_only=True)
        assert (art.meta.source, art.meta.date) == ("某某县水务局", "2024-11-20")
    # 信息来源 (who wrote it) still beats the office answerable for the record
    head = f"{TITLE}\n公开责任部门：某某县水务局\n信息来源：某某镇人民政府\n2024-11-20\n\n"
    assert build(head + BODY, rules_only=True).meta.source == "某某镇人民政府"
    # the words inside a sentence of the text are no label
    text = (
        f"{TITLE}\n2024-11-20\n\n{BODY}\n各责任部门：要按时完成整改任务，不得拖延，确保群众满意。\n"
    )
    assert build(text, rules_only=True).meta.source is None


def test_open13s_a_sites_name_before_its_own_menu_names_the_site():
    assert site_before_menu("某某时光　首页　新闻　视频　直播") == "某某时光"
    assert site_before_menu("Example Start　资讯　新闻　娱乐　体育") == "Example Start"
    assert site_before_menu("山谷笔记 首页 关于 归档 标签") == "山谷笔记"
    assert site_before_menu("某某网首页 | 新闻 | 盟市 | 视频") == "某某网"  # its home link
    # a menu with no logo, a crumb, a line of tags, a headline with spaces, too few items
    assert site_before_menu("首页　新闻　视频　直播") is None
    assert site_before_menu("首页 > 新闻 > 本地 > 视频") is None
    assert site_before_menu("#旅行 #乡村 #美食 #民宿") is None
    assert site_before_menu("北埔柿饼季 老街店家推出体验 游客排队") is None
    assert site_before_menu("某某时光　首页　新闻") is None
    assert site_before_menu("某某时光　春耕　秋收　冬藏　夏种") is None  # no menu words
    text = f"某某时光 首页 新闻 视频 直播\n{TITLE}\n某某日报 · 2024-11-14 18:06\n\n{BODY}"
    art = build(text, rules_only=True)
    assert (art.meta.site, art.meta.source) == ("某某时光", "某某日报")
    # below the top line it is no masthead
    text = f"{TITLE}\n2024-11-14\n某某时光 首页 新闻 视频 直播\n\n{BODY}"
    assert build(text, rules_only=True).meta.site is None


def test_open13s_a_sites_menu_bar_in_a_saved_page(tmp_path):
    page = (
        "<html><head><title>{t}</title></head><body>"
        "<div class='hdr'>Example Start　资讯　新闻　娱乐　体育</div><h1>{t}</h1>"
        "<div>来源：某某日报　2024-11-27</div><div class='article'>{p}</div></body></html>"
    )
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    art = build_page(page.format(t=TITLE, p=paras), tmp_path, rules_only=True)
    assert (art.meta.site, art.meta.source) == ("Example Start", "某某日报")


def test_open13s_a_copyright_held_by_the_site_in_other_words():
    # 版权属/归 X 所有, and X © 2024 with the holder first: the site's own piece
    for foot in (
        "本文版权属某某名家所有，转载请注明出处。",
        "某某名家 © 2024　Powered by Ghost",
        "本站文章著作权归某某名家所有，未经许可不得转载。",
    ):
        text = f"某某名家　社会　政经　文化　首页\n{TITLE}\n2024-11-19\n\n{BODY}\n{foot}\n"
        art = build(text, rules_only=True)
        assert (art.meta.site, art.meta.source) == ("某某名家", "某某名家")
    # the writer's rights, and an English footer's first word, are no holder
    for foot in ("本文版权归作者所有。", "著作权归原作者所有，如有侵权请联系删除。"):
        text = f"某某名家　社会　政经　文化　首页\n{TITLE}\n2024-11-19\n\n{BODY}\n{foot}\n"
        assert build(text, rules_only=True).meta.source is None
    text = f"{TITLE}\n2024-11-19\n\n{BODY}\nCopyright © 2024 Example Daily. All rights reserved.\n"
    assert build(text, rules_only=True).meta.source != "Copyright"


def test_open13s_an_outlet_apart_from_its_reporter_by_a_slash_in_the_leads_tag():
    for tag in ("【某某日報／記者王某某／屏東報導】", "【某某晚报/记者 李某/综合报道】"):
        text = f"{TITLE}\n2024/11/26 11:40\n\n{tag}{BODY}"
        art = build(text, rules_only=True)
        assert art.meta.source in ("某某日報", "某某晚报") and art.meta.author in ("王某某", "李某")
    # a person before the slash is no outlet
    text = f"{TITLE}\n2024/11/26 11:40\n\n【王小明／記者李某某／屏東報導】{BODY}"
    assert build(text, rules_only=True).meta.source is None


def test_open13s_the_writer_on_the_row_under_the_headline():
    for row in ("2024/11/30　文字：王某某　攝影：李某", "文字：王某某　摄像：李某　2024-11-30"):
        art = build(f"{TITLE}\n{row}\n\n{BODY}", rules_only=True)
        assert art.meta.author == "王某某"
    # 图文字：… or a sentence about writing is no credit
    art = build(f"{TITLE}\n2024-11-30\n\n{BODY}\n图文字：说明见下。\n", rules_only=True)
    assert art.meta.author is None


def test_open13s_the_reporter_alone_closing_the_text():
    for credit, name in (("（记者 王某某）", "王某某"), ("(本报记者 李某；编辑 张某)", "李某")):
        text = f"{TITLE}\n2024-12-02\n\n{BODY.rstrip()}{credit}\n"
        art = build(text, rules_only=True)
        assert art.meta.author == name
        assert credit not in joined(art) and "办结率达到百分之九十八。" in joined(art)
    # a bracket inside the sentence, or about a reporter, is text
    text = f"{TITLE}\n2024-12-02\n\n{BODY.rstrip()}（记者节当天）\n"
    assert build(text, rules_only=True).meta.author is None


def test_open13s_a_forum_named_by_its_kind_credits_its_members_own_post():
    head = (
        "某城论坛 > 某城新闻 > 乡镇动态\n[乡镇动态] "
        + TITLE
        + "\n楼主　网友甲　发表于 2024-11-6 21:14\n\n"
    )
    art = build(head + BODY, rules_only=True)
    assert (art.meta.source, art.meta.site, art.meta.title) == ("某城论坛", "某城论坛", TITLE)
    assert art.meta.author == "网友甲"
    # a post that credits an outlet keeps the credit
    art = build(head + BODY + "\n来源：某某日报\n", rules_only=True)
    assert art.meta.source == "某某日报"


def test_open13s_a_tag_repeating_the_breadcrumb_is_no_part_of_the_headline():
    for crumb, tag in (
        ("某某网 > 新闻 > 地方", "【地方】"),
        ("某城社区 › 生活 › 二手交易", "[二手交易]"),
    ):
        art = build(f"{crumb}\n{tag}{TITLE}\n2024-11-06\n\n{BODY}", rules_only=True)
        assert art.meta.title == TITLE
    # a tag the crumb does not name is the writer's own (heldout11's 【家乡变化】 kind)
    art = build(f"某某吧 > 看贴\n【家乡变化】{TITLE}\n2024-11-06\n\n{BODY}", rules_only=True)
    assert art.meta.title == f"【家乡变化】{TITLE}"


def test_open13s_an_app_beside_the_date_that_its_own_advert_names():
    for top, foot in (
        ("打开云上某某，阅读体验更佳\n", "下载云上某某客户端，看更多本地新闻"),
        ("", "打开“云上某某”APP，查看更多精彩内容"),
    ):
        text = f"{top}{TITLE}\n云上某某　2024.12.01 08:32\n\n{BODY}\n{foot}\n"
        art = build(text, rules_only=True)
        assert (art.meta.source, art.meta.date) == ("云上某某", "2024-12-01")
    # a name beside the date that no advert names is not credited by this rule, nor is an
    # app an advert names but that stands nowhere beside the date
    text = f"{TITLE}\n山里人家　2024.12.01 08:32\n\n{BODY}\n下载云上某某客户端\n"
    assert build(text, rules_only=True).meta.source is None
    text = f"{TITLE}\n2024.12.01 08:32\n\n{BODY}\n下载云上某某客户端，看更多本地新闻\n"
    assert build(text, rules_only=True).meta.source is None


def test_open13s_a_papers_own_dateline_on_the_website_the_paper_runs():
    # 本报 on 人民网 (the table files it under 人民日报): the paper's piece
    url = "原文链接：http://paper.people.com.cn/rmrb/html/2024-11/25/nw.D110000renmrb_1.htm\n"
    text = f"{TITLE}\n{url}\n本报北京11月25日电（记者 王某）{BODY}"
    art = build(text, rules_only=True)
    assert (art.meta.source, art.meta.author) == ("人民日报", "王某")
    # a dateline of another outlet keeps its credit; without 本报 the site is its own source
    text = f"{TITLE}\n{url}\n新华社北京11月25日电（记者 王某）{BODY}"
    assert build(text, rules_only=True).meta.source == "新华社"
    text = f"{TITLE}\n{url}\n{BODY}"
    assert build(text, rules_only=True).meta.source == "人民网"


def test_open13s_a_platforms_name_and_slogan_closing_its_screen():
    for foot in ("美篇，让每个人都能轻松表达自己", "LOFTER，记录你的兴趣生活"):
        text = f"{TITLE}\n网名甲　2024-11-08　阅读 1862\n\n{BODY}\n赞赏\n{foot}\n"
        art = build(text, rules_only=True)
        assert art.meta.site == art.meta.source and art.meta.source in ("美篇", "LOFTER")
        assert foot not in joined(art)
    # an unknown name with a phrase, or a sentence naming the platform, is no slogan
    text = f"{TITLE}\n2024-11-08\n\n{BODY}\n山里人家，欢迎常来看看\n"
    assert build(text, rules_only=True).meta.site is None
    text = f"{TITLE}\n2024-11-08\n\n{BODY}\n美篇，是我写日记最常用的软件。\n"
    assert build(text, rules_only=True).meta.site is None


def test_open13s_a_blogs_author_card_under_the_post(tmp_path):
    page = (
        "<html><head><title>{t}</title></head><body><h1>{t}</h1><div>2024-11-03</div>"
        "<section class='content'>{p}</section>{card}<footer>Powered by Ghost</footer></body></html>"
    )
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    for card, name in (
        ("<div class='author'>山谷　写字的人，偶尔旅行，记录乡村。</div>", "山谷"),
        ("<div class='author-card'><b>林某某</b> 乡村教师，业余写作。</div>", "林某某"),
    ):
        art = build_page(page.format(t=TITLE, p=paras, card=card), tmp_path, rules_only=True)
        assert art.meta.author == name
    # a card with a date, or with no line about the writer, names nobody by this rule
    for card in (
        "<div class='author'>山谷　2024-11-03，阅读 12</div>",
        "<div class='author'>山谷 关注</div>",
    ):
        art = build_page(page.format(t=TITLE, p=paras, card=card), tmp_path, rules_only=True)
        assert art.meta.author is None


class TestProbedPortalChromeOpen13c:
    """Portal and player chrome probed with invented lines (no labelled set), with negatives."""

    def test_a_players_placeholders_and_its_length(self):
        for line in (
            "视频加载中，请稍候...",
            "您的浏览器不支持video标签",
            "您的浏览器不支持 HTML5 视频播放",
            "本视频时长：01:42",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        assert _reason("浏览器不支持的问题已修复。") is None

    def test_visitor_counters_resolution_advice_and_service_words(self):
        for line in (
            "总访问量：1234567",
            "今日访问：123",
            "建议使用1920*1080分辨率浏览",
            "客户端下载",
            "意见反馈",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert line not in joined(art), line
        for line in (
            "总产量：1234吨",
            "分辨率高的照片浏览起来更清楚。",
            "意见反馈渠道畅通，群众满意度提升。",
        ):
            assert _reason(line) is None, line

    def test_who_supplied_the_item(self):
        for line in ("（本新闻由某某广播电视台提供）", "本文由某某县融媒体中心供稿"):
            assert _reason(line) == "producer credit", line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        assert _reason("本次活动由县妇联提供场地支持。") is None


class TestProbedTraditionalChromeOpen13c:
    """Taiwanese and Hong Kong page chrome probed with invented lines (no labelled set)."""

    def test_link_copy_follow_and_policy_links(self):
        for line in (
            "已複製連結",
            "複製連結",
            "追蹤我們",
            "加入好友",
            "私隱政策",
            "使用條款",
            "隱私權政策 | 服務條款",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert P2 in joined(art) and line not in joined(art), line
        assert _reason("平台修改了隐私政策，用户需要重新授权。") is None

    def test_cookie_notices_sponsored_labels_and_list_heads(self):
        for line in (
            "本網站使用Cookie",
            "我們使用 Cookies 以提升您的使用體驗",
            "贊助內容",
            "即時新聞",
            "小編推薦",
        ):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert line not in joined(art), line
        for line in ("我们使用新的cookie配方烤饼干。", "即时新闻报道了这次活动，村民们很高兴。"):
            assert _reason(line) is None, line

    def test_picture_labels_and_a_sites_name_with_its_kind(self):
        for line in ("資料照片", "示意圖", "影／張三", "明報網站"):
            assert _reason(line), line
            art = build(HEAD + BODY + "\n" + line + "\n")
            assert line not in joined(art), line
        assert _reason("村里的资料照片都存进了档案室。") is None
