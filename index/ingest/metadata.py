"""Extract an article's title, source, site, author, date, url and print page.

Metadata is read from the header and footer zones (`index.ingest.zones`) and, for a
dateline, from the lead. Evidence, strongest first:

- YAML front matter;
- a print line 《 人民日报 》( 2024年02月20日 19 版);
- labelled lines (来源/稿件来源/信息来源/文章来源/转载自/出处, 作者, 发布时间/日期, 原标题,
  bracketed forms);
- unlabelled date lines (2024年03月09日 07:05 经济日报), bylines (澎湃新闻记者 张晗);
- the lead's dateline (新华社南京3月12日电, 【明報專訊】, 本报讯) with the year taken
  from other evidence; mastheads; a site suffix on the title (…_中國網);
  copyright footers; the URL (its domain and date).

`source` is the credited outlet, `site` the site the page was saved from.
Matching runs on folded lines; values are cut from the original lines, so they
stay as written. Every value keeps the line it came from (`Evidence`), which
`search-app inspect` shows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from index.build.folding import fold
from index.engine.models import ArticleMeta
from index.ingest.cleaning import (
    BLANK,
    BODY,
    CHROME,
    JUNK,
    META,
    SENTENCE_END,
    TITLE,
    CleaningRules,
    Line,
)
from index.ingest.dates import (
    OTHER_DAY,
    DateMatch,
    chinese_numerals,
    day_month_order,
    find_dates,
    first_date,
    page_order,
    roc_code_date,
    url_date,
    with_year,
)
from index.ingest.publishers import (
    APP_ADVERT,
    SECTION_NAME,
    app_bar,
    blog_owner,
    looks_like_outlet,
    outlet_name,
    platform_by_marks,
    publishers,
    site_before_menu,
)
from index.ingest.zones import (
    COUNTER,
    REPOST_BOX,
    Zones,
    chrome_reason,
    find_zones,
    is_breadcrumb,
    mail_header,
    slogan_publisher,
    without_addresses,
    wrapped_prose,
)

FIELDS = ("title", "source", "site", "author", "date", "url", "page", "original_title")

_LABEL = re.compile(
    r"(?P<label>(?<![\u4e00-\u9fff])博客(?=\s*[:：])|网站名称|站点名称|来源网址|原文网址|原网址|来源链接|创建时间|创建日期|创建于|上传时间|上传日期|上传于|收藏时间|收藏于|添加时间|订阅源|文章来源|稿件来源|素材来源|信息来源|资料来源|新闻来源|消息来源|原文来源|本文来源|内容来源|转载自|转自|原载于|原载|原刊于|原刊|稿源|来源于|来源|出处|"
    r"本文作者|文章作者|原文作者|作者|(?<![\u4e00-\u9fff])文字(?=\s*[:：])|撰文者|撰稿人|撰文|撰稿|采写|记者|通讯员|楼主|发帖人|(?<![\u4e00-\u9fff])报[道导](?=\s*[:：])|保存时间|保存日期|保存于|注册时间|注册日期|注册于|(?<![\u4e00-\u9fff])注册(?=\s*[:：])|加入时间|入驻时间|最后登录|上次登录|在线时间|积分|威望|截止日期|截止时间|报名时间|活动时间|活动日期|拍摄时间|拍摄日期|举办时间|下载时间|抓取时间|采集时间|剪藏时间|出版时间|出版|期号|版次|发布时间|发布日期|发表时间|发表日期|更新时间|发布(?=\s*[:：]\s*(?:\d|昨天|前天|今天|刚刚))|时间|日期|原文链接|原文地址|链接|原标题|"
    r"信息索引号|信息分类|体裁分类|组配分类|主题词|有效性|效力状态|文件编号|成文日期|生成日期|公开方式|公开范围|公开时限|公开责任部门|责任部门|发布机构|发布单位|发布部门|发文单位|发布者|发布人|供稿单位|索引号|发文机关|发文字号|主题分类|公文种类|文号|"
    r"浏览次数|点击次数|点击数|阅读次数|访问量|浏览量|阅读量|点阅次数|点阅数|点阅|访问次数|阅读数|浏览数|(?:阅读|浏览)(?=\s*[:：]\s*[\d.,]+\s*[万wk]?(?:\s|$))|人气|字体|字号|责任编辑|责编|编辑|审核|校对|分享到|分享)\s*(?:[:：]|[丨|](?!\S*[丨|])|(?P<closer>[】\]]))\s*"
)
# 原载：X under 转自：Y (a repost chain): X first published the piece, Y passed it on.
_ORIGINAL_LABELS = ("原载于", "原载", "原刊于", "原刊")
_PASSED_ON = ("labelled 转自", "labelled 转载自")
# Labels of a day that is not the page's (注册时间, 活动时间): it is never the date.
_OTHER_DAY = "other day"
_LABEL_KIND = {
    **dict.fromkeys(
        [
            "文章来源",
            "稿件来源",
            "素材来源",
            "信息来源",
            "资料来源",
            "新闻来源",
            "消息来源",
            "原文来源",
            "本文来源",
            "内容来源",
            "转载自",
            "转自",
            *_ORIGINAL_LABELS,
            "稿源",
            "来源于",
            "来源",
            "出处",
            "订阅源",  # a feed reader names the feed an item came from
        ],
        "source",
    ),
    # 报道：陈思颖 (Malaysian and Singaporean papers' byline)
    # 楼主：网名 (a forum thread's first poster)
    **dict.fromkeys(
        # 本文作者：X in a blog's copyright box (with 本文链接, 版权声明)
        [
            *("作者", "本文作者", "文章作者", "原文作者", "撰文", "撰稿", "采写", "记者"),
            *("撰文者", "撰稿人"),  # 撰文者：X (Taiwanese magazines), 撰稿人：X
            "文字",  # 文字：X　摄影：Y on the row under the headline: the writer
            *("通讯员", "报道", "报导", "楼主", "发帖人"),
        ],
        "author",
    ),
    # 博客：某某 in a blog's copyright box, 网站名称：X: the site the page is on
    **dict.fromkeys(["博客", "网站名称", "站点名称"], "site"),
    # 期号：20240611, an e-paper's issue code (版次：03 beside it is the page: no value kept)
    **dict.fromkeys(["出版时间", "出版", "期号"], "date"),
    **dict.fromkeys(
        [
            "发布时间",
            "发布日期",
            "发表时间",
            "发表日期",
            "更新时间",
            "发布",  # 发布：3天前, 发布：2024-12-01 10:05 (a posting time, never an office)
            "时间",
            "日期",
            "成文日期",
            "生成日期",  # when a disclosure record was made (政府信息公开 tables)
        ],
        "date",
    ),
    **dict.fromkeys(
        ["原文链接", "原文地址", "链接", "来源网址", "原文网址", "原网址", "来源链接"], "url"
    ),
    # a notes app's or a clipper's own stamp: the weakest date (see `Extraction.stamp`)
    **dict.fromkeys(["创建时间", "创建日期", "创建于", "收藏时间", "收藏于", "添加时间"], "stamp"),
    # a sharing site's upload day (道客巴巴 上传时间：…): the document may carry its own date
    **dict.fromkeys(["上传时间", "上传日期", "上传于"], "stamp"),
    "原标题": "original_title",
    **dict.fromkeys(
        ["保存时间", "保存日期", "保存于", "下载时间", "抓取时间", "采集时间", "剪藏时间"], "saved"
    ),
    "发布机构": "source",
    # 公开责任部门：X in a disclosure record's attributes: the office answerable for the record
    "公开责任部门": "source",
    "责任部门": "source",
    "发布部门": "source",
    "发文机关": "source",
    "发文单位": "source",
    "发布单位": "source",
    # 发布者：宣传部 is the account that posted the page: a credit only where the site is not
    # an outlet's or a body's own (read at the end of `extract`).
    "发布者": "poster",
    "发布人": "poster",
    "供稿单位": "source",
    # 楼主：X　注册时间：2016-03-09　积分：2831 (the poster's profile), 活动时间, 截止日期, 拍摄时间:
    # days the page names, not the day it was published
    **dict.fromkeys(
        [
            *("注册时间", "注册日期", "注册于", "注册", "加入时间", "入驻时间", "最后登录"),
            *("上次登录", "在线时间", "积分", "威望", "截止日期", "截止时间", "报名时间"),
            *("活动时间", "活动日期", "拍摄时间", "拍摄日期", "举办时间"),
        ],
        _OTHER_DAY,
    ),
}
# Weaker labels of a government info table: 发布机构 is the office that posted the page
# (信息来源 credits the content), 成文日期 the day a document was signed (发布日期 beats it).
_WEAK_LABELS = frozenset(
    [
        "发布机构",
        "公开责任部门",
        "责任部门",
        "发布单位",
        "发布部门",
        "发文机关",
        "发文单位",
        "发布者",
        "发布人",
        "成文日期",
        "生成日期",
        "更新时间",
    ]
)
# Labels whose values are not metadata but end the previous value (浏览次数：1023).
_STOP_KIND = "stop"
# One name, no spaces or marks, before labels: 某某日报 in 某某日报　编辑：王某.
_LONE_OUTLET = re.compile(r"[\u4e00-\u9fff]{2,14}")
_WIDGETS = re.compile(
    r"字[体号]\s*[:：]?\s*(?:a\s*[+\-]\s*)+|字号\s*[+\-]?|我要(?:评论|投稿|纠错|分享)|分享到|打印|收藏|参与互动|"
    # a font size alone, not a word's last character (台中, 王小)
    r"(?<![\u4e00-\u9fff])[【\[]?[大中小][】\]]?(?=\s|$)"
)
_PRINT = re.compile(
    r"《\s*(?P<source>[^》]{2,20}?)\s*》\s*[(（]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:第?\s*(?P<page>\d{1,3})\s*版)?\s*[)）]"
)
_SUFFIX_WORDS = r"网|报|台|站|社|客户端|新闻|频道|在线|网站|app|\.com|\.cn|\.net|发布|融媒|订阅|号|官网|周刊|杂志|资讯"
_SITE_SUFFIX = re.compile(
    r"^(?P<title>.+?)\s*(?:[_|]|\s[-–—]{1,2}\s)\s*"
    rf"(?P<site>[^_|]{{2,16}}?(?:{_SUFFIX_WORDS}))\s*$"
)
_KNOWN_TAIL = re.compile(r"\s*(?:[-–—_|]{1,2})\s*(?P<site>[^-–—_|]{2,16})$")  # 标题——新华网
# A print header's or a saved page's <title> with the outlet glued after a hyphen (标题-某某日报).
_GLUED_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff”’」』》）)])[-–](?P<site>[\u4e00-\u9fff]{2,14}?(?:报|网|电视台|广播电视台|客户端|融媒))$"
)
_SECTION_TAIL = re.compile(
    r"\s+\|\s+[^|\s]{1,6}$"
)  # 标题 | 地方 (a section, once the site is gone)
_MEDIA_TAG = re.compile(
    r"\s*[(（\[【](?:图|组图|多图|附图|图文|视频|附视频|高清组图"
    # 标题（2024-11-02）: the list page's posting day left on the headline
    r"|(?:19|20)\d{2}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))"
    r"[)）\]】]\s*$"
)
# 标题_新闻频道 (a channel, once the site after it is gone)
_CHANNEL_TAIL = re.compile(r"\s*[_|｜]\s*[^_|｜\s]{0,6}(?:频道|新闻|资讯|动态|要闻|栏目)$")
_KEYWORD_TAIL = re.compile(r"(?:\|[^|]{1,6}){2,}$")  # 标题|大同|黄花|产业 (netease keywords)
_REPOST_MARK = re.compile(
    r"^\s*(?:[\[【(（]\s*(?:转载|转|转帖)\s*[\]】)）]|(?:转载|转帖|转)\s*[:：])\s*\S{6}"
)
# Issuing offices signing a bulletin under its title: 某县统计局　国家统计局某县调查队.
_ISSUERS = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,20}(?:局|调查队|委员会|办公室|办公厅|人民政府|政府|厅|署)\s+)+"
    r"[\u4e00-\u9fff]{2,20}(?:局|调查队|委员会|办公室|办公厅|人民政府|政府|厅|署)$"
)
# An official document's number over its title: 鄂政办发〔2025〕12号, 国办函[2024]3号.
_DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\d{1,4}\s*号$"
    # Taiwan's 字號 (鹿乡民字第1130012345号, 府农字第11300号)
    r"|^(?:发文字号\s*[:：]\s*)?[\u4e00-\u9fff]{1,10}字第\s*\d{3,12}\s*号$"
)
# A browser's print header: the print time, then the page's <title> (2024/11/30 上午10:15　标题 - X).
_PRINT_STAMP = re.compile(
    r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:上午|下午|am|pm)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s+(?=\S{4})",
    re.I,
)
_REPOST = re.compile(
    r"^\s*(?:[\[【(（]\s*(?:转载|转|转帖|转发|分享)\s*[\]】)）]|(?:转载|转帖|转发|转)\s*[:：]|repost\s*[:：])\s*"
    # the field's own label before the headline: 标题：…, 篇名：…, title: …
    r"|^\s*(?:文章|新闻)?(?:标题|题名|篇名)\s*[:：]\s*(?=\S{4})|^\s*[tT]itle\s*[:：]\s*(?=\S{4})"
    # a forum's or aggregator's category tag before the headline, a kind of post (【新闻】,
    # [视频], [原创]); a column's own name stays (【随手拍】, 【家乡变化】: part of the title)
    r"|^\s*[\[【]\s*(?:新闻|资讯|快讯|短讯|简讯|视频|图片|图文|组图|多图|美图|音频|直播|原创|独家|首发|"
    r"公告|通知|置顶|精华|热门|热帖|推荐|头条|要闻|专题|热点|最新|新|热|荐|精|顶|图|话题|动态|求助|讨论|"
    r"提问|问答|分享|投票|活动|篇名|题名|标题)\s*[\]】]\s*(?=[^\s\[【]{6})"
)
_COPYRIGHT = [
    re.compile(
        r"^(?:©|copyright)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<site>[^\s©|,，]{2,20}?)\s*版权所有"
    ),
    re.compile(
        r"版权所有\s*[:：]?\s*(?:©|copyright)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?"
        r"(?!copyright|all\b|rights\b)(?P<site>[^\s©|,，]{2,20})"
    ),
    re.compile(
        r"copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?:by\s+)?(?:www\.)?(?P<site>[^\s©|,，.]{2,30})"
    ),
    # © 2024 某某网 (a Chinese name; an English company is read by _EN_COPYRIGHT)
    re.compile(r"©\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<site>[\u4e00-\u9fff][^\s©|,，.]{1,29})"),
    # … 某某在线 版权所有 after other words on the line
    re.compile(r"(?:^|\s)(?P<site>[\u4e00-\u9fff][^\s©|,，]{1,19}?)\s*版权所有"),
    # 本文版权属某某所有 / 版权归某某所有 (not the writer's: 版权归作者所有)
    re.compile(
        r"(?:版权|著作权)(?:属于?|归)\s*(?!(?:原|原创)?作者)(?P<site>[^\s©|,，。]{2,20}?)\s*所有"
    ),
    # 某某手记 © 2024: the holder before the sign
    re.compile(
        r"^(?!copyright)(?P<site>[^\s©|,，。:：]{2,20}?)\s*(?:©|\(c\))\s*(?:19|20)\d\d(?!\d)"
    ),
]
# An English copyright footer naming a company: © 2024 Yicai Media Group. All Rights Reserved.
# (the year may be left out: © Center for China and Globalization. All rights reserved.)
# A brand mixing Han and Latin letters or digits (思考HK, 香港01): a name, never headline words.
_BRAND = re.compile(r"[\u4e00-\u9fff]{1,8}[a-z0-9]{1,6}|[a-z0-9]{1,6}[\u4e00-\u9fff]{1,8}")
_EN_COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*,?\s*(?:by\s+)?"
    r"(?P<site>[a-z][a-z0-9&' -]{1,60}?)\s*[.,]?\s*"
    # … or the footer's own links after the name (© 2024 Some Wave　隐私政策)
    r"(?:all rights reserved|版权所有|$|(?<=\s)(?=[\u4e00-\u9fff]))"
)
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
_IMAGE_URL = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)|[?&]wx_fmt=|mmbiz\.qpic\.cn", re.I)
_URL = re.compile(r"https?://[^\s<>\"'）)】\]]+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_MARKS = re.compile(r"^\s*>+|\*{1,3}|(?<!\w)_{1,2}|_{1,2}(?!\w)")
# A Han character of a name, also outside the basic block (杨𫖯洱, 李𬭎: extensions A to H).
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003347f"
# The dots a transliterated name (Uyghur, Kazakh, Tibetan…) is joined with: ·, •, ‧ (Big5), ・.
NAME_DOTS = "·•‧・･.．∙⋅"  # the full-width ． folds to .
# A person's name: two or three characters, or dot-joined parts of two to six (古丽米拉·艾尔肯,
# 阿依努尔‧吐尔洪); the dotted form is tried first so that a bare match does not stop at its head.
_NAME = rf"(?:[{_HAN}]{{2,6}}(?:[{NAME_DOTS}][{_HAN}]{{2,6}}){{1,2}}(?![{_HAN}{NAME_DOTS}])|[{_HAN}]{{2,3}})"
_DOTTED_NAME = re.compile(
    rf"(?<![{_HAN}{NAME_DOTS}])[{_HAN}]{{2,6}}(?:[{NAME_DOTS}][{_HAN}]{{2,6}}){{1,2}}(?![{_HAN}{NAME_DOTS}])"
)
# In a byline line alone, a name set apart by spaces may have four characters (阿依努尔, 次仁卓玛:
# no dot written); 新华社记者走进乡村 is a headline.
_NAME4 = rf"(?:(?<=[\s:：、,，])[{_HAN}]{{4}}(?<![摄报讯电])(?<!报道)(?<!报导)(?<!通讯)(?=[\s、,，)）\]】/／∕|｜]|$)|{_NAME})"
# In a reporter's bracket, a name set apart by spaces may have up to five (Mongolian and Tibetan
# names written without a dot: 乌云其木格, 格桑次仁).
_NAME5 = (
    rf"(?:(?<=[\s:：、,，])[{_HAN}]{{4,5}}(?<![摄报讯电等])(?<!报道)(?<!报导)(?<!通讯)"
    rf"(?=[\s、,，)）\]】])|{_NAME})"
)
_BYLINE = re.compile(
    rf"^[(（\[【]?\s*(?:(?P<org>[^\s记者【]{{2,20}}?(?:\s+[^\s记者【]{{2,20}}?)?)\s*)?(?:全媒体|融媒体)?(?:特约|首席|见习|实习)?记者\s*[:：]?\s*(?P<name>{_NAME4}(?:[\s、,，]+{_NAME4})*)"
    # 正观新闻记者 X / 通讯员 Y: other credits after a slash.
    rf"(?:\s*[/／|｜∕]\s*(?:通讯员|实习生|摄影|摄像|视频|见习记者)\s*[:：]?\s*{_NAME}(?:[\s、,，]+{_NAME})*)*"
    # 記者 許志榮／報導: after a slash the place may be left out.
    r"\s*(?:(?:[/／|｜∕]\s*\S{0,8}|\s*\S{2,8})(?:报道|报导|电|讯)|\s发自\s*[\u4e00-\u9fff]{2,10})?\s*[)）\]】]?$"
)
# A TV newsroom's byline: the outlet, a slash, the reporters and where they filed from
# (某某新聞／陳某、林某 臺東報導).
_OUTLET_FILED = re.compile(
    rf"^(?P<org>[^\s/／∕|｜]{{2,12}})\s*[/／∕]\s*(?:(?:特约|首席|见习)?记者\s*)?(?P<name>{_NAME})"
    rf"(?:\s*[、,，]\s*{_NAME})*\s+[\u4e00-\u9fff]{{2,8}}报[导道]$"
)
_WECHAT_MARK = re.compile(r"^(?:>\s*)?(?:原创|转载)\s+")  # also quoted (> 原创 …) in Markdown
# What follows the date on WeChat's byline: the time, then the poster's province (IP place).
_WECHAT_TAIL = re.compile(
    r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:发表于\s*)?"
    r"(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|"
    r"湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门)\s*$"
)
# A reporter and the place filed from, after a date: 記者林怡君∕花蓮報導, 林雅惠 / 宜蘭縣 報導.
_FILED_FROM = re.compile(
    rf"(?:^|\s)(?:(?:本报|本台|本网)?(?:特约|首席|见习)?记者\s*)?(?P<name>{_NAME})\s*[/／∕|｜]\s*"
    r"[\u4e00-\u9fff]{2,8}\s*报[导道]\s*$"
)
# A byline whose label has no colon: 作者 陳婉真, 记者 王某 李某, 作者, 何嘉琳.
_SPACED_BYLINE = re.compile(
    # (the role maybe with its kind: 特约撰稿人, 专栏作者, 本报评论员, 首席记者)
    rf"^(?:本报|本刊|本网)?(?:特约|首席|专栏|客座)?(?:作者|撰文|撰稿人?|记者|评论员)(?:\s+|\s*[,，]\s*)(?P<name>{_NAME}(?:[\s、,，]+{_NAME})*"
    # one name alone may have four characters (欧阳明辉, 吉克阿依, 次仁卓玛)
    rf"|[{_HAN}]{{4}})$"
)
_DATELINE_AUTHOR = re.compile(
    rf"^\s*[(（]?\s*(?:通讯员\s*{_NAME}(?:[\s、,，]+{_NAME})*\s*)?"  # （通讯员 李某 记者 王某）
    rf"(?:本报|本台|本刊|本网|本站)?(?:全媒体|融媒体)?(?:特约|首席|见习)?记者\s*(?P<name>{_NAME5}(?:[\s、,，]+{_NAME})*)"
)
_BRACKET_REPORTER = re.compile(
    r"^\s*[(（]\s*(?:本报|本台|本刊|本网|本站)?(?:全媒体|融媒体)?(?:特约|首席|见习)?记者\s*(?P<name>[\u4e00-\u9fff]{2,5})\s*[)）]"
)
_ORG_MASTHEAD = re.compile(
    r"^(?:中共|中国共产党)?[\u4e00-\u9fff]{2,20}(?:委员会|党委|党校|行政学院|宣传部|组织部|统战部|政法委|"
    r"联合会|妇联|总工会|团委|团市委|团县委|科协|文联|社科联|侨联|残联|协会|学会|研究会|研究院|研究所|"
    r"大学|学院|中学|小学|学校|幼儿园|医院|卫生院|图书馆|博物馆|文化馆|党工委|管委会|人大常委会|政协|纪委|监委|"
    r"纪念馆|展览馆|陈列馆|村史馆|校史馆|美术馆|科技馆|"
    r"法院|检察院|公安局|局|厅|部|署|委|"
    # street offices, district offices and Taiwan's farmers' and fishermen's associations
    r"办事处|事务处|管理处|公所|农会|渔会)$"
)
# A company or bank whose site carries its own news (中国农业银行, 某某集团, 某某股份有限公司).
_COMPANY = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:银行|集团|(?:股份)?有限(?:责任)?公司|控股|电网|保险|证券)$"
)
# A body whose site publishes its own news (四川大学华西医院, 某某市第一中学, 某某县人民法院).
_INSTITUTION = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:大学|学院|中学|小学|学校|医院|卫生院|图书馆|博物馆|党校|研究院|研究所|"
    r"科学院|人民法院|人民检察院|人大常委会|政协|委员会|农会|渔会|"
    # Hong Kong's and Macau's departments and district offices issue their own releases
    r"事务处|事务总署|事务局)$"
)
# A paper's masthead with its serial number (and maybe its name in pinyin).
# A periodical's issue line: 《某某》2024年第21期 (a publication day may follow).
_ISSUE_MASTHEAD = re.compile(
    r"^[《〈](?P<name>[^《》〈〉\s]{2,16})[》〉]\s*(?:杂志|期刊|半月刊|月刊)?\s*(?:19|20)\d{2}\s*年?\s*"
    r"(?:第\s*\d{1,3}\s*期|\d{1,2}\s*月[上下]?\s*(?:刊|号)|[(（]\s*\d{1,3}\s*[)）])"
)
_SERIAL_MASTHEAD = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:报|刊|杂志))(?:\s+[a-z ]{2,30})?\s+\S{0,12}?"
    r"(?:连续出版物号|刊号)\s*[:：]?\s*cn\s*\d{2}\s*-\s*\d{4}"
)
# A platform and the account on it: 微信公众号 恩施州教育局, 微信公众号「会昌发布」.
_PLATFORM_ACCOUNT = re.compile(
    r"^(?P<platform>微信公众号|微信公众平台|公众号|今日头条|头条号|微博|百家号)\s*[:：]?\s*[「“\"《【]?"
    r"(?P<account>[^\s「」“”\"《》【】]{2,20})[」”\"》】]?$"
)
# A blog engine's credit under the page (自豪地采用WordPress, Powered by Typecho).
_BLOG_ENGINE = re.compile(
    r"(?:自豪地采用|powered\s+by|由)\s*(?:wordpress|typecho|hexo|hugo|jekyll|z-?blog|emlog|ghost|halo)\b"
)
_RUN_BY = re.compile(
    r"(?:^|\s)主办(?:单位)?\s*[:：]\s*(?P<a>[\u4e00-\u9fff]{4,24})(?![\u4e00-\u9fff])"
    r"|^(?:本网站?由|本站由)?(?P<b>[\u4e00-\u9fff]{4,24}?)\s*主办(?:\s|$)"
)
# 陕西省自然资源厅　陕ICP备…号 / 某某税务局　纳税服务热线：12366: a footer opening with the body
# whose site it is, then its licence number or service line (the name is checked against _BODIES).
_HOLDER_BESIDE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{4,24})\s+(?:[\u4e00-\u9fff]{0,2}icp\s*[备证]|[\u4e00-\u9fff]{0,4}服务热线)"
)
# Counters a posting time may carry after it: 阅读 3562, · 阅读 2.1万, 评论 12.
_COUNTER_TAIL = rf"(?:\s*[·|]?\s*{COUNTER})*"
_YEARLESS_TIME = re.compile(
    r"^(?P<who>\S{2,16}\s+)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?"
    + _COUNTER_TAIL
    + "$"
)
# …特别行政区政府, 臺北市政府, 嘉義縣政府: a government named by its unit, without 人民.
_GOV_MASTHEAD = re.compile(
    r"^\S{2,24}(?:人民政府|人民政府网|政府网|门户网站|政府门户网站)$|^\S{2,12}(?:特别行政区|[省市县])政府$"
)
# A government site's generic names around the office's own: 中华人民共和国民政部, 農業部全球資訊網.
_GOV_SITE_WORDS = re.compile(r"^中华人民共和国(?=\S{2,})|(?<=\S{2})全球资讯网$")
# Prompts beside a masthead: 交汇点  打开APP, 云上恩施  下载客户端.
_APP_PROMPT = re.compile(r"(?:打开|下载|安装)\s*(?:app|客户端)|(?:app|客户端)\s*下载")
_DATELINE_DATE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{1,8}?)?\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    # 12月2日北京电: some wires write the day before the place
    r"(?:电|讯|消息|[\u4e00-\u9fff]{2,6}?电(?=[】\])）\s]|$))"
)
# After a credit: 记者王小明台北5日电 / 记者张三11月5日报道 (reporter, place, day).
_WIRE_TAIL = re.compile(
    rf"\s*(?:特约|首席|见习)?记者\s*{_NAME}(?:[\s、,，]+{_NAME})*\s*[\u4e00-\u9fff]{{0,8}}?\s*"
    r"(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|讯|报道)"
)
_REPORTED = re.compile(rf"^(?:本报|本台)?记者\s*(?P<name>{_NAME})\s*报[道导]\s*[:：]")
_LEAD_BYLINE = re.compile(
    rf"^(?:本报|本台|本网|[^\s记者，。]{{2,12}}?[/／·][^\s记者，。]{{2,12}}?)?(?:特约|首席|见习)?记者\s*"
    rf"(?P<name>{_NAME}(?:\s+{_NAME})*)"
    rf"(?:\s+通讯员\s+{_NAME}(?:\s+{_NAME})*)?\s+(?=[^\s，。])"
)
_BRACKET_BYLINE = re.compile(
    # 【某某日报／记者 王某／屏东报导】: the outlet may stand apart from 记者 by a slash
    rf"^\s*[〔(（【\[]\s*(?:本报|本台|(?P<org>[^\s记者，。()（）【】〔〕/／∕]{{2,12}}?)\s*[/／∕]?\s*)?"
    r"(?:特约|首席|见习)?记者\s*"
    rf"(?P<name>{_NAME4}(?:[\s、,，]+{_NAME4})*)"
    r"\s*[/／|]?\s*\S{0,8}?(?:报导|报道|电)?\s*[〕)）】\]]"
)
# A line crediting where the text first appeared: 原文刊发于《学习时报》2024年3月11日第3版,
# 本文原载于《瞭望》新闻周刊, 本文转载自河南日报客户端, 本文转自微信公众号“X”.
_CREDIT_LINE = re.compile(
    r"^[\s(（\[【>*]*(?:本文|原文|此文|文章|该文)?\s*(?:原|首)?\s*"
    r"(?:(?:刊发|刊载|刊登|发表|发布|登载|载|刊|发)\s*(?:于|在)|(?:转载|转|选|摘)\s*自|(?<=本文|文章)来自|(?<=原)(?:载|刊)(?=\s*《))\s*[:：]?\s*"
    # A magazine's issue line names the issue before the title: 发于2025.4.28总第1188期《X》.
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:总?第\s*\d{1,5}\s*期)?\s*(?=《))?"
    r"(?:(?:微信公众号|公众号|微信号)\s*[:：]?)?\s*[《〈“\"「【]?(?P<src>[^》〉”\"」】\s,，。;；()（）]{2,20}?)[》〉”\"」】]?"
    r"(?=[\s\d第(（,，。;；)）\]】*]|新闻周刊|杂志|客户端|$)"
)
# Kinds that host pages (a forum also hosts its members' own posts, see `_own_outlet`).
_HOST_KINDS = ("site", "platform", "app", "forum")
_OWN_WORK = re.compile(r"(?:来源|稿源|出处)\s*[:：]\s*(?:本站|本网|本平台)(?:原创)?(?:\s|$)")
# Author fields that name nobody.
_NO_AUTHOR = frozenset(
    ["佚名", "不详", "未知", "匿名", "admin", "管理员", "小编", "编辑部", "本站", "本网"]
)
_REPRINT_TAIL = re.compile(
    r"^[^。！？]{0,30}?(?:未经|如需|转载|授权|版权|严禁|不得|侵删|仅作分享|仅供\S{0,4}(?:参考|交流|学习)|如有侵权|"
    r"仅代表作者(?:个人)?(?:观点|立场)|不代表本\S{0,3}(?:观点|立场))[^。！？]{0,30}[。]?\s*$"
)
# 文 | 李晓　摄影 | 黄宇, 撰文/王某: the writer's credit before the text.
_WRITER_LINE = re.compile(
    rf"^(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[|｜丨/／:：]?|(?:文|撰文|文字|采写|文图|图文)\s*[|｜丨/／:：])"
    rf"\s*(?:[^\s记者]{{2,12}}?(?:特约|首席|见习)?记者\s*)?"
    # (a name of four to the line's end or a space: 文/次仁卓嘎)
    rf"(?P<name>[{_HAN}]{{4}}(?<![摄报讯电])(?=\s|$)|{_NAME})"
    r"(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,3})*(?:\s+(?:摄影|摄|图|图片|编辑|视频|责任编辑|责编|审核|校对)\s*[|｜丨/／:：]\s*\S{2,8})*\s*$"
)
# The role after the name: 王小明/文　李某/图 (the writer, then the photographer).
_WRITER_AFTER = re.compile(
    rf"^(?P<name>{_NAME})\s*[/／]\s*(?:文|文图|图文)"
    rf"(?:\s+{_NAME}\s*[/／]\s*(?:图|摄|摄影|视频))*\s*$"
)
# A row of credits, each a role and its names, several on a line: 文 | 记者 X　图 | 通讯员 Y,
# 主笔：X　实习生：Y　编辑：Z, 文/记者 X　通讯员 Y　图/Z, 采访/撰文：X, or the name first (X 文/图).
# The writer is the first writer's name.
_WRITER_ROLES = ("文", "撰文", "文字", "采写", "主笔", "执笔", "作者", "文图", "图文", "撰稿")
_CREW_ROLES = (
    *("图", "图片", "摄影", "摄", "摄像", "视频", "编辑", "美编", "责编", "责任编辑", "校对"),
    *("审核", "审校", "统筹", "监制", "策划", "制作", "设计", "剪辑", "翻译", "整理", "出品"),
    "采访",
)
_STAFF_ROLE = r"(?:本报|本刊|本台|本网)?(?:特约|首席|见习|实习)?(?:记者|通讯员|实习生)"
_ANY_ROLE = "|".join(sorted((*_WRITER_ROLES, *_CREW_ROLES), key=len, reverse=True))
_ROLES = rf"(?:{_ANY_ROLE})(?:[/／、&](?:{_ANY_ROLE}))*"  # 采访/撰文, 文/图: one person's roles
_CREDIT_NAME = rf"(?!(?:{_ANY_ROLE}|{_STAFF_ROLE})(?:[\s:：|｜丨/／]|$)){_NAME4}(?![{_HAN}])"
_CREDIT_SEGMENT = re.compile(
    rf"(?:(?P<role>{_ROLES})\s*(?:[|｜丨/／:：]\s*|\s+)(?:(?P<staff>{_STAFF_ROLE})\s*[:：]?\s*)?"
    rf"|(?P<staff2>{_STAFF_ROLE})\s*[:：|｜丨/／]?\s*)"
    rf"(?P<name>{_CREDIT_NAME})(?:(?:\s*[、,，]\s*|\s+){_CREDIT_NAME})*"
    # the name, then its roles: 周某 文/图, 李某/摄
    rf"|(?P<first>{_CREDIT_NAME})\s*[/／]?\s*(?P<after>{_ROLES})(?=[\s·|｜;；]|$)"
)


# 作者简介：周某，某某大学教授。 under the text: the writer's bio opens with the writer's name.
_AUTHOR_BIO = re.compile(
    rf"^[(（【\[]?\s*(?:作者简介|作者介绍|关于作者)\s*[:：】\]]\s*(?P<name>{_NAME4}|{_DOTTED_NAME.pattern})"
    r"\s*(?=[，,。；;(（\s]|$)"
)


def _author_bio(lines: list[Line], later: Extraction) -> None:
    """The writer named by the bio under the text (weak: a byline above beats it)."""
    for line in lines:
        m = _AUTHOR_BIO.match(line.folded.strip())
        if m:
            later.offer("author", _orig(line, line.folded.strip(), m, "name"), line, "writer's bio")
            return


def _credit_row(line: Line, ex: Extraction) -> None:
    """Offer the writer of a credit row (also one the zones took for chrome) and take it off the text."""
    folded = line.folded.strip()
    span = credit_row_writer(folded) if line.role in (BODY, CHROME) and len(folded) <= 80 else None
    if span:
        ex.offer("author", _as_written(line, folded[span[0] : span[1]]), line, "credit row")
        _mark(line, META, "credit row")


def credit_row_writer(folded: str) -> tuple[int, int] | None:
    """The span of the writer's name in a line made only of credits (role, then names); else None."""
    end = len(folded.rstrip())
    pos = len(folded) - len(folded.lstrip(" \t>"))  # a Markdown quote (> 文 | X)
    if folded[pos : pos + 1] in ("(", "（", "【", "[") and folded[end - 1 : end] in (
        ")",
        "）",
        "】",
        "]",
    ):
        pos, end = pos + 1, end - 1  # （文/周某）: the credit in brackets
    segments = []
    while pos < end:
        m = _CREDIT_SEGMENT.match(folded, pos, end)
        if not m:
            return None
        segments.append(m)
        pos = m.end() + len(re.match(r"[\s·|｜;；]*", folded[m.end() :]).group(0))
    writers = [
        m
        for m in segments
        if set(re.split(r"[/／、&]", m["role"] or m["after"] or "")) & set(_WRITER_ROLES)
    ]
    # 记者 X　通讯员 Y alone: only with another credit beside it, the reporter wrote it
    reporters = [m for m in segments if "记者" in (m["staff"] or m["staff2"] or "")]
    if writers:
        return writers[0].span("name" if writers[0]["name"] else "first")
    if len(segments) >= 2 and reporters and not reporters[0]["role"]:
        return reporters[0].span("name")
    return None


# Bodies whose own sites carry their news: offices, governments, institutions, companies.
_BODIES = (_ORG_MASTHEAD, _GOV_MASTHEAD, _INSTITUTION, _COMPANY)
# Bodies that sign or issue a document besides offices: a service centre, a task force, a
# council (某市政务服务中心, 某旗驻村工作队, 某区议会, 某村村委会).
_ISSUING_BODY = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(?:中心|工作队|工作组|领导小组|办公室|指挥部|议会|村委会|居委会|服务站)$"
)
# A document's masthead: the issuing body, then the kind of document (某某乡公所　公告, 某某区议会
# 区议员工作报告, 某某工作队工作简报). A periodical's kind may be glued to the name; a notice's
# kind stands apart (某某县人民政府公告, written as one, is a notice's own headline).
_DOC_KIND = re.compile(
    r"(?P<sep>\s*)(?P<kind>(?:工作)?(?:简报|快报|动态|通讯|专报)|[\u4e00-\u9fff]{0,3}工作报告|"
    r"公告|通告|通知|公示|公报)$"
)
# A compiler's credit on a bulletin's head: 某县乡村振兴局编印　2024年12月2日.
_COMPILED_BY = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{4,24}?)\s*(?:编印|编发|主编|承编|编辑出版)(?:\s|$)"
)
# A book's title opening a category path (《某某年鉴（2024）》　乡镇概况 › 某某镇): a yearbook's or
# gazetteer's entry copied with where it stands; the book is the source.
_BOOK_CRUMB = re.compile(
    r"^《(?P<book>[^《》()（）]{2,30})(?:[(（]\s*(?:19|20)\d{2}\s*(?:年)?(?:卷|版)?\s*[)）])?》"
    r"\s*\S[^。！？]*[›>»/＞]"
)
# A section of an exhibition, a book or a report over its own headline (第二展厅　茶乡巨变).
_SECTION_LINE = re.compile(
    r"^第[一二三四五六七八九十百\d]{1,4}(?:展厅|展区|单元|部分|篇|章|节|板块|展板)(?:\s+\S.{0,20})?$"
)


def _issuing_body(name: str) -> bool:
    """A folded name is a body that issues or signs documents (an office, council, centre)."""
    return bool(_ISSUING_BODY.match(name) or _ORG_MASTHEAD.match(name) or _GOV_MASTHEAD.match(name))


def _doc_masthead(folded: str) -> str | None:
    """The issuing body of a document's masthead line (body, then the document's kind), or None."""
    m = _DOC_KIND.search(folded)
    if not m or (not m["sep"] and m["kind"] in ("公告", "通告", "通知", "公示", "公报")):
        return None
    if len(m["sep"]) >= 4:
        return None  # 某某县人民政府　　　　政府工作报告: a PDF's running header (read apart)
    org = folded[: m.start()].strip()
    return org if 2 <= len(org) <= 24 and _issuing_body(org) else None


# A credit label after another credit on one line (责任编辑：王某　来源：某某晚报).
_CHROME_CREDIT = re.compile(r"[:：]\s*\S{1,12}\s+(?:来源|稿源|信息来源|新闻来源|文章来源)\s*[:：]")
_FIELDS_LINE = re.compile(
    r"^(?:来源|信息来源|稿件来源|文章来源|稿源)\s*[:：]\s*[^\s:：]{2,20}\s+(?:(?:发布)?(?:时间|日期)|作者|编辑)\s*[:：]"
)
# （X供稿）, （X供图）, （图片由X提供） closing a line: who sent the item or its photo in.
_CONTRIBUTED = re.compile(
    r"[(（]\s*(?:图片?由|(?P<by>稿件由))?(?P<org>[\u4e00-\u9fff]{3,20}?)\s*(?P<kind>供稿|供图|提供)\s*[)）]$"
    r"|^(?P<kind2>供稿)(?:单位)?\s*[:：]\s*(?P<org2>[\u4e00-\u9fff]{3,20})$"
)
_NOT_AN_ORG = re.compile(r"受访者|采访对象|本人|作者|网友|读者|资料|当事人|家属|摄影师|通讯员|记者")
_PRODUCED_BY = re.compile(
    r"^[(（\[【]?(?:(?P<a>[^\s:：|｜]{2,20}?)\s*(?:联合|荣誉)?出品[)）\]】]?$"
    r"|出品(?:方|单位)?\s*[:：|｜丨]\s*(?P<b>[^\s:：|｜丨()（）\[\]【】]{2,20}))"
)
_EDGE_LABEL = re.compile(r"^[\s(（\[【>]*(?:原标题|转载自|转自|本文来源|文章来源|稿件来源)\s*[:：]")
# An editor credit (and a CNA date code) glued to the end of the last paragraph: …。（編輯：張三）1130305
_TRAILING_CREDIT = re.compile(
    r"(?<=[。！？!?”」])\s*[(（]\s*(?:编辑|责任编辑|责编|编审|校对|编译)\s*[:：][^()（）]{1,30}[)）]\s*(?:1[0-4]\d{5})?\s*$"
)
# A credit closing the last paragraph or standing alone under it: …。（来源：某某日报）,
# …。（某某日报记者 王某）, （某某日报）.
_TRAILING_SOURCE = re.compile(
    r"(?:(?<=[。！？!?”」])|^)\s*[(（]\s*(?:(?:来源|稿源|转自|摘自|来源于)\s*[:：]\s*(?P<src>[^()（）:：]{2,20}?)"
    rf"|(?P<org>[^()（）\s:：记者]{{2,16}}?)(?:(?:全媒体|融媒体)?(?:特约|首席|见习)?记者\s*(?P<name>{_NAME}))?)"
    r"\s*[)）]\s*$"
)
# The reporter alone closing the last paragraph: …。（记者 王某）, …。(本报记者 王某；编辑 李某),
# …。【某某卫视记者 王某 报道】 (the outlet before 记者, 报道 after the name).
_TRAILING_REPORTER = re.compile(
    rf"(?<=[。！？!?”」])\s*[(（【]\s*(?:本报|本台|本网|(?P<org>[^()（）【】\s记者。，]{{2,12}}?))?(?:特约|首席|见习)?记者\s*(?P<name>{_NAME})"
    rf"(?:[、,，\s]+{_NAME})*\s*(?:[;；,，]\s*(?:编辑|责任编辑|责编|编译|审校)\s*[:：]?[^()（）]{{0,20}})?"
    r"\s*(?:报[道导])?\s*[)）】]\s*$"
)
# …「終於唔使成日兜圈」。記者 陳某 報道: the same credit unbracketed, closed by 报道.
_TRAILING_REPORTED = re.compile(
    rf"(?<=[。！？!?”」])\s*(?:本报|本台|本网|(?P<org>[^()（）【】\s记者。，]{{2,12}}?))?(?:特约|首席|见习)?记者\s*"
    rf"(?P<name>{_NAME})(?:[、,，\s]+{_NAME})*\s*报[道导]\s*$"
)
_PAGE_TOKEN = re.compile(
    r"第?\s*[a-z]?\d{1,3}\s*版(?:\s*[:：]?\s*[\u4e00-\u9fff]{1,6}(?=\s|$|[|｜]))?|星期[一二三四五六日天]"
    r"|(?<![\w.])[a-z]\d{1,2}(?![\w.])"  # A3, B12: a page number without 版
)
# A staff credit (■本版主编：李某, 统筹：王某): never the headline.
_STAFF_CREDIT = re.compile(
    r"^\W*[\u4e00-\u9fff]{0,4}(?:编辑|主编|责编|美编|校对|审校|编审|监制)\s*[:：|｜/]\s*[\u4e00-\u9fff]{2,4}(?:\s|$)"
)
# A page line of an e-paper: A12 港聞, 第03版：要闻 (never the headline).
_PAGE_LINE = re.compile(
    r"^(?:第?\s*[a-z]?\d{1,3}\s*版|[a-z]\d{1,2})\s*[:：|｜]?\s*[\u4e00-\u9fff]{0,6}$"
)
# A posting time without a year after a byline, maybe with a counter: … 10-23 08:40 阅读 5.2万.
_BYLINE_STAMP = re.compile(
    r"\s(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?"
    rf"(?:\s+{COUNTER})?\s*$"
)
_YEARLESS_LINE = re.compile(r"^\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*$")
# A posting time without a year, beside a label or an outlet: 06-03 09:15, 3月5日 08:00.
_YEARLESS_STAMP = re.compile(
    r"(?<![\d年/.:-])(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?![\d:])\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?<![\d年/.:-])(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日"
)
# A posting time relative to the day the page was saved: 昨天 18:42, 3小时前.
_RELATIVE_STAMP = (
    r"(?:(?P<day>今天|昨天|前天)\s*\d{1,2}:\d{2}|(?P<n>\d{1,2})\s*(?P<unit>天|小时|分钟)前)"
)
_RELATIVE_TIME = re.compile(
    r"^(?P<who>\S{2,16}\s+)?" + _RELATIVE_STAMP + r"(?:\s+[^\s\d·|]{2,4})?" + _COUNTER_TAIL + "$"
)
# The same stamp opening a longer line (3小时前　某某时报记者 王某　字体 A+ A-).
_RELATIVE_START = re.compile(_RELATIVE_STAMP + r"\s+")
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—~]\s*)?(?P<y>(?:19|20)\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})\s*(?:©|版权所有)"
)


_NAMED = ("source", "site", "account", "top account")


@dataclass(frozen=True)
class Evidence:
    """Where a metadata value came from: the line and what kind of evidence it was."""

    value: str
    line: int  # 0 when not from a line (front matter)
    text: str
    how: str


@dataclass
class Extraction:
    """Metadata found so far, strongest evidence first, with each value's evidence."""

    evidence: dict[str, Evidence] = field(default_factory=dict)
    # A posting day without a year (month, day, line), a relative one (days back, line) and
    # the day the page was saved: read when nothing gives a full date.
    yearless: tuple[int, int, Line] | None = None
    relative: tuple[int, Line] | None = None
    saved: str | None = None
    # A notes app's own stamp (date, line): the weakest date, read when nothing else gives one.
    stamp: tuple[str, Line] | None = None

    def offer(self, key: str, value: str | None, line: Line | None, how: str) -> bool:
        """Record `value` for `key` unless stronger evidence already gave one; a source or
        site must be shaped like a name (`outlet_name`), else the next evidence may give one."""
        if key in _NAMED and value:
            value = outlet_name(value)
        if key == "author" and value:
            value = tidy_author(value)
        if not value or key in self.evidence:
            return False
        self.evidence[key] = Evidence(
            value, line.number if line else 0, line.text.strip() if line else "", how
        )
        return True

    def get(self, key: str) -> str | None:
        """The value found for `key`, or None."""
        ev = self.evidence.get(key)
        return ev.value if ev else None

    def meta(self) -> ArticleMeta:
        """The values as an `ArticleMeta`."""
        return ArticleMeta(**{k: self.get(k) for k in FIELDS})


# A byline's tail after the names: where it was filed from (林晚舟　发自重庆, 陈某 發自台北), or
# the credit's verb with its place or kind (王某 北京报道, 李某 综合报道, 张某 李某报道).
_FILED_TAIL = re.compile(r"\s+(?:发自|發自|发于|發於)\s*[\u4e00-\u9fff]{2,8}(?:报道|報導|報道)?$")
_REPORTED_TAIL = re.compile(r"\s*(?:报道|報導|報道)$")
_REPORT_KIND = ("综合", "联合", "摄影", "图文", "专题", "现场", "特约", "融媒")


def tidy_author(value: str) -> str:
    """An author as the labels write it: the names one space apart, the byline's tail cut
    (`艾力·买买提\u3000陈思远` → `艾力·买买提 陈思远`, `林晚舟 发自重庆` → `林晚舟`)."""
    from index.regions import gazetteer

    value = " ".join(value.split())
    # 陆远，程楠: a list of names, written one space apart as the labels do
    # 陆远，某某大学教授: what follows the names, longer than a name, describes them
    # (a list set apart by 、 stays as written: a dateline's 记者李四、周五)
    parts = re.split(r"\s*[,，;；]\s*", value)
    names = list(
        itertools.takewhile(
            lambda n: re.fullmatch(rf"[^\W\d_]{{2,4}}|[^\W\d_]+[{NAME_DOTS}][^\W\d_]+", n), parts
        )
    )
    rest = parts[len(names) :]
    if len(parts) > 1 and names and (not rest or len(rest[0]) > 4):
        value = " ".join(names)
    cut = _FILED_TAIL.sub("", value)
    reported = _REPORTED_TAIL.search(cut)
    if reported and " " in cut.strip():
        cut = cut[: reported.start()].strip()
        head, _, last = cut.rpartition(" ")
        # 王海 成都报道: a place or a kind before 报道 goes; 张三 李四报道 keeps the name
        if head and (fold(last) in _REPORT_KIND or last in gazetteer.load().forms):
            cut = head
    return cut if cut else value


def iso_date(text: str) -> str | None:
    """The first valid calendar date in `text` as YYYY-MM-DD, else None."""
    return first_date(text)


def front_matter_meta(fm: dict) -> ArticleMeta:
    """Metadata from a YAML front matter mapping; unknown keys are ignored."""

    def text(key: str) -> str | None:
        value = fm.get(key)
        if isinstance(value, list) and key == "author":  # a web clipper's list: - "[[某某日报]]"
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if value is None or isinstance(value, dict | list):
            return None
        return re.sub(r"^\[\[(.+)\]\]$", r"\1", str(value).strip()) or None

    # `published` is a web clipper's publication date (its `created` is the clip's day).
    date = next(
        (
            fm[k]
            for k in ("date", "published", "pubdate", "publish_date", "date_published")
            if fm.get(k)
        ),
        None,
    )
    if isinstance(date, dt.datetime):
        date = date.date().isoformat()
    elif isinstance(date, dt.date):
        date = date.isoformat()
    elif date is not None:
        date = iso_date(str(date))
    # Typora's and some clippers' `origin:` (微信公众号「某某发布」) names where the text came from.
    source, url = text("source") or text("origin"), text("url")
    if source and re.match(r"(?:https?://|www\.)\S+$", source):
        # A web clipper's `source:` is the page's address, not the credited outlet.
        source, url = None, url or source
    return ArticleMeta(
        title=text("title"),
        source=source,
        author=text("author"),
        date=date,
        url=url,
        site=text("site"),
    )


def extract_metadata(
    lines: list[Line], rules: CleaningRules, front: ArticleMeta | None = None
) -> ArticleMeta:
    """Find the article's metadata and mark the lines it came from as META/TITLE/JUNK."""
    return extract(lines, rules, front).meta()


def extract(
    lines: list[Line],
    rules: CleaningRules,
    front: ArticleMeta | None = None,
    zones: Zones | None = None,
    front_lines: dict[str, Line] | None = None,
    title_scores: dict[int, float] | None = None,
) -> Extraction:
    """Metadata with the evidence for each value; marks the lines used.

    `title_scores`: the line classifier's P(title) by line number (see `_pick_title`).
    """
    # 03/04/2024 is read in the order the page's other day-month dates show (19/09/2024).
    with page_order(day_month_order([ln.folded for ln in lines])):
        return _extract(lines, rules, front, zones, front_lines, title_scores)


def _extract(
    lines: list[Line],
    rules: CleaningRules,
    front: ArticleMeta | None,
    zones: Zones | None,
    front_lines: dict[str, Line] | None,
    title_scores: dict[int, float] | None,
) -> Extraction:
    """`extract`, with the page's day/month order set."""
    zones = zones or find_zones(lines)
    header = [lines[i] for i in zones.header]
    footer = [lines[i] for i in zones.footer]
    zone = header + footer
    body = [ln for ln in lines[zones.body_start : zones.body_end] if ln.role == BODY]
    ex = Extraction()
    later = Extraction()  # weaker evidence, offered after the strong kinds
    last = Extraction()  # weakest (copyright, URL)

    if front:
        front_lines = front_lines or {}
        for key in FIELDS:
            value = getattr(front, key, None)
            where = front_lines.get(key)
            if key == "title" and value:
                value, suffix_site = _strip_title(value)
                later.offer("site", _platform_site(front), where, "front matter url")
                later.offer("site", suffix_site, where, "front matter title suffix")
                later.offer("source", suffix_site, where, "front matter title suffix")
            if key == "author" and value:
                # <meta name=author> may name the outlet (ETtoday新聞雲) or run on to the
                # editor (张宇 每经编辑 陈旭): a person's name, else the outlet as a credit.
                wechat = _platform_site(front) == "微信公众号"
                if wechat and not re.fullmatch(rf"{_NAME}|\S{{0,2}}", value.strip()):
                    # A clipper names a WeChat page's account as its author ([[湘西组工]], 某某发布):
                    # the account, which a 来源 line in the text outranks.
                    later.offer("source", value.strip(), where, "front matter account")
                    later.offer("account", value.strip(), where, "front matter account")
                    continue
                if looks_like_outlet(value.strip()) and not re.search(r"\s", value.strip()):
                    ex.offer("source", _source_value(value)[0], where, "front matter author")
                    continue
                value = _author_value(value)[0]
            account = _PLATFORM_ACCOUNT.match(value.strip()) if key == "source" and value else None
            if account:
                # source:: 微信公众号 恩施州教育局: the account (it posted the piece) on the platform
                name = account["account"].strip()
                later.offer("source", name, where, "front matter account")
                later.offer("account", name, where, "front matter account")
                platform = re.sub(r"^公众号$", "微信公众号", account["platform"])
                ex.offer("site", publishers().canonical(platform), where, "front matter")
                continue
            if key == "source" and value:  # <meta name=source> 国际在线湖南频道 -> 国际在线
                value = _source_value(value)[0]
            if key == "site" and value:  # a <title> suffix 湖北日报网 -> 荆楚网, the website's name
                value = _site_name(value)
            ex.offer(key, value, where, "front matter")

    for line in zone:  # print lines beat repost times and labels
        m = _PRINT.search(line.folded)
        if m:
            ex.offer("source", _source_value(_cut(line, m, "source"))[0], line, "print line")
            ex.offer("date", iso_date(m["date"]), line, "print line")
            ex.offer("page", m["page"], line, "print line")
            _mark(line, META, "print source line")

    for line, value in _label_cells(zone):
        # A table copied from a page: the label alone on a line, its value on the next.
        colon = "" if line.folded.strip()[-1:] in ":：" else "："
        pair = Line(
            line.number,
            line.text.strip() + colon + value.text,
            line.folded.strip() + colon + value.folded,
        )
        if _parse_labels(pair, rules, ex, later):
            _mark(line, META, "metadata line")
            _mark(value, META, "metadata line")
    for line in zone:
        if line.role == BODY and _parse_labels(line, rules, ex, later):
            _mark(line, META, "metadata line")
    for line in zone:
        # 责任编辑：王某　来源：某某晚报: a rule drops the editor's line, which still credits.
        folded = line.folded.strip()
        if (
            line.role == CHROME
            and len(folded) <= 80
            and _CHROME_CREDIT.search(folded)
            and not any(c in folded for c in "。！？")
        ):
            _parse_labels(line, rules, ex, later)
    for line in body[:4]:
        _emphasised_meta(line, ex, later, rules)
    # A credit line may open or close the body as well (it can be as long as a sentence).
    edges = [*zone, *body[:2], *body[-2:]]
    for line in body[:3]:
        # 来源：泸州日报　时间：2024年1月16日 under a headline the zones took for text (a
        # forwarding note above it is prose): a line of fields that opens on a credit label.
        folded = line.folded.strip()
        if (
            line.role == BODY
            and _FIELDS_LINE.match(folded)
            and len(folded) <= 60
            and not any(c in folded for c in "。！？；")
            and _parse_labels(line, rules, ex, later)
        ):
            _mark(line, META, "metadata line")
    for line in edges:
        # A credit closed by a reprint notice may already be chrome by a rule: still read it.
        if line.role in (BODY, CHROME) and _credit_line(line, ex, later):
            _mark(line, META, "credit line")
        # 原标题：…！ or 转载自：… long enough to read as prose still opens or closes the text.
        elif (
            line.role == BODY
            and _EDGE_LABEL.match(_MD_MARKS.sub(lambda m: " " * len(m.group(0)), line.folded))
            and _parse_labels(line, rules, ex, later)
        ):
            _mark(line, META, "metadata line")
    box = None
    for line in [*header, *body[:3]]:
        origin = REPOST_BOX.match(_MD_MARKS.sub("", line.folded).strip())
        junk = origin and rules.is_junk_source(origin["acc"])
        if origin and not junk and line.role in (BODY, CHROME, META):
            # 以下文章来源于某某融媒，作者某某: WeChat's box naming the account that wrote the
            # piece, which the posting account reposted (read at the end, over other credits).
            box = Evidence(
                _as_written(line, origin["acc"]), line.number, line.text.strip(), _ORIGIN_BOX
            )
            _mark(line, META, _ORIGIN_BOX)
            break
    _trailing_credit(body[-1:] + footer, later)
    for line in header:  # 中央社 1130305 beside the title
        code = roc_code_date(line.folded)
        if (
            code
            and len(line.folded.strip()) <= 30
            and not re.search(r"\d", line.folded[: code.start])
        ):
            later.offer("date", code.iso, line, "ROC date code")

    _email_headers(header, later)
    _property_list([*header, *body[:8]], later)
    _note_stamp(header, lines, ex)
    # before the date lines: an app's masthead names the site an account beside a date is on
    _app_masthead(header, zone, later)
    _blog_name_heading(header, later)
    _platform_bar(header, later)
    _masthead_by_byline(header, later)
    _tieba_board(header, zone, later)
    _account_lines(header, ex)
    for line in [*header, *body[:2]]:
        _credit_row(line, ex)
    for line in header:
        if line.role == BODY:
            _date_or_byline(line, ex, later, rules)
    for line in body[:3]:
        # WeChat's byline under a summary the zones took for the lead (a clipper's Excerpt
        # block): only a line of that unmistakable shape is read inside the text.
        folded = line.folded.strip()
        found = find_dates(folded)
        if (
            line.role == BODY
            and found
            and len(folded) <= 60
            and _wechat_byline(folded, found[0].start, folded[found[0].end :])
        ):
            _date_or_byline(line, ex, later, rules)
    _app_beside_date(header, zone, later)
    _follow_button(header, later)
    _followed_account(header, footer, later)
    _poster([*header, *body[:3]], footer, later)
    for line in header:
        issue = _ISSUE_MASTHEAD.match(line.folded.strip())
        if issue and line.role == BODY:
            # 《某某》2024年第21期: a periodical's issue line names the journal.
            later.offer("source", _as_written(line, issue["name"]), line, "the issue's masthead")
            _mark(line, META, "masthead")
    for above, line in itertools.pairwise(header):
        name = _PERIODICAL_NAME.fullmatch(above.folded.strip())
        if name and _issue_line(line):
            # 某某之友 / 2024年第6期　栏目：… : the periodical's name over its issue line
            later.offer("source", above.text.strip(), above, "the periodical's name over its issue")
            _mark(above, META, "masthead")
    for line in header:
        serial = _SERIAL_MASTHEAD.match(line.folded.strip())
        if serial:  # 大理日报　DALI RIBAO　国内统一连续出版物号 CN53-0006: the paper's masthead
            later.offer(
                "source", _as_written(line, serial["name"]), line, "masthead with serial number"
            )
            _mark(line, META, "masthead")
    for line in header:
        if line.role != BODY:
            continue
        folded = line.folded.strip()
        org = _doc_masthead(folded)
        compiled = _COMPILED_BY.match(folded)
        verified = _VERIFIED.match(folded)
        if verified:  # 某某日报　已认证: the account that posted the page, with its badge
            if looks_like_outlet(verified["name"]):
                later.offer("source", _as_written(line, verified["name"]), line, "verified account")
            _mark(line, META, "verified account")
        if org:  # 某某乡公所　公告: the body issuing the document, never its headline
            later.offer("source", _as_written(line, org), line, "document's masthead")
            _mark(line, META, "document's masthead")
        elif compiled and _issuing_body(compiled["org"]):
            # 某县乡村振兴局编印　2024年12月2日: the body that compiled the bulletin
            later.offer("source", _as_written(line, compiled["org"]), line, "compiler's credit")
            _mark(line, META, "compiler's credit")
    for line in zone:
        book = line.role == BODY and _BOOK_CRUMB.match(line.folded.strip())
        if book:  # 《某某年鉴（2024）》 › 类目: the book the entry was copied from
            later.offer("source", _as_written(line, book["book"]), line, "book over its path")
            _mark(line, CHROME, "breadcrumb")
    for line in header:
        # The top line the line classifier dropped may still be the masthead (a paper's name
        # with its Latin name reads as chrome by its letters): rules read it first.
        scored = line.role == CHROME and (line.reason or "").startswith("zone: line classifier")
        if line.role == BODY or (scored and line is header[0]):
            _masthead(line, later, top=line is header[0])
    for line in zone:
        here = re.search(r"\s(?:您?当前(?:的)?位置|所在位置)\s*[:：]", line.folded)
        if line.role == BODY and here and looks_like_outlet(line.folded[: here.start()].strip()):
            # 中国交通新闻网  当前位置：首页 > 公路: the site's name, then where the page is.
            later.offer("site", _site_name(line.text[: here.start()]), line, "masthead")
            _mark(line, CHROME, "breadcrumb")
        if line.role == BODY and is_breadcrumb(line.folded):
            site = _crumb_site(line)
            later.offer("site", site, line, "breadcrumb")
            _mark(line, CHROME, "breadcrumb")

    for line in header:
        if line.role == BODY and _whole_dateline(line, ex, later):
            _mark(line, META, "dateline")
    title_line = _pick_title(header, lines, title_scores)
    title_how = "title line"
    if title_line is not None and title_scores and title_line is not _pick_title(header, lines):
        title_how = f"title line (line classifier: P(title)={title_scores[title_line.number]:.2f})"
    above = _line_above(title_line, lines) if title_line is not None else None
    if above is not None and _title_like(above) and _title_continued(above, lines) is title_line:
        title_line = above  # the metadata follows a headline's second, wrapped line
    if title_line is not None:
        title, suffix_site = _strip_title(_MD_HEADING.sub("", title_line.text.strip()))
        quoted = _MASTHEAD_QUOTED.fullmatch(fold(title))
        if quoted and looks_like_outlet(quoted["name"]):
            # 某某周刊 ｜ 《标题》: the outlet's name, then the headline in title marks
            later.offer(
                "source", title[: quoted.end("name")], title_line, "masthead beside the title"
            )
            title = title[quoted.start("t") : quoted.end("t")]
        title = _crumb_tag_off(title, header)
        more = _title_continued(title_line, lines)
        if more is not None and not suffix_site:
            title += more.text.strip()
            _mark(more, TITLE, "title, continued (hard-wrapped text)")
        if ex.offer("title", title, title_line, title_how):
            later.offer("site", suffix_site, title_line, "title suffix")
            later.offer(
                "source",
                _source_value(suffix_site)[0] if suffix_site else None,
                title_line,
                "title suffix",
            )
        elif suffix_site:
            later.offer("site", suffix_site, title_line, "title suffix")
    if title_line is None and body:
        _subject_headline(body[:3], ex)
        _bracket_headline(body[0], ex)
        _caption_headline(body[0], ex)
        if body[0].role == TITLE:
            # the caption was the text's first line: the labelled line under it (发布时间：…)
            for line in body[1:2]:
                folded = line.folded.strip()
                if (
                    line.role == BODY
                    and _LABEL.match(folded)
                    and len(folded) <= 60
                    and not any(c in folded for c in "。！？；")
                    and _parse_labels(line, rules, ex, later)
                ):
                    _mark(line, META, "metadata line")
    _mark_title_lines(header, title_line, ex.get("title"))
    _unit_under_headline(title_line, header, lines, later)
    _blog_owner(header, title_line, later)
    for line in _handles_over_rows(header):
        if line is not title_line:
            name = _FOLLOW.sub("", line.text.strip())
            later.offer("author", name, line, "poster's handle over the posting row")
            _mark(line, META, "poster's handle")
            break

    _dateline([ln for ln in header[-1:] if ln.role == BODY] + body[:2], ex, later)

    _author_bio([*body[-2:], *footer], later)
    for line in footer:
        _credit_row(line, later)
        if line.role == BODY:
            _date_or_byline(line, later, last, rules, footer=True)
        elif line.role == CHROME and (
            writer := _WRITER_LINE.match(line.folded.strip())
            or _WRITER_AFTER.match(line.folded.strip())
        ):
            # 文字：吴某　摄影：许某　责任编辑：周某 under the text: the writer, then the crew.
            later.offer(
                "author", _orig(line, line.folded.strip(), writer, "name"), line, "writer's credit"
            )
    site = ex.get("site") or later.get("site")
    news_site = site and (
        looks_like_outlet(site) or (publishers().lookup(site) and _own_outlet(site))
    )
    for line in [*zone, *body]:
        # （常山县供销社供稿）, and on a body's own site (not a news outlet's) （X供图）: the unit
        # that sent the item in, which such sites post under their own name.
        sent = _CONTRIBUTED.search(line.folded.strip())
        folded_org = sent and (sent["org"] or sent["org2"])
        org = sent and _as_written(line, folded_org)
        if not org or _NOT_AN_ORG.search(folded_org):
            continue
        bodies = (_ORG_MASTHEAD, _GOV_MASTHEAD, _INSTITUTION)
        if not (looks_like_outlet(org) or any(p.match(folded_org) for p in bodies)):
            continue
        if sent["kind2"] and line.role == BODY:
            _mark(line, META, "contributed by")
        if "供稿" in (sent["kind"], sent["kind2"]) or sent["by"]:
            later.offer("source", publishers().canonical(org), line, "contributed by")
        elif site and not news_site:
            last.offer("source", publishers().canonical(org), line, "photo sent in, a body's site")
    for line in zone:
        # 安化县融媒体中心出品 / 出品：某某日报新媒体中心　监制：…: the outlet that made the piece.
        made = _PRODUCED_BY.match(line.folded.strip())
        name = made and _as_written(line, made["a"] or made["b"])
        if name and looks_like_outlet(name) and line.role in (BODY, CHROME, META):
            later.offer("source", publishers().canonical(name), line, "production credit")
            if line.role == BODY:
                _mark(line, META, "production credit")
    holders: list[tuple[Line, str]] = []  # © lines' holders, to tell a site's own page
    for line in footer:
        m = _EN_COPYRIGHT.search(line.folded)
        pub = _english_publisher(m["site"]) if m else None
        if pub:
            last.offer("site", pub.name, line, "copyright footer")
            last.offer("source", pub.name, line, "copyright footer")
            continue
        for pattern in _COPYRIGHT:
            m = pattern.search(line.folded)
            # A Latin word after 版权所有 is a name only when known (版權所有 Todos os direitos…).
            # …nor the first word of a longer Latin name (© 2024 Australian New Express Daily).
            latin = (
                m
                and m["site"].isascii()
                and (
                    publishers().lookup(m["site"])
                    or (
                        pattern is not _COPYRIGHT[1]
                        # nor a domain's label (Copyright©2024 www.example.com.cn 某某在线 版权所有)
                        and not re.match(r" [a-z]|\.[a-z]", line.folded[m.end("site") :])
                    )
                )
            )
            holder = m["site"] if m else ""
            if m:
                holders.append((line, holder))
            if m and _DOMAIN.fullmatch(holder):
                break  # © example.com 版权所有: the site's own address, no name (read below)
            if m and not looks_like_outlet(holder) and any(p.match(holder) for p in _BODIES):
                # © 2024 某某市农业农村局, 某某大学 版权所有: the body whose site it is.
                last.offer("site", _cut(line, m, "site"), line, "copyright footer (a body)")
                break
            if (
                m
                and not rules.is_junk_source(m["site"])
                # (a forum by its kind, 某某论坛 版权所有: its members' own posts)
                and (
                    looks_like_outlet(m["site"])
                    or latin
                    or _FORUM_NAME.fullmatch(m["site"])
                    or _BRAND.fullmatch(m["site"])
                )
            ):
                name = _press_name(_cut(line, m, "site"))
                last.offer("site", _site_name(name), line, "copyright footer")
                # 明報網站 版權所有 credits 明報 when the name before 网站 is a known paper.
                base = re.sub(r"(?:網站|网站)$", "", name)
                pub = publishers().lookup(base) if base != name else None
                credited = base if pub and pub.kind != "site" else name
                own = _same_outlet(ex.get("site"), name)
                if own:  # TVBS版權所有 under 標題│TVBS新聞網: the site's own work, by its name
                    credited = own
                last.offer("source", credited, line, "copyright footer")
                break

    tail = [ln for ln in lines[zones.body_start :] if ln.folded.strip()][-8:]
    for sign, day in itertools.pairwise(tail):
        name = sign.folded.strip()
        if (
            len(name) <= 24
            and _issuing_body(name)
            and re.fullmatch(r"(?:19|20)\d\d\s*年[\d\s月日]+", chinese_numerals(day.folded.strip()))
        ):
            # 湖北省人民政府办公厅 / 2025年4月18日 (or 二〇二五年四月十八日): the office signing
            # the document (it stays text).
            last.offer("source", sign.text.strip(), sign, "signature over the date")
    for line in footer:
        first = _FIRST_PUBLISHED.match(line.folded.strip())
        days = find_dates(first["day"]) if first else []
        if days and days[0].iso:
            # 本文首发于2024年11月29日，来源：X under an aggregator's copy: the first publisher.
            later.offer("date", days[0].iso, line, "first published")
            name = _as_written(line, first["src"])
            later.offer("source", publishers().canonical(name), line, "first published")
            _mark(line, META, "first published")
    for line in footer:
        # 主办：浦江县人民政府办公室 / 某某市人大常委会办公室 主办: who runs the site (weakest).
        run = _RUN_BY.search(line.folded)
        held = _HOLDER_BESIDE.match(line.folded.strip())
        if not run and held and any(p.match(held["name"]) for p in _BODIES):
            last.offer("site", _as_written(line, held["name"]), line, "the site's operator")
        elif run:
            name = _as_written(line, run["a"] or run["b"])
            last.offer(
                "site", re.sub(r"(?<=人民政府)办公室$", "", name), line, "the site's operator"
            )
    for line in footer:
        # 某某篇，让每个人都能轻松表达自己: a known platform's or community's name and slogan
        # closing its own screen (the name first, a comma, a short phrase).
        pub = slogan_publisher("".join(line.folded.split()))
        if pub and pub.kind in ("platform", "forum"):
            last.offer("site", pub.name, line, "the platform's slogan")
    for line in footer:
        # 本文为“学习强国”学习平台转载 / 本内容来自腾讯平台创作者: the platform hosting the copy.
        notice = chrome_reason(line) == "platform or copyright notice"
        if notice and "平台" in line.folded:
            kinds = _HOST_KINDS
        elif (notice and "app" in line.folded) or line.reason == "app advert":
            # 更多精彩内容，就在简书APP / 打开趣头条，看更多精彩内容: the reposting platform the
            # copy was read on (an outlet's own app advert under a repost names no site).
            kinds = ("platform", "forum")
        else:
            continue
        hosts = [n for n in publishers().find(line.folded) if n.publisher.kind in kinds]
        if hosts:
            last.offer("site", hosts[0].publisher.name, line, "platform notice")
    marked = platform_by_marks([ln.folded for ln in zone])
    if marked:
        # 本文禁止转载或摘编 + `… · 投稿`: a platform's own screen, copied with the page.
        where = zone[marked[1]]
        last.offer("site", marked[0], where, "the platform's own screen words")
    for line in zone:
        for m in _URL.finditer(line.text):
            url = m.group(0)
            if _IMAGE_URL.search(url):
                continue  # an image's address names neither the page nor its site
            linked = line.text[: m.start()].endswith("](")  # [其他文章](…): another page
            if not linked and (line.role in (META, CHROME) or chrome_reason(line)):
                last.offer("url", url, line, "url")
            pub = publishers().domain(url)
            last.offer("site", pub.name if pub else None, line, "url domain")
            last.offer("date", url_date(url), line, "date in the url")
    if ex.get("url"):
        pub = publishers().domain(ex.get("url"))
        last.offer("site", pub.name if pub else None, None, "url domain")
        last.offer("date", url_date(ex.get("url")), None, "date in the url")

    if box is not None:
        poster = ex.evidence.get("source") or later.evidence.get("source")
        ex.evidence["source"] = box
        if poster and poster.value != box.value and "site" not in ex.evidence:
            # the account that reposted the box's piece is the page's site
            ex.evidence["site"] = replace(poster, how=f"{poster.how}: the reposting account")
    for key, ev in [*later.evidence.items(), *last.evidence.items()]:
        if key not in ex.evidence:
            ex.evidence[key] = ev
    _speech_cover([*header, *body[:6]], ex)  # after the stronger kinds: fills only gaps
    if "date" not in ex.evidence:
        _date_from_parts(ex, header, footer)
    if "date" not in ex.evidence:
        for line in [*body, *footer]:
            # SUZHOU, Dec. 1, 2024 / …: an English wire dateline opening a paragraph (a
            # bilingual release's English half), when nothing else dates the page.
            m = _EN_DATELINE.match(line.text.strip())
            days = find_dates(fold(m.group(0))) if m else []
            if days and days[0].iso:
                ex.offer("date", days[0].iso, line, "English dateline")
                break
    if "date" not in ex.evidence and ex.stamp:
        ex.offer("date", ex.stamp[0], ex.stamp[1], "a notes app's date stamp (nothing else dated)")
    credit = ex.evidence.get("source")
    pub = publishers().lookup(credit.value) if credit and "site" not in ex.evidence else None
    if pub and pub.kind == "app":
        # 来源：冀云客户端 and nothing else naming a site: the app it was read on.
        ex.evidence["site"] = replace(credit, how=f"{credit.how}: an app, read on itself")
    site = ex.evidence.get("site")
    if site and site.how == _APP_MASTHEAD and ex.get("source") in (site.value, None):
        # the app's own piece (nothing credits another): the app is its source, no site beside
        del ex.evidence["site"]
        ex.evidence.setdefault("source", replace(site, how=f"{site.how}: the app's own piece"))
    own = next((ln for ln in zone if _OWN_WORK.search(ln.folded)), None)
    if own is not None and "source" not in ex.evidence and ex.get("site"):
        # 来源：本站原创: the site's own work, so the site is what it credits.
        ex.offer("source", ex.get("site"), own, "the site's own work (本站原创)")
    site = ex.evidence.get("site")
    held = next(
        (
            ln
            for ln, holder in holders
            if site
            and "source" not in ex.evidence
            # the site named elsewhere (a <title> suffix, a masthead), not by this line alone,
            # and no office's: an office's site credits no source by itself
            and not site.how.startswith("copyright footer")
            and not any(p.match(fold(site.value)) for p in _BODIES)
            and (_DOMAIN.fullmatch(holder) or fold(holder) == fold(site.value))
        ),
        None,
    )
    pub = publishers().lookup(site.value) if held is not None else None
    if held is not None and not (pub and pub.kind == "platform"):
        # © 某某港湾 版权所有 (or © example.com) under a page whose site is 某某港湾, crediting no
        # one else: the site's own work, though its name is no outlet's shape.
        ex.evidence["source"] = Evidence(
            _own_outlet(site.value) or site.value,
            held.number,
            held.text.strip(),
            "copyright footer of the site itself",
        )
    ours = ex.evidence.pop("ours", None)
    run_by = publishers().lookup(site.value) if site and ours else None
    paper = publishers().lookup(run_by.of) if run_by and run_by.of else None
    if paper and paper.kind == "paper" and "source" not in ex.evidence:
        # 本报金江11月25日电 on a paper's own website (南海网 of 海南日报): the paper's piece.
        ex.evidence["source"] = replace(
            ours, value=paper.name, how="本报 dateline, the site's paper"
        )
    outlet = _own_outlet(site.value) if site and "source" not in ex.evidence else None
    if outlet:
        # Nothing credits another outlet: a news site's page is its own work.
        ex.evidence["source"] = replace(site, value=outlet, how=f"{site.how}: no other credit")
    _full_office_name(ex, zone)
    credit, site = ex.evidence.get("source"), ex.get("site")
    own = _same_outlet(site, credit.value) if credit and credit.how == _OUTLET_BYLINE else None
    pub = publishers().lookup(credit.value) if own else None
    if own and not (pub and pub.kind in ("paper", "journal", "agency")):
        # 民視新聞／陳某 臺東報導 on 民視新聞網: the newsroom is the site itself (a paper on its
        # own website, 某某晚报 on 某某晚报网, stays the paper).
        ex.evidence["source"] = replace(credit, value=own, how=f"{credit.how}: the site itself")
    wechat = ex.evidence.pop("wechat", None)
    if wechat and "site" not in ex.evidence:
        ex.evidence["site"] = wechat
    _account_site(ex)
    engine = next((ln for ln in footer if _BLOG_ENGINE.search(ln.folded)), None)
    site = ex.evidence.get("site")
    if engine is not None and site and "source" not in ex.evidence:
        # 自豪地采用WordPress under a post crediting nobody: the blog's own writing.
        ex.evidence["source"] = replace(site, how=f"{site.how}: a blog's own post")
    poster = ex.evidence.pop("poster", None)
    if poster and "source" not in ex.evidence:
        ex.evidence["source"] = poster
    _first_publisher(ex)
    writers = any(_WRITERS_RIGHTS.search(ln.folded) for ln in footer)
    _own_publication(ex, [holder for _, holder in holders], writers)
    printed_outlet(ex, lines)
    return ex


def _first_publisher(ex: Extraction) -> None:
    """原载：X credits the piece to X, its first publisher; the account it was passed on by
    (转自：Y above it) is the site the copy was read on."""
    first = ex.evidence.pop("original", None)
    if first is None:
        return
    passed = ex.evidence.get("source")
    if passed and passed.how in _PASSED_ON and "site" not in ex.evidence:
        ex.evidence["site"] = replace(passed, how=f"{passed.how}: the account that passed it on")
    ex.evidence["source"] = first


# A publication's house or e-paper named where the publication is meant: 某某杂志社 (the
# journal's publisher), 某某日报社 (the paper's), 某某日报数字报刊平台 / 电子版 (its e-paper).
_HOUSE_WORD = re.compile(
    r"(?:杂志社|期刊社|(?<=报)社|(?<=报)(?:数字报刊平台|数字报平台|数字报|电子报|电子版))$"
)
# An outlet's owning company (某某文化传媒, 某某传媒集团, 某某报业集团).
_COMPANY_WORD = re.compile(
    r"(?:文化传媒|传媒|报业|报业传媒|新闻传媒)(?:集团)?(?:股份)?(?:有限公司|有限责任公司|公司)?$"
)
# A publication's website (某某网): the publication itself when the page prints its name in
# book-title marks (本文刊载于《中国国家地理》) or its <title>/masthead prints the name bare.
_WEB_WORD = re.compile(r"(?:网|网站|官网)$")


def printed_outlet(ex: Extraction, lines: list[Line]) -> None:
    """The source as the publication the page prints: without a stray book-title mark
    (当代党员》杂志社), a house or e-paper word (创造杂志社 -> 创造, 某某日报数字报刊平台 ->
    某某日报), or a website word when the page names the publication bare (携程旅行网 under a
    <title> tail 携程旅行; 中国国家地理网 beside 《中国国家地理》); in the page's own spacing
    and case (Now 新聞 where the table writes now新聞)."""
    ev = ex.evidence.get("source")
    if ev is None:
        return
    name = ev.value.strip()
    if name.count("《") != name.count("》"):
        name = re.sub(r"[《》]", "", name).strip()
    key = fold(name)
    same = len(key) == len(name)  # folding kept the length: cut the original at the same place
    house = _HOUSE_WORD.search(key)
    if house and house.start() >= 2:
        name = (name[: house.start()] if same else key[: house.start()]).strip()
        name = re.sub(r"^《(.+)》$", r"\1", name)
    site = ex.evidence.get("site")
    company = _COMPANY_WORD.search(fold(name))
    if company and company.start() >= 2 and site:
        # 民報文化傳媒 版權所有 under a <title> tail 民報: the company that owns the outlet the
        # page names bare, which is the credit.
        base = (name[: company.start()] if same else fold(name)[: company.start()]).strip()
        if _bare(site.value) == _bare(base):
            name = site.value.strip()
    # (a 来源 label naming the website credits it as printed: 来源：某某网 stays)
    web = None if ev.how.startswith("labelled") else _WEB_WORD.search(fold(name))
    if web and web.start() >= 2:
        base = (name[: web.start()] if same else fold(name)[: web.start()]).strip()
        marked = f"《{fold(base)}》"
        if (site and _bare(site.value) == _bare(base)) or any(marked in ln.folded for ln in lines):
            name = base
    # the site's name as the page prints it (a <title> tail, a masthead), not the table's
    if (
        site
        and site.value != name
        and site.value.replace(" ", "").lower() == name.replace(" ", "").lower()
    ):
        name = site.value.strip()
    if name != ev.value and outlet_name(name):
        how = ev.how if ev.how.endswith(_PRINTED) else ev.how + _PRINTED
        ex.evidence["source"] = replace(ev, value=name, how=how)


_PRINTED = ", as the page prints it"


def _bare(name: str) -> str:
    """A name folded, without its spaces."""
    return fold(name).replace(" ", "")


# 本文版权归作者所有, 著作权归原作者所有: the writer's page on someone's site, not the site's.
_WRITERS_RIGHTS = re.compile(r"(?:版权|著作权)(?:归|属于?)(?:原)?作者")


def _own_publication(ex: Extraction, holders: list[str], writers: bool = False) -> None:
    """Nothing credits an outlet: the page is its own publication's (a blog, a forum, a
    personal site), named by the site; a platform (微信公众号, QQ空间) hosts other people's,
    and an office's or institution's site posts others' news under their own credits."""
    site = ex.evidence.get("site")
    if (
        "source" in ex.evidence
        or site is None
        or writers
        or any(p.match(fold(site.value)) for p in _BODIES)
    ):
        return
    pub = publishers().lookup(site.value)
    if (pub and pub.kind == "platform") or re.fullmatch(r"[A-Za-z .]{1,12}", site.value):
        return  # (a bare Latin tag, DW, is the site's short name, not the credit)
    if not pub and SECTION_NAME.match(fold(site.value)):
        return  # 即时新闻, 本地要闻: a section's name read as the site's
    if any(fold(h) != fold(site.value) and not _DOMAIN.fullmatch(h) for h in holders):
        return  # © 某某小店 under a page of 某某港湾: another holds it, whose work it may be
    ex.evidence["source"] = replace(site, how=f"{site.how}: the page's own publication")


_ORIGIN_BOX = "WeChat's origin box"
_EMAIL_HEADER = re.compile(
    r"^(?P<key>from|to|cc|bcc|reply-to|subject|date|sent|发件人|收件人|抄送|主题|发送时间|日期)\s*[:：]\s*\S"
)


def _email_headers(header: list[Line], ex: Extraction) -> None:
    """A mail saved as text opens with its headers (From: / To: / Subject: / Date:): the
    date it was sent is a fallback date (a forwarded article's own date line wins); the
    headers are metadata, never the headline."""
    block = list(itertools.takewhile(lambda ln: _EMAIL_HEADER.match(ln.folded.strip()), header))
    keys = {_EMAIL_HEADER.match(ln.folded.strip())["key"] for ln in block}
    if not ({"from", "发件人"} & keys and {"to", "subject", "收件人", "主题"} & keys):
        return
    for line in block:
        key = _EMAIL_HEADER.match(line.folded.strip())["key"]
        if key in ("date", "sent", "发送时间", "日期"):
            found = find_dates(line.folded)
            ex.offer("date", found[0].iso if found else None, line, "e-mail's Date header")
        _mark(line, META, "e-mail header")


def _note_stamp(header: list[Line], lines: list[Line], ex: Extraction) -> None:
    """A notes app's page (OneNote) stamps its own date, then the time alone on the next line,
    under the page's title: the day the note was made, which like a save date is no
    publication date (the pasted page's own date or its URL's is)."""
    for line in header[:4]:
        folded = line.folded.strip()
        found = find_dates(folded)
        rest = re.sub(
            r"(?:星期|礼拜|周)[一二三四五六日天]", "", _remove_spans(folded, found)
        ).strip()
        at = next((i for i, ln in enumerate(lines) if ln is line), len(lines))
        nxt = lines[at + 1] if at + 1 < len(lines) else None
        if (
            line.role == BODY
            and found
            and not rest
            and nxt is not None
            and nxt.role == BODY
            and re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", nxt.folded.strip())
        ):
            ex.saved = ex.saved or found[0].iso
            ex.stamp = (found[0].iso, line)
            _mark(line, META, "a notes app's date stamp")
            _mark(nxt, META, "a notes app's date stamp")
            return


def _account_site(ex: Extraction) -> None:
    """A WeChat account that posts another body's credited piece is the site it was read on
    (原创 X 霞浦发布 … 来源：霞浦县融媒体中心); an account that is the credited body, or
    abbreviates it (吐鲁番高昌法院 for 吐鲁番市高昌区人民法院), is not."""
    account = ex.evidence.pop("account", None)
    top = ex.evidence.pop("top account", None)
    account = account or top
    source = ex.get("source")
    if account and not source and account.how.endswith(": the account"):
        ex.evidence["source"] = account  # 来源：微信公众号 X crediting nobody else: X's own
        return
    if (
        not account
        or not source
        or _abbreviates(account.value, source)
        or _own_account(account.value, source)
    ):
        return
    site = ex.evidence.get("site")
    pub = publishers().lookup(site.value) if site else None
    # (an account named only at the top, with no WeChat byline, leaves a platform's site)
    platform = pub and pub.kind == "platform" and account.how != _TOP_ACCOUNT
    if site is None or platform:
        ex.evidence["site"] = replace(account, how="the account that posted a credited piece")


# Accounts named by a body's function and its place (廉洁某县, 清风某县 of the county's 纪委监委,
# 某县检察 of its procuratorate): (the function word, the body it names).
_ACCOUNT_FUNCTION = [
    (re.compile(r"廉洁|清廉|清风|纪检|监察"), re.compile(r"纪委|监委|纪检|监察")),
    (re.compile(r"法院|法苑|审判"), re.compile(r"法院")),
    (re.compile(r"检察"), re.compile(r"检察")),
    (re.compile(r"公安|警方|警务"), re.compile(r"公安")),
    (re.compile(r"税务"), re.compile(r"税务")),
    (re.compile(r"组工"), re.compile(r"组织部")),
]


def _own_account(account: str, body: str) -> bool:
    """The account is the credited body's own: its name is the body's function word and the
    body's place (廉洁礼泉 of 礼泉县纪委监委), not another body's of the same place (魏县发布
    posting 魏县融媒体中心's piece)."""
    a, b = fold(account).replace(" ", ""), fold(body)
    for word, kind in _ACCOUNT_FUNCTION:
        w = word.search(a)
        place = a[: w.start()] + a[w.end() :] if w else ""
        if w and kind.search(b) and len(place) >= 2 and place in b:
            return True
    return False


def _abbreviates(short: str, name: str) -> bool:
    """Every character of `short` appears in `name`, in order (the same body, abbreviated)."""
    rest = iter(fold(name))
    return all(c in rest for c in fold(short).replace(" ", ""))


def _full_office_name(ex: Extraction, zone: list[Line]) -> None:
    """A source naming an office by its level only (县统计局, 市民政局) written in full where
    the page names it (歙县统计局　国家统计局歙县调查队 under the title)."""
    ev = ex.evidence.get("source")
    key = fold(ev.value).strip() if ev else ""
    if not re.fullmatch(r"[省市县区镇乡州盟旗][\u4e00-\u9fff]{1,10}", key):
        return
    pattern = re.compile(
        rf"(?:^|(?<=[\s|｜,，、:：(（【\[]))(?P<full>[\u4e00-\u9fff]{{1,8}}{re.escape(key)})(?![\u4e00-\u9fff])"
    )
    for line in zone:
        m = pattern.search(line.folded)
        if m:
            ex.evidence["source"] = Evidence(
                _as_written(line, m["full"]),
                line.number,
                line.text.strip(),
                f"{ev.how}, written in full",
            )
            return


def _same_outlet(site: str | None, holder: str) -> str | None:
    """The site's own outlet name when a copyright holder is the same outlet written with or
    without a site word (TVBS / TVBS新聞網, 看看新闻网 / 看看新闻), also by another name the
    table gives it (中華電視公司 = 華視新聞, under 華視新聞網), else None."""
    if not site:
        return None
    a = fold(site).replace(" ", "")
    if a == fold(holder).replace(" ", ""):
        return None  # the site's own name: credited as written
    # the holder by its own name or by the table's name for it (中華電視公司 is 華視新聞)
    for b in dict.fromkeys(
        fold(n).replace(" ", "") for n in (holder, publishers().canonical(holder))
    ):
        short, long_ = sorted((a, b), key=len)
        if a == b or not long_.startswith(short) or len(short) < 2:
            continue
        if re.fullmatch(r"(?:新闻)?(?:网|网站|新闻网|在线)", long_[len(short) :]):
            return _own_outlet(site)
    return None


def _own_outlet(site: str) -> str | None:
    """The outlet a hosting site is, when a page on it credits nobody else: not a platform
    (微信公众号, 今日头条) whose pages are other people's; a Latin tag after a Chinese
    name is dropped (公視新聞網 PNN -> 公視新聞網, 報導者 The Reporter -> 報導者, Rti 中央廣播電臺)."""
    pub = publishers().lookup(site)
    name = re.sub(
        r"(?<=[\u4e00-\u9fff])\s+[A-Za-z]{2,12}(?:\s+[A-Za-z]{2,12}){0,3}$", "", site.strip()
    )
    # … or before the name the table knows (Rti 中央廣播電臺 -> 中央廣播電臺; now 新聞 is one name)
    bare = re.sub(r"^[A-Za-z]{2,12}(?:\s+[A-Za-z]{2,12}){0,3}\s+(?=[\u4e00-\u9fff])", "", name)
    if not pub and publishers().lookup(bare):
        name, pub = bare, publishers().lookup(bare)
    if pub and pub.kind == "platform":
        return None
    if re.fullmatch(r"\S{2,12}(?:特别行政区|[省市县])政府", fold(name)) and "人民政府" not in fold(
        name
    ):
        # The SARs' and Taiwan's governments publish their own releases on their sites; a
        # mainland 人民政府 portal reposts its offices' news, each with its own credit.
        return name
    # A forum named by its kind (某某论坛, 某某社区) hosts its members' own posts, like a known one.
    forum = _FORUM_NAME.fullmatch(fold(name))
    if not pub and not looks_like_outlet(name) and not _INSTITUTION.match(fold(name)) and not forum:
        return None
    return publishers().canonical(name) if pub else name


# An English wire dateline: the city in capitals, the date, then a slash, a dash or the agency.
_EN_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,\s+(?:[A-Z][a-z]+\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2})"
    r"\s*(?:/|--|—|–|-|\()"
)
# A speech's or report's cover: ——2024年1月15日在某某县第十八届人民代表大会第四次会议上, and
# the speaker under it (县长　某某某); the issuing body and the document's title as a PDF
# page's running header (某某县人民政府　　　　政府工作报告).
_SPEECH_DATE = re.compile(
    r"^[—－-]{0,2}\s*[(（]?\s*(?P<day>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"在\S{2,60}?(?:会议|大会|会|典礼|仪式|论坛|开幕式|座谈会|动员会)(?:上)?"
    r"(?:的(?:讲话|报告|发言|致辞|工作报告))?\s*[)）]?$"
)
_SPEAKER = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{0,12}}?)(?:县长|市长|省长|区长|州长|盟长|旗长|镇长|乡长|主席|书记|"
    rf"主任|局长|厅长|部长|院长|检察长|理事长|会长|校长)\s+(?P<name>{_NAME})$"
)
_RUNNING_HEADER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,24})\s{3,}(?P<doc>\S{2,30})$")


def _speech_cover(lines: list[Line], ex: Extraction) -> None:
    """The date, speaker and issuing body a speech's or report's cover gives (see _SPEECH_DATE)."""
    title = ex.get("title")
    for i, line in enumerate(lines):
        folded = line.folded.strip()
        m = _SPEECH_DATE.match(folded)
        if m:
            ex.offer("date", iso_date(m["day"]), line, "speech cover")
            for near in lines[i + 1 : i + 3]:
                who = _SPEAKER.match(near.folded.strip())
                if who:
                    ex.offer(
                        "author", _orig(near, near.folded.strip(), who, "name"), near, "speaker"
                    )
                    _mark(near, META, "speaker")
                    break
        run = _RUNNING_HEADER.match(folded)
        if (
            run
            and title
            and fold(run["doc"]) == fold(title).replace(" ", "")
            and any(p.match(run["org"]) for p in _BODIES)
        ):
            ex.offer("source", _orig(line, folded, run, "org"), line, "running header")
            _mark(line, META, "running header")


# A header line naming only a year (西双版纳报 2024, 2024年第15期): the year of a paper's issue.
_BARE_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)")


def _header_year(header: list[Line]) -> int | None:
    """The one year a short header line names without a full date (a masthead's year)."""
    for ln in header:
        folded = ln.folded.strip()
        years = _BARE_YEAR.findall(folded)
        short = len(folded) <= 30 and len(years) == 1 and not find_dates(folded)
        if short and not re.search(COUNTER, folded) and not _DOMAIN.search(folded):
            return int(years[0])
    return None


def _date_from_parts(ex: Extraction, header: list[Line], footer: list[Line]) -> None:
    """A date put together when no line gives a full one: a relative day (昨天 18:42) counted
    back from the day the page was saved, or a yearless day (09-16 07:45) in the year the save
    date, the copyright footer (© 2025 …) or a masthead's bare year (某某报 2024) gives."""
    if ex.relative and ex.saved:
        back, line = ex.relative
        day = dt.date.fromisoformat(ex.saved) - dt.timedelta(days=back)
        ex.offer("date", day.isoformat(), line, "relative day, counted from the save date")
        return
    if not ex.yearless:
        return
    month, day, line = ex.yearless
    year, how = None, ""
    if ex.saved:
        saved = dt.date.fromisoformat(ex.saved)
        year = saved.year - ((month, day) > (saved.month, saved.day))
        how = "the save date"
    else:
        for ln in reversed(footer):
            m = _COPYRIGHT_YEAR.search(ln.folded)
            if m:
                year, how = int(m["y"] or m["y2"]), "the copyright footer"
                break
        if year is None:
            year, how = _header_year(header), "the year in the header"
    if year:
        ex.offer("date", with_year(year, month, day), line, f"day without a year, year from {how}")


def _press_name(name: str) -> str:
    """A name cut from a footer, without brackets, and a paper's 社 (法治日报社 -> 法治日报)."""
    name = name.strip(" 【】[]〔〕()（）《》<>")
    if fold(name).endswith("社") and not publishers().lookup(name):
        base = name[:-1]
        pub = publishers().lookup(base)
        if (pub and pub.kind != "site") or re.search(
            r"(?:日报|晚报|晨报|时报|商报|报)$", fold(base)
        ):
            return base
    return name


def _english_publisher(name: str):
    """The publisher an English company name denotes, dropping words such as Media Group, Limited."""
    words = name.replace("-", " ").split()
    while words:
        pub = publishers().lookup("".join(words)) or publishers().lookup(" ".join(words))
        if pub:
            return pub
        words.pop()
    return None


def may_carry_metadata(line: Line) -> bool:
    """A line with a date, a label or a publisher's name: read before it is dropped."""
    folded = line.folded
    return bool(find_dates(folded) or _LABEL.search(folded) or publishers().find(folded))


def _platform_site(front: ArticleMeta) -> str | None:
    """The platform a front-matter URL is on (mp.weixin.qq.com -> 微信公众号)."""
    pub = publishers().domain(front.url) if front.url else None
    return pub.name if pub and pub.kind in ("platform", "forum") else None


def _mark(line: Line, role: str, reason: str) -> None:
    """Set a line's role when it is still body text."""
    if line.role == BODY:
        line.role, line.reason = role, reason


def _cut(line: Line, m: re.Match, group: str) -> str:
    """The original text under a match group of the folded line."""
    return line.text[m.start(group) : m.end(group)].strip()


def _site_name(name: str) -> str:
    """A hosting site's name: canonical, except an app's name as written (新华社客户端)."""
    name = name.strip()
    pub = publishers().lookup(name)
    # An app's or a paper's own site keeps its name (新华社客户端, 大公網), not the paper's.
    base = publishers().lookup(re.sub(r"\s*客户端$", "", name))
    if not pub and base and base.kind == "app":
        return base.name  # 新湖南客户端: the app by its name (新华社客户端 is an agency's app)
    if pub and not re.search(r"[\u4e00-\u9fff]", name):
        return publishers().canonical(name)  # a Latin name of a known outlet or office
    if fold(name).endswith("客户端") or (pub and pub.kind not in _HOST_KINDS):
        return name
    return publishers().canonical(name)


def _source_value(value: str) -> tuple[str | None, str | None]:
    """(credited source, hosting site) from a 来源 value: 人民网-浙江频道 -> (人民网, 人民网)."""
    value = value.strip(" \t:：|,，.。;；[]【】()（）")
    # 《中国乡村振兴》杂志: the title in the marks is the name, the kind word after them is not.
    value = re.sub(
        r"^[《〈<]\s*(.+?)\s*[》〉>](?:\s*(?:杂志|期刊|周刊|月刊|半月刊|报)(?=\s|$))?", r"\1", value
    )
    value = re.sub(r"\s*(?:\d{4}\s*(?:[/年-]|第).*|第\s*\d+\s*期.*)$", "", value).strip()
    show = re.match(r"(.{2,}?)\s*[《〈][^》〉]{1,24}[》〉]$", value)
    if show and looks_like_outlet(show.group(1)):
        value = show.group(1)  # 某某卫视《某某新闻联播》: the station credited, then its programme
    if not value:
        return None, None
    pubs = publishers()
    parts = [
        p.strip(" 《》〈〉") for p in re.split(r"\s*[-－—–]+\s*", value) if p.strip(" 《》〈〉")
    ]
    host = None
    if len(parts) >= 2 and not looks_like_outlet(parts[0]):
        # 灯塔-党建在线: one name with a hyphen, not an outlet and its channel.
        parts = [value.strip()]
    key = fold(value)
    if len(parts) == 1 and re.search(r"[\u4e00-\u9fff]频道$", key) and len(key) == len(value):
        # 国际在线湖南频道: an outlet's channel, written without the hyphen.
        cut = next(
            (i for i in range(len(key) - 3, 1, -1) if pubs.lookup(key[:i]) and len(key) - i <= 8),
            None,
        )
        if cut:
            return pubs.canonical(value[:cut]), _site_name(value[:cut])
    if len(parts) >= 2:
        host = _site_name(parts[0]) if looks_like_outlet(parts[0]) else None
        credited = [p for p in parts[1:] if (pub := pubs.lookup(p)) and pub.kind not in ("site",)]
        value = credited[-1] if credited else parts[0]
    elif re.search(r"\s", value):  # also an ideographic space: 中央社　記者X台北5日電
        value = value.split()[0]
    value = re.sub(r"[（(【\[]+$", "", value)  # 某某日报（2024年05月06日 第03版）
    account = re.match(
        r"(.{2,}?)\s*(?:微信公众号|公众号|官方微信|官方微博|微信|微博|抖音号|视频号)$", value
    )
    if account and looks_like_outlet(account.group(1)):
        value = account.group(1)  # 某某日报微信公众号: the paper's account credits the paper
    station = re.match(r"(.{2,}?)\s*(?:驻\S{1,8}?)?(?:记者站|記者站)$", value)
    paper = station and station.group(1)
    if paper and (
        looks_like_outlet(paper) or re.fullmatch(r"[\u4e00-\u9fff]{1,12}[报台社]", fold(paper))
    ):
        value = paper  # 龙报记者站, 某某日报驻某市记者站: the paper's reporters
    if re.search(r"[·•]", value):  # 澎湃新闻·澎湃号·政务, 新华日报·交汇点: the outlet credited
        value = _byline_outlet(value) or value
    if fold(value).endswith("客户端"):
        base = value[: -len("客户端")].strip()
        pub = pubs.lookup(value) or pubs.lookup(base)
        if pub:
            name = pubs.canonical(value if pubs.lookup(value) else base)
            return name, host
        if len(base) >= 2:  # 新甘肃客户端: the app of an outlet not in the table is that outlet
            return base, host or base
    return pubs.canonical(value), host


def _parse_labels(line: Line, rules: CleaningRules, ex: Extraction, later: Extraction) -> bool:
    """Read `label: value` pairs from a header/footer line; True if it is a metadata line."""
    # Markdown quote and emphasis marks (> **来源：**新华社) become spaces: offsets stay.
    folded = _MD_MARKS.sub(lambda m: " " * len(m.group(0)), line.folded)
    if len(folded) > 150:
        return False
    # 【来源】X: a label in brackets is a label only when the bracket opens right before it.
    matches = [
        m
        for m in _LABEL.finditer(folded)
        if not m["closer"] or folded[: m.start()].rstrip()[-1:] in "【["
    ]
    if not matches:
        return False
    kinds = [_LABEL_KIND.get(m["label"], _STOP_KIND) for m in matches]
    if all(k == _STOP_KIND for k in kinds):
        # 索引号：… 主题分类：… (a government info table row) is metadata with nothing to keep.
        lead = _WIDGETS.sub("", folded[: matches[0].start()]).strip(" |｜·")
        if (
            _LONE_OUTLET.fullmatch(lead)
            and looks_like_outlet(lead)
            and not SECTION_NAME.match(lead)
        ):
            # 某某日报　编辑：王某: the outlet credited, then its editor.
            _unknown_outlet(line, folded, lead, later)
            return True
        return not lead
    lead = folded[: matches[0].start()]
    lead_dates = find_dates(lead)
    lead_rest = _WIDGETS.sub("", _remove_spans(lead, lead_dates))
    if not lead_dates and _YEARLESS_STAMP.search(lead_rest):  # 06-03 09:15　来源：中安在线
        _note_yearless(lead_rest, line, ex)
        lead_rest = _YEARLESS_STAMP.sub("", lead_rest)
    lead_rest = lead_rest.strip(" \t[]【】()（）|,，·>-■□●○◆◇▲△★☆※▶►•")
    if lead_dates and re.fullmatch(r"[\u4e00-\u9fff]{2,4}\s*[:：]", lead_rest):
        lead_rest = ""  # 首发：2024-03-05 10:00 | 来源：X: a label this table does not know, dated
    # 某某日报 | 2024-03-05 | 作者：X: the outlet and the date before the labels
    lead_rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|\s*[|｜·•]\s*", " ", lead_rest).strip()
    # 某某周刊　2024年第48期　作者：X: a periodical and its issue before the labels
    lead_rest = re.sub(rf"\s*{_ISSUE}\s*", " ", lead_rest).strip()
    if lead_rest and len(matches) < 2 and not looks_like_outlet(lead_rest):
        return False  # a label mid-sentence is prose, not a header
    for d in lead_dates:
        ex.offer("date", d.iso, line, "date beside labels")
    if lead_dates and looks_like_outlet(lead_rest):
        _unknown_outlet(line, folded, lead_rest, later)
    for i, m in enumerate(matches):
        kind = kinds[i]
        end = matches[i + 1].start() if i + 1 < len(matches) else len(folded)
        start = m.end()
        value_folded = folded[start:end]
        value = line.text[start:end]
        dates = find_dates(value_folded, roc_numeric=kind == "date")
        if kind == "date" and not dates:
            dates = _compact_date(value_folded)
        if kind == _OTHER_DAY:
            # 注册：2016-03-09　发表于 2025-03-01: a later date in the value is the post's
            for d in dates[1:2]:
                ex.offer("date", d.iso, line, "date beside labels")
            continue
        if kind == _STOP_KIND:
            if dates:
                ex.offer("date", dates[0].iso, line, "date beside labels")
            continue
        if kind == "saved":  # when the page was saved: no publication date, but a reference
            ex.saved = ex.saved or (dates[0].iso if dates else None)
            continue
        if kind == "stamp":  # 创建时间 of a clipped note: the day it was made, if nothing else
            if dates and dates[0].iso and ex.stamp is None:
                ex.stamp = (dates[0].iso, line)
            continue
        stamp = None if dates else _YEARLESS_STAMP.search(value_folded)
        if stamp:  # 来源：恩施日报  09-16 07:45
            _note_yearless(value_folded, line, ex)
            value = value[: stamp.start()] + value[stamp.end() :]
            value_folded = value_folded[: stamp.start()] + value_folded[stamp.end() :]
        target = later if m["label"] in _WEAK_LABELS else ex
        if dates:
            target.offer("date", dates[0].iso, line, f"labelled {m['label']}")
            after = value_folded[dates[0].end :].strip()
            # 發佈日期：114年3月8日 記者林怡君∕花蓮報導, 發佈時間：2024-05-28 15:40　記者 林佳慧 報導
            filed = _FILED_FROM.search(after) or _BYLINE.match(after)
            if kind == "date" and filed:
                ex.offer("author", _reporter(filed["name"], line), line, "byline after the date")
            span = (dates[0].start, dates[0].end) if kind != "url" else (0, 0)  # a URL stays whole
            value = value[: span[0]] + value[span[1] :]
            value_folded = value_folded[: span[0]] + value_folded[span[1] :]
        widgets = [w.span() for w in _WIDGETS.finditer(value_folded)]
        for s, e in reversed(widgets):
            value, value_folded = value[:s] + value[e:], value_folded[:s] + value_folded[e:]
        # A bracketed label ends at its bracket: [来源：宿迁日报]  [作者：陈静]
        # … or at a label this table does not know (县农业农村局 发布者：县政府办).
        # … or at the posting verb whose date was cut (楼主：某某　发表于 2024-5-7 21:33).
        cut = re.search(
            r"[\]】]|\s{2,}|\s+[\u4e00-\u9fff]{2,6}[:：]|\s+(?:发表|发布|发帖)于?(?=\s|$)",
            value_folded.strip(),
        )
        if cut and kind in ("source", "author", "site"):
            lead_ws = len(value_folded) - len(value_folded.lstrip())
            value = value[: lead_ws + cut.start()]
            value_folded = value_folded[: lead_ws + cut.start()]
        value = value.strip(" \t:：|,，[]【】()（）·*_")
        value_folded = value_folded.strip(" \t:：|,，[]【】·")
        if not value or kind == "date":
            continue
        if kind == "poster":
            if not rules.is_junk_source(value_folded) and fold(value) not in _NO_AUTHOR:
                later.offer("poster", _source_value(value)[0], line, f"labelled {m['label']}")
            continue
        if kind == "source":
            if rules.is_junk_source(value_folded) or re.fullmatch(
                r"(?:本站|本网|本平台)(?:原创)?", value_folded.strip()
            ):
                continue  # 本站原创 credits the site itself (read at the end)
            address = re.match(r"\s*(?:https?://|www\.)\S+", line.text[start:end])
            if address:  # 转自：https://… names the page copied, not an outlet
                later.offer("url", address.group(0).strip(), line, f"labelled {m['label']}")
                continue
            source, host = _source_value(value)
            if source and rules.is_junk_source(fold(source)):
                continue
            platform = _PLATFORM_ACCOUNT.match(value.strip())
            if platform:
                # 来源：微信公众号 某某发布: the account the piece was posted on (the site when a
                # byline credits a body, else the credit: see `_account_site`)
                ex.offer(
                    "account", platform["account"], line, f"labelled {m['label']}: the account"
                )
                continue
            if m["label"] in _ORIGINAL_LABELS:
                ex.offer("original", outlet_name(source or ""), line, f"labelled {m['label']}")
                continue
            target.offer("source", source, line, f"labelled {m['label']}")
            # 来源：羊城晚报 羊城晚报记者 梁文轩: the reporter's byline after the credit
            by = re.search(
                rf"\s\S{{0,12}}?记者\s*(?P<name>{_NAME4})(?![\u4e00-\u9fff])", folded[start:end]
            )
            if by:
                ex.offer("author", _as_written(line, by["name"]), line, "byline after the credit")
            later.offer("site", host, line, f"channel of {m['label']}")
            continue
        if kind == "site":  # the name up to the next field (博客：某某　本文链接：…)
            name = re.split(r"\s*[|｜\u3000]\s*|\s{2,}", value.strip())[0]
            later.offer("site", name, line, f"labelled {m['label']}")
            continue
        if kind == "url":
            url = re.search(r"https?://\S+", value)
            ex.offer("url", url.group(0) if url else None, line, f"labelled {m['label']}")
            continue
        if kind == "author":
            value, org = _author_value(re.split(r"\s{2,}|[/／|]", value)[0])
            later.offer("source", org, line, f"outlet before the name in {m['label']}")
        ex.offer(kind, value, line, f"labelled {m['label']}")
    return True


_AUTHOR_ROLE = re.compile(
    r"^(?:本报|本台|本刊|本网|本站)?(?:全媒体|融媒体|特约|首席|见习|实习|驻\S{1,4})*(?:记者|通讯员|评论员)\s*"
)
_AUTHOR_ORG = re.compile(
    r"^(?P<org>[^\s记者]{2,16}?)(?:全媒体|融媒体)?(?:特约|首席|见习|实习)?(?:记者|通讯员)\s*(?=[\u4e00-\u9fff])"
)


# An office or department written before a person's name: 党委宣传部, 党政办, 新闻中心, 办公室.
_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:宣传部|组织部|统战部|办公室|党政办|党群办|政府办|委办|新闻中心|宣传科|宣传处|"
    r"融媒体中心|宣传办|综合科|办公厅)"
)
# A body named whole, with its place, may be a piece's author (a party journal's 中共某某县委组织部,
# 某某研究院课题组); a bare office (宣传科, 党政办) is not.
_NAMED_BODY_AUTHOR = re.compile(
    r"(?:中共|中国共产党)?[\u4e00-\u9fff]{2,10}[省市县区州旗盟]委[\u4e00-\u9fff]{1,8}"
    r"|[\u4e00-\u9fff]{2,20}课题组"
)
_CREDIT_ROLE = re.compile(r"(?:编辑|通讯员|记者|摄影|摄像|实习生|责编|校对|审核|编审)$")


def _author_value(value: str) -> tuple[str | None, str | None]:
    """(the person, the outlet written before them) from a 作者 value.

    本报记者 李金华 -> 李金华; 解放日报 吴江 -> (吴江, 解放日报); 孙瑞昌（作者单位：…） -> 孙瑞昌;
    新甘肃·甘肃日报记者 马晓丽 -> 马晓丽.
    """
    # 赵敏（南京大学教授）, 刘伟，系南京大学教授: what follows describes the person.
    value = re.split(r"\s*(?:[(（〔\[]|[，,；;]\s*(?:系|为|现任|任|是|供职|就职))", value.strip())[
        0
    ]
    # 中共某某区委组织部　2024年第15期: the periodical's issue beside the name is no name
    value = re.sub(rf"\s*{_ISSUE}\s*", " ", value).strip(" \t:：,，;；")
    value = re.sub(r"^(?:文|图|文图|图文|撰文)\s*[/／|｜丨]\s*", "", value)  # 文/本报记者 张华
    org = None
    m = _AUTHOR_ORG.match(fold(value))
    if m and looks_like_outlet(re.split(r"[·•]", m["org"])[-1]):
        org, value = value[: m.end("org")], value[m.end() :]
    value = (
        value[_AUTHOR_ROLE.match(fold(value)).end() :] if _AUTHOR_ROLE.match(fold(value)) else value
    )
    if re.fullmatch(r"[^\W\d_]{2,4}(?:\s*[;；、]\s*[^\W\d_]{2,4})+", value.strip()):
        value = re.sub(r"\s*[;；、]\s*", " ", value.strip())  # 陈某;李某 (a database's list)
    parts = value.split()
    # Outlet names before the person's name: 解放日报 吴江, 永嘉县融媒体中心 陈雅婷.
    while len(parts) >= 2 and (
        looks_like_outlet(re.split(r"[·•]", parts[0])[-1])
        or _AUTHOR_ROLE.fullmatch(fold(parts[0]))
        or _OFFICE.fullmatch(
            fold(parts[0])
        )  # 党委宣传部 罗某, 县委办 王某: the office, then the person
    ):
        if looks_like_outlet(re.split(r"[·•]", parts[0])[-1]):
            org = org or parts[0]
        parts = parts[1:]
    # The names end where something else starts (林小燕 阅读需要2分钟, 张三 摄).
    # … or where the next credit starts (陈冬 界面新闻编辑 刘海川, 刘某 通讯员 周某).
    names = list(
        itertools.takewhile(
            lambda p: (
                re.fullmatch(rf"[^\W\d_]{{2,12}}|[^\W\d_]+[{NAME_DOTS}][^\W\d_]+", p)
                and not _CREDIT_ROLE.search(fold(p))
                and not (len(p) > 3 and looks_like_outlet(p))
            ),
            parts,
        )
    )
    value = " ".join(names or parts[:1]).strip()
    named_body = _NAMED_BODY_AUTHOR.fullmatch(fold(value))
    if fold(value) in _NO_AUTHOR or (_OFFICE.fullmatch(fold(value)) and not named_body):
        value = ""  # 作者：宣传科: an office wrote it, not a person
    if org:
        org = _source_value(re.split(r"[·•]", org)[-1])[0]
    return value or None, org


def _compact_date(value: str) -> list:
    """A labelled value that is one date written without separators (期号：20240611)."""
    m = re.fullmatch(r"\s*(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\s*", value)
    iso = m and with_year(int(m["y"]), int(m["m"]), int(m["d"]))
    return [DateMatch(m.start("y"), m.end("d"), iso)] if iso else []


def _note_yearless(text: str, line: Line, ex: Extraction) -> None:
    """Keep the first posting day without a year (06-03 09:15) for when nothing better turns up."""
    m = _YEARLESS_STAMP.search(text)
    if m and ex.yearless is None:
        ex.yearless = (int(m["m"] or m["m2"]), int(m["d"] or m["d2"]), line)


def _label_cells(zone: list[Line]) -> list[tuple[Line, Line]]:
    """(label line, value line) pairs where a label stands alone (发布机构：) above its value."""
    out = []
    for line, nxt in itertools.pairwise(zone):
        m = _LABEL.fullmatch(
            line.folded.strip() + ("" if line.folded.strip()[-1:] in ":：" else "：")
        )
        value = nxt.folded.strip()
        if (
            m
            and line.role == BODY
            and nxt.role == BODY
            and nxt.number == line.number + 1
            and 1 <= len(value) <= 60
            and not _LABEL.search(value)
            and not any(c in value for c in "。！？")
        ):
            out.append((line, nxt))
    return out


def _credit_line(line: Line, ex: Extraction, dates: Extraction) -> bool:
    """原文刊发于《学习时报》… / 本文转载自河南日报客户端: the credited outlet; True if so."""
    folded = _MD_MARKS.sub(lambda m: " " * len(m.group(0)), line.folded)
    m = _CREDIT_LINE.match(folded)
    # …《三联生活周刊》2024年第10期，未经许可，严禁转载。: a reprint notice may close the credit.
    rest = folded[m.end() :] if m else ""
    if not m or len(folded.strip()) > 80 or ("。" in rest and not _REPRINT_TAIL.match(rest)):
        return False
    name = _cut(line, m, "src")
    close = folded.find("》", m.end("src"), m.start("src") + 21)
    quoted = folded[m.start("src") - 1 : m.start("src")] == "《" and close > 0
    if quoted:
        name = line.text[m.start("src") : close].strip()  # 《中国新闻周刊》: the whole title
    if not (
        quoted
        or looks_like_outlet(name)
        or re.search(r"[》〉”\"」】]", folded[m.end("src") : m.end("src") + 1])
    ):
        return False
    credited = _source_value(name)[0]
    pub = publishers().lookup(credited) if credited else None
    if pub and pub.kind == "platform":
        # 本文来自QQ空间: a platform keeps copies of others' pages; it is the site, no credit
        dates.offer("site", pub.name, line, "credit line naming a platform")
        return True
    if re.search(r"原\s*(?:载|刊)|首发|首\s*刊", folded[: m.start("src")]):
        # 原载《某某晚报》 under 转载自：某某发布: the first publisher (see `_first_publisher`)
        ex.offer("original", outlet_name(credited or ""), line, "credit line (first published)")
    else:
        ex.offer("source", credited, line, "credit line")
    # （原载《承德日报》2025年1月12日第3版）: the day it was printed, behind the page's own dates.
    dates.offer("date", first_date(folded), line, "credit line")
    # 本文来自微信公众号：X（ID：…），作者：Y
    who = re.search(rf"作者\s*[:：]\s*(?P<name>{_NAME})(?![\u4e00-\u9fff])", rest)
    if who:
        ex.offer("author", _as_written(line, who["name"]), line, "credit line")
    return True


def _trailing_credit(lines: list[Line], later: Extraction) -> None:
    """Cut an editor credit glued to the last paragraph, reading a CNA date code (1130305)."""
    for line in lines:
        code = roc_code_date(line.folded)
        before = line.folded[: code.start] if code else ""
        # After the editor credit (…（編輯：張均懋）1130305), or on a line with no other number.
        if code and (re.search(r"[)）]\s*$", before) or not re.search(r"\d", before)):
            later.offer("date", code.iso, line, "ROC date code")
        m = _TRAILING_CREDIT.search(line.folded)
        if line.role == BODY and m and m.start() > 0:
            line.text, line.folded = line.text[: m.start()], line.folded[: m.start()]
        by = _TRAILING_REPORTER.search(line.folded) or _TRAILING_REPORTED.search(line.folded)
        if by:
            from index.regions import aliases  # the surname list, read only when needed

            if by["name"][0] not in aliases.SURNAMES:
                by = None  # （记者节当天）: words about reporters, not a name
        if line.role == BODY and by and len(line.text) == len(line.folded):
            # …。（记者 王某）: the reporter's credit goes to metadata, off the paragraph.
            later.offer("author", _as_written(line, by["name"]), line, "reporter closing the text")
            if by["org"] and looks_like_outlet(by["org"]):  # （某某日报记者 王某）: the outlet too
                org = line.text[by.start("org") : by.end("org")]
                later.offer("source", _source_value(org)[0], line, "credit closing the text")
            line.text, line.folded = line.text[: by.start()], line.folded[: by.start()]
        src = _TRAILING_SOURCE.search(line.folded)
        if line.role == BODY and src and len(line.text) == len(line.folded):
            # …。（来源：某某日报） / …。（某某日报记者 王某）: the credit goes to metadata.
            outlet = src["src"] or src["org"]
            name = line.text[src.start("src" if src["src"] else "org") :][: len(outlet)]
            if looks_like_outlet(outlet) or src["src"]:
                later.offer("source", _source_value(name)[0], line, "credit closing the text")
                if src["name"]:
                    later.offer(
                        "author", _as_written(line, src["name"]), line, "credit closing the text"
                    )
                if src.start() > 0:
                    line.text, line.folded = line.text[: src.start()], line.folded[: src.start()]
                else:
                    _mark(line, META, "credit line")


# A Markdown line wholly in emphasis (**作者：X**, __发布于 2024-12-01__): an export's metadata.
_EMPHASISED = re.compile(r"^\s*(?P<m>\*{1,2}|_{1,2})(?P<inner>[^*_]{2,40})(?P=m)\s*$")


def _emphasised_meta(line: Line, ex: Extraction, later: Extraction, rules: CleaningRules) -> None:
    """Read a byline or date line in Markdown emphasis among the first lines of the text (a
    blockquoted lead above it made the zones take it for text)."""
    folded = line.folded.strip()
    m = _EMPHASISED.match(folded)
    if line.role not in (BODY, CHROME) or m is None or any(c in m["inner"] for c in "。！？；"):
        return
    inner = m["inner"].strip()
    probe = Line(line.number, _orig(line, folded, m, "inner"), inner)
    label = _LABEL.match(inner)
    if label and _LABEL_KIND.get(label["label"]) in ("author", "date"):
        if _parse_labels(probe, rules, ex, later):
            _mark(line, META, "metadata line in emphasis")
    elif find_dates(inner):
        _date_or_byline(probe, ex, later, rules)
        if probe.role != BODY:
            _mark(line, META, "date line in emphasis")


def _remove_spans(text: str, spans) -> str:
    """`text` without the given date spans."""
    for d in reversed(spans):  # same length, so offsets still point into the line
        text = text[: d.start] + " " * (d.end - d.start) + text[d.end :]
    return text


_BYLINE_BULLET = re.compile(r"[■□●○◆◇▲△★☆▶►◎◉]+\s*")


def _date_or_byline(
    line: Line, ex: Extraction, later: Extraction, rules: CleaningRules, footer: bool = False
) -> None:
    """Unlabelled date lines (2024年03月09日 07:05 经济日报) and bylines (南方周末记者 何谦).

    A bare written date closing a notice (2023年7月10日, under its signature) is
    part of the text: it gives the date but stays a paragraph.
    """
    folded = line.folded.strip()
    bullet = _BYLINE_BULLET.match(folded)
    if bullet and len(folded) > bullet.end():
        # ■ 本报记者 某某, □ 记者 某某 文/图: a paper's mark before its byline is no outlet's word
        text, k = line.text.strip(), bullet.end()
        part = Line(line.number, text[k:] if len(text) == len(folded) else folded[k:], folded[k:])
        part.role = line.role
        _date_or_byline(part, ex, later, rules, footer)
        if part.role != line.role:
            _mark(line, part.role, part.reason)
        return
    dates = find_dates(folded)
    stamp = None if dates or footer else _BYLINE_STAMP.search(folded)
    if stamp and _BYLINE.match(folded[: stamp.start()].rstrip()):
        # 动静新闻记者 杨凯里　11月03日 18:20: a byline, then the posting time without a year.
        _note_yearless(folded[stamp.start() :], line, ex)
        text = line.text.strip()
        k = len(folded[: stamp.start()].rstrip())
        part = Line(line.number, text[:k] if len(text) == len(folded) else folded[:k], folded[:k])
        _date_or_byline(part, ex, later, rules)
        _mark(line, META, "byline with the posting time")
        return
    # 2023年11月5日，镇里召开了动员会。 is a sentence about a day, not a date line.
    sentence = any(c in folded for c in "。！？；!?;") or (
        dates and re.match(r"\s*[,，]", folded[dates[0].end :])
    )
    if dates and len(folded) <= 80 and not sentence:
        rest = _remove_spans(folded, dates)
        rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", lambda m: " " * len(m.group(0)), rest)
        rest = re.sub(
            # (what the verb is followed by, a counter or the poster's IP place, is read below)
            rf"[*_·|/／]+|(?:发表|发布)于\s*(?!{COUNTER}|ip属地)\S{{0,6}}|编辑于|"
            # a blog's poster 于 the time 发布 (乡村数字化观察　于 2024-06-03 14:21:05 发布)
            r"(?<=\s)[于於](?=\s)|(?<=\s)(?:发布|发表|更新|修改)(?:了?博文|了?文章)?$|"
            # the weekday and the lunar date of a paper's date line (星期一　农历乙巳年二月十八),
            # the poster's IP place of a social post (编辑于 2025-10-03 IP属地：广西)
            r"(?:星期|礼拜)[一二三四五六日天]|农历\S{2,12}|ip属地\s*[:：]?\s*[\u4e00-\u9fff]{0,8}|"
            # a weekday and time zone abroad: Thứ Sáu, … (GMT+7); quinta-feira, …; 令和 beside
            r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|(?:segunda|terça|quarta|quinta|sexta)-feira|"
            r"sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|"
            r"samedi|dimanche)\b|\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|"
            # counters beside the date: 2025.01.26 21:40:15　字数 1,036　阅读 287
            rf"{COUNTER}|"
            # an English label (Published: 05 Mar 2024, Posted on …)
            r"^\s*(?:published|posted|updated|last updated|date)(?:\s+(?:on|at))?\s*[:：]?",
            lambda m: " " * len(m.group(0)),
            rest,
        )
        names = publishers().find_whole(rest)
        leftover = rest
        for n in reversed(names):
            leftover = leftover[: n.start] + " " + leftover[n.end :]
        # 新蓝网·浙江网络广播电视台 2025-10-16 19:42 记者 叶晨曦: an unknown outlet beside a known one
        if names:
            leftover = " ".join(t for t in leftover.split() if not looks_like_outlet(t))
        leftover = re.sub(
            r"官方账号|来源|[\s:：()（）\[\]【】,，。]|记者\s*[\u4e00-\u9fff]{0,4}|报道",
            "",
            leftover,
        )
        wechat = _wechat_byline(folded, dates[0].start, folded[dates[0].end :])
        if len(leftover) <= 8 or wechat:
            published = [d for d in dates if not OTHER_DAY.search(folded[: d.start])]
            ex.offer("date", published[0].iso if published else None, line, "date line")
            apps = [n for n in names if n.publisher.kind == "app"]
            if apps and len(apps) < len(names):
                # 极光新闻·黑龙江日报记者 X: the paper's reporter, read on the paper's app.
                later.offer("site", apps[0].publisher.name, line, "app beside the paper")
                names = [n for n in names if n.publisher.kind != "app"] + apps
            for n in names:
                host = n.publisher.kind in ("site", "platform", "forum")
                if (
                    host
                    and n.publisher.kind == "site"
                    and _reposted_site(n.publisher.name, ex, later)
                ):
                    later.offer("source", n.publisher.name, line, _REPOSTED_SITE)
                    continue
                if host and n.publisher.name != "今日头条":
                    # 2025-09-15 21:08 · 来自雪球: where it was posted, not who wrote it; a
                    # website beside the date (中国新闻网 2024年03月05日) is where it stands
                    how = "website" if n.publisher.kind == "site" else "platform"
                    later.offer("site", n.publisher.name, line, f"{how} on the date line")
                    continue
                orig = (
                    line.text.strip()[n.start : n.end]
                    if len(line.text.strip()) == len(folded)
                    else None
                )
                ex.offer(
                    "source",
                    publishers().canonical(orig or n.publisher.name),
                    line,
                    "publisher on the date line",
                )
                _offer_account(n.publisher.name, line, later)
                break
            if not names and not footer:
                _unknown_outlet(line, folded, rest, later, ex)
            if wechat:
                _offer_wechat(line, wechat, ex, later)
            by = (
                # (a name set apart may have four characters: 记者 次仁卓嘎, 作者 湖边老杨)
                re.search(rf"记者\s*[:：]?\s*(?P<name>{_NAME4})", folded)
                or _FILED_FROM.search(folded)
                # 2024年5月6日 作者 王某明, Posted on 06/05/2024 by 王某明
                or re.search(
                    rf"(?:作者|撰文|(?<![a-z])by)\s*[:：]?\s*(?P<name>{_NAME4})(?![\u4e00-\u9fff])"
                    # 2024.03.12　文／王某, 文：王某 · 2024-10-18: the writer's credit beside the date
                    rf"|(?<![\u4e00-\u9fff])文\s*[/／|｜丨:：]\s*(?P<w>{_NAME4})(?![\u4e00-\u9fff])",
                    folded,
                )
            )
            if by:
                who = "name" if by.groupdict().get("name") else "w"
                ex.offer("author", _orig(line, folded, by, who), line, "byline")
            elif (
                not names
                and not footer
                and (
                    _person_beside_date(leftover := _dotted(leftover, folded))
                    or _posters_handle(leftover, folded)
                )
            ):
                # 刘某远　2024年11月20日 under the headline (a reader view keeps only this): the
                # writer's name alone beside the date.
                at = folded.find(leftover)
                later.offer(
                    "author", _as_written(line, folded[at : at + len(leftover)]), line, "byline"
                )
            org = re.search(
                r"(?:^|\s)(?P<org>[^\s\d]{2,20}?)(?:全媒体|融媒体)?(?:特约|首席|见习)?记者", folded
            )
            outlet = _byline_outlet(_orig(line, folded, org, "org")) if org else None
            if outlet and fold(outlet) not in ("本报", "本台", "本刊", "本网"):
                later.offer("source", publishers().canonical(outlet), line, "byline")
            signature = (
                footer and not names and re.fullmatch(r"\s*(?:19|20)\d\d\s*年[\d\s月日]+", folded)
            )
            if not signature:
                _mark(line, META, "date line")
            return
    wechat = None if dates else _wechat_byline(folded, len(folded))
    if wechat and not footer:
        _offer_wechat(line, wechat, ex, later)
        _mark(line, META, "byline")
        return
    spaced = _SPACED_BYLINE.match(folded)
    if spaced and not (len(spaced["name"]) == 4 and looks_like_outlet(spaced["name"])):
        ex.offer("author", _reporter(_orig(line, folded, spaced, "name"), line), line, "byline")
        _mark(line, META, "byline")
        return
    writer = _WRITER_LINE.match(folded) or _WRITER_AFTER.match(folded)
    if writer:
        ex.offer("author", _orig(line, folded, writer, "name"), line, "writer's credit")
        _mark(line, META, "byline")
        return
    yearless = _YEARLESS_TIME.match(folded)
    if yearless and not footer:
        # 北斗融媒  06-11 15:02: the outlet and the time of posting; the year is elsewhere.
        if yearless["who"]:
            _unknown_outlet(line, folded, yearless["who"], later, ex)
        _note_yearless(folded, line, ex)
        _mark(line, META, "date line without a year")
        return
    relative = _RELATIVE_TIME.match(folded)
    if not relative and not footer:
        # 3小时前　某某时报记者 王某　字体 A+ A-: the relative time, then the byline (and widgets)
        stamp = _RELATIVE_START.match(folded)
        rest = _WIDGETS.sub("", folded[stamp.end() :]).strip() if stamp else ""
        by = _BYLINE.match(rest) if rest and len(rest) <= 40 else None
        if by:
            name = _reporter(by["name"], Line(line.number, rest, rest))
            ex.offer("author", _as_written(line, name), line, "byline after the posting time")
            relative = _RELATIVE_TIME.match(folded[: stamp.end()].strip())
    if relative and not footer:
        # 上游新闻  昨天 18:42  重庆: a day counted back from when the page was saved.
        if relative["who"]:
            _unknown_outlet(line, folded, relative["who"], later, ex)
        back = {"今天": 0, "昨天": 1, "前天": 2}.get(relative["day"] or "", 0)
        if relative["unit"] == "天":
            back = int(relative["n"])
        if ex.relative is None:
            ex.relative = (back, line)
        _mark(line, META, "date line relative to the day saved")
        return
    filed = _OUTLET_FILED.match(folded)
    if filed and looks_like_outlet(filed["org"]):
        ex.offer("author", _orig(line, folded, filed, "name"), line, "byline")
        org = publishers().canonical(_orig(line, folded, filed, "org"))
        later.offer("source", org, line, _OUTLET_BYLINE)
        _mark(line, META, "byline")
        return
    m = _BYLINE.match(folded)
    if m and len(folded) <= 40:
        ex.offer("author", _reporter(_orig(line, folded, m, "name"), line), line, "byline")
        org = _byline_outlet(_orig(line, folded, m, "org")) if m["org"] else None
        if org and fold(org) not in ("本报", "本台", "本刊", "本网", "特约", "文", "图"):
            later.offer("source", publishers().canonical(org), line, "byline")
        _mark(line, META, "byline")


def _dotted(leftover: str, folded: str = "") -> str:
    """The leftover of a date line with its name's dot put back (the dot was cut as a separator)."""
    for m in _DOTTED_NAME.finditer(folded):
        if re.sub(f"[{NAME_DOTS}]", "", m[0]) == leftover:
            return m[0]
    return leftover


def _posters_handle(name: str, folded: str) -> bool:
    """A user post's author row (某某网友　2024-07-02 12:30　浏览 3861　收藏 127, 某某　发表于
    2024-9-8 20:41): the name before the time is the poster's, whatever its shape, when the row
    counts views or replies or posts it with a posting verb."""
    from index.regions import gazetteer

    posted = re.match(rf"{re.escape(name)}\s*(?:发表|发布|发帖)(?:于|在)\s*\d", folded.strip())
    return (
        (len(re.findall(COUNTER, folded)) >= 2 or posted is not None)
        and re.fullmatch(r"[^\W\d_]{2,12}", name) is not None
        and folded.strip().startswith(name)
        and not looks_like_outlet(name)
        and not SECTION_NAME.match(name + "新闻")
        and name not in gazetteer.load().forms
    )


def _person_beside_date(name: str) -> bool:
    """A person's name alone beside a date: two or three Han characters after a common surname,
    no outlet's, place's, office's or section's name (北京, 某某日报, 本网, 悉尼 are not)."""
    from index.regions import aliases, gazetteer

    if _DOTTED_NAME.fullmatch(name):
        return not looks_like_outlet(name)  # 古丽米拉·艾尔肯: a transliterated name has no surname
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or name[0] not in aliases.SURNAMES:
        return False
    # …nor a street's, a station's or a venue's (王府井, 某某路, 某某站)
    if looks_like_outlet(name) or re.search(
        r"[省市县区镇乡村州旗盟街道井路巷港桥岛湾站场馆所院处厅台社网报刊坊苑]$|^本", name
    ):
        return False
    if SECTION_NAME.match(name + "新闻"):
        return False  # 时政, 文化: a section's name beside the date (文 and 时 are surnames)
    return name not in gazetteer.load().forms and not any(
        p.match(name) for p in (*_BODIES, _OFFICE)
    )


def _wechat_byline(
    folded: str, end: int, after: str | None = None
) -> tuple[str | None, str | None] | None:
    """(author, account) of WeChat's byline before `end`: 原创 [融媒记者] NAME ACCOUNT [date] [IP place].

    The account may be written twice (原创 蓬溪发布 *蓬溪发布*); then nobody is named. Without
    the 原创 mark, the line must end as WeChat's does after the date (`after`): the time and
    the poster's province, maybe after 发表于 (廉洁某县 2024-03-08 18:05 发表于陕西).
    """
    start = len(folded) - len(folded.lstrip(">*_ \t"))  # > 原创 X · 账号 (a Markdown quote)
    m = _WECHAT_MARK.match(folded[start:])
    tail = _WECHAT_TAIL.match(after) if m is None and after is not None else None
    day = folded[end : len(folded) - len(after)] if tail else ""
    # WeChat prints 2024年04月02日 20:16 河北; an ISO day needs its 发表于 (a portal's
    # 2024-04-02 20:16 北京 is not WeChat's).
    if m is None and not (tail and ("发表于" in after or "年" in day)):
        return None
    head = without_addresses(folded[start + (m.end() if m else 0) : end])
    if len(head) > 40 or any(c in head for c in "。！？；，"):
        return None
    # 原创　作者：何某 (a journal's account): the writer labelled, the account on the line above
    labelled = m and re.fullmatch(
        rf"\s*(?:作者|文|撰文)\s*[:：|｜/／]\s*(?P<name>{_NAME4})\s*", head
    )
    if labelled:
        return labelled["name"], None
    tokens = [t for t in re.split(r"[\s*_|｜·]+", head) if t]
    tokens = [t for t in tokens if not re.search(r"(?:记者|作者|编辑|通讯员)$", t)]
    if not tokens or re.search(r"\d", tokens[-1]):
        return None
    account = tokens[-1]
    names = [t for t in tokens[:-1] if re.fullmatch(_NAME, t) and t != account]
    # 原创 陆丰融媒 陆丰发布: the author's slot holds the outlet's own brand, no person.
    brands = [t for t in tokens[:-1] if t not in names and t != account and looks_like_outlet(t)]
    if len(tokens) - len(names) - len(brands) > 2 or (
        len(tokens) > 1 and not names and not brands and len(set(tokens)) > 1
    ):
        return None
    author = names[0] if names and names[0] not in ("小编", "官方", "本报") else None
    return author, account


def _offer_wechat(
    line: Line, wechat: tuple[str | None, str | None], ex: Extraction, later: Extraction
) -> None:
    """Offer WeChat's byline: the person as author, the account (it publishes the piece) as source."""
    author, account = wechat
    if author:
        ex.offer("author", _as_written(line, author), line, "byline")
    if account is None:
        return
    later.offer("source", _as_written(line, account), line, "account on the byline")
    later.offer("account", _as_written(line, account), line, "account on the byline")
    # WeChat's byline: the page was read on the platform (an account posting another body's
    # piece is the site instead, see `_account_site`).
    later.offer("wechat", "微信公众号", line, "WeChat's byline")


def _unknown_outlet(
    line: Line, folded: str, rest: str, later: Extraction, ex: Extraction | None = None
) -> None:
    """An outlet's name alone beside a date (嘉兴日报 2024年5月8日 星期三), known or not."""
    words = [w for w in rest.split() if not re.fullmatch(r"星期.|周.|礼拜.|[\W\d_]+", w)]
    # 某某日报 · 某某日报官方账号, （2024年3月5日 某某日报 第3版）: one outlet, its account, a page.
    words = [re.sub(r"(?<=..)(?:官方账号|官方帐号)$", "", w) for w in words]
    words = [w for w in dict.fromkeys(words) if not _PAGE_TOKEN.fullmatch(w)]
    account = any(re.fullmatch(r"[\u4e00-\u9fff]{1,4}号", w) for w in words)
    if len(words) > 1:
        words = [w for w in words if looks_like_outlet(w) and not re.search(r"号$", w)]
    if account and len(words) == 1:
        # 湖州在线 · 2023-11-20 · 一点号: an account on a platform, which publishes the piece.
        later.offer("source", _as_written(line, words[0]), line, "account beside the date")
        return
    if len(words) == 1 and _ORG_MASTHEAD.match(words[0]) and len(words[0]) <= 16:
        # 2024-08-15 17:32 市政署: the office that issued the release beside its date.
        later.offer("source", _as_written(line, words[0]), line, "office beside the date")
        return
    if len(words) != 1 or not looks_like_outlet(words[0]) or SECTION_NAME.match(words[0]):
        return
    name = _as_written(line, words[0])
    pub = publishers().lookup(name)
    if (pub and pub.kind in _HOST_KINDS) or re.search(r"(?:网|在线|客户端|app)$", fold(name)):
        if ex is not None and _reposted_site(name, ex, later):
            later.offer("source", publishers().canonical(name), line, _REPOSTED_SITE)
            return
        later.offer("site", _site_name(name), line, "site beside the date")
    else:
        later.offer("source", publishers().canonical(name), line, "outlet beside the date")
        _offer_account(name, line, later)


_REPOSTED_SITE = "another website beside the date"


def _reposted_site(name: str, ex: Extraction, later: Extraction) -> bool:
    """A website beside the date that is not the page's own (2024年04月09日 09:31　华声在线 on a
    portal's page) while nothing else credits a source: the site the page reposts. The page's
    own site is the one its <title> names (an app's bar names where it was read, not a poster)."""
    host = ex.get("site")
    if not host or ex.get("source") or later.get("source") or _site_name(host).endswith("客户端"):
        return False
    pub = publishers().lookup(host)
    if pub and pub.kind in ("app", "platform", "forum"):
        return False
    return fold(_site_name(host)) != fold(_site_name(name))


_TOP_ACCOUNT = "an account's name at the top"


def _offer_account(name: str, line: Line, later: Extraction) -> None:
    """A government account's name (某某发布) opening the page or beside its date: the account
    that posted it, the site when a label credits another body (see `_account_site`)."""
    if re.fullmatch(r"[\u4e00-\u9fff]{2,10}发布", fold(name)):
        later.offer("top account", name, line, _TOP_ACCOUNT)


def _byline_outlet(org: str) -> str | None:
    """The outlet a byline credits: 齐鲁晚报·齐鲁壹点 -> 齐鲁晚报 (the paper before its app)."""
    parts = [p for p in re.split(r"\s*[·•/／|｜]\s*|\s+", org.strip()) if p]
    known = [p for p in parts if (pub := publishers().lookup(p)) and pub.kind != "site"]
    papers = [
        p for p in known if publishers().lookup(p).kind in ("paper", "agency", "tv", "journal")
    ]
    for pick in (papers, known, [p for p in parts if looks_like_outlet(p)]):
        if pick:
            return pick[0]
    return None


def _orig(line: Line, folded: str, m: re.Match, group: str) -> str:
    """A match group of the stripped folded line, cut from the original line."""
    text = line.text.strip()
    if len(text) != len(folded):
        return m[group].strip()
    return text[m.start(group) : m.end(group)].strip()


_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]{1,3}){1,9}[\u4e00-\u9fff]")


def _masthead(line: Line, later: Extraction, top: bool = False) -> None:
    """A header line made only of publisher names (澳門日報, 明報新聞網 - 每日明報)."""
    if _LETTER_SPACED.fullmatch(line.folded.strip()):
        # 陕 西 日 报: a masthead typeset with a space between characters (a PDF page).
        joined = Line(line.number, "".join(line.text.split()), "".join(line.folded.split()))
        _masthead(joined, later, top)
        if joined.role != BODY:
            _mark(line, joined.role, joined.reason)
        return
    folded = line.folded.strip()
    handle = re.fullmatch(r"@\s*([^\s@]{2,20})", folded)
    if handle and len(line.text.strip()) == len(folded):
        # @某某县融媒体中心: a video platform's account handle names the account.
        named = Line(line.number, line.text.strip()[handle.start(1) :], handle.group(1))
        _masthead(named, later, top)
        if named.role != BODY:
            _mark(line, named.role, named.reason)
        return
    # 某某新闻网 · 3 min read: a reader app's line, the site's name then the reading time.
    reading = re.search(
        r"\s*[·•|｜-]\s*(?:\d+\s*(?:-\s*\d+\s*)?mins?\s+read|(?:阅读)?约?\s*\d+\s*分钟(?:阅读|读完)?)$",
        folded,
    )
    if reading and reading.start() >= 2 and len(line.text.strip()) == len(folded):
        named = Line(line.number, line.text.strip()[: reading.start()], folded[: reading.start()])
        _masthead(named, later, top)
        if named.role != BODY:
            _mark(line, named.role, named.reason)
        return
    # 福州新闻网　www.fznews.com.cn: a print view's masthead with the site's address.
    address = re.search(r"\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$", folded)
    if (
        address
        and address.start() >= 2
        and re.search(r"[\u4e00-\u9fff]", folded[: address.start()])
    ):
        cut, text = address.start(), line.text.strip()
        shown = text[:cut] if len(text) == len(folded) else folded[:cut]
        named = Line(line.number, shown, folded[:cut])
        _masthead(named, later, top)
        if named.role != BODY:
            _mark(line, named.role, named.reason)
        return
    # 兴安日报（汉文版）, 某某报 蒙文版: a paper's name with its edition, the paper's masthead
    # (人民日报（海外版）: an edition the table lists as a paper of its own).
    edition = _EDITION.search(folded)
    if edition and edition.start() >= 2 and looks_like_outlet(folded[: edition.start()].strip()):
        cut, text = edition.start(), line.text.strip()
        whole = folded[:cut].strip() + re.sub(r"[\s()（）]", "", edition.group(0))
        if publishers().lookup(whole):
            later.offer("source", publishers().canonical(whole), line, "masthead")
            _mark(line, META, "masthead")
            return
        shown = text[:cut] if len(text) == len(folded) else folded[:cut]
        named = Line(line.number, shown.strip(), folded[:cut].strip())
        _masthead(named, later, top)
        if named.role != BODY:
            _mark(line, named.role, named.reason)
        return
    # 澳洲日报 Australian Chinese Daily: the name, then the same in Latin letters.
    latin = re.fullmatch(rf"(?P<name>[^\s]*[\u4e00-\u9fff][^\s]*)\s+{_LATIN_NAME.pattern}", folded)
    if latin and looks_like_outlet(latin["name"]) and len(line.text.strip()) == len(folded):
        name = latin["name"]
        named = Line(line.number, line.text.strip()[: len(name)], name)
        _masthead(named, later, top)
        if named.role != BODY:
            _mark(line, named.role, named.reason)
        return
    if len(re.sub(r"\s+", " ", folded)) > 40:
        return
    named = _outlet_with_sections(line) if top else None
    if named is not None:
        # 东莞时间网 · 镇街, 中国报 China Press | 国际: the outlet, then the page's section.
        _masthead(named, later, top)
        if named.role == BODY and not looks_like_outlet(named.folded):
            # 某某一周　生活: a name of no outlet's shape over its section at the top
            later.offer("source", named.text.strip(), line, "masthead with its section")
            _mark(named, META, "masthead")
        if named.role != BODY:
            _mark(line, named.role, named.reason)
        return
    # (an outlet-shaped name before its menu was read just above, as a masthead)
    logo = site_before_menu(line.text) if top else None
    if logo is not None:
        # 北京时间　首页　新闻　视频, Microsoft Start　资讯　新闻: the site's name, whatever its
        # shape, before its own menu.
        later.offer("site", _site_name(logo), line, "site's name before its menu")
        _mark(line, CHROME, "site's name before its menu")
        return
    compact = "".join(folded.split())
    if SECTION_NAME.match(compact):
        return  # 党建资讯 is a section of the site, though 党建 is also a journal
    paper_site = _PAPER_SITE.fullmatch(compact)
    pub = publishers().lookup(paper_site["paper"]) if paper_site else None
    if pub and not publishers().lookup(compact) and pub.kind in ("paper", "journal", "tv"):
        # 长沙晚报网: a paper's name and a site word, the paper's own website.
        later.offer(
            "site", _as_written(line, compact) if " " not in folded else compact, line, "masthead"
        )
        later.offer("source", pub.name, line, "masthead")
        _mark(line, META, "masthead")
        return
    if _PAGE_LINE.match(folded):
        _mark(line, META, "e-paper page line")
        return
    # The site of an office or body opens the page with its name (中共衢州市委党校).
    office = _GOV_SITE_WORDS.sub("", compact)
    if _GOV_MASTHEAD.match(compact) or (top and _ORG_MASTHEAD.match(office)):
        name = line.text.strip()
        if office != compact and len(name) == len(folded):
            at = compact.find(office)
            name = name.replace(" ", "")[at : at + len(office)]
        later.offer("site", name, line, "masthead")
        _mark(line, META, "masthead")
        return
    glued = _GLUED_OUTLET.fullmatch(compact)
    if glued and publishers().lookup(glued["known"]) and not publishers().lookup(compact):
        # 某某通通讯社: a known site's name with an agency's or a paper's word glued on is an
        # outlet of its own (one the site runs), credited over the site.
        text = line.text.strip()
        later.offer("source", text if len(text) == len(compact) else compact, line, "masthead")
        _mark(line, META, "masthead")
        return
    names = publishers().find(folded)
    if not names:
        # An unknown paper's name alone on a line (某某日报, 某某县融媒体中心).
        if len(folded) <= 14 and looks_like_outlet(folded) and not find_dates(folded):
            name = line.text.strip()
            paper = re.match(r"(.{2,}?报)\s*(?:数字报|电子报|电子版|数字版)$", folded)
            if paper:  # 某某晚报数字报: the paper's e-paper site, crediting the paper
                later.offer("source", name[: paper.end(1)], line, "e-paper masthead")
                later.offer("site", name, line, "e-paper masthead")
            elif re.search(r"(?:网|在线|客户端|app)$", folded):
                later.offer("site", name, line, "masthead")
            else:
                later.offer("source", name, line, "masthead")
                _offer_account(name, line, later)
            _mark(line, META, "masthead")
            return
        # An unknown paper's e-paper masthead: 某某日报 第3版 要闻 / 某某晚报 | 2024年04月16日 | A06版.
        page = _PAGE_TOKEN.search(folded)
        first = re.match(r"\s*([^\s|｜]+)", folded)
        if page and first and first.end() <= page.start() and looks_like_outlet(first.group(1)):
            later.offer("source", _orig(line, folded, first, 1), line, "e-paper masthead")
            _page_header_date(line, folded, later)
            _mark(line, META, "masthead")
        return
    rest = _remove_spans(folded, find_dates(folded))
    # An e-paper masthead carries the page: 湖北日报 第3版 要闻, 扬子晚报 | A06版：南京新闻.
    rest = _PAGE_TOKEN.sub(lambda m: " " * len(m.group(0)), rest)
    for n in reversed(names):
        rest = rest[: n.start] + " " + rest[n.end :]
    # 新安晚报　安徽网: a known paper beside its site, which the table does not know.
    unknown = [t for t in rest.split() if looks_like_outlet(t) and not SECTION_NAME.match(t)]
    if is_breadcrumb(folded) or re.search(r"[>›»＞→]", folded):
        unknown = []  # 橙新聞 > 香港新聞: a channel after the site
    for t in unknown:
        rest = rest.replace(t, " ", 1)
    rest = re.sub(
        # a blog platform's top bar: 博客中国　某某的博客　首页　博文　相册　关于我
        r"首页|官方账号|daily news|news|电子版|数字报|^客户端|[\W\d_]+|"
        r"(?<![^\s])\S{2,12}的(?:博客|空间|个人空间)(?![^\s])|博文|相册|关于我|留言板?|日志",
        "",
        _APP_PROMPT.sub(" ", rest).strip(),
    )
    if len(rest) > 2 and not _named_with_slogan(folded):
        return
    text = line.text.strip()
    for n in names:
        written = text[n.start : n.end] if len(text) == len(folded) else n.publisher.name
        if n.publisher.kind in _HOST_KINDS or re.search(
            r"(?:客户端|网|在线|电子报|新闻云|app)$", fold(written)
        ):
            later.offer("site", _site_name(written), line, "masthead")
            if n.publisher.kind in ("paper", "agency", "journal", "tv"):
                # 自由時報電子報 is the site of 自由時報, which is what it credits.
                later.offer("source", n.publisher.name, line, "masthead")
        else:
            later.offer("source", publishers().canonical(written), line, "masthead")
            _offer_account(written, line, later)
    for t in unknown:
        host = re.search(r"(?:网|在线|客户端|app)$", t)
        later.offer("site" if host else "source", _as_written(line, t), line, "masthead")
    if _PAGE_TOKEN.search(folded):
        _page_header_date(line, folded, later)
    _mark(line, META, "masthead")


# A known name and an outlet's word glued on (某某通通讯社, 某某网日报): another outlet.
_GLUED_OUTLET = re.compile(r"(?P<known>.{2,10}?)(?:通讯社|新闻社|日报|晚报|周刊|电视台)")


# A paper's edition after its name: （汉文版）, (海外版), 蒙文版.
_EDITION = re.compile(
    r"\s*(?:[(（][^()（）\s]{0,4}版[)）]|(?:汉|中|蒙|藏|维|哈|朝|英)文版|海外版|农村版|周末版)$"
)


# A read-later app's note properties as a Markdown list (Readwise: - Author: [[某某日报]]).
_PROPERTY = re.compile(
    r"^[-*]\s+(?P<key>author|published|source)\s*:\s*(?:\[\[)?(?P<val>[^\[\]]{2,40}?)(?:\]\])?$"
)


def _property_list(lines: list[Line], later: Extraction) -> None:
    """A list of two or more note properties (- Author: …, - URL: …): an author that is an
    outlet's name is the source, a published day the date; the lines are metadata."""
    props = [ln for ln in lines if re.match(r"^[-*]\s+[a-z][a-z ]{1,20}:\s*\S", ln.folded.strip())]
    if len(props) < 2:
        return
    for line in props:
        m = _PROPERTY.match(line.folded.strip())
        if not m:
            continue
        value = _as_written(line, m["val"].strip())
        if m["key"] == "published":
            found = find_dates(m["val"])
            if found and found[0].iso:
                later.offer("date", found[0].iso, line, "note property")
        elif looks_like_outlet(value):
            later.offer("source", publishers().canonical(value), line, "note property")
        elif m["key"] == "author":
            later.offer("author", value, line, "note property")
        else:
            continue
        _mark(line, META, "note property")


_APP_MASTHEAD = "app masthead, named by its own advert"
# 本文首发于2024年11月29日，来源：某某县融媒体中心: where and when the piece first appeared.
_FIRST_PUBLISHED = re.compile(
    r"^(?:本文|原文|此文)?首发于\s*(?P<day>\S{6,16}?日?)\s*[,，]?\s*(?:来源|出处)\s*[:：]\s*"
    r"(?P<src>[^\s,，。]{2,20})$"
)
_OUTLET_BYLINE = "outlet on the byline"


# A follow or subscribe button beside an account's name: 关注, +关注, 关注TA, 订阅.
_BUTTON = r"\s*[+＋]?\s*(?:关注(?:ta|他|她)?|订阅)"


# A self-media account's name by its kind of word (某某生活圈, 某某资讯, 某某头条, 身边事).
_SELF_MEDIA = re.compile(
    r"(?:生活圈|朋友圈|资讯|头条|视界|热点|身边事|新鲜事|那些事|同城|本地宝|百事通|万事通|播报|快讯|之窗|大小事)$"
)


def _follow_button(header: list[Line], later: Extraction) -> None:
    """A name beside a follow button at the top of a post (阳朔小乔 / 关注, 某某　+关注, maybe
    with the posting time between: 某某新闻　24/12/01 10:20　关注): a person is the author, an
    outlet's account the source (an aggregator's copy of its piece); the time dates the post."""
    for i, line in enumerate(header[:4]):
        folded = line.folded.strip()
        m = re.fullmatch(
            rf"(?P<name>[^\s\d]{{2,12}}?)(?:\s+(?P<when>[^关订]{{6,24}}?))?{_BUTTON}", folded
        )
        if m is None and re.fullmatch(_BUTTON.strip(), folded) and i > 0:
            line, folded = header[i - 1], header[i - 1].folded.strip()
            m = re.fullmatch(r"(?P<name>[^\s\d]{2,12})", folded)
        if m is None:
            continue
        name = m["name"]
        when = m.groupdict().get("when")
        days = find_dates(when) if when else []
        if when and not (days and days[0].iso and not _remove_spans(when, days).strip()):
            return  # 某某 发布于北京 关注: only a posting time may stand between
        if re.search(r"[，。,.:：!！?？、|｜/]", name):
            return
        if days:
            later.offer("date", days[0].iso, line, "posting time beside the follow button")
            _mark(line, META, "date line")
        if looks_like_outlet(name):
            # 醴陵融媒　关注 over an aggregator's copy: the outlet's account, credited.
            later.offer(
                "source",
                publishers().canonical(_as_written(line, name)),
                line,
                "outlet's account beside the follow button",
            )
            return
        if _SELF_MEDIA.search(name) and len(name) >= 4:
            # 皖东南生活圈　… 关注 over a reposted piece: a self-media account, the site it was
            # read on when another outlet is credited (see `_account_site`), never the author.
            later.offer("top account", _as_written(line, name), line, _TOP_ACCOUNT)
            return
        later.offer("author", _as_written(line, name), line, "name beside the follow button")
        return


# A member's own post: the poster with a level badge (网名　Lv.8), the owner of a diary or blog
# above its title (网名的日记), the author a community's rights line names (本文版权归作者网名所有).
_POSTER_BADGE = re.compile(r"(?P<name>[^\s\d:：,，。]{2,16})\s+lv\.?\s*\d{1,2}")
_POSTER_OWNER = re.compile(r"(?P<name>[^\s:：,，。]{2,16}?)的(?:日记|博客|专栏|随笔)")
_POSTER_RIGHTS = re.compile(r"版权归作者\s*(?P<name>[^\s:：,，。]{2,16}?)\s*所有")
# A forum thread's first post bar: 楼主 网名　发表于 2024-11-9 21:36 (replies have 2楼 … instead).
_POSTER_BAR = re.compile(
    r"(?:楼主|lz)\s*[:：|｜]?\s*(?P<name>[^\s:：,，。|｜]{2,16})\s*[|｜]?\s*"
    r"(?:发表于|发布于|发表时间\s*[:：]?|posted\s+on)\s*(?:\d|昨天|前天|今天)[^，。,]{0,40}"
)


def _poster(header: list[Line], footer: list[Line], later: Extraction) -> None:
    """The member who wrote a post on a community's page, from the poster's own line at the
    top (the first: replies follow) or the rights line under the text (weak evidence)."""
    # 网名的日记 alone may be a headline (一位老党员的日记): only on a community's own screen.
    community = platform_by_marks([ln.folded for ln in [*header, *footer]]) is not None
    owner = (_POSTER_OWNER,) if community else ()
    top = [(ln, p) for ln in header[:6] for p in (_POSTER_BADGE, _POSTER_BAR, *owner)]
    for line, pattern in [*top, *((ln, _POSTER_RIGHTS) for ln in footer)]:
        folded = line.folded.strip()
        m = pattern.fullmatch(folded) if pattern is not _POSTER_RIGHTS else pattern.search(folded)
        if m and not looks_like_outlet(m["name"]) and not publishers().find(m["name"]):
            later.offer("author", _orig(line, folded, m, "name"), line, "the post's poster")
            if line.role == BODY:
                _mark(line, META, "the post's poster")
            return


# A prompt to follow an account under the text: 长按二维码关注某某组工, 欢迎关注“某某发布”公众号.
_FOLLOW_PROMPT = re.compile(
    r"(?:长按|扫描|扫码|识别|欢迎|请)?\S{0,6}?关注\s*[“\"「《]?(?P<acct>[^\s“”\"「」《》，,。!！]{2,12}?)"
    r"[”\"」》]?\s*(?:微信)?(?:公众号|视频号)?\s*[!！。]?$"
)


def _followed_account(header: list[Line], footer: list[Line], later: Extraction) -> None:
    """An account the prompt under the text asks to follow that also stands beside the date
    at the top (*某某组工　2024-11-12* … 长按二维码关注某某组工): the WeChat account that posted
    the page (the site when it posts another body's credited piece, see `_account_site`)."""
    for line in footer:
        m = _FOLLOW_PROMPT.search(line.folded.strip())
        acct = m and m["acct"]
        if not acct or publishers().lookup(acct):
            continue
        for top in header[:6]:
            folded = _MD_MARKS.sub(" ", top.folded).strip()
            if find_dates(folded) and re.match(rf"{re.escape(acct)}(?:\s|$)", folded):
                later.offer(
                    "account",
                    _orig(top, top.folded, re.search(re.escape(acct), top.folded), 0),
                    top,
                    "account beside the date, followed under the text",
                )
                return


def _app_masthead(header: list[Line], zone: list[Line], later: Extraction) -> None:
    """The top line naming the app its own advert names (智慧阜南 … 下载智慧阜南APP,
    掌心长兴　打开 … 下载掌心长兴APP): the page was read on that app, its site."""
    if not header or header[0].role not in (BODY, CHROME, JUNK):
        return
    top = header[0]
    name = top.folded.strip()
    while True:
        cut = re.sub(r"\s*(?:(?:立即|马上|立刻)?(?:打开|下载)|客户端|app)$", "", name)
        if cut == name:
            break
        name = cut
    if not 2 <= len(name) <= 10 or re.search(r"[\s\d，。,:：]", name):
        return
    # 吉视新闻客户端　打开APP, 清原融媒　立即打开: a name beside an open/download button is an
    # app's bar (a known name too); the page says so again when the name comes back on a line
    # of the header (清原融媒　2024-01-09 15:20) or calls itself a 客户端/APP.
    bar = app_bar(top.text)
    known = publishers().find(name)
    if known and not bar:
        return  # a known name is read as a masthead
    echo = re.compile(rf"^{re.escape(name)}(?:\s|[|｜·•]|$)")
    echoed = any(ln is not top and echo.match(ln.folded.strip()) for ln in header)
    apps = {m["app"] for ln in zone if ln is not top for m in APP_ADVERT.finditer(ln.folded)}
    # 红板报 打开App … 打开App看更多精彩内容: an app's share page, its name beside the prompt
    # on top and the prompt again under the text.
    prompted = re.fullmatch(r"\S{2,10}\s+(?:打开|下载)\s*(?:app|客户端)", top.folded.strip())
    again = any(ln is not top and _APP_PROMPT.search(ln.folded) for ln in zone)
    # 下载无锡某报，看更多新闻 / 打开某某+阅读更多: the advert names the app by its name alone
    named = re.compile(
        rf"(?:下载|打开|安装)\s*[“\"「]?{re.escape(name)}(?:(?![\u4e00-\u9fff])|(?=阅读|看|查看|收听))"
    )
    again = again or any(ln is not top and named.search(ln.folded) for ln in zone)
    if name in apps or (prompted and again) or (bar and (bar.own or echoed or again)):
        written = re.sub(
            r"\s*(?:(?:立即|马上|立刻)?(?:打开|下载|安装))?\s*(?:app|客户端)?$",
            "",
            top.text.strip(),
            flags=re.I,
        )
        later.offer("site", _site_name(written), top, _APP_MASTHEAD)
        _mark(top, META, "masthead")


def _platform_bar(header: list[Line], later: Extraction) -> None:
    """A copy opening on a known platform's or community's bar (腾讯文档　某某汇编　最后修改…,
    某某社区　首页): the site it was kept on, whatever the bar's other words."""
    top = next((ln for ln in header if ln.text.strip()), None)
    if top is None or top.role == TITLE:
        return
    folded = top.folded.strip()
    m = publishers().at_start(folded)
    if m and m.publisher.kind in ("platform", "forum") and folded[m.end : m.end + 1].isspace():
        later.offer("site", m.publisher.name, top, "the platform's bar on top")


# 视频号：某某发布, 抖音号：某某融媒: the account a platform page was posted from.
_ACCOUNT_OF = re.compile(
    r"^(?:微信)?(?:视频号|公众号|抖音号|快手号|头条号|百家号|小红书号)\s*[:：]\s*"
    r"(?P<account>[^\s:：，。,]{2,20})$"
)
# 微博认证：某某融媒体中心官方微博: the body a verified social account belongs to.
_VERIFIED_BODY = re.compile(
    r"^(?:微博|新浪)?(?:认证|官方认证)\s*[:：]\s*(?P<body>[^\s:：，。,]{2,30}?)"
    r"(?:官方微博|官方账号|官方帐号|官方抖音号|微博|账号)?$"
)


def _account_lines(header: list[Line], ex: Extraction) -> None:
    """An account's line on a platform page: the account (视频号：某某发布), the site when a body
    is credited (see `_account_site`); and its verification (微博认证：某某融媒体中心官方微博),
    the body that posts through it, its source."""
    above = None
    for line in header:
        if line.role not in (BODY, CHROME, JUNK):
            above = line if line.text.strip() else above
            continue
        folded = line.folded.strip()
        account = _ACCOUNT_OF.match(folded)
        body = _VERIFIED_BODY.match(folded)
        # (快手号：fuyu_rongmei is the account's handle, not its name)
        if (
            account
            and outlet_name(account["account"])
            and re.search(f"[{_HAN}]", account["account"])
        ):
            name = _cut(line, account, "account")
            ex.offer("account", name, line, "the platform's account line: the account")
            _mark(line, META, "the platform's account line")
        elif body and outlet_name(body["body"]) and looks_like_outlet(body["body"]):
            ex.offer("source", _cut(line, body, "body"), line, "the account's verified body")
            _mark(line, META, "the account's verification")
            name = above.text.strip() if above is not None else ""
            if outlet_name(name) and len(name) <= 16 and not re.search(r"\s", name):
                # 临清发布 / 微博认证：…: the name over its badge is the account that posted it
                ex.offer("account", name, above, "the verified account's name")
        if line.text.strip():
            above = line


def _tieba_board(header: list[Line], zone: list[Line], later: Extraction) -> None:
    """A 贴吧 board's name on top of a thread (大荔吧 over 看贴 图片 精品): the board the thread
    was posted in, its source; 百度贴吧 is the site."""
    top = next((ln for ln in header if ln.text.strip()), None)
    board = top and re.fullmatch(r"[\u4e00-\u9fffa-z0-9]{1,12}吧", top.folded.strip())
    if board and top.role in (BODY, CHROME, JUNK) and any("贴吧" in ln.folded for ln in zone):
        later.offer("source", top.text.strip(), top, "the 贴吧 board on top")
        _mark(top, META, "the board's name")


def _masthead_by_byline(header: list[Line], later: Extraction) -> None:
    """A name alone on top that a byline under it names again (澳門焦點 … 澳門焦點記者, 某某
    快报 … 某某快报讯): the outlet whose reporter filed the piece, known or not."""
    top = next((ln for ln in header if ln.text.strip()), None)
    if top is None or top.role not in (BODY, CHROME, JUNK):
        return
    name = top.folded.strip()
    if (
        not 2 <= len(name) <= 12
        or re.search(r"[\s\d，。,:：!！?？]", name)
        or not outlet_name(name)
    ):
        return
    staff = re.compile(rf"^{re.escape(name)}(?:记者|通讯员|讯|报道|特约记者)")
    for line in header:
        if line is not top and staff.match(line.folded.strip()):
            later.offer("source", top.text.strip(), top, "masthead its byline names again")
            _mark(top, META, "masthead")
            return


def _blog_name_heading(header: list[Line], later: Extraction) -> None:
    """A Markdown page opening on a lower heading right above its one `# ` heading (## 某某手记
    then # 标题): the blog's name over the post's headline, the site the post is on."""
    heads = [ln for ln in header if ln.text.strip()][:2]
    if len(heads) < 2 or heads[0].role != BODY:
        return
    name = re.match(r"^#{2,3}\s+(?P<name>\S.{0,15})$", heads[0].text.strip())
    if (
        name
        and re.match(r"^#\s+\S", heads[1].text.strip())
        and outlet_name(name["name"])
        and not re.search(r"[：:，,。！？!?、]", name["name"])
        and not find_dates(heads[0].folded)
    ):
        later.offer("site", name["name"].strip(), heads[0], "the blog's name over the post")
        _mark(heads[0], META, "the blog's name heading")


def _app_beside_date(header: list[Line], zone: list[Line], later: Extraction) -> None:
    """An app's name alone beside the posting time under the headline, that the page's own
    advert names (云上某某　2024.12.01 08:32 … 下载云上某某客户端): the app's own piece."""
    apps = {m["app"] for ln in zone for m in APP_ADVERT.finditer(ln.folded)}
    if not apps:
        return
    for line in header:
        folded = line.folded.strip()
        found = find_dates(folded)
        if line.role not in (BODY, META) or not found or len(folded) > 40:
            continue
        rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|[|｜·•]", " ", _remove_spans(folded, found))
        if rest.strip() in apps:
            later.offer("source", _as_written(line, rest.strip()), line, "app beside the date")
            _mark(line, META, "date line")
            return


_PAPER_SITE = re.compile(r"(?P<paper>\S{2,16}?)(?:新闻网|网站|网|在线)")
# A section of a site after its name on the top line: 镇街, 区县新闻, 港聞, 电子版 (no digits,
# no outlet's name); an outlet's Latin name may stand between (中国报 China Press).
_SECTION_PART = re.compile(r"[\u4e00-\u9fff]{2,6}")
_LATIN_NAME = re.compile(r"[a-z][a-z .&'-]{1,40}")


def _outlet_with_sections(line: Line) -> Line | None:
    """The outlet's name from a top line that names it, then sections of its site
    (东莞时间网 · 镇街, 京华中原联合日报　侨社新闻, 中国报 China Press　|　国际, or its whole
    menu: 某某新闻网　新闻　社区　财经　地产), else None."""
    folded = line.folded.strip()
    parts = [
        p
        for p in re.split(
            r"\s*[·|｜•]\s*|\s[-–—]\s|\s{2,}|\u3000+|(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])",
            folded,
        )
        if p.strip()
    ]
    if not 2 <= len(parts) <= 8:
        return None
    # Past two sections it is the site's menu after its logo (澳洲新快网　新闻　社区　财经):
    # only short plain section words then.
    short = len(parts) <= 3 or all(len(p.strip()) <= 4 for p in parts[1:])
    if not short:
        return None
    head = parts[0].strip()
    latin = re.match(rf"(?P<name>\S+?)\s+(?P<latin>{_LATIN_NAME.pattern})$", head)
    name = latin["name"] if latin and re.search(r"[\u4e00-\u9fff]", latin["name"]) else head
    if " " in name or SECTION_NAME.match(name):
        return None
    if not looks_like_outlet(name) and not (len(parts) == 2 and _section_masthead(name, parts[1])):
        return None
    for part in parts[1:]:
        part = part.strip()
        # 区县新闻 is a section, 正观新闻 or 安徽网 another outlet (a section's head is generic).
        outlet = looks_like_outlet(part) and not re.search(r"(?:新闻|频道|资讯|动态)$", part)
        if not _SECTION_PART.fullmatch(part) or outlet:
            return None
        if publishers().find(part) or re.search(r"记者|通讯员|编辑|作者", part):
            return None
    text = line.text.strip()
    shown = text[: len(name)] if len(text) == len(folded) else name
    return Line(line.number, shown, name)


def _section_masthead(name: str, section: str) -> bool:
    """A name of any shape over a known section word (某某一周　生活, 某某文化 | 人物): on a file's top
    line, a magazine's masthead; a place or a section's own name is no outlet (深圳 | 生活)."""
    from index.regions import gazetteer

    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name))  # a headline is longer
        and SECTION_NAME.match(fold(section.strip()) + "新闻") is not None
        and SECTION_NAME.match(name + "新闻") is None
        and name not in gazetteer.load().forms
        and not publishers().find(name)
    )


def _named_with_slogan(folded: str) -> bool:
    """DW 中文 - 德國之聲 | 來自德國 介紹德國: names, then the site's slogan after a separator."""
    parts = [p for p in re.split(r"\s*(?:[|｜]|\s[-–—]\s)\s*", folded) if p.strip()]
    if len(parts) < 2:
        return False
    *named, slogan = parts
    slogan = "".join(slogan.split())
    return (
        all(publishers().lookup("".join(p.split())) for p in named)
        and 2 <= len(slogan) <= 12
        and not re.search(r"[\d，。！？,.!?:：]", slogan)
    )


def _page_header_date(line: Line, folded: str, later: Extraction) -> None:
    """The issue date an e-paper page header carries (衢州日报  2023年12月8日 星期五  县域新闻  A3)."""
    dates = find_dates(folded)
    if dates:
        later.offer("date", dates[0].iso, line, "e-paper page header")


# A community by its name (某某社区, 某某论坛): the root of its own board's breadcrumb.
_FORUM_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:社区|论坛)")


_TAG_OPENING = re.compile(r"^\s*[\[【]\s*(?P<tag>[^\]】\s]{2,8})\s*[\]】]\s*(?=\S)")


def _crumb_tag_off(title: str, header: list[Line]) -> str:
    """The headline without a bracketed tag that repeats an item of the page's breadcrumb
    (`[乡镇动态] 标题` under `某某论坛 > 某某新闻 > 乡镇动态`: a forum's thread type or a portal's
    section, not words of the headline)."""
    m = _TAG_OPENING.match(title)
    if not m:
        return title
    tag = fold(m["tag"])
    for line in header:
        if is_breadcrumb(line.folded):
            items = {p.strip() for p in re.split(r"[>›»＞→|/]+", line.folded)}
            if tag in items:
                return title[m.end() :]
    return title


def _crumb_site(line: Line) -> str | None:
    """The site a breadcrumb starts from (人民网>>浙江频道 -> 人民网), if it names one."""
    folded = line.folded.strip()
    text = line.text.strip()
    home = False
    for m in re.finditer(r"[^>›»＞→|/\s]+", folded):
        part = m.group(0)
        part = re.sub(r"首页$", "", part)
        if not part or re.match(r"^(?:您?当前(?:的)?位置|所在位置|位置)", part):
            home = True
            continue
        pub = publishers().lookup(part)
        # After 首页 comes a channel of the site (首页 > 宁海新闻 > 镇乡街道), unless it names a site.
        if home and not pub and not re.search(r"(?:网|网站|在线|客户端)$", part):
            return None
        # 通许县人民政府 > 乡镇动态: a government's or a body's portal opens its own crumb.
        # … also an office's (江西省林业局 > 地方林业) or a company's (中国农业银行 > 新闻中心).
        body = not home and any(
            p.match(part) for p in (_GOV_MASTHEAD, _INSTITUTION, _ORG_MASTHEAD, _COMPANY)
        )
        if pub or looks_like_outlet(part) or body or _FORUM_NAME.fullmatch(part):
            written = text[m.start() : m.start() + len(part)] if len(text) == len(folded) else part
            site = publishers().website(part) if not home else None
            # A breadcrumb's root is the website: a paper's name there names the paper's own
            # website where the table lists it (香港文匯報 > 內地新聞 -> 文匯網).
            return site.name if site else _site_name(written)
        return None
    return None


def _dateline(lead: list[Line], ex: Extraction, later: Extraction) -> None:
    """Credit, month/day and reporter from a lead's dateline (新华社南京3月12日电（记者 …）)."""
    for i, line in enumerate(lead):
        folded = line.folded.strip()
        nxt = lead[i + 1] if i + 1 < len(lead) else None
        if nxt is not None and len(folded) <= 40 and folded.count("(") > folded.count(")"):
            # 本报讯（通讯员 某某 记者 / 某某某）11月16日，…: a hard-wrapped line broke the bracket.
            line = Line(
                line.number, line.text.strip() + nxt.text.strip(), folded + nxt.folded.strip()
            )
            folded = line.folded
        opener = len(folded) - len(folded.lstrip("【[(（〔 "))
        credit, end = _dateline_credit(folded, opener, line.text.strip())
        if end is not None and credit is None and folded[opener:].startswith("本报"):
            later.offer("ours", "本报", line, "本报 dateline")  # read with the site at the end
        if end is None:
            # 记者 王某 通讯员 李某　国庆假期，… : the byline opening the lead, unbracketed.
            by = (
                _BRACKET_BYLINE.match(folded)
                or _LEAD_BYLINE.match(folded)
                or _REPORTED.match(folded)  # 记者王某报道：…
            )
            if by:
                later.offer("author", _reporter(by["name"], line), line, "byline opening the lead")
                org = by.groupdict().get("org")
                if org and looks_like_outlet(org):  # （某某日报记者 王某）
                    name = publishers().canonical(_orig(line, folded, by, "org"))
                    later.offer("source", name, line, "outlet in the lead's byline")
                return
            continue
        if credit:
            later.offer("source", credit, line, "dateline")
        rest = folded[end:]
        wire = _WIRE_TAIL.match(rest)
        if wire:
            later.offer("author", _wire_reporter(rest, line), line, "dateline reporter")
        md = _DATELINE_DATE.match(rest)
        if md:
            _dateline_day(int(md["m"]), int(md["d"]), line, ex, later)
            rest = rest[md.end() :]
        else:
            rest = re.sub(r"^\s*(?:专讯|讯|消息)\s*[】\]]?", "", rest)
        # 【某某2024年05月06日讯】: the day written whole inside the bracket
        whole = re.match(
            r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*讯\s*[】\]]", rest
        )
        rest = rest[whole.end() :] if whole else rest
        # A bracket holding only the reporter may hold a longer name (记者 次仁卓玛).
        who = _BRACKET_REPORTER.match(rest) or _DATELINE_AUTHOR.match(rest)
        if who:
            later.offer("author", _reporter(who["name"], line), line, "dateline reporter")
        # 本报讯（记者 某某）11月27日，… / 本报讯 11月3日，…: the day after 讯 and the byline.
        day = None if md or whole else _DAY_AFTER_XUN.match(rest[who.end() :] if who else rest)
        if day:
            _dateline_day(int(day["m"]), int(day["d"]), line, ex, later)
        return


# The lead's first words after 本报讯 and its byline: a day, then a comma (11月27日，).
_DAY_AFTER_XUN = re.compile(
    r"\s*(?:[(（]?[^()（）。]{0,30}[)）])?\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[，,]"
)


def _dateline_day(month: int, day: int, line: Line, ex: Extraction, later: Extraction) -> None:
    """A dateline's day without a year: dated now if other evidence gives the year, else kept."""
    year = _year_evidence(ex, later)
    if year:
        later.offer(
            "date", with_year(year, month, day), line, "dateline with the year from other evidence"
        )
    elif ex.yearless is None:
        # 中通社香港11月3日電 … © 2024 …: the year from the URL, the save date or the
        # copyright footer, read once the footer is (`_date_from_parts`).
        ex.yearless = (month, day, line)


def _wire_reporter(rest: str, line: Line) -> str | None:
    """The reporter of 记者王某台北5日电: the name before a two-character place, when the
    name and the place run together (王某台北 -> 王某, 王小明台北 -> 王小明)."""
    m = re.search(r"记者\s*(?P<run>[\u4e00-\u9fff]{4,5})\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日", rest)
    if m:
        return _as_written(line, m["run"][:-2])
    who = re.search(rf"记者\s*(?P<name>{_NAME})", rest)
    return _reporter(who["name"], line) if who else None


def _as_written(line: Line, folded_value: str) -> str:
    """A value found in the folded line, as the original line writes it."""
    folded, text = line.folded.strip(), line.text.strip()
    at = folded.find(folded_value)
    if at < 0 or len(folded) != len(text):
        return folded_value
    return text[at : at + len(folded_value)]


def _reporter(name: str, line: Line) -> str:
    """A reporter's name as `line` writes it, without a glued 报道 (李明报道 -> 李明)."""
    name = re.split(r"\s*(?:通讯员|实习生|摄影|摄|见习记者|特约记者)", name.strip())[0].strip()
    # 李望贤 深圳报道: the last word is where the report was filed from, not a second name.
    # (報導 as a traditional page writes it)
    name = re.sub(r"(?<=\S)\s+[\u4e00-\u9fff]{0,4}[报報][道导導]?$", "", name)
    name = re.sub(r"(?<=..)[报報][道导導]?$", "", name).strip()
    return _as_written(line, name)


def _whole_dateline(line: Line, ex: Extraction, later: Extraction) -> bool:
    """A header line that is only a dateline (（新华社北京3月5日电）): read it, True if so."""
    folded = line.folded.strip()
    if len(folded) > 40 or any(c in folded for c in "。！？"):
        return False
    opener = len(folded) - len(folded.lstrip("【[(（〔 "))
    _credit, end = _dateline_credit(folded, opener, line.text.strip())
    if end is None:
        return False
    rest = folded[end:]
    md = _DATELINE_DATE.match(rest) or _WIRE_TAIL.match(rest)
    tail = rest[md.end() :] if md else re.sub(r"^\s*(?:专讯|讯|消息)", "", rest)
    if re.sub(r"[\s)）\]】〕:：]|[(（]?记者\S{0,8}[)）]?", "", tail):
        return False
    _dateline([line], ex, later)
    return True


def _dateline_credit(folded: str, at: int, original: str = "") -> tuple[str | None, int | None]:
    """(credited outlet or None for 本报, end offset) when the lead opens with a dateline."""
    text = folded[at:]
    shown = original[at:] if len(original) == len(folded) else text
    m = re.match(r"(?:本报|本台|本刊|本网)", text)
    if m:
        tail = text[m.end() :]
        # 本报代县讯（记者 …）: the county the paper's reporter filed from, before 讯
        if _DATELINE_DATE.match(tail) or re.match(r"\s*(?:讯|消息)", tail):
            return None, at + m.end()
        filed = re.match(
            r"(?!记者|评论员|通讯员)[\u4e00-\u9fff]{2,6}?(?:讯|消息)(?=\s*[(（【\[]|\s)", tail
        )
        return (None, at + m.end() + filed.end()) if filed else (None, None)
    n = publishers().at_start(text)
    if n is not None:
        credit = publishers().canonical(shown[: n.end])
        # 南海网、南海网客户端12月2日消息: the outlet and its own app, joined; the outlet is credited.
        joined = re.match(
            r"(?:[、/和及]\s*[\u4e00-\u9fffa-z]{2,10}?(?:客户端|app|网|报|台))+", text[n.end :]
        )
        end = n.end + (joined.end() if joined else 0)
        tail = text[end:]
        bracket = re.match(r"\s*[】\]]", tail) if at else None
        if bracket:  # 【财新网】 opening the lead credits the outlet
            return credit, at + end + bracket.end()
        # 【环球时报综合报道】, 【环球网报道 记者 王晓】: the outlet, then report words in the bracket.
        report = at and re.match(
            r"\s*(?:综合报道|报道|特稿|快讯|独家)?\s*(?=(?:(?:特约|首席|见习)?记者[^】\]]{0,16})?[】\]])",
            tail,
        )
        if report:  # the reporter after it is read by the caller
            return credit, at + end + report.end()
        # 央视网消息（新闻联播）：… credits the outlet whose 消息 it is.
        news = fold(text[:end]).endswith(("消息", "讯")) and re.match(
            r"\s*(?:[(（][^()（）]{1,16}[)）])?\s*[:：]", tail
        )
        if (
            _DATELINE_DATE.match(tail)
            or re.match(r"\s*(?:专讯|讯|消息)", tail)
            or _WIRE_TAIL.match(tail)
            or news
        ):
            return credit, at + end
        return None, None
    m = re.match(r"(?P<credit>[\u4e00-\u9fff]{2,10}?)(?=专讯|讯[】\]]|消息[(（:：])", text)
    if m and looks_like_outlet(m["credit"]):
        return publishers().canonical(shown[: m.end()]), at + m.end()
    # 四川新闻网广元3月27日讯（记者 何建军）, 承德日报讯（记者 孙立新）: an unknown outlet, maybe a
    # place and a day, then 讯 and the reporter's bracket.
    m = re.match(
        r"(?P<head>[\u4e00-\u9fff]{2,18}?)(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?"
        r"(?=讯\s*[(（]\s*(?:通讯员[^)）记]{1,16}?)?(?:本报|本台|全媒体|融媒体)?(?:特约|首席|见习)?记者)",
        text,
    )
    head = m["head"] if m else ""
    for k in range(len(head), max(1, len(head) - 7), -1):  # the outlet, then up to 6 of place
        if looks_like_outlet(head[:k]):
            return publishers().canonical(shown[:k]), at + k
    # 【某某2024年05月06日讯】: an outlet, the whole day and 讯 in the bracket (the shape names it)
    m = (
        re.match(
            r"(?P<credit>[\u4e00-\u9fff]{2,12}?)(?=\s*(?:19|20)\d{2}\s*年[\d\s月日]+讯\s*[】\]])",
            text,
        )
        if at
        else None
    )
    if m and not re.match(r"本[报台刊网]", m["credit"]):
        return publishers().canonical(shown[: m.end()]), at + m.end()
    m = re.match(r"(?P<credit>[\u4e00-\u9fff]{2,12})[】\]]", text) if at else None
    if m and looks_like_outlet(m["credit"]):
        return publishers().canonical(shown[: m.end("credit")]), at + m.end()
    # 【环球时报综合报道】, 【环球网报道 记者 王某】: the outlet before 报道/记者 inside the bracket
    m = (
        re.match(
            r"(?P<credit>[\u4e00-\u9fff]{2,12}?)\s*(?:综合报道|报道|特稿|快讯|独家)?\s*(?=(?:特约|首席|见习)?记者|综合报道|报道)"
            r"[^】\]]{0,24}[】\]]",
            text,
        )
        if at
        else None
    )
    if m and looks_like_outlet(m["credit"]):
        return publishers().canonical(shown[: m.end("credit")]), at + m.start("credit") + len(
            m["credit"]
        )
    return None, None


def _year_evidence(*found: Extraction) -> int | None:
    """A year some other evidence gives (a URL date, a copyright year)."""
    for ex in found:
        d = ex.get("date")
        if d:
            return int(d[:4])
    return None


def _title_like(line: Line) -> bool:
    """Short, headline-shaped text: no full stop, not chrome or metadata."""
    probe = _MD_HEADING.sub("", line.folded.strip())
    if line.role != BODY or not 4 <= len(probe) <= 80:
        return False
    if probe[-1] in "。；;，,：:、" or "。" in probe:
        return False
    if probe.startswith(("——", "—", "--")) or _YEARLESS_LINE.match(probe):
        return False
    if _ISSUERS.match(probe) or _DOC_NUMBER.match(probe):
        return False
    if find_dates(probe) and len(probe) < 30:
        return False
    if _PAGE_LINE.match(probe) or _STAFF_CREDIT.match(probe) or _masthead_section(probe):
        return False
    if _ACCOUNT_LINE.match(probe) or _ISSUE_LINE.match(probe):
        return False
    bare = _REPOST.sub("", probe)
    why = chrome_reason(Line(line.number, bare, bare))
    # 城市设计：让老街区更宜居 reads like a credit line by its first word, but what follows
    # the colon is a clause, not a name: a headline.
    headline = why == "editor credits" and re.fullmatch(
        r"[\u4e00-\u9fff]{2,8}[:：][\u4e00-\u9fff“”\"]{6,}", bare
    )
    if why and not headline and not _MD_HEADING.match(line.text.strip()):
        return False
    if re.search(r"\d{1,2}:\d{2}", probe) and len(probe) <= 30:
        return False  # 北斗融媒  06-11 15:02: an outlet and a time, not a headline
    # A line that is one quotation (“……”) is a quote; “法律明白人”成了村里的“主心骨” is a headline.
    quoted = re.fullmatch(r"[“\"「][^”\"」]*[”\"」]", probe)
    return not quoted


_MASTHEAD_QUOTED = re.compile(
    r"\s*(?P<name>[^\s|｜·•/／《》]{2,16})\s*[|｜·•/／]?\s*《(?P<t>[^《》]{4,40})》\s*"
)
# A masthead with the page's section after a bar: 中国报 China Press | 国际, 某某晚报 | 要闻.
_NAME_BAR_SECTION = re.compile(r"^(?P<name>[^|｜]{2,30}?)\s*[|｜]\s*(?P<sec>[\u4e00-\u9fff]{2,4})$")


def _masthead_section(probe: str) -> bool:
    """An outlet's name (maybe with its Latin name) and a section word after a bar: never the
    headline (大马闽清乡亲回乡 | 国际 would be, its first part naming no outlet)."""
    m = _NAME_BAR_SECTION.match(probe)
    if not m or not SECTION_NAME.match(m["sec"] + "新闻"):
        return False
    return looks_like_outlet(m["name"]) or any(looks_like_outlet(w) for w in m["name"].split())


def _pick_title(
    header: list[Line], lines: list[Line], scores: dict[int, float] | None = None
) -> Line | None:
    """Choose the title line among the header lines.

    `scores` (line number → the line classifier's P(title)) may overrule the weaker rules
    (the line the metadata follows, the first longer line), never a Markdown heading or a
    `<title>`-style line with a site suffix.
    """
    mail = mail_header(header, list(range(len(header))))  # Subject: / 主题： of a saved e-mail
    candidates = [ln for i, ln in enumerate(header) if i not in mail and _title_like(ln)]
    # a periodical's name over its issue line (某某工作简报 / 2024年第23期) is its masthead
    issue = {a.number for a, b in itertools.pairwise(header) if _issue_line(b)}
    candidates = [ln for ln in candidates if ln.number not in issue]
    # ● items (two or more in a row) are a contents list (本期要目) over the headline, unless nothing
    # else is one; a lone ●-marked line may be the headline itself
    marked = [ln for ln in candidates if _BULLET.match(ln.text.strip())]
    items = [a for a in marked if any(abs(a.number - b.number) == 1 for b in marked)]
    if items and len(items) < len(candidates):
        candidates = [ln for ln in candidates if ln not in items]
    # 第二展厅　茶乡巨变 is the section over the headline, unless nothing else is one
    sections = [ln for ln in candidates if _SECTION_LINE.match(ln.folded.strip())]
    if sections and len(sections) < len(candidates):
        candidates = [ln for ln in candidates if ln not in sections]
    # a poster's handle over its posting row (某某的小北 / 发表于 2024-02-03) is no headline
    posters = _handles_over_rows(header)
    if posters and len(posters) < len(candidates):
        candidates = [ln for ln in candidates if ln not in posters]
    if not candidates:
        return _quoted_headline(header)
    # A Markdown heading, the highest level first: a blog's name (## 某某手记) over the post's
    # own # heading is the site's, not the headline.
    headings = [ln for ln in candidates if _MD_HEADING.match(ln.text.strip())]
    if headings:
        return min(headings, key=lambda ln: len(ln.text.strip()) - len(ln.text.strip().lstrip("#")))
    for line in candidates:  # a <title>-style line carries the site's name
        if _SITE_SUFFIX.match(line.folded.strip()) and _suffix_is_site(line.folded.strip()):
            return line
    for line in candidates:  # 转：标题 / 【转帖】标题: the poster marks the headline they repost
        if _REPOST_MARK.match(line.folded):
            return line
    pick = _weak_title(header, candidates)
    if not scores:
        return pick
    from index.ingest.linemodel import TITLE_DOUBT, TITLE_SURE

    best = max(candidates, key=lambda ln: scores.get(ln.number, 0.0))
    # The headline stands above its metadata: when the date/source line follows the rules' pick,
    # a line below it is a subheading or a caption of the text, whatever its score (unless the
    # pick has no Chinese at all: a saved page's UI word such as `search`).
    after = [
        ln
        for ln in header
        if ln.number > pick.number
        and ln.role not in (CHROME, JUNK, BLANK)
        and not (
            ln.role == META and "masthead" in (ln.reason or "") and _headline_below(header, ln)
        )
    ]
    below_meta = (
        bool(after)
        and after[0].role == META
        and best.number > after[0].number
        and re.search(r"[\u4e00-\u9fff]", pick.folded) is not None
    )
    if (
        best is not pick
        and not below_meta
        and scores.get(best.number, 0.0) >= TITLE_SURE
        and scores.get(pick.number, 0.0) <= TITLE_DOUBT
    ):
        return best
    return pick


def _unit_under_headline(
    title_line: Line | None, header: list[Line], lines: list[Line], later: Extraction
) -> None:
    """In a periodical's article (its issue line above), a body named whole alone on the line
    under the headline is the author (中共某某县委组织部)."""
    if title_line is None or not any(
        _ISSUE_MASTHEAD.match(ln.folded.strip()) or _issue_line(ln) for ln in header
    ):
        return
    under = next((ln for ln in lines if ln.number > title_line.number and ln.folded.strip()), None)
    if under and under.role == BODY and _NAMED_BODY_AUTHOR.fullmatch(under.folded.strip()):
        later.offer("author", under.text.strip(), under, "author's unit under the headline")
        _mark(under, META, "author's unit under the headline")


# A user post's posting row under its poster's handle: the posting verb and the time
# (发表于 2024-9-8 20:41), or the time with counters (2024.01.28 22:16 字数 1032 阅读 318).
_POSTING_ROW = re.compile(
    rf"^(?:(?:发表|发布|发帖)(?:于|在)\s*\d|(?:19|20)\d{{2}}\s*[-/.年]\s*\d{{1,2}}.*{COUNTER}.*{COUNTER})"
)
# A follow button beside a handle (某某　关注, 某某 +关注).
_FOLLOW = re.compile(r"\s*[+＋]?\s*(?:关注|關注|已关注)\s*$")


def _handles_over_rows(header: list[Line]) -> list[Line]:
    """Lines that are a poster's handle alone (maybe with a follow button) right above a
    posting row: whoever posted, not the post's headline."""
    from index.regions import gazetteer

    out = []
    shown = [ln for ln in header if ln.folded.strip() and ln.role not in (BLANK, JUNK)]
    for line, nxt in itertools.pairwise(shown):
        name = _FOLLOW.sub("", line.folded.strip())
        if (
            line.role == BODY
            and _POSTING_ROW.match(nxt.folded.strip())
            and re.fullmatch(r"[^\W\d_]{2,12}", name)
            and not looks_like_outlet(name)
            and not SECTION_NAME.match(name + "新闻")
            and name not in gazetteer.load().forms
        ):
            out.append(line)
    return out


def _blog_owner(header: list[Line], title_line: Line | None, later: Extraction) -> None:
    """The owner a blog is named after, above the post's headline, is the post's author when
    nothing names one (山城慢行者的博客 over 五一去看大足石刻…)."""
    for line in header:
        if title_line is not None and line.number >= title_line.number:
            return
        owner = blog_owner(line.text)
        if owner:
            later.offer("author", owner, line, "blog's owner")
            return


def _quoted_headline(header: list[Line]) -> Line | None:
    """With no other candidate, a line that is one quotation is the headline when a subtitle
    or the metadata follows it (“老街又热闹起来了” / ——某县…纪实)."""
    for line, nxt in itertools.pairwise(header):
        probe = line.folded.strip()
        if (
            line.role == BODY
            and re.fullmatch(r"[“\"「][^”\"」。]{2,38}[”\"」]", probe)
            and (nxt.role == META or nxt.folded.strip().startswith(("——", "—", "--")))
        ):
            return line
    return None


def _headline_below(header: list[Line], masthead: Line) -> bool:
    """Whether a headline with its metadata line stands right under a masthead line."""
    rest = [ln for ln in header if ln.number > masthead.number and ln.role not in (CHROME, JUNK)]
    return len(rest) >= 2 and rest[0].role == BODY and _title_like(rest[0]) and rest[1].role == META


def _weak_title(header: list[Line], candidates: list[Line]) -> Line:
    """The headline by position: the candidate the metadata lines follow, else the first longer one."""
    # The headline is what the metadata lines (date, source, byline) follow.
    for i, line in enumerate(header):
        if line not in candidates:
            continue
        for nxt in header[i + 1 :]:
            if nxt.role in (CHROME, JUNK) or (nxt.role == BODY and chrome_reason(nxt)):
                continue
            if nxt.role == BODY and nxt.folded.strip().startswith(("——", "—")):
                continue  # a subtitle
            if (
                nxt.role == META
                and "masthead" in (nxt.reason or "")
                and _headline_below(header, nxt)
            ):
                break  # print header / masthead / headline / its metadata: the masthead's headline
            if nxt.role == META:
                return _over_subtitle(line, candidates)
            break
    # No metadata line to go by: a short line (a site or column name) is not the headline.
    longer = [ln for ln in candidates if len(_MD_HEADING.sub("", ln.folded.strip())) >= 6]
    pick = (longer or candidates)[0]
    # A paper's kicker (引题) stands right above a longer headline: 深化改革 激活资源 / 开化：…
    nxt = next((ln for ln in candidates if ln.number == pick.number + 1), None)
    if nxt is not None and len(nxt.folded.strip()) > len(pick.folded.strip()):
        return nxt
    return pick


# Two parallel phrases set apart by a space (重建在即　老店仍在手工做饼): the shape of a kicker
# or a subtitle; a headline is mostly one phrase.
_PAIRED_PHRASES = re.compile(r"[^\W\d_]{2,}(?:[ \u3000]+[^\W\d_“”\"]{2,})+")


def _over_subtitle(pick: Line, candidates: list[Line]) -> Line:
    """The headline right above `pick` when `pick` is its subtitle: two phrases set apart by a
    space under one phrase, on the next line (九龙城小店的最后一个中秋 / 重建在即　…)."""
    above = next((ln for ln in candidates if ln.number == pick.number - 1), None)
    if (
        above is not None
        and _PAIRED_PHRASES.fullmatch(pick.folded.strip())
        and not _PAIRED_PHRASES.fullmatch(above.folded.strip())
        and not _MD_HEADING.match(pick.text.strip())
        and len(above.folded.strip()) >= 8
        and not looks_like_outlet(above.folded.strip())
    ):
        return above
    return pick


# An official document's subject (Taiwan's 主旨/說明 form): 主旨：公告本鄉…辦理事宜。
_SUBJECT = re.compile(r"^主旨\s*[:：]\s*(?P<t>[^。]{6,80}?)[。.]?$")


def _subject_headline(lines: list[Line], ex: Extraction) -> None:
    """A document with no headline line states its subject (主旨：…): that is the title; the
    line stays text."""
    for line in lines:
        m = _SUBJECT.match(line.folded.strip())
        if m and line.role == BODY:
            at = line.text.strip()
            title = at[m.start("t") : m.end("t")] if len(at) == len(line.folded.strip()) else m["t"]
            ex.offer("title", title.strip(), line, "the document's subject (主旨)")
            return


def _bracket_headline(line: Line, ex: Extraction) -> None:
    """A post with no headline line may open on one in brackets (a microblog's
    【网格员老李的“民情本”】在…): that is the title; the line stays text."""
    m = re.match(r"\s*【(?P<t>[^【】]{6,40})】\s*\S", line.folded)
    if not m:
        return
    probe = Line(line.number, line.text[m.start("t") : m.end("t")], m["t"])
    if (
        _title_like(probe)
        and not _LABEL.search(m["t"])
        and not publishers().find(m["t"])
        and not looks_like_outlet(m["t"])
        and not re.search(r"(?:讯|电|报道|消息|记者\S*)$", m["t"])
    ):
        ex.offer("title", probe.text.strip(), line, "headline in brackets opening the text")


# A video's caption: one headline sentence, then its #topic tags (浦北百香果丰收 村民直播带货忙。#乡村振兴 #浦北).
_CAPTION = re.compile(r"^(?P<t>[^。！？!?#\n]{6,40})[。！!]?\s*(?:#[^\s#。，]{1,20}#?\s*){1,8}$")
# An account's verification line on a video or social page (某某融媒体中心官方账号): never a headline.
# An account's name beside its verification badge (某某日报　已认证, 某某发布 官方认证).
_VERIFIED = re.compile(
    r"^(?P<name>\S{2,30}?)\s*(?:已认证|官方认证|认证账号|已实名认证|蓝v认证|企业认证|机构认证|政务认证|媒体认证)$"
)
_ACCOUNT_LINE = re.compile(
    r"^\S{2,30}?官方(?:账号|帐号|视频号|抖音号|快手号|微博|号)$|" + _VERIFIED.pattern[1:]
)
# A periodical's issue line (2024年第23期, 第十二期, 总第1188期): never the headline.
_ISSUE = (
    r"(?:(?:刊期|期号|期数)\s*[:：]?\s*)?(?:(?:19|20)\d{2}\s*年\s*)?第\s*[\d一二三四五六七八九十百〇零]{1,5}\s*期"
    r"(?:\s*[(（]?\s*总第\s*\d{1,5}\s*期\s*[)）]?)?"
)
# The other fields a periodical's issue line carries: its column (栏目：基层党建), its print date
# (2024-09-25 出版), its page (第A02版).
_ISSUE_FIELD = (
    r"(?:栏目|專欄|专栏|欄目|版块|板块|专题|專題|频道|頻道)\s*[:：]\s*[^\s:：]{1,12}"
    r"|(?:出版(?:日期|时间)?\s*[:：]?\s*)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*出版)?"
    r"|第\s*[a-z]?\d{1,3}\s*版"
)
# A periodical's issue line: the issue (2024年第6期, 第1298期) and nothing but its other fields,
# in any order (2024年第6期　栏目：基层党建): never a headline.
_ISSUE_LINE = re.compile(
    rf"^(?:(?:{_ISSUE_FIELD})\s*[|｜/／·]?\s*)*{_ISSUE}(?:\s*[|｜/／·]?\s*(?:{_ISSUE_FIELD}))*$"
)


# A periodical's name alone on its line (党员干部之友, 《某某》杂志, 某某周刊); an office's
# bulletin (某某工作简报, 某某动态) credits the unit that compiles it, not its own name.
_PERIODICAL_NAME = re.compile(
    r"(?![^《》]*(?:简报|簡報|动态|動態|专报|專報|快报|快報|通报|通報|信息)[》〉]?$)"
    r"[《〈]?[\u4e00-\u9fff]{2,12}[》〉]?(?:杂志|雜誌|期刊|半月刊|月刊|周刊|週刊|旬刊)?"
)


def _issue_line(line: Line) -> bool:
    """A periodical's issue line, whole or as its first word (2024年第6期　栏目：基层党建)."""
    folded = line.folded.strip()
    return bool(folded) and any(_ISSUE_LINE.match(w) for w in (folded, folded.split()[0]))


def _caption_headline(line: Line, ex: Extraction) -> None:
    """A video page with no headline line opens on its caption: its sentence is the title and
    the line (sentence and tags) goes."""
    m = _CAPTION.match(line.folded.strip())
    if not m or ex.get("title"):
        return
    at = line.text.strip()
    title = at[m.start("t") : m.end("t")].strip()
    if ex.offer("title", title, line, "video caption before its topic tags"):
        _mark(line, TITLE, "title: a video's caption with its topic tags")


def _line_above(line: Line, lines: list[Line]) -> Line | None:
    """The line right above `line` (None at the top)."""
    at = next((i for i, ln in enumerate(lines) if ln is line), 0)
    return lines[at - 1] if at > 0 else None


def _title_continued(title_line: Line, lines: list[Line]) -> Line | None:
    """The line right under the title that finishes it, in hard-wrapped text (a PDF page):
    堆龙德庆区：牧区“流动课堂”送技 / 到家门口."""
    at = next((i for i, ln in enumerate(lines) if ln is title_line), None)
    if at is None or at + 1 >= len(lines):
        return None
    nxt = lines[at + 1]
    probe = nxt.folded.strip()
    head = title_line.folded.strip()
    if (
        nxt.role != BODY
        or not 3 <= len(probe) <= 16
        or any(c in probe for c in SENTENCE_END + "，,：:、")
        or head[-1:] in SENTENCE_END + "，,：:、)）"
        or probe.startswith(("——", "—", "--"))
        or find_dates(probe)
        or chrome_reason(nxt)
        or publishers().find(probe)
        or re.fullmatch(r"[\u4e00-\u9fff]{2,3}", probe)  # a name under the title (a byline)
    ):
        return None
    # Only where the text is hard-wrapped: elsewhere a short line under a title is its own line.
    if len(wrapped_prose(lines)) < 3:
        return None
    from index.ingest.paragraphs import display_width

    # A wrapped title fills its first line and leaves the rest below (…送技 / 到家门口), or breaks
    # after a quoted term (梁弄镇：“乡贤议事会” / 议出…); a line nearly as wide under a title that
    # ends plainly is a second deck of its own (秭归脐橙迎来采摘季 / 果农在家门口卖果).
    if display_width(probe) > 0.75 * display_width(head) and head[-1:] not in "”’」』》)）":
        return None
    return nxt


def _suffix_is_site(folded: str) -> bool:
    """The part after _ | - names a site, not the rest of the headline."""
    m = _SITE_SUFFIX.match(folded)
    return bool(m) and looks_like_outlet(m["site"])


_BULLET = re.compile(r"^[●○■□◆◇▲△★☆•▪▶►]\s*(?=\S)")


_TOPIC_TAGS = re.compile(r"^(?:\s*#[^#\s]{1,20}#)+|(?:\s*#[^#\s]{1,20}#)+\s*$")


def _strip_title(text: str) -> tuple[str, str | None]:
    """A title without repost prefixes and site suffixes, and the site named by the suffix."""
    text = _REPOST.sub("", _PRINT_STAMP.sub("", text.strip().strip("*").strip()))
    # 【标题】#话题# #话题#: a Weibo post's topic tags around its headline are no part of it
    untagged = _TOPIC_TAGS.sub("", text).strip()
    if len(untagged) >= 4:
        text = untagged
    whole = re.fullmatch(r"【([^【】]{4,80})】", text)
    if whole:  # 【标题】 alone: a channel or chat post's headline in brackets
        text = whole.group(1).strip()
    folded = fold(text)
    site = None
    for _ in range(2):  # 标题|关键词_网易订阅: the site, then the keyword tail
        m = _SITE_SUFFIX.match(folded)
        if m and looks_like_outlet(m["site"]):
            site = site or _site_name(text[m.start("site") : m.end("site")])
            text, folded = text[: m.end("title")], folded[: m.end("title")]
        tail = _KNOWN_TAIL.search(folded)
        if tail and tail.start() >= 4 and _all_names(tail["site"]):
            first = text[tail.start("site") : tail.end("site")].split()[0]
            site = site or _site_name(first)
            text, folded = text[: tail.start()], folded[: tail.start()]
        sec = (_SECTION_TAIL.search(folded) or _CHANNEL_TAIL.search(folded)) if site else None
        if sec and sec.start() >= 4:
            text, folded = text[: sec.start()], folded[: sec.start()]
        glued = _GLUED_TAIL.search(folded)
        if glued and glued.start() >= 4 and looks_like_outlet(glued["site"]):
            site = site or _site_name(text[glued.start("site") : glued.end("site")])
            text, folded = text[: glued.start()], folded[: glued.start()]
        k = _KEYWORD_TAIL.search(folded)
        if k and k.start() >= 4:
            text, folded = text[: k.start()], folded[: k.start()]
        media = _MEDIA_TAG.search(folded)
        if (
            media and media.start() >= 4
        ):  # 标题（组图）: a portal's note on the media, not the title
            text, folded = text[: media.start()], folded[: media.start()]
    return text.strip(), site


def _all_names(folded: str) -> bool:
    """Every space-separated part is a publisher's name (中央社 cna, 新华网)."""
    parts = folded.split()
    return bool(parts) and all(publishers().lookup(p) for p in parts)


def _mark_title_lines(header: list[Line], title_line: Line | None, title: str | None) -> None:
    """Take the title out of the body, with its copies and the site junk above it."""
    if title is None:
        return
    key = fold(title).replace(" ", "")
    above = title_line is not None
    for line in header:
        if line is title_line:
            line.role, line.reason = TITLE, "title"
            above = False
            continue
        if line.role != BODY:
            continue
        probe = _MD_HEADING.sub("", line.folded.strip()).replace(" ", "")
        stripped = fold(_strip_title(_MD_HEADING.sub("", line.text.strip()))[0]).replace(" ", "")
        if probe == key or stripped == key:
            line.role, line.reason = TITLE, "copy of the title"
        elif above and len(probe) <= 20 and not any(c in probe for c in SENTENCE_END):
            line.role, line.reason = JUNK, "site name above the title"


def merge(primary: ArticleMeta, fallback: ArticleMeta) -> ArticleMeta:
    """Fill `primary`'s empty fields from `fallback`."""
    values = {k: getattr(primary, k) or getattr(fallback, k) for k in FIELDS}
    return replace(primary, **values)


__all__ = ["BLANK", "Evidence", "Extraction", "extract", "extract_metadata", "iso_date", "merge"]
