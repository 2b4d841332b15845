"""Write tests/layouts/heldout10/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout10.py tests/layouts/heldout10

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout9. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- health, medical insurance, market regulation, environment, transport, culture, tax ------
art(
    "jswjw_xuyi_village_doctor.html",
    "省卫健委 site saved HTML (<title> 标题_江苏省卫生健康委员会, 当前位置 crumb, 发布日期 + 来源 + 字号 row, 分享到 bar, 上一篇/下一篇, 主办 + 苏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>盱眙：村医“背包”进山 慢病随访到家门口_江苏省卫生健康委员会</title>
    </head>
    <body>
    <div class="header"><a href="/">首页</a> <a href="/col/col1/">机构概况</a> <a href="/col/col2/">政务公开</a> <a href="/col/col3/">卫生健康要闻</a> <a href="/col/col4/">市县动态</a></div>
    <div class="crumb">当前位置：首页 &gt; 卫生健康要闻 &gt; 市县动态</div>
    <h1 class="title">盱眙：村医“背包”进山 慢病随访到家门口</h1>
    <div class="info">发布日期：2024-10-22 16:05　来源：淮安市卫生健康委员会　字号：[大 中 小]</div>
    <div class="content">
    <p>今年以来，淮安市盱眙县在丘陵山区推行村医“背包式”上门服务，为行动不便的高血压、糖尿病患者定期随访。</p>
    <p>村医的背包里装着血压计、血糖仪和常用药品，每月至少走访一次签约对象，随访结果当天录入健康档案。</p>
    <p>“以前量个血压要到镇卫生院，现在医生上门，还教我怎么吃药。”一位七十多岁的老人说。</p>
    <p>目前，全县已有三百多名村医参与上门服务，覆盖重点人群两万余人。</p>
    </div>
    <div class="share">分享到：微信 微博 QQ空间</div>
    <div class="pager">上一篇：淮阴区开展基层卫生人才能力提升培训<br>下一篇：涟水县家庭医生签约服务再扩面</div>
    <div class="footer">主办单位：江苏省卫生健康委员会　苏ICP备05001234号　政府网站标识码：3200000012</div>
    </body>
    </html>
    """,
    title="盱眙：村医“背包”进山 慢病随访到家门口",
    source="淮安市卫生健康委员会",
    site="江苏省卫生健康委员会",
    date="2024-10-22",
    chrome=[
        "当前位置：首页 > 卫生健康要闻 > 市县动态",
        "分享到：微信 微博 QQ空间",
        "上一篇：淮阴区开展基层卫生人才能力提升培训",
        "下一篇：涟水县家庭医生签约服务再扩面",
        "苏ICP备05001234号",
    ],
    body=[
        "为行动不便的高血压、糖尿病患者定期随访",
        "随访结果当天录入健康档案",
        "现在医生上门，还教我怎么吃药",
        "覆盖重点人群两万余人",
    ],
    regions=[
        ("今年以来，淮安市盱眙县在丘陵山区", ["江苏省/淮安市/盱眙县"]),
        ("村医的背包里装着血压计", []),
        ("以前量个血压要到镇卫生院", []),
        ("目前，全县已有三百多名村医", []),
    ],
    complete=True,
)

art(
    "scyb_yilong_gbk.txt",
    "省医保局 site text save, GBK (masthead + 首页>工作动态>市州动态 crumb, title, unlabelled YYYY年MM月DD日 HH:MM under it, 文章来源 at the end, 【打印本页】【关闭窗口】, 扫一扫分享 line)",
    "gbk",
    """
    四川省医疗保障局
    首页>工作动态>市州动态
    仪陇县：医保服务站开到村民家门口
    2024年11月05日 09:12

    　　“以前报销一次门诊费要跑到县城，来回一整天。现在村里就能办。”仪陇县一位村民王富顺说。

    　　今年，南充市仪陇县在全县所有行政村设立医保服务站，由村干部兼任医保专员，参保登记、异地就医备案等十多项业务可以在村里直接办理。

    　　县医保局还组织工作人员每月下乡一次，集中解答群众关于门诊统筹、大病保险的疑问。

    　　截至10月底，村级服务站已累计办理各类医保业务一万两千余件。

    文章来源：南充市医疗保障局
    【打印本页】【关闭窗口】
    扫一扫分享本页
    """,
    title="仪陇县：医保服务站开到村民家门口",
    source="南充市医疗保障局",
    site="四川省医疗保障局",
    date="2024-11-05",
    chrome=["首页>工作动态>市州动态", "【打印本页】【关闭窗口】", "扫一扫分享本页"],
    body=[
        "现在村里就能办",
        "由村干部兼任医保专员",
        "集中解答群众关于门诊统筹、大病保险的疑问",
        "村级服务站已累计办理各类医保业务一万两千余件",
    ],
    regions=[
        ("仪陇县一位村民王富顺说", ["四川省/南充市/仪陇县"]),
        ("今年，南充市仪陇县在全县所有行政村", ["四川省/南充市/仪陇县"]),
        ("县医保局还组织工作人员每月下乡一次", []),
        ("截至10月底，村级服务站", []),
    ],
    complete=True,
)

art(
    "sdamr_guanxian_jsonld.shtml",
    "省市场监管局 site .shtml with JSON-LD NewsArticle (datePublished with offset), <title> 标题 - 山东省市场监督管理局, 位置 crumb, date + 来源 on one line, 【打印】【关闭】, 网站地图 footer",
    "utf-8",
    """
    <html>
    <head>
    <meta charset="utf-8">
    <title>冠县：乡村大集有了“食安守护员” - 山东省市场监督管理局</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "冠县：乡村大集有了“食安守护员”", "datePublished": "2024-09-03T08:45:00+08:00", "publisher": {"@type": "Organization", "name": "山东省市场监督管理局"}}
    </script>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/scjg/">市场监管要闻</a> | <a href="/sxdt/">市县动态</a> | <a href="/hdjl/">互动交流</a></div>
    <div class="loc">位置：首页 &gt; 市县动态</div>
    <h2>冠县：乡村大集有了“食安守护员”</h2>
    <div class="msg">2024-09-03　来源：聊城市市场监督管理局</div>
    <div class="article">
    <p>逢五排十，聊城市冠县的乡村大集上总能看到身穿红马甲的“食安守护员”。</p>
    <p>守护员由市场监管所从赶集的摊主和村干部中选聘，负责提醒摊主亮证经营、留存进货票据，发现问题及时报告。</p>
    <p>大集东头有一家开了十几年的兰州拉面馆，老板说，守护员每周都来看看后厨，顾客吃得也放心。</p>
    <p>今年以来，全县二十八个农村大集共配备守护员一百一十多名。</p>
    </div>
    <div class="tool">【打印】【关闭】</div>
    <div class="foot">网站地图 | 联系我们　主办：山东省市场监督管理局　鲁ICP备12001234号</div>
    </body>
    </html>
    """,
    title="冠县：乡村大集有了“食安守护员”",
    source="聊城市市场监督管理局",
    site="山东省市场监督管理局",
    date="2024-09-03",
    chrome=[
        "位置：首页 > 市县动态",
        "【打印】【关闭】",
        "网站地图 | 联系我们",
        "鲁ICP备12001234号",
    ],
    body=[
        "乡村大集上总能看到身穿红马甲的",
        "负责提醒摊主亮证经营、留存进货票据",
        "守护员每周都来看看后厨，顾客吃得也放心",
        "全县二十八个农村大集共配备守护员一百一十多名",
    ],
    regions=[
        ("逢五排十，聊城市冠县的乡村大集", ["山东省/聊城市/冠县"]),
        ("守护员由市场监管所从赶集的摊主", []),
        ("大集东头有一家开了十几年的兰州拉面馆", []),
        ("今年以来，全县二十八个农村大集", []),
    ],
    complete=True,
)

art(
    "cqsthjj_youyang_metaonly.html",
    "市生态环境局 site saved HTML dated only by <meta name=PubDate> (visible 来源 and 浏览 counter but no date), 您当前的位置 crumb, 【字体 大 中 小】, 扫一扫在手机上查看, 渝ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="ArticleTitle" content="酉阳：生活污水治理让山村溪水变清">
    <meta name="PubDate" content="2024-07-16 10:00">
    <meta name="ContentSource" content="酉阳县生态环境局">
    <title>酉阳：生活污水治理让山村溪水变清</title>
    </head>
    <body>
    <div class="topnav"><a href="/">首页</a> <a href="/zwxx/">政务信息</a> <a href="/hjgl/">环境管理</a> <a href="/qxdt/">区县动态</a></div>
    <div class="position">您当前的位置：首页 &gt; 政务信息 &gt; 区县动态</div>
    <div class="article-title">酉阳：生活污水治理让山村溪水变清</div>
    <div class="article-info">来源：酉阳县生态环境局　浏览量：863　【字体 大 中 小】</div>
    <div class="article-content">
    <p>走进酉阳土家族苗族自治县花田乡的一个村寨，房前屋后的沟渠不再有污水横流，村口的小溪清澈见底。</p>
    <p>去年以来，酉阳县按照“宜集中则集中、宜分散则分散”的思路，在一百多个村建设小型污水处理设施。</p>
    <p>设施建成后交给村集体管护，县里每年安排专项资金用于运行维护，村里还把爱护设施写进了村规民约。</p>
    <p>目前，全县农村生活污水治理率已经提高到百分之四十以上。</p>
    </div>
    <div class="ewm">扫一扫在手机上查看</div>
    <div class="footer">重庆市生态环境局　版权所有　渝ICP备05003300号</div>
    </body>
    </html>
    """,
    title="酉阳：生活污水治理让山村溪水变清",
    source="酉阳县生态环境局",
    site="重庆市生态环境局",
    date="2024-07-16",
    chrome=["您当前的位置：首页 > 政务信息 > 区县动态", "扫一扫在手机上查看", "渝ICP备05003300号"],
    body=[
        "房前屋后的沟渠不再有污水横流",
        "在一百多个村建设小型污水处理设施",
        "村里还把爱护设施写进了村规民约",
        "全县农村生活污水治理率已经提高到百分之四十以上",
    ],
    regions=[
        ("走进酉阳土家族苗族自治县花田乡", ["重庆市/酉阳土家族苗族自治县"]),
        ("去年以来，酉阳县按照", ["重庆市/酉阳土家族苗族自治县"]),
        ("设施建成后交给村集体管护", []),
        ("目前，全县农村生活污水治理率", []),
    ],
    complete=True,
)

art(
    "gxjt_bama_rural_road.html",
    "自治区交通运输厅 site saved HTML (nav, 首页 >> 交通资讯 >> 市县交通 crumb, 时间 + 来源 + 作者 row with [ 打印 ] [ 关闭 ], 相关链接 list, 桂ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>巴马：“四好农村路”通到长寿村 - 广西壮族自治区交通运输厅</title>
    </head>
    <body>
    <ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/jtzx/">交通资讯</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
    <div class="dqwz">首页 &gt;&gt; 交通资讯 &gt;&gt; 市县交通</div>
    <h1>巴马：“四好农村路”通到长寿村</h1>
    <p class="sub">时间：2024-05-28　来源：河池市交通运输局　作者：覃海燕　[ 打印 ] [ 关闭 ]</p>
    <div class="con">
    <p>初夏时节，沿着新修的水泥路驶入河池市巴马瑶族自治县的山区，一个个村屯掩映在青山之间。</p>
    <p>过去，不少村屯只有泥巴路，雨天出行困难，山里的火麻、油茶运不出去。</p>
    <p>近三年，巴马县新建和改造农村公路四百多公里，并在沿线设立农村客运招呼站，群众在家门口就能坐上班车。</p>
    <p>路通了，来村里康养旅居的游客也多了起来，不少村民办起了民宿。</p>
    </div>
    <div class="xglj">相关链接<br>· 凤山县农村公路建设提速<br>· 东兰县开通首条城乡公交</div>
    <div class="bottom">主办：广西壮族自治区交通运输厅　桂ICP备05007890号</div>
    </body>
    </html>
    """,
    title="巴马：“四好农村路”通到长寿村",
    source="河池市交通运输局",
    site="广西壮族自治区交通运输厅",
    date="2024-05-28",
    author="覃海燕",
    chrome=[
        "首页 >> 交通资讯 >> 市县交通",
        "[ 打印 ] [ 关闭 ]",
        "相关链接",
        "· 凤山县农村公路建设提速",
        "· 东兰县开通首条城乡公交",
        "桂ICP备05007890号",
    ],
    body=[
        "一个个村屯掩映在青山之间",
        "山里的火麻、油茶运不出去",
        "群众在家门口就能坐上班车",
        "不少村民办起了民宿",
    ],
    regions=[
        ("沿着新修的水泥路驶入河池市巴马瑶族自治县", ["广西壮族自治区/河池市/巴马瑶族自治县"]),
        ("过去，不少村屯只有泥巴路", []),
        ("近三年，巴马县新建和改造农村公路", ["广西壮族自治区/河池市/巴马瑶族自治县"]),
        ("路通了，来村里康养旅居的游客", []),
    ],
    complete=True,
)

art(
    "ahwlt_yixian_iso_offset_gb18030.txt",
    "省文旅厅 site text save, GB18030 with an Ext-A author character (crumb, title, 发布时间 as an ISO timestamp with +08:00 offset, 来源 + 作者 line, 【我要纠错】 【打印】, 皖ICP备 footer)",
    "gb18030",
    """
    安徽省文化和旅游厅 > 新闻动态 > 市县动态
    黟县：古村落里的“慢生活”留住游客
    发布时间：2024-09-28T10:30:00+08:00
    来源：黄山市文化和旅游局　作者：汪䶮

    　　秋日的黄山市黟县，古村落里游人如织。和往年不同的是，越来越多的游客不再是“一日游”，而是住上三五天。

    　　近年来，黟县引导村民把闲置老宅改成民宿和书屋，县里统一培训管家，规范服务标准。

    　　在一个写生村，每天都有上百名美术专业的学生坐在河边作画，村民们靠提供食宿就有了稳定收入。

    　　今年前八个月，全县乡村旅游接待游客同比增长一成多。

    【我要纠错】 【打印】
    皖ICP备10001234号
    """,
    title="黟县：古村落里的“慢生活”留住游客",
    source="黄山市文化和旅游局",
    site="安徽省文化和旅游厅",
    date="2024-09-28",
    author="汪䶮",
    chrome=[
        "安徽省文化和旅游厅 > 新闻动态 > 市县动态",
        "【我要纠错】 【打印】",
        "皖ICP备10001234号",
    ],
    body=[
        "越来越多的游客不再是“一日游”，而是住上三五天",
        "引导村民把闲置老宅改成民宿和书屋",
        "村民们靠提供食宿就有了稳定收入",
        "全县乡村旅游接待游客同比增长一成多",
    ],
    regions=[
        ("秋日的黄山市黟县，古村落里游人如织", ["安徽省/黄山市/黟县"]),
        ("近年来，黟县引导村民", ["安徽省/黄山市/黟县"]),
        ("在一个写生村，每天都有上百名", []),
        ("今年前八个月，全县乡村旅游", []),
    ],
    complete=True,
)

art(
    "hebeitax_zhangbei_wrong_charset.html",
    "省税务局 site saved HTML whose <meta> says gb2312 but whose bytes are UTF-8 (当前位置 crumb, 发布日期：YYYY年MM月DD日 + 信息来源 row, 【打印】【关闭】, 12366 纳税服务热线 footer)",
    "utf-8",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>张北：税费服务驿站进村 助力马铃薯产业发展</title>
    </head>
    <body>
    <div class="top"><a href="/">首页</a> <a href="/xwdt/">新闻动态</a> <a href="/nsfw/">纳税服务</a> <a href="/zcfg/">政策法规</a></div>
    <div class="wz">当前位置：首页 &gt; 新闻动态 &gt; 基层动态</div>
    <div class="bt">张北：税费服务驿站进村 助力马铃薯产业发展</div>
    <div class="xx">发布日期：2024年08月20日　信息来源：国家税务总局张家口市税务局</div>
    <div class="zw">
    <p>八月的坝上，马铃薯进入收获季。张家口市张北县税务局在几个马铃薯种植大村设立了税费服务驿站。</p>
    <p>驿站由税务干部和村里的会计轮流值班，帮助种植合作社和收购商了解农产品免税政策，指导开具发票。</p>
    <p>一家合作社的负责人说，以前开票要跑县城大厅，现在在村里就能把事办了。</p>
    <p>今年以来，驿站已为农户和合作社办理涉税业务六百余笔。</p>
    </div>
    <div class="gj">【打印】【关闭】</div>
    <div class="db">国家税务总局河北省税务局　纳税服务热线：12366</div>
    </body>
    </html>
    """,
    title="张北：税费服务驿站进村 助力马铃薯产业发展",
    source="国家税务总局张家口市税务局",
    site="国家税务总局河北省税务局",
    date="2024-08-20",
    chrome=["当前位置：首页 > 新闻动态 > 基层动态", "【打印】【关闭】", "纳税服务热线：12366"],
    body=[
        "在几个马铃薯种植大村设立了税费服务驿站",
        "帮助种植合作社和收购商了解农产品免税政策",
        "现在在村里就能把事办了",
        "驿站已为农户和合作社办理涉税业务六百余笔",
    ],
    regions=[
        ("八月的坝上，马铃薯进入收获季", ["河北省/张家口市/张北县"]),
        ("驿站由税务干部和村里的会计轮流值班", []),
        ("一家合作社的负责人说", []),
        ("今年以来，驿站已为农户", []),
    ],
    complete=True,
)

art(
    "ynhrss_zhenxiong_fullwidth_date.txt",
    "省人社厅 site text save dated in full-width digits (２０２４年１１月１２日), 信息来源 line, 在沪/赴浙 phrases, 【字号 大 中 小】, 分享到 line, 滇ICP备 footer",
    "utf-8",
    """
    云南省人力资源和社会保障厅
    首页 > 人社动态 > 州市动态
    镇雄县：劳务协作让务工人员出得去稳得住
    ２０２４年１１月１２日　　信息来源：昭通市人力资源和社会保障局
    【字号 大 中 小】

    　　昭通市镇雄县是劳务输出大县，常年有数十万人在外务工。

    　　为了让务工人员出得去、稳得住，县里在沪、浙两地设立了劳务工作站，帮助在沪务工的老乡解决欠薪、子女入学等问题。

    　　今年春节后，县人社局组织专车送两千多名务工人员赴浙上岗，实现了出家门、上车门、进厂门。

    　　返乡创业的务工人员也能在县里申请创业担保贷款和场地补贴。

    分享到：微信　微博
    滇ICP备06001234号
    """,
    title="镇雄县：劳务协作让务工人员出得去稳得住",
    source="昭通市人力资源和社会保障局",
    site="云南省人力资源和社会保障厅",
    date="2024-11-12",
    chrome=[
        "首页 > 人社动态 > 州市动态",
        "【字号 大 中 小】",
        "分享到：微信　微博",
        "滇ICP备06001234号",
    ],
    body=[
        "常年有数十万人在外务工",
        "帮助在沪务工的老乡解决欠薪、子女入学等问题",
        "实现了出家门、上车门、进厂门",
        "申请创业担保贷款和场地补贴",
    ],
    regions=[
        ("昭通市镇雄县是劳务输出大县", ["云南省/昭通市/镇雄县"]),
        ("县里在沪、浙两地设立了劳务工作站", ["上海市", "浙江省"]),
        ("组织专车送两千多名务工人员赴浙上岗", ["浙江省"]),
        ("返乡创业的务工人员也能在县里", []),
    ],
    complete=True,
)

art(
    "hljmz_hailun_gbk.htm",
    "省民政厅 site .htm in GBK with <meta charset=gbk> (nav, 首页 > 市地动态 crumb, bracketed [YYYY-MM-DD] date beside 来源, 【打印此页】【关闭窗口】, 黑ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>海伦市：农村互助养老点让老人吃上热乎饭</title>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> <a href="/mzyw/">民政要闻</a> <a href="/sddt/">市地动态</a> <a href="/zcwj/">政策文件</a></div>
    <div class="crumb">首页 &gt; 市地动态</div>
    <div class="title">海伦市：农村互助养老点让老人吃上热乎饭</div>
    <div class="date">[2024-10-09]　来源：绥化市民政局</div>
    <div class="text">
    <p>中午十一点，绥化海伦市一个村的互助养老点里飘出饭菜香，二十多位老人围坐在一起吃午饭。</p>
    <p>养老点利用闲置的村小学校舍改建，由村里的低龄老人照顾高龄老人，民政部门按人头给予运营补贴。</p>
    <p>八十二岁的赵大娘说，儿女都在外地，一个人做饭凑合，现在天天能吃上热乎饭。</p>
    <p>今年，海伦市新建和提升农村互助养老点三十个。</p>
    </div>
    <div class="tools">【打印此页】【关闭窗口】</div>
    <div class="foot">黑龙江省民政厅主办　黑ICP备05001122号</div>
    </body>
    </html>
    """,
    title="海伦市：农村互助养老点让老人吃上热乎饭",
    source="绥化市民政局",
    site="黑龙江省民政厅",
    date="2024-10-09",
    chrome=["【打印此页】【关闭窗口】", "黑龙江省民政厅主办　黑ICP备05001122号"],
    body=[
        "二十多位老人围坐在一起吃午饭",
        "由村里的低龄老人照顾高龄老人",
        "现在天天能吃上热乎饭",
        "新建和提升农村互助养老点三十个",
    ],
    regions=[
        ("中午十一点，绥化海伦市一个村", ["黑龙江省/绥化市/海伦市"]),
        ("养老点利用闲置的村小学校舍改建", []),
        ("八十二岁的赵大娘说", []),
        ("今年，海伦市新建和提升", ["黑龙江省/绥化市/海伦市"]),
    ],
    complete=True,
)

art(
    "jxva_xingguo_bom.txt",
    "省退役军人事务厅 site text save, UTF-8 BOM (masthead, crumb, title, 时间：YYYY-MM-DD　来源：X, 阅读次数, person named after a city, 【关闭】【打印】)",
    "utf-8",
    """
    江西省退役军人事务厅
    您的位置：首页 > 工作动态 > 市县动态
    兴国县：退役军人当上村里“领头雁”
    时间：2024-08-01　来源：赣州市退役军人事务局　阅读次数：592

    　　在赣州市兴国县，越来越多的退役军人回到村里，当上了村“两委”干部。

    　　老兵钟瑞金退役后回村担任党支部书记，带着村民种油茶、养肉牛，村集体收入三年翻了一番。

    　　县退役军人事务局每年组织退役军人村干部培训，还从优秀村干部中选聘“兵支书”导师。

    　　目前，全县共有三百多名退役军人在村“两委”任职。

    【关闭】【打印】
    """,
    title="兴国县：退役军人当上村里“领头雁”",
    source="赣州市退役军人事务局",
    site="江西省退役军人事务厅",
    date="2024-08-01",
    chrome=["您的位置：首页 > 工作动态 > 市县动态", "阅读次数：592", "【关闭】【打印】"],
    body=[
        "越来越多的退役军人回到村里",
        "带着村民种油茶、养肉牛，村集体收入三年翻了一番",
        "还从优秀村干部中选聘“兵支书”导师",
        "全县共有三百多名退役军人在村“两委”任职",
    ],
    regions=[
        ("在赣州市兴国县，越来越多的退役军人", ["江西省/赣州市/兴国县"]),
        ("老兵钟瑞金退役后回村", []),
        ("县退役军人事务局每年组织", []),
        ("目前，全县共有三百多名退役军人", []),
    ],
    complete=True,
    bom=True,
)

art(
    "sxzrzyt_zhenan_jsonld_only.html",
    "省自然资源厅 site saved HTML whose only date is JSON-LD datePublished (visible 来源 + 编辑 only), 当前位置 crumb, 分享 icons line, 附件 line, 陕ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>镇安：废弃矿山变身绿色生态园</title>
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"Article","headline":"镇安：废弃矿山变身绿色生态园","datePublished":"2024-04-19T09:00:00+08:00","author":{"@type":"Organization","name":"商洛市自然资源局"}}
    </script>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zrzy/">自然资源动态</a></div>
    <div class="current">当前位置：首页 &gt; 自然资源动态 &gt; 市县动态</div>
    <h1>镇安：废弃矿山变身绿色生态园</h1>
    <div class="meta">来源：商洛市自然资源局　编辑：何雪</div>
    <div class="share">分享：微信 | 微博 | QQ</div>
    <div class="body">
    <p>在商洛市镇安县的一处废弃石料矿山，昔日裸露的山体如今已披上绿装。</p>
    <p>县自然资源局对矿区进行削坡整形、覆土复绿，种上了适合当地生长的栓皮栎和连翘。</p>
    <p>附近村里的村民参与了植树和管护，每人每年能增加几千元收入。</p>
    <p>近两年，镇安县共完成历史遗留废弃矿山生态修复一千多亩。</p>
    </div>
    <div class="fj">附件：无</div>
    <div class="footer">陕西省自然资源厅　陕ICP备05004321号</div>
    </body>
    </html>
    """,
    title="镇安：废弃矿山变身绿色生态园",
    source="商洛市自然资源局",
    site="陕西省自然资源厅",
    date="2024-04-19",
    chrome=[
        "当前位置：首页 > 自然资源动态 > 市县动态",
        "分享：微信 | 微博 | QQ",
        "附件：无",
        "陕ICP备05004321号",
    ],
    body=[
        "昔日裸露的山体如今已披上绿装",
        "种上了适合当地生长的栓皮栎和连翘",
        "每人每年能增加几千元收入",
        "共完成历史遗留废弃矿山生态修复一千多亩",
    ],
    regions=[
        ("在商洛市镇安县的一处废弃石料矿山", ["陕西省/商洛市/镇安县"]),
        ("县自然资源局对矿区进行削坡整形", []),
        ("附近村里的村民参与了植树和管护", []),
        ("近两年，镇安县共完成", ["陕西省/商洛市/镇安县"]),
    ],
    complete=True,
)

art(
    "nmgqx_kezuohouqi_gacha.txt",
    "自治区气象局 site text save (crumb, title, 发布时间 with seconds + 来源 on one line, 【大 中 小】, 相关新闻 list, 蒙ICP备 footer)",
    "utf-8",
    """
    内蒙古自治区气象局　首页 > 气象新闻 > 盟市动态
    科左后旗：嘎查气象信息员成了牧民的“天气通”
    发布时间：2024-11-18 16:40:22　　来源：通辽市气象局
    【大 中 小】

    　　入冬以来，通辽市科尔沁左翼后旗气象局把寒潮预警通过嘎查气象信息员第一时间传到牧民手中。

    　　全旗每个嘎查都有一名气象信息员，大多由嘎查干部或者放牧经验丰富的牧民担任，平时负责转发预警、报告灾情。

    　　前几天降温前，信息员挨家挨户提醒牧民加固棚圈、储备饲草，全旗没有发生一起牲畜冻死的情况。

    相关新闻
    ·奈曼旗开展冬季气象为农服务
    ·开鲁县气象局走进田间地头
    蒙ICP备05002233号
    """,
    title="科左后旗：嘎查气象信息员成了牧民的“天气通”",
    source="通辽市气象局",
    site="内蒙古自治区气象局",
    date="2024-11-18",
    chrome=[
        "内蒙古自治区气象局　首页 > 气象新闻 > 盟市动态",
        "【大 中 小】",
        "相关新闻",
        "·奈曼旗开展冬季气象为农服务",
        "·开鲁县气象局走进田间地头",
        "蒙ICP备05002233号",
    ],
    body=[
        "把寒潮预警通过嘎查气象信息员第一时间传到牧民手中",
        "平时负责转发预警、报告灾情",
        "全旗没有发生一起牲畜冻死的情况",
    ],
    regions=[
        ("入冬以来，通辽市科尔沁左翼后旗气象局", ["内蒙古自治区/通辽市/科尔沁左翼后旗"]),
        ("全旗每个嘎查都有一名气象信息员", []),
        ("前几天降温前，信息员挨家挨户", []),
    ],
    complete=True,
)

art(
    "gsxf_qinan_frontmatter.md",
    "provincial fire-rescue WeChat account clipped to Markdown with YAML front matter (title / author / published / url fields, 关注 banner, 图片 lines, 来源 + 编辑 + 审核 lines, 点个在看 line)",
    "utf-8",
    """
    ---
    title: 秦安：村里有了“微型消防站”
    author: 甘肃消防
    published: 2024-03-21
    url: https://mp.weixin.qq.com/s/Qn8aHf2LxPz
    ---

    👆点击上方蓝字关注“甘肃消防”

    ![图片](https://mmbiz.qpic.cn/mmbiz_jpg/Qa91/640)

    天水市秦安县的一个山村里，几名村民正在练习接水带、出水枪，这是村里的微型消防站在开展日常训练。

    秦安县山区村庄分散，离城区消防站远，一旦发生火灾，消防车赶到往往需要四十多分钟。

    为此，县消防救援大队在偏远村庄建起微型消防站，配备手抬机动泵和灭火器，由村干部和青壮年村民组成义务消防队。

    今年以来，这些微型消防站已经成功处置了十多起初起火灾。

    来源：天水市消防救援支队
    编辑：马佳　审核：李文斌

    点个在看，你最好看
    """,
    title="秦安：村里有了“微型消防站”",
    source="天水市消防救援支队",
    site="甘肃消防",
    date="2024-03-21",
    chrome=["👆点击上方蓝字关注“甘肃消防”", "编辑：马佳　审核：李文斌", "点个在看，你最好看"],
    body=[
        "这是村里的微型消防站在开展日常训练",
        "消防车赶到往往需要四十多分钟",
        "由村干部和青壮年村民组成义务消防队",
        "已经成功处置了十多起初起火灾",
    ],
    regions=[
        ("天水市秦安县的一个山村里", ["甘肃省/天水市/秦安县"]),
        ("秦安县山区村庄分散", ["甘肃省/天水市/秦安县"]),
        ("为此，县消防救援大队在偏远村庄", []),
        ("今年以来，这些微型消防站", []),
    ],
    complete=True,
)

art(
    "kmcustoms_ruili_bianmin.html",
    "直属海关 site saved HTML (<title> 标题 - 昆明海关, 您所在的位置 crumb, 信息来源 + 发布时间 + 字号 row, 【打印本页】 【关闭窗口】, 版权所有：中华人民共和国昆明海关 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>瑞丽海关：边民互市贸易“落地加工”带动群众增收 - 昆明海关</title>
    </head>
    <body>
    <div class="head"><a href="/">首页</a> <a href="/gkxx/">关区信息</a> <a href="/gkdt/">关区动态</a> <a href="/zwfw/">政务服务</a></div>
    <div class="location">您所在的位置：首页 &gt; 关区信息 &gt; 关区动态</div>
    <h2>瑞丽海关：边民互市贸易“落地加工”带动群众增收</h2>
    <div class="source">信息来源：瑞丽海关　发布时间：2024-08-13　字号：大 中 小</div>
    <div class="easysite-news-text">
    <p>在德宏州瑞丽市的一个边民互市贸易点，边民们正排队申报进口的坚果和农副产品。</p>
    <p>瑞丽海关推行边民互市商品“落地加工”，进口商品在本地企业加工后再销往内地，边民合作社参与分红。</p>
    <p>海关还在互市点设立自助申报终端，边民刷卡就能完成申报，平均几分钟就能通关。</p>
    <p>今年上半年，经瑞丽口岸进口的边民互市商品中，落地加工的比例明显提高。</p>
    </div>
    <div class="dy">【打印本页】 【关闭窗口】</div>
    <div class="copyright">版权所有：中华人民共和国昆明海关</div>
    </body>
    </html>
    """,
    title="瑞丽海关：边民互市贸易“落地加工”带动群众增收",
    source="瑞丽海关",
    site="昆明海关",
    date="2024-08-13",
    chrome=[
        "您所在的位置：首页 > 关区信息 > 关区动态",
        "【打印本页】 【关闭窗口】",
        "版权所有：中华人民共和国昆明海关",
    ],
    body=[
        "边民们正排队申报进口的坚果和农副产品",
        "边民合作社参与分红",
        "边民刷卡就能完成申报",
        "落地加工的比例明显提高",
    ],
    regions=[
        ("在德宏州瑞丽市的一个边民互市贸易点", ["云南省/德宏傣族景颇族自治州/瑞丽市"]),
        ("瑞丽海关推行边民互市商品", ["云南省/德宏傣族景颇族自治州/瑞丽市"]),
        ("海关还在互市点设立自助申报终端", []),
        ("今年上半年，经瑞丽口岸进口", ["云南省/德宏傣族景颇族自治州/瑞丽市"]),
    ],
    complete=True,
)

art(
    "csg_napo_power_crlf.txt",
    "power-grid state firm's news page saved as text, CRLF (company masthead + 新闻中心 > 基层动态 crumb, title, YYYY年MM月DD日　来源：X　作者：X on one line, 分享 line, 上一条/下一条, copyright footer)",
    "utf-8",
    """
    中国南方电网　新闻中心 > 基层动态
    那坡：电网延伸到边境最远的村屯
    2024年07月09日　来源：广西电网公司　作者：黄海鹰
    分享到：

    　　七月初，百色市那坡县一个边境村屯完成了电网改造，村民家里用上了稳定的动力电。

    　　这个屯离县城八十多公里，山高坡陡，施工人员只能靠人力和骡马把电杆、线材运上山。

    　　通了动力电，村里的八角加工厂开了工，村民不用再把鲜八角挑到镇上去卖。

    　　近年来，那坡县累计完成一百多个边境村屯的电网升级。

    上一条：田林供电局为砂糖橘种植户上门服务
    下一条：靖西电网迎峰度夏保供电
    Copyright © 中国南方电网有限责任公司 版权所有
    """,
    title="那坡：电网延伸到边境最远的村屯",
    source="广西电网公司",
    site="中国南方电网",
    date="2024-07-09",
    author="黄海鹰",
    chrome=[
        "中国南方电网　新闻中心 > 基层动态",
        "分享到：",
        "上一条：田林供电局为砂糖橘种植户上门服务",
        "下一条：靖西电网迎峰度夏保供电",
        "Copyright © 中国南方电网有限责任公司 版权所有",
    ],
    body=[
        "村民家里用上了稳定的动力电",
        "施工人员只能靠人力和骡马把电杆、线材运上山",
        "村民不用再把鲜八角挑到镇上去卖",
        "累计完成一百多个边境村屯的电网升级",
    ],
    regions=[
        ("七月初，百色市那坡县一个边境村屯", ["广西壮族自治区/百色市/那坡县"]),
        ("这个屯离县城八十多公里", []),
        ("通了动力电，村里的八角加工厂开了工", []),
        ("近年来，那坡县累计完成", ["广西壮族自治区/百色市/那坡县"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "eastobacco_lichuan_gbk.txt",
    "tobacco-industry news site text save, GBK (site name + 行业新闻 > 地方动态 crumb, title, YYYY-MM-DD HH:MM:SS + 来源：报纸名 + 责任编辑 on one line, 【收藏】【打印】, 网站声明 footer)",
    "gbk",
    """
    东方烟草网　行业新闻 > 地方动态
    利川：烟农合作社把烤房变成“多用房”
    2024-05-15 08:31:07　来源：东方烟草报　责任编辑：周敏
    【收藏】【打印】

    　　在恩施州利川市的一个烟叶种植大村，合作社把闲置的密集烤房改造成了香菇烘干房和腊肉熏制房。

    　　烤烟季一过，烤房就空置大半年。合作社理事长说，改成“多用房”后，一年能多出十几万元收入。

    　　利川市烟草专卖局还帮助合作社对接收购商，让烟农在种烟之外多了一条增收路子。

    网站声明：本网转载作品均注明出处，如有侵权请联系删除。
    """,
    title="利川：烟农合作社把烤房变成“多用房”",
    source="东方烟草报",
    site="东方烟草网",
    date="2024-05-15",
    chrome=[
        "东方烟草网　行业新闻 > 地方动态",
        "【收藏】【打印】",
        "网站声明：本网转载作品均注明出处，如有侵权请联系删除。",
    ],
    body=[
        "把闲置的密集烤房改造成了香菇烘干房和腊肉熏制房",
        "一年能多出十几万元收入",
        "让烟农在种烟之外多了一条增收路子",
    ],
    regions=[
        ("在恩施州利川市的一个烟叶种植大村", ["湖北省/恩施土家族苗族自治州/利川市"]),
        ("烤烟季一过，烤房就空置大半年", []),
        ("利川市烟草专卖局还帮助合作社", ["湖北省/恩施土家族苗族自治州/利川市"]),
    ],
    complete=True,
)

art(
    "rmtd_yuexi_slow_train.txt",
    "railway industry paper's site text save (masthead + 首页 >> 路局动态, title, 日期：YYYY年MM月DD日 + 来源 + 记者 line, place list of stations, 扫描二维码 line, 版权所有 footer)",
    "utf-8",
    """
    人民铁道网　首页 >> 路局动态
    “小慢车”载着大凉山的山货出山
    日期：2024年07月23日　来源：人民铁道　记者：罗清川

    　　清晨六点多，5633次列车从攀枝花站开出，一路向北驶往普雄。这趟被称为“小慢车”的公益列车，沿途停靠二十多个小站。

    　　车厢里，来自凉山州越西县、喜德县的彝族老乡背着土豆、苦荞和鸡蛋，到西昌等地的集市上售卖。

    　　列车员说，车上专门留出了行李车厢，方便老乡们带货，票价多年没有上涨。

    　　这趟列车已经开行三十多年，是沿线群众赶集、上学、就医的重要交通工具。

    扫描二维码，关注人民铁道微信公众号
    版权所有　人民铁道报社
    """,
    title="“小慢车”载着大凉山的山货出山",
    source="人民铁道",
    site="人民铁道网",
    date="2024-07-23",
    author="罗清川",
    chrome=[
        "人民铁道网　首页 >> 路局动态",
        "扫描二维码，关注人民铁道微信公众号",
        "版权所有　人民铁道报社",
    ],
    body=[
        "沿途停靠二十多个小站",
        "背着土豆、苦荞和鸡蛋",
        "方便老乡们带货，票价多年没有上涨",
        "是沿线群众赶集、上学、就医的重要交通工具",
    ],
    regions=[
        ("清晨六点多，5633次列车从攀枝花站开出", ["四川省/攀枝花市"]),
        (
            "来自凉山州越西县、喜德县的彝族老乡",
            [
                "四川省/凉山彝族自治州/越西县",
                "四川省/凉山彝族自治州/喜德县",
                "四川省/凉山彝族自治州/西昌市",
            ],
        ),
        ("列车员说，车上专门留出了行李车厢", []),
        ("这趟列车已经开行三十多年", []),
    ],
    complete=True,
)

art(
    "henanjyt_neixiang_teachers.htm",
    "省教育厅 site .htm (nav, 当前位置 crumb, 发布时间 + 来源 + 点击数 row, 【字体：大 中 小】, 打印 | 关闭, 相关附件 none, 主办 footer with 豫ICP备)",
    "utf-8",
    """
    <html>
    <head>
    <meta charset="utf-8">
    <title>内乡县：乡村教师周转房让老师安心扎根</title>
    </head>
    <body>
    <div class="mainnav"><a href="/">首页</a> <a href="/jyyw/">教育要闻</a> <a href="/gddt/">各地动态</a> <a href="/xxgk/">信息公开</a></div>
    <div class="crumbs">当前位置：首页 &gt; 各地动态</div>
    <h3>内乡县：乡村教师周转房让老师安心扎根</h3>
    <div class="attr">发布时间：2024-09-10　来源：南阳市教育局　点击数：2217　【字体：大 中 小】</div>
    <div class="detail">
    <p>教师节前夕，南阳市内乡县又一批乡村教师周转房交付使用，四十多名在山区学校任教的年轻教师拎包入住。</p>
    <p>过去，不少外地来的年轻教师只能住在教室隔出来的小房间里，冬冷夏热，有的干一两年就走了。</p>
    <p>县教育局近三年在乡镇学校建成周转房三百多套，房间里配齐了热水器、空调和网络。</p>
    <p>一位从郑州来的年轻教师说，住得舒心了，就能把心思全放在学生身上。</p>
    </div>
    <div class="ctrl">打印 | 关闭</div>
    <div class="footer">主办：河南省教育厅　豫ICP备05002211号</div>
    </body>
    </html>
    """,
    title="内乡县：乡村教师周转房让老师安心扎根",
    source="南阳市教育局",
    site="河南省教育厅",
    date="2024-09-10",
    chrome=["当前位置：首页 > 各地动态", "【字体：大 中 小】", "打印 | 关闭", "豫ICP备05002211号"],
    body=[
        "四十多名在山区学校任教的年轻教师拎包入住",
        "有的干一两年就走了",
        "房间里配齐了热水器、空调和网络",
        "就能把心思全放在学生身上",
    ],
    regions=[
        ("教师节前夕，南阳市内乡县又一批", ["河南省/南阳市/内乡县"]),
        ("过去，不少外地来的年轻教师", []),
        ("县教育局近三年在乡镇学校建成", []),
        ("一位从郑州来的年轻教师说", ["河南省/郑州市"]),
    ],
    complete=True,
)


# --- short-video descriptions, archives, read-later exports, Notepad, aggregator apps -------
art(
    "douyin_pubei_video_desc.txt",
    "抖音 video page copied as text (account @name + 认证 line, caption as first sentence + #话题 tags, 发布时间 line, 点赞/评论/收藏/分享 counters, 作者声明 line, 相关推荐 list)",
    "utf-8",
    """
    @浦北县融媒体中心
    浦北县融媒体中心官方账号
    浦北百香果丰收 村民直播带货忙。#乡村振兴 #浦北 #百香果
    发布时间：2024-10-02 18:20
    1.2万　532　806　2187

    钦州市浦北县的百香果进入采摘旺季，村里的年轻人支起手机，在果园里直播卖果。

    一位返乡青年说，一场直播能卖出两千多单，比拉到市场上卖省事多了。

    县里还请来电商老师，手把手教村民拍视频、做直播。

    作者声明：内容由本人拍摄
    相关推荐
    灵山荔枝干走俏全国 #灵山
    """,
    title="浦北百香果丰收 村民直播带货忙",
    source="浦北县融媒体中心",
    site="抖音",
    date="2024-10-02",
    chrome=[
        "浦北县融媒体中心官方账号",
        "1.2万　532　806　2187",
        "作者声明：内容由本人拍摄",
        "相关推荐",
        "灵山荔枝干走俏全国 #灵山",
    ],
    body=[
        "村里的年轻人支起手机，在果园里直播卖果",
        "一场直播能卖出两千多单",
        "手把手教村民拍视频、做直播",
    ],
    regions=[
        ("钦州市浦北县的百香果进入采摘旺季", ["广西壮族自治区/钦州市/浦北县"]),
        ("一位返乡青年说，一场直播能卖出", []),
        ("县里还请来电商老师", []),
    ],
    complete=True,
)

art(
    "shipinhao_jiexi_video_desc.txt",
    "微信视频号 video copied as text (account name + 认证 line, caption paragraphs ending in （来源：X）, Chinese date with no time, 赞/转发/评论 counters, 位置 line with province, #话题 tags line)",
    "utf-8",
    """
    揭西发布
    揭西县融媒体中心官方视频号
    揭西：茶园里的“云上”培训课

    在揭阳市揭西县的一处茶园，县里组织的茶叶技术培训课通过视频号同步直播，外出务工的茶农也能在手机上听课。

    授课的农技专家现场演示修剪、施肥和防虫的方法，直播间里不断有人提问。

    县农业农村局计划今冬再开展十场这样的“田间课堂”。（来源：揭西县融媒体中心）

    2024年9月14日
    赞 326　转发 58　评论 41
    广东·揭阳
    #揭西 #茶产业 #乡村振兴
    """,
    title="揭西：茶园里的“云上”培训课",
    source="揭西县融媒体中心",
    site="微信视频号",
    date="2024-09-14",
    chrome=[
        "揭西县融媒体中心官方视频号",
        "赞 326　转发 58　评论 41",
        "广东·揭阳",
        "#揭西 #茶产业 #乡村振兴",
    ],
    body=[
        "外出务工的茶农也能在手机上听课",
        "直播间里不断有人提问",
        "今冬再开展十场这样的“田间课堂”",
    ],
    regions=[
        ("在揭阳市揭西县的一处茶园", ["广东省/揭阳市/揭西县"]),
        ("授课的农技专家现场演示修剪", []),
        ("县农业农村局计划今冬", []),
    ],
    complete=True,
)

art(
    "kuaishou_fuyu_video_desc.txt",
    "快手 video copied as text (快手号 line, caption, 发布于 YYYY-MM-DD, 播放/点赞 counters, IP属地 line, 说点什么... box, 推荐视频 list)",
    "utf-8",
    """
    扶余融媒
    快手号：fuyu_rongmei
    扶余：冬捕开网 头鱼拍出好价钱
    发布于 2024-01-18
    12.6万次播放　3.1万赞
    IP属地：吉林

    松原扶余市的一处湖泊举行冬捕开网仪式，渔把头一声令下，几百米长的大网缓缓拉出冰面。

    今年的头鱼是一条二十多斤重的胖头鱼，被一位当地企业家拍下，所得款项捐给了村里的敬老院。

    冬捕期间，周边村屯的农家乐家家客满。

    说点什么...
    推荐视频
    """,
    title="扶余：冬捕开网 头鱼拍出好价钱",
    source="扶余融媒",
    site="快手",
    date="2024-01-18",
    chrome=[
        "快手号：fuyu_rongmei",
        "12.6万次播放　3.1万赞",
        "IP属地：吉林",
        "说点什么...",
        "推荐视频",
    ],
    body=[
        "几百米长的大网缓缓拉出冰面",
        "所得款项捐给了村里的敬老院",
        "周边村屯的农家乐家家客满",
    ],
    regions=[
        ("松原扶余市的一处湖泊举行冬捕开网仪式", ["吉林省/松原市/扶余市"]),
        ("今年的头鱼是一条二十多斤重的胖头鱼", []),
        ("冬捕期间，周边村屯的农家乐", []),
    ],
    complete=True,
)

art(
    "wayback_panzhihua_miyi.html",
    "Wayback Machine save of a city government portal page (archive toolbar text: The Wayback Machine URL line, N captures, date range, the page's own crumb, 发布时间 + 来源 row, 分享 bar, 攀枝花 portal footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>米易县：山地农业托管服务让撂荒地复耕 - 攀枝花市人民政府</title>
    </head>
    <body>
    <div id="wm-ipp-base">
    <div>The Wayback Machine - https://web.archive.org/web/20240316081502/http://www.panzhihua.gov.cn/zwgk/gzdt/qxdt/4451207.shtml</div>
    <div>36 captures</div>
    <div>12 Mar 2024 - 05 Sep 2024</div>
    </div>
    <div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/gzdt/">工作动态</a> <a href="/hdjl/">互动交流</a></div>
    <div class="crumb">首页 &gt; 政务公开 &gt; 工作动态 &gt; 区县动态</div>
    <h1>米易县：山地农业托管服务让撂荒地复耕</h1>
    <div class="info">发布时间：2024-03-12 17:26　来源：米易县人民政府</div>
    <div class="content">
    <p>春耕时节，攀枝花市米易县的山坡上，农机手驾驶微耕机在梯田里来回作业。</p>
    <p>这些地块大多是前几年撂荒的坡地。县里引导村集体成立农业社会化服务组织，为外出务工家庭提供代耕代种、统防统治等托管服务。</p>
    <p>一位在外打工的村民说，地交给村里托管，每年还能拿到分红，再也不用担心地荒着。</p>
    </div>
    <div class="share">分享到：微信 微博</div>
    <div class="foot">攀枝花市人民政府办公室主办　蜀ICP备05005678号</div>
    </body>
    </html>
    """,
    title="米易县：山地农业托管服务让撂荒地复耕",
    source="米易县人民政府",
    site="攀枝花市人民政府",
    date="2024-03-12",
    chrome=[
        "The Wayback Machine - https://web.archive.org/web/20240316081502/http://www.panzhihua.gov.cn/zwgk/gzdt/qxdt/4451207.shtml",
        "36 captures",
        "12 Mar 2024 - 05 Sep 2024",
        "首页 > 政务公开 > 工作动态 > 区县动态",
        "分享到：微信 微博",
        "蜀ICP备05005678号",
    ],
    body=[
        "农机手驾驶微耕机在梯田里来回作业",
        "为外出务工家庭提供代耕代种、统防统治等托管服务",
        "再也不用担心地荒着",
    ],
    regions=[
        ("春耕时节，攀枝花市米易县的山坡上", ["四川省/攀枝花市/米易县"]),
        ("这些地块大多是前几年撂荒的坡地", []),
        ("一位在外打工的村民说，地交给村里托管", []),
    ],
    complete=True,
)

art(
    "archivetoday_zhanjiang_xuwen.txt",
    "archive.today capture saved as text (archive banner: webpage capture, Saved from URL, capture time in UTC, All snapshots from host, the page's own masthead + crumb, title, 来源 + 时间 line, 编辑 line, 湛江新闻网 footer)",
    "utf-8",
    """
    archive.today webpage capture
    Saved from https://www.gdzjdaily.com.cn/p/3021771.html
    search
    15 Apr 2024 02:11:09 UTC
    All snapshots from host www.gdzjdaily.com.cn
    湛江新闻网　首页 > 县区新闻
    徐闻菠萝“坐上”冷链专列北上
    来源：湛江日报　时间：2024-04-14 21:05

    　　连日来，湛江市徐闻县的菠萝进入采收高峰，一车车新鲜菠萝通过冷链专列运往北方市场。

    　　过去，徐闻菠萝主要靠货车运输，路上时间长，损耗大。今年，县里联合铁路部门开通冷链专列，运输时间缩短了一半。

    　　一位种植大户说，菠萝运得快、卖得远，收购价比去年每斤高了几毛钱。

    编辑：陈晓琳
    湛江新闻网版权所有
    """,
    title="徐闻菠萝“坐上”冷链专列北上",
    source="湛江日报",
    site="湛江新闻网",
    date="2024-04-14",
    chrome=[
        "archive.today webpage capture",
        "Saved from https://www.gdzjdaily.com.cn/p/3021771.html",
        "15 Apr 2024 02:11:09 UTC",
        "All snapshots from host www.gdzjdaily.com.cn",
        "湛江新闻网　首页 > 县区新闻",
        "编辑：陈晓琳",
        "湛江新闻网版权所有",
    ],
    body=[
        "一车车新鲜菠萝通过冷链专列运往北方市场",
        "运输时间缩短了一半",
        "收购价比去年每斤高了几毛钱",
    ],
    regions=[
        ("连日来，湛江市徐闻县的菠萝", ["广东省/湛江市/徐闻县"]),
        ("过去，徐闻菠萝主要靠货车运输", ["广东省/湛江市/徐闻县"]),
        ("一位种植大户说，菠萝运得快", []),
    ],
    complete=True,
)

art(
    "wget_mirror_liyang_urlyear.html",
    "wget mirror of a city news portal page, visible date without a year (MM-DD HH:MM) and the year only in the canonical URL path, no charset declared (UTF-8 bytes), 首页 > 溧阳 crumb, 来源 line, 责任编辑, 分享 line, 中吴网 footer",
    "utf-8",
    """
    <html>
    <head>
    <title>溧阳：茶园间种出“共富”新路子_中吴网</title>
    <link rel="canonical" href="https://www.cz001.com.cn/news/2024/0520/1087342.html">
    </head>
    <body>
    <div class="nav"><a href="../../../index.html">首页</a> <a href="../../../news/index.html">新闻</a> <a href="../../../liyang/index.html">溧阳</a></div>
    <div class="crumb">首页 &gt; 新闻 &gt; 溧阳</div>
    <h1>溧阳：茶园间种出“共富”新路子</h1>
    <div class="info">05-20 10:31　来源：常州日报</div>
    <div class="text">
    <p>初夏，常州溧阳市的白茶园里一派繁忙，茶树行间套种的黄精、玉竹也长出了新叶。</p>
    <p>村里的茶叶合作社统一流转茶园，引导茶农在茶树间种中药材，同一块地一年多出一份收入。</p>
    <p>合作社负责人说，去年入社茶农户均增收四千多元，今年还要再扩种两百亩。</p>
    </div>
    <div class="zb">责任编辑：吴莉</div>
    <div class="fx">分享到：</div>
    <div class="foot">中吴网　常州报业传媒集团主办</div>
    </body>
    </html>
    """,
    title="溧阳：茶园间种出“共富”新路子",
    source="常州日报",
    site="中吴网",
    date="2024-05-20",
    chrome=["首页 > 新闻 > 溧阳", "责任编辑：吴莉", "分享到：", "中吴网　常州报业传媒集团主办"],
    body=[
        "茶树行间套种的黄精、玉竹也长出了新叶",
        "同一块地一年多出一份收入",
        "今年还要再扩种两百亩",
    ],
    regions=[
        ("初夏，常州溧阳市的白茶园里", ["江苏省/常州市/溧阳市"]),
        ("村里的茶叶合作社统一流转茶园", []),
        ("合作社负责人说，去年入社茶农", []),
    ],
    complete=True,
)

art(
    "pocket_reader_jianning.txt",
    "Pocket reader view copied as text (title, site name + N min read line, View Original link text, article's own 来源/日期 line in the lead block, Pocket's tag and 'Saved to Pocket' lines)",
    "utf-8",
    """
    建宁：莲农用上“智慧莲田”
    三明新闻网 · 3 min read
    View Original

    2024年10月17日　来源：三明日报

    三明市建宁县的莲田里，一根根立杆上的传感器实时监测着土壤湿度和水温，莲农在手机上就能看到数据。

    建宁是有名的“建莲”产地。过去种莲全凭经验，遇上病虫害常常发现得晚。

    县里推广“智慧莲田”后，农技人员可以远程诊断，提前发出防治提醒，今年全县莲子亩产明显提高。

    Tags: 乡村振兴, 福建
    Saved to Pocket
    """,
    title="建宁：莲农用上“智慧莲田”",
    source="三明日报",
    site="三明新闻网",
    date="2024-10-17",
    chrome=["三明新闻网 · 3 min read", "View Original", "Tags: 乡村振兴, 福建", "Saved to Pocket"],
    body=[
        "莲农在手机上就能看到数据",
        "遇上病虫害常常发现得晚",
        "今年全县莲子亩产明显提高",
    ],
    regions=[
        ("三明市建宁县的莲田里", ["福建省/三明市/建宁县"]),
        ("建宁是有名的“建莲”产地", ["福建省/三明市/建宁县"]),
        ("县里推广“智慧莲田”后", []),
    ],
    complete=True,
)

art(
    "readwise_reader_lishu.md",
    "Readwise Reader document exported to Markdown (# title, rw-book-cover image, ## Metadata list with Author / Full Title / Category / URL / Published, ## Full Document section holding the article)",
    "utf-8",
    """
    # 梨树模式：秸秆盖地 黑土变“厚”

    ![rw-book-cover](https://readwise-assets.s3.amazonaws.com/static/images/article2.png)

    ## Metadata
    - Author: [[四平日报]]
    - Full Title: 梨树模式：秸秆盖地 黑土变“厚”
    - Category: #articles
    - URL: https://www.spxw.com.cn/2024-03/06/content_88123.htm
    - Published: 2024-03-06

    ## Full Document
    在四平市梨树县，冬天收完玉米后，秸秆不再被一烧了之，而是整整齐齐地覆盖在黑土地上。

    这种保护性耕作方式被称为“梨树模式”。秸秆覆盖能减少风蚀水蚀，几年下来，地里的黑土层明显变厚了。

    县里的农机合作社为农户提供免耕播种服务，全县保护性耕作面积已经超过两百万亩。
    """,
    title="梨树模式：秸秆盖地 黑土变“厚”",
    source="四平日报",
    date="2024-03-06",
    chrome=["## Metadata", "- Category: #articles", "## Full Document"],
    body=[
        "秸秆不再被一烧了之",
        "地里的黑土层明显变厚了",
        "全县保护性耕作面积已经超过两百万亩",
    ],
    regions=[
        ("在四平市梨树县，冬天收完玉米后", ["吉林省/四平市/梨树县"]),
        ("这种保护性耕作方式被称为", []),
        ("县里的农机合作社为农户提供", []),
    ],
    complete=True,
)

art(
    "notepad_unicode_wujiang_town.txt",
    'town government page pasted into Windows Notepad and saved as "Unicode" (UTF-16-LE with BOM, CRLF): town name + crumb, title, 发布日期 + 发布机构 line, 浏览次数, 打印 关闭',
    "utf-16-le",
    """
    和县乌江镇人民政府
    首页 > 乡镇动态
    乌江镇：“积分超市”激活乡村治理
    发布日期：2024年11月28日　发布机构：乌江镇人民政府　浏览次数：318

    马鞍山市和县乌江镇在各村推行“积分超市”，村民参与人居环境整治、志愿服务都能攒积分，凭积分到超市兑换日用品。

    镇里把积分规则交给村民代表大会讨论通过，每月在村务公开栏张榜公布。

    一位老党员说，以前喊人打扫卫生没人来，现在大家抢着干。

    打印　关闭
    """,
    title="乌江镇：“积分超市”激活乡村治理",
    source="乌江镇人民政府",
    site="和县乌江镇人民政府",
    date="2024-11-28",
    chrome=["首页 > 乡镇动态", "浏览次数：318", "打印　关闭"],
    body=[
        "凭积分到超市兑换日用品",
        "每月在村务公开栏张榜公布",
        "以前喊人打扫卫生没人来，现在大家抢着干",
    ],
    regions=[
        ("马鞍山市和县乌江镇在各村推行", ["安徽省/马鞍山市/和县"]),
        ("镇里把积分规则交给村民代表大会", []),
        ("一位老党员说，以前喊人打扫卫生", []),
    ],
    complete=True,
    crlf=True,
    bom=True,
)

art(
    "hongbanbao_haiyan_yesterday.txt",
    "aggregator app share page copied as text (app banner, title, account + 昨天 HH:MM relative time, 关注 button, article, 首发于 YYYY年MM月DD日 footer line naming the first publisher, 打开App看更多, 举报)",
    "utf-8",
    """
    红板报 打开App
    海盐：村里的“共享菜园”种出邻里情
    海盐新闻网　昨天 14:22　关注

    嘉兴市海盐县的一个村把村民闲置的房前屋后空地整合起来，建成了“共享菜园”。

    菜园分成小块，由村民认领种植，收获的蔬菜一部分送给村里的独居老人。

    村干部说，菜园不仅美化了环境，也让邻里之间多了走动。

    本文首发于2024年11月29日，来源：海盐县融媒体中心
    打开App看更多精彩内容
    举报
    """,
    title="海盐：村里的“共享菜园”种出邻里情",
    source="海盐县融媒体中心",
    site="红板报",
    date="2024-11-29",
    chrome=["红板报 打开App", "海盐新闻网　昨天 14:22　关注", "打开App看更多精彩内容", "举报"],
    body=[
        "建成了“共享菜园”",
        "收获的蔬菜一部分送给村里的独居老人",
        "也让邻里之间多了走动",
    ],
    regions=[
        ("嘉兴市海盐县的一个村", ["浙江省/嘉兴市/海盐县"]),
        ("菜园分成小块，由村民认领种植", []),
        ("村干部说，菜园不仅美化了环境", []),
    ],
    complete=True,
)


# --- portals, information disclosure, media centres, e-papers, forums, WeChat ----------------
art(
    "scgov_litang_portal.html",
    "provincial government portal saved HTML (<title> 标题_四川省人民政府网站, 首页 > 政务公开 > 市州动态 crumb, date + 来源 + 字体 row, 分享到 bar, 【打印】【关闭】, 网站标识码 + 川ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>理塘：高原牧区的“流动服务队”_四川省人民政府网站</title>
    </head>
    <body>
    <div class="topbar"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a> <a href="/scgk/">走进四川</a></div>
    <div class="crumb">首页 &gt; 政务公开 &gt; 市州动态</div>
    <h1>理塘：高原牧区的“流动服务队”</h1>
    <div class="tit-info">2024-10-11 11:02　来源：甘孜州人民政府　【字体：大 中 小】</div>
    <div class="share">分享到：微信 微博</div>
    <div id="content">
    <p>在海拔四千多米的甘孜州理塘县草原上，一支由乡干部、医生和农技员组成的“流动服务队”正挨户走访牧民定居点。</p>
    <p>牧区地广人稀，牧民到乡里办事往往要骑马走大半天。服务队每月进牧区一次，代办证件、义诊送药、讲解草原生态补奖政策。</p>
    <p>一位牧民说，服务队来了，家里老人的慢性病有人看了，孩子上学的手续也办好了。</p>
    <p>今年以来，理塘县的流动服务队已为牧民办理各类事项四千余件。</p>
    </div>
    <div class="btn">【打印】【关闭】</div>
    <div class="footer">四川省人民政府办公厅主办　网站标识码：5100000062　川ICP备05003511号</div>
    </body>
    </html>
    """,
    title="理塘：高原牧区的“流动服务队”",
    source="甘孜州人民政府",
    site="四川省人民政府网站",
    date="2024-10-11",
    chrome=[
        "首页 > 政务公开 > 市州动态",
        "分享到：微信 微博",
        "【打印】【关闭】",
        "网站标识码：5100000062",
    ],
    body=[
        "正挨户走访牧民定居点",
        "代办证件、义诊送药、讲解草原生态补奖政策",
        "孩子上学的手续也办好了",
        "已为牧民办理各类事项四千余件",
    ],
    regions=[
        ("在海拔四千多米的甘孜州理塘县草原上", ["四川省/甘孜藏族自治州/理塘县"]),
        ("牧区地广人稀，牧民到乡里办事", []),
        ("一位牧民说，服务队来了", []),
        ("今年以来，理塘县的流动服务队", ["四川省/甘孜藏族自治州/理塘县"]),
    ],
    complete=True,
)

art(
    "qqhr_gov_keshan_weekday_spam.txt",
    "prefecture-city government portal text save with a weekday after the date (YYYY年MM月DD日 星期X), 来源 line, fake-certificate spam injected into a body sentence, 【打印】【关闭】, 黑ICP备 footer",
    "utf-8",
    """
    齐齐哈尔市人民政府
    首页 > 新闻中心 > 县区动态
    克山县：马铃薯种薯走出“育繁推”一条龙
    2024年09月26日 星期四
    来源：克山县人民政府

    　　金秋时节，齐齐哈尔市克山县的马铃薯种薯基地迎来收获，一台台收获机在田间往返作业。

    　　克山县是全国知名的马铃薯种薯产区，县里依托科研院所建成了脱毒种薯繁育体系，从组培苗到原种、代办驾驶证不用考试联系qq778899一级种实现了一条龙生产。

    　　种薯企业与周边村屯签订订单，农民按标准种植，收获后企业保底收购。

    　　今年，全县种薯种植面积达到十万亩以上，产品销往全国十多个省份。

    【打印】【关闭】
    黑ICP备06002345号
    """,
    title="克山县：马铃薯种薯走出“育繁推”一条龙",
    source="克山县人民政府",
    site="齐齐哈尔市人民政府",
    date="2024-09-26",
    chrome=["首页 > 新闻中心 > 县区动态", "【打印】【关闭】", "黑ICP备06002345号"],
    body=[
        "一台台收获机在田间往返作业",
        "从组培苗到原种、一级种实现了一条龙生产",
        "收获后企业保底收购",
        "产品销往全国十多个省份",
    ],
    spam=["代办驾驶证不用考试联系qq778899"],
    regions=[
        ("金秋时节，齐齐哈尔市克山县", ["黑龙江省/齐齐哈尔市/克山县"]),
        ("克山县是全国知名的马铃薯种薯产区", ["黑龙江省/齐齐哈尔市/克山县"]),
        ("种薯企业与周边村屯签订订单", []),
        ("今年，全县种薯种植面积达到十万亩以上", []),
    ],
    complete=True,
)

art(
    "pingguo_xxgk_gongshi.txt",
    "county-level city information-disclosure page saved as text (信息公开 header table: 索引号 / 发布机构 / 生成日期 / 文号 / 主题分类 lines, a 公示 title, body, 落款 with Chinese date, 相关附件, 扫一扫)",
    "utf-8",
    """
    平果市人民政府门户网站　政府信息公开
    索引号：11451023MB1234567X/2024-00312
    发布机构：平果市乡村振兴局
    生成日期：2024-06-05
    文号：平乡振〔2024〕15号
    主题分类：农业、林业、水利
    关于2024年村级集体经济发展项目的公示

    　　根据自治区有关扶持村级集体经济发展的文件要求，经村级申报、乡镇审核，现将我市2024年村级集体经济发展项目予以公示。

    　　今年全市共确定扶持项目二十个，涉及果园提质、仓储冷库和光伏发电等类型，每个项目扶持资金五十万元。

    　　公示期为七天。如有异议，请在公示期内向平果市乡村振兴局反映。

    平果市乡村振兴局
    2024年6月5日
    相关附件：2024年村级集体经济发展项目清单.xlsx
    扫一扫在手机打开当前页
    """,
    title="关于2024年村级集体经济发展项目的公示",
    source="平果市乡村振兴局",
    site="平果市人民政府门户网站",
    date="2024-06-05",
    chrome=[
        "索引号：11451023MB1234567X/2024-00312",
        "文号：平乡振〔2024〕15号",
        "主题分类：农业、林业、水利",
        "相关附件：2024年村级集体经济发展项目清单.xlsx",
        "扫一扫在手机打开当前页",
    ],
    body=[
        "现将我市2024年村级集体经济发展项目予以公示",
        "涉及果园提质、仓储冷库和光伏发电等类型",
        "公示期为七天",
    ],
    regions=[
        ("根据自治区有关扶持村级集体经济发展", []),
        ("今年全市共确定扶持项目二十个", []),
        ("公示期为七天。如有异议", ["广西壮族自治区/百色市/平果市"]),
    ],
    complete=True,
)

art(
    "tongzi_rongmei_app_spam.txt",
    "county media-centre app share page copied as text (app download banner, title, 桐梓县融媒体中心 + datetime + 阅读量 line, loan spam with a city name injected into a sentence, 责任编辑 + 审核 lines, 打开APP阅读更多, 热门推荐)",
    "utf-8",
    """
    下载桐梓融媒APP　看更多本地新闻
    桐梓：方竹笋成了山里人的“金疙瘩”
    桐梓县融媒体中心　2024-08-22 20:13　阅读 3.6万

    　　初秋，遵义市桐梓县的方竹林里，村民们背着背篓采笋，山路上收购的车辆排起了长队。

    　　近年来，桐梓县把方竹笋作为特色产业来抓，村集体牵头建起加工厂深圳无抵押贷款当天放款加V：dk5588，鲜笋加工成笋干、罐头销往外地。

    　　一位村民说，一季方竹笋能卖两三万元，比外出打工还强。

    责任编辑：令狐倩　审核：赵德勇
    打开APP阅读更多
    热门推荐
    """,
    title="桐梓：方竹笋成了山里人的“金疙瘩”",
    source="桐梓县融媒体中心",
    date="2024-08-22",
    chrome=[
        "下载桐梓融媒APP　看更多本地新闻",
        "阅读 3.6万",
        "责任编辑：令狐倩　审核：赵德勇",
        "打开APP阅读更多",
        "热门推荐",
    ],
    body=[
        "山路上收购的车辆排起了长队",
        "村集体牵头建起加工厂，鲜笋加工成笋干、罐头销往外地",
        "比外出打工还强",
    ],
    spam=["深圳无抵押贷款当天放款加V：dk5588"],
    regions=[
        ("初秋，遵义市桐梓县的方竹林里", ["贵州省/遵义市/桐梓县"]),
        ("近年来，桐梓县把方竹笋作为特色产业", ["贵州省/遵义市/桐梓县"]),
        ("一位村民说，一季方竹笋能卖两三万元", []),
    ],
    complete=True,
)

art(
    "yingde_rongmei_ogmeta.html",
    "county-level city media-centre site saved HTML with og:title and article:published_time <meta> (英德发布 logo line, nav, YYYY年M月D日 + 来源 + 记者 + 通讯员 byline, 分享 bar, 相关阅读 list, 粤ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="英德红茶小镇迎来采茶季">
    <meta property="article:published_time" content="2024-04-02T07:58:00+08:00">
    <title>英德红茶小镇迎来采茶季-英德市融媒体中心</title>
    </head>
    <body>
    <div class="logo">英德发布</div>
    <div class="menu"><a href="/">首页</a> <a href="/ydxw/">英德新闻</a> <a href="/zwdt/">政务动态</a> <a href="/shms/">社会民生</a></div>
    <h1>英德红茶小镇迎来采茶季</h1>
    <div class="byline">2024年4月2日　来源：英德市融媒体中心　记者：邓小红　通讯员：朱文</div>
    <div class="bdshare">分享：微信 朋友圈 微博</div>
    <article>
    <p>清明前后，清远英德市的红茶小镇迎来采茶季，漫山茶园里到处是采茶工忙碌的身影。</p>
    <p>英德红茶已有六十多年的种植历史。近年来，当地推动茶旅融合，把茶园、茶厂和民宿串成旅游线路。</p>
    <p>小镇上的一家茶企负责人说，今年春茶订单比去年多了三成，不少游客在茶园里边看边买。</p>
    </article>
    <div class="related">相关阅读<br>英德麻竹笋丰收上市<br>英德市举办乡村振兴擂台赛</div>
    <div class="footer">英德市融媒体中心 版权所有　粤ICP备11012345号</div>
    </body>
    </html>
    """,
    title="英德红茶小镇迎来采茶季",
    source="英德市融媒体中心",
    date="2024-04-02",
    author="邓小红",
    chrome=[
        "英德发布",
        "分享：微信 朋友圈 微博",
        "相关阅读",
        "英德麻竹笋丰收上市",
        "英德市举办乡村振兴擂台赛",
        "粤ICP备11012345号",
    ],
    body=[
        "漫山茶园里到处是采茶工忙碌的身影",
        "把茶园、茶厂和民宿串成旅游线路",
        "不少游客在茶园里边看边买",
    ],
    regions=[
        ("清明前后，清远英德市的红茶小镇", ["广东省/清远市/英德市"]),
        ("英德红茶已有六十多年的种植历史", []),
        ("小镇上的一家茶企负责人说", []),
    ],
    complete=True,
)

art(
    "sqrb_epaper_yucheng_lunar.txt",
    "prefecture daily e-paper text page with a lunar date beside the Gregorian one in the masthead (报名 + YYYY年M月D日 星期X 农历甲辰年十月初一, 第N版：版名, 上一版 下一版, 本报记者 + 通讯员 byline, 版权 line)",
    "utf-8",
    """
    商丘日报　2024年11月1日　星期五　农历甲辰年十月初一
    第03版：县域经济
    上一版　下一版
    虞城：小钢卷尺量出大产业
    本报记者　孙晓东　通讯员　王玉

    　　在商丘市虞城县稍岗镇，家家户户几乎都和钢卷尺打交道。这里生产的钢卷尺，占全国市场的很大份额。

    　　近年来，虞城县推动钢卷尺企业从贴牌加工转向自主品牌，建起了量具检测中心和电商产业园。

    　　不少在外地打工的年轻人回乡开网店，一天就能发出上千单货。

    商丘日报社版权所有
    """,
    title="虞城：小钢卷尺量出大产业",
    source="商丘日报",
    date="2024-11-01",
    author="孙晓东",
    chrome=["第03版：县域经济", "上一版　下一版", "商丘日报社版权所有"],
    body=[
        "家家户户几乎都和钢卷尺打交道",
        "建起了量具检测中心和电商产业园",
        "一天就能发出上千单货",
    ],
    regions=[
        ("在商丘市虞城县稍岗镇", ["河南省/商丘市/虞城县"]),
        ("近年来，虞城县推动钢卷尺企业", ["河南省/商丘市/虞城县"]),
        ("不少在外地打工的年轻人回乡开网店", []),
    ],
    complete=True,
)

art(
    "ordos_epaper_wushen_gb18030_crlf.txt",
    "prefecture daily e-paper text page, GB18030 + CRLF (报名 + YYYY年MM月DD日 + 第A02版：版名 on one line, 版面导航 line, title with 引题, 本报记者 byline, 京蒙 compound, 返回目录 / 放大 缩小 默认)",
    "gb18030",
    """
    鄂尔多斯日报　2024年08月09日　第A02版：旗区新闻
    版面导航　A01　A02　A03　A04
    乌审旗：沙地里种出“致富林”
    本报记者　乌日娜

    　　盛夏的乌审旗，毛乌素沙地边缘的沙柳、樟子松连成一片，昔日的流动沙丘被牢牢锁住。

    　　乌审旗把治沙和致富结合起来，村民平茬收割的沙柳卖给旗里的生物质电厂和板材厂，每亩每年能增收两三百元。

    　　今年，京蒙协作项目又在旗里建起了沙柳加工车间，附近嘎查的一百多名牧民在家门口就业。

    返回目录　放大　缩小　默认
    """,
    title="乌审旗：沙地里种出“致富林”",
    source="鄂尔多斯日报",
    date="2024-08-09",
    author="乌日娜",
    chrome=["版面导航　A01　A02　A03　A04", "返回目录　放大　缩小　默认"],
    body=[
        "昔日的流动沙丘被牢牢锁住",
        "每亩每年能增收两三百元",
        "附近嘎查的一百多名牧民在家门口就业",
    ],
    regions=[
        ("盛夏的乌审旗，毛乌素沙地边缘", ["内蒙古自治区/鄂尔多斯市/乌审旗"]),
        ("乌审旗把治沙和致富结合起来", ["内蒙古自治区/鄂尔多斯市/乌审旗"]),
        ("今年，京蒙协作项目又在旗里建起了", ["北京市", "内蒙古自治区"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "kdnet_forum_dayong_gbk_spam.txt",
    "forum thread saved as text, GBK (board crumb, thread title with 【原创】 tag, 楼主 + 发表于 YYYY-M-D HH:MM without leading zeros, 查看/回复 counter, gambling spam inside a sentence, a former city name, 回复 引用 举报 toolbar, 沙发 reply)",
    "gbk",
    """
    凯迪社区 > 猫眼看人 > 三农观察
    【原创】回老家看了看村里的变化
    楼主：山里的老周　发表于 2024-5-7 21:33
    查看：3861　回复：27

    　　我是大庸人，八十年代出去当兵，后来一直在外地工作，今年五一回张家界老家住了几天。

    　　村里的路全部硬化了，家家门口通了自来水，村部旁边还建了一个卫生室皇冠体育开户送彩金，看病不用再跑到乡里。

    　　最让我意外的是，村里好几个年轻人回来搞民宿和研学，周末游客不少。

    回复　引用　举报
    沙发：老哥写得实在，我们那边也差不多。
    """,
    title="回老家看了看村里的变化",
    source="凯迪社区",
    date="2024-05-07",
    author="山里的老周",
    chrome=[
        "凯迪社区 > 猫眼看人 > 三农观察",
        "查看：3861　回复：27",
        "回复　引用　举报",
        "沙发：老哥写得实在，我们那边也差不多。",
    ],
    body=[
        "八十年代出去当兵，后来一直在外地工作",
        "村部旁边还建了一个卫生室，看病不用再跑到乡里",
        "村里好几个年轻人回来搞民宿和研学",
    ],
    spam=["皇冠体育开户送彩金"],
    regions=[
        ("我是大庸人，八十年代出去当兵", ["湖南省/张家界市"]),
        ("村里的路全部硬化了", []),
        ("最让我意外的是，村里好几个年轻人", []),
    ],
    complete=True,
)

art(
    "blogchina_repost_shuicheng_gbk.txt",
    "personal blog platform repost saved as text, GBK (platform + blog name + 首页 博文 相册 nav, title, 发布时间 with seconds, 分类, 转自：paper line at the top, article, 阅读/评论/收藏 counter, 上一篇/下一篇)",
    "gbk",
    """
    博客中国　乌蒙山人的博客　首页　博文　相册　关于我
    水城：猕猴桃挂满枝头 农户笑开颜
    发布时间：2024-09-02 15:47:03　分类：家乡新闻
    转自：六盘水日报

    　　九月初，六盘水市水城区的猕猴桃基地里，一串串猕猴桃挂满枝头，果农们忙着采摘、分拣。

    　　水城区海拔落差大，昼夜温差明显，种出的红心猕猴桃糖分高。全区猕猴桃种植面积已达十多万亩。

    　　当地采取“合作社+农户”的模式，统一技术、统一品牌、统一销售，果农不用再为销路发愁。

    阅读(452) | 评论(3) | 收藏(1)
    上一篇：家乡的刺梨熟了
    下一篇：重阳节回村看老人
    """,
    title="水城：猕猴桃挂满枝头 农户笑开颜",
    source="六盘水日报",
    site="博客中国",
    date="2024-09-02",
    chrome=[
        "博客中国　乌蒙山人的博客　首页　博文　相册　关于我",
        "分类：家乡新闻",
        "阅读(452) | 评论(3) | 收藏(1)",
        "上一篇：家乡的刺梨熟了",
        "下一篇：重阳节回村看老人",
    ],
    body=[
        "果农们忙着采摘、分拣",
        "种出的红心猕猴桃糖分高",
        "果农不用再为销路发愁",
    ],
    regions=[
        ("九月初，六盘水市水城区的猕猴桃基地", ["贵州省/六盘水市/水城区"]),
        ("水城区海拔落差大", ["贵州省/六盘水市/水城区"]),
        ("当地采取“合作社+农户”的模式", []),
    ],
    complete=True,
)

art(
    "wechat_copy_lufeng_haifeng_person.txt",
    "WeChat article copied as plain text (title, 原创 + author + account + date + time + province line, 点击蓝字关注, a person named after the next county, 预览时标签不可点, 微信扫一扫关注该公众号, 来源 + 编辑 at the end, 阅读原文 / 在看)",
    "utf-8",
    """
    陆丰：“海上牧场”带富沿海渔村
    原创 陆丰融媒 陆丰发布 2024年10月08日 20:30 广东
    点击蓝字 关注我们

    在汕尾陆丰市碣石湾，一排排深水网箱在海面上整齐排列，渔民们正在给网箱里的金鲳鱼投喂饲料。

    致富带头人陈海丰十年前从外地回乡，带着村里的渔民从近海捕捞转向深海养殖。

    如今，当地深水网箱养殖年产值超过两亿元，带动周边一千多名渔民增收。

    来源：陆丰市融媒体中心
    编辑：林小燕
    预览时标签不可点
    微信扫一扫关注该公众号
    阅读原文
    在看
    """,
    title="陆丰：“海上牧场”带富沿海渔村",
    source="陆丰市融媒体中心",
    site="陆丰发布",
    date="2024-10-08",
    chrome=[
        "点击蓝字 关注我们",
        "编辑：林小燕",
        "预览时标签不可点",
        "微信扫一扫关注该公众号",
        "阅读原文",
    ],
    body=[
        "渔民们正在给网箱里的金鲳鱼投喂饲料",
        "从近海捕捞转向深海养殖",
        "带动周边一千多名渔民增收",
    ],
    regions=[
        ("在汕尾陆丰市碣石湾", ["广东省/汕尾市/陆丰市"]),
        ("致富带头人陈海丰十年前从外地回乡", []),
        ("如今，当地深水网箱养殖年产值", []),
    ],
    complete=True,
)

art(
    "wechat_md_heading_jingyu_former_name.md",
    "WeChat article saved as Markdown with a '# ' heading (account + italic date line, 图片 lines, 往期回顾 bullet list, 文字/摄影/编辑 credits, 分享 收藏 在看 点赞 line)",
    "utf-8",
    """
    # 靖宇：老林业工人的“新营生”

    靖宇融媒 *2024年01月10日 07:30* *吉林*

    ![图片](https://mmbiz.qpic.cn/mmbiz_jpg/JyR2/640)

    在白山市靖宇县，六十二岁的老林业工人孙德顺如今在林下种起了人参和天麻。

    他年轻时在临江市的林场当过伐木工，停伐以后转岗当了护林员，后来承包了一片林地搞林下经济。

    靖宇县现在有四千多户林区职工家庭从事林下种植，不砍树也能过上好日子。

    往期回顾
    - 靖宇矿泉水产业集群再扩容

    文字：刘畅　摄影：王野　编辑：崔丽

    分享 收藏 在看 点赞
    """,
    title="靖宇：老林业工人的“新营生”",
    source="靖宇融媒",
    date="2024-01-10",
    chrome=[
        "往期回顾",
        "靖宇矿泉水产业集群再扩容",
        "文字：刘畅　摄影：王野　编辑：崔丽",
        "分享 收藏 在看 点赞",
    ],
    body=[
        "如今在林下种起了人参和天麻",
        "停伐以后转岗当了护林员",
        "不砍树也能过上好日子",
    ],
    regions=[
        ("在白山市靖宇县，六十二岁的老林业工人", ["吉林省/白山市/靖宇县"]),
        ("他年轻时在临江市的林场当过伐木工", ["吉林省/白山市/临江市"]),
        ("靖宇县现在有四千多户林区职工家庭", ["吉林省/白山市/靖宇县"]),
    ],
    complete=True,
)


# --- Hong Kong, Macau and Taiwan ------------------------------------------------------------
art(
    "skypost_hk_yuenlong_farm_big5.txt",
    "Hong Kong free daily's site saved as text, Big5 (報名 + 新聞分類 crumb, title, YYYY年MM月DD日 星期X date, 撰文 byline, 分享 line, 相關新聞 list, 版權 footer)",
    "big5",
    """
    晴報　> 新聞 > 港聞
    元朗農場變身教育基地　學生落田體驗耕種
    2024年11月26日　星期二
    撰文：梁家慧
    分享：Facebook　WhatsApp

    　　元朗一個有機農場近年轉型為農業教育基地，每逢周末都有不少學校安排學生落田體驗耕種。

    　　農場主人表示，香港本地農業規模細，希望下一代知道餐桌上的菜從哪裡來。

    　　學生們在導師帶領下學習翻土、播種和收割，不少人第一次親手拔起蘿蔔。

    相關新聞
    漁護署推廣本地有機菜
    版權所有　不得轉載
    """,
    title="元朗農場變身教育基地　學生落田體驗耕種",
    source="晴報",
    date="2024-11-26",
    author="梁家慧",
    chrome=[
        "晴報　> 新聞 > 港聞",
        "分享：Facebook　WhatsApp",
        "相關新聞",
        "漁護署推廣本地有機菜",
        "版權所有　不得轉載",
    ],
    body=[
        "每逢周末都有不少學校安排學生落田體驗耕種",
        "希望下一代知道餐桌上的菜從哪裡來",
        "不少人第一次親手拔起蘿蔔",
    ],
    regions=[
        ("元朗一個有機農場近年轉型為農業教育基地", ["香港特别行政区"]),
        ("農場主人表示，香港本地農業規模細", ["香港特别行政区"]),
        ("學生們在導師帶領下學習翻土", []),
    ],
    complete=True,
)

art(
    "inmediahk_taipo_village.html",
    "Hong Kong independent media site saved HTML in traditional script (site nav, 分類 tags, title, 作者 + YYYY-MM-DD HH:MM line, Facebook/Twitter 分享 buttons, 支持獨媒 donation box, 相關文章, Creative Commons footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head>
    <meta charset="utf-8">
    <title>大埔老圍村民自組巡山隊　守護風水林 | 香港獨立媒體網</title>
    </head>
    <body>
    <div class="site-nav"><a href="/">首頁</a> <a href="/category/community">社區</a> <a href="/category/environment">環境</a> <a href="/category/culture">文化</a></div>
    <div class="tags">社區　環境</div>
    <h1>大埔老圍村民自組巡山隊　守護風水林</h1>
    <div class="submitted">作者：林曉晴　2024-09-03 14:20</div>
    <div class="share-buttons">Facebook　Twitter　複製連結</div>
    <div class="field-body">
    <p>大埔一條客家圍村的村民自發組成巡山隊，每星期兩次上山巡查村後的風水林，防止有人非法砍伐土沉香。</p>
    <p>巡山隊成員大多是退休村民，也有從市區搬入村的年輕家庭。他們沿着山徑記錄樹木狀況，發現可疑情況便通知漁護署。</p>
    <p>村長說，風水林護了村子幾百年，現在輪到村民守護它。</p>
    </div>
    <div class="donate">支持獨媒　每月捐款</div>
    <div class="related">相關文章<br>西貢村民爭取保育古道</div>
    <div class="footer">本網站內容採用創用CC授權　香港獨立媒體網</div>
    </body>
    </html>
    """,
    title="大埔老圍村民自組巡山隊　守護風水林",
    source="香港獨立媒體網",
    date="2024-09-03",
    author="林曉晴",
    chrome=[
        "社區　環境",
        "Facebook　Twitter　複製連結",
        "支持獨媒　每月捐款",
        "相關文章",
        "西貢村民爭取保育古道",
        "本網站內容採用創用CC授權",
    ],
    body=[
        "防止有人非法砍伐土沉香",
        "發現可疑情況便通知漁護署",
        "現在輪到村民守護它",
    ],
    regions=[
        ("大埔一條客家圍村的村民自發組成巡山隊", ["香港特别行政区"]),
        ("巡山隊成員大多是退休村民", []),
        ("村長說，風水林護了村子幾百年", []),
    ],
    complete=True,
)

art(
    "modernmacau_hengqin_big5.txt",
    "Macau daily's site saved as text, Big5 (報名 + 澳聞 crumb, title, 發佈日期 YYYY-MM-DD, 本報訊, 瀏覽 counter, 列印 | 轉寄, 版權 footer)",
    "big5",
    """
    現代澳門日報　首頁 > 澳聞
    澳門居民赴橫琴從事農業體驗活動
    發佈日期：2024-10-19
    瀏覽：1208

    　　【本報訊】一批澳門居民日前赴珠海橫琴參加農業體驗活動，在當地的農場學習種植蔬菜和製作農產品。

    　　主辦單位表示，活動讓澳門居民了解內地鄉村發展，也為青年到合作區創業提供參考。

    　　參加活動的一名澳門青年說，希望日後能把橫琴的新鮮蔬菜帶回澳門市場。

    列印 | 轉寄
    現代澳門日報版權所有
    """,
    title="澳門居民赴橫琴從事農業體驗活動",
    source="現代澳門日報",
    date="2024-10-19",
    chrome=["現代澳門日報　首頁 > 澳聞", "瀏覽：1208", "列印 | 轉寄", "現代澳門日報版權所有"],
    body=[
        "在當地的農場學習種植蔬菜和製作農產品",
        "也為青年到合作區創業提供參考",
        "把橫琴的新鮮蔬菜帶回澳門市場",
    ],
    regions=[
        ("一批澳門居民日前赴珠海橫琴參加", ["澳门特别行政区", "广东省/珠海市"]),
        ("主辦單位表示，活動讓澳門居民", ["澳门特别行政区"]),
        ("參加活動的一名澳門青年說", ["澳门特别行政区", "广东省/珠海市"]),
    ],
    complete=True,
)

art(
    "merittimes_taitung_minguo_big5.txt",
    "Taiwanese Buddhist-run daily's site saved as text, Big5 (報名 + 新聞分類, title, 中華民國113年11月20日 date line, 字級 大 中 小, 【記者X台東報導】 dateline opening the lead, 分享, 延伸閱讀, 版權 footer)",
    "big5",
    """
    人間福報　首頁 > 社會 > 地方
    台東部落長者食堂　志工煮出好味道
    中華民國113年11月20日
    字級　大　中　小

    　　【記者陳美玲台東報導】台東縣一處部落的長者食堂每天中午開伙，十多位志工輪流掌廚，為部落裡的獨居長者準備熱騰騰的午餐。

    　　食堂由部落發展協會經營，食材多半來自族人自家種的小米和野菜。

    　　一位八十多歲的阿嬤說，來食堂吃飯還能和老朋友聊天，日子不再孤單。

    分享：LINE　Facebook
    延伸閱讀
    人間福報版權所有
    """,
    title="台東部落長者食堂　志工煮出好味道",
    source="人間福報",
    date="2024-11-20",
    author="陳美玲",
    chrome=[
        "人間福報　首頁 > 社會 > 地方",
        "字級　大　中　小",
        "分享：LINE　Facebook",
        "延伸閱讀",
        "人間福報版權所有",
    ],
    body=[
        "為部落裡的獨居長者準備熱騰騰的午餐",
        "食材多半來自族人自家種的小米和野菜",
        "日子不再孤單",
    ],
    regions=[
        ("台東縣一處部落的長者食堂每天中午開伙", ["台湾省/台东县"]),
        ("食堂由部落發展協會經營", []),
        ("一位八十多歲的阿嬤說", []),
    ],
    complete=True,
)

art(
    "bcc_news_chiayi_roc_slash.html",
    "Taiwanese radio network's news site saved HTML with a slashed ROC date (113/11/30 HH:MM), 新聞分類 nav, 記者 line, 分享 buttons, 熱門新聞 list, 版權 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head>
    <meta charset="utf-8">
    <title>嘉義縣推動青農返鄉　打造咖啡產業鏈 - 中廣新聞網</title>
    </head>
    <body>
    <div class="nav"><a href="/">首頁</a> <a href="/news/politics">政治</a> <a href="/news/life">生活</a> <a href="/news/local">地方</a></div>
    <h1>嘉義縣推動青農返鄉　打造咖啡產業鏈</h1>
    <div class="news-info">113/11/30 09:42　記者　黃信傑</div>
    <div class="share">分享　LINE　Facebook</div>
    <div class="news-content">
    <p>嘉義縣政府近年推動青農返鄉計畫，在阿里山山區輔導年輕人種植、烘焙咖啡。</p>
    <p>縣府農業處表示，已有四十多位青農加入，產品從生豆、熟豆到咖啡體驗行程都有。</p>
    <p>一位返鄉青農說，以前家裡只種茶，現在多了咖啡，收入也穩定許多。</p>
    </div>
    <div class="hot">熱門新聞<br>雲林西瓜搶先上市</div>
    <div class="footer">中國廣播公司 版權所有</div>
    </body>
    </html>
    """,
    title="嘉義縣推動青農返鄉　打造咖啡產業鏈",
    source="中廣新聞網",
    date="2024-11-30",
    author="黃信傑",
    chrome=["分享　LINE　Facebook", "熱門新聞", "雲林西瓜搶先上市", "中國廣播公司 版權所有"],
    body=[
        "在阿里山山區輔導年輕人種植、烘焙咖啡",
        "產品從生豆、熟豆到咖啡體驗行程都有",
        "收入也穩定許多",
    ],
    regions=[
        ("嘉義縣政府近年推動青農返鄉計畫", ["台湾省/嘉义县"]),
        ("縣府農業處表示，已有四十多位青農加入", []),
        ("一位返鄉青農說，以前家裡只種茶", []),
    ],
    complete=True,
)

art(
    "mdnkids_pingtung_school.html",
    "Taiwanese children's daily's site saved HTML (Big5 bytes with <meta charset=big5>, 首頁 > 教育 crumb, title, 日期：YYYY/MM/DD + 文／記者, 字體大小 bar, 列印 line, 版權 footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>國語日報－屏東偏鄉小校　學生學做排灣族陶壺</title>
    </head>
    <body>
    <div class="crumb">首頁 &gt; 教育</div>
    <h2>屏東偏鄉小校　學生學做排灣族陶壺</h2>
    <div class="info">日期：2024/10/24　文／記者　潘怡君</div>
    <div class="fontsize">字體大小　小　中　大</div>
    <div class="article">
    <p>屏東縣一所全校不到五十人的山區小學，今年開設排灣族陶壺課程，請部落裡的工藝師到校教學。</p>
    <p>學生們從揉土、捏塑到刻紋，一步一步完成自己的陶壺，課程結束後還在校內辦了成果展。</p>
    <p>校長說，希望孩子在學習中認識自己的文化，長大後也願意回到部落。</p>
    </div>
    <div class="print">列印本頁</div>
    <div class="footer">國語日報社 版權所有</div>
    </body>
    </html>
    """,
    title="屏東偏鄉小校　學生學做排灣族陶壺",
    source="國語日報",
    date="2024-10-24",
    author="潘怡君",
    chrome=["首頁 > 教育", "字體大小　小　中　大", "列印本頁", "國語日報社 版權所有"],
    body=[
        "請部落裡的工藝師到校教學",
        "一步一步完成自己的陶壺",
        "長大後也願意回到部落",
    ],
    regions=[
        ("屏東縣一所全校不到五十人的山區小學", ["台湾省/屏东县"]),
        ("學生們從揉土、捏塑到刻紋", []),
        ("校長說，希望孩子在學習中認識", []),
    ],
    complete=True,
)


# --- overseas Chinese-language papers ------------------------------------------------------
art(
    "goldenphoenix_mm_tengchong.txt",
    "Myanmar Chinese-language paper's site saved as text (报名 + 栏目 crumb, title, 发布日期 with Burmese-calendar-free Gregorian date + 浏览, 本报讯 dateline in the lead, 分享到 line, 广告 line, 版权 footer)",
    "utf-8",
    """
    金凤凰中文报　首页 > 中国新闻
    腾冲边境村寨发展咖啡种植 缅北客商前来采购
    发布日期：2024年8月30日　浏览：2365

    　　本报讯　云南保山腾冲市的多个边境村寨近年来大力发展咖啡种植，吸引了不少缅北客商前来采购咖啡豆。

    　　当地村民介绍，咖啡树种在海拔一千多米的山坡上，产出的咖啡豆品质好，价格也比种玉米划算。

    　　腾冲的咖啡加工企业还与缅甸密支那的商家合作，把烘焙好的咖啡销往东南亚市场。

    分享到：Facebook　Viber
    广告：仰光中文培训班火热招生中
    金凤凰中文报版权所有
    """,
    title="腾冲边境村寨发展咖啡种植 缅北客商前来采购",
    source="金凤凰中文报",
    date="2024-08-30",
    chrome=[
        "金凤凰中文报　首页 > 中国新闻",
        "浏览：2365",
        "分享到：Facebook　Viber",
        "广告：仰光中文培训班火热招生中",
        "金凤凰中文报版权所有",
    ],
    body=[
        "吸引了不少缅北客商前来采购咖啡豆",
        "价格也比种玉米划算",
        "把烘焙好的咖啡销往东南亚市场",
    ],
    regions=[
        ("云南保山腾冲市的多个边境村寨", ["云南省/保山市/腾冲市"]),
        ("当地村民介绍，咖啡树种在海拔", []),
        ("腾冲的咖啡加工企业还与缅甸密支那", ["云南省/保山市/腾冲市"]),
    ],
    complete=True,
)

art(
    "sggp_vn_dongxing_vietnamese_date.html",
    "Vietnamese state paper's Chinese edition saved HTML dated in Vietnamese (Thứ Sáu, DD/MM/YYYY HH:MM (GMT+7)), bilingual nav, title, 分享 buttons, 相关新闻, copyright footer in Vietnamese",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="utf-8">
    <title>中越边境东兴口岸边民互市热闹 - 西贡解放日报中文版</title>
    </head>
    <body>
    <div class="menu"><a href="/">首页 Trang chủ</a> <a href="/kinhte">经济</a> <a href="/xahoi">社会</a> <a href="/hoanhan">华人社区</a></div>
    <h1>中越边境东兴口岸边民互市热闹</h1>
    <div class="time">Thứ Sáu, 22/11/2024 16:05 (GMT+7)</div>
    <div class="share">分享 Facebook Zalo</div>
    <div class="detail">
    <p>在与越南芒街隔河相望的广西防城港东兴市，边民互市贸易区里人来人往，越南的海鲜、水果和中国的日用品在这里交易。</p>
    <p>不少越南商贩每天一早过境摆摊，傍晚再回到芒街。</p>
    <p>当地商会人士表示，随着通关更加便利，两地边民的往来越来越密切。</p>
    </div>
    <div class="lienquan">相关新闻<br>胡志明市华人举办中秋联欢会</div>
    <div class="footer">Bản quyền thuộc về Báo Sài Gòn Giải Phóng</div>
    </body>
    </html>
    """,
    title="中越边境东兴口岸边民互市热闹",
    source="西贡解放日报中文版",
    date="2024-11-22",
    chrome=[
        "分享 Facebook Zalo",
        "相关新闻",
        "胡志明市华人举办中秋联欢会",
        "Bản quyền thuộc về Báo Sài Gòn Giải Phóng",
    ],
    body=[
        "越南的海鲜、水果和中国的日用品在这里交易",
        "傍晚再回到芒街",
        "两地边民的往来越来越密切",
    ],
    regions=[
        ("在与越南芒街隔河相望的广西防城港东兴市", ["广西壮族自治区/防城港市/东兴市"]),
        ("不少越南商贩每天一早过境摆摊", []),
        ("当地商会人士表示，随着通关更加便利", []),
    ],
    complete=True,
)

art(
    "ouliannet_it_qingtian_engdate_spam.txt",
    "Italian Chinese-language news site saved as text dated with an English month name (Nov 28, 2024), 欧联网 crumb, 来源 line, invoice spam with a city name inside a sentence, 分享 line, 编辑 line, 广告 line",
    "utf-8",
    """
    欧联网　首页 > 侨乡新闻
    青田侨乡办起“洋货市场” 归侨带回欧洲好物
    Nov 28, 2024　来源：丽水日报

    　　在丽水市青田县，一条街上开满了进口商品店，货架上摆满了意大利的红酒、橄榄油和西班牙的火腿。

    　　这些商店大多由从欧洲回乡的华侨开办，他们熟悉欧洲货源深圳代开发票13800138000，把进口商品卖到了全国各地。

    　　在意大利经营餐馆多年的一位青田籍侨胞说，现在回老家创业，既能照顾老人，又能发挥自己的优势。

    分享到：微信　WhatsApp
    编辑：胡晓蕾
    广告：米兰华人超市年终大促
    """,
    title="青田侨乡办起“洋货市场” 归侨带回欧洲好物",
    source="丽水日报",
    site="欧联网",
    date="2024-11-28",
    chrome=[
        "欧联网　首页 > 侨乡新闻",
        "分享到：微信　WhatsApp",
        "编辑：胡晓蕾",
        "广告：米兰华人超市年终大促",
    ],
    body=[
        "货架上摆满了意大利的红酒、橄榄油和西班牙的火腿",
        "他们熟悉欧洲货源，把进口商品卖到了全国各地",
        "既能照顾老人，又能发挥自己的优势",
    ],
    spam=["深圳代开发票13800138000"],
    regions=[
        ("在丽水市青田县，一条街上开满了", ["浙江省/丽水市/青田县"]),
        ("这些商店大多由从欧洲回乡的华侨开办", []),
        ("在意大利经营餐馆多年的一位青田籍侨胞", ["浙江省/丽水市/青田县"]),
    ],
    complete=True,
)

art(
    "ouhuabao_es_ouhai_dmy_english.html",
    "Spanish Chinese-language paper's site saved HTML dated '28 Nov 2024' (day month-name year), nav, 西班牙 crumb, title, 作者 line, 分享 buttons, 广告 block, 相关阅读, Copyright footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>瓯海侨胞回乡投资 山村建起眼镜配件厂 | 欧华报</title>
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> <a href="/spain/">西班牙</a> <a href="/china/">中国</a> <a href="/qiaoxiang/">侨乡</a></div>
    <div class="crumb">首页 / 侨乡</div>
    <h1>瓯海侨胞回乡投资 山村建起眼镜配件厂</h1>
    <div class="meta">28 Nov 2024　作者：叶明</div>
    <div class="share">分享：Facebook　微信</div>
    <div class="entry">
    <p>旅居西班牙马德里二十多年的侨胞老叶，今年回到温州市瓯海区的老家，在村里办起了一家眼镜配件厂。</p>
    <p>工厂招收的大多是村里的留守妇女，她们在家门口上班，每月能挣四五千元。</p>
    <p>老叶说，瓯海的眼镜产业基础好，把工厂办在村里，也算是为家乡做点实事。</p>
    </div>
    <div class="ad">广告　马德里中餐馆转让</div>
    <div class="related">相关阅读<br>巴塞罗那华人社团举办新春联欢</div>
    <div class="footer">Copyright © 欧华报 Ouhua Bao. All rights reserved.</div>
    </body>
    </html>
    """,
    title="瓯海侨胞回乡投资 山村建起眼镜配件厂",
    source="欧华报",
    date="2024-11-28",
    author="叶明",
    chrome=[
        "首页 / 侨乡",
        "分享：Facebook　微信",
        "广告　马德里中餐馆转让",
        "相关阅读",
        "巴塞罗那华人社团举办新春联欢",
        "All rights reserved.",
    ],
    body=[
        "在村里办起了一家眼镜配件厂",
        "每月能挣四五千元",
        "也算是为家乡做点实事",
    ],
    regions=[
        ("旅居西班牙马德里二十多年的侨胞老叶", ["浙江省/温州市/瓯海区"]),
        ("工厂招收的大多是村里的留守妇女", []),
        ("老叶说，瓯海的眼镜产业基础好", ["浙江省/温州市/瓯海区"]),
    ],
    complete=True,
)

art(
    "longbao_ru_suifenhe_dotted_dmy.txt",
    "Russian Chinese-language paper's site saved as text dated DD.MM.YYYY (Russian order), bilingual masthead, 中俄 compound, title, 来源 + 日期 line, Поделиться share line, 广告, 版权 footer in Russian",
    "utf-8",
    """
    龙报 Лун Бао　首页 > 中俄边境
    绥芬河边境村民种菜卖到俄罗斯
    20.11.2024　来源：龙报记者站

    　　在黑龙江牡丹江市的绥芬河，边境村的村民搭起了温室大棚，冬天种出的黄瓜、西红柿通过口岸卖到俄罗斯远东地区。

    　　村里的合作社和俄罗斯的超市签订了供货合同，每周有两三车蔬菜出口。

    　　中俄两国边境地区的农业合作越来越多，不少俄罗斯客商专门过来考察。

    Поделиться：VK　Telegram
    广告：莫斯科中文导游招聘
    © Лун Бао, все права защищены
    """,
    title="绥芬河边境村民种菜卖到俄罗斯",
    source="龙报",
    date="2024-11-20",
    chrome=[
        "龙报 Лун Бао　首页 > 中俄边境",
        "Поделиться：VK　Telegram",
        "广告：莫斯科中文导游招聘",
        "© Лун Бао, все права защищены",
    ],
    body=[
        "冬天种出的黄瓜、西红柿通过口岸卖到俄罗斯远东地区",
        "每周有两三车蔬菜出口",
        "不少俄罗斯客商专门过来考察",
    ],
    regions=[
        ("在黑龙江牡丹江市的绥芬河", ["黑龙江省/牡丹江市/绥芬河市"]),
        ("村里的合作社和俄罗斯的超市签订了", []),
        ("中俄两国边境地区的农业合作越来越多", []),
    ],
    complete=True,
)

art(
    "africa_qiaobao_za_xianyou.txt",
    "South African Chinese-language weekly's site saved as text (报名 + 侨乡 crumb, title, 发布于 YYYY-MM-DD by 编辑部, 约翰内斯堡 ad line, article, 分享 WhatsApp, 版权 footer)",
    "utf-8",
    """
    非洲华侨周报　首页 > 侨乡动态
    仙游侨胞捐建村级养老服务中心
    发布于 2024-10-15　编辑部
    广告：约翰内斯堡中国城商铺招租

    　　近日，一位旅居南非多年的侨胞出资，在家乡莆田市仙游县的一个村建起了养老服务中心。

    　　中心设有食堂、活动室和医务室，村里七十岁以上的老人可以免费用餐。

    　　这位侨胞说，在南非打拼多年，一直惦记着家乡的老人。

    分享：WhatsApp　微信
    非洲华侨周报版权所有
    """,
    title="仙游侨胞捐建村级养老服务中心",
    source="非洲华侨周报",
    date="2024-10-15",
    chrome=[
        "非洲华侨周报　首页 > 侨乡动态",
        "广告：约翰内斯堡中国城商铺招租",
        "分享：WhatsApp　微信",
        "非洲华侨周报版权所有",
    ],
    body=[
        "建起了养老服务中心",
        "村里七十岁以上的老人可以免费用餐",
        "一直惦记着家乡的老人",
    ],
    regions=[
        ("在家乡莆田市仙游县的一个村", ["福建省/莆田市/仙游县"]),
        ("中心设有食堂、活动室和医务室", []),
        ("这位侨胞说，在南非打拼多年", []),
    ],
    complete=True,
)

art(
    "dongfangxinbao_jp_rongcheng_reiwa.txt",
    "Japanese Chinese-language paper's site saved as text with a Japanese era year beside the Gregorian one (令和6年（2024年）10月5日), 日本 crumb, title, 本报记者 line, シェア share line, 广告 line, 版权 footer",
    "utf-8",
    """
    东方新报　トップ > 中国 > 地方
    荣成渔村的海草房民宿吸引日本游客
    令和6年（2024年）10月5日
    本报记者　王丽华

    　　在威海荣成市的一个渔村，一座座用海草苫顶的老房子被改造成民宿，吸引了不少从日本专程前来的游客。

    　　海草房冬暖夏凉，是胶东沿海特有的民居。村里把闲置的海草房统一修缮，交给专业公司运营。

    　　一位来自大阪的游客说，这里的风景和日本的渔村有些相似，但海鲜更丰富。

    シェア：LINE　X
    广告：东京中文学校招生
    东方新报社版权所有
    """,
    title="荣成渔村的海草房民宿吸引日本游客",
    source="东方新报",
    date="2024-10-05",
    author="王丽华",
    chrome=[
        "东方新报　トップ > 中国 > 地方",
        "シェア：LINE　X",
        "广告：东京中文学校招生",
        "东方新报社版权所有",
    ],
    body=[
        "被改造成民宿",
        "交给专业公司运营",
        "但海鲜更丰富",
    ],
    regions=[
        ("在威海荣成市的一个渔村", ["山东省/威海市/荣成市"]),
        ("海草房冬暖夏凉，是胶东沿海特有的民居", []),
        ("一位来自大阪的游客说", []),
    ],
    complete=True,
)

art(
    "nzchinese_herald_xinhui_nz_time.txt",
    "New Zealand Chinese-language paper's site saved as text (报名 + 新闻 > 侨乡, title, 'YYYY年M月D日 新西兰时间 HH:MM' line, 来源 line naming a mainland paper, 奥克兰 ad line, 分享 line, 版权 footer)",
    "utf-8",
    """
    新西兰中文先驱报　新闻 > 侨乡
    新会陈皮村迎来收柑季 海外乡亲回乡帮忙
    2024年11月14日 新西兰时间 09:20
    来源：江门日报

    　　在江门市新会区的一个陈皮村，新会柑进入采收季，不少在海外定居的乡亲专程回乡帮忙。

    　　村里的陈皮加工厂实行“柑农+合作社+企业”的模式，柑农按订单交货，价格有保底。

    　　一位从奥克兰回来的乡亲说，小时候跟着父母摘柑，如今陈皮成了家乡的大产业。

    广告：奥克兰中文地产顾问
    分享到：微信　Facebook
    新西兰中文先驱报版权所有
    """,
    title="新会陈皮村迎来收柑季 海外乡亲回乡帮忙",
    source="江门日报",
    site="新西兰中文先驱报",
    date="2024-11-14",
    chrome=[
        "新西兰中文先驱报　新闻 > 侨乡",
        "广告：奥克兰中文地产顾问",
        "分享到：微信　Facebook",
        "新西兰中文先驱报版权所有",
    ],
    body=[
        "不少在海外定居的乡亲专程回乡帮忙",
        "柑农按订单交货，价格有保底",
        "如今陈皮成了家乡的大产业",
    ],
    regions=[
        ("在江门市新会区的一个陈皮村", ["广东省/江门市/新会区"]),
        ("村里的陈皮加工厂实行", []),
        ("一位从奥克兰回来的乡亲说", []),
    ],
    complete=True,
)

art(
    "nanmei_br_wencheng_portuguese.html",
    "Brazilian Chinese-language paper's site saved HTML (bilingual nav, title, Portuguese date 'quinta-feira, 31 de outubro de 2024' with 发布 label, 分享 buttons, 广告 block, 圣保罗 related list, copyright footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="utf-8">
    <title>文成侨乡：旅巴侨胞助力家乡杨梅产业 - 南美侨报网</title>
    </head>
    <body>
    <div class="nav"><a href="/">首页 Início</a> <a href="/brasil/">巴西新闻</a> <a href="/china/">中国新闻</a> <a href="/qiaoxiang/">侨乡</a></div>
    <h1>文成侨乡：旅巴侨胞助力家乡杨梅产业</h1>
    <div class="data">发布：quinta-feira, 31 de outubro de 2024</div>
    <div class="share">分享 WhatsApp Facebook</div>
    <div class="materia">
    <p>温州市文成县是著名侨乡，不少旅居巴西的侨胞近年来回乡投资杨梅种植和加工。</p>
    <p>在一个杨梅专业村，侨胞出资建起了冷库和果酒加工厂，杨梅的销售季从半个月延长到了大半年。</p>
    <p>村民说，侨胞带回来的不仅是资金，还有新的经营理念。</p>
    </div>
    <div class="ad">广告：圣保罗华人律师事务所</div>
    <div class="relacionadas">相关新闻<br>圣保罗华人举办国庆招待会</div>
    <div class="footer">© 南美侨报网 Todos os direitos reservados</div>
    </body>
    </html>
    """,
    title="文成侨乡：旅巴侨胞助力家乡杨梅产业",
    source="南美侨报网",
    date="2024-10-31",
    chrome=[
        "分享 WhatsApp Facebook",
        "广告：圣保罗华人律师事务所",
        "相关新闻",
        "圣保罗华人举办国庆招待会",
        "Todos os direitos reservados",
    ],
    body=[
        "回乡投资杨梅种植和加工",
        "杨梅的销售季从半个月延长到了大半年",
        "还有新的经营理念",
    ],
    regions=[
        ("温州市文成县是著名侨乡", ["浙江省/温州市/文成县"]),
        ("在一个杨梅专业村，侨胞出资建起了冷库", []),
        ("村民说，侨胞带回来的不仅是资金", []),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(
        out, "Held-out set 10 (issue 10): written fresh, never tuned on. Report figures only."
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
