"""Write tests/layouts/heldout13/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout13.py tests/layouts/heldout13

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout12. Unlike heldout9-12 it samples
mainstream pages on purpose (about 70 %: portals, papers, a TV site, wire copy,
government portals, e-papers, journals, WeChat, HK/Macau/TW papers), as a
user's folder holds them. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- provincial, city and county government portals -------------------------------------------
art(
    "shanxi_gov_repost_qinxian.html",
    "provincial government portal reposting a city paper (<title> 标题-山西省人民政府门户网站, <meta name=PubDate>, 您当前的位置 crumb, 来源 + 时间 + 浏览次数 row, 【打印】【关闭】, 晋ICP备 footer; 晋冀豫 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="PubDate" content="2024-12-02 10:15">
    <title>沁县：小米地里长出“共富链” - 山西省人民政府门户网站</title>
    </head>
    <body>
    <div class="nav">首页 | 政务要闻 | 政务公开 | 政务服务 | 走进山西</div>
    <div class="crumb">您当前的位置：首页 &gt; 政务要闻 &gt; 市县动态</div>
    <h1>沁县：小米地里长出“共富链”</h1>
    <div class="info">来源：长治日报　时间：2024-12-02 10:15　浏览次数：1,208</div>
    <div class="txt">
    <p>入冬以后，长治市沁县的小米加工车间依旧忙碌，一袋袋新米从生产线上下来，贴上“沁州黄”的标签装车外运。</p>
    <p>县里推行“龙头企业+合作社+农户”的订单模式，企业统一供种、统一收购，农户只管种好地，每亩比过去多收三四百元。</p>
    <p>今年，沁县小米已经卖到晋冀豫三省的二百多家商超。</p>
    </div>
    <div class="tool">【打印】【关闭】</div>
    <div class="foot">山西省人民政府办公厅主办　晋ICP备05000101号　网站标识码1400000037</div>
    </body>
    </html>
    """,
    title="沁县：小米地里长出“共富链”",
    source="长治日报",
    site="山西省人民政府门户网站",
    date="2024-12-02",
    chrome=[
        "首页 | 政务要闻 | 政务公开 | 政务服务 | 走进山西",
        "您当前的位置：首页 > 政务要闻 > 市县动态",
        "浏览次数：1,208",
        "【打印】【关闭】",
        "晋ICP备05000101号",
    ],
    body=[
        "一袋袋新米从生产线上下来",
        "企业统一供种、统一收购，农户只管种好地",
        "已经卖到晋冀豫三省的二百多家商超",
    ],
    regions=[
        ("入冬以后，长治市沁县的小米加工车间", ["山西省/长治市/沁县"]),
        ("县里推行“龙头企业+合作社+农户”", []),
        ("今年，沁县小米已经卖到晋冀豫三省", ["山西省/长治市/沁县", "山西省", "河北省", "河南省"]),
    ],
    complete=True,
)

art(
    "putian_gov_hanjiang_jsonld.shtml",
    "city government portal .shtml (JSON-LD NewsArticle datePublished, <title> 标题_莆田市人民政府, 首页 > 新闻中心 > 区县动态 crumb, 发布日期 + 来源 + 【字体：大 中 小】 row, 分享到 bar, 上一篇/下一篇, 闽ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>涵江区：老侨房变身“侨乡客厅”_莆田市人民政府</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "涵江区：老侨房变身“侨乡客厅”", "datePublished": "2024-11-26T09:30:00+08:00", "author": {"@type": "Organization", "name": "涵江区融媒体中心"}}
    </script>
    </head>
    <body>
    <div class="top">莆田市人民政府　<a href="#">无障碍浏览</a>　<a href="#">关怀版</a></div>
    <div class="crumb">首页 &gt; 新闻中心 &gt; 区县动态</div>
    <h1>涵江区：老侨房变身“侨乡客厅”</h1>
    <div class="attr">发布日期：2024-11-26 09:30　来源：涵江区融媒体中心　【字体：大 中 小】</div>
    <div class="share">分享到：微信 微博 QQ</div>
    <div class="con">
    <p>在莆田市涵江区江口镇，一座建于上世纪三十年代的老侨房修缮一新，成了村里的“侨乡客厅”。</p>
    <p>侨房的主人早年下南洋谋生，后人委托村里保管。村两委请来老工匠，按原样修复了红砖墙和燕尾脊，屋里布置了侨批展和村史展。</p>
    <p>如今，这里周末常有海外乡亲回来寻根，村里的老人也爱来喝茶聊天。</p>
    </div>
    <div class="pn">上一篇：仙游县开展冬季森林防火演练<br>下一篇：城厢区新增三处口袋公园</div>
    <div class="foot">莆田市人民政府办公室主办　闽ICP备05021234号</div>
    </body>
    </html>
    """,
    title="涵江区：老侨房变身“侨乡客厅”",
    source="涵江区融媒体中心",
    site="莆田市人民政府",
    date="2024-11-26",
    chrome=[
        "首页 > 新闻中心 > 区县动态",
        "【字体：大 中 小】",
        "分享到：微信 微博 QQ",
        "上一篇：仙游县开展冬季森林防火演练",
        "下一篇：城厢区新增三处口袋公园",
        "闽ICP备05021234号",
    ],
    body=[
        "成了村里的“侨乡客厅”",
        "按原样修复了红砖墙和燕尾脊",
        "周末常有海外乡亲回来寻根",
    ],
    regions=[
        ("在莆田市涵江区江口镇", ["福建省/莆田市/涵江区"]),
        ("侨房的主人早年下南洋谋生", []),
        ("如今，这里周末常有海外乡亲", []),
    ],
    complete=True,
)

art(
    "taihe_gov_gbk_spam.htm",
    "county government portal page saved .htm in GBK (<meta charset=gbk>, 位置 crumb, 作者 + 来源 + 发布时间 2024年11月28日 row, 【我要打印】【关闭】, 附件 line, 皖ICP备 footer; diploma spam with a city inside)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>太和县：薄荷田里的“共享农机”</title>
    </head>
    <body>
    <div class="nav">首页 | 政务公开 | 政务服务 | 政民互动 | 魅力太和</div>
    <div class="pos">位置：首页 &gt; 政务要闻 &gt; 部门动态</div>
    <h2>太和县：薄荷田里的“共享农机”</h2>
    <div class="info">作者：孟庆丰　来源：太和县农业农村局　发布时间：2024年11月28日</div>
    <div class="cont">
    <p>在阜阳市太和县，几十台收割机、打捆机由合作社统一调度，哪家地里要用，手机上一约，第二天农机就开到地头。</p>
    <p>县农业农村局介绍，“共享农机”平台已接入农机六百多台，今年秋收为农户节省作业成本近两百万元合肥办理各类证件包过。</p>
    <p>种植大户说，以前抢不到机子，现在再也不用熬夜排队了。</p>
    </div>
    <div class="att">附件：无</div>
    <div class="tool">【我要打印】【关闭】</div>
    <div class="foot">太和县人民政府办公室主办　皖ICP备08012345号</div>
    </body>
    </html>
    """,
    title="太和县：薄荷田里的“共享农机”",
    source="太和县农业农村局",
    date="2024-11-28",
    author="孟庆丰",
    chrome=[
        "首页 | 政务公开 | 政务服务 | 政民互动 | 魅力太和",
        "位置：首页 > 政务要闻 > 部门动态",
        "附件：无",
        "【我要打印】【关闭】",
        "皖ICP备08012345号",
    ],
    body=[
        "手机上一约，第二天农机就开到地头",
        "今年秋收为农户节省作业成本近两百万元。",
        "现在再也不用熬夜排队了",
    ],
    spam=["合肥办理各类证件包过"],
    regions=[
        ("在阜阳市太和县，几十台收割机", ["安徽省/阜阳市/太和县"]),
        ("县农业农村局介绍，“共享农机”平台", []),
        ("种植大户说，以前抢不到机子", []),
    ],
    complete=True,
)

art(
    "dingan_xxgk_attr_list.html",
    "county information-disclosure page with the 信息属性 list BELOW the title (信息索引号/公开责任部门/生成日期/公开方式 lines), 【字号：大 中 小】, 扫一扫在手机上查看当前页面, 琼ICP备 footer, no date in <head>",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>定安县人民政府网</title></head>
    <body>
    <div class="nav">首页 政务公开 政务服务 互动交流 数据开放</div>
    <h1>定安县关于2024年冬季瓜菜种植补贴发放情况的公示</h1>
    <ul class="attr">
    <li>信息索引号：00816241-7/2024-01532</li>
    <li>公开责任部门：定安县农业农村局</li>
    <li>生成日期：2024-11-29</li>
    <li>公开方式：主动公开</li>
    </ul>
    <div class="fs">【字号：大 中 小】</div>
    <div class="content">
    <p>根据海南省定安县冬季瓜菜生产扶持办法，县农业农村局对全县十个镇申报的冬种瓜菜面积进行了核实。</p>
    <p>经核实，本年度共有二千一百三十户种植户符合补贴条件，核定面积三万六千亩，补贴资金将于十二月中旬前发放到户。</p>
    <p>如对公示内容有异议，请在五个工作日内向县农业农村局种植业股反映。</p>
    </div>
    <div class="qr">扫一扫在手机上查看当前页面</div>
    <div class="foot">定安县人民政府办公室主办　琼ICP备05001788号</div>
    </body>
    </html>
    """,
    title="定安县关于2024年冬季瓜菜种植补贴发放情况的公示",
    source="定安县农业农村局",
    site="定安县人民政府网",
    date="2024-11-29",
    chrome=[
        "首页 政务公开 政务服务 互动交流 数据开放",
        "00816241-7/2024-01532",
        "公开方式：主动公开",
        "【字号：大 中 小】",
        "扫一扫在手机上查看当前页面",
        "琼ICP备05001788号",
    ],
    body=[
        "对全县十个镇申报的冬种瓜菜面积进行了核实",
        "补贴资金将于十二月中旬前发放到户",
        "请在五个工作日内向县农业农村局种植业股反映",
    ],
    regions=[
        ("根据海南省定安县冬季瓜菜生产扶持办法", ["海南省/定安县"]),
        ("经核实，本年度共有二千一百三十户", []),
        ("如对公示内容有异议", []),
    ],
    complete=True,
)

art(
    "qinghai_gov_menyuan_crlf.txt",
    "provincial government portal copied as text (CRLF; masthead + 当前位置 line, title, 日期：2024-11-27 来源：海北州融媒体中心 on one line, 【打印本页】【关闭窗口】, 主办单位 + 青ICP备 footer)",
    "utf-8",
    """
    青海省人民政府网
    当前位置：首页 > 新闻中心 > 市州动态

    门源：油菜花田冬闲不闲 “农牧夜校”开到帐篷里

    日期：2024-11-27　来源：海北州融媒体中心

    入冬后，海北藏族自治州门源回族自治县的农牧民迎来了农闲时节，县里把“农牧夜校”开进了村里的活动室和牧民的冬窝子。

    夜校请来畜牧兽医和农技人员，讲牛羊冬季补饲、棚圈保暖和油菜种子选育，牧民们边听边记。

    县农牧部门介绍，今冬夜校计划开课八十场，覆盖全县十二个乡镇。

    【打印本页】【关闭窗口】
    主办单位：青海省人民政府办公厅　青ICP备05000123号
    """,
    title="门源：油菜花田冬闲不闲 “农牧夜校”开到帐篷里",
    source="海北州融媒体中心",
    site="青海省人民政府网",
    date="2024-11-27",
    chrome=[
        "当前位置：首页 > 新闻中心 > 市州动态",
        "【打印本页】【关闭窗口】",
        "青ICP备05000123号",
    ],
    body=[
        "县里把“农牧夜校”开进了村里的活动室和牧民的冬窝子",
        "讲牛羊冬季补饲、棚圈保暖和油菜种子选育",
        "今冬夜校计划开课八十场",
    ],
    regions=[
        ("入冬后，海北藏族自治州门源回族自治县", ["青海省/海北藏族自治州/门源回族自治县"]),
        ("夜校请来畜牧兽医和农技人员", []),
        ("县农牧部门介绍，今冬夜校计划开课八十场", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "liuzhou_gov_rongshui_gb18030.txt",
    "city government portal copied as text in GB18030 (title first, 发布日期：2024年11月29日 and 信息来源 on two lines, 浏览量, 【字体：大 中 小】【打印】, 相关附件 list, 桂ICP备 footer)",
    "gb18030",
    """
    融水：苗寨“芦笙广场”变身乡村治理议事厅
    发布日期：2024年11月29日
    信息来源：融水苗族自治县人民政府
    浏览量：563
    【字体：大 中 小】【打印】

    在柳州市融水苗族自治县安太乡，寨子中央的芦笙广场不只是过节跳舞的地方，也成了村民议事的“露天会场”。

    每月初，寨老、党员和村民代表聚在广场边的木楼里，商量修路、护林、调解邻里纠纷等事，议定的事项贴在广场的公示栏上。

    今年以来，这里议定的二十多件事都已办结，村里的矛盾纠纷少了一半。

    相关附件：无
    柳州市人民政府办公室主办　桂ICP备05006688号
    """,
    title="融水：苗寨“芦笙广场”变身乡村治理议事厅",
    source="融水苗族自治县人民政府",
    site="柳州市人民政府",
    date="2024-11-29",
    chrome=[
        "浏览量：563",
        "【字体：大 中 小】【打印】",
        "相关附件：无",
        "桂ICP备05006688号",
    ],
    body=[
        "也成了村民议事的“露天会场”",
        "议定的事项贴在广场的公示栏上",
        "村里的矛盾纠纷少了一半",
    ],
    regions=[
        ("在柳州市融水苗族自治县安太乡", ["广西壮族自治区/柳州市/融水苗族自治县"]),
        ("每月初，寨老、党员和村民代表", []),
        ("今年以来，这里议定的二十多件事", []),
    ],
    complete=True,
)

# --- county media centres ----------------------------------------------------------------------
art(
    "zhushan_rongmei_app_bom.txt",
    "county media centre client share page copied as text (UTF-8 BOM; 打开云上竹山 app bar on top, title, 云上竹山 2024.12.01 08:32 line, 记者 line, 阅读 counter + 点赞, 下载客户端 footer)",
    "utf-8",
    """
    打开云上竹山，阅读体验更佳
    竹山县：“银发志愿队”守护乡村夜路
    云上竹山　2024.12.01 08:32
    记者　方婷婷　通讯员　刘昌盛

    每天傍晚六点，十堰市竹山县宝丰镇的十几位老党员都会戴上红袖章，拿着手电筒沿村道巡查一圈。

    这支“银发志愿队”成立两年来，帮着修好了村里的四十多盏路灯，还劝回了不少夜里在河边钓鱼的孩子。

    镇里准备把这种做法推广到全镇二十个村。

    阅读 3256　点赞 87
    下载云上竹山客户端，看更多本地新闻
    """,
    title="竹山县：“银发志愿队”守护乡村夜路",
    source="云上竹山",
    date="2024-12-01",
    author="方婷婷",
    chrome=[
        "打开云上竹山，阅读体验更佳",
        "阅读 3256　点赞 87",
        "下载云上竹山客户端，看更多本地新闻",
    ],
    body=[
        "戴上红袖章，拿着手电筒沿村道巡查一圈",
        "帮着修好了村里的四十多盏路灯",
        "推广到全镇二十个村",
    ],
    regions=[
        ("每天傍晚六点，十堰市竹山县宝丰镇", ["湖北省/十堰市/竹山县"]),
        ("这支“银发志愿队”成立两年来", []),
        ("镇里准备把这种做法推广", []),
    ],
    complete=True,
    bom=True,
)

art(
    "gaomi_news_meta_weekday.html",
    "county-level city media centre site (<meta name=publishdate>, displayed 2024年11月27日 星期三 in a masthead bar above the crumb, 来源 + 编辑 row, 分享 bar, 相关新闻 list, 鲁ICP备 footer; a villager named after a city)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="publishdate" content="2024-11-27">
    <title>高密：“扑灰年画”走进乡村课堂_高密新闻网</title>
    </head>
    <body>
    <div class="bar">2024年11月27日 星期三　高密新闻网　高密市融媒体中心主办</div>
    <div class="crumb">首页 &gt; 高密新闻 &gt; 镇街动态</div>
    <h1>高密：“扑灰年画”走进乡村课堂</h1>
    <div class="meta">来源：高密市融媒体中心　编辑：单晓彤</div>
    <div class="share">分享到： 微信 朋友圈 微博</div>
    <div class="article">
    <p>潍坊市高密市姜庄镇的一所乡村小学里，孩子们正跟着年画艺人学画“扑灰年画”。</p>
    <p>授课的老艺人王青岛今年七十岁，他说，年画要传下去，得从娃娃抓起。</p>
    <p>目前，全市已有十六所乡村学校开设了年画、剪纸、泥塑等非遗课程。</p>
    </div>
    <div class="rel">相关新闻：高密茂腔进社区演出 | 姜庄镇举办农民丰收节</div>
    <div class="foot">高密市融媒体中心版权所有　鲁ICP备12034567号</div>
    </body>
    </html>
    """,
    title="高密：“扑灰年画”走进乡村课堂",
    source="高密市融媒体中心",
    site="高密新闻网",
    date="2024-11-27",
    author=None,
    chrome=[
        "首页 > 高密新闻 > 镇街动态",
        "分享到： 微信 朋友圈 微博",
        "相关新闻：高密茂腔进社区演出 | 姜庄镇举办农民丰收节",
        "鲁ICP备12034567号",
    ],
    body=[
        "孩子们正跟着年画艺人学画“扑灰年画”",
        "年画要传下去，得从娃娃抓起",
        "开设了年画、剪纸、泥塑等非遗课程",
    ],
    regions=[
        ("潍坊市高密市姜庄镇的一所乡村小学", ["山东省/潍坊市/高密市"]),
        ("授课的老艺人王青岛今年七十岁", []),
        ("目前，全市已有十六所乡村学校", []),
    ],
    complete=True,
)

# --- national portals, provincial and city papers' sites ---------------------------------------
art(
    "taiwan_cn_pingtan.html",
    "national portal's local channel (<title> 标题_地方新闻_中国台湾网, 中国台湾网 > 地方 > 福建 crumb, 2024-11-30 14:20:05 | 来源：中国台湾网 | 作者 row, 字号 + 打印 bar, 【责任编辑：…】 tail, copyright footer; 来榕 phrase)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>平潭：台胞“驻村规划师”把民宿做成了“两岸客厅”_地方新闻_中国台湾网</title></head>
    <body>
    <div class="menu">首页 | 时政 | 两岸 | 台湾 | 地方 | 视频 | 图片</div>
    <div class="crumb">中国台湾网 &gt; 地方 &gt; 福建</div>
    <h1>平潭：台胞“驻村规划师”把民宿做成了“两岸客厅”</h1>
    <div class="info">2024-11-30 14:20:05 | 来源：中国台湾网 | 作者：林雅婷</div>
    <div class="tools">字号：T|T　打印</div>
    <div class="TRS_Editor">
    <p>在福州市平潭县北港村，一排石头厝改造的民宿前，台湾建筑师陈怡君正在给村民讲庭院改造方案。</p>
    <p>三年前，她以“驻村规划师”的身份来榕工作，后来干脆把家安在了村里。她设计的民宿保留了石头墙和老渔具，成了两岸青年交流的“客厅”。</p>
    <p>村里人说，她比本地人还懂这些老房子。</p>
    </div>
    <div class="editor">【责任编辑：郑雅文】</div>
    <div class="foot">Copyright © 2024 中国台湾网 版权所有　京ICP证060324号</div>
    </body>
    </html>
    """,
    title="平潭：台胞“驻村规划师”把民宿做成了“两岸客厅”",
    source="中国台湾网",
    date="2024-11-30",
    author="林雅婷",
    chrome=[
        "首页 | 时政 | 两岸 | 台湾 | 地方 | 视频 | 图片",
        "中国台湾网 > 地方 > 福建",
        "字号：T|T　打印",
        "【责任编辑：郑雅文】",
        "京ICP证060324号",
    ],
    body=[
        "一排石头厝改造的民宿前",
        "她设计的民宿保留了石头墙和老渔具",
        "她比本地人还懂这些老房子",
    ],
    regions=[
        # 台湾建筑师: where she is from names 台湾 (own_dev's 来渝考察的四川企业家; fixed in the regions16 round)
        ("在福州市平潭县北港村", ["福建省/福州市/平潭县", "台湾省"]),
        ("三年前，她以“驻村规划师”的身份来榕工作", ["福建省/福州市"]),
        ("村里人说，她比本地人还懂", []),
    ],
    complete=True,
)

art(
    "k618_gansu_lintao.txt",
    "national youth portal's provincial channel copied as text (未来网-甘肃频道 credited in one 来源 line with the time, 作者 on its own line, 扫码下载未来网客户端, 版权声明 paragraph)",
    "utf-8",
    """
    未来网 > 地方 > 甘肃
    临洮：乡村少年宫里的“周末课堂”
    2024-11-24 16:48:12　来源：未来网-甘肃频道
    作者：马晓军

    周六上午，定西市临洮县一所乡村学校的少年宫里传出阵阵笛声，二十多个孩子正在上竹笛课。

    少年宫的老师大多是县城学校的志愿者，每周轮流下乡，教书法、绘画、民乐和科学小实验。

    一位家长说，孩子周末有地方去，也学到了本事。

    扫码下载未来网客户端
    版权声明：凡注明“来源：未来网”的所有作品，未经授权不得转载。
    """,
    title="临洮：乡村少年宫里的“周末课堂”",
    source="未来网",
    date="2024-11-24",
    author="马晓军",
    chrome=[
        "未来网 > 地方 > 甘肃",
        "扫码下载未来网客户端",
        "版权声明：凡注明“来源：未来网”的所有作品，未经授权不得转载。",
    ],
    body=[
        "二十多个孩子正在上竹笛课",
        "每周轮流下乡，教书法、绘画、民乐和科学小实验",
        "孩子周末有地方去，也学到了本事",
    ],
    regions=[
        ("周六上午，定西市临洮县", ["甘肃省/定西市/临洮县"]),
        ("少年宫的老师大多是县城学校的志愿者", []),
        ("一位家长说，孩子周末有地方去", []),
    ],
    complete=True,
)

art(
    "qingdao_guanhai_jiaozhou_jsonld.html",
    "city paper's news client site (JSON-LD with datePublished in UTC, 观海新闻 masthead, 青岛日报/观海新闻记者 byline line, 发布时间 YYYY-MM-DD HH:MM, 打开观海新闻APP bar, 责任编辑 + 审核 lines, copyright footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>胶州：大白菜搭上“冷链快车” - 观海新闻</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "胶州：大白菜搭上“冷链快车”", "datePublished": "2024-11-25T02:10:00Z", "publisher": {"@type": "Organization", "name": "观海新闻"}}
    </script>
    </head>
    <body>
    <div class="logo">观海新闻 | 青岛日报社主办</div>
    <div class="appbar">打开观海新闻APP，查看更多精彩内容</div>
    <h1>胶州：大白菜搭上“冷链快车”</h1>
    <div class="byline">青岛日报/观海新闻记者 孙文博</div>
    <div class="time">发布时间：2024-11-25 10:10</div>
    <div class="body">
    <p>初冬时节，青岛胶州市里岔镇的大白菜迎来收获期，田头的冷链车装满后直接开往上海、南京等地的批发市场。</p>
    <p>镇上新建的预冷库能让白菜在二十四小时内降到保鲜温度，运到外地还跟刚摘的一样水灵。</p>
    <p>菜农算了一笔账，冷链运输虽然多花些钱，但损耗少了，每斤能多卖一毛多。</p>
    </div>
    <div class="edit">责任编辑：李海燕　审核：周晓东</div>
    <div class="foot">Copyright © 青岛日报社 观海新闻 All Rights Reserved</div>
    </body>
    </html>
    """,
    title="胶州：大白菜搭上“冷链快车”",
    source="青岛日报",
    site="观海新闻",
    date="2024-11-25",
    author="孙文博",
    chrome=[
        "打开观海新闻APP，查看更多精彩内容",
        "责任编辑：李海燕　审核：周晓东",
        "Copyright © 青岛日报社 观海新闻 All Rights Reserved",
    ],
    body=[
        "田头的冷链车装满后直接开往上海、南京等地的批发市场",
        "运到外地还跟刚摘的一样水灵",
        "每斤能多卖一毛多",
    ],
    regions=[
        ("初冬时节，青岛胶州市里岔镇", ["山东省/青岛市/胶州市", "上海市", "江苏省/南京市"]),
        ("镇上新建的预冷库", []),
        ("菜农算了一笔账", []),
    ],
    complete=True,
)

art(
    "shenyang_syd_kangping_gbk.txt",
    "city paper's website saved as text in GBK (沈阳网 masthead and channel line, title, 2024-11-22 07:45 沈阳日报 on one line with no label, 记者 line, 【收藏】【打印】【关闭】, 网友评论 counter, 辽ICP备 footer; 黑吉辽 compound)",
    "gbk",
    """
    沈阳网 | 新闻 | 区县 | 民生
    康平：卧龙湖畔的“鹅司令”
    2024-11-22 07:45　沈阳日报
    沈阳日报、沈阳网记者　赵洪亮

    沈阳市康平县卧龙湖边的一个村子里，养鹅大户刘金山赶着上千只大白鹅下湖，村里人都叫他“鹅司令”。

    他牵头成立的养鹅合作社带动了四十多户村民，鹅苗、饲料统一供应，成鹅统一收购，今年卖到了黑吉辽三省的饭店。

    刘金山说，明年打算建一个屠宰分割车间，把鹅肉、鹅绒分开卖。

    【收藏】【打印】【关闭】
    网友评论(0)
    沈阳网版权所有　辽ICP备05009876号
    """,
    title="康平：卧龙湖畔的“鹅司令”",
    source="沈阳日报",
    site="沈阳网",
    date="2024-11-22",
    author="赵洪亮",
    chrome=[
        "沈阳网 | 新闻 | 区县 | 民生",
        "【收藏】【打印】【关闭】",
        "网友评论(0)",
        "辽ICP备05009876号",
    ],
    body=[
        "村里人都叫他“鹅司令”",
        "鹅苗、饲料统一供应，成鹅统一收购",
        "把鹅肉、鹅绒分开卖",
    ],
    regions=[
        ("沈阳市康平县卧龙湖边", ["辽宁省/沈阳市/康平县"]),
        ("他牵头成立的养鹅合作社", ["黑龙江省", "吉林省", "辽宁省"]),
        ("刘金山说，明年打算建一个屠宰", []),
    ],
    complete=True,
)

art(
    "daqing_net_zhaoyuan.txt",
    "city paper's website copied as text (大庆网 crumb, title, 来源：大庆日报 | 发布时间：2024年11月20日 on one line with a pipe, 作者 line, 字体 bar, 上一篇/下一篇, 黑ICP备 footer; a cadre sent down, 赴哈 phrase)",
    "utf-8",
    """
    大庆网 > 新闻中心 > 县区新闻
    肇源：驻村书记的“稻米经”
    来源：大庆日报 | 发布时间：2024年11月20日
    作者：韩雪梅
    字体：大 中 小

    大庆市肇源县的一个沿江村里，驻村第一书记张立伟正和村民一起把新打的稻米装袋。

    他是市直单位派来的干部，到村两年，帮村里注册了大米品牌，还带着合作社赴哈参加了农产品展销会。

    今年，村里的大米每斤比过去多卖了五毛钱。

    上一篇：杜尔伯特草原冬季防火巡查启动
    下一篇：林甸温泉冰雪季开幕
    大庆网版权所有　黑ICP备06001234号
    """,
    title="肇源：驻村书记的“稻米经”",
    source="大庆日报",
    site="大庆网",
    date="2024-11-20",
    author="韩雪梅",
    chrome=[
        "大庆网 > 新闻中心 > 县区新闻",
        "字体：大 中 小",
        "上一篇：杜尔伯特草原冬季防火巡查启动",
        "下一篇：林甸温泉冰雪季开幕",
        "黑ICP备06001234号",
    ],
    body=[
        "驻村第一书记张立伟正和村民一起把新打的稻米装袋",
        "帮村里注册了大米品牌",
        "村里的大米每斤比过去多卖了五毛钱",
    ],
    regions=[
        ("大庆市肇源县的一个沿江村里", ["黑龙江省/大庆市/肇源县"]),
        ("他是市直单位派来的干部", ["黑龙江省/哈尔滨市"]),
        ("今年，村里的大米每斤", []),
    ],
    complete=True,
)

art(
    "baotou_news_guyang.shtml",
    "city paper site .shtml with no date in <head> (包头新闻网 logo line, 当前位置 crumb, 【来源：包头日报】【作者：…】【时间：2024-11-18】 bracket row, 分享 bar, 【纠错】, 蒙ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>固阳县：冬季牧场里的“流动兽医站”_包头新闻网</title></head>
    <body>
    <div class="logo">包头新闻网 www.baotounews.com.cn</div>
    <div class="pos">当前位置：首页 &gt; 旗县区</div>
    <h1>固阳县：冬季牧场里的“流动兽医站”</h1>
    <div class="meta">【来源：包头日报】【作者：乌云娜】【时间：2024-11-18】</div>
    <div class="share">分享：微信 | 微博 | QQ空间</div>
    <div class="text">
    <p>包头市固阳县的牧区进入冬季后，县里的“流动兽医站”开着改装车，挨家挨户给牛羊做防疫。</p>
    <p>兽医们带着疫苗和常用药，一天能跑七八户，牧民不用再赶着牲畜到乡里排队。</p>
    <p>今冬以来，流动兽医站已为全县十二万头只牲畜完成了免疫。</p>
    </div>
    <div class="err">【纠错】</div>
    <div class="foot">包头日报社主办　蒙ICP备05002345号</div>
    </body>
    </html>
    """,
    title="固阳县：冬季牧场里的“流动兽医站”",
    source="包头日报",
    site="包头新闻网",
    date="2024-11-18",
    author="乌云娜",
    chrome=[
        "当前位置：首页 > 旗县区",
        "分享：微信 | 微博 | QQ空间",
        "【纠错】",
        "蒙ICP备05002345号",
    ],
    body=[
        "开着改装车，挨家挨户给牛羊做防疫",
        "牧民不用再赶着牲畜到乡里排队",
        "为全县十二万头只牲畜完成了免疫",
    ],
    regions=[
        ("包头市固阳县的牧区进入冬季后", ["内蒙古自治区/包头市/固阳县"]),
        ("兽医们带着疫苗和常用药", []),
        ("今冬以来，流动兽医站", []),
    ],
    complete=True,
)

art(
    "xining_wanbao_huangzhong.txt",
    "evening paper's website copied as text (title, 西宁晚报 2024-11-21 on one line, 记者 + 摄影 line, 图片说明 line, 编辑 line at the end, APP download line)",
    "utf-8",
    """
    湟中：“拉面村”里的新年货
    西宁晚报　2024-11-21
    记者 才让卓玛　摄影 韩军

    西宁市湟中区的一个山村里，村民们正忙着把自家晾晒的青稞炒面装进礼盒。

    这个村子外出开拉面馆的人多，被称为“拉面村”。这两年，拉面馆老板们把家乡的青稞炒面、牦牛酸奶摆进了自己的店里，一年能卖出去好几万份。

    村里还办起了电商服务站，帮着村民把年货卖到更远的地方。

    图为村民在包装青稞炒面。
    编辑：马琳
    下载西宁晚报APP，阅读更多新闻
    """,
    title="湟中：“拉面村”里的新年货",
    source="西宁晚报",
    date="2024-11-21",
    author="才让卓玛",
    chrome=[
        "图为村民在包装青稞炒面。",
        "编辑：马琳",
        "下载西宁晚报APP，阅读更多新闻",
    ],
    body=[
        "村民们正忙着把自家晾晒的青稞炒面装进礼盒",
        "一年能卖出去好几万份",
        "帮着村民把年货卖到更远的地方",
    ],
    regions=[
        ("西宁市湟中区的一个山村里", ["青海省/西宁市/湟中区"]),
        ("这个村子外出开拉面馆的人多", []),
        ("村里还办起了电商服务站", []),
    ],
    complete=True,
)

art(
    "nantong_jhmz_rudong_spam.html",
    "city paper's portal (江海明珠网; <meta property=article:published_time>, displayed 时间 + 来源 + 作者 with slashes 2024/11/23, 分享到 bar, 相关阅读 list, 苏ICP备 footer; loan spam with a city inside a sentence; 苏鲁豫皖 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta property="article:published_time" content="2024-11-23T08:00:00+08:00">
    <title>如东：紫菜养殖户有了“海上网格员”-江海明珠网</title>
    </head>
    <body>
    <div class="nav">首页 新闻 南通 县区 民生 视频</div>
    <h1>如东：紫菜养殖户有了“海上网格员”</h1>
    <div class="info">时间：2024/11/23 08:00　来源：南通日报　作者：钱晓燕</div>
    <div class="share">分享到：微信 微博 QQ好友</div>
    <div class="content">
    <p>南通市如东县的紫菜进入采收季，沿海几个镇在养殖区设立了“海上网格”，每个网格配一名网格员。</p>
    <p>网格员大多是本地的老渔民，熟悉潮水和航道，负责提醒养殖户注意天气南通无抵押贷款秒批，协调海上纠纷。</p>
    <p>今年采收以来，养殖区没有发生一起安全事故，紫菜远销苏鲁豫皖等地。</p>
    </div>
    <div class="rel">相关阅读：<a>海安举办农民丰收节</a> <a>启东海鲜上新</a></div>
    <div class="foot">南通报业传媒集团主办　苏ICP备10012345号</div>
    </body>
    </html>
    """,
    title="如东：紫菜养殖户有了“海上网格员”",
    source="南通日报",
    site="江海明珠网",
    date="2024-11-23",
    author="钱晓燕",
    chrome=[
        "首页 新闻 南通 县区 民生 视频",
        "分享到：微信 微博 QQ好友",
        "相关阅读：海安举办农民丰收节 启东海鲜上新",
        "苏ICP备10012345号",
    ],
    body=[
        "每个网格配一名网格员",
        "负责提醒养殖户注意天气，协调海上纠纷",
        "养殖区没有发生一起安全事故",
    ],
    spam=["南通无抵押贷款秒批"],
    regions=[
        ("南通市如东县的紫菜进入采收季", ["江苏省/南通市/如东县"]),
        ("网格员大多是本地的老渔民", []),
        ("今年采收以来，养殖区没有发生", ["江苏省", "山东省", "河南省", "安徽省"]),
    ],
    complete=True,
)

art(
    "shangrao_epaper_yiyang_gb18030_crlf.txt",
    "city paper e-paper text page in GB18030 CRLF (上饶日报 masthead with 2024年11月19日 星期二, 第03版：县区新闻 line, 引题 above the title, 本报讯 + 记者 lead, 上一版/下一版 nav, 版权所有 footer)",
    "gb18030",
    """
    上饶日报　2024年11月19日　星期二
    第03版：县区新闻
    上一版　下一版

    冬闲人不闲
    弋阳：“雕花师傅”走进农家书屋

    本报讯（记者 程志强）连日来，弋阳县漆工镇的农家书屋里格外热闹，几位木雕老师傅正在给村里的年轻人上课。

    上饶市弋阳县有木雕、竹编等传统手艺，县里把手艺课搬进书屋，请老师傅带徒弟，学成的可以到县里的文创企业上班。

    目前，全县已有三十多个农家书屋开设了手艺课。

    上饶日报社版权所有
    """,
    title="弋阳：“雕花师傅”走进农家书屋",
    source="上饶日报",
    date="2024-11-19",
    author="程志强",
    chrome=[
        "第03版：县区新闻",
        "上一版　下一版",
        "上饶日报社版权所有",
    ],
    body=[
        "几位木雕老师傅正在给村里的年轻人上课",
        "请老师傅带徒弟，学成的可以到县里的文创企业上班",
        "全县已有三十多个农家书屋开设了手艺课",
    ],
    regions=[
        ("连日来，弋阳县漆工镇的农家书屋", ["江西省/上饶市/弋阳县"]),
        ("上饶市弋阳县有木雕、竹编", ["江西省/上饶市/弋阳县"]),
        ("目前，全县已有三十多个农家书屋", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "meizhou_ribao_epaper_xiuyu_gbk.txt",
    "city paper e-paper page in GBK (湄洲日报 版面 line 第A2版 with 2024-11-30 in it, 标题 + 副题 after a —— dash, 记者 + 通讯员 line, 图片说明, 本版编辑 line at the foot, 数字报首页 link line)",
    "gbk",
    """
    湄洲日报数字报　2024-11-30　第A2版：要闻
    秀屿：渔港里的“说事长廊”
    ——基层矛盾纠纷就地化解见闻
    记者 陈志宏　通讯员 黄美玲

    在莆田市秀屿区东峤镇的渔港边，一条二十多米长的长廊成了渔民们的“说事长廊”。

    渔船碰擦、网具纠纷、码头摊位分配，渔民们有事就到长廊里找调解员说一说，多数当场就能调解好。

    今年以来，长廊已调解各类纠纷一百二十多起，调解成功率达百分之九十五。

    图为调解员在长廊里为渔民调解纠纷。
    本版编辑：林丽
    返回数字报首页
    """,
    title="秀屿：渔港里的“说事长廊”",
    source="湄洲日报",
    date="2024-11-30",
    author="陈志宏",
    chrome=[
        "第A2版：要闻",
        "图为调解员在长廊里为渔民调解纠纷。",
        "本版编辑：林丽",
        "返回数字报首页",
    ],
    body=[
        "成了渔民们的“说事长廊”",
        "多数当场就能调解好",
        "调解成功率达百分之九十五",
    ],
    regions=[
        ("在莆田市秀屿区东峤镇的渔港边", ["福建省/莆田市/秀屿区"]),
        ("渔船碰擦、网具纠纷", []),
        ("今年以来，长廊已调解", []),
    ],
    complete=True,
)

art(
    "baoji_news_fengxiang.txt",
    "city paper site copied as text (宝鸡新闻网 crumb, title, 【作者：…】【来源：宝鸡日报】【日期：2024.11.16】 brackets, 【关闭窗口】, 陕ICP备 footer; a former county name, 凤翔县)",
    "utf-8",
    """
    宝鸡新闻网 > 宝鸡新闻 > 县区动态
    凤翔：泥塑老街上的年轻人
    【作者：何文涛】【来源：宝鸡日报】【日期：2024.11.16】

    宝鸡市凤翔区六营村的泥塑一条街上，一家新开的工作室里，几个大学毕业回乡的年轻人正在给泥塑上色。

    当年凤翔县的泥塑马、泥塑虎闻名全国，撤县设区后，区里把泥塑产业作为乡村振兴的重点来抓。

    年轻人把泥塑做成冰箱贴、盲盒，在网上卖得很好，一个月能卖出上万件。

    【关闭窗口】
    宝鸡日报社主办　陕ICP备05004321号
    """,
    title="凤翔：泥塑老街上的年轻人",
    source="宝鸡日报",
    site="宝鸡新闻网",
    date="2024-11-16",
    author="何文涛",
    chrome=[
        "宝鸡新闻网 > 宝鸡新闻 > 县区动态",
        "【关闭窗口】",
        "陕ICP备05004321号",
    ],
    body=[
        "几个大学毕业回乡的年轻人正在给泥塑上色",
        "把泥塑产业作为乡村振兴的重点来抓",
        "一个月能卖出上万件",
    ],
    regions=[
        ("宝鸡市凤翔区六营村", ["陕西省/宝鸡市/凤翔区"]),
        ("当年凤翔县的泥塑马", ["陕西省/宝鸡市/凤翔区"]),
        ("年轻人把泥塑做成冰箱贴", []),
    ],
    complete=True,
)

art(
    "huaihua_daily_zhijiang_gbk.htm",
    "city paper site page saved .htm in GBK (<meta charset=gb2312>, 怀化新闻网 nav, 来源：怀化日报 作者 发布时间 2024-11-12 09:03:27 点击数 row, 【字体：大 中 小】, 责任编辑 line, 湘ICP备 footer; 赴粤 phrase)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>芷江：侗乡“鸭司令”带富一方</title>
    </head>
    <body>
    <div class="nav">首页 | 怀化要闻 | 县市区 | 社会 | 图片 | 专题</div>
    <h1>芷江：侗乡“鸭司令”带富一方</h1>
    <div class="info">来源：怀化日报　作者：杨金花　发布时间：2024-11-12 09:03:27　点击数：2217</div>
    <div class="fs">【字体：大 中 小】</div>
    <div class="con">
    <p>怀化市芷江侗族自治县的一处养殖基地里，上万只麻鸭在稻田和水塘间觅食。</p>
    <p>基地负责人早年赴粤打工，学会了养殖和冷链销售，回乡后建起了鸭子加工厂，带动周边三百多户养鸭。</p>
    <p>如今，芷江鸭已经成了县里的一张名片。</p>
    </div>
    <div class="ed">责任编辑：唐小军</div>
    <div class="foot">怀化日报社主办　湘ICP备12005678号</div>
    </body>
    </html>
    """,
    title="芷江：侗乡“鸭司令”带富一方",
    source="怀化日报",
    date="2024-11-12",
    author="杨金花",
    chrome=[
        "首页 | 怀化要闻 | 县市区 | 社会 | 图片 | 专题",
        "点击数：2217",
        "【字体：大 中 小】",
        "责任编辑：唐小军",
        "湘ICP备12005678号",
    ],
    body=[
        "上万只麻鸭在稻田和水塘间觅食",
        "带动周边三百多户养鸭",
        "芷江鸭已经成了县里的一张名片",
    ],
    regions=[
        ("怀化市芷江侗族自治县的一处养殖基地", ["湖南省/怀化市/芷江侗族自治县"]),
        ("基地负责人早年赴粤打工", ["广东省"]),
        ("如今，芷江鸭已经成了", []),
    ],
    complete=True,
)

art(
    "yuxi_daily_xinping.txt",
    "city paper copied from its website as text (title with a site suffix 玉溪网, 2024年11月11日 10:20 then 来源 玉溪日报 on the next line, 记者 in the lead (玉溪日报讯), 扫一扫 + 分享 line, 滇ICP备 footer)",
    "utf-8",
    """
    新平：哀牢山下的“咖啡合作社”_玉溪网
    2024年11月11日 10:20
    来源：玉溪日报

    玉溪日报讯（记者 刀丽华）眼下，玉溪市新平彝族傣族自治县的咖啡进入采摘期，合作社的晾晒场上铺满了红色的咖啡豆。

    合作社统一收鲜果、统一加工，社员的咖啡比自己卖每公斤多卖两元。

    合作社理事长说，明年要建一个烘焙车间，让新平咖啡直接进城。

    扫一扫，分享到朋友圈
    玉溪网版权所有　滇ICP备05001234号
    """,
    title="新平：哀牢山下的“咖啡合作社”",
    source="玉溪日报",
    site="玉溪网",
    date="2024-11-11",
    author="刀丽华",
    chrome=[
        "扫一扫，分享到朋友圈",
        "滇ICP备05001234号",
    ],
    body=[
        "合作社的晾晒场上铺满了红色的咖啡豆",
        "社员的咖啡比自己卖每公斤多卖两元",
        "让新平咖啡直接进城",
    ],
    regions=[
        ("玉溪市新平彝族傣族自治县的咖啡", ["云南省/玉溪市/新平彝族傣族自治县"]),
        ("合作社统一收鲜果", []),
        ("合作社理事长说，明年要建", []),
    ],
    complete=True,
)

art(
    "xuchang_net_yanling.txt",
    "city paper site copied as text (许昌网 logo line, title, date only as 11-28 09:15 beside the source with the year in the © 2024 footer, 记者 line, 分享 bar; a person named after a city)",
    "utf-8",
    """
    许昌网　首页 / 新闻 / 县市区
    鄢陵：花木村里的“夜间课堂”
    许昌日报　11-28 09:15
    记者 郭红伟　通讯员 杜长春

    许昌市鄢陵县的花木专业村里，每周二晚上的“夜间课堂”总是座无虚席。

    授课的是县林业部门的技术员郑州生，他讲的嫁接、修剪都是花农最头疼的问题，课后还到地里现场指导。

    村民说，这样的课听得懂、用得上。

    分享：微信 微博
    © 2024 许昌网 版权所有
    """,
    title="鄢陵：花木村里的“夜间课堂”",
    source="许昌日报",
    site="许昌网",
    date="2024-11-28",
    author="郭红伟",
    chrome=[
        "许昌网　首页 / 新闻 / 县市区",
        "分享：微信 微博",
        "© 2024 许昌网 版权所有",
    ],
    body=[
        "每周二晚上的“夜间课堂”总是座无虚席",
        "课后还到地里现场指导",
        "这样的课听得懂、用得上",
    ],
    regions=[
        ("许昌市鄢陵县的花木专业村里", ["河南省/许昌市/鄢陵县"]),
        ("授课的是县林业部门的技术员郑州生", []),
        ("村民说，这样的课听得懂", []),
    ],
    complete=True,
)

# --- a TV network's site, wire copy, portal reposts ------------------------------------------
art(
    "jxntv_jinshipin_anfu.html",
    "provincial TV network's news site (今视频 masthead, <meta name=description> only, 江西广播电视台 credit + 2024-11-17 15:32 row, 视频 caption line, 编辑/责编 lines, 下载今视频APP bar, 赣ICP备 footer; a person named after a city)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="description" content="安福县的火腿作坊迎来了一年中最忙的时候">
    <title>安福：火腿作坊飘香 村民腌出“致富味” - 今视频</title>
    </head>
    <body>
    <div class="head">今视频 | 江西广播电视台旗下新闻客户端</div>
    <div class="nav">首页 新闻 视频 直播 县区 问政</div>
    <h1>安福：火腿作坊飘香 村民腌出“致富味”</h1>
    <div class="src">江西广播电视台　2024-11-17 15:32</div>
    <div class="video">【视频】时长 01:42</div>
    <div class="article">
    <p>立冬过后，吉安市安福县的火腿作坊迎来了一年中最忙的时候，一排排火腿挂满了晾架。</p>
    <p>作坊负责人刘南昌说，安福火腿要经过腌制、洗晒、发酵等十几道工序，今年订单比去年多了三成。</p>
    <p>县里还办了火腿加工技能培训班，让更多村民在家门口就业。</p>
    </div>
    <div class="ed">编辑：胡佳　责编：邓军</div>
    <div class="app">下载今视频APP，看更多江西新闻</div>
    <div class="foot">江西广播电视台版权所有　赣ICP备05000678号</div>
    </body>
    </html>
    """,
    title="安福：火腿作坊飘香 村民腌出“致富味”",
    source="江西广播电视台",
    site="今视频",
    date="2024-11-17",
    chrome=[
        "首页 新闻 视频 直播 县区 问政",
        "【视频】时长 01:42",
        "编辑：胡佳　责编：邓军",
        "下载今视频APP，看更多江西新闻",
        "赣ICP备05000678号",
    ],
    body=[
        "一排排火腿挂满了晾架",
        "今年订单比去年多了三成",
        "让更多村民在家门口就业",
    ],
    regions=[
        ("立冬过后，吉安市安福县的火腿作坊", ["江西省/吉安市/安福县"]),
        ("作坊负责人刘南昌说", []),
        ("县里还办了火腿加工技能培训班", []),
    ],
    complete=True,
)

art(
    "btime_yanqing.txt",
    "municipal TV network's client page copied as text (北京时间 header, title, 北京广播电视台 · 2024-11-14 18:06 on one line with a middle dot, 分享 + 举报 line, 版权 disclaimer, 京津冀 compound)",
    "utf-8",
    """
    北京时间 首页 新闻 视频 直播
    延庆：长城脚下的民宿“管家班”
    北京广播电视台 · 2024-11-14 18:06

    北京市延庆区八达岭镇的民宿管家培训班上，二十多名村民正在学习客房整理和线上接单。

    这些学员多是村里的中年妇女，学成后到周边民宿上班，每月收入四千元左右。

    区里介绍，今年已培训民宿管家五百多人，不少学员还被京津冀其他地方的民宿请去当老师。

    分享　举报
    本文为北京时间原创内容，未经授权不得转载
    """,
    title="延庆：长城脚下的民宿“管家班”",
    source="北京广播电视台",
    site="北京时间",
    date="2024-11-14",
    chrome=[
        "北京时间 首页 新闻 视频 直播",
        "分享　举报",
        "本文为北京时间原创内容，未经授权不得转载",
    ],
    body=[
        "二十多名村民正在学习客房整理和线上接单",
        "每月收入四千元左右",
        "今年已培训民宿管家五百多人",
    ],
    regions=[
        ("北京市延庆区八达岭镇", ["北京市/延庆区"]),
        ("这些学员多是村里的中年妇女", []),
        ("区里介绍，今年已培训民宿管家", ["北京市", "天津市", "河北省"]),
    ],
    complete=True,
)

art(
    "reuters_cn_huining_wire.txt",
    "wire-service copy saved as text (路透 dateline 路透北京12月2日 - without a year, the year only in the 2024年12月2日 下午 3:15 timestamp line, reporter credit at the end in parentheses, 编译/审校 line, 路透 disclaimer)",
    "utf-8",
    """
    中国西北干旱县试水“订单马铃薯” 农户收入趋稳
    2024年12月2日 下午 3:15

    路透北京12月2日 - 在中国西北的甘肃省白银市会宁县，马铃薯种植户正越来越多地与加工企业签订订单合同，以降低价格波动带来的风险。

    当地官员表示，今年全县订单种植面积占到马铃薯总面积的四成，收购价格在播种前就已锁定。

    一位种植户说，价格低的年份也不用愁卖，心里踏实了。（记者 刘京）

    编译：张岚；审校：王伟
    路透不对第三方内容的准确性负责。
    """,
    title="中国西北干旱县试水“订单马铃薯” 农户收入趋稳",
    source="路透",
    date="2024-12-02",
    author="刘京",
    chrome=[
        "编译：张岚；审校：王伟",
        "路透不对第三方内容的准确性负责。",
    ],
    body=[
        "马铃薯种植户正越来越多地与加工企业签订订单合同",
        "收购价格在播种前就已锁定",
        "价格低的年份也不用愁卖，心里踏实了",
    ],
    regions=[
        ("路透北京12月2日 - 在中国西北的甘肃省白银市会宁县", ["北京市", "甘肃省/白银市/会宁县"]),
        ("当地官员表示，今年全县订单种植面积", []),
        ("一位种植户说，价格低的年份", []),
    ],
    complete=True,
)

art(
    "msn_repost_huaxi_jiajiang.html",
    "international portal repost (Microsoft Start / MSN 中国; 华西都市报 credited in a logo alt line and a 来源 line below the title, relative 3 天 time beside it, the date only in <meta name=article:published_time>, 反馈 + 关注 buttons, 更多内容 list, © 2024 Microsoft footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="article:published_time" content="2024-11-27T06:30:00.000Z">
    <title>夹江：手工纸作坊里的“非遗新人”</title>
    </head>
    <body>
    <div class="hdr">Microsoft Start　资讯　新闻　娱乐　体育</div>
    <h1>夹江：手工纸作坊里的“非遗新人”</h1>
    <div class="prov">来源：华西都市报　3 天</div>
    <div class="act">关注　反馈</div>
    <div class="article">
    <p>乐山市夹江县马村镇的手工造纸作坊里，二十五岁的王雨萱正在抄纸，一张张湿纸从竹帘上揭下来，整齐地叠在一起。</p>
    <p>大学毕业后，她回到家乡跟着师傅学手艺，还开了网店，把书画纸卖给全国各地的书法爱好者。</p>
    <p>她说，想让更多年轻人知道这门手艺。</p>
    </div>
    <div class="more">更多内容：乐山大佛景区冬季开放时间调整 | 峨眉山迎来今冬首场雪</div>
    <div class="foot">© 2024 Microsoft　隐私声明　使用条款</div>
    </body>
    </html>
    """,
    title="夹江：手工纸作坊里的“非遗新人”",
    source="华西都市报",
    site="Microsoft Start",
    date="2024-11-27",
    chrome=[
        "Microsoft Start　资讯　新闻　娱乐　体育",
        "关注　反馈",
        "更多内容：乐山大佛景区冬季开放时间调整 | 峨眉山迎来今冬首场雪",
        "© 2024 Microsoft　隐私声明　使用条款",
    ],
    body=[
        "一张张湿纸从竹帘上揭下来",
        "把书画纸卖给全国各地的书法爱好者",
        "想让更多年轻人知道这门手艺",
    ],
    regions=[
        ("乐山市夹江县马村镇的手工造纸作坊", ["四川省/乐山市/夹江县"]),
        ("大学毕业后，她回到家乡", []),
        ("她说，想让更多年轻人知道", []),
    ],
    complete=True,
)

art(
    "pchome_repost_minzhong_big5.htm",
    "Taiwanese portal repost saved .htm in Big5 (PChome 新聞 nav, 【民眾日報／記者…／屏東報導】 lead tag, 2024/11/26 11:40 time, 延伸閱讀 list, 分享 bar, 免責聲明 and copyright footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>東港漁村辦「漁工識字班」 新住民也來上課 - PChome 新聞</title>
    </head>
    <body>
    <div class="nav">PChome 新聞　首頁　政治　社會　生活　地方　國際</div>
    <h1>東港漁村辦「漁工識字班」 新住民也來上課</h1>
    <div class="time">2024/11/26 11:40</div>
    <div class="share">分享：Facebook　LINE　複製連結</div>
    <div class="article">
    <p>【民眾日報／記者蔡明哲／屏東報導】屏東縣東港鎮的漁會教室裡，每週三晚上坐滿了來上課的漁工和新住民。</p>
    <p>識字班由漁會和社區發展協會合辦，教中文讀寫和漁船安全須知，不少學員下了船就直接趕來。</p>
    <p>一位來自印尼的學員說，現在能自己看懂公告，出海也更安心。</p>
    </div>
    <div class="more">延伸閱讀：屏東黑鮪魚季明年提前開跑 | 林邊蓮霧產銷班獲獎</div>
    <div class="foot">免責聲明：本新聞內容由合作媒體提供，不代表PChome立場。 Copyright PChome Online</div>
    </body>
    </html>
    """,
    title="東港漁村辦「漁工識字班」 新住民也來上課",
    source="民眾日報",
    site="PChome 新聞",
    date="2024-11-26",
    author="蔡明哲",
    chrome=[
        "PChome 新聞　首頁　政治　社會　生活　地方　國際",
        "分享：Facebook　LINE　複製連結",
        "延伸閱讀：屏東黑鮪魚季明年提前開跑 | 林邊蓮霧產銷班獲獎",
        "免責聲明：本新聞內容由合作媒體提供，不代表PChome立場。",
    ],
    body=[
        "每週三晚上坐滿了來上課的漁工和新住民",
        "教中文讀寫和漁船安全須知",
        "現在能自己看懂公告，出海也更安心",
    ],
    regions=[
        ("屏東縣東港鎮的漁會教室裡", ["台湾省/屏东县"]),
        ("識字班由漁會和社區發展協會合辦", []),
        ("一位來自印尼的學員說", []),
    ],
    complete=True,
)

# --- party journals and weeklies ----------------------------------------------------------------
art(
    "xinxiang_pinglun_huitong.txt",
    "provincial party journal's site copied as text (新湘评论 masthead, 栏目 line, title, 作者 with 单位 in parentheses, 来源：新湘评论 2024年第22期 line with no day, 发布时间 2024-11-15 on a later line, 责任编辑 at the end)",
    "utf-8",
    """
    新湘评论　首页 > 基层党建
    会同：“屋场会”开到群众心坎上
    作者：肖建军（中共会同县委组织部）
    来源：新湘评论　2024年第22期
    发布时间：2024-11-15

    怀化市会同县地处湘西南山区，村民居住分散，过去开会难、议事难。

    近年来，县里推行“屋场会”，干部带着问题进屋场，村民有话当面讲，能解决的当场解决，不能解决的限期回复。

    三年来，全县共召开屋场会四千余场，收集解决群众急难愁盼问题一万多个。

    责任编辑：谭丽
    """,
    title="会同：“屋场会”开到群众心坎上",
    source="新湘评论",
    date="2024-11-15",
    author="肖建军",
    chrome=[
        "新湘评论　首页 > 基层党建",
        "责任编辑：谭丽",
    ],
    body=[
        "村民居住分散，过去开会难、议事难",
        "干部带着问题进屋场，村民有话当面讲",
        "收集解决群众急难愁盼问题一万多个",
    ],
    regions=[
        ("怀化市会同县地处湘西南山区", ["湖南省/怀化市/会同县"]),
        ("近年来，县里推行“屋场会”", []),
        ("三年来，全县共召开屋场会", []),
    ],
    complete=True,
)

art(
    "xinzhoukan_fuliang.txt",
    "weekly magazine feature copied from its site (新周刊 logo line, title, 作者 + 编辑 on one line, 2024-11-08 alone on a line, 题图 credit, 本文为新周刊原创 copyright note; 在沪 phrase)",
    "utf-8",
    """
    新周刊 | 深度 城市 生活
    浮梁的茶，和回村的年轻人
    作者：林一舟　编辑：苏晓
    2024-11-08
    题图 / 视觉中国

    景德镇市浮梁县的茶山上，三十岁的程宇在自家茶园里拍短视频，镜头里是刚修剪过的茶树和远处的古村。

    他曾在沪做了八年设计，前年辞职回乡，把爷爷留下的茶园重新打理起来，又把老房子改成了茶空间。

    在浮梁，像他这样回村的年轻人，已经有好几百个。

    本文为新周刊原创，未经授权禁止转载
    """,
    title="浮梁的茶，和回村的年轻人",
    source="新周刊",
    date="2024-11-08",
    author="林一舟",
    chrome=[
        "新周刊 | 深度 城市 生活",
        "题图 / 视觉中国",
        "本文为新周刊原创，未经授权禁止转载",
    ],
    body=[
        "镜头里是刚修剪过的茶树和远处的古村",
        "把爷爷留下的茶园重新打理起来",
        "像他这样回村的年轻人，已经有好几百个",
    ],
    regions=[
        ("景德镇市浮梁县的茶山上", ["江西省/景德镇市/浮梁县"]),
        ("他曾在沪做了八年设计", ["上海市"]),
        ("在浮梁，像他这样回村的年轻人", ["江西省/景德镇市/浮梁县"]),
    ],
    complete=True,
)

art(
    "nongcun_gongzuo_tongxun_pengyang_gb18030.txt",
    "ministry-run magazine article saved as text in GB18030 (《农村工作通讯》 2024年第21期 header, 栏目 line, title, 文 / 作者 byline, no day at all except in the 本刊 footer 2024-11-05, 本刊 copyright)",
    "gb18030",
    """
    《农村工作通讯》2024年第21期
    栏目：乡村治理
    彭阳：山区县的“积分超市”
    文 / 马红霞

    宁夏固原市彭阳县山多地少，村庄分散。前几年，县里在各村推行“积分超市”，把村规民约细化成积分项目。

    村民参加义务劳动、保持庭院整洁、赡养老人都能攒积分，积分可以在超市兑换米面油等生活用品。

    如今，全县一百五十多个行政村都有了积分超市，村里的风气明显好转。

    本刊网络版发布于2024-11-05　《农村工作通讯》杂志社版权所有
    """,
    title="彭阳：山区县的“积分超市”",
    source="农村工作通讯",
    date="2024-11-05",
    author="马红霞",
    chrome=[
        "栏目：乡村治理",
        "《农村工作通讯》杂志社版权所有",
    ],
    body=[
        "把村规民约细化成积分项目",
        "积分可以在超市兑换米面油等生活用品",
        "村里的风气明显好转",
    ],
    regions=[
        ("宁夏固原市彭阳县山多地少", ["宁夏回族自治区/固原市/彭阳县"]),
        ("村民参加义务劳动", []),
        ("如今，全县一百五十多个行政村", []),
    ],
    complete=True,
)

# --- WeChat articles as Markdown and as text ---------------------------------------------------
art(
    "wechat_xiuning_frontmatter.md",
    "WeChat article saved as Markdown with YAML front matter (title, author: 休宁发布, date with a time, url), a 原创 + account line repeated in the body, 点击蓝字关注我们 top line, 来源/编辑/审核 block at the end, 往期推荐 list",
    "utf-8",
    """
    ---
    title: 休宁：“徽州古村”里的乡贤理事会
    author: 休宁发布
    date: 2024-11-21 19:30
    url: https://mp.weixin.qq.com/s/Xq3kLb9QzR2mT8vN
    ---

    点击蓝字关注我们

    原创 休宁发布 休宁发布 2024年11月21日 19:30 安徽

    黄山市休宁县的一座古村里，新成立的乡贤理事会正在开会，商量祠堂修缮和古树保护的事。

    理事会成员有退休教师、返乡企业家，也有在外地工作的年轻人，大家出钱出力，还请来了古建专家。

    县里介绍，目前全县已有八十多个村成立了乡贤理事会。

    来源：休宁县融媒体中心
    编辑：汪丽　审核：程峰

    往期推荐
    - 休宁冬季森林防火工作部署会召开
    - 齐云山景区冬季门票优惠来了
    """,
    title="休宁：“徽州古村”里的乡贤理事会",
    source="休宁县融媒体中心",
    site="休宁发布",
    date="2024-11-21",
    chrome=[
        "点击蓝字关注我们",
        "原创 休宁发布 休宁发布 2024年11月21日 19:30 安徽",
        "编辑：汪丽　审核：程峰",
        "往期推荐",
        "休宁冬季森林防火工作部署会召开",
    ],
    body=[
        "商量祠堂修缮和古树保护的事",
        "大家出钱出力，还请来了古建专家",
        "全县已有八十多个村成立了乡贤理事会",
    ],
    regions=[
        ("黄山市休宁县的一座古村里", ["安徽省/黄山市/休宁县"]),
        ("理事会成员有退休教师", []),
        ("县里介绍，目前全县已有八十多个村", []),
    ],
    complete=True,
)

art(
    "wechat_dongzhi_heading.md",
    "WeChat article clipped to Markdown with a `# ` heading and no front matter (account + date 2024-11-13 under the heading in italics, images as ![]() lines, 文字/图片/编辑 credits, 分享 收藏 点赞 在看 line, an organisation named after another province)",
    "utf-8",
    """
    # 东至：“江西老表”来皖学种香芽米

    *东至发布 2024-11-13*

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640)

    池州市东至县的香芽米合作社里，来了一批特殊的学员。

    他们来自隔壁的九江市彭泽县，专程来学香芽米的种植和加工技术。带队的负责人说，两县山水相连，种稻的条件也差不多。

    合作社负责人说，技术不保密，大家一起把香芽米的牌子做大。

    文字：吴晓东　图片：王磊　编辑：方敏

    分享 收藏 点赞 在看
    """,
    title="东至：“江西老表”来皖学种香芽米",
    source="东至发布",
    date="2024-11-13",
    author="吴晓东",
    chrome=[
        "![](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640)",
        "文字：吴晓东　图片：王磊　编辑：方敏",
        "分享 收藏 点赞 在看",
    ],
    body=[
        "来了一批特殊的学员",
        "专程来学香芽米的种植和加工技术",
        "大家一起把香芽米的牌子做大",
    ],
    regions=[
        ("池州市东至县的香芽米合作社里", ["安徽省/池州市/东至县"]),
        ("他们来自隔壁的九江市彭泽县", ["江西省/九江市/彭泽县"]),
        ("合作社负责人说，技术不保密", []),
    ],
    complete=True,
)

art(
    "wechat_lingwu_copy_crlf.txt",
    "WeChat article copied as text (UTF-8 CRLF; title, 原创 + account + 宁夏 + date 2024年11月10日 12:05 line, 来源：灵武市融媒体中心 at the end, 阅读 + 赞 + 在看 counters, 写留言 line)",
    "utf-8",
    """
    灵武：长枣林下养起“跑山鸡”

    原创 灵武发布 2024年11月10日 12:05 宁夏

    银川市灵武市的长枣林里，成群的土鸡在林下觅食，枣农们说，这些鸡吃虫、施肥，一举两得。

    林下养鸡是当地推广的一种种养模式，一亩枣林能养二三十只鸡，每年多收一两千元。

    今年，全市发展林下养鸡的农户已超过四百户。

    来源：灵武市融媒体中心
    阅读 2146　赞 35　在看 12
    写留言
    """,
    title="灵武：长枣林下养起“跑山鸡”",
    source="灵武市融媒体中心",
    site="灵武发布",
    date="2024-11-10",
    chrome=[
        "原创 灵武发布 2024年11月10日 12:05 宁夏",
        "阅读 2146　赞 35　在看 12",
        "写留言",
    ],
    body=[
        "这些鸡吃虫、施肥，一举两得",
        "一亩枣林能养二三十只鸡",
        "全市发展林下养鸡的农户已超过四百户",
    ],
    regions=[
        ("银川市灵武市的长枣林里", ["宁夏回族自治区/银川市/灵武市"]),
        ("林下养鸡是当地推广的", []),
        ("今年，全市发展林下养鸡的农户", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "wechat_zhaoping_copy_bom.txt",
    "WeChat article copied as text with a BOM (account name alone on the first line, title second, 2024-11-09 with no label, 作者 line, 编辑 + 审核 + 终审 three-level review line, 长按识别二维码关注 line)",
    "utf-8",
    """
    昭平发布
    昭平：茶山上的“夜间直播间”
    2024-11-09
    作者：莫春燕

    贺州市昭平县的茶山脚下，几个年轻人把直播间搬进了茶厂，晚上八点一开播，全国各地的订单就来了。

    主播大多是本地返乡青年，边炒茶边讲解，一晚上能卖出两三百单。

    县里今年培训了一百多名农村电商主播，昭平茶的名气越来越大。

    编辑：覃丽　审核：黄志　终审：韦强
    长按识别二维码关注昭平发布
    """,
    title="昭平：茶山上的“夜间直播间”",
    source="昭平发布",
    date="2024-11-09",
    author="莫春燕",
    chrome=[
        "编辑：覃丽　审核：黄志　终审：韦强",
        "长按识别二维码关注昭平发布",
    ],
    body=[
        "几个年轻人把直播间搬进了茶厂",
        "边炒茶边讲解，一晚上能卖出两三百单",
        "昭平茶的名气越来越大",
    ],
    regions=[
        ("贺州市昭平县的茶山脚下", ["广西壮族自治区/贺州市/昭平县"]),
        ("主播大多是本地返乡青年", []),
        ("县里今年培训了一百多名", []),
    ],
    complete=True,
    bom=True,
)

# --- Hong Kong, Macau and Taiwan, traditional script ----------------------------------------
art(
    "bauhinia_hk_northern_metropolis.html",
    "Hong Kong magazine site (紫荊網; traditional script, <meta property=og:title>, 2024年11月22日 above the title, 撰文 line, 紫荊雜誌 credit line, 分享 bar, 相關文章 list, copyright footer; 港深 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="北部都會區的農業新路 | 紫荊網">
    <title>北部都會區的農業新路 | 紫荊網</title>
    </head>
    <body>
    <div class="nav">紫荊網　首頁　時評　港澳　灣區　專題</div>
    <div class="date">2024年11月22日</div>
    <h1>北部都會區的農業新路</h1>
    <div class="by">撰文：何家明</div>
    <div class="from">來源：紫荊雜誌</div>
    <div class="share">分享：Facebook　WhatsApp　微信</div>
    <div class="article">
    <p>香港北區的一片農地上，幾位年輕農夫正在溫室裡採收生菜，這是特區政府推動的農業園計劃的一部分。</p>
    <p>業界認為，北部都會區發展起來後，港深兩地的農業合作空間會更大，本地農產品也能更好地供應市民。</p>
    <p>一位農場主說，年輕人願意回到田裡，是這個行業最大的希望。</p>
    </div>
    <div class="rel">相關文章：香港漁農業發展藍圖 | 新界東北的濕地保育</div>
    <div class="foot">© 2024 紫荊網 版權所有</div>
    </body>
    </html>
    """,
    title="北部都會區的農業新路",
    source="紫荊雜誌",
    site="紫荊網",
    date="2024-11-22",
    author="何家明",
    chrome=[
        "紫荊網　首頁　時評　港澳　灣區　專題",
        "分享：Facebook　WhatsApp　微信",
        "相關文章：香港漁農業發展藍圖 | 新界東北的濕地保育",
        "© 2024 紫荊網 版權所有",
    ],
    body=[
        "幾位年輕農夫正在溫室裡採收生菜",
        "本地農產品也能更好地供應市民",
        "是這個行業最大的希望",
    ],
    regions=[
        ("香港北區的一片農地上", ["香港特别行政区"]),
        ("業界認為，北部都會區發展起來後", ["香港特别行政区", "广东省/深圳市"]),
        ("一位農場主說，年輕人願意回到田裡", []),
    ],
    complete=True,
)

art(
    "master_insight_hk_big5.txt",
    "Hong Kong commentary site copied as text in Big5 (灼見名家 logo line, 欄目 line, title, 作者 line, date as 2024-11-19 after 發佈日期, 作者簡介 paragraph at the end, 版權 line)",
    "big5",
    """
    灼見名家　社會　政經　文化
    欄目：社會
    離島的士多與街坊
    作者：梁志遠
    發佈日期：2024-11-19

    香港離島一個小村的士多，開了四十多年，是街坊買米買油、寄信收件的地方。

    老闆娘說，年輕人都搬出市區了，留下的多是老人家，士多就成了大家見面聊天的地方。

    社區組織最近在士多旁邊設了一個長者服務點，每週有社工來探訪。

    作者簡介：梁志遠，社區工作者，長期關注香港鄉郊社區。
    本文版權屬灼見名家所有，轉載請註明出處。
    """,
    title="離島的士多與街坊",
    source="灼見名家",
    date="2024-11-19",
    author="梁志遠",
    chrome=[
        "灼見名家　社會　政經　文化",
        "欄目：社會",
        "本文版權屬灼見名家所有，轉載請註明出處。",
    ],
    body=[
        "是街坊買米買油、寄信收件的地方",
        "士多就成了大家見面聊天的地方",
        "每週有社工來探訪",
    ],
    regions=[
        ("香港離島一個小村的士多", ["香港特别行政区"]),
        ("老闆娘說，年輕人都搬出市區了", []),
        ("社區組織最近在士多旁邊", []),
    ],
    complete=True,
)

art(
    "macau_monthly_big5.txt",
    "Macau monthly magazine page in Big5 (澳門月刊 masthead with 2024年11月號, 欄目 line, title, 記者 line, no day in the page but 出版日期：2024年11月15日 in the 版權頁 footer; 橫琴 names 珠海)",
    "big5",
    """
    澳門月刊　2024年11月號
    欄目：社區新事
    路環漁村的「街坊食堂」

    記者　黃詠詩

    澳門路環的老街上，一間由街坊會開辦的食堂，每天中午為區內長者提供廉價午餐。

    食堂的義工多是退休的漁民和街坊，大家輪流買菜、煮飯，還會把飯菜送到行動不便的長者家中。

    街坊會負責人說，明年打算和橫琴的社區合作，讓兩地的長者多些交流。

    出版日期：2024年11月15日　澳門月刊社版權所有
    """,
    title="路環漁村的「街坊食堂」",
    source="澳門月刊",
    date="2024-11-15",
    author="黃詠詩",
    chrome=[
        "欄目：社區新事",
        "澳門月刊社版權所有",
    ],
    body=[
        "每天中午為區內長者提供廉價午餐",
        "大家輪流買菜、煮飯",
        "讓兩地的長者多些交流",
    ],
    regions=[
        ("澳門路環的老街上", ["澳门特别行政区"]),
        ("食堂的義工多是退休的漁民和街坊", []),
        ("街坊會負責人說，明年打算和橫琴的社區合作", ["广东省/珠海市"]),
    ],
    complete=True,
)

art(
    "macau_dsedj_notice.html",
    "Macau government bureau news page (教育及青年發展局; Portuguese + Chinese masthead, 新聞稿 label, date as 29/11/2024 beside 發佈日期, 分享 bar, 返回 link, 私隱政策 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-MO">
    <head><meta charset="utf-8"><title>教青局組織學生到社區長者中心開展義工服務 - 教育及青年發展局</title></head>
    <body>
    <div class="top">教育及青年發展局 Direcção dos Serviços de Educação e de Desenvolvimento da Juventude</div>
    <div class="nav">首頁 &gt; 新聞稿</div>
    <h1>教青局組織學生到社區長者中心開展義工服務</h1>
    <div class="meta">發佈日期：29/11/2024</div>
    <div class="share">分享：Facebook　微信　列印</div>
    <div class="content">
    <p>教育及青年發展局日前組織多所中學的學生，到澳門北區的社區長者中心開展義工服務。</p>
    <p>學生們為長者表演節目、教長者使用手機，還一起製作了手工燈籠。</p>
    <p>教青局表示，將繼續推動學生參與社區服務，培養關愛社會的精神。</p>
    </div>
    <div class="back">返回</div>
    <div class="foot">私隱政策　版權所有 © 教育及青年發展局</div>
    </body>
    </html>
    """,
    title="教青局組織學生到社區長者中心開展義工服務",
    source="教育及青年發展局",
    date="2024-11-29",
    chrome=[
        "首頁 > 新聞稿",
        "分享：Facebook　微信　列印",
        "私隱政策　版權所有 © 教育及青年發展局",
    ],
    body=[
        "到澳門北區的社區長者中心開展義工服務",
        "教長者使用手機，還一起製作了手工燈籠",
        "培養關愛社會的精神",
    ],
    regions=[
        ("教育及青年發展局日前組織多所中學", ["澳门特别行政区"]),
        ("學生們為長者表演節目", []),
        ("教青局表示，將繼續推動", []),
    ],
    complete=True,
)

art(
    "hakka_tv_beipu.html",
    "Taiwanese public TV channel news page (客家電視台 nav, date 2024/11/30 + 記者 names in one 文字 row, 影片 caption, 分享 bar, 熱門新聞 list, copyright footer with 公共電視; a visitor from 臺北市)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head><meta charset="utf-8"><title>北埔柿餅季 老街店家推「柿餅體驗」 | 客家新聞</title></head>
    <body>
    <div class="nav">客家電視台　新聞　節目　直播　客語學習</div>
    <h1>北埔柿餅季 老街店家推「柿餅體驗」</h1>
    <div class="meta">2024/11/30　文字：邱雅婷　攝影：劉志明</div>
    <div class="video">影片長度 02:15</div>
    <div class="share">分享：Facebook　LINE　X</div>
    <div class="article">
    <p>新竹縣北埔鄉的柿餅季到了，老街上的店家推出「柿餅體驗」，讓遊客親手削柿子、排柿子。</p>
    <p>一位從臺北市來的遊客說，平常只吃過柿餅，第一次知道做柿餅這麼費工。</p>
    <p>業者表示，體驗活動讓年輕人對客家傳統產業有了興趣，假日常常滿檔。</p>
    </div>
    <div class="hot">熱門新聞：苗栗客家大戲開演 | 美濃白玉蘿蔔採收</div>
    <div class="foot">客家電視台 Hakka TV　公共電視版權所有</div>
    </body>
    </html>
    """,
    title="北埔柿餅季 老街店家推「柿餅體驗」",
    source="客家電視台",
    date="2024-11-30",
    author="邱雅婷",
    chrome=[
        "客家電視台　新聞　節目　直播　客語學習",
        "影片長度 02:15",
        "分享：Facebook　LINE　X",
        "熱門新聞：苗栗客家大戲開演 | 美濃白玉蘿蔔採收",
        "客家電視台 Hakka TV　公共電視版權所有",
    ],
    body=[
        "讓遊客親手削柿子、排柿子",
        "第一次知道做柿餅這麼費工",
        "假日常常滿檔",
    ],
    regions=[
        ("新竹縣北埔鄉的柿餅季到了", ["台湾省/新竹县"]),
        ("一位從臺北市來的遊客說", ["台湾省/台北市"]),
        ("業者表示，體驗活動讓年輕人", []),
    ],
    complete=True,
)

art(
    "taoyuan_gov_big5.txt",
    "Taiwanese city government news page copied as text in Big5 CRLF (桃園市政府全球資訊網 masthead, 發布單位 + 發布日期 113-12-02 (ROC year with dashes), 點閱次數, 回上一頁, 更新日期 line with a different date, 地址 + 電話 footer)",
    "big5",
    """
    桃園市政府全球資訊網
    首頁 > 市政新聞
    新屋區農會推「友善耕作」 稻米契作面積再增
    發布單位：農業局
    發布日期：113-12-02
    點閱次數：418

    桃園市新屋區農會今年擴大推動友善耕作稻米契作，參與的農友從去年的三十多戶增加到六十多戶。

    農業局表示，契作稻米由農會保價收購，並輔導農友取得有機驗證，讓消費者買得安心。

    農友說，不用農藥雖然辛苦，但田裡的青蛙和白鷺鷥都回來了。

    回上一頁
    更新日期：113-12-05
    地址：桃園市桃園區縣府路1號　電話：03-3322101
    """,
    title="新屋區農會推「友善耕作」 稻米契作面積再增",
    source="農業局",
    site="桃園市政府全球資訊網",
    date="2024-12-02",
    chrome=[
        "首頁 > 市政新聞",
        "點閱次數：418",
        "回上一頁",
        "更新日期：113-12-05",
        "地址：桃園市桃園區縣府路1號　電話：03-3322101",
    ],
    body=[
        "參與的農友從去年的三十多戶增加到六十多戶",
        "契作稻米由農會保價收購",
        "田裡的青蛙和白鷺鷥都回來了",
    ],
    regions=[
        ("桃園市新屋區農會今年擴大推動", ["台湾省/桃园市"]),
        ("農業局表示，契作稻米由農會", []),
        ("農友說，不用農藥雖然辛苦", []),
    ],
    complete=True,
    crlf=True,
)

# --- overseas Chinese papers ---------------------------------------------------------------
art(
    "orientaldaily_my_wenchang.txt",
    "Malaysian Chinese paper copied as text (东方日报 nav line, 栏目 line, title, 报道：… 2024年11月30日 星期六 on one line, 图片说明, 相关新闻 list; a clan association named after a Chinese city)",
    "utf-8",
    """
    东方日报　首页 / 国内 / 地方 / 国际 / 副刊
    地方｜雪隆
    文昌会馆组团回乡 探访海南椰子小镇
    报道：陈家豪　2024年11月30日 星期六

    雪隆海南会馆日前组织四十多名会员回乡寻根，走访了海南省文昌市的椰子加工厂和侨乡老屋。

    团员中不少是第三代、第四代华裔，第一次踏上祖籍地。他们说，老屋里的家谱和侨批，让他们更了解祖辈的故事。

    会馆主席表示，明年将再组织青年团回乡交流。

    图：会员在文昌侨乡老屋前合影。
    相关新闻：槟城福建会馆庆祝成立百年 | 雪兰莪华小迎来新生报到
    """,
    title="文昌会馆组团回乡 探访海南椰子小镇",
    source="东方日报",
    date="2024-11-30",
    author="陈家豪",
    chrome=[
        "东方日报　首页 / 国内 / 地方 / 国际 / 副刊",
        "图：会员在文昌侨乡老屋前合影。",
        "相关新闻：槟城福建会馆庆祝成立百年 | 雪兰莪华小迎来新生报到",
    ],
    body=[
        "走访了海南省文昌市的椰子加工厂和侨乡老屋",
        "让他们更了解祖辈的故事",
        "明年将再组织青年团回乡交流",
    ],
    regions=[
        ("雪隆海南会馆日前组织四十多名会员", ["海南省/文昌市"]),
        ("团员中不少是第三代", []),
        ("会馆主席表示，明年将再组织", []),
    ],
    complete=True,
)

art(
    "asiadaily_th_chaoyang.html",
    "Thai Chinese paper site (亚洲日报; date shown as 30 พ.ย. 2567 (Thai Buddhist year) beside a Gregorian <meta name=date>, 侨乡 column crumb, 本报记者 lead, 分享 bar, 泰文 footer line)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="utf-8">
    <meta name="date" content="2024-11-30">
    <title>潮阳乡亲捐建乡村图书馆 泰国侨胞回乡剪彩 - 亚洲日报</title>
    </head>
    <body>
    <div class="nav">亚洲日报　首页　泰国新闻　中国新闻　侨社　侨乡</div>
    <div class="crumb">首页 &gt; 侨乡</div>
    <h1>潮阳乡亲捐建乡村图书馆 泰国侨胞回乡剪彩</h1>
    <div class="date">30 พ.ย. 2567</div>
    <div class="share">分享：Facebook　LINE</div>
    <div class="article">
    <p>本报记者报道：由旅泰乡亲捐建的一座乡村图书馆，日前在广东省汕头市潮阳区落成开放。</p>
    <p>图书馆藏书两万多册，还设有儿童阅览室和电脑室。捐建者说，小时候家里穷没书读，现在希望家乡的孩子多读书。</p>
    <p>剪彩当天，十多位泰国侨胞专程回乡参加。</p>
    </div>
    <div class="foot">หนังสือพิมพ์เอเชียรายวัน　亚洲日报版权所有</div>
    </body>
    </html>
    """,
    title="潮阳乡亲捐建乡村图书馆 泰国侨胞回乡剪彩",
    source="亚洲日报",
    date="2024-11-30",
    chrome=[
        "亚洲日报　首页　泰国新闻　中国新闻　侨社　侨乡",
        "首页 > 侨乡",
        "分享：Facebook　LINE",
        "หนังสือพิมพ์เอเชียรายวัน　亚洲日报版权所有",
    ],
    body=[
        "日前在广东省汕头市潮阳区落成开放",
        "还设有儿童阅览室和电脑室",
        "十多位泰国侨胞专程回乡参加",
    ],
    regions=[
        ("由旅泰乡亲捐建的一座乡村图书馆", ["广东省/汕头市/潮阳区"]),
        ("图书馆藏书两万多册", []),
        ("剪彩当天，十多位泰国侨胞", []),
    ],
    complete=True,
)

# --- other kinds users save: a 美篇, a county forum, notes apps, a blog ------------------------
art(
    "meipian_wangmo_diary.txt",
    "美篇 (meipian) post by a cadre sent to a village, copied as text (title, author nickname + 2024-11-08 + 阅读 counter line, 文/图 credit, 美篇 footer with 举报 and 赞赏 lines; 黔桂 compound)",
    "utf-8",
    """
    驻村日记：望谟的板栗熟了
    山里的老杨　2024-11-08　阅读 1862

    文/图：杨文斌

    我是黔西南布依族苗族自治州望谟县一个村的驻村第一书记，来村里已经一年半了。

    今年村里的板栗大丰收，我们和合作社一起联系了黔桂两省区的几家收购商，板栗刚下树就被订走了。

    看着村民们数钱时的笑脸，我觉得这一年多的辛苦值了。

    赞赏
    举报
    美篇，让每个人都能轻松表达自己
    """,
    title="驻村日记：望谟的板栗熟了",
    source="美篇",
    date="2024-11-08",
    author="杨文斌",
    chrome=[
        "赞赏",
        "举报",
        "美篇，让每个人都能轻松表达自己",
    ],
    body=[
        "来村里已经一年半了",
        "板栗刚下树就被订走了",
        "这一年多的辛苦值了",
    ],
    regions=[
        ("我是黔西南布依族苗族自治州望谟县", ["贵州省/黔西南布依族苗族自治州/望谟县"]),
        ("今年村里的板栗大丰收", ["贵州省", "广西壮族自治区"]),
        ("看着村民们数钱时的笑脸", []),
    ],
    complete=True,
)

art(
    "suining_forum_gbk_spam.txt",
    "county Discuz forum thread saved as text in GBK (睢宁论坛 crumb, 查看/回复 counters, 楼主 + 发表于 2024-11-6 21:14 (unpadded), 只看该作者 line, a reply floor, gambling spam inside the post, Powered by Discuz! footer; a person named after a city)",
    "gbk",
    """
    睢宁论坛 > 睢宁新闻 > 乡镇动态
    查看: 3625|回复: 12
    [乡镇动态] 王集镇的“老街夜市”开张了，周末去逛逛
    楼主　老睢宁人　发表于 2024-11-6 21:14　只看该作者

    徐州市睢宁县王集镇的老街夜市上周开张了，一到晚上，几十个摊位灯火通明，卖烧饼的、卖糖人的都有。

    夜市是镇里统一规划的，摊位免费申请，优先照顾本镇的困难家庭澳门线上娱乐场注册送彩金。

    镇上的摊主李宿迁说，一晚上能挣一两百，比在家闲着强。

    沙发　小雨点　发表于 2024-11-6 21:40
    周末带孩子去看看！
    Powered by Discuz! X3.4
    """,
    title="王集镇的“老街夜市”开张了，周末去逛逛",
    source="睢宁论坛",
    date="2024-11-06",
    author="老睢宁人",
    chrome=[
        "睢宁论坛 > 睢宁新闻 > 乡镇动态",
        "查看: 3625|回复: 12",
        "只看该作者",
        "Powered by Discuz! X3.4",
    ],
    body=[
        "几十个摊位灯火通明",
        "优先照顾本镇的困难家庭。",
        "比在家闲着强",
    ],
    spam=["澳门线上娱乐场注册送彩金"],
    regions=[
        ("徐州市睢宁县王集镇的老街夜市", ["江苏省/徐州市/睢宁县"]),
        ("夜市是镇里统一规划的", []),
        ("镇上的摊主李宿迁说", []),
    ],
    complete=False,
)

art(
    "feishu_doc_huize.md",
    "飞书 (Feishu) document exported to Markdown (a `# ` heading, a properties table with 来源 and 原文发布时间 rows, 最后修改 line with a later date, a quoted article, the exporter's own note at the end)",
    "utf-8",
    """
    # 会泽：易地搬迁社区的“幸福食堂”

    | 属性 | 值 |
    | --- | --- |
    | 来源 | 曲靖日报 |
    | 原文发布时间 | 2024-11-04 |
    | 标签 | 乡村振兴, 社区治理 |

    最后修改：2024年11月28日

    在曲靖市会泽县最大的易地扶贫搬迁安置社区，一家“幸福食堂”每天为社区里的老人提供午餐和晚餐。

    食堂由社区党组织牵头办，六十岁以上老人一餐只需三元，行动不便的还可以送餐上门。

    社区干部说，老人们吃得好了，在外打工的子女也放心了。

    备注：整理自曲靖日报，供组内学习参考。
    """,
    title="会泽：易地搬迁社区的“幸福食堂”",
    source="曲靖日报",
    date="2024-11-04",
    chrome=[
        "| 标签 | 乡村振兴, 社区治理 |",
        "最后修改：2024年11月28日",
        "备注：整理自曲靖日报，供组内学习参考。",
    ],
    body=[
        "一家“幸福食堂”每天为社区里的老人提供午餐和晚餐",
        "六十岁以上老人一餐只需三元",
        "在外打工的子女也放心了",
    ],
    regions=[
        ("在曲靖市会泽县最大的易地扶贫搬迁", ["云南省/曲靖市/会泽县"]),
        ("食堂由社区党组织牵头办", []),
        ("社区干部说，老人们吃得好了", []),
    ],
    complete=True,
)

art(
    "youdao_note_hainan_chengmai_crlf.txt",
    "有道云笔记 web clip saved as text (CRLF; 原文链接 line with a URL carrying the date, clip time line 收藏于 with a later date, provincial paper title + 海南日报 + 记者 + 通讯员 lead with a month-day dateline 本报金江11月25日电, year only in the URL)",
    "utf-8",
    """
    澄迈：咖啡小镇里的“新农人”
    原文链接：https://hnrb.hinews.cn/html/2024-11/25/content_58231_17265432.htm
    收藏于 2024-12-01 21:40

    本报金江11月25日电（记者 曾小娟 通讯员 王海）海南省澄迈县福山镇的咖啡园里，一群返乡的年轻人正在调试新买的烘焙机。

    他们组建了咖啡合作社，从种植、烘焙到开店一条龙，今年还把福山咖啡卖到了北京、上海的精品咖啡馆。

    镇里为他们提供了场地和贴息贷款，还请来专家指导。

    —— 来自有道云笔记网页剪报
    """,
    title="澄迈：咖啡小镇里的“新农人”",
    source="海南日报",
    date="2024-11-25",
    author="曾小娟",
    chrome=[
        "收藏于 2024-12-01 21:40",
        "—— 来自有道云笔记网页剪报",
    ],
    body=[
        "一群返乡的年轻人正在调试新买的烘焙机",
        "从种植、烘焙到开店一条龙",
        "还请来专家指导",
    ],
    regions=[
        ("本报金江11月25日电", ["海南省/澄迈县"]),
        ("他们组建了咖啡合作社", ["北京市", "上海市"]),
        ("镇里为他们提供了场地", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "ghost_blog_fenghuang.html",
    "personal Ghost blog post (site title + nav, <time datetime=2024-11-03> shown as 3 Nov 2024, reading-time line, tags line, author card with bio at the end, Subscribe box, Powered by Ghost footer; 凤凰 as a place beside a person named 凤凰)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head><meta charset="utf-8"><title>在凤凰古城外的苗寨住了一周</title></head>
    <body>
    <header class="site">山风手记　首页　关于　归档</header>
    <article>
    <h1>在凤凰古城外的苗寨住了一周</h1>
    <div class="meta"><time datetime="2024-11-03">3 Nov 2024</time> · 6 min read</div>
    <div class="tags">#旅行 #乡村</div>
    <section class="content">
    <p>十月底，我在湘西土家族苗族自治州凤凰县城外的一个苗寨住了一周，房东是一位做银饰的老人。</p>
    <p>寨子里新修了石板路，村里的合作社把苗绣和银饰卖给游客，年轻人也陆续回来开民宿。</p>
    <p>离开那天，房东的孙女龙凤凰送了我一个小小的银铃铛。</p>
    </section>
    </article>
    <div class="author">山风　写字的人，偶尔旅行，记录乡村。</div>
    <div class="sub">Subscribe to 山风手记 — Get the latest posts delivered right to your inbox</div>
    <footer>山风手记 © 2024　Powered by Ghost</footer>
    </body>
    </html>
    """,
    title="在凤凰古城外的苗寨住了一周",
    source="山风手记",
    date="2024-11-03",
    author="山风",
    chrome=[
        "山风手记　首页　关于　归档",
        "#旅行 #乡村",
        "Subscribe to 山风手记 — Get the latest posts delivered right to your inbox",
        "Powered by Ghost",
    ],
    body=[
        "房东是一位做银饰的老人",
        "村里的合作社把苗绣和银饰卖给游客",
        "送了我一个小小的银铃铛",
    ],
    regions=[
        ("十月底，我在湘西土家族苗族自治州凤凰县", ["湖南省/湘西土家族苗族自治州/凤凰县"]),
        ("寨子里新修了石板路", []),
        ("离开那天，房东的孙女龙凤凰", []),
    ],
    complete=True,
)


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout13"
    SET.write(
        out,
        "heldout13: fresh held-out layouts, mainstream pages on purpose; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
