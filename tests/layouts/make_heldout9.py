"""Write tests/layouts/heldout9/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout9.py tests/layouts/heldout9

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout8. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- public security, emergency, water, forestry, agriculture and statistics bureaus ---------
art(
    "hnjj_jiaojing_longhui.html",
    "省交警总队 site saved HTML (<title> 标题_湖南交警网, 当前位置 crumb, 发布时间 / 来源 / 浏览次数 row, 【字体：大 中 小】, 扫一扫在手机打开当前页, 湘公网安备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>隆回：农村交通安全劝导站守护群众平安出行_湖南交警网</title>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> <a href="/jwgk/">警务公开</a> <a href="/jjdt/">交警动态</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></div>
    <div class="position">当前位置：首页 &gt; 交警动态 &gt; 支队动态</div>
    <h1>隆回：农村交通安全劝导站守护群众平安出行</h1>
    <div class="property">发布时间：2024-10-15 10:20　来源：邵阳市公安局交通警察支队　浏览次数：1386</div>
    <div class="fontsize">【字体：大 中 小】</div>
    <div id="zoom">
    <p>　　近日，邵阳市隆回县公安局交警大队联合乡镇政府，对全县86个农村交通安全劝导站进行了集中检查。</p>
    <p>　　劝导站大多设在村口和集镇路口，由村干部和志愿者轮流值守，重点劝导不戴头盔、面包车超员等交通违法行为。</p>
    <p>　　“以前赶集的时候三轮车上坐满了人，现在大家都知道不能载人了。”一名劝导员说。</p>
    <p>　　今年以来，隆回县农村道路交通事故起数同比下降了两成。</p>
    </div>
    <div class="qrcode">扫一扫在手机打开当前页</div>
    <div class="footer">主办：湖南省公安厅交通警察总队　湘公网安备43010502000123号　湘ICP备05000222号</div>
    </body>
    </html>
    """,
    title="隆回：农村交通安全劝导站守护群众平安出行",
    source="邵阳市公安局交通警察支队",
    site="湖南交警网",
    date="2024-10-15",
    chrome=[
        "当前位置：首页 > 交警动态 > 支队动态",
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "主办：湖南省公安厅交通警察总队",
    ],
    body=[
        "对全县86个农村交通安全劝导站进行了集中检查",
        "面包车超员等交通违法行为",
        "现在大家都知道不能载人了",
        "农村道路交通事故起数同比下降了两成",
    ],
    regions=[
        ("近日，邵阳市隆回县公安局交警大队", ["湖南省/邵阳市/隆回县"]),
        ("劝导站大多设在村口和集镇路口", []),
        ("以前赶集的时候三轮车上坐满了人", []),
        ("今年以来，隆回县农村道路交通事故", ["湖南省/邵阳市/隆回县"]),
    ],
    complete=True,
)

art(
    "fjyjt_jianou_flood_crlf.txt",
    "省应急管理厅 site saved as text, CRLF (masthead, 首页 > 工作动态 > 地市动态 crumb, title, 来源：X | 发布时间：YYYY-MM-DD | 点击数：N, 【打印】【关闭窗口】, 闽ICP备 footer)",
    "utf-8",
    """
    福建省应急管理厅
    首页 > 工作动态 > 地市动态
    建瓯：“村村响”大喇叭筑牢防汛第一道防线
    来源：南平市应急管理局 | 发布时间：2024-06-21 | 点击数：472

    　　入汛以来，南平建瓯市把全市“村村响”应急广播与气象预警系统打通，预警信息可在五分钟内推送到每一个自然村。

    　　6月16日夜间，川石乡遭遇强降雨，大喇叭连续播报转移通知，全乡一百多名群众提前撤离到安置点。

    　　建瓯市应急管理局负责人介绍，目前全市已有286个行政村完成应急广播升级改造。

    【打印】【关闭窗口】
    主办：福建省应急管理厅　闽ICP备10201234号
    """,
    title="建瓯：“村村响”大喇叭筑牢防汛第一道防线",
    source="南平市应急管理局",
    site="福建省应急管理厅",
    date="2024-06-21",
    chrome=[
        "首页 > 工作动态 > 地市动态",
        "【打印】【关闭窗口】",
        "主办：福建省应急管理厅　闽ICP备10201234号",
    ],
    body=[
        "预警信息可在五分钟内推送到每一个自然村",
        "全乡一百多名群众提前撤离到安置点",
        "目前全市已有286个行政村完成应急广播升级改造",
    ],
    regions=[
        ("入汛以来，南平建瓯市把全市", ["福建省/南平市/建瓯市"]),
        ("6月16日夜间，川石乡遭遇强降雨", []),
        ("建瓯市应急管理局负责人介绍", ["福建省/南平市/建瓯市"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "hnsl_gushi_reservoir.shtml",
    "省水利厅 site .shtml (<title> 标题 - 河南省水利厅, 您现在的位置 crumb, 日期：YYYY年MM月DD日 信息来源：X on one line, 分享到 icons, 【我要纠错】【打印本页】【关闭】, 网站标识码 footer)",
    "utf-8",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>固始县：小型水库有了“管家” - 河南省水利厅</title>
    </head>
    <body>
    <div class="top"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/slyw/">水利要闻</a> | <a href="/sxdt/">市县动态</a></div>
    <div class="crumb">您现在的位置：网站首页 &gt; 市县动态</div>
    <div class="title">固始县：小型水库有了“管家”</div>
    <div class="info">日期：2024年08月02日　信息来源：信阳市水利局</div>
    <div class="share">分享到：</div>
    <div class="text">
    <p>今年以来，信阳市固始县对全县136座小型水库推行专业化管护，由县里统一购买服务，聘请物业化管护公司负责日常巡查。</p>
    <p>过去，小型水库多由附近村民兼职看护，巡查记录靠手写，汛期人手紧张时常常顾此失彼。</p>
    <p>如今，管护人员每天通过手机终端上传水位、坝体和溢洪道照片，县水利局可以实时掌握每座水库的情况。</p>
    <p>固始县水利局表示，下一步将把山塘和小型水闸也纳入专业化管护范围。</p>
    </div>
    <div class="tools">【我要纠错】【打印本页】【关闭】</div>
    <div class="footer">河南省水利厅主办　网站标识码：4100000045　豫ICP备05001234号</div>
    </body>
    </html>
    """,
    title="固始县：小型水库有了“管家”",
    source="信阳市水利局",
    site="河南省水利厅",
    date="2024-08-02",
    chrome=[
        "您现在的位置：网站首页 > 市县动态",
        "【我要纠错】【打印本页】【关闭】",
        "网站标识码：4100000045",
    ],
    body=[
        "由县里统一购买服务，聘请物业化管护公司负责日常巡查",
        "汛期人手紧张时常常顾此失彼",
        "县水利局可以实时掌握每座水库的情况",
        "把山塘和小型水闸也纳入专业化管护范围",
    ],
    regions=[
        ("今年以来，信阳市固始县对全县136座", ["河南省/信阳市/固始县"]),
        ("过去，小型水库多由附近村民兼职看护", []),
        ("如今，管护人员每天通过手机终端", []),
        ("固始县水利局表示", ["河南省/信阳市/固始县"]),
    ],
    complete=True,
)

art(
    "jxly_tonggu_linzhang_gbk.txt",
    "省林业局 site text save, GBK, spam inside a body sentence (masthead + 地方林业 crumb, title, 发布日期：YYYY/MM/DD 来源：X 作者：X, 【大】【中】【小】, 相关文章 list)",
    "gbk",
    """
    江西省林业局　>　地方林业　>　宜春
    铜鼓：林长“巡山”成常态
    发布日期：2024/09/10　来源：宜春市林业局　作者：刘晓林
    【大】【中】【小】

    　　在铜鼓县，全县三级林长每月至少巡山一次，发现问题当场交办，限期整改。

    　　今年，县里为每位村级林长配发了巡护手机，巡护轨迹实时上传，办理各类证件加微信dz8866林业部门还能据此开展考核。

    　　大塅镇的一名村级林长说，过去山里有人偷偷砍树很难发现，现在有了巡护系统，一有情况就能及时处置。

    　　据统计，铜鼓县森林覆盖率已经达到百分之八十七以上。

    相关文章
    ·靖安：林下经济助农增收
    ·奉新县开展秋冬季森林防火演练
    """,
    title="铜鼓：林长“巡山”成常态",
    source="宜春市林业局",
    site="江西省林业局",
    date="2024-09-10",
    author="刘晓林",
    chrome=[
        "【大】【中】【小】",
        "相关文章",
        "·靖安：林下经济助农增收",
        "·奉新县开展秋冬季森林防火演练",
    ],
    body=[
        "发现问题当场交办，限期整改",
        "巡护轨迹实时上传，林业部门还能据此开展考核",
        "现在有了巡护系统，一有情况就能及时处置",
        "森林覆盖率已经达到百分之八十七以上",
    ],
    spam=["办理各类证件加微信dz8866"],
    regions=[
        ("在铜鼓县，全县三级林长", ["江西省/宜春市/铜鼓县"]),
        ("今年，县里为每位村级林长配发了巡护手机", []),
        ("大塅镇的一名村级林长说", []),
        ("据统计，铜鼓县森林覆盖率", ["江西省/宜春市/铜鼓县"]),
    ],
    complete=True,
)

art(
    "gsagri_longxi_yaocai_gb18030.txt",
    "省农业农村厅 site text save, GB18030 with a non-GBK name character (首页 | 市州动态 crumb, title, dotted date YYYY.MM.DD + 来源 on two lines, 附件 line, 打印 关闭)",
    "gb18030",
    """
    甘肃省农业农村厅
    首页 | 市州动态
    陇西县中药材产业链越拉越长
    2024.07.26
    来源：定西市农业农村局

    　　在陇西县首阳镇的中药材交易市场，党参、黄芪等药材每天交易量达到上千吨。

    　　近年来，陇西县从种苗繁育、标准化种植到精深加工，逐步补齐中药材产业链条。

    　　首阳镇种植大户李䶮说，合作社统一供苗、统一收购，种药材的风险比以前小多了。

    　　目前，全县中药材种植面积稳定在三十五万亩左右，带动十余万农户增收。

    附件：无
    打印　关闭
    """,
    title="陇西县中药材产业链越拉越长",
    source="定西市农业农村局",
    site="甘肃省农业农村厅",
    date="2024-07-26",
    chrome=["首页 | 市州动态", "附件：无", "打印　关闭"],
    body=[
        "党参、黄芪等药材每天交易量达到上千吨",
        "逐步补齐中药材产业链条",
        "种药材的风险比以前小多了",
        "带动十余万农户增收",
    ],
    regions=[
        ("在陇西县首阳镇的中药材交易市场", ["甘肃省/定西市/陇西县"]),
        ("近年来，陇西县从种苗繁育", ["甘肃省/定西市/陇西县"]),
        ("首阳镇种植大户李", []),
        ("目前，全县中药材种植面积稳定", []),
    ],
    complete=True,
)

art(
    "jingdong_tongji_gongbao.txt",
    "县统计局 统计公报 saved as text (issuer line at the top, numbered sections, 落款 + date in Chinese numerals 二〇二四年四月二十八日 at the end, 注 lines)",
    "utf-8",
    """
    景东彝族自治县2023年国民经济和社会发展统计公报
    景东彝族自治县统计局

    　　2023年，面对复杂多变的外部环境，全县上下坚持稳中求进工作总基调，经济运行总体平稳。

    　　一、综合

    　　初步核算，全年全县地区生产总值一百一十二亿元，比上年增长百分之五点一。

    　　二、农业

    　　全年茶叶产量一万二千吨，比上年增长百分之三点八；核桃产量保持稳定。

    　　全年农村常住居民人均可支配收入一万六千元，比上年增长百分之七点二。

    　　注：1.本公报中部分数据为初步统计数。2.部分数据因四舍五入，存在总计与分项合计不等的情况。

    景东彝族自治县统计局
    二〇二四年四月二十八日
    """,
    title="景东彝族自治县2023年国民经济和社会发展统计公报",
    source="景东彝族自治县统计局",
    date="2024-04-28",
    chrome=[],
    body=[
        "经济运行总体平稳",
        "全年全县地区生产总值一百一十二亿元",
        "核桃产量保持稳定",
        "全年农村常住居民人均可支配收入一万六千元",
    ],
    regions=[
        ("全县上下坚持稳中求进工作总基调", []),
        ("全年茶叶产量一万二千吨", []),
    ],
)

# --- cooperatives, mass organisations, charities, rural banks ----------------------------------
art(
    "zjgxs_changshan_caption_source.html",
    "省供销社 site saved HTML, source only in an image caption line (<title> 标题-浙江供销, 当前位置 crumb, date with seconds and no label, 图为…（X供图） caption, 上一篇 / 下一篇, 版权所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>常山：供销社把农资店开到田间地头-浙江供销</title>
    </head>
    <body>
    <div class="menu"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/jcdt/">基层动态</a> <a href="/zcfg/">政策法规</a></div>
    <div class="pos">当前位置：首页 &gt; 新闻中心 &gt; 基层动态</div>
    <h1>常山：供销社把农资店开到田间地头</h1>
    <div class="time">2024-05-13 16:05:22</div>
    <div class="content">
    <p>　　眼下正是早稻施肥的关键时期，衢州常山县的供销社助农服务中心里，前来购买化肥的农户络绎不绝。</p>
    <p><img src="/upload/20240513/a1.jpg"></p>
    <p>图为常山县供销社助农服务中心（常山县供销社供图）</p>
    <p>　　中心不仅卖农资，还提供测土配方、农机作业和统防统治等服务，一年服务农田超过八万亩。</p>
    <p>　　种粮大户老徐说，以前买化肥要跑到县城，现在在家门口就能买到，价格也透明。</p>
    </div>
    <div class="pager">上一篇：龙游县供销社开展春耕农资保供行动<br>下一篇：开化“供销e家”上线运营</div>
    <div class="foot">版权所有：浙江省供销合作社联合社　浙ICP备12001234号</div>
    </body>
    </html>
    """,
    title="常山：供销社把农资店开到田间地头",
    source="常山县供销社",
    site="浙江供销",
    date="2024-05-13",
    chrome=[
        "当前位置：首页 > 新闻中心 > 基层动态",
        "上一篇：龙游县供销社开展春耕农资保供行动",
        "下一篇：开化“供销e家”上线运营",
        "版权所有：浙江省供销合作社联合社",
    ],
    body=[
        "前来购买化肥的农户络绎不绝",
        "一年服务农田超过八万亩",
        "现在在家门口就能买到，价格也透明",
    ],
    regions=[
        ("衢州常山县的供销社助农服务中心里", ["浙江省/衢州市/常山县"]),
        # a photo caption is text, and a county's public body names its county (README,
        # Regions); the fresh label left the caption out, so it read as naming none
        ("图为常山县供销社助农服务中心", ["浙江省/衢州市/常山县"]),
        ("中心不仅卖农资，还提供测土配方", []),
        ("种粮大户老徐说", []),
    ],
    complete=True,
)

art(
    "scfl_jianyang_jiazheng.txt",
    "省妇联 site text save (masthead 四川省妇女联合会, 巾帼动态 crumb, title, YYYY年MM月DD日 星期X + 来源 on one line, 字号 bar, 分享到 line, 【关闭】)",
    "utf-8",
    """
    四川省妇女联合会
    首页 > 巾帼动态 > 市州妇联
    简阳：巾帼家政培训让农村妇女有了“金饭碗”
    2024年03月08日 星期五　来源：简阳市妇联
    字号：【大】【中】【小】
    分享到：微信　微博　QQ空间

    　　简阳市妇联今年开办了六期巾帼家政培训班，三百多名农村妇女参加了育婴、养老护理等课程。

    　　培训结束后，妇联联合家政企业开展岗位对接，不少学员直接在成都市区找到了工作。

    　　来自贾家街道的学员王成都说，她现在一个月能挣六千多元，比在家种地强多了。

    　　简阳市妇联负责人介绍，今年还将在乡镇设立巾帼家政服务站，让妇女就近就业。

    【关闭】
    """,
    title="简阳：巾帼家政培训让农村妇女有了“金饭碗”",
    source="简阳市妇联",
    site="四川省妇女联合会",
    date="2024-03-08",
    chrome=[
        "首页 > 巾帼动态 > 市州妇联",
        "字号：【大】【中】【小】",
        "分享到：微信　微博　QQ空间",
        "【关闭】",
    ],
    body=[
        "三百多名农村妇女参加了育婴、养老护理等课程",
        "妇联联合家政企业开展岗位对接",
        "比在家种地强多了",
        "让妇女就近就业",
    ],
    regions=[
        ("简阳市妇联今年开办了六期", ["四川省/成都市/简阳市"]),
        ("不少学员直接在成都市区找到了工作", ["四川省/成都市"]),
        ("来自贾家街道的学员王成都说", []),
        ("简阳市妇联负责人介绍", ["四川省/成都市/简阳市"]),
    ],
    complete=True,
)

art(
    "tuanwei_longshan_wechat_copy.txt",
    "县团委 WeChat article copied as text (title, 原创 account name + date time + 湖南 on one line, 预览时标签不可点, 阅读 N, 赞 分享 推荐 写留言)",
    "utf-8",
    """
    返家乡｜大学生暑期回村当起“小老师”
    原创 共青团龙山县委 共青团龙山县委 2024年07月22日 18:30 湖南

    　　暑假期间，湘西州龙山县的五十多名大学生回到家乡，在村里的“七彩假期”课堂当起了志愿者老师。

    　　他们给留守儿童辅导作业，还开设了书法、科学实验和防溺水安全课。

    　　在洗车河镇的一个课堂上，大学生志愿者给孩子们讲起了家乡的土家织锦。

    　　团县委表示，今年还将组织返乡大学生参与乡村调研和政务见习。

    预览时标签不可点
    阅读 1203
    赞　分享　推荐　写留言
    """,
    title="返家乡｜大学生暑期回村当起“小老师”",
    source="共青团龙山县委",
    date="2024-07-22",
    chrome=["预览时标签不可点", "阅读 1203", "赞　分享　推荐　写留言"],
    body=[
        "在村里的“七彩假期”课堂当起了志愿者老师",
        "还开设了书法、科学实验和防溺水安全课",
        "给孩子们讲起了家乡的土家织锦",
        "组织返乡大学生参与乡村调研和政务见习",
    ],
    regions=[
        ("暑假期间，湘西州龙山县的五十多名", ["湖南省/湘西土家族苗族自治州/龙山县"]),
        ("他们给留守儿童辅导作业", []),
        ("在洗车河镇的一个课堂上", []),
        ("团县委表示", []),
    ],
    complete=True,
)

art(
    "jsgh_dongtai_source_last.txt",
    "省工会 site text save, spam with a place inside a body sentence, source only in a 来源： line at the very end after 责任编辑 (江苏工会网 masthead, crumb, title, 发布时间 only, 打印本页 line)",
    "utf-8",
    """
    江苏工会网　首页 > 基层动态
    东台：户外劳动者服务站夏天更“凉”了
    发布时间：2024-07-30 15:12

    　　盛夏时节，东台市的一百二十多个户外劳动者服务站全部配齐了冰箱、空调和防暑药品。

    　　环卫工人、快递小哥走累了可以进站歇歇脚，上海外围预约联系QQ22334455还能免费喝上一碗绿豆汤。

    　　东台市总工会今年还为两千多名户外劳动者送去了清凉慰问品。

    打印本页　关闭窗口
    责任编辑：陈可
    来源：东台市总工会
    """,
    title="东台：户外劳动者服务站夏天更“凉”了",
    source="东台市总工会",
    site="江苏工会网",
    date="2024-07-30",
    chrome=["打印本页　关闭窗口", "责任编辑：陈可"],
    body=[
        "全部配齐了冰箱、空调和防暑药品",
        "走累了可以进站歇歇脚，还能免费喝上一碗绿豆汤",
        "为两千多名户外劳动者送去了清凉慰问品",
    ],
    spam=["上海外围预约联系QQ22334455"],
    regions=[
        ("盛夏时节，东台市的一百二十多个", ["江苏省/盐城市/东台市"]),
        ("环卫工人、快递小哥走累了", []),
        ("东台市总工会今年还为两千多名", ["江苏省/盐城市/东台市"]),
    ],
    complete=True,
)

art(
    "gzredcross_rongjiang_metaonly.html",
    "省红十字会 site saved HTML, date only as an ISO timestamp in a meta tag (<meta name=PubDate>, 首页 / 红会动态 crumb, 来源 line, 捐款热线 footer, 分享 line)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="PubDate" content="2024-07-03T09:48:00+08:00">
    <meta name="ContentSource" content="黔东南州红十字会">
    <title>榕江县红十字会紧急转运救灾物资-贵州省红十字会</title>
    </head>
    <body>
    <div class="nav">首页　红会动态　救护培训　人道救助　信息公开　捐赠查询</div>
    <div class="bread">首页 &gt; 红会动态 &gt; 市县红会</div>
    <h2>榕江县红十字会紧急转运救灾物资</h2>
    <div class="src">来源：黔东南州红十字会</div>
    <div class="article">
    <p>受持续强降雨影响，黔东南州榕江县部分乡镇受灾严重。</p>
    <p>榕江县红十字会第一时间向受灾群众发放了家庭包、毛巾被和饮用水等物资，并组织志愿者协助安置。</p>
    <p>省红十字会也从库存中调拨了一批救灾物资，连夜运往灾区。</p>
    <p>目前，受灾群众的基本生活得到保障，灾后清淤工作正在进行。</p>
    </div>
    <div class="share">分享到：微信 微博</div>
    <div class="footer">贵州省红十字会　捐款热线：0851-8580XXXX　黔ICP备09001234号</div>
    </body>
    </html>
    """,
    title="榕江县红十字会紧急转运救灾物资",
    source="黔东南州红十字会",
    site="贵州省红十字会",
    date="2024-07-03",
    chrome=[
        "首页　红会动态　救护培训　人道救助　信息公开　捐赠查询",
        "首页 > 红会动态 > 市县红会",
        "分享到：微信 微博",
        "捐款热线：0851-8580XXXX",
    ],
    body=[
        "部分乡镇受灾严重",
        "并组织志愿者协助安置",
        "连夜运往灾区",
        "灾后清淤工作正在进行",
    ],
    regions=[
        ("受持续强降雨影响，黔东南州榕江县", ["贵州省/黔东南苗族侗族自治州/榕江县"]),
        ("榕江县红十字会第一时间", ["贵州省/黔东南苗族侗族自治州/榕江县"]),
        ("省红十字会也从库存中调拨", []),
        ("目前，受灾群众的基本生活得到保障", []),
    ],
    complete=True,
)

art(
    "gongyishibao_ganluo_relative.txt",
    "公益 trade paper site text save, relative date (3天前 · 阅读 2.1万) beside an absolute date only in a 首发 note at the end (channel line, title, 记者 byline, 收藏 点赞 bar)",
    "utf-8",
    """
    公益时报　>　乡村振兴
    大凉山里的“爱心午餐”
    3天前 · 阅读 2.1万
    记者　吉克阿依

    　　在凉山州甘洛县的一所村小，孩子们每天中午都能吃上两菜一汤。

    　　这份午餐来自一家基金会发起的公益项目，项目在当地已经坚持了五年，覆盖了二十多所学校。

    　　学校老师说，孩子们的个子明显长高了，上课也更有精神。

    　　项目负责人表示，今后将把更多的村小纳入资助范围。

    （本文首发于2024年10月9日《公益时报》）
    收藏　点赞　分享
    """,
    title="大凉山里的“爱心午餐”",
    source="公益时报",
    date="2024-10-09",
    author="吉克阿依",
    chrome=["3天前 · 阅读 2.1万", "收藏　点赞　分享"],
    body=[
        "孩子们每天中午都能吃上两菜一汤",
        "覆盖了二十多所学校",
        "孩子们的个子明显长高了，上课也更有精神",
        "把更多的村小纳入资助范围",
    ],
    regions=[
        ("在凉山州甘洛县的一所村小", ["四川省/凉山彝族自治州/甘洛县"]),
        ("这份午餐来自一家基金会发起的公益项目", []),
        ("学校老师说", []),
        ("项目负责人表示", []),
    ],
    complete=True,
)

art(
    "hbnx_zhuxi_tea_loan.html",
    "省农信社 site saved HTML (<title> 标题_湖北农信, 新闻中心 > 基层动态, 发布日期：YYYY年MM月DD日 来源：X in spans, 网点查询 / 客服热线 footer, 风险提示 line)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>竹溪农商银行“茶园贷”助茶农增收_湖北农信</title>
    </head>
    <body>
    <div class="hd"><a href="/">首页</a> <a href="/grjr/">个人金融</a> <a href="/gsjr/">公司金融</a> <a href="/xwzx/">新闻中心</a> <a href="/wdcx/">网点查询</a></div>
    <div class="loc">新闻中心 &gt; 基层动态</div>
    <h3>竹溪农商银行“茶园贷”助茶农增收</h3>
    <p class="sub"><span>发布日期：2024年06月12日</span><span>来源：竹溪农商银行</span></p>
    <div class="detail">
    <p>十堰市竹溪县是全国重点产茶县，全县茶园面积超过三十万亩。</p>
    <p>今年，竹溪农商银行推出“茶园贷”，以茶园经营权和鲜叶订单作为增信，为茶农发放无抵押贷款。</p>
    <p>截至5月底，该行已向一千二百多户茶农和茶企发放贷款两亿多元。</p>
    </div>
    <div class="tip">风险提示：贷款额度以审批结果为准</div>
    <div class="ft">客服热线：96568　版权所有 湖北省农村信用社联合社</div>
    </body>
    </html>
    """,
    title="竹溪农商银行“茶园贷”助茶农增收",
    source="竹溪农商银行",
    site="湖北农信",
    date="2024-06-12",
    chrome=[
        "新闻中心 > 基层动态",
        "风险提示：贷款额度以审批结果为准",
        "客服热线：96568",
    ],
    body=[
        "全县茶园面积超过三十万亩",
        "为茶农发放无抵押贷款",
        "发放贷款两亿多元",
    ],
    regions=[
        ("十堰市竹溪县是全国重点产茶县", ["湖北省/十堰市/竹溪县"]),
        ("今年，竹溪农商银行推出", []),
        ("截至5月底，该行已向一千二百多户", []),
    ],
    complete=True,
)

art(
    "abchina_tongxin_slash_date.txt",
    "国有银行 news page text save (中国农业银行 > 新闻中心 > 分行动态 crumb, title, slashed date YYYY/MM/DD and 来源 on separate lines, 【打印】【关闭】, 版权所有 中国农业银行 footer)",
    "utf-8",
    """
    中国农业银行 > 新闻中心 > 分行动态
    农行宁夏分行金融活水润泽同心滩羊产业
    2024/05/20
    来源：农行宁夏分行

    　　吴忠市同心县是宁夏滩羊的重要产区，全县滩羊饲养量超过一百万只。

    　　该行针对养殖户资金周转慢的特点，推出了随借随还的线上信用贷款。

    　　养殖户马建国说，去年秋天补栏缺钱，在手机上申请了十万元，当天就到了账。

    【打印】【关闭】
    版权所有 中国农业银行
    """,
    title="农行宁夏分行金融活水润泽同心滩羊产业",
    source="农行宁夏分行",
    site="中国农业银行",
    date="2024-05-20",
    chrome=["中国农业银行 > 新闻中心 > 分行动态", "【打印】【关闭】"],
    body=[
        "全县滩羊饲养量超过一百万只",
        "推出了随借随还的线上信用贷款",
        "当天就到了账",
    ],
    regions=[
        ("吴忠市同心县是宁夏滩羊的重要产区", ["宁夏回族自治区/吴忠市/同心县"]),
        ("该行针对养殖户资金周转慢", []),
        ("养殖户马建国说", []),
    ],
    complete=True,
)

# --- county TV and radio, aggregator apps, blogs, document and browser saves -------------------
art(
    "anhua_xinwenlianbo_transcript_bom.txt",
    "county TV 新闻联播 transcript, UTF-8 with BOM (【安化新闻联播】 + date line, 主持人/同期声/记者 markers, 本台记者 X 报道, 编辑 / 审核 lines, 安化县融媒体中心出品)",
    "utf-8",
    """
    【安化新闻联播】2024年9月5日
    黑茶园里采摘忙

    （主持人）观众朋友，晚上好。眼下正是秋茶采摘的时节，益阳市安化县各地的茶园里一派繁忙景象。

    （记者）在江南镇的一处高山茶园，采茶工人们手指翻飞，一片片嫩叶落进竹篓。

    （同期声）茶农 刘大姐：今年雨水好，茶叶长得快，一天能采三十多斤。

    （记者）据了解，今年全县茶园面积稳定在三十六万亩，黑茶综合产值有望突破两百亿元。

    本台记者 曾立 谭晓 报道
    编辑：龚敏　审核：李晖
    安化县融媒体中心出品
    """,
    title="黑茶园里采摘忙",
    source="安化县融媒体中心",
    date="2024-09-05",
    chrome=["编辑：龚敏　审核：李晖", "安化县融媒体中心出品"],
    body=[
        "益阳市安化县各地的茶园里一派繁忙景象",
        "一片片嫩叶落进竹篓",
        "今年雨水好，茶叶长得快",
        "黑茶综合产值有望突破两百亿元",
    ],
    regions=[
        ("眼下正是秋茶采摘的时节", ["湖南省/益阳市/安化县"]),
        ("在江南镇的一处高山茶园", []),
        ("茶农 刘大姐", []),
        ("据了解，今年全县茶园面积稳定", []),
    ],
    complete=True,
    bom=True,
)

art(
    "zjzs_radio_xiajiang.txt",
    "provincial radio station site text save (浙江之声 masthead, 新闻 > 浙江 crumb, title, 浙江之声 YYYY-MM-DD HH:MM on one line, 记者 X 通讯员 X, 点击收听音频 line, 版权声明 footer)",
    "utf-8",
    """
    浙江之声　新闻 > 浙江
    下姜村的“共富班车”开进了邻村
    浙江之声 2024-08-16 07:30
    记者　钱塘　通讯员　方圆
    点击收听音频　▶ 03:42

    　　杭州淳安县枫树岭镇下姜村，早上七点，一辆写着“共富班车”的中巴车准时出发。

    　　车上坐的不只是下姜村的村民，还有周边十几个村的游客和客商。

    　　当地把下姜村和周边村庄组成“大下姜”联合体，统一规划旅游线路、统一销售农产品。

    　　今年上半年，联合体内村集体经营性收入平均增长了两成以上。

    版权声明：本网站所刊登的浙江之声新闻信息，未经授权禁止转载。
    """,
    title="下姜村的“共富班车”开进了邻村",
    source="浙江之声",
    date="2024-08-16",
    author="钱塘",
    chrome=[
        "点击收听音频　▶ 03:42",
        "版权声明：本网站所刊登的浙江之声新闻信息，未经授权禁止转载。",
    ],
    body=[
        "一辆写着“共富班车”的中巴车准时出发",
        "还有周边十几个村的游客和客商",
        "统一规划旅游线路、统一销售农产品",
        "村集体经营性收入平均增长了两成以上",
    ],
    regions=[
        ("杭州淳安县枫树岭镇下姜村", ["浙江省/杭州市/淳安县"]),
        ("车上坐的不只是下姜村的村民", []),
        ("当地把下姜村和周边村庄组成", []),
        ("今年上半年，联合体内村集体", []),
    ],
    complete=True,
)

art(
    "uc_dayuhao_zhuzhou_repost.txt",
    "UC 大鱼号 repost copied as text (title, account 株洲日报 + date time + 来自湖南 on one line, 关注 button, 举报 / 收藏 / 已有N人点赞, 相关推荐 list)",
    "utf-8",
    """
    炎陵黄桃有了“数字身份证”
    株洲日报 2024-04-11 10:02 · 来自湖南
    + 关注

    　　株洲市炎陵县的黄桃果园里，每一株桃树都挂上了二维码，扫一扫就能看到种植户、施肥和用药记录。

    　　这套溯源系统由县农业农村局牵头建设，今年已覆盖全县八成以上的黄桃基地。

    　　果农张平说，有了溯源码，外地客商更放心，收购价每斤能高出一两块钱。

    举报　收藏　已有326人点赞
    相关推荐
    炎陵：春季桃花节吸引游客
    """,
    title="炎陵黄桃有了“数字身份证”",
    source="株洲日报",
    date="2024-04-11",
    chrome=["+ 关注", "举报　收藏　已有326人点赞", "相关推荐", "炎陵：春季桃花节吸引游客"],
    body=[
        "扫一扫就能看到种植户、施肥和用药记录",
        "今年已覆盖全县八成以上的黄桃基地",
        "收购价每斤能高出一两块钱",
    ],
    regions=[
        ("株洲市炎陵县的黄桃果园里", ["湖南省/株洲市/炎陵县"]),
        ("这套溯源系统由县农业农村局牵头建设", []),
        ("果农张平说", []),
    ],
    complete=True,
)

art(
    "csdn_blog_tonglu_repost.txt",
    "CSDN-style tech blog repost of a news item (博主 name + 于 YYYY-MM-DD HH:MM:SS 发布, 阅读量 收藏 点赞数, 文章标签, 版权声明 CC 4.0 line, source only as 文章来源 at the end, 评论 box)",
    "utf-8",
    """
    桐庐：一块大屏管起全县乡村治理
    乡村数字化观察　于 2024-06-03 14:21:05 发布
    阅读量512　收藏 8　点赞数 3
    文章标签：数字乡村 基层治理
    版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。

    在杭州桐庐县，县里的乡村治理数字驾驶舱把全县183个行政村的网格信息、村务公开和矛盾调处情况集中到了一块大屏上。

    村里的网格员在手机上报一件事，几分钟后就能在县里的大屏上看到处理进度。

    桐庐县相关负责人表示，数字化不是为了多填报表，而是让群众办事少跑腿。

    文章来源：都市快报
    发表评论　0条评论
    """,
    title="桐庐：一块大屏管起全县乡村治理",
    source="都市快报",
    date="2024-06-03",
    chrome=[
        "阅读量512　收藏 8　点赞数 3",
        "文章标签：数字乡村 基层治理",
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议",
        "发表评论　0条评论",
    ],
    body=[
        "把全县183个行政村的网格信息、村务公开和矛盾调处情况集中到了一块大屏上",
        "几分钟后就能在县里的大屏上看到处理进度",
        "而是让群众办事少跑腿",
    ],
    regions=[
        ("在杭州桐庐县，县里的乡村治理", ["浙江省/杭州市/桐庐县"]),
        ("村里的网格员在手机上报一件事", []),
        ("桐庐县相关负责人表示", ["浙江省/杭州市/桐庐县"]),
    ],
    complete=True,
)

art(
    "gdocs_export_meitan.html",
    "Google Docs 'Download as Web page' export of a pasted news item (inline c1/c2 classes, <title> = the doc name, source and date in a plain paragraph '遵义日报 2024年5月17日 第3版')",
    "utf-8",
    """
    <html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">.c1{font-size:11pt;font-family:"Arial"}.c2{font-weight:700}.title{padding-top:0pt}</style><title>湄潭茶农的新“茶经”</title></head><body class="c3 doc-content">
    <p class="c2 title"><span class="c2">湄潭茶农的新“茶经”</span></p>
    <p class="c1"><span class="c1">遵义日报 2024年5月17日 第3版</span></p>
    <p class="c1"><span class="c1">春茶采摘结束，遵义市湄潭县的茶农们又忙着给茶园除草施肥。</span></p>
    <p class="c1"><span class="c1">近年来，湄潭推广生态茶园建设，茶园里套种桂花树和油菜，既能减少病虫害，又能提升茶叶品质。</span></p>
    <p class="c1"><span class="c1">茶农黎光荣算了一笔账：生态茶卖价高，一亩茶园一年能多收两千多元。</span></p>
    <p class="c1"><span class="c1"></span></p>
    </body></html>
    """,
    title="湄潭茶农的新“茶经”",
    source="遵义日报",
    date="2024-05-17",
    body=[
        "茶农们又忙着给茶园除草施肥",
        "既能减少病虫害，又能提升茶叶品质",
        "一亩茶园一年能多收两千多元",
    ],
    regions=[
        ("春茶采摘结束，遵义市湄潭县的茶农们", ["贵州省/遵义市/湄潭县"]),
        ("近年来，湄潭推广生态茶园建设", ["贵州省/遵义市/湄潭县"]),
        ("茶农黎光荣算了一笔账", []),
    ],
    complete=True,
)

art(
    "word_filtered_luxian_gbk.htm",
    "Word 'Save as Web Page, Filtered' .htm in gb2312 (MsoNormal paragraphs, <title> = first line, WordSection1, the item's 来源 and 时间 in one paragraph, a 转发 note from a county office at the top)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv=Content-Type content="text/html; charset=gb2312">
    <meta name=Generator content="Microsoft Word 15 (filtered)">
    <title>转发：泸县驻村第一书记“四本台账”</title>
    <style>p.MsoNormal{margin:0cm;font-size:10.5pt;font-family:等线;}</style>
    </head>
    <body lang=ZH-CN style='word-wrap:break-word'>
    <div class=WordSection1>
    <p class=MsoNormal>各村（社区）：现将《泸州日报》有关报道转发给你们，请认真学习借鉴。</p>
    <p class=MsoNormal align=center style='text-align:center'><b>泸县驻村第一书记的“四本台账”</b></p>
    <p class=MsoNormal>来源：泸州日报　时间：2024年1月16日</p>
    <p class=MsoNormal>　　在泸州市泸县，驻村第一书记们手里都有四本台账：民情台账、项目台账、问题台账和帮办台账。</p>
    <p class=MsoNormal>　　第一书记赵长江介绍，村民反映的每一件事都记在问题台账上，办结一件销号一件。</p>
    <p class=MsoNormal>　　去年以来，全县第一书记共帮助群众解决实际问题三千余件。</p>
    <p class=MsoNormal>&nbsp;</p>
    <p class=MsoNormal>县委组织部办公室　2024年1月18日印发</p>
    </div>
    </body>
    </html>
    """,
    title="泸县驻村第一书记的“四本台账”",
    source="泸州日报",
    date="2024-01-16",
    chrome=[
        "各村（社区）：现将《泸州日报》有关报道转发给你们，请认真学习借鉴。",
        "县委组织部办公室　2024年1月18日印发",
    ],
    body=[
        "民情台账、项目台账、问题台账和帮办台账",
        "办结一件销号一件",
        "共帮助群众解决实际问题三千余件",
    ],
    regions=[
        ("在泸州市泸县，驻村第一书记们", ["四川省/泸州市/泸县"]),
        ("第一书记赵长江介绍", []),
        ("去年以来，全县第一书记", []),
    ],
    complete=True,
)

art(
    "firefox_reader_luhe.html",
    "Firefox reader-view page saved as HTML (reader-domain host, reader-title, reader-credits byline, reader-estimated-time, the page's 发布时间 / 来源 line kept as the first paragraph)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <title>陆河青梅“链”上增收 - 汕尾网</title>
    </head>
    <body class="light sans-serif">
    <div class="container">
    <div class="header reader-header">
    <a class="domain reader-domain" href="http://www.shanweinews.net/">www.shanweinews.net</a>
    <h1 class="reader-title">陆河青梅“链”上增收</h1>
    <div class="credits reader-credits">记者 彭海</div>
    <div class="meta-data"><div class="reader-estimated-time">2-3 分钟</div></div>
    </div>
    <hr>
    <div class="content"><div class="page">
    <p>发布时间：2024-03-19 08:50　来源：汕尾日报</p>
    <p>汕尾市陆河县是“中国青梅之乡”，全县青梅种植面积超过十万亩。</p>
    <p>过去青梅多以鲜果低价卖出，如今当地引进了多家加工企业，青梅酒、话梅和青梅精卖到了全国各地。</p>
    <p>陆河县农业农村局负责人说，加工延长了产业链，梅农每亩收入比以前翻了一番。</p>
    </div></div>
    </div>
    </body>
    </html>
    """,
    title="陆河青梅“链”上增收",
    source="汕尾日报",
    site="汕尾网",
    date="2024-03-19",
    author="彭海",
    chrome=["2-3 分钟"],
    body=[
        "全县青梅种植面积超过十万亩",
        "青梅酒、话梅和青梅精卖到了全国各地",
        "梅农每亩收入比以前翻了一番",
    ],
    regions=[
        ("汕尾市陆河县是“中国青梅之乡”", ["广东省/汕尾市/陆河县"]),
        ("过去青梅多以鲜果低价卖出", []),
        ("陆河县农业农村局负责人说", ["广东省/汕尾市/陆河县"]),
    ],
    complete=True,
)

art(
    "print_to_text_jingan.txt",
    "browser 'print' output saved as text (print header with the print time 2024/11/30 上午10:15 and the <title>, page footer with the URL and 1/1, 来源 and date on the page's own info line)",
    "utf-8",
    """
    2024/11/30 上午10:15　　靖安：“生态+”让山村美起来 - 宜春新闻网
    宜春新闻网　首页　新闻　县区　专题
    靖安：“生态+”让山村美起来
    2024-11-28 08:30　来源：宜春日报　作者：熊菲

    　　宜春市靖安县是江西的生态大县，森林覆盖率超过百分之八十四。

    　　近年来，靖安把好山好水转化为发展优势，发展民宿、康养和研学旅游，吸引了大批游客。

    　　中源乡的村民说，以前守着青山过穷日子，现在家家户户都吃上了“生态饭”。

    https://www.ycnews.cn/xianqu/2024-11/28/content_88321.html　　1/1
    """,
    title="靖安：“生态+”让山村美起来",
    source="宜春日报",
    site="宜春新闻网",
    date="2024-11-28",
    author="熊菲",
    chrome=[
        "2024/11/30 上午10:15　　靖安：“生态+”让山村美起来 - 宜春新闻网",
        "宜春新闻网　首页　新闻　县区　专题",
        "https://www.ycnews.cn/xianqu/2024-11/28/content_88321.html",
    ],
    body=[
        "森林覆盖率超过百分之八十四",
        "发展民宿、康养和研学旅游，吸引了大批游客",
        "现在家家户户都吃上了“生态饭”",
    ],
    regions=[
        ("宜春市靖安县是江西的生态大县", ["江西省/宜春市/靖安县"]),
        ("近年来，靖安把好山好水转化为发展优势", ["江西省/宜春市/靖安县"]),
        ("中源乡的村民说", []),
    ],
    complete=True,
)

# --- Hong Kong, Macau and Taiwan, traditional script --------------------------------------------
art(
    "cr881903_taipo_village.txt",
    "Hong Kong commercial radio newsroom page saved as text (商台新聞 masthead + 本地 tab, title, YYYY年M月D日 星期X HH:MM, 分享 line, 相關新聞 list, © 商業電台 footer)",
    "utf-8",
    """
    商台新聞　即時新聞　本地
    大埔林村推「村校共學」計劃　學生認識鄉郊文化
    2024年9月3日 星期二 14:25
    分享：Facebook WhatsApp 複製連結

    大埔林村鄉公所聯同區內小學推出「村校共學」計劃，學生每月到村內上一堂鄉郊文化課。

    村民代表表示，林村許願樹和圍村歷史是很好的教材，希望年輕一代認識鄉村。

    計劃首批有一百二十名小五學生參加，課程包括種植、訪問村中長者和製作村落地圖。

    相關新聞
    元朗鄉郊保育項目獲資助
    © 2024 商業電台 版權所有
    """,
    title="大埔林村推「村校共學」計劃　學生認識鄉郊文化",
    source="商台新聞",
    date="2024-09-03",
    chrome=[
        "分享：Facebook WhatsApp 複製連結",
        "相關新聞",
        "元朗鄉郊保育項目獲資助",
        "© 2024 商業電台 版權所有",
    ],
    body=[
        "學生每月到村內上一堂鄉郊文化課",
        "希望年輕一代認識鄉村",
        "訪問村中長者和製作村落地圖",
    ],
    regions=[
        ("大埔林村鄉公所聯同區內小學", ["香港特别行政区"]),
        ("村民代表表示", []),
        ("計劃首批有一百二十名小五學生參加", []),
    ],
    complete=True,
)

art(
    "metroradio_saikung.html",
    "Hong Kong radio station news page saved as HTML (<title> 標題 - 新城知訊台, og:title, 更新時間 YYYY-MM-DD HH:MM, 新城電台 in the footer, font-size and share buttons, 熱門新聞 list)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="西貢鹽田梓復修祠堂 開放予公眾參觀">
    <title>西貢鹽田梓復修祠堂 開放予公眾參觀 - 新城知訊台</title>
    </head>
    <body>
    <nav>新聞　財經　體育　節目　直播</nav>
    <h1>西貢鹽田梓復修祠堂 開放予公眾參觀</h1>
    <div class="time">更新時間：2024-09-18 16:32</div>
    <div class="tools">字體大小 A A　分享</div>
    <div class="body">
    <p>西貢鹽田梓村的百年祠堂完成復修工程，下月起逢周末開放予公眾參觀。</p>
    <p>負責項目的團體表示，工程保留了原有的青磚和木樑，並修復了門楣上的壁畫。</p>
    <p>鹽田梓村曾經以曬鹽為生，近年村民陸續回流，推動文化旅遊。</p>
    </div>
    <aside>熱門新聞</aside>
    <footer>新城電台 版權所有 © Metro Broadcast Corporation Limited</footer>
    </body>
    </html>
    """,
    title="西貢鹽田梓復修祠堂 開放予公眾參觀",
    source="新城電台",
    date="2024-09-18",
    chrome=["新聞　財經　體育　節目　直播", "字體大小 A A　分享", "熱門新聞"],
    body=[
        "下月起逢周末開放予公眾參觀",
        "並修復了門楣上的壁畫",
        "近年村民陸續回流，推動文化旅遊",
    ],
    regions=[
        ("西貢鹽田梓村的百年祠堂", ["香港特别行政区"]),
        ("負責項目的團體表示", []),
        ("鹽田梓村曾經以曬鹽為生", []),
    ],
    complete=True,
)

art(
    "sonpou_macau_coloane_big5.txt",
    "Macau weekly paper text save, Big5 (訊報 masthead with 澳門 and issue date YYYY年MM月DD日 星期X, 本澳新聞 section, title, 【本報訊】 lead, 廣告 line)",
    "big5",
    """
    訊報　澳門　2024年10月14日　星期一
    本澳新聞
    路環舊市區社區菜園開放認種
    【本報訊】路環舊市區一幅閒置用地改建為社區菜園，即日起開放居民認種。

    　　菜園共設六十個種植格，每格由一戶家庭認種一年，園內提供工具和灌溉設施。

    　　負責的社團表示，希望讓住在高樓的居民有機會親近土地，也促進鄰里交流。

    廣告　刊登熱線 2833XXXX
    """,
    title="路環舊市區社區菜園開放認種",
    source="訊報",
    date="2024-10-14",
    chrome=["本澳新聞", "廣告　刊登熱線 2833XXXX"],
    body=[
        "改建為社區菜園，即日起開放居民認種",
        "園內提供工具和灌溉設施",
        "也促進鄰里交流",
    ],
    regions=[
        ("路環舊市區一幅閒置用地改建為社區菜園", ["澳门特别行政区"]),
        ("菜園共設六十個種植格", []),
        ("負責的社團表示", []),
    ],
    complete=True,
)

art(
    "macaubusiness_hengqin.html",
    "Macau business paper site saved HTML (<title> 標題 | 澳門商報, slashed date YYYY/MM/DD under the title, 分類 tag, WhatsApp/Facebook share, 相關文章 block)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head>
    <meta charset="utf-8">
    <title>澳門青年赴橫琴創業　首年營收破百萬 | 澳門商報</title>
    </head>
    <body>
    <div class="menu">首頁　澳聞　經濟　灣區　評論</div>
    <h1>澳門青年赴橫琴創業　首年營收破百萬</h1>
    <div class="date">2024/06/05</div>
    <div class="cat">分類：灣區</div>
    <div class="post">
    <p>澳門青年陳先生去年在珠海橫琴開設文創工作室，首年營收已突破一百萬元。</p>
    <p>他表示，橫琴的租金補貼和通關便利，讓澳門青年創業的成本大大降低。</p>
    <p>目前工作室有八名員工，其中一半來自澳門。</p>
    </div>
    <div class="share">WhatsApp　Facebook</div>
    <div class="related">相關文章</div>
    </body>
    </html>
    """,
    title="澳門青年赴橫琴創業　首年營收破百萬",
    source="澳門商報",
    date="2024-06-05",
    chrome=["首頁　澳聞　經濟　灣區　評論", "分類：灣區", "WhatsApp　Facebook", "相關文章"],
    body=[
        "首年營收已突破一百萬元",
        "讓澳門青年創業的成本大大降低",
        "其中一半來自澳門",
    ],
    regions=[
        ("澳門青年陳先生去年在珠海橫琴", ["澳门特别行政区", "广东省/珠海市"]),
        # 橫琴 names 珠海 and 澳門青年 names 澳门 (README, Regions; the fresh label said none)
        ("他表示，橫琴的租金補貼", ["广东省/珠海市", "澳门特别行政区"]),
        ("目前工作室有八名員工", ["澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "rti_yunlin_gukeng_coffee.html",
    "Taiwan national radio site saved HTML (<title> 標題 | Rti 中央廣播電臺, 發佈時間 YYYY-MM-DD HH:MM, 記者 X 報導, share bar, 延伸閱讀, Radio Taiwan International footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant-TW">
    <head>
    <meta charset="utf-8">
    <title>古坑咖啡走出山城　農民組合作社搶攻外銷 | Rti 中央廣播電臺</title>
    </head>
    <body>
    <header>首頁　新聞　節目　Podcast　多語言</header>
    <h1>古坑咖啡走出山城　農民組合作社搶攻外銷</h1>
    <div class="news-info">發佈時間：2024-05-28 15:40　記者 林佳慧 報導</div>
    <div class="share">分享 Facebook LINE X</div>
    <article>
    <p>雲林縣古坑鄉是台灣知名的咖啡產區，近年當地農民組成合作社，統一烘焙和包裝。</p>
    <p>合作社理事主席表示，今年首度將咖啡豆外銷到日本，訂單量比預期多出三成。</p>
    <p>雲林縣政府也協助農民取得產銷履歷，提升產品競爭力。</p>
    </article>
    <div class="more">延伸閱讀</div>
    <footer>Radio Taiwan International 中央廣播電臺 版權所有</footer>
    </body>
    </html>
    """,
    title="古坑咖啡走出山城　農民組合作社搶攻外銷",
    source="中央廣播電臺",
    date="2024-05-28",
    author="林佳慧",
    chrome=["首頁　新聞　節目　Podcast　多語言", "分享 Facebook LINE X", "延伸閱讀"],
    body=[
        "近年當地農民組成合作社，統一烘焙和包裝",
        "訂單量比預期多出三成",
        "提升產品競爭力",
    ],
    regions=[
        ("雲林縣古坑鄉是台灣知名的咖啡產區", ["台湾省/云林县"]),
        ("合作社理事主席表示", []),
        ("雲林縣政府也協助農民", ["台湾省/云林县"]),
    ],
    complete=True,
)

art(
    "taiwantimes_meinong_roc_big5.txt",
    "Taiwan southern paper text save, Big5 (台灣時報 masthead, 中華民國113年9月12日 星期四 date line, 地方新聞 section, title, 記者X／美濃報導 byline, 回上頁 line)",
    "big5",
    """
    台灣時報
    中華民國113年9月12日　星期四
    地方新聞
    美濃白玉蘿蔔提前播種　農會推契作保價
    記者鍾文／美濃報導

    　　高雄市美濃區農會今年推出白玉蘿蔔契作，與農民約定收購價格，減少產銷失衡的風險。

    　　農會總幹事表示，今年已有八十多戶農民加入契作，種植面積超過六十公頃。

    　　美濃區的農民說，有了保價收購，種蘿蔔比較安心。

    回上頁　友善列印
    """,
    title="美濃白玉蘿蔔提前播種　農會推契作保價",
    source="台灣時報",
    date="2024-09-12",
    author="鍾文",
    chrome=["地方新聞", "回上頁　友善列印"],
    body=[
        "與農民約定收購價格，減少產銷失衡的風險",
        "種植面積超過六十公頃",
        "種蘿蔔比較安心",
    ],
    regions=[
        ("高雄市美濃區農會今年推出", ["台湾省/高雄市"]),
        ("農會總幹事表示", []),
        ("美濃區的農民說", ["台湾省/高雄市"]),  # 美濃區 is 高雄市's (regions19 round)
    ],
    complete=True,
)

art(
    "cts_news_wanluan.html",
    "Taiwan TV news site saved HTML (<title> 標題 | 華視新聞網, JSON-LD NewsArticle with datePublished, 2024/07/02 18:55 under the title, 記者 X / 屏東報導, 熱門標籤 row, 華視 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head>
    <meta charset="utf-8">
    <title>萬巒豬腳街轉型　青農推冷凍宅配 | 華視新聞網</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"萬巒豬腳街轉型　青農推冷凍宅配","datePublished":"2024-07-02T18:55:00+08:00","publisher":{"@type":"Organization","name":"華視新聞網"}}</script>
    </head>
    <body>
    <div class="nav">即時　政治　生活　地方　國際　影音</div>
    <h1>萬巒豬腳街轉型　青農推冷凍宅配</h1>
    <div class="artical-time">2024/07/02 18:55</div>
    <div class="author">記者 黃郁庭 / 屏東報導</div>
    <div class="p7">
    <p>屏東縣萬巒鄉的豬腳街是許多遊客必訪的美食地標，近年店家面臨人手不足和客源減少的問題。</p>
    <p>返鄉青年接手家中老店後，推出真空包裝的冷凍豬腳，透過網路宅配到全台各地。</p>
    <p>他說，現在網購訂單已經占營業額的四成，假日的門市生意也回來了。</p>
    </div>
    <div class="tags">熱門標籤：屏東 美食 青農</div>
    <footer>中華電視公司 版權所有</footer>
    </body>
    </html>
    """,
    title="萬巒豬腳街轉型　青農推冷凍宅配",
    source="華視新聞網",
    date="2024-07-02",
    author="黃郁庭",
    chrome=[
        "即時　政治　生活　地方　國際　影音",
        "熱門標籤：屏東 美食 青農",
        "中華電視公司 版權所有",
    ],
    body=[
        "近年店家面臨人手不足和客源減少的問題",
        "透過網路宅配到全台各地",
        "假日的門市生意也回來了",
    ],
    regions=[
        ("屏東縣萬巒鄉的豬腳街", ["台湾省/屏东县"]),
        # 全台 names the province (README, Regions; the fresh label said none)
        ("返鄉青年接手家中老店後", ["台湾省"]),
        ("現在網購訂單已經占營業額的四成", []),
    ],
    complete=True,
)

art(
    "cnews_sanyi_weekday_crlf.txt",
    "Taiwan online news agency text save, CRLF (匯流新聞網 masthead, title, YYYY年MM月DD日 週X HH:MM, 記者X／苗栗報導 byline, 加入LINE好友 line, 延伸閱讀)",
    "utf-8",
    """
    CNEWS匯流新聞網
    三義木雕街迎新血　年輕工藝師開設體驗課
    2024年10月21日 週一 11:08
    記者彭美華／苗栗報導
    加入LINE好友，新聞不漏接

    　　苗栗縣三義鄉的木雕街近年出現不少年輕面孔，他們開設木雕體驗課，吸引親子遊客。

    　　一名從台北返鄉的年輕工藝師說，體驗課讓更多人認識木雕，也讓老街重新熱鬧起來。

    　　三義鄉公所表示，明年將舉辦木雕藝術節，邀請國內外藝術家參加。

    延伸閱讀
    """,
    title="三義木雕街迎新血　年輕工藝師開設體驗課",
    source="匯流新聞網",
    date="2024-10-21",
    author="彭美華",
    chrome=["加入LINE好友，新聞不漏接", "延伸閱讀"],
    body=[
        "他們開設木雕體驗課，吸引親子遊客",
        "也讓老街重新熱鬧起來",
        "邀請國內外藝術家參加",
    ],
    regions=[
        ("苗栗縣三義鄉的木雕街", ["台湾省/苗栗县"]),
        ("一名從台北返鄉的年輕工藝師說", ["台湾省/台北市"]),
        ("三義鄉公所表示", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "yuchi_township_roc_dash_big5.htm",
    "Taiwan township office page, Big5 .htm with <meta charset=big5> (鄉公所 nav, 最新消息 crumb, table of 發布單位 / 發布日期 113-04-22 (ROC, dashed) / 點閱數, 回上一頁, 鄉公所 address footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>南投縣魚池鄉公所-最新消息</title>
    </head>
    <body>
    <div class="menu">首頁 | 認識魚池 | 最新消息 | 便民服務 | 觀光旅遊</div>
    <div class="path">首頁 &gt; 最新消息</div>
    <table>
    <tr><td>標題</td><td>魚池紅茶節登場　鄉公所推茶園小旅行</td></tr>
    <tr><td>發布單位</td><td>魚池鄉公所</td></tr>
    <tr><td>發布日期</td><td>113-04-22</td></tr>
    <tr><td>點閱數</td><td>958</td></tr>
    </table>
    <div class="content">
    <p>一年一度的魚池紅茶節將於五月登場，今年鄉公所規劃了茶園小旅行，帶遊客走進茶廠參觀製茶過程。</p>
    <p>魚池鄉位於南投縣中部，日月潭周邊的紅茶享有盛名。</p>
    <p>活動期間還有在地農產市集和音樂表演，歡迎民眾踴躍參加。</p>
    </div>
    <div class="back">回上一頁</div>
    <div class="footer">南投縣魚池鄉公所　地址：南投縣魚池鄉魚池村魚池街XX號　電話：049-289XXXX</div>
    </body>
    </html>
    """,
    title="魚池紅茶節登場　鄉公所推茶園小旅行",
    source="魚池鄉公所",
    date="2024-04-22",
    chrome=["首頁 | 認識魚池 | 最新消息 | 便民服務 | 觀光旅遊", "回上一頁", "電話：049-289XXXX"],
    body=[
        "帶遊客走進茶廠參觀製茶過程",
        "日月潭周邊的紅茶享有盛名",
        "歡迎民眾踴躍參加",
    ],
    regions=[
        ("一年一度的魚池紅茶節將於五月登場", []),
        ("魚池鄉位於南投縣中部", ["台湾省/南投县"]),
        ("活動期間還有在地農產市集", []),
    ],
    complete=True,
)

# --- overseas Chinese-language papers ------------------------------------------------------------
art(
    "sinovision_us_lianjiang_mdy.html",
    "US Chinese TV/news site saved HTML, US-style date MM/DD/YYYY hh:mm AM EST (<title> 標題 - 美国中文网, 首页 > 华人社区 crumb, 来源：美国中文网, share icons, Disclaimer footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>纽约连江同乡会捐资修缮家乡古村 - 美国中文网</title>
    </head>
    <body>
    <div class="nav">首页 &gt; 华人社区</div>
    <h1>纽约连江同乡会捐资修缮家乡古村</h1>
    <div class="meta">11/21/2024 10:12 AM EST　来源：美国中文网</div>
    <div class="entry">
    <p>纽约连江同乡会日前向家乡福建福州市连江县的一个古村捐赠三十万元，用于修缮村里的古民居和祠堂。</p>
    <p>同乡会会长表示，很多会员是上世纪八九十年代从连江来到纽约的，一直牵挂着家乡。</p>
    <p>连江县相关部门表示，修缮工程将于明年春天完工，届时古村将对游客开放。</p>
    </div>
    <div class="share">Facebook　Twitter　微信</div>
    <footer>Disclaimer: 本网站内容仅供参考。Copyright © SinoVision</footer>
    </body>
    </html>
    """,
    title="纽约连江同乡会捐资修缮家乡古村",
    source="美国中文网",
    date="2024-11-21",
    chrome=["首页 > 华人社区", "Facebook　Twitter　微信", "Disclaimer: 本网站内容仅供参考。"],
    body=[
        "用于修缮村里的古民居和祠堂",
        "一直牵挂着家乡",
        "届时古村将对游客开放",
    ],
    regions=[
        ("纽约连江同乡会日前向家乡", ["福建省/福州市/连江县"]),
        ("同乡会会长表示，很多会员是上世纪", ["福建省/福州市/连江县"]),
        ("连江县相关部门表示", ["福建省/福州市/连江县"]),
    ],
    complete=True,
)

art(
    "ausnewexpress_enping_dmy.txt",
    "Australian Chinese paper site text save, day-first dashed date DD-MM-YYYY (澳洲新快网 masthead, 社区 tab, title, date + 编辑 on one line, 订阅电子报 line, All rights reserved footer)",
    "utf-8",
    """
    澳洲新快网　新闻　社区　财经　地产
    悉尼恩平同乡会助家乡建起长者饭堂
    28-10-2024　编辑：Amy
    订阅电子报　关注我们的微信公众号

    　　悉尼恩平同乡会近日向家乡广东江门恩平市的三个村捐资，建起了长者饭堂。

    　　饭堂每天为村里七十岁以上的老人提供午餐，每餐只收两元钱。

    　　同乡会负责人说，很多乡亲在澳洲生活了几十年，能为家乡老人做点事，大家都很高兴。

    Copyright © 2024 Australian New Express Daily. All rights reserved.
    """,
    title="悉尼恩平同乡会助家乡建起长者饭堂",
    source="澳洲新快网",
    date="2024-10-28",
    chrome=[
        "澳洲新快网　新闻　社区　财经　地产",
        "订阅电子报　关注我们的微信公众号",
        "All rights reserved.",
    ],
    body=[
        "建起了长者饭堂",
        "每餐只收两元钱",
        "能为家乡老人做点事，大家都很高兴",
    ],
    regions=[
        ("悉尼恩平同乡会近日向家乡", ["广东省/江门市/恩平市"]),
        ("饭堂每天为村里七十岁以上的老人", []),
        ("很多乡亲在澳洲生活了几十年", []),
    ],
    complete=True,
)

art(
    "ukchinese_ruian_dmy_slash.html",
    "UK Chinese paper site saved HTML, day-first slashed date DD/MM/YYYY (<title> 标题 | 英中时报, WordPress-like entry-meta with the date and author, Share on Facebook, Leave a comment, © footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="UTF-8">
    <title>伦敦瑞安籍侨胞为家乡学校捐建图书室 | 英中时报</title>
    </head>
    <body>
    <div class="menu">首页　英国新闻　华人社区　中国新闻　留学</div>
    <h1 class="entry-title">伦敦瑞安籍侨胞为家乡学校捐建图书室</h1>
    <div class="entry-meta">19/09/2024　作者：周蔚</div>
    <div class="entry-content">
    <p>旅居伦敦的瑞安籍侨胞近日筹集善款，为家乡浙江温州瑞安市的一所山区小学捐建了图书室。</p>
    <p>图书室藏书五千多册，还配备了电子阅读设备，全校学生都能借阅。</p>
    <p>侨胞代表说，小时候家里买不起书，希望家乡的孩子能多读书、读好书。</p>
    </div>
    <div class="share">Share on Facebook</div>
    <div class="comments">Leave a comment</div>
    <footer>© 2024 UK Chinese Times</footer>
    </body>
    </html>
    """,
    title="伦敦瑞安籍侨胞为家乡学校捐建图书室",
    source="英中时报",
    date="2024-09-19",
    author="周蔚",
    chrome=["首页　英国新闻　华人社区　中国新闻　留学", "Share on Facebook", "Leave a comment"],
    body=[
        "为家乡浙江温州瑞安市的一所山区小学捐建了图书室",
        "全校学生都能借阅",
        "希望家乡的孩子能多读书、读好书",
    ],
    regions=[
        ("旅居伦敦的瑞安籍侨胞近日筹集善款", ["浙江省/温州市/瑞安市"]),
        ("图书室藏书五千多册", []),
        ("侨胞代表说", []),
    ],
    complete=True,
)

art(
    "jnxhq_japan_dandong.txt",
    "Japanese Chinese-language paper site text save (日本新华侨报网 masthead, 在日华人 crumb, title, 日本新华侨报 + YYYY年MM月DD日 HH:MM, 责任编辑 line, 推荐阅读)",
    "utf-8",
    """
    日本新华侨报网　首页 > 在日华人
    在日丹东商会促成草莓出口日本
    日本新华侨报　2024年06月27日 10:30

    　　在日辽宁丹东籍企业家组成的商会日前牵线，促成丹东东港市的草莓首次以冷链方式出口日本。

    　　首批草莓在东京的超市上架后很快售罄，日本消费者对其甜度评价很高。

    　　商会会长表示，希望把更多家乡的优质农产品介绍给日本市场。

    责任编辑：孙悦
    推荐阅读
    """,
    title="在日丹东商会促成草莓出口日本",
    source="日本新华侨报",
    site="日本新华侨报网",
    date="2024-06-27",
    chrome=["首页 > 在日华人", "责任编辑：孙悦", "推荐阅读"],
    body=[
        "的草莓首次以冷链方式出口日本",
        "日本消费者对其甜度评价很高",
        "把更多家乡的优质农产品介绍给日本市场",
    ],
    regions=[
        ("在日辽宁丹东籍企业家组成的商会", ["辽宁省/丹东市/东港市"]),
        ("首批草莓在东京的超市上架后", []),
        ("商会会长表示", []),
    ],
    complete=True,
)

art(
    "yonhap_cn_yanbian_dateline.html",
    "Korean wire service Chinese site saved HTML (<title> 标题 | 韩联社, 韩联社首尔10月8日电 dateline, dotted date YYYY.MM.DD HH:MM under the title, 【版权所有】 line, 分享 buttons)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="utf-8">
    <title>韩国地方政府与延边州签署农业交流协议 | 韩联社</title>
    </head>
    <body>
    <div class="gnb">首页　韩国　朝鲜　中韩　经济　文化</div>
    <h1>韩国地方政府与延边州签署农业交流协议</h1>
    <p class="update-time">2024.10.08 15:22</p>
    <div class="story">
    <p>韩联社首尔10月8日电　韩国江原特别自治道一个郡政府8日与中国吉林省延边朝鲜族自治州签署农业交流协议。</p>
    <p>根据协议，双方将在水稻种植技术、农产品加工和乡村旅游方面开展合作。</p>
    <p>该郡有关人士表示，双方气候条件相近，合作潜力很大。</p>
    <p>【版权所有】本文版权归韩联社所有，未经授权严禁转载。</p>
    </div>
    <div class="share">分享 微信 微博</div>
    </body>
    </html>
    """,
    title="韩国地方政府与延边州签署农业交流协议",
    source="韩联社",
    date="2024-10-08",
    chrome=[
        "首页　韩国　朝鲜　中韩　经济　文化",
        "【版权所有】本文版权归韩联社所有，未经授权严禁转载。",
        "分享 微信 微博",
    ],
    body=[
        "签署农业交流协议",
        "农产品加工和乡村旅游方面开展合作",
        "双方气候条件相近，合作潜力很大",
    ],
    regions=[
        ("韩国江原特别自治道一个郡政府", ["吉林省/延边朝鲜族自治州"]),
        ("根据协议，双方将在水稻种植技术", []),
        ("该郡有关人士表示", []),
    ],
    complete=True,
)

art(
    "guojiribao_id_nanan.txt",
    "Indonesian Chinese paper text save (国际日报 masthead with 印尼 and YYYY年MM月DD日 星期六, 华社新闻 section, title, 本报讯 lead, 下载电子报 line)",
    "utf-8",
    """
    国际日报　印尼　2024年11月30日 星期六
    华社新闻
    雅加达南安同乡会回乡考察乡村振兴项目
    本报讯　雅加达南安同乡会近日组团回到福建泉州南安市，考察家乡的乡村振兴项目。

    　　考察团参观了当地的石材产业园和茶叶合作社，并与乡亲座谈。

    　　同乡会主席表示，将继续鼓励印尼华裔青年回乡寻根，加强两地交流。

    下载电子报　订阅热线
    """,
    title="雅加达南安同乡会回乡考察乡村振兴项目",
    source="国际日报",
    date="2024-11-30",
    chrome=["华社新闻", "下载电子报　订阅热线"],
    body=[
        "考察家乡的乡村振兴项目",
        "并与乡亲座谈",
        "加强两地交流",
    ],
    regions=[
        ("雅加达南安同乡会近日组团回到福建泉州南安市", ["福建省/泉州市/南安市"]),
        ("考察团参观了当地的石材产业园", []),
        ("同乡会主席表示", []),
    ],
    complete=True,
)

art(
    "qiandao_medan_meixian.html",
    "Indonesian Chinese paper (Medan) site saved HTML (<title> 标题 – 千岛日报, article:published_time meta, date shown as Senin, 19 Agustus 2024 in Indonesian, 棉兰新闻 category, share buttons)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="UTF-8">
    <meta property="article:published_time" content="2024-08-19T08:15:00+07:00">
    <title>棉兰梅州同乡会资助家乡学子上大学 – 千岛日报</title>
    </head>
    <body>
    <div class="topbar">Beranda　棉兰新闻　印尼新闻　中国新闻　E-Paper</div>
    <h1>棉兰梅州同乡会资助家乡学子上大学</h1>
    <span class="posted-on">Senin, 19 Agustus 2024</span>
    <div class="entry">
    <p>棉兰梅州同乡会日前向家乡广东梅州市梅县区的二十名大学新生发放助学金。</p>
    <p>受助学生大多来自山区农村家庭，今年考上了省内外的大学。</p>
    <p>同乡会理事长说，先辈们当年从梅县漂洋过海来到苏门答腊，最看重的就是读书。</p>
    </div>
    <div class="share">Bagikan: Facebook WhatsApp</div>
    </body>
    </html>
    """,
    title="棉兰梅州同乡会资助家乡学子上大学",
    source="千岛日报",
    date="2024-08-19",
    chrome=["Beranda　棉兰新闻　印尼新闻　中国新闻　E-Paper", "Bagikan: Facebook WhatsApp"],
    body=[
        "二十名大学新生发放助学金",
        "今年考上了省内外的大学",
        "最看重的就是读书",
    ],
    regions=[
        ("棉兰梅州同乡会日前向家乡", ["广东省/梅州市/梅县区"]),
        ("受助学生大多来自山区农村家庭", []),
        ("先辈们当年从梅县漂洋过海", ["广东省/梅州市/梅县区"]),
    ],
    complete=True,
)

# --- mainland county media centres, portals, disclosure pages, e-papers, forums, WeChat ---------
art(
    "ningxiang_rongmei_jsonld.html",
    "county-level city media centre site saved HTML (<title> 标题_宁乡新闻网, JSON-LD datePublished, 发布时间 with seconds + 来源：宁乡市融媒体中心 + 作者, 【收藏】【打印】, 上一条/下一条, 湘ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>宁乡花猪“拱”出富民大产业_宁乡新闻网</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"宁乡花猪“拱”出富民大产业","datePublished":"2024-04-26T09:15:33+08:00"}</script>
    </head>
    <body>
    <div class="nav">首页　宁乡要闻　镇街动态　民生　视频　专题</div>
    <h1>宁乡花猪“拱”出富民大产业</h1>
    <div class="info">发布时间：2024-04-26 09:15:33　来源：宁乡市融媒体中心　作者：喻敏</div>
    <div class="text">
    <p>　　在长沙宁乡市流沙河镇的一家花猪养殖场，一栏栏黑白相间的宁乡花猪正在悠闲地吃食。</p>
    <p>　　宁乡花猪是全国四大名猪之一，肉质鲜美，近年来在市场上供不应求。</p>
    <p>　　宁乡市建起了花猪保种场和良种繁育体系，全市年出栏花猪超过三十万头。</p>
    </div>
    <div class="tool">【收藏】【打印】</div>
    <div class="pn">上一条：煤炭坝镇打造乡村振兴示范片<br>下一条：宁乡开展春季植树活动</div>
    <div class="footer">宁乡市融媒体中心主办　湘ICP备12012345号</div>
    </body>
    </html>
    """,
    title="宁乡花猪“拱”出富民大产业",
    source="宁乡市融媒体中心",
    site="宁乡新闻网",
    date="2024-04-26",
    author="喻敏",
    chrome=[
        "首页　宁乡要闻　镇街动态　民生　视频　专题",
        "【收藏】【打印】",
        "上一条：煤炭坝镇打造乡村振兴示范片",
        "下一条：宁乡开展春季植树活动",
    ],
    body=[
        "一栏栏黑白相间的宁乡花猪正在悠闲地吃食",
        "近年来在市场上供不应求",
        "全市年出栏花猪超过三十万头",
    ],
    regions=[
        ("在长沙宁乡市流沙河镇", ["湖南省/长沙市/宁乡市"]),
        ("宁乡花猪是全国四大名猪之一", []),
        ("宁乡市建起了花猪保种场", ["湖南省/长沙市/宁乡市"]),
    ],
    complete=True,
)

art(
    "danzhai_rongmei_app_urlyear_spam.txt",
    "county media centre app share page copied as text, spam inside a body sentence, date without the year (MM-DD HH:MM) and the year only in the 原文链接 URL at the end (打开APP阅读更多 banner, 阅读 N, 评论 line)",
    "utf-8",
    """
    打开丹寨融媒APP，阅读体验更佳
    丹寨：蜡染小作坊织出致富大产业
    丹寨县融媒体中心　11-28 17:02　阅读 3562

    　　在黔东南州丹寨县的一家蜡染小作坊里，十几名绣娘正在专心地画蜡、染布。

    　　作坊负责人说，现在的蜡染产品通过网络卖到了全国，今年订单澳门新葡京线上娱乐注册送88元排到了明年春天。

    　　丹寨县把蜡染作为特色产业来扶持，全县从事蜡染相关工作的群众已有三千多人。

    原文链接：https://app.danzhai.gov.cn/news/2024/11/28/57321.html
    评论（0）　写评论
    """,
    title="丹寨：蜡染小作坊织出致富大产业",
    source="丹寨县融媒体中心",
    date="2024-11-28",
    spam=["澳门新葡京线上娱乐注册送88元"],
    chrome=["打开丹寨融媒APP，阅读体验更佳", "评论（0）　写评论"],
    body=[
        "十几名绣娘正在专心地画蜡、染布",
        "今年订单排到了明年春天",
        "全县从事蜡染相关工作的群众已有三千多人",
    ],
    regions=[
        ("在黔东南州丹寨县的一家蜡染小作坊里", ["贵州省/黔东南苗族侗族自治州/丹寨县"]),
        ("作坊负责人说", []),
        ("丹寨县把蜡染作为特色产业来扶持", ["贵州省/黔东南苗族侗族自治州/丹寨县"]),
    ],
    complete=True,
)

art(
    "yunnan_gov_xxgk_chinese_numerals.html",
    "省政府 information-disclosure page saved HTML (索引号 / 发布机构 / 发布日期 table, 文号, document title, 落款 with the date in Chinese numerals, 相关附件 and 【打印】【关闭】, 滇ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>云南省农业农村厅关于公布第三批省级乡村治理示范村名单的通知</title>
    </head>
    <body>
    <div class="dh">首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 通知公告</div>
    <table class="xxgk">
    <tr><td>索引号：</td><td>53000-0505-2024-000321</td><td>发布机构：</td><td>云南省农业农村厅</td></tr>
    <tr><td>发布日期：</td><td>2024-06-24</td><td>文号：</td><td>云农发〔2024〕18号</td></tr>
    </table>
    <h2>云南省农业农村厅关于公布第三批省级乡村治理示范村名单的通知</h2>
    <div class="zw">
    <p>各州（市）农业农村局：</p>
    <p>　　经县级推荐、州（市）审核和省级复核，认定五十个村为第三批省级乡村治理示范村。</p>
    <p>　　其中，保山市腾冲市和顺社区、红河州元阳县的三个村以“积分制”“清单制”为特色入选。</p>
    <p>　　各地要加强对示范村的跟踪指导，总结推广好经验好做法。</p>
    <p style="text-align:right">云南省农业农村厅</p>
    <p style="text-align:right">二〇二四年六月二十四日</p>
    </div>
    <div class="fj">相关附件：第三批省级乡村治理示范村名单.pdf</div>
    <div class="tools">【打印】【关闭】</div>
    <div class="footer">主办：云南省农业农村厅　滇ICP备05001234号</div>
    </body>
    </html>
    """,
    title="云南省农业农村厅关于公布第三批省级乡村治理示范村名单的通知",
    source="云南省农业农村厅",
    date="2024-06-24",
    chrome=[
        "首页 > 政府信息公开 > 法定主动公开内容 > 通知公告",
        "相关附件：第三批省级乡村治理示范村名单.pdf",
        "【打印】【关闭】",
    ],
    body=[
        "认定五十个村为第三批省级乡村治理示范村",
        "以“积分制”“清单制”为特色入选",
        "总结推广好经验好做法",
    ],
    regions=[
        ("经县级推荐、州（市）审核和省级复核", []),
        (
            "其中，保山市腾冲市和顺社区",
            ["云南省/保山市/腾冲市", "云南省/红河哈尼族彝族自治州/元阳县"],
        ),
        ("各地要加强对示范村的跟踪指导", []),
    ],
    complete=True,
)

art(
    "qiannan_epaper_dushan.txt",
    "prefecture paper e-paper text page (黔南日报 masthead, YYYY年MM月DD日 星期六 + 第02版：综合新闻, 版面导航 line, 引题 + title, 本报讯 (记者 X) lead, 上一篇/下一篇, 返回版面)",
    "utf-8",
    """
    黔南日报
    2024年11月30日　星期六　　第02版：综合新闻
    版面导航：上一版　下一版
    ——独山县推行“院坝协商”
    小院坝里议出大民生
    本报讯　（记者　韦丽）近日，在独山县基长镇的一个院坝里，村民们围坐在一起，商量村里道路硬化的事。

    　　“院坝协商”是独山县推行的基层议事方式，村里的大事小事都拿到院坝里商量着办。

    　　今年以来，全县通过院坝协商解决群众急难愁盼问题四百多件。

    上一篇：荔波县冬季旅游持续升温
    下一篇：都匀毛尖茶园开展冬季管护
    返回版面
    """,
    title="小院坝里议出大民生",
    source="黔南日报",
    date="2024-11-30",
    author="韦丽",
    chrome=[
        "版面导航：上一版　下一版",
        "上一篇：荔波县冬季旅游持续升温",
        "下一篇：都匀毛尖茶园开展冬季管护",
        "返回版面",
    ],
    body=[
        "村民们围坐在一起，商量村里道路硬化的事",
        "村里的大事小事都拿到院坝里商量着办",
        "解决群众急难愁盼问题四百多件",
    ],
    regions=[
        ("在独山县基长镇的一个院坝里", ["贵州省/黔南布依族苗族自治州/独山县"]),
        ("是独山县推行的基层议事方式", ["贵州省/黔南布依族苗族自治州/独山县"]),
        ("今年以来，全县通过院坝协商", []),
    ],
    complete=True,
)

art(
    "ankang_epaper_ziyang_gbk.txt",
    "prefecture paper e-paper text page, GBK (安康日报 YYYY-MM-DD 第3版 on one line, 本版新闻 list, title, 通讯员 and 记者 byline, 版权所有 安康日报社, 电子报 footer)",
    "gbk",
    """
    安康日报　2024-05-09　第3版：县区新闻
    本版新闻：紫阳富硒茶开园 | 汉阴县“三线”治理
    紫阳富硒茶“香”飘四方
    通讯员　陈国强　记者　邹萍

    　　谷雨前后，安康市紫阳县的茶园里，采茶女们正忙着采摘新茶。

    　　紫阳是富硒茶的重要产区，全县茶园面积达到十八万亩，茶产业综合产值突破五十亿元。

    　　不少在外务工的年轻人回乡办起了茶厂，通过直播把紫阳茶卖到了京津冀和长三角。

    版权所有　安康日报社　电子报系统
    """,
    title="紫阳富硒茶“香”飘四方",
    source="安康日报",
    date="2024-05-09",
    chrome=["本版新闻：紫阳富硒茶开园 | 汉阴县“三线”治理", "版权所有　安康日报社　电子报系统"],
    body=[
        "采茶女们正忙着采摘新茶",
        "茶产业综合产值突破五十亿元",
        "通过直播把紫阳茶卖到了京津冀和长三角",
    ],
    regions=[
        ("谷雨前后，安康市紫阳县的茶园里", ["陕西省/安康市/紫阳县"]),
        ("紫阳是富硒茶的重要产区", ["陕西省/安康市/紫阳县"]),
        ("不少在外务工的年轻人回乡办起了茶厂", ["北京市", "天津市", "河北省"]),
    ],
    complete=True,
)

art(
    "tianjian_forum_zhuanghe_spam.txt",
    "city forum thread copied as text, spam inside a quoted body sentence (天健社区 board crumb, thread title, 楼主 + 发表于 YYYY-M-D HH:MM, first line 来源：X, 只看该作者 / 回复 / 举报, 沙发 reply)",
    "utf-8",
    """
    天健社区 › 大连论坛 › 县区新闻
    [转帖] 庄河海参养殖户用上了“智慧渔场”
    楼主　海边的老于　发表于 2024-8-5 09:12　只看该作者

    来源：大连日报

    　　在大连庄河市的近海养殖区，养殖户用手机就能查看海水温度、盐度和溶氧量。

    　　当地推广的“智慧渔场”系统，代开各地发票13900001111能在水温异常时自动报警，帮助养殖户及时采取措施。

    　　庄河市海洋发展部门介绍，今年全市已有两百多户养殖户用上了这套系统。

    回复　举报
    沙发　潮起潮落　发表于 2024-8-5 10:30
    好东西，我家亲戚也在养海参。
    """,
    title="庄河海参养殖户用上了“智慧渔场”",
    source="大连日报",
    site="天健社区",
    date="2024-08-05",
    spam=["代开各地发票13900001111"],
    chrome=["天健社区 › 大连论坛 › 县区新闻", "回复　举报", "好东西，我家亲戚也在养海参。"],
    body=[
        "用手机就能查看海水温度、盐度和溶氧量",
        "系统，能在水温异常时自动报警，帮助养殖户及时采取措施",
        "今年全市已有两百多户养殖户用上了这套系统",
    ],
    regions=[
        ("在大连庄河市的近海养殖区", ["辽宁省/大连市/庄河市"]),
        ("当地推广的“智慧渔场”系统", []),
        ("庄河市海洋发展部门介绍", ["辽宁省/大连市/庄河市"]),
    ],
    complete=True,
)

art(
    "wechat_frontmatter_wuping.md",
    "WeChat article clipped to Markdown with YAML front matter (title / author / date / source URL fields, cover image line, 点击上方蓝字关注我们, 往期推荐 list, 来源 + 编辑 + 审核 lines at the end)",
    "utf-8",
    """
    ---
    title: 武平林改再出发：一片林子带富一村人
    author: 武平发布
    date: 2024-07-05
    source: https://mp.weixin.qq.com/s/Wp3xKq9LmTz
    ---

    点击上方蓝字关注我们

    ![封面](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/0)

    作为全国集体林权制度改革的策源地之一，龙岩市武平县近年来继续深化林改。

    在万安镇的一个村，村集体把分散的林地统一经营，发展林下种植和森林康养，去年村集体收入增加了四十多万元。

    村民们说，过去林子只能砍树卖钱，现在不砍树也能挣钱。

    往期推荐
    - 武平：百香果迎来丰收季

    来源：武平县融媒体中心
    编辑：林雪　审核：钟华
    """,
    title="武平林改再出发：一片林子带富一村人",
    source="武平县融媒体中心",
    site="武平发布",
    date="2024-07-05",
    chrome=["点击上方蓝字关注我们", "往期推荐", "武平：百香果迎来丰收季", "编辑：林雪　审核：钟华"],
    body=[
        "近年来继续深化林改",
        "发展林下种植和森林康养",
        "现在不砍树也能挣钱",
    ],
    regions=[
        ("龙岩市武平县近年来继续深化林改", ["福建省/龙岩市/武平县"]),
        ("在万安镇的一个村", []),
        ("村民们说，过去林子只能砍树卖钱", []),
    ],
    complete=True,
)

art(
    "wechat_md_heading_juxian.md",
    "WeChat article saved as Markdown with a '# ' heading (原创 + author + account + italic date and province line, 图片 lines, 在看/分享/点赞 line, 文字：X 图片：X 编辑：X credits)",
    "utf-8",
    """
    # 莒县：“和为贵”调解室把矛盾化解在村里

    原创 融媒记者 莒县发布 *2024年10月12日 19:06* *山东*

    ![图片](https://mmbiz.qpic.cn/sz_mmbiz_jpg/x1/640)

    在日照市莒县的不少村里，都有一间“和为贵”调解室。

    调解室由村里的老党员、老教师和乡贤坐班，邻里纠纷、家庭矛盾都可以来这里说道说道。

    今年以来，全县村级调解室共调解各类矛盾纠纷一千二百多起，调解成功率超过百分之九十五。

    文字：刘刚　图片：王娜　编辑：张悦

    分享　收藏　点赞　在看
    """,
    title="莒县：“和为贵”调解室把矛盾化解在村里",
    source="莒县发布",
    date="2024-10-12",
    chrome=["文字：刘刚　图片：王娜　编辑：张悦", "分享　收藏　点赞　在看"],
    body=[
        "都有一间“和为贵”调解室",
        "邻里纠纷、家庭矛盾都可以来这里说道说道",
        "调解成功率超过百分之九十五",
    ],
    regions=[
        ("在日照市莒县的不少村里", ["山东省/日照市/莒县"]),
        ("调解室由村里的老党员", []),
        ("今年以来，全县村级调解室", []),
    ],
    complete=True,
)

art(
    "meishan_portal_repost_yuanbiaoti.txt",
    "prefecture city portal repost with 原标题 and a travel-phrase trap (眉山网 masthead + 区县 crumb, repost title, 原标题：X line, 来源：四川日报 | 时间：YYYY-MM-DD HH:MM, 字号 bar, 责任编辑 + 扫码 lines)",
    "utf-8",
    """
    眉山网　首页 > 区县
    丹棱果农赴京“摆摊” 不知火柑橘卖出好价钱
    原标题：丹棱柑橘进京记
    来源：四川日报 | 时间：2024-01-09 16:40
    字号：T | T

    　　新年前后，眉山市丹棱县的二十多户果农带着不知火柑橘赴京参加农产品展销会。

    　　三天时间里，展位上的柑橘卖出了三万多斤，不少北京市民专门赶来购买。

    　　果农杨眉山说，在北京卖一斤比在家里多卖两块钱，明年还要来。

    责任编辑：苏静
    扫码下载眉山发布APP
    """,
    title="丹棱果农赴京“摆摊” 不知火柑橘卖出好价钱",
    original_title="丹棱柑橘进京记",
    source="四川日报",
    site="眉山网",
    date="2024-01-09",
    chrome=["眉山网　首页 > 区县", "字号：T | T", "责任编辑：苏静", "扫码下载眉山发布APP"],
    body=[
        "带着不知火柑橘赴京参加农产品展销会",
        "展位上的柑橘卖出了三万多斤",
        "明年还要来",
    ],
    regions=[
        ("新年前后，眉山市丹棱县的二十多户果农", ["四川省/眉山市/丹棱县", "北京市"]),
        ("三天时间里，展位上的柑橘", ["北京市"]),
        ("果农杨眉山说，在北京卖一斤", ["北京市"]),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(out, "Held-out set 9 (issue 10): written fresh, never tuned on. Report figures only.")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
