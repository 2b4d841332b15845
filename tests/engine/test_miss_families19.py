"""Issue 10, round 19: chrome families of heldout17/17b, on made-up examples.

- an e-paper issue's date beside its page label (2024年11月02日 星期六　第03版：要闻);
- a list's label composed of a modifier and a list noun, with its item or tags on the line
  (热门话题：…, 相关视频：…, 推荐阅读：…);
- where to get more of the outlet's news (更多X新闻，请关注我们的官方帐号);
- a bracketed media placeholder with its call to act (【音频】点击收听全文);
- a paywall's notice (本文为会员专享内容);
- reader counters of any verb, with units (播放 3.4万, 围观 892);
- a toolbar row: times, counters and a font bar beside a short name or byline;
- an info box of labelled figures (行程天数：5天　人均花费：3000元);
- a caption's own label (图片说明：…);
- a script's production note in brackets (（讲解提示：…）), even inside the body.
Each family has positives in more than one shape and negatives that must stay.
"""

from __future__ import annotations

import pytest

from index.config import load_config
from index.ingest.captions import is_caption
from index.ingest.cleaning import CleaningRules, Line, make_line
from index.ingest.zones import chrome_reason
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)


def reason(line: str) -> str | None:
    return chrome_reason(Line(1, line, make_line(line, RULES, 1).folded))


@pytest.mark.parametrize(
    "line",
    [
        # e-paper date and page label
        "2024年11月02日 星期六　第03版：要闻",
        "2023-06-15　第B4版：文体新闻",
        # labelled list rows
        "热门话题：春运　返乡　高铁",
        "相关视频：市民冬泳迎新年",
        "推荐阅读：《乡村振兴这一年》",
        "标签：非遗 剪纸 民俗",
        "为您推荐：老城区改造进入第二阶段",
        # follow prompts
        "更多东森新闻，请关注我们的官方帐号",
        "更多精彩内容，敬请锁定本台",
        # media placeholders
        "【音频】点击收听全文",
        "[视频] 点此观看",
        "（图集）",
        # paywall notices
        "本文为会员专享内容",
        "登录后即可阅读全文",
        "全文仅限订阅用户阅读",
        # counters of any verb
        "播放 3.4万",
        "围观 892",
        "收看 1.2万次",
        # toolbar rows
        "5分钟前 本报记者 李明 字号 大 中 小",
        "老王爱旅行　2023-11-20 08:15　阅读 2万　评论 36",
        "昨天 12:30　阅读 1,024　点赞 56",
        # info boxes
        "行程天数：5天　人均花费：3000元",
        "建筑面积 / 120平方米　总价 / 98万",
    ],
)
def test_page_furniture_is_chrome(line: str) -> None:
    assert reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "2024年3月5日 星期二",
        "第3版刊登了2024年3月5日的社论。",
        "相关新闻：本市启动消防检查。",
        "专家推荐：多吃蔬菜水果，少吃油炸食品。",
        "最新消息：大桥今天正式通车",
        "更多的游客选择了自驾游，请大家注意安全。",
        "更多市民开始关注垃圾分类",
        "【视频】记者探访城中村改造现场",
        "图书馆会员阅读量比去年增长三成",
        "2024年全市接待游客1.2万人次",
        "3小时前，记者来到事故现场。",
        "发布时间：2024-05-08　来源：新华社",
    ],
)
def test_text_and_metadata_stay(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize(
    "line", ["图片说明：村民在晾晒玉米", "图说：清晨的渔港", "照片描述：孩子们在操场上跳绳"]
)
def test_a_caption_label_is_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", ["说明：本活动最终解释权归主办方", "这张图说明了一切。"])
def test_other_labels_are_no_caption(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "（讲解提示：请游客在此处稍作停留，观看墙上的老照片。）",
        "【画面提示：航拍县城全景】",
        "（主持人口播提示：请观众注意收看下期节目。）",
    ],
)
def test_a_scripts_production_note_is_chrome(line: str) -> None:
    assert reason(line) == "script's production note"


@pytest.mark.parametrize(
    "line",
    [
        "（编者注：本文有删节。）",
        "（现场画面显示，救援人员正在搜救。）",
        "（提示：本活动免费参加。）",
    ],
)
def test_notes_to_the_reader_stay(line: str) -> None:
    assert reason(line) is None
