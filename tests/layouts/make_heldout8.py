"""Write tests/layouts/heldout8/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout8.py tests/layouts/heldout8

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout7. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- think tanks, trade papers, disciplinary and party-building sites, state-owned enterprises --
art(
    "drc_yanjiu_lishui.html",
    "国家级智库网站 saved HTML page (<title> 标题-国务院发展研究中心, 首页 > 调查研究报告 crumb, 作者 / 发布日期 / 来源 in a span row, 【打印】【关闭】, 地址 + 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>山区县强村富民的路径选择——基于浙江丽水的调查-国务院发展研究中心</title>
    <meta name="keywords" content="强村富民,山区县,集体经济">
    </head>
    <body>
    <div class="topnav"><a href="/">首页</a> <a href="/yjcg/">研究成果</a> <a href="/dcyj/">调查研究报告</a> <a href="/zjgd/">专家观点</a> <a href="/en/">English</a></div>
    <div class="location">首页 &gt; 调查研究报告 &gt; 农村经济</div>
    <div class="article">
    <h2>山区县强村富民的路径选择——基于浙江丽水的调查</h2>
    <div class="info"><span>作者：农村经济研究部课题组</span><span>发布日期：2024-09-12</span><span>来源：国务院发展研究中心</span></div>
    <div class="content">
    <p>　　丽水市九山半水半分田，是典型的山区地级市。</p>
    <p>　　课题组于今年6月赴遂昌县、庆元县和云和县，走访了12个行政村和5家村级强村公司。</p>
    <p>　　调查发现，以县域为单位统筹组建强村公司，把分散的村集体资源打包经营，能够明显提高集体经营性收入。</p>
    <p>　　但也要看到，部分强村公司过度依赖工程类收入，可持续性不强，需要防范经营风险向村集体传导。</p>
    <p>　　报告建议，山区县应把强村公司的收益分配与低收入农户增收挂钩，避免“村富民不富”。</p>
    </div>
    <div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
    </div>
    <div class="footer">地址：北京市西城区朝阳门北大街225号　版权所有：国务院发展研究中心　京ICP备05070589号</div>
    </body>
    </html>
    """,
    title="山区县强村富民的路径选择——基于浙江丽水的调查",
    source="国务院发展研究中心",
    date="2024-09-12",
    author="农村经济研究部课题组",
    chrome=[
        "首页 > 调查研究报告 > 农村经济",
        "【打印】【关闭】",
        "地址：北京市西城区朝阳门北大街225号",
    ],
    body=[
        "是典型的山区地级市",
        "走访了12个行政村和5家村级强村公司",
        "能够明显提高集体经营性收入",
        "需要防范经营风险向村集体传导",
        "避免“村富民不富”",
    ],
    regions=[
        ("丽水市九山半水半分田", ["浙江省/丽水市"]),
        (
            "课题组于今年6月赴遂昌县、庆元县和云和县",
            ["浙江省/丽水市/遂昌县", "浙江省/丽水市/庆元县", "浙江省/丽水市/云和县"],
        ),
        ("调查发现，以县域为单位统筹组建强村公司", []),
        ("但也要看到，部分强村公司过度依赖工程类收入", []),
        ("报告建议，山区县应把强村公司的收益分配", []),
    ],
    complete=True,
)

art(
    "ccg_bilingual_xiangcun.html",
    "民间智库 bilingual Chinese/English page (English nav, 中文 title and English title, date only as 'Nov 6, 2024' under the English title and in meta article:published_time, Share: WeChat Weibo LinkedIn, Subscribe footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="UTF-8">
    <meta property="article:published_time" content="2024-11-06T10:30:00+08:00">
    <title>青年返乡与县域活力 | Returning Youth and County Vitality - Center for China and Globalization</title>
    </head>
    <body>
    <header><a href="/">Home</a> | <a href="/research/">Research</a> | <a href="/events/">Events</a> | <a href="/zh/">中文</a></header>
    <article>
    <h1>青年返乡与县域活力</h1>
    <h2>Returning Youth and County Vitality</h2>
    <p class="meta">Nov 6, 2024　|　Research Notes</p>
    <p>全球化智库（CCG）研究团队今年夏天在江西赣州、广东梅州等地开展调研，访谈了近百名返乡创业青年。</p>
    <p>The team interviewed nearly one hundred young entrepreneurs who had returned to their home counties.</p>
    <p>调研显示，返乡青年多集中在电商、民宿和农产品加工领域，超过六成在外地工作过五年以上。</p>
    <p>不少受访者表示，县城的生活成本低、家人在身边，是他们回来的主要原因。</p>
    <p>研究团队建议，地方政府在住房、子女入学和创业融资上给予更稳定的政策预期。</p>
    <p class="share">Share: WeChat | Weibo | LinkedIn</p>
    </article>
    <footer>Subscribe to CCG Newsletter　© Center for China and Globalization. All rights reserved.</footer>
    </body>
    </html>
    """,
    title="青年返乡与县域活力",
    source="全球化智库",
    date="2024-11-06",
    chrome=[
        "Home | Research | Events | 中文",
        "Share: WeChat | Weibo | LinkedIn",
        "Subscribe to CCG Newsletter",
    ],
    body=[
        "访谈了近百名返乡创业青年",
        "超过六成在外地工作过五年以上",
        "是他们回来的主要原因",
        "给予更稳定的政策预期",
    ],
    regions=[
        ("研究团队今年夏天在江西赣州、广东梅州等地开展调研", ["江西省/赣州市", "广东省/梅州市"]),
        ("The team interviewed nearly one hundred", []),
        ("调研显示，返乡青年多集中在电商", []),
        ("县城的生活成本低、家人在身边", []),
        ("研究团队建议，地方政府在住房", []),
    ],
    complete=True,
)

art(
    "zgzrzyb_epaper_gbk.txt",
    "行业报 e-paper text page, GBK (中国自然资源报 masthead + 日期 + 第N版：名 line, 本版导航 list, title with 引题, 本报记者 byline, 上一篇 下一篇, 返回目录 | 版面导航)",
    "gbk",
    """
    中国自然资源报
    2024年07月18日　星期四　　第03版：地方·实践
    本版导航：上一版　下一版　　往期回顾
    ——重庆城口县探索山区土地综合整治
    “巴掌田”连成了“整片田”
    本报记者　向晓峰　通讯员　何川

    　　盛夏时节，城口县坪坝镇的一片梯田里，新栽的水稻长势正旺。

    　　两年前，这里还是七零八落的“巴掌田”，最小的一块不到半分地，机械下不了田。

    　　城口县把土地整治和高标准农田建设结合起来，打破田坎、归并地块，新增耕地面积一百余亩。

    　　整治后的土地由村集体统一流转给种植大户，村民既拿租金，又能在家门口务工。

    上一篇：江西宜春：矿山修复后种上了油茶
    下一篇：“多规合一”让村庄规划落地
    返回目录 | 版面导航
    """,
    title="“巴掌田”连成了“整片田”",
    source="中国自然资源报",
    date="2024-07-18",
    author="向晓峰",
    chrome=[
        "本版导航：上一版　下一版　　往期回顾",
        "上一篇：江西宜春：矿山修复后种上了油茶",
        "下一篇：“多规合一”让村庄规划落地",
        "返回目录 | 版面导航",
    ],
    body=[
        "新栽的水稻长势正旺",
        "最小的一块不到半分地，机械下不了田",
        "新增耕地面积一百余亩",
        "村民既拿租金，又能在家门口务工",
    ],
    regions=[
        ("城口县坪坝镇的一片梯田里", ["重庆市/城口县"]),
        ("两年前，这里还是七零八落的", []),
        ("城口县把土地整治和高标准农田建设结合起来", ["重庆市/城口县"]),
        ("整治后的土地由村集体统一流转给种植大户", []),
    ],
    complete=True,
)

art(
    "emerinfo_yingji_village_crlf.txt",
    "行业报 site page saved as text, CRLF (中国应急信息网: 应急要闻 > 基层 crumb, title, 中国应急管理报 | 2024-05-29 08:35 with | and no labels, 分享到 line, 责任编辑：X, 相关阅读 list)",
    "utf-8",
    """
    中国应急信息网
    首页 > 基层应急 > 基层动态
    山村里的“应急第一响应人”
    中国应急管理报 | 2024-05-29 08:35 | 记者 宋嘉禾
    分享到：微信 微博 QQ空间

    　　入汛以来，湖北省恩施土家族苗族自治州鹤峰县的120多名村级“应急第一响应人”全部上岗。

    　　他们大多是村干部、网格员和退伍军人，平时负责巡查地质灾害隐患点，遇到险情第一时间组织群众转移。

    　　“以前一下大雨心里就慌，现在有人盯着，晚上睡得踏实。”住在隐患点附近的村民说。

    　　今年，当地还为每个村配发了卫星电话和应急广播，确保断网断电时也能把预警传下去。

    责任编辑：周立
    相关阅读
    ·四川：开展汛期地质灾害避险演练
    ·应急管理部部署强降雨防范工作
    """,
    title="山村里的“应急第一响应人”",
    source="中国应急管理报",
    site="中国应急信息网",
    date="2024-05-29",
    author="宋嘉禾",
    chrome=[
        "首页 > 基层应急 > 基层动态",
        "分享到：微信 微博 QQ空间",
        "责任编辑：周立",
        "相关阅读",
        "·四川：开展汛期地质灾害避险演练",
        "·应急管理部部署强降雨防范工作",
    ],
    body=[
        "应急第一响应人”全部上岗",
        "遇到险情第一时间组织群众转移",
        "晚上睡得踏实",
        "确保断网断电时也能把预警传下去",
    ],
    regions=[
        ("湖北省恩施土家族苗族自治州鹤峰县的120多名", ["湖北省/恩施土家族苗族自治州/鹤峰县"]),
        ("他们大多是村干部、网格员和退伍军人", []),
        ("住在隐患点附近的村民说", []),
        ("今年，当地还为每个村配发了卫星电话", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "jyb_xiangcun_jiaoshi.txt",
    "行业报 news site text save (中国教育新闻网: masthead + 频道 line, title, 来源：中国教育报 作者：X 发布时间：YYYY年MM月DD日 on one line, 字号：大 中 小 bar, 【纠错】 and 责任编辑 line, 扫一扫 在手机上阅读)",
    "utf-8",
    """
    中国教育新闻网　|　基础教育频道
    大山里的“走教”老师
    来源：中国教育报　作者：覃小雨　发布时间：2024年04月16日
    字号：大 中 小

    　　每周一清晨，广西河池市都安瑶族自治县的“走教”老师蓝秀芳都要骑上摩托车，赶往二十公里外的教学点。

    　　这个教学点只有十一名学生，音乐、美术这些课，过去一直没有专职老师来上。

    　　如今，县里组建了“走教”团队，老师们轮流到各个教学点上课，孩子们第一次有了合唱课。

    　　“山里的孩子，也应该听到自己的歌声。”蓝秀芳说。

    【纠错】　责任编辑：李雯
    扫一扫 在手机上阅读
    """,
    title="大山里的“走教”老师",
    source="中国教育报",
    site="中国教育新闻网",
    date="2024-04-16",
    author="覃小雨",
    chrome=[
        "中国教育新闻网　|　基础教育频道",
        "字号：大 中 小",
        "【纠错】　责任编辑：李雯",
        "扫一扫 在手机上阅读",
    ],
    body=[
        "赶往二十公里外的教学点",
        "过去一直没有专职老师来上",
        "孩子们第一次有了合唱课",
        "也应该听到自己的歌声",
    ],
    regions=[
        ("广西河池市都安瑶族自治县的“走教”老师", ["广西壮族自治区/河池市/都安瑶族自治县"]),
        ("这个教学点只有十一名学生", []),
        ("如今，县里组建了“走教”团队", []),
        ("也应该听到自己的歌声", []),
    ],
    complete=True,
)

art(
    "sxfj_hunan_jiwei.html",
    "省纪委监委网站 saved HTML page (三湘风纪网: <title> 标题_三湘风纪网, 当前位置 crumb with >, 信息来源：X县纪委监委 + 发布时间 + 浏览次数 in one div, 【我要打印】【关闭窗口】, 湘ICP备 footer)",
    "utf-8",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>新化：小微权力清单贴到村民家门口_三湘风纪网</title>
    </head>
    <body>
    <div class="menu"><a href="/">首页</a> <a href="/jdpg/">监督曝光</a> <a href="/sxdt/">市县动态</a> <a href="/lzwh/">廉政文化</a></div>
    <div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/sxdt/">市县动态</a></div>
    <h1>新化：小微权力清单贴到村民家门口</h1>
    <div class="attr">信息来源：新化县纪委监委　发布时间：2024-06-21 10:02　浏览次数：<span>867</span></div>
    <div class="txt">
    <p>　　“低保怎么申请、宅基地怎么审批，清单上写得明明白白。”近日，在娄底市新化县吉庆镇，村民拿着刚发到手的明白卡说。</p>
    <p>　　今年以来，新化县纪委监委督促各乡镇梳理村级小微权力事项，编印成册，逐户发放。</p>
    <p>　　县纪委监委还在每个村设立了监督联络站，群众反映的问题限时办结、及时反馈。</p>
    </div>
    <div class="btn">【<a href="javascript:print()">我要打印</a>】【<a href="javascript:close()">关闭窗口</a>】</div>
    <div class="foot">中共湖南省纪律检查委员会　湖南省监察委员会　主办　湘ICP备12006002号</div>
    </body>
    </html>
    """,
    title="新化：小微权力清单贴到村民家门口",
    source="新化县纪委监委",
    site="三湘风纪网",
    date="2024-06-21",
    chrome=[
        "当前位置：首页 > 市县动态",
        "【我要打印】【关闭窗口】",
        "中共湖南省纪律检查委员会　湖南省监察委员会　主办",
    ],
    body=[
        "清单上写得明明白白",
        "编印成册，逐户发放",
        "群众反映的问题限时办结、及时反馈",
    ],
    regions=[
        ("在娄底市新化县吉庆镇", ["湖南省/娄底市/新化县"]),
        ("今年以来，新化县纪委监委督促各乡镇", ["湖南省/娄底市/新化县"]),
        ("县纪委监委还在每个村设立了监督联络站", []),
    ],
    complete=True,
)

art(
    "lianjie_liquan_wechat_copy.txt",
    "县纪委监委 WeChat article copied as text (account line 廉洁礼泉 + date without year-month labels 'YYYY-MM-DD HH:MM 发表于陕西', 听全文 widget, body, 来源/撰稿/编辑/审核 one line with slashes, 阅读 N, 写留言)",
    "utf-8",
    """
    “村账”晒出来 群众心里亮
    廉洁礼泉 2024-03-08 18:05 发表于陕西
    听全文

    　　走进咸阳市礼泉县烟霞镇袁家村的村务公开栏，上季度每一笔收支都列得清清楚楚。

    　　去年以来，礼泉县纪委监委把村级财务公开作为监督重点，对不按时公开、公开不全的村干部及时提醒。

    　　袁家村村民说：“以前不知道钱花哪儿了，现在一看公开栏就明白。”

    来源：礼泉县纪委监委 / 撰稿：张宁 / 编辑：赵一鸣 / 审核：刘军
    阅读 2351
    写留言
    """,
    title="“村账”晒出来 群众心里亮",
    source="礼泉县纪委监委",
    site="微信公众号",
    date="2024-03-08",
    chrome=[
        "听全文",
        "撰稿：张宁 / 编辑：赵一鸣 / 审核：刘军",
        "阅读 2351",
        "写留言",
    ],
    body=[
        "上季度每一笔收支都列得清清楚楚",
        "对不按时公开、公开不全的村干部及时提醒",
        "现在一看公开栏就明白",
    ],
    regions=[
        ("咸阳市礼泉县烟霞镇袁家村的村务公开栏", ["陕西省/咸阳市/礼泉县"]),
        ("去年以来，礼泉县纪委监委把村级财务公开", ["陕西省/咸阳市/礼泉县"]),
        ("袁家村村民说", []),
    ],
    complete=True,
)

art(
    "sinopec_news_luxi_bangfu.txt",
    "央企 news site text save (中国石化新闻网: 集团要闻 | 社会责任 nav, title, 【字号 大 中 小】, 日期 HH:MM:SS then 来源 with 中国石化报 and 作者 on separate short lines, 【打印】【关闭】, 版权所有 中国石化新闻网 footer)",
    "utf-8",
    """
    中国石化新闻网
    集团要闻 | 社会责任 | 基层动态 | 石化视点
    湘西泸溪的椪柑有了“加油站”
    【字号 大 中 小】
    2024-12-03 09:14:52
    来源：中国石化报
    作者：舒亮

    　　在湖南省湘西土家族苗族自治州泸溪县，中国石化定点帮扶的椪柑分拣中心日前投入使用。

    　　分拣中心每天能处理椪柑六十多吨，按大小、甜度分级后，经易捷便利店销往全国。

    　　驻村第一书记介绍，分级销售后，一级果的收购价每斤提高了三毛钱。

    【打印】【关闭】
    版权所有 中国石化新闻网
    """,
    title="湘西泸溪的椪柑有了“加油站”",
    source="中国石化报",
    site="中国石化新闻网",
    date="2024-12-03",
    author="舒亮",
    chrome=[
        "集团要闻 | 社会责任 | 基层动态 | 石化视点",
        "【字号 大 中 小】",
        "【打印】【关闭】",
        "版权所有 中国石化新闻网",
    ],
    body=[
        "定点帮扶的椪柑分拣中心日前投入使用",
        "经易捷便利店销往全国",
        "一级果的收购价每斤提高了三毛钱",
    ],
    regions=[
        ("湖南省湘西土家族苗族自治州泸溪县", ["湖南省/湘西土家族苗族自治州/泸溪县"]),
        ("分拣中心每天能处理椪柑六十多吨", []),
        ("驻村第一书记介绍", []),
    ],
    complete=True,
)

art(
    "chinapost_news_ganzhou.html",
    "央企 group site saved HTML page (中国邮政: <title> 标题 - 中国邮政集团有限公司, 新闻中心 > 基层动态 crumb, 文章来源：中国邮政报 + 发布时间 in <em>, 分享到 icons, 上一条/下一条, 京ICP备 footer)",
    "utf-8",
    """
    <!doctype html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>邮路连着果园 赣南脐橙“坐上”邮政车 - 中国邮政集团有限公司</title>
    </head>
    <body>
    <nav><a href="/">首页</a> <a href="/news/">新闻中心</a> <a href="/service/">邮政服务</a> <a href="/about/">关于我们</a></nav>
    <div class="crumbs">新闻中心 &gt; 基层动态</div>
    <div class="detail">
    <h3>邮路连着果园 赣南脐橙“坐上”邮政车</h3>
    <p class="source"><em>文章来源：中国邮政报</em>　<em>发布时间：2024-11-20</em></p>
    <p>　　脐橙采摘季，江西省赣州市寻乌县的邮政揽投部门前，等待装车的脐橙箱子排成了长队。</p>
    <p>　　今年，邮政部门在果园附近设立了二十多个临时揽收点，果农摘下的脐橙当天就能发出。</p>
    <p>　　寻乌县一位果农算了一笔账：寄递费用比往年低了一成多，网上订单翻了一番。</p>
    <p class="share">分享到：<a>微信</a> <a>微博</a></p>
    </div>
    <div class="pager">上一条：邮政农村电商服务站覆盖更多行政村<br>下一条：中国邮政发布年度社会责任报告</div>
    <footer>中国邮政集团有限公司 版权所有　京ICP备05063662号</footer>
    </body>
    </html>
    """,
    title="邮路连着果园 赣南脐橙“坐上”邮政车",
    source="中国邮政报",
    site="中国邮政集团有限公司",
    date="2024-11-20",
    chrome=[
        "新闻中心 > 基层动态",
        "分享到：微信 微博",
        "上一条：邮政农村电商服务站覆盖更多行政村",
        "下一条：中国邮政发布年度社会责任报告",
    ],
    body=[
        "等待装车的脐橙箱子排成了长队",
        "果农摘下的脐橙当天就能发出",
        "网上订单翻了一番",
    ],
    regions=[
        ("江西省赣州市寻乌县的邮政揽投部门前", ["江西省/赣州市/寻乌县"]),
        ("今年，邮政部门在果园附近设立了", []),
        ("寻乌县一位果农算了一笔账", ["江西省/赣州市/寻乌县"]),
    ],
    complete=True,
)

art(
    "ahxf_dangjian_jingxian.txt",
    "省级党建网站 text save (安徽先锋网: masthead + 基层党建 crumb with →, title, 发布时间：YYYY/MM/DD + 来源：市委组织部 on one line, 浏览量, 【收藏】【打印】【关闭】, 网站标识码 footer)",
    "utf-8",
    """
    安徽先锋网
    首页 → 基层党建 → 驻村工作
    “老书记”带出“新茶园”
    发布时间：2024/05/07　来源：宣城市委组织部　浏览量：1208

    　　在宣城市泾县榔桥镇，驻村第一书记汪宜城已经是第二轮驻村了。

    　　他和村“两委”一起，把村里荒了多年的老茶园重新整理出来，引进了新的茶叶品种。

    　　去年，村集体茶叶收入突破了三十万元，二十多户村民在茶园里找到了活干。

    【收藏】【打印】【关闭】
    网站标识码：3400000032　皖ICP备05000281号
    """,
    title="“老书记”带出“新茶园”",
    source="宣城市委组织部",
    site="安徽先锋网",
    date="2024-05-07",
    chrome=[
        "首页 → 基层党建 → 驻村工作",
        "【收藏】【打印】【关闭】",
        "网站标识码：3400000032",
    ],
    body=[
        "已经是第二轮驻村了",
        "引进了新的茶叶品种",
        "二十多户村民在茶园里找到了活干",
    ],
    regions=[
        ("在宣城市泾县榔桥镇，驻村第一书记汪宜城", ["安徽省/宣城市/泾县"]),
        ("他和村“两委”一起", []),
        ("去年，村集体茶叶收入突破了三十万元", []),
    ],
    complete=True,
)

art(
    "zhongtong_wire_kaiping.txt",
    "香港通訊社 wire copy in traditional script (中通社 dateline 中通社香港11月3日電 with the year only in the © footer, （記者 X）, 完 marker, 責任編輯, © 2024 中國通訊社)",
    "utf-8",
    """
    港商回鄉投資碉樓村落活化
    中通社香港11月3日電（記者 梁詠琪）多名香港商人近日組團回到廣東江門開平市，考察碉樓村落的活化項目。

    　　開平碉樓是世界文化遺產，不少碉樓的業權人是旅居港澳和海外的僑胞後人。

    　　考察團成員表示，希望把民宿、餐飲和研學結合起來，讓老碉樓重新熱鬧起來。

    　　當地政府介紹，目前已有三十多座碉樓完成了修繕和活化。（完）

    責任編輯：何嘉欣
    © 2024 中國通訊社 版權所有
    """,
    title="港商回鄉投資碉樓村落活化",
    source="中通社",
    date="2024-11-03",
    author="梁詠琪",
    chrome=[
        "責任編輯：何嘉欣",
        "© 2024 中國通訊社 版權所有",
    ],
    body=[
        "考察碉樓村落的活化項目",
        "不少碉樓的業權人是旅居港澳和海外的僑胞後人",
        "讓老碉樓重新熱鬧起來",
        "目前已有三十多座碉樓完成了修繕和活化",
    ],
    regions=[
        ("多名香港商人近日組團回到廣東江門開平市", ["香港特别行政区", "广东省/江门市/开平市"]),
        ("開平碉樓是世界文化遺產", ["广东省/江门市/开平市", "香港特别行政区", "澳门特别行政区"]),
        ("考察團成員表示", []),
        ("當地政府介紹，目前已有三十多座碉樓", []),
    ],
    complete=True,
)


# --- city news sites: mainland prefecture and provincial-capital outlets --------------------
art(
    "dgtime_machong_bom.txt",
    "地级市 news site text save, UTF-8 with BOM (东莞时间网: 时间 masthead + 镇街 crumb, title, 东莞日报 | 记者 X | YYYY-MM-DD HH:MM on one line with | and no labels, 阅读量, 【分享】, i东莞 APP download line)",
    "utf-8",
    """
    东莞时间网 · 镇街
    首页 > 镇街 > 麻涌
    麻涌：水乡渔村“端”出新饭碗
    东莞日报 | 记者 黎嘉敏 | 2024-08-27 07:40
    阅读量：5,382　　【分享】

    　　傍晚时分，东莞市麻涌镇的华阳湖边，游客们坐在渔船改造的餐厅里吃起了河鲜。

    　　前些年，镇里对河涌进行了系统整治，水变清了，游客也多了起来。

    　　村民刘惠州把自家老屋改成了民宿，他说，周末的房间要提前一个星期预订。

    　　麻涌镇有关负责人表示，下一步将串联更多水乡村落，打造精品旅游线路。

    下载i东莞APP，看更多东莞新闻
    """,
    title="麻涌：水乡渔村“端”出新饭碗",
    source="东莞日报",
    site="东莞时间网",
    date="2024-08-27",
    author="黎嘉敏",
    chrome=[
        "东莞时间网 · 镇街",
        "首页 > 镇街 > 麻涌",
        "阅读量：5,382　　【分享】",
        "下载i东莞APP，看更多东莞新闻",
    ],
    body=[
        "游客们坐在渔船改造的餐厅里吃起了河鲜",
        "水变清了，游客也多了起来",
        "周末的房间要提前一个星期预订",
        "打造精品旅游线路",
    ],
    regions=[
        ("东莞市麻涌镇的华阳湖边", ["广东省/东莞市"]),
        ("前些年，镇里对河涌进行了系统整治", []),
        ("村民刘惠州把自家老屋改成了民宿", []),
        ("麻涌镇有关负责人表示", []),
    ],
    complete=True,
    bom=True,
)

art(
    "xmnn_tongan_gbk.html",
    "副省级城市 news site saved HTML page, GBK with <meta charset=gbk> (厦门网: <title> 标题 - 厦门网, 区县频道 crumb, 来源: X 作者: X 2024.08.15 07:32 dotted date, 编辑, 相关新闻, 闽ICP证 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>同安：老茶厂变身乡村文创园 - 厦门网</title>
    </head>
    <body>
    <div id="nav"><a href="/">厦门网首页</a> | <a href="/xm/">厦门新闻</a> | <a href="/qx/">区县</a> | <a href="/ms/">民生</a></div>
    <div class="crumb">厦门网 &gt; 区县频道 &gt; 同安</div>
    <h1>同安：老茶厂变身乡村文创园</h1>
    <div class="info">来源: 厦门日报　作者: 林晓霞　2024.08.15 07:32</div>
    <div class="article">
    <p>　　在同安区莲花镇，一座建于上世纪七十年代的老茶厂，如今成了游客打卡的乡村文创园。</p>
    <p>　　园区保留了老厂房的红砖墙和制茶机器，开设了茶艺体验、手工课堂和乡村书店。</p>
    <p>　　负责运营的泉州籍青年黄志远说，来这里的游客大多来自厦门岛内和漳州、泉州。</p>
    <p>　　莲花镇还把文创园和周边的茶园、古村连成一条线，周末游客络绎不绝。</p>
    </div>
    <div class="bj">编辑：陈思</div>
    <div class="xg">相关新闻：<a href="#">同安区推进乡村振兴示范片区建设</a></div>
    <div class="footer">厦门日报社主办 厦门网版权所有　闽ICP证060004号</div>
    </body>
    </html>
    """,
    title="同安：老茶厂变身乡村文创园",
    source="厦门日报",
    site="厦门网",
    date="2024-08-15",
    author="林晓霞",
    chrome=[
        "厦门网 > 区县频道 > 同安",
        "编辑：陈思",
        "相关新闻：同安区推进乡村振兴示范片区建设",
        "厦门日报社主办 厦门网版权所有",
    ],
    body=[
        "如今成了游客打卡的乡村文创园",
        "开设了茶艺体验、手工课堂和乡村书店",
        "来这里的游客大多来自厦门岛内和漳州、泉州",
        "周末游客络绎不绝",
    ],
    regions=[
        ("在同安区莲花镇，一座建于上世纪七十年代的老茶厂", ["福建省/厦门市/同安区"]),
        ("园区保留了老厂房的红砖墙", []),
        ("负责运营的泉州籍青年黄志远说", ["福建省/泉州市", "福建省/厦门市", "福建省/漳州市"]),
        ("莲花镇还把文创园和周边的茶园", []),
    ],
    complete=True,
)

art(
    "cswb_langli_gb18030.txt",
    "省会晚报 site text save, GB18030 with a non-GBK place character (长沙晚报网: masthead + 县区 crumb, title, 稿源：长沙晚报 + 作者 + 时间 labelled with 稿源, 编辑：X, 扫码下载掌上长沙)",
    "gb18030",
    """
    长沙晚报网
    首页 > 区县（市） > 长沙县
    㮾梨老街：千年古镇的“烟火新生”
    稿源：长沙晚报　　作者：刘湘岳　　时间：2024-10-12 08:10:26

    　　长沙县㮾梨街道的老街上，修缮一新的青石板路两旁，米粉店、豆腐坊和手工竹器店重新开了张。

    　　㮾梨古称“㮾梨市”，历史上是浏阳河畔重要的商埠。

    　　街道在改造中坚持“修旧如旧”，保留了老街原有的格局和二十多栋老建筑。

    　　不少游客专程从湘赣边的县城赶来，逛老街、吃米粉、看花鼓戏。

    编辑：胡蓉
    扫码下载掌上长沙，看更多长沙新闻
    """,
    title="㮾梨老街：千年古镇的“烟火新生”",
    source="长沙晚报",
    site="长沙晚报网",
    date="2024-10-12",
    author="刘湘岳",
    chrome=[
        "首页 > 区县（市） > 长沙县",
        "编辑：胡蓉",
        "扫码下载掌上长沙，看更多长沙新闻",
    ],
    body=[
        "米粉店、豆腐坊和手工竹器店重新开了张",
        "历史上是浏阳河畔重要的商埠",
        "保留了老街原有的格局和二十多栋老建筑",
        "逛老街、吃米粉、看花鼓戏",
    ],
    regions=[
        ("长沙县㮾梨街道的老街上", ["湖南省/长沙市/长沙县"]),
        ("历史上是浏阳河畔重要的商埠", []),
        ("街道在改造中坚持“修旧如旧”", []),
        ("不少游客专程从湘赣边的县城赶来", ["湖南省", "江西省"]),
    ],
    complete=True,
)

art(
    "e23_zhangqiu.shtml",
    "省会 news portal saved .shtml page (舜网: <title> 标题_舜网, 济南 > 区县 crumb, date with weekday 'YYYY年MM月DD日 星期X' and 来源 on separate divs, 【我要纠错】, 责编, 鲁ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>章丘：大葱田里种出“乡村会客厅”_舜网</title>
    </head>
    <body>
    <div class="top"><a href="/">舜网首页</a> <a href="/jinan/">济南</a> <a href="/qx/">区县</a> <a href="/pl/">评论</a> <a href="/sp/">视频</a></div>
    <div class="crumb">舜网 &gt; 济南 &gt; 区县</div>
    <h1>章丘：大葱田里种出“乡村会客厅”</h1>
    <div class="date">2024年10月08日 星期二</div>
    <div class="src">来源：济南日报</div>
    <div class="content">
    <p>　　金秋时节，济南市章丘区绣惠街道的大葱田里，一人多高的大葱长势喜人。</p>
    <p>　　章丘撤市设区以后，当地把大葱产业和农文旅结合起来，在田边建起了“乡村会客厅”。</p>
    <p>　　原章丘市一位老农技员告诉记者，过去大葱只卖原料，如今深加工产品占了三成多。</p>
    <p>　　今年国庆假期，不少在京工作的章丘人带着朋友回乡，专门来看大葱节。</p>
    </div>
    <div class="jc">【我要纠错】　责编：王璐</div>
    <div class="foot">济南日报报业集团主办　舜网版权所有　鲁ICP备10024466号</div>
    </body>
    </html>
    """,
    title="章丘：大葱田里种出“乡村会客厅”",
    source="济南日报",
    site="舜网",
    date="2024-10-08",
    chrome=[
        "舜网 > 济南 > 区县",
        "【我要纠错】　责编：王璐",
        "济南日报报业集团主办　舜网版权所有",
    ],
    body=[
        "一人多高的大葱长势喜人",
        "在田边建起了“乡村会客厅”",
        "如今深加工产品占了三成多",
        "专门来看大葱节",
    ],
    regions=[
        ("济南市章丘区绣惠街道的大葱田里", ["山东省/济南市/章丘区"]),
        ("章丘撤市设区以后", ["山东省/济南市/章丘区"]),
        ("原章丘市一位老农技员告诉记者", ["山东省/济南市/章丘区"]),
        ("不少在京工作的章丘人带着朋友回乡", ["北京市", "山东省/济南市/章丘区"]),
    ],
    complete=True,
)

art(
    "xiancn_huyi_former_name.txt",
    "省会 news site text save (西安新闻网: 区县新闻 crumb, title, 稿件来源：西安日报 + 发布时间 with seconds + 作者, 【字体：大 中 小】, 分享至, 编辑：X 审核：X on one line, 陕ICP备 footer)",
    "utf-8",
    """
    西安新闻网　区县新闻
    鄠邑：农民画走进乡村振兴“大舞台”
    稿件来源：西安日报　发布时间：2024-09-03 07:30:15　作者：孟秦川
    【字体：大 中 小】　分享至：微信 微博

    　　在西安市鄠邑区的东韩村，家家户户的院墙上都画着色彩鲜艳的农民画。

    　　鄠邑区原名户县，户县农民画早在上世纪五十年代就已闻名全国。

    　　如今，当地把农民画做成了丝巾、茶具和文创摆件，每年带动村民增收上千万元。

    　　不少画师是五六十岁的农民，白天下地干活，晚上在灯下作画。

    编辑：杨帆　审核：李静
    西安日报社主办　陕ICP备05005021号
    """,
    title="鄠邑：农民画走进乡村振兴“大舞台”",
    source="西安日报",
    site="西安新闻网",
    date="2024-09-03",
    author="孟秦川",
    chrome=[
        "西安新闻网　区县新闻",
        "【字体：大 中 小】　分享至：微信 微博",
        "编辑：杨帆　审核：李静",
        "西安日报社主办",
    ],
    body=[
        "家家户户的院墙上都画着色彩鲜艳的农民画",
        "早在上世纪五十年代就已闻名全国",
        "每年带动村民增收上千万元",
        "白天下地干活，晚上在灯下作画",
    ],
    regions=[
        ("在西安市鄠邑区的东韩村", ["陕西省/西安市/鄠邑区"]),
        ("鄠邑区原名户县", ["陕西省/西安市/鄠邑区"]),
        ("如今，当地把农民画做成了丝巾", []),
        ("不少画师是五六十岁的农民", []),
    ],
    complete=True,
)

art(
    "zhengguan_xinmi_app.txt",
    "城市党报客户端 share page text copy (正观新闻: 打开APP banner, title, 正观新闻记者 X / 通讯员 X, relative-free date 'MM-DD HH:MM' with the year only in the © line, 本文来源：正观新闻, 打开APP阅读更多 and 热门推荐)",
    "utf-8",
    """
    正观新闻　　打开APP
    新密：山区村的“共享菜园”火了
    正观新闻记者 郑思远 / 通讯员 高娟
    06-18 16:40

    　　在新密市尖山风景区附近的一个山村里，几十块菜地被城里来的家庭“认领”了。

    　　村里把闲置的坡地整理出来，按块出租给郑州市区的市民，平时由村民代管。

    　　周末，“城里的地主”们带着孩子来浇水、摘菜，顺便在村里吃顿农家饭。

    本文来源：正观新闻
    打开APP阅读更多精彩内容
    热门推荐
    © 2024 郑州报业集团 版权所有
    """,
    title="新密：山区村的“共享菜园”火了",
    source="正观新闻",
    date="2024-06-18",
    author="郑思远",
    chrome=[
        "正观新闻　　打开APP",
        "打开APP阅读更多精彩内容",
        "热门推荐",
        "© 2024 郑州报业集团 版权所有",
    ],
    body=[
        "几十块菜地被城里来的家庭“认领”了",
        "平时由村民代管",
        "顺便在村里吃顿农家饭",
    ],
    regions=[
        ("在新密市尖山风景区附近的一个山村里", ["河南省/郑州市/新密市"]),
        ("村里把闲置的坡地整理出来", ["河南省/郑州市"]),
        ("城里的地主”们带着孩子来浇水", []),
    ],
    complete=True,
)

art(
    "hfzx_changfeng_spam_gbk.txt",
    "省会 portal text save, GBK, spam inside a body sentence (合肥在线: masthead + 合肥新闻 > 县区 crumb, title, 合肥在线-合肥晚报 channel-form source + time, 【打印本页】【关闭窗口】, 相关链接)",
    "gbk",
    """
    合肥在线
    合肥新闻 > 县区
    长丰草莓“甜”了一方百姓
    2024-02-22 09:05　合肥在线-合肥晚报　记者 吴小庐

    　　正值草莓采摘季，长丰县水湖镇的大棚里挤满了前来采摘的游客。

    　　长丰种植草莓已有二十多年，全县草莓种植面积超过二十万亩，博彩网站注册即送彩金带动了数万农户增收。

    　　镇里的草莓合作社统一育苗、统一品牌，还通过直播把草莓卖到了长三角各大城市。

    　　一位来自南京的游客说，这里的草莓个大味甜，每年都要带孩子来一趟。

    【打印本页】【关闭窗口】
    相关链接：长丰县举办草莓文化旅游节
    """,
    title="长丰草莓“甜”了一方百姓",
    source="合肥晚报",
    site="合肥在线",
    date="2024-02-22",
    author="吴小庐",
    chrome=[
        "合肥新闻 > 县区",
        "【打印本页】【关闭窗口】",
        "相关链接：长丰县举办草莓文化旅游节",
    ],
    body=[
        "大棚里挤满了前来采摘的游客",
        "全县草莓种植面积超过二十万亩，带动了数万农户增收",
        "还通过直播把草莓卖到了长三角各大城市",
        "每年都要带孩子来一趟",
    ],
    spam=["博彩网站注册即送彩金"],
    regions=[
        ("长丰县水湖镇的大棚里", ["安徽省/合肥市/长丰县"]),
        ("长丰种植草莓已有二十多年", ["安徽省/合肥市/长丰县"]),
        ("镇里的草莓合作社统一育苗", []),
        ("一位来自南京的游客说", ["江苏省/南京市"]),
    ],
    complete=True,
)

art(
    "hxnews_youxi.html",
    "省级都市报 site saved HTML page (海峡网: <title> 标题 - 福建 - 海峡网, 时间 + 来源 + 作者 in one div with 'YYYY-MM-DD HH:MM:SS', meta publishdate, 分享到 bar, 网友评论 counter, 免责声明 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="publishdate" content="2024-07-22">
    <title>尤溪：朱子故里的“稻花香里”民宿 - 福建 - 海峡网</title>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> <a href="/fj/">福建</a> <a href="/sh/">社会</a> <a href="/ty/">体育</a> <a href="/yl/">娱乐</a></div>
    <h1>尤溪：朱子故里的“稻花香里”民宿</h1>
    <div class="info">2024-07-22 10:18:06　来源：海峡都市报　作者：郑晓闽</div>
    <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>
    <div class="article-content">
    <p>　　在三明市尤溪县洋中镇的梯田边，一栋栋老宅改成的民宿住满了客人。</p>
    <p>　　尤溪是朱熹的出生地，当地把朱子文化和农耕文化结合起来，开发了研学和农事体验项目。</p>
    <p>　　民宿主人说，暑假期间，来自福州、厦门和江西的亲子家庭特别多。</p>
    </div>
    <div class="comment">网友评论（0）</div>
    <div class="footer">免责声明：本网转载作品均注明出处，版权归原作者所有。</div>
    </body>
    </html>
    """,
    title="尤溪：朱子故里的“稻花香里”民宿",
    source="海峡都市报",
    site="海峡网",
    date="2024-07-22",
    author="郑晓闽",
    chrome=[
        "分享到：微信 微博 QQ",
        "网友评论（0）",
        "免责声明：本网转载作品均注明出处",
    ],
    body=[
        "一栋栋老宅改成的民宿住满了客人",
        "开发了研学和农事体验项目",
        "来自福州、厦门和江西的亲子家庭特别多",
    ],
    regions=[
        ("在三明市尤溪县洋中镇的梯田边", ["福建省/三明市/尤溪县"]),
        ("尤溪是朱熹的出生地", ["福建省/三明市/尤溪县"]),
        ("民宿主人说，暑假期间", ["福建省/福州市", "福建省/厦门市", "江西省"]),
    ],
    complete=True,
)

art(
    "hkwb_yanfeng_crlf.txt",
    "省会 paper site text save, CRLF (海口网: masthead + 海口新闻 crumb with ＞, title, 来源:海口日报 with a half-width colon + 作者 + time, 分享 bar, 【责任编辑：X】 in brackets, 琼ICP备 footer)",
    "utf-8",
    """
    海口网
    海口新闻 ＞ 区域
    演丰：红树林旁的渔村走上生态路
    来源:海口日报　作者:符海燕　2024-11-15 08:25
    分享到：

    　　在海口市美兰区演丰镇，东寨港红树林旁的一个渔村，渔民们放下渔网当起了生态向导。

    　　这里过去属于原琼山市，2002年撤市设区后并入了省会。

    　　村里的年轻人在外地读完大学，不少又回到村里，开起了咖啡馆和观鸟民宿。

    　　今年冬天，还有不少从北方赴琼过冬的“候鸟”老人，专门来这里看鸟。

    【责任编辑：吴小雅】
    海口网版权所有　琼ICP备09004156号
    """,
    title="演丰：红树林旁的渔村走上生态路",
    source="海口日报",
    site="海口网",
    date="2024-11-15",
    author="符海燕",
    chrome=[
        "海口新闻 ＞ 区域",
        "分享到：",
        "【责任编辑：吴小雅】",
        "海口网版权所有",
    ],
    body=[
        "渔民们放下渔网当起了生态向导",
        "2002年撤市设区后并入了省会",
        "开起了咖啡馆和观鸟民宿",
        "专门来这里看鸟",
    ],
    regions=[
        ("在海口市美兰区演丰镇", ["海南省/海口市/美兰区"]),
        ("这里过去属于原琼山市", ["海南省/海口市/琼山区"]),
        ("村里的年轻人在外地读完大学", []),
        ("还有不少从北方赴琼过冬的", ["海南省"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "lzbs_yuzhong_spam.txt",
    "省会 news site text save with an injected spam string (兰州新闻网: masthead + 县区新闻, title, 来源：兰州晚报 | 记者 X | 发布时间 on one line, body with spam in the middle of a sentence, 编辑 line, 上一篇/下一篇 on one line)",
    "utf-8",
    """
    兰州新闻网　县区新闻
    榆中：高原夏菜搭上“冷链快车”
    来源：兰州晚报 | 记者 马金城 | 发布时间：2024-07-09 09:46

    　　七月的兰州市榆中县，万亩高原夏菜基地里一片繁忙。

    　　菜农们凌晨采收的娃娃菜、西兰花，经过预冷处理后装上冷链车，兰州代办驾驶证包过电话15900003333第二天一早就能摆上广州、深圳的超市货架。

    　　当地还引进了温州商会牵头投资的蔬菜分拣中心，每天分拣能力达到五百吨。

    　　榆中县农业农村局负责人说，今年夏菜外销量预计将突破六十万吨。

    编辑：王婧
    上一篇：七里河区举办社区运动会　下一篇：兰州新区新增一批产业工人公寓
    """,
    title="榆中：高原夏菜搭上“冷链快车”",
    source="兰州晚报",
    site="兰州新闻网",
    date="2024-07-09",
    author="马金城",
    chrome=[
        "兰州新闻网　县区新闻",
        "编辑：王婧",
        "上一篇：七里河区举办社区运动会　下一篇：兰州新区新增一批产业工人公寓",
    ],
    body=[
        "万亩高原夏菜基地里一片繁忙",
        "经过预冷处理后装上冷链车，第二天一早就能摆上广州、深圳的超市货架",
        "每天分拣能力达到五百吨",
        "今年夏菜外销量预计将突破六十万吨",
    ],
    spam=["兰州代办驾驶证包过电话15900003333"],
    regions=[
        ("七月的兰州市榆中县", ["甘肃省/兰州市/榆中县"]),
        ("菜农们凌晨采收的娃娃菜", ["广东省/广州市", "广东省/深圳市"]),
        ("当地还引进了温州商会牵头投资的蔬菜分拣中心", []),
        ("榆中县农业农村局负责人说", ["甘肃省/兰州市/榆中县"]),
    ],
    complete=True,
)

art(
    "subaonet_changshu_jsonld.html",
    "城市党报 news site saved HTML page with JSON-LD (苏州新闻网: <title> 标题 - 苏州新闻网, JSON-LD NewsArticle with datePublished and publisher, visible date 'YYYY-MM-DD' alone, 来源：苏州日报 below the body, 分享 bar, 下载引力播APP, 苏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>常熟：沪苏同城化里的“米袋子” - 苏州新闻网</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-03-19T07:05:00+08:00", "author": {"@type": "Person", "name": "沈晓虞"}, "publisher": {"@type": "Organization", "name": "苏州新闻网"}}
    </script>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> <a href="/sz/">苏州</a> <a href="/xs/">县市区</a> <a href="/yl/">引力播</a></div>
    <h1>常熟：沪苏同城化里的“米袋子”</h1>
    <p class="time">2024-03-19</p>
    <p class="author">记者 沈晓虞</p>
    <div class="text">
    <p>　　常熟市董浜镇的稻米合作社里，一袋袋新米正在装车，目的地是上海的社区团购仓。</p>
    <p>　　随着沪苏同城化推进，这里的大米、蔬菜越来越多地进入上海市民的餐桌。</p>
    <p>　　合作社负责人说，和上海的团购平台签约后，每斤米的售价提高了五毛钱。</p>
    </div>
    <p class="src">来源：苏州日报</p>
    <div class="share">分享：微信 | 微博 | 复制链接</div>
    <div class="app">下载引力播APP，第一时间看苏州</div>
    <div class="foot">苏州新闻网版权所有　苏ICP备05002566号</div>
    </body>
    </html>
    """,
    title="常熟：沪苏同城化里的“米袋子”",
    source="苏州日报",
    site="苏州新闻网",
    date="2024-03-19",
    author="沈晓虞",
    chrome=[
        "分享：微信 | 微博 | 复制链接",
        "下载引力播APP，第一时间看苏州",
        "苏州新闻网版权所有",
    ],
    body=[
        "目的地是上海的社区团购仓",
        "越来越多地进入上海市民的餐桌",
        "每斤米的售价提高了五毛钱",
    ],
    regions=[
        ("常熟市董浜镇的稻米合作社里", ["江苏省/苏州市/常熟市", "上海市"]),
        ("随着沪苏同城化推进", ["上海市", "江苏省"]),
        ("合作社负责人说，和上海的团购平台签约后", ["上海市"]),
    ],
    complete=True,
)


# --- county, township and village pages; information disclosure; county media centres -------
art(
    "fenghua_xikou_saved_complete.html",
    "区政府 portal town page saved with the browser's 'Save Page As… complete' (<!-- saved from url=(0067)… --> comment with the date only in the /art/YYYY/M/D/ URL, an added UTF-8 meta before the page's own gb2312 meta, 镇（街道）动态 crumb, 信息来源 only, no visible date, 【打印】【关闭】, 网站标识码 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <!-- saved from url=(0067)http://www.fh.gov.cn/art/2024/8/20/art_1229057421_59123456.html -->
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>溪口镇：竹林里的“共富工坊”</title>
    </head>
    <body>
    <div class="head">宁波市奉化区人民政府　<a href="http://www.fh.gov.cn/">首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div>
    <div class="position">您当前的位置：首页 &gt; 政务公开 &gt; 镇（街道）动态</div>
    <div class="title">溪口镇：竹林里的“共富工坊”</div>
    <div class="laiyuan">信息来源：溪口镇</div>
    <div class="zoom">
    <p>　　在宁波市奉化区溪口镇的一个山村，十几位留守妇女正在“共富工坊”里编织竹制品。</p>
    <p>　　工坊由村集体和一家竹制品企业合办，村民在家门口就能上班，每月能有三千元左右的收入。</p>
    <p>　　奉化是“中国竹乡”之一，撤市设区前的原奉化市就有不少竹编作坊。</p>
    <p>　　镇里计划再建三个工坊，带动更多村民就业。</p>
    </div>
    <div class="tools">【打印】【关闭】</div>
    <div class="footer">主办：宁波市奉化区人民政府办公室　网站标识码：3302830001</div>
    </body></html>
    """,
    title="溪口镇：竹林里的“共富工坊”",
    source="溪口镇",
    site="宁波市奉化区人民政府",
    date="2024-08-20",
    chrome=[
        "您当前的位置：首页 > 政务公开 > 镇（街道）动态",
        "【打印】【关闭】",
        "主办：宁波市奉化区人民政府办公室",
    ],
    body=[
        "十几位留守妇女正在“共富工坊”里编织竹制品",
        "每月能有三千元左右的收入",
        "就有不少竹编作坊",
        "带动更多村民就业",
    ],
    regions=[
        ("在宁波市奉化区溪口镇的一个山村", ["浙江省/宁波市/奉化区"]),
        ("工坊由村集体和一家竹制品企业合办", []),
        ("撤市设区前的原奉化市就有不少竹编作坊", ["浙江省/宁波市/奉化区"]),
        ("镇里计划再建三个工坊", []),
    ],
    complete=True,
)

art(
    "chongzhou_cunwu_gongkai_gbk.txt",
    "村务公开 page on a county-level city portal, GBK (崇州市人民政府: 村务公开 crumb, 发布日期 + 发布单位 X村村民委员会 + 浏览次数 labelled lines, numbered 一、二、 disclosure items as sentences, 监督电话 line, 打印 | 关闭)",
    "gbk",
    """
    崇州市人民政府
    首页 > 镇街动态 > 村务公开
    道明镇竹艺村2024年第二季度村务公开
    发布日期：2024-07-10　　发布单位：竹艺村村民委员会　　浏览次数：316

    　　根据村务公开有关规定，现将崇州市道明镇竹艺村2024年第二季度村务有关情况公开如下。

    　　一、财务收支情况。本季度村集体收入42.6万元，主要来自竹编文创产品销售和民宿租金；支出18.3万元，主要用于道路维修和保洁。

    　　二、项目建设情况。竹编工坊二期工程已完成主体建设，经村民代表大会表决通过，由本村村民优先承接施工。

    　　三、惠民政策落实情况。本季度为12户低保户、5名特困人员按时足额发放了补助资金。

    监督电话：028-8221XXXX
    打印 | 关闭
    """,
    title="道明镇竹艺村2024年第二季度村务公开",
    source="竹艺村村民委员会",
    site="崇州市人民政府",
    date="2024-07-10",
    chrome=[
        "首页 > 镇街动态 > 村务公开",
        "浏览次数：316",
        "监督电话：028-8221XXXX",
        "打印 | 关闭",
    ],
    body=[
        "现将崇州市道明镇竹艺村2024年第二季度村务有关情况公开如下",
        "主要来自竹编文创产品销售和民宿租金",
        "由本村村民优先承接施工",
        "按时足额发放了补助资金",
    ],
    regions=[
        ("根据村务公开有关规定", ["四川省/成都市/崇州市"]),
        ("一、财务收支情况", []),
        ("二、项目建设情况", []),
        ("三、惠民政策落实情况", []),
    ],
    complete=True,
)

art(
    "shanxian_xxgk_jiedu.txt",
    "县政府信息公开 policy-reading page saved as text (单县人民政府: 信息公开 crumb, 索引号/发布机构/成文日期/发布日期/主题分类 table as label-value lines with two different dates, title, 政策解读 body, 【打印】【关闭】 and 相关文件 link)",
    "utf-8",
    """
    单县人民政府
    首页 > 政府信息公开 > 政策解读
    索引号：11371722004352XXXX/2024-0031285
    发布机构：单县农业农村局
    成文日期：2024-04-28
    发布日期：2024-05-06
    主题分类：农业、林业、水利
    《单县2024年高标准农田建设实施方案》政策解读
    　　一、出台背景。单县是全国产粮大县，但部分农田灌排设施老化，抗旱防涝能力不足。

    　　二、主要内容。今年全县计划新建和改造提升高标准农田八万亩，重点向浮岗镇、莱河镇等粮食主产区倾斜。

    　　三、资金安排。项目资金由中央、省级补助和县级配套组成，实行专账管理、专款专用。

    　　四、建后管护。建成后的农田设施移交乡镇和村集体管护，确保长期发挥效益。

    【打印】【关闭】
    相关文件：单县2024年高标准农田建设实施方案
    """,
    title="《单县2024年高标准农田建设实施方案》政策解读",
    source="单县农业农村局",
    site="单县人民政府",
    date="2024-05-06",
    chrome=[
        "首页 > 政府信息公开 > 政策解读",
        "索引号：11371722004352XXXX/2024-0031285",
        "主题分类：农业、林业、水利",
        "【打印】【关闭】",
        "相关文件：单县2024年高标准农田建设实施方案",
    ],
    body=[
        "部分农田灌排设施老化，抗旱防涝能力不足",
        "重点向浮岗镇、莱河镇等粮食主产区倾斜",
        "实行专账管理、专款专用",
        "确保长期发挥效益",
    ],
    regions=[
        ("一、出台背景。单县是全国产粮大县", ["山东省/菏泽市/单县"]),
        ("二、主要内容。今年全县计划新建和改造提升", []),
        ("三、资金安排。项目资金由中央、省级补助", []),
        ("四、建后管护。建成后的农田设施", []),
    ],
    complete=True,
)

art(
    "xiangning_rongmei_app_spam.txt",
    "县融媒体中心 app share page copied as text, spam in a body sentence (乡宁融媒: app masthead, title, 乡宁县融媒体中心 + date with 年月日 and time on one line without labels, 阅读 N, 本文来源 line, 打开乡宁融媒APP 查看更多, 举报)",
    "utf-8",
    """
    乡宁融媒
    乡宁：驻村工作队帮村里建起了“小杂粮加工坊”
    乡宁县融媒体中心　2024年09月14日 17:26
    阅读 1.2万

    　　在临汾市乡宁县的一个山村，驻村工作队帮助村集体建起了小杂粮加工坊，谷子、荞麦、黄豆都能就地加工。

    　　驻村第一书记刘运城说，过去村民种的小杂粮只能卖原粮，太原正规无抵押贷款当天放款现在经过加工包装，价钱翻了一倍。

    　　加工坊还吸纳了十多名村民就业，其中一半是脱贫户。

    本文来源：乡宁县融媒体中心
    打开乡宁融媒APP 查看更多精彩内容
    举报
    """,
    title="乡宁：驻村工作队帮村里建起了“小杂粮加工坊”",
    source="乡宁县融媒体中心",
    site="乡宁融媒",
    date="2024-09-14",
    chrome=[
        "阅读 1.2万",
        "打开乡宁融媒APP 查看更多精彩内容",
        "举报",
    ],
    body=[
        "谷子、荞麦、黄豆都能就地加工",
        "过去村民种的小杂粮只能卖原粮，现在经过加工包装，价钱翻了一倍",
        "其中一半是脱贫户",
    ],
    spam=["太原正规无抵押贷款当天放款"],
    regions=[
        ("在临汾市乡宁县的一个山村", ["山西省/临汾市/乡宁县"]),
        ("驻村第一书记刘运城说", []),
        ("加工坊还吸纳了十多名村民就业", []),
    ],
    complete=True,
)

art(
    "deqing_news_yangjiale.htm",
    "县融媒体中心 news site saved .htm page (德清新闻网: <title> 标题--德清新闻网 with a double-dash suffix, 今日德清 crumb, 发布时间：YYYY年MM月DD日 + 来源：德清新闻网 + 编辑 in one line, 字号 bar, 打印 | 关闭, 德清县融媒体中心 版权所有)",
    "utf-8",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>莫干山下的“洋家乐”有了新玩法--德清新闻网</title>
    </head>
    <body>
    <div class="menu"><a href="/">首页</a> | <a href="/jrdq/">今日德清</a> | <a href="/xz/">乡镇</a> | <a href="/ms/">民生</a></div>
    <div class="crumb">德清新闻网 &gt; 今日德清</div>
    <h1>莫干山下的“洋家乐”有了新玩法</h1>
    <div class="bar">发布时间：2024年12月10日　来源：德清新闻网　编辑：沈悦　字号：[大 中 小]</div>
    <div class="content">
    <p>　　冬日的莫干山镇，山间的民宿依然热闹，不少游客专程来体验围炉煮茶和竹林徒步。</p>
    <p>　　德清的“洋家乐”起步于十多年前，如今全县精品民宿已有八百多家。</p>
    <p>　　不少在沪工作的年轻人利用周末开车过来，住上一晚再回去上班。</p>
    <p>　　浙江大学的一个研究团队正在这里做调研，帮助民宿业主开发冬季旅游产品。</p>
    </div>
    <div class="tool">打印 | 关闭</div>
    <div class="foot">德清县融媒体中心 版权所有</div>
    </body>
    </html>
    """,
    title="莫干山下的“洋家乐”有了新玩法",
    source="德清新闻网",
    date="2024-12-10",
    chrome=[
        "德清新闻网 > 今日德清",
        "打印 | 关闭",
        "德清县融媒体中心 版权所有",
    ],
    body=[
        "不少游客专程来体验围炉煮茶和竹林徒步",
        "如今全县精品民宿已有八百多家",
        "住上一晚再回去上班",
        "帮助民宿业主开发冬季旅游产品",
    ],
    regions=[
        ("冬日的莫干山镇，山间的民宿依然热闹", []),
        ("德清的“洋家乐”起步于十多年前", ["浙江省/湖州市/德清县"]),
        ("不少在沪工作的年轻人利用周末开车过来", ["上海市"]),
        ("浙江大学的一个研究团队正在这里做调研", []),
    ],
    complete=True,
)

art(
    "hanzhong_gov_chenggu.txt",
    "地级市 government portal 县区动态 page saved as text (汉中市人民政府: 当前位置 crumb, title, 来源：X县人民政府 + 时间 + 字号：T|T|T, 【打印本页】【关闭窗口】, 站点地图 | 联系我们 footer row)",
    "utf-8",
    """
    汉中市人民政府
    当前位置：首页 >> 新闻中心 >> 县区动态
    城固：柑橘园里的“数字农人”
    来源：城固县人民政府　时间：2024-10-25　字号：T|T|T

    　　十月下旬，城固县上元观镇的柑橘园里，果农们正用手机查看土壤墒情和病虫害预警。

    　　当地去年建成了柑橘数字化种植示范园，传感器和无人机覆盖了三千多亩果园。

    　　果农张汉中说，以前打药全凭经验，现在哪块地该浇水、该施肥，手机上一看就知道。

    【打印本页】【关闭窗口】
    站点地图 | 联系我们 | 网站声明
    """,
    title="城固：柑橘园里的“数字农人”",
    source="城固县人民政府",
    site="汉中市人民政府",
    date="2024-10-25",
    chrome=[
        "当前位置：首页 >> 新闻中心 >> 县区动态",
        "字号：T|T|T",
        "【打印本页】【关闭窗口】",
        "站点地图 | 联系我们 | 网站声明",
    ],
    body=[
        "果农们正用手机查看土壤墒情和病虫害预警",
        "传感器和无人机覆盖了三千多亩果园",
        "手机上一看就知道",
    ],
    regions=[
        ("城固县上元观镇的柑橘园里", ["陕西省/汉中市/城固县"]),
        ("当地去年建成了柑橘数字化种植示范园", []),
        ("果农张汉中说", []),
    ],
    complete=True,
)


# --- reposts, WeChat, note apps, newsletters and forums -------------------------------------
art(
    "guancha_repost_baigou.txt",
    "commentary portal repost saved as text (观察者网: masthead, title, 原标题 line, 来源：21世纪经济报道 + 作者 + timestamp with seconds, 关键字 line, 责任编辑 + 观察者网 版权声明 and 下载观察者APP)",
    "utf-8",
    """
    观察者网
    白沟箱包：县域小商品闯出大市场
    原标题：一个镇的箱包生意经
    来源：21世纪经济报道　作者：邢保定　2024-09-28 14:30:12
    关键字：县域经济 箱包 直播电商

    　　在河北高碑店市白沟镇，每天有上百万只箱包从这里发往全国各地。

    　　白沟的箱包产业起步于上世纪八十年代，从摆地摊起家，到如今形成了完整的产业链。

    　　近年来，不少商户转型做直播电商，京津冀的客商也越来越多地来这里直接采购。

    　　当地商会负责人说，白沟箱包正在从“卖得多”向“卖得好”转变。

    责任编辑：吴丽娜
    本文系观察者网转载，不代表观察者网观点
    下载观察者APP，看更多深度报道
    """,
    title="白沟箱包：县域小商品闯出大市场",
    source="21世纪经济报道",
    site="观察者网",
    date="2024-09-28",
    author="邢保定",
    original_title="一个镇的箱包生意经",
    chrome=[
        "原标题：一个镇的箱包生意经",
        "关键字：县域经济 箱包 直播电商",
        "责任编辑：吴丽娜",
        "本文系观察者网转载",
        "下载观察者APP，看更多深度报道",
    ],
    body=[
        "每天有上百万只箱包从这里发往全国各地",
        "从摆地摊起家，到如今形成了完整的产业链",
        "也越来越多地来这里直接采购",
        "正在从“卖得多”向“卖得好”转变",
    ],
    regions=[
        ("在河北高碑店市白沟镇", ["河北省/保定市/高碑店市"]),
        ("白沟的箱包产业起步于上世纪八十年代", []),
        ("近年来，不少商户转型做直播电商，京津冀的客商", ["北京市", "天津市", "河北省"]),
        ("当地商会负责人说", []),
    ],
    complete=True,
)

art(
    "weixian_wechat_copy.txt",
    "WeChat article copied from the browser as text (title, account name twice + 'YYYY年MM月DD日 HH:MM 河北' line, body, 来源/编辑 lines, 点个在看你最好看, 预览时标签不可点, 微信扫一扫关注该公众号)",
    "utf-8",
    """
    魏县：梨花节引来八方客
    魏县发布 魏县发布 2024年04月02日 20:16 河北

    　　春风拂面，邯郸市魏县的十万亩梨园迎来盛花期，前来赏花的游客络绎不绝。

    　　魏县是“中国鸭梨之乡”，当地把梨花节和乡村旅游结合起来，带动了周边农家乐和民宿的生意。

    　　来自山东聊城的游客王先生说，没想到离家不远就有这么大片的梨园。

    来源：魏县融媒体中心
    编辑：张欣然
    点个在看你最好看
    预览时标签不可点
    微信扫一扫关注该公众号
    """,
    title="魏县：梨花节引来八方客",
    source="魏县融媒体中心",
    site="魏县发布",
    date="2024-04-02",
    chrome=[
        "编辑：张欣然",
        "点个在看你最好看",
        "预览时标签不可点",
        "微信扫一扫关注该公众号",
    ],
    body=[
        "前来赏花的游客络绎不绝",
        "带动了周边农家乐和民宿的生意",
        "没想到离家不远就有这么大片的梨园",
    ],
    regions=[
        ("邯郸市魏县的十万亩梨园迎来盛花期", ["河北省/邯郸市/魏县"]),
        ("魏县是“中国鸭梨之乡”", ["河北省/邯郸市/魏县"]),
        ("来自山东聊城的游客王先生说", ["山东省/聊城市"]),
    ],
    complete=True,
)

art(
    "shizhu_markdownload.md",
    "WeChat article clipped with the MarkDownload browser extension (front matter with created: clip time and source: mp.weixin URL and author: account, # heading, > ## Excerpt block, --- rule, account + date line in the body, 来源 line, 长按识别二维码关注)",
    "utf-8",
    """
    ---
    created: 2024-10-30T21:05:33 (UTC +08:00)
    tags: []
    source: https://mp.weixin.qq.com/s/Qw3rTyU1oPaSdFgH
    author: 石柱发布
    ---

    # 黄连之乡的“甜蜜事业”

    > ## Excerpt
    > 石柱的黄连出了名地苦，可这两年，不少连农尝到了“甜头”。

    ---

    石柱发布 2024年10月29日 18:30 重庆

    石柱土家族自治县的黄水镇，海拔一千五百多米的山坡上，连农们正在采挖黄连。

    黄连生长周期长达五年，过去价格波动大，连农常常“丰产不丰收”。

    如今，县里建起了黄连交易中心和初加工厂，和药企签订了保底收购协议。

    一位连农说，今年的收购价比去年高了一成，日子越过越有奔头。

    来源：石柱土家族自治县融媒体中心

    长按识别二维码关注我们
    """,
    title="黄连之乡的“甜蜜事业”",
    source="石柱土家族自治县融媒体中心",
    site="石柱发布",
    date="2024-10-29",
    chrome=[
        "created: 2024-10-30T21:05:33 (UTC +08:00)",
        "source: https://mp.weixin.qq.com/s/Qw3rTyU1oPaSdFgH",
        "## Excerpt",
        "长按识别二维码关注我们",
    ],
    body=[
        "连农们正在采挖黄连",
        "连农常常“丰产不丰收”",
        "和药企签订了保底收购协议",
        "日子越过越有奔头",
    ],
    regions=[
        ("石柱土家族自治县的黄水镇", ["重庆市/石柱土家族自治县"]),
        ("黄连生长周期长达五年", []),
        ("如今，县里建起了黄连交易中心", []),
        ("一位连农说，今年的收购价", []),
    ],
    complete=True,
)

art(
    "pandoc_word_qianxi.md",
    "Word document converted to Markdown with pandoc (# heading, **来源：X　发布时间：X** bold line, []{#_Toc… .anchor} bookmarks, {.underline} spans, escaped \\* list markers, hard-wrapped paragraphs, a trailing 附件 line)",
    "utf-8",
    """
    # 黔西：“村社一体”合作社让村民当股东

    **来源：当代先锋网　发布时间：2024-08-16 15:20**

    []{#_Toc173920011 .anchor}毕节市黔西市的不少村子，把村集体和合作社“捆”在一起，
    村民以土地、资金入股，年底按股分红。

    黔西由县改市后，当地把“村社一体”作为发展集体经济的重点抓手，
    目前全市已有两百多个村成立了村社一体合作社。

    在[新仁苗族乡]{.underline}，合作社发展了樱桃和蔬菜种植，
    去年每股分红一百二十元。

    \\* 一位老党员说，入了股，就像给自己家干活一样。

    附件：黔西市村社一体合作社名录.docx
    """,
    title="黔西：“村社一体”合作社让村民当股东",
    source="当代先锋网",
    date="2024-08-16",
    chrome=[
        "附件：黔西市村社一体合作社名录.docx",
    ],
    body=[
        "村民以土地、资金入股，年底按股分红",
        "把“村社一体”作为发展集体经济的重点抓手",
        "去年每股分红一百二十元",
        "就像给自己家干活一样",
    ],
    regions=[
        ("毕节市黔西市的不少村子", ["贵州省/毕节市/黔西市"]),
        ("黔西由县改市后", ["贵州省/毕节市/黔西市"]),
        ("合作社发展了樱桃和蔬菜种植", []),
        ("一位老党员说，入了股", []),
    ],
    complete=True,
)

art(
    "evernote_export_wuchang.html",
    "Evernote note exported as HTML (exporter-version, created and source-url meta, note title in <title> and an <h1>, the clipped article inside <en-note> divs with date + 来源 + 作者 line, 'Clipped from' line at the end)",
    "utf-8",
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
    <meta name="exporter-version" content="Evernote Windows/308453 (zh-CN, DDL); Windows/10.0.0 (Win64);"/>
    <meta name="created" content="2024-04-02 01:15:40 +0000"/>
    <meta name="source-url" content="https://www.my399.com/system/2024/04/01/031234567.shtml"/>
    <title>五常稻农的春耕新帮手</title>
    </head>
    <body>
    <h1>五常稻农的春耕新帮手</h1>
    <div><en-note>
    <div>2024-04-01 10:22　来源：哈尔滨日报　作者：孙冰凌</div>
    <div><br/></div>
    <div>　　清明前后，五常市民乐朝鲜族乡的育秧大棚里，一盘盘秧苗已经冒出了嫩芽。</div>
    <div>　　今年，当地推广了智能育秧设备，温度、湿度都能在手机上调节。</div>
    <div>　　种粮大户王五常说，以前育秧要整夜守在大棚里，现在省心多了。</div>
    <div><br/></div>
    <div>Clipped from: https://www.my399.com/system/2024/04/01/031234567.shtml</div>
    </en-note></div>
    </body>
    </html>
    """,
    title="五常稻农的春耕新帮手",
    source="哈尔滨日报",
    date="2024-04-01",
    author="孙冰凌",
    chrome=[
        "Clipped from: https://www.my399.com/system/2024/04/01/031234567.shtml",
    ],
    body=[
        "一盘盘秧苗已经冒出了嫩芽",
        "温度、湿度都能在手机上调节",
        "现在省心多了",
    ],
    regions=[
        ("五常市民乐朝鲜族乡的育秧大棚里", ["黑龙江省/哈尔滨市/五常市"]),
        ("今年，当地推广了智能育秧设备", []),
        ("种粮大户王五常说", []),
    ],
    complete=True,
)

art(
    "bear_note_qixia.md",
    "Bear note exported as Markdown (# heading, Bear tag line #剪藏/新闻 #乡村振兴, a ::highlight:: span, 来源 + date in one line, the note's own 'Created' line at the end with a different date)",
    "utf-8",
    """
    # 栖霞苹果的“新农人”

    #剪藏/新闻 #乡村振兴

    来源：烟台日报　2024-06-25

    栖霞市的果园里，三十岁出头的果农林蓬莱正在调试水肥一体化设备。

    他大学毕业后回到家乡，接手了父亲的二十亩老果园，把老品种换成了矮砧密植的新品种。

    ::如今他的果园亩产比过去提高了近一倍::，还带着周边二十多户果农一起改造。

    邻近的原蓬莱市也在推广这种种植模式，那里如今已经撤市设区。

    Created 2024-07-02 21:48
    """,
    title="栖霞苹果的“新农人”",
    source="烟台日报",
    date="2024-06-25",
    chrome=[
        "#剪藏/新闻 #乡村振兴",
        "Created 2024-07-02 21:48",
    ],
    body=[
        "正在调试水肥一体化设备",
        "把老品种换成了矮砧密植的新品种",
        "还带着周边二十多户果农一起改造",
        "那里如今已经撤市设区",
    ],
    regions=[
        ("栖霞市的果园里，三十岁出头的果农林蓬莱", ["山东省/烟台市/栖霞市"]),
        ("他大学毕业后回到家乡", []),
        ("还带着周边二十多户果农一起改造", []),
        ("邻近的原蓬莱市也在推广这种种植模式", ["山东省/烟台市/蓬莱区"]),
    ],
    complete=True,
)

art(
    "onenote_copy_xiuwen.txt",
    "OneNote page copied as text (page title, the note's own date line 'YYYY年M月D日 星期X' and time line, the pasted article with 来源 only, OneNote's '已从 <URL> 粘贴' line whose URL holds the article's date)",
    "utf-8",
    """
    修文猕猴桃搭上“数字快车”
    2024年6月3日 星期一
    14:22

    修文猕猴桃搭上“数字快车”
    来源：贵阳日报

    　　在贵阳市修文县的猕猴桃基地里，果农们正忙着疏果、套袋。

    　　修文猕猴桃种植面积已超过十七万亩，是当地农民增收的主导产业。

    　　今年，县里搭建了猕猴桃产业数字平台，果园的土壤、气象数据都能实时查看。

    已从 <https://www.gywb.cn/content/2024-06/02/content_1234567.htm> 粘贴
    """,
    title="修文猕猴桃搭上“数字快车”",
    source="贵阳日报",
    date="2024-06-02",
    chrome=[
        "2024年6月3日 星期一",
        "已从 <https://www.gywb.cn/content/2024-06/02/content_1234567.htm> 粘贴",
    ],
    body=[
        "果农们正忙着疏果、套袋",
        "是当地农民增收的主导产业",
        "果园的土壤、气象数据都能实时查看",
    ],
    regions=[
        ("在贵阳市修文县的猕猴桃基地里", ["贵州省/贵阳市/修文县"]),
        ("修文猕猴桃种植面积已超过十七万亩", ["贵州省/贵阳市/修文县"]),
        ("今年，县里搭建了猕猴桃产业数字平台", []),
    ],
    complete=True,
)

art(
    "newsletter_email_linxia.txt",
    "research institute's email newsletter saved as .txt (From/To/Subject/Date RFC 2822 headers with an English weekday date, 【简报第N期】 subject, a 本期导读 line, the article heading, 来源 line, 退订 and 如不能正常显示 footer)",
    "utf-8",
    """
    From: 乡村振兴研究简报 <newsletter@cirs.example.edu.cn>
    To: subscribers@cirs.example.edu.cn
    Subject: 【简报第42期】临夏：牛羊产业链上的“致富经”
    Date: Mon, 14 Oct 2024 09:00:12 +0800

    如邮件不能正常显示，请点击此处查看网页版
    本期导读：西北民族地区特色畜牧业调研

    临夏：牛羊产业链上的“致富经”
    来源：中国农业大学国家乡村振兴研究院

    　　研究院调研组近期赴甘肃临夏回族自治州广河县、东乡族自治县，调研牛羊产业发展情况。

    　　调研发现，当地已形成养殖、屠宰、冷链和餐饮一体的产业链，牛羊肉远销京沪等大城市。

    　　调研组建议，进一步完善饲草料保障体系，提升养殖户抵御市场风险的能力。

    您收到此邮件是因为您订阅了乡村振兴研究简报。退订请回复“退订”。
    """,
    title="临夏：牛羊产业链上的“致富经”",
    source="中国农业大学国家乡村振兴研究院",
    date="2024-10-14",
    chrome=[
        "From: 乡村振兴研究简报 <newsletter@cirs.example.edu.cn>",
        "To: subscribers@cirs.example.edu.cn",
        "如邮件不能正常显示，请点击此处查看网页版",
        "本期导读：西北民族地区特色畜牧业调研",
        "您收到此邮件是因为您订阅了乡村振兴研究简报",
    ],
    body=[
        "调研牛羊产业发展情况",
        "当地已形成养殖、屠宰、冷链和餐饮一体的产业链",
        "提升养殖户抵御市场风险的能力",
    ],
    regions=[
        (
            "研究院调研组近期赴甘肃临夏回族自治州广河县",
            ["甘肃省/临夏回族自治州/广河县", "甘肃省/临夏回族自治州/东乡族自治县"],
        ),
        ("调研发现，当地已形成养殖、屠宰", ["北京市", "上海市"]),
        ("调研组建议，进一步完善饲草料保障体系", []),
    ],
    complete=True,
)

art(
    "mala_forum_qianwei_spam.txt",
    "provincial forum repost thread saved as text, spam inside a body sentence (麻辣社区: board crumb, thread title, 楼主 + 发表于 YYYY-M-D HH:MM:SS without zero padding, 只看该作者 | 倒序浏览, 转自：X日报, 回复 and 举报 links, signature line)",
    "utf-8",
    """
    麻辣社区 › 乐山论坛 › 乐山新闻
    犍为茉莉花开出“致富路”
    楼主：嘉州老张　发表于 2024-5-18 21:03:44
    只看该作者 | 倒序浏览 | 阅读模式

    转自：乐山日报

    　　五月的犍为县清溪镇，茉莉花田里一片雪白，花农们天不亮就下地采花。

    　　犍为茉莉花种植面积有十多万亩，这里的鲜花大多被送进茶厂，窨制成茉莉花茶，成都高端商务模特上门微信mm6688销往全国各地。

    　　当地还建起了茉莉花主题公园，吸引了不少成渝两地的游客。

    回复　举报
    ------签名：家住嘉州，心系乡土------
    """,
    title="犍为茉莉花开出“致富路”",
    source="乐山日报",
    site="麻辣社区",
    date="2024-05-18",
    chrome=[
        "麻辣社区 › 乐山论坛 › 乐山新闻",
        "楼主：嘉州老张",
        "只看该作者 | 倒序浏览 | 阅读模式",
        "回复　举报",
        "------签名：家住嘉州，心系乡土------",
    ],
    body=[
        "花农们天不亮就下地采花",
        "窨制成茉莉花茶，销往全国各地",
        "吸引了不少成渝两地的游客",
    ],
    spam=["成都高端商务模特上门微信mm6688"],
    regions=[
        ("五月的犍为县清溪镇", ["四川省/乐山市/犍为县"]),
        ("犍为茉莉花种植面积有十多万亩", ["四川省/乐山市/犍为县"]),
        ("当地还建起了茉莉花主题公园", ["四川省/成都市", "重庆市"]),
    ],
    complete=True,
)


# --- e-paper ---------------------------------------------------------------------------------
art(
    "hyrb_epaper_qidong.txt",
    "地级市 party paper e-paper text page (衡阳日报 > date > 第A02版 > 版名 breadcrumb with >, [ 上一期 ] [ 下一期 ] line, 版面导航 | 标题导航, 引题 above the title, 记者 + 通讯员 byline, 本版责编 line, 数字报 footer)",
    "utf-8",
    """
    衡阳日报 > 2024年09月26日 > 第A02版 > 县域经济
    [ 上一期 ]　[ 下一期 ]　　版面导航 | 标题导航
    祁东黄花菜迎来“丰收季”
    ——全县种植面积稳定在十六万亩以上
    记者　谭衡湘　通讯员　王芳

    　　本报讯　初秋时节，祁东县官家嘴镇的黄花菜加工厂里，一筐筐黄花菜经过蒸制、烘干后装袋入库。

    　　祁东是全国有名的黄花菜产区，全县有十多万农户种植黄花菜。

    　　今年，县里引导企业和合作社开发即食黄花菜、黄花菜酱等新产品，还通过电商卖到了粤港澳大湾区。

    本版责编：刘珊
    衡阳日报数字报　版权所有
    """,
    title="祁东黄花菜迎来“丰收季”",
    source="衡阳日报",
    date="2024-09-26",
    author="谭衡湘",
    chrome=[
        "衡阳日报 > 2024年09月26日 > 第A02版 > 县域经济",
        "[ 上一期 ]　[ 下一期 ]　　版面导航 | 标题导航",
        "本版责编：刘珊",
        "衡阳日报数字报　版权所有",
    ],
    body=[
        "一筐筐黄花菜经过蒸制、烘干后装袋入库",
        "全县有十多万农户种植黄花菜",
        "开发即食黄花菜、黄花菜酱等新产品",
    ],
    regions=[
        ("祁东县官家嘴镇的黄花菜加工厂里", ["湖南省/衡阳市/祁东县"]),
        ("祁东是全国有名的黄花菜产区", ["湖南省/衡阳市/祁东县"]),
        ("还通过电商卖到了粤港澳大湾区", ["广东省", "香港特别行政区", "澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "greentimes_epaper_gb18030_crlf.txt",
    "林草行业报 e-paper text page, GB18030 and CRLF (中国绿色时报 masthead + 第N版 line with the date only as YYYYMMDD in the page code, 本版新闻 list, title, 本报记者 byline, 【打印】【返回】)",
    "gb18030",
    """
    中国绿色时报　电子版
    版次：03　基层·林区　期号：20240611
    本版新闻：林下经济“唤醒”大山｜护林员的一天｜油茶花开
    林下经济“唤醒”大山
    本报记者　杨林芝

    　　在广西百色市凌云县的一片杉木林下，村民们种下了铁皮石斛和灵芝。

    　　凌云县森林覆盖率超过七成，过去林子只能看不能用，如今林下种植让山林有了新收益。

    　　县林业局有关负责人介绍，全县林下经济面积已发展到二十多万亩。

    【打印】【返回】
    """,
    title="林下经济“唤醒”大山",
    source="中国绿色时报",
    date="2024-06-11",
    author="杨林芝",
    chrome=[
        "版次：03　基层·林区　期号：20240611",
        "本版新闻：林下经济“唤醒”大山｜护林员的一天｜油茶花开",
        "【打印】【返回】",
    ],
    body=[
        "村民们种下了铁皮石斛和灵芝",
        "如今林下种植让山林有了新收益",
        "全县林下经济面积已发展到二十多万亩",
    ],
    regions=[
        ("在广西百色市凌云县的一片杉木林下", ["广西壮族自治区/百色市/凌云县"]),
        ("凌云县森林覆盖率超过七成", ["广西壮族自治区/百色市/凌云县"]),
        ("县林业局有关负责人介绍", []),
    ],
    complete=True,
    crlf=True,
)


# --- Hong Kong, Macau, Taiwan ----------------------------------------------------------------
art(
    "singpao_hk_zhaoqing.txt",
    "香港報章 site text save in traditional script (成報: masthead + 港聞 section, title, date 'YYYY年M月D日 星期X' alone, body with 粵港澳 compound, 【成報訊】 lead, 相關新聞 list, © 成報 copyright)",
    "utf-8",
    """
    成報　港聞
    港青到肇慶鄉村「上山下鄉」
    2024年9月17日 星期二

    　　【成報訊】一批香港青年日前前往廣東肇慶市懷集縣，在當地農村參與為期一星期的鄉村振興體驗活動。

    　　參加者住進村民家中，跟隨村民採摘砂糖橘、學做竹編，並為村裏的小學生上英文課。

    　　主辦機構表示，活動希望讓香港青年認識粵港澳大灣區的鄉村發展，明年將增加名額。

    相關新聞
    港青大灣區實習計劃反應熱烈
    © 成報 Sing Pao Daily News 版權所有
    """,
    title="港青到肇慶鄉村「上山下鄉」",
    source="成報",
    date="2024-09-17",
    chrome=[
        "成報　港聞",
        "相關新聞",
        "港青大灣區實習計劃反應熱烈",
        "© 成報 Sing Pao Daily News 版權所有",
    ],
    body=[
        "在當地農村參與為期一星期的鄉村振興體驗活動",
        "並為村裏的小學生上英文課",
        "明年將增加名額",
    ],
    regions=[
        ("一批香港青年日前前往廣東肇慶市懷集縣", ["香港特别行政区", "广东省/肇庆市/怀集县"]),
        ("參加者住進村民家中", []),
        (
            "主辦機構表示，活動希望讓香港青年認識粵港澳大灣區",
            ["香港特别行政区", "广东省", "澳门特别行政区"],
        ),
    ],
    complete=True,
)

art(
    "nowtv_news_hk_tagukling.html",
    "香港電視台 news site saved HTML page (now新聞: <title> 標題 | now 新聞, section tabs 港聞 兩岸 國際 財經 體育, date as 'YYYY年MM月DD日 HH:MM' in a <time> element with datetime attribute, 相關新聞, 分享 and 複製連結, © now TV footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head>
    <meta charset="utf-8">
    <title>打鼓嶺農戶試種新品種士多啤梨 | now 新聞</title>
    </head>
    <body>
    <nav>首頁　港聞　兩岸　國際　財經　體育</nav>
    <article>
    <h1>打鼓嶺農戶試種新品種士多啤梨</h1>
    <time datetime="2024-01-23T18:05:00+08:00">2024年01月23日 18:05</time>
    <div class="newsLeading">
    <p>本港北區打鼓嶺有農戶試種從日本引入的士多啤梨品種，首批果實已經成熟。</p>
    <p>農戶表示，新品種較耐寒，產量亦比舊品種高兩成，吸引不少市民周末入農場採摘。</p>
    <p>漁農自然護理署表示，會繼續支援本地農戶引入新品種及種植技術。</p>
    </div>
    </article>
    <div class="related">相關新聞：北部都會區農業園第一期即將落成</div>
    <div class="share">分享　複製連結</div>
    <footer>© 2024 now TV 版權所有</footer>
    </body>
    </html>
    """,
    title="打鼓嶺農戶試種新品種士多啤梨",
    source="now 新聞",
    date="2024-01-23",
    chrome=[
        "首頁　港聞　兩岸　國際　財經　體育",
        "相關新聞：北部都會區農業園第一期即將落成",
        "分享　複製連結",
        "© 2024 now TV 版權所有",
    ],
    body=[
        "首批果實已經成熟",
        "產量亦比舊品種高兩成",
        "會繼續支援本地農戶引入新品種及種植技術",
    ],
    regions=[
        ("本港北區打鼓嶺有農戶試種", ["香港特别行政区"]),
        ("農戶表示，新品種較耐寒", []),
        ("漁農自然護理署表示", []),
    ],
    complete=True,
)

art(
    "daizhong_macau_congjiang_big5.txt",
    "澳門報章 text save in Big5 (大眾報: masthead + 澳聞 section, title, 日期：YYYY-MM-DD alone, 【本報訊】 lead, 上一則 | 下一則, 大眾報版權所有 footer)",
    "big5",
    """
    大眾報　澳聞
    澳門中學生赴從江鄉村交流
    日期：2024-07-24

    　　【本報訊】澳門多所中學的四十多名學生日前前往貴州黔東南州從江縣，參加為期五天的鄉村交流活動。

    　　學生們走進侗族村寨，學唱侗族大歌，還和當地學生一起做手工、打籃球。

    　　帶隊老師表示，希望學生通過交流了解國家鄉村發展，也把澳門的故事帶到山區。

    上一則 | 下一則
    大眾報版權所有
    """,
    title="澳門中學生赴從江鄉村交流",
    source="大眾報",
    date="2024-07-24",
    chrome=[
        "大眾報　澳聞",
        "上一則 | 下一則",
        "大眾報版權所有",
    ],
    body=[
        "參加為期五天的鄉村交流活動",
        "學唱侗族大歌",
        "也把澳門的故事帶到山區",
    ],
    regions=[
        (
            "澳門多所中學的四十多名學生日前前往貴州黔東南州從江縣",
            ["澳门特别行政区", "贵州省/黔东南苗族侗族自治州/从江县"],
        ),
        ("學生們走進侗族村寨", []),
        ("帶隊老師表示", ["澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "macau_dset_guangzhou_expo.html",
    "澳門政府部門 news page saved HTML, Chinese with a Portuguese title and a Portuguese nav (經濟及科技發展局: Início | Notícias nav, <title> 中文 - Direcção dos Serviços de Economia e Desenvolvimento Tecnológico, 日期：YYYY年M月D日, 新聞稿 label, 回頁頂 and 最後更新 footer with another date)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-MO">
    <head>
    <meta charset="UTF-8">
    <title>經科局組織本澳中小企參加廣州農產品展 - Direcção dos Serviços de Economia e Desenvolvimento Tecnológico</title>
    </head>
    <body>
    <div class="nav">Início | Notícias | Serviços | 中文 | Português</div>
    <div class="label">新聞稿</div>
    <h2>經科局組織本澳中小企參加廣州農產品展</h2>
    <p class="lead">DSEDT organiza PME de Macau para participar na Exposição de Produtos Agrícolas de Cantão</p>
    <div class="date">日期：2024年5月20日</div>
    <div class="body">
    <p>經濟及科技發展局組織了十五家本澳中小企業，參加在廣州舉行的農產品博覽會，推介澳門特色食品。</p>
    <p>參展企業帶來了杏仁餅、蛋卷和葡式醬料等產品，不少內地採購商現場洽談合作。</p>
    <p>經科局表示，將繼續協助本澳企業開拓內地市場。</p>
    </div>
    <div class="foot">回頁頂　最後更新：2024年5月22日</div>
    </body>
    </html>
    """,
    title="經科局組織本澳中小企參加廣州農產品展",
    source="經濟及科技發展局",
    date="2024-05-20",
    chrome=[
        "Início | Notícias | Serviços | 中文 | Português",
        "新聞稿",
        "回頁頂　最後更新：2024年5月22日",
    ],
    body=[
        "推介澳門特色食品",
        "不少內地採購商現場洽談合作",
        "將繼續協助本澳企業開拓內地市場",
    ],
    regions=[
        ("經濟及科技發展局組織了十五家本澳中小企業", ["澳门特别行政区", "广东省/广州市"]),
        ("DSEDT organiza PME de Macau", []),
        ("參展企業帶來了杏仁餅、蛋卷", []),
        ("經科局表示，將繼續協助本澳企業", ["澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "yilan_gov_sanxing_big5.htm",
    "臺灣縣政府 news page saved .htm in Big5 with <meta charset=big5> (宜蘭縣政府: 首頁 > 縣政新聞 crumb, 發布日期：民國113年10月5日 in full characters, 發布單位, 點閱次數, 回上頁 | 列印 | 分享, 地址 + 電話 footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>宜蘭縣政府-三星蔥田變身休閒農場 青年返鄉帶動觀光</title>
    </head>
    <body>
    <div class="nav"><a href="/">首頁</a> &gt; <a href="/news/">縣政新聞</a></div>
    <h3>三星蔥田變身休閒農場 青年返鄉帶動觀光</h3>
    <table>
    <tr><td>發布日期：民國113年10月5日</td><td>發布單位：工商旅遊處</td><td>點閱次數：842</td></tr>
    </table>
    <div class="cp">
    <p>宜蘭縣三星鄉的青蔥遠近馳名，近年有多位返鄉青年把家中蔥田改成休閒農場，讓遊客體驗拔蔥、做蔥油餅。</p>
    <p>縣府工商旅遊處表示，今年已輔導五家休閒農場取得合法登記，並規劃串連周邊的步道與埤塘。</p>
    <p>一位在台北工作多年後返鄉的農場主人說，週末的體驗活動經常一位難求。</p>
    </div>
    <div class="tool">回上頁 | 列印 | 分享</div>
    <div class="footer">宜蘭縣政府　地址：26060宜蘭市縣政北路1號　電話：03-9251000</div>
    </body>
    </html>
    """,
    title="三星蔥田變身休閒農場 青年返鄉帶動觀光",
    source="工商旅遊處",
    site="宜蘭縣政府",
    date="2024-10-05",
    chrome=[
        "點閱次數：842",
        "回上頁 | 列印 | 分享",
        "地址：26060宜蘭市縣政北路1號",
    ],
    body=[
        "讓遊客體驗拔蔥、做蔥油餅",
        "並規劃串連周邊的步道與埤塘",
        "週末的體驗活動經常一位難求",
    ],
    regions=[
        ("宜蘭縣三星鄉的青蔥遠近馳名", ["台湾省/宜兰县"]),
        ("縣府工商旅遊處表示", []),
        ("一位在台北工作多年後返鄉的農場主人說", ["台湾省/台北市"]),
    ],
    complete=True,
)

art(
    "ftv_news_chishang.txt",
    "臺灣電視台 news site text save (民視新聞網: masthead + 生活 section, title, date 'YYYY/MM/DD HH:MM' with slashes, 民視新聞／X、Y 臺東報導 byline line, 延伸閱讀 list, 點我訂閱民視新聞 line)",
    "utf-8",
    """
    民視新聞網　生活
    池上稻穀收成 農民盼米價穩定
    2024/10/30 18:42
    民視新聞／陳美玉、林建宏 臺東報導

    　　臺東池上鄉的二期稻作進入收割期，金黃稻田吸引不少遊客駐足拍照。

    　　今年秋天雨量適中，農民說稻穀飽滿，收成比去年好，只希望收購價格能夠維持穩定。

    　　池上鄉公所表示，將持續推動友善耕作，打響池上米的品牌。

    延伸閱讀
    花東縱谷稻浪季 民宿訂房熱
    點我訂閱民視新聞YouTube頻道
    """,
    title="池上稻穀收成 農民盼米價穩定",
    source="民視新聞網",
    date="2024-10-30",
    author="陳美玉",
    chrome=[
        "民視新聞網　生活",
        "延伸閱讀",
        "花東縱谷稻浪季 民宿訂房熱",
        "點我訂閱民視新聞YouTube頻道",
    ],
    body=[
        "金黃稻田吸引不少遊客駐足拍照",
        "只希望收購價格能夠維持穩定",
        "打響池上米的品牌",
    ],
    regions=[
        ("臺東池上鄉的二期稻作進入收割期", ["台湾省/台东县"]),
        ("今年秋天雨量適中", []),
        ("池上鄉公所表示", []),
    ],
    complete=True,
)

art(
    "mirrormedia_hualien.html",
    "臺灣雜誌 news site saved HTML page (鏡週刊: <title> 標題｜鏡週刊 Mirror Media, 焦點 > 生活 crumb, date 'YYYY.MM.DD HH:MM' with dots, 記者 X／花蓮報導, 更多內容 and 訂閱鏡週刊 blocks, © Mirror Media footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head>
    <meta charset="utf-8">
    <meta property="og:site_name" content="鏡週刊 Mirror Media">
    <title>返鄉種文旦的第三年　壽豐青農的鹽分與甜分｜鏡週刊 Mirror Media</title>
    </head>
    <body>
    <div class="crumb">焦點 &gt; 生活</div>
    <h1>返鄉種文旦的第三年　壽豐青農的鹽分與甜分</h1>
    <div class="meta"><span>2024.12.05 11:30</span>　<span>記者 張文旦／花蓮報導</span></div>
    <div class="article">
    <p>花蓮壽豐鄉的文旦園裡，三十二歲的青農許欣怡正在修剪枝條，為明年的產季做準備。</p>
    <p>三年前，她辭去在新竹科學園區的工作，回家接手父親的果園，從不懂農事到能獨自管理兩甲地。</p>
    <p>她說，最難的不是體力活，而是學會看天吃飯，接受收成有好有壞。</p>
    </div>
    <div class="more">更多內容，歡迎訂閱鏡週刊</div>
    <footer>© 2024 Mirror Media. All rights reserved.</footer>
    </body>
    </html>
    """,
    title="返鄉種文旦的第三年　壽豐青農的鹽分與甜分",
    source="鏡週刊",
    date="2024-12-05",
    author="張文旦",
    chrome=[
        "焦點 > 生活",
        "更多內容，歡迎訂閱鏡週刊",
        "© 2024 Mirror Media. All rights reserved.",
    ],
    body=[
        "正在修剪枝條，為明年的產季做準備",
        "從不懂農事到能獨自管理兩甲地",
        "接受收成有好有壞",
    ],
    regions=[
        ("花蓮壽豐鄉的文旦園裡", ["台湾省/花莲县"]),
        ("她辭去在新竹科學園區的工作", []),
        ("最難的不是體力活", []),
    ],
    complete=True,
)


# --- overseas Chinese-language papers ---------------------------------------------------------
art(
    "shinmin_sg_yongchun.txt",
    "新加坡晚报 site text save (新明日报: masthead + 新闻 > 本地 crumb, title, 发布 / 更新 two timestamps 'YYYY年M月D日 HH:MM' with the earlier as the date, 文 / 图 byline with /, 分享 bar, 更多新闻)",
    "utf-8",
    """
    新明日报
    新闻 > 本地
    永春会馆乡亲回乡寻根 带回一罐老醋
    发布 / 2024年10月8日 6:00 AM　更新 / 2024年10月9日 11:20 AM
    文 / 林永和　图 / 受访者提供
    分享：Facebook　WhatsApp　Telegram

    　　本地永春会馆日前组团回到福建泉州永春县寻根谒祖，二十多名团员中，年纪最大的已经八十三岁。

    　　团员们走访了祖辈生活过的村子，品尝了当地有名的永春老醋，还参观了新建的侨乡博物馆。

    　　会馆会长说，希望让年轻一代知道自己的根在哪里。

    更多新闻
    """,
    title="永春会馆乡亲回乡寻根 带回一罐老醋",
    source="新明日报",
    date="2024-10-08",
    author="林永和",
    chrome=[
        "新闻 > 本地",
        "分享：Facebook　WhatsApp　Telegram",
        "更多新闻",
    ],
    body=[
        "年纪最大的已经八十三岁",
        "还参观了新建的侨乡博物馆",
        "希望让年轻一代知道自己的根在哪里",
    ],
    regions=[
        ("本地永春会馆日前组团回到福建泉州永春县寻根谒祖", ["福建省/泉州市/永春县"]),
        ("团员们走访了祖辈生活过的村子", []),
        ("会馆会长说", []),
    ],
    complete=True,
)

art(
    "chinapress_my_minqing_urldate.txt",
    "马来西亚 paper site text save with a dateline day and the year only in the URL (中国报: masthead + 国际 section, URL line /YYYYMMDD/ saved by the user, title, （吉隆坡26日讯） dateline, 阅读全文 / 下载中国报App lines)",
    "utf-8",
    """
    中国报 China Press　|　国际
    https://www.chinapress.com.my/20241126/闽清乡亲寻根/
    大马闽清乡亲回乡 助建家乡敬老院

    　　（吉隆坡26日讯）马来西亚闽清同乡会日前组团回到福建福州市闽清县，出席由乡亲捐建的敬老院落成仪式。

    　　同乡会会长说，许多会员的祖辈是在一百多年前从闽清下南洋的，如今回乡出一份力，是理所应当的。

    　　据了解，这所敬老院可容纳六十多名老人，由当地镇政府负责运营。

    下载中国报App，随时掌握最新资讯
    """,
    title="大马闽清乡亲回乡 助建家乡敬老院",
    source="中国报",
    date="2024-11-26",
    chrome=[
        "中国报 China Press　|　国际",
        "https://www.chinapress.com.my/20241126/闽清乡亲寻根/",
        "下载中国报App，随时掌握最新资讯",
    ],
    body=[
        "出席由乡亲捐建的敬老院落成仪式",
        "如今回乡出一份力，是理所应当的",
        "由当地镇政府负责运营",
    ],
    regions=[
        ("马来西亚闽清同乡会日前组团回到福建福州市闽清县", ["福建省/福州市/闽清县"]),
        ("许多会员的祖辈是在一百多年前从闽清下南洋的", ["福建省/福州市/闽清县"]),
        ("据了解，这所敬老院可容纳六十多名老人", []),
    ],
    complete=True,
)

art(
    "seehua_sibu_gutian.txt",
    "马来西亚 East Malaysian paper site text save (诗华日报: masthead + 诗巫 section, title, YYYY年M月D日 date line, （诗巫14日讯） dateline, 新福州 nickname for Sibu, 相关新闻 list, © See Hua Daily News)",
    "utf-8",
    """
    诗华日报　|　诗巫
    古田乡亲赴诗巫交流 共叙百年乡情
    2024年9月14日

    　　（诗巫14日讯）来自福建宁德市古田县的访问团一行二十人，昨日抵达诗巫，与当地古田公会的乡亲座谈。

    　　诗巫素有“新福州”之称，一百多年前，一批批福州籍先民来到拉让江畔垦荒定居。

    　　访问团团长说，希望双方在教育和农业方面加强交流，让乡情代代相传。

    相关新闻
    诗巫福州公会庆祝成立周年
    © See Hua Daily News
    """,
    title="古田乡亲赴诗巫交流 共叙百年乡情",
    source="诗华日报",
    date="2024-09-14",
    chrome=[
        "诗华日报　|　诗巫",
        "相关新闻",
        "诗巫福州公会庆祝成立周年",
        "© See Hua Daily News",
    ],
    body=[
        "与当地古田公会的乡亲座谈",
        "一批批福州籍先民来到拉让江畔垦荒定居",
        "让乡情代代相传",
    ],
    regions=[
        ("来自福建宁德市古田县的访问团一行二十人", ["福建省/宁德市/古田县"]),
        ("诗巫素有“新福州”之称", ["福建省/福州市"]),
        ("访问团团长说", []),
    ],
    complete=True,
)

art(
    "jinghua_thai_chaoan_buddhist_year.txt",
    "泰国华文报 text save with a Buddhist-era date (京华中原联合日报: masthead + 侨社新闻, title, 佛历2567年10月3日 date line, （本报讯）, 潮州会馆 association name, 责任编辑 line, 本报版权所有)",
    "utf-8",
    """
    京华中原联合日报　侨社新闻
    泰国潮州会馆访问团回乡考察乡村振兴
    佛历2567年10月3日

    　　（本报讯）泰国潮州会馆访问团日前回到广东潮州市潮安区，考察当地乡村振兴和侨乡建设情况。

    　　访问团参观了凤凰镇的单丛茶园和古村落，对当地把茶产业和旅游结合起来的做法印象深刻。

    　　访问团团长表示，将鼓励更多泰国华裔青年回乡看看，促进两地经贸往来。

    责任编辑：陈秀兰
    本报版权所有
    """,
    title="泰国潮州会馆访问团回乡考察乡村振兴",
    source="京华中原联合日报",
    date="2024-10-03",
    chrome=[
        "京华中原联合日报　侨社新闻",
        "责任编辑：陈秀兰",
        "本报版权所有",
    ],
    body=[
        "考察当地乡村振兴和侨乡建设情况",
        "对当地把茶产业和旅游结合起来的做法印象深刻",
        "促进两地经贸往来",
    ],
    regions=[
        ("泰国潮州会馆访问团日前回到广东潮州市潮安区", ["广东省/潮州市/潮安区"]),
        ("访问团参观了凤凰镇的单丛茶园", []),
        ("将鼓励更多泰国华裔青年回乡看看", []),
    ],
    complete=True,
)

art(
    "globalchinese_ca_taishan.html",
    "加拿大华文报 site saved HTML page (环球华报: English nav Home | News | Community, <title> 标题 - Global Chinese Press, date only in meta article:published_time and as 'Posted on August 8, 2024' in English, 侨社 category, Share this: Facebook Twitter, Leave a Reply form, © footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="UTF-8">
    <meta property="article:published_time" content="2024-08-08T15:12:44-07:00">
    <title>温哥华台山乡亲捐资助学 家乡十所学校受惠 - Global Chinese Press</title>
    </head>
    <body>
    <div class="menu">Home | News | Community | Business | 联系我们</div>
    <article>
    <span class="cat">侨社</span>
    <h1 class="entry-title">温哥华台山乡亲捐资助学 家乡十所学校受惠</h1>
    <div class="entry-meta">Posted on August 8, 2024 by 环球华报</div>
    <div class="entry-content">
    <p>温哥华台山同乡会近日宣布，向家乡广东江门台山市的十所乡村学校捐赠图书和教学设备。</p>
    <p>同乡会会长说，很多会员的祖辈是一百多年前从台山来到加拿大修铁路的，大家一直惦记着家乡的孩子。</p>
    <p>台山市侨务部门表示，捐赠的设备将在新学期前安装到位。</p>
    </div>
    <div class="sharedaddy">Share this: Facebook Twitter</div>
    </article>
    <div id="respond">Leave a Reply</div>
    <footer>© 2024 Global Chinese Press. All Rights Reserved.</footer>
    </body>
    </html>
    """,
    title="温哥华台山乡亲捐资助学 家乡十所学校受惠",
    source="环球华报",
    date="2024-08-08",
    chrome=[
        "Home | News | Community | Business | 联系我们",
        "Share this: Facebook Twitter",
        "Leave a Reply",
        "© 2024 Global Chinese Press. All Rights Reserved.",
    ],
    body=[
        "向家乡广东江门台山市的十所乡村学校捐赠图书和教学设备",
        "大家一直惦记着家乡的孩子",
        "捐赠的设备将在新学期前安装到位",
    ],
    regions=[
        ("温哥华台山同乡会近日宣布", ["广东省/江门市/台山市"]),
        ("很多会员的祖辈是一百多年前从台山来到加拿大", ["广东省/江门市/台山市"]),
        ("台山市侨务部门表示", ["广东省/江门市/台山市"]),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(out, "Held-out set 8 (issue 10): written fresh, never tuned on. Report figures only.")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
