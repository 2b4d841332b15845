"""Write tests/layouts/heldout19b/: a second writer's fresh held-out set (articles + labels.yaml).

    python tests/layouts/make_heldout19b.py tests/layouts/heldout19b

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only (--quiet). It was written beside
heldout19 by a different writer, so its layouts, outlets and counties differ
from heldout19's and from every earlier set's: counties none of them named
(Yuan'an, Xingshan, Yingjiang, Mangshi, Zizhong, Jiangyou, Xiping, Wenchuan,
Qianshan, Damxung, Nyemo, Jianghua, Lanxi, Akto, Guannan, Yiliang, Zhuozi,
Dong'e, Yizhang, Tongjiang, Suixian, Li County, Linshui, Dingyuan, Haiyan,
Shuangliao, Fuxin Mongol County and others) and outlets none of them quoted.
Hong Kong, Macau and the Taiwan counties are tagged at SAR/county level, so
those units recur. About 70 % are mainstream pages; the rest vary the
encoding, where the metadata sits and inject a few spam strings. Every
article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art

# --- county government portals ------------------------------------------------------------
art(
    "yuanan_gov_xxgk_table.html",
    "county government's 政府信息公开 page (<title> 标题 - 远安县人民政府, 信息公开 nav, crumb with /, a 索引号 / 发布机构 / 生成日期 / 主题分类 metadata table above the title, 【我要打印】【关闭】, 扫一扫 line, 鄂ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>鹿苑村黄茶加工坊开工 秋茶收购价稳中有升 - 远安县人民政府</title>
    </head>
    <body>
    <div class="top">远安县人民政府门户网站　<a href="#">无障碍</a>　<a href="#">English</a></div>
    <div class="nav">信息公开指南 | 信息公开制度 | 法定主动公开内容 | 依申请公开 | 信息公开年报</div>
    <div class="crumb">首页 / 信息公开 / 法定主动公开内容 / 农业农村</div>
    <table class="xxgk">
    <tr><td>索引号：011094212/2024-08813</td><td>发布机构：远安县农业农村局</td></tr>
    <tr><td>生成日期：2024年09月03日</td><td>主题分类：农业、林业、水利</td></tr>
    </table>
    <h1>鹿苑村黄茶加工坊开工 秋茶收购价稳中有升</h1>
    <div class="zoom">【字号：大 中 小】</div>
    <div class="content">
    <p>九月初，宜昌市远安县鹿苑村的茶叶加工坊里炒锅烧得正旺，师傅们手工翻炒、闷黄，整条街都飘着茶香。</p>
    <p>鹿苑黄茶讲究“闷堆渥黄”，鲜叶杀青后要堆放十几个小时，做出来的茶汤色杏黄、滋味醇和。</p>
    <p>村里的老茶师说，以前秋茶卖不上价，很多茶园干脆不采了；这几年黄茶有了名气，秋茶也有人专门来收。</p>
    <p>今年秋茶鲜叶收购价每斤比去年高出两到三元，合作社和茶农签了保底收购协议，价格低了有合作社兜底。</p>
    <p>为了把手艺传下去，加工坊每年办两期制茶培训班，已有四十多名年轻人学会了闷黄工艺。</p>
    <p>远安县农业农村局的工作人员说，全县茶园面积已超过七万亩，下一步将统一包装和品牌，推动茶叶进商超。</p>
    </div>
    <div class="tool">【我要打印】　【关闭】</div>
    <div class="qr">扫一扫在手机上查看当前页面</div>
    <div class="foot">远安县人民政府办公室主办　鄂ICP备09004412号-1　网站标识码：4205250002</div>
    </body>
    </html>
    """,
    title="鹿苑村黄茶加工坊开工 秋茶收购价稳中有升",
    source="远安县农业农村局",
    site="远安县人民政府",
    date="2024-09-03",
    chrome=[
        "信息公开指南 | 信息公开制度 | 法定主动公开内容 | 依申请公开 | 信息公开年报",
        "首页 / 信息公开 / 法定主动公开内容 / 农业农村",
        "索引号：011094212/2024-08813",
        "【我要打印】　【关闭】",
        "扫一扫在手机上查看当前页面",
        "鄂ICP备09004412号-1",
    ],
    body=[
        "师傅们手工翻炒、闷黄",
        "做出来的茶汤色杏黄、滋味醇和",
        "秋茶也有人专门来收",
        "已有四十多名年轻人学会了闷黄工艺",
    ],
    regions=[
        ("九月初，宜昌市远安县鹿苑村", ["湖北省/宜昌市/远安县"]),
        ("鹿苑黄茶讲究“闷堆渥黄”", []),
        ("村里的老茶师说，以前秋茶卖不上价", []),
        ("今年秋茶鲜叶收购价每斤", []),
        ("为了把手艺传下去", []),
        ("远安县农业农村局的工作人员说", ["湖北省/宜昌市/远安县"]),
    ],
    complete=True,
)

art(
    "yingjiang_gov_elderly_mode.html",
    "county government portal with an accessibility toolbar (<title> 标题_盈江县人民政府, 无障碍 / 关怀版 / 繁體 toolbar, 首页 > 新闻中心 > 盈江要闻 crumb, bracketed 【来源：…】【作者：…】【发布时间：2024-02-21】 row, 【我要纠错】, 微信扫一扫分享, 滇ICP备 footer with 政府网站找错 badge text)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>盈江：犀鸟谷里的“等鸟人”_盈江县人民政府</title></head>
    <body>
    <div class="tools">无障碍　关怀版　繁體　登录</div>
    <div class="nav">首页 | 走进盈江 | 新闻中心 | 政府信息公开 | 政务服务 | 互动交流</div>
    <div class="crumb">首页 &gt; 新闻中心 &gt; 盈江要闻</div>
    <h1>盈江：犀鸟谷里的“等鸟人”</h1>
    <div class="meta">【来源：盈江县融媒体中心】【作者：岳春燕】【发布时间：2024-02-21】</div>
    <div class="article">
    <p>二月的德宏州盈江县，热带雨林里的果树陆续挂果，前来觅食的犀鸟成了林子里最忙碌的“客人”。</p>
    <p>天还没亮，观鸟向导就带着客人钻进隐蔽棚，架好相机和望远镜，一等就是大半天。</p>
    <p>一位向导原来靠砍柴、种砂仁为生，后来跟着护鸟队学认鸟，如今能叫出两百多种鸟的名字。</p>
    <p>他说，犀鸟对环境很挑剔，只在老树的树洞里筑巢，林子保护好了，鸟才会年年回来。</p>
    <p>村里成立了护鸟协会，把几十个天然树洞编号登记，繁殖季节安排专人看守，禁止任何人靠近惊扰。</p>
    <p>靠着观鸟生意，村民们开起了客栈和农家饭馆，一到冬春季节，来自全国各地的观鸟爱好者把房间住得满满的。</p>
    </div>
    <div class="tool">【我要纠错】</div>
    <div class="share">微信扫一扫分享</div>
    <div class="foot">主办：盈江县人民政府办公室　滇ICP备05006251号　政府网站找错</div>
    </body>
    </html>
    """,
    title="盈江：犀鸟谷里的“等鸟人”",
    source="盈江县融媒体中心",
    site="盈江县人民政府",
    date="2024-02-21",
    author="岳春燕",
    chrome=[
        "无障碍　关怀版　繁體　登录",
        "首页 | 走进盈江 | 新闻中心 | 政府信息公开 | 政务服务 | 互动交流",
        "首页 > 新闻中心 > 盈江要闻",
        "【我要纠错】",
        "微信扫一扫分享",
        "滇ICP备05006251号",
    ],
    body=[
        "前来觅食的犀鸟成了林子里最忙碌的“客人”",
        "一等就是大半天",
        "如今能叫出两百多种鸟的名字",
        "把几十个天然树洞编号登记",
    ],
    regions=[
        ("二月的德宏州盈江县", ["云南省/德宏傣族景颇族自治州/盈江县"]),
        ("天还没亮，观鸟向导就带着客人", []),
        ("一位向导原来靠砍柴、种砂仁为生", []),
        ("他说，犀鸟对环境很挑剔", []),
        ("村里成立了护鸟协会", []),
        ("靠着观鸟生意，村民们开起了客栈", []),
    ],
    complete=True,
)

art(
    "akto_gov_saved_text_url_date.txt",
    "county government page saved by the browser as plain text, the only date in the page address on the first line (https://…/art/2024/4/19/art_…html), masthead 阿克陶县人民政府, 首页 >> 阿克陶新闻 line, title, 来源：阿克陶县融媒体中心 with no date, body, 上一篇/下一篇, 新ICP备 footer",
    "utf-8",
    """
    https://www.xjakt.gov.cn/art/2024/4/19/art_2231_90412.html
    阿克陶县人民政府
    首页 | 政务公开 | 阿克陶新闻 | 政务服务 | 互动交流
    首页 >> 阿克陶新闻

    阿克陶：帕米尔高原上的杏花季

    来源：阿克陶县融媒体中心　　浏览次数：642

    四月中旬，克孜勒苏柯尔克孜自治州阿克陶县的杏园里，杏花开得正盛，粉白的花海一直铺到雪山脚下。

    当地种杏已有几百年历史，家家户户房前屋后都有几棵老杏树，杏子晒成杏干，是过冬必备的零嘴。

    这几年，县里引进了新品种，改良了老果园的灌溉方式，杏子的个头和甜度都上来了。

    花开时节，乡里办起了赏花活动，村民们穿上节日的盛装，在杏树下跳起了舞，还摆出了馕和酸奶招待游客。

    一位村民说，以前杏子熟了只能自己晒干慢慢卖，现在有了冷库和物流站，鲜杏也能运到喀什、乌鲁木齐。

    上一篇：阿克陶县开展春季植树造林活动
    下一篇：阿克陶县召开春耕生产推进会
    版权所有：阿克陶县人民政府　新ICP备13002115号
    """,
    title="阿克陶：帕米尔高原上的杏花季",
    source="阿克陶县融媒体中心",
    site="阿克陶县人民政府",
    date="2024-04-19",
    chrome=[
        "https://www.xjakt.gov.cn/art/2024/4/19/art_2231_90412.html",
        "首页 | 政务公开 | 阿克陶新闻 | 政务服务 | 互动交流",
        "首页 >> 阿克陶新闻",
        "浏览次数：642",
        "上一篇：阿克陶县开展春季植树造林活动",
        "新ICP备13002115号",
    ],
    body=[
        "粉白的花海一直铺到雪山脚下",
        "是过冬必备的零嘴",
        "杏子的个头和甜度都上来了",
        "鲜杏也能运到喀什、乌鲁木齐",
    ],
    regions=[
        (
            "四月中旬，克孜勒苏柯尔克孜自治州阿克陶县",
            ["新疆维吾尔自治区/克孜勒苏柯尔克孜自治州/阿克陶县"],
        ),
        ("当地种杏已有几百年历史", []),
        ("这几年，县里引进了新品种", []),
        ("花开时节，乡里办起了赏花活动", []),
        (
            "一位村民说，以前杏子熟了只能自己晒干",
            ["新疆维吾尔自治区/喀什地区", "新疆维吾尔自治区/乌鲁木齐市"],
        ),
    ],
    complete=True,
)

# --- city papers' sites and e-papers -------------------------------------------------------
art(
    "neijiang_news_zizhong_wenmiao.html",
    "city news site (<title> 标题-内江新闻网, logo + 频道 nav with 视频 and 专题, 内江新闻网 » 区县 » 资中 crumb, 2024-05-08 10:12:35 来源：内江新闻网 作者：… row, 编辑 line, 相关新闻 list, 网络举报 + 蜀ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>资中文庙修缮后重新开放 老城游客多起来-内江新闻网</title></head>
    <body>
    <div class="head"><span class="logo">内江新闻网</span></div>
    <div class="nav">首页 | 时政 | 区县 | 民生 | 视频 | 专题 | 甜城评论</div>
    <div class="crumb">内江新闻网 » 区县 » 资中</div>
    <h1>资中文庙修缮后重新开放 老城游客多起来</h1>
    <div class="info">2024-05-08 10:12:35　来源：内江新闻网　作者：廖思远</div>
    <div class="content">
    <p>五一假期过后，内江市资中县的文庙正式重新开放，修缮一新的大成殿前，不少市民带着孩子来参观。</p>
    <p>这座文庙始建于宋代，现存建筑多为清代重修，殿内的木雕和石刻保存得比较完整，是老城里的地标建筑。</p>
    <p>修缮工程前后用了两年，工匠们按照“修旧如旧”的原则，拆下的旧瓦能用的都洗干净重新铺上去。</p>
    <p>文庙重新开放后，周边的老街也热闹起来，卖豆花、糖画和手工布鞋的小店一家挨着一家。</p>
    <p>县文化部门计划每月在文庙举办一次传统文化讲座，暑假还将开设少儿书法和国学体验课。</p>
    </div>
    <div class="ed">编辑：汪静</div>
    <div class="rel">相关新闻：<br>沱江游船线路今夏试运行<br>老城区十二条小巷完成改造</div>
    <div class="foot">网络举报电话：0832-2012345　蜀ICP备10201722号</div>
    </body>
    </html>
    """,
    title="资中文庙修缮后重新开放 老城游客多起来",
    source="内江新闻网",
    date="2024-05-08",
    author="廖思远",
    chrome=[
        "首页 | 时政 | 区县 | 民生 | 视频 | 专题 | 甜城评论",
        "内江新闻网 » 区县 » 资中",
        "编辑：汪静",
        "沱江游船线路今夏试运行",
        "网络举报电话：0832-2012345　蜀ICP备10201722号",
    ],
    body=[
        "修缮一新的大成殿前",
        "殿内的木雕和石刻保存得比较完整",
        "拆下的旧瓦能用的都洗干净重新铺上去",
        "暑假还将开设少儿书法和国学体验课",
    ],
    regions=[
        ("五一假期过后，内江市资中县的文庙", ["四川省/内江市/资中县"]),
        ("这座文庙始建于宋代", []),
        ("修缮工程前后用了两年", []),
        ("文庙重新开放后，周边的老街", []),
        ("县文化部门计划每月", []),
    ],
    complete=True,
)

art(
    "zhumadian_daily_epaper_xiping.html",
    "city paper's e-paper article page (<title> 驻马店日报 only, 版面导航 with 第03版：县区新闻 and 上一版/下一版, 2024年06月11日 星期二 date bar, 引题 + title + 副题, 本报记者 … 通讯员 … byline, 本版责编 line, 版权 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>驻马店日报</title></head>
    <body>
    <div class="bar">驻马店日报　2024年06月11日　星期二</div>
    <div class="pages">第03版：县区新闻　<a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">往期回顾</a></div>
    <div class="yt">夏收正当时</div>
    <h1>西平：麦田里的“育种人”</h1>
    <div class="ft">新品种亩产比老品种高出一百多斤</div>
    <div class="byline">本报记者 韩冬梅　通讯员 付国强</div>
    <div class="content">
    <p>芒种前后，西平县的小麦进入收获期，在一块试验田里，育种员蹲在地头，一穗一穗地数籽粒、量株高。</p>
    <p>这块试验田种着一百多个小麦品系，每个品系只有两三行，插着写满编号的小木牌。</p>
    <p>“育一个新品种，少说也要八到十年。”育种员说，每年从几千个组合里挑，最后能留下来的只有几个。</p>
    <p>去年通过审定的一个新品种抗倒伏、耐干热风，在周边几个县试种，亩产比老品种高出一百多斤。</p>
    <p>为了让农民早用上好种子，县里建了两个种子繁育基地，和种子企业签订了订单生产协议。</p>
    <p>收割机开过试验田边，育种员赶紧把最后几个品系的麦穗剪下装袋，准备带回实验室考种。</p>
    </div>
    <div class="ed">本版责编：朱晓晴　校对：李平</div>
    <div class="foot">驻马店日报社版权所有　未经授权不得转载</div>
    </body>
    </html>
    """,
    title="西平：麦田里的“育种人”",
    source="驻马店日报",
    date="2024-06-11",
    author="韩冬梅",
    chrome=[
        "第03版：县区新闻　上一版　下一版　往期回顾",
        "本版责编：朱晓晴　校对：李平",
        "驻马店日报社版权所有　未经授权不得转载",
    ],
    body=[
        "一穗一穗地数籽粒、量株高",
        "插着写满编号的小木牌",
        "最后能留下来的只有几个",
        "准备带回实验室考种",
    ],
    regions=[
        ("芒种前后，西平县的小麦进入收获期", ["河南省/驻马店市/西平县"]),
        ("这块试验田种着一百多个小麦品系", []),
        ("“育一个新品种，少说也要八到十年。”", []),
        ("去年通过审定的一个新品种抗倒伏", []),
        ("为了让农民早用上好种子", []),
        ("收割机开过试验田边", []),
    ],
    complete=True,
)

art(
    "aba_daily_wenchuan_meta_only.html",
    "prefecture paper's site whose title, date, outlet and author sit only in <meta> tags (og:title, og:site_name, article:published_time, name=author), the visible page showing a bare headline with no byline row, 阿坝日报网 频道 nav, 分享 bar, 推荐阅读 box, 川ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="汶川甜樱桃上市 果农开启“采摘+直播”模式">
    <meta property="og:site_name" content="阿坝日报">
    <meta property="article:published_time" content="2024-05-27T08:30:00+08:00">
    <meta name="author" content="杨晓林">
    <title>阿坝日报网</title>
    </head>
    <body>
    <div class="nav">首页 | 阿坝要闻 | 县市动态 | 文旅 | 生态 | 数字报</div>
    <h1>汶川甜樱桃上市 果农开启“采摘+直播”模式</h1>
    <div class="share">分享到：微信　微博　QQ</div>
    <div class="article">
    <p>五月下旬，阿坝州汶川县的岷江河谷里，甜樱桃进入成熟期，山坡上的果园一片红艳。</p>
    <p>汶川海拔高、光照足、昼夜温差大，这里的樱桃比平原地区晚熟半个月，果肉厚，甜度高。</p>
    <p>清晨六点，果农们就提着小篮子上山采果，采下的樱桃当天分级、预冷、装箱，第二天就能送到客人手上。</p>
    <p>今年不少果园搭起了直播架，果农一边摘樱桃一边对着手机介绍，一场直播能卖出几百单。</p>
    <p>周末从成都开车过来采摘的游客也不少，一家人在果园里边摘边吃，临走再带上几箱送亲戚。</p>
    <p>当地农技人员提醒，采摘期遇上降雨容易裂果，要及时搭好避雨棚，做好排水。</p>
    </div>
    <div class="rec">推荐阅读：<br>九寨沟景区推出夏季夜游线路<br>马尔康市启动牦牛产业技能培训</div>
    <div class="foot">阿坝日报社主办　川ICP备12030541号　互联网新闻信息服务许可证</div>
    </body>
    </html>
    """,
    title="汶川甜樱桃上市 果农开启“采摘+直播”模式",
    source="阿坝日报",
    date="2024-05-27",
    author="杨晓林",
    chrome=[
        "首页 | 阿坝要闻 | 县市动态 | 文旅 | 生态 | 数字报",
        "分享到：微信　微博　QQ",
        "推荐阅读：",
        "马尔康市启动牦牛产业技能培训",
        "阿坝日报社主办　川ICP备12030541号",
    ],
    body=[
        "山坡上的果园一片红艳",
        "这里的樱桃比平原地区晚熟半个月",
        "采下的樱桃当天分级、预冷、装箱",
        "要及时搭好避雨棚，做好排水",
    ],
    regions=[
        ("五月下旬，阿坝州汶川县的岷江河谷里", ["四川省/阿坝藏族羌族自治州/汶川县"]),
        ("汶川海拔高、光照足", ["四川省/阿坝藏族羌族自治州/汶川县"]),
        ("清晨六点，果农们就提着小篮子上山采果", []),
        ("今年不少果园搭起了直播架", []),
        ("周末从成都开车过来采摘的游客也不少", ["四川省/成都市"]),
        ("当地农技人员提醒，采摘期遇上降雨", []),
    ],
    complete=True,
)

art(
    "anqing_news_qianshan_repost.html",
    "city news site reposting a county media centre (<title> 标题_安庆新闻网, 频道 nav, 当前位置：安庆新闻网 > 县域 crumb, 来源：潜山市融媒体中心 | 发布时间：2024-10-15 16:02 | 点击：… row, 原标题 line in small type after the body, 转载 disclaimer, 责任编辑, 皖ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>潜山舒席老手艺焕新 一张竹席卖到上千元_安庆新闻网</title></head>
    <body>
    <div class="nav">首页 | 安庆要闻 | 县域 | 社会 | 文化 | 图片 | 视频</div>
    <div class="crumb">当前位置：安庆新闻网 &gt; 县域</div>
    <h1>潜山舒席老手艺焕新 一张竹席卖到上千元</h1>
    <div class="info">来源：潜山市融媒体中心 | 发布时间：2024-10-15 16:02 | 点击：1836</div>
    <div class="content">
    <p>走进安庆市潜山市的一家舒席作坊，几位老师傅正坐在小板凳上，把细如发丝的竹篾一根根编进席面。</p>
    <p>舒席选用当地的水竹，要经过选竹、劈篾、煮篾、编织等几十道工序，一张好席子要编上一两个月。</p>
    <p>过去舒席主要当凉席用，这些年手艺人把图案、诗词编进席面，做成挂屏、茶席和桌旗，价格翻了好几倍。</p>
    <p>作坊负责人说，一张编有山水图案的大挂屏能卖到上千元，订单排到了明年春天。</p>
    <p>为了让老手艺后继有人，作坊和当地职业学校合作开了编织课，每周有学生来跟着师傅学。</p>
    </div>
    <p class="yuan">原标题：《一根竹篾编出新天地》</p>
    <div class="note">本网转载此文出于传递更多信息之目的，不代表本网观点。</div>
    <div class="ed">责任编辑：项雨晴</div>
    <div class="foot">安庆新闻网版权所有　皖ICP备06003478号</div>
    </body>
    </html>
    """,
    title="潜山舒席老手艺焕新 一张竹席卖到上千元",
    source="潜山市融媒体中心",
    site="安庆新闻网",
    date="2024-10-15",
    original_title="一根竹篾编出新天地",
    chrome=[
        "首页 | 安庆要闻 | 县域 | 社会 | 文化 | 图片 | 视频",
        "当前位置：安庆新闻网 > 县域",
        "点击：1836",
        "本网转载此文出于传递更多信息之目的，不代表本网观点。",
        "责任编辑：项雨晴",
        "安庆新闻网版权所有　皖ICP备06003478号",
    ],
    body=[
        "把细如发丝的竹篾一根根编进席面",
        "一张好席子要编上一两个月",
        "做成挂屏、茶席和桌旗",
        "每周有学生来跟着师傅学",
    ],
    regions=[
        ("走进安庆市潜山市的一家舒席作坊", ["安徽省/安庆市/潜山市"]),
        ("舒席选用当地的水竹", []),
        ("过去舒席主要当凉席用", []),
        ("作坊负责人说，一张编有山水图案的大挂屏", []),
        ("为了让老手艺后继有人", []),
    ],
    complete=True,
)

art(
    "lhasa_evening_damxung_copy.txt",
    "city evening paper's web article copied as text (拉萨晚报 logo line, 首页 > 拉萨 > 县区 line, title, 2024-08-06 09:18:42 | 拉萨晚报 | 记者 … line with pipes, body, 【责任编辑：…】 in brackets, 分享到 line, 藏ICP备 footer)",
    "utf-8",
    """
    拉萨晚报
    首页 > 拉萨 > 县区

    当雄赛马节：草原上的速度与欢歌

    2024-08-06 09:18:42 | 拉萨晚报 | 记者 次仁卓嘎

    八月初，拉萨市当雄县的草原上搭起了一片片帐篷，一年一度的赛马节在这里拉开帷幕。

    天刚亮，牧民们就骑着马、开着车从四面八方赶来，身着节日盛装的姑娘们在帐篷间说说笑笑。

    赛马场上，少年骑手们伏在马背上飞驰而过，围观的人群一阵阵欢呼，尘土扬起老高。

    除了赛马，还有抱石头、拔河和马术表演，帐篷里飘出酥油茶和风干牛肉的香味。

    一位老牧民说，他年轻时也参加过赛马，如今孙子接过了缰绳，今年还拿了一个第三名。

    节日期间，县里还组织了牦牛产品展销和农牧技术咨询，不少牧民在展台前问起了饲草种植的事。

    【责任编辑：白玛】
    分享到：微信 微博
    拉萨晚报社版权所有　藏ICP备08000372号
    """,
    title="当雄赛马节：草原上的速度与欢歌",
    source="拉萨晚报",
    date="2024-08-06",
    author="次仁卓嘎",
    chrome=[
        "首页 > 拉萨 > 县区",
        "【责任编辑：白玛】",
        "分享到：微信 微博",
        "拉萨晚报社版权所有　藏ICP备08000372号",
    ],
    body=[
        "一年一度的赛马节在这里拉开帷幕",
        "尘土扬起老高",
        "帐篷里飘出酥油茶和风干牛肉的香味",
        "今年还拿了一个第三名",
    ],
    regions=[
        ("八月初，拉萨市当雄县的草原上", ["西藏自治区/拉萨市/当雄县"]),
        ("天刚亮，牧民们就骑着马", []),
        ("赛马场上，少年骑手们伏在马背上", []),
        ("除了赛马，还有抱石头", []),
        ("一位老牧民说，他年轻时也参加过赛马", []),
        ("节日期间，县里还组织了牦牛产品展销", []),
    ],
    complete=True,
)

art(
    "yongzhou_daily_wechat_jianghua.md",
    "city paper's WeChat article saved as Markdown (# title, 永州日报 · 2024年11月22日 21:06 · 湖南 line, > 文 | … 图 | … credit quote, body with ![](…) images and **bold** lead, 往期推荐 list, 点个“在看” line)",
    "utf-8",
    """
    # 江华瑶山里的长鼓舞，跳进了城里的广场

    永州日报 · 2024年11月22日 21:06 · 湖南

    > 文 | 记者 盘丽萍　图 | 通讯员 赵锦

    **入冬以后，永州市江华瑶族自治县的瑶寨里，长鼓声从早响到晚。**

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/jh_longdrum_01.jpg)

    长鼓是瑶族人最喜爱的乐器，鼓身细长，两头大、中间小，跳舞的人把鼓斜挎在身上，边敲边跳。

    寨子里的老艺人说，过去只有逢年过节、办喜事才跳长鼓舞，一套动作有几十个，全靠师傅手把手地教。

    这两年，县里把长鼓舞编成了广场舞，动作简化了，节奏更欢快，城里的大妈们也跳得有模有样。

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/jh_longdrum_02.jpg)

    学校里也开起了长鼓舞课，孩子们课间在操场上排成方阵，鼓点一响，个个跳得满头大汗。

    老艺人说，看到这么多人喜欢，他心里踏实了，手艺不会断在自己这一代。

    往期推荐
    - 双牌阳明山今冬首场雾凇来了
    - 永州这条老街，晚上太美了

    点个“在看”，和更多人一起看瑶乡
    """,
    title="江华瑶山里的长鼓舞，跳进了城里的广场",
    source="永州日报",
    date="2024-11-22",
    author="盘丽萍",
    chrome=[
        "往期推荐",
        "双牌阳明山今冬首场雾凇来了",
        "永州这条老街，晚上太美了",
        "点个“在看”，和更多人一起看瑶乡",
    ],
    body=[
        "长鼓声从早响到晚",
        "两头大、中间小",
        "一套动作有几十个",
        "个个跳得满头大汗",
    ],
    regions=[
        ("入冬以后，永州市江华瑶族自治县的瑶寨里", ["湖南省/永州市/江华瑶族自治县"]),
        ("长鼓是瑶族人最喜爱的乐器", []),
        ("寨子里的老艺人说", []),
        ("这两年，县里把长鼓舞编成了广场舞", []),
        ("学校里也开起了长鼓舞课", []),
        ("老艺人说，看到这么多人喜欢", []),
    ],
    complete=True,
)

art(
    "suihua_daily_lanxi_gbk.txt",
    "city paper's web article saved by the user as a GBK text file (绥化日报 masthead line, 首页 → 县市 → 兰西 line, title, 绥化日报 2024年03月26日 line with the outlet first, 记者 … line, body, (编辑 …) in parentheses, 黑ICP备 footer)",
    "gbk",
    """
    绥化日报
    首页 → 县市 → 兰西

    兰西亚麻纺织厂订单排到下半年

    绥化日报　2024年03月26日
    记者　孟凡宇

    三月下旬，绥化市兰西县的一家亚麻纺织厂里，纺纱机、织布机昼夜运转，车间里机器声此起彼伏。

    兰西种亚麻的历史很长，当地老人还记得，过去每到夏天，田野里开满了淡蓝色的亚麻花。

    前些年亚麻种植面积一度萎缩，厂子原料要从外地买。近两年县里扶持恢复种植，原料有了保障。

    厂长说，亚麻布透气吸汗，做成床品、衬衫很受欢迎，今年一季度的订单已经排到了下半年。

    为了让产品卖得更远，厂里新上了印染生产线，还请来设计师开发了亚麻围巾、手袋等小件产品。

    （编辑　高雪）
    绥化日报社主办　黑ICP备09025573号
    """,
    title="兰西亚麻纺织厂订单排到下半年",
    source="绥化日报",
    date="2024-03-26",
    author="孟凡宇",
    chrome=[
        "首页 → 县市 → 兰西",
        "（编辑　高雪）",
        "绥化日报社主办　黑ICP备09025573号",
    ],
    body=[
        "车间里机器声此起彼伏",
        "田野里开满了淡蓝色的亚麻花",
        "原料有了保障",
        "还请来设计师开发了亚麻围巾、手袋等小件产品",
    ],
    regions=[
        ("三月下旬，绥化市兰西县的一家亚麻纺织厂里", ["黑龙江省/绥化市/兰西县"]),
        ("兰西种亚麻的历史很长", ["黑龙江省/绥化市/兰西县"]),
        ("前些年亚麻种植面积一度萎缩", []),
        ("厂长说，亚麻布透气吸汗", []),
        ("为了让产品卖得更远", []),
    ],
    complete=True,
)

art(
    "lianyungang_daily_guannan_mushroom.shtml",
    "city paper's news site .shtml (<title> 标题 - 连云港日报 - 连网, 顶部 登录/注册 bar, 频道 nav, 您的位置：连网 > 县区 > 灌南 crumb, 发布日期：2024-12-10 来源：连云港日报 记者：… row, 字号 大 中 小, 打印 | 收藏 | 关闭 tool line, 苏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>灌南食用菌工厂：一年四季都是“丰收季” - 连云港日报 - 连网</title></head>
    <body>
    <div class="top">登录　注册　手机版</div>
    <div class="nav">首页 | 港城新闻 | 县区 | 经济 | 社会 | 评论 | 数字报</div>
    <div class="crumb">您的位置：连网 &gt; 县区 &gt; 灌南</div>
    <h1>灌南食用菌工厂：一年四季都是“丰收季”</h1>
    <div class="info">发布日期：2024-12-10　来源：连云港日报　记者：邵文杰　字号 大 中 小</div>
    <div class="content">
    <p>寒冬时节，连云港市灌南县的一家食用菌工厂里却温暖如春，一排排栽培架上，金针菇长得密密匝匝。</p>
    <p>工厂实行恒温恒湿的工厂化栽培，从装瓶、灭菌、接种到出菇，全部在车间里完成，不受季节影响。</p>
    <p>车间主任说，一瓶菌种从接种到采收只要五十多天，工厂每天能采收金针菇六十多吨。</p>
    <p>采收下来的菌菇经过包装、预冷，当天就装上冷链车，发往上海、南京等地的批发市场。</p>
    <p>种菇剩下的菌渣也没浪费，被加工成有机肥，卖给周边的果园和菜地。</p>
    <p>近年来，当地把食用菌作为主导产业来抓，全县已有工厂化食用菌企业二十多家，带动上千人就近就业。</p>
    </div>
    <div class="tool">打印 | 收藏 | 关闭</div>
    <div class="foot">连云港日报社主办　苏ICP备05006843号</div>
    </body>
    </html>
    """,
    title="灌南食用菌工厂：一年四季都是“丰收季”",
    source="连云港日报",
    site="连网",
    date="2024-12-10",
    author="邵文杰",
    chrome=[
        "登录　注册　手机版",
        "首页 | 港城新闻 | 县区 | 经济 | 社会 | 评论 | 数字报",
        "您的位置：连网 > 县区 > 灌南",
        "打印 | 收藏 | 关闭",
        "连云港日报社主办　苏ICP备05006843号",
    ],
    body=[
        "金针菇长得密密匝匝",
        "全部在车间里完成，不受季节影响",
        "工厂每天能采收金针菇六十多吨",
        "被加工成有机肥",
    ],
    regions=[
        ("寒冬时节，连云港市灌南县的一家食用菌工厂里", ["江苏省/连云港市/灌南县"]),
        ("工厂实行恒温恒湿的工厂化栽培", []),
        ("车间主任说，一瓶菌种从接种到采收", []),
        ("采收下来的菌菇经过包装、预冷", ["上海市", "江苏省/南京市"]),
        ("种菇剩下的菌渣也没浪费", []),
        ("近年来，当地把食用菌作为主导产业来抓", []),
    ],
    complete=True,
)

art(
    "zhaotong_daily_epaper_yiliang.txt",
    "prefecture paper's e-paper copied as text (昭通日报 数字报 masthead, 2024年10月30日 星期三 line, 第2版：县域经济 【上一版】【下一版】 line, title, 本报讯（记者 … 通讯员 …）lead inside the first paragraph, body, 【打印本稿】【关闭窗口】, 版权 footer)",
    "utf-8",
    """
    昭通日报 数字报
    2024年10月30日　星期三
    第2版：县域经济　【上一版】【下一版】

    彝良天麻进入采收季 林下种植让群众增收

    本报讯（记者 罗俊 通讯员 陈兴琼）十月下旬，昭通市彝良县的高山林地里，村民们扒开落叶和腐殖土，把一窝窝天麻小心地挖出来。

    天麻喜欢阴凉湿润，当地利用林下空地种植，不砍树、不占耕地，林子也保护了下来。

    种了十几年天麻的老种植户说，天麻种下去要一年半才能收，挖的时候要轻，碰破了皮就卖不上价。

    挖出的鲜天麻经过清洗、蒸制、烘干，做成干天麻，一部分切片包装后销往外地。

    今年全县林下天麻种植面积进一步扩大，合作社统一提供种子和技术，收购时按质论价。

    【打印本稿】【关闭窗口】
    昭通日报社版权所有　未经许可不得转载
    """,
    title="彝良天麻进入采收季 林下种植让群众增收",
    source="昭通日报",
    date="2024-10-30",
    author="罗俊",
    chrome=[
        "第2版：县域经济　【上一版】【下一版】",
        "【打印本稿】【关闭窗口】",
        "昭通日报社版权所有　未经许可不得转载",
    ],
    body=[
        "把一窝窝天麻小心地挖出来",
        "不砍树、不占耕地",
        "碰破了皮就卖不上价",
        "收购时按质论价",
    ],
    regions=[
        ("十月下旬，昭通市彝良县的高山林地里", ["云南省/昭通市/彝良县"]),
        ("天麻喜欢阴凉湿润", []),
        ("种了十几年天麻的老种植户说", []),
        ("挖出的鲜天麻经过清洗、蒸制、烘干", []),
        ("今年全县林下天麻种植面积进一步扩大", []),
    ],
    complete=True,
)

art(
    "wulanchabu_daily_zhuozi_potato.htm",
    "prefecture paper's site saved .htm (<title> 标题--乌兰察布日报, 蒙汉双语 toggle line 蒙古文版 | 汉文版, 频道 nav, 首页 > 旗县新闻 crumb, 作者：… 来源：乌兰察布日报 时间：2024/09/19 row with slashes, 上一篇 / 下一篇, 蒙ICP备 footer)",
    "utf-8",
    """
    <html>
    <head><meta charset="utf-8"><title>卓资马铃薯迎来丰收 窖藏错峰销售增效益--乌兰察布日报</title></head>
    <body>
    <div class="lang">蒙古文版 | 汉文版</div>
    <div class="nav">首页 | 乌兰察布要闻 | 旗县新闻 | 经济 | 民生 | 草原文化</div>
    <div class="crumb">首页 &gt; 旗县新闻</div>
    <h2>卓资马铃薯迎来丰收 窖藏错峰销售增效益</h2>
    <div class="info">作者：乔志军　来源：乌兰察布日报　时间：2024/09/19</div>
    <div class="content">
    <p>九月中旬，乌兰察布市卓资县的马铃薯地里，收获机翻起一垄垄土，黄澄澄的土豆滚落在地面上。</p>
    <p>这里地处阴山脚下，土壤疏松、气候冷凉，种出来的马铃薯个大皮薄，淀粉含量高。</p>
    <p>种植大户老郭今年种了八百多亩，他说往年土豆一收就急着卖，价格被压得很低。</p>
    <p>这两年村里建起了恒温窖，土豆入窖后能存到第二年春天，错开上市高峰，每斤能多卖两三毛钱。</p>
    <p>县里还引进了一家薯条加工企业，按订单收购专用品种，农户不愁销路。</p>
    </div>
    <div class="pn">上一篇：察右后旗火山草原迎来秋季游客<br>下一篇：集宁区老旧小区改造全面完工</div>
    <div class="foot">乌兰察布日报社主办　蒙ICP备05001196号</div>
    </body>
    </html>
    """,
    title="卓资马铃薯迎来丰收 窖藏错峰销售增效益",
    source="乌兰察布日报",
    date="2024-09-19",
    author="乔志军",
    chrome=[
        "蒙古文版 | 汉文版",
        "首页 | 乌兰察布要闻 | 旗县新闻 | 经济 | 民生 | 草原文化",
        "上一篇：察右后旗火山草原迎来秋季游客",
        "下一篇：集宁区老旧小区改造全面完工",
        "乌兰察布日报社主办　蒙ICP备05001196号",
    ],
    body=[
        "黄澄澄的土豆滚落在地面上",
        "种出来的马铃薯个大皮薄",
        "价格被压得很低",
        "按订单收购专用品种",
    ],
    regions=[
        ("九月中旬，乌兰察布市卓资县的马铃薯地里", ["内蒙古自治区/乌兰察布市/卓资县"]),
        ("这里地处阴山脚下", []),
        ("种植大户老郭今年种了八百多亩", []),
        ("这两年村里建起了恒温窖", []),
        ("县里还引进了一家薯条加工企业", []),
    ],
    complete=True,
)

# --- app share pages ------------------------------------------------------------------------
art(
    "liaocheng_evening_app_dongea.html",
    "city evening paper's app share page (<title> 标题 only, 打开聊城晚报APP阅读全文 banner top and bottom, outlet logo line 聊城晚报 + 2024-07-16 18:40 + 关注 button, 记者 … byline paragraph, 阅读 2.3万 + 点赞 line, 热门推荐 list, no footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>东阿黄河滩区的西瓜熟了</title></head>
    <body>
    <div class="banner">打开聊城晚报APP，阅读体验更佳</div>
    <h1>东阿黄河滩区的西瓜熟了</h1>
    <div class="src"><span>聊城晚报</span> <span>2024-07-16 18:40</span> <span>关注</span></div>
    <div class="article">
    <p>记者 贾文博</p>
    <p>七月中旬，聊城市东阿县的黄河滩区里，一片片西瓜地迎来了采摘期，瓜农们忙着摘瓜、装车。</p>
    <p>滩区的土是黄河水冲下来的沙土，透气性好，昼夜温差也大，种出来的西瓜沙瓤多、甜度高。</p>
    <p>一位瓜农拍着一个大西瓜说，这个品种皮薄，一刀下去“咔嚓”就裂开了，城里人最爱买。</p>
    <p>地头上停满了外地客商的货车，西瓜过磅后直接装车，运往济南、天津等地的水果批发市场。</p>
    <p>不少市民周末专门开车来滩区买瓜，顺便在黄河大堤上散散步、看看日落。</p>
    </div>
    <div class="stat">阅读 2.3万　点赞 418</div>
    <div class="hot">热门推荐<br>聊城古城夜游新增三条线路<br>今年首批高温补贴开始发放</div>
    <div class="banner">打开聊城晚报APP，阅读体验更佳</div>
    </body>
    </html>
    """,
    title="东阿黄河滩区的西瓜熟了",
    source="聊城晚报",
    date="2024-07-16",
    author="贾文博",
    chrome=[
        "打开聊城晚报APP，阅读体验更佳",
        "阅读 2.3万　点赞 418",
        "热门推荐",
        "聊城古城夜游新增三条线路",
    ],
    body=[
        "瓜农们忙着摘瓜、装车",
        "种出来的西瓜沙瓤多、甜度高",
        "一刀下去“咔嚓”就裂开了",
        "顺便在黄河大堤上散散步、看看日落",
    ],
    regions=[
        ("七月中旬，聊城市东阿县的黄河滩区里", ["山东省/聊城市/东阿县"]),
        ("滩区的土是黄河水冲下来的沙土", []),
        ("一位瓜农拍着一个大西瓜说", []),
        ("地头上停满了外地客商的货车", ["山东省/济南市", "天津市"]),
        ("不少市民周末专门开车来滩区买瓜", []),
    ],
    complete=True,
)

art(
    "xinchenzhou_app_yizhang_copy.txt",
    "city media group's app page copied as text (新郴州 app bar with 下载 button, title, 新郴州 | 宜章县融媒体中心 2024-04-28 10:35 line, 编辑 … line after the byline, body, 来源：宜章县融媒体中心 at the end, 分享/评论/收藏 icons line, 相关阅读 list)",
    "utf-8",
    """
    新郴州　　下载APP

    宜章莽山杜鹃花开 游客踏青赏花忙

    新郴州 | 宜章县融媒体中心　2024-04-28 10:35
    编辑：黄婷

    四月下旬，郴州市宜章县莽山国家森林公园里，漫山的杜鹃花竞相开放，红的、粉的、白的，一簇簇挂在山崖上。

    莽山的杜鹃品种多，从山脚到山顶，花期一路往上推，整个四月都能赏到花。

    景区的栈道上游客络绎不绝，不少人专门带着相机来拍花，找到一个好机位就一待半天。

    山下的瑶族村寨也热闹起来，村民们在家门口摆起小摊，卖竹笋、蕨菜和自家酿的米酒。

    为了保护花木，景区在主要观赏点设置了护栏和提示牌，提醒游客文明赏花、不要攀折。

    来源：宜章县融媒体中心
    分享　评论　收藏
    相关阅读
    汝城温泉小镇五一推出优惠套票
    """,
    title="宜章莽山杜鹃花开 游客踏青赏花忙",
    source="宜章县融媒体中心",
    site="新郴州",
    date="2024-04-28",
    chrome=[
        "新郴州　　下载APP",
        "编辑：黄婷",
        "分享　评论　收藏",
        "相关阅读",
        "汝城温泉小镇五一推出优惠套票",
    ],
    body=[
        "一簇簇挂在山崖上",
        "花期一路往上推",
        "找到一个好机位就一待半天",
        "卖竹笋、蕨菜和自家酿的米酒",
    ],
    regions=[
        ("四月下旬，郴州市宜章县莽山国家森林公园里", ["湖南省/郴州市/宜章县"]),
        ("莽山的杜鹃品种多", []),
        ("景区的栈道上游客络绎不绝", []),
        ("山下的瑶族村寨也热闹起来", []),
        ("为了保护花木", []),
    ],
    complete=True,
)


# --- reposts, TV/radio and minority-language papers ------------------------------------------
art(
    "sanxia_yichang_net_xingshan_chain.html",
    "city portal reposting a county WeChat account that carried a county media centre's story (<title> 标题_三峡宜昌网, 频道 nav, 三峡宜昌网 > 区县 > 兴山 crumb, 2024-06-20 11:26 来源：兴山县融媒体中心 row, 本文转自“兴山发布”微信公众号 note under the body, 如有侵权请联系删除, 责编, 鄂ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>兴山高岚：朝天吼漂流开漂 峡谷里清凉一夏_三峡宜昌网</title></head>
    <body>
    <div class="nav">首页 | 宜昌新闻 | 区县 | 文旅 | 民生 | 图片 | 视频</div>
    <div class="crumb">三峡宜昌网 &gt; 区县 &gt; 兴山</div>
    <h1>兴山高岚：朝天吼漂流开漂 峡谷里清凉一夏</h1>
    <div class="info">2024-06-20 11:26　来源：兴山县融媒体中心</div>
    <div class="content">
    <p>六月中旬，宜昌市兴山县高岚的峡谷漂流正式开漂，首批游客坐着皮筏顺流而下，惊叫声、欢笑声在山谷里回荡。</p>
    <p>漂流河道全长五公里多，两岸是陡峭的石壁和茂密的树林，落差大的地方皮筏像坐滑梯一样冲下去。</p>
    <p>为了确保安全，景区在每个急弯处都安排了救生员，游客上船前要穿好救生衣、戴好头盔，听完安全讲解。</p>
    <p>漂流带火了周边的农家乐，一位老板说，周末几十间客房全部订满，厨房里的腊肉和土鸡都不够卖。</p>
    <p>当地还推出了“漂流+徒步+民宿”的两日游套餐，吸引了不少从武汉、荆州过来的自驾游客。</p>
    </div>
    <p class="zz">本文转自“兴山发布”微信公众号，如有侵权请联系删除。</p>
    <div class="ed">责编：望春晓</div>
    <div class="foot">三峡宜昌网版权所有　鄂ICP备10017718号</div>
    </body>
    </html>
    """,
    title="兴山高岚：朝天吼漂流开漂 峡谷里清凉一夏",
    source="兴山县融媒体中心",
    site="三峡宜昌网",
    date="2024-06-20",
    chrome=[
        "首页 | 宜昌新闻 | 区县 | 文旅 | 民生 | 图片 | 视频",
        "三峡宜昌网 > 区县 > 兴山",
        "本文转自“兴山发布”微信公众号，如有侵权请联系删除。",
        "责编：望春晓",
        "三峡宜昌网版权所有　鄂ICP备10017718号",
    ],
    body=[
        "惊叫声、欢笑声在山谷里回荡",
        "落差大的地方皮筏像坐滑梯一样冲下去",
        "听完安全讲解",
        "厨房里的腊肉和土鸡都不够卖",
    ],
    regions=[
        ("六月中旬，宜昌市兴山县高岚的峡谷漂流", ["湖北省/宜昌市/兴山县"]),
        ("漂流河道全长五公里多", []),
        ("为了确保安全，景区在每个急弯处", []),
        ("漂流带火了周边的农家乐", []),
        ("当地还推出了“漂流+徒步+民宿”", ["湖北省/武汉市", "湖北省/荆州市"]),
    ],
    complete=True,
)

art(
    "dehong_tuanjie_mangshi_coffee.html",
    "prefecture paper publishing in five scripts (<title> 标题 - 德宏团结报, 汉文版 | 傣文版 | 景颇文版 | 载瓦文版 | 傈僳文版 edition bar, 频道 nav, 当前位置 crumb, 发布时间：2024年12月16日 作者：… 来源：德宏团结报 row in that order, 【打印】【收藏】, 网站地图 + 滇ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>芒市咖啡鲜果采收忙 精品豆卖出好价钱 - 德宏团结报</title></head>
    <body>
    <div class="ed-bar">汉文版 | 傣文版 | 景颇文版 | 载瓦文版 | 傈僳文版</div>
    <div class="nav">首页 | 德宏新闻 | 县市 | 口岸 | 民族文化 | 电子报</div>
    <div class="crumb">当前位置：首页 &gt; 县市</div>
    <h1>芒市咖啡鲜果采收忙 精品豆卖出好价钱</h1>
    <div class="info">发布时间：2024年12月16日　作者：线瑞萍　来源：德宏团结报</div>
    <div class="content">
    <p>十二月中旬，德宏州芒市的咖啡园里，红透的咖啡果挂满枝头，采果工人背着竹篮，只挑熟透的红果摘。</p>
    <p>种植户说，过去为了省事，青果红果一起撸下来，卖的是“统货”；现在只摘红果，分几次采完，价格能翻一番。</p>
    <p>摘下的鲜果当天送进处理厂，经过脱皮、发酵、晾晒，变成带着果香的咖啡生豆。</p>
    <p>一家咖啡庄园的负责人说，他们的精品豆参加了今年的品鉴会，被几家连锁咖啡店订走了大半。</p>
    <p>庄园还开放了参观和烘焙体验，游客可以自己动手烘豆、磨粉、冲一杯咖啡带走。</p>
    <p>不少年轻人从外地回来，在庄园里做起了咖啡师和讲解员，收入比在外打工差不了多少。</p>
    </div>
    <div class="tool">【打印】【收藏】</div>
    <div class="foot">网站地图　德宏团结报社主办　滇ICP备08100267号</div>
    </body>
    </html>
    """,
    title="芒市咖啡鲜果采收忙 精品豆卖出好价钱",
    source="德宏团结报",
    date="2024-12-16",
    author="线瑞萍",
    chrome=[
        "汉文版 | 傣文版 | 景颇文版 | 载瓦文版 | 傈僳文版",
        "首页 | 德宏新闻 | 县市 | 口岸 | 民族文化 | 电子报",
        "当前位置：首页 > 县市",
        "【打印】【收藏】",
        "网站地图　德宏团结报社主办　滇ICP备08100267号",
    ],
    body=[
        "只挑熟透的红果摘",
        "价格能翻一番",
        "变成带着果香的咖啡生豆",
        "游客可以自己动手烘豆、磨粉",
    ],
    regions=[
        ("十二月中旬，德宏州芒市的咖啡园里", ["云南省/德宏傣族景颇族自治州/芒市"]),
        ("种植户说，过去为了省事", []),
        ("摘下的鲜果当天送进处理厂", []),
        ("一家咖啡庄园的负责人说", []),
        ("庄园还开放了参观和烘焙体验", []),
        ("不少年轻人从外地回来", []),
    ],
    complete=True,
)

art(
    "xizang_tv_nyemo_incense.html",
    "provincial TV station's news site (<title> 标题_西藏广播电视台, 直播 | 点播 | 节目单 bar, 频道 nav, 首页 > 新闻 > 地市 crumb, 西藏广播电视台 2024-03-08 17:12 row with the outlet first, 视频 player placeholder text 您的浏览器不支持视频播放, 编辑 line, 藏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>尼木藏香：千年手艺飘香新时代_西藏广播电视台</title></head>
    <body>
    <div class="bar">直播 | 点播 | 节目单</div>
    <div class="nav">首页 | 新闻 | 藏语 | 专题 | 视频 | 广播</div>
    <div class="crumb">首页 &gt; 新闻 &gt; 地市</div>
    <h1>尼木藏香：千年手艺飘香新时代</h1>
    <div class="info">西藏广播电视台　2024-03-08 17:12</div>
    <div class="video">您的浏览器不支持视频播放</div>
    <div class="content">
    <p>三月初，拉萨市尼木县的吞巴河边，一架架水磨转个不停，把柏木磨成细细的木泥。</p>
    <p>藏香的主要原料就是这种木泥，再加上几十种香料和药材，揉匀后挤成细条，晾干后就是藏香。</p>
    <p>村里一位制香人说，水磨磨出来的木泥细腻均匀，做出来的香燃得稳、味道正，这是老祖宗留下的办法。</p>
    <p>如今村里成立了藏香合作社，统一配方、统一包装，产品卖到了区外不少城市。</p>
    <p>合作社还建了藏香展示馆，游客可以看制香过程，也能自己动手做一支香带回家。</p>
    </div>
    <div class="ed">编辑：格桑</div>
    <div class="foot">西藏广播电视台版权所有　藏ICP备05000231号</div>
    </body>
    </html>
    """,
    title="尼木藏香：千年手艺飘香新时代",
    source="西藏广播电视台",
    date="2024-03-08",
    chrome=[
        "直播 | 点播 | 节目单",
        "首页 | 新闻 | 藏语 | 专题 | 视频 | 广播",
        "首页 > 新闻 > 地市",
        "您的浏览器不支持视频播放",
        "编辑：格桑",
        "西藏广播电视台版权所有　藏ICP备05000231号",
    ],
    body=[
        "一架架水磨转个不停",
        "揉匀后挤成细条",
        "做出来的香燃得稳、味道正",
        "也能自己动手做一支香带回家",
    ],
    regions=[
        ("三月初，拉萨市尼木县的吞巴河边", ["西藏自治区/拉萨市/尼木县"]),
        ("藏香的主要原料就是这种木泥", []),
        ("村里一位制香人说", []),
        ("如今村里成立了藏香合作社", []),
        ("合作社还建了藏香展示馆", []),
    ],
    complete=True,
)

art(
    "heilongjiang_radio_zhaodong_transcript.txt",
    "provincial radio station's news page copied as text, a broadcast script ([导语] / [正文] / [录音] markers, 黑龙江之声 masthead, 节目：新闻早高峰 line, title, 播出时间：2024年11月05日 07:20 line, 记者 line, 收听 line, body with the markers, 来源：黑龙江之声 at the end, 龙ICP备 footer)",
    "utf-8",
    """
    黑龙江之声
    节目：新闻早高峰

    肇东：玉米收储进入高峰 烘干塔昼夜不停

    播出时间：2024年11月05日 07:20
    记者：曲晓彤
    ▶ 点击收听本条音频

    [导语]眼下，绥化市肇东市的玉米收储进入高峰期，各个粮库和烘干塔前排起了送粮的车队。

    [正文]清晨，一辆辆满载玉米的农用车开进粮库，检验员用扦样器从车斗里取出样品，测水分、看杂质。

    今年玉米产量高，刚收下来的玉米水分大，直接入库容易发霉，烘干塔二十四小时不停火。

    [录音]种粮大户：今年打了四十多万斤玉米，烘干了再卖，一斤能多卖几分钱，还不怕压价。

    据了解，当地今年新增了十几座烘干塔，日烘干能力比去年提高了三成，农民送粮等待的时间明显缩短。

    来源：黑龙江之声
    龙ICP备10203458号
    """,
    title="肇东：玉米收储进入高峰 烘干塔昼夜不停",
    source="黑龙江之声",
    date="2024-11-05",
    author="曲晓彤",
    chrome=[
        "节目：新闻早高峰",
        "▶ 点击收听本条音频",
        "龙ICP备10203458号",
    ],
    body=[
        "各个粮库和烘干塔前排起了送粮的车队",
        "测水分、看杂质",
        "烘干塔二十四小时不停火",
        "农民送粮等待的时间明显缩短",
    ],
    regions=[
        ("[导语]眼下，绥化市肇东市的玉米收储", ["黑龙江省/绥化市/肇东市"]),
        ("[正文]清晨，一辆辆满载玉米的农用车", []),
        ("今年玉米产量高，刚收下来的玉米水分大", []),
        ("[录音]种粮大户：今年打了四十多万斤玉米", []),
        ("据了解，当地今年新增了十几座烘干塔", []),
    ],
    complete=True,
)

art(
    "jishi_app_yitong_share.html",
    "provincial TV app's self-media account (吉视新闻号) page carrying a county media centre's story (<title> 标题 only, 吉视新闻客户端 open-in-app bar, 来源：伊通满族自治县融媒体中心 + 2024-01-18 14:05 row, 编辑 row, 作者 line under the body, 声明 line about the account's copyright, 推荐阅读 list)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>伊通冬捕节：冰湖出网 鲜鱼满筐</title></head>
    <body>
    <div class="open">吉视新闻客户端　打开APP</div>
    <h1>伊通冬捕节：冰湖出网 鲜鱼满筐</h1>
    <div class="info">来源：伊通满族自治县融媒体中心　2024-01-18 14:05</div>
    <div class="info2">编辑：于海洋</div>
    <div class="content">
    <p>一月中旬，四平市伊通满族自治县的一座水库上，冰层厚达半米，冬捕节在一阵鼓声中开幕。</p>
    <p>渔把头带着渔工在冰面上凿出一排冰眼，用穿杆把几百米长的大网一点点送到冰下。</p>
    <p>几个小时后，出网口的马轮子转起来，一条条鲢鱼、鳙鱼被拖上冰面，在阳光下活蹦乱跳。</p>
    <p>头鱼被一位外地游客高价拍走，他说要带回去给家里老人尝尝，图个年年有余的好彩头。</p>
    <p>冰面上还搭起了年货大集，粘豆包、冻梨、酸菜摆满了摊位，满族秧歌队在人群里扭个不停。</p>
    <p>作者：孙丽娜</p>
    </div>
    <div class="decl">声明：本文为吉视新闻号作者发布，不代表吉视新闻立场。</div>
    <div class="rec">推荐阅读<br>查干湖冬捕游客量创新高</div>
    </body>
    </html>
    """,
    title="伊通冬捕节：冰湖出网 鲜鱼满筐",
    source="伊通满族自治县融媒体中心",
    site="吉视新闻",
    date="2024-01-18",
    author="孙丽娜",
    chrome=[
        "吉视新闻客户端　打开APP",
        "编辑：于海洋",
        "声明：本文为吉视新闻号作者发布，不代表吉视新闻立场。",
        "推荐阅读",
        "查干湖冬捕游客量创新高",
    ],
    body=[
        "冬捕节在一阵鼓声中开幕",
        "用穿杆把几百米长的大网一点点送到冰下",
        "在阳光下活蹦乱跳",
        "满族秧歌队在人群里扭个不停",
    ],
    regions=[
        ("一月中旬，四平市伊通满族自治县的一座水库上", ["吉林省/四平市/伊通满族自治县"]),
        ("渔把头带着渔工在冰面上凿出一排冰眼", []),
        ("几个小时后，出网口的马轮子转起来", []),
        ("头鱼被一位外地游客高价拍走", []),
        ("冰面上还搭起了年货大集", []),
    ],
    complete=True,
)


# --- Hong Kong, Macau and Taiwan, traditional script ---------------------------------------
art(
    "kinliu_hk_dai_hang_tung_market.html",
    "Hong Kong online outlet's article page in traditional script (<title> 標題 - 堅料網, 即時 | 港聞 | 社區 | 飲食 | 專題 nav, 主頁 > 港聞 crumb, 撰文：… ｜ 2024年3月14日 星期四 row with a full-width bar, 字體大小 A A A, Facebook / WhatsApp / 複製連結 share row, 延伸閱讀 list, © 堅料網 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head><meta charset="utf-8"><title>舊街市變身文創市集 老檔主與年輕人同場擺檔 - 堅料網</title></head>
    <body>
    <div class="nav">即時 | 港聞 | 社區 | 飲食 | 專題</div>
    <div class="crumb">主頁 &gt; 港聞</div>
    <h1>舊街市變身文創市集 老檔主與年輕人同場擺檔</h1>
    <div class="meta">撰文：梁詠琪　｜　2024年3月14日 星期四</div>
    <div class="font">字體大小 A A A</div>
    <div class="share">Facebook　WhatsApp　複製連結</div>
    <div class="article">
    <p>香港深水埗一個空置多年的舊街市，上週末重新開放，變身為週末文創市集，吸引大批市民排隊入場。</p>
    <p>市集保留了街市原有的魚檔石枱和吊燈，年輕手作人在石枱上擺賣皮革、陶瓷和手繪明信片。</p>
    <p>在這裡賣了三十多年菜的陳伯也回來擺檔，他笑說從前在這裡賣白菜，現在隔壁賣的是香薰蠟燭。</p>
    <p>主辦團體表示，市集每月舉行兩次，檔位租金比一般商場便宜得多，希望讓年輕人有機會試業。</p>
    <p>有街坊認為，舊街市重新熱鬧起來是好事，但也希望保留一些賣菜賣肉的檔口，方便區內長者買餸。</p>
    </div>
    <div class="more">延伸閱讀<br>深水埗布行街老店結業前最後一日</div>
    <div class="foot">© 堅料網 版權所有</div>
    </body>
    </html>
    """,
    title="舊街市變身文創市集 老檔主與年輕人同場擺檔",
    source="堅料網",
    date="2024-03-14",
    author="梁詠琪",
    chrome=[
        "即時 | 港聞 | 社區 | 飲食 | 專題",
        "主頁 > 港聞",
        "字體大小 A A A",
        "Facebook　WhatsApp　複製連結",
        "延伸閱讀",
        "© 堅料網 版權所有",
    ],
    body=[
        "吸引大批市民排隊入場",
        "保留了街市原有的魚檔石枱和吊燈",
        "現在隔壁賣的是香薰蠟燭",
        "方便區內長者買餸",
    ],
    regions=[
        ("香港深水埗一個空置多年的舊街市", ["香港特别行政区"]),
        ("市集保留了街市原有的魚檔石枱", []),
        ("在這裡賣了三十多年菜的陳伯", []),
        ("主辦團體表示，市集每月舉行兩次", []),
        ("有街坊認為，舊街市重新熱鬧起來是好事", []),
    ],
    complete=True,
)

art(
    "taiwan_goodnews_yilan_big5.htm",
    "Taiwan regional news site's article saved .htm in Big5 (<meta charset=big5>, <title> 標題 - 台灣好新聞, 縣市新聞 nav, 首頁 > 縣市新聞 > 宜蘭 crumb, 【記者…／宜蘭報導】 at the head of the first paragraph, 2024/10/22 18:30 date line with slashes, 相關新聞, 台灣好新聞版權所有 footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>冬山鄉農會推綠竹筍冰品 夏天滯銷筍變搶手貨 - 台灣好新聞</title>
    </head>
    <body>
    <div class="nav">首頁 | 政治 | 社會 | 縣市新聞 | 生活 | 影音</div>
    <div class="crumb">首頁 &gt; 縣市新聞 &gt; 宜蘭</div>
    <h1>冬山鄉農會推綠竹筍冰品 夏天滯銷筍變搶手貨</h1>
    <div class="date">2024/10/22 18:30</div>
    <div class="content">
    <p>【記者林佩君／宜蘭報導】宜蘭縣冬山鄉盛產綠竹筍，每到產季價格常常崩跌，農會今年想出新點子，把綠竹筍做成冰棒和冰淇淋。</p>
    <p>農會推廣股長說，綠竹筍口感清甜，打成泥後加入牛奶和少許糖，吃起來像玉米口味，一點也沒有苦味。</p>
    <p>冰品推出後在農會超市和觀光景點販售，一個月就賣出兩萬多支，不少遊客專程來買。</p>
    <p>一位筍農說，過去賣不掉的筍只能任它長成竹子，現在農會以保證價格收購，收入穩定多了。</p>
    <p>農會計畫明年再開發筍乾和筍醬，讓綠竹筍一年四季都能賣。</p>
    </div>
    <div class="rel">相關新聞：羅東夜市推出減塑攤位認證</div>
    <div class="foot">台灣好新聞版權所有，轉載請註明出處</div>
    </body>
    </html>
    """,
    title="冬山鄉農會推綠竹筍冰品 夏天滯銷筍變搶手貨",
    source="台灣好新聞",
    date="2024-10-22",
    author="林佩君",
    chrome=[
        "首頁 | 政治 | 社會 | 縣市新聞 | 生活 | 影音",
        "首頁 > 縣市新聞 > 宜蘭",
        "相關新聞：羅東夜市推出減塑攤位認證",
        "台灣好新聞版權所有，轉載請註明出處",
    ],
    body=[
        "把綠竹筍做成冰棒和冰淇淋",
        "吃起來像玉米口味",
        "一個月就賣出兩萬多支",
        "讓綠竹筍一年四季都能賣",
    ],
    regions=[
        ("【記者林佩君／宜蘭報導】宜蘭縣冬山鄉", ["台湾省/宜兰县"]),
        ("農會推廣股長說", []),
        ("冰品推出後在農會超市", []),
        ("一位筍農說，過去賣不掉的筍", []),
        ("農會計畫明年再開發筍乾和筍醬", []),
    ],
    complete=True,
)

art(
    "minzhong_miaoli_jsonld.html",
    "Taiwan online paper's page in traditional script whose date and author sit only in JSON-LD (headline, datePublished, author Person, publisher), visible page showing 民眾網 logo, 地方 nav, 首頁 › 地方 › 苗栗 crumb, title, 分享 row, 標籤 line, 熱門排行 list, © 民眾網 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head>
    <meta charset="utf-8">
    <title>苗栗南庄桂花巷換新裝 老街店家迎客 | 民眾網</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "苗栗南庄桂花巷換新裝 老街店家迎客", "datePublished": "2024-09-30T10:15:00+08:00", "author": {"@type": "Person", "name": "徐子涵"}, "publisher": {"@type": "Organization", "name": "民眾網"}}
    </script>
    </head>
    <body>
    <div class="logo">民眾網</div>
    <div class="nav">即時 | 政治 | 地方 | 生活 | 財經 | 評論</div>
    <div class="crumb">首頁 › 地方 › 苗栗</div>
    <h1>苗栗南庄桂花巷換新裝 老街店家迎客</h1>
    <div class="share">分享　LINE　Facebook</div>
    <div class="article">
    <p>苗栗縣南庄鄉的桂花巷完成路面和排水改善工程，石板路重新鋪過，巷口的老郵局也整修完成，週末湧入不少遊客。</p>
    <p>桂花巷是南庄最熱鬧的老街，兩旁是客家小吃和手作店，桂花釀、客家粄和愛玉是遊客必買的伴手禮。</p>
    <p>一位在巷內開店二十年的老闆說，以前一下雨巷子就積水，客人都不敢進來，現在排水改好了，下雨天生意也不受影響。</p>
    <p>鄉公所表示，接下來會在老街周邊增設停車場和接駁車，減少假日塞車情況。</p>
    </div>
    <div class="tags">標籤：南庄　老街　客家</div>
    <div class="hot">熱門排行<br>竹南海口漁港假日魚市開張</div>
    <div class="foot">© 民眾網 All Rights Reserved</div>
    </body>
    </html>
    """,
    title="苗栗南庄桂花巷換新裝 老街店家迎客",
    source="民眾網",
    date="2024-09-30",
    author="徐子涵",
    chrome=[
        "即時 | 政治 | 地方 | 生活 | 財經 | 評論",
        "首頁 › 地方 › 苗栗",
        "分享　LINE　Facebook",
        "標籤：南庄　老街　客家",
        "竹南海口漁港假日魚市開張",
        "© 民眾網 All Rights Reserved",
    ],
    body=[
        "石板路重新鋪過",
        "桂花釀、客家粄和愛玉是遊客必買的伴手禮",
        "下雨天生意也不受影響",
        "減少假日塞車情況",
    ],
    regions=[
        ("苗栗縣南庄鄉的桂花巷完成路面", ["台湾省/苗栗县"]),
        ("桂花巷是南庄最熱鬧的老街", []),
        ("一位在巷內開店二十年的老闆說", []),
        ("鄉公所表示，接下來會在老街周邊", []),
    ],
    complete=True,
)

art(
    "macau_focus_ha_wan_big5.txt",
    "Macau online outlet's article copied into a Big5 text file (澳門焦點 masthead, 本地 ｜ 社會 line, title, 發佈時間：2024年5月3日 下午5:20 line with 下午, 澳門焦點記者 byline without a name, body, 喜歡這篇文章嗎？ line, 相關文章 list)",
    "big5",
    """
    澳門焦點
    本地 ｜ 社會

    下環舊區小店聯手推「老街護照」 集印換禮吸客

    發佈時間：2024年5月3日 下午5:20
    澳門焦點記者

    澳門下環舊區十多間小店近日聯手推出「老街護照」，遊客在店內消費可以蓋印，集滿十個印章就能換領紀念品。

    參與的店舖包括餅家、咖啡店、雜貨舖和手工藝店，護照上印有各店的手繪地圖和簡介，方便遊客按圖索驥。

    一間經營了四十多年的餅家老闆表示，活動推出一週後，店內的生意比平日多了約兩成，不少年輕人專程來蓋印。

    有遊客表示，拿著護照逛老街好像尋寶一樣，比跟著人潮走大街有趣得多。

    主辦方表示，希望透過活動把人流帶進小巷，讓舊城區的老店也能分享旅遊業復甦的成果。

    喜歡這篇文章嗎？歡迎分享給朋友
    相關文章
    路環漁人碼頭週末市集延長至晚上十時
    """,
    title="下環舊區小店聯手推「老街護照」 集印換禮吸客",
    source="澳門焦點",
    date="2024-05-03",
    chrome=[
        "本地 ｜ 社會",
        "喜歡這篇文章嗎？歡迎分享給朋友",
        "相關文章",
        "路環漁人碼頭週末市集延長至晚上十時",
    ],
    body=[
        "集滿十個印章就能換領紀念品",
        "方便遊客按圖索驥",
        "店內的生意比平日多了約兩成",
        "比跟著人潮走大街有趣得多",
    ],
    regions=[
        ("澳門下環舊區十多間小店", ["澳门特别行政区"]),
        ("參與的店舖包括餅家", []),
        ("一間經營了四十多年的餅家老闆表示", []),
        ("有遊客表示，拿著護照逛老街", []),
        ("主辦方表示，希望透過活動把人流帶進小巷", []),
    ],
    complete=True,
)


# --- party journals, weeklies, blogs and forums --------------------------------------------
art(
    "dangyuan_shenghuo_suixian_journal.html",
    "provincial party journal's site (<title> 标题--党员生活, 期刊导读 | 基层党建 | 乡村振兴 | 往期杂志 nav, 当前位置 crumb, 刊期：2024年第7期 + 作者 + 来源：《党员生活》杂志 row with the journal in 《》, 栏目：基层一线 line, 【字号 大 中 小】, 上一篇, 鄂ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>“编外村官”领着乡亲种香菇--党员生活</title></head>
    <body>
    <div class="nav">首页 | 期刊导读 | 基层党建 | 乡村振兴 | 往期杂志 | 投稿须知</div>
    <div class="crumb">当前位置：首页 &gt; 期刊导读 &gt; 基层一线</div>
    <h1>“编外村官”领着乡亲种香菇</h1>
    <div class="info">刊期：2024年第7期　作者：周德胜　来源：《党员生活》杂志　发布日期：2024-07-05</div>
    <div class="lm">栏目：基层一线　【字号 大 中 小】</div>
    <div class="content">
    <p>在随州市随县的一个山村里，六十三岁的老党员罗大伯被乡亲们称作“编外村官”。</p>
    <p>十年前，他从县供销社退休回到村里，看到不少地撂了荒，年轻人都出去打工了，心里很不是滋味。</p>
    <p>他拿出自己的积蓄，带着几户村民试种袋料香菇，白天守在菇棚里，晚上翻书学技术。</p>
    <p>第一年就遇上了杂菌污染，损失了大半，他没有泄气，跑到外县的老菇农那里住了半个月，把原因弄明白了。</p>
    <p>如今村里的香菇种植户发展到六十多户，一年能卖两百多万元，村里还建起了香菇烘干房和冷库。</p>
    <p>罗大伯说，一个党员就要像一颗火种，自己亮起来，还要把身边的人都带起来。</p>
    </div>
    <div class="pn">上一篇：村里来了个“法律明白人”</div>
    <div class="foot">党员生活杂志社版权所有　鄂ICP备05008132号</div>
    </body>
    </html>
    """,
    title="“编外村官”领着乡亲种香菇",
    source="党员生活",
    date="2024-07-05",
    author="周德胜",
    chrome=[
        "首页 | 期刊导读 | 基层党建 | 乡村振兴 | 往期杂志 | 投稿须知",
        "当前位置：首页 > 期刊导读 > 基层一线",
        "栏目：基层一线　【字号 大 中 小】",
        "上一篇：村里来了个“法律明白人”",
        "党员生活杂志社版权所有　鄂ICP备05008132号",
    ],
    body=[
        "被乡亲们称作“编外村官”",
        "心里很不是滋味",
        "晚上翻书学技术",
        "一个党员就要像一颗火种",
    ],
    regions=[
        ("在随州市随县的一个山村里", ["湖北省/随州市/随县"]),
        ("十年前，他从县供销社退休回到村里", []),
        ("他拿出自己的积蓄", []),
        ("第一年就遇上了杂菌污染", []),
        ("如今村里的香菇种植户发展到六十多户", []),
        ("罗大伯说，一个党员就要像一颗火种", []),
    ],
    complete=True,
)

art(
    "zhibu_jianshe_wechat_pingwu.txt",
    "party journal's WeChat article copied as plain text (title, 支部建设杂志 + 2024年08月28日 12:00 + 四川 line, 原创 and 作者 line, a 编者按 paragraph, body with 小标题 in ▍ marks, 来源：《支部建设》2024年第16期 line, 分享 收藏 在看 点赞 line, 预览时标签不可点 line)",
    "utf-8",
    """
    山路上的“流动党课”

    支部建设杂志　2024年08月28日 12:00　四川
    原创　作者：何晓岚

    编者按：在大山深处，党员分散、出行不便，如何把党课送到每个人身边？请看一个山区乡镇的做法。

    ▍党课开到了田坎上

    在绵阳市平武县的大山里，村与村之间隔着几道山梁，老党员们要走几个小时山路才能到村部开会。

    乡里的党委书记想了个办法：组织年轻党员组成宣讲小分队，背着小音箱、带着宣传册，挨家挨户把党课送上门。

    ▍讲老百姓听得懂的话

    宣讲员们不念稿子，用拉家常的方式讲政策，讲到医保报销和产业补贴，老人们听得格外认真。

    一位八十多岁的老党员拉着宣讲员的手说，好多年没参加过支部活动了，没想到党组织还记着他。

    ▍小分队成了“办事员”

    每次上门，小分队还顺便帮群众代办证件、代缴费用、检修电器，一年下来办了三百多件实事。

    来源：《支部建设》2024年第16期
    分享　收藏　在看　点赞
    预览时标签不可点
    """,
    title="山路上的“流动党课”",
    source="支部建设",
    site="支部建设杂志",
    date="2024-08-28",
    author="何晓岚",
    chrome=[
        "分享　收藏　在看　点赞",
        "预览时标签不可点",
    ],
    body=[
        "如何把党课送到每个人身边",
        "背着小音箱、带着宣传册",
        "用拉家常的方式讲政策",
        "一年下来办了三百多件实事",
    ],
    regions=[
        ("在绵阳市平武县的大山里", ["四川省/绵阳市/平武县"]),
        ("乡里的党委书记想了个办法", []),
        ("宣讲员们不念稿子", []),
        ("一位八十多岁的老党员拉着宣讲员的手说", []),
        ("每次上门，小分队还顺便帮群众", []),
    ],
    complete=True,
)

art(
    "nandu_weekly_fuxin_agate_feature.html",
    "weekly magazine's long feature page (<title> 标题 | 南都周刊, 封面故事 | 人物 | 城市 | 生活 nav, 主笔 + 实习生 byline with 编辑 and 美编 names, 2024.11.18 dotted date under the headline, a 导语 block, 小标题 subheads as <h3>, pull quote repeated from the body in a box, 本文刊于《南都周刊》 note, © footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>玛瑙小镇的年轻雕刻师 | 南都周刊</title></head>
    <body>
    <div class="nav">封面故事 | 人物 | 城市 | 生活 | 视频</div>
    <h1>玛瑙小镇的年轻雕刻师</h1>
    <div class="date">2024.11.18</div>
    <div class="by">主笔：许清扬　实习生：程一诺　编辑：马骁　美编：林柯</div>
    <div class="lead">在辽西的一个县城里，一块石头可以养活一个家。</div>
    <div class="content">
    <h3>一块石头，看三天</h3>
    <p>阜新蒙古族自治县的玛瑙市场里，二十八岁的雕刻师小韩正对着一块红玛瑙原石发呆，他说好料子要先看三天，才知道该雕什么。</p>
    <p>他十六岁跟着师傅学手艺，刚开始只能打磨手串珠子，磨坏了好几副指套，才第一次被允许拿起雕刻机。</p>
    <h3>直播间里的“老手艺”</h3>
    <p>前几年，他把工作台搬进了直播间，一边雕一边讲，观众看着一块灰扑扑的石头慢慢变成一只小松鼠，纷纷下单。</p>
    <p>直播让他的作品卖到了南方，但他也担心，一味追求出货快，手艺会变“糙”。</p>
    <h3>“我想雕一点自己的东西”</h3>
    <p>今年他报名参加了省里的工艺美术比赛，作品是一组蒙古族牧民转场的小品雕件，拿了一个铜奖。</p>
    <p>他说，雕刻这一行熬人，但每次把石头里藏着的东西“请”出来，那种高兴是别的事给不了的。</p>
    </div>
    <div class="quote">一块好料子，要先看三天</div>
    <div class="note">本文刊于《南都周刊》2024年第44期</div>
    <div class="foot">© 南都周刊 版权所有 未经授权禁止转载</div>
    </body>
    </html>
    """,
    title="玛瑙小镇的年轻雕刻师",
    source="南都周刊",
    date="2024-11-18",
    author="许清扬",
    chrome=[
        "封面故事 | 人物 | 城市 | 生活 | 视频",
        "编辑：马骁　美编：林柯",
        "本文刊于《南都周刊》2024年第44期",
        "© 南都周刊 版权所有 未经授权禁止转载",
    ],
    body=[
        "在辽西的一个县城里，一块石头可以养活一个家",
        "磨坏了好几副指套",
        "纷纷下单",
        "那种高兴是别的事给不了的",
    ],
    regions=[
        ("阜新蒙古族自治县的玛瑙市场里", ["辽宁省/阜新市/阜新蒙古族自治县"]),
        ("他十六岁跟着师傅学手艺", []),
        ("前几年，他把工作台搬进了直播间", []),
        ("直播让他的作品卖到了南方", []),
        ("今年他报名参加了省里的工艺美术比赛", []),
        ("他说，雕刻这一行熬人", []),
    ],
    complete=True,
)

art(
    "liba_forum_haiyan_trip_spam.txt",
    "city forum's travel thread copied as text with two spam replies' strings injected into the post (篱笆网 board line 篱笆网 > 旅游休闲 > 出游分享, 楼主 + 注册时间 + 积分 line, title, 发表于 2024-08-12 22:41 | 只看楼主 line, first-person body, 回复 / 引用 / 举报 line, 返回列表 line)",
    "utf-8",
    """
    篱笆网 > 旅游休闲 > 出游分享

    暑假带爸妈去青海海晏，金银滩草原住了两晚

    楼主：沪上小鱼干　注册时间：2016-03-09　积分：2831
    发表于 2024-08-12 22:41 | 只看楼主

    七月底带爸妈从上海飞西宁，租了辆车开了两个小时，到了海北州海晏县，住在金银滩草原边上的一家民宿。

    草原上正是开花的时候，一大片一大片的小黄花，远处有牛羊，我妈一下车就说空气都是甜的。

    第二天一早去了原子城纪念馆，老爸看得特别仔细，在展板前站了很久，说小时候在报纸上读到过这段历史。专业代办海外留学签证包过

    晚上民宿老板请我们吃手抓羊肉，还教我们喝奶茶，他说冬天这里零下二十多度，夏天才是最好的季节。

    要提醒一下，海拔三千多米，老人第一天别走太多路，带点葡萄糖水。我爸第一晚有点头疼，睡一觉就好了。上海同城高价上门回收茅台

    总的来说是一次很舒服的旅行，比去热门景点排队强多了，明年还想带他们再去一趟。

    回复　引用　举报
    返回列表
    """,
    title="暑假带爸妈去青海海晏，金银滩草原住了两晚",
    source="篱笆网",
    date="2024-08-12",
    author="沪上小鱼干",
    chrome=[
        "篱笆网 > 旅游休闲 > 出游分享",
        "注册时间：2016-03-09　积分：2831",
        "只看楼主",
        "回复　引用　举报",
        "返回列表",
    ],
    body=[
        "我妈一下车就说空气都是甜的",
        "在展板前站了很久",
        "还教我们喝奶茶",
        "比去热门景点排队强多了",
    ],
    spam=["专业代办海外留学签证包过", "上海同城高价上门回收茅台"],
    regions=[
        ("七月底带爸妈从上海飞西宁", ["上海市", "青海省/西宁市", "青海省/海北藏族自治州/海晏县"]),
        ("草原上正是开花的时候", []),
        ("第二天一早去了原子城纪念馆", []),
        ("晚上民宿老板请我们吃手抓羊肉", []),
        ("要提醒一下，海拔三千多米", []),
        ("总的来说是一次很舒服的旅行", []),
    ],
    complete=True,
)


# --- harder: encodings, reposts with 原标题, footer-only source, spam ------------------------
art(
    "sina_finance_lixian_repost_spam.html",
    "national portal's finance channel reposting a provincial news portal, with 原标题 in the lead line and three spam strings injected into body paragraphs (<title> 标题_新浪财经_新浪网, 新浪财经 nav, 新浪财经 > 产经 crumb, 2024年04月09日 09:31 华声在线 row with the outlet as a bare name after the time, 原标题 line, 责任编辑, 新浪简介 | 广告服务 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>澧县城头山旁的稻田里“种”出了研学游_新浪财经_新浪网</title></head>
    <body>
    <div class="nav">新浪首页 | 新闻 | 财经 | 股票 | 基金 | 科技</div>
    <div class="crumb">新浪财经 &gt; 产经</div>
    <h1>澧县城头山旁的稻田里“种”出了研学游</h1>
    <div class="info">2024年04月09日 09:31　华声在线</div>
    <div class="content">
    <p>原标题：古城遗址边的春耕课堂</p>
    <p>四月初，常德市澧县城头山古城遗址旁的稻田里，几十个小学生卷起裤腿下田，跟着老农学插秧。</p>
    <p>城头山遗址发现了距今六千多年的古稻田，当地依托这一特色，把农耕体验和考古科普结合起来办研学游。</p>
    <p>孩子们上午在遗址博物馆里看古稻谷、陶器和城墙剖面，下午到田里体验犁田、插秧、捉泥鳅。全国各地正规彩票代购平台</p>
    <p>研学基地负责人说，今年春季已经接待了一百多个学校团队，预约排到了五月底。澧县本地无需抵押当天放款</p>
    <p>研学游还带动了周边村民增收，有的当起了农耕老师，有的开起了农家饭馆，一天能有一两百元收入。</p>
    <p>当地计划再开发秋收、打谷、酿米酒等课程，让研学游一年四季都能开展。高仿名表一比一支持验货</p>
    </div>
    <div class="ed">责任编辑：钟文斌</div>
    <div class="foot">新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 通行证注册</div>
    </body>
    </html>
    """,
    title="澧县城头山旁的稻田里“种”出了研学游",
    source="华声在线",
    site="新浪财经",
    date="2024-04-09",
    original_title="古城遗址边的春耕课堂",
    chrome=[
        "新浪首页 | 新闻 | 财经 | 股票 | 基金 | 科技",
        "新浪财经 > 产经",
        "责任编辑：钟文斌",
        "新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 通行证注册",
    ],
    body=[
        "几十个小学生卷起裤腿下田",
        "把农耕体验和考古科普结合起来办研学游",
        "体验犁田、插秧、捉泥鳅",
        "有的当起了农耕老师",
    ],
    spam=["全国各地正规彩票代购平台", "澧县本地无需抵押当天放款", "高仿名表一比一支持验货"],
    regions=[
        ("四月初，常德市澧县城头山古城遗址旁", ["湖南省/常德市/澧县"]),
        ("城头山遗址发现了距今六千多年的古稻田", []),
        ("孩子们上午在遗址博物馆里看古稻谷", []),
        ("研学基地负责人说，今年春季已经接待了", []),
        ("研学游还带动了周边村民增收", []),
        ("当地计划再开发秋收、打谷、酿米酒等课程", []),
    ],
    complete=True,
)

art(
    "mianyang_daily_zitong_footer_source.html",
    "city paper's news site whose outlet is printed only after the body as （来源：绵阳日报） in parentheses, the visible row carrying only 2024-02-26 and 阅读数 (<title> 标题 - 绵阳日报网, 频道 nav, 首页 > 县市区 crumb, 作者 line under the headline, 网友评论 box with 发表评论 button, 川ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>梓潼七曲山大庙迎来研学高峰 - 绵阳日报网</title></head>
    <body>
    <div class="nav">首页 | 绵阳新闻 | 县市区 | 科技城 | 民生 | 数字报</div>
    <div class="crumb">首页 &gt; 县市区</div>
    <h1>梓潼七曲山大庙迎来研学高峰</h1>
    <div class="au">作者：邓思琪</div>
    <div class="info">2024-02-26　阅读数：2417</div>
    <div class="content">
    <p>开学前后，绵阳市梓潼县的七曲山大庙迎来了研学高峰，一队队中小学生在古柏林里听讲解、写书法。</p>
    <p>七曲山大庙是一处古建筑群，庙前的古柏有上千年树龄，树干要几个人才能合抱。</p>
    <p>讲解员给孩子们讲古蜀道的故事，带他们认识柏树的年轮，还组织了拓印碑文的体验活动。</p>
    <p>一位带队老师说，课本上的历史变成了眼前的古建筑和老树，孩子们记得特别牢。</p>
    <p>为了接待研学团队，景区新增了两条讲解线路，还培训了二十多名志愿讲解员。</p>
    <p>（来源：绵阳日报）</p>
    </div>
    <div class="cmt">网友评论　发表评论</div>
    <div class="foot">绵阳日报社主办　川ICP备07002871号</div>
    </body>
    </html>
    """,
    title="梓潼七曲山大庙迎来研学高峰",
    source="绵阳日报",
    site="绵阳日报网",
    date="2024-02-26",
    author="邓思琪",
    chrome=[
        "首页 | 绵阳新闻 | 县市区 | 科技城 | 民生 | 数字报",
        "首页 > 县市区",
        "阅读数：2417",
        "网友评论　发表评论",
        "绵阳日报社主办　川ICP备07002871号",
    ],
    body=[
        "一队队中小学生在古柏林里听讲解、写书法",
        "树干要几个人才能合抱",
        "还组织了拓印碑文的体验活动",
        "孩子们记得特别牢",
    ],
    regions=[
        ("开学前后，绵阳市梓潼县的七曲山大庙", ["四川省/绵阳市/梓潼县"]),
        ("七曲山大庙是一处古建筑群", []),
        ("讲解员给孩子们讲古蜀道的故事", []),
        ("一位带队老师说，课本上的历史", []),
        ("为了接待研学团队", []),
    ],
    complete=True,
)

art(
    "shuangliao_gov_gb18030.html",
    "county-level city's government portal saved in GB18030 (<meta charset=gb18030>, <title> 双辽市人民政府--标题 with the site first, 今日双辽 | 政务公开 nav, 首页 -> 今日双辽 crumb with ->, 发布日期 + 文章来源 + 点击数 inside a table cell, 【收藏本页】【打印本页】【关闭窗口】, 吉ICP备 footer)",
    "gb18030",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb18030">
    <title>双辽市人民政府--双山鸭场年出栏肉鸭超百万只</title>
    </head>
    <body>
    <div class="nav">首页 | 今日双辽 | 政务公开 | 网上办事 | 投资双辽 | 互动交流</div>
    <div class="crumb">首页 -&gt; 今日双辽</div>
    <table><tr><td class="t">双山鸭场年出栏肉鸭超百万只</td></tr>
    <tr><td class="i">发布日期：2024-05-14　文章来源：双辽市畜牧业发展中心　点击数：903</td></tr></table>
    <div class="content">
    <p>五月中旬，四平市双辽市的一家肉鸭养殖场里，一栋栋标准化鸭舍整齐排列，自动喂料线和饮水线正在运转。</p>
    <p>养殖场实行“公司+农户”的模式，公司统一提供鸭苗、饲料和防疫，农户负责饲养，出栏后按合同价回收。</p>
    <p>一位养殖户说，一批鸭子养四十天左右就能出栏，一年能养六七批，扣除成本一年能挣十多万元。</p>
    <p>鸭粪经过发酵处理后变成有机肥，供周边的玉米地使用，既解决了污染问题，又降低了种地成本。</p>
    <p>目前当地肉鸭年出栏量超过一百万只，产品主要销往辽宁、北京等地的屠宰加工企业。</p>
    </div>
    <div class="tool">【收藏本页】【打印本页】【关闭窗口】</div>
    <div class="foot">双辽市人民政府办公室主办　吉ICP备05003092号</div>
    </body>
    </html>
    """,
    title="双山鸭场年出栏肉鸭超百万只",
    source="双辽市畜牧业发展中心",
    site="双辽市人民政府",
    date="2024-05-14",
    chrome=[
        "首页 | 今日双辽 | 政务公开 | 网上办事 | 投资双辽 | 互动交流",
        "首页 -> 今日双辽",
        "点击数：903",
        "【收藏本页】【打印本页】【关闭窗口】",
        "双辽市人民政府办公室主办　吉ICP备05003092号",
    ],
    body=[
        "自动喂料线和饮水线正在运转",
        "出栏后按合同价回收",
        "一年能养六七批",
        "又降低了种地成本",
    ],
    regions=[
        ("五月中旬，四平市双辽市的一家肉鸭养殖场里", ["吉林省/四平市/双辽市"]),
        ("养殖场实行“公司+农户”的模式", []),
        ("一位养殖户说，一批鸭子养四十天左右", []),
        ("鸭粪经过发酵处理后变成有机肥", []),
        ("目前当地肉鸭年出栏量超过一百万只", ["辽宁省", "北京市"]),
    ],
    complete=True,
)

art(
    "linshui_gov_notepad_utf16.txt",
    'county government page pasted into Notepad and saved as "Unicode" (UTF-16-LE with BOM, CRLF; 邻水县人民政府 masthead, 当前位置：首页 > 邻水要闻 line, title, 邻水县人民政府 2024-08-21 来源：邻水县融媒体中心 on one line with the site first, body, 打印 关闭 line, 蜀ICP备 footer)',
    "utf-16-le",
    """
    邻水县人民政府
    当前位置：首页 > 邻水要闻

    邻水脐橙园里的“智慧滴灌”

    邻水县人民政府　2024-08-21　来源：邻水县融媒体中心

    八月下旬，广安市邻水县的一片果园里，一根根滴灌管沿着果树铺开，水肥顺着管子直接送到树根下。

    果园负责人打开手机，点一下屏幕，整片果园就开始浇水施肥，哪块地缺水、缺什么肥，传感器都能测出来。

    他说，以前浇一遍园子要十几个人干好几天，现在一个人在家里就能管过来，用水量还省了一半。

    今年夏天雨水少，附近靠天吃饭的果园减产不少，装了滴灌的果园挂果反而比往年多。

    县里计划用三年时间，在主要果园推广水肥一体化设施，并配套建设蓄水池和提灌站。

    打印　关闭
    邻水县人民政府办公室主办　蜀ICP备05027491号
    """,
    title="邻水脐橙园里的“智慧滴灌”",
    source="邻水县融媒体中心",
    site="邻水县人民政府",
    date="2024-08-21",
    chrome=[
        "当前位置：首页 > 邻水要闻",
        "打印　关闭",
        "邻水县人民政府办公室主办　蜀ICP备05027491号",
    ],
    body=[
        "水肥顺着管子直接送到树根下",
        "传感器都能测出来",
        "用水量还省了一半",
        "并配套建设蓄水池和提灌站",
    ],
    regions=[
        ("八月下旬，广安市邻水县的一片果园里", ["四川省/广安市/邻水县"]),
        ("果园负责人打开手机", []),
        ("他说，以前浇一遍园子", []),
        ("今年夏天雨水少", []),
        ("县里计划用三年时间", []),
    ],
    complete=True,
    crlf=True,
    bom=True,
)


# --- more everyday saves: WeChat copy, blog, e-paper, reader mode, print view ----------------
art(
    "dingyuan_wechat_phone_copy_spam.txt",
    "county account's WeChat article copied on a phone and pasted into a text file, with two spam strings injected (title, 定远发布 + 2024年12月26日 19:45 + 安徽 line, 定远县融媒体中心 as the 来源 line at the end, 微信扫一扫关注该公众号, 继续滑动看下一个, 轻触阅读原文, 向上滑动看下一个)",
    "utf-8",
    """
    定远：一碗羊肉汤暖了一座城

    定远发布　2024年12月26日 19:45　安徽

    冬至过后，滁州市定远县的大街小巷飘着羊肉汤的香味，天不亮，汤馆门口就排起了长队。

    定远人爱喝羊肉汤，讲究的是现杀现煮，大骨头熬上一夜，汤色奶白，撒上一把香菜，再泡上一块烧饼。

    城东一家开了二十多年的老汤馆，每天要卖掉三四百碗，老板凌晨三点就起来烧火熬汤。正规网贷平台秒批秒到

    老板说，这几年来喝汤的外地人越来越多，有的从合肥开车一个多小时过来，就为喝这一口。

    县里今年还办了羊肉汤美食节，评选出十家“老字号汤馆”，把喝汤和逛古城、泡温泉串成了冬季旅游线路。高价回收二手手机当面验机

    一碗热汤下肚，浑身暖和，这是定远人冬天里最朴素的幸福。

    来源：定远县融媒体中心
    微信扫一扫关注该公众号
    继续滑动看下一个
    轻触阅读原文
    向上滑动看下一个
    """,
    title="定远：一碗羊肉汤暖了一座城",
    source="定远县融媒体中心",
    site="定远发布",
    date="2024-12-26",
    chrome=[
        "微信扫一扫关注该公众号",
        "继续滑动看下一个",
        "轻触阅读原文",
        "向上滑动看下一个",
    ],
    body=[
        "汤馆门口就排起了长队",
        "汤色奶白，撒上一把香菜",
        "老板凌晨三点就起来烧火熬汤",
        "这是定远人冬天里最朴素的幸福",
    ],
    spam=["正规网贷平台秒批秒到", "高价回收二手手机当面验机"],
    regions=[
        ("冬至过后，滁州市定远县的大街小巷", ["安徽省/滁州市/定远县"]),
        ("定远人爱喝羊肉汤", ["安徽省/滁州市/定远县"]),
        ("城东一家开了二十多年的老汤馆", []),
        ("老板说，这几年来喝汤的外地人越来越多", ["安徽省/合肥市"]),
        ("县里今年还办了羊肉汤美食节", []),
        ("一碗热汤下肚，浑身暖和", ["安徽省/滁州市/定远县"]),
    ],
    complete=True,
)

art(
    "hexiao_blog_hanshou_lake.html",
    "personal self-hosted blog post (<title> 标题 – 河汊子边的日子, blog name + tagline header, 首页 / 关于 / 归档 menu, 发表于 2024年10月8日 作者 … line under the headline, 分类目录 and 标签 lines after the body, 《 上一篇 / 下一篇 》 links, 3 条评论 + comment form with 发表评论, 自豪地采用 WordPress footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>西洞庭湖看鸟记 – 河汊子边的日子</title></head>
    <body>
    <header><div class="site">河汊子边的日子</div><div class="tag">一个退休中学老师的碎碎念</div></header>
    <nav>首页 / 关于 / 归档</nav>
    <article>
    <h1>西洞庭湖看鸟记</h1>
    <div class="meta">发表于 2024年10月8日　作者 湖边老杨</div>
    <p>国庆节后，约了两个老同事去常德市汉寿县看鸟。西洞庭湖的水退了一些，露出大片滩涂，正是候鸟来的时候。</p>
    <p>早上六点从家里出发，到湖边天刚亮，芦苇荡里一片雾气，只听见鸟叫，看不见鸟。</p>
    <p>等太阳出来雾散了，才看清滩涂上密密麻麻全是鸟，白鹭、苍鹭、琵鹭，还有一群小䴙䴘在水里一沉一浮。</p>
    <p>保护站的小伙子借给我们一架单筒望远镜，教我们怎么分辨白琵鹭和白鹭，说嘴巴像个勺子的就是琵鹭。</p>
    <p>中午在湖边的渔家吃了一顿鱼，老板说现在禁捕了，吃的都是养殖的，但味道一点不差。</p>
    <p>回来的路上老同事说，退休了最大的好处就是想看鸟就去看鸟，不用等寒暑假。这话说得我心里美滋滋的。</p>
    </article>
    <div class="cat">分类目录：游记</div>
    <div class="tags">标签：观鸟, 洞庭湖</div>
    <div class="pn">《 上一篇：重阳节爬太阳山　下一篇：腌酸菜的老法子 》</div>
    <div class="cmts">3 条评论</div>
    <div class="form">发表评论　电子邮件地址不会被公开。</div>
    <footer>自豪地采用 WordPress</footer>
    </body>
    </html>
    """,
    title="西洞庭湖看鸟记",
    source="河汊子边的日子",
    date="2024-10-08",
    author="湖边老杨",
    chrome=[
        "一个退休中学老师的碎碎念",
        "首页 / 关于 / 归档",
        "分类目录：游记",
        "标签：观鸟, 洞庭湖",
        "发表评论　电子邮件地址不会被公开。",
        "自豪地采用 WordPress",
    ],
    body=[
        "芦苇荡里一片雾气",
        "还有一群小䴙䴘在水里一沉一浮",
        "说嘴巴像个勺子的就是琵鹭",
        "不用等寒暑假",
    ],
    regions=[
        ("国庆节后，约了两个老同事去常德市汉寿县看鸟", ["湖南省/常德市/汉寿县"]),
        ("早上六点从家里出发", []),
        ("等太阳出来雾散了", []),
        ("保护站的小伙子借给我们一架单筒望远镜", []),
        ("中午在湖边的渔家吃了一顿鱼", []),
        ("回来的路上老同事说", []),
    ],
    complete=True,
)

art(
    "chutian_dushibao_epaper_yidu.html",
    "provincial city paper's e-paper article view (<title> 楚天都市报数字报刊 only, 版面目录 sidebar with 第A08版 and other stories' titles, 2024年01月25日 星期四 bar, 肩题 above the headline, 文/记者 … 通讯员 … 图/… byline, 放大 缩小 默认 text-size line, 上一篇 下一篇 返回目录, 版权 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>楚天都市报数字报刊</title></head>
    <body>
    <div class="bar">楚天都市报　2024年01月25日　星期四</div>
    <div class="side">版面目录<br>第A08版：湖北新闻<br>枝江百里洲砂梨树冬季修剪<br>当阳长坂坡公园新增健身步道</div>
    <div class="jt">年味渐浓</div>
    <h1>宜都柑橘搭上“年货快车”</h1>
    <div class="by">文/记者 宋晓明　通讯员 覃雪　图/通讯员 陈峰</div>
    <div class="size">放大　缩小　默认</div>
    <div class="content">
    <p>春节临近，宜昌市宜都市的柑橘分拣中心里灯火通明，工人们加班加点分拣、装箱，一车车柑橘发往全国各地。</p>
    <p>宜都地处长江和清江交汇处，种柑橘的历史很长，蜜柑、脐橙、沃柑从秋天一直卖到来年春天。</p>
    <p>分拣线上，果子被逐个拍照、称重、测糖，几秒钟就自动分好等级，大果、精品果装进礼盒当年货卖。</p>
    <p>一位果农说，过年前这一个月是柑橘卖得最好的时候，今年礼盒果每斤比散装多卖一块多。</p>
    <p>当地还开通了柑橘物流专线，从分拣中心到高铁站、机场都有专车接驳，发往北方的柑橘两三天就能到。</p>
    </div>
    <div class="pn">上一篇　下一篇　返回目录</div>
    <div class="foot">楚天都市报版权所有　未经书面授权不得转载</div>
    </body>
    </html>
    """,
    title="宜都柑橘搭上“年货快车”",
    source="楚天都市报",
    date="2024-01-25",
    author="宋晓明",
    chrome=[
        "第A08版：湖北新闻",
        "枝江百里洲砂梨树冬季修剪",
        "当阳长坂坡公园新增健身步道",
        "放大　缩小　默认",
        "上一篇　下一篇　返回目录",
        "楚天都市报版权所有　未经书面授权不得转载",
    ],
    body=[
        "工人们加班加点分拣、装箱",
        "从秋天一直卖到来年春天",
        "几秒钟就自动分好等级",
        "发往北方的柑橘两三天就能到",
    ],
    regions=[
        ("春节临近，宜昌市宜都市的柑橘分拣中心里", ["湖北省/宜昌市/宜都市"]),
        ("宜都地处长江和清江交汇处", ["湖北省/宜昌市/宜都市"]),
        ("分拣线上，果子被逐个拍照", []),
        ("一位果农说，过年前这一个月", []),
        ("当地还开通了柑橘物流专线", []),
    ],
    complete=True,
)

art(
    "dongan_rongmei_reader_mode.md",
    "county media centre's page saved as Markdown by a browser reader-mode extension (# title, > 原文链接 and 保存时间 quote lines, a --- rule, 东安县融媒体中心 · 2024-03-19 line in italics, body, a second --- rule, 保存自 … 阅读模式 line)",
    "utf-8",
    """
    # 东安鸡“飞”出县城 预制菜生产线满负荷运转

    > 原文链接：http://www.hndongan.gov.cn/rmt/2024/03/19/xw_4471.html
    > 保存时间：2024-03-20 21:14

    ---

    *东安县融媒体中心 · 2024-03-19*

    三月中旬，永州市东安县一家食品企业的车间里，切鸡、炒制、封装、杀菌，一条预制菜生产线正满负荷运转。

    这道菜讲究用嫩母鸡，配上醋、辣椒和花椒爆炒，酸辣鲜香，是湖南人宴席上常见的一道名菜。

    企业负责人说，过去这道菜只能在饭店里吃，现在做成真空包装的预制菜，加热几分钟就能上桌，订单一半来自网上。

    为了保证原料供应，企业和周边二十多个养鸡合作社签了收购协议，统一鸡苗、统一饲料、统一收购。

    县里还建了预制菜产业园，配套冷链仓储和检测中心，今年计划再引进三到五家企业。

    ---

    保存自「简悦」阅读模式
    """,
    title="东安鸡“飞”出县城 预制菜生产线满负荷运转",
    source="东安县融媒体中心",
    date="2024-03-19",
    chrome=[
        "> 原文链接：http://www.hndongan.gov.cn/rmt/2024/03/19/xw_4471.html",
        "> 保存时间：2024-03-20 21:14",
        "保存自「简悦」阅读模式",
    ],
    body=[
        "切鸡、炒制、封装、杀菌",
        "配上醋、辣椒和花椒爆炒",
        "加热几分钟就能上桌",
        "统一鸡苗、统一饲料、统一收购",
    ],
    regions=[
        ("三月中旬，永州市东安县一家食品企业的车间里", ["湖南省/永州市/东安县"]),
        ("这道菜讲究用嫩母鸡", ["湖南省"]),
        ("企业负责人说，过去这道菜只能在饭店里吃", []),
        ("为了保证原料供应", []),
        ("县里还建了预制菜产业园", []),
    ],
    complete=True,
)

art(
    "liaocheng_news_shenxian_print_view.html",
    "city news site's 打印版 print view (<title> 标题 - 聊城新闻网 - 打印版, no nav or crumb, title, 来源：聊城日报 　时间：2024-09-09 row, body, 【打印本页】【关闭窗口】 and the page address printed at the bottom as 本文地址：http://…)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>莘县蔬菜大棚秋茬开种 - 聊城新闻网 - 打印版</title></head>
    <body>
    <h2>莘县蔬菜大棚秋茬开种</h2>
    <div class="info">来源：聊城日报　时间：2024-09-09</div>
    <div class="content">
    <p>九月初，聊城市莘县的蔬菜大棚里，菜农们抢抓农时，移栽西红柿、黄瓜和辣椒苗，准备秋冬茬生产。</p>
    <p>这里是北方重要的蔬菜生产基地，一个个钢架大棚连成一片，从高处看像一片白色的海洋。</p>
    <p>一位菜农说，秋茬西红柿春节前后上市，正赶上价格好的时候，一个棚一季能收入四五万元。</p>
    <p>今年不少大棚装上了自动卷帘机和温湿度传感器，菜农在手机上就能开关风口、调节温度。</p>
    <p>当地农业部门组织技术员进村入棚，指导菜农防治病虫害、科学用药，确保蔬菜质量安全。</p>
    </div>
    <div class="tool">【打印本页】【关闭窗口】</div>
    <div class="url">本文地址：http://www.lcxw.cn/news/2024-09/09/content_88231.htm</div>
    </body>
    </html>
    """,
    title="莘县蔬菜大棚秋茬开种",
    source="聊城日报",
    site="聊城新闻网",
    date="2024-09-09",
    chrome=[
        "【打印本页】【关闭窗口】",
        "本文地址：http://www.lcxw.cn/news/2024-09/09/content_88231.htm",
    ],
    body=[
        "准备秋冬茬生产",
        "从高处看像一片白色的海洋",
        "一个棚一季能收入四五万元",
        "确保蔬菜质量安全",
    ],
    regions=[
        ("九月初，聊城市莘县的蔬菜大棚里", ["山东省/聊城市/莘县"]),
        ("这里是北方重要的蔬菜生产基地", []),
        ("一位菜农说，秋茬西红柿春节前后上市", []),
        ("今年不少大棚装上了自动卷帘机", []),
        ("当地农业部门组织技术员进村入棚", []),
    ],
    complete=True,
)


# --- a GB2312-declared city paper, a video news page and a government Weibo long post --------
art(
    "wandong_chenkan_laian_gb2312.htm",
    "city morning paper's site saved .htm, declared gb2312 and stored as GBK (<title> 皖东晨刊--标题, 频道 nav, 您现在的位置: 首页 >> 县区 crumb, 稿源：皖东晨刊 | 作者：… | 发布时间：2024-11-12 row with 稿源 instead of 来源, 【字体：小 大】, 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】, 上一篇文章 / 下一篇文章, 皖ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>皖东晨刊--来安池杉湖湿地迎来越冬候鸟</title>
    </head>
    <body>
    <div class="nav">首页 | 滁州新闻 | 县区 | 社会 | 民生 | 晨刊视点</div>
    <div class="crumb">您现在的位置: 首页 &gt;&gt; 县区</div>
    <h1>来安池杉湖湿地迎来越冬候鸟</h1>
    <div class="info">稿源：皖东晨刊 | 作者：卜家明 | 发布时间：2024-11-12　【字体：小 大】</div>
    <div class="content">
    <p>十一月上旬，滁州市来安县的池杉湖湿地里，池杉的叶子渐渐变红，成群的野鸭和白鹭在林间水面上栖息。</p>
    <p>池杉湖是一片人工种植的水上森林，池杉树扎根在浅水里，秋冬时节满湖红叶，倒影映在水里格外好看。</p>
    <p>湿地管理人员说，今年来越冬的候鸟比往年早了几天，数量也多，光是野鸭一天就能数到上千只。</p>
    <p>为了不惊扰鸟群，湿地限制了游船数量，在鸟类集中的区域设置了观鸟平台，游客只能远远观看。</p>
    <p>周末不少摄影爱好者扛着长焦镜头来拍鸟，一蹲就是一整天，等的就是鸟群起飞的那一瞬间。</p>
    </div>
    <div class="tool">【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】</div>
    <div class="pn">上一篇文章：南谯区老旧小区加装电梯提速<br>下一篇文章：天长市开展冬季消防安全检查</div>
    <div class="foot">皖东晨刊社版权所有　皖ICP备09012663号</div>
    </body>
    </html>
    """,
    title="来安池杉湖湿地迎来越冬候鸟",
    source="皖东晨刊",
    date="2024-11-12",
    author="卜家明",
    chrome=[
        "首页 | 滁州新闻 | 县区 | 社会 | 民生 | 晨刊视点",
        "您现在的位置: 首页 >> 县区",
        "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】",
        "上一篇文章：南谯区老旧小区加装电梯提速",
        "下一篇文章：天长市开展冬季消防安全检查",
        "皖东晨刊社版权所有　皖ICP备09012663号",
    ],
    body=[
        "池杉的叶子渐渐变红",
        "秋冬时节满湖红叶",
        "光是野鸭一天就能数到上千只",
        "等的就是鸟群起飞的那一瞬间",
    ],
    regions=[
        ("十一月上旬，滁州市来安县的池杉湖湿地里", ["安徽省/滁州市/来安县"]),
        ("池杉湖是一片人工种植的水上森林", []),
        ("湿地管理人员说，今年来越冬的候鸟", []),
        ("为了不惊扰鸟群", []),
        ("周末不少摄影爱好者扛着长焦镜头来拍鸟", []),
    ],
    complete=True,
)

art(
    "yuechi_rongmei_video_page.html",
    "county media centre's video news page (<title> 标题-岳池融媒, 视频 | 图片 | 新闻 | 直播 nav, a player block with 时长 02:48 and 播放 1.6万, title under the player, 岳池融媒 2024-07-24 20:30 row, 【视频文稿】 marker before the script, 记者/摄像/剪辑 credits line, 点赞 / 分享 row, 更多视频 list)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>岳池：米粉作坊里的“夜班人”-岳池融媒</title></head>
    <body>
    <div class="nav">视频 | 图片 | 新闻 | 直播</div>
    <div class="player">时长 02:48　播放 1.6万</div>
    <h1>岳池：米粉作坊里的“夜班人”</h1>
    <div class="info">岳池融媒　2024-07-24 20:30</div>
    <div class="content">
    <p>【视频文稿】凌晨两点，广安市岳池县城的一家米粉作坊里已经亮起了灯，师傅们开始泡米、磨浆、蒸粉。</p>
    <p>这家作坊做了三十多年米粉，每天要用掉一千多斤大米，天亮前做好的米粉要送到城里几十家早餐店。</p>
    <p>老板说，米粉好不好吃，关键在米和水，米要用放了一年的陈米，磨出来的浆才有韧劲。</p>
    <p>早上六点，第一批米粉装上三轮车送出门，早餐店的老板们已经在门口等着了。</p>
    <p>忙完一夜的师傅们坐下来，每人端起一碗刚出锅的米粉，这是他们一天里最踏实的时候。</p>
    </div>
    <div class="cr">记者：唐静怡　摄像：李子豪　剪辑：王程</div>
    <div class="act">点赞　分享</div>
    <div class="more">更多视频<br>华蓥山夏夜露营地人气旺</div>
    </body>
    </html>
    """,
    title="岳池：米粉作坊里的“夜班人”",
    source="岳池融媒",
    date="2024-07-24",
    author="唐静怡",
    chrome=[
        "视频 | 图片 | 新闻 | 直播",
        "时长 02:48　播放 1.6万",
        "摄像：李子豪　剪辑：王程",
        "点赞　分享",
        "更多视频",
        "华蓥山夏夜露营地人气旺",
    ],
    body=[
        "师傅们开始泡米、磨浆、蒸粉",
        "每天要用掉一千多斤大米",
        "磨出来的浆才有韧劲",
        "这是他们一天里最踏实的时候",
    ],
    regions=[
        ("【视频文稿】凌晨两点，广安市岳池县城", ["四川省/广安市/岳池县"]),
        ("这家作坊做了三十多年米粉", []),
        ("老板说，米粉好不好吃", []),
        ("早上六点，第一批米粉装上三轮车", []),
        ("忙完一夜的师傅们坐下来", []),
    ],
    complete=True,
)

art(
    "linqing_weibo_long_post.txt",
    "county government's Weibo long post copied as text (临清发布 account line with 微博认证 note, 2024-6-3 18:22 来自 微博 weibo.com line with no leading zeros, #端午# and #运河古城# topic tags after the bracketed headline, body, 收起全文 line, 转发 / 评论 / 赞 counts line, 热门评论 header with one comment)",
    "utf-8",
    """
    临清发布
    微博认证：临清市融媒体中心官方微博
    2024-6-3 18:22 来自 微博 weibo.com

    【运河古城的端午龙舟赛开赛啦】#端午# #运河古城#

    端午前夕，聊城市临清市的运河上锣鼓喧天，十多支龙舟队在古运河上你追我赶，两岸挤满了看热闹的市民。

    临清因运河而兴，明清时期是有名的商埠，如今运河沿岸的老街、钞关和古桥都修缮一新。

    今年的龙舟赛有社区、企业和学校的队伍参加，最小的划手只有十五岁，最大的已经六十多岁。

    比赛间隙，岸边还有包粽子比赛和非遗展示，不少游客边看龙舟边尝临清的特色小吃。

    收起全文
    转发 126　评论 58　赞 903
    热门评论
    老家的运河越来越漂亮了，明年回去看龙舟！
    """,
    title="运河古城的端午龙舟赛开赛啦",
    source="临清市融媒体中心",
    site="临清发布",
    date="2024-06-03",
    chrome=[
        "微博认证：临清市融媒体中心官方微博",
        "收起全文",
        "转发 126　评论 58　赞 903",
        "热门评论",
        "老家的运河越来越漂亮了，明年回去看龙舟！",
    ],
    body=[
        "十多支龙舟队在古运河上你追我赶",
        "如今运河沿岸的老街、钞关和古桥都修缮一新",
        "最小的划手只有十五岁",
        "还有包粽子比赛和非遗展示",
    ],
    regions=[
        ("端午前夕，聊城市临清市的运河上锣鼓喧天", ["山东省/聊城市/临清市"]),
        ("临清因运河而兴", ["山东省/聊城市/临清市"]),
        ("今年的龙舟赛有社区、企业和学校的队伍参加", []),
        ("比赛间隙，岸边还有包粽子比赛和非遗展示", ["山东省/聊城市/临清市"]),
    ],
    complete=True,
)


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout19b"
    SET.write(
        out,
        "heldout19b: a second writer's fresh held-out layouts, mainstream pages on purpose; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
