"""Write tests/layouts/heldout15/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout15.py tests/layouts/heldout15

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites, outlets,
provinces' papers or cities appears in dev or heldout to heldout14. Like
heldout13/14 it samples mainstream pages on purpose (about 70 %), from other
outlets and cities, and varies where the metadata sits (header line, byline in
the lead, footer-only source, copyright footer, title suffix, <meta> only,
URL-only date). Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- provincial, city and county government portals -------------------------------------------
art(
    "jingmen_gov_jingshan.html",
    "city government portal (<meta name=PubDate>, <title> 标题_荆门市人民政府, 当前位置 crumb, 发布时间 + 来源 + 【字号 大 中 小】 row, 分享到 bar, 【打印】【关闭】, 鄂ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="PubDate" content="2024-11-19 16:02">
    <meta name="ContentSource" content="京山市融媒体中心">
    <title>京山：桥米收购季 合作社“保底价+分红”_荆门市人民政府</title>
    </head>
    <body>
    <div class="top">荆门市人民政府　<a href="#">English</a>　<a href="#">无障碍</a></div>
    <div class="nav">首页 | 要闻动态 | 政务公开 | 政务服务 | 互动交流 | 走进荆门</div>
    <div class="crumb">当前位置：首页 &gt; 要闻动态 &gt; 县市区动态</div>
    <h1>京山：桥米收购季 合作社“保底价+分红”</h1>
    <div class="info">发布时间：2024-11-19 16:02　来源：京山市融媒体中心　【字号 大 中 小】</div>
    <div class="share">分享到：微信 微博 QQ空间</div>
    <div class="article">
    <p>连日来，荆门市京山市孙桥镇的稻谷收购点前排起了运粮车，合作社按“保底价+分红”的方式收购今年的新稻。</p>
    <p>合作社负责人介绍，今年每斤保底收购价比市场价高出一毛，年底还要按交售量给社员分红。</p>
    <p>镇里还引进了一条大米精深加工线，京山桥米的品牌溢价正在一点点回到种粮户手里。</p>
    </div>
    <div class="tool">【打印】【关闭】</div>
    <div class="foot">主办：荆门市人民政府办公室　鄂ICP备05003210号　政府网站标识码：4208000001</div>
    </body>
    </html>
    """,
    title="京山：桥米收购季 合作社“保底价+分红”",
    source="京山市融媒体中心",
    site="荆门市人民政府",
    date="2024-11-19",
    chrome=[
        "首页 | 要闻动态 | 政务公开 | 政务服务 | 互动交流 | 走进荆门",
        "当前位置：首页 > 要闻动态 > 县市区动态",
        "分享到：微信 微博 QQ空间",
        "【打印】【关闭】",
        "鄂ICP备05003210号",
    ],
    body=[
        "合作社按“保底价+分红”的方式收购今年的新稻",
        "年底还要按交售量给社员分红",
        "品牌溢价正在一点点回到种粮户手里",
    ],
    regions=[
        ("连日来，荆门市京山市孙桥镇", ["湖北省/荆门市/京山市"]),
        ("合作社负责人介绍，今年每斤保底", []),
        ("镇里还引进了一条大米精深加工线", []),
    ],
    complete=True,
)

art(
    "suizhou_gov_guangshui_gbk_spam.htm",
    "city government portal saved .htm in GBK (<meta charset=gb2312>, 您现在的位置 crumb, 信息来源 + 发布日期 2024年11月21日 + 点击数 row, 【打印本页】【关闭窗口】, 鄂ICP备 footer; invoice spam with a province inside)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>广水市：驻村工作队帮着村里“算细账”</title>
    </head>
    <body>
    <div class="nav">网站首页 | 政务公开 | 办事服务 | 互动交流 | 魅力随州</div>
    <div class="pos">您现在的位置：首页 &gt; 新闻中心 &gt; 县市区动态</div>
    <h2>广水市：驻村工作队帮着村里“算细账”</h2>
    <div class="info">信息来源：随州日报　发布日期：2024年11月21日　点击数：652</div>
    <div class="cont">
    <p>在随州市代管的广水市蔡河镇，市直单位派驻的工作队进村后，先把村集体近三年的收支一笔笔理清。</p>
    <p>工作队发现，村里的鱼塘承包费多年没有调整，经村民代表大会商议后重新公开发包，每年多收两万多元湖北代开各类发票。</p>
    <p>“账算明白了，村民心里也就亮堂了。”工作队队长说。</p>
    </div>
    <div class="tool">【打印本页】【关闭窗口】</div>
    <div class="foot">版权所有：随州市人民政府办公室　鄂ICP备09011873号</div>
    </body>
    </html>
    """,
    title="广水市：驻村工作队帮着村里“算细账”",
    source="随州日报",
    date="2024-11-21",
    chrome=[
        "网站首页 | 政务公开 | 办事服务 | 互动交流 | 魅力随州",
        "您现在的位置：首页 > 新闻中心 > 县市区动态",
        "点击数：652",
        "【打印本页】【关闭窗口】",
        "鄂ICP备09011873号",
    ],
    body=[
        "先把村集体近三年的收支一笔笔理清",
        "经村民代表大会商议后重新公开发包，每年多收两万多元。",
        "村民心里也就亮堂了",
    ],
    spam=["湖北代开各类发票"],
    regions=[
        ("在随州市代管的广水市蔡河镇", ["湖北省/随州市/广水市"]),
        ("工作队发现，村里的鱼塘承包费", []),
        ("“账算明白了，村民心里也就亮堂了。”", []),
    ],
    complete=True,
)

art(
    "baicheng_gov_taonan_jsonld.shtml",
    "city government portal .shtml (JSON-LD NewsArticle with datePublished in UTC, <title> 标题--白城市人民政府, crumb, only 文章来源 in the info row (date in the JSON-LD alone), 上一篇/下一篇, 吉ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>洮南：杂粮杂豆有了“订单” --白城市人民政府</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "洮南：杂粮杂豆有了“订单”", "datePublished": "2024-11-14T01:20:00Z", "publisher": {"@type": "Organization", "name": "白城市人民政府"}}
    </script>
    </head>
    <body>
    <div class="nav">首页　政务动态　信息公开　政务服务　互动交流　鹤乡白城</div>
    <div class="crumb">首页 &gt; 政务动态 &gt; 县区动态</div>
    <h1>洮南：杂粮杂豆有了“订单”</h1>
    <div class="src">文章来源：洮南市融媒体中心</div>
    <div class="TRS_Editor">
    <p>初冬时节，白城市洮南市的绿豆、红小豆陆续进入收购季，一车车杂粮从田间直接拉进了加工企业的仓库。</p>
    <p>今年，洮南市推行“企业+合作社+农户”的订单种植，签约面积超过二十万亩，农户种之前就知道卖给谁、卖多少钱。</p>
    </div>
    <div class="pn">上一篇：大安市召开冬季安全生产会议<br>下一篇：镇赉县启动冬季候鸟保护行动</div>
    <div class="foot">白城市人民政府办公室主办　吉ICP备05002222号</div>
    </body>
    </html>
    """,
    title="洮南：杂粮杂豆有了“订单”",
    source="洮南市融媒体中心",
    site="白城市人民政府",
    date="2024-11-14",
    chrome=[
        "首页　政务动态　信息公开　政务服务　互动交流　鹤乡白城",
        "首页 > 政务动态 > 县区动态",
        "上一篇：大安市召开冬季安全生产会议",
        "下一篇：镇赉县启动冬季候鸟保护行动",
        "吉ICP备05002222号",
    ],
    body=[
        "一车车杂粮从田间直接拉进了加工企业的仓库",
        "农户种之前就知道卖给谁、卖多少钱",
    ],
    regions=[
        ("初冬时节，白城市洮南市的绿豆", ["吉林省/白城市/洮南市"]),
        ("今年，洮南市推行“企业+合作社+农户”", ["吉林省/白城市/洮南市"]),
    ],
    complete=True,
)

art(
    "pingluo_xxgk_table_gb18030.html",
    "county information-disclosure page in GB18030 (信息属性 table ABOVE the title: 索引号/发布机构/发文日期/主题分类, 【字体：大 中 小】, 扫一扫在手机打开当前页, 宁ICP备 footer)",
    "gb18030",
    """
    <html>
    <head><meta charset="gb18030"><title>平罗县人民政府</title></head>
    <body>
    <div class="nav">首页　政务公开　政务服务　互动交流　走进平罗</div>
    <table class="xxgk">
    <tr><td>索引号：640221/2024-00871</td><td>发布机构：平罗县农业农村局</td></tr>
    <tr><td>发文日期：2024年11月22日</td><td>主题分类：农业、林业、水利</td></tr>
    </table>
    <h1>平罗县2024年冬季农田水利设施管护工作安排</h1>
    <div class="fs">【字体：大 中 小】</div>
    <div class="zw">
    <p>为做好石嘴山市平罗县冬季农田水利设施管护工作，确保明年春灌顺利开展，现将有关事项安排如下。</p>
    <p>各乡镇要在十二月上旬前完成斗渠、农渠的清淤和闸门检修，落实每条渠道的管护责任人。</p>
    <p>县农业农村局将于十二月中旬组织检查，检查结果纳入年度考核。</p>
    </div>
    <div class="qr">扫一扫在手机打开当前页</div>
    <div class="foot">平罗县人民政府办公室主办　宁ICP备05001309号</div>
    </body>
    </html>
    """,
    title="平罗县2024年冬季农田水利设施管护工作安排",
    source="平罗县农业农村局",
    site="平罗县人民政府",
    date="2024-11-22",
    chrome=[
        "首页　政务公开　政务服务　互动交流　走进平罗",
        "640221/2024-00871",
        "主题分类：农业、林业、水利",
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "宁ICP备05001309号",
    ],
    body=[
        "确保明年春灌顺利开展，现将有关事项安排如下",
        "落实每条渠道的管护责任人",
        "检查结果纳入年度考核",
    ],
    regions=[
        ("为做好石嘴山市平罗县冬季农田水利", ["宁夏回族自治区/石嘴山市/平罗县"]),
        ("各乡镇要在十二月上旬前完成斗渠", []),
        ("县农业农村局将于十二月中旬", []),
    ],
    complete=True,
)

art(
    "heyuan_gov_longchuan_crlf.txt",
    "city government portal copied as text (CRLF; masthead line, 当前位置, title, 时间：2024-11-25 09:40 来源：龙川县人民政府 one line, 【打印】 【关闭】, 主办 + 粤ICP备 footer)",
    "utf-8",
    """
    河源市人民政府门户网站
    当前位置：首页 > 政务要闻 > 县区动态

    龙川县：“村村有好戏” 文化下乡进山村

    时间：2024-11-25 09:40　来源：龙川县人民政府

    近日，河源市龙川县“村村有好戏”文化下乡活动走进了佗城镇的几个山村，县里的文艺队为村民送上了山歌、采茶戏和小品。

    演出间隙，县里的志愿者还在台下为老人量血压、讲解防诈骗知识。

    据了解，今年龙川县已送戏下乡一百二十多场。

    【打印】 【关闭】
    主办：河源市人民政府办公室　粤ICP备10212345号
    """,
    title="龙川县：“村村有好戏” 文化下乡进山村",
    source="龙川县人民政府",
    site="河源市人民政府门户网站",
    date="2024-11-25",
    chrome=[
        "当前位置：首页 > 政务要闻 > 县区动态",
        "【打印】 【关闭】",
        "粤ICP备10212345号",
    ],
    body=[
        "县里的文艺队为村民送上了山歌、采茶戏和小品",
        "为老人量血压、讲解防诈骗知识",
        "今年龙川县已送戏下乡一百二十多场",
    ],
    regions=[
        ("近日，河源市龙川县“村村有好戏”", ["广东省/河源市/龙川县"]),
        ("演出间隙，县里的志愿者", []),
        ("据了解，今年龙川县已送戏下乡", ["广东省/河源市/龙川县"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "yongchang_gov_notice_gb18030.txt",
    "county government notice copied as text in GB18030, very short (title, one paragraph, signing body and a 二〇二四年十一月二十六日 date in Chinese numerals at the foot, no source line)",
    "gb18030",
    """
    关于永昌县城区部分路段冬季停水检修的通告

    因供水管网冬季检修，金昌市永昌县城区北海子路、东大街部分路段将于11月28日8时至20时停止供水，请沿线居民提前做好储水准备。

    永昌县住房和城乡建设局
    二〇二四年十一月二十六日
    """,
    title="关于永昌县城区部分路段冬季停水检修的通告",
    source="永昌县住房和城乡建设局",
    date="2024-11-26",
    body=["请沿线居民提前做好储水准备"],
    regions=[("因供水管网冬季检修，金昌市永昌县", ["甘肃省/金昌市/永昌县"])],
    complete=True,
)

art(
    "tongling_gov_urlonly_date.html",
    "city government portal page saved by a browser (`<!-- saved from url=... t20241118_ -->` comment carries the only date; <title> 标题 铜陵市人民政府, 来源 line alone, 分享 bar, 皖ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <!-- saved from url=(0070)https://www.tl.gov.cn/tlsrmzf/c00188/202411/t20241118_2389105.html -->
    <html>
    <head><meta charset="utf-8"><title>枞阳沿江村落“退渔还湿”见成效 铜陵市人民政府</title></head>
    <body>
    <div class="nav">首页 | 新闻中心 | 信息公开 | 政务服务 | 政民互动</div>
    <h1>枞阳沿江村落“退渔还湿”见成效</h1>
    <div class="ly">来源：铜陵日报</div>
    <div class="share">分享到：</div>
    <div class="content">
    <p>铜陵市枞阳县沿江的几个村落，几年前还是成片的围网养殖塘，如今芦苇重新长了起来，冬候鸟也回来了。</p>
    <p>退捕渔民大多转岗当上了护鸟员和湿地巡护员，每月有固定收入。</p>
    <p>一位老渔民说，以前天天在水上讨生活，现在天天在岸上看护这片水。</p>
    </div>
    <div class="foot">铜陵市人民政府办公室主办　皖ICP备05001577号</div>
    </body>
    </html>
    """,
    title="枞阳沿江村落“退渔还湿”见成效",
    source="铜陵日报",
    site="铜陵市人民政府",
    date="2024-11-18",
    chrome=["首页 | 新闻中心 | 信息公开 | 政务服务 | 政民互动", "皖ICP备05001577号"],
    body=[
        "如今芦苇重新长了起来，冬候鸟也回来了",
        "退捕渔民大多转岗当上了护鸟员和湿地巡护员",
        "现在天天在岸上看护这片水",
    ],
    regions=[
        ("铜陵市枞阳县沿江的几个村落", ["安徽省/铜陵市/枞阳县"]),
        ("退捕渔民大多转岗", []),
        ("一位老渔民说", []),
    ],
    complete=True,
)


# --- city papers' sites, e-papers, county media centres -----------------------------------------
art(
    "wuhu_news_nanling_editor.html",
    "city paper's news site (<meta name=publishdate>, 芜湖新闻网 masthead, 来源：芜湖日报 作者：… 时间：… one row, share bar, 责任编辑 line at the end, 相关新闻 list, copyright footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="publishdate" content="2024-11-20">
    <title>南陵：稻虾田里的“冬忙”_芜湖新闻网</title>
    </head>
    <body>
    <div class="logo">芜湖新闻网　首页 | 本地 | 县区 | 民生 | 视频 | 数字报</div>
    <h1>南陵：稻虾田里的“冬忙”</h1>
    <div class="info">来源：芜湖日报　作者：章立新　时间：2024-11-20 07:35</div>
    <div class="share">分享：微信 | 微博 | 复制链接</div>
    <div class="text">
    <p>初冬的芜湖市南陵县许镇镇，稻田里的水刚刚排干，种养户正忙着清沟、晒田、投放小龙虾种苗。</p>
    <p>“稻虾共作”让一亩田的收益翻了一番，镇里又牵头建起了冷链仓库，明年的虾可以错峰上市。</p>
    <p>一位从合肥回乡的年轻人流转了三百亩稻田，他说，家门口的田也能种出好日子。</p>
    </div>
    <div class="editor">责任编辑：吴倩</div>
    <div class="rel">相关新闻：繁昌区召开冬季农业生产推进会</div>
    <div class="foot">Copyright © 芜湖新闻网 All Rights Reserved　皖ICP备06012890号</div>
    </body>
    </html>
    """,
    title="南陵：稻虾田里的“冬忙”",
    source="芜湖日报",
    site="芜湖新闻网",
    date="2024-11-20",
    author="章立新",
    chrome=[
        "首页 | 本地 | 县区 | 民生 | 视频 | 数字报",
        "分享：微信 | 微博 | 复制链接",
        "责任编辑：吴倩",
        "相关新闻：繁昌区召开冬季农业生产推进会",
        "皖ICP备06012890号",
    ],
    body=[
        "种养户正忙着清沟、晒田、投放小龙虾种苗",
        "镇里又牵头建起了冷链仓库",
        "家门口的田也能种出好日子",
    ],
    regions=[
        ("初冬的芜湖市南陵县许镇镇", ["安徽省/芜湖市/南陵县"]),
        ("“稻虾共作”让一亩田的收益翻了一番", []),
        ("一位从合肥回乡的年轻人", ["安徽省/合肥市"]),
    ],
    complete=True,
)

art(
    "binzhou_daily_epaper_huimin.txt",
    "city paper's e-paper text page copied (masthead 滨州日报 + 2024年11月20日 星期三 + 第A02版：县区新闻 on separate lines, title, 本报记者 byline line, dateline lead 本报讯, 上一版 下一版 links at the foot)",
    "utf-8",
    """
    滨州日报
    2024年11月20日 星期三
    第A02版：县区新闻

    惠民县“村级议事会”议出民生实事

    本报记者 孙明远 通讯员 高静

    本报讯 村里的排水沟该怎么修、文化广场该怎么建，如今在滨州市惠民县的村庄里，都要先拿到“村级议事会”上议一议。

    今年以来，惠民县各村议事会共议定民生实事四百多件，已经办结三百六十多件。

    村民们说，事情摆在桌面上商量，办起来顺当，大家也服气。

    上一版　下一版　返回目录
    """,
    title="惠民县“村级议事会”议出民生实事",
    source="滨州日报",
    date="2024-11-20",
    author="孙明远",
    chrome=["第A02版：县区新闻", "上一版　下一版　返回目录"],
    body=[
        "都要先拿到“村级议事会”上议一议",
        "已经办结三百六十多件",
        "办起来顺当，大家也服气",
    ],
    regions=[
        ("本报讯 村里的排水沟该怎么修", ["山东省/滨州市/惠民县"]),
        ("今年以来，惠民县各村议事会", ["山东省/滨州市/惠民县"]),
        ("村民们说，事情摆在桌面上商量", []),
    ],
    complete=True,
)

art(
    "zaozhuang_news_tengzhou_gbk.html",
    "city paper's older news site saved in GBK (<meta charset=gbk>, <title> 标题 - 枣庄新闻网, crumb with 枣庄新闻网 > 县区 > 滕州, 2024-11-23 08:51:26 来源：枣庄日报 row (time first), 打印本稿 | 关闭窗口, 鲁ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>滕州：马铃薯“冬储”有了新仓库 - 枣庄新闻网</title>
    </head>
    <body>
    <div class="crumb">枣庄新闻网 &gt; 县区 &gt; 滕州</div>
    <h1>滕州：马铃薯“冬储”有了新仓库</h1>
    <div class="info">2024-11-23 08:51:26　来源：枣庄日报</div>
    <div class="content">
    <p>在枣庄市滕州市界河镇，一座能储存两万吨马铃薯的恒温库刚刚投用，种植户的土豆不用再急着在地头低价出手。</p>
    <p>镇里算过一笔账：错峰到春节前后上市，每斤能多卖两三毛钱。</p>
    </div>
    <div class="tool">打印本稿 | 关闭窗口</div>
    <div class="foot">枣庄日报社主办　鲁ICP备09034567号</div>
    </body>
    </html>
    """,
    title="滕州：马铃薯“冬储”有了新仓库",
    source="枣庄日报",
    site="枣庄新闻网",
    date="2024-11-23",
    chrome=["枣庄新闻网 > 县区 > 滕州", "打印本稿 | 关闭窗口", "鲁ICP备09034567号"],
    body=["种植户的土豆不用再急着在地头低价出手", "每斤能多卖两三毛钱"],
    regions=[
        ("在枣庄市滕州市界河镇", ["山东省/枣庄市/滕州市"]),
        ("镇里算过一笔账", []),
    ],
    complete=True,
)

art(
    "luohe_daily_linying_footer_source.txt",
    "city paper's site copied as text with the source only in the footer (title, 2024年11月15日 alone under it, body, then 来源：漯河日报 | 编辑：… at the very end, 漯河网 copyright line)",
    "utf-8",
    """
    临颍：辣椒小镇的“红火”冬天

    2024年11月15日

    走进漯河市临颍县王岗镇的辣椒交易市场，一辆辆货车排着队装运干辣椒，空气里都是辣味。

    镇上的辣椒分拣、烘干企业用工旺季已经到来，附近村子的妇女在家门口就能打零工。

    来源：漯河日报 | 编辑：马丽
    漯河网版权所有
    """,
    title="临颍：辣椒小镇的“红火”冬天",
    source="漯河日报",
    date="2024-11-15",
    chrome=["编辑：马丽", "漯河网版权所有"],
    body=["一辆辆货车排着队装运干辣椒", "附近村子的妇女在家门口就能打零工"],
    regions=[
        ("走进漯河市临颍县王岗镇", ["河南省/漯河市/临颍县"]),
        ("镇上的辣椒分拣、烘干企业", []),
    ],
    complete=True,
)

art(
    "lushi_rongmei_app_share.txt",
    "county media centre's app share page copied (app name + 打开APP bar, title, 卢氏融媒 · 2024-11-12 10:06 header, 阅读 2.1万, 点赞/分享 counters, 下载客户端 footer)",
    "utf-8",
    """
    云上卢氏　打开APP

    卢氏县：连翘林下套种“冬菜”

    卢氏融媒 · 2024-11-12 10:06
    阅读 2.1万

    在三门峡市卢氏县横涧乡，山坡上的连翘林下，村民们正忙着种油菜和冬小麦，林下的空地一点没浪费。

    乡农技站的技术员说，林下套种既能保墒防草，又能多一份收入。

    点赞 326　分享 58
    下载云上卢氏客户端，看更多本地新闻
    """,
    title="卢氏县：连翘林下套种“冬菜”",
    source="卢氏县融媒体中心",
    date="2024-11-12",
    chrome=[
        "云上卢氏　打开APP",
        "阅读 2.1万",
        "点赞 326　分享 58",
        "下载云上卢氏客户端，看更多本地新闻",
    ],
    body=["村民们正忙着种油菜和冬小麦", "林下套种既能保墒防草"],
    regions=[
        ("在三门峡市卢氏县横涧乡", ["河南省/三门峡市/卢氏县"]),
        ("乡农技站的技术员说", []),
    ],
    complete=True,
)

art(
    "loudi_news_xinhua_lead_byline.html",
    "city paper's news site with the byline inside the lead (<meta property=article:published_time>, 娄底新闻网 header, date + 来源 row, lead starting 娄底新闻网讯（记者 … 通讯员 …）, 编辑 + 审核 line, 湘ICP备 footer; 新化 county vs 新华 agency trap not needed)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta property="article:published_time" content="2024-11-27T18:30:00+08:00">
    <title>新化县梅山村“积分超市”攒出文明新风</title>
    </head>
    <body>
    <div class="top">娄底新闻网　首页 | 时政 | 县市区 | 民生 | 专题</div>
    <h1>新化县梅山村“积分超市”攒出文明新风</h1>
    <div class="info">2024-11-27 18:30　来源：娄底新闻网</div>
    <div class="bd">
    <p>娄底新闻网讯（记者 彭雅琴 通讯员 曾志刚）在娄底市新化县的一个山村，村民打扫庭院、参加义务劳动都能攒积分，积分可以到村里的“积分超市”换洗衣粉、毛巾和大米。</p>
    <p>村支书说，积分榜每月张榜公布，谁家得分高，大家都看得见。</p>
    <p>如今，村里的垃圾不乱扔了，红白喜事也简办了。</p>
    </div>
    <div class="ed">编辑：李湘　审核：刘波</div>
    <div class="foot">娄底日报社主办　湘ICP备07001999号</div>
    </body>
    </html>
    """,
    title="新化县梅山村“积分超市”攒出文明新风",
    source="娄底新闻网",
    date="2024-11-27",
    author="彭雅琴",
    chrome=["首页 | 时政 | 县市区 | 民生 | 专题", "编辑：李湘　审核：刘波", "湘ICP备07001999号"],
    body=[
        "积分可以到村里的“积分超市”换洗衣粉、毛巾和大米",
        "积分榜每月张榜公布",
        "红白喜事也简办了",
    ],
    regions=[
        ("在娄底市新化县的一个山村", ["湖南省/娄底市/新化县"]),
        ("村支书说，积分榜每月张榜公布", []),
        ("如今，村里的垃圾不乱扔了", []),
    ],
    complete=True,
)

art(
    "wuzhou_daily_tengxian_gbk.txt",
    "city paper's article copied as GBK text (title, 副题 line starting ——, 梧州日报记者 … 通讯员 … byline, body, （编辑：…） at the end, no date in the text: date in a 发布时间 line at the top)",
    "gbk",
    """
    发布时间：2024-11-16　来源：梧州日报

    藤县：六堡茶园里的“夜校”
    ——驻村干部把课堂搬到茶园边

    梧州日报记者 黄志坚 通讯员 陈晓兰

    晚上七点，梧州市藤县象棋镇一个村的文化室里坐满了茶农，驻村第一书记请来的茶艺师正在讲六堡茶的发酵工艺。

    这样的“茶园夜校”每周开一次，今年已经办了三十多期。

    茶农们说，学了技术，茶叶卖价高了，心里也踏实了。

    （编辑：韦敏）
    """,
    title="藤县：六堡茶园里的“夜校”",
    source="梧州日报",
    date="2024-11-16",
    author="黄志坚",
    chrome=["（编辑：韦敏）"],
    body=["驻村第一书记请来的茶艺师正在讲六堡茶的发酵工艺", "今年已经办了三十多期", "心里也踏实了"],
    regions=[
        ("晚上七点，梧州市藤县象棋镇", ["广西壮族自治区/梧州市/藤县"]),
        ("这样的“茶园夜校”每周开一次", []),
        ("茶农们说，学了技术", []),
    ],
    complete=True,
)

art(
    "hezhou_news_fuchuan_jsonld.html",
    "city news site with JSON-LD only (datePublished, author, publisher; the page shows no date), <title> 标题 | 贺州新闻网, source as 来源：贺州日报 under the title, 扫码关注 box, 桂ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>富川：脐橙熟了 “村播”忙了 | 贺州新闻网</title>
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"富川：脐橙熟了 “村播”忙了","datePublished":"2024-11-24T10:00:00+08:00","author":{"@type":"Person","name":"毛秋菊"},"publisher":{"@type":"Organization","name":"贺州新闻网"}}
    </script>
    </head>
    <body>
    <div class="nav">首页　本地　县区　图片　视频</div>
    <h1>富川：脐橙熟了 “村播”忙了</h1>
    <div class="src">来源：贺州日报</div>
    <div class="art">
    <p>贺州市富川瑶族自治县的脐橙进入采摘期，果园里除了采果的村民，还多了举着手机直播的“村播”。</p>
    <p>县里今年培训了两百多名农村主播，他们在果园里一边讲一边卖，一场直播能卖出上千单。</p>
    <p>不少订单来自广深两地的老顾客。</p>
    </div>
    <div class="qr">扫码关注贺州新闻网微信公众号</div>
    <div class="foot">贺州新闻网 版权所有　桂ICP备10008866号</div>
    </body>
    </html>
    """,
    title="富川：脐橙熟了 “村播”忙了",
    source="贺州日报",
    site="贺州新闻网",
    date="2024-11-24",
    author="毛秋菊",
    chrome=["首页　本地　县区　图片　视频", "扫码关注贺州新闻网微信公众号", "桂ICP备10008866号"],
    body=["还多了举着手机直播的“村播”", "一场直播能卖出上千单", "不少订单来自广深两地的老顾客"],
    regions=[
        ("贺州市富川瑶族自治县的脐橙", ["广西壮族自治区/贺州市/富川瑶族自治县"]),
        ("县里今年培训了两百多名农村主播", []),
        ("不少订单来自广深两地", ["广东省/广州市", "广东省/深圳市"]),
    ],
    complete=True,
)

art(
    "lijiang_daily_yulong_gb18030_crlf.txt",
    "city paper's site copied as GB18030 text with CRLF (title, 丽江日报讯 dateline lead, unlabelled date 2024/11/13 on its own line under the title, 【字体：大 中 小】, 相关阅读 at the end)",
    "gb18030",
    """
    玉龙县石头城村：纳西古寨里的“乡村客栈联盟”

    2024/11/13　丽江日报

    【字体：大 中 小】

    丽江日报讯 在丽江市玉龙纳西族自治县宝山乡的石头城村，二十多家农家客栈组成了“客栈联盟”，统一定价、统一服务标准，客人由联盟统一调配。

    村里还组建了纳西古乐队，每晚在古寨的小广场上演出。

    相关阅读：古城区开展冬季消防安全大检查
    """,
    title="玉龙县石头城村：纳西古寨里的“乡村客栈联盟”",
    source="丽江日报",
    date="2024-11-13",
    chrome=["【字体：大 中 小】", "相关阅读：古城区开展冬季消防安全大检查"],
    body=["二十多家农家客栈组成了“客栈联盟”", "每晚在古寨的小广场上演出"],
    regions=[
        ("在丽江市玉龙纳西族自治县宝山乡", ["云南省/丽江市/玉龙纳西族自治县"]),
        ("村里还组建了纳西古乐队", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "lincang_news_shuangjiang.html",
    "city news site with the date and source in a two-line block BELOW the body (发布时间 / 信息来源 under the last paragraph), 临沧新闻网 masthead, 上一篇/下一篇, 滇ICP备 footer, no <meta> date",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>双江：冰岛茶山的冬管</title></head>
    <body>
    <div class="mast">临沧新闻网　首页 | 临沧要闻 | 县区新闻 | 边关风情</div>
    <h1>双江：冰岛茶山的冬管</h1>
    <div class="txt">
    <p>临沧市双江拉祜族佤族布朗族傣族自治县勐库镇的古茶园里，茶农们正给茶树施农家肥、修剪枯枝。</p>
    <p>镇里组织茶叶专家巡回指导，提醒茶农不要过度采摘，给古茶树“养养身子”。</p>
    </div>
    <div class="meta">发布时间：2024-11-11<br>信息来源：双江自治县融媒体中心</div>
    <div class="pn">上一篇：耿马县开展边境联防演练<br>下一篇：沧源县新建三所幼儿园</div>
    <div class="foot">临沧新闻网　滇ICP备05004455号</div>
    </body>
    </html>
    """,
    title="双江：冰岛茶山的冬管",
    source="双江自治县融媒体中心",
    site="临沧新闻网",
    date="2024-11-11",
    chrome=[
        "首页 | 临沧要闻 | 县区新闻 | 边关风情",
        "上一篇：耿马县开展边境联防演练",
        "下一篇：沧源县新建三所幼儿园",
        "滇ICP备05004455号",
    ],
    body=["茶农们正给茶树施农家肥、修剪枯枝", "给古茶树“养养身子”"],
    regions=[
        (
            "临沧市双江拉祜族佤族布朗族傣族自治县勐库镇",
            ["云南省/临沧市/双江拉祜族佤族布朗族傣族自治县"],
        ),
        ("镇里组织茶叶专家巡回指导", []),
    ],
    complete=True,
)

art(
    "jixi_daily_mishan_weekday.txt",
    "city paper's site copied as text (title, 鸡西日报 2024年11月10日 星期日 under it, 记者 byline at the END of the body in brackets, 分享到 line)",
    "utf-8",
    """
    密山：兴凯湖畔的冬捕准备

    鸡西日报　2024年11月10日 星期日

    鸡西市密山市兴凯湖边的渔村里，渔民们正在检修网具、保养马爬犁，为一个多月后的冬捕做准备。

    今年冬捕还将和冰雪旅游结合起来，村里的农家乐已经接到了来自哈尔滨和北京的预订。（记者 隋海波）

    分享到：微信朋友圈 新浪微博
    """,
    title="密山：兴凯湖畔的冬捕准备",
    source="鸡西日报",
    date="2024-11-10",
    author="隋海波",
    chrome=["分享到：微信朋友圈 新浪微博"],
    body=["渔民们正在检修网具、保养马爬犁", "村里的农家乐已经接到了来自哈尔滨和北京的预订"],
    regions=[
        ("鸡西市密山市兴凯湖边的渔村里", ["黑龙江省/鸡西市/密山市"]),
        ("今年冬捕还将和冰雪旅游结合起来", ["黑龙江省/哈尔滨市", "北京市"]),
    ],
    complete=True,
)

art(
    "heihe_daily_epaper_xunke.txt",
    "e-paper text page of a city paper with the masthead date in a single 黑河日报 | 2024-11-08 | 第3版 line, 本报讯（记者…）lead, no title-line decoration",
    "utf-8",
    """
    黑河日报 | 2024-11-08 | 第3版：综合新闻

    逊克县大豆“出村进城”有新路

    本报讯（记者 于洪涛）黑河市逊克县今年新建了三个村级大豆收储点，农户的大豆可以就近交售、就近烘干，不用再长途拉到县城。

    县里还和省内的豆制品企业签订了长期收购协议。

    本版责编：王岩
    """,
    title="逊克县大豆“出村进城”有新路",
    source="黑河日报",
    date="2024-11-08",
    author="于洪涛",
    chrome=["本版责编：王岩"],
    body=["农户的大豆可以就近交售、就近烘干", "和省内的豆制品企业签订了长期收购协议"],
    regions=[
        ("本报讯（记者 于洪涛）黑河市逊克县", ["黑龙江省/黑河市/逊克县"]),
        ("县里还和省内的豆制品企业", []),
    ],
    complete=True,
)

art(
    "cangzhou_daily_epaper_xianxian.html",
    "city paper's e-paper article page in HTML (版面导航 left column, 第05版：县域 + 2024年11月07日 in the header, title + 引题, 作者 line, 上一篇 下一篇 and 返回目录, 沧州日报社版权所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>沧州日报数字报</title></head>
    <body>
    <div class="hd">沧州日报　2024年11月07日　第05版：县域</div>
    <div class="left">版面导航：01 要闻 | 02 综合 | 05 县域 | 08 副刊</div>
    <div class="yt">武术之乡的新农事</div>
    <h1>献县：黄河故道上的设施农业</h1>
    <div class="au">本报记者 刘建国</div>
    <div class="zw">
    <p>在沧州市献县，昔日的黄河故道沙地上建起了成片的冷棚和日光温室，种上了甜瓜和西红柿。</p>
    <p>县里引导村集体建棚、农户租棚，一座大棚一年能给村集体带来两千多元收入。</p>
    <p>种棚的村民说，在家门口打工，一年也能挣三四万元。</p>
    </div>
    <div class="pn">上一篇　下一篇　返回目录</div>
    <div class="foot">沧州日报社版权所有</div>
    </body>
    </html>
    """,
    title="献县：黄河故道上的设施农业",
    source="沧州日报",
    date="2024-11-07",
    author="刘建国",
    chrome=[
        "版面导航：01 要闻 | 02 综合 | 05 县域 | 08 副刊",
        "上一篇　下一篇　返回目录",
        "沧州日报社版权所有",
    ],
    body=[
        "建起了成片的冷棚和日光温室",
        "一座大棚一年能给村集体带来两千多元收入",
        "一年也能挣三四万元",
    ],
    regions=[
        ("在沧州市献县，昔日的黄河故道沙地上", ["河北省/沧州市/献县"]),
        ("县里引导村集体建棚", []),
        ("种棚的村民说", []),
    ],
    complete=True,
)

art(
    "xinyu_news_fenyi_editor_top.html",
    "city news site with the editor and source ABOVE the title (栏目 line + 来源：新余日报 + 编辑 in a top bar), date as 11月29日 without a year and the year only in <meta name=firstpublishedtime>, share icons text, 赣ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="firstpublishedtime" content="2024-11-29-09:12:00">
    <title>分宜：麻纺小镇里的“共享车间”</title>
    </head>
    <body>
    <div class="bar">新余新闻网 &gt; 县区　来源：新余日报　编辑：付媛</div>
    <h1>分宜：麻纺小镇里的“共享车间”</h1>
    <div class="time">11月29日 09:12</div>
    <div class="content">
    <p>新余市分宜县双林镇有着几百年的夏布织造传统，如今镇里把闲置的村小改成了“共享车间”，织机由合作社统一提供。</p>
    <p>附近村的留守妇女农闲时来织布，按件计酬，一个月能挣两千多元。</p>
    </div>
    <div class="share">微信　微博　QQ</div>
    <div class="foot">新余新闻网版权所有　赣ICP备11002233号</div>
    </body>
    </html>
    """,
    title="分宜：麻纺小镇里的“共享车间”",
    source="新余日报",
    site="新余新闻网",
    date="2024-11-29",
    chrome=["编辑：付媛", "微信　微博　QQ", "赣ICP备11002233号"],
    body=["如今镇里把闲置的村小改成了“共享车间”", "按件计酬，一个月能挣两千多元"],
    regions=[
        ("新余市分宜县双林镇有着几百年", ["江西省/新余市/分宜县"]),
        ("附近村的留守妇女农闲时来织布", []),
    ],
    complete=True,
)

art(
    "yujiang_rongmei_wechat_text_bom.txt",
    "district media centre's WeChat article copied as text (UTF-8 BOM; account line 余江发布 2024年11月05日 19:30 江西, 原创 marker, body, 来源：余江区融媒体中心 + 编辑/审核 lines, 阅读 在看 counters)",
    "utf-8",
    """
    余江区：“五老”调解员守护村里的和气

    原创 余江发布 余江发布 2024年11月05日 19:30 江西

    在鹰潭市余江区的村庄里，活跃着一支由老干部、老党员、老教师组成的“五老”调解队，邻里纠纷大多在村里就化解了。

    今年以来，这支队伍已经调解各类矛盾纠纷一百多起。

    来源：余江区融媒体中心
    编辑：吴晓　审核：徐丽
    阅读 1890　在看 23
    """,
    title="余江区：“五老”调解员守护村里的和气",
    source="余江区融媒体中心",
    site="余江发布",
    date="2024-11-05",
    chrome=["编辑：吴晓　审核：徐丽", "阅读 1890　在看 23"],
    body=["邻里纠纷大多在村里就化解了", "已经调解各类矛盾纠纷一百多起"],
    regions=[
        ("在鹰潭市余江区的村庄里", ["江西省/鹰潭市/余江区"]),
        ("今年以来，这支队伍", []),
    ],
    complete=True,
    bom=True,
)

art(
    "yangjiang_daily_yangchun_crlf.txt",
    "city paper's site copied as CRLF text (title, 阳江日报 · 阳江+ 2024-11-04 masthead line, 文/图：… byline line, dateline 【阳江日报讯】, 本文来源 + 责任编辑 lines)",
    "utf-8",
    """
    阳春：马水桔搭上“冷链快车”

    阳江日报 · 阳江+　2024-11-04

    文/图：阳江日报记者 冯敏仪

    【阳江日报讯】阳江市阳春市的马水桔进入采摘季，今年镇里新建的冷链仓储中心让果农“不愁卖、不贱卖”。

    据介绍，冷链中心日处理鲜果五十吨，不少桔子经冷藏后发往湘赣两省。

    本文来源：阳江日报
    责任编辑：梁海燕
    """,
    title="阳春：马水桔搭上“冷链快车”",
    source="阳江日报",
    date="2024-11-04",
    author="冯敏仪",
    chrome=["责任编辑：梁海燕"],
    body=["今年镇里新建的冷链仓储中心让果农“不愁卖、不贱卖”", "冷链中心日处理鲜果五十吨"],
    regions=[
        ("【阳江日报讯】阳江市阳春市的马水桔", ["广东省/阳江市/阳春市"]),
        ("据介绍，冷链中心日处理鲜果五十吨", ["湖南省", "江西省"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "beihai_news_hepu_gbk.html",
    "city news site in GBK with the date in the title row as （2024-11-02）, source as 北海日报 in a breadcrumb-like 北海新闻网 · 北海日报 line, 【收藏】【打印】, 桂ICP备 footer",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>北海新闻网</title>
    </head>
    <body>
    <div class="nav">首页 | 北海新闻 | 县区 | 海洋 | 民生</div>
    <h2>合浦：南珠之乡的“海上田园”（2024-11-02）</h2>
    <div class="from">北海新闻网 · 北海日报</div>
    <div class="text">
    <p>北海市合浦县沙田镇的海面上，一排排养殖浮筏整齐排列，珍珠贝、生蚝在这里安家。</p>
    <p>镇里成立的海水养殖合作社统一采购种苗、统一销售，带动两百多户渔民增收。</p>
    </div>
    <div class="tool">【收藏】【打印】</div>
    <div class="foot">北海日报社版权所有　桂ICP备05005678号</div>
    </body>
    </html>
    """,
    title="合浦：南珠之乡的“海上田园”",
    source="北海日报",
    site="北海新闻网",
    date="2024-11-02",
    chrome=["首页 | 北海新闻 | 县区 | 海洋 | 民生", "【收藏】【打印】", "桂ICP备05005678号"],
    body=["一排排养殖浮筏整齐排列", "带动两百多户渔民增收"],
    regions=[
        ("北海市合浦县沙田镇的海面上", ["广西壮族自治区/北海市/合浦县"]),
        ("镇里成立的海水养殖合作社", []),
    ],
    complete=True,
)


# --- WeChat articles as Markdown and text -------------------------------------------------------
art(
    "danzhou_wechat_frontmatter.md",
    "WeChat article saved as Markdown with YAML front matter (title, author: 儋州发布, date: 2024-11-09, url), a `# ` heading repeating the title, image line, 来源 line and 扫码关注 at the end",
    "utf-8",
    """
    ---
    title: "儋州：海头镇渔村的“渔家乐”火了"
    author: 儋州发布
    date: 2024-11-09
    url: https://mp.weixin.qq.com/s/Xq2kPz8aN1
    ---

    # 儋州：海头镇渔村的“渔家乐”火了

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640)

    周末，儋州市海头镇的渔村里游客不断，村民们把自家的渔船和小院收拾出来，办起了“渔家乐”，带游客出海、赶海、吃海鲜。

    镇里统一培训、统一定价，今年已有四十多户渔民吃上了“旅游饭”。

    来源：儋州市融媒体中心

    扫码关注“儋州发布”
    """,
    title="儋州：海头镇渔村的“渔家乐”火了",
    source="儋州市融媒体中心",
    site="儋州发布",
    date="2024-11-09",
    chrome=["扫码关注“儋州发布”"],
    body=["带游客出海、赶海、吃海鲜", "今年已有四十多户渔民吃上了“旅游饭”"],
    regions=[
        ("周末，儋州市海头镇的渔村里", ["海南省/儋州市"]),
        ("镇里统一培训、统一定价", []),
    ],
    complete=True,
)

art(
    "rongxian_wechat_md_heading.md",
    "WeChat article as Markdown from a clipper (`# ` title, then a quoted account/date line `> 荣县发布 2024-11-06 18:00`, 以下文章来源于 box, bold subheads, end with 编辑 | 审核 | 监制 line)",
    "utf-8",
    """
    # 荣县：“院坝会”开到了村民家门口

    > 荣县发布 2024-11-06 18:00

    以下文章来源于荣县融媒，作者荣县融媒

    **干部下沉到院坝**

    在自贡市荣县的村里，镇村干部每月都要到村民的院坝里开一次“院坝会”，听意见、解难题。

    **小事不出组**

    今年以来，全县通过“院坝会”收集村民诉求一千二百多条，办结率超过九成。

    编辑 | 李欣　审核 | 周涛　监制 | 钟华
    """,
    title="荣县：“院坝会”开到了村民家门口",
    source="荣县融媒",
    site="荣县发布",
    date="2024-11-06",
    chrome=["以下文章来源于荣县融媒，作者荣县融媒", "编辑 | 李欣　审核 | 周涛　监制 | 钟华"],
    body=["听意见、解难题", "办结率超过九成"],
    regions=[
        ("在自贡市荣县的村里", ["四川省/自贡市/荣县"]),
        ("今年以来，全县通过“院坝会”", []),
    ],
    complete=True,
)

art(
    "dulan_wechat_copy_crlf.txt",
    "WeChat article copied as text in CRLF (title, 都兰县融媒体中心 account line with date 2024年11月01日 21:05 青海, long article, 往期推荐 list and 点个在看 at the end)",
    "utf-8",
    """
    都兰：枸杞地里的冬灌时节

    都兰县融媒体中心 2024年11月01日 21:05 青海

    入冬前，海西蒙古族藏族自治州都兰县的枸杞种植基地开始了冬灌，农技人员在地头指导种植户控制水量。

    县里的枸杞今年销往长三角和珠三角，一些合作社还拿到了出口订单。

    往期推荐
    都兰县召开冬季森林草原防火工作会议
    点个在看，你最好看
    """,
    title="都兰：枸杞地里的冬灌时节",
    source="都兰县融媒体中心",
    date="2024-11-01",
    chrome=["往期推荐", "都兰县召开冬季森林草原防火工作会议", "点个在看，你最好看"],
    body=["农技人员在地头指导种植户控制水量", "一些合作社还拿到了出口订单"],
    regions=[
        ("入冬前，海西蒙古族藏族自治州都兰县", ["青海省/海西蒙古族藏族自治州/都兰县"]),
        ("县里的枸杞今年销往长三角和珠三角", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "wulian_wechat_person_trap.txt",
    "WeChat article copied as text with its metadata under the body (title, body, then 来源：五莲县融媒体中心 / 记者：… / 2024-10-30 lines; a cadre named 于日照 beside the city 日照)",
    "utf-8",
    """
    五莲：山里的“板栗书记”

    在日照市五莲县的一个山村，驻村第一书记于日照到村两年，带着村民把板栗林改造成了高产园。

    他还联系了青岛的一家食品企业，村里的板栗今年第一次做成了袋装零食。

    来源：五莲县融媒体中心
    记者：丁宁
    2024-10-30
    """,
    title="五莲：山里的“板栗书记”",
    source="五莲县融媒体中心",
    date="2024-10-30",
    author="丁宁",
    body=["带着村民把板栗林改造成了高产园", "村里的板栗今年第一次做成了袋装零食"],
    regions=[
        ("在日照市五莲县的一个山村", ["山东省/日照市/五莲县"]),
        ("他还联系了青岛的一家食品企业", ["山东省/青岛市"]),
    ],
    complete=True,
)


# --- provincial/national media, a TV site, portals, journals ----------------------------------
art(
    "yaan_news_hanyuan.html",
    "city news site (<meta name=description>, 雅安新闻网 nav, 时间 + 来源 + 作者 + 字号 row, 图片说明 caption line, 责任编辑 + 审核 line, 蜀ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="description" content="汉源县清溪镇的花椒合作社">
    <title>汉源：花椒合作社分红了-雅安新闻网</title>
    </head>
    <body>
    <div class="nav">首页 | 雅安新闻 | 区县 | 民生 | 文旅</div>
    <h1>汉源：花椒合作社分红了</h1>
    <div class="info">时间：2024-10-28 17:20　来源：雅安日报　作者：杨帆　字号：大 中 小</div>
    <div class="content">
    <p>图为社员领取分红现场。（雅安日报 杨帆 摄）</p>
    <p>雅安市汉源县清溪镇的花椒专业合作社日前召开分红大会，一百多户社员共分得红利六十多万元。</p>
    <p>合作社负责人说，明年还要建一条花椒油生产线。</p>
    </div>
    <div class="ed">责任编辑：罗梅　审核：陈军</div>
    <div class="foot">雅安新闻网版权所有　蜀ICP备05012345号</div>
    </body>
    </html>
    """,
    title="汉源：花椒合作社分红了",
    source="雅安日报",
    site="雅安新闻网",
    date="2024-10-28",
    author="杨帆",
    chrome=[
        "首页 | 雅安新闻 | 区县 | 民生 | 文旅",
        "图为社员领取分红现场。（雅安日报 杨帆 摄）",
        "责任编辑：罗梅　审核：陈军",
        "蜀ICP备05012345号",
    ],
    body=["一百多户社员共分得红利六十多万元", "明年还要建一条花椒油生产线"],
    regions=[
        ("雅安市汉源县清溪镇的花椒专业合作社", ["四川省/雅安市/汉源县"]),
        ("合作社负责人说，明年还要", []),
    ],
    complete=True,
)

art(
    "shannan_news_naidong.txt",
    "regional paper site copied as text (title, 山南网 | 2024-10-26 | 来源：山南报 | 作者：… one pipe line, lead with 记者 in brackets, 【责任编辑：…】 at the end)",
    "utf-8",
    """
    乃东区：青稞仓里的丰收账

    山南网 | 2024-10-26 | 来源：山南报 | 作者：次仁卓嘎

    山南市乃东区昌珠镇的青稞收储仓库里，新收的青稞堆成了小山。区里今年推广良种种植，青稞亩产比去年提高了三十多斤。

    镇里的农机合作社为农户提供耕、种、收全程服务。

    【责任编辑：格桑】
    """,
    title="乃东区：青稞仓里的丰收账",
    source="山南报",
    site="山南网",
    date="2024-10-26",
    author="次仁卓嘎",
    chrome=["【责任编辑：格桑】"],
    body=["新收的青稞堆成了小山", "为农户提供耕、种、收全程服务"],
    regions=[
        ("山南市乃东区昌珠镇的青稞收储仓库里", ["西藏自治区/山南市/乃东区"]),
        ("镇里的农机合作社", []),
    ],
    complete=True,
)

art(
    "banna_daily_menghai_brief.txt",
    "very short news brief from a prefecture paper (one paragraph; （西双版纳报记者 …）after the title; date only as 本报讯 11月3日 in the text, year from the file's 2024 line at the top)",
    "utf-8",
    """
    西双版纳报 2024
    勐海县新建十个村级电商服务站

    本报讯 11月3日，西双版纳傣族自治州勐海县又有十个村级电商服务站建成投用，村民在家门口就能寄出普洱茶、收到网购的商品。（西双版纳报记者 岩温）
    """,
    title="勐海县新建十个村级电商服务站",
    source="西双版纳报",
    date="2024-11-03",
    author="岩温",
    body=["村民在家门口就能寄出普洱茶、收到网购的商品"],
    regions=[("西双版纳傣族自治州勐海县又有十个", ["云南省/西双版纳傣族自治州/勐海县"])],
    complete=True,
)

art(
    "qitai_gov_portal_relative.html",
    "county government portal with a relative date (发布于 3天前 on the page; the real date in <meta name=PubDate>), 奇台县人民政府 <title> suffix, 来源 + 浏览 row, 新ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="PubDate" content="2024-10-24 11:00">
    <title>奇台县：旱作小麦基地实现“一喷多促”-奇台县人民政府</title>
    </head>
    <body>
    <div class="nav">首页　走进奇台　政务公开　政务服务　互动交流</div>
    <h1>奇台县：旱作小麦基地实现“一喷多促”</h1>
    <div class="info">发布于 3天前　来源：奇台县农业农村局　浏览：312</div>
    <div class="body">
    <p>昌吉回族自治州奇台县的旱作小麦基地里，植保无人机正在为冬小麦喷施叶面肥，一天能作业上千亩。</p>
    <p>县里今年统一采购植保服务，农户不出钱就能享受“一喷多促”。</p>
    </div>
    <div class="foot">奇台县人民政府主办　新ICP备05000987号</div>
    </body>
    </html>
    """,
    title="奇台县：旱作小麦基地实现“一喷多促”",
    source="奇台县农业农村局",
    site="奇台县人民政府",
    date="2024-10-24",
    chrome=["首页　走进奇台　政务公开　政务服务　互动交流", "浏览：312", "新ICP备05000987号"],
    body=["植保无人机正在为冬小麦喷施叶面肥", "农户不出钱就能享受“一喷多促”"],
    regions=[
        ("昌吉回族自治州奇台县的旱作小麦基地里", ["新疆维吾尔自治区/昌吉回族自治州/奇台县"]),
        ("县里今年统一采购植保服务", []),
    ],
    complete=True,
)

art(
    "gxtv_news_transcript_bama.html",
    "provincial TV network's news site (广西广播电视台 masthead, video page: 视频 placeholder, 【导语】 + 【正文】 transcript labels, 发布时间 + 来源：广西新闻频道 row, 记者 line, 扫码下载 app, 桂ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>东兰县：板栗林里养起了“跑山鸡”_广西广播电视台</title></head>
    <body>
    <div class="mast">广西广播电视台　新闻 | 视频 | 直播 | 节目</div>
    <h1>东兰县：板栗林里养起了“跑山鸡”</h1>
    <div class="info">发布时间：2024-10-22 20:15　来源：广西新闻频道</div>
    <div class="video">视频加载中……</div>
    <div class="txt">
    <p>【导语】河池市东兰县的板栗林里，成群的土鸡在林下觅食，林下养殖让一片林子有了两份收入。</p>
    <p>【正文】村里的养鸡合作社统一提供鸡苗和防疫服务，农户负责放养，出栏后由合作社统一销售。</p>
    <p>今年，村里的“跑山鸡”已经卖到了南宁和柳州的超市。</p>
    </div>
    <div class="rep">记者：覃海明 蓝涛</div>
    <div class="app">扫码下载“广西新闻”客户端</div>
    <div class="foot">广西广播电视台版权所有　桂ICP备07501234号</div>
    </body>
    </html>
    """,
    title="东兰县：板栗林里养起了“跑山鸡”",
    source="广西新闻频道",
    site="广西广播电视台",
    date="2024-10-22",
    author="覃海明 蓝涛",
    chrome=[
        "新闻 | 视频 | 直播 | 节目",
        "视频加载中……",
        "扫码下载“广西新闻”客户端",
        "桂ICP备07501234号",
    ],
    body=[
        "林下养殖让一片林子有了两份收入",
        "农户负责放养，出栏后由合作社统一销售",
        "已经卖到了南宁和柳州的超市",
    ],
    regions=[
        ("河池市东兰县的板栗林里", ["广西壮族自治区/河池市/东兰县"]),
        ("村里的养鸡合作社", []),
        ("今年，村里的“跑山鸡”", ["广西壮族自治区/南宁市", "广西壮族自治区/柳州市"]),
    ],
    complete=True,
)

art(
    "jilin_tv_jike_app_share.txt",
    "provincial TV network's app share page copied (吉刻 app bar, title, 吉林广播电视台 | 2024-10-20 header, body, 来源：吉林卫视《吉林新闻联播》 at the end, 打开吉刻APP 查看更多)",
    "utf-8",
    """
    吉刻　打开

    东丰县：黑土地上的“保护性耕作”

    吉林广播电视台 | 2024-10-20

    辽源市东丰县的秋收接近尾声，收割后的秸秆被粉碎后覆盖在地表，这是当地推广多年的保护性耕作。

    农技人员介绍，秸秆覆盖可以减少风蚀，黑土层这些年没有再变薄。

    来源：吉林卫视《吉林新闻联播》
    打开吉刻APP 查看更多
    """,
    title="东丰县：黑土地上的“保护性耕作”",
    source="吉林卫视",
    site="吉林广播电视台",
    date="2024-10-20",
    chrome=["吉刻　打开", "打开吉刻APP 查看更多"],
    body=["收割后的秸秆被粉碎后覆盖在地表", "黑土层这些年没有再变薄"],
    regions=[
        ("辽源市东丰县的秋收接近尾声", ["吉林省/辽源市/东丰县"]),
        ("农技人员介绍，秸秆覆盖", []),
    ],
    complete=True,
)

art(
    "taihainet_repost_zhangpu.html",
    "provincial portal reposting a city paper (台海网 masthead, <title> 标题 - 台海网, 来源：闽南日报 + 作者 + 2024-10-18 08:30 row, 原标题 line inside the body, 编辑 line, 闽ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>漳浦这个村靠剪纸“剪”出好日子 - 台海网</title></head>
    <body>
    <div class="mast">台海网　首页 | 福建 | 厦门 | 台湾 | 海峡</div>
    <h1>漳浦这个村靠剪纸“剪”出好日子</h1>
    <div class="info">来源：闽南日报　作者：林丽云　2024-10-18 08:30</div>
    <div class="main">
    <p>原标题：小剪刀剪出大产业</p>
    <p>在漳州市漳浦县的一个村子里，几十位妇女围坐在一起剪纸，一幅幅窗花、灯笼纹样从她们手中诞生。</p>
    <p>村里的剪纸合作社接了不少外贸订单，作品远销东南亚，还有来自厦门的文创公司上门订货。</p>
    </div>
    <div class="ed">编辑：陈晓</div>
    <div class="foot">台海网版权所有　闽ICP备09001234号</div>
    </body>
    </html>
    """,
    title="漳浦这个村靠剪纸“剪”出好日子",
    original_title="小剪刀剪出大产业",
    source="闽南日报",
    site="台海网",
    date="2024-10-18",
    author="林丽云",
    chrome=["首页 | 福建 | 厦门 | 台湾 | 海峡", "编辑：陈晓", "闽ICP备09001234号"],
    body=["一幅幅窗花、灯笼纹样从她们手中诞生", "作品远销东南亚"],
    regions=[
        ("在漳州市漳浦县的一个村子里", ["福建省/漳州市/漳浦县"]),
        ("村里的剪纸合作社接了不少外贸订单", ["福建省/厦门市"]),
    ],
    complete=True,
)

art(
    "yaxin_repost_shawan.html",
    "regional portal (亚心网 masthead, 首页 > 新疆 crumb, 2024年10月16日 10:22 来源：亚心网 作者：… row, body ending with （亚心网记者 …）, 【我要纠错】 and 分享 bar, 新ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>沙湾：棉花收完 农机手转战“冬修”</title></head>
    <body>
    <div class="crumb">亚心网 首页 &gt; 新疆 &gt; 地州</div>
    <h1>沙湾：棉花收完 农机手转战“冬修”</h1>
    <div class="info">2024年10月16日 10:22　来源：亚心网　作者：王晓梅</div>
    <div class="con">
    <p>塔城地区沙湾市的棉花采收基本结束，农机手们把采棉机开进了合作社的维修车间，开始冬季检修。</p>
    <p>合作社负责人说，机子保养好了，明年开春才能不误农时。（亚心网记者 王晓梅）</p>
    </div>
    <div class="tool">【我要纠错】　分享到：微信 微博</div>
    <div class="foot">亚心网版权所有　新ICP备11001111号</div>
    </body>
    </html>
    """,
    title="沙湾：棉花收完 农机手转战“冬修”",
    source="亚心网",
    date="2024-10-16",
    author="王晓梅",
    chrome=["亚心网 首页 > 新疆 > 地州", "【我要纠错】　分享到：微信 微博", "新ICP备11001111号"],
    body=["开始冬季检修", "明年开春才能不误农时"],
    regions=[
        ("塔城地区沙湾市的棉花采收", ["新疆维吾尔自治区/塔城地区/沙湾市"]),
        ("合作社负责人说，机子保养好了", []),
    ],
    complete=True,
)

art(
    "fendou_journal_yichun_gb18030.txt",
    "provincial party journal article copied as GB18030 text (journal + issue line 《奋斗》2024年第21期, title, author line with unit, 摘要 line, numbered section heads, no day date: issue date labelled as the 1st of November by the journal's 11月1日出版 line)",
    "gb18030",
    """
    《奋斗》2024年第21期　2024年11月1日出版

    让驻村工作队成为群众的“贴心人”

    中共伊春市委组织部

    摘要：选派驻村工作队是加强基层组织建设的重要举措。

    一、选准派强，把最能干的人派下去

    近年来，伊春市把选派驻村第一书记和工作队作为锻炼干部的重要平台，优先从市县机关中选派年轻干部。

    二、真蹲实驻，把群众的事办实

    工作队员吃住在村，走遍每家每户，帮着村里办起了合作社、修好了屯路。

    三、严管厚爱，让干部愿意留在村里

    市里建立了驻村干部考核和关爱机制，表现突出的优先提拔使用。
    """,
    title="让驻村工作队成为群众的“贴心人”",
    source="奋斗",
    date="2024-11-01",
    author="中共伊春市委组织部",
    body=[
        "优先从市县机关中选派年轻干部",
        "帮着村里办起了合作社、修好了屯路",
        "表现突出的优先提拔使用",
    ],
    regions=[
        ("近年来，伊春市把选派驻村第一书记", ["黑龙江省/伊春市"]),
        ("工作队员吃住在村", []),
        ("市里建立了驻村干部考核", []),
    ],
    complete=True,
)

EEO_PARAS = [
    "十一月初的一个清晨，安徽省宿州市砀山县的梨园里已经落了一层薄霜，合作社的冷库门口停着几辆等着装货的厢式货车。",
    "砀山是全国有名的酥梨产区，梨树种了几十万亩，可多年来果农最怕的就是“丰产不丰收”。",
    "梨熟的时候，几十万吨梨在同一个月里涌向市场，价格一天一个样，卖不掉的只能烂在地头。",
    "转机出现在冷库和加工厂建起来之后。",
    "过去三年，县里陆续建起了一百多座冷库，总库容超过三十万吨，酥梨可以从秋天一直卖到第二年春天。",
    "一位种了二十年梨的果农算了一笔账：错峰出售，每斤能多卖三四毛钱，一亩地多收一千多元。",
    "加工也在延长链条。梨膏、梨汁、梨干，过去是作坊里熬出来的土产，如今有了标准化的生产线。",
    "县里的一家梨膏企业负责人说，他们的产品今年进了长三角的连锁超市，订单比去年翻了一番。",
    "电商是另一条路。村里的年轻人开起了网店，一箱箱酥梨从快递站发往全国各地。",
    "快递企业在乡镇设了分拨中心，发往北上广的包裹，第二天就能送到。",
    "但问题依然存在。一些冷库建起来后利用率不高，淡季时空着一半。",
    "也有果农反映，品种老化是更大的隐忧，老梨树产量在下降，口感也比不上新品种。",
    "县农业农村部门正在推动老果园改造，计划用五年时间更新一批品种，并推广矮化密植。",
    "改造需要钱，也需要时间。新栽的梨树要三四年才能挂果，这几年的收入从哪里来，是果农最关心的事。",
    "为此，县里试点了“改造贷”，由政府贴息，银行按改造面积放贷，果农可以分期还款。",
    "一位驻村第一书记说，他们村今年有三十多户报名改造，他的任务是帮每一户把账算清楚。",
    "从“卖梨”到“卖产品”，再到“卖品牌”，砀山走了十几年，也还要接着走下去。",
    "冷库门口的货车装满了，司机发动车子，朝着高速路口开去。",
]
art(
    "eeo_weekly_dangshan_long.html",
    "business weekly's site, a long feature (18 paragraphs; <meta name=pubdate>, <title> 标题 | 经济观察网, 经济观察报 记者 name + 2024-11-09 on one line, 小标题-free, 本文刊发于 issue line and 版权声明 at the end, share bar at the top)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="pubdate" content="2024-11-09">
    <title>砀山酥梨的“错峰”生意 | 经济观察网</title>
    </head>
    <body>
    <div class="nav">经济观察网　首页 | 宏观 | 公司 | 区域 | 观察家</div>
    <h1>砀山酥梨的“错峰”生意</h1>
    <div class="by">经济观察报 记者 沈红旗　2024-11-09 11:02</div>
    <div class="share">分享到：微信 微博 复制链接</div>
    <div class="body">
    """
    + "".join(f"    <p>{p}</p>\n" for p in EEO_PARAS)
    + """
    </div>
    <div class="issue">本文刊发于《经济观察报》2024年11月11日第1195期</div>
    <div class="copy">版权声明：以上内容为《经济观察报》社原创作品，未经授权不得转载。</div>
    <div class="foot">经济观察网　京ICP备09087654号</div>
    </body>
    </html>
    """,
    title="砀山酥梨的“错峰”生意",
    source="经济观察报",
    site="经济观察网",
    date="2024-11-09",
    author="沈红旗",
    chrome=[
        "首页 | 宏观 | 公司 | 区域 | 观察家",
        "分享到：微信 微博 复制链接",
        "版权声明：以上内容为《经济观察报》社原创作品，未经授权不得转载。",
        "京ICP备09087654号",
    ],
    body=[
        "合作社的冷库门口停着几辆等着装货的厢式货车",
        "价格一天一个样，卖不掉的只能烂在地头",
        "总库容超过三十万吨",
        "由政府贴息，银行按改造面积放贷",
        "朝着高速路口开去",
    ],
    regions=[
        ("安徽省宿州市砀山县的梨园里", ["安徽省/宿州市/砀山县"]),
        ("砀山是全国有名的酥梨产区", ["安徽省/宿州市/砀山县"]),
        ("他们的产品今年进了长三角", []),
        ("发往北上广的包裹", ["北京市", "上海市", "广东省/广州市"]),
        ("县农业农村部门正在推动老果园改造", []),
    ],
    complete=False,
)

SCDJ_PARAS = [
    "近年来，德阳市在乡镇推行“片区化”治理，把地域相连、产业相近的几个村划为一个片区，统一规划、抱团发展。",
    "以前村与村之间各干各的，一个村一个产业，规模小、抗风险能力弱。",
    "划片以后，片区党委统筹安排产业布局，几个村联合建起了柑橘基地和生猪养殖场。",
    "片区内的村干部交叉任职，强村带弱村，好的经验很快就能推开。",
    "在德阳市中江县，一个由五个村组成的片区，去年村集体收入全部超过了二十万元。",
    "片区还统一建设了便民服务中心，群众办事不出片区。",
    "乡镇干部下沉到片区，每人联系几十户群众，群众有事随时能找到人。",
    "一位片区党委书记说，片区化不是简单合并，关键是让资源流动起来。",
    "他们把片区内闲置的学校、村委会旧址改造成了加工车间和养老服务站。",
    "片区内的土地也打破村界统一流转，方便引进规模经营主体。",
    "在什邡市，片区党委牵头成立了强村公司，承接小型工程和农业社会化服务。",
    "强村公司去年营收四百多万元，利润按比例分给片区各村。",
    "片区化治理也面临新问题：片区与村的权责如何划分，干部考核怎么算。",
    "德阳市出台了片区运行的指导意见，明确片区党委抓统筹、村党组织抓落实。",
    "下一步，德阳将在全市推广片区化治理的做法，并总结形成可复制的经验。",
    "基层治理没有一劳永逸的办法，只有不断在实践中摸索。",
]
art(
    "scdj_journal_deyang_long.md",
    "provincial party journal article saved as Markdown from a reader app (16 paragraphs; `# ` title, `作者：` and `来源：《四川党的建设》` and `发布时间：2024-10-12` lines under it, `---` rule, no chrome at the end)",
    "utf-8",
    "# 片区化治理让乡村抱团发展\n\n作者：中共德阳市委组织部\n来源：《四川党的建设》\n发布时间：2024-10-12\n\n---\n\n"
    + "\n\n".join(SCDJ_PARAS)
    + "\n",
    title="片区化治理让乡村抱团发展",
    source="四川党的建设",
    date="2024-10-12",
    author="中共德阳市委组织部",
    body=[
        "统一规划、抱团发展",
        "片区内的村干部交叉任职，强村带弱村",
        "利润按比例分给片区各村",
        "只有不断在实践中摸索",
    ],
    regions=[
        ("近年来，德阳市在乡镇推行", ["四川省/德阳市"]),
        ("在德阳市中江县，一个由五个村组成的片区", ["四川省/德阳市/中江县"]),
        ("在什邡市，片区党委牵头", ["四川省/德阳市/什邡市"]),
        ("片区还统一建设了便民服务中心", []),
    ],
    complete=False,
)

art(
    "time_weekly_qianjiang_quote_title.txt",
    "national weekly copied as text with the title in 《》 quotes inside a 时代周报 masthead line, date as 2024.10.08 and the source only in a © 时代周报 copyright footer",
    "utf-8",
    """
    时代周报 | 区域经济　2024.10.08

    小龙虾之城的“第二产业”

    文 | 时代周报记者 邱月

    湖北潜江的小龙虾产业已经做到了几百亿元的规模，如今这座城市正在把虾壳、虾头也变成产品。

    当地一家企业从虾壳中提取甲壳素，做成医用敷料和保健品原料，每年消化虾壳数万吨。

    © 时代周报 版权所有，未经许可不得转载
    """,
    title="小龙虾之城的“第二产业”",
    source="时代周报",
    date="2024-10-08",
    author="邱月",
    chrome=["© 时代周报 版权所有，未经许可不得转载"],
    body=["如今这座城市正在把虾壳、虾头也变成产品", "每年消化虾壳数万吨"],
    regions=[
        ("湖北潜江的小龙虾产业", ["湖北省/潜江市"]),
        ("当地一家企业从虾壳中提取甲壳素", []),
    ],
    complete=True,
)

art(
    "cnjsb_brief_pingxiang.txt",
    "national trade paper's brief, very short (two paragraphs: dateline 本报讯（记者 …）, then 中国建设报 2024年10月05日 at the end)",
    "utf-8",
    """
    凭祥推进边境村庄“微改造”

    本报讯（记者 黄敏）崇左市凭祥市今年完成了十二个边境村庄的“微改造”，村道硬化、危房改造和污水处理同步推进。

    下一步，凭祥市还将在沿边村屯推广这一做法。

    中国建设报 2024年10月05日
    """,
    title="凭祥推进边境村庄“微改造”",
    source="中国建设报",
    date="2024-10-05",
    author="黄敏",
    body=["村道硬化、危房改造和污水处理同步推进", "还将在沿边村屯推广这一做法"],
    regions=[
        ("本报讯（记者 黄敏）崇左市凭祥市", ["广西壮族自治区/崇左市/凭祥市"]),
        ("下一步，凭祥市还将", ["广西壮族自治区/崇左市/凭祥市"]),
    ],
    complete=True,
)


# --- Hong Kong, Macau and Taiwan papers in traditional script; overseas Chinese papers ---------
art(
    "etnet_hk_yuenlong_farm.html",
    "Hong Kong financial portal's news page (經濟通 masthead, <title> 標題 - 經濟通 ETNet, 2024/11/08 16:45 time line with 香港時間-free date, source line 經濟通通訊社, 相關新聞 list, 免責聲明 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head><meta charset="utf-8"><title>本地有機農場冬季開放 市民可入園採摘 - 經濟通 ETNet</title></head>
    <body>
    <div class="nav">經濟通　即時新聞 | 香港 | 中國 | 國際 | 生活</div>
    <h1>本地有機農場冬季開放 市民可入園採摘</h1>
    <div class="time">2024/11/08 16:45</div>
    <div class="src">經濟通通訊社</div>
    <div class="story">
    <p>元朗八鄉多個有機農場踏入冬季收成期，農場主表示，今年天氣較穩定，菜心、芥蘭生長理想，周末會開放市民入園採摘。</p>
    <p>有農場負責人指，近年不少市民由深圳過境到農場參觀，希望政府改善區內交通配套。</p>
    </div>
    <div class="rel">相關新聞：漁護署推廣本地優質農產品</div>
    <div class="disc">免責聲明：經濟通所刊的資料僅供參考。</div>
    <div class="foot">© 經濟通 版權所有</div>
    </body>
    </html>
    """,
    title="本地有機農場冬季開放 市民可入園採摘",
    source="經濟通通訊社",
    site="經濟通",
    date="2024-11-08",
    chrome=[
        "即時新聞 | 香港 | 中國 | 國際 | 生活",
        "相關新聞：漁護署推廣本地優質農產品",
        "免責聲明：經濟通所刊的資料僅供參考。",
    ],
    body=["周末會開放市民入園採摘", "希望政府改善區內交通配套"],
    regions=[
        ("元朗八鄉多個有機農場", ["香港特别行政区"]),
        ("近年不少市民由深圳過境", ["广东省/深圳市"]),
    ],
    complete=True,
)

art(
    "mingzhou_hk_saikung_big5.txt",
    "Hong Kong weekly magazine feature copied as Big5 text (明周 masthead + 文化 section line, title, 撰文：… 攝影：… line, 2024年10月31日 date line after the credits, 相關文章 at the end)",
    "big5",
    """
    明周文化 | 人物

    西貢老村的最後一位竹匠

    撰文：梁詠詩　攝影：陳志豪

    2024年10月31日

    西貢北約的一條老村裡，七十多歲的竹匠仍然每天坐在屋前紮竹籮，村裡的年輕人大多已搬出市區。

    他說，手藝學了五十年，只要還有人來買，他就會一直做下去。

    相關文章：大澳棚屋的新住客
    """,
    title="西貢老村的最後一位竹匠",
    source="明周文化",
    date="2024-10-31",
    author="梁詠詩",
    chrome=["相關文章：大澳棚屋的新住客"],
    body=["七十多歲的竹匠仍然每天坐在屋前紮竹籮", "他就會一直做下去"],
    regions=[
        ("西貢北約的一條老村裡", ["香港特别行政区"]),
        ("他說，手藝學了五十年", []),
    ],
    complete=True,
)

art(
    "exmoo_macau_hengqin.html",
    "Macau online news platform (Exmoo masthead in English + Chinese, <meta property=og:title>, date as 2024年10月29日 下午3:20, no source line (the platform is the source), tags line, 分享 bar, © Exmoo footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-MO">
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="澳門青年赴橫琴鄉村做義工">
    <title>Exmoo 新聞</title>
    </head>
    <body>
    <div class="mast">Exmoo News 澳門新聞　本地 | 大灣區 | 國際</div>
    <h1>澳門青年赴橫琴鄉村做義工</h1>
    <div class="date">2024年10月29日 下午3:20</div>
    <div class="content">
    <p>一批澳門青年日前前往橫琴粵澳深度合作區的村落，為村裡的長者整理菜園、修理家電。</p>
    <p>帶隊的社團負責人表示，希望澳門青年多了解內地鄉村的生活。</p>
    </div>
    <div class="tags">#橫琴 #義工 #青年</div>
    <div class="share">分享：Facebook WhatsApp 微信</div>
    <div class="foot">© 2024 Exmoo News. All rights reserved.</div>
    </body>
    </html>
    """,
    title="澳門青年赴橫琴鄉村做義工",
    source="Exmoo News",
    date="2024-10-29",
    chrome=[
        "本地 | 大灣區 | 國際",
        "#橫琴 #義工 #青年",
        "分享：Facebook WhatsApp 微信",
        "© 2024 Exmoo News. All rights reserved.",
    ],
    body=["為村裡的長者整理菜園、修理家電", "希望澳門青年多了解內地鄉村的生活"],
    regions=[
        ("一批澳門青年日前前往橫琴", ["澳门特别行政区", "广东省/珠海市"]),
        ("帶隊的社團負責人表示", ["澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "eranews_tw_taoyuan_roc_big5_crlf.txt",
    "Taiwan TV news site copied as Big5 text with CRLF (年代新聞 masthead, title, 記者 + 攝影 line, 民國113年10月27日 ROC date, 更多新聞 line)",
    "big5",
    """
    年代新聞　首頁 | 政治 | 社會 | 生活 | 地方

    復興區部落推小米季　青年返鄉接棒

    記者 林佳穎 / 攝影 王志明　民國113年10月27日

    桃園市復興區的泰雅族部落近日舉辦小米收穫祭，返鄉青年帶著遊客體驗小米脫穀、釀酒。

    部落頭目說，年輕人回來了，部落的文化才有人傳下去。

    更多新聞：新竹尖石鄉部落道路改善工程完工
    """,
    title="復興區部落推小米季　青年返鄉接棒",
    source="年代新聞",
    date="2024-10-27",
    author="林佳穎",
    chrome=[
        "年代新聞　首頁 | 政治 | 社會 | 生活 | 地方",
        "更多新聞：新竹尖石鄉部落道路改善工程完工",
    ],
    body=["返鄉青年帶著遊客體驗小米脫穀、釀酒", "部落的文化才有人傳下去"],
    regions=[
        ("桃園市復興區的泰雅族部落", ["台湾省/桃园市"]),
        ("部落頭目說", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "gvm_tw_yunlin_big5.html",
    "Taiwan monthly magazine's site saved in Big5 (<meta charset=big5>, 遠見雜誌 nav, 作者 + 出刊日 2024-10-01 + 分類 block, 延伸閱讀, 訂閱雜誌 footer)",
    "big5",
    """
    <html>
    <head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>遠見雜誌</title></head>
    <body>
    <div class="nav">遠見雜誌　首頁 | 地方創生 | 財經 | 教育 | 永續</div>
    <h1>口湖鄉的養殖漁村　靠社區廚房留住老人</h1>
    <div class="meta">作者：吳佩芬　出刊日：2024-10-01　分類：地方創生</div>
    <div class="art">
    <p>雲林縣口湖鄉是台灣西海岸的養殖漁村，年輕人外流嚴重，社區發展協會開辦了共餐廚房，每天為村裡的老人準備午餐。</p>
    <p>協會理事長說，共餐不只是吃飯，更是讓老人有個地方聊天。</p>
    </div>
    <div class="more">延伸閱讀：屏東偏鄉的行動圖書館</div>
    <div class="foot">訂閱雜誌　遠見天下文化出版股份有限公司 版權所有</div>
    </body>
    </html>
    """,
    title="口湖鄉的養殖漁村　靠社區廚房留住老人",
    source="遠見雜誌",
    date="2024-10-01",
    author="吳佩芬",
    chrome=[
        "首頁 | 地方創生 | 財經 | 教育 | 永續",
        "延伸閱讀：屏東偏鄉的行動圖書館",
        "訂閱雜誌　遠見天下文化出版股份有限公司 版權所有",
    ],
    body=["社區發展協會開辦了共餐廚房", "更是讓老人有個地方聊天"],
    regions=[
        ("雲林縣口湖鄉是台灣西海岸的養殖漁村", ["台湾省/云林县"]),
        ("協會理事長說", []),
    ],
    complete=True,
)

art(
    "nextapple_tw_hualien_jsonld.html",
    "Taiwan news site with JSON-LD (datePublished with +08:00), <title> 標題｜壹蘋新聞網, the visible date as 2024.09.30 15:10, 記者 line, 看更多 links, footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head>
    <meta charset="utf-8">
    <title>玉里鎮稻農搶收二期稻　颱風前收割完成｜壹蘋新聞網</title>
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"玉里鎮稻農搶收二期稻　颱風前收割完成","datePublished":"2024-09-30T15:10:00+08:00","author":{"@type":"Person","name":"張家豪"}}
    </script>
    </head>
    <body>
    <div class="nav">壹蘋新聞網　即時 | 社會 | 生活 | 地方</div>
    <h1>玉里鎮稻農搶收二期稻　颱風前收割完成</h1>
    <div class="time">2024.09.30 15:10</div>
    <div class="rep">記者張家豪／花蓮報導</div>
    <div class="bd">
    <p>颱風接近前，花蓮縣玉里鎮的稻農趕在兩天內收割完二期稻作，鄉公所協調了十幾台收割機支援。</p>
    <p>農會表示，今年二期稻收成大致正常。</p>
    </div>
    <div class="more">看更多：東部鐵路颱風期間班次調整</div>
    <div class="foot">© 壹蘋新聞網</div>
    </body>
    </html>
    """,
    title="玉里鎮稻農搶收二期稻　颱風前收割完成",
    source="壹蘋新聞網",
    date="2024-09-30",
    author="張家豪",
    chrome=["即時 | 社會 | 生活 | 地方", "看更多：東部鐵路颱風期間班次調整"],
    body=["鄉公所協調了十幾台收割機支援", "今年二期稻收成大致正常"],
    regions=[
        ("颱風接近前，花蓮縣玉里鎮", ["台湾省/花莲县"]),
        ("農會表示", []),
    ],
    complete=True,
)

art(
    "khmer_daily_kh_huidong_dmy.txt",
    "overseas Chinese paper in Cambodia copied as text (高棉日报 masthead, title, date as 28/09/2024 after the masthead, 【本报讯】 lead, no author)",
    "utf-8",
    """
    高棉日报　28/09/2024

    柬埔寨客属乡亲回乡参加侨乡恳亲会

    【本报讯】一批旅居柬埔寨的客属乡亲日前回到广东省惠州市惠东县，参加侨乡恳亲会，并为家乡的村小捐赠了图书和体育器材。

    乡亲们表示，将继续关心家乡的发展。
    """,
    title="柬埔寨客属乡亲回乡参加侨乡恳亲会",
    source="高棉日报",
    date="2024-09-28",
    body=["为家乡的村小捐赠了图书和体育器材", "将继续关心家乡的发展"],
    regions=[
        ("一批旅居柬埔寨的客属乡亲", ["广东省/惠州市/惠东县"]),
        ("乡亲们表示", []),
    ],
    complete=True,
)

art(
    "yinhua_daily_id_repost_spam.txt",
    "overseas Chinese paper in Indonesia reposting mainland copy (印华日报 + 2024年9月25日 星期三 line, title, 来源：中国侨网 line under the title, two SEO spam strings inside the body)",
    "utf-8",
    """
    印华日报　2024年9月25日 星期三

    海南侨乡古村焕新颜 海外乡亲回乡寻根

    来源：中国侨网

    近年来，海南省琼海市的几个侨乡古村陆续完成修缮，不少印尼华裔青年专程回乡寻根雅加达高仿名表货到付款，在祖屋前拍下合影。

    当地侨联表示，将继续为海外乡亲寻根提供服务加微信领取彩金。
    """,
    title="海南侨乡古村焕新颜 海外乡亲回乡寻根",
    source="中国侨网",
    site="印华日报",
    date="2024-09-25",
    body=["不少印尼华裔青年专程回乡寻根，在祖屋前拍下合影。", "将继续为海外乡亲寻根提供服务。"],
    spam=["雅加达高仿名表货到付款", "加微信领取彩金"],
    regions=[
        ("近年来，海南省琼海市的几个侨乡古村", ["海南省/琼海市"]),
        ("当地侨联表示", []),
    ],
    complete=True,
)


# --- other kinds users save: forum, note apps, a company site, a blog -------------------------
art(
    "xiaogan_forum_discuz_gbk_spam.htm",
    "city forum thread (Discuz!) saved in GBK (forum name + 版块 crumb, 楼主 line with 发表于 2024-9-20 14:33, 只看该作者, 回复 floors, 本帖最后由 … 编辑 stamp, Powered by Discuz! footer; a lottery spam inside a body sentence)",
    "gbk",
    """
    <html>
    <head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>孝昌县小悟乡的桃花路修好了 - 孝感论坛</title></head>
    <body>
    <div class="crumb">孝感论坛 &gt; 孝感杂谈 &gt; 孝昌县小悟乡的桃花路修好了</div>
    <h1>孝昌县小悟乡的桃花路修好了</h1>
    <div class="post">楼主 山里人老周　发表于 2024-9-20 14:33　只看该作者</div>
    <div class="msg">
    <p>本帖最后由 山里人老周 于 2024-9-20 15:01 编辑</p>
    <p>周末回孝感市孝昌县小悟乡老家，发现进村那条坑坑洼洼的土路变成了水泥路，两边还种上了桃树时时彩稳赚计划群。</p>
    <p>听村里人说，是驻村工作队跑了好几趟交通局争取来的项目，明年春天桃花开了大家可以去看看。</p>
    </div>
    <div class="reply">2楼 孝南小王：这路我上个月走过，确实好走多了。</div>
    <div class="foot">Powered by Discuz! X3.4　(C) 2001-2024 孝感论坛</div>
    </body>
    </html>
    """,
    title="孝昌县小悟乡的桃花路修好了",
    source="孝感论坛",
    date="2024-09-20",
    author="山里人老周",
    chrome=[
        "孝感论坛 > 孝感杂谈 > 孝昌县小悟乡的桃花路修好了",
        "只看该作者",
        "本帖最后由 山里人老周 于 2024-9-20 15:01 编辑",
        "2楼 孝南小王：这路我上个月走过，确实好走多了。",
        "Powered by Discuz! X3.4",
    ],
    body=["两边还种上了桃树。", "是驻村工作队跑了好几趟交通局争取来的项目"],
    spam=["时时彩稳赚计划群"],
    regions=[
        ("周末回孝感市孝昌县小悟乡老家", ["湖北省/孝感市/孝昌县"]),
        ("听村里人说，是驻村工作队", []),
    ],
    complete=True,
)

art(
    "joplin_export_wanzhou_md.md",
    "note app (Joplin) Markdown export of a clipped article (front matter with title, created, source_url; `# ` heading; 原文链接 line; the paper named only in a 来源 line inside the body's last line)",
    "utf-8",
    """
    ---
    title: 巫溪县红池坝的高山蔬菜
    created: 2024-09-18 22:10:04Z
    source_url: https://www.example-news.cn/cq/2024-09/18/content_1188.htm
    ---

    # 巫溪县红池坝的高山蔬菜

    原文链接：https://www.example-news.cn/cq/2024-09/18/content_1188.htm

    九月的巫溪县红池坝镇，海拔一千多米的高山上，萝卜、白菜正是收获时节，一车车高山蔬菜从山上运下来，发往成渝两地的批发市场。

    镇里的蔬菜协会统一品牌、统一包装，今年的菜价比往年高出两成。（来源：巫溪县融媒体中心）
    """,
    title="巫溪县红池坝的高山蔬菜",
    source="巫溪县融媒体中心",
    date="2024-09-18",
    chrome=["原文链接：https://www.example-news.cn/cq/2024-09/18/content_1188.htm"],
    body=["萝卜、白菜正是收获时节", "今年的菜价比往年高出两成"],
    regions=[
        ("九月的巫溪县红池坝镇", ["重庆市/巫溪县", "四川省/成都市", "重庆市"]),
        ("镇里的蔬菜协会统一品牌", []),
    ],
    complete=True,
)

art(
    "chinamobile_branch_news_mengcheng.html",
    "telecom company's provincial branch site (company nav, 公司新闻 crumb, 发布日期 only, no source line: the branch is named in the copyright footer, 分享 bar, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>公司新闻</title></head>
    <body>
    <div class="nav">首页 | 产品与服务 | 公司新闻 | 关于我们</div>
    <div class="crumb">首页 &gt; 公司新闻</div>
    <h1>千兆光网进村 蒙城乡村直播间“不卡了”</h1>
    <div class="date">发布日期：2024-09-15</div>
    <div class="txt">
    <p>近日，亳州市蒙城县的十几个行政村完成了千兆光网升级，村里的电商直播间网速明显提升。</p>
    <p>一位做牛肉干直播的村民说，以前直播常常卡顿，现在画面清楚多了，订单也多了。</p>
    </div>
    <div class="share">分享到：微信 微博</div>
    <div class="foot">版权所有：中国移动通信集团安徽有限公司　京ICP备05002571号</div>
    </body>
    </html>
    """,
    title="千兆光网进村 蒙城乡村直播间“不卡了”",
    source="中国移动通信集团安徽有限公司",
    date="2024-09-15",
    chrome=["首页 | 产品与服务 | 公司新闻 | 关于我们", "分享到：微信 微博", "京ICP备05002571号"],
    body=["村里的电商直播间网速明显提升", "现在画面清楚多了，订单也多了"],
    regions=[
        ("近日，亳州市蒙城县的十几个行政村", ["安徽省/亳州市/蒙城县"]),
        ("一位做牛肉干直播的村民说", []),
    ],
    complete=True,
)

art(
    "hugo_blog_guangling_time.html",
    "personal Hugo blog post (site title + menu, <time datetime=2024-09-10T20:00:00+08:00> shown as 2024年9月10日, 阅读约 3 分钟, tags, prev/next post links, 本站采用 CC BY-NC 4.0 许可 footer, Hugo theme credit)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-cn">
    <head><meta charset="utf-8"><title>在广灵的剪纸村过了一个周末 - 山路十八弯</title></head>
    <body>
    <header>山路十八弯　首页　归档　标签　关于</header>
    <article>
    <h1>在广灵的剪纸村过了一个周末</h1>
    <div class="meta"><time datetime="2024-09-10T20:00:00+08:00">2024年9月10日</time> · 阅读约 3 分钟</div>
    <p>九月初，我跟着朋友去了山西大同市广灵县的一个剪纸村，正赶上村里的“剪纸节”，四里八乡的村民都来了。</p>
    <p>村里的年轻人说，这几年村里修了路，节日期间来的游客越来越多，家家户户都在卖自家剪的窗花。</p>
    <div class="tags">标签：旅行 剪纸</div>
    </article>
    <nav>上一篇：雨季的五台山　下一篇：恒山脚下的早晨</nav>
    <footer>本站采用 CC BY-NC 4.0 许可　Powered by Hugo · Theme Stack</footer>
    </body>
    </html>
    """,
    title="在广灵的剪纸村过了一个周末",
    source="山路十八弯",
    date="2024-09-10",
    chrome=[
        "山路十八弯　首页　归档　标签　关于",
        "阅读约 3 分钟",
        "标签：旅行 剪纸",
        "上一篇：雨季的五台山　下一篇：恒山脚下的早晨",
        "Powered by Hugo · Theme Stack",
    ],
    body=["正赶上村里的“剪纸节”", "家家户户都在卖自家剪的窗花"],
    regions=[
        ("九月初，我跟着朋友去了山西大同市广灵县", ["山西省/大同市/广灵县"]),
        ("村里的年轻人说，这几年", []),
    ],
    complete=True,
)


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout15"
    SET.write(
        out,
        "heldout15: fresh held-out layouts, mainstream pages on purpose; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
