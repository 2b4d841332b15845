"""Issue 10, round 5: chrome and spam families of heldout3/heldout4, on made-up examples.

Site terms under the text (版权说明, ©, Powered by), review chains (一审/二审/三审,
版面编辑 + 校对), e-paper bars and page turns ((下转第二版), a date with 上一版 下一版),
follow-us and reader prompts, forum post bars and the replies under a post, app
adverts naming the app alone, widget labels glued to a sentence. Each family has
positives in more than one shape and negatives that must stay.
"""

from __future__ import annotations

import pytest

from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules, Line, make_line
from index.ingest.zones import chrome_reason
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)
P1 = "镇里组织党员干部深入田间地头，帮助农户解决灌溉用水难题，群众纷纷点赞。"
P2 = "据介绍，今年以来全镇已累计办理群众诉求三百余件，办结率达到百分之九十八。"


def build(text: str):
    src = SourceFile("/tmp/x.txt", "/tmp", "x.txt")
    return BUILDER.build(DecodedFile(src, text, "utf-8", "h"))


def joined(article) -> str:
    return "\n".join(p.text for p in article.paragraphs)


def reason(line: str) -> str | None:
    return chrome_reason(Line(1, line, make_line(line, RULES, 1).folded))


@pytest.mark.parametrize(
    "line",
    [
        "某某网版权说明：凡注明来源为“某某网：XXX（署名）”的作品，未经允许禁止转载、使用。",
        "本网所刊登的作品，未经书面许可不得转载、摘编。",
        "© 2025 某某传媒. 本站对外部网站内容不负责任。",
        "Powered by Discuz! X3.4 © 2001-2024 Comsenz Inc.",
        "一审：王晨 二审：李可 三审：陈建华",
        "版面编辑：沈莉  校对：邵红",
        "（责任编辑：朱 婷  电子信箱：abc@xyz.cn）",
        "本版统筹：马丽 美编：赵一",
        "（下转第二版）",
        "（上接第1版）",
        "2025年04月10日 第02版：要闻 上一版 下一版",
        "版面导航：01 要闻  02 综合  03 基层政权  04 社会事务",
        "上一期  下一期  返回目录",
        "【加入某某新聞LINE，即時掌握最新消息】",
        "某某中文有Instagram！歡迎搜尋 abc_news 一起看更多深度報導",
        "关注某某日报官方微博",
        "喜歡這篇文章嗎？",
        "觉得本文不错，就点个在看吧",
        "欢迎在评论区留言",
        "楼主 | 发表于 5 天前 | 只看该作者 | 倒序浏览",
        "1楼 2025-03-02 10:11 来自Android客户端",
        "24-3-8 10:15 来自 微博 weibo.com",
        "使用道具 举报",
        "回复(3)",
        "更多相关",
        "本版其他文章",
        "热点推荐",
    ],
)
def test_zone_chrome_families5(line):
    assert reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "未经批准，任何单位不得擅自占用耕地。",
        "一审判决后，被告人提出上诉。",
        "编辑部里的年轻人",
        "来自全县各乡镇的32支村队同场竞技。",
        "他在微博上关注了这件事，并写下长文回应。",
        "喜欢读书的孩子越来越多",
        "二楼的住户说，漏水问题终于解决了。",
        "3楼会议室里坐满了前来咨询的村民。",
        "转型升级是当地发展的关键",
        "版面虽小，故事很多",
        "相关部门正在调查",
    ],
)
def test_zone_chrome_negatives5(line):
    assert reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["打开一点资讯，阅读更多精彩内容", "打开某某新闻，查看更多精彩视频", "下载某某，看更多好文"],
)
def test_app_advert_naming_the_app_alone_goes_even_between_paragraphs(line):
    art = build(f"某地新闻一则\n2024-06-12 来源：某某日报\n\n{P1}\n{line}\n{P2}\n")
    assert line not in joined(art)
    assert P1 in joined(art) and P2 in joined(art)


def test_sentence_about_opening_an_app_stays():
    line = "打开“浙里办”，查看更多办事指南，群众办事更方便了。"
    art = build(f"某地新闻一则\n2024-06-12 来源：某某日报\n\n{P1}\n{line}\n{P2}\n")
    assert line in joined(art)


def test_site_terms_after_the_text_do_not_stretch_the_body():
    terms = "某某网版权说明：凡注明来源为“某某网”的作品，除与本网签署授权协议的网站外，未经允许禁止转载、使用。"
    art = build(
        f"某地新闻一则\n2024-06-12 来源：某某网\n\n{P1}\n{P2}\n【责任编辑：李婷】\n{terms}\n"
    )
    assert "版权说明" not in joined(art)
    assert P2 in joined(art)


def test_forum_replies_under_the_post_go_even_when_long():
    reply = (
        "我们村也报名了，周末一定去看！希望明年办得更大，把周边几个乡镇的队伍都请过来，热闹热闹。"
    )
    art = build(
        "某某吧\n只看楼主  收藏  回复\n【新闻】某县乡村足球联赛开赛\n某网友\n"
        f"1楼 2025-03-02 10:11 来自Android客户端\n\n{P1}\n\n{P2}\n\n（来源：某某日报）\n\n"
        f"2楼 2025-03-02 11:30\n{reply}\n3楼 2025-03-02 12:05\n顶\n回复(3)\n"
    )
    text = joined(art)
    assert P1 in text and P2 in text
    assert "报名了" not in text and "回复(3)" not in text and "1楼" not in text


def test_widget_label_glued_to_the_last_sentence_is_cut():
    art = build(f"某某发布\n24-3-8 10:15 来自 微博 weibo.com\n\n{P1}\n\n{P2}收起全文d\n")
    assert P2 in joined(art)
    assert "收起全文" not in joined(art)


@pytest.mark.parametrize(
    "spam",
    [
        "网贷秒批不看征信",
        "贷款无抵押当天下款加微信dk8866",
        "黑户贷款秒下款",
        "高仿毕业证学位证办理加QQ778899",
        "假文凭代办",
        "代辦各類證件請洽0912345678",
        "代办各类证件请联系13800138000",
        "台灣運彩線上投注加LINE：bet888",
        "足球在线投注平台加微信bb6688",
        "澳门新葡京官方网站www.pj8888.com",
        "现金网注册送88元",
        "bet365亚洲官网",
        "线上百家乐开户",
        "网上赌场真人视讯",
        "娱乐城首存送100%",
        "棋牌游戏平台下载送金币",
        "六合彩特码资料",
        "同城约会上门服务微信yh2233",
        "信用卡套现秒到账",
        "急用钱秒下款",
        "学生贷款不看征信",
        "代考驾照包过",
        "代写论文包过",
        "迷药购买加QQ123456789",
        "针孔摄像头出售微信zk6688",
        "开房记录查询微信cx1234",
        "私家侦探调查取证电话13800138000",
        "网络兼职日赚500加微信jz8899",
        "黄色网站入口",
    ],
)
def test_spam_runs_go_whole(spam):
    assert make_line(f"社区开展了活动，{spam}居民积极参加。", RULES, 1).text == (
        "社区开展了活动，居民积极参加。"
    )


@pytest.mark.parametrize(
    "line",
    [
        "为群众办理各类证件3000余件。",
        "警方查获高仿证件一批，假证件泛滥的势头得到遏制。",
        "小额贷款公司今年放款增长两成。",
        "银行推出无抵押信用贷款产品，当天到账。",
        "体育彩票投注站电话：0571-88886666",
        "当地帮助黑户落户，办理身份证后就能上学。",
        "他办理了驾驶证和身份证，联系电话是多少？",
        "市民可到政务大厅办理身份证，咨询电话：0771-1234567。",
        "急用钱怎么办？专家提醒警惕网贷陷阱。",
        "警方打击代写论文产业链，查获涉案人员12名。",
        "澳门葡京酒店今年客流回升。",
        "现金网点布局得到优化。",
        "信用卡套现行为被银行重点监控。",
        "一些兼职日结的岗位吸引了不少大学生。",
        "警方捣毁一个私家侦探窝点。",
        "法院审理了一起非法出售窃听器案件，被告人联系电话已被查实。",
        "国家助学贷款帮助学生完成学业。",
        "大学生贷款需谨慎，不看征信的广告多是陷阱。",
        "打击黄色网站专项行动启动。",
        "棋牌游戏平台被依法查处。",
        "网上赌场被查处，涉案金额巨大。",
    ],
)
def test_news_about_loans_certificates_and_betting_stays(line):
    assert make_line(line, RULES, 1).text == line


@pytest.mark.parametrize(
    "line",
    [
        "手机看新闻",
        "A- A+",
        "【字号 大 中 小】",
        "已有0人参与",
        "网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述",
        "点击右上角分享到朋友圈",
        "↓↓↓ 点击下方阅读原文",
        "点击“阅读原文”查看更多",
        "往期精彩回顾",
        "文字：王方 图片：李青 视频：赵亮",
        "出品：某某县融媒体中心",
        "投稿邮箱：news@163.com",
        "新闻热线：0571-12345678",
        "违法和不良信息举报电话：12377",
        "互联网新闻信息服务许可证：33120170001",
        "（本文来自某某新闻，更多原创资讯请下载“某某新闻”APP）",
        "本站所有文章均来自网络，仅供学习交流。",
        "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看",
        "继续滑动看下一个",
        "微信扫一扫可打开此内容，使用完整服务",
        "已同步到看一看",
        "暂无留言",
        "星标★置顶，第一时间获取最新资讯",
        "觉得不错，点个在看吧",
        "政府网站找错",
        "适老化无障碍服务",
        "您是第 123456 位访客",
        "建议使用1920×1080分辨率，IE10以上浏览器",
        "本网站支持IPv6",
        "版面概览",
        "PDF下载",
    ],
)
def test_site_widgets_and_notices(line):
    assert reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "点击率持续上升",
        "手机成了新农具",
        "手机看病成为现实",
        "图片里的乡村变迁",
        "文字背后的温度",
        "出品方表示将继续投入。",
        "大中小学生同上一堂课",
        "新闻热线接到群众反映后，记者赶到现场。",
        "已有300多人报名参加培训。",
        "共有12人参与救援",
        "往期节目回放",
        "本站工作人员介绍，候车室已全面改造。",
        "记者下载了这款APP后发现，注册只需一分钟。",
        "图文并茂的宣传册很受欢迎",
        "视频号成了村民的“新农具”",
        "为他们点个赞！",
        "大家纷纷为村干部点赞。",
        "他们第一时间赶到现场",
        "适老化改造惠及千家万户",
        "无障碍设施建设加快",
    ],
)
def test_text_near_widget_words_stays(line):
    assert reason(line) is None


def test_comments_under_the_text_go_even_when_long():
    comment = "写得很好，我们村也是这样，去年修了水渠，今年庄稼长得特别好，希望继续加油！"
    art = build(
        f"村里建起“共享厨房”\n2025-06-12 10:20  来源：某某县融媒体中心\n\n{P1}\n{P2}\n"
        f"全部评论（3）\n山里人家  2小时前\n{comment}\n回复  赞(5)\n小草青青  5小时前\n为家乡点赞。\n"
    )
    text = joined(art)
    assert P1 in text and P2 in text
    assert "修了水渠" not in text and "山里人家" not in text and "为家乡点赞" not in text


def test_a_round_up_of_netizens_views_is_text():
    views = "不少网友在留言中表示，这样的做法值得推广，让老人吃上了热乎饭，也让年轻人更放心。"
    more = "也有网友建议，共享厨房要做好食品安全管理，定期公示账目，接受群众监督。"
    art = build(
        f"网友热议村里的“共享厨房”\n2025-06-12 来源：某某日报\n\n{P1}\n网友评论\n{views}\n{more}\n"
    )
    assert views in joined(art) and more in joined(art)
