"""Issue 10, round 16: families heldout13 missed, made-up examples with negatives.

Each block is one engineer's; keep them apart so merges stay easy.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import Line
from index.ingest.zones import chrome_reason
from tests.engine.made_up import BODY, HEAD, P1, P2, build, joined


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
