"""Header, body and footer zones of a page, and the chrome signals used in them.

The body runs from the first to the last line that reads like article prose
(long enough, with sentence punctuation). Lines before it form the header
zone, lines after it the footer zone. Only zone lines are judged by their
shape and vocabulary (share bars, counters, breadcrumbs, link lists, page
navigation): inside the body only explicit rules and spam lexicons apply, so a
body sentence is never lost to a guess. A line that recurs in many files of the
same folder is chrome whatever its words (`LineRecurrence`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from index.ingest.captions import is_caption
from index.ingest.cleaning import BLANK, BODY, META, Line, is_app_advert

HEADER_MAX = 16  # non-blank lines the header zone may span
FOOTER_MAX = 30
_SENTENCE = "。！？!?；;"
# Ends of sentences and clauses, with the small and vertical presentation forms that
# Taiwanese and Hong Kong text uses (﹐ ︰ ﹔): a line ending so is prose, never chrome.
CLAUSE_END = _SENTENCE + "…，,、：:﹐﹑﹒﹔﹕﹖﹗︰︐︑︒︓︔︕︖"
_CLOSERS = "”’\"'」』)）》〉]】"
_CJK_OR_WORD = re.compile(r"[\w\u4e00-\u9fff]")

# Breadcrumbs and menus: short items joined by > >> › » / |, or 首页/当前位置.
_CRUMB_START = re.compile(r"^(?:您?当前(?:的)?位置|所在位置|位置)\s*[:：]|^首页\s*(?:>|/|›|»|\|)")
_EPAPER = re.compile(
    r"^(?:第?\s*[a-z]?\d{1,3}\s*版\s*[:：]?.{0,12}|[a-z]\d{1,2}\s*版.{0,12}|上一版\s*下一版|上一版|下一版|"
    r"版面导航(?:[:：].{0,60})?|版面概览|pdf下载|下载pdf|本版新闻|本版责编\s*[:：].*|往期回顾|版面目录|返回目录|pdf\s*版?|"
    # A story continued on another page: （下转第二版）, （上接第1版）, (转A3版).
    r"[(（]?(?:下转|上接|接|转|紧接)(?:第?\s*[a-z]?[\d一二三四五六七八九十]{1,3}\s*版)(?:[)）])?)$"
)
# One bar of e-paper navigation items, with or without the issue's date:
# 2025年04月10日 第02版：要闻 上一版 下一版 / 上一期 下一期 返回目录.
_EPAPER_ITEM = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|星期[一二三四五六日天]|"
    r"上一(?:版|期|篇)|下一(?:版|期|篇)|第?\s*[a-z]?\d{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{0,6}|上一(?:版|期|篇)|下一(?:版|期|篇)|返回(?:目录|版面|首页)|"
    r"版面导航|本版目录|往期回顾|pdf\s*版?|[|｜/]"
)
_EPAPER_MOVE = re.compile(r"上一(?:版|期)|下一(?:版|期)|返回(?:目录|版面)|版面导航")
# A periodical's running header on a PDF page: 湖北省人民政府公报 2025年第9期 ·15·.
_RUNNING_HEAD = re.compile(
    r"^\S{2,24}(?:公报|学报|杂志|期刊|月刊|半月刊|周刊|旬刊)(?:\d{4}年)?第?\d{1,4}期"
    r"(?:(?:总第\d{1,5}期)?[·・\-－]?\d{1,4}[·・\-－]?)?$|^[·・\-－]\d{1,4}[·・\-－]$"
)
# Vocabulary of share bars, counters, widgets and platform notices.
_WIDGET_WORDS = (
    r"分享(?:到|至|给|让更多人看到)?|一键分享|字号|字体|打印(?:本页|本文)?|关闭(?:窗口|本页)?|收藏|举报|纠错|点赞|在看|"
    r"评论|跟贴|跟帖|扫码|扫一扫|二维码|阅读原文|阅读全文|原文链接|听新闻|点击播报|播报本文|返回(?:顶部|首页|列表|搜狐)?|"
    r"上一篇|下一篇|下载\S{0,8}(?:app|客户端)|打开\S{0,10}(?:客户端|app)|(?:app|客户端)内?(?:打开|阅读|查看)|关注(?:我们|公众号|该公众号|官方|微信)?|订阅|"
    r"点击\S{0,4}蓝字|预览时标签不可点|喜欢|转载|官方账号|报料|发布于|发自|相关字词|标签|关键词|关键字|主题词|分类|更多|"
    r"责任编辑|责编|编辑|校对|审核|审校|监制|复审|终审|初审|值班|主编|来源网站|美编|版式设计|排版|"
    r"我要纠错|上一条|下一条|上一则|下一则|播报员|点击(?:查看|阅读|进入|了解|右上角|左上角|上方|下方|右下角|左下角)|点击|"
    r"回到?上一?页|友善列印|列印|回首页|"
    r"发表于|只看(?:该作者|楼主)|倒序浏览|使用道具|电梯直达|回复本楼|[一二三]审(?=\s*[:：])|"
    # probing invented bars: tips, copy-link, full-size pictures, attachments, mobile reading
    r"赞赏|打赏|推荐到|复制链接|已?复制连结|追踪我们|加入好友|隐私(?:权)?(?:政策|声明)|私隐(?:政策|声明)|使用条款|服务条款|用户协议|意见反馈|(?:客户端|app)下载|查看(?:原图|大图)|下载附件|附件下载|手机(?:阅读|浏览)|扫描二维码"
)
_WIDGET = re.compile(_WIDGET_WORDS)
# Widget words that also start ordinary headlines (编辑部里的年轻人, 分享经验).
_PLAIN_WORDS = frozenset(
    [
        "编辑",
        "校对",
        "审核",
        "标签",
        "分类",
        "更多",
        "喜欢",
        "转载",
        "评论",
        "收藏",
        "订阅",
        "分享",
        "主编",
        "值班",
        "举报",
        "关注",
        "美编",
        "排版",
        "上一条",
        "下一条",
        "上一则",
        "下一则",
        "点击",
        "赞赏",
        "打赏",
        "意见反馈",
        # a headline may open with these too (扫码支付已经普及到菜市场, 返回家乡创业的年轻人)
        "扫码",
        "扫一扫",
        "二维码",
        "返回",
        "点赞",
        "打印",
        "关闭",
        "在看",
        "字体",
        "字号",
        "纠错",
        "报料",
    ]
)
_NOTICE = re.compile(
    r"(?:(?:免责|版权|特别|平台|郑重|法律|原创)声明|^(?:作者)?声明[:：]|^©|所有权利保留|(?i:все права защищены)|todos os direitos reservados|tous droits réservés|derechos reservados|無断転載|bảo lưu mọi quyền|观点仅代表|不代表\S{0,10}(?:立场|观点)|"
    r"未经\S{0,4}授权\S{0,4}(?:不得|禁止|严禁)|版权(?:所有|归)|转载请|如需转载|信息存储空间|如有侵权|侵权必究|"
    r"联系删除|icp备|公网安备|服务热线\s*[:：]\s*[\d-]{3,}|"
    # a repost's permission note (本文經授權轉載, 获作者授权刊登)
    r"^[(（【\[]?(?:本文|本篇|此文|文章|以上内容)?(?:经|获|已获|已经|获得)\S{0,10}授权(?:转载|刊登|发布|转发|使用)|"
    r"(?:网站标识码|主办单位|承办单位|技术支持|主办|承办)[:：]|all rights reserved|copyright|"
    r"icp证|(?:本网站|本站|本网|我们)\S{0,4}使用\s*cookies?|cookies?\s*(?:政策|设置|声明)|^(?:赞助|推广)内容$|仅代表作者(?:本人|个人)?(?:的)?(?:观点|立场)|网站声明|^凡本(?:网|站|报|刊)注明|非经\S{0,4}授权\S{0,4}(?:不得|禁止|严禁)|"
    r"本(?:网|站)(?:部分|所有|全部)?(?:文章|内容|信息|图片)\S{0,6}(?:来自|来源于|转载)|仅供(?:学习|参考)交流|"
    r"评论仅供\S{0,6}(?:表达|参考)|同意其观点|证实其描述|"
    # A site's terms under the article: 版权说明：凡注明来源为…，未经允许禁止转载、使用。
    r"版权说明|凡注明\S{0,6}来源|未经\S{0,8}(?:授权|许可|允许|同意)\S{0,8}(?:不得|禁止|严禁)\S{0,4}(?:转载|复制|摘编|镜像|转贴|使用)|"
    # a mailing list's own footer: 您收到此邮件是因为您订阅了…, 退订请回复…, unsubscribe
    r"您?(?:之所以)?收到(?:此|这封|本)(?:邮件|电子邮件|简报|通讯)|退订请|如需退订|取消订阅|unsubscribe|"
    r"(?:作品内容|版权)\S{0,16}问题\S{0,8}(?:同|与|和)本(?:网|站|报|刊)联系|"
    r"©\s*(?:19|20)\d{2}|著作权归\S{0,6}所有|\(c\)\s*(?:19|20)\d{2}|powered\s*by|对外部(?:网站|链接)\S{0,6}不\S{0,2}负\S{0,2}责)"
)
# Bars with these words, on a line without a sentence mark (a sentence about an app
# or a subscription is text): serial numbers, follow-us, app-download, paywall, adverts.
_BAR_NOTICE = re.compile(
    r"国内统一(?:连续出版物号|刊号)|国际标准连续出版物号|(?<![a-z])cn\d{2}-\d{4}|"
    r"更多精彩\S{0,6}关注|更多精彩\S{0,6}(?:就在|尽在)\S{0,12}app|(?:请|欢迎)关注\S{1,16}公众号|app\s*扫码|扫码下载|app\s*下载|app内?(?:打开|阅读|查看)|"
    # app prompts (a sentence about an app, 记者下载了这款APP后发现…。, is text)
    r"(?:用|下载|打开)\S{0,4}app|app看新闻|点我(?:下载|看)|天天中奖|更多\S{0,6}请?下载\S{0,12}app|^手机(?:看新闻|版|网站|访问|阅读|浏览|看)\S{0,4}$|"
    r"(?:互联网新闻信息服务|网络文化经营|信息网络传播视听节目|广播电视节目制作经营)许可证|"
    r"^(?:投稿|新闻|爆料|报料|违法和不良信息举报|有害信息举报)\S{0,4}(?:邮箱|信箱|热线|电话)\s*[:：]|"
    # a portal's own service bar and visitor counter
    r"(?:本站|本网|官方|读者|粉丝)?(?:qq|微信)(?:交流)?群\s*[:：]?\s*\d|^欢迎(?:投稿|来稿|爆料|报料)|"
    r"^请?登录后(?:才能|方可|即可)?(?:参与|发表|查看)?(?:评论|讨论|留言|回复)|"
    r"政府网站找错|^(?:适老化|无障碍)(?:无障碍)?(?:服务|版|模式|浏览|阅读)$|^(?:长者模式|关怀版)$|您是(?:本站|本网)?第\s*[\d,]+\s*位|"
    r"分辨率\S{0,10}(?:浏览|访问)|以上(?:版本)?浏览器|支持ipv6|"
    # a reader-funded outlet's plea (支持我們的獨立報導, 贊助我們)
    r"^(?:请|立即|欢迎)?(?:支持|赞助|捐助|资助)(?:我们|本(?:台|报|刊|站|网))"
    r"(?:的?(?:独立|公共|非营利|深度|调查)?(?:新闻|报导|报道|媒体|新闻工作))?[!！]?$|"
    r"订阅\S{0,10}(?:畅读|解锁|阅读全文)|"
    # a paywall's notice: the full text only for subscribers or members (網上版全文只供訂戶閱讀,
    # 本文为会员专享, 登录后阅读全文)
    r"(?:全文|本文|完整(?:内容|版|报道)|网上版|网络版|电子版|以下内容)\S{0,6}(?:只|仅)(?:供|限|对)\S{0,4}"
    r"(?:订户|订阅者|订阅用户|会员|付费用户|付费读者)|(?:订户|订阅用户|会员|付费用户)(?:专享|专属|独享|专区)|"
    r"(?:订阅|登录|登入|成为会员|开通会员)\S{0,6}(?:后|即可|才能|方可)\S{0,4}(?:阅读|查看|浏览)(?:全文|完整)|"
    # a subscription prompt with what it offers (订阅X，支持独立新闻 / 訂閱X，掌握社區大小事)
    r"^(?:立即|马上|欢迎|请|点击|免费)?订阅\S{0,14}?[，,、!！\s]\s*(?:(?:每天|每日|每周|每月|每期)(?:早上|早晨|晚上|一早)?|免费)?(?:支持|掌握|获取|了解|第一时间|不错过|随时|畅读|解锁|收看|看更多|即时|收到|接收|读到)|(?:畅读|解锁)\S{0,6}付费|付费(?:内容|阅读)|开通会员|^[【\[(（]广告[】\])）]|"
    # an advert slot and its booking line: 廣告　刊登熱線 2833XXXX, 广告合作：…
    r"^广告(?=\s|[:：]|$)|(?:刊登|广告)(?:热线|专线|联系电话|合作|投放|招商)|"
    # membership and donation prompts of reader-funded media: 支持独立媒体 成为X会员, 赞助X
    r"支持(?:独立|公共|非营利)?(?:媒体|新闻|报导|报道)\s*(?:成为|加入)|^(?:成为|加入)\S{0,6}会员$|^支持独立媒体|"
    # an attachment field with nothing attached (政府信息公开: 附件：无)
    r"^(?:相关|本文|附件)?附件(?:下载)?\s*[:：]\s*(?:无|暂无)?$|"
    # a link back to a government's list of releases: 今日新聞公報, 返回新闻稿列表
    r"^(?:返回)?(?:今日|本日|最新|全部)?(?:新闻公报|新闻稿)(?:列表|首页)?$|"
    # an app's recommendation label under the text (X客户端 推荐, X APP 精选)
    r"(?:客户端|app)\s*(?:推荐|荐读|精选)$|"
    # the site's sponsor without a colon (X人大常委会办公室 主办, X 技术支持)
    r"^[^\s:：]{2,30}\s*(?:主办|承办|协办|联合主办|技术支持|运行维护)$|"
    # a forum post's signature and the reply box under a thread
    r"^[-=_*~—\s]*(?:个性)?签名档?\s*[:：]|^(?:快速回复|发表回复|回复主题|发表新帖|发新帖|回复帖子)(?:\s|$)|"
    # a notes app's property lines under the heading (Notion: Created / Tags / URL)
    r"^(?:[-*]\s*)?(?:tags|document\s*tags|category|url|created(?: time)?|last edited(?: time)?|status|property)\s*:\s*\S"
)
# Reading-time and word-count bars: 阅读需要 3 分钟, 预计阅读时间：2分钟, 文章字数：1024.
_READING_TIME = re.compile(
    # a reader view's estimate alone: 2-3 分钟, 约 5 分钟, 3 min read
    r"^(?:预计|大约|约)?\d{1,2}(?:\s*[-–~～至]\s*\d{1,2})?\s*(?:分钟|min(?:ute)?s?)(?:阅读|读完|read)?$|"
    r"(?:预计|大约|约)?阅读(?:时间|时长|约需|需要|需|用时)\s*[:：]?\s*(?:约|大约|≈|~|～)?\s*\d+\s*分钟|"
    r"(?:文章|全文|本文)(?:字数|共|约)\s*[:：]?\s*(?:约|共|≈)?\s*\d+\s*字|(?:文章|全文|本文)字数\s*[:：]\s*[\d,.]+(?:k|千)?(?![\d字])|"
    # a reader view's site, date and estimate in one line (某某日报 · 2024年11月21日 · 3 分钟阅读)
    r"[·•|｜]\s*\d{1,2}\s*(?:分钟|min)\s*(?:阅读|读完|read)$"
)
# One line of a link list under its own label: 相关链接：…, 上一条：…, 下一篇：….
_LINK_ITEM = re.compile(
    r"^\W*(?:相关(?:链接|阅读|新闻|文章|报道|稿件|文件|政策|解读|附件|资料)|延伸阅读|推荐阅读|上一(?:条|篇|则|页)|下一(?:条|篇|则|页)"
    # an attachment under the text, by name or number (附件：名录.docx, 附件2：申报表)
    r"|附件\s*\d{0,2}(?:下载|列表|清单)?"
    # an e-paper's other items, one on the line (本版其他文章：标题)
    r"|本(?:版|期|栏目?)其[他它](?:新闻|文章|稿件|内容))\s*(?:[:：】\]〕]|\s(?=\S))"
)
# One vocabulary for a post's reader counters (阅读 287, 浏览量：3861, 收藏 127): the toolbar
# row, a counter line, a date line's counters and a poster's row all read it. Folded forms only:
# a caller that reads page text folds it first (閱讀 → 阅读). Longer words first.
COUNT_WORDS = (
    "阅读", "浏览", "点击", "点阅", "评论", "回复", "跟帖", "跟贴", "点赞", "在看", "收藏",
    "分享", "转发", "喜欢", "赞同", "赞赏", "赞", "播放", "观看", "收听", "收看", "围观", "热度",
    "人气", "访问", "留言",
)  # fmt: skip
COUNT_WORD = "(?:" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + ")"
# One counter, word then number: 阅读 287, 浏览量：3.2万, 评论（19）; the post's length sits
# among them in a row (字数 1,036), though a line of it alone is a reading-time bar.
COUNTER = rf"(?:{COUNT_WORD}|字数)(?:量|数|次数)?\s*[:：]?\s*[(（]?[\d.,]+\s*(?:万|w|k)?\+?"
# Contact and address lines of a site's footer: 地址：…  电话：…, 联系电话：0578-2091234.
_CONTACT_FOOTER = re.compile(
    r"^(?:主办\S{0,2}[:：]\S+\s*|[^\s:：]{1,8}\s*[:：]\s*[^\s:：]{1,16}\s+|[^\s:：]{2,20}\s+)?(?:(?:地址|通讯地址|联系地址|电话|联系电话|邮编|邮政编码|传真|邮箱|电子邮箱|e-?mail)\s*[:：]\s*\S+\s*){2,}$"
    # an address with the site's service line beside it: 地址：…　预约挂号请拨打医院服务电话
    r"|^(?:地址|通讯地址|联系地址)\s*[:：]\s*\S{2,40}\s+\S{0,16}(?:电话|热线|邮编|传真|邮箱)\S{0,20}$"
)
_COUNTER = re.compile(
    rf"^[\s(（\[【]*(?:{COUNT_WORD}|讚|已读|\+)?\s*[(（\[]?\s*[\d.,]+\s*(?:万|w|k)?\+?\s*[)）\]]?"
    r"(?:\s*(?:人|次|条)?\s*(?:阅读|浏览|评论|点赞|在看|参与|赞同|赞赏|喜欢|收藏|转发|分享|已读)了?"
    r"(?:该文章|该回答|这篇文章|本文|此文)?)?[\s)）\]】]*$"
)
# Font-size bars: A- A+, 字号：T|T, 【字号 大 中 小】.
# Each size may sit in its own brackets: 【大】【中】【小】, [A+] [A-].
_FONT_BAR = re.compile(
    r"^[\[【(（]?(?:(?:选择|调整|设置|更改)?(?:字号|字体)(?:大小)?)?[:：]?\s*"
    r"(?:[\[【(（]?(?:a\s*[+\-－]|[大中小]|t|默认|标准|特大|超大)[\]】)）]?\s*[|｜/]?\s*){2,}[\]】)）]?$"
)
# An audio or video player's bar: 点击收听音频 ▶ 03:42, 播放 02:15, ▶ 1:05:20.
_DURATION = (
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|约?\s*\d{1,2}\s*分钟|\d{1,2}\s*分\s*\d{1,2}\s*秒|\d{1,3}\s*秒)"
)
_PLAYER = re.compile(
    r"^(?:[▶►▷⏵]\s*)?(?:点击|点此)?(?:收听|播放|收看|试听|听)(?:本则|此则|本篇|这篇|本条)?(?:音频|视频|语音|广播|本文|新闻|全文)?\s*"
    rf"(?:[▶►▷⏵]\s*)?(?:时长\s*[:：]?\s*)?{_DURATION}?$|^[▶►▷⏵]\s*{_DURATION}$|"
    # a media item's length label, its kind maybe in brackets: 【视频】时长 01:42, 影片長度 02:15
    rf"^(?:(?:本|该|此)?[【\[(（]?(?:音频|视频|语音|影片|录音)[】\])）]?\s*(?:时长|长度|片长)?|时长|片长)\s*[:：]?\s*{_DURATION}$|"
    rf"^(?:语音播报|(?:ai|智能|语音)?朗读(?:本文|全文|文章)?)\s*{_DURATION}?$|"
    # a player's clock left in the text: at zero (0:00), or elapsed over total (00:00 / 03:42)
    r"^0?0:00$|^\d{1,2}:\d{2}(?::\d{2})?/\d{1,2}:\d{2}(?::\d{2})?$|"
    # a bracketed media placeholder where the player was, maybe with its call to act
    # (【视频播放】点击观看完整报道, [音频] 点此收听, 【图集】)
    r"^[【\[(（〔]\s*(?:视频|音频|录音|语音|影片|图集|图辑|组图|相册|直播|动图)(?:播放|回放|报道|新闻)?\s*[】\])）〕]"
    r"(?:(?:点击|点此|请|立即)?(?:观看|收听|播放|收看|查看|浏览)\S{0,12})?$"
)
# A media player's row in any order: its glyphs, clock and control words and nothing else
# (▶ 视频时长 01:42, 视频加载中… 00:00 / 02:36, ▶ 收听重温, ⏸ 暂停 | 00:35/03:10).
_MEDIA_GLYPHS = "▶►▷⏵⏸⏯⏹⏮⏭◀◁◄❚🔊🔉🔈🎧🎵🎬📺📻"  # not ■●: bullets of text
_MEDIA_TOKEN = re.compile(
    rf"[{_MEDIA_GLYPHS}]|{_DURATION}|"
    r"(?:[\d.]+\s*(?:x|倍速?))|"
    r"视频|音频|语音|影片|录音|录像|广播|电台|节目|直播|点播|回放|回看|回顾|重温|重播|重看|完整版|全集|"
    r"播放|暂停|继续|收听|收看|观看|试听|全屏|退出|倍速|静音|音量|字幕|弹幕|高清|标清|超清|清晰度|"
    r"时长|长度|片长|总长|加载|缓冲|转码|失败|刷新|重试|已?下架|已?失效|已?删除|无法|暂时|不可用|"
    r"正在|请?稍(?:候|等|后)(?:再试)?|请|点击|点此|按此|戳|这里|该|此|本则|本条|本篇|本段|本期|本集|精彩|全文|本文|中|"
    # an English player's words (Hong Kong, Macau and overseas pages)
    r"replay|play(?:ing)?|pause|video|audio|listen|watch|live|loading|fullscreen|mute|now"
)
_MEDIA_WORD = re.compile(
    r"视频|音频|语音|影片|录音|录像|广播|直播|点播|回放|回看|回顾|重温|重播|重看|播放|暂停|收听|收看|观看|试听|全屏|时长|片长|加载|缓冲|转码|"
    r"play|pause|video|audio|listen|watch|loading"
)
# What points at a player (点击, 按此, 本期, 该视频): with one control word it makes a link's row.
_MEDIA_POINTER = re.compile(
    r"点击|点此|按此|戳|这里|该|此|本则|本条|本篇|本期|本集|全文|本文|完整版"
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_ELAPSED = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[/|｜]\s*\d{1,2}:\d{2}")


def media_row(compact: str) -> bool:
    """A player's row: only player glyphs, clocks and control words, with a glyph, a clock, two
    clocks or two control words, or a word and a pointer (a sentence about a video has words of
    its own)."""
    if len(compact) > 40 or re.search(r"[。！？!?；;]", compact):
        return False
    if re.sub(r"[\W_]+", "", _MEDIA_TOKEN.sub("", compact)):
        return False
    words = set(_MEDIA_WORD.findall(compact))
    glyph = bool(re.search(f"[{_MEDIA_GLYPHS}]", compact))
    clocks = len(_CLOCK.findall(compact))
    if (glyph and clocks) or _ELAPSED.search(compact):
        return True  # ▶ 03:18, 00:00 | 02:36
    return bool(words) and (
        glyph or clocks > 0 or len(words) >= 2 or bool(_MEDIA_POINTER.search(compact))
    )


# A printed page's footer: its number and count (第1页，共2页, Page 1 of 2) or the local address
# a browser prints for a saved page (file:///…, about:blank).
_PRINT_FOOTER = re.compile(
    r"^(?:第\s*\d{1,3}\s*页\s*[,，/、]?\s*共\s*\d{1,3}\s*页|page\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}|"
    r"共\s*\d{1,3}\s*页\s*[,，]?\s*第\s*\d{1,3}\s*页|about:blank|file:///\S+|"
    # a browser's print footer: the page's address, then its number of the count (… 1/2)
    r"(?:https?://|file:///)[!-~]+?\d{1,3}/\d{1,3})$"
)
# A page's placeholder saved before its media loaded: 视频加载中..., 正在加载, 点击加载更多.
_LOADING = re.compile(
    r"^(?:(?:视频|图片|内容|页面|数据|评论)?(?:正在)?加载中?|(?:点击)?(?:加载|查看)更多(?:评论)?)"
    r"(?:\W*请?稍(?:候|等)(?:片刻)?)?\W*$|"
    # a player's fallback text, saved where the video was (您的浏览器不支持 HTML5 视频播放)
    r"^(?:您|你)?的?(?:当前)?浏览器(?:暂)?不支持(?:该|此)?[a-z0-9\s<>/._-]{0,24}(?:视频|音频)?(?:标签|播放|格式|功能|元素)?[!！.…]*$"
)
# A producer's credit alone on a line under the text: 某县融媒体中心出品, 某某工作室 制作.
_PRODUCER = re.compile(
    r"^[^\s。！？，,：:]{2,24}\s*(?:联合)?(?:出品|监制|荣誉出品)$|"
    # who supplied the item, in brackets under it (（本新闻由某某广播电视台提供）)
    r"^[(（]?(?:本(?:新闻|文|稿件?|视频|节目|条)|以上(?:内容|新闻|视频))由[^\s。！？，,]{2,24}(?:提供|供稿)[)）]?$"
)
# An official document's issue note (版记) and a cover note forwarding a piece to its readers:
# 县委组织部办公室　2024年1月18日印发 / 各村（社区）：现将《X》有关报道转发给你们，请认真学习。
# A web clipper's own note under the clip: 剪藏自 某某日报网, Clipped from X, 收藏自 X, and the
# clipper signing its clip (—— 来自有道云笔记网页剪报, 来自印象笔记剪藏, Clipped with X Web Clipper).
_CLIPPED_FROM = re.compile(
    r"^(?:剪藏自|剪藏于|收藏自|保存自|clipped\s+from|saved\s+from)(?!己)\s*[:：]?\s*[^\s，。,]{2,30}$|"
    r"^[-—–~\s]*(?:来自|使用|通过|用|由|clipped\s+(?:by|with)|saved\s+(?:by|with))\s*[:：]?\s*"
    r"[^，。,]{0,20}?(?:剪报|剪藏|web\s*clipper|clipper)(?:\s*(?:保存|剪藏))?$"
)
# A saver's note on where the text was gathered from, maybe with what for (备注：整理自X，供组内
# 学习参考。 / 注：转自X，仅供学习交流): the reader's own, under a saved article, not its text.
_SAVERS_NOTE = re.compile(
    r"^(?:备注|注|说明|按)\s*[:：]\s*(?:本文|此文|以上(?:内容|文章)?)?(?:整理|摘编|摘录|转载|转|摘|节选|选)自"
    r"[^。！？!?，,]{1,24}(?:[，,]\s*(?:仅|只)?供[^。！？!?]{0,8}(?:学习|参考|交流|阅读)[^。！？!?]{0,6})?[。.]?$"
)
# A publisher disclaiming what it carries (路透不对第三方内容的准确性负责。, 本站不保证所载信息的真实性).
_DISCLAIMS = re.compile(
    r"^[^，,。！？!?]{0,12}(?:不(?:对|就)\S{0,16}(?:内容|信息|资料|文章|稿件|观点)\S{0,6}(?:准确|真实|完整|合法|可靠)性?"
    r"\S{0,8}负\S{0,2}责|不(?:保证|担保)\S{0,12}(?:内容|信息|资料)\S{0,6}(?:准确|真实|完整|可靠)性?)[。.!！]?$"
)
# A public service page's buttons and ratings: 我要留言, 我要咨询, 满意度：满意, 评价：非常满意.
# Scan a code to read on a phone, in any order (手機掃碼閱讀, 掃描 QR Code 在手機上閱讀).
_SCAN_TO_READ = re.compile(
    r"^(?:请|请用|用|长按|手机|微信)?(?:扫码|扫一扫|扫描(?:二维码|qr\s*code)?|qr\s*code)\S{0,12}?"
    r"(?:阅读|打开|浏览|观看|收看|查看|继续看|看(?:视频|全文|直播|更多|大图|原文))"
)
_SERVICE_WIDGET = re.compile(
    r"^[【\[]?我要(?:留言|咨询|投诉|评论|评价|提问|写信|纠错|建议|办理|打印|分享)[】\]]?$|"
    r"^(?:满意度|满意度评价|评价结果|群众评价|办理满意度)\s*[:：]\s*(?:非常)?(?:满意|基本满意|一般|不满意)\S{0,4}$"
)
_ISSUE_NOTE = re.compile(
    r"^[^\s。！？，,]{2,30}\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*(?:印发|印制|翻印|签发)$"
    # the rest of a document's 版记: how it is disclosed, who gets copies, how many were printed
    r"|^[(（]?此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)[)）]?$|^抄送\s*[:：]\S|^[(（]?共印\s*\d+\s*份[)）]?$"
    # a bulletin's distribution lines (报：市局，县委… / 送：各镇… / 抄报：… / 发：…)
    r"|^(?:报|送|发|抄报|报送|主送|分送|呈送|印送)\s*[:：]\s*\S[^。！？]{1,80}$"
)
# An official document's number alone on its line, mainland or Taiwanese: 某政办发〔2025〕12号,
# 文号：某乡振〔2024〕15号, 某乡民字第1130012345号 (a filing reference, never text).
_DOC_NUMBER = re.compile(
    r"^(?:文号|发文字号|字号)?[:：]?[\u4e00-\u9fff]{1,12}(?:[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,5}|字第\d{3,12})号$"
)
_COVER_NOTE = re.compile(
    r"^[^。！？]{2,30}[:：]\s*现将\S{0,40}?(?:转发|印发|转载|转)给(?:你们|各位|大家|你单位|各单位)"
    r"[^。！？]{0,10}(?:请|望)[^。]{0,30}[。！]?$"
)
# A video page's counts with the number first (12.6万次播放　3.1万赞), or its row of bare counts under
# the icons (1.2万　532　806　2187: at least one written in 万/w/k, so a row of years is not one).
_COUNTS_AFTER = re.compile(
    r"^(?:[\d.,]+\s*(?:万|w|k)?\+?\s*(?:人|次)?\s*(?:播放|观看|收听|收看|阅读|浏览|点赞|赞|评论|收藏|分享|转发|在看|喜欢)\s*){2,}$"
)
_BARE_COUNTS = re.compile(
    r"^(?=.*\d(?:万|w|k))(?:[\d.]+\s*(?:万|w|k)?\s+){2,}[\d.]+\s*(?:万|w|k)?$"
)
# A channel or chat post's counts behind icons, maybe with its time (👁 1.1K  20:14, ❤ 32 💬 5).
_ICON_COUNTS = re.compile(
    r"^(?:[\U0001F440\U0001F441\U0001F44D\U0001F44E\U0001F44F\U0001F4AC\U0001F525\U0001F501\u2764\u2665\u2b50]"
    r"\ufe0f?\s*[\d.,]+\s*(?:万|w|k|m)?\+?\s*)+(?:\d{1,2}:\d{2}(?::\d{2})?)?$"
    # …or with the count's word after it (2.3K subscribers, 1.1K views  20:14, 3人未读)
    r"|^(?:[\d.,]+\s*(?:万|w|k|m)?\+?\s*(?:人|位)?\s*(?:subscribers?|members?|views?|likes?|comments?|"
    r"followers?|reads?|订阅者|关注者|成员|未读|已读)\s*)+(?:\d{1,2}:\d{2}(?::\d{2})?)?$"
    # …or a read receipt beside its time (20:14 已读, 已读 20:14)
    r"|^(?:\d{1,2}:\d{2}\s*)?(?:已读|未读|全部已读|read)(?:\s*\d{1,2}:\d{2})?$"
)
# A group notice's request to acknowledge it (收到请回复“收到”，谢谢配合！, 请回复1): the chat's, not text.
_ACK_PROMPT = re.compile(
    r"^\W*(?:以上\S{0,6}[，,]\s*)?(?:(?:收到|看到|已阅)\W*(?:的|后)?\W*(?:请|麻烦)?(?:大家)?回复?"
    r"(?:\W*[“\"「『]?(?:收到|1|已阅|已读|好的)[”\"」』]?)?|请(?:大家)?(?:回复|回)\W*"
    r"[“\"「『]?(?:收到|1|已阅|已读|好的)[”\"」』]?)\W*(?:谢谢(?:大家)?(?:配合|支持)?|辛苦了)?\W*$"
)
# A chat app's export header ([LINE] 與「X」的聊天, [LINE] Chat history with X, 与X的聊天记录).
_CHAT_EXPORT = re.compile(
    r"^\[(?:line|wechat|微信|whatsapp|telegram|qq|signal|kakaotalk)\]\s*\S|"
    r"^(?:与|和)\s*[“「『\"]?\S{1,30}?[”」』\"]?\s*的(?:聊天|群聊|对话)(?:记录)?$|^chat history with\s|"
    r"^(?:微信|qq|line|钉钉|whatsapp)?群?聊天记录(?:导出)?$|^\S{1,20}的(?:群聊|聊天)记录$"
)
# Where a platform says the post was made from (IP属地：吉林).
_IP_STAMP = re.compile(r"^ip\s*属地\s*[:：]\s*\S{1,12}$")
# A web archive's banner above a captured page (archive.today webpage capture, Saved from URL).
_WEB_ARCHIVE = re.compile(
    r"^(?:archive\.(?:today|is|ph|li|vn|md|fo)\s+webpage capture|the wayback machine\b.*|"
    r"all snapshots from host\s+\S+|saved from\s+(?:https?://|www\.)\S+|webpage capture)$"
)
# A share bar in another language (Поделиться：VK Telegram, Compartilhar, シェア, Chia sẻ).
_FOREIGN_SHARE = re.compile(
    r"^(?:поделиться|share(?: this(?: article)?)?|compartilhar|compartir|partager|teilen|condividi|"
    r"chia sẻ|シェア(?:する)?|공유(?:하기)?)(?![a-z])\s*[:：]?(?:\s*[^\s。！？，,]{1,20}){0,8}$",
    re.IGNORECASE,  # folding lowers Latin letters only (Поделиться)
)
# 已有 12 人参与, 共 3 条评论.
_JOINED = re.compile(
    r"^(?:已有|共有|共)\s*[\d.,]+\s*万?\s*(?:人|条|次)\s*(?:参与|评论|阅读|浏览|点赞|收藏|转发|围观)(?:了|讨论|评论)?$"
)
# Several labelled counters on one line: 評論（8）　熱度 1560, 網友熱議（23）, 阅读量：3.2万.
_COUNTERS = re.compile(
    r"^(?:[\s(（\[【|｜·]*(?:网友|文章|本文|总|今日|昨日|本月|累计|在线)?(?:查看|热议|参与|"
    + COUNT_WORD
    + r")(?:量|数|次数|人数|人次)?\s*[:：]?\s*[(（\[]?\s*[\d.,]+\s*(?:万|w|k)?\+?\s*(?:人|次|℃|°c?)?[)）\]】]?)+\s*$"
)
# 图片来源：网络, 图/孙悦, 摄影｜高原, 题图：视觉中国 (a credit line of its own, not a caption).
_PHOTO_CREDIT = re.compile(
    r"^[(（\[【]?(?:图片来源|图片|图源|题图|封面图|配图|摄影|视频来源|视频)\s*[:：/／|｜丨]\S{1,20}[)）\]】]?$|^[(（]?(?:图|影|摄)\s*[/／|｜丨]\s*\S{2,12}[)）]?$|"
    # a file or illustrative picture's label (资料照片, 示意图)
    r"^[(（]?(?:资料照片|资料图片?|示意图|档案照片?)[)）]?$|"
    # a caption's credit after a comma (BBC 中文: 图像来源，Getty Images)
    r"^[(（\[【]?(?:图像来源|图片来源|图源|视频来源)\s*[:：，,]\s*\S.{0,24}[)）\]】]?$|"
    # pictures taken from the net, maybe with a take-down promise (部分图片来源网络，侵删)
    r"^[(（\[【]?(?:部分|文中|文内|本文)?(?:图片|图文|配图|素材|视频)(?:均)?(?:来源|来自|源自|取自)于?(?:网络|互联网)"
    r"(?:[，,]?\s*(?:侵删|如有侵权\S{0,12}))?[)）\]】]?$"
)
# Forum software's edit stamp under a post: 本帖最后由 网名 于 2024-09-18 21:35 编辑 (Discuz and its kin).
_EDIT_STAMP = re.compile(
    r"^(?:本帖|本贴|该帖|此帖)最后由\s*\S.{0,24}?\s*于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:重新)?编辑$|^this post was last edited by\s"
)
# A site's or a paper's imprint of its own: powered-by credits (自豪地采用WordPress, Powered by
# X), advertising licences and the cover price of a printed paper, a manuscript's number.
_IMPRINT_LINE = re.compile(
    r"^(?:自豪地采用|本站由|proudly powered by|powered by)\s*\S.{0,30}$|"
    r"^\S{0,12}\s*由\s*\S{1,20}\s*(?:强力)?驱动$|"
    r"^广告(?:经营)?(?:许可证|登记证)(?:号)?\s*[:：]\s*\S.{0,50}$|^(?:零售价|定价|每份)\s*[:：]\s*[\d.]+\s*元$|"
    r"^[【\[〔]?(?:稿件编号|稿号|文章编号|新闻编号|稿件id)[】\]〕]?\s*[:：]?\s*[a-z0-9_-]{6,40}$|"
    # any labelled number of the piece itself (新聞稿編號：N24GX3107, 信息编号 A-2024-0815)
    r"^[【\[〔]?[\u4e00-\u9fff]{0,5}(?:编号|稿号|编码)[】\]〕]?\s*[:：]?\s*"
    r"(?=[a-z0-9_-]*\d)[a-z0-9_-]{6,40}$"
)
# A lone clock time under a release (香港時間16時30分, 北京时间 9:30).
_CLOCK_LINE = re.compile(
    r"^(?:香港|北京|台北|澳门|当地|本地)?时间\s*[:：]?\s*\d{1,2}\s*(?:时|点|:)\s*\d{1,2}\s*分?$"
)
# Labelled hotlines for complaints, supervision and questions under an official notice.
_HOTLINE = re.compile(
    r"^(?:监督|举报|投诉|咨询|服务|联系|值班)(?:电话|热线|邮箱)\s*[:：]\s*[\dx*\-－()（）\s、,，]{6,40}$"
)
# A read-later app's own links and section heads around the saved article (Pocket, Readwise,
# Instapaper, Omnivore): View Original, ## Full Document, ## Metadata, ## Highlights.
_READ_LATER = re.compile(
    r"^(?:#{1,6}\s*)?(?:view original|open original|view (?:on|in) (?:web|browser)|original article|"
    r"full document|metadata|highlights|my notes)$"
)
_LIST_HEAD = re.compile(
    r"^\W*(?:(?:更多)?相关(?:文章|阅读|新闻|链接|推荐|报道|稿件|内容|视频|专题|字词|词条|标签|话题)?|(?:热门|热点|热文)(?:资讯|文章|新闻|推荐|阅读)|"
    r"推荐阅读|推荐(?:视频|文章|内容|新闻)|(?:热门|更多|精彩)视频|延伸阅读|猜你喜欢|点击排行|精彩推荐|为您推荐|往期(?:精彩)?(?:推荐|回顾|精彩|阅读|文章)|更多(?:精彩|推荐|阅读)|今日推荐|"
    r"关联(?:记事|文章|新闻|阅读)|"  # 关联记事: Japanese 関連記事 (related articles) in overseas Chinese papers
    r"本(?:版|期|栏目?|频道)其[他它](?:新闻|文章|稿件|内容)|本期(?:要目|目录|导读)|"
    r"(?:热点|热门|热文|24小时|一周|新闻)?排行(?:榜)?|热点新闻|即时(?:新闻|报道)|小编推荐|(?:24小时|今日|本周|一周)(?:热点|热闻|热榜|热文|要闻)|最新(?:文章|新闻|资讯)|图片新闻|专题推荐|编辑推荐|"
    r"热门|热点|热榜|热读|精选|推荐|"  # a list's one-word heading (热门 over headlines)
    r"喜欢此内容的人还喜欢|(?:全部|热门|最新|精彩|网友)(?:评论|留言|跟帖)|评论区|(?:你|您)可能(?:还)?(?:喜欢|感兴趣)|看了(?:本文|此文|这篇文章)的人还看了|大家都在看)\W*$"
)
# Follow-us prompts naming a social platform: 【加入X LINE，即時掌握最新消息】, DW中文有Instagram！歡迎搜尋….
_SOCIAL = (
    r"(?:line|instagram|ig|facebook|fb|youtube|telegram|twitter|threads|whatsapp|tiktok|脸书|微信|微博|抖音|快手|"
    r"视频号|公众号|小红书|哔哩哔哩|b站|头条号|百家号|粉丝团|粉丝专页|专页|官方[账帐]号)"
)
_FOLLOW = re.compile(
    # 讚好 is Hong Kong's "like" of a page (讚好X Facebook 專頁，緊貼最新消息)
    rf"(?:关注|加入|订阅|追踪|搜寻|搜索|按赞|点赞|赞好|like|follow)\S{{0,12}}?{_SOCIAL}|"
    # the platform, then the verb (微博搜索：X, X官方账号，关注…), but not where someone does it
    # on the platform (网友在微博关注此事; 请在微博搜索 is the prompt's own 在)
    rf"(?<!(?![请可])[\u4e00-\u9fff][在到上]){_SOCIAL}\S{{0,4}}[!！]?\s*(?:欢迎|请|快来)?(?:搜寻|搜索|关注|加入|订阅|追踪|赞好)|"
    r"(?:即时掌握|紧贴)(?:最新|更多)(?:消息|资讯|动态|新闻)|"
    # where to get more of the outlet's news (更多中天新聞，請追蹤…, 更多精彩内容敬请锁定…)
    r"^更多\S{0,12}?(?:新闻|资讯|消息|内容|报道|精彩|视频|节目)\S{0,2}?[,，、]?\s*(?:请|敬请|欢迎)?"
    r"(?:关注|追踪|订阅|锁定|下载|收看|收听|搜索|搜寻)"
)
# A subscription or membership promo (订阅X电子报, 加入会员, 更多报导请订阅X).
_SUBSCRIBE = re.compile(
    r"^(?:请|欢迎|立即|马上|免费|点此|点击|按此|点我)?(?:订阅|订购|加入|成为)(?:我们|本(?:报|刊|台|站|网))?的?[^\s的]{0,10}?"
    r"(?:电子报|会员|newsletter|电子杂志|周刊|月刊|杂志|频道|报纸|简报|通讯|快讯)$|"
    r"^更多\S{0,6}?(?:报导|报道|新闻|内容|文章)[,，]?\s*(?:请|敬请|欢迎)?(?:订阅|订购)\S{1,12}$"
)
# A poster's name beside its follow button (某某　关注, 某某 +关注): the platform's row.
_POSTER_FOLLOW = re.compile(
    r"^[^\s:：，。！？,、]{2,16}\s+\+?\s*(?:关注|已关注|加关注|关注ta|关注他|关注她|私信)$"
)
# How to share the page, naming it (使用微信扫一扫，将本页分享至朋友圈; …即可将网页分享至朋友圈。).
_SHARE_HOWTO = re.compile(r"(?:本页|网页|本文|文章|页面|此文|当前页)\S{0,4}分享(?:至|到|给)")
# A social account's label under its QR code: 官方微信, X微信, X官方微博 (X an outlet of the table).
_SOCIAL_LABEL = re.compile(
    r"^(?P<who>\S{0,12}?)(?:官方|官网)?(?:微信|微博|抖音|快手|视频号)(?:公众号|号|账号)?$"
)
# A portal's weather widget, labelled (天气：晴 5℃~15℃); a forecast's own lines carry no label.
_WEATHER = re.compile(
    r"^(?:今日|今天|当前|实时)?天气\s*[:：]?\s*\S{1,8}?\s*-?\d{1,2}\s*(?:℃|°c?)"
    r"(?:\s*[~～\-－至/]\s*-?\d{1,2}\s*(?:℃|°c?))?$"
)
# Prompts to the reader: 喜歡這篇文章嗎？ / 觉得不错就点个在看 / 欢迎在评论区留言.
_ENGAGE = re.compile(
    r"^\W*(?:(?:如果你?|若)?(?:喜欢|觉得)\S{0,6}(?:这篇|本篇|本|此)(?:文章|内容|推文|文)|(?:点|给)个?(?:赞|在看|关注)|"
    r"欢迎(?:在)?(?:评论区|留言区)?(?:留言|评论|转发)|(?:写|说)(?:下|出)?你的(?:看法|想法|评论)|"
    # an account's closing plea (你点的每个赞…, 转发，是对我们最大的鼓励, 感谢阅读)
    r"(?:你|您)点的每一?个(?:赞|在看)|(?:转发|分享|点赞|在看|关注)\W?是对(?:我们|小编|作者)\S{0,6}(?:鼓励|支持)|"
    r"(?:感谢|谢谢)(?:您的|你的)?(?:阅读|观看|收看|收听)\W*$)"
)
# What a reading app's own screen says (saved with a WeChat article and the like).
_APP_UI = re.compile(
    r"轻点两下取消(?:赞|在看)|(?:继续|向上|向下)滑动看下一个|扫一扫可打开此内容|使用完整服务|已同步到看一看|"
    r"^收录于(?:合集|话题)\s*\S|在\S{0,6}阅读器中沉浸阅读|^视频详情$|^暂无(?:留言|评论)$|^取消\s*允许$|星标\S{0,2}置顶|第一时间(?:获取|接收|了解)(?:最新)?(?:资讯|消息|推送)|^写下你的想法$|"
    r"^(?:说点什么|写评论|写留言|发表(?:你的)?评论|添加评论|我(?:来|也)说两句)\W*$|"
    # a feed's or read-later app's buttons (不感兴趣, 标记为已读, Saved to Pocket)
    r"^(?:不感兴趣|标记为(?:已读|未读)|稍后(?:阅读|再看)|saved\s*to\W?\s*[^,.，。]{1,40})$|"
    # a comment box's count with none yet (网友评论（0条）, 评论(0))
    r"^(?:网友|读者|全部|热门|最新)?(?:评论|留言|跟帖|跟贴)\s*[(（\[]\s*0\s*条?\s*[)）\]]$"
)
# 点个在看 and the like are the platform's words; 为他们点个赞！ can close a story.
_CHEER = re.compile(r"(?:点|给)个?(?:在看|关注|小心心)|点赞(?:关注|在看|转发)|一键三连")
# An engagement prompt's clause: an imperative, a platform action and only the prompt's own
# tail (点个在看吧, 记得点赞关注哦, 分享给身边的朋友, 顺手转发一下, 欢迎关注我们).
_ACT = r"(?:在看|小?红心|小心心|星标|点赞|按赞|赞好|赞|转发|分享|收藏|关注|订阅|追踪|三连|置顶|打赏|赞赏)"
_PROMPT_CLAUSE = re.compile(
    r"^(?:看完|读完|看到这里)?(?:(?:如果|若)?(?:你|您)?也?(?:觉得|感觉)?(?:不错|有用|好看|喜欢)(?:的话)?)?"
    r"(?:那就|就|也|请|快|喜欢就|喜欢的话)?"
    r"(?:点击|点个?|点一下|点一点|点亮|按个?|给(?:我们|小编|作者|本号)?(?:一个|个)?|来个|顺手|随手|记得|别忘了?|欢迎|"
    r"动动(?:小)?手指|一键|帮忙|帮我们|长按(?:识别)?(?:二维码)?|扫码|扫描二维码){0,2}\s*"
    rf"{_ACT}(?:(?:\s*[、和+&/与及])?\s*(?:点个?|点亮|给个?)?{_ACT})*"
    r"(?:一下|一个|一波|起来|支持(?:一下)?(?:我们|小编)?|(?:我们|本台|本报)(?:的)?(?:频道|帐号|账号|专页|粉丝专页)?|本号|公众号|小编|"
    r"(?:给|到)(?:你|您)?(?:(?:身边|关心|在乎|需要|有需要|更多)的?)?(?:朋友圈|朋友们?|好友|家人|亲友|人|大家|群))?"
    r"(?:吧|呗|哦|哟|呀|啊|喔|噢|啦|嘛)*$|"
    # the account's plea (你的每一次转发，都是对我们最大的支持)
    rf"^(?:你|您)(?:的)?每一?(?:次|个){_ACT}\S{{0,2}}?(?:都)?是对(?:我们|小编|作者)\S{{0,6}}(?:鼓励|支持|肯定)$"
)
# The other clauses a prompt may carry: its condition or its purpose (觉得不错, 让更多人看到…).
_PROMPT_FRAME = re.compile(
    r"^(?:如果|若)?(?:你|您)?也?(?:觉得|感觉)?(?:不错|有用|有帮助|好看|喜欢|有收获|有意思)(?:的话|就|的)?\S{0,6}$|"
    r"^(?:让|把|将)?(?:更多(?:的)?人|大家|朋友们?|身边的人)\S{0,12}$|^(?:谢谢|感谢)\S{0,6}$|^(?:你|您)的支持\S{0,8}$|"
    r"^(?:第一时间)?(?:获取|了解|看|查看|发现|接收)(?:更多|最新)\S{0,6}$"
)


def engagement_prompt(compact: str) -> bool:
    """A short prompt to like, share or follow on the platform, in any phrasing and quoting
    (觉得不错，点个“在看”吧): an imperative clause, and a condition or purpose at most."""
    if len(compact) <= 30 and (
        _ENGAGE.match(compact) or (len(compact) <= 16 and _CHEER.search(compact))
    ):
        return True  # the fixed pleas (感谢阅读, 你点的每个赞…) and 点个在看 in a short line
    bare = re.sub(r"[“”\"'‘’「」『』《》【】\[\]]", "", compact)
    if len(bare) > 32 or "。" in bare:
        return False
    clauses = [c for c in re.split(r"[,，!！~～…、。]+", bare) if c]
    if not clauses or len(clauses) > 3:
        return False
    prompts = [c for c in clauses if _PROMPT_CLAUSE.match(c)]
    # a single bare action (分享, 关注) is a button, judged by the widget words, not here
    if not prompts or all(re.fullmatch(_ACT, c) for c in prompts):
        return False
    return all(c in prompts or _PROMPT_FRAME.match(c) for c in clauses)


# An editor's credit with a space for its colon (本版编辑　周睿, 责任编辑 王晓 李可).
_CREDIT_SPACED = re.compile(
    r"^(?:本版|本期|本文|责任|值班|文字|图片|视频|网络)?(?:编辑|责编|校对|审核|审校|签发|监制|美编)"
    r"(?:\s+[\u4e00-\u9fff·]{2,4}){1,3}$"
)
# A chain of credit labels and names: 一审：王晨 二审：李可 三审：陈建华 / 版面编辑：沈莉  校对：邵红.
_CREDIT_LABEL = (
    r"(?:[\u4e00-\u9fff]{0,4}(?:编辑|校对|审核|审校|审签|审读|签发|监制|统筹|策划|制作|设计|美编|排版|责编|编译|翻译|核稿)|"
    r"[一二三]审|初审|复审|终审|值班(?:主任|编辑)?|(?:电子)?(?:信箱|邮箱)|"
    r"文字|图片|视频|摄影|摄像|航拍|配音|剪辑|海报|出品|文/图|图/文|文图|图文)"
)
_CREDIT_CHAIN = re.compile(
    # pairs apart by spaces, bars, a semicolon or a comma (编译：张岚；审校：王伟)
    rf"^[(（\[【]?(?:{_CREDIT_LABEL}\s*[:：]\s*[^\s:：。！？，,;；]{{1,30}}(?:\s[^\s:：。！？，,;；]{{1,3}}(?=\s|$|[)）\]】;；，,]))?[\s、/|｜;；，,]*)+[)）\]】]?$"
)
# A forum floor header: 1楼 2025-03-02 10:11 来自Android客户端, 2楼, #3; the replies follow it.
_FLOOR = re.compile(r"^(?:#\s*)?(?P<n>\d{1,4})\s*(?:楼|#|f)(?=\s|$)(?!.*[。！？!?，,])")
# A reply floor with its reply on the same line (2楼 网名：老人有事做，精神头都好了。): a reply,
# counted as one only under a post marked 楼主 (a building's 1楼 大厅：… is no thread).
_FLOOR_REPLY = re.compile(
    r"^(?:#\s*)?(?P<n>\d{1,4})\s*(?:楼|#|f)\s+[^\s:：，。！？,]{1,16}\s*[:：]\s*\S"
)
# A bar counting the comments under a post (阅读(36)　评论(2)　转载, 3条评论, 留言 5); the lines
# after it shaped 网名：话 are those comments.
_COMMENT_COUNT = re.compile(
    r"(?:评论|留言|回复|跟帖|跟贴)\s*[(（\[:：]?\s*[1-9]\d*|[1-9]\d*\s*条\s*(?:评论|留言|回复)"
)
_HANDLE_SAYS = re.compile(r"^[^\s:：，。！？,]{1,12}\s*[:：]\s*\S")
# Forums name the first reply floors 沙发, 板凳, 地板: 沙发　网名：回复.
_NAMED_FLOOR = re.compile(
    r"^(?:沙发|板凳|地板|地下室)(?:\s*$|\s*[:：]\s*\S|\s+[^\s:：，。]{1,16}\s*[:：]"
    r"|\s+[^\s。！？，,]{1,16}\s+(?:(?:发表|发布|回复)于\s*)?(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$)"
)
_POSTED_FROM = re.compile(
    r"(?:^|\s)来自\s*\S{0,16}(?:客户端|android|iphone|ipad|手机|微博|weibo)"
    # shared from a reading app (来自微信读书, 来自QQ阅读)
    r"|^来自\s*\S{0,8}(?:读书|阅读|reader)$"
)
# The head of the comments under an article, with or without their count.
_COMMENT_HEAD = re.compile(
    r"^\W*(?:全部|热门|最新|精彩|网友|精选|读者)(?:评论|留言|跟帖|回复|回应)(?:区)?\s*"
    r"(?:[(（\[]\s*\d+\s*(?:条)?\s*[)）\]]|\d+\s*条?)?\W*$|^\W*评论区\W*$"
)
_COMMENT_META = re.compile(
    r"\d+\s*(?:秒|分钟|小时|天|周|个月)前|昨天\s*\d|前天|刚刚|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
    r"\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}|^回复|赞\s*[(（]?\d|ip属地|来自\S{1,8}(?:客户端|手机)"
)
# A post's fold/expand control (收起全文, 展开阅读全文, 顯示更多 ∨): the platform's button.
_FOLD_WORDS = r"(?:收起|展开|显示|查看|继续阅读|展开阅读)(?:全文|全部|更多|剩余内容)"
_FOLD_CONTROL = re.compile(
    rf"^[^\w\u4e00-\u9fff]*(?:点击)?(?:{_FOLD_WORDS}|收起|展开|(?:show|read|see)\s*(?:more|less|all))"
    r"[^\w\u4e00-\u9fff]*$"
)
# A widget label glued after the last sentence of a line: …一般三天内就有回复。收起全文d.
_GLUED_WIDGET = re.compile(rf"(?<=[。！？!?”」])\s*{_FOLD_WORDS}\s*[a-z]?\s*$")
_MD_LINK = re.compile(r"^\W*\[[^\]]{1,80}\]\([^)]*\)\W*$")
_BARE_URL = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")
# A print view's banner: the site's name and its address (福州新闻网　www.fznews.com.cn).
_NAME_AND_ADDRESS = re.compile(
    r"^[^\s。！？，,]{2,20}\s+(?:https?://)?(?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,20})+/?$"
)
# A social post's topic tags on a line of their own: #阳朔 #乡村旅行, #乡村振兴#.
_HASHTAGS = re.compile(r"^(?:#[^\s#]{1,20}#\s*)+$|^#[^\s#]{1,20}(?:\s+#[^\s#]{1,20})+$")
# An e-paper page's info line: 版次：03　基层·林区　期号：20240611, 版面：A3 要闻.
_EPAPER_INFO = re.compile(
    r"^(?:版次|版号|版名|版面|期号|期次|刊期|栏目)\s*[:：]\s*\S"
    # a paper database's export fields in brackets (【版号】003, 【栏目】县域经济)
    r"|^[【\[](?:版次|版号|版名|版面|期号|期次|刊期|栏目|分类号)[】\]]\s*\S"
)
# A list head with its items on the same line: 本版新闻：标题一｜标题二｜标题三.
_INLINE_LIST = re.compile(
    r"^\W*(?:本(?:版|期|刊)(?:其他)?(?:新闻|文章|稿件|要目|导读|目录)|相关(?:新闻|阅读|文章|报道|稿件)|"
    r"延伸阅读|推荐阅读|往期(?:推荐|回顾|精彩)|更多(?:新闻|阅读|推荐))\s*[:：]\s*[^|｜/／]+(?:[|｜/／][^|｜/／]+)+$"
)
# A list's label with its one item or its tags on the line (精彩推荐：标题, 相关节目：《X》 标题,
# 热门标签：A B C): a modifier and a list noun composed, so 相关视频：… or 热点专题：… need no listing.
_ROW_LABEL = (
    r"(?:(?:热门|精彩|相关|延伸|推荐|往期|更多|热点|热搜|今日|最新|编辑|小编|为你|为您|同类|其他|其它|重点)"
    r"(?:推荐|阅读|新闻|报道|节目|视频|音频|标签|话题|专题|文章|内容|链接|资讯|图集|关键词|热词|栏目)"
    r"|标签|关键词|关键字|热词|主题词|tags?)"
)
_LABELLED_ROW = re.compile(rf"^\W*{_ROW_LABEL}\s*[:：]\s*\S")
# Pieces of a page's toolbar row under the title: a relative or a dated time, a reader counter,
# a font-size bar (3小时前 …记者 X 字体 A+ A- / X　2024-07-02 12:30　浏览 3861　收藏 127).
_TOOL = re.compile(
    r"(?P<ago>\d{1,3}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天)"
    rf"|(?P<count>{COUNTER}[)）]?"
    rf"|[\d.,]+\s*(?:万|w|k)?\+?\s*(?:次|人)?\s*{COUNT_WORD})"
    r"|(?P<font>(?:字体|字号)\s*[:：]?\s*(?:[\[【(（]?(?:a\s*[+\-－]|[大中小])[\]】)）]?\s*){2,})"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)
# One cell of an info box: a short label, a slash or colon, a short value with a digit
# (出发时间 / 2024-06, 人均费用：4500元, 行程天数｜7天).
_INFO_CELL = re.compile(
    r"[\u4e00-\u9fff]{2,6}\s*[/／:：|｜]\s*(?=[^\s/／:：|｜]{0,11}\d)[^\s/／:：|｜]{1,12}"
)
# The header of a saved e-mail (From: / To: / Subject: / Date:), told by an address on one of them.
_MAIL_FIELD = re.compile(
    r"^(?:from|to|cc|bcc|reply-to|sender|subject|date|sent|发件人|收件人|抄送|密送|主题|发送时间|日期)\s*[:：]\s*\S"
)
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A Markdown processor's attribute list on a line of its own (kramdown / SiYuan: {: id="…"
# updated="…"}): markup the reader never sees.
_ATTRIBUTE_LIST = re.compile(r"^\{:\s*(?:[\w.#:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))?\s*)*\}$")
# A document editor's revision stamp (最后修改：2024-11-28, 最近编辑于 11月28日, last edited …),
# maybe behind the app's and the document's names: the file's history, not the article's date.
_REVISION_STAMP = re.compile(
    r"(?:最后|最近|上次)(?:修改|编辑|更新|保存)(?:时间|于|人)?\s*[:：]?.{0,16}?(?:\d{2,4}\s*[-/.年]\s*\d|\d{1,2}\s*月\s*\d)"
    r"|last\s*(?:modified|edited|updated|saved)\b"
)
# WeChat's box over a reposted post (以下文章来源于X，作者Y): the platform's words, dropped here
# as chrome, and the account X that wrote the piece, read by metadata. One definition for both.
REPOST_BOX = re.compile(
    r"^(?:以下|下文)(?:文章|内容)(?:来源于|来自|转载自|转自)\s*[:：]?\s*"
    r"(?P<acc>[^\s，,。:：]{2,30}?)\s*(?:[，,]\s*作者\s*\S{1,30})?$"
)
# A script's note to whoever performs or films it, wholly in brackets (（讲解提示：此处请游客观看实物。）,
# 【画面提示：航拍县城全景】, （主持人口播提示：…）): how the text is delivered, never the text.
_PRODUCTION_NOTE = re.compile(
    r"^[(（【\[〔]\s*(?:讲解|解说|导览|主持人?|播音|口播|配音|画面|镜头|拍摄|字幕|同期声?)\S{0,4}?"
    r"(?:提示|备注|说明|注)\s*[:：][^()（）【】\[\]〔〕]{1,80}[)）】\]〕]$"
)
_END_MARK = re.compile(r"^[(（\[【]?\s*(?:完|全文完|end|结束)\s*[)）\]】]?$")


@dataclass
class Zones:
    """Indexes into the line list: header lines, footer lines, and the body span."""

    header: list[int] = field(default_factory=list)
    footer: list[int] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0  # exclusive
    replies: int | None = None  # first line of a forum thread's replies (2楼 …), if any


# A link target may hold one level of brackets: (javascript:void(0);).
_MD_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
_MD_IMAGE = re.compile(r"!\[[^\]]*\]" + _MD_TARGET)
_MD_LINK_TEXT = re.compile(r"\[([^\]]*)\]" + _MD_TARGET)
_ANY_URL = re.compile(r"(?:https?://|www\.)[^\s)\]）】]+")
_ASCII_URL = re.compile(r"(?:https?://|www\.)[!-~]+")


def is_prose(folded: str) -> bool:
    """Reads like an article sentence: long enough, with sentence punctuation.

    Addresses do not count: a Markdown avatar link is long only because of its URLs.
    """
    probe = "".join(without_addresses(folded).split())
    if len(probe) >= 60:
        return True
    return len(probe) >= 18 and any(c in probe for c in _SENTENCE)


def find_zones(lines: list[Line]) -> Zones:
    """Split the lines into header zone, body span and footer zone."""
    content = [i for i, ln in enumerate(lines) if ln.role != BLANK]
    listed = set(list_block_lines(lines, content))
    wrapped = wrapped_prose(lines)
    strong = [
        i
        for i in content
        if lines[i].role == BODY
        and (is_prose(lines[i].folded) or i in wrapped or is_clause_line(lines[i].folded))
        and not chrome_reason(lines[i])
        and i not in listed  # a long headline in a 相关阅读 list is not prose
    ]
    if not strong:
        # No prose at all: a short page; treat the first lines as header only.
        return Zones(header=content[:HEADER_MAX], footer=[], body_start=0, body_end=len(lines))
    if len(strong) >= 2 and _headline_over_bar(lines, content, strong[0]):
        strong = strong[1:]  # 【家乡变化】我们村的路灯终于装好了！！ / 只看楼主　收藏　回复
    replies = reply_start(lines, content, strong[0])
    if replies is not None:
        # Replies under a forum post are comments, however long: they never extend the body.
        strong = [i for i in strong if i < replies] or strong[:1]
    while len(strong) > 1 and is_caption(lines[strong[-1]].folded):
        # A photo's caption after the last paragraph (图为…。) describes a picture the saved
        # text no longer has: it closes no text, so it never extends the body.
        strong.pop()
    while len(strong) > 1 and is_caption(lines[strong[0]].folded):
        # A photo's caption above the first paragraph (图为…。（X 摄）) labels a picture
        # the saved text lost: it starts no text either.
        strong.pop(0)
    first, last = strong[0], strong[-1]
    header = [i for i in content if i < first][:HEADER_MAX]
    if len(header) < len([i for i in content if i < first]):
        # A very long header: only its last lines are judged as header.
        header = [i for i in content if i < first][-HEADER_MAX:]
    footer = [i for i in content if i > last][-FOOTER_MAX:]
    return Zones(header=header, footer=footer, body_start=first, body_end=last + 1, replies=replies)


# The first post's poster row: 楼主：网名　Lv.9, 楼主 网名 发表于 … (replies are numbered instead).
_OP_ROW = re.compile(r"^(?:楼主|lz|发帖人)\s*[:：|｜]?\s*[^\s:：,，。|｜]{2,16}(?:\s|$)")


def _headline_over_bar(lines: list[Line], content: list[int], first: int) -> bool:
    """A short exclamation or question with no clause mark, right above a toolbar or counter
    (a thread's title over 只看楼主　收藏　回复), or any short line of that kind right above
    the first post's poster row: a headline, not the text's first sentence."""
    compact = "".join(lines[first].folded.split()).rstrip(_CLOSERS)
    nxt = next((i for i in content if i > first), None)
    over_poster = nxt is not None and _OP_ROW.match(lines[nxt].folded.strip()) is not None
    if (
        not 6 <= len(compact) <= 40
        or (compact[-1] not in "！？!?" and not over_poster)
        or re.search(r"[。，,；;：:、]", compact)
    ):
        return False
    return (
        nxt is not None
        and not is_prose(lines[nxt].folded)
        and (over_poster or chrome_reason(lines[nxt]) is not None)
    )


def reply_start(lines: list[Line], content: list[int], first: int) -> int | None:
    """Where replies or comments start after the text: the first reply's floor header
    (2楼 2025-03-02 11:30) or the head of a comment list (全部评论（3）, 精选留言)."""
    # Where the post itself is marked 楼主, replies may be numbered from 1 (#1楼).
    op = any("楼主" in lines[i].folded for i in content if i < first)
    for pos, i in enumerate(content):
        if i <= first:
            continue
        probe = lines[i].folded.strip()
        m = _FLOOR.match(probe) or (_FLOOR_REPLY.match(probe) if op else None)
        if (
            (m and int(m.group("n")) >= (1 if op else 2))
            or _NAMED_FLOOR.match(probe)
            or (_COMMENT_HEAD.match(probe) and _comments_follow(lines, content[pos + 1 : pos + 4]))
        ):
            return i
        if (
            pos + 1 < len(content)
            and _COMMENT_COUNT.search(probe)
            and chrome_reason(lines[i]) is not None
            and not is_prose(probe)
            # `content` is in line order: the lines after this one are the rest of it
            and all(_HANDLE_SAYS.match(lines[k].folded.strip()) for k in content[pos + 1 :])
        ):
            return content[pos + 1]  # every line after the count reads 网名：话
    return None


def _comments_follow(lines: list[Line], after: list[int]) -> bool:
    """Comments, not a section of the text (【网友评论】 in a round-up): a commenter's time,
    reply or like widget next, or no prose at all."""
    probes = [lines[k].folded.strip() for k in after]
    return any(_COMMENT_META.search(p) for p in probes) or not any(is_prose(p) for p in probes)


def is_clause_line(folded: str) -> bool:
    """A line that stops at a comma (他说， / 应该是这样的时代氛围﹐): text written one clause
    per line. A headline never ends so, so it cannot start the body too early."""
    compact = "".join(without_addresses(folded).split()).rstrip(_CLOSERS)
    return len(compact) >= 8 and compact[-1] in "，,、﹐﹑；;"


def without_addresses(folded: str) -> str:
    """The text without URLs and Markdown link targets ([费县发布](javascript:void(0);) -> 费县发布)."""
    if "http" in folded or "www." in folded or "](" in folded:
        folded = _ANY_URL.sub("", _MD_LINK_TEXT.sub(r"\1", _MD_IMAGE.sub("", folded)))
    return folded


def wrapped_prose(lines: list[Line]) -> set[int]:
    """Lines of hard-wrapped prose (a PDF page, text wrapped at a column): each piece is short,
    but the sentence they make when re-joined is prose."""
    from index.ingest.paragraphs import _unwrap, is_wrapped, wrap_width

    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        width = wrap_width([lines[i] for i in run])
        wraps = sum(1 for i in run[:-1] if is_wrapped(lines[i], width))
        # Hard-wrapped text breaks most of its lines at one column; one long row above
        # a sentence (an info table over the lead) is not that.
        if len(run) >= 4 and wraps >= max(3, 0.4 * len(run)):
            at = {id(lines[i]): i for i in run}
            for group in _unwrap([lines[i] for i in run]):
                joined = "".join(ln.folded.strip() for ln in group)
                # A sentence's end, not only length: a title over a 来源 line is long, not prose.
                if len(group) >= 2 and is_prose(joined) and any(c in joined for c in "。！？!?"):
                    out.update(at[id(ln)] for ln in group)
        run.clear()

    for i, line in enumerate(lines):
        if line.role == BODY:
            run.append(i)
        else:
            close()
    close()
    return out


REASONS_MAX = 20_000  # folded lines whose chrome reason is remembered (memory stays bounded)
_reasons: dict[str, str | None] = {}


def chrome_reason(line: Line) -> str | None:
    """Why a header/footer line is site chrome by its shape and words, or None."""
    # A function of the folded text alone, asked of each body line twice per article
    # (finding zones, then dropping widget lines) and of recurring chrome in every file.
    folded = line.folded
    reason = _reasons.get(folded, _UNKNOWN)
    if reason is _UNKNOWN:
        if len(_reasons) >= REASONS_MAX:
            _reasons.clear()
        reason = _reasons[folded] = _chrome_reason(folded)
    return reason


_UNKNOWN = object()


def _chrome_reason(folded: str) -> str | None:
    """`chrome_reason` of a folded line, worked out."""
    probe = folded.strip()
    if not probe:
        return None
    compact = "".join(probe.split())
    if not _CJK_OR_WORD.search(probe):
        return "punctuation only"
    if _END_MARK.match(compact):
        return "end mark"
    if _PRODUCTION_NOTE.match(compact):
        return "script's production note"
    if _ATTRIBUTE_LIST.match(probe):
        return "markup attributes"
    if len(compact) <= 60 and not _has_mark(compact) and _REVISION_STAMP.search(probe):
        return "document's revision stamp"
    if len(compact) <= 60 and REPOST_BOX.match(compact):
        return "platform's repost box"
    if (
        _COUNTER.match(probe)
        or _COUNTERS.match(probe)
        or _JOINED.match(compact)
        or _COUNTS_AFTER.match(probe)
        or _BARE_COUNTS.match(probe)
        or _ICON_COUNTS.match(probe)
    ):
        return "counter"
    if len(compact) <= 30 and _ACK_PROMPT.match(compact):
        return "prompt to the reader"
    if len(compact) <= 60 and _CHAT_EXPORT.match(probe):
        return "chat export header"
    if len(compact) <= 40 and re.fullmatch(r"(?:@[^\s@，。,]{1,20}\s*)+", probe):
        return "chat mention"  # @所有人 over a group notice
    if _IP_STAMP.match(compact):
        return "platform or copyright notice"
    if len(compact) <= 80 and _WEB_ARCHIVE.match(probe):
        return "link"
    if len(compact) <= 60 and _FOREIGN_SHARE.match(probe):
        return "share/navigation words (share)"
    if len(compact) <= 16 and _FOLD_CONTROL.match(probe):
        return "share/navigation words (fold control)"
    if _FONT_BAR.match(compact):
        return "share/navigation words (font size)"
    if _PLAYER.match(compact) or media_row(compact):
        return "media player"
    if _LOADING.match(compact):
        return "loading placeholder"
    if _PRINT_FOOTER.match(compact):
        return "printed page's footer"
    if len(compact) <= 40 and _CLIPPED_FROM.match(probe):
        return "web clipper's note"
    if len(compact) <= 30 and not _has_mark(compact) and _SCAN_TO_READ.search(compact):
        return "share/navigation words (scan to read)"
    if len(compact) <= 30 and _SERVICE_WIDGET.match(compact):
        return "share/navigation words (service buttons)"
    if len(compact) <= 30 and _PRODUCER.match(probe):
        return "producer credit"
    if len(compact) <= 40 and _DOC_NUMBER.match(compact):
        return "document number"
    if (len(compact) <= 160 and _ISSUE_NOTE.match(compact)) or (
        len(compact) <= 80 and _COVER_NOTE.match(compact)
    ):
        return "document's issue or cover note"
    if (
        len(compact) <= 60
        and not re.search(r"[。！？!?；;]", compact)
        and _READING_TIME.search(compact)
    ):
        return "reading-time bar"
    if _LINK_ITEM.match(probe) and len(compact) <= 60 and "。" not in compact:
        return "link"
    if re.match(r"^@[^\s:：@]{1,24}\s*[:：]", probe):
        return "reader comment"
    if len(compact) <= 30 and _PHOTO_CREDIT.match(compact):
        return "photo credit"
    if len(compact) <= 120 and _CONTACT_FOOTER.match(probe):
        return "address or contact footer"
    if (
        _EPAPER.match(compact)
        or is_epaper_bar(probe)
        or (len(compact) <= 60 and _EPAPER_INFO.match(compact) and not _has_mark(compact))
    ):
        return "e-paper page navigation"
    if len(compact) <= 150 and _INLINE_LIST.match(probe) and not _has_mark(compact):
        return "link list with its heading"
    if len(compact) <= 60 and _LABELLED_ROW.match(probe) and not re.search(r"[。；;]", compact):
        return "link list with its heading"
    if len(compact) <= 80 and toolbar_row(probe):
        return "toolbar row"
    if len(compact) <= 80 and info_box(probe):
        return "info box"
    if _RUNNING_HEAD.match(compact):
        return "periodical's running header"
    if (_CREDIT_CHAIN.match(probe) and len(compact) <= 80) or _CREDIT_SPACED.match(probe):
        return "editor credits"
    if (
        len(compact) <= 80
        and (_FLOOR.match(probe) or _POSTED_FROM.search(probe))
        and "。" not in compact
    ):
        return "forum post bar"
    if len(compact) <= 60 and "。" not in compact and _FOLLOW.search(compact):
        return "follow-us prompt"
    if len(compact) <= 20 and social_label(compact):
        return "follow-us prompt"
    if len(compact) <= 30 and _SUBSCRIBE.match(compact):
        return "follow-us prompt"
    if _POSTER_FOLLOW.match(probe):
        return "follow-us prompt"
    if len(compact) <= 60 and _SHARE_HOWTO.search(compact):
        return "share/navigation words (share)"
    if len(compact) <= 30 and _WEATHER.match(compact):
        return "weather widget"
    if engagement_prompt(compact):
        return "prompt to the reader"
    if (len(compact) <= 60 and _APP_UI.search(compact)) or _READ_LATER.match(probe):
        return "reading app's screen"
    if len(compact) <= 80 and _EDIT_STAMP.match(probe):
        return "forum post bar"
    if len(compact) <= 80 and (_IMPRINT_LINE.match(probe) or _CLOCK_LINE.match(compact)):
        return "platform or copyright notice"
    if _HOTLINE.match(probe):
        return "address or contact footer"
    if _MD_LINK.match(probe) or _BARE_URL.match(probe) or labelled_address(probe):
        return "link"
    if _HASHTAGS.match(probe):
        return "topic tags"
    if _NAME_AND_ADDRESS.match(probe):
        return "site name and address"
    if "](" in probe:  # [![avatar](…)](…): images and links with little text of their own
        label = _ANY_URL.sub("", _MD_LINK_TEXT.sub(r"\1", _MD_IMAGE.sub("", probe)))
        if len(re.sub(r"[\W_]", "", label)) <= 12 and not any(c in label for c in _SENTENCE):
            return "link"
    if is_breadcrumb(probe):
        return "breadcrumb"
    if _LIST_HEAD.match(probe):
        return "link list heading"
    if len(compact) <= 150 and _NOTICE.search(compact):
        return "platform or copyright notice"
    if len(compact) <= 50 and _DISCLAIMS.search(compact):
        return "publisher's disclaimer"
    if len(compact) <= 50 and _SAVERS_NOTE.match(compact):
        return "saver's note"
    if (
        len(compact) <= 60
        and not re.search(r"[。！？!?；;]", compact)
        and _BAR_NOTICE.search(compact)
    ):
        return "platform or copyright notice"
    words = _WIDGET.findall(compact)
    if words:
        rest = re.sub(r"[\W\d_a-z]+", "", _WIDGET.sub(_widget_or_word, compact))
        bare = re.sub(
            r"^[(\[【<《（〔\s]+(?:我要纠错|纠错)?[)\]】>》）〕\s]*|^(?:本版|本期|本刊|本文|文章|博文|帖子|相关)",
            "",
            compact,
        )
        led = _WIDGET.match(bare)
        # 编辑：张三 is a credit, 编辑部里的年轻人 a headline: a short word must stand alone.
        if led and led.group(0) in _PLAIN_WORDS and re.match(r"[\u4e00-\u9fff]", bare[led.end() :]):
            led = None
        # Mostly widget words (分享到 微信 微博), or a short line led by one (责任编辑：…).
        if len(rest) <= max(2, len(compact) // 4) or (
            led and len(compact) <= 40 and "。" not in compact
        ):
            return f"share/navigation words ({words[0]})"
    if len(compact) <= 24 and names_only(compact):
        return "site or app name"
    if len(compact) <= 28 and slogan_publisher(compact) is not None:
        return "platform's slogan"
    if is_menu(probe):
        return "menu"
    cells = probe.split(maxsplit=1)
    if len(cells) == 2 and len(cells[0]) <= 16 and names_only(cells[0]):
        # An outlet's name before a bar or a credit (安阳日报　编辑：郝静): the rest decides.
        rest = _chrome_reason(cells[1])
        if rest is not None and rest != "too short for text":
            return rest
    if widget_row(probe):
        return "toolbar row"
    if (
        len(compact) <= 3
        and not any(c in compact for c in _SENTENCE)
        and not ends_like_clause(compact)
    ):
        return "too short for text"
    return None


# What a button acts on (赞赏作者, 分享给朋友, 收藏本文): the word stays a widget before these.
_READER_OBJECT = re.compile(
    r"(?:作者|小编|我们|本号|本站|本文|此文|文章|全文|原文|好友|朋友圈?|公众号)"
)


def _widget_or_word(m: re.Match) -> str:
    """A widget word as `_WIDGET.sub` removes it, unless it is a plain word run on into text
    (关注民生, 分享经验, 返回码头: a subhead, not a bar), which stays as text."""
    after = m.string[m.end() :]
    if (
        m.group(0) in _PLAIN_WORDS
        and re.match(r"[\u4e00-\u9fff]", after)
        and not _WIDGET.match(after)
        and not _READER_OBJECT.match(after)
    ):
        return m.group(0)
    return ""


def widget_row(probe: str) -> bool:
    """A row of widgets set apart by spaces, each chrome on its own (举报　打开X阅读更多)."""
    cells = probe.split()
    if not 2 <= len(cells) <= 6 or len(probe) > 48 or re.search(r"[。！？!?；;]", probe):
        return False
    for cell in cells:
        why = _chrome_reason(cell)
        if not (why and why != "too short for text") and not is_app_advert(cell):
            return False
    return True


def _has_mark(compact: str) -> bool:
    """Whether a line holds a sentence or clause mark (text, not a bar of items)."""
    return bool(re.search(r"[。！？!?；;，,]", compact))


def labelled_address(probe: str) -> bool:
    """A web address with a short label and nothing else (Clipped from: URL, 已从 <URL> 粘贴,
    原文链接：URL): where the page came from, not text."""
    if not _ASCII_URL.search(probe):
        return False
    label = _ASCII_URL.sub("", probe)
    return len(re.sub(r"[\W_]", "", label)) <= 16 and not any(c in label for c in _SENTENCE)


def mail_header(lines: list[Line], indexes: list[int]) -> dict[int, str]:
    """The header block of a saved e-mail (From/To/Subject/Date lines) among header lines:
    at least two fields, one of them carrying an address."""
    fields = [i for i in indexes if _MAIL_FIELD.match(lines[i].folded.strip())]
    if len(fields) < 2 or not any(_MAIL_ADDRESS.search(lines[i].folded) for i in fields):
        return {}
    return dict.fromkeys(fields, "e-mail header")


def is_epaper_bar(probe: str) -> bool:
    """A bar of e-paper navigation: page items and moves (上一版 下一版), with or without a date,
    or the issue's date beside its page label (2025年04月08日 星期二　第A02版：综合新闻)."""
    if len(probe) > 100:
        return False
    if not _EPAPER_MOVE.search(probe) and not (_PAGE_LABEL.search(probe) and _DATED.search(probe)):
        return False
    return len(re.sub(r"[\W_]", "", _EPAPER_ITEM.sub("", probe))) <= 2


_PAGE_LABEL = re.compile(r"第\s*[a-z]?\d{1,3}\s*版")
_DATED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")


def toolbar_row(probe: str) -> bool:
    """A toolbar row: two or more pieces of page furniture (times, reader counters, a font-size
    bar), one of them not a date, beside at most a short name or byline (the row's poster)."""
    pieces = list(_TOOL.finditer(probe))
    if len(pieces) < 2 or not any(
        m.group("ago") or m.group("count") or m.group("font") for m in pieces
    ):
        return False
    rest = [t for t in re.split(r"[\s|｜/·•]+", _TOOL.sub(" ", probe)) if t]
    return (
        len(rest) <= 3
        and sum(map(len, rest)) <= 16
        and not any(re.search(r"[。！？!?，,；;：:]", t) for t in rest)
    )


def info_box(probe: str) -> bool:
    """A row of labelled figures and nothing else (出发时间 / 2024-06　出行天数 / 7天　人均费用 / 4500元):
    a travel note's or a product page's info box, not text."""
    cells = _INFO_CELL.findall(probe)
    return len(cells) >= 2 and not re.sub(r"[\s|｜·•]", "", _INFO_CELL.sub("", probe))


def names_only(compact: str) -> bool:
    """A line that is only publisher names (新浪新闻客户端, 凤凰网资讯官方账号); an office's
    name alone (中华人民共和国财政部, 某某县人民政府) signs a document and is no site's bar."""
    from index.ingest.publishers import publishers

    names = publishers().find(compact)
    if any(n.publisher.kind in ("gov", "institute") for n in names):
        return False
    if not names:
        return False
    rest = compact
    for n in reversed(names):
        rest = rest[: n.start] + rest[n.end :]
    return not re.sub(r"客户端|官方账号|官方网站|官方|官网|网站|app|首页|[\W\d_]", "", rest)


_SLOGAN = re.compile(r"([^，,]{2,10})[，,]([^，,。！？!?；;:：\d]{3,16})[!！]?")


def social_label(compact: str) -> bool:
    """A social account's label under its QR code: 官方微信, 官方微博, 中国新闻网微信 (the part
    before the platform is 官方 or an outlet's name; 我的微信 is no label)."""
    m = _SOCIAL_LABEL.match(compact)
    if not m:
        return False
    who = m["who"]
    return not who or who in ("官方", "官网") or names_only(who)


def slogan_publisher(compact: str):
    """The publisher whose slogan the line is, else None: its name, a comma and a phrase with
    no sentence end on a line of its own (美篇，让每个人都能轻松表达自己 / 今日头条，你关心的才是头条)."""
    from index.ingest.publishers import publishers

    m = _SLOGAN.fullmatch(compact)
    if not m:
        return None
    return next(
        (
            n.publisher
            for n in publishers().find(m[1])
            if n.start == 0 and n.end == len(m[1]) and n.publisher.kind not in ("gov", "institute")
        ),
        None,
    )


def is_breadcrumb(folded: str) -> bool:
    """首页 > 新闻 > 正文, 人民网>>浙江频道, 您当前的位置：…"""
    probe = folded.strip()
    if _CRUMB_START.search(probe):
        return True
    if any(c in probe for c in '。！？，,“”"'):
        return False
    if re.search(r">|›|»|＞|→", probe):
        parts = [p for p in re.split(r"\s*(?:>>|>|›|»|＞|→)\s*", probe) if p]
        return len(parts) >= 2 and all(len(p) <= 12 for p in parts)
    # Bars alone are also a title's site suffix (标题|光明网): need three short items.
    parts = [p for p in re.split(r"\s*\|\s*", probe) if p]
    return len(parts) >= 3 and "_" not in probe and all(len(p) <= 6 for p in parts)


def is_menu(folded: str) -> bool:
    """A row of short menu items: 首页 要闻 时事 财经, also behind the site's name
    (宜春新闻网　首页　新闻　县区　专题)."""
    parts = folded.split()
    if len(parts) >= 3 and all(len(p) <= 4 for p in parts):
        return True
    return (
        len(parts) >= 4
        and len(parts[0]) <= 12
        and all(len(p) <= 4 for p in parts[1:])
        and not _NOT_MENU.search(folded)
    )


# Clause marks and title separators: 标题 | 地方 | 中央社 cna is a <title>, not a menu.
_NOT_MENU = re.compile(r"[。！？!?；;，,：:、“”\"|｜_/>›»\-–—]")


def list_block_lines(lines: list[Line], indexes: list[int]) -> dict[int, str]:
    """Zone lines that belong to a link list (after 往期推荐, 相关阅读…)."""
    out: dict[int, str] = {}
    in_block = False
    for i in indexes:
        line = lines[i]
        probe = line.folded.strip()
        if _LIST_HEAD.match(probe):
            in_block = True
            out[i] = "link list heading"
            continue
        if in_block:
            # Headlines have no full stop, even when long or asking a question.
            if (
                not is_prose(probe)
                or _MD_LINK.match(probe)
                or (len(probe) <= 60 and "。" not in probe)
            ):
                out[i] = "link list"
                continue
            in_block = False
    return out


_TABLE_ROW = re.compile(r"^\|(.+)\|$")
# The head of a key/value table (| 属性 | 值 |, | Property | Value |, | 字段 | 内容 |).
_KEY_VALUE_HEAD = re.compile(
    r"^(?:属性|属性名|字段|字段名|项目|名称|键|key|property|field|name)"
    r"\|(?:值|属性值|内容|取值|说明|value|content)$"
)


def property_table(lines: list[Line], indexes: list[int]) -> set[int]:
    """Rows of a two-column Markdown table above the text that is the page's properties
    (a notes app's export: | 属性 | 值 |, | 来源 | X |, | 标签 | a, b |), known by its
    key/value head or by a row already read as metadata; a data table is none of these."""
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        rows = [i for i in run if not re.fullmatch(r"[|:\-\s]+", lines[i].folded.strip())]
        cells = [
            [c.strip() for c in _TABLE_ROW.match(lines[i].folded.strip())[1].split("|")]
            for i in rows
        ]
        if (
            len(rows) >= 2
            and all(len(c) == 2 and 0 < len(c[0]) <= 8 for c in cells)
            and (
                _KEY_VALUE_HEAD.match("|".join(cells[0]).replace(" ", ""))
                or any(lines[i].role == META for i in rows)
            )
        ):
            out.update(run)
        run.clear()

    for i in indexes:
        if _TABLE_ROW.match(lines[i].folded.strip()) and (not run or i == run[-1] + 1):
            run.append(i)
        else:
            close()
            if _TABLE_ROW.match(lines[i].folded.strip()):
                run.append(i)
    close()
    return out


def nav_runs(
    lines: list[Line], indexes: list[int], width: int = 6, reason: str = "navigation menu"
) -> dict[int, str]:
    """Runs of three or more short lines without a sentence (a menu or a link list)."""
    out: dict[int, str] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            out.update(dict.fromkeys(run, reason))
        run.clear()

    for i in indexes:
        compact = line_key(lines[i].folded)
        if (
            lines[i].role == BODY
            and 1 <= len(compact) <= width
            and not any(c in compact for c in _SENTENCE + "，,")
            and not ends_like_clause(compact)
        ):
            if (
                run
                and i != run[-1] + 1
                and any(lines[k].role != BLANK for k in range(run[-1] + 1, i))
            ):
                close()
            run.append(i)
        else:
            close()
    close()
    return out


def ends_like_clause(text: str) -> bool:
    """Whether a line ends like a sentence or a clause (他说， / 道︰ / 氛围﹐), quotes aside."""
    compact = "".join(text.split()).rstrip(_CLOSERS)
    return bool(compact) and compact[-1] in CLAUSE_END


def line_key(folded: str) -> str:
    """The form of a line compared across files: folded, without spaces."""
    return "".join(folded.split())


class LineRecurrence:
    """How many different articles of each folder carry each short header/footer line.

    Copies of one article (a wire story saved from three portals) count once, so
    a shared headline never turns into chrome; only lines shared by different
    articles do.
    """

    MAX_FILES = 400  # files read per folder; enough to see what recurs
    MIN_FILES = 3
    SHARE = 0.2

    def __init__(self) -> None:
        self._seen: dict[str, dict[str, set[str]]] = {}
        self._articles: dict[str, set[str]] = {}

    def add(self, path: str, keys: set[str], signature: str | None = None) -> None:
        """Count one file's candidate lines under its folder; `signature` names its article."""
        folder = os.path.dirname(path)
        sig = signature or path
        self._articles.setdefault(folder, set()).add(sig)
        seen = self._seen.setdefault(folder, {})
        for key in keys:
            seen.setdefault(key, set()).add(sig)

    def recurs(self, path: str, key: str) -> tuple[int, int] | None:
        """(articles carrying it, articles in folder) when `key` is chrome by recurrence."""
        folder = os.path.dirname(path)
        n = len(self._articles.get(folder, ()))
        seen = len(self._seen.get(folder, {}).get(key, ()))
        if seen >= self.MIN_FILES and seen >= self.SHARE * n:
            return seen, n
        return None

    def folders(self) -> set[str]:
        """Folders counted so far."""
        return set(self._articles)


def article_signature(lines: list[Line]) -> str | None:
    """The first prose line, which copies of one article share."""
    for ln in lines:
        if ln.role != BLANK and is_prose(ln.folded):
            return line_key(ln.folded)[:60]
    return None


def candidate_keys(lines: list[Line]) -> set[str]:
    """Keys of a file's short lines near its top and bottom (what recurrence looks at)."""
    content = [ln for ln in lines if ln.role != BLANK]
    picked = content[:HEADER_MAX] + content[-FOOTER_MAX:]
    return {k for ln in picked if 2 <= len(k := line_key(ln.folded)) <= 80}
