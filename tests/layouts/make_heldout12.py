"""Write tests/layouts/heldout12/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout12.py tests/layouts/heldout12

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout11. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- city and county portals, disclosure pages, media centres ----------------------------------
art(
    "zhangzhou_gov_jsonld.shtml",
    "city government portal .shtml (<title> 标题_漳州市人民政府, JSON-LD NewsArticle with datePublished, 首页 > 要闻动态 > 县区动态 crumb, 来源 + 发布时间 + 字号 大 中 小 row, 分享到 bar, 【打印本页】【关闭窗口】, 闽ICP备 + 政府网站标识码 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>平和县：蜜柚园里建起“乡村振兴夜校”_漳州市人民政府</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "平和县：蜜柚园里建起“乡村振兴夜校”", "datePublished": "2024-11-28T16:05:00+08:00", "publisher": {"@type": "Organization", "name": "漳州市人民政府"}}
    </script>
    </head>
    <body>
    <div class="top">漳州市人民政府 <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
    <div class="crumb">首页 &gt; 要闻动态 &gt; 县区动态</div>
    <h1>平和县：蜜柚园里建起“乡村振兴夜校”</h1>
    <div class="info">来源：平和县人民政府　发布时间：2024-11-28 16:05　字号：大 中 小</div>
    <div class="share">分享到：微信 微博 QQ空间</div>
    <div class="article">
    <p>每周三晚上七点，漳州市平和县坂仔镇的村部会议室里总是坐满了人。</p>
    <p>这是镇里办的“乡村振兴夜校”，请农技员、电商主播和返乡创业的年轻人轮流上课，讲蜜柚修剪、冷链保鲜和网店运营。</p>
    <p>种了三十年蜜柚的老果农说，白天干活，晚上听课，不耽误事，学到的东西第二天就能用上。</p>
    <p>今年以来，夜校已开课四十二期，听课村民累计三千多人次。</p>
    </div>
    <div class="tool">【打印本页】【关闭窗口】</div>
    <div class="foot">主办：漳州市人民政府办公室　闽ICP备05012345号　政府网站标识码：3506000001</div>
    </body>
    </html>
    """,
    title="平和县：蜜柚园里建起“乡村振兴夜校”",
    source="平和县人民政府",
    site="漳州市人民政府",
    date="2024-11-28",
    chrome=[
        "首页 > 要闻动态 > 县区动态",
        "字号：大 中 小",
        "分享到：微信 微博 QQ空间",
        "【打印本页】【关闭窗口】",
        "闽ICP备05012345号",
    ],
    body=[
        "村部会议室里总是坐满了人",
        "讲蜜柚修剪、冷链保鲜和网店运营",
        "学到的东西第二天就能用上",
        "夜校已开课四十二期",
    ],
    regions=[
        ("漳州市平和县坂仔镇的村部会议室", ["福建省/漳州市/平和县"]),
        ("这是镇里办的“乡村振兴夜校”", []),
        ("种了三十年蜜柚的老果农说", []),
        ("今年以来，夜校已开课四十二期", []),
    ],
    complete=True,
)

art(
    "meitan_xxgk_table.html",
    "county government information-disclosure page (索引号/发布机构/主题分类/成文日期/发布日期 table above the title, 【字体：大 中 小】, 扫一扫在手机打开当前页 QR line, 相关链接 list, 黔ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>湄潭县人民政府</title>
    </head>
    <body>
    <div class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 走进湄潭</div>
    <table class="xxgk">
    <tr><td>索引号：</td><td>11520328009470123K/2024-0456789</td><td>发布机构：</td><td>湄潭县农业农村局</td></tr>
    <tr><td>主题分类：</td><td>农业、林业、水利</td><td>成文日期：</td><td>2024-11-20</td></tr>
    <tr><td>标题：</td><td colspan="3">湄潭县2024年茶园“以奖代补”项目验收情况公示</td></tr>
    <tr><td>发布日期：</td><td>2024-11-22</td><td>文号：</td><td>湄农通〔2024〕31号</td></tr>
    </table>
    <div class="fontsize">【字体：大 中 小】</div>
    <h2>湄潭县2024年茶园“以奖代补”项目验收情况公示</h2>
    <div class="content">
    <p>根据遵义市湄潭县茶园提质增效工作安排，县农业农村局会同各镇（街道）对今年申报“以奖代补”的茶园进行了实地验收。</p>
    <p>经验收，全县共有一百零六户茶农、十二家合作社的茶园达到标准，验收面积合计八千三百亩。</p>
    <p>公示期为七个工作日，对公示内容有异议的，可在公示期内向县农业农村局茶叶产业发展股反映。</p>
    </div>
    <div class="qr">扫一扫在手机打开当前页</div>
    <div class="links">相关链接：贵州省人民政府 | 遵义市人民政府</div>
    <div class="foot">湄潭县人民政府办公室主办　黔ICP备12003456号</div>
    </body>
    </html>
    """,
    title="湄潭县2024年茶园“以奖代补”项目验收情况公示",
    source="湄潭县农业农村局",
    site="湄潭县人民政府",
    date="2024-11-22",
    chrome=[
        "首页 | 政务公开 | 政务服务 | 互动交流 | 走进湄潭",
        "11520328009470123K/2024-0456789",
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "相关链接：贵州省人民政府 | 遵义市人民政府",
        "黔ICP备12003456号",
    ],
    body=[
        "对今年申报“以奖代补”的茶园进行了实地验收",
        "验收面积合计八千三百亩",
        "向县农业农村局茶叶产业发展股反映",
    ],
    regions=[
        ("根据遵义市湄潭县茶园提质增效", ["贵州省/遵义市/湄潭县"]),
        ("经验收，全县共有一百零六户茶农", []),
        ("公示期为七个工作日", []),
    ],
    complete=True,
)

art(
    "mengyin_rongmei_gbk.htm",
    "county media centre page saved .htm in GBK with <meta charset=gb2312> (频道 nav, 当前位置 crumb, unpadded date 2024-12-1 + 来源 + 编辑 row, 【收藏】【打印】, 上一篇/下一篇, 鲁ICP备 footer, loan spam inside a sentence)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>蒙阴：“红色物业”进小区 居民议事有了新去处</title>
    </head>
    <body>
    <div class="nav">首页 | 蒙阴新闻 | 乡镇动态 | 视听蒙阴 | 融媒专题</div>
    <div class="pos">当前位置：首页 &gt; 蒙阴新闻</div>
    <h1>蒙阴：“红色物业”进小区 居民议事有了新去处</h1>
    <div class="info">2024-12-1　来源：蒙阴县融媒体中心　编辑：刘晓慧</div>
    <div class="text">
    <p>走进临沂市蒙阴县城区的一个老旧小区，楼道干净整洁，小区门口新建的“红色议事亭”里，几位居民正在商量停车位的划线方案。</p>
    <p>去年以来，县里推动社区党组织牵头引进物业服务企业临沂正规贷款公司当天放款，把党员楼长、网格员和物业人员组织到一起，小区里的大事小情都拿到议事亭里商量。</p>
    <p>居民说，以前有事不知道找谁，现在楼长一个电话，物业半天就来处理。</p>
    <p>目前，全县已有三十七个小区实现“红色物业”全覆盖。</p>
    </div>
    <div class="tool">【收藏】【打印】</div>
    <div class="pn">上一篇：蒙阴蜜桃冷库建设进展顺利<br>下一篇：岱崮镇开展冬季消防演练</div>
    <div class="foot">蒙阴县融媒体中心 版权所有　鲁ICP备09054321号</div>
    </body>
    </html>
    """,
    title="蒙阴：“红色物业”进小区 居民议事有了新去处",
    source="蒙阴县融媒体中心",
    date="2024-12-01",
    author=None,
    chrome=[
        "首页 | 蒙阴新闻 | 乡镇动态 | 视听蒙阴 | 融媒专题",
        "当前位置：首页 > 蒙阴新闻",
        "【收藏】【打印】",
        "上一篇：蒙阴蜜桃冷库建设进展顺利",
        "下一篇：岱崮镇开展冬季消防演练",
        "鲁ICP备09054321号",
    ],
    body=[
        "几位居民正在商量停车位的划线方案",
        "推动社区党组织牵头引进物业服务企业，把党员楼长、网格员和物业人员组织到一起",
        "现在楼长一个电话，物业半天就来处理",
        "全县已有三十七个小区实现“红色物业”全覆盖",
    ],
    spam=["临沂正规贷款公司当天放款"],
    regions=[
        ("走进临沂市蒙阴县城区的一个老旧小区", ["山东省/临沂市/蒙阴县"]),
        ("去年以来，县里推动社区党组织牵头", []),
        ("居民说，以前有事不知道找谁", []),
        ("目前，全县已有三十七个小区", []),
    ],
    complete=True,
)

art(
    "shigatse_gov_portal.html",
    "prefecture-level city portal HTML (藏汉双语 masthead line, 信息来源 + 发布日期 YYYY年MM月DD日 + 阅读次数 row, 【我要纠错】, 分享 bar, 藏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>江孜县：青稞收购“点对点”服务送到田间地头 - 日喀则市人民政府</title></head>
    <body>
    <div class="head">日喀则市人民政府 གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་།</div>
    <div class="menu">首页 政务公开 政务服务 互动交流 魅力日喀则</div>
    <h1>江孜县：青稞收购“点对点”服务送到田间地头</h1>
    <div class="attr">信息来源：江孜县融媒体中心　发布日期：2024年11月25日　阅读次数：846</div>
    <div class="share">分享：微信 微博</div>
    <div class="cont">
    <p>秋收结束后，日喀则市江孜县的青稞收购点直接设到了各乡镇，粮食企业的收购车开到村口，当场过磅、当场结算。</p>
    <p>今年全县青稞总产量再创新高，为防止农户卖粮难，县里组织三家企业与二十一个村签订了订单收购协议。</p>
    <p>村民拉着满车的青稞来到收购点，不到半小时，钱就转进了银行卡。</p>
    </div>
    <div class="err">【我要纠错】</div>
    <div class="foot">日喀则市人民政府办公室主办　藏ICP备10000123号</div>
    </body>
    </html>
    """,
    title="江孜县：青稞收购“点对点”服务送到田间地头",
    source="江孜县融媒体中心",
    site="日喀则市人民政府",
    date="2024-11-25",
    chrome=[
        "首页 政务公开 政务服务 互动交流 魅力日喀则",
        "阅读次数：846",
        "分享：微信 微博",
        "【我要纠错】",
        "藏ICP备10000123号",
    ],
    body=[
        "粮食企业的收购车开到村口，当场过磅、当场结算",
        "县里组织三家企业与二十一个村签订了订单收购协议",
        "不到半小时，钱就转进了银行卡",
    ],
    regions=[
        ("秋收结束后，日喀则市江孜县", ["西藏自治区/日喀则市/江孜县"]),
        ("今年全县青稞总产量再创新高", []),
        ("村民拉着满车的青稞来到收购点", []),
    ],
    complete=True,
)

art(
    "jiangxi_gov_repost_fuzhou.html",
    "provincial government portal reposting a city paper (来源：抚州日报 with 作者 line, 发布时间 with seconds, 【字体：小 中 大】, 打印 | 关闭, 相关稿件 list, 赣ICP备 footer; 京津冀-style 赣闽粤 compound, 赴粤 phrase)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>广昌白莲“走出去” 莲农腰包鼓起来 | 江西省人民政府</title></head>
    <body>
    <div class="nav">首页 &gt; 政务公开 &gt; 市县动态</div>
    <h1>广昌白莲“走出去” 莲农腰包鼓起来</h1>
    <div class="meta">发布时间：2024-11-30 09:41:17　来源：抚州日报　作者：黄志明</div>
    <div class="fs">【字体：小 中 大】</div>
    <div class="article">
    <p>入冬时节，抚州市广昌县的白莲加工厂里一派忙碌，去芯、烘干、分拣，一包包通芯白莲装箱发往各地。</p>
    <p>地处赣闽粤三省交界，这里近年来把白莲作为富民产业来抓，全县种植面积稳定在十一万亩左右。</p>
    <p>今年，县里组织莲农和企业赴粤参加农产品展销，签下订单两千多吨。</p>
    <p>一位种了二十多亩莲的农户算了一笔账：今年每亩纯收入比去年多了四百多元。</p>
    </div>
    <div class="op">打印 | 关闭</div>
    <div class="rel">相关稿件<br>抚州：冬季农田水利建设全面铺开</div>
    <div class="foot">江西省人民政府办公厅主办　赣ICP备05004567号</div>
    </body>
    </html>
    """,
    title="广昌白莲“走出去” 莲农腰包鼓起来",
    source="抚州日报",
    site="江西省人民政府",
    date="2024-11-30",
    author="黄志明",
    chrome=[
        "首页 > 政务公开 > 市县动态",
        "【字体：小 中 大】",
        "打印 | 关闭",
        "相关稿件",
        "抚州：冬季农田水利建设全面铺开",
        "赣ICP备05004567号",
    ],
    body=[
        "去芯、烘干、分拣，一包包通芯白莲装箱发往各地",
        "全县种植面积稳定在十一万亩左右",
        "签下订单两千多吨",
        "今年每亩纯收入比去年多了四百多元",
    ],
    regions=[
        ("入冬时节，抚州市广昌县的白莲加工厂", ["江西省/抚州市/广昌县"]),
        ("地处赣闽粤三省交界", ["江西省", "福建省", "广东省"]),
        ("县里组织莲农和企业赴粤参加", ["广东省"]),
        ("一位种了二十多亩莲的农户算了一笔账", []),
    ],
    complete=True,
)

art(
    "jinshan_rongmei_crlf.txt",
    "district media centre page saved as text, UTF-8 CRLF (上海金山 masthead, 首页 > 金山新闻 crumb, title, 发布：2024-11-27 11:20 | 来源：金山区融媒体中心 | 记者 line, 阅读 count, 分享到 line, 沪ICP备 footer; 京津冀 compound, 在沪 phrase)",
    "utf-8",
    """
    上海金山
    首页 > 金山新闻
    “村里的会客厅”：廊下镇把议事会开到田埂上
    发布：2024-11-27 11:20 | 来源：金山区融媒体中心 | 记者 顾佳琪
    阅读 2306
    分享到：微信 朋友圈 微博

    在上海市金山区廊下镇，村里的大小事务如今常常在田埂边的“村里会客厅”里商量。

    会客厅由闲置农房改建而成，村干部每周固定两个下午在这里接待村民，修路、分红、土地流转都可以摆到桌面上说。

    前不久，来自京津冀的一批乡村规划师在沪考察，专门到会客厅听了一场村民议事会。

    镇里的干部说，事情说开了，矛盾就少了，今年全镇信访量比去年下降了三成。

    沪ICP备16012345号-3
    """,
    crlf=True,
    title="“村里的会客厅”：廊下镇把议事会开到田埂上",
    source="金山区融媒体中心",
    site="上海金山",
    date="2024-11-27",
    author="顾佳琪",
    chrome=["首页 > 金山新闻", "阅读 2306", "分享到：微信 朋友圈 微博", "沪ICP备16012345号-3"],
    body=[
        "村里的大小事务如今常常在田埂边的“村里会客厅”里商量",
        "修路、分红、土地流转都可以摆到桌面上说",
        "专门到会客厅听了一场村民议事会",
        "今年全镇信访量比去年下降了三成",
    ],
    regions=[
        ("在上海市金山区廊下镇", ["上海市/金山区"]),
        ("会客厅由闲置农房改建而成", []),
        ("前不久，来自京津冀的一批乡村规划师在沪考察", ["北京市", "天津市", "河北省", "上海市"]),
        ("镇里的干部说，事情说开了", []),
    ],
    complete=True,
)

art(
    "enorth_repost_tianjin.shtml",
    "Tianjin portal .shtml repost (北方网 masthead, 新闻中心 > 天津 crumb, 来源：天津日报 + YYYY-MM-DD HH:MM:SS + 作者 row, 【关闭】【打印】, 责任编辑 line, 津ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>滨海新区：网格员手机里的“民情日记”-北方网</title>
    </head>
    <body>
    <div class="logo">北方网 www.enorth.com.cn</div>
    <div class="crumb">新闻中心 &gt; 天津 &gt; 区县</div>
    <h1>滨海新区：网格员手机里的“民情日记”</h1>
    <div class="info">来源：天津日报　2024-11-29 08:16:42　作者：孙立伟</div>
    <div class="content">
    <p>天津市滨海新区新城镇的网格员赵秀梅，手机里存着一本“民情日记”，记着网格里二百多户人家的冷暖。</p>
    <p>谁家老人独居，谁家孩子上学远，哪段路灯不亮，她都一条条记下来，能解决的当天解决，解决不了的报到镇里。</p>
    <p>今年以来，新城镇网格员累计上报并办结群众诉求一千六百多件。</p>
    </div>
    <div class="tool">【关闭】【打印】</div>
    <div class="editor">[责任编辑：王畅]</div>
    <div class="foot">Copyright &copy; 2024 北方网 津ICP备10001234号</div>
    </body>
    </html>
    """,
    title="滨海新区：网格员手机里的“民情日记”",
    source="天津日报",
    site="北方网",
    date="2024-11-29",
    author="孙立伟",
    chrome=[
        "北方网 www.enorth.com.cn",
        "新闻中心 > 天津 > 区县",
        "【关闭】【打印】",
        "[责任编辑：王畅]",
        "津ICP备10001234号",
    ],
    body=[
        "手机里存着一本“民情日记”",
        "能解决的当天解决，解决不了的报到镇里",
        "累计上报并办结群众诉求一千六百多件",
    ],
    regions=[
        ("天津市滨海新区新城镇的网格员赵秀梅", ["天津市/滨海新区"]),
        ("谁家老人独居，谁家孩子上学远", []),
        ("今年以来，新城镇网格员累计上报", []),
    ],
    complete=True,
)

art(
    "xingtai_12345_reply.html",
    "city 12345 hotline published reply page (发布时间 row above a 留言标题/留言时间/答复单位/答复时间 table, 留言内容 and 答复内容 blocks, 满意度 line, 我要留言 button, 冀ICP备 footer; 赴京 phrase)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>邢台市12345政务服务便民热线 - 答复公开</title></head>
    <body>
    <div class="nav">首页 &gt; 答复公开 &gt; 城乡建设</div>
    <h1>临城县郝庄镇村道路灯不亮问题的答复</h1>
    <div class="pub">发布时间：2024-11-26　来源：邢台市12345政务服务便民热线</div>
    <table>
    <tr><td>留言时间</td><td>2024-11-18 20:14</td><td>答复单位</td><td>临城县郝庄镇人民政府</td></tr>
    <tr><td>答复时间</td><td>2024-11-25 10:32</td><td>办理状态</td><td>已办结</td></tr>
    </table>
    <h3>留言内容</h3>
    <p>邢台市临城县郝庄镇一条通往村里的道路，路灯已经坏了一个多月，晚上从县城下班回村的人多，走夜路很不安全，希望尽快修好。</p>
    <h3>答复内容</h3>
    <p>您好！接到您的反映后，镇政府立即安排工作人员到现场查看，确认共有九盏路灯因线路老化无法点亮。</p>
    <p>目前已更换线路和灯具，九盏路灯全部恢复照明，镇里将把村道路灯纳入日常巡查。感谢您对我镇工作的关心和支持。</p>
    <div class="sat">满意度：满意</div>
    <div class="btn">我要留言</div>
    <div class="foot">邢台市政务服务管理办公室主办　冀ICP备13001234号</div>
    </body>
    </html>
    """,
    title="临城县郝庄镇村道路灯不亮问题的答复",
    source="邢台市12345政务服务便民热线",
    date="2024-11-26",
    chrome=["首页 > 答复公开 > 城乡建设", "满意度：满意", "我要留言", "冀ICP备13001234号"],
    body=[
        "路灯已经坏了一个多月",
        "确认共有九盏路灯因线路老化无法点亮",
        "九盏路灯全部恢复照明",
    ],
    regions=[
        ("邢台市临城县郝庄镇一条通往村里的道路", ["河北省/邢台市/临城县"]),
        ("接到您的反映后，镇政府立即安排", []),
        ("目前已更换线路和灯具", []),
    ],
    complete=True,
)

art(
    "mudanjiang_zwfw_notice_gbk.html",
    "政务服务 centre notice HTML in GBK (<meta charset=gbk>, 通知公告 crumb, notice title, 发布日期 with 周日 weekday, numbered items, 落款 unit and date, 【打印】 link, 黑ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>通知公告</title>
    </head>
    <body>
    <div class="crumb">您现在的位置：首页 &gt; 通知公告</div>
    <h2>关于乡镇便民服务中心增设社保医保代办窗口的通知</h2>
    <div class="date">发布日期：2024年12月1日 周日　浏览量：518</div>
    <div class="content">
    <p>为方便农村群众就近办事，经研究，自2024年12月2日起，在全市各乡镇便民服务中心增设社保医保代办窗口。现将有关事项通知如下：</p>
    <p>一、代办事项包括城乡居民养老保险参保登记、医保关系转移接续、异地就医备案等二十三项业务。</p>
    <p>二、牡丹江市东宁市、穆棱市等边境地区的群众，可通过代办窗口预约，由工作人员上门办理。</p>
    <p>三、各乡镇要公布代办窗口电话，确保工作时间有人接听。</p>
    <p>牡丹江市政务服务中心</p>
    <p>2024年12月1日</p>
    </div>
    <div class="print">【打印】</div>
    <div class="foot">牡丹江市营商环境建设监督局 版权所有　黑ICP备10006789号</div>
    </body>
    </html>
    """,
    title="关于乡镇便民服务中心增设社保医保代办窗口的通知",
    source="牡丹江市政务服务中心",
    date="2024-12-01",
    chrome=["您现在的位置：首页 > 通知公告", "浏览量：518", "【打印】", "黑ICP备10006789号"],
    body=[
        "在全市各乡镇便民服务中心增设社保医保代办窗口",
        "异地就医备案等二十三项业务",
        "由工作人员上门办理",
        "确保工作时间有人接听",
    ],
    regions=[
        ("为方便农村群众就近办事", []),
        ("一、代办事项包括城乡居民养老保险", []),
        (
            "二、牡丹江市东宁市、穆棱市等边境地区",
            ["黑龙江省/牡丹江市/东宁市", "黑龙江省/牡丹江市/穆棱市"],
        ),
        ("三、各乡镇要公布代办窗口电话", []),
    ],
    complete=True,
)

art(
    "jincheng_dangxiao.html",
    "city Party-school site news page (校徽 masthead 中共晋城市委党校, 学校新闻 crumb, 来源：科研处 作者 发布时间：YYYY年MM月DD日 浏览次数 row, 上一条/下一条, 版权所有 + 晋ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>我校教研人员赴阳城县开展乡村治理专题调研</title></head>
    <body>
    <div class="mast">中共晋城市委党校 晋城行政学院</div>
    <div class="crumb">首页 &gt; 学校新闻</div>
    <h1>我校教研人员赴阳城县开展乡村治理专题调研</h1>
    <div class="info">来源：科研处　作者：杨帆　发布时间：2024年11月26日　浏览次数：214</div>
    <div class="content">
    <p>11月中旬，校科研处组织六名教研人员赴晋城市阳城县，围绕“党建引领乡村治理”开展专题调研。</p>
    <p>调研组走访了四个乡镇的九个村，与村党支部书记、驻村第一书记和村民代表座谈，了解村级议事协商、积分制管理等做法。</p>
    <p>调研成果将充实到主体班次的现场教学课程中。</p>
    </div>
    <div class="pn">上一条：我校举办2024年秋季学期中青年干部培训班结业式<br>下一条：校图书馆开展读书分享活动</div>
    <div class="foot">版权所有：中共晋城市委党校　晋ICP备05002345号</div>
    </body>
    </html>
    """,
    title="我校教研人员赴阳城县开展乡村治理专题调研",
    source="科研处",
    site="中共晋城市委党校",
    date="2024-11-26",
    author="杨帆",
    chrome=[
        "首页 > 学校新闻",
        "浏览次数：214",
        "上一条：我校举办2024年秋季学期中青年干部培训班结业式",
        "下一条：校图书馆开展读书分享活动",
        "晋ICP备05002345号",
    ],
    body=[
        "围绕“党建引领乡村治理”开展专题调研",
        "了解村级议事协商、积分制管理等做法",
        "调研成果将充实到主体班次的现场教学课程中",
    ],
    regions=[
        ("11月中旬，校科研处组织六名教研人员赴晋城市阳城县", ["山西省/晋城市/阳城县"]),
        ("调研组走访了四个乡镇的九个村", []),
        ("调研成果将充实到主体班次", []),
    ],
    complete=True,
)

art(
    "jinggangshan_ganbu_xueyuan.htm",
    "national cadre college news page .htm (学院要闻 crumb, title, 发布时间：YYYY-MM-DD + 来源：教学科研部 row, photo caption line, 【关闭窗口】, 赣ICP备 footer; 井冈山市 and a trainee named after a city)",
    "utf-8",
    """
    <html>
    <head><meta charset="utf-8"><title>中国井冈山干部学院</title></head>
    <body>
    <div class="nav">学院首页 | 学院概况 | 教学培训 | 学院要闻 | 红色资源</div>
    <div class="crumb">当前位置：学院要闻</div>
    <h1>第三期驻村第一书记专题培训班开班</h1>
    <div class="info">发布时间：2024-11-19　来源：教学科研部</div>
    <div class="body">
    <p>11月18日，学院第三期驻村第一书记专题培训班在江西井冈山市开班，来自十二个省份的一百二十名驻村第一书记参加培训。</p>
    <p>培训班安排了专题教学、现场教学和结构化研讨，学员将走进神山村、坝上村等地，学习当地发展产业、带动群众增收的做法。</p>
    <p>来自湖北的学员刘襄阳说，这次培训让他对带领村民过上好日子有了新的思路。</p>
    <p>图为开班仪式现场。</p>
    </div>
    <div class="close">【关闭窗口】</div>
    <div class="foot">中国井冈山干部学院 版权所有　赣ICP备06001234号</div>
    </body>
    </html>
    """,
    title="第三期驻村第一书记专题培训班开班",
    source="教学科研部",
    site="中国井冈山干部学院",
    date="2024-11-19",
    chrome=[
        "学院首页 | 学院概况 | 教学培训 | 学院要闻 | 红色资源",
        "当前位置：学院要闻",
        "【关闭窗口】",
        "赣ICP备06001234号",
    ],
    body=[
        "来自十二个省份的一百二十名驻村第一书记参加培训",
        "学习当地发展产业、带动群众增收的做法",
        "让他对带领村民过上好日子有了新的思路",
    ],
    regions=[
        ("学院第三期驻村第一书记专题培训班在江西井冈山市开班", ["江西省/吉安市/井冈山市"]),
        ("培训班安排了专题教学", []),
        ("来自湖北的学员刘襄阳说", ["湖北省"]),
    ],
)

# --- e-paper, newspaper database, print and reader copies ---------------------------------------
art(
    "pingxiang_epaper_gbk.txt",
    "city e-paper text page saved as text, GBK (报名 + 日期 + 第A02版：要闻 masthead, 上一版/下一版 nav, 引题 above the title, 本报讯 with 通讯员 and 记者, 版面 list, 数字报 copyright)",
    "gbk",
    """
    萍乡日报　2024年12月03日　第A02版：要闻
    上一版　下一版　　版面导航

    引题：“屋场会”开到群众家门口
    芦溪：小事不出村　大事不出镇
    本报讯（通讯员 钟丽 记者 彭志强）

    　　“村道上的排水沟堵了两年，这回终于有人管了。”在萍乡市芦溪县宣风镇的一场“屋场会”上，村民当面向镇村干部提出问题，当场就有了答复。

    　　今年以来，芦溪县推行“屋场会”议事制度，镇村干部每月带着问题清单走进村民小组，把会开在农家院子里。

    　　截至目前，全县共召开屋场会一千二百余场，收集解决群众诉求三千余件。

    本版其他文章：安源区新增三处老年食堂
    萍乡日报数字报 版权所有
    """,
    title="芦溪：小事不出村　大事不出镇",
    source="萍乡日报",
    date="2024-12-03",
    author="钟丽 彭志强",
    chrome=[
        "上一版　下一版　　版面导航",
        "本版其他文章：安源区新增三处老年食堂",
        "萍乡日报数字报 版权所有",
    ],
    body=[
        "村道上的排水沟堵了两年，这回终于有人管了",
        "镇村干部每月带着问题清单走进村民小组",
        "收集解决群众诉求三千余件",
    ],
    regions=[
        ("在萍乡市芦溪县宣风镇的一场", ["江西省/萍乡市/芦溪县"]),
        ("今年以来，芦溪县推行", ["江西省/萍乡市/芦溪县"]),
        ("截至目前，全县共召开屋场会", []),
    ],
    complete=True,
)

art(
    "zhoukou_cnki_export.txt",
    "CNKI 报纸全文 text export, GB18030 (【篇名】【作者】【报纸】【日期】【版号】【栏目】 field lines, then 【正文】 with the body, 【分类号】 line, 中国知网 footer)",
    "gb18030",
    """
    【篇名】西华：“一村一品”带富一方百姓
    【作者】陈晓东;李静怡
    【报纸】周口日报
    【日期】2024-11-20
    【版号】003
    【栏目】县域经济
    【正文】
    周口市西华县奉母镇的大棚里，一串串红灯笼似的樱桃番茄挂满枝头，采摘工人正忙着分拣装箱。
    近年来，西华县立足各村资源禀赋，引导每个村培育一个主导产业，形成了番茄、辣椒、食用菌等特色产业片区。
    县里还建起农产品电商服务中心，帮助村里的合作社把产品卖到全国各地。
    【分类号】F327
    中国知网 www.cnki.net
    """,
    title="西华：“一村一品”带富一方百姓",
    source="周口日报",
    date="2024-11-20",
    author="陈晓东 李静怡",
    chrome=["【版号】003", "【栏目】县域经济", "【分类号】F327", "中国知网 www.cnki.net"],
    body=[
        "一串串红灯笼似的樱桃番茄挂满枝头",
        "引导每个村培育一个主导产业",
        "帮助村里的合作社把产品卖到全国各地",
    ],
    regions=[
        ("周口市西华县奉母镇的大棚里", ["河南省/周口市/西华县"]),
        ("近年来，西华县立足各村资源禀赋", ["河南省/周口市/西华县"]),
        ("县里还建起农产品电商服务中心", []),
    ],
    complete=True,
)

art(
    "guilin_print_to_pdf.txt",
    "city paper article printed to PDF then pdftotext (browser print header with 2024/12/2 下午3:14 and the page title, site logo line, 来源 + 时间 row, body with a page break, footer URL + 1/2 page counters)",
    "utf-8",
    """
    2024/12/2 下午3:14                               龙胜：梯田里的“村规民约”-桂林日报

    桂林日报
    龙胜：梯田里的“村规民约”
    来源：桂林日报　　时间：2024-12-02 07:30　　记者：蒙秋萍

    在桂林市龙胜各族自治县和平乡的梯田景区，十几个村寨共同商定了一份“梯田保护村规民约”。

    民约规定，梯田不得撂荒，游客带来的垃圾由各寨轮流清运，旅游收入按比例拿出一部分用于修缮田埂和水渠。

    https://www.glrb.example.cn/news/content_20241202_1.html                                        1/2

    2024/12/2 下午3:14                               龙胜：梯田里的“村规民约”-桂林日报

    寨子里的老人说，梯田是祖辈留下来的，守住了梯田，日子才有奔头。

    https://www.glrb.example.cn/news/content_20241202_1.html                                        2/2
    """,
    title="龙胜：梯田里的“村规民约”",
    source="桂林日报",
    date="2024-12-02",
    author="蒙秋萍",
    chrome=["2024/12/2 下午3:14", "https://www.glrb.example.cn/news/content_20241202_1.html"],
    body=[
        "十几个村寨共同商定了一份“梯田保护村规民约”",
        "旅游收入按比例拿出一部分用于修缮田埂和水渠",
        "守住了梯田，日子才有奔头",
    ],
    regions=[
        ("在桂林市龙胜各族自治县和平乡", ["广西壮族自治区/桂林市/龙胜各族自治县"]),
        ("民约规定，梯田不得撂荒", []),
        ("寨子里的老人说", []),
    ],
    complete=True,
)

art(
    "guangan_firefox_reader.txt",
    "Firefox Reader View copied as text (site domain line, title, byline line 广安日报 记者, 预计阅读时间 N 分钟 line, body, no date in the article but a 2024年11月22日 date under the byline)",
    "utf-8",
    """
    www.gadaily.example.cn
    武胜：驻村工作队帮村里把“晚熟柑橘”卖上好价钱
    广安日报 记者 唐诗雨
    2024年11月22日
    4-5 分钟

    广安市武胜县飞龙镇的柑橘园里，晚熟品种“春见”正在转色，驻村工作队的队员们忙着给果园装防寒网。

    工作队驻村两年来，帮助村里引进晚熟柑橘品种，错开上市时间，每斤比早熟品种多卖一块多钱。

    村党支部书记说，工作队不光带来了品种，还带来了销路，去年村集体经济收入突破了五十万元。
    """,
    title="武胜：驻村工作队帮村里把“晚熟柑橘”卖上好价钱",
    source="广安日报",
    date="2024-11-22",
    author="唐诗雨",
    chrome=["www.gadaily.example.cn", "4-5 分钟"],
    body=[
        "驻村工作队的队员们忙着给果园装防寒网",
        "每斤比早熟品种多卖一块多钱",
        "去年村集体经济收入突破了五十万元",
    ],
    regions=[
        ("广安市武胜县飞龙镇的柑橘园里", ["四川省/广安市/武胜县"]),
        ("工作队驻村两年来", []),
        ("村党支部书记说，工作队不光带来了品种", []),
    ],
    complete=True,
)

art(
    "qujing_edge_immersive.txt",
    "Edge Immersive Reader copied as text (title, 曲靖日报 · date · N 分钟阅读 line, body with a photo caption, no chrome from the page, a 沪滇协作 compound)",
    "utf-8",
    """
    会泽：沪滇协作车间开到易地搬迁社区

    曲靖日报 · 2024年11月21日 · 3 分钟阅读

    在曲靖市会泽县的一个易地扶贫搬迁安置社区，一间服装加工车间里机器声不停，四十多名搬迁群众正在赶制一批出口订单。

    这间车间是在沪滇协作资金支持下建起来的，让搬迁群众在家门口就能上班挣钱。

    （图为社区车间内，工人正在缝制服装。记者 李梦 摄）

    社区干部说，车间还专门设置了弹性工时，方便妈妈们接送孩子。
    """,
    title="会泽：沪滇协作车间开到易地搬迁社区",
    source="曲靖日报",
    date="2024-11-21",
    chrome=["3 分钟阅读"],
    body=[
        "四十多名搬迁群众正在赶制一批出口订单",
        "让搬迁群众在家门口就能上班挣钱",
        "方便妈妈们接送孩子",
    ],
    regions=[
        ("在曲靖市会泽县的一个易地扶贫搬迁", ["云南省/曲靖市/会泽县"]),
        ("这间车间是在沪滇协作资金支持下", ["上海市", "云南省"]),
        ("社区干部说，车间还专门设置了弹性工时", []),
    ],
)

art(
    "longnan_zotero_snapshot.html",
    "Zotero snapshot HTML (SingleFile-style comment with url and saved date 2024-12-05 at the top, the page's own nav, 发布时间 + 来源 row, body, 分享 bar, 陇ICP备 footer; the saved date is not the article date)",
    "utf-8",
    """
    <!DOCTYPE html> <html lang="zh-CN"><!--
     Page saved with SingleFile
     url: https://www.lnnews.example.cn/xw/2024/1201/12345.html
     saved date: Thu Dec 05 2024 10:22:31 GMT+0800 (中国标准时间)
    --><head><meta charset="utf-8">
    <title>康县：“积分超市”让乡风文明看得见_陇南日报</title>
    </head><body>
    <div class="nav">首页 时政 县区 民生 文旅</div>
    <h1>康县：“积分超市”让乡风文明看得见</h1>
    <div class="info">发布时间：2024-12-01 09:00　来源：陇南日报　编辑：何军</div>
    <div class="con">
    <p>陇南市康县长坝镇的“积分超市”里，货架上摆着洗衣粉、毛巾、食用油，标价不是钱，而是积分。</p>
    <p>村民参加义务劳动、打扫庭院、孝老爱亲都能攒积分，攒够了就能到超市兑换生活用品。</p>
    <p>镇里的干部说，积分超市开起来以后，村里的卫生死角少了，主动参加公益活动的人多了。</p>
    </div>
    <div class="share">分享：微信 QQ 微博</div>
    <div class="foot">陇南日报社 版权所有　陇ICP备08000123号</div>
    </body></html>
    """,
    title="康县：“积分超市”让乡风文明看得见",
    source="陇南日报",
    date="2024-12-01",
    chrome=["首页 时政 县区 民生 文旅", "分享：微信 QQ 微博", "陇ICP备08000123号"],
    body=[
        "标价不是钱，而是积分",
        "攒够了就能到超市兑换生活用品",
        "主动参加公益活动的人多了",
    ],
    regions=[
        ("陇南市康县长坝镇的“积分超市”里", ["甘肃省/陇南市/康县"]),
        ("村民参加义务劳动、打扫庭院", []),
        ("镇里的干部说，积分超市开起来以后", []),
    ],
    complete=True,
)

art(
    "haidong_archive_today.html",
    "archive.today capture HTML (archive header: archived date in UTC, Saved from URL, no other snapshots line, share/download links; then the paper's page with 发布时间 and 来源; the capture date is not the article date)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>互助：乡村“宴席厨房”刹住大操大办风 - archive.today</title></head>
    <body>
    <div id="HEADER">
    <div>archive.today webpage capture</div>
    <div>Saved from https://www.hdsb.example.cn/html/2024-11/30/content_67890.htm</div>
    <div>search 2 Dec 2024 03:15:08 UTC</div>
    <div>no other snapshots from this url</div>
    <div>share download .zip report bug or abuse</div>
    </div>
    <div id="CONTENT">
    <div class="mast">海东时报</div>
    <h1>互助：乡村“宴席厨房”刹住大操大办风</h1>
    <div class="info">发布时间：2024-11-30　来源：海东时报　记者：马晓燕</div>
    <p>在海东市互助土族自治县丹麻镇，村里新建的“宴席厨房”成了村民办红白事的好去处。</p>
    <p>厨房由村集体出资建设，灶具、餐具一应俱全，村民只需交少量水电费，就能在这里办酒席。</p>
    <p>村规民约对酒席桌数、礼金标准作了规定，红白理事会全程帮忙把关。</p>
    <p>一位刚办完婚事的村民说，比以前在家里搭棚子省了一万多元。</p>
    </div>
    </body>
    </html>
    """,
    title="互助：乡村“宴席厨房”刹住大操大办风",
    source="海东时报",
    date="2024-11-30",
    author="马晓燕",
    chrome=[
        "archive.today webpage capture",
        "Saved from https://www.hdsb.example.cn/html/2024-11/30/content_67890.htm",
        "no other snapshots from this url",
        "share download .zip report bug or abuse",
    ],
    body=[
        "成了村民办红白事的好去处",
        "村民只需交少量水电费，就能在这里办酒席",
        "红白理事会全程帮忙把关",
        "比以前在家里搭棚子省了一万多元",
    ],
    regions=[
        ("在海东市互助土族自治县丹麻镇", ["青海省/海东市/互助土族自治县"]),
        ("厨房由村集体出资建设", []),
        ("村规民约对酒席桌数", []),
        ("一位刚办完婚事的村民说", []),
    ],
    complete=True,
)

art(
    "bairin_right_docx_as_txt.txt",
    "Word .docx saved as plain text (ANSI = GBK, CRLF): 页眉 line repeated at each page, 第N页 共M页 page footers, report title, 落款 unit and date at the end, no other metadata",
    "gbk",
    """
    巴林右旗驻村工作队工作简报
    关于查干诺尔镇驻村帮扶工作的情况汇报

    　　今年以来，赤峰市巴林右旗驻查干诺尔镇工作队围绕牧区群众增收，重点抓了肉牛养殖、饲草种植和村级事务管理三件事。

    　　一是引导牧户发展肉牛养殖，协调金融机构为六十二户牧民发放贴息贷款。

    第 1 页 共 2 页
    巴林右旗驻村工作队工作简报
    　　二是推广青贮玉米种植，今年全镇种植面积比去年增加了两千亩，冬季饲草基本有了保障。

    　　三是帮助嘎查完善村务公开制度，每月在嘎查党群服务中心公示收支情况。

    巴林右旗驻村工作队
    2024年11月25日
    第 2 页 共 2 页
    """,
    crlf=True,
    title="关于查干诺尔镇驻村帮扶工作的情况汇报",
    source="巴林右旗驻村工作队",
    date="2024-11-25",
    chrome=["第 1 页 共 2 页", "第 2 页 共 2 页"],
    body=[
        "重点抓了肉牛养殖、饲草种植和村级事务管理三件事",
        "为六十二户牧民发放贴息贷款",
        "冬季饲草基本有了保障",
        "每月在嘎查党群服务中心公示收支情况",
    ],
    regions=[
        ("今年以来，赤峰市巴林右旗驻查干诺尔镇工作队", ["内蒙古自治区/赤峰市/巴林右旗"]),
        ("一是引导牧户发展肉牛养殖", []),
        ("二是推广青贮玉米种植", []),
        ("三是帮助嘎查完善村务公开制度", []),
    ],
    complete=True,
)

art(
    "longxian_bulletin_pdf.txt",
    "county rural-revitalisation bureau bulletin PDF to text (乡村振兴工作简报 masthead, 2024年第23期 issue line, 编印 unit + date line, 本期要目 list, lead item title, 报/送 distribution lines at the end)",
    "utf-8",
    """
                             乡村振兴工作简报
                               2024年第23期

    陇县乡村振兴局编印                                   2024年12月2日

    本期要目
    ● 陇县苹果产业“订单+保险”为果农托底
    ● 各镇冬季防返贫动态监测工作有序推进

    陇县苹果产业“订单+保险”为果农托底

        今年，宝鸡市陇县在东南镇、温水镇推行苹果“订单+保险”模式，企业与果农签订保底收购订单，保险公司为果园提供价格保险。

        全县参保果园面积一万二千亩，今年秋季果价下行时，参保果农每亩获得赔付三百余元。

        县乡村振兴局将继续扩大覆盖面，让果农种得放心、卖得安心。

    报：市乡村振兴局，县委、县政府主要领导
    送：各镇党委、政府，县直有关部门
    """,
    title="陇县苹果产业“订单+保险”为果农托底",
    source="陇县乡村振兴局",
    date="2024-12-02",
    chrome=[
        "本期要目",
        "报：市乡村振兴局，县委、县政府主要领导",
        "送：各镇党委、政府，县直有关部门",
    ],
    body=[
        "企业与果农签订保底收购订单",
        "参保果农每亩获得赔付三百余元",
        "让果农种得放心、卖得安心",
    ],
    regions=[
        ("今年，宝鸡市陇县在东南镇、温水镇", ["陕西省/宝鸡市/陇县"]),
        ("全县参保果园面积一万二千亩", []),
        ("县乡村振兴局将继续扩大覆盖面", []),
    ],
    complete=True,
)

# --- yearbooks, village history, dates in odd places -------------------------------------------
art(
    "tongshan_yearbook_entry.txt",
    "county yearbook (年鉴) entry copied as text (book title 《通山年鉴（2024）》 + 类目 path line, 【条目】 heading, entry text, （撰稿：… 审稿：…） credit line, no publication date at all)",
    "utf-8",
    """
    《通山年鉴（2024）》　乡镇概况 › 九宫山镇
    【九宫山镇推行“院落议事”】
    　　2023年，咸宁市通山县九宫山镇在十二个村推行“院落议事”，以自然湾为单元选出院落长，负责收集群众意见、调解邻里纠纷。
    　　全年通过院落议事解决道路硬化、饮水管网改造等事项八十六件，调解矛盾纠纷四十三起。
    　　镇里将院落议事情况纳入村干部年度考核。
    （撰稿：吴晓兰　审稿：阮建平）
    """,
    title="九宫山镇推行“院落议事”",
    source="通山年鉴",
    date=None,
    chrome=["乡镇概况 › 九宫山镇", "（撰稿：吴晓兰　审稿：阮建平）"],
    body=[
        "以自然湾为单元选出院落长",
        "调解矛盾纠纷四十三起",
        "纳入村干部年度考核",
    ],
    regions=[
        ("2023年，咸宁市通山县九宫山镇", ["湖北省/咸宁市/通山县"]),
        ("全年通过院落议事解决道路硬化", []),
        ("镇里将院落议事情况纳入", []),
    ],
    complete=True,
)

art(
    "wufeng_cunshiguan.txt",
    "village history museum (村史馆) panel text typed up (村史馆 name line, 第二展厅 section line, panel title, panel paragraphs with years, 讲解词 note, 落款 村委会 with no date)",
    "utf-8",
    """
    青岗坪村村史馆
    第二展厅　茶乡巨变

    从“背茶下山”到“茶路进村”

    　　上世纪八十年代，宜昌市五峰土家族自治县青岗坪村的茶农要背着茶叶走三十多里山路，才能到镇上卖茶。
    　　2015年，通村公路修到了家门口，茶企的收购车开进了村，村民再也不用背茶下山。
    　　如今，全村茶园发展到四千多亩，家家户户都有茶叶收入，村里还办起了茶旅民宿。

    （讲解提示：此处可请游客观看老背篓实物。）
    青岗坪村村民委员会
    """,
    title="从“背茶下山”到“茶路进村”",
    source="青岗坪村村民委员会",
    date=None,
    chrome=["第二展厅　茶乡巨变", "（讲解提示：此处可请游客观看老背篓实物。）"],
    body=[
        "才能到镇上卖茶",
        "村民再也不用背茶下山",
        "村里还办起了茶旅民宿",
    ],
    regions=[
        ("上世纪八十年代，宜昌市五峰土家族自治县", ["湖北省/宜昌市/五峰土家族自治县"]),
        ("2015年，通村公路修到了家门口", []),
        ("如今，全村茶园发展到四千多亩", []),
    ],
    complete=True,
)

art(
    "jinzhou_lunar_date.html",
    "city paper site HTML with a top bar date (2024年12月1日 农历十一月初一 星期日 and a weather line), 当前位置 crumb, 来源 + 时间 row with YYYY-MM-DD HH:MM, 编辑 line, 分享 bar, 辽ICP备 footer; a person named after a city",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>黑山县：“村级小微权力清单”让村务晒在阳光下--锦州新闻网</title></head>
    <body>
    <div class="topbar">2024年12月1日 农历十一月初一 星期日　锦州 晴 -6℃～3℃</div>
    <div class="crumb">当前位置：锦州新闻网 &gt; 县区新闻</div>
    <h1>黑山县：“村级小微权力清单”让村务晒在阳光下</h1>
    <div class="info">来源：锦州日报　时间：2024-11-29 08:00　作者：高振宇</div>
    <div class="text">
    <p>锦州市黑山县今年在全县推行“村级小微权力清单”，把村里的集体资产处置、低保申请、宅基地审批等二十九项事项列成清单。</p>
    <p>每一项都配有流程图，村民办什么事、找谁办、多长时间办完，一目了然。</p>
    <p>一个村的村务监督委员会主任王大庆说，权力列了清单，村干部办事有了规矩，村民心里也亮堂了。</p>
    </div>
    <div class="ed">编辑：于洋</div>
    <div class="share">分享到：微信 微博 QQ</div>
    <div class="foot">锦州日报社主办　辽ICP备09001234号</div>
    </body>
    </html>
    """,
    title="黑山县：“村级小微权力清单”让村务晒在阳光下",
    source="锦州日报",
    site="锦州新闻网",
    date="2024-11-29",
    author="高振宇",
    chrome=[
        "2024年12月1日 农历十一月初一 星期日",
        "锦州 晴 -6℃～3℃",
        "当前位置：锦州新闻网 > 县区新闻",
        "编辑：于洋",
        "分享到：微信 微博 QQ",
        "辽ICP备09001234号",
    ],
    body=[
        "宅基地审批等二十九项事项列成清单",
        "多长时间办完，一目了然",
        "村干部办事有了规矩，村民心里也亮堂了",
    ],
    regions=[
        ("锦州市黑山县今年在全县推行", ["辽宁省/锦州市/黑山县"]),
        ("每一项都配有流程图", []),
        ("村务监督委员会主任王大庆说", []),
    ],
    complete=True,
)

art(
    "cangwu_evening_copyright_year.txt",
    "evening paper page saved as text (masthead, 新闻 > 县区 crumb, title, 苍梧晚报 12月1日讯 dateline with no year, 记者/通讯员 credits in the lead, 责任编辑 line, the year only in the © 2024 copyright footer)",
    "utf-8",
    """
    苍梧晚报
    新闻 > 县区
    东海：水晶小镇的“直播村”
    　　苍梧晚报12月1日讯（记者 王一帆 通讯员 许洁）在连云港市东海县的一个村子里，几乎家家都有人做水晶直播。
    　　村里把闲置的老村部改成直播基地，免费提供场地和网络，还请来电商老师手把手地教。
    　　现在，村里有直播间一百多个，去年全村水晶饰品线上销售额超过一亿元。
    责任编辑：周媛
    © 2024 苍梧晚报 版权所有 未经授权不得转载
    """,
    title="东海：水晶小镇的“直播村”",
    source="苍梧晚报",
    date="2024-12-01",
    author="王一帆",
    chrome=["新闻 > 县区", "责任编辑：周媛", "© 2024 苍梧晚报 版权所有 未经授权不得转载"],
    body=[
        "几乎家家都有人做水晶直播",
        "还请来电商老师手把手地教",
        "去年全村水晶饰品线上销售额超过一亿元",
    ],
    regions=[
        ("在连云港市东海县的一个村子里", ["江苏省/连云港市/东海县"]),
        ("村里把闲置的老村部改成直播基地", []),
        ("现在，村里有直播间一百多个", []),
    ],
    complete=True,
)

art(
    "yiwu_shangbao_pubdate_gbk.html",
    "city commerce paper HTML in GBK (<meta charset=gb2312>, <meta name=PubDate>, date shown only as 发布：N天前 in the page, 来源：义乌商报 row, 阅读 count, recruitment spam inside a sentence, 相关新闻 list, 浙ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <meta name="PubDate" content="2024-11-29 08:30">
    <meta name="ContentSource" content="义乌商报">
    <title>义乌：村播学院让“农二代”成了带货主播</title>
    </head>
    <body>
    <div class="nav">首页 - 本地 - 商贸 - 镇街</div>
    <h1>义乌：村播学院让“农二代”成了带货主播</h1>
    <div class="info">发布：3天前　来源：义乌商报　阅读：1.5万</div>
    <div class="text">
    <p>在金华市义乌市的一个村播学院里，二十多名学员正对着手机练习讲解，桌上摆着袜子、饰品和小家电。</p>
    <p>学员大多是附近村里的年轻人，学院免费提供三个月的培训义乌兼职日结工资高，结业后还帮他们对接货源。</p>
    <p>学院负责人说，目前已培训学员四千多人，不少人月收入过万元。</p>
    </div>
    <div class="rel">相关新闻<br>义乌小商品城冬季采购旺季来临</div>
    <div class="foot">义乌商报社 版权所有　浙ICP备07001234号</div>
    </body>
    </html>
    """,
    title="义乌：村播学院让“农二代”成了带货主播",
    source="义乌商报",
    date="2024-11-29",
    chrome=[
        "首页 - 本地 - 商贸 - 镇街",
        "发布：3天前",
        "阅读：1.5万",
        "相关新闻",
        "义乌小商品城冬季采购旺季来临",
        "浙ICP备07001234号",
    ],
    body=[
        "二十多名学员正对着手机练习讲解",
        "学院免费提供三个月的培训，结业后还帮他们对接货源",
        "目前已培训学员四千多人",
    ],
    spam=["义乌兼职日结工资高"],
    regions=[
        ("在金华市义乌市的一个村播学院里", ["浙江省/金华市/义乌市"]),
        ("学员大多是附近村里的年轻人", []),
        ("学院负责人说，目前已培训学员", []),
    ],
    complete=True,
)

# --- aggregators, WeChat, Markdown, forums ------------------------------------------------------
art(
    "yueyang_dayu_repost.txt",
    "aggregator repost (UC 大鱼号) copied as text (author account line 岳阳日报 + 已认证, 2024-11-27 10:02 · 发布于湖南 line, 原创 badge, 关注 button, 点赞/评论/分享 counts, 本文由作者授权发布 line, 网友评论 block; 长株潭 compound)",
    "utf-8",
    """
    平江：“湘军”老兵当起调解员
    岳阳日报　已认证
    2024-11-27 10:02 · 发布于湖南
    原创　关注

    在岳阳市平江县的一个村子里，几名退役老兵组成的“老兵调解队”，这几年调解了一百多起邻里纠纷。

    队长说，老兵说话实在，村民愿意听，很多纠纷在饭桌上就说开了。

    今年，调解队还被请到长株潭的一些社区介绍经验。

    本文由作者授权发布，不代表平台观点
    点赞 128　评论 16　分享
    网友评论
    湘北山人：为老兵点赞！
    """,
    title="平江：“湘军”老兵当起调解员",
    source="岳阳日报",
    date="2024-11-27",
    chrome=[
        "已认证",
        "发布于湖南",
        "原创　关注",
        "本文由作者授权发布，不代表平台观点",
        "点赞 128　评论 16　分享",
        "网友评论",
        "湘北山人：为老兵点赞！",
    ],
    body=[
        "组成的“老兵调解队”",
        "很多纠纷在饭桌上就说开了",
        "调解队还被请到长株潭的一些社区介绍经验",
    ],
    regions=[
        ("在岳阳市平江县的一个村子里", ["湖南省/岳阳市/平江县"]),
        ("队长说，老兵说话实在", []),
        ("今年，调解队还被请到长株潭", ["湖南省/长沙市", "湖南省/株洲市", "湖南省/湘潭市"]),
    ],
    complete=True,
)

art(
    "meixian_wechat_frontmatter.md",
    "WeChat article as Markdown with YAML front matter (title, author = 公众号, date, source_url; then the article with 原创 line, 图片 links, 往期推荐 list, 点击阅读原文, 分享 收藏 点赞 在看 line)",
    "utf-8",
    """
    ---
    title: "梅县区：客家围龙屋里办起“幸福食堂”"
    author: 梅县区发布
    date: 2024-11-24
    source_url: https://mp.weixin.qq.com/s/AbCdEfGh12345
    ---

    原创 梅县区发布 梅县区发布 2024-11-24 18:00 广东

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640)

    中午十一点半，梅州市梅县区南口镇的一座客家围龙屋里飘出饭菜香，二十多位老人围坐在一起吃午饭。

    这是镇里利用老围屋改建的“幸福食堂”，七十岁以上老人每餐只需交三元钱，其余由村集体和乡贤捐资补贴。

    一位八十多岁的阿婆说，儿子在深圳打工，以前一个人在家常常随便对付一顿，现在天天有热饭吃。

    往期推荐
    - 梅县金柚喜获丰收
    - 雁洋镇冬季旅游线路发布

    点击阅读原文
    分享 收藏 点赞 在看
    """,
    title="梅县区：客家围龙屋里办起“幸福食堂”",
    source="梅县区发布",
    date="2024-11-24",
    chrome=["往期推荐", "梅县金柚喜获丰收", "点击阅读原文", "分享 收藏 点赞 在看"],
    body=[
        "二十多位老人围坐在一起吃午饭",
        "七十岁以上老人每餐只需交三元钱",
        "现在天天有热饭吃",
    ],
    regions=[
        ("梅州市梅县区南口镇的一座客家围龙屋里", ["广东省/梅州市/梅县区"]),
        ("这是镇里利用老围屋改建的", []),
        ("儿子在深圳打工", ["广东省/深圳市"]),
    ],
    complete=True,
)

art(
    "sanya_weread_copy.txt",
    "公众号 article opened in 微信读书 and copied (微信读书 header, 公众号 name + 关注 line, title, 发布于 YYYY年M月D日 line, body, 写想法 / 划线 toolbar and 来自微信读书 share line)",
    "utf-8",
    """
    微信读书
    三亚发布　关注
    崖州区：南繁基地旁的“科技小院”
    发布于 2024年11月23日

    三亚市崖州区的南繁科研育种基地附近，一个“科技小院”成了周边村民常去的地方。

    小院里常驻着几名农业院校的研究生，他们一边做试验，一边给村民讲豇豆、芒果的病虫害防治。

    村民说，有了科技小院，遇到问题不用再跑远路，拍张照片发过去就能得到解答。

    写想法　划线　分享
    来自微信读书
    """,
    title="崖州区：南繁基地旁的“科技小院”",
    source="三亚发布",
    date="2024-11-23",
    chrome=["微信读书", "三亚发布　关注", "写想法　划线　分享", "来自微信读书"],
    body=[
        "成了周边村民常去的地方",
        "给村民讲豇豆、芒果的病虫害防治",
        "拍张照片发过去就能得到解答",
    ],
    regions=[
        ("三亚市崖州区的南繁科研育种基地附近", ["海南省/三亚市/崖州区"]),
        ("小院里常驻着几名农业院校的研究生", []),
        ("村民说，有了科技小院", []),
    ],
    complete=True,
)

art(
    "wuzhong_markdown_heading.md",
    "Markdown clip with a `# ` heading and a blockquote meta line (> 来源：吴忠日报 | 2024-11-18), body paragraphs, a `---` rule and a clipped-from line at the end",
    "utf-8",
    """
    # 同心：“红白理事会”管住了天价彩礼

    > 来源：吴忠日报 | 2024-11-18 | 记者 马玉兰

    吴忠市同心县近年来在每个村都成立了红白理事会，把彩礼标准、酒席桌数写进村规民约。

    理事会成员由村里德高望重的老人担任，谁家办事，理事会就上门帮着张罗、把关。

    县里的干部说，这几年全县婚丧事宜花费明显减少，群众负担轻了。

    ---
    剪藏自 吴忠日报网
    """,
    title="同心：“红白理事会”管住了天价彩礼",
    source="吴忠日报",
    date="2024-11-18",
    author="马玉兰",
    chrome=["剪藏自 吴忠日报网"],
    body=[
        "把彩礼标准、酒席桌数写进村规民约",
        "理事会就上门帮着张罗、把关",
        "全县婚丧事宜花费明显减少",
    ],
    regions=[
        ("吴忠市同心县近年来在每个村都成立了", ["宁夏回族自治区/吴忠市/同心县"]),
        ("理事会成员由村里德高望重的老人担任", []),
        ("县里的干部说，这几年全县婚丧事宜", []),
    ],
    complete=True,
)

art(
    "wushan_wechat_text_bom.txt",
    "WeChat article copied as text, UTF-8 with BOM (title, 原创 + 作者 + 公众号 + YYYY-MM-DD HH:MM + 发表于重庆 line, 点击蓝字关注我们 line, 来源/编辑/审核 block at the end, 阅读原文 and 在看 lines; a municipality county, a person named after a city)",
    "utf-8",
    """
    巫山：驻村第一书记的“脆李经”
    原创 谭晓燕 巫山发布 2024-11-20 17:45 发表于重庆
    点击蓝字 关注我们

    重庆市巫山县曲尺乡的脆李园里，驻村第一书记张重庆正和果农一起给李树施冬肥。

    两年前，他从县城的单位下派到村里，一头扎进果园，跟着老果农学修枝、学疏果。

    今年，村里的脆李通过冷链直供商超，每斤卖到十五元，全村脆李收入突破六百万元。

    来源：巫山县融媒体中心
    编辑：李倩
    审核：向东
    阅读原文
    在看
    """,
    bom=True,
    title="巫山：驻村第一书记的“脆李经”",
    source="巫山县融媒体中心",
    date="2024-11-20",
    author="谭晓燕",
    chrome=["点击蓝字 关注我们", "编辑：李倩", "审核：向东", "阅读原文"],
    body=[
        "正和果农一起给李树施冬肥",
        "跟着老果农学修枝、学疏果",
        "全村脆李收入突破六百万元",
    ],
    regions=[
        ("重庆市巫山县曲尺乡的脆李园里", ["重庆市/巫山县"]),
        ("两年前，他从县城的单位下派到村里", []),
        ("今年，村里的脆李通过冷链直供商超", []),
    ],
    complete=True,
)

art(
    "yili_daily_gb18030.txt",
    "prefecture paper article saved as text, GB18030 with a character outside GBK in a person's name (报名 + 日期 + 星期 line, title, 伊犁日报记者 byline, body with 赴京 and 疆 phrases, 责编 line)",
    "gb18030",
    """
    伊犁日报　2024年11月24日　星期日
    伊宁县：“庭院经济”让农家小院变成增收宝地
    伊犁日报记者 阿依努尔 王䶮

    　　初冬时节，伊犁州伊宁县的一户农家小院里，葡萄架下的温室大棚里种着辣椒和西红柿，院墙边的鸽舍里传来阵阵鸽鸣。

    　　近年来，伊宁县引导农户利用房前屋后的空地发展庭院种植和养殖，每户年均增收三千多元。

    　　今年，县里还组织二十多名庭院经济带头人赴京参加农产品展销，带回了不少订单。

    责编：古丽
    """,
    title="伊宁县：“庭院经济”让农家小院变成增收宝地",
    source="伊犁日报",
    date="2024-11-24",
    author="阿依努尔 王䶮",
    chrome=["责编：古丽"],
    body=[
        "葡萄架下的温室大棚里种着辣椒和西红柿",
        "每户年均增收三千多元",
        "带回了不少订单",
    ],
    regions=[
        ("初冬时节，伊犁州伊宁县的一户农家小院里", ["新疆维吾尔自治区/伊犁哈萨克自治州/伊宁县"]),
        ("近年来，伊宁县引导农户", ["新疆维吾尔自治区/伊犁哈萨克自治州/伊宁县"]),
        ("今年，县里还组织二十多名庭院经济带头人赴京", ["北京市"]),
    ],
    complete=True,
)

art(
    "yanbian_daily_weekday.html",
    "autonomous-prefecture paper site HTML (朝汉 masthead line, 延边新闻 crumb, date as 2024年11月17日 周日 + 来源 row, 打印本页 | 关闭, 版权声明 paragraph at the foot, 吉ICP备)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>延吉：社区“银发议事团”为居民办实事_延边日报</title></head>
    <body>
    <div class="mast">延边日报 연변일보</div>
    <div class="crumb">首页 &gt; 延边新闻</div>
    <h1>延吉：社区“银发议事团”为居民办实事</h1>
    <div class="info">2024年11月17日 周日　来源：延边日报　记者：金美花</div>
    <div class="content">
    <p>延边州延吉市的一个社区里，十几位退休老党员组成“银发议事团”，专门收集居民身边的烦心事。</p>
    <p>今年以来，议事团协调解决了楼道照明、小区停车、供暖不热等问题四十多件。</p>
    <p>社区党委书记说，老同志热心肠、有经验，居民信得过，社区工作也更好开展了。</p>
    </div>
    <div class="tool">打印本页 | 关闭</div>
    <div class="copy">版权声明：凡本网注明“来源：延边日报”的作品，未经授权不得转载。</div>
    <div class="foot">吉ICP备05001234号</div>
    </body>
    </html>
    """,
    title="延吉：社区“银发议事团”为居民办实事",
    source="延边日报",
    date="2024-11-17",
    author="金美花",
    chrome=[
        "首页 > 延边新闻",
        "打印本页 | 关闭",
        "版权声明：凡本网注明“来源：延边日报”的作品，未经授权不得转载。",
        "吉ICP备05001234号",
    ],
    body=[
        "专门收集居民身边的烦心事",
        "供暖不热等问题四十多件",
        "居民信得过，社区工作也更好开展了",
    ],
    regions=[
        ("延边州延吉市的一个社区里", ["吉林省/延边朝鲜族自治州/延吉市"]),
        ("今年以来，议事团协调解决了", []),
        ("社区党委书记说，老同志热心肠", []),
    ],
    complete=True,
)

art(
    "kds_forum_thread.html",
    "Shanghai city forum thread saved HTML (宽带山 board crumb, thread title, 楼主 post with 发表于 YYYY-M-D HH:MM, 只看楼主 | 倒序浏览, a reply with its own date, 回复 box, an SEO spam string inside the opening post)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>回安徽老家过了一个礼拜，村里变化真的大 - 宽带山 - 宽带山KDS</title></head>
    <body>
    <div class="crumb">宽带山 › 生活 › 宽带山</div>
    <h1>回安徽老家过了一个礼拜，村里变化真的大</h1>
    <div class="tools">只看楼主 | 倒序浏览</div>
    <div class="post">
    <div class="author">楼主 老沪漂2008　发表于 2024-11-9 21:36</div>
    <p>老家在安徽六安市金寨县的山里，在沪打工十几年，这次回去住了一个礼拜。</p>
    <p>村里的路全部硬化了，还装了路灯，以前下雨天出门一脚泥上海代办居住证加急，现在穿布鞋都没事。</p>
    <p>村里的老房子很多改成了民宿，周末有合肥、武汉的人开车过来住。</p>
    </div>
    <div class="reply">
    <div class="author">2楼 阿拉闵行人　发表于 2024-11-9 22:05</div>
    <p>羡慕，有空也想去大别山转转。</p>
    </div>
    <div class="box">回复 发表 表情</div>
    </body>
    </html>
    """,
    title="回安徽老家过了一个礼拜，村里变化真的大",
    source="宽带山",
    date="2024-11-09",
    author="老沪漂2008",
    chrome=["宽带山 › 生活 › 宽带山", "只看楼主 | 倒序浏览", "回复 发表 表情"],
    body=[
        "这次回去住了一个礼拜",
        "以前下雨天出门一脚泥，现在穿布鞋都没事",
        "周末有合肥、武汉的人开车过来住",
    ],
    spam=["上海代办居住证加急"],
    regions=[
        ("老家在安徽六安市金寨县的山里", ["安徽省/六安市/金寨县", "上海市"]),
        ("村里的路全部硬化了", []),
        ("村里的老房子很多改成了民宿", ["安徽省/合肥市", "湖北省/武汉市"]),
    ],
)

art(
    "xianning_news_weekday.shtml",
    "city news site .shtml (咸宁新闻网 logo line, 频道 nav, 时间：2024年12月01日 周日 10:12 + 来源 + 作者 row, 字体大小 line, 责任编辑 line, 上一篇/下一篇, 鄂ICP备 footer; a company named after another place)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>嘉鱼：蔬菜大县的“冬季菜篮子”_咸宁新闻网</title></head>
    <body>
    <div class="logo">咸宁新闻网 www.xnnews.example.cn</div>
    <div class="nav">首页 | 咸宁要闻 | 县市区 | 民生 | 视频</div>
    <h1>嘉鱼：蔬菜大县的“冬季菜篮子”</h1>
    <div class="info">时间：2024年12月01日 周日 10:12　来源：咸宁日报　作者：余涛</div>
    <div class="fs">字体大小：大 中 小</div>
    <div class="content">
    <p>咸宁市嘉鱼县的蔬菜基地里，菜薹、白菜正大量上市，每天有上百吨蔬菜从这里发往武汉。</p>
    <p>基地负责人说，他们和武汉的北京华联超市签了直供协议，蔬菜当天采摘、当晚上架。</p>
    <p>全县今年冬季蔬菜种植面积达到十八万亩，带动两万多户菜农增收。</p>
    </div>
    <div class="ed">责任编辑：程丽</div>
    <div class="pn">上一篇：赤壁青砖茶亮相农博会<br>下一篇：通城县开展冬季送温暖活动</div>
    <div class="foot">咸宁日报社 版权所有　鄂ICP备11001234号</div>
    </body>
    </html>
    """,
    title="嘉鱼：蔬菜大县的“冬季菜篮子”",
    source="咸宁日报",
    site="咸宁新闻网",
    date="2024-12-01",
    author="余涛",
    chrome=[
        "咸宁新闻网 www.xnnews.example.cn",
        "首页 | 咸宁要闻 | 县市区 | 民生 | 视频",
        "字体大小：大 中 小",
        "责任编辑：程丽",
        "上一篇：赤壁青砖茶亮相农博会",
        "下一篇：通城县开展冬季送温暖活动",
        "鄂ICP备11001234号",
    ],
    body=[
        "每天有上百吨蔬菜从这里发往武汉",
        "蔬菜当天采摘、当晚上架",
        "带动两万多户菜农增收",
    ],
    regions=[
        ("咸宁市嘉鱼县的蔬菜基地里", ["湖北省/咸宁市/嘉鱼县", "湖北省/武汉市"]),
        ("基地负责人说，他们和武汉的北京华联超市", ["湖北省/武汉市"]),
        ("全县今年冬季蔬菜种植面积", []),
    ],
    complete=True,
)

art(
    "zongyang_rongmei_url_date.txt",
    "county media centre page saved as text with the date only in its 本文链接 URL (masthead, title, 来源：枞阳县融媒体中心 with no date, body, 本文链接 line with /2024/1128/ in the path, 扫码关注 line)",
    "utf-8",
    """
    枞阳新闻网
    枞阳：“一元钱理发”进村入户
    来源：枞阳县融媒体中心　　字号：A+ A-

    　　铜陵市枞阳县的一个村里，每月逢五，志愿理发队都会来到村党群服务中心，老人理发只收一元钱。

    　　理发队由县里的几家理发店师傅组成，已经坚持了六年，跑遍了全县一百多个村。

    　　行动不便的老人，师傅们还会带着工具上门服务。

    本文链接：https://www.zynews.example.cn/2024/1128/c42a1234.html
    扫码关注枞阳发布
    """,
    title="枞阳：“一元钱理发”进村入户",
    source="枞阳县融媒体中心",
    date="2024-11-28",
    chrome=[
        "字号：A+ A-",
        "本文链接：https://www.zynews.example.cn/2024/1128/c42a1234.html",
        "扫码关注枞阳发布",
    ],
    body=[
        "老人理发只收一元钱",
        "跑遍了全县一百多个村",
        "师傅们还会带着工具上门服务",
    ],
    regions=[
        ("铜陵市枞阳县的一个村里", ["安徽省/铜陵市/枞阳县"]),
        ("理发队由县里的几家理发店师傅组成", []),
        ("行动不便的老人", []),
    ],
    complete=True,
)

# --- Hong Kong, Macau, Taiwan -------------------------------------------------------------------
art(
    "speakout_hk_weekday.html",
    "Hong Kong online outlet HTML in traditional script (港人講地 logo line, 本地 tag, title, 2024年12月1日 星期日 date line, 撰文 byline, body, 分享至 Facebook WhatsApp line, 延伸閱讀 list, © copyright line; 港深 compound)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head><meta charset="utf-8"><title>鄉村義工隊 為新界獨居長者修屋 | 港人講地</title></head>
    <body>
    <div class="logo">港人講地 Speakout HK</div>
    <div class="tag">本地</div>
    <h1>鄉村義工隊 為新界獨居長者修屋</h1>
    <div class="date">2024年12月1日 星期日</div>
    <div class="by">撰文：陳穎欣</div>
    <div class="body">
    <p>入冬前，一隊由村民和退休師傅組成的義工隊走進香港新界北的多條鄉村，為獨居長者修補漏水的屋頂和殘舊的門窗。</p>
    <p>義工隊隊長說，不少長者的子女在市區工作，屋子壞了也不知找誰修，義工隊一個電話就會上門。</p>
    <p>今年義工隊還與深圳的社工機構交流，探討港深兩地合作照顧跨境長者。</p>
    </div>
    <div class="share">分享至：Facebook WhatsApp</div>
    <div class="more">延伸閱讀<br>元朗鄉郊設長者健康站</div>
    <div class="copy">© 2024 港人講地 版權所有</div>
    </body>
    </html>
    """,
    title="鄉村義工隊 為新界獨居長者修屋",
    source="港人講地",
    date="2024-12-01",
    author="陳穎欣",
    chrome=[
        "港人講地 Speakout HK",
        "分享至：Facebook WhatsApp",
        "延伸閱讀",
        "元朗鄉郊設長者健康站",
        "© 2024 港人講地 版權所有",
    ],
    body=[
        "為獨居長者修補漏水的屋頂和殘舊的門窗",
        "義工隊一個電話就會上門",
        "探討港深兩地合作照顧跨境長者",
    ],
    regions=[
        ("入冬前，一隊由村民和退休師傅組成的義工隊", ["香港特别行政区"]),
        ("義工隊隊長說，不少長者的子女", []),
        ("今年義工隊還與深圳的社工機構交流", ["广东省/深圳市", "香港特别行政区"]),
    ],
    complete=True,
)

art(
    "saikung_dc_newsletter_big5.txt",
    "Hong Kong district council member's newsletter typed up as text, Big5 (區議會 + 區議員工作報告 masthead, 第N期 issue line with 出版日期 YYYY年M月D日, item heading, body, 辦事處地址/電話 block, 印刷數量 line)",
    "big5",
    """
    西貢區議會　區議員工作報告
    第十二期　出版日期：2024年11月30日

    坑口鄉村小巴路線加密班次

    　　香港西貢區坑口一帶的鄉村居民，長期反映往返市區的小巴班次太少，早上排隊要等半小時以上。

    　　經過多次與運輸署及營辦商商討，有關路線由下月起在早上繁忙時間加密至每十分鐘一班。

    　　本人會繼續跟進鄉村道路照明和行人路擴闊等問題，歡迎街坊提出意見。

    議員辦事處地址：西貢區坑口村道二十八號地下
    辦事處電話：2719 0000
    印刷數量：5000份
    """,
    title="坑口鄉村小巴路線加密班次",
    source="西貢區議會",
    date="2024-11-30",
    chrome=[
        "議員辦事處地址：西貢區坑口村道二十八號地下",
        "辦事處電話：2719 0000",
        "印刷數量：5000份",
    ],
    body=[
        "早上排隊要等半小時以上",
        "由下月起在早上繁忙時間加密至每十分鐘一班",
        "歡迎街坊提出意見",
    ],
    regions=[
        ("香港西貢區坑口一帶的鄉村居民", ["香港特别行政区"]),
        ("經過多次與運輸署及營辦商商討", []),
        ("本人會繼續跟進鄉村道路照明", []),
    ],
    complete=True,
)

art(
    "macau_jornal_big5.html",
    "Macau weekly HTML in Big5 (<meta charset=big5>, 句號報 masthead line, 社會 section, title, 出版日期：2024年11月29日（第N期） row, body, 本報記者 byline at the end, 版權所有 footer; 橫琴 naming 珠海)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>句號報 - 街坊會組長者遊橫琴</title>
    </head>
    <body>
    <div class="mast">句號報 Jornal Va Kio</div>
    <div class="sec">社會</div>
    <h1>街坊會組長者遊橫琴</h1>
    <div class="date">出版日期：2024年11月29日（第1234期）</div>
    <div class="text">
    <p>澳門一個街坊會日前組織六十多名長者前往橫琴參觀，了解在粵澳深度合作區生活和養老的配套。</p>
    <p>長者們參觀了合作區內的社區服務中心和醫療機構，不少人表示交通方便，將來會考慮在那邊養老。</p>
    <p>街坊會負責人表示，會繼續舉辦同類活動，讓長者多了解大灣區的發展。</p>
    <p>（本報記者 梁家明）</p>
    </div>
    <div class="foot">句號報 版權所有</div>
    </body>
    </html>
    """,
    title="街坊會組長者遊橫琴",
    source="句號報",
    date="2024-11-29",
    author="梁家明",
    chrome=["句號報 Jornal Va Kio", "句號報 版權所有"],
    body=[
        "了解在粵澳深度合作區生活和養老的配套",
        "將來會考慮在那邊養老",
        "讓長者多了解大灣區的發展",
    ],
    regions=[
        ("澳門一個街坊會日前組織六十多名長者前往橫琴", ["澳门特别行政区", "广东省/珠海市"]),
        ("長者們參觀了合作區內的社區服務中心", []),
        ("街坊會負責人表示，會繼續舉辦同類活動", []),
    ],
    complete=True,
)

art(
    "miaoli_county_gov_big5.html",
    "Taiwan county government news page in Big5 (<meta charset=big5>, 縣府新聞 crumb, 發布日期：113-11-28 ROC date, 發布單位：社會處 row, 點閱次數, 友善列印 | 回上一頁, 無障礙 badge line in the footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>苗栗縣政府全球資訊網-縣府新聞</title>
    </head>
    <body>
    <div class="crumb">首頁 &gt; 訊息公告 &gt; 縣府新聞</div>
    <h2>苗栗縣推動部落共餐　長者在地安老</h2>
    <div class="info">發布日期：113-11-28　發布單位：社會處　點閱次數：632</div>
    <div class="content">
    <p>苗栗縣政府今年在山區與客家庄擴大推動部落共餐，目前已有六十八個據點，每週提供長者三到五天的午餐。</p>
    <p>縣府表示，共餐食材優先採購在地小農生產的蔬菜和雜糧，讓長者吃得健康，也讓農民多一份收入。</p>
    <p>一位在據點擔任廚工的部落媽媽說，看著老人家一起吃飯聊天，自己也覺得很有意義。</p>
    </div>
    <div class="tool">友善列印 | 回上一頁</div>
    <div class="foot">苗栗縣政府 版權所有　無障礙網站 AA</div>
    </body>
    </html>
    """,
    title="苗栗縣推動部落共餐　長者在地安老",
    source="社會處",
    site="苗栗縣政府全球資訊網",
    date="2024-11-28",
    chrome=["首頁 > 訊息公告 > 縣府新聞", "點閱次數：632", "友善列印 | 回上一頁", "無障礙網站 AA"],
    body=[
        "目前已有六十八個據點",
        "優先採購在地小農生產的蔬菜和雜糧",
        "看著老人家一起吃飯聊天",
    ],
    regions=[
        ("苗栗縣政府今年在山區與客家庄", ["台湾省/苗栗县"]),
        ("縣府表示，共餐食材優先採購", []),
        ("一位在據點擔任廚工的部落媽媽說", []),
    ],
    complete=True,
)

art(
    "luye_township_big5.txt",
    "Taiwan township office (鄉公所) announcement typed up, Big5 CRLF (鄉公所 name, 公告 heading with 中華民國113年11月30日 and 字號, 主旨/說明 sections, 鄉長 signature line)",
    "big5",
    """
    臺東縣鹿野鄉公所　公告
    中華民國113年11月30日
    鹿鄉民字第1130012345號

    主旨：公告本鄉113年度紅烏龍茶產業輔導成果發表會辦理事宜。
    說明：
    一、臺東縣鹿野鄉為紅烏龍茶主要產區，本所為推廣在地茶產業，訂於12月14日在高台茶區舉辦成果發表會。
    二、會中將展示本年度茶農參加製茶輔導的成果，並安排品茶及小農市集。
    三、歡迎鄉親踴躍參加，洽詢電話：089-550000。

    鄉長　林○○
    """,
    crlf=True,
    title="公告本鄉113年度紅烏龍茶產業輔導成果發表會辦理事宜",
    source="臺東縣鹿野鄉公所",
    date="2024-11-30",
    chrome=["鹿鄉民字第1130012345號", "鄉長　林○○"],
    body=[
        "本所為推廣在地茶產業",
        "並安排品茶及小農市集",
        "歡迎鄉親踴躍參加",
    ],
    regions=[
        ("一、臺東縣鹿野鄉為紅烏龍茶主要產區", ["台湾省/台东县"]),
        ("二、會中將展示本年度茶農", []),
        ("三、歡迎鄉親踴躍參加", []),
    ],
    complete=True,
)

art(
    "ner_radio_tainan.html",
    "Taiwan public education radio news page (國立教育廣播電臺 logo line, 即時新聞 tag, title, 2024/12/01 18:20 date with slashes, 記者 byline, 收聽 button line, 相關新聞, © footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head><meta charset="utf-8"><title>臺南偏鄉小校變身社區學習中心 - 國立教育廣播電臺</title></head>
    <body>
    <div class="logo">國立教育廣播電臺 National Education Radio</div>
    <div class="tag">即時新聞</div>
    <h1>臺南偏鄉小校變身社區學習中心</h1>
    <div class="date">2024/12/01 18:20</div>
    <div class="by">記者 蔡宜君 報導</div>
    <div class="play">▶ 收聽本則新聞</div>
    <div class="body">
    <p>臺南市山區一所學生不到三十人的國小，晚上和週末開放教室，變成社區居民的學習中心。</p>
    <p>學校開設了電腦、手機使用和農產品網路行銷課程，上課的多半是附近的農民和長輩。</p>
    <p>校長說，學校和社區一起成長，孩子們也更願意留在家鄉讀書。</p>
    </div>
    <div class="rel">相關新聞<br>教育部補助偏鄉學校數位設備</div>
    <div class="foot">© 國立教育廣播電臺 版權所有</div>
    </body>
    </html>
    """,
    title="臺南偏鄉小校變身社區學習中心",
    source="國立教育廣播電臺",
    date="2024-12-01",
    author="蔡宜君",
    chrome=[
        "國立教育廣播電臺 National Education Radio",
        "▶ 收聽本則新聞",
        "相關新聞",
        "教育部補助偏鄉學校數位設備",
        "© 國立教育廣播電臺 版權所有",
    ],
    body=[
        "晚上和週末開放教室",
        "上課的多半是附近的農民和長輩",
        "孩子們也更願意留在家鄉讀書",
    ],
    regions=[
        ("臺南市山區一所學生不到三十人的國小", ["台湾省/台南市"]),
        ("學校開設了電腦、手機使用", []),
        ("校長說，學校和社區一起成長", []),
    ],
    complete=True,
)

# --- overseas Chinese papers and a personal blog ------------------------------------------------
art(
    "hungary_xindaobao_updated.html",
    "Hungarian Chinese paper HTML (新导报 masthead with its Hungarian name, 侨社 section, title, 发布：2024-12-01 10:05 | Updated: 2024-12-02 08:40 row with an English label, 编辑 line, share icons line, ©  footer; 青田 emigrants, 在布达佩斯)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>青田籍侨胞捐建家乡“共富工坊” - 新导报</title></head>
    <body>
    <div class="mast">新导报 Új Kalauz</div>
    <div class="sec">侨社</div>
    <h1>青田籍侨胞捐建家乡“共富工坊”</h1>
    <div class="meta">发布：2024-12-01 10:05 | Updated: 2024-12-02 08:40</div>
    <div class="body">
    <p>在布达佩斯经营贸易公司多年的几位青田籍侨胞，近日共同出资，在家乡浙江丽水市青田县的一个山村建起了“共富工坊”。</p>
    <p>工坊主要加工石雕小饰品和竹编工艺品，村里的留守妇女在家门口就能上班，每月收入两千多元。</p>
    <p>侨胞们说，在外打拼多年，能为家乡做点事，心里很踏实。</p>
    </div>
    <div class="ed">编辑：陈蕾</div>
    <div class="share">Facebook WeChat E-mail</div>
    <div class="foot">© 2024 新导报 Új Kalauz Budapest</div>
    </body>
    </html>
    """,
    title="青田籍侨胞捐建家乡“共富工坊”",
    source="新导报",
    date="2024-12-01",
    chrome=[
        "新导报 Új Kalauz",
        "Updated: 2024-12-02 08:40",
        "编辑：陈蕾",
        "Facebook WeChat E-mail",
        "© 2024 新导报 Új Kalauz Budapest",
    ],
    body=[
        "村里的留守妇女在家门口就能上班",
        "每月收入两千多元",
        "能为家乡做点事，心里很踏实",
    ],
    regions=[
        ("在布达佩斯经营贸易公司多年的几位青田籍侨胞", ["浙江省/丽水市/青田县"]),
        ("工坊主要加工石雕小饰品", []),
        ("侨胞们说，在外打拼多年", []),
    ],
    complete=True,
)

art(
    "indonesia_shangbao_dateline.txt",
    "Indonesian Chinese paper saved as text (商报 masthead with the full date and 第N版 only at the top, 侨乡 section line, title, 【本报讯】雅加达11月30日 dateline without a year, body, 印尼商报 copyright line)",
    "utf-8",
    """
    印尼商报　2024年12月1日　星期日　第五版
    侨乡新闻
    福清侨胞回乡助建村级养老服务站
    【本报讯】雅加达11月30日　祖籍福建福清市的印尼侨领郑先生，日前带领乡亲回到家乡，为村里新建的养老服务站捐赠了康复器材。
    　　养老服务站设有助餐室、康复室和阅览室，可同时为村里一百多位老人提供日间照料。
    　　郑先生表示，侨胞虽身在海外，但始终牵挂家乡老人，今后还将继续支持家乡公益事业。
    印尼商报版权所有，转载请注明出处
    """,
    title="福清侨胞回乡助建村级养老服务站",
    source="印尼商报",
    date="2024-11-30",
    chrome=["侨乡新闻", "印尼商报版权所有，转载请注明出处"],
    body=[
        "为村里新建的养老服务站捐赠了康复器材",
        "可同时为村里一百多位老人提供日间照料",
        "今后还将继续支持家乡公益事业",
    ],
    regions=[
        ("雅加达11月30日　祖籍福建福清市", ["福建省/福州市/福清市"]),
        ("养老服务站设有助餐室", []),
        ("郑先生表示，侨胞虽身在海外", []),
    ],
    complete=True,
)

art(
    "africa_times_sa.txt",
    "South African Chinese paper page saved as text (非洲时报 masthead, 侨界 > 侨乡 crumb, title, 时间 DD/MM/YYYY (day first) + 来源 row, body, 分享 line, 南非 copyright; 旅南非 and 温州)",
    "utf-8",
    """
    非洲时报
    侨界 > 侨乡
    旅南非温州乡亲助力家乡乡村图书馆
    时间：28/11/2024　来源：非洲时报　作者：叶子

    　　十多位在约翰内斯堡经商的温州乡亲，近日为老家浙江温州市文成县的五个山村捐建了乡村图书馆。

    　　每个图书馆配备图书三千多册和电脑、投影设备，由村里的退休教师负责管理。

    　　文成县的一位村支书说，孩子们放学后有了好去处，村里的老人也常来看报。

    分享到：微信 Facebook
    © 非洲时报 Africa Times, Johannesburg
    """,
    title="旅南非温州乡亲助力家乡乡村图书馆",
    source="非洲时报",
    date="2024-11-28",
    author="叶子",
    chrome=["侨界 > 侨乡", "分享到：微信 Facebook", "© 非洲时报 Africa Times, Johannesburg"],
    body=[
        "近日为老家浙江温州市文成县的五个山村捐建了乡村图书馆",
        "由村里的退休教师负责管理",
        "村里的老人也常来看报",
    ],
    regions=[
        ("十多位在约翰内斯堡经商的温州乡亲", ["浙江省/温州市/文成县"]),
        ("每个图书馆配备图书三千多册", []),
        ("文成县的一位村支书说", ["浙江省/温州市/文成县"]),
    ],
    complete=True,
)

art(
    "hexo_zhucun_blog.html",
    "personal static blog (Hexo theme) post HTML (blog name + 归档 标签 关于 nav, title, 发表于 2024-11-16 | 更新于 2024-11-17 | 分类于 驻村日记 row, 字数统计 + 阅读时长 line, post body, 本文作者/本文链接/版权声明 box, 上一篇/下一篇, Powered by Hexo footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>驻村第三百天 | 山间小记</title></head>
    <body>
    <div class="site">山间小记</div>
    <div class="menu">首页 归档 标签 关于</div>
    <h1 class="post-title">驻村第三百天</h1>
    <div class="post-meta">发表于 2024-11-16 | 更新于 2024-11-17 | 分类于 驻村日记</div>
    <div class="wc">本文字数：812 | 阅读时长 ≈ 3 分钟</div>
    <div class="post-body">
    <p>今天是我到湖南永州市宁远县这个瑶族村驻村的第三百天。</p>
    <p>刚来的时候，村里的年轻人大多外出打工，留下的多是老人和孩子。这一年，我们帮村里建起了香芋合作社，流转了三百多亩地。</p>
    <p>晚上和老支书喝茶，他说等明年香芋丰收了，要请我吃一顿正宗的瑶家长桌宴。</p>
    </div>
    <div class="copyright">本文作者：阿木<br>本文链接：https://shanjian.example.com/2024/11/16/day300/<br>版权声明：本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。</div>
    <div class="nav">上一篇：秋收 下一篇：第一场雪</div>
    <div class="foot">© 2024 阿木 | Powered by Hexo | 主题 NexT</div>
    </body>
    </html>
    """,
    title="驻村第三百天",
    source="山间小记",
    date="2024-11-16",
    author="阿木",
    chrome=[
        "首页 归档 标签 关于",
        "本文字数：812 | 阅读时长 ≈ 3 分钟",
        "本文链接：https://shanjian.example.com/2024/11/16/day300/",
        "版权声明：本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。",
        "上一篇：秋收 下一篇：第一场雪",
        "Powered by Hexo | 主题 NexT",
    ],
    body=[
        "驻村的第三百天",
        "我们帮村里建起了香芋合作社，流转了三百多亩地",
        "要请我吃一顿正宗的瑶家长桌宴",
    ],
    regions=[
        ("今天是我到湖南永州市宁远县这个瑶族村", ["湖南省/永州市/宁远县"]),
        ("刚来的时候，村里的年轻人大多外出打工", []),
        ("晚上和老支书喝茶", []),
    ],
    complete=True,
)

# --- a few more mainland layouts ----------------------------------------------------------------
art(
    "wuxue_zhengce_qa.htm",
    "county bureau Q&A page (一问一答 format) .htm (局 masthead, 政策问答 crumb, title, 发布时间 + 信息来源 + 【字体：大 中 小】 row with ending 　, 问：/答： paragraphs, 附件：无, 相关文件 list, 鄂ICP备 footer)",
    "utf-8",
    """
    <html>
    <head><meta charset="utf-8"><title>武穴市民政局</title></head>
    <body>
    <div class="mast">武穴市民政局</div>
    <div class="crumb">首页 &gt; 政策问答</div>
    <h1>农村低保申请常见问题解答</h1>
    <div class="info">发布时间：2024-11-21　信息来源：武穴市民政局　【字体：大 中 小】</div>
    <div class="qa">
    <p>问：黄冈市武穴市的农村居民，申请低保需要到哪里办理？</p>
    <p>答：可以向户籍所在地的乡镇人民政府（街道办事处）提出申请，也可以委托村（居）民委员会代为提出。</p>
    <p>问：家里有人在外地打工，还能申请吗？</p>
    <p>答：可以，但要如实申报家庭收入，乡镇会组织入户调查，核实家庭经济状况。</p>
    </div>
    <div class="att">附件：无</div>
    <div class="rel">相关文件：湖北省最低生活保障工作实施办法</div>
    <div class="foot">武穴市民政局主办　鄂ICP备15001234号</div>
    </body>
    </html>
    """,
    title="农村低保申请常见问题解答",
    source="武穴市民政局",
    date="2024-11-21",
    chrome=[
        "首页 > 政策问答",
        "【字体：大 中 小】",
        "附件：无",
        "相关文件：湖北省最低生活保障工作实施办法",
        "鄂ICP备15001234号",
    ],
    body=[
        "申请低保需要到哪里办理",
        "也可以委托村（居）民委员会代为提出",
        "家里有人在外地打工，还能申请吗",
        "乡镇会组织入户调查，核实家庭经济状况",
    ],
    regions=[
        ("问：黄冈市武穴市的农村居民", ["湖北省/黄冈市/武穴市"]),
        ("答：可以向户籍所在地的乡镇人民政府", []),
        ("问：家里有人在外地打工", []),
        ("答：可以，但要如实申报家庭收入", []),
    ],
    complete=True,
)

art(
    "handan_former_name_news.txt",
    "city evening paper page saved as text, GBK CRLF (邯郸晚报 masthead, 本地 > 县区 crumb, title, 2024.11.26 dotted date + 来源 + 作者 row, body with a former county name, 【纠错】 and 打印 line, 冀ICP备 footer)",
    "gbk",
    """
    邯郸晚报
    本地 > 县区
    肥乡：老支书的“笔记本”记下村里四十年变化
    2024.11.26　来源：邯郸晚报　作者：郭磊

    　　在邯郸市肥乡区的一个村子里，七十八岁的老支书珍藏着十几本发黄的笔记本。

    　　笔记本里记着村里每年的收成、修路打井的账目，还有二〇一六年肥乡县撤县设区前后的大事。

    　　老人说，写了一辈子，就是想让后人知道，今天的好日子是怎么一点点干出来的。

    【纠错】　打印
    冀ICP备06001234号
    """,
    crlf=True,
    title="肥乡：老支书的“笔记本”记下村里四十年变化",
    source="邯郸晚报",
    date="2024-11-26",
    author="郭磊",
    chrome=["本地 > 县区", "【纠错】　打印", "冀ICP备06001234号"],
    body=[
        "七十八岁的老支书珍藏着十几本发黄的笔记本",
        "还有二〇一六年肥乡县撤县设区前后的大事",
        "今天的好日子是怎么一点点干出来的",
    ],
    regions=[
        ("在邯郸市肥乡区的一个村子里", ["河北省/邯郸市/肥乡区"]),
        ("笔记本里记着村里每年的收成", ["河北省/邯郸市/肥乡区"]),
        ("老人说，写了一辈子", []),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(
        out, "Held-out set 12 (issue 10): written fresh, never tuned on. Report figures only."
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
