"""Issue 10, round 20: chrome families of heldout18/18b, on made-up examples.

- a media player's row in any order: its glyphs, clock and control words only
  (▶ 视频时长 01:42, 视频加载中… 00:00 / 02:36, ▶ 收听重温);
- an engagement prompt in any phrasing and quoting (觉得不错，点个“在看”吧);
- a row of widgets, each chrome on its own (举报　打开X阅读原文); a font bar with its verb
  (选择字号：小 中 大);
- a platform's promo naming its app, client or account (更多旅行灵感，就在X APP), dropped
  wherever it stands like the other app adverts.
Each family has positives in more than one shape and negatives that must stay.
"""

from __future__ import annotations

import pytest

from index.config import load_config
from index.engine.models import SourceFile
from index.ingest.cleaning import BODY, CleaningRules, Line, make_line, mark_chrome
from index.ingest.pipeline import ArticlePipeline, PipelineSettings
from index.ingest.reading import decode_file
from index.ingest.zones import chrome_reason
from tests.conftest import ROOT

CONFIG = load_config(ROOT / "config.yaml")
RULES = CleaningRules.from_config(CONFIG.cleaning)


def reason(line: str) -> str | None:
    return chrome_reason(Line(1, line, make_line(line, RULES, 1).folded))


def advert(line: str) -> str | None:
    """The reason the cleaning rules drop `line` anywhere in a page, or None."""
    lines = [make_line(line, RULES, 1)]
    mark_chrome(lines, RULES)
    return lines[0].reason or None


@pytest.mark.parametrize(
    "line",
    [
        "► 本条视频 时长 02:05",
        "⏸ 暫停 ｜ 00:35／03:10",
        "正在缓冲，请稍候… 00:12 / 05:40",
        "🔊 点击收听本文 约3分钟",
        "◀◀ ▶ 03:18",
        "直播回放 ▷",
        "▶ 重溫節目",
        "音频 1:05:12",
        "收看完整版视频",
        # a player's clock alone, its state, a pointer and one control word
        "0:00 ｜ 4:05",
        "该音频已失效",
        "视频加载失败，请稍后再试",
        "按此收看本集",
        "點擊收聽本期",
        # an English player's words on a Hong Kong or overseas page
        "▷ Replay 01:58",
        "Listen 04:40",
        "Watch video",
    ],
)
def test_a_media_players_row_is_chrome(line: str) -> None:
    assert reason(line) == "media player"


@pytest.mark.parametrize(
    "line",
    [
        "视频时长超过两个小时的节目，播放量却不降反升。",
        "▶ 市民在广场上收听广播",
        "下午3:30",
        "01:42",
        "广播电台",
        "记者观看了这段视频。",
        "直播带货 03:00 开始",
        "09:00 17:30",
        "此次直播",
        "精彩回顾",
        "display 02:15",
        "Now playing",
    ],
)
def test_text_about_media_stays(line: str) -> None:
    assert reason(line) != "media player"


@pytest.mark.parametrize(
    "line",
    [
        "觉得有用的话，点个「赞」呗～",
        "点一下‘在看’，让朋友们也看到",
        "记得点赞关注哦",
        "别忘了分享给身边的朋友！",
        "顺手转发一下，谢谢",
        "如果喜欢，请转发给更多人",
        "点亮「在看」和「赞」",
        "欢迎关注我们",
        "读完记得收藏、转发三连呀",
        "別忘了給小編一個星標",
        "你的每一个在看都是对我们的鼓励",
        "点击关注，第一时间获取最新消息",
        "长按二维码关注",
        "转发给有需要的人",
        "記得訂閱本台頻道",
        "追蹤＋按讚",
        "觉得有用请点“收藏”",
        "喜欢的话就点个赞",
    ],
)
def test_an_engagement_prompt_is_chrome(line: str) -> None:
    assert reason(line) == "prompt to the reader"


@pytest.mark.parametrize(
    "line",
    [
        "市民纷纷点赞，称这一做法很贴心。",
        "网友点赞：这才是城市该有的温度",
        "为抗洪英雄点个赞！",
        "请关注天气变化",
        "分享经验的村民越来越多",
        "收藏家捐出了三件藏品",
        "给个说法",
        "关注民生实事",
        "记者订阅了报纸",
        "追踪报道",
    ],
)
def test_text_with_platform_words_stays(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "精彩游记尽在马蜂窝客户端",
        "更多美食攻略，请上大众点评App",
        "海量房源都在安居客APP",
        "下载央视频客户端，发现更多精彩",
        "打开乐游小程序，查看更多路线",
        "搜索“乐游海南”小程序",
        "在手机上打开本地宝App看更多",
        "全部路线请移步穷途客户端查看",
        "上乐途App，发现更近的远方",
    ],
)
def test_a_platform_promo_is_chrome(line: str) -> None:
    assert advert(line) == "app advert"


@pytest.mark.parametrize(
    "line",
    [
        "更多人选择上网课",
        "更多的惊喜都在后面",
        "记者下载了这款APP后发现，操作很方便。",
        "更多游客来到这里",
        "海量数据都在云端",
    ],
)
def test_text_about_apps_stays(line: str) -> None:
    assert advert(line) is None
    assert reason(line) is None


@pytest.mark.parametrize("line", ["来自iPhone客户端", "上周我们公众号", "来乐途App"])
def test_no_promo_without_its_tail(line: str) -> None:
    assert advert(line) is None


def test_a_player_row_between_paragraphs_is_dropped(tmp_path) -> None:
    text = (
        "山区学校用上了直播课堂\n\n"
        "来源：某县融媒体中心　2024-03-02\n\n"
        "今年春季学期开始，县里十几所村小接入了直播课堂，孩子们可以和城里学生同上一堂课。\n\n"
        "▷ 00:00 / 04:15\n\n"
        "一位老师说，以前音乐、美术课很难开齐，现在通过屏幕也能跟着名师学唱歌、画画。\n\n"
        "县教育局表示，下一步还将增加科学实验课程的直播内容。\n"
    )
    path = tmp_path / "zhibo.txt"
    path.write_text(text, encoding="utf-8")
    src = SourceFile(str(path), str(tmp_path), path.name)
    pipeline = ArticlePipeline(PipelineSettings.from_config(CONFIG, tag_regions=False))
    decoded = decode_file(src, path.read_bytes())
    _, lines = pipeline.builder.build_traced(decoded)
    kept = [ln.text for ln in lines if ln.role == BODY and ln.text.strip()]
    assert "▷ 00:00 / 04:15" not in kept
    assert any(t.startswith("一位老师说") for t in kept)
    assert any(t.startswith("县教育局表示") for t in kept)


@pytest.mark.parametrize(
    "line",
    [
        "举报　打开新闻眼App，阅读原文",
        "收藏　分享　下载看点客户端看更多",
        "打开晨报+阅读更多　纠错",
    ],
)
def test_a_row_of_widgets_is_chrome(line: str) -> None:
    assert reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "来源：新华社　记者　张三",
        "举报电话　12345",
        "分享　村里的新变化",
        "打开冰箱　看看还有什么",
    ],
)
def test_a_row_with_text_or_metadata_is_no_widget_row(line: str) -> None:
    assert reason(line) != "toolbar row"


@pytest.mark.parametrize(
    "line", ["调整字号：大 中 小", "字体大小 A+ A-", "【选择字号：大　中　小】"]
)
def test_a_font_bar_with_its_verb_is_chrome(line: str) -> None:
    assert reason(line) == "share/navigation words (font size)"


@pytest.mark.parametrize(
    "line",
    [
        # subscription and membership promos
        "訂閱南洋日報電子報",
        "立即加入會員",
        "更多報道請訂閱新週刊",
        # a poster's name beside its follow button
        "山里的阿福　+关注",
        "江边散步的人 已关注",
        # a feed's or read-later app's buttons, a comment box with no comments yet
        "不感兴趣",
        "标记为未读",
        "Saved to Instapaper",
        "读者留言（0）",
        # a related list's heading
        "相关标签",
    ],
)
def test_platform_buttons_and_promos_are_chrome(line: str) -> None:
    assert reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "村里加入了合作社",
        "成为会员后可享受折扣",
        "加入志愿服务的居民越来越多",
        "大家都很关注",
        "读者留言（3）说明了大家的看法。",
        "相关部门正在调查",
    ],
)
def test_text_with_button_words_stays(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize("line", ["本期编辑　林晓", "责任编辑 陈可 赵一鸣", "校对 欧阳晨"])
def test_an_editors_credit_with_a_space_for_its_colon_is_chrome(line: str) -> None:
    assert reason(line) == "editor credits"


@pytest.mark.parametrize("line", ["编辑部里的年轻人", "本版编辑部署了新任务。"])
def test_a_headline_about_editors_stays(line: str) -> None:
    assert reason(line) is None
