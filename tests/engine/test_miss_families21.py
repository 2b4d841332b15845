"""Issue 10, round 21: chrome families of heldout19/19b, on made-up examples.

- follow prompts in both scripts, with Hong Kong's 讚好 ("like" a page) and what they offer
  (緊貼最新消息);
- subscription prompts with what they bring (訂閱X，每週收到…);
- a post's fold/expand control on a line of its own (收起全文, 顯示更多, 展开阅读全文);
- a photo caption between paragraphs, where the page itself says caption: right under its
  Markdown image (![](…) then *圖：…*), or in caption markup (<figcaption>, class="caption")
  with a caption's words; the same words with no such sign stay (real captions in plain text
  count as text in bench.real_body, and a labelled set indexed a bare 图注 line).
Each family has positives in more than one shape and negatives that must stay.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.captions import is_caption
from index.ingest.cleaning import CleaningRules, Line, make_line
from index.ingest.reading import decode_file
from index.ingest.zones import chrome_reason
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)
P1 = "河口镇的老码头去年完成修缮，如今每天都有渡船往返两岸，附近村民赶集方便了不少。"
P2 = "镇里还在码头旁边建了候船亭，安装了座椅和遮阳棚，老人带着孩子等船再也不用晒太阳。"
P3 = "下一步，镇里打算把码头周边的老街也修一修，开几家卖本地土特产的小店。"


def reason(line: str) -> str | None:
    return chrome_reason(Line(1, line, make_line(line, RULES, 1).folded))


def folded(line: str) -> str:
    return make_line(line, RULES, 1).folded


def build(text: str, name: str = "x.txt"):
    src = SourceFile(f"/tmp/{name}", "/tmp", name)
    return BUILDER.build(DecodedFile(src, text, "utf-8", "h"))


def build_page(html: str, tmp_path):
    """The article of an HTML page, read as a saved file is."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    src = SourceFile(str(path), str(tmp_path), path.name)
    return BUILDER.build(decode_file(src, path.read_bytes()))


def joined(article) -> str:
    return "\n".join(p.text for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "讚好灣仔日報 Facebook 專頁，緊貼最新消息",
        "赞好我们的 IG 账号",
        "Like 新界週報 Facebook 專頁",
        "緊貼最新消息，追蹤我們的 Instagram",
        "即时掌握最新资讯，欢迎关注本台微博",
    ],
)
def test_a_follow_prompt_is_chrome(line: str) -> None:
    assert reason(line) == "follow-us prompt"


@pytest.mark.parametrize(
    "line",
    [
        "訂閱電子報，每週收到最新文章",
        "订阅周末简报，每周收到编辑精选",
        "立即訂閱我們的通訊，每月收到社區活動消息",
    ],
)
def test_a_subscription_prompt_is_chrome(line: str) -> None:
    assert reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "收起全文",
        "展开全文 ∨",
        "顯示更多",
        "展开阅读全文",
        "【查看全部】",
        "收起 ▲",
    ],
)
def test_a_fold_control_is_chrome(line: str) -> None:
    assert reason(line) == "share/navigation words (fold control)"


@pytest.mark.parametrize(
    "line",
    [
        # 关注 and 订阅 as verbs of news, with a platform or a period in the sentence
        "不少网友在微博上关注此事，讚好的人超过一万。",
        "记者关注到，这家书店每周收到上百本街坊捐出的旧书。",
        "市民订阅电子报后，每周都能收到社区的活动通知。",
        "他把收起来的旧报纸全部捐给了档案馆。",
        "展开全文之前，编辑部先讨论了三天。",
        "关注民生，紧贴群众需求",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize(
    "caption",
    [
        "*圖：碼頭邊的候船亭。*",
        "图为村民在新修的码头上晾晒渔网。记者 陈立 摄",
        "_图：修缮后的老码头_",
    ],
)
def test_a_caption_under_its_markdown_image_goes(caption: str) -> None:
    text = "\n\n".join(
        [
            "# 老码头修好了",
            "2025-03-02",
            P1,
            "![图片](https://example.org/a.jpg)\n" + caption,
            P2,
            P3,
        ]
    )
    body = joined(build(text, "x.md"))
    assert caption.strip("*_") not in body and P1 in body and P2 in body and P3 in body


@pytest.mark.parametrize(
    "line",
    [
        # between paragraphs with no picture above it: a sentence, whatever its start
        "图为何物？老人说这是他年轻时亲手画的码头图纸。",
        "图注：码头边的候船亭。",
        "图为村民在新修的码头上晾晒渔网。（记者 陈立 摄）",
    ],
)
def test_a_caption_like_line_without_its_image_stays(line: str) -> None:
    text = "\n\n".join(["# 老码头修好了", "2025-03-02", P1, line, P2, P3])
    assert line in joined(build(text, "x.md"))


def test_a_sentence_under_an_image_stays() -> None:
    line = "渡船上的乘客大多是赶集的老人，他们说码头修好后方便多了。"
    text = "\n\n".join(
        ["# 老码头修好了", "2025-03-02", P1, "![](https://example.org/a.jpg)", line, P2]
    )
    assert line in joined(build(text, "x.md"))


@pytest.mark.parametrize("caption", ["*圖：碼頭邊的候船亭。*", "_图为修缮后的老码头_"])
def test_markdown_emphasis_does_not_hide_a_caption(caption: str) -> None:
    assert is_caption(folded(caption))


PAGE = """<html><head><meta charset="utf-8"><title>老码头修好了 - 河口新闻网</title></head><body>
<h1>老码头修好了</h1><div class="info">河口新闻网 2025-03-02</div>
<div class="content"><p>{p1}</p>{figure}<p>{p2}</p><p>{p3}</p></div>
<div class="foot">河口新闻网版权所有</div></body></html>"""


@pytest.mark.parametrize(
    "figure",
    [
        '<p class="caption">图为候船亭内景。记者 陈立 摄</p>',
        "<figure><img src='a.jpg'><figcaption>图：修缮后的老码头</figcaption></figure>",
        '<div class="pic-desc">（图为村民在码头晾晒渔网 王珂 摄）</div>',
        '<div class="wp-caption"><p class="wp-caption-text">图为渡船靠岸（王珂 摄）</p></div>',
        '<span class="imgCaption">图：清晨的渡口</span>',
        '<p class="photo_intro">▲ 修缮后的老码头</p>',
    ],
)
def test_a_caption_marked_up_as_one_goes(figure: str, tmp_path) -> None:
    html = PAGE.format(p1=P1, p2=P2, p3=P3, figure=figure)
    body = joined(build_page(html, tmp_path))
    assert "图" not in body and P1 in body and P2 in body and P3 in body


@pytest.mark.parametrize(
    "figure",
    [
        # caption markup on a line whose words are no caption's, or caption words in a plain <p>
        '<p class="caption">候船亭里装了座椅和遮阳棚，老人等船再也不用晒太阳。</p>',
        "<p>图为何物？老人说这是他年轻时亲手画的码头图纸。</p>",
        '<p class="cap">图注：码头边的候船亭。</p>',
    ],
)
def test_a_caption_needs_both_markup_and_words(figure: str, tmp_path) -> None:
    html = PAGE.format(p1=P1, p2=P2, p3=P3, figure=figure)
    text = figure.split(">", 1)[1].rsplit("<", 1)[0]
    assert text in joined(build_page(html, tmp_path))


def test_a_fold_control_under_a_post_goes() -> None:
    text = "\n\n".join(
        ["河口发布", "2025-3-2 18:22 来自 微博", P1, P2, "收起全文", "转发 12　评论 3　赞 40"]
    )
    body = joined(build(text))
    assert "收起全文" not in body and P1 in body and P2 in body


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("記者王小明／台南報導", "記者王小明∕台南報導"), ("甲＼乙", "甲﹨乙"), ("1/2", "1∕2")],
)
def test_big5s_other_slashes_fold_like_a_slash(typed: str, stored: str) -> None:
    # CP950 decodes Big5 A241/A242 as ∕ and ﹨; a query with ／ or / must still match.
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    "line",
    [
        "订阅我们的每周简报",
        "免費訂閱電子報，每天早上收到新聞摘要",
        "讚好我們的專頁",
        "加入本報的通訊",
        "點此訂閱電子報",
        "按此加入會員",
        "記得讚好及追蹤我們",
        "別忘了讚好我們",
    ],
)
def test_more_subscription_and_page_prompts_are_chrome(line: str) -> None:
    assert reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "市民可關注市政府專頁了解最新消息。",
        "她每天早上都會訂閱的那份報紙，今年停刊了。",
        "订阅量突破十万后，这个账号开始接广告。",
        "她記得讚好每一條留言。",
        "點擊加入會員的人數創新高",
    ],
)
def test_sentences_about_pages_and_subscriptions_stay(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("留言（3）", "counter"),
        ("留言 12", "counter"),
        ("【圖輯】", "media player"),
        ("（相册）", "media player"),
        ("手機掃碼閱讀", "share/navigation words (scan to read)"),
        ("掃描 QR Code 在手機上閱讀", "share/navigation words (scan to read)"),
        ("扫码打开APP继续看", "share/navigation words (scan to read)"),
        ("本文經作者授權轉載", "platform or copyright notice"),
        ("（本文获授权刊登）", "platform or copyright notice"),
        ("支持我們的獨立報導", "platform or copyright notice"),
        ("贊助本台", "platform or copyright notice"),
    ],
)
def test_traditional_script_bars_are_chrome(line: str, why: str) -> None:
    assert reason(line) == why


@pytest.mark.parametrize(
    "line",
    [
        "市民掃碼即可查看公交到站時間。",
        "他支持我們的決定。",
        "支持我们的孩子走出大山",
        "該報道獲授權轉載後引發關注。",
        "留言板上有三百多條留言",
        "扫码支付已经普及到菜市场，摊主们都贴出了收款码。",
    ],
)
def test_text_with_bar_words_stays(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize(
    "title",
    [
        "扫码支付已经普及到菜市场",
        "扫码点餐成了新风尚",
        "二维码让老人犯了难",
        "返回家乡创业的年轻人",
        "打印机里的青春",
        "关闭小作坊之后",
        "扫一扫就能看病",
        "在看与被看之间",
        "字体设计师的一天",
    ],
)
def test_a_headline_led_by_a_widget_word_is_the_title(title: str) -> None:
    text = "\n\n".join([title, "来源：河口日报　2025-03-02", P1, P2])
    assert build(text).meta.title == title


@pytest.mark.parametrize(
    "line",
    [
        "扫码关注",
        "扫码下载客户端",
        "扫码看视频",
        "扫一扫在手机打开当前页",
        "返回首页",
        "打印　关闭",
        "纠错　打印　关闭",
    ],
)
def test_the_widget_words_alone_are_still_chrome(line: str) -> None:
    text = "\n\n".join(["老码头修好了", "来源：河口日报　2025-03-02", P1, P2, P3, line])
    assert line not in joined(build(text))


@pytest.mark.parametrize(
    "subhead",
    ["分享经验", "关注民生", "收藏记忆", "更多变化", "标签背后", "分类施策", "返回码头", "点击量"],
)
def test_a_subhead_led_by_a_widget_word_stays_in_the_body(subhead: str) -> None:
    text = "\n\n".join(["老码头修好了", "来源：河口日报　2025-03-02", P1, subhead, P2, P3])
    assert subhead in joined(build(text))


@pytest.mark.parametrize("bar", ["分享 收藏 举报", "评论 收藏 分享", "举报 / 评论"])
def test_a_bar_of_widget_words_in_the_body_still_goes(bar: str) -> None:
    text = "\n\n".join(["老码头修好了", "来源：河口日报　2025-03-02", P1, bar, P2, P3])
    assert bar not in joined(build(text))


@pytest.mark.parametrize(
    "line",
    [
        "加入我們的 WhatsApp 頻道，緊貼最新消息",
        "关注头条号“河口发布”",
        "在小紅書搜尋「河口日報」",
        "追蹤我們的 TikTok",
        "微博搜索：河口发布",
        "更多資訊請在微博搜索河口發布",
        "春城晚報官方賬號，關注雲南新聞",
    ],
)
def test_follow_prompts_of_more_platforms_are_chrome(line: str) -> None:
    assert reason(line) is not None


@pytest.mark.parametrize("title", ["网友在B站关注此事", "网友在微博关注此事", "小红书上的河口古镇"])
def test_a_headline_naming_a_platform_is_the_title(title: str) -> None:
    text = "\n\n".join([title, "来源：河口日报　2025-03-02", P1, P2])
    assert build(text).meta.title == title
