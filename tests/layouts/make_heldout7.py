"""Write tests/layouts/heldout7/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout7.py tests/layouts/heldout7

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout6.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- national institutions: 人大, procuratorate, rural revitalisation, environment, statistics --
art(
    "npc_daibiao_xiaoyi.html",
    "全国人大网站 saved HTML page (中国人大网: <title> 标题_中国人大网, 当前位置 crumb with 》, 来源 + 日期 in one 'fontsize' div, 【字体：大 中 小】 bar, 打印本页 | 关闭窗口, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>全国人大代表走进孝义农村调研集体经济_中国人大网</title>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a>　<a href="/npc/c2/">新闻中心</a>　<a href="/npc/c1/">代表工作</a>　<a href="/npc/c3/">立法</a></div>
    <div class="crumb">当前位置：<a href="/">首页</a>》<a href="/npc/c1/">代表工作</a>》代表履职</div>
    <h1>全国人大代表走进孝义农村调研集体经济</h1>
    <div class="fontsize">来源：中国人大网　　2025年05月14日 16:21:08　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
    <div id="Zoom">
    <p>　　5月上旬，部分在晋全国人大代表来到山西省吕梁市孝义市，围绕发展壮大村级集体经济开展专题调研。</p>
    <p>　　代表们先后走访了下堡镇的光伏电站、红枣加工厂和村集体合作社，详细了解村集体收入来源和分配情况。</p>
    <p>　　“集体经济有了钱，村里修路、养老这些事才能办起来。”一位代表在座谈会上说。</p>
    <p>　　调研组建议，要盘活闲置资产，规范集体资金管理，防止“一股了之”。</p>
    </div>
    <div class="print"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
    <div class="footer">中国人大网版权所有　京ICP备05066753号</div>
    </body>
    </html>
    """,
    title="全国人大代表走进孝义农村调研集体经济",
    source="中国人大网",
    date="2025-05-14",
    chrome=[
        "当前位置：首页》代表工作》代表履职",
        "打印本页 | 关闭窗口",
        "中国人大网版权所有",
    ],
    body=[
        "围绕发展壮大村级集体经济开展专题调研",
        "详细了解村集体收入来源和分配情况",
        "村里修路、养老这些事才能办起来",
        "防止“一股了之”",
    ],
    regions=[
        ("部分在晋全国人大代表来到山西省吕梁市孝义市", ["山西省/吕梁市/孝义市"]),
        ("代表们先后走访了下堡镇的光伏电站", []),
        ("一位代表在座谈会上说", []),
        ("调研组建议，要盘活闲置资产", []),
    ],
    complete=True,
)

art(
    "jcrb_jianchayuan_gongyi.txt",
    "检察机关新闻网站 text save (正义网: 正义网 masthead + 检察新闻 > 地方 crumb, title, 发布时间 + 来源：检察日报 + 作者 on one line with |, 【编辑：X】 and 正义网版权所有 footer, 下载正义网客户端 line)",
    "utf-8",
    """
    正义网
    检察新闻 > 地方
    守护古树名木 检察公益诉讼进山村
    发布时间：2025-03-19 07:45:12 | 来源：检察日报 | 作者：方晓岚 通讯员 鲁宁

    　　近日，浙江省丽水市景宁畲族自治县人民检察院联合林业部门，对辖区内的古树名木保护情况开展“回头看”。

    　　去年，该院在办案中发现部分村庄的古树存在根系裸露、枝干空腐等问题，随即向有关部门发出检察建议。

    　　如今，这些古树都挂上了“身份证”，村里还专门请了护林员定期巡查。

    　　“古树是村子的根，保护好了，子孙后代才有念想。”村民雷大伯说。

    【编辑：陈静】
    正义网版权所有，未经授权禁止转载
    下载正义网客户端，随时随地看检察新闻
    """,
    title="守护古树名木 检察公益诉讼进山村",
    source="检察日报",
    site="正义网",
    date="2025-03-19",
    author="方晓岚",
    chrome=[
        "检察新闻 > 地方",
        "【编辑：陈静】",
        "正义网版权所有",
        "下载正义网客户端",
    ],
    body=[
        "对辖区内的古树名木保护情况开展“回头看”",
        "随即向有关部门发出检察建议",
        "村里还专门请了护林员定期巡查",
        "子孙后代才有念想",
    ],
    regions=[
        ("浙江省丽水市景宁畲族自治县人民检察院", ["浙江省/丽水市/景宁畲族自治县"]),
        ("该院在办案中发现部分村庄的古树", []),
        ("这些古树都挂上了“身份证”", []),
        ("村民雷大伯说", []),
    ],
    complete=True,
)

art(
    "court_county_wechat_copy.txt",
    "基层法院 WeChat article copied as text (公众号 name + 原创 + author + date on one line, 点击蓝字关注我们, body, 来源：X人民法院 / 编辑 / 审核 lines, 往期推荐 list, 分享 点赞 在看)",
    "utf-8",
    """
    巡回审判车开进葡萄园
    原创 周长沙 吐鲁番高昌法院 2025年08月21日 19:30 新疆
    点击蓝字 关注我们

    　　8月中旬，新疆吐鲁番市高昌区人民法院的巡回审判车开到了亚尔镇的一片葡萄园边。

    　　两户种植户因为灌溉渠的使用起了纠纷，法官把“法庭”搬到田埂上，当着乡亲们的面调解。

    　　不到两个小时，双方握手言和，签下了调解协议。

    来源：吐鲁番市高昌区人民法院
    编辑：阿依古丽
    审核：马军
    往期推荐
    高昌法院开展“送法进村”活动
    分享  点赞  在看
    """,
    title="巡回审判车开进葡萄园",
    source="吐鲁番市高昌区人民法院",
    site="微信公众号",
    date="2025-08-21",
    author="周长沙",
    chrome=[
        "点击蓝字 关注我们",
        "编辑：阿依古丽",
        "审核：马军",
        "往期推荐",
        "高昌法院开展“送法进村”活动",
        "分享  点赞  在看",
    ],
    body=[
        "的巡回审判车开到了亚尔镇的一片葡萄园边",
        "法官把“法庭”搬到田埂上",
        "签下了调解协议",
    ],
    regions=[
        ("新疆吐鲁番市高昌区人民法院的巡回审判车", ["新疆维吾尔自治区/吐鲁番市/高昌区"]),
        ("两户种植户因为灌溉渠的使用起了纠纷", []),
        ("不到两个小时，双方握手言和", []),
    ],
    complete=False,
)

art(
    "zhengxie_hubei_xietiao.shtml",
    "省政协网站 saved HTML page, GBK with <meta charset=gb2312> (湖北政协网: 委员风采 crumb with >>, title, 时间：YYYY-MM-DD 来源：X 点击数：N on one line, 相关新闻, 主办单位 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>湖北政协网--政协委员为红安老区乡村振兴建言</title>
    </head>
    <body>
    <div class="dh"><a href="/">网站首页</a> | <a href="/lz/">履职动态</a> | <a href="/wy/">委员风采</a> | <a href="/ta/">提案工作</a></div>
    <div class="wz">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/wy/">委员风采</a></div>
    <div class="bt">政协委员为红安老区乡村振兴建言</div>
    <div class="sj">时间：2025-06-03　来源：黄冈市政协　点击数：1326</div>
    <div class="zw">
    <p>　　近日，湖北省政协组织部分委员赴黄冈市红安县开展专题视察，围绕老区乡村产业发展听取意见。</p>
    <p>　　委员们走进七里坪镇的红薯粉条加工坊，看到村民正忙着晾晒粉条，产品已经通过电商卖到了鄂豫皖多个城市。</p>
    <p>　　座谈会上，委员们建议进一步完善冷链物流，帮助更多农产品走出大别山。</p>
    </div>
    <div class="xg">相关新闻：<a href="/a/1.shtml">省政协委员深入基层开展调研</a></div>
    <div class="bq">主办单位：中国人民政治协商会议湖北省委员会办公厅　版权所有 鄂ICP备05003320号</div>
    </body>
    </html>
    """,
    title="政协委员为红安老区乡村振兴建言",
    source="黄冈市政协",
    site="湖北政协网",
    date="2025-06-03",
    chrome=[
        "您现在的位置：首页 >> 委员风采",
        "相关新闻：省政协委员深入基层开展调研",
        "主办单位：中国人民政治协商会议湖北省委员会办公厅",
    ],
    body=[
        "围绕老区乡村产业发展听取意见",
        "看到村民正忙着晾晒粉条",
        "帮助更多农产品走出大别山",
    ],
    regions=[
        ("湖北省政协组织部分委员赴黄冈市红安县", ["湖北省/黄冈市/红安县"]),
        ("卖到了鄂豫皖多个城市", ["湖北省", "河南省", "安徽省"]),
        ("座谈会上，委员们建议", []),
    ],
    complete=True,
)

art(
    "tjj_county_gongbao_gb18030.txt",
    "县统计局 statistical bulletin as text, GB18030 (县政府 portal 统计数据 crumb, title with year, 发布机构/发文日期 table lines, numbered sections with figures, 附注, 扫一扫在手机打开当前页)",
    "gb18030",
    """
    首页 > 政务公开 > 统计数据 > 统计公报
    发布机构：县统计局　　发文日期：2025-03-28
    歙县2024年国民经济和社会发展统计公报
    歙县统计局　国家统计局歙县调查队
    2025年3月28日

    　　一、综合
    　　初步核算，2024年全县实现地区生产总值218.6亿元，按不变价格计算，比上年增长5.9%。

    　　二、农业
    　　全年粮食总产量7.3万吨，茶叶产量1.5万吨，其中名优茶产量增长6.2%，山核桃、枇杷等特色产业稳步发展。

    　　三、居民收入
    　　全年农村常住居民人均可支配收入22456元，增长7.1%。

    附注：本公报部分数据为初步统计数，个别数据因四舍五入的原因，存在总计与分项合计不等的情况。
    扫一扫在手机打开当前页
    """,
    title="歙县2024年国民经济和社会发展统计公报",
    source="歙县统计局",
    date="2025-03-28",
    chrome=[
        "首页 > 政务公开 > 统计数据 > 统计公报",
        "扫一扫在手机打开当前页",
    ],
    body=[
        "全县实现地区生产总值218.6亿元",
        "其中名优茶产量增长6.2%",
        "全年农村常住居民人均可支配收入22456元",
    ],
    regions=[
        ("初步核算，2024年全县实现地区生产总值", []),
        ("全年粮食总产量7.3万吨", []),
        ("全年农村常住居民人均可支配收入", []),
    ],
)

art(
    "cenews_epaper_yunhe.txt",
    "行业报 e-paper text page (中国环境报 数字报: 第03版：地方 + 上一版/下一版 nav, 引题 + 主标题 + 副题, 本报记者 X 报道 byline, body with a dateline 本报讯, 版面导航 list, 返回目录)",
    "utf-8",
    """
    中国环境报　2025年04月09日　星期三
    第03版：地方　　上一版　下一版
    丽水云和：
    梯田里种出“生态饭”
    ——云和梯田保护与农旅融合调查
    本报记者 叶景宁

    　　本报讯　春分过后，浙江云和梯田景区的水田陆续灌满了水，层层叠叠的梯田像一面面镜子。

    　　近年来，云和县对梯田核心区实行生态补偿，引导村民恢复稻鱼共生等传统农耕方式，并统一发展民宿和研学。

    　　去年，梯田景区接待游客超过百万人次，周边村集体经营性收入平均增长两成。

    版面导航
    返回目录
    """,
    title="梯田里种出“生态饭”",
    source="中国环境报",
    date="2025-04-09",
    author="叶景宁",
    chrome=[
        "第03版：地方　　上一版　下一版",
        "版面导航",
        "返回目录",
    ],
    body=[
        "层层叠叠的梯田像一面面镜子",
        "引导村民恢复稻鱼共生等传统农耕方式",
        "周边村集体经营性收入平均增长两成",
    ],
    regions=[
        ("春分过后，浙江云和梯田景区", ["浙江省/丽水市/云和县"]),
        ("近年来，云和县对梯田核心区实行生态补偿", ["浙江省/丽水市/云和县"]),
        ("去年，梯田景区接待游客超过百万人次", []),
    ],
)

art(
    "crnews_xiangcun_dantu.md",
    "行业杂志 article clipped with Joplin web clipper (Markdown: # 标题, source URL line and 'Created' metadata from the clipper, 杂志 issue line, > 导语 blockquote, body, 文章来源 footer)",
    "utf-8",
    """
    # 镇江丹徒：一个“老信访村”的变化

    Source: https://www.zgxczx.cn/content_31206.html
    Created: 2025-07-02 21:14

    来源：《中国乡村振兴》杂志 2025年第12期　作者：沈怀宁　发布时间：2025-06-16

    > 从“上访不断”到“三年零信访”，这个村靠的是把事情摊在阳光下。

    江苏省镇江市丹徒区上党镇的一个村，过去因为征地补偿问题，村民意见很大。

    新班子上任后，把每一笔集体收支都在公开栏里贴出来，还请村民代表轮流监督账目。

    如今，村里已连续三年没有发生越级上访，集体收入也从不足十万元增加到八十多万元。

    文章来源：中国乡村振兴杂志
    """,
    title="镇江丹徒：一个“老信访村”的变化",
    source="中国乡村振兴",
    date="2025-06-16",
    author="沈怀宁",
    chrome=[
        "Source: https://www.zgxczx.cn/content_31206.html",
        "Created: 2025-07-02 21:14",
    ],
    body=[
        "过去因为征地补偿问题，村民意见很大",
        "还请村民代表轮流监督账目",
        "集体收入也从不足十万元增加到八十多万元",
    ],
    regions=[
        ("江苏省镇江市丹徒区上党镇的一个村", ["江苏省/镇江市/丹徒区"]),
        ("新班子上任后", []),
        ("如今，村里已连续三年没有发生越级上访", []),
    ],
)


# --- universities, hospitals, companies, TV transcripts --
art(
    "zafu_news_lin_an.htm",
    "大学新闻网 saved HTML page (浙江农林大学新闻网: <title> 标题-浙江农林大学新闻网, 学校要闻 crumb, 发布者/发布时间/浏览次数 line, 文字/摄影/责任编辑 credits after the text, 上一条/下一条, 学校地址 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="UTF-8">
    <title>我校“科技小院”助力临安山核桃产业提质-浙江农林大学新闻网</title>
    <meta name="description" content="科技小院师生常驻山村，帮助林农解决山核桃病虫害防治难题。">
    </head>
    <body>
    <div class="menu"><a href="/">首页</a> <a href="/xxyw/">学校要闻</a> <a href="/mtnl/">媒体农林</a> <a href="/xyfc/">学院风采</a></div>
    <div class="pos">首页 &gt; 学校要闻</div>
    <h1>我校“科技小院”助力临安山核桃产业提质</h1>
    <div class="info">发布者：宣传部　发布时间：2025-09-26　浏览次数：2087</div>
    <div class="content">
    <p>　　秋分前后，杭州市临安区的山核桃进入采收期。我校驻扎在岛石镇的“科技小院”师生也迎来了一年中最忙的时候。</p>
    <p>　　三年来，小院师生帮助林农建立了病虫害绿色防控示范基地，农药使用量下降了三成以上。</p>
    <p>　　“这些学生娃天天往山上跑，比我们还懂树。”一位老林农笑着说。</p>
    </div>
    <div class="credit">文字：吴临风　摄影：许晴　责任编辑：周雯</div>
    <div class="pn">上一条：我校召开2025年秋季学期教学工作会议<br>下一条：我校学子在全国大学生竞赛中获佳绩</div>
    <div class="foot">地址：浙江省杭州市临安区武肃街666号　版权所有：浙江农林大学</div>
    </body>
    </html>
    """,
    title="我校“科技小院”助力临安山核桃产业提质",
    source="浙江农林大学新闻网",
    date="2025-09-26",
    author="吴临风",
    chrome=[
        "首页 > 学校要闻",
        "发布者：宣传部　发布时间：2025-09-26　浏览次数：2087",
        "文字：吴临风　摄影：许晴　责任编辑：周雯",
        "上一条：我校召开2025年秋季学期教学工作会议",
        "下一条：我校学子在全国大学生竞赛中获佳绩",
        "地址：浙江省杭州市临安区武肃街666号",
    ],
    body=[
        "我校驻扎在岛石镇的“科技小院”师生也迎来了一年中最忙的时候",
        "农药使用量下降了三成以上",
        "比我们还懂树",
    ],
    regions=[
        ("杭州市临安区的山核桃进入采收期", ["浙江省/杭州市/临安区"]),
        ("三年来，小院师生帮助林农", []),
        ("一位老林农笑着说", []),
    ],
)

art(
    "hospital_news_yiliao_bom.txt",
    "三甲医院新闻页 text save with BOM (医院 name masthead, 新闻中心 > 医院新闻 crumb, title, 作者：X 科室 + 审核 + 日期 with dots 2025.10.17 on one line, 阅读量, 扫码关注医院公众号, 医院地址 + 预约电话 footer)",
    "utf-8",
    """
    四川大学华西医院
    新闻中心 > 医院新闻
    华西专家团队赴甘孜县开展巡回义诊
    作者：党委宣传部 罗雅安　审核：李明　2025.10.17　阅读量：3568

    　　10月中旬，我院组织心内科、儿科、眼科等专业的12名专家，前往四川甘孜藏族自治州甘孜县开展巡回义诊。

    　　义诊期间，专家们走进县人民医院和多个乡镇卫生院，共接诊群众800余人次，开展带教查房20余次。

    　　当地医生表示，专家们手把手带教，让他们学到了不少新技术。

    扫码关注医院公众号
    地址：成都市国学巷37号　预约挂号请拨打医院服务电话
    """,
    title="华西专家团队赴甘孜县开展巡回义诊",
    source="四川大学华西医院",
    date="2025-10-17",
    author="罗雅安",
    bom=True,
    chrome=[
        "新闻中心 > 医院新闻",
        "扫码关注医院公众号",
        "预约挂号请拨打医院服务电话",
    ],
    body=[
        "前往四川甘孜藏族自治州甘孜县开展巡回义诊",
        "共接诊群众800余人次",
        "让他们学到了不少新技术",
    ],
    regions=[
        ("前往四川甘孜藏族自治州甘孜县开展巡回义诊", ["四川省/甘孜藏族自治州/甘孜县"]),
        ("义诊期间，专家们走进县人民医院", []),
        ("当地医生表示", []),
    ],
)

art(
    "cnenergy_repost_guowang_pressrelease.txt",
    "能源行业网站 repost of a company press release (中国能源新闻网: 栏目 crumb, title, 发布时间 + 稿件来源：企业供稿 line, 原文作者 is the company's 通讯员, body ending with 企业简介 boilerplate, 免责声明 that the site does not vouch for content)",
    "utf-8",
    """
    中国能源新闻网 > 企业 > 电网
    国网六盘水供电公司：“电保姆”守护山区刺梨丰收
    发布时间：2025-08-29 11:02　稿件来源：国网贵州省电力有限公司　通讯员：蒋水城

    　　8月下旬，贵州六盘水市盘州市的刺梨进入采摘旺季，当地加工企业的生产线满负荷运转。

    　　为保障用电，国网六盘水供电公司组织共产党员服务队上门检查线路和变压器，帮助企业排查安全隐患。

    　　据统计，今年以来该公司已为辖区内农产品加工企业新增配电变压器40余台。

    关于国网六盘水供电公司：公司负责六盘水市的电网建设和供电服务，是国家电网有限公司的下属企业。
    免责声明：本文为企业供稿，内容仅供参考，不代表本网观点。
    """,
    title="国网六盘水供电公司：“电保姆”守护山区刺梨丰收",
    source="国网贵州省电力有限公司",
    site="中国能源新闻网",
    date="2025-08-29",
    author="蒋水城",
    chrome=[
        "中国能源新闻网 > 企业 > 电网",
        "免责声明：本文为企业供稿",
    ],
    body=[
        "当地加工企业的生产线满负荷运转",
        "帮助企业排查安全隐患",
        "新增配电变压器40余台",
    ],
    regions=[
        ("贵州六盘水市盘州市的刺梨进入采摘旺季", ["贵州省/六盘水市/盘州市"]),
        ("为保障用电，国网六盘水供电公司", []),
        ("据统计，今年以来该公司", []),
    ],
)

art(
    "sctv_xinwen_transcript.txt",
    "省级电视台 programme transcript saved from its app page (四川观察: programme name + date line 《四川新闻联播》2025-11-06, 主持人 lead + 记者 voice-over + 同期声 speaker tags, 记者/编辑 credits, 打开四川观察APP 看更多)",
    "utf-8",
    """
    四川观察
    《四川新闻》2025-11-06
    宣汉：巴山村里的“夜间课堂”

    【导视】冬闲时节，达州市宣汉县的不少村子办起了“夜间课堂”，农民白天干活、晚上学技术。

    【记者】在宣汉县一个村的党群服务中心，几十位村民正在听农技员讲解魔芋种植。这样的课堂每周开两次，村民随到随学。

    【同期声】村民 冉兴华：白天要去地里，晚上来听课正合适，学了就能用上。

    【记者】据了解，宣汉县今年已开办“夜间课堂”300多期，培训农民1.5万人次。

    记者：唐巴山　何琳　编辑：黄晓
    打开四川观察APP 看更多
    """,
    title="宣汉：巴山村里的“夜间课堂”",
    source="四川观察",
    date="2025-11-06",
    author="唐巴山 何琳",
    chrome=[
        "记者：唐巴山　何琳　编辑：黄晓",
        "打开四川观察APP 看更多",
    ],
    body=[
        "农民白天干活、晚上学技术",
        "村民随到随学",
        "晚上来听课正合适",
        "培训农民1.5万人次",
    ],
    regions=[
        ("冬闲时节，达州市宣汉县的不少村子", ["四川省/达州市/宣汉县"]),
        ("在宣汉县一个村的党群服务中心", ["四川省/达州市/宣汉县"]),
        ("白天要去地里，晚上来听课正合适", []),
        ("据了解，宣汉县今年已开办", ["四川省/达州市/宣汉县"]),
    ],
)

art(
    "dxxw_henan_app_share.html",
    "省广电 news app share page saved as HTML (大象新闻: og meta, app banner '打开大象新闻 阅读全文', title, 作者 + 发布时间 with weekday-less 'MM-DD HH:MM' and the year only in og:release_date meta, 阅读 count, 相关推荐)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>兰考泡桐变“金桐”：一把古琴带富一个村</title>
    <meta property="og:title" content="兰考泡桐变“金桐”：一把古琴带富一个村">
    <meta property="og:release_date" content="2025-10-23 08:40:00">
    <meta property="og:site_name" content="大象新闻">
    </head>
    <body>
    <div class="banner">打开大象新闻 阅读全文</div>
    <h1>兰考泡桐变“金桐”：一把古琴带富一个村</h1>
    <div class="meta"><span>大象新闻记者 孙许昌</span> <span>10-23 08:40</span> <span>阅读 5.2万</span></div>
    <article>
    <p>在河南开封市兰考县堌阳镇，几乎家家户户都和民族乐器打交道。</p>
    <p>当地的泡桐木纹理细密、音色好，是制作古琴、古筝的好材料。如今，这里的乐器企业和作坊已有两百多家。</p>
    <p>村里的年轻人说，过去大家都往外跑，现在在家门口做乐器，一个月也能挣六七千元。</p>
    </article>
    <div class="rec">相关推荐<ul><li>开封：菊花产业开出“致富花”</li></ul></div>
    <div class="app">下载大象新闻客户端</div>
    </body>
    </html>
    """,
    title="兰考泡桐变“金桐”：一把古琴带富一个村",
    source="大象新闻",
    date="2025-10-23",
    author="孙许昌",
    chrome=[
        "打开大象新闻 阅读全文",
        "阅读 5.2万",
        "开封：菊花产业开出“致富花”",
        "下载大象新闻客户端",
    ],
    body=[
        "几乎家家户户都和民族乐器打交道",
        "这里的乐器企业和作坊已有两百多家",
        "一个月也能挣六七千元",
    ],
    regions=[
        ("在河南开封市兰考县堌阳镇", ["河南省/开封市/兰考县"]),
        ("当地的泡桐木纹理细密", []),
        ("村里的年轻人说", []),
    ],
)

# --- provincial and city media --
art(
    "xhn_hunan_app_mayang.txt",
    "省党报 app page text save (新湖南: 新湖南客户端 masthead, title, 来源：湖南日报 | 作者 | 日期 with a weekday 2025年9月8日 星期一, 编辑 + 二审 + 三审 review lines, 举报 link, 下载新湖南)",
    "utf-8",
    """
    新湖南客户端
    麻阳：长寿村里的“银发”合作社
    来源：湖南日报 | 作者：龙麻阳 | 2025年9月8日 星期一 10:26

    　　湖南日报·新湖南客户端9月8日讯　在怀化市麻阳苗族自治县的一个村子里，一群六七十岁的老人办起了合作社，专门种植冰糖橙。

    　　合作社社长是今年68岁的老党员，他说，年轻人大多外出了，老人们抱团干，既能挣钱，也不觉得孤单。

    　　去年，合作社销售冰糖橙60多万斤，社员人均分红4000多元。

    责编：杨丽
    二审：刘柳
    三审：张江
    举报
    下载新湖南客户端
    """,
    title="麻阳：长寿村里的“银发”合作社",
    source="湖南日报",
    site="新湖南",
    date="2025-09-08",
    author="龙麻阳",
    chrome=[
        "责编：杨丽",
        "二审：刘柳",
        "三审：张江",
        "下载新湖南客户端",
    ],
    body=[
        "一群六七十岁的老人办起了合作社",
        "老人们抱团干，既能挣钱，也不觉得孤单",
        "社员人均分红4000多元",
    ],
    regions=[
        ("在怀化市麻阳苗族自治县的一个村子里", ["湖南省/怀化市/麻阳苗族自治县"]),
        ("合作社社长是今年68岁的老党员", []),
        ("去年，合作社销售冰糖橙60多万斤", []),
    ],
)

art(
    "jiguang_hlj_bom_crlf.txt",
    "省报 app share text with BOM and CRLF (极光新闻: title, 极光新闻 + 记者 + date slashes with time 2025/12/02 07:58, 来源：黑龙江日报, body, 【来源：X】【编辑：X】 bracket footer, 极光新闻客户端 推荐)",
    "utf-8",
    """
    冰雪季来了，抚远乡村民宿忙起来
    极光新闻·黑龙江日报记者 赵佳木　2025/12/02 07:58

    　　入冬以来，黑龙江佳木斯市抚远市的乌苏镇迎来了第一批冬游客人。

    　　作为“华夏东极”，这里每天最早迎来日出，不少游客专程赶来看日出、吃鱼宴。

    　　当地村民把闲置的农房改造成民宿，冬季一个月的收入顶得上过去半年。

    【来源：黑龙江日报】【编辑：王雪】
    极光新闻客户端 推荐
    """,
    title="冰雪季来了，抚远乡村民宿忙起来",
    source="黑龙江日报",
    site="极光新闻",
    date="2025-12-02",
    author="赵佳木",
    bom=True,
    crlf=True,
    chrome=[
        "【来源：黑龙江日报】【编辑：王雪】",
        "极光新闻客户端 推荐",
    ],
    body=[
        "迎来了第一批冬游客人",
        "不少游客专程赶来看日出、吃鱼宴",
        "冬季一个月的收入顶得上过去半年",
    ],
    regions=[
        ("黑龙江佳木斯市抚远市的乌苏镇", ["黑龙江省/佳木斯市/抚远市"]),
        ("作为“华夏东极”", []),
        ("当地村民把闲置的农房改造成民宿", []),
    ],
)

art(
    "taizhou_zgtz_wenling_gbk.html",
    "城市新闻网 saved HTML page in GBK (中国台州网: <title> 标题 - 中国台州网, meta publishdate, nav, 台州网 > 县市区 crumb, 来源：温岭日报 + 作者 + date spans, 责任编辑 + 分享到 bar, 台州日报社主办 footer)",
    "gbk",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="gbk">
    <title>温岭箬横：“村民说事”说出和美乡村 - 中国台州网</title>
    <meta name="publishdate" content="2025-07-11">
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> | <a href="/tz/">台州新闻</a> | <a href="/xsq/">县市区</a> | <a href="/gn/">国内</a></div>
    <div class="crumb">中国台州网 &gt; 县市区 &gt; 温岭</div>
    <h1>温岭箬横：“村民说事”说出和美乡村</h1>
    <div class="src"><span>来源：温岭日报</span><span>作者：陈台州</span><span>2025-07-11 09:18</span></div>
    <div class="content">
    <p>　　每月10日晚上，温岭市箬横镇的村里都会举行一场“村民说事”会，村干部和村民面对面商量村里的大事小事。</p>
    <p>　　从垃圾分类到修建停车场，从调解邻里纠纷到选定产业项目，村民们说出的意见，有七成以上得到了落实。</p>
    <p>　　镇里有关负责人表示，把说事的权利交给村民，基层治理就有了底气。</p>
    </div>
    <div class="edit">责任编辑：林萍　　分享到：微信 微博 QQ空间</div>
    <div class="foot">台州日报社主办　中国台州网版权所有</div>
    </body>
    </html>
    """,
    title="温岭箬横：“村民说事”说出和美乡村",
    source="温岭日报",
    site="中国台州网",
    date="2025-07-11",
    author="陈台州",
    chrome=[
        "中国台州网 > 县市区 > 温岭",
        "责任编辑：林萍　　分享到：微信 微博 QQ空间",
        "台州日报社主办　中国台州网版权所有",
    ],
    body=[
        "村干部和村民面对面商量村里的大事小事",
        "有七成以上得到了落实",
        "基层治理就有了底气",
    ],
    regions=[
        ("温岭市箬横镇的村里都会举行", ["浙江省/台州市/温岭市"]),
        ("从垃圾分类到修建停车场", []),
        ("镇里有关负责人表示", []),
    ],
    complete=True,
)

art(
    "luoyang_lyd_songxian.txt",
    "城市新闻网 text save (洛阳网: 洛阳网 | 首页 | 洛阳新闻 | 县区 top line, title, 'YYYY-MM-DD HH:MM:SS 来源: 洛阳日报' line, 字号：T|T, 作者 line inside the first paragraph as 记者 X 通讯员 Y, 编辑：X, 洛阳网版权声明)",
    "utf-8",
    """
    洛阳网 | 首页 | 洛阳新闻 | 县区
    嵩县：山村“云上”卖山货
    2025-10-05 08:30:21 来源: 洛阳日报
    字号：T|T

    　　记者 王嵩 通讯员 高阳　国庆假期，嵩县白河镇的“村播基地”格外热闹，几位返乡青年正通过直播推介香菇、木耳和山茱萸。

    　　该镇依托电商服务站，对村里的年轻人进行直播培训，目前已培养“村播”100多名。

    　　负责人介绍，假期里基地日均销售额超过5万元，带动周边农户增收。

    编辑：谢明
    洛阳网版权声明：凡注明“来源：洛阳网”的作品，版权均属洛阳网所有。
    """,
    title="嵩县：山村“云上”卖山货",
    source="洛阳日报",
    site="洛阳网",
    date="2025-10-05",
    author="王嵩",
    chrome=[
        "洛阳网 | 首页 | 洛阳新闻 | 县区",
        "字号：T|T",
        "编辑：谢明",
        "洛阳网版权声明",
    ],
    body=[
        "几位返乡青年正通过直播推介香菇、木耳和山茱萸",
        "目前已培养“村播”100多名",
        "带动周边农户增收",
    ],
    regions=[
        ("嵩县白河镇的“村播基地”格外热闹", ["河南省/洛阳市/嵩县"]),
        ("该镇依托电商服务站", []),
        ("负责人介绍，假期里基地日均销售额", []),
    ],
)

art(
    "changde_epaper_vendor2.txt",
    "城市党报 e-paper text page from a second vendor (常德日报 数字报: 'A02 要闻' page header + 版面 list, 2025-05-21 in the header, 标题 + 副题, 本报通讯员/记者 byline, [打印本文] [关闭窗口] [返回顶部], 常德日报传媒集团 版权所有)",
    "utf-8",
    """
    常德日报　2025-05-21　A02 要闻
    【版面】 A01 头版　A02 要闻　A03 县市区　A04 综合
    桃源：“网格+志愿”让小事不出村
    ——桃源县推进基层治理见闻
    本报记者 刘津市　通讯员 胡慧

    　　在桃源县漳江街道的一个社区，网格员每天都要在自己的片区走上几圈，看看有没有需要帮忙的住户。

    　　去年以来，桃源县在全县推行“网格+志愿”模式，把党员、退休干部和热心群众编入网格志愿队。

    　　截至目前，全县网格志愿者已化解各类矛盾纠纷1200余件，九成以上在村（社区）一级就得到解决。

    [打印本文] [关闭窗口] [返回顶部]
    常德日报传媒集团 版权所有
    """,
    title="桃源：“网格+志愿”让小事不出村",
    source="常德日报",
    date="2025-05-21",
    author="刘津市",
    chrome=[
        "【版面】 A01 头版　A02 要闻　A03 县市区　A04 综合",
        "[打印本文] [关闭窗口] [返回顶部]",
        "常德日报传媒集团 版权所有",
    ],
    body=[
        "网格员每天都要在自己的片区走上几圈",
        "把党员、退休干部和热心群众编入网格志愿队",
        "九成以上在村（社区）一级就得到解决",
    ],
    regions=[
        ("在桃源县漳江街道的一个社区", ["湖南省/常德市/桃源县"]),
        ("去年以来，桃源县在全县推行", ["湖南省/常德市/桃源县"]),
        ("截至目前，全县网格志愿者", []),
    ],
)


# --- county portals, information disclosure, media centres --
art(
    "pujiang_xxgk_table.html",
    "县政府信息公开 page saved as HTML (浦江县人民政府: 信息公开 crumb, 索引号/发布机构/生成日期/公开方式 table, title in table and h2, 【字体：大 中 小】, 扫一扫在手机打开当前页, 网站标识码 + 浙ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="ArticleTitle" content="浦江县2025年农村生活污水治理设施运维情况公示">
    <meta name="PubDate" content="2025-04-30 15:20">
    <meta name="ContentSource" content="浦江县农业农村局">
    <title>浦江县2025年农村生活污水治理设施运维情况公示</title>
    </head>
    <body>
    <div class="crumb">首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 其他</div>
    <table class="xxgk">
    <tr><td>索引号：</td><td>002592093/2025-126758</td><td>发布机构：</td><td>县农业农村局</td></tr>
    <tr><td>生成日期：</td><td>2025-04-30</td><td>公开方式：</td><td>主动公开</td></tr>
    </table>
    <h2>浦江县2025年农村生活污水治理设施运维情况公示</h2>
    <div class="zoom">【字体：大 中 小】</div>
    <div class="article">
    <p>　　为加强农村生活污水治理设施运行维护管理，现将我县一季度运维检查情况公示如下。</p>
    <p>　　一季度共检查治理终端286个，其中运行正常的273个，正常运行率为95.5%。</p>
    <p>　　对检查中发现的13个问题终端，已责成运维单位限期整改，整改情况将在下一季度一并公示。</p>
    <p>　　浦江县农业农村局</p>
    <p>　　2025年4月30日</p>
    </div>
    <div class="scan">扫一扫在手机打开当前页</div>
    <div class="foot">主办：浦江县人民政府办公室　网站标识码：3307260001　浙ICP备13013286号</div>
    </body>
    </html>
    """,
    title="浦江县2025年农村生活污水治理设施运维情况公示",
    source="浦江县农业农村局",
    site="浦江县人民政府",
    date="2025-04-30",
    chrome=[
        "首页 > 政府信息公开 > 法定主动公开内容 > 其他",
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "网站标识码：3307260001",
    ],
    body=[
        "现将我县一季度运维检查情况公示如下",
        "正常运行率为95.5%",
        "已责成运维单位限期整改",
    ],
    regions=[
        ("为加强农村生活污水治理设施运行维护管理", []),
        ("一季度共检查治理终端286个", []),
        ("对检查中发现的13个问题终端", []),
    ],
)

art(
    "changting_rongmei_gbk.txt",
    "县融媒体中心 website text save in GBK (长汀新闻网: site crumb with →, title, 来源：长汀县融媒体中心 + 发布时间 with Chinese numerals-free dots 2025.06.18 + 浏览 on one line, 记者 line, 【我要纠错】【打印】【关闭】, 闽ICP备 footer)",
    "gbk",
    """
    长汀新闻网 → 本地新闻 → 乡镇动态
    长汀三洲：杨梅红了 “共富果”甜了
    来源：长汀县融媒体中心　发布时间：2025.06.18　浏览：862
    记者 罗汀州 通讯员 钟芳

    　　时下，长汀县三洲镇的杨梅进入成熟期，漫山遍野的杨梅树上挂满了红彤彤的果子。

    　　该镇采取“合作社+基地+农户”的模式，统一技术指导和销售渠道，杨梅种植面积已发展到1.2万亩。

    　　不少来自厦漳泉的游客专程前来采摘，带动了农家乐、民宿的生意。

    【我要纠错】【打印】【关闭】
    长汀县融媒体中心主办　闽ICP备05008866号
    """,
    title="长汀三洲：杨梅红了 “共富果”甜了",
    source="长汀县融媒体中心",
    site="长汀新闻网",
    date="2025-06-18",
    author="罗汀州",
    chrome=[
        "长汀新闻网 → 本地新闻 → 乡镇动态",
        "【我要纠错】【打印】【关闭】",
        "长汀县融媒体中心主办",
    ],
    body=[
        "漫山遍野的杨梅树上挂满了红彤彤的果子",
        "杨梅种植面积已发展到1.2万亩",
        "带动了农家乐、民宿的生意",
    ],
    regions=[
        ("时下，长汀县三洲镇的杨梅", ["福建省/龙岩市/长汀县"]),
        ("该镇采取“合作社+基地+农户”的模式", []),
        ("不少来自厦漳泉的游客", ["福建省/厦门市", "福建省/漳州市", "福建省/泉州市"]),
    ],
    complete=True,
)

art(
    "funan_rongmei_app_spam.txt",
    "县融媒体 app page text save with an SEO spam string inside a sentence (智慧阜南 app: app name, title, 阜南县融媒体中心 + date 2025年11月12日 + 浏览 line, body, 责任编辑/审核 line, 下载APP)",
    "utf-8",
    """
    智慧阜南
    阜南：蒙洼蓄洪区里的“庄台新生活”
    阜南县融媒体中心　2025年11月12日 17:46　浏览 3126

    　　初冬时节，走进阜南县王家坝镇的庄台，新修的道路干净整洁，文化广场上老人们在晒太阳、拉家常。

    　　近年来，当地通过保庄圩建设和庄台整治，让蓄洪区群众住得安全、过得舒心合肥上门按摩服务加微信ab8899，庄台上的人居环境大为改善。

    　　镇里还引进了服装加工、柳编等项目，让留在庄台的妇女在家门口就能就业。

    责任编辑：程淮　审核：刘晓
    下载智慧阜南APP
    """,
    title="阜南：蒙洼蓄洪区里的“庄台新生活”",
    source="阜南县融媒体中心",
    site="智慧阜南",
    date="2025-11-12",
    chrome=[
        "责任编辑：程淮　审核：刘晓",
        "下载智慧阜南APP",
    ],
    body=[
        "文化广场上老人们在晒太阳、拉家常",
        "让蓄洪区群众住得安全、过得舒心，庄台上的人居环境大为改善",
        "让留在庄台的妇女在家门口就能就业",
    ],
    spam=["合肥上门按摩服务加微信ab8899"],
    regions=[
        ("阜南县王家坝镇的庄台", ["安徽省/阜阳市/阜南县"]),
        ("近年来，当地通过保庄圩建设和庄台整治", []),
        ("镇里还引进了服装加工、柳编等项目", []),
    ],
    complete=True,
)

art(
    "tongxu_town_gov_xinxi.txt",
    "乡镇政务 page on a county portal (信息来源 + 发布日期 + 访问量 line with 【】 brackets, 镇人民政府 as source, 工作动态 crumb, 文字 by a 镇 党政办, 相关附件：无, 网站地图 | 联系我们 footer)",
    "utf-8",
    """
    通许县人民政府 > 乡镇动态 > 工作动态
    练城乡召开冬季森林防火和秸秆禁烧工作会议
    【信息来源：练城乡人民政府】【发布日期：2025-12-09】【访问量：214】

    　　12月8日，练城乡召开冬季森林防火和秸秆禁烧工作会议，各村党支部书记、包村干部参加会议。

    　　会议要求，各村要落实网格化管理责任，对田间地头、林带沟渠开展拉网式巡查，确保不着一把火、不冒一处烟。

    　　会议还对冬季农田水利建设和困难群众冬季取暖等工作进行了安排部署。

    相关附件：无
    网站地图 | 联系我们 | 隐私声明
    """,
    title="练城乡召开冬季森林防火和秸秆禁烧工作会议",
    source="练城乡人民政府",
    site="通许县人民政府",
    date="2025-12-09",
    chrome=[
        "通许县人民政府 > 乡镇动态 > 工作动态",
        "相关附件：无",
        "网站地图 | 联系我们 | 隐私声明",
    ],
    body=[
        "各村党支部书记、包村干部参加会议",
        "确保不着一把火、不冒一处烟",
        "困难群众冬季取暖等工作进行了安排部署",
    ],
    regions=[
        ("练城乡召开冬季森林防火和秸秆禁烧工作会议，各村党支部书记", []),
        ("会议要求，各村要落实网格化管理责任", []),
        ("会议还对冬季农田水利建设", []),
    ],
)

art(
    "qianxi_city_portal_zhuancun.shtml",
    "地级市政府 portal saved as .shtml (黔西南州人民政府: 县市动态, title with suffix ——黔西南州人民政府, 文章来源：兴仁市 + 发布时间 + 字体 line, body naming a cadre going down to a village, 【打印】【关闭】, 分享到 bar, 黔ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>兴仁：驻村干部当起“薏仁米推销员”——黔西南州人民政府</title>
    <meta name="PubDate" content="2025-10-14 10:37">
    </head>
    <body>
    <div class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 走进黔西南</div>
    <div class="pos">当前位置：首页 &gt; 新闻中心 &gt; 县市动态</div>
    <h1>兴仁：驻村干部当起“薏仁米推销员”</h1>
    <div class="info">文章来源：兴仁市　发布时间：2025-10-14 10:37　字体：【大】【中】【小】</div>
    <div class="txt">
    <p>　　金秋十月，黔西南州兴仁市的薏仁米迎来丰收。在屯脚镇的一个村，驻村第一书记何遵义正忙着联系外地客商。</p>
    <p>　　何遵义是从州直部门选派下来的干部，到村两年多，他跑遍了周边的加工企业，帮村里签下了长期收购合同。</p>
    <p>　　今年，村里的薏仁米每斤比去年多卖了三毛钱，仅此一项就为村民增收40多万元。</p>
    </div>
    <div class="tools">【打印】【关闭】　分享到：微信 微博</div>
    <div class="foot">黔西南州人民政府办公室主办　黔ICP备05001567号</div>
    </body>
    </html>
    """,
    title="兴仁：驻村干部当起“薏仁米推销员”",
    source="兴仁市",
    site="黔西南州人民政府",
    date="2025-10-14",
    chrome=[
        "当前位置：首页 > 新闻中心 > 县市动态",
        "【打印】【关闭】　分享到：微信 微博",
        "黔西南州人民政府办公室主办",
    ],
    body=[
        "驻村第一书记何遵义正忙着联系外地客商",
        "帮村里签下了长期收购合同",
        "仅此一项就为村民增收40多万元",
    ],
    regions=[
        ("黔西南州兴仁市的薏仁米迎来丰收", ["贵州省/黔西南布依族苗族自治州/兴仁市"]),
        ("何遵义是从州直部门选派下来的干部", []),
        ("今年，村里的薏仁米每斤比去年多卖了三毛钱", []),
    ],
    complete=True,
)

art(
    "dali_daily_pdf_gb18030_crlf.txt",
    "州报 e-paper PDF copied as text, GB18030 with CRLF (大理日报: masthead line with 'DALI RIBAO' + 国内统一连续出版物号, date with weekday and 农历, page header, title with a rare non-GBK name character, broken lines rejoined by paragraph, 本版编辑 line)",
    "gb18030",
    """
    大理日报　DALI RIBAO　国内统一连续出版物号 CN53-0006
    2025年3月17日　星期一　农历乙巳年二月十八
    第2版　综合新闻
    洱源：海菜花开富了湖边村
    记者 杨𫖯洱

    　　洱源县茈碧湖镇的湖边村，村民们划着小船采收海菜花，一捆捆鲜嫩的海菜花很快就被运往昆明、丽江的菜市场。

    　　海菜花对水质要求很高，被称为“水质试纸”。近年来，当地加强洱海源头保护，水质持续向好，海菜花种植面积也越来越大。

    　　目前，全镇海菜花种植面积达2000多亩，带动1000多户农户增收。

    本版编辑：李苍　校对：张洱
    """,
    title="洱源：海菜花开富了湖边村",
    source="大理日报",
    date="2025-03-17",
    author="杨𫖯洱",
    crlf=True,
    chrome=[
        "国内统一连续出版物号 CN53-0006",
        "第2版　综合新闻",
        "本版编辑：李苍　校对：张洱",
    ],
    body=[
        "村民们划着小船采收海菜花",
        "被称为“水质试纸”",
        "带动1000多户农户增收",
    ],
    regions=[
        (
            "洱源县茈碧湖镇的湖边村",
            ["云南省/大理白族自治州/洱源县", "云南省/昆明市", "云南省/丽江市"],
        ),
        ("海菜花对水质要求很高", []),
        ("目前，全镇海菜花种植面积", []),
    ],
)


# --- reposts, aggregators, social platforms, forums --
art(
    "xiaohongshu_note_copy.txt",
    "小红书 note copied as text (author nickname + 关注, title, body with emoji and #话题 tags, '编辑于 YYYY-MM-DD IP属地：广西' line, 赞 收藏 评论 counts, 共 N 条评论, 说点什么...)",
    "utf-8",
    """
    阳朔小乔
    关注
    在阳朔遇龙河边的村子住了一周🌿
    这次没去西街，直接住进了桂林阳朔县遇龙河边的一个小村子，每天骑车看山看水。
    村里的民宿大多是村民自己开的，老板娘每天早上给我们煮米粉，说这几年来的客人越来越多了。
    推荐大家避开节假日来，人少的时候才能真正感受到田园的安静。
    #阳朔 #乡村旅行 #民宿推荐
    编辑于 2025-10-03 IP属地：广西
    赞 2.3万　收藏 1.1万　评论 486
    共 486 条评论
    说点什么...
    """,
    title="在阳朔遇龙河边的村子住了一周🌿",
    source="小红书",
    date="2025-10-03",
    author="阳朔小乔",
    chrome=[
        "#阳朔 #乡村旅行 #民宿推荐",
        "IP属地：广西",
        "赞 2.3万　收藏 1.1万　评论 486",
        "共 486 条评论",
        "说点什么...",
    ],
    body=[
        "直接住进了桂林阳朔县遇龙河边的一个小村子",
        "老板娘每天早上给我们煮米粉",
        "人少的时候才能真正感受到田园的安静",
    ],
    regions=[
        ("直接住进了桂林阳朔县遇龙河边的一个小村子", ["广西壮族自治区/桂林市/阳朔县"]),
        ("村里的民宿大多是村民自己开的", []),
        ("推荐大家避开节假日来", []),
    ],
)

art(
    "xueqiu_column_repost.txt",
    "投资社区 long post reposting a paper's article (雪球: user name + 'YYYY-MM-DD HH:MM· 来自雪球', 转发 note, 原标题 line, the repost credited in 来源：经济参考报, body, 免责声明 that the post is the user's view, 转发 评论 赞 counts)",
    "utf-8",
    """
    田园财经观察
    2025-09-15 21:08· 来自雪球
    转：县域冷链补短板，农产品“出村进城”更快了
    原标题：县域冷链物流建设提速
    来源：经济参考报

    　　记者日前在山东潍坊市寿光市采访时看到，一批新建的产地冷藏库已投入使用，刚采摘的蔬菜可以就地预冷、分拣。

    　　业内人士表示，县域冷链是农产品流通的“最先一公里”，补齐这一短板，能明显减少损耗、提高售价。

    　　据了解，今年以来多地加大了对产地冷链设施的支持力度。

    免责声明：本帖仅代表作者个人观点，不构成投资建议。
    转发 12　评论 8　赞 35
    """,
    title="县域冷链补短板，农产品“出村进城”更快了",
    source="经济参考报",
    site="雪球",
    date="2025-09-15",
    original_title="县域冷链物流建设提速",
    chrome=[
        "2025-09-15 21:08· 来自雪球",
        "免责声明：本帖仅代表作者个人观点",
        "转发 12　评论 8　赞 35",
    ],
    body=[
        "一批新建的产地冷藏库已投入使用",
        "能明显减少损耗、提高售价",
        "多地加大了对产地冷链设施的支持力度",
    ],
    regions=[
        ("记者日前在山东潍坊市寿光市采访时看到", ["山东省/潍坊市/寿光市"]),
        ("业内人士表示，县域冷链是农产品流通", []),
        ("据了解，今年以来多地加大了", []),
    ],
    complete=True,
)

art(
    "xici_forum_gbk.txt",
    "地方论坛 thread saved as text in GBK (西祠胡同: board name + 版块, thread title, 楼主 + 发表于 date, a repost of a 区 news item with 转自 credit, replies with 沙发/板凳, 回复 | 引用 | 举报 lines, 分页 line)",
    "gbk",
    """
    西祠胡同 > 南京城事 > 江北新区
    【转帖】六合竹镇：老茶园焕发新生机
    楼主：金陵老茶客　发表于 2025-04-12 20:31

    　　转自：南京市六合区融媒体中心

    　　清明前后，六合区竹镇镇的茶园里一片忙碌，茶农们正抢抓时节采摘明前茶。

    　　这片茶园已有几十年历史，前几年因为管理不善一度荒废，后来村里引进专业团队统一经营，茶叶品质明显提高。

    　　如今，茶园还开发了采茶体验和研学课程，周末常有城里的家长带孩子来。

    回复 | 引用 | 举报
    沙发　江北小陈：去过，风景确实不错
    板凳　雨花石头：周末约起
    1 2 3 下一页
    """,
    title="六合竹镇：老茶园焕发新生机",
    source="南京市六合区融媒体中心",
    site="西祠胡同",
    date="2025-04-12",
    chrome=[
        "西祠胡同 > 南京城事 > 江北新区",
        "回复 | 引用 | 举报",
        "沙发　江北小陈：去过，风景确实不错",
        "板凳　雨花石头：周末约起",
        "1 2 3 下一页",
    ],
    body=[
        "茶农们正抢抓时节采摘明前茶",
        "后来村里引进专业团队统一经营",
        "周末常有城里的家长带孩子来",
    ],
    regions=[
        ("六合区竹镇镇的茶园里一片忙碌", ["江苏省/南京市/六合区"]),
        ("这片茶园已有几十年历史", []),
        ("如今，茶园还开发了采茶体验和研学课程", []),
    ],
)

art(
    "hualongxiang_forum_spam.txt",
    "城市生活论坛 thread (化龙巷: 常州 forum, 主题 title, 作者 + 时间 + 查看/回复 counts, body post with a spam string inside a sentence, 签名档 line, 快速回复 box text)",
    "utf-8",
    """
    化龙巷 › 龙城热点 › 乡镇风采
    溧阳天目湖边的“白茶村”，越来越多年轻人回来了
    作者：南山竹海客　时间：2025-05-06 14:22　查看：3802 | 回复：27

    　　前几天去溧阳市天目湖镇的一个白茶村，发现村里开了好几家茶咖店，老板都是本村回来的年轻人。

    　　村里的老人说，以前年轻人都去城里打工了，现在白茶卖得好、游客也多，回来创业的人多了起来常州代开各类发票电话13800001111，村子也热闹了。

    　　听说镇里还专门给返乡青年提供创业贷款和免费培训，挺好的。

    签名：生活在龙城，爱在常州
    快速回复
    """,
    title="溧阳天目湖边的“白茶村”，越来越多年轻人回来了",
    source="化龙巷",
    date="2025-05-06",
    author="南山竹海客",
    chrome=[
        "化龙巷 › 龙城热点 › 乡镇风采",
        "签名：生活在龙城，爱在常州",
        "快速回复",
    ],
    body=[
        "发现村里开了好几家茶咖店",
        "回来创业的人多了起来，村子也热闹了",
        "专门给返乡青年提供创业贷款和免费培训",
    ],
    spam=["常州代开各类发票电话13800001111"],
    regions=[
        ("前几天去溧阳市天目湖镇的一个白茶村", ["江苏省/常州市/溧阳市"]),
        ("村里的老人说，以前年轻人都去城里打工了", []),
        ("听说镇里还专门给返乡青年提供创业贷款", []),
    ],
    complete=True,
)

art(
    "singlefile_kankan_jinshan.html",
    "SingleFile save of a city broadcaster's news page (看看新闻: SingleFile comment with url and saved date, inlined <style>, og meta with article:published_time, title 标题 | 看看新闻, app download bar, 作者/编辑 line, 相关阅读, 沪ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html> <html lang="zh-CN"><!--
     Page saved with SingleFile
     url: https://www.kankanews.com/detail/kW3nQ8pLx0z
     saved date: Sat Jan 10 2026 22:41:05 GMT+0800 (中国标准时间)
    --><head><meta charset="utf-8">
    <title>在沪打拼十年，他回到家乡种起了“稻田画” | 看看新闻</title>
    <meta property="og:title" content="在沪打拼十年，他回到家乡种起了“稻田画”">
    <meta property="article:published_time" content="2025-08-18T18:05:00+08:00">
    <style>body{margin:0;font-family:PingFang SC}.bar{height:48px}</style>
    </head>
    <body>
    <div class="bar">打开看看新闻APP，看更多精彩视频</div>
    <h1>在沪打拼十年，他回到家乡种起了“稻田画”</h1>
    <div class="au">作者：钱江苏　编辑：孙悦</div>
    <div class="body">
    <p>在沪打拼十年后，小伙子陆明回到家乡江西宜春市万载县，承包了两百多亩稻田。</p>
    <p>他用不同颜色的水稻在田里“作画”，今年的图案是一幅巨大的山水画，吸引了不少游客前来打卡。</p>
    <p>陆明说，稻田画只是引流，真正赚钱的还是卖大米和农家乐。</p>
    </div>
    <div class="rel">相关阅读：上海郊区的“乡村振兴示范村”有多美？</div>
    <div class="foot">看看新闻网 版权所有　沪ICP备15044937号</div>
    </body></html>
    """,
    title="在沪打拼十年，他回到家乡种起了“稻田画”",
    source="看看新闻",
    date="2025-08-18",
    author="钱江苏",
    chrome=[
        "打开看看新闻APP，看更多精彩视频",
        "作者：钱江苏　编辑：孙悦",
        "相关阅读：上海郊区的“乡村振兴示范村”有多美？",
        "看看新闻网 版权所有",
    ],
    body=[
        "承包了两百多亩稻田",
        "吸引了不少游客前来打卡",
        "真正赚钱的还是卖大米和农家乐",
    ],
    regions=[
        ("在沪打拼十年后，小伙子陆明回到家乡", ["上海市", "江西省/宜春市/万载县"]),
        ("他用不同颜色的水稻在田里“作画”", []),
        ("陆明说，稻田画只是引流", []),
    ],
)

art(
    "saveastext_jiujiang_news.txt",
    "city news site saved with the browser's 'Save as text' (九江新闻网: link texts on their own lines, tab-indented menus, title repeated as page title and h1, 时间：YYYY年MM月DD日 + 来源：浔阳晚报, 【关闭窗口】, 赣ICP备 footer)",
    "utf-8",
    """
    都昌：鄱阳湖畔的候鸟守护人 - 九江新闻网

    首页
    \t九江新闻
    \t县区新闻
    \t图片
    \t视频

    都昌：鄱阳湖畔的候鸟守护人

    时间：2025年12月20日 09:12　来源：浔阳晚报　作者：曹浔阳

    　　入冬以来，大批候鸟飞抵鄱阳湖越冬。在都昌县多宝乡，护鸟员老余每天天不亮就出门巡湖。

    　　老余当了二十多年护鸟员，认得几十种候鸟。他说，这几年禁捕退捕以后，湖里的鱼多了，来的鸟也多了。

    　　据统计，都昌县候鸟保护区今年监测到越冬候鸟超过20万只。

    【关闭窗口】
    九江新闻网版权所有　赣ICP备09000877号
    """,
    title="都昌：鄱阳湖畔的候鸟守护人",
    source="浔阳晚报",
    site="九江新闻网",
    date="2025-12-20",
    author="曹浔阳",
    chrome=[
        "都昌：鄱阳湖畔的候鸟守护人 - 九江新闻网",
        "县区新闻",
        "【关闭窗口】",
        "九江新闻网版权所有",
    ],
    body=[
        "护鸟员老余每天天不亮就出门巡湖",
        "湖里的鱼多了，来的鸟也多了",
        "监测到越冬候鸟超过20万只",
    ],
    regions=[
        ("在都昌县多宝乡，护鸟员老余", ["江西省/九江市/都昌县"]),
        ("老余当了二十多年护鸟员", []),
        ("据统计，都昌县候鸟保护区", ["江西省/九江市/都昌县"]),
    ],
)

art(
    "logseq_page_wechat_notes.md",
    "WeChat article kept in Logseq (page properties title:: / source:: / date:: as the first bullets, every paragraph a '- ' bullet, a tags:: property, a [[link]] to another page)",
    "utf-8",
    """
    title:: 山区“小学堂”里的乡村振兴课
    source:: 微信公众号 恩施州教育局
    date:: 2025-11-20
    tags:: 乡村教育, [[教育调研]]

    - 在湖北恩施州利川市的一所村小，每周三下午都有一节特别的“乡村振兴课”。
    - 老师们把课堂搬到村里的茶园和合作社，让孩子们跟着茶农学采茶、跟着会计学记账。
    - 校长说，孩子们了解了家乡，长大后才可能愿意回来建设家乡。
    - 原文链接 [[微信文章存档]]
    """,
    title="山区“小学堂”里的乡村振兴课",
    source="恩施州教育局",
    site="微信公众号",
    date="2025-11-20",
    chrome=[
        "tags:: 乡村教育, [[教育调研]]",
        "原文链接 [[微信文章存档]]",
    ],
    body=[
        "每周三下午都有一节特别的“乡村振兴课”",
        "跟着会计学记账",
        "长大后才可能愿意回来建设家乡",
    ],
    regions=[
        ("在湖北恩施州利川市的一所村小", ["湖北省/恩施土家族苗族自治州/利川市"]),
        ("老师们把课堂搬到村里的茶园和合作社", []),
        ("校长说，孩子们了解了家乡", []),
    ],
)

art(
    "typora_wechat_frontmatter.md",
    "WeChat article pasted into Typora with YAML front matter (title/author/date/origin keys, an image line, ## subheadings, 本文来源 credit line and 'END' + 长按二维码关注 at the end)",
    "utf-8",
    """
    ---
    title: 一个“空心村”的重生
    author: 韩梅岭
    date: 2025-07-28
    origin: 微信公众号「会昌发布」
    ---

    ![封面](assets/cover.jpg)

    ## 从“空心村”到“网红村”

    在赣州市会昌县的一个山村，几年前村里只剩下老人和孩子，大片房屋闲置。

    村里把闲置农房统一流转，引进文旅企业改造成民宿和手工作坊，去年接待游客12万人次。

    ## 村民变“股东”

    村民以房屋入股，每年能拿到保底租金和分红，不少外出务工的年轻人也回来了。

    本文来源：会昌县融媒体中心
    END
    长按二维码关注
    """,
    title="一个“空心村”的重生",
    source="会昌县融媒体中心",
    site="会昌发布",
    date="2025-07-28",
    author="韩梅岭",
    chrome=[
        "![封面](assets/cover.jpg)",
        "END",
        "长按二维码关注",
    ],
    body=[
        "几年前村里只剩下老人和孩子，大片房屋闲置",
        "去年接待游客12万人次",
        "每年能拿到保底租金和分红",
    ],
    regions=[
        ("在赣州市会昌县的一个山村", ["江西省/赣州市/会昌县"]),
        ("村里把闲置农房统一流转", []),
        ("村民以房屋入股", []),
    ],
)

art(
    "wechat_md_heading_gaizhou.md",
    "WeChat article saved as Markdown by a browser extension (# heading, '> 原创 X · 公众号名 · date with Chinese numerals-free 2025-02-26 17:00 · 辽宁' info quote, **加粗** lead, body, --- rule, 来源/作者/编辑 block and 阅读原文 link)",
    "utf-8",
    """
    # 盖州：老果园嫁接新品种，苹果卖出好价钱

    > 原创 周沈阳 · 营口发布 · 2025-02-26 17:00 · 辽宁

    **冬剪时节，盖州的果农已经忙开了。**

    在辽宁营口盖州市的一片苹果园里，技术员正在指导果农对老树进行高接换优。

    过去这里的老品种卖不上价，换成新品种后，每斤收购价能高出一块多钱。

    据介绍，盖州市今年计划完成老果园改造2万亩。

    ---

    来源：盖州市融媒体中心
    编辑：刘畅
    [阅读原文](https://mp.weixin.qq.com/s/Ab3kL9)
    """,
    title="盖州：老果园嫁接新品种，苹果卖出好价钱",
    source="盖州市融媒体中心",
    site="营口发布",
    date="2025-02-26",
    author="周沈阳",
    chrome=[
        "编辑：刘畅",
        "[阅读原文](https://mp.weixin.qq.com/s/Ab3kL9)",
    ],
    body=[
        "冬剪时节，盖州的果农已经忙开了",
        "技术员正在指导果农对老树进行高接换优",
        "每斤收购价能高出一块多钱",
        "计划完成老果园改造2万亩",
    ],
    regions=[
        ("冬剪时节，盖州的果农已经忙开了", ["辽宁省/营口市/盖州市"]),
        ("在辽宁营口盖州市的一片苹果园里", ["辽宁省/营口市/盖州市"]),
        ("过去这里的老品种卖不上价", []),
        ("据介绍，盖州市今年计划", ["辽宁省/营口市/盖州市"]),
    ],
)

art(
    "wordpress_blog_yongding.html",
    "personal WordPress blog post saved as HTML (site title + tagline header, entry-title h1, 发表于 date with weekday in a <time datetime>, 分类/标签 footer, 评论 form text 发表回复 / 您的电子邮箱地址不会被公开, 自豪地采用WordPress)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="UTF-8">
    <title>永定土楼里的年味 &#8211; 行走的闽西</title>
    </head>
    <body class="post-template-default single">
    <header><p class="site-title">行走的闽西</p><p class="site-description">一个客家人的乡土笔记</p></header>
    <article>
    <h1 class="entry-title">永定土楼里的年味</h1>
    <div class="entry-meta">发表于 <time datetime="2025-01-31T20:15:00+08:00">2025年1月31日 星期五</time> 作者 <span class="author">客家阿明</span></div>
    <div class="entry-content">
    <p>今年春节回到龙岩市永定区湖坑镇的老家，土楼里又热闹起来了。</p>
    <p>正月初二，全楼几十户人家一起在天井里摆“百家宴”，各家端出拿手菜，老人们坐上席。</p>
    <p>这些年土楼成了景区，很多在外的族人过年都愿意带孩子回来看看，认一认自己的根。</p>
    </div>
    <footer class="entry-footer">分类：乡土记忆　标签：土楼, 客家, 春节</footer>
    </article>
    <div id="respond"><h3>发表回复</h3><p>您的电子邮箱地址不会被公开。</p></div>
    <footer class="site-footer">自豪地采用WordPress</footer>
    </body>
    </html>
    """,
    title="永定土楼里的年味",
    source="行走的闽西",
    date="2025-01-31",
    author="客家阿明",
    chrome=[
        "一个客家人的乡土笔记",
        "分类：乡土记忆　标签：土楼, 客家, 春节",
        "发表回复",
        "您的电子邮箱地址不会被公开。",
        "自豪地采用WordPress",
    ],
    body=[
        "土楼里又热闹起来了",
        "全楼几十户人家一起在天井里摆“百家宴”",
        "认一认自己的根",
    ],
    regions=[
        ("今年春节回到龙岩市永定区湖坑镇的老家", ["福建省/龙岩市/永定区"]),
        ("正月初二，全楼几十户人家", []),
        ("这些年土楼成了景区", []),
    ],
    complete=True,
)


# --- Hong Kong, Macau, Taiwan (traditional script) --
art(
    "bastillepost_hk_yuenlong.html",
    "香港網媒 saved HTML page (巴士的報: <title> 標題 | 巴士的報, JSON-LD NewsArticle with datePublished, 分類 crumb, 發佈時間 with 香港時間 label, share bar 分享至 Facebook WhatsApp, 延伸閱讀 list, cookie notice)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head>
    <meta charset="utf-8">
    <title>元朗農墟重開 本地菜農：終於有地方賣菜 | 巴士的報</title>
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"元朗農墟重開 本地菜農：終於有地方賣菜","datePublished":"2025-02-16T11:20:00+08:00","publisher":{"@type":"Organization","name":"巴士的報"}}
    </script>
    </head>
    <body>
    <nav>即時 | 港聞 | 娛樂 | 生活 | 財經</nav>
    <div class="crumb">港聞 &gt; 社會</div>
    <h1>元朗農墟重開 本地菜農：終於有地方賣菜</h1>
    <div class="time">發佈時間：2025/02/16 11:20 香港時間</div>
    <div class="share">分享至 Facebook WhatsApp</div>
    <div class="article">
    <p>位於元朗的週末農墟今日重開，吸引不少市民一早前來選購新鮮蔬菜。</p>
    <p>在錦田種菜三十多年的陳伯表示，過去一年沒有固定攤位，菜只能賣給菜欄，價錢被壓得很低。</p>
    <p>主辦團體指，今年農墟攤位增至四十個，除了蔬菜，亦有本地出產的蜜糖和豆品。</p>
    </div>
    <div class="more">延伸閱讀：新界東北農地復耕計劃啟動</div>
    <div class="cookie">本網站使用Cookies以提升您的瀏覽體驗</div>
    </body>
    </html>
    """,
    title="元朗農墟重開 本地菜農：終於有地方賣菜",
    source="巴士的報",
    date="2025-02-16",
    chrome=[
        "港聞 > 社會",
        "分享至 Facebook WhatsApp",
        "延伸閱讀：新界東北農地復耕計劃啟動",
        "本網站使用Cookies以提升您的瀏覽體驗",
    ],
    body=[
        "吸引不少市民一早前來選購新鮮蔬菜",
        "價錢被壓得很低",
        "亦有本地出產的蜜糖和豆品",
    ],
    regions=[
        ("位於元朗的週末農墟今日重開", ["香港特别行政区"]),
        ("在錦田種菜三十多年的陳伯表示", []),
        ("主辦團體指，今年農墟攤位增至四十個", []),
    ],
)

art(
    "cable_hk_news_transcript.txt",
    "香港電視台 news item saved as text (有線新聞: 有線新聞 masthead, title, 'YYYY年M月D日 (星期X) HH:MM' line, 記者 byline at the end as 記者：X 攝影：Y, 相關新聞, 追蹤有線新聞 lines)",
    "utf-8",
    """
    有線新聞
    打鼓嶺村民憂北部都會區發展 盼保留農地
    2025年6月9日 (星期一) 18:45

    　　香港北部都會區發展步伐加快，打鼓嶺一帶有村民擔心農地被收回，要求當局保留部份農業用地。

    　　有在當地耕種多年的農戶表示，自己的菜主要供應附近街市，一旦失去農地就難以維生。

    　　發展局回覆指，會在規劃中預留農業優先區，並為受影響農戶提供協助。

    記者：何上水　攝影：梁家明
    相關新聞：沙頭角禁區開放一周年
    追蹤有線新聞 Facebook | Instagram | YouTube
    """,
    title="打鼓嶺村民憂北部都會區發展 盼保留農地",
    source="有線新聞",
    date="2025-06-09",
    author="何上水",
    chrome=[
        "相關新聞：沙頭角禁區開放一周年",
        "追蹤有線新聞 Facebook | Instagram | YouTube",
    ],
    body=[
        "打鼓嶺一帶有村民擔心農地被收回",
        "一旦失去農地就難以維生",
        "為受影響農戶提供協助",
    ],
    regions=[
        ("香港北部都會區發展步伐加快", ["香港特别行政区"]),
        ("有在當地耕種多年的農戶表示", []),
        ("發展局回覆指", []),
    ],
)

art(
    "jornalcheng_macau_big5.txt",
    "澳門中文報 website text save in Big5 (正報: masthead, 本地新聞 crumb, title, date with ROC-less 2025年4月3日 星期四, 【本報消息】 lead, 路環 and 內地 places, 版權所有 footer)",
    "big5",
    """
    正報
    首頁 > 本地新聞
    社區組織帶長者赴中山參觀農業園
    2025年4月3日　星期四

    　　【本報消息】為豐富長者生活，本澳一社區組織日前帶領五十多名長者前往廣東中山市參觀現代農業園。

    　　長者們在園內參觀了無土栽培溫室，又親手採摘士多啤梨，不少人表示大開眼界。

    　　該組織負責人表示，今年將繼續舉辦同類活動，讓長者了解大灣區的發展。

    正報版權所有，不得轉載
    """,
    title="社區組織帶長者赴中山參觀農業園",
    source="正報",
    date="2025-04-03",
    chrome=[
        "首頁 > 本地新聞",
        "正報版權所有，不得轉載",
    ],
    body=[
        "前往廣東中山市參觀現代農業園",
        "又親手採摘士多啤梨",
        "讓長者了解大灣區的發展",
    ],
    regions=[
        ("本澳一社區組織日前帶領五十多名長者", ["澳门特别行政区", "广东省/中山市"]),
        ("長者們在園內參觀了無土栽培溫室", []),
        ("該組織負責人表示，今年將繼續舉辦", []),
    ],
    complete=True,
)

art(
    "plataforma_macau_bilingual.html",
    "澳門中葡雙語 paper's page saved as HTML (澳門平台 Plataforma: Chinese title and Portuguese title, Chinese and Portuguese paragraphs alternate, data in Portuguese '12 de Março de 2025' beside the Chinese date, 分享 bar, bilingual footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head>
    <meta charset="utf-8">
    <title>橫琴澳門新街坊迎來首批農業體驗課 | 澳門平台 Plataforma</title>
    </head>
    <body>
    <div class="menu">澳門 Macau | 中國 China | 葡語國家 Lusofonia</div>
    <h1>橫琴澳門新街坊迎來首批農業體驗課</h1>
    <h2 class="pt">Novo Bairro de Macau em Hengqin recebe primeiras aulas de agricultura</h2>
    <div class="date">2025年3月12日 · 12 de Março de 2025</div>
    <div class="texto">
    <p>位於珠海橫琴的「澳門新街坊」日前開設農業體驗課，首批三十多名澳門居民參加。</p>
    <p class="pt">O Novo Bairro de Macau, em Hengqin, lançou aulas de agricultura para residentes.</p>
    <p>學員們在屋苑天台的小菜園學習種菜，不少退休居民表示，終於圓了「種菜夢」。</p>
    <p class="pt">Os participantes aprenderam a cultivar legumes num terraço do complexo.</p>
    </div>
    <div class="share">分享 Partilhar：Facebook WeChat</div>
    <div class="foot">© 2025 澳門平台 Plataforma Media. 版權所有 Todos os direitos reservados.</div>
    </body>
    </html>
    """,
    title="橫琴澳門新街坊迎來首批農業體驗課",
    source="澳門平台",
    date="2025-03-12",
    chrome=[
        "澳門 Macau | 中國 China | 葡語國家 Lusofonia",
        "分享 Partilhar：Facebook WeChat",
        "版權所有 Todos os direitos reservados.",
    ],
    body=[
        "首批三十多名澳門居民參加",
        "終於圓了「種菜夢」",
    ],
    regions=[
        ("位於珠海橫琴的「澳門新街坊」日前開設農業體驗課", ["广东省/珠海市", "澳门特别行政区"]),
        ("學員們在屋苑天台的小菜園學習種菜", []),
    ],
)

art(
    "agriharvest_tw_big5.txt",
    "台灣農業網媒 text save in Big5 (農傳媒: masthead, 農業新聞 > 產業 crumb, title, 文／記者 X date with 民國 year 民國114年5月20日, 圖／X提供 line, 延伸閱讀, 訂閱電子報)",
    "big5",
    """
    農傳媒
    農業新聞 > 產業
    屏東萬巒豬腳村青農接棒 導入友善畜牧
    文／記者 林雲林　民國114年5月20日
    圖／萬巒鄉公所提供

    　　屏東縣萬巒鄉以豬腳聞名，近年有不少青農返鄉接手家中豬場，嘗試導入友善畜牧的飼養方式。

    　　一位三十歲的青農表示，改用發酵床飼養後，豬舍臭味明顯減少，與鄰居的關係也變好了。

    　　鄉公所指出，將協助青農申請相關補助，並推動在地豬肉品牌化。

    延伸閱讀：嘉義青農種咖啡 打造山城新品牌
    訂閱農傳媒電子報
    """,
    title="屏東萬巒豬腳村青農接棒 導入友善畜牧",
    source="農傳媒",
    date="2025-05-20",
    author="林雲林",
    chrome=[
        "農業新聞 > 產業",
        "圖／萬巒鄉公所提供",
        "延伸閱讀：嘉義青農種咖啡 打造山城新品牌",
        "訂閱農傳媒電子報",
    ],
    body=[
        "近年有不少青農返鄉接手家中豬場",
        "與鄰居的關係也變好了",
        "推動在地豬肉品牌化",
    ],
    regions=[
        ("屏東縣萬巒鄉以豬腳聞名", ["台湾省/屏东县"]),
        ("一位三十歲的青農表示", []),
        ("鄉公所指出，將協助青農申請相關補助", []),
    ],
)

art(
    "tvbs_news_page.html",
    "台灣電視台 news site saved as HTML (TVBS新聞網: <title> 標題│TVBS新聞網, meta pubdate, nav, 記者 X / 攝影 Y 報導 line, 發佈時間 with slashes, share + 加入好友 bar, 大家都在看 list, 版權所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head>
    <meta charset="utf-8">
    <title>台東池上稻田音樂節 小農市集搶翻天│TVBS新聞網</title>
    <meta name="pubdate" content="2025-10-25T19:30:00+08:00">
    </head>
    <body>
    <nav>首頁 | 政治 | 社會 | 生活 | 地方 | 國際</nav>
    <h1>台東池上稻田音樂節 小農市集搶翻天</h1>
    <div class="author">記者 吳台南 / 攝影 陳志明 台東報導</div>
    <div class="time">發佈時間：2025/10/25 19:30</div>
    <div class="share">分享 加入好友</div>
    <div id="news_detail">
    <p>一年一度的池上秋收稻穗藝術節今天登場，金黃稻田前擠滿了遊客，周邊的小農市集也大排長龍。</p>
    <p>在地農民說，活動期間米和米製品的銷量是平常的好幾倍，很多客人還會留下聯絡方式，之後再網購。</p>
    <p>台東縣政府表示，希望透過藝術活動，讓更多人認識縱谷的農業與人文。</p>
    </div>
    <div class="hot">大家都在看：花蓮金針花季延長 遊客湧入</div>
    <div class="foot">TVBS版權所有 © 2025</div>
    </body>
    </html>
    """,
    title="台東池上稻田音樂節 小農市集搶翻天",
    source="TVBS新聞網",
    date="2025-10-25",
    author="吳台南",
    chrome=[
        "首頁 | 政治 | 社會 | 生活 | 地方 | 國際",
        "分享 加入好友",
        "大家都在看：花蓮金針花季延長 遊客湧入",
        "TVBS版權所有",
    ],
    body=[
        "金黃稻田前擠滿了遊客",
        "很多客人還會留下聯絡方式",
        "讓更多人認識縱谷的農業與人文",
    ],
    regions=[
        ("一年一度的池上秋收稻穗藝術節今天登場", []),
        ("在地農民說，活動期間米和米製品", []),
        ("台東縣政府表示", ["台湾省/台东县"]),
    ],
)

art(
    "yahoo_tw_repost_ttv.txt",
    "台灣入口網 repost of a TV station's item (Yahoo奇摩新聞: Yahoo奇摩新聞 header, title, 台視新聞 as the provider line with 'YYYY年M月D日 週X 下午H:MM', 記者 line, body, 【更多新聞】 links, 留言 count, 檢舉 line)",
    "utf-8",
    """
    Yahoo奇摩新聞
    雲林古坑咖啡節登場 農民盼打響在地品牌
    台視新聞
    2025年11月8日 週六 下午3:12
    記者 許嘉義 雲林報導

    　　雲林古坑咖啡節今天起一連兩天舉行，現場有數十家在地咖啡農擺攤，讓民眾品嘗不同莊園的咖啡。

    　　一位種了二十年咖啡的農民說，古坑咖啡產量不大，希望透過活動讓更多人知道台灣也能種出好咖啡。

    　　縣府表示，今年也邀請了南投、屏東的咖啡農一同參與交流。

    【更多新聞】
    嘉義阿里山茶農搶收冬茶
    留言 12
    檢舉
    """,
    title="雲林古坑咖啡節登場 農民盼打響在地品牌",
    source="台視新聞",
    site="Yahoo奇摩新聞",
    date="2025-11-08",
    author="許嘉義",
    chrome=[
        "【更多新聞】",
        "嘉義阿里山茶農搶收冬茶",
        "留言 12",
        "檢舉",
    ],
    body=[
        "現場有數十家在地咖啡農擺攤",
        "希望透過活動讓更多人知道台灣也能種出好咖啡",
        "邀請了南投、屏東的咖啡農一同參與交流",
    ],
    regions=[
        ("雲林古坑咖啡節今天起一連兩天舉行", ["台湾省/云林县"]),
        ("一位種了二十年咖啡的農民說", ["台湾省"]),
        ("縣府表示，今年也邀請了南投、屏東的咖啡農", ["台湾省/南投县", "台湾省/屏东县"]),
    ],
)

art(
    "yunlin_gov_big5.htm",
    "台灣縣政府 news release saved as HTML in Big5 with <meta charset=big5> (雲林縣政府: 新聞稿 crumb, 發布日期 with ROC date 114-09-03, 發布單位, 點閱次數, 回上一頁 | 列印, 雲林縣政府 address footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>雲林縣政府全球資訊網-縣府推動農村再生 口湖社區打造漁村生活館</title>
    </head>
    <body>
    <div class="path">首頁 &gt; 縣府新聞 &gt; 新聞稿</div>
    <h3>縣府推動農村再生 口湖社區打造漁村生活館</h3>
    <div class="info">發布日期：114-09-03　發布單位：水利處　點閱次數：417</div>
    <div class="cont">
    <p>　　雲林縣政府持續推動農村再生計畫，口湖鄉一處社區利用閒置倉庫改建漁村生活館，今天正式開館。</p>
    <p>　　生活館展示了當地養殖烏魚、文蛤的歷史，也提供遊客體驗製作烏魚子的課程。</p>
    <p>　　社區理事長表示，希望藉由生活館讓年輕人更了解家鄉，也為社區帶來觀光人潮。</p>
    </div>
    <div class="tool">回上一頁 | 列印</div>
    <div class="foot">雲林縣政府　64001雲林縣斗六市雲林路二段515號</div>
    </body>
    </html>
    """,
    title="縣府推動農村再生 口湖社區打造漁村生活館",
    source="水利處",
    site="雲林縣政府全球資訊網",
    date="2025-09-03",
    chrome=[
        "首頁 > 縣府新聞 > 新聞稿",
        "回上一頁 | 列印",
        "64001雲林縣斗六市雲林路二段515號",
    ],
    body=[
        "口湖鄉一處社區利用閒置倉庫改建漁村生活館",
        "也提供遊客體驗製作烏魚子的課程",
        "也為社區帶來觀光人潮",
    ],
    regions=[
        ("雲林縣政府持續推動農村再生計畫", ["台湾省/云林县"]),
        ("生活館展示了當地養殖烏魚", []),
        ("社區理事長表示", []),
    ],
)

# --- overseas Chinese papers --
art(
    "shangbao_ph_jinjiang.txt",
    "菲律賓華文報 website text save (菲律賓商報: masthead, 僑社新聞 crumb, title in traditional script, 日期 2025-01-18 + 本報訊, 祖籍地 places in the mainland, 會館 named after a place, 版權 footer)",
    "utf-8",
    """
    菲律賓商報
    首頁 > 僑社新聞
    晉江同鄉總會組團回鄉參加新春聯誼
    日期：2025-01-18

    　　本報訊　菲律賓晉江同鄉總會日前組織四十多名鄉親回到福建晉江市，參加當地舉辦的新春海外鄉親聯誼活動。

    　　訪問團參觀了晉江的鞋服產業園區，又回到各自的祖籍村探親祭祖。

    　　總會會長表示，希望年輕一代僑胞多回家鄉看看，不要忘了自己的根。

    菲律賓商報版權所有
    """,
    title="晉江同鄉總會組團回鄉參加新春聯誼",
    source="菲律賓商報",
    date="2025-01-18",
    chrome=[
        "首頁 > 僑社新聞",
        "菲律賓商報版權所有",
    ],
    body=[
        "參加當地舉辦的新春海外鄉親聯誼活動",
        "又回到各自的祖籍村探親祭祖",
        "不要忘了自己的根",
    ],
    regions=[
        ("菲律賓晉江同鄉總會日前組織四十多名鄉親回到福建晉江市", ["福建省/泉州市/晋江市"]),
        ("訪問團參觀了晉江的鞋服產業園區", ["福建省/泉州市/晋江市"]),
        ("總會會長表示", []),
    ],
    complete=True,
)

art(
    "jianhua_cambodia_urldate.txt",
    "柬埔寨華文報 page saved with its URL only (柬華日報: 'URL: https://.../20250704/...' first line, masthead, title, no date in the text, 潮州會館 named after a place, 分享到 bar, 版權 footer)",
    "utf-8",
    """
    URL: https://www.jianhuadaily.com/20250704/218467
    柬华日报
    潮州会馆组织侨胞赴潮汕考察乡村振兴
    柬华日报讯

    　　柬埔寨潮州会馆近日组织侨商考察团，前往广东汕头、潮州等地考察乡村振兴项目。

    　　考察团在潮安区参观了单丛茶种植基地和凤凰古镇，与当地企业洽谈合作。

    　　团长表示，柬埔寨的潮籍侨胞有很多人祖籍在潮汕乡村，愿意为家乡发展牵线搭桥。

    分享到：Facebook 微信
    柬华日报版权所有
    """,
    title="潮州会馆组织侨胞赴潮汕考察乡村振兴",
    source="柬华日报",
    date="2025-07-04",
    chrome=[
        "URL: https://www.jianhuadaily.com/20250704/218467",
        "分享到：Facebook 微信",
        "柬华日报版权所有",
    ],
    body=[
        "前往广东汕头、潮州等地考察乡村振兴项目",
        "与当地企业洽谈合作",
        "愿意为家乡发展牵线搭桥",
    ],
    regions=[
        ("柬埔寨潮州会馆近日组织侨商考察团", ["广东省/汕头市", "广东省/潮州市"]),
        ("考察团在潮安区参观了单丛茶种植基地", ["广东省/潮州市/潮安区"]),
        ("团长表示，柬埔寨的潮籍侨胞", []),
    ],
)


# --- more mainland: dateline, former names, compounds, travel phrases, spam --
art(
    "ccn_citynews_xuanwu.txt",
    "国家级城市报 site text save with CRLF (中国城市报: 栏目 crumb with /, title, '来源：中国城市报 | YYYY-MM-DD HH:MM | 作者：X' line, 本报北京M月D日电 dateline whose year is only in the header, former district name 原宣武区, 责任编辑, 分享 + 打印 line)",
    "utf-8",
    """
    中国城市报 / 城市治理 / 社区
    胡同里的“议事厅”：老街坊自己商量着办
    来源：中国城市报 | 2025-03-06 08:12 | 作者：邓北京

    　　本报北京3月5日电　在北京西城区原宣武区的一片老胡同里，一间不足三十平方米的“议事厅”成了街坊们最常去的地方。

    　　停车位怎么划、楼道杂物怎么清、公共晾衣架装在哪儿，这些小事都由居民代表坐下来商量。

    　　街道负责人说，居民自己商量出来的办法，执行起来阻力小得多。

    责任编辑：吴倩
    分享到：微信 微博　打印
    """,
    title="胡同里的“议事厅”：老街坊自己商量着办",
    source="中国城市报",
    date="2025-03-06",
    author="邓北京",
    crlf=True,
    chrome=[
        "中国城市报 / 城市治理 / 社区",
        "责任编辑：吴倩",
        "分享到：微信 微博　打印",
    ],
    body=[
        "一间不足三十平方米的“议事厅”成了街坊们最常去的地方",
        "这些小事都由居民代表坐下来商量",
        "执行起来阻力小得多",
    ],
    regions=[
        ("在北京西城区原宣武区的一片老胡同里", ["北京市/西城区"]),
        ("停车位怎么划、楼道杂物怎么清", []),
        ("街道负责人说", []),
    ],
    complete=True,
)

art(
    "tzrb_epaper_xinghua_gbk.txt",
    "城市党报 e-paper text page from a third vendor, GBK (泰州日报: '泰州日报 数字报 | 2025年08月12日 | 第A3版：县域' header, 往期回顾 + 上一篇/下一篇 nav, title, 记者 byline, body with a loan-spam string inside a sentence, 版权所有 footer)",
    "gbk",
    """
    泰州日报 数字报 | 2025年08月12日 | 第A3版：县域
    往期回顾　上一篇　下一篇
    兴化垛田：千年农耕景观里的“新农人”
    记者 张扬州 通讯员 顾兴

    　　盛夏时节，兴化市千垛镇的垛田里，一垄垄香葱、芋头长势喜人，几位年轻人正在用无人机巡查病虫害。

    　　这些“新农人”大多是大学毕业后返乡的，他们流转了上百亩垛田泰州无抵押小额贷款秒批加微信dk5599，发展起特色蔬菜种植和农文旅项目。

    　　垛田是全球重要农业文化遗产，当地在保护的同时探索合理利用，让老景观产生新效益。

    泰州日报社版权所有　未经许可不得转载
    """,
    title="兴化垛田：千年农耕景观里的“新农人”",
    source="泰州日报",
    date="2025-08-12",
    author="张扬州",
    chrome=[
        "往期回顾　上一篇　下一篇",
        "泰州日报社版权所有",
    ],
    body=[
        "几位年轻人正在用无人机巡查病虫害",
        "他们流转了上百亩垛田，发展起特色蔬菜种植和农文旅项目",
        "让老景观产生新效益",
    ],
    spam=["泰州无抵押小额贷款秒批加微信dk5599"],
    regions=[
        ("兴化市千垛镇的垛田里", ["江苏省/泰州市/兴化市"]),
        ("这些“新农人”大多是大学毕业后返乡的", []),
        ("垛田是全球重要农业文化遗产", []),
    ],
    complete=True,
)

art(
    "dongjing_guizhou_app.txt",
    "省广电 news app text save (动静新闻: title, 动静新闻 + 记者 + 'MM月DD日 HH:MM' with the year only in a 版权 footer line © 2025, travel phrase 返黔 and compound 川渝黔, 编辑/审核 lines, 打开动静APP)",
    "utf-8",
    """
    返黔创业青年把酸汤做成了“网红”
    动静新闻记者 杨凯里　11月03日 18:20

    　　在外打拼八年后，90后小伙返黔创业，在黔东南州凯里市开了一家酸汤加工厂。

    　　他把传统的红酸汤做成了方便包装，通过电商卖到全国，在川渝黔一带尤其受欢迎。

    　　如今，工厂每年收购周边村民的番茄、辣椒上千吨，带动两百多户农户增收。

    编辑：吴娟　审核：龙静
    打开动静APP，阅读更多
    © 2025 贵州广播电视台 动静新闻 版权所有
    """,
    title="返黔创业青年把酸汤做成了“网红”",
    source="动静新闻",
    date="2025-11-03",
    author="杨凯里",
    chrome=[
        "编辑：吴娟　审核：龙静",
        "打开动静APP，阅读更多",
        "贵州广播电视台 动静新闻 版权所有",
    ],
    body=[
        "在黔东南州凯里市开了一家酸汤加工厂",
        "通过电商卖到全国",
        "带动两百多户农户增收",
    ],
    regions=[
        ("在外打拼八年后，90后小伙返黔创业", ["贵州省/黔东南苗族侗族自治州/凯里市"]),
        ("他把传统的红酸汤做成了方便包装", ["四川省", "重庆市", "贵州省"]),
        ("如今，工厂每年收购周边村民的番茄", []),
    ],
    complete=True,
)

art(
    "dazhou_renda_dachuan_spam.txt",
    "市人大 website text save with a gambling spam string inside a sentence (达州人大网: 代表风采 crumb, title, 作者 + 来源 + 发布时间 on three short lines, former county name 原达县, 【打印】【关闭】, 达州市人大常委会办公室 主办)",
    "utf-8",
    """
    达州人大网 > 代表风采
    达川区人大代表带领乡亲种出“脆李经济”
    作者：王达川
    来源：达川区人大常委会
    发布时间：2025-06-26

    　　在达州市达川区（原达县）的一个山村，区人大代表老赵带着乡亲们种起了青脆李，如今全村脆李面积达到两千亩。

    　　每年六月，客商开着货车进村收购，村民足不出户就能卖个好价钱澳门葡京娱乐城注册送88元彩金，家家户户都盖起了新房。

    　　老赵说，下一步打算建一个冷库，让脆李能错峰上市。

    【打印】【关闭】
    达州市人大常委会办公室 主办
    """,
    title="达川区人大代表带领乡亲种出“脆李经济”",
    source="达川区人大常委会",
    site="达州人大网",
    date="2025-06-26",
    author="王达川",
    chrome=[
        "达州人大网 > 代表风采",
        "【打印】【关闭】",
        "达州市人大常委会办公室 主办",
    ],
    body=[
        "区人大代表老赵带着乡亲们种起了青脆李",
        "村民足不出户就能卖个好价钱，家家户户都盖起了新房",
        "让脆李能错峰上市",
    ],
    spam=["澳门葡京娱乐城注册送88元彩金"],
    regions=[
        ("在达州市达川区（原达县）的一个山村", ["四川省/达州市/达川区"]),
        ("每年六月，客商开着货车进村收购", []),
        ("老赵说，下一步打算建一个冷库", []),
    ],
    complete=True,
)

art(
    "yulin_news_jiziwan_cert.txt",
    "城市新闻网 text save with a fake-certificate spam string (榆林网: 榆林新闻 crumb, title, 发布时间 with Chinese year-month-day and weekday on a line with 来源：榆林日报, compound 蒙晋陕 and 在陕 phrase, 【纠错】 line, 陕ICP备 footer)",
    "utf-8",
    """
    榆林网 > 榆林新闻 > 县区
    府谷：黄河“几字弯”上的跨省协作
    发布时间：2025年9月19日 星期五　来源：榆林日报

    　　府谷县地处蒙晋陕三省区交界，与内蒙古准格尔旗、山西保德县隔河相望。

    　　近年来，三地在黄河岸线保护、生态治理和乡村旅游等方面加强协作，联合开展黄河滩区环境整治。

    　　一位在陕工作多年的保德籍干部说，过去大家各管一段，如今办证代考一级建造师包过，遇到问题能一起坐下来商量。

    【纠错】
    榆林网版权所有　陕ICP备08003355号
    """,
    title="府谷：黄河“几字弯”上的跨省协作",
    source="榆林日报",
    site="榆林网",
    date="2025-09-19",
    chrome=[
        "榆林网 > 榆林新闻 > 县区",
        "【纠错】",
        "榆林网版权所有",
    ],
    body=[
        "与内蒙古准格尔旗、山西保德县隔河相望",
        "联合开展黄河滩区环境整治",
        "过去大家各管一段，如今，遇到问题能一起坐下来商量",
    ],
    spam=["办证代考一级建造师包过"],
    regions=[
        (
            "府谷县地处蒙晋陕三省区交界",
            [
                "陕西省/榆林市/府谷县",
                "内蒙古自治区/鄂尔多斯市/准格尔旗",
                "山西省/忻州市/保德县",
            ],
        ),
        ("近年来，三地在黄河岸线保护", []),
        ("一位在陕工作多年的保德籍干部说", ["陕西省", "山西省/忻州市/保德县"]),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(out, "Held-out set 7 (issue 10): written fresh, never tuned on. Report figures only.")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
