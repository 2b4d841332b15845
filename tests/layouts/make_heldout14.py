"""Write tests/layouts/heldout14/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout14.py tests/layouts/heldout14

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its outlets (or outlet
families) appears in dev or heldout to heldout13. Like heldout13 it samples
mainstream pages on purpose (about 70 %), from outlets, cities and provinces
heldout13 did not use, and varies where the metadata sits (header line, byline
inside the lead, footer-only source, copyright footer, title suffix, <meta>
tags only, URL-only date). Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- provincial, city and county government portals -------------------------------------------
art(
    "jilin_gov_repost_huinan.html",
    "provincial government portal reposting a city paper (<meta name=firstpublishedtime>, <title> 标题_吉林省人民政府, 当前位置 crumb, one row 2024-11-25 08:41 来源：通化日报 【字号 大 中 小】, 分享 bar, 【打印本页】【关闭窗口】, 吉ICP备 footer; 吉辽蒙 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="firstpublishedtime" content="2024-11-25 08:41:16">
    <title>辉南县：龙湾脚下的“冰雪民宿村”_吉林省人民政府</title>
    </head>
    <body>
    <div class="header">吉林省人民政府　<a href="#">English</a>　<a href="#">智能问答</a></div>
    <div class="nav">首页 | 新闻 | 政务公开 | 政务服务 | 互动 | 数据 | 走进吉林</div>
    <div class="crumb">当前位置：首页 &gt; 新闻 &gt; 市县新闻</div>
    <h1>辉南县：龙湾脚下的“冰雪民宿村”</h1>
    <div class="info">2024-11-25 08:41　来源：通化日报　【字号 大 中 小】</div>
    <div class="share">分享：微信 微博 QQ空间</div>
    <div class="article">
    <p>初雪过后，通化市辉南县金川镇的民宿老板们忙着烧炕、挂灯笼，准备迎接今冬第一批滑雪和看雾凇的客人。</p>
    <p>这个村子紧挨着龙湾国家森林公园，过去村民冬天只能猫冬。前几年，镇里引导村民把闲置农房改成民宿，统一标准、统一接单。</p>
    <p>目前村里已有民宿四十二家，去年冬天接待了来自吉辽蒙等地的游客两万多人次。</p>
    </div>
    <div class="tool">【打印本页】【关闭窗口】</div>
    <div class="footer">主办：吉林省人民政府办公厅　吉ICP备05002007号　吉公网安备22010402000123号</div>
    </body>
    </html>
    """,
    title="辉南县：龙湾脚下的“冰雪民宿村”",
    source="通化日报",
    site="吉林省人民政府",
    date="2024-11-25",
    chrome=[
        "首页 | 新闻 | 政务公开 | 政务服务 | 互动 | 数据 | 走进吉林",
        "当前位置：首页 > 新闻 > 市县新闻",
        "【字号 大 中 小】",
        "分享：微信 微博 QQ空间",
        "【打印本页】【关闭窗口】",
        "吉ICP备05002007号",
    ],
    body=[
        "忙着烧炕、挂灯笼，准备迎接今冬第一批滑雪和看雾凇的客人",
        "镇里引导村民把闲置农房改成民宿",
        "目前村里已有民宿四十二家",
    ],
    regions=[
        ("初雪过后，通化市辉南县金川镇", ["吉林省/通化市/辉南县"]),
        ("这个村子紧挨着龙湾国家森林公园", []),
        ("目前村里已有民宿四十二家", ["吉林省", "辽宁省", "内蒙古自治区"]),
    ],
    complete=True,
)

art(
    "tongchuan_gov_yaozhou_cn_time.shtml",
    "city government portal .shtml (no date in <head>, 发布时间：2024年12月03日 10时20分 + 信息来源 on one line under the title, 【字体：大 中 小】, 扫一扫 QR line, 相关链接 list, 陕ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>耀州区：“村BA”打出乡村新气象 - 铜川市人民政府</title></head>
    <body>
    <div class="top">铜川市人民政府　今天是：<span>2024年12月05日</span></div>
    <div class="nav">首页　政务要闻　信息公开　政务服务　互动交流　走进铜川</div>
    <div class="crumb">首页 &gt;&gt; 政务要闻 &gt;&gt; 区县动态</div>
    <h1>耀州区：“村BA”打出乡村新气象</h1>
    <div class="info">发布时间：2024年12月03日 10时20分　信息来源：耀州区人民政府　【字体：大 中 小】</div>
    <div class="main">
    <p>连日来，铜川市耀州区照金镇的篮球场上热闹非凡，二十四支村队轮番上场，看台上坐满了从周边村子赶来的乡亲。</p>
    <p>比赛由镇党委牵头，各村自己组队、自己筹办，赛场边还摆起了苹果、花椒等土特产展销摊位。</p>
    <p>镇上的干部说，球赛把在外打工的年轻人叫了回来，也让村与村之间走得更近了。</p>
    </div>
    <div class="qr">扫一扫在手机打开当前页</div>
    <div class="links">相关链接：中国政府网 | 陕西省人民政府 | 铜川市各区县政府网站</div>
    <div class="foot">铜川市人民政府办公室主办　陕ICP备05001230号-1</div>
    </body>
    </html>
    """,
    title="耀州区：“村BA”打出乡村新气象",
    source="耀州区人民政府",
    site="铜川市人民政府",
    date="2024-12-03",
    chrome=[
        "今天是：2024年12月05日",
        "首页　政务要闻　信息公开　政务服务　互动交流　走进铜川",
        "首页 >> 政务要闻 >> 区县动态",
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "相关链接：中国政府网 | 陕西省人民政府 | 铜川市各区县政府网站",
        "陕ICP备05001230号-1",
    ],
    body=[
        "二十四支村队轮番上场",
        "赛场边还摆起了苹果、花椒等土特产展销摊位",
        "球赛把在外打工的年轻人叫了回来",
    ],
    regions=[
        ("连日来，铜川市耀州区照金镇", ["陕西省/铜川市/耀州区"]),
        ("比赛由镇党委牵头", []),
        ("镇上的干部说，球赛把在外打工", []),
    ],
    complete=True,
)

art(
    "biyang_gov_gbk_invoice_spam.htm",
    "county government portal saved .htm in GBK (<meta charset=gb2312>, 您现在的位置 crumb, 文章来源 + 发布时间 2024-11-21 + 点击 row, 【收藏本页】【打印】【关闭】, 豫ICP备 footer; invoice spam with a city inside a body sentence)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>泌阳县人民政府</title>
    </head>
    <body>
    <div class="nav">网站首页 | 泌阳概况 | 政务公开 | 办事服务 | 政民互动</div>
    <div class="pos">您现在的位置：网站首页 &gt; 乡镇动态</div>
    <h2>泌阳县：夏南牛养殖带富一方百姓</h2>
    <div class="info">文章来源：泌阳县畜牧局　发布时间：2024-11-21　点击：862</div>
    <div class="cont">
    <p>走进驻马店市泌阳县羊册镇的养殖小区，一排排标准化牛舍整齐排列，饲养员正在给夏南牛添加草料。</p>
    <p>近年来，泌阳县围绕夏南牛产业，推行“企业+基地+农户”模式，全县肉牛存栏量稳步增长驻马店代开各类发票，带动两万多户群众增收。</p>
    <p>县畜牧局负责人表示，下一步将继续扩大良种繁育规模，延长屠宰加工链条。</p>
    </div>
    <div class="tool">【收藏本页】【打印】【关闭】</div>
    <div class="foot">主办：泌阳县人民政府办公室　豫ICP备10023456号</div>
    </body>
    </html>
    """,
    title="泌阳县：夏南牛养殖带富一方百姓",
    source="泌阳县畜牧局",
    site="泌阳县人民政府",
    date="2024-11-21",
    chrome=[
        "网站首页 | 泌阳概况 | 政务公开 | 办事服务 | 政民互动",
        "您现在的位置：网站首页 > 乡镇动态",
        "点击：862",
        "【收藏本页】【打印】【关闭】",
        "豫ICP备10023456号",
    ],
    body=[
        "一排排标准化牛舍整齐排列",
        "全县肉牛存栏量稳步增长，带动两万多户群众增收。",
        "继续扩大良种繁育规模，延长屠宰加工链条",
    ],
    spam=["驻马店代开各类发票"],
    regions=[
        ("走进驻马店市泌阳县羊册镇", ["河南省/驻马店市/泌阳县"]),
        ("近年来，泌阳县围绕夏南牛产业", ["河南省/驻马店市/泌阳县"]),
        ("县畜牧局负责人表示", []),
    ],
    complete=True,
)

art(
    "chayouqianqi_xxgk_table_above.html",
    "banner-level information-disclosure page with the 索引号/发布机构/发文日期/主题分类 table ABOVE the title (发文日期 2024年11月18日), no date elsewhere, 【打印】【关闭】, 蒙ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>察哈尔右翼前旗人民政府</title></head>
    <body>
    <div class="nav">首页 | 走进前旗 | 政务公开 | 政务服务 | 互动交流</div>
    <table class="xxgk">
    <tr><td>索引号：</td><td>11150926011534567X/2024-00318</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
    <tr><td>发布机构：</td><td>察哈尔右翼前旗农牧和科技局</td><td>发文日期：</td><td>2024年11月18日</td></tr>
    </table>
    <h1>察哈尔右翼前旗2024年马铃薯种植保险理赔情况公告</h1>
    <div class="content">
    <p>今年入夏以来，乌兰察布市察哈尔右翼前旗部分苏木乡镇遭受冰雹灾害，马铃薯种植户受到不同程度损失。</p>
    <p>经保险机构查勘定损，本次共向一千四百六十二户种植户支付理赔款三百八十六万元，理赔款已通过“一卡通”发放到户。</p>
    <p>种植户如对理赔结果有疑问，可向所在乡镇农业服务中心咨询。</p>
    </div>
    <div class="tool">【打印】【关闭】</div>
    <div class="foot">察哈尔右翼前旗人民政府办公室主办　蒙ICP备12001234号</div>
    </body>
    </html>
    """,
    title="察哈尔右翼前旗2024年马铃薯种植保险理赔情况公告",
    source="察哈尔右翼前旗农牧和科技局",
    site="察哈尔右翼前旗人民政府",
    date="2024-11-18",
    chrome=[
        "首页 | 走进前旗 | 政务公开 | 政务服务 | 互动交流",
        "11150926011534567X/2024-00318",
        "农业、林业、水利",
        "【打印】【关闭】",
        "蒙ICP备12001234号",
    ],
    body=[
        "部分苏木乡镇遭受冰雹灾害",
        "理赔款已通过“一卡通”发放到户",
        "可向所在乡镇农业服务中心咨询",
    ],
    regions=[
        ("今年入夏以来，乌兰察布市察哈尔右翼前旗", ["内蒙古自治区/乌兰察布市/察哈尔右翼前旗"]),
        ("经保险机构查勘定损", []),
        ("种植户如对理赔结果有疑问", []),
    ],
    complete=True,
)

art(
    "qingyang_gov_huanxian_crlf.txt",
    "city government portal copied as text (CRLF; crumb first, title, 2024-11-20 16:05:33 来源：环县融媒体中心 浏览次数：417 on one line with seconds, 分享到 line, 上一篇/下一篇, 主办 + 陇ICP备 footer)",
    "utf-8",
    """
    当前位置：首页 > 新闻动态 > 县区动态
    环县：羊绒车间开到村口 留守妇女家门口就业
    2024-11-20 16:05:33　来源：环县融媒体中心　浏览次数：417
    分享到：

    在庆阳市环县曲子镇的帮扶车间里，三十多名妇女正在分拣羊绒，手里的活计一刻不停。

    车间由当地一家绒毛企业开办，村民不用出远门，按件计酬，每月能挣两千多元。

    车间负责人说，明年还打算增加一条粗梳生产线。

    上一篇：合水县开展冬季农田水利建设
    下一篇：华池县举办南梁红色文化讲解员大赛
    主办：庆阳市人民政府办公室　陇ICP备05006789号
    """,
    title="环县：羊绒车间开到村口 留守妇女家门口就业",
    source="环县融媒体中心",
    date="2024-11-20",
    chrome=[
        "当前位置：首页 > 新闻动态 > 县区动态",
        "浏览次数：417",
        "分享到：",
        "上一篇：合水县开展冬季农田水利建设",
        "下一篇：华池县举办南梁红色文化讲解员大赛",
        "陇ICP备05006789号",
    ],
    body=[
        "三十多名妇女正在分拣羊绒",
        "按件计酬，每月能挣两千多元",
        "明年还打算增加一条粗梳生产线",
    ],
    regions=[
        ("在庆阳市环县曲子镇的帮扶车间里", ["甘肃省/庆阳市/环县"]),
        ("车间由当地一家绒毛企业开办", []),
        ("车间负责人说，明年还打算", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "hegang_gov_suibin_gb18030.txt",
    "city government portal copied as text in GB18030 (site name line, title, 发布日期：2024年11月19日 + 来源 + 作者 on one line, 【字体：大 中 小】【打印】, 黑ICP备 footer; a cadre named after a city)",
    "gb18030",
    """
    鹤岗市人民政府
    绥滨县：驻村第一书记的“黑土地账本”
    发布日期：2024年11月19日　　来源：绥滨县人民政府　　作者：李冬梅
    【字体：大 中 小】【打印】

    秋收刚过，鹤岗市绥滨县北岗乡的驻村第一书记王大庆又翻开了他的“黑土地账本”。

    账本上记着全村每块地的土壤检测数据、种植品种和产量，哪块地该轮作、哪块地该深松，一目了然。

    三年来，村里的水稻平均亩产提高了一百多斤，集体经济收入突破五十万元。

    版权所有：鹤岗市人民政府办公室　黑ICP备06001357号
    """,
    title="绥滨县：驻村第一书记的“黑土地账本”",
    source="绥滨县人民政府",
    site="鹤岗市人民政府",
    date="2024-11-19",
    author="李冬梅",
    chrome=[
        "【字体：大 中 小】【打印】",
        "黑ICP备06001357号",
    ],
    body=[
        "又翻开了他的“黑土地账本”",
        "哪块地该轮作、哪块地该深松，一目了然",
        "集体经济收入突破五十万元",
    ],
    regions=[
        ("秋收刚过，鹤岗市绥滨县北岗乡", ["黑龙江省/鹤岗市/绥滨县"]),
        ("账本上记着全村每块地", []),
        ("三年来，村里的水稻平均亩产", []),
    ],
    complete=True,
)

art(
    "ledong_gov_meta_only.html",
    "county government portal whose date and source are ONLY in <meta> tags (ArticleTitle, PubDate, ContentSource; nothing shown under the title), crumb, 分享 bar, 琼ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="SiteName" content="乐东黎族自治县人民政府网">
    <meta name="ColumnName" content="部门动态">
    <meta name="ArticleTitle" content="乐东：冬季瓜菜抢种忙 订单销售稳增收">
    <meta name="PubDate" content="2024-11-22 09:00">
    <meta name="ContentSource" content="乐东黎族自治县农业农村局">
    <title>乐东：冬季瓜菜抢种忙 订单销售稳增收</title>
    </head>
    <body>
    <div class="nav">首页　政务动态　信息公开　政务服务　互动交流</div>
    <div class="crumb">首页 / 政务动态 / 部门动态</div>
    <h1>乐东：冬季瓜菜抢种忙 订单销售稳增收</h1>
    <div class="share">分享到：微信 | 微博</div>
    <div class="text">
    <p>眼下正是冬季瓜菜种植的关键期，乐东黎族自治县佛罗镇的田洋里，农户们忙着铺地膜、移栽哈密瓜苗。</p>
    <p>县农业农村局组织采购商提前与合作社签订单，今年全县冬季瓜菜订单面积比去年增加了两成。</p>
    <p>农技人员分片包干，到田间指导病虫害防治和水肥管理。</p>
    </div>
    <div class="foot">乐东黎族自治县人民政府办公室主办　琼ICP备05002468号</div>
    </body>
    </html>
    """,
    title="乐东：冬季瓜菜抢种忙 订单销售稳增收",
    source="乐东黎族自治县农业农村局",
    site="乐东黎族自治县人民政府网",
    date="2024-11-22",
    chrome=[
        "首页　政务动态　信息公开　政务服务　互动交流",
        "首页 / 政务动态 / 部门动态",
        "分享到：微信 | 微博",
        "琼ICP备05002468号",
    ],
    body=[
        "农户们忙着铺地膜、移栽哈密瓜苗",
        "今年全县冬季瓜菜订单面积比去年增加了两成",
        "到田间指导病虫害防治和水肥管理",
    ],
    regions=[
        ("眼下正是冬季瓜菜种植的关键期", ["海南省/乐东黎族自治县"]),
        ("县农业农村局组织采购商", []),
        ("农技人员分片包干", []),
    ],
    complete=True,
)

art(
    "maoming_gov_huazhou_share.html",
    "city government portal page (<title> 标题 茂名市人民政府网站, 来源：化州市人民政府 + 2024-11-14 17:32 + 分享 in one info bar, 我要纠错, 上一篇/下一篇, 粤ICP备 footer; a product named after the city)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>化州：橘红产业链延伸到村 茂名市人民政府网站</title></head>
    <body>
    <div class="nav">首页 | 政务动态 | 政务公开 | 政务服务 | 政民互动 | 好心茂名</div>
    <div class="crumb">首页 &gt; 政务动态 &gt; 区县动态</div>
    <h1>化州：橘红产业链延伸到村</h1>
    <div class="bar">来源：化州市人民政府　2024-11-14 17:32　分享：微信 微博　【我要纠错】</div>
    <div class="article">
    <p>在茂名市化州市平定镇，一片片化橘红种植园郁郁葱葱，果农们正在采摘今年最后一批橘红果。</p>
    <p>当地引进精深加工企业，把橘红做成茶饮、含片等产品，村里的合作社负责收购鲜果，每斤比过去多卖两元。</p>
    <p>目前，化州全市的橘红种植面积已超过十万亩。</p>
    </div>
    <div class="pn">上一篇：高州市荔枝冬季管护技术培训开班<br>下一篇：信宜市新增两个省级森林乡村</div>
    <div class="foot">茂名市人民政府办公室主办　粤ICP备05012345号</div>
    </body>
    </html>
    """,
    title="化州：橘红产业链延伸到村",
    source="化州市人民政府",
    site="茂名市人民政府网站",
    date="2024-11-14",
    chrome=[
        "首页 | 政务动态 | 政务公开 | 政务服务 | 政民互动 | 好心茂名",
        "首页 > 政务动态 > 区县动态",
        "分享：微信 微博",
        "【我要纠错】",
        "上一篇：高州市荔枝冬季管护技术培训开班",
        "下一篇：信宜市新增两个省级森林乡村",
        "粤ICP备05012345号",
    ],
    body=[
        "果农们正在采摘今年最后一批橘红果",
        "把橘红做成茶饮、含片等产品",
        "种植面积已超过十万亩",
    ],
    regions=[
        ("在茂名市化州市平定镇", ["广东省/茂名市/化州市"]),
        ("当地引进精深加工企业", []),
        ("目前，化州全市的橘红种植面积", ["广东省/茂名市/化州市"]),
    ],
    complete=True,
)


# --- county media centres ----------------------------------------------------------------------
art(
    "jurong_rongmei_crumb_date.html",
    "county-level city media centre site (date only at the END of the crumb line 当前位置：首页 > 句容新闻 > 正文 2024-11-30, 作者 + 编辑 line under the title, no source line, © 句容市融媒体中心 footer, 苏ICP备)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>茅山脚下茶园里的“数字农夫”-句容新闻网</title></head>
    <body>
    <div class="nav">首页　句容新闻　镇街动态　视频　专题　融媒矩阵</div>
    <div class="crumb">当前位置：首页 &gt; 句容新闻 &gt; 正文　2024-11-30</div>
    <h1>茅山脚下茶园里的“数字农夫”</h1>
    <div class="by">作者：韦晓雯　编辑：钱程</div>
    <div class="body">
    <p>在镇江市句容市茅山镇的一片茶园里，“90后”返乡青年孙浩拿着手机，查看土壤墒情和虫情监测数据。</p>
    <p>他把茶园接入了智慧农业平台，什么时候浇水、什么时候施肥，平台都会提醒，今年春茶的产量和品质都上来了。</p>
    <p>在他的带动下，周边已有十多户茶农用上了这套系统。</p>
    </div>
    <div class="foot">© 2024 句容市融媒体中心 版权所有　苏ICP备10211234号</div>
    </body>
    </html>
    """,
    title="茅山脚下茶园里的“数字农夫”",
    source="句容市融媒体中心",
    site="句容新闻网",
    date="2024-11-30",
    author="韦晓雯",
    chrome=[
        "首页　句容新闻　镇街动态　视频　专题　融媒矩阵",
        "编辑：钱程",
        "苏ICP备10211234号",
    ],
    body=[
        "查看土壤墒情和虫情监测数据",
        "什么时候浇水、什么时候施肥，平台都会提醒",
        "周边已有十多户茶农用上了这套系统",
    ],
    regions=[
        ("在镇江市句容市茅山镇的一片茶园里", ["江苏省/镇江市/句容市"]),
        ("他把茶园接入了智慧农业平台", []),
        ("在他的带动下", []),
    ],
    complete=True,
)

art(
    "luanzhou_rongmei_source_footer.txt",
    "county-level city media centre article copied as text (title, date line 2024年11月23日 alone, body, then 本文来源：滦州市融媒体中心 and a 编辑/审核/监制 review line at the foot; 京津冀 compound, 赴京)",
    "utf-8",
    """
    滦州：古城脚下的蔬菜“直通车”
    2024年11月23日

    每天凌晨三点，唐山市滦州市古马镇的蔬菜分拣中心就亮起了灯，一筐筐黄瓜、西红柿分拣装车后运往京津冀各大批发市场。

    分拣中心由村集体和合作社共同建设，农户们的菜在家门口就能卖上好价钱。

    不少菜农今年还第一次赴京参加了农产品展销会。

    本文来源：滦州市融媒体中心
    编辑：赵欣　审核：孟凡　监制：刘建军
    """,
    title="滦州：古城脚下的蔬菜“直通车”",
    source="滦州市融媒体中心",
    date="2024-11-23",
    chrome=[
        "编辑：赵欣　审核：孟凡　监制：刘建军",
    ],
    body=[
        "一筐筐黄瓜、西红柿分拣装车后运往京津冀各大批发市场",
        "农户们的菜在家门口就能卖上好价钱",
        "不少菜农今年还第一次赴京参加了农产品展销会",
    ],
    regions=[
        (
            "每天凌晨三点，唐山市滦州市古马镇",
            ["河北省/唐山市/滦州市", "北京市", "天津市", "河北省"],
        ),
        ("分拣中心由村集体和合作社共同建设", []),
        ("不少菜农今年还第一次赴京", ["北京市"]),
    ],
    complete=True,
)

art(
    "lushan_rongmei_app_gbk.txt",
    "county media centre client share page copied as text in GBK (打开APP bar, title, 鲁山融媒 + 2024-11-26 19:40 + 阅读 counter on one line, body, 责任编辑 line, 举报 / 下载 footer; a villager whose name holds a county)",
    "gbk",
    """
    打开鲁山融媒APP 查看更多精彩内容
    鲁山县：“花瓷”小院引来八方客
    鲁山融媒　2024-11-26 19:40　阅读 2.1万

    在平顶山市鲁山县段店村，几户村民把自家小院改成了鲁山花瓷体验馆，游客可以在这里拉坯、上釉、看烧窑。

    村民宝丰年说，过去家里的老窑早就不烧了，如今每逢周末，小院里都坐满了城里来的客人。

    去年以来，村里的花瓷体验馆发展到了十一家。

    责任编辑：何佳
    举报　|　下载鲁山融媒APP
    """,
    title="鲁山县：“花瓷”小院引来八方客",
    source="鲁山融媒",
    date="2024-11-26",
    chrome=[
        "打开鲁山融媒APP 查看更多精彩内容",
        "阅读 2.1万",
        "责任编辑：何佳",
        "举报　|　下载鲁山融媒APP",
    ],
    body=[
        "游客可以在这里拉坯、上釉、看烧窑",
        "过去家里的老窑早就不烧了",
        "村里的花瓷体验馆发展到了十一家",
    ],
    regions=[
        ("在平顶山市鲁山县段店村", ["河南省/平顶山市/鲁山县"]),
        ("村民宝丰年说", []),
        ("去年以来，村里的花瓷体验馆", []),
    ],
    complete=True,
)

# --- national portals, wire, TV ----------------------------------------------------------------
art(
    "comsnews_leling_jsonld.html",
    "national trade portal (JSON-LD NewsArticle with datePublished and author, <title> 标题-中国商务新闻网, 首页 > 地方 crumb, 来源：中国商务新闻网 | 作者 row without a date, 相关阅读 list, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>山东乐陵：小枣电商卖出“加速度”-中国商务新闻网</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "山东乐陵：小枣电商卖出“加速度”", "datePublished": "2024-11-28T15:06:00+08:00", "author": {"@type": "Person", "name": "宋立新"}, "publisher": {"@type": "Organization", "name": "中国商务新闻网"}}
    </script>
    </head>
    <body>
    <div class="nav">首页 | 要闻 | 外贸 | 消费 | 地方 | 电商 | 专题</div>
    <div class="crumb">首页 &gt; 地方</div>
    <h1>山东乐陵：小枣电商卖出“加速度”</h1>
    <div class="src">来源：中国商务新闻网 | 作者：宋立新</div>
    <div class="content">
    <p>记者近日在山东省德州市乐陵市采访时看到，当地的金丝小枣正通过直播间和电商平台销往全国各地。</p>
    <p>乐陵市建起了县级电商公共服务中心，为枣农免费提供包装设计、直播培训和冷链仓储服务。</p>
    <p>今年前十个月，全市农产品网络零售额同比增长近三成。</p>
    </div>
    <div class="rel">相关阅读：县域商业体系建设加快推进 | 农产品电商助力乡村振兴</div>
    <div class="foot">中国商务新闻网版权所有　京ICP备11012345号</div>
    </body>
    </html>
    """,
    title="山东乐陵：小枣电商卖出“加速度”",
    source="中国商务新闻网",
    date="2024-11-28",
    author="宋立新",
    chrome=[
        "首页 | 要闻 | 外贸 | 消费 | 地方 | 电商 | 专题",
        "相关阅读：县域商业体系建设加快推进 | 农产品电商助力乡村振兴",
        "京ICP备11012345号",
    ],
    body=[
        "当地的金丝小枣正通过直播间和电商平台销往全国各地",
        "为枣农免费提供包装设计、直播培训和冷链仓储服务",
        "全市农产品网络零售额同比增长近三成",
    ],
    regions=[
        ("记者近日在山东省德州市乐陵市", ["山东省/德州市/乐陵市"]),
        ("乐陵市建起了县级电商公共服务中心", ["山东省/德州市/乐陵市"]),
        ("今年前十个月", []),
    ],
    complete=True,
)

art(
    "xiaokang_guangdong_heping.txt",
    "national portal's provincial channel copied as text (频道 masthead 中国小康网-广东频道 on top, title, 2024-11-29 10:35:12 and 来源：中国小康网 on two lines, 编辑 at the foot, 免责声明 paragraph)",
    "utf-8",
    """
    中国小康网-广东频道
    河源和平：猕猴桃种出“致富果”

    2024-11-29 10:35:12
    来源：中国小康网

    眼下，河源市和平县的猕猴桃迎来采收季，果园里一派繁忙。

    近年来，和平县把猕猴桃作为乡村振兴的主导产业，引导农户标准化种植，全县种植面积发展到六万多亩。

    当地还建起了冷库和分拣线，让猕猴桃错峰上市，卖得更远。

    编辑：林晓

    免责声明：本网转载的文章仅代表作者个人观点，与本网无关。如有侵权请联系删除。
    """,
    title="河源和平：猕猴桃种出“致富果”",
    source="中国小康网",
    date="2024-11-29",
    chrome=[
        "编辑：林晓",
        "免责声明：本网转载的文章仅代表作者个人观点，与本网无关。如有侵权请联系删除。",
    ],
    body=[
        "猕猴桃迎来采收季，果园里一派繁忙",
        "全县种植面积发展到六万多亩",
        "让猕猴桃错峰上市，卖得更远",
    ],
    regions=[
        ("眼下，河源市和平县的猕猴桃", ["广东省/河源市/和平县"]),
        ("近年来，和平县把猕猴桃", ["广东省/河源市/和平县"]),
        ("当地还建起了冷库和分拣线", []),
    ],
    complete=True,
)

art(
    "kyodo_cn_wire_henan.html",
    "foreign wire service's Chinese site (dateline 【共同社12月2日北京电】 with no year in the lead, date shown as 2024/12/02 17:05 under the title, 分享 bar, 相关报道, copyright © Kyodo News; 豫 compound, 在沪)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head><meta charset="utf-8"><title>中国农村老龄化加快 县城养老服务成课题 | 共同网</title></head>
    <body>
    <div class="nav">共同网　首页　中国　日本　国际　经济　社会</div>
    <h1>中国农村老龄化加快 县城养老服务成课题</h1>
    <div class="date">2024/12/02 17:05</div>
    <div class="share">分享 Facebook X LINE</div>
    <div class="body">
    <p>【共同社12月2日北京电】中国农村地区老龄化正在加快，多地县城开始探索把养老服务延伸到村一级。</p>
    <p>在河南省信阳市光山县，当地把闲置村小学改建成互助幸福院，由村民轮流照看独居老人。</p>
    <p>一名在沪打工多年的光山籍男子表示，有了幸福院，他在外面工作也更放心。</p>
    </div>
    <div class="rel">相关报道：中国推进县域医共体建设</div>
    <div class="foot">Copyright © Kyodo News. All Rights Reserved.</div>
    </body>
    </html>
    """,
    title="中国农村老龄化加快 县城养老服务成课题",
    source="共同社",
    site="共同网",
    date="2024-12-02",
    chrome=[
        "共同网　首页　中国　日本　国际　经济　社会",
        "分享 Facebook X LINE",
        "相关报道：中国推进县域医共体建设",
        "Copyright © Kyodo News. All Rights Reserved.",
    ],
    body=[
        "多地县城开始探索把养老服务延伸到村一级",
        "当地把闲置村小学改建成互助幸福院",
        "有了幸福院，他在外面工作也更放心",
    ],
    regions=[
        ("【共同社12月2日北京电】", ["北京市"]),
        ("在河南省信阳市光山县", ["河南省/信阳市/光山县"]),
        ("一名在沪打工多年的光山籍男子", ["上海市", "河南省/信阳市/光山县"]),
    ],
    complete=True,
)

art(
    "nmtv_benteng_zhalantun.html",
    "provincial TV network's news site (<meta property=og:title>, <meta name=publish_time>, title + 奔腾融媒 2024-11-27 21:12 line, 记者/摄像 credit line, 视频 placeholder, 点赞 收藏 分享 bar, 蒙ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="扎兰屯：大豆深加工让“黄金豆”身价倍增">
    <meta name="publish_time" content="2024-11-27 21:12:00">
    <title>扎兰屯：大豆深加工让“黄金豆”身价倍增</title>
    </head>
    <body>
    <div class="nav">奔腾融媒　首页 新闻 视频 直播 节目</div>
    <h1>扎兰屯：大豆深加工让“黄金豆”身价倍增</h1>
    <div class="meta">奔腾融媒　2024-11-27 21:12</div>
    <div class="credit">记者：包乌日娜　摄像：张磊</div>
    <div class="video">[视频]</div>
    <div class="text">
    <p>在呼伦贝尔市扎兰屯市的一家大豆加工企业，生产线上豆腐皮、腐竹正在打包，准备发往各地。</p>
    <p>企业与周边乡镇的两百多户农户签订种植收购合同，今年收购大豆一万多吨，带动农户户均增收三千多元。</p>
    <p>扎兰屯市还在建设大豆产业园，计划明年投产。</p>
    </div>
    <div class="bar">点赞　收藏　分享</div>
    <div class="foot">奔腾融媒版权所有　蒙ICP备10000321号</div>
    </body>
    </html>
    """,
    title="扎兰屯：大豆深加工让“黄金豆”身价倍增",
    source="奔腾融媒",
    date="2024-11-27",
    author="包乌日娜",
    chrome=[
        "奔腾融媒　首页 新闻 视频 直播 节目",
        "摄像：张磊",
        "[视频]",
        "点赞　收藏　分享",
        "蒙ICP备10000321号",
    ],
    body=[
        "生产线上豆腐皮、腐竹正在打包",
        "带动农户户均增收三千多元",
        "还在建设大豆产业园，计划明年投产",
    ],
    regions=[
        ("在呼伦贝尔市扎兰屯市的一家大豆加工企业", ["内蒙古自治区/呼伦贝尔市/扎兰屯市"]),
        ("企业与周边乡镇的两百多户农户", []),
        ("扎兰屯市还在建设大豆产业园", ["内蒙古自治区/呼伦贝尔市/扎兰屯市"]),
    ],
    complete=True,
)

art(
    "haitun_ahtv_lingbi_bom.txt",
    "provincial TV network's news client copied as text (UTF-8 BOM; 海豚新闻 masthead, title, 来源：海豚新闻 2024年11月25日 20:08 line, 记者 line, 本文为海豚新闻原创 + 转载请注明出处 footer, 热门推荐 list; a county tied to an ancient figure)",
    "utf-8",
    """
    海豚新闻
    灵璧：奇石之乡的“石头经济”
    来源：海豚新闻　2024年11月25日 20:08
    记者：何晓峰 葛晨

    在宿州市灵璧县渔沟镇，大大小小的奇石市场沿街排开，来自各地的石商正在挑选石头。

    当地把奇石产业和乡村旅游结合起来，打造了奇石文化街区，还办起了直播基地，帮助石农把石头卖到网上。

    目前，全县从事奇石产业的人员超过三万人。

    本文为海豚新闻原创，转载请注明出处。
    热门推荐：
    ·砀山酥梨冬储保鲜有妙招
    ·萧县葡萄园里忙冬剪
    """,
    title="灵璧：奇石之乡的“石头经济”",
    source="海豚新闻",
    date="2024-11-25",
    author="何晓峰 葛晨",
    chrome=[
        "本文为海豚新闻原创，转载请注明出处。",
        "热门推荐：",
        "·砀山酥梨冬储保鲜有妙招",
        "·萧县葡萄园里忙冬剪",
    ],
    body=[
        "大大小小的奇石市场沿街排开",
        "打造了奇石文化街区，还办起了直播基地",
        "全县从事奇石产业的人员超过三万人",
    ],
    regions=[
        ("在宿州市灵璧县渔沟镇", ["安徽省/宿州市/灵璧县"]),
        ("当地把奇石产业和乡村旅游结合起来", []),
        ("目前，全县从事奇石产业的人员", []),
    ],
    complete=True,
    bom=True,
)


# --- provincial and city papers: sites and e-paper text pages ----------------------------------
art(
    "jiaozuo_epaper_wenxian.txt",
    "city paper's e-paper text page (paper + 2024年11月22日 星期五 + 第03版：县区新闻 masthead lines, 引题 above the title, 本报记者/通讯员 byline, 上一版/下一版 + 返回目录 at the foot)",
    "utf-8",
    """
    焦作日报
    2024年11月22日　星期五
    第03版：县区新闻

    铁棍山药喜获丰收
    温县：“土疙瘩”挖出“金饭碗”

    本报记者　吕晓燕　通讯员　郭永乐

    连日来，焦作市温县祥云镇的山药地里，机械和人工一起上阵，一根根铁棍山药被小心地挖出、装箱。

    温县是怀山药的传统产区，当地成立了山药产业协会，统一品种标准、统一包装标识，山药价格比散卖高出三成。

    今年全县铁棍山药种植面积达到三万多亩。

    上一版　下一版　返回目录
    """,
    title="温县：“土疙瘩”挖出“金饭碗”",
    source="焦作日报",
    date="2024-11-22",
    author="吕晓燕",
    chrome=[
        "第03版：县区新闻",
        "上一版　下一版　返回目录",
    ],
    body=[
        "一根根铁棍山药被小心地挖出、装箱",
        "统一品种标准、统一包装标识",
        "今年全县铁棍山药种植面积达到三万多亩",
    ],
    regions=[
        ("连日来，焦作市温县祥云镇", ["河南省/焦作市/温县"]),
        ("温县是怀山药的传统产区", ["河南省/焦作市/温县"]),
        ("今年全县铁棍山药种植面积", []),
    ],
    complete=True,
)

art(
    "anyang_daily_linzhou_jsonld.html",
    "city paper's news site (JSON-LD datePublished in UTC, <title> 标题_安阳网, 安阳日报 + 编辑 row with no date shown, 字号 A+ A- bar, 上一条/下一条, 豫ICP备 footer; 红旗渠 route name)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>林州：红旗渠畔的“太行民宿群”_安阳网</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "林州：红旗渠畔的“太行民宿群”", "datePublished": "2024-11-23T01:30:00Z"}
    </script>
    </head>
    <body>
    <div class="nav">安阳网　首页 | 安阳新闻 | 县区 | 民生 | 文旅 | 数字报</div>
    <h1>林州：红旗渠畔的“太行民宿群”</h1>
    <div class="info">安阳日报　编辑：郝静</div>
    <div class="fs">字号：A+ A-</div>
    <div class="content">
    <p>沿着红旗渠一路向北，安阳市林州市石板岩镇的山坳里，一座座石头房子改成的民宿依山而建。</p>
    <p>镇里把写生、研学和民宿串在一起，每年有上万名美术学生来这里写生，不少村民当上了民宿老板。</p>
    <p>今年以来，全镇民宿接待游客超过六十万人次。</p>
    </div>
    <div class="pn">上一条：内黄县大棚蔬菜喜获丰收　下一条：汤阴县举办岳飞文化节</div>
    <div class="foot">安阳网版权所有　豫ICP备09012345号</div>
    </body>
    </html>
    """,
    title="林州：红旗渠畔的“太行民宿群”",
    source="安阳日报",
    site="安阳网",
    date="2024-11-23",
    chrome=[
        "安阳网　首页 | 安阳新闻 | 县区 | 民生 | 文旅 | 数字报",
        "编辑：郝静",
        "字号：A+ A-",
        "上一条：内黄县大棚蔬菜喜获丰收　下一条：汤阴县举办岳飞文化节",
        "豫ICP备09012345号",
    ],
    body=[
        "一座座石头房子改成的民宿依山而建",
        "每年有上万名美术学生来这里写生",
        "全镇民宿接待游客超过六十万人次",
    ],
    regions=[
        ("沿着红旗渠一路向北", ["河南省/安阳市/林州市"]),
        ("镇里把写生、研学和民宿串在一起", []),
        ("今年以来，全镇民宿接待游客", []),
    ],
    complete=True,
)

art(
    "neijiang_daily_weiyuan_gbk.txt",
    "city paper's site copied as text in GBK (title, no date or source line under it; 本报讯（记者 X）11月27日 dateline in the lead with the year only in the Copyright (C) 2024 内江日报社 footer; 川渝 compound, 来蓉)",
    "gbk",
    """
    威远：无花果产业“串”起致富路

    本报讯（记者　曾凡　通讯员　刘洋）11月27日，在内江市威远县镇西镇的无花果基地，工人们正在给果树修枝、施冬肥。

    这里的无花果鲜果主要销往川渝两地的商超，加工的果干、果酱也很受欢迎。

    基地负责人说，每到采摘季，不少来蓉游玩的客人也会专程绕过来采果。

    Copyright (C) 2024 内江日报社 版权所有　川ICP备05001122号
    """,
    title="威远：无花果产业“串”起致富路",
    source="内江日报",
    date="2024-11-27",
    author="曾凡",
    chrome=[
        "川ICP备05001122号",
    ],
    body=[
        "工人们正在给果树修枝、施冬肥",
        "加工的果干、果酱也很受欢迎",
        "不少来蓉游玩的客人也会专程绕过来采果",
    ],
    regions=[
        ("在内江市威远县镇西镇的无花果基地", ["四川省/内江市/威远县"]),
        ("这里的无花果鲜果主要销往川渝两地", ["四川省", "重庆市"]),
        ("基地负责人说，每到采摘季", ["四川省/成都市"]),
    ],
    complete=True,
)

art(
    "huaibei_daily_suixi.shtml",
    "city paper's news site .shtml (淮北新闻网 masthead, crumb, 淮北日报 2024-12-02 08:10 作者 on one line, 阅读量, 【大 中 小】, 微信扫一扫分享, 责任编辑 at the foot, 皖ICP备; a company named after another province's city)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>濉溪：采煤塌陷区变身“鱼米乡”-淮北新闻网</title></head>
    <body>
    <div class="top">淮北新闻网　淮北日报社主办</div>
    <div class="crumb">首页 &gt; 县区新闻 &gt; 濉溪</div>
    <h1>濉溪：采煤塌陷区变身“鱼米乡”</h1>
    <div class="info">淮北日报　2024-12-02 08:10　作者：任晓东　阅读量：1536　【大 中 小】</div>
    <div class="article">
    <p>在淮北市濉溪县四铺镇，昔日的采煤塌陷区如今水面开阔，渔民正驾船收网，鲢鱼、鳙鱼跃出水面。</p>
    <p>当地引进的青岛渔港水产公司负责养殖技术和销售，村集体以水面入股，每年分红。</p>
    <p>塌陷区周边还种上了莲藕和稻谷，形成了“上粮下渔”的格局。</p>
    </div>
    <div class="share">微信扫一扫分享</div>
    <div class="ed">责任编辑：马莉</div>
    <div class="foot">淮北新闻网版权所有　皖ICP备06012345号</div>
    </body>
    </html>
    """,
    title="濉溪：采煤塌陷区变身“鱼米乡”",
    source="淮北日报",
    site="淮北新闻网",
    date="2024-12-02",
    author="任晓东",
    chrome=[
        "首页 > 县区新闻 > 濉溪",
        "阅读量：1536",
        "【大 中 小】",
        "微信扫一扫分享",
        "责任编辑：马莉",
        "皖ICP备06012345号",
    ],
    body=[
        "渔民正驾船收网，鲢鱼、鳙鱼跃出水面",
        "村集体以水面入股，每年分红",
        "形成了“上粮下渔”的格局",
    ],
    regions=[
        ("在淮北市濉溪县四铺镇", ["安徽省/淮北市/濉溪县"]),
        ("当地引进的青岛渔港水产公司", []),
        ("塌陷区周边还种上了莲藕和稻谷", []),
    ],
    complete=True,
)

art(
    "wuwei_daily_gulang_crlf.txt",
    "city paper's site copied as text (CRLF; 武威日报 masthead with the date 2024/11/20 beside it, title, 记者 line, 2024/11/20 again at the foot beside 浏览, 陇ICP备; 甘青 compound)",
    "utf-8",
    """
    武威日报　2024/11/20
    古浪：“八步沙”精神引领治沙新路

    记者　马永红

    在武威市古浪县八步沙林场，护林员们正在沙丘上扎设草方格，栽植梭梭和花棒。

    四十多年来，三代治沙人接力奋战，让昔日的风沙口变成了绿洲，周边群众发展起了肉羊养殖和光伏产业。

    林场的做法还被甘青两地多个治沙站借鉴。

    发布时间：2024/11/20　浏览：906
    陇ICP备10001234号
    """,
    title="古浪：“八步沙”精神引领治沙新路",
    source="武威日报",
    date="2024-11-20",
    author="马永红",
    chrome=[
        "浏览：906",
        "陇ICP备10001234号",
    ],
    body=[
        "护林员们正在沙丘上扎设草方格",
        "让昔日的风沙口变成了绿洲",
        "林场的做法还被甘青两地多个治沙站借鉴",
    ],
    regions=[
        ("在武威市古浪县八步沙林场", ["甘肃省/武威市/古浪县"]),
        ("四十多年来，三代治沙人接力奋战", []),
        ("林场的做法还被甘青两地", ["甘肃省", "青海省"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "jinwanbao_epaper_baodi_bom.txt",
    "evening paper's e-paper text page (UTF-8 BOM; 今晚报 + 2024-11-24 + 第A04版 on one line, 版名 line, title with a —— subtitle on the next line, 记者 byline, 【今晚报讯】 lead, 本版编辑 line; an association named after a province elsewhere)",
    "utf-8",
    """
    今晚报　2024-11-24　第A04版
    津沽·区域

    宝坻：黄板泥里长出“金银”
    ——宝坻区推进盐碱地综合利用见闻

    记者　马骏

    【今晚报讯】在天津市宝坻区黄庄镇，一块块曾经寸草不生的盐碱地，如今种上了耐盐碱水稻，稻田里还养起了河蟹。

    区里请来了山东寿光蔬菜产业协会的专家，帮助农户在改良后的土地上发展设施蔬菜。

    目前，全区已改良盐碱地两万多亩。

    本版编辑　周睿
    """,
    title="宝坻：黄板泥里长出“金银”",
    source="今晚报",
    date="2024-11-24",
    author="马骏",
    chrome=[
        "津沽·区域",
        "本版编辑　周睿",
    ],
    body=[
        "一块块曾经寸草不生的盐碱地",
        "帮助农户在改良后的土地上发展设施蔬菜",
        "全区已改良盐碱地两万多亩",
    ],
    regions=[
        ("在天津市宝坻区黄庄镇", ["天津市/宝坻区"]),
        ("区里请来了山东寿光蔬菜产业协会", []),
        ("目前，全区已改良盐碱地", []),
    ],
    complete=True,
    bom=True,
)

art(
    "wenhui_chongming_itemprop.html",
    "municipal broadsheet's site (microdata <meta itemprop=datePublished>, 文汇报 masthead, title, 作者 + 来源：文汇报 line with no date shown, 编辑 line, 相关阅读, 沪ICP备 footer; 长三角 region name)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>崇明：生态岛上的“稻田课堂”</title></head>
    <body itemscope itemtype="https://schema.org/NewsArticle">
    <meta itemprop="datePublished" content="2024-11-30">
    <div class="nav">文汇　首页 | 要闻 | 上海 | 文化 | 科技 | 笔会</div>
    <h1 itemprop="headline">崇明：生态岛上的“稻田课堂”</h1>
    <div class="info">作者：樊丽萍　来源：文汇报</div>
    <div class="body">
    <p>周末，上海市崇明区竖新镇的稻田边来了一群城里的孩子，他们跟着农民学割稻、打谷。</p>
    <p>镇里把收割后的稻田改造成研学基地，和长三角多所学校合作开设农耕课程。</p>
    <p>农民们说，孩子们来了，村里也热闹了。</p>
    </div>
    <div class="ed">编辑：许琦敏</div>
    <div class="rel">相关阅读：崇明世界级生态岛建设提速</div>
    <div class="foot">文汇报社版权所有　沪ICP备05001234号</div>
    </body>
    </html>
    """,
    title="崇明：生态岛上的“稻田课堂”",
    source="文汇报",
    date="2024-11-30",
    author="樊丽萍",
    chrome=[
        "文汇　首页 | 要闻 | 上海 | 文化 | 科技 | 笔会",
        "编辑：许琦敏",
        "相关阅读：崇明世界级生态岛建设提速",
        "沪ICP备05001234号",
    ],
    body=[
        "他们跟着农民学割稻、打谷",
        "和长三角多所学校合作开设农耕课程",
        "孩子们来了，村里也热闹了",
    ],
    regions=[
        ("周末，上海市崇明区竖新镇", ["上海市/崇明区"]),
        ("镇里把收割后的稻田改造成研学基地", []),
        ("农民们说，孩子们来了", []),
    ],
    complete=True,
)

art(
    "shaoguan_daily_ruyuan.html",
    "city paper's site (<meta name=publishdate> absent; <meta name=description>, crumb, 来源：韶关日报 发布时间：2024年11月18日 09:26 on one line, 分享到 bar, 【关闭】, 粤ICP备; a Yao county, 湘粤 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="description" content="乳源瑶族自治县必背镇的瑶绣工坊里，绣娘们正在赶制订单。">
    <title>乳源：瑶绣走出大山 绣娘在家增收</title>
    </head>
    <body>
    <div class="nav">韶关新闻网　首页 | 韶关 | 县区 | 民生 | 图片</div>
    <div class="crumb">首页 &gt; 县区 &gt; 乳源</div>
    <h1>乳源：瑶绣走出大山 绣娘在家增收</h1>
    <div class="info">来源：韶关日报　发布时间：2024年11月18日 09:26</div>
    <div class="share">分享到：</div>
    <div class="content">
    <p>韶关市乳源瑶族自治县必背镇的瑶绣工坊里，绣娘们正在赶制一批来自湘粤两地的订单。</p>
    <p>县里组织瑶绣培训班，请老绣娘带徒弟，还帮工坊对接了服装和文创企业。</p>
    <p>如今，全县有一千多名绣娘靠瑶绣在家门口增收。</p>
    </div>
    <div class="tool">【关闭】</div>
    <div class="foot">韶关日报社主办　粤ICP备07012345号</div>
    </body>
    </html>
    """,
    title="乳源：瑶绣走出大山 绣娘在家增收",
    source="韶关日报",
    site="韶关新闻网",
    date="2024-11-18",
    chrome=[
        "韶关新闻网　首页 | 韶关 | 县区 | 民生 | 图片",
        "首页 > 县区 > 乳源",
        "分享到：",
        "【关闭】",
        "粤ICP备07012345号",
    ],
    body=[
        "绣娘们正在赶制一批来自湘粤两地的订单",
        "请老绣娘带徒弟",
        "全县有一千多名绣娘靠瑶绣在家门口增收",
    ],
    regions=[
        (
            "韶关市乳源瑶族自治县必背镇的瑶绣工坊里",
            ["广东省/韶关市/乳源瑶族自治县", "湖南省", "广东省"],
        ),
        ("县里组织瑶绣培训班", []),
        ("如今，全县有一千多名绣娘", []),
    ],
    complete=True,
)

art(
    "chifeng_daily_wengniute_former_name.txt",
    "city paper's article copied as text (title, 来源：赤峰日报 | 2024-11-21 on one line, 作者 line, body with the league's former name 昭乌达盟, 【责任编辑：X】 at the foot)",
    "utf-8",
    """
    翁牛特旗：沙地里种出“致富林”
    来源：赤峰日报 | 2024-11-21
    作者：苏日娜

    在赤峰市翁牛特旗乌丹镇，成片的山杏林和沙棘林把流动沙丘牢牢锁住。

    上世纪八十年代，这里还属昭乌达盟，风沙一刮，庄稼就被埋了。如今，沙地上的山杏和沙棘成了农牧民的“摇钱树”。

    旗里建起了杏仁和沙棘加工厂，带动三千多户农牧民增收。

    【责任编辑：王洁】
    """,
    title="翁牛特旗：沙地里种出“致富林”",
    source="赤峰日报",
    date="2024-11-21",
    author="苏日娜",
    chrome=[
        "【责任编辑：王洁】",
    ],
    body=[
        "成片的山杏林和沙棘林把流动沙丘牢牢锁住",
        "沙地上的山杏和沙棘成了农牧民的“摇钱树”",
        "带动三千多户农牧民增收",
    ],
    regions=[
        ("在赤峰市翁牛特旗乌丹镇", ["内蒙古自治区/赤峰市/翁牛特旗"]),
        ("上世纪八十年代，这里还属昭乌达盟", ["内蒙古自治区/赤峰市"]),
        ("旗里建起了杏仁和沙棘加工厂", []),
    ],
    complete=True,
)

art(
    "qinzhou_daily_lingshan_gbk.htm",
    "city paper's site saved .htm in GBK (<meta charset=gbk>, title, date 2024/11/29 alone on a line, no source line, source only in the 钦州日报社版权所有 footer, 打印 | 关闭; a person named after a city)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>灵山荔枝园里忙冬管</title>
    </head>
    <body>
    <div class="nav">首页 | 钦州新闻 | 县区新闻 | 图片 | 电子报</div>
    <h2>灵山荔枝园里忙冬管</h2>
    <div class="d">2024/11/29</div>
    <div class="txt">
    <p>入冬以来，钦州市灵山县新圩镇的荔枝园里，果农们正在修剪枝条、清园施肥，为明年丰产打基础。</p>
    <p>县农技站的技术员林桂林每天都泡在果园里，手把手教果农控梢促花。</p>
    <p>灵山县是全国荔枝生产大县，全县荔枝种植面积超过五十万亩。</p>
    </div>
    <div class="tool">打印 | 关闭</div>
    <div class="foot">钦州日报社版权所有　桂ICP备05004321号</div>
    </body>
    </html>
    """,
    title="灵山荔枝园里忙冬管",
    source="钦州日报",
    date="2024-11-29",
    chrome=[
        "首页 | 钦州新闻 | 县区新闻 | 图片 | 电子报",
        "打印 | 关闭",
        "桂ICP备05004321号",
    ],
    body=[
        "果农们正在修剪枝条、清园施肥",
        "手把手教果农控梢促花",
        "全县荔枝种植面积超过五十万亩",
    ],
    regions=[
        ("入冬以来，钦州市灵山县新圩镇", ["广西壮族自治区/钦州市/灵山县"]),
        ("县农技站的技术员林桂林", []),
        ("灵山县是全国荔枝生产大县", ["广西壮族自治区/钦州市/灵山县"]),
    ],
    complete=True,
)

art(
    "honghe_daily_mile_weekday.html",
    "prefecture paper's site (masthead date 2024年11月23日 星期六 is the page's date, crumb, title, 红河日报 记者 line, 【字体：大 中 小】, 来源 repeated in the foot line 来源：红河日报, 滇ICP备; 滇黔 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>弥勒：葡萄酒庄带火乡村游</title></head>
    <body>
    <div class="bar">2024年11月23日 星期六　红河网</div>
    <div class="crumb">首页 &gt; 县市新闻</div>
    <h1>弥勒：葡萄酒庄带火乡村游</h1>
    <div class="by">红河日报记者　杨丽梅</div>
    <div class="fs">【字体：大 中 小】</div>
    <div class="article">
    <p>在红河哈尼族彝族自治州弥勒市东风镇，一座座葡萄酒庄隐在葡萄园中，周末前来品酒、采摘的游客络绎不绝。</p>
    <p>当地把葡萄种植、酿酒和旅游结合起来，不少来自滇黔两省的游客专程前来打卡。</p>
    <p>酒庄还吸纳了周边村民务工，带动了农家乐和民宿发展。</p>
    </div>
    <div class="src">来源：红河日报</div>
    <div class="foot">红河网版权所有　滇ICP备08001234号</div>
    </body>
    </html>
    """,
    title="弥勒：葡萄酒庄带火乡村游",
    source="红河日报",
    site="红河网",
    date="2024-11-23",
    author="杨丽梅",
    chrome=[
        "首页 > 县市新闻",
        "【字体：大 中 小】",
        "滇ICP备08001234号",
    ],
    body=[
        "一座座葡萄酒庄隐在葡萄园中",
        "不少来自滇黔两省的游客专程前来打卡",
        "带动了农家乐和民宿发展",
    ],
    regions=[
        ("在红河哈尼族彝族自治州弥勒市东风镇", ["云南省/红河哈尼族彝族自治州/弥勒市"]),
        ("当地把葡萄种植、酿酒和旅游结合起来", ["云南省", "贵州省"]),
        ("酒庄还吸纳了周边村民务工", []),
    ],
    complete=True,
)


# --- party journals and weeklies ---------------------------------------------------------------
art(
    "qunzhong_mag_yangzhong.txt",
    "provincial party journal's site copied as text (《群众》 masthead, title, 来源：《群众》2024年第22期 + 发布时间 2024-11-26 on one line, 作者 with 单位, body, 责任编辑, 苏ICP备 footer; 苏锡常 compound)",
    "utf-8",
    """
    群众杂志社
    扬中：江心洲上的网格“微治理”
    来源：《群众》2024年第22期　发布时间：2024-11-26
    作者：周海波（作者单位：中共扬中市委组织部）

    镇江市扬中市四面环江，是长江中的一座岛城。近年来，当地把全市划分为一千多个网格，党员网格员包片联户，小事不出网格、大事不出村。

    网格员每天走街串户，收集群众诉求，能当场解决的当场解决，解决不了的通过平台流转到职能部门。

    不少在苏锡常务工的年轻人说，家里老人有事，网格员比自己跑得还快。

    责任编辑：陈思
    苏ICP备12034321号
    """,
    title="扬中：江心洲上的网格“微治理”",
    source="群众",
    date="2024-11-26",
    author="周海波",
    chrome=[
        "责任编辑：陈思",
        "苏ICP备12034321号",
    ],
    body=[
        "党员网格员包片联户，小事不出网格、大事不出村",
        "能当场解决的当场解决",
        "网格员比自己跑得还快",
    ],
    regions=[
        ("镇江市扬中市四面环江", ["江苏省/镇江市/扬中市"]),
        ("网格员每天走街串户", []),
        ("不少在苏锡常务工的年轻人说", ["江苏省/苏州市", "江苏省/无锡市", "江苏省/常州市"]),
    ],
    complete=True,
)

art(
    "gongchandangren_fucheng_gb18030.txt",
    "provincial party journal article in GB18030 (刊名 + 2024年第23期 line, 栏目 line, title, 文/X byline, body, 本文刊发于《共产党人》 at the foot, no day-level date: labelled null)",
    "gb18030",
    """
    共产党人　2024年第23期
    基层党建

    阜城：“村级事务明白卡”让群众心里亮堂

    文/孙建国

    衡水市阜城县给每个村印发了“村级事务明白卡”，把低保评定、宅基地审批等二十多项事务的办理流程、时限和责任人写得清清楚楚。

    群众办事前看一眼明白卡，就知道该找谁、要带什么材料，少跑了不少冤枉路。

    县里还把明白卡的落实情况纳入村干部年终考核。

    本文刊发于《共产党人》2024年第23期
    """,
    title="阜城：“村级事务明白卡”让群众心里亮堂",
    source="共产党人",
    date=None,
    author="孙建国",
    chrome=[
        "基层党建",
        "本文刊发于《共产党人》2024年第23期",
    ],
    body=[
        "把低保评定、宅基地审批等二十多项事务的办理流程",
        "就知道该找谁、要带什么材料",
        "纳入村干部年终考核",
    ],
    regions=[
        ("衡水市阜城县给每个村印发了", ["河北省/衡水市/阜城县"]),
        ("群众办事前看一眼明白卡", []),
        ("县里还把明白卡的落实情况", []),
    ],
    complete=True,
)

art(
    "kantianxia_beichuan.md",
    "weekly magazine article saved as Markdown (`# ` heading, blockquote 导语, **作者** and **发布于 2024-12-01** lines, body, a horizontal rule, then 本文首发于《看天下》 and 转载请联系授权; the old county seat named as a town)",
    "utf-8",
    """
    # 北川的羌寨，冬天也不冷清

    > 地震过去十六年，羌寨的年轻人开始回来了。

    **作者：蒋一帆**

    **发布于 2024-12-01**

    在绵阳市北川羌族自治县的石椅村，羌绣坊、羌茶馆沿着山路一字排开，冬天的周末依然游人不少。

    村里的年轻人小杨大学毕业后回乡，开了一家羌族特色民宿，还在网上直播羌绣、羌笛。

    她说，老县城曲山镇的遗址每年都有人来悼念，新县城也越建越漂亮了。

    ---

    本文首发于《看天下》，转载请联系授权。
    """,
    title="北川的羌寨，冬天也不冷清",
    source="看天下",
    date="2024-12-01",
    author="蒋一帆",
    chrome=[
        "本文首发于《看天下》，转载请联系授权。",
    ],
    body=[
        "羌绣坊、羌茶馆沿着山路一字排开",
        "开了一家羌族特色民宿",
        "新县城也越建越漂亮了",
    ],
    regions=[
        ("在绵阳市北川羌族自治县的石椅村", ["四川省/绵阳市/北川羌族自治县"]),
        ("村里的年轻人小杨大学毕业后回乡", []),
        ("她说，老县城曲山镇的遗址", []),
    ],
    complete=False,
)

art(
    "dangjian_wang_anlu.html",
    "national party-building portal (<meta name=pubdate content=2024-11-15>, 当前位置 crumb, 来源：党建网 | 作者 | 2024-11-15 row, 【字号 大 中 小】【打印】, 扫描二维码 line, 京ICP备 footer; 赴粤 phrase)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="pubdate" content="2024-11-15">
    <title>湖北安陆：银杏树下的“院落会”_党建网</title>
    </head>
    <body>
    <div class="nav">党建网　首页 | 要闻 | 党建动态 | 基层党建 | 理论 | 微党课</div>
    <div class="crumb">当前位置：首页 &gt; 基层党建</div>
    <h1>湖北安陆：银杏树下的“院落会”</h1>
    <div class="info">来源：党建网 | 作者：黄敏 | 2024-11-15</div>
    <div class="tool">【字号 大 中 小】【打印】</div>
    <div class="body">
    <p>孝感市安陆市王义贞镇的银杏树下，村干部和村民围坐在一起，开起了“院落会”。</p>
    <p>会上，大家商量了修水渠、整治村容和冬季防火等事，一些常年赴粤务工的村民也通过视频连线参加。</p>
    <p>镇党委负责人说，院落会把党组织的工作做到了群众家门口。</p>
    </div>
    <div class="qr">扫描二维码 分享到手机</div>
    <div class="foot">党建网版权所有　京ICP备05012321号</div>
    </body>
    </html>
    """,
    title="湖北安陆：银杏树下的“院落会”",
    source="党建网",
    date="2024-11-15",
    author="黄敏",
    chrome=[
        "党建网　首页 | 要闻 | 党建动态 | 基层党建 | 理论 | 微党课",
        "当前位置：首页 > 基层党建",
        "【字号 大 中 小】【打印】",
        "扫描二维码 分享到手机",
        "京ICP备05012321号",
    ],
    body=[
        "村干部和村民围坐在一起",
        "一些常年赴粤务工的村民也通过视频连线参加",
        "把党组织的工作做到了群众家门口",
    ],
    regions=[
        ("孝感市安陆市王义贞镇的银杏树下", ["湖北省/孝感市/安陆市"]),
        ("会上，大家商量了修水渠", ["广东省"]),
        ("镇党委负责人说", []),
    ],
    complete=True,
)

# --- WeChat articles ---------------------------------------------------------------------------
art(
    "wechat_lingqiu_frontmatter.md",
    "WeChat article saved as Markdown with YAML front matter (title, author, account, date with time, url), blank line, 点击蓝字关注我们 line, body, 来源/编辑/审核 block, 往期推荐 list",
    "utf-8",
    """
    ---
    title: 灵丘：黄花菜成了山里人的“金针菜”
    author: 灵丘发布
    account: 灵丘发布
    date: 2024-11-17 18:02
    url: https://mp.weixin.qq.com/s/aB3dE5fG7hJ9kL1mN3pQ5r
    ---

    点击蓝字 关注我们

    在大同市灵丘县武灵镇，村民们正把晒干的黄花菜分拣、装袋，准备发往外地的客户。

    近几年，灵丘县引导山区群众种植黄花菜，建起了烘干车间和冷库，黄花菜从“地头菜”变成了“致富菜”。

    今年，全县黄花菜种植面积达到两万亩。

    来源：灵丘县融媒体中心
    编辑：赵敏　审核：高峰

    往期推荐
    灵丘县召开冬季安全生产工作会议
    """,
    title="灵丘：黄花菜成了山里人的“金针菜”",
    source="灵丘县融媒体中心",
    site="灵丘发布",
    date="2024-11-17",
    chrome=[
        "点击蓝字 关注我们",
        "编辑：赵敏　审核：高峰",
        "往期推荐",
        "灵丘县召开冬季安全生产工作会议",
    ],
    body=[
        "村民们正把晒干的黄花菜分拣、装袋",
        "建起了烘干车间和冷库",
        "全县黄花菜种植面积达到两万亩",
    ],
    regions=[
        ("在大同市灵丘县武灵镇", ["山西省/大同市/灵丘县"]),
        ("近几年，灵丘县引导山区群众", ["山西省/大同市/灵丘县"]),
        ("今年，全县黄花菜种植面积", []),
    ],
    complete=True,
)

art(
    "wechat_pucheng_heading.md",
    "WeChat article saved as Markdown with a `# ` heading, then 原创 account + author + 2024年11月28日 21:10 + 陕西 line, body with a bold 小标题, 图片 alt lines, 分享 / 点赞 / 在看 line",
    "utf-8",
    """
    # 蒲城：酥梨“触网”卖向全国

    原创 蒲城发布 蒲城发布 2024年11月28日 21:10 陕西

    在渭南市蒲城县荆姚镇的酥梨冷库里，工人们正忙着把一箱箱酥梨装上货车。

    **电商让梨农有了新出路**

    ![图片](https://mmbiz.qpic.cn/mmbiz_jpg/x1/640)

    镇里组织梨农参加电商培训，今年通过网络卖出的酥梨比去年翻了一番。

    梨农老刘说，以前梨子只能等客商上门，现在自己在手机上就能卖。

    分享　点赞　在看
    """,
    title="蒲城：酥梨“触网”卖向全国",
    source="蒲城发布",
    date="2024-11-28",
    chrome=[
        "![图片](https://mmbiz.qpic.cn/mmbiz_jpg/x1/640)",
        "分享　点赞　在看",
    ],
    body=[
        "工人们正忙着把一箱箱酥梨装上货车",
        "今年通过网络卖出的酥梨比去年翻了一番",
        "现在自己在手机上就能卖",
    ],
    regions=[
        ("在渭南市蒲城县荆姚镇的酥梨冷库里", ["陕西省/渭南市/蒲城县"]),
        ("镇里组织梨农参加电商培训", []),
        ("梨农老刘说", []),
    ],
    complete=False,
)

art(
    "wechat_xinbin_copy_crlf.txt",
    "WeChat article copied as text (CRLF; title, 新宾发布 + 2024-11-24 18:30 + 辽宁 line, 关注 prompt, body, 来源 + 编辑 lines, 阅读 counter + 赞 + 在看, 留言 prompt; 辽吉 compound and a former city name 兴京)",
    "utf-8",
    """
    新宾：满族老院落里的“议事厅”
    新宾发布　2024-11-24 18:30　辽宁
    ↑点击上方“新宾发布”关注我们

    抚顺市新宾满族自治县永陵镇的一座满族老院落，如今成了村里的“议事厅”，村民有事就来这里说道说道。

    新宾旧称兴京，老院落是村里保存最完整的满族民居之一。村委会把院子修缮后，定期在这里召开村民议事会。

    这里还常年接待来自辽吉两省的游客，讲述满族民俗。

    来源：新宾县融媒体中心
    编辑：关雪
    阅读 3891　赞 56　在看 21
    写留言
    """,
    title="新宾：满族老院落里的“议事厅”",
    source="新宾县融媒体中心",
    site="新宾发布",
    date="2024-11-24",
    chrome=[
        "↑点击上方“新宾发布”关注我们",
        "编辑：关雪",
        "阅读 3891　赞 56　在看 21",
        "写留言",
    ],
    body=[
        "村民有事就来这里说道说道",
        "定期在这里召开村民议事会",
        "讲述满族民俗",
    ],
    regions=[
        ("抚顺市新宾满族自治县永陵镇", ["辽宁省/抚顺市/新宾满族自治县"]),
        ("新宾旧称兴京", ["辽宁省/抚顺市/新宾满族自治县"]),
        ("这里还常年接待来自辽吉两省的游客", ["辽宁省", "吉林省"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "wechat_jiaxian_copy_bom.txt",
    "WeChat article copied as text (UTF-8 BOM; account name first, then title, 作者 + 发布时间 2024年12月02日 07:50 lines, 编者按 paragraph, body, 素材来源 credit, 初审/复审/终审 three-level review line)",
    "utf-8",
    """
    郏县发布
    郏县：“红白理事会”刹住大操大办风
    作者：郏县融媒记者　冯亚楠
    发布时间：2024年12月02日 07:50

    编者按：移风易俗是乡村治理的一项重要内容，今起推出系列报道。

    在平顶山市郏县冢头镇，村里的红白理事会给婚丧事立了规矩：酒席不超过十桌，彩礼不超过限额。

    理事会成员都是村里有威望的老党员、老教师，谁家办事，他们就上门帮着张罗、算账。

    一年下来，全镇群众办婚丧事平均少花了两万多元。

    素材来源：郏县融媒体中心
    初审：王瑞　复审：周静　终审：李红军
    """,
    title="郏县：“红白理事会”刹住大操大办风",
    source="郏县融媒体中心",
    site="郏县发布",
    date="2024-12-02",
    author="冯亚楠",
    chrome=[
        "初审：王瑞　复审：周静　终审：李红军",
    ],
    body=[
        "酒席不超过十桌，彩礼不超过限额",
        "他们就上门帮着张罗、算账",
        "全镇群众办婚丧事平均少花了两万多元",
    ],
    regions=[
        ("在平顶山市郏县冢头镇", ["河南省/平顶山市/郏县"]),
        ("理事会成员都是村里有威望的老党员", []),
        ("一年下来，全镇群众办婚丧事", []),
    ],
    complete=False,
    bom=True,
)


# --- Hong Kong, Macau, Taiwan and overseas Chinese papers (traditional script) ------------------
art(
    "yazhouzhoukan_hk_beiqu_big5.html",
    "Hong Kong newsweekly's site saved in Big5 (<meta charset=big5>, <meta property=article:published_time>, 欄目 crumb, 亞洲週刊 + 2024年第48期 + 作者 line with no day, 分享 bar, 訂閱 advert, Copyright &copy; 亞洲週刊 footer; 港深 compound)",
    "big5",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="big5">
    <meta property="article:published_time" content="2024-11-25T10:00:00+08:00">
    <title>北區農地變身「城市菜園」 | 亞洲週刊</title>
    </head>
    <body>
    <div class="nav">亞洲週刊　封面專題 | 大中華 | 國際 | 財經 | 文化</div>
    <div class="crumb">大中華 / 香港</div>
    <h1>北區農地變身「城市菜園」</h1>
    <div class="info">亞洲週刊　2024年第48期　作者：梁家俊</div>
    <div class="share">分享：Facebook WhatsApp</div>
    <div class="body">
    <p>在香港北區的古洞，一片荒廢多年的農地被重新開墾，年輕農夫種起了有機蔬菜，週末還開放給市民體驗耕種。</p>
    <p>這些年輕人不少曾在深圳工作，他們把港深兩地的客源都拉了進來，網上預約常常爆滿。</p>
    <p>農場主人說，希望更多香港人知道，本地農業還有發展空間。</p>
    </div>
    <div class="ad">訂閱亞洲週刊數碼版　首月半價</div>
    <div class="foot">Copyright &copy; 2024 亞洲週刊 版權所有</div>
    </body>
    </html>
    """,
    title="北區農地變身「城市菜園」",
    source="亞洲週刊",
    date="2024-11-25",
    author="梁家俊",
    chrome=[
        "亞洲週刊　封面專題 | 大中華 | 國際 | 財經 | 文化",
        "大中華 / 香港",
        "分享：Facebook WhatsApp",
        "訂閱亞洲週刊數碼版　首月半價",
    ],
    body=[
        "年輕農夫種起了有機蔬菜",
        "他們把港深兩地的客源都拉了進來",
        "本地農業還有發展空間",
    ],
    regions=[
        ("在香港北區的古洞", ["香港特别行政区"]),
        ("這些年輕人不少曾在深圳工作", ["广东省/深圳市", "香港特别行政区"]),
        ("農場主人說，希望更多香港人", ["香港特别行政区"]),
    ],
    complete=True,
)

art(
    "macau_asia_tv_jiangmen_big5.txt",
    "Macau satellite TV's news page copied as text in Big5 (channel name line, title, 2024年11月30日 and 澳亞衛視 on one line, body, 【澳亞衛視記者 X 報道】 closing credit, 相關新聞; 赴江門 phrase)",
    "big5",
    """
    澳亞衛視新聞
    澳門青年赴江門鄉村體驗農耕
    2024年11月30日　澳亞衛視

    一批澳門青年日前赴江門市開平市的鄉村，參加為期三天的農耕體驗活動。

    青年們在當地村民帶領下學插秧、做農家菜，還參觀了碉樓和僑鄉博物館。

    活動主辦方表示，希望澳門青年更多了解內地鄉村的發展變化。【澳亞衛視記者 陳嘉欣 報道】

    相關新聞：澳門中小學生赴橫琴參加科普營
    """,
    title="澳門青年赴江門鄉村體驗農耕",
    source="澳亞衛視",
    date="2024-11-30",
    author="陳嘉欣",
    chrome=[
        "相關新聞：澳門中小學生赴橫琴參加科普營",
    ],
    body=[
        "參加為期三天的農耕體驗活動",
        "學插秧、做農家菜",
        "希望澳門青年更多了解內地鄉村的發展變化",
    ],
    regions=[
        ("一批澳門青年日前赴江門市開平市", ["澳门特别行政区", "广东省/江门市/开平市"]),
        ("青年們在當地村民帶領下", []),
        ("活動主辦方表示", ["澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "cw_tw_nantou_xinyi.html",
    "Taiwanese business magazine's site (UTF-8; JSON-LD datePublished, 天下雜誌 masthead nav, title, 文字：X ／ 攝影：Y credit line, 天下雜誌 第812期 line, 會員 paywall prompt, 延伸閱讀, © 天下雜誌 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant-TW">
    <head>
    <meta charset="utf-8">
    <title>信義鄉的梅子，從山上走進國際 | 天下雜誌</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "Article", "headline": "信義鄉的梅子，從山上走進國際", "datePublished": "2024-11-27T08:00:00+08:00"}
    </script>
    </head>
    <body>
    <div class="nav">天下雜誌　最新 | 財經 | 產業 | 國際 | 永續 | 地方創生</div>
    <h1>信義鄉的梅子，從山上走進國際</h1>
    <div class="credit">文字：吳怡君 ／ 攝影：林子謙</div>
    <div class="issue">天下雜誌 第812期</div>
    <div class="body">
    <p>南投縣信義鄉的梅子園裡，布農族青年正把新研發的梅精和梅酒裝箱，準備出口到日本。</p>
    <p>過去梅價低迷，不少梅園荒廢。農會和返鄉青年合作，開發加工品並打造品牌，讓梅子重新有了價值。</p>
    <p>如今，鄉裡的梅子加工品年營收已突破新台幣一億元。</p>
    </div>
    <div class="pay">成為會員，閱讀完整內容</div>
    <div class="rel">延伸閱讀：地方創生五年，哪些鄉鎮走出新路？</div>
    <div class="foot">© 天下雜誌群 版權所有</div>
    </body>
    </html>
    """,
    title="信義鄉的梅子，從山上走進國際",
    source="天下雜誌",
    date="2024-11-27",
    author="吳怡君",
    chrome=[
        "天下雜誌　最新 | 財經 | 產業 | 國際 | 永續 | 地方創生",
        "攝影：林子謙",
        "成為會員，閱讀完整內容",
        "延伸閱讀：地方創生五年，哪些鄉鎮走出新路？",
    ],
    body=[
        "布農族青年正把新研發的梅精和梅酒裝箱",
        "開發加工品並打造品牌",
        "年營收已突破新台幣一億元",
    ],
    regions=[
        ("南投縣信義鄉的梅子園裡", ["台湾省/南投县"]),
        ("過去梅價低迷", []),
        ("如今，鄉裡的梅子加工品", []),
    ],
    complete=True,
)

art(
    "businesstoday_tw_minguo_big5.txt",
    "Taiwanese business weekly copied as text in Big5 (今周刊 masthead, title, 撰文 line, 日期：民國113年12月1日 line, body, 本文出自今周刊第1455期, 更多報導 line; 雲嘉 compound)",
    "big5",
    """
    今周刊
    返鄉青農接手老茶園 阿里山茶重拾風味
    撰文：鄭雅文
    日期：民國113年12月1日

    嘉義縣阿里山鄉的茶園裡，三十歲的青農許志宏正在檢查剛修剪完的茶樹。

    他接手父親的老茶園後，改用友善耕作，還在山上開了一家小茶屋，吸引不少雲嘉一帶的遊客上山品茶。

    他說，茶園是家族的根，不能在他這一代斷掉。

    本文出自今周刊第1455期
    更多報導請訂閱今周刊
    """,
    title="返鄉青農接手老茶園 阿里山茶重拾風味",
    source="今周刊",
    date="2024-12-01",
    author="鄭雅文",
    chrome=[
        "本文出自今周刊第1455期",
        "更多報導請訂閱今周刊",
    ],
    body=[
        "正在檢查剛修剪完的茶樹",
        "改用友善耕作，還在山上開了一家小茶屋",
        "不能在他這一代斷掉",
    ],
    regions=[
        ("嘉義縣阿里山鄉的茶園裡", ["台湾省/嘉义县"]),
        ("他接手父親的老茶園後", ["台湾省/云林县", "台湾省/嘉义县"]),
        ("他說，茶園是家族的根", []),
    ],
    complete=True,
)

art(
    "hsinchu_county_gov_big5_crlf.htm",
    "Taiwanese county government news page saved .htm in Big5 with CRLF (<meta charset=big5>, 縣府新聞 crumb, 發布日期：中華民國113年11月28日 + 發布單位 list, 瀏覽人次, 回上一頁, 縣府地址 footer; a person named after a county)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>新竹縣政府全球資訊網-縣府新聞</title>
    </head>
    <body>
    <div class="nav">首頁 | 縣府新聞 | 便民服務 | 政府資訊公開 | 觀光旅遊</div>
    <div class="crumb">首頁 &gt; 縣府新聞</div>
    <h2>峨眉鄉東方美人茶產業升級 縣府輔導青農設製茶廠</h2>
    <ul class="meta">
    <li>發布日期：中華民國113年11月28日</li>
    <li>發布單位：農業處</li>
    <li>瀏覽人次：318</li>
    </ul>
    <div class="cont">
    <p>新竹縣峨眉鄉是東方美人茶的重要產地，縣府今年輔導當地青農設立共同製茶廠，提升茶葉品質。</p>
    <p>農業處長劉宜蘭表示，縣府將持續協助茶農參加評鑑比賽，打響峨眉茶的名號。</p>
    <p>製茶廠預計明年春茶季正式啟用。</p>
    </div>
    <div class="back">回上一頁</div>
    <div class="foot">新竹縣政府　地址：302新竹縣竹北市光明六路10號　電話：03-5518101</div>
    </body>
    </html>
    """,
    title="峨眉鄉東方美人茶產業升級 縣府輔導青農設製茶廠",
    source="農業處",
    site="新竹縣政府全球資訊網",
    date="2024-11-28",
    chrome=[
        "首頁 | 縣府新聞 | 便民服務 | 政府資訊公開 | 觀光旅遊",
        "首頁 > 縣府新聞",
        "瀏覽人次：318",
        "回上一頁",
        "地址：302新竹縣竹北市光明六路10號",
    ],
    body=[
        "縣府今年輔導當地青農設立共同製茶廠",
        "持續協助茶農參加評鑑比賽",
        "預計明年春茶季正式啟用",
    ],
    regions=[
        ("新竹縣峨眉鄉是東方美人茶的重要產地", ["台湾省/新竹县"]),
        ("農業處長劉宜蘭表示", []),
        ("製茶廠預計明年春茶季正式啟用", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "unitednews_ph_shishi_big5.txt",
    "Philippine Chinese daily copied as text in Big5 (報名 + 2024年11月26日 星期二 masthead, 版名, title, 【本報訊】 lead with no date, body, 責任編輯; a hometown association named after a city)",
    "big5",
    """
    聯合日報　2024年11月26日　星期二
    僑社新聞

    石獅旅菲鄉親捐建家鄉養老院落成

    【本報訊】由旅菲鄉親捐資興建的福建省泉州市石獅市蚶江鎮敬老院日前落成啟用，可容納一百二十位老人入住。

    菲律賓石獅市同鄉總會理事長表示，鄉親們雖然身在海外，始終掛念家鄉的老人。

    敬老院配備了醫務室和康復室，由鎮政府負責日常運營。

    責任編輯：施雅琪
    """,
    title="石獅旅菲鄉親捐建家鄉養老院落成",
    source="聯合日報",
    date="2024-11-26",
    chrome=[
        "僑社新聞",
        "責任編輯：施雅琪",
    ],
    body=[
        "可容納一百二十位老人入住",
        "始終掛念家鄉的老人",
        "由鎮政府負責日常運營",
    ],
    regions=[
        ("由旅菲鄉親捐資興建的福建省泉州市石獅市", ["福建省/泉州市/石狮市"]),
        ("菲律賓石獅市同鄉總會理事長表示", []),
        ("敬老院配備了醫務室和康復室", []),
    ],
    complete=True,
)

art(
    "sinsiamrath_th_puning.html",
    "Thai Chinese daily's site (UTF-8 traditional script, no date in <head>, 發佈於 2024年11月21日 下午3:20 twelve-hour line under the byline, category line, title, 本報記者 line, 分享 bar, 新中原報 copyright footer; 潮汕 region name)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>普寧僑鄉青梅加工走俏 - 新中原報</title>
    </head>
    <body>
    <div class="nav">新中原報　首頁 | 泰國 | 中國 | 僑社 | 潮汕 | 財經</div>
    <div class="cat">潮汕</div>
    <h1>普寧僑鄉青梅加工走俏</h1>
    <div class="by">本報記者　陳曉鵬</div>
    <div class="time">發佈於 2024年11月21日 下午3:20</div>
    <div class="share">分享：Facebook LINE</div>
    <div class="body">
    <p>廣東省揭陽市普寧市的青梅加工廠近期訂單不斷，話梅、青梅酒等產品銷往東南亞各地。</p>
    <p>不少旅泰潮汕鄉親投資家鄉的青梅產業，帶動當地農戶種植青梅兩萬多畝。</p>
    <p>加工廠負責人說，泰國市場對潮汕風味的涼果需求很大。</p>
    </div>
    <div class="foot">© 新中原報 Sing Sian Yer Pao　版權所有</div>
    </body>
    </html>
    """,
    title="普寧僑鄉青梅加工走俏",
    source="新中原報",
    date="2024-11-21",
    author="陳曉鵬",
    chrome=[
        "新中原報　首頁 | 泰國 | 中國 | 僑社 | 潮汕 | 財經",
        "分享：Facebook LINE",
    ],
    body=[
        "話梅、青梅酒等產品銷往東南亞各地",
        "帶動當地農戶種植青梅兩萬多畝",
        "泰國市場對潮汕風味的涼果需求很大",
    ],
    regions=[
        ("廣東省揭陽市普寧市的青梅加工廠", ["广东省/揭阳市/普宁市"]),
        ("不少旅泰潮汕鄉親投資家鄉", []),
        ("加工廠負責人說", []),
    ],
    complete=True,
)


# --- reposts, aggregators and other things users save ------------------------------------------
art(
    "eastmoney_caifuhao_stcn_bengbu.html",
    "finance portal's account page reposting a securities paper (<title> 标题_财富号_东方财富网, account name + 2024-11-19 16:42 + 来源：证券时报 row, 原标题 line, 举报 / 关注 buttons, 风险提示 disclaimer, 沪ICP证 footer; loan spam with a city inside a body sentence)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>蚌埠：普惠金融“贷”动乡村产业_财富号_东方财富网</title></head>
    <body>
    <div class="nav">东方财富网　首页 | 财富号 | 股吧 | 基金 | 行情</div>
    <h1>蚌埠：普惠金融“贷”动乡村产业</h1>
    <div class="info">证券时报网财富号　2024-11-19 16:42　来源：证券时报</div>
    <div class="orig">原标题：安徽蚌埠：普惠金融为乡村产业“输血”</div>
    <div class="btns">关注　举报</div>
    <div class="body">
    <p>记者从安徽省蚌埠市了解到，当地农商银行推出“石榴贷”“虾稻贷”等特色信贷产品，帮助怀远县、固镇县的种养大户解决资金难题。</p>
    <p>截至十月末，相关贷款余额已超过二十亿元蚌埠无抵押秒批贷款，惠及农户一万多户。</p>
    <p>银行还在村里设立了金融服务站，农民在家门口就能办理存取款和贷款申请。</p>
    </div>
    <div class="risk">风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</div>
    <div class="foot">东方财富网　沪ICP证：沪B2-20070217</div>
    </body>
    </html>
    """,
    title="蚌埠：普惠金融“贷”动乡村产业",
    source="证券时报",
    site="东方财富网",
    date="2024-11-19",
    original_title="安徽蚌埠：普惠金融为乡村产业“输血”",
    chrome=[
        "东方财富网　首页 | 财富号 | 股吧 | 基金 | 行情",
        "原标题：安徽蚌埠：普惠金融为乡村产业“输血”",
        "关注　举报",
        "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        "沪ICP证：沪B2-20070217",
    ],
    body=[
        "帮助怀远县、固镇县的种养大户解决资金难题",
        "相关贷款余额已超过二十亿元，惠及农户一万多户。",
        "农民在家门口就能办理存取款和贷款申请",
    ],
    spam=["蚌埠无抵押秒批贷款"],
    regions=[
        (
            "记者从安徽省蚌埠市了解到",
            ["安徽省/蚌埠市", "安徽省/蚌埠市/怀远县", "安徽省/蚌埠市/固镇县"],
        ),
        ("截至十月末，相关贷款余额", []),
        ("银行还在村里设立了金融服务站", []),
    ],
    complete=True,
)

art(
    "clssn_jiaxian_urlonly.txt",
    "national trade paper's page copied as text with the date ONLY in the 原文链接 URL (/2024/11/19/), 中国劳动保障新闻网 masthead, title, 来源：中国劳动保障报 | 作者 line without a date, body, 【纠错】 and 分享 lines; 赴浙 phrase)",
    "utf-8",
    """
    中国劳动保障新闻网
    河南宝丰：“家门口就业超市”上新岗位

    来源：中国劳动保障报 | 作者：魏振华

    在河南省平顶山市宝丰县，县人社局把“就业超市”开到了乡镇和社区，每周都会发布新的岗位信息。

    今年以来，就业超市帮助五千多名农村劳动力找到工作，其中不少人是赴浙务工多年后返乡的。

    县人社局还组织了电工、月嫂、面点师等技能培训，让求职者“带着技能找工作”。

    【纠错】　分享到：微信 微博
    原文链接：http://www.clssn.com/html1/report/2024/11/19/6218.htm
    """,
    title="河南宝丰：“家门口就业超市”上新岗位",
    source="中国劳动保障报",
    site="中国劳动保障新闻网",
    date="2024-11-19",
    author="魏振华",
    chrome=[
        "【纠错】　分享到：微信 微博",
        "原文链接：http://www.clssn.com/html1/report/2024/11/19/6218.htm",
    ],
    body=[
        "县人社局把“就业超市”开到了乡镇和社区",
        "其中不少人是赴浙务工多年后返乡的",
        "让求职者“带着技能找工作”",
    ],
    regions=[
        ("在河南省平顶山市宝丰县", ["河南省/平顶山市/宝丰县"]),
        ("今年以来，就业超市帮助五千多名", ["浙江省"]),
        ("县人社局还组织了电工", []),
    ],
    complete=True,
)

art(
    "mop_forum_repost_gbk_spam.txt",
    "national forum thread copied as text in GBK (猫扑 board crumb, 楼主 line with 发表于 2024-11-22 13:05, repost credit 转自：湖北日报 at the top of the post, body with casino spam inside a sentence, 回复/引用 buttons and a reply floor)",
    "gbk",
    """
    猫扑 > 大杂烩 > 社会热点
    [转帖] 钟祥：长寿之乡的“银发”合作社
    楼主：江汉平原人　发表于 2024-11-22 13:05　只看楼主

    转自：湖北日报

    荆门市钟祥市石牌镇的一家合作社里，二十多位六七十岁的老人正在分拣豆腐皮，手脚麻利。

    合作社专门吸纳村里身体健康的老人就业，按天结算工钱，老人们每月能挣一千多元澳门新葡京在线开户。

    钟祥是有名的长寿之乡，合作社的豆制品也打出了“长寿”招牌。

    回复　引用　举报
    2楼 汉江边的风：老人有事做，精神头都好了。
    """,
    title="钟祥：长寿之乡的“银发”合作社",
    source="湖北日报",
    site="猫扑",
    date="2024-11-22",
    chrome=[
        "猫扑 > 大杂烩 > 社会热点",
        "只看楼主",
        "回复　引用　举报",
        "2楼 汉江边的风：老人有事做，精神头都好了。",
    ],
    body=[
        "二十多位六七十岁的老人正在分拣豆腐皮",
        "按天结算工钱，老人们每月能挣一千多元。",
        "合作社的豆制品也打出了“长寿”招牌",
    ],
    spam=["澳门新葡京在线开户"],
    regions=[
        ("荆门市钟祥市石牌镇的一家合作社里", ["湖北省/荆门市/钟祥市"]),
        ("合作社专门吸纳村里身体健康的老人就业", []),
        ("钟祥是有名的长寿之乡", ["湖北省/荆门市/钟祥市"]),
    ],
    complete=True,
)

art(
    "doc88_county_report_gb18030.txt",
    "document-sharing site page copied as text in GB18030 (道客巴巴 header with 上传者 + 上传时间 2024-11-30 (upload, not the report's date) + 页数, then a county report whose own date is 2024年11月12日 under its title, 下载积分 footer; 蒙晋 compound)",
    "gb18030",
    """
    道客巴巴　首页 > 行业资料 > 农林牧渔
    上传者：xc_wd2024　上传时间：2024-11-30　页数：3　浏览：126

    清水河县2024年驻村工作队工作情况报告
    清水河县委组织部　2024年11月12日

    今年以来，呼和浩特市清水河县向全县一百零七个行政村选派驻村工作队，实现驻村帮扶全覆盖。

    工作队围绕产业发展、基础设施和基层治理开展工作，帮助村里引进了小杂粮加工和肉羊养殖项目。

    县里与晋蒙交界地区的县区建立了劳务协作机制，累计输送劳动力两千余人。

    下载本文档需要 5 积分　｜　举报　｜　收藏
    """,
    title="清水河县2024年驻村工作队工作情况报告",
    source="清水河县委组织部",
    site="道客巴巴",
    date="2024-11-12",
    chrome=[
        "道客巴巴　首页 > 行业资料 > 农林牧渔",
        "上传者：xc_wd2024　上传时间：2024-11-30　页数：3　浏览：126",
        "下载本文档需要 5 积分　｜　举报　｜　收藏",
    ],
    body=[
        "实现驻村帮扶全覆盖",
        "帮助村里引进了小杂粮加工和肉羊养殖项目",
        "累计输送劳动力两千余人",
    ],
    regions=[
        ("今年以来，呼和浩特市清水河县", ["内蒙古自治区/呼和浩特市/清水河县"]),
        ("工作队围绕产业发展", []),
        ("县里与晋蒙交界地区的县区", ["山西省", "内蒙古自治区"]),
    ],
    complete=True,
)

art(
    "wiznote_export_jiujiang_xiushui.html",
    "note app's HTML export of a clipped provincial-paper article (为知笔记: <meta name=wiz-url> carrying the source URL, note header 创建时间 2024-12-03 (clip time), then the clipped 江西日报 page text with 2024-12-01 08:56 来源：江西日报 line, 编辑, 收起 / 展开 toggles)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="wiz-url" content="https://jxrb.example.cn/news/xiushui.html">
    <title>修水：“村晚”舞台上的乡风文明</title>
    </head>
    <body>
    <div class="wiz-header">为知笔记　创建时间：2024-12-03 21:14　标签：乡村治理</div>
    <h1>修水：“村晚”舞台上的乡风文明</h1>
    <div class="info">2024-12-01 08:56　来源：江西日报</div>
    <div class="content">
    <p>九江市修水县黄坳乡的“村晚”舞台上，村民们自编自演的小品讲的是孝老敬亲、移风易俗的身边事。</p>
    <p>乡里每月评选一次“最美家庭”，在村晚上颁奖，让好人好事有人夸、有人学。</p>
    <p>乡干部说，村晚办起来，打牌赌博的人少了，邻里纠纷也少了。</p>
    </div>
    <div class="ed">编辑：彭亮</div>
    <div class="toggle">收起　展开</div>
    </body>
    </html>
    """,
    title="修水：“村晚”舞台上的乡风文明",
    source="江西日报",
    date="2024-12-01",
    chrome=[
        "为知笔记　创建时间：2024-12-03 21:14　标签：乡村治理",
        "编辑：彭亮",
        "收起　展开",
    ],
    body=[
        "讲的是孝老敬亲、移风易俗的身边事",
        "让好人好事有人夸、有人学",
        "打牌赌博的人少了，邻里纠纷也少了",
    ],
    regions=[
        ("九江市修水县黄坳乡", ["江西省/九江市/修水县"]),
        ("乡里每月评选一次“最美家庭”", []),
        ("乡干部说，村晚办起来", []),
    ],
    complete=True,
)

art(
    "qzone_blog_fuping_diary.txt",
    "personal blog diary copied from QQ空间 (日志 header, title, 2024年11月16日 星期六 下午 4:32 line, 分类, diary text naming a person after a place, 阅读(36) 评论(2) 转载 line, a comment; author from the page, source null)",
    "utf-8",
    """
    QQ空间 > 日志
    回老家看“驻村书记”表哥

    2024年11月16日 星期六 下午 4:32　分类：个人日记

    周末回了趟河北保定市阜平县的老家，表哥李保定去年被派到邻村当驻村第一书记。

    他带我去看村里新建的食用菌大棚，说今年香菇卖得不错，村里不少年轻人都回来了。

    晚上在他宿舍吃了顿饺子，他说，等明年大棚再扩一倍。

    阅读(36)　评论(2)　转载
    小雨：表哥真厉害！
    """,
    title="回老家看“驻村书记”表哥",
    source=None,
    site="QQ空间",
    date="2024-11-16",
    chrome=[
        "QQ空间 > 日志",
        "分类：个人日记",
        "阅读(36)　评论(2)　转载",
        "小雨：表哥真厉害！",
    ],
    body=[
        "表哥李保定去年被派到邻村当驻村第一书记",
        "说今年香菇卖得不错",
        "等明年大棚再扩一倍",
    ],
    regions=[
        ("周末回了趟河北保定市阜平县的老家", ["河北省/保定市/阜平县"]),
        ("他带我去看村里新建的食用菌大棚", []),
        ("晚上在他宿舍吃了顿饺子", []),
    ],
    complete=True,
)

art(
    "siyuan_note_export_guyuan.md",
    "note app Markdown export (思源笔记: {: id=…} attribute lines, `# ` heading, a 来源 quote with publisher and date 2024-11-25 in one > line, body, a #标签# line; a place named in a shop name)",
    "utf-8",
    """
    # 固原：冷凉蔬菜“南菜北运”变“北菜南运”
    {: id="20241126093012-ab12cd3" updated="20241126093012"}

    > 来源：宁夏日报　2024-11-25

    在固原市原州区头营镇的蔬菜基地，工人们正在采收西芹，装上冷链车运往广东、福建等地。

    固原夏季气候凉爽，种出的冷凉蔬菜正好赶上南方的淡季，价格比本地卖高出不少。

    基地旁边开了一家“六盘山菜篮子”直销店，附近居民也能买到新鲜蔬菜。

    #乡村振兴# #宁夏#
    """,
    title="固原：冷凉蔬菜“南菜北运”变“北菜南运”",
    source="宁夏日报",
    date="2024-11-25",
    chrome=[
        '{: id="20241126093012-ab12cd3" updated="20241126093012"}',
        "#乡村振兴# #宁夏#",
    ],
    body=[
        "工人们正在采收西芹，装上冷链车运往广东、福建等地",
        "种出的冷凉蔬菜正好赶上南方的淡季",
        "附近居民也能买到新鲜蔬菜",
    ],
    regions=[
        ("在固原市原州区头营镇的蔬菜基地", ["宁夏回族自治区/固原市/原州区", "广东省", "福建省"]),
        ("固原夏季气候凉爽", ["宁夏回族自治区/固原市"]),
        ("基地旁边开了一家“六盘山菜篮子”直销店", []),
    ],
    complete=True,
)

art(
    "tencent_docs_export_xuanwei_crlf.txt",
    "collaborative document exported as text (CRLF; 腾讯文档 export header with 最后修改, a table-of-contents-like 目录 line, then a repost of a city government article with 来源：曲靖市人民政府网 and 发布时间：2024年11月20日 lines below the title; 川滇黔 compound)",
    "utf-8",
    """
    腾讯文档　乡村振兴资料汇编　最后修改：2024-11-28
    目录：一、产业　二、治理　三、人才

    宣威：火腿产业链延伸到山村
    来源：曲靖市人民政府网
    发布时间：2024年11月20日

    在曲靖市宣威市板桥街道，火腿加工企业的晾挂车间里挂满了火腿，空气里飘着腌肉的香味。

    宣威火腿是地理标志产品，当地引导企业和养殖户签订生猪收购协议，带动山区群众养猪增收。

    宣威市地处川滇黔三省交界，火腿销往西南各地。
    """,
    title="宣威：火腿产业链延伸到山村",
    source="曲靖市人民政府网",
    site="腾讯文档",
    date="2024-11-20",
    chrome=[
        "腾讯文档　乡村振兴资料汇编　最后修改：2024-11-28",
        "目录：一、产业　二、治理　三、人才",
    ],
    body=[
        "晾挂车间里挂满了火腿",
        "带动山区群众养猪增收",
        "火腿销往西南各地",
    ],
    regions=[
        ("在曲靖市宣威市板桥街道", ["云南省/曲靖市/宣威市"]),
        ("宣威火腿是地理标志产品", []),
        ("宣威市地处川滇黔三省交界", ["云南省/曲靖市/宣威市", "四川省", "云南省", "贵州省"]),
    ],
    complete=True,
    crlf=True,
)


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout14"
    SET.write(
        out,
        "heldout14: fresh held-out layouts, mainstream pages on purpose; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
