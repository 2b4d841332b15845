"""Write tests/layouts/heldout17b/: a second writer's fresh held-out set (articles + labels.yaml).

    python tests/layouts/make_heldout17b.py tests/layouts/heldout17b

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. It was written beside heldout17 by
a different writer, with none of heldout17's layouts. None of its sites,
outlets, provinces' papers or counties appears in dev or heldout to heldout17;
the prefectures are the ones the earlier sets named least (Yangquan, Jilin
city, Anshan, Zibo, Jinzhong, Xinzhou, Hulunbuir, Haixi, Ngari, Shizuishan,
Jiamusi, Xianyang, Baiyin, Bozhou ...). About 70 % are mainstream pages; the
rest vary the encoding, where the metadata sits and inject a few spam
strings. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art

# --- city and county government portals ---------------------------------------------------
art(
    "yangquan_gov_yuxian.html",
    "city government portal with <meta name=firstpublishedtime> and <meta name=Description>, <title> 标题 - 阳泉市人民政府网, 您现在所在位置 crumb, 发布时间 + 来源 + 作者 + 责任编辑 row, 【纠错】 link, 相关稿件 list under the body, 晋公网安备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="firstpublishedtime" content="2024-08-27-10:42:05">
    <meta name="Description" content="盂县梁家寨乡的小米今年种了八千亩，谷子地里的“智慧农业”监测杆第一次派上用场。">
    <title>盂县：小米谷子地里立起了“智慧杆” - 阳泉市人民政府网</title>
    </head>
    <body>
    <div class="topbar">欢迎访问阳泉市人民政府网　<a href="#">繁体</a>　<a href="#">无障碍</a>　<a href="#">登录</a></div>
    <div class="menu">首页 | 阳泉概况 | 新闻动态 | 信息公开 | 政务服务 | 政民互动 | 专题专栏</div>
    <div class="location">您现在所在位置：首页 &gt; 新闻动态 &gt; 县区传真</div>
    <h1>盂县：小米谷子地里立起了“智慧杆”</h1>
    <div class="property">发布时间：2024-08-27　来源：盂县融媒体中心　作者：郝文斌　责任编辑：赵丽娟　<a href="#">【纠错】</a></div>
    <div class="article-content">
    <p>八月下旬，阳泉市盂县梁家寨乡的谷子进入灌浆期，沉甸甸的谷穗压弯了腰，地头上新立起的几根监测杆格外显眼。</p>
    <p>这些监测杆装着摄像头和土壤传感器，地里的墒情、虫情每隔半小时就传到乡农技站的大屏上，农技员不用下地也能看个大概。</p>
    <p>盂县是山西小米的传统产区，今年全县谷子种植面积稳定在八千亩左右，其中两千亩纳入了“数字田块”试点。</p>
    <p>种植合作社的负责人说，往年一场虫害发现晚了，半亩地就白种了；今年手机上一提醒，第二天就组织了统防统治。</p>
    <p>县农业农村局介绍，试点结束后将总结经验，明年把监测点扩大到全县主要旱作乡镇。</p>
    </div>
    <div class="related">
    <h3>相关稿件</h3>
    <ul>
    <li>阳泉市召开秋粮生产调度会</li>
    <li>平定县：旱作梯田迎来丰收季</li>
    </ul>
    </div>
    <div class="footer">主办单位：阳泉市人民政府办公室　晋ICP备05001983号　晋公网安备14030202000118号</div>
    </body>
    </html>
    """,
    title="盂县：小米谷子地里立起了“智慧杆”",
    source="盂县融媒体中心",
    site="阳泉市人民政府网",
    date="2024-08-27",
    author="郝文斌",
    chrome=[
        "首页 | 阳泉概况 | 新闻动态 | 信息公开 | 政务服务 | 政民互动 | 专题专栏",
        "您现在所在位置：首页 > 新闻动态 > 县区传真",
        "【纠错】",
        "阳泉市召开秋粮生产调度会",
        "平定县：旱作梯田迎来丰收季",
        "晋公网安备14030202000118号",
    ],
    body=[
        "沉甸甸的谷穗压弯了腰",
        "农技员不用下地也能看个大概",
        "其中两千亩纳入了“数字田块”试点",
        "第二天就组织了统防统治",
    ],
    regions=[
        ("八月下旬，阳泉市盂县梁家寨乡", ["山西省/阳泉市/盂县"]),
        ("这些监测杆装着摄像头和土壤传感器", []),
        ("盂县是山西小米的传统产区", ["山西省/阳泉市/盂县"]),
        ("种植合作社的负责人说", []),
        ("县农业农村局介绍，试点结束后", []),
    ],
    complete=True,
)

art(
    "jilin_city_gov_jiaohe_gbk.htm",
    "city government portal saved .htm in GBK (<meta charset=gbk>, <title> 标题--吉林市人民政府, 首页 → 政务要闻 → 县市区动态 crumb with →, date 2024年07月19日 星期五 on its own line, 文章来源 line after the body, 【收藏】【打印】【关闭】, 吉ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>蛟河：红叶谷景区提前备战秋季旅游旺季--吉林市人民政府</title>
    </head>
    <body>
    <div class="head">吉林市人民政府　江城吉林</div>
    <div class="nav">首页　政务要闻　政府信息公开　网上办事　互动交流　魅力江城</div>
    <div class="crumb">首页 → 政务要闻 → 县市区动态</div>
    <div class="title">蛟河：红叶谷景区提前备战秋季旅游旺季</div>
    <div class="date">2024年07月19日 星期五</div>
    <div class="content">
    <p>盛夏时节，吉林市蛟河市的红叶谷景区里游人还不算多，工人们正在修整栈道、加装护栏，为九月开始的赏红叶旺季做准备。</p>
    <p>去年秋季，红叶谷接待游客超过四十万人次，高峰时停车场排起了两公里长的车队。今年景区新建了两处停车场，增加了八百多个车位。</p>
    <p>针对去年游客反映的“吃饭难”，蛟河市文旅部门在景区沿线新开了三处农家美食点，统一明码标价。</p>
    <p>景区还和长春、沈阳的旅行社签了合作协议，推出“红叶＋温泉”两日游线路。</p>
    <p>景区负责人说，今年还要试行分时段预约，高峰日的游客会被引导到周边的几条山谷分流。</p>
    </div>
    <div class="ly">文章来源：蛟河市融媒体中心</div>
    <div class="tools">【收藏】【打印】【关闭】</div>
    <div class="foot">吉林市人民政府办公厅主办　吉ICP备05002281号</div>
    </body>
    </html>
    """,
    title="蛟河：红叶谷景区提前备战秋季旅游旺季",
    source="蛟河市融媒体中心",
    site="吉林市人民政府",
    date="2024-07-19",
    chrome=[
        "首页　政务要闻　政府信息公开　网上办事　互动交流　魅力江城",
        "首页 → 政务要闻 → 县市区动态",
        "【收藏】【打印】【关闭】",
        "吉林市人民政府办公厅主办　吉ICP备05002281号",
    ],
    body=[
        "工人们正在修整栈道、加装护栏",
        "高峰时停车场排起了两公里长的车队",
        "统一明码标价",
        "推出“红叶＋温泉”两日游线路",
    ],
    regions=[
        ("盛夏时节，吉林市蛟河市的红叶谷", ["吉林省/吉林市/蛟河市"]),
        ("去年秋季，红叶谷接待游客", []),
        ("针对去年游客反映的“吃饭难”，蛟河市", ["吉林省/吉林市/蛟河市"]),
        ("景区还和长春、沈阳的旅行社", ["吉林省/长春市", "辽宁省/沈阳市"]),
        ("景区负责人说，今年还要试行分时段预约", []),
    ],
    complete=True,
)

art(
    "xiuyan_county_portal.shtml",
    "county government portal .shtml (<title> 岫岩满族自治县人民政府 only, 岫岩县人民政府 masthead, 当前位置 crumb, slash date with time 2024/06/05 10:20 + 来源 + 点击数 row, 分享到 bar, 上一篇/下一篇 links, 辽ICP备 footer with 技术支持 line)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>岫岩满族自治县人民政府</title></head>
    <body>
    <div class="logo">岫岩满族自治县人民政府</div>
    <div class="nav">首页　走进岫岩　新闻中心　政务公开　办事服务　公众参与</div>
    <div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 部门动态</div>
    <h2 class="art-title">岫岩县推广“玉米＋中药材”林下套种模式</h2>
    <div class="art-info">2024/06/05 10:20　来源：岫岩县农业农村局　点击数：516</div>
    <div class="share">分享到：微信　QQ空间　新浪微博</div>
    <div class="art-body">
    <p>六月初，鞍山市岫岩满族自治县的山坡地里，一垄垄玉米苗刚冒出地面，垄沟间套种的桔梗、苍术也出了苗。</p>
    <p>岫岩县山多地少，耕地大多在坡上。县农业农村局从前年开始在八个乡镇试点“玉米＋中药材”套种，一块地种两样，亩均多收入五百元左右。</p>
    <p>为了解决农户担心的销路问题，县里引进了一家中药饮片企业，和种植户签订保底收购合同。</p>
    <p>技术人员提醒，套种的药材喜阴怕涝，雨季要及时清沟排水，防止烂根。</p>
    <p>今年全县套种面积预计达到一万两千亩，比去年增加四成。</p>
    </div>
    <div class="pn">上一篇：全县春播工作基本结束　下一篇：岫岩县开展农药经营专项检查</div>
    <div class="foot">岫岩满族自治县人民政府办公室　辽ICP备12003476号　技术支持：鞍山市大数据中心</div>
    </body>
    </html>
    """,
    title="岫岩县推广“玉米＋中药材”林下套种模式",
    source="岫岩县农业农村局",
    site="岫岩满族自治县人民政府",
    date="2024-06-05",
    chrome=[
        "首页　走进岫岩　新闻中心　政务公开　办事服务　公众参与",
        "当前位置：首页 > 新闻中心 > 部门动态",
        "点击数：516",
        "分享到：微信　QQ空间　新浪微博",
        "上一篇：全县春播工作基本结束　下一篇：岫岩县开展农药经营专项检查",
        "技术支持：鞍山市大数据中心",
    ],
    body=[
        "垄沟间套种的桔梗、苍术也出了苗",
        "一块地种两样",
        "和种植户签订保底收购合同",
        "比去年增加四成",
    ],
    regions=[
        ("六月初，鞍山市岫岩满族自治县", ["辽宁省/鞍山市/岫岩满族自治县"]),
        ("岫岩县山多地少", ["辽宁省/鞍山市/岫岩满族自治县"]),
        ("为了解决农户担心的销路问题", []),
        ("技术人员提醒，套种的药材喜阴怕涝", []),
        ("今年全县套种面积预计达到", []),
    ],
    complete=True,
)

art(
    "qixian_policy_explainer.html",
    "county government portal's 政策解读 page (解读类型 + 解读机关 + 解读日期 box above the title, 原文件 link line, numbered 问答 paragraphs, 扫一扫在手机上查看 line, 网站地图 | 联系我们 footer row)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head><meta charset="utf-8"><title>《祁县老城区沿街商铺外摆管理办法》政策解读_祁县人民政府</title></head>
    <body>
    <div class="nav">首页　政务公开　政策解读　政务服务　互动交流</div>
    <div class="jd-box">
    <p>解读类型：文字解读</p>
    <p>解读机关：祁县商务局</p>
    <p>解读日期：2024-05-21</p>
    </div>
    <h1>《祁县老城区沿街商铺外摆管理办法》政策解读</h1>
    <div class="yw">原文件：祁县人民政府办公室关于印发《祁县老城区沿街商铺外摆管理办法》的通知</div>
    <div class="jd-text">
    <p>一、出台背景。晋中市祁县老城区是国家级历史文化名城的核心区，游客逐年增多，沿街商铺外摆经营需求旺盛，但乱摆乱放也影响了通行和街景。</p>
    <p>二、哪些区域可以外摆。办法划定了东大街、西大街等六条街巷为可外摆区域，外摆范围不得超过门前台阶外一点五米。</p>
    <p>三、外摆时间怎么规定。每年四月至十月，外摆时间为每天上午九时至晚上十时；其余月份不设外摆。</p>
    <p>四、如何申请。商户通过“祁县政务服务”小程序提交申请，商务局会同城管部门三个工作日内答复。</p>
    <p>五、违规怎么处理。第一次违规的给予提醒，屡次违规的暂停其外摆资格一年。</p>
    </div>
    <div class="qr">扫一扫在手机上查看</div>
    <div class="foot">网站地图 | 联系我们 | 隐私声明　祁县人民政府办公室主办</div>
    </body>
    </html>
    """,
    title="《祁县老城区沿街商铺外摆管理办法》政策解读",
    source="祁县商务局",
    site="祁县人民政府",
    date="2024-05-21",
    chrome=[
        "首页　政务公开　政策解读　政务服务　互动交流",
        "解读类型：文字解读",
        "扫一扫在手机上查看",
        "网站地图 | 联系我们 | 隐私声明",
    ],
    body=[
        "沿街商铺外摆经营需求旺盛",
        "外摆范围不得超过门前台阶外一点五米",
        "其余月份不设外摆",
        "屡次违规的暂停其外摆资格一年",
    ],
    regions=[
        ("一、出台背景。晋中市祁县老城区", ["山西省/晋中市/祁县"]),
        ("二、哪些区域可以外摆", []),
        ("三、外摆时间怎么规定", []),
        ("五、违规怎么处理", []),
    ],
    complete=False,
)

art(
    "pulan_ngari_county_portal.html",
    "county government portal in Tibet (<title> 标题-普兰县人民政府, 普兰县人民政府 masthead with 藏文版 | 汉文版 switch, crumb, 时间：2024-09-09 11:02:17 with seconds, 稿件来源 label, 访问量 counter, 藏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>普兰县边境小康村通上了“光伏电”-普兰县人民政府</title></head>
    <body>
    <div class="top">普兰县人民政府　<a href="#">藏文版</a> | <a href="#">汉文版</a></div>
    <div class="nav">首页 | 普兰概况 | 工作动态 | 政务公开 | 便民服务</div>
    <div class="crumb">首页 &gt; 工作动态 &gt; 乡镇动态</div>
    <h1>普兰县边境小康村通上了“光伏电”</h1>
    <div class="meta">时间：2024-09-09 11:02:17　稿件来源：普兰县发展和改革委员会　访问量：386</div>
    <div class="content">
    <p>九月的阿里地区普兰县，白天阳光强烈，夜里气温已经降到零度以下。在县里的几个边境小康村，家家户户的屋顶上新装了光伏板。</p>
    <p>过去，这些村子靠柴油发电机供电，一到冬天油价上涨，晚上只能点几个小时的灯。</p>
    <p>今年县里实施了户用光伏和储能项目，每户配了一套储能电池，白天发的电存起来，晚上取暖、照明都够用。</p>
    <p>一位牧民说，以前冬天晚上孩子写作业要点酥油灯，现在屋里亮堂堂的，还能看上电视。</p>
    <p>县发展和改革委员会介绍，项目还将在明年覆盖剩余的边远牧点。</p>
    </div>
    <div class="foot">普兰县人民政府办公室　藏ICP备16000412号-3</div>
    </body>
    </html>
    """,
    title="普兰县边境小康村通上了“光伏电”",
    source="普兰县发展和改革委员会",
    site="普兰县人民政府",
    date="2024-09-09",
    chrome=[
        "藏文版 | 汉文版",
        "首页 | 普兰概况 | 工作动态 | 政务公开 | 便民服务",
        "首页 > 工作动态 > 乡镇动态",
        "访问量：386",
        "藏ICP备16000412号-3",
    ],
    body=[
        "夜里气温已经降到零度以下",
        "晚上只能点几个小时的灯",
        "每户配了一套储能电池",
        "现在屋里亮堂堂的",
    ],
    regions=[
        ("九月的阿里地区普兰县", ["西藏自治区/阿里地区/普兰县"]),
        ("过去，这些村子靠柴油发电机供电", []),
        ("今年县里实施了户用光伏和储能项目", []),
        ("一位牧民说，以前冬天晚上", []),
        ("县发展和改革委员会介绍", []),
    ],
    complete=True,
)


# --- city papers, e-papers and their sites -------------------------------------------------
art(
    "zibo_daily_epaper_boshan.html",
    "city paper's e-paper article page (淄博日报 logo, 2024年11月12日 期数 line, 第05版：区县 版次 line, 上一篇/下一篇/返回目录, 标题 with 引题 above and 副题 below, 本报记者 … 通讯员 … byline, 数字报 copyright footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>淄博日报数字报</title></head>
    <body>
    <div class="epaper-top">淄博日报　2024年11月12日　总第12087期</div>
    <div class="banci">第05版：区县　<a href="#">版面导航</a>　<a href="#">PDF下载</a></div>
    <div class="yinti">老窑址上开出新业态</div>
    <h1>博山陶瓷琉璃小镇冬季游客不降反增</h1>
    <div class="futi">周末客流同比增长三成，手作体验课预约排到下月</div>
    <div class="byline">本报记者 宋雨桐 通讯员 孙建军</div>
    <div class="article">
    <p>入冬以后，淄博市博山区的陶瓷琉璃小镇依旧热闹，窑炉改造的工作室里，游客围着老师傅学拉坯、吹琉璃。</p>
    <p>博山烧制陶瓷和琉璃的历史有几百年，小镇就建在一片老窑址上，保留了十几座清代和民国时期的窑炉。</p>
    <p>“以前冬天是淡季，现在周末反倒是人最多的时候。”一家琉璃工作室的负责人说，手作体验课已经预约到了下个月。</p>
    <p>今年小镇新开了二十多家工作室，大部分是返乡的年轻人，他们把传统器型和现代设计结合起来，在网上卖得不错。</p>
    <p>博山区文旅部门介绍，接下来将把小镇和周边的几处工业遗址串成一条线，推出研学线路。</p>
    </div>
    <div class="pn"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>
    <div class="copy">淄博日报社版权所有　未经授权禁止转载</div>
    </body>
    </html>
    """,
    title="博山陶瓷琉璃小镇冬季游客不降反增",
    source="淄博日报",
    date="2024-11-12",
    author="宋雨桐",
    chrome=[
        "第05版：区县",
        "版面导航",
        "PDF下载",
        "上一篇　下一篇　返回目录",
        "淄博日报社版权所有　未经授权禁止转载",
    ],
    body=[
        "游客围着老师傅学拉坯、吹琉璃",
        "保留了十几座清代和民国时期的窑炉",
        "手作体验课已经预约到了下个月",
        "推出研学线路",
    ],
    regions=[
        ("入冬以后，淄博市博山区", ["山东省/淄博市/博山区"]),
        ("博山烧制陶瓷和琉璃的历史", ["山东省/淄博市/博山区"]),
        ("一家琉璃工作室的负责人说", []),
        ("今年小镇新开了二十多家工作室", []),
        ("博山区文旅部门介绍", ["山东省/淄博市/博山区"]),
    ],
    complete=True,
)

art(
    "xinzhou_daily_daixian.txt",
    "city paper's story copied as text (title, 引题 above it, 发表时间 2024-05-14 09:02:33 with seconds and 字号 大 中 小 on one line, 本报代县讯 dateline opening the lead, 编辑 + 校对 + 审核 three-level review line at the end, 返回顶部)",
    "utf-8",
    """
    雁门关下杏花开
    代县：一棵杏树撑起一个产业

    发表时间：2024-05-14 09:02:33　字号：大 中 小

    本报代县讯（记者 杜晓峰）五月的忻州市代县，雁门关脚下的山坡上杏花刚刚落尽，果农们已经忙着疏果、追肥。

    代县种杏已有上百年历史，全县杏树面积超过五万亩，“代县大接杏”个大、肉厚，在太原和北京的批发市场都有固定客户。

    过去杏子熟得集中，一到六月就“扎堆上市”，价格一天一个样。这几年县里引进了冷库和杏脯加工厂，鲜果卖不完的可以做成杏脯、杏仁露。

    一位果农算了一笔账：同样一斤杏，鲜卖两元，做成杏脯能卖到十几元，加工厂还按保底价收。

    县林业部门今年又引进了两个晚熟品种，把采摘期往后拉了半个月，错开上市高峰。

    编辑：李婷　校对：王雪　审核：张志刚
    返回顶部
    """,
    title="代县：一棵杏树撑起一个产业",
    source="忻州日报",
    date="2024-05-14",
    author="杜晓峰",
    chrome=[
        "字号：大 中 小",
        "编辑：李婷　校对：王雪　审核：张志刚",
        "返回顶部",
    ],
    body=[
        "果农们已经忙着疏果、追肥",
        "“代县大接杏”个大、肉厚",
        "价格一天一个样",
        "把采摘期往后拉了半个月",
    ],
    regions=[
        ("本报代县讯", ["山西省/忻州市/代县"]),
        ("代县种杏已有上百年历史", ["山西省/忻州市/代县", "山西省/太原市", "北京市"]),
        ("过去杏子熟得集中", []),
        ("一位果农算了一笔账", []),
        ("县林业部门今年又引进了两个晚熟品种", []),
    ],
    complete=True,
)

art(
    "hulunbuir_news_genhe_microdata.html",
    "city paper's news site whose date is only in schema.org microdata (<meta itemprop=datePublished> inside the article, og:title and og:site_name in head, no visible date), <title> 标题 - 呼伦贝尔新闻网, 记者 byline under the title, 热点推荐 sidebar, 蒙ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="根河：零下四十度的冷极村迎来首批冬季游客">
    <meta property="og:site_name" content="呼伦贝尔新闻网">
    <title>根河：零下四十度的冷极村迎来首批冬季游客 - 呼伦贝尔新闻网</title>
    </head>
    <body>
    <div class="header">呼伦贝尔新闻网　<a href="#">首页</a>　<a href="#">本地新闻</a>　<a href="#">旗市区</a>　<a href="#">图片</a>　<a href="#">视频</a></div>
    <article itemscope itemtype="https://schema.org/NewsArticle">
    <meta itemprop="datePublished" content="2024-12-03T08:30:00+08:00">
    <meta itemprop="publisher" content="呼伦贝尔日报">
    <h1 itemprop="headline">根河：零下四十度的冷极村迎来首批冬季游客</h1>
    <div class="author">呼伦贝尔日报记者 乌云其其格</div>
    <div itemprop="articleBody">
    <p>十二月初，呼伦贝尔市根河市的最低气温降到了零下四十度，冷极村迎来了今冬第一批专程来“体验冷”的游客。</p>
    <p>游客们在村口泼水成冰、在雪地里吃冻梨，还坐上了驯鹿拉的雪橇，不少人是从广州、深圳专门飞过来的。</p>
    <p>村里的民宿今年新装了地暖，屋里能保持二十多度，“屋外冻掉下巴，屋里穿短袖”成了游客最爱发的视频。</p>
    <p>根河市文旅部门介绍，今年冬季冷极村推出了冰雪摄影、林区徒步等十几项活动，预计接待游客五万人次。</p>
    <p>为保证安全，景区给每位游客发了防寒提示卡，户外活动每次不超过四十分钟。</p>
    </div>
    </article>
    <div class="side">
    <h3>热点推荐</h3>
    <ul><li>海拉尔机场冬季航线增至二十条</li><li>扎兰屯滑雪场开板</li></ul>
    </div>
    <div class="footer">呼伦贝尔日报社主办　蒙ICP备09001542号</div>
    </body>
    </html>
    """,
    title="根河：零下四十度的冷极村迎来首批冬季游客",
    source="呼伦贝尔日报",
    site="呼伦贝尔新闻网",
    date="2024-12-03",
    author="乌云其其格",
    chrome=[
        "热点推荐",
        "海拉尔机场冬季航线增至二十条",
        "扎兰屯滑雪场开板",
        "呼伦贝尔日报社主办　蒙ICP备09001542号",
    ],
    body=[
        "迎来了今冬第一批专程来“体验冷”的游客",
        "还坐上了驯鹿拉的雪橇",
        "屋里能保持二十多度",
        "户外活动每次不超过四十分钟",
    ],
    regions=[
        ("十二月初，呼伦贝尔市根河市", ["内蒙古自治区/呼伦贝尔市/根河市"]),
        ("游客们在村口泼水成冰", ["广东省/广州市", "广东省/深圳市"]),
        ("村里的民宿今年新装了地暖", []),
        ("根河市文旅部门介绍", ["内蒙古自治区/呼伦贝尔市/根河市"]),
        ("为保证安全，景区给每位游客", []),
    ],
    complete=True,
)

art(
    "xihai_metro_delingha_crlf.txt",
    "provincial metro paper's story copied as text with CRLF (西海都市报 masthead, 数字报 line with 2024年10月22日 and A07 版, 首页 | 上一版 | 下一版 page bar, title, 本报记者 … 摄影报道 byline, 分享到 line at the foot)",
    "utf-8",
    """
    西海都市报
    2024年10月22日　A07版：州县新闻
    首页 | 上一版 | 下一版 | 往期回顾

    德令哈：戈壁滩上的枸杞迎来“二茬果”

    本报记者 韩晓东 摄影报道

    十月下旬，海西蒙古族藏族自治州德令哈市的枸杞园里，二茬果已经红透，采摘工人们挎着小篮在枝条间来回穿梭。

    德令哈地处柴达木盆地东北缘，日照时间长、昼夜温差大，枸杞颗粒饱满、含糖量高，被不少收购商称为“红宝石”。

    今年德令哈市的枸杞种植面积达到三万亩，头茬果七月就卖完了，二茬果大多被制成枸杞干和枸杞原浆。

    一家种植合作社的负责人说，今年引进了色选机和烘干设备，枸杞干的等级率比去年提高了一成多。

    为了留住采摘工，合作社给工人安排了食宿，还开通了班车，从附近乡镇接送。

    分享到：微信　朋友圈　微博
    """,
    title="德令哈：戈壁滩上的枸杞迎来“二茬果”",
    source="西海都市报",
    date="2024-10-22",
    author="韩晓东",
    chrome=[
        "2024年10月22日　A07版：州县新闻",
        "首页 | 上一版 | 下一版 | 往期回顾",
        "分享到：微信　朋友圈　微博",
    ],
    body=[
        "采摘工人们挎着小篮在枝条间来回穿梭",
        "被不少收购商称为“红宝石”",
        "头茬果七月就卖完了",
        "还开通了班车，从附近乡镇接送",
    ],
    regions=[
        ("十月下旬，海西蒙古族藏族自治州德令哈市", ["青海省/海西蒙古族藏族自治州/德令哈市"]),
        ("德令哈地处柴达木盆地东北缘", ["青海省/海西蒙古族藏族自治州/德令哈市"]),
        ("今年德令哈市的枸杞种植面积", ["青海省/海西蒙古族藏族自治州/德令哈市"]),
        ("一家种植合作社的负责人说", []),
        ("为了留住采摘工", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "baiyin_daily_jingtai_channel.html",
    "provincial portal's city channel reposting a city paper (每日甘肃网 logo, 白银频道 sub-logo, <title> 标题_白银频道_每日甘肃网, 来源：白银日报 + 2024-09-18 08:16 + 编辑 row, 扫码关注 box, 甘ICP备 + 互联网新闻信息服务许可证 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>景泰：黄河石林景区推出夜游项目_白银频道_每日甘肃网</title></head>
    <body>
    <div class="logo">每日甘肃网　白银频道</div>
    <div class="nav">首页 | 白银要闻 | 县区新闻 | 文旅 | 民生 | 图片</div>
    <div class="crumb">每日甘肃网 &gt; 白银频道 &gt; 县区新闻</div>
    <h1>景泰：黄河石林景区推出夜游项目</h1>
    <div class="info">来源：白银日报　2024-09-18 08:16　编辑：马晓燕</div>
    <div class="text">
    <p>九月中旬，白银市景泰县的黄河石林景区试运行夜游项目，游客可以乘坐羊皮筏子在灯光下漂流黄河。</p>
    <p>黄河石林是景泰县的“金字招牌”，白天游客以看石林、坐驴车为主，晚上往往早早散场，县城的酒店入住率一直不高。</p>
    <p>今年景区在峡谷里布设了灯光秀和露天电影，还在黄河边上开了一条美食街，把游客留到晚上。</p>
    <p>景区负责人说，夜游试运行一周，每天晚上有两千多名游客，周边民宿的入住率提高了两成。</p>
    <p>景泰县文旅部门提醒，夜间漂流必须穿救生衣，遇大风天气项目暂停。</p>
    </div>
    <div class="qrcode">扫码关注每日甘肃网微信公众号</div>
    <div class="foot">甘ICP备08100107号　互联网新闻信息服务许可证：62120170001</div>
    </body>
    </html>
    """,
    title="景泰：黄河石林景区推出夜游项目",
    source="白银日报",
    site="每日甘肃网",
    date="2024-09-18",
    chrome=[
        "首页 | 白银要闻 | 县区新闻 | 文旅 | 民生 | 图片",
        "每日甘肃网 > 白银频道 > 县区新闻",
        "扫码关注每日甘肃网微信公众号",
        "甘ICP备08100107号　互联网新闻信息服务许可证：62120170001",
    ],
    body=[
        "乘坐羊皮筏子在灯光下漂流黄河",
        "县城的酒店入住率一直不高",
        "还在黄河边上开了一条美食街",
        "遇大风天气项目暂停",
    ],
    regions=[
        ("九月中旬，白银市景泰县", ["甘肃省/白银市/景泰县"]),
        ("黄河石林是景泰县的“金字招牌”", ["甘肃省/白银市/景泰县"]),
        ("今年景区在峡谷里布设了灯光秀", []),
        ("景区负责人说，夜游试运行一周", []),
        ("景泰县文旅部门提醒", ["甘肃省/白银市/景泰县"]),
    ],
    complete=True,
)

art(
    "bozhou_evening_guoyang_crlf.txt",
    "city evening paper's story copied as text with CRLF and a UTF-8 BOM (title, 时间 + 来源 line under it, 亳州晚报讯（记者 …） dateline opening the lead, 【我要纠错】 + 责任编辑 line, 相关阅读 list and 【打印本页】【关闭窗口】 at the foot)",
    "utf-8",
    """
    涡阳：麦田“一喷三防”用上了植保无人机

    时间：2024-03-26　来源：亳州晚报

    亳州晚报讯（记者 周振宇）三月下旬，亳州市涡阳县的小麦陆续进入拔节期，田野里十几架植保无人机来回飞行，半小时就能喷完一百多亩。

    涡阳县是全国产粮大县，今年小麦播种面积超过一百五十万亩。县农业农村局组织了两百多架无人机，开展统防统治。

    “以前背着喷雾器打药，一天最多打十亩，还容易中暑。”一位种粮大户说，现在用手机下单，第二天无人机就来了。

    县里还安排农技人员分片包村，每天在田间查看病虫情况，发现苗头及时通知农户。

    据介绍，今年的“一喷三防”补助资金已经下达到各乡镇，种粮农户不用自己掏钱。

    【我要纠错】　责任编辑：高洁

    相关阅读：
    蒙城县春季农资市场检查全面展开
    利辛县高标准农田项目开工

    【打印本页】【关闭窗口】
    """,
    title="涡阳：麦田“一喷三防”用上了植保无人机",
    source="亳州晚报",
    date="2024-03-26",
    author="周振宇",
    chrome=[
        "【我要纠错】　责任编辑：高洁",
        "蒙城县春季农资市场检查全面展开",
        "利辛县高标准农田项目开工",
        "【打印本页】【关闭窗口】",
    ],
    body=[
        "半小时就能喷完一百多亩",
        "今年小麦播种面积超过一百五十万亩",
        "第二天无人机就来了",
        "种粮农户不用自己掏钱",
    ],
    regions=[
        ("三月下旬，亳州市涡阳县", ["安徽省/亳州市/涡阳县"]),
        ("涡阳县是全国产粮大县", ["安徽省/亳州市/涡阳县"]),
        ("“以前背着喷雾器打药", []),
        ("县里还安排农技人员分片包村", []),
        ("据介绍，今年的“一喷三防”补助资金", []),
    ],
    complete=True,
    crlf=True,
    bom=True,
)


# --- TV, apps, WeChat ----------------------------------------------------------------------
art(
    "hljtv_fujin_video_page.html",
    "provincial TV station's news video page (黑龙江网络广播电视台 logo, 频道 tabs, 视频 player placeholder with 00:00 / 02:15 and 播放 counter, <title> 标题_黑龙江网络广播电视台, 栏目：新闻联播 line, 播出时间：2024-07-08 line, 导视 intro + 记者 … 报道 ending, 网络视听许可证 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>富锦：百万亩水稻进入分蘖期 田管忙_黑龙江网络广播电视台</title></head>
    <body>
    <div class="top">黑龙江网络广播电视台　<a href="#">直播</a>　<a href="#">点播</a>　<a href="#">新闻</a>　<a href="#">专题</a></div>
    <div class="player">00:00 / 02:15　播放 3.2万</div>
    <h1>富锦：百万亩水稻进入分蘖期 田管忙</h1>
    <div class="lm">栏目：黑龙江新闻联播　播出时间：2024-07-08</div>
    <div class="txt">
    <p>【导视】眼下，佳木斯市富锦市一百多万亩水稻进入分蘖期，农户们抓住晴好天气，忙着晒田、追肥。</p>
    <p>在富锦市的一处万亩水稻示范区，田埂上的技术员正在查看秧苗长势。今年这里全部采用了侧深施肥，肥料直接施到根部，用量比过去少了一成。</p>
    <p>富锦地处三江平原腹地，黑土层厚，是全国重要的商品粮基地，全市水稻面积占粮食面积的一半以上。</p>
    <p>种植户说，今年插秧早了五天，秧苗缓苗快，分蘖比往年多，只要后期不出大的灾害，丰收就有了底。</p>
    <p>记者 孟凡超 董涛 报道</p>
    </div>
    <div class="foot">黑龙江广播电视台版权所有　信息网络传播视听节目许可证：0801601</div>
    </body>
    </html>
    """,
    title="富锦：百万亩水稻进入分蘖期 田管忙",
    source="黑龙江广播电视台",
    site="黑龙江网络广播电视台",
    date="2024-07-08",
    author="孟凡超 董涛",
    chrome=[
        "黑龙江网络广播电视台　直播　点播　新闻　专题",
        "00:00 / 02:15　播放 3.2万",
        "黑龙江广播电视台版权所有　信息网络传播视听节目许可证：0801601",
    ],
    body=[
        "农户们抓住晴好天气，忙着晒田、追肥",
        "用量比过去少了一成",
        "是全国重要的商品粮基地",
        "丰收就有了底",
    ],
    regions=[
        ("【导视】眼下，佳木斯市富锦市", ["黑龙江省/佳木斯市/富锦市"]),
        ("在富锦市的一处万亩水稻示范区", ["黑龙江省/佳木斯市/富锦市"]),
        ("富锦地处三江平原腹地", ["黑龙江省/佳木斯市/富锦市"]),
        ("种植户说，今年插秧早了五天", []),
    ],
    complete=True,
)

art(
    "qunzhong_app_xunyi.txt",
    "provincial party paper's app page copied as text (群众新闻 app bar with 打开 and 下载群众新闻APP, title, 群众新闻记者 … on its own line, 2024-04-11 16:38 + 陕西 IP line, 阅读 9.6万 and 点赞 · 在看 counters, 热门评论 block with two comments, 本文来自群众新闻客户端 line)",
    "utf-8",
    """
    群众新闻　打开
    下载群众新闻APP，阅读体验更好

    旬邑：苹果园里“套袋忙” 三千多名工人赶农时

    群众新闻记者 刘晓燕
    2024-04-11 16:38　陕西

    四月中旬，咸阳市旬邑县的苹果园里一片忙碌，三千多名套袋工人分散在各个果园里，给刚刚坐果的幼果套上纸袋。

    旬邑县地处渭北旱塬，海拔高、光照足，是陕西苹果的优生区之一，全县苹果面积达到四十多万亩。

    套袋是苹果管理中最费工的一环，一名熟练工人一天能套三千多个。今年县里组织了劳务对接，从周边县区招来了不少工人。

    果农老杨说，套袋的苹果表皮光亮，没有药斑，收购价每斤能高出五毛钱。

    县果业中心的技术员提醒，套袋前要喷一遍杀菌剂，阴雨天和露水未干时不要套袋。

    阅读 9.6万
    点赞 · 在看
    热门评论
    旬邑的苹果确实好吃，每年都买。
    期待今年丰收！
    本文来自群众新闻客户端
    """,
    title="旬邑：苹果园里“套袋忙” 三千多名工人赶农时",
    source="群众新闻",
    date="2024-04-11",
    author="刘晓燕",
    chrome=[
        "下载群众新闻APP，阅读体验更好",
        "阅读 9.6万",
        "热门评论",
        "旬邑的苹果确实好吃，每年都买。",
        "期待今年丰收！",
        "本文来自群众新闻客户端",
    ],
    body=[
        "给刚刚坐果的幼果套上纸袋",
        "是陕西苹果的优生区之一",
        "一名熟练工人一天能套三千多个",
        "阴雨天和露水未干时不要套袋",
    ],
    regions=[
        ("四月中旬，咸阳市旬邑县", ["陕西省/咸阳市/旬邑县"]),
        ("旬邑县地处渭北旱塬", ["陕西省/咸阳市/旬邑县"]),
        ("套袋是苹果管理中最费工的一环", []),
        ("果农老杨说", []),
        ("县果业中心的技术员提醒", []),
    ],
    complete=True,
)

art(
    "dawukou_wechat_markdown.md",
    "WeChat article saved as Markdown by a browser extension (YAML-less; `# title`, `> 来源：微信公众号 大武口发布` quote line, 作者 + 发布于 2024年06月18日 18:30 宁夏 line, ![](…) images with 图片说明 captions, `---` then 往期推荐 list, 点个在看 line, 来源 + 编辑 + 审核 at the foot)",
    "utf-8",
    """
    # 大武口这条老街，晚上火了！

    > 来源：微信公众号 大武口发布

    作者：大武口区融媒体中心　发布于 2024年06月18日 18:30　宁夏

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640)

    图片说明：夜幕下的老街市集

    入夏以来，石嘴山市大武口区的一条老街每到傍晚就热闹起来，烧烤摊、文创摊和露天小舞台排满了整条街。

    这条街过去是矿区的老商业街，随着矿井关停，街上的店铺一度关了一大半。去年区里对老街进行了改造，保留了老厂房和老招牌。

    今年五月，老街开起了夜市，每晚有一百多个摊位，不少摊主是附近小区的居民。

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/def456/640)

    图片说明：游客在老街拍照打卡

    从银川自驾过来的游客说，这里的羊肉串分量足，老厂房改造的咖啡馆也很有味道。

    大武口区商务部门介绍，夜市开市以来，日均客流超过一万人次，周边餐馆的营业额普遍增长了三成。

    ---

    往期推荐

    - 大武口区2024年中考考点公布
    - 星海湖夏季游船开航

    点个在看，你最好看

    来源：大武口区融媒体中心　编辑：马琳　审核：杨建国
    """,
    title="大武口这条老街，晚上火了！",
    source="大武口区融媒体中心",
    site="大武口发布",
    date="2024-06-18",
    chrome=[
        "图片说明：夜幕下的老街市集",
        "往期推荐",
        "大武口区2024年中考考点公布",
        "星海湖夏季游船开航",
        "点个在看，你最好看",
        "编辑：马琳　审核：杨建国",
    ],
    body=[
        "烧烤摊、文创摊和露天小舞台排满了整条街",
        "保留了老厂房和老招牌",
        "不少摊主是附近小区的居民",
        "周边餐馆的营业额普遍增长了三成",
    ],
    regions=[
        ("入夏以来，石嘴山市大武口区", ["宁夏回族自治区/石嘴山市/大武口区"]),
        ("这条街过去是矿区的老商业街", []),
        ("今年五月，老街开起了夜市", []),
        ("从银川自驾过来的游客说", ["宁夏回族自治区/银川市"]),
        ("大武口区商务部门介绍", ["宁夏回族自治区/石嘴山市/大武口区"]),
    ],
    complete=True,
)


# --- Hong Kong, Macau and Taiwan -----------------------------------------------------------
art(
    "hk_headline_daily_kwuntong_big5.html",
    "Hong Kong free daily's site saved in Big5 (<meta charset=big5>, 頭條日報 logo, 港聞 section tab, <title> 標題 - 頭條日報, 發佈時間：2024/10/29 06:45 line, 記者 … 報道 inside the last paragraph, 相關新聞 list, 版權所有 footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>觀塘海濱長廊延伸段下月開放 街坊盼增遮蔭設施 - 頭條日報</title>
    </head>
    <body>
    <div class="masthead">頭條日報　<a href="#">港聞</a>　<a href="#">財經</a>　<a href="#">娛樂</a>　<a href="#">體育</a>　<a href="#">專欄</a></div>
    <h1>觀塘海濱長廊延伸段下月開放 街坊盼增遮蔭設施</h1>
    <div class="time">發佈時間：2024/10/29 06:45</div>
    <div class="content">
    <p>香港觀塘海濱長廊的延伸段工程接近完成，預計下月開放，屆時由觀塘碼頭可沿海邊一直步行至茶果嶺一帶。</p>
    <p>延伸段全長約六百米，設有單車徑、緩跑徑及兩個觀景平台，晚上可遠眺維港兩岸夜景。</p>
    <p>不少街坊表示期待，但亦有人指出，長廊沿線樹木不多，夏天日照猛烈，希望當局加設遮蔭設施及飲水機。</p>
    <p>區議員表示，已向有關部門反映意見，部門回覆會在明年檢討後考慮增設涼亭。</p>
    <p>有經常在海濱跑步的市民說，延伸段開通後跑步路線可以加長一倍，「終於唔使成日兜圈」。記者 陳嘉敏 報道</p>
    </div>
    <div class="related">相關新聞：啟德體育園周邊交通安排公布</div>
    <div class="copy">頭條日報 版權所有 不得轉載</div>
    </body>
    </html>
    """,
    title="觀塘海濱長廊延伸段下月開放 街坊盼增遮蔭設施",
    source="頭條日報",
    date="2024-10-29",
    author="陳嘉敏",
    chrome=[
        "頭條日報　港聞　財經　娛樂　體育　專欄",
        "相關新聞：啟德體育園周邊交通安排公布",
        "頭條日報 版權所有 不得轉載",
    ],
    body=[
        "預計下月開放",
        "設有單車徑、緩跑徑及兩個觀景平台",
        "希望當局加設遮蔭設施及飲水機",
        "終於唔使成日兜圈",
    ],
    regions=[
        ("香港觀塘海濱長廊的延伸段工程", ["香港特别行政区"]),
        ("延伸段全長約六百米", []),
        ("不少街坊表示期待", []),
        ("區議員表示，已向有關部門反映意見", []),
    ],
    complete=False,
)

art(
    "ebc_news_lienchiang.html",
    "Taiwanese TV news site in traditional script (東森新聞 logo, 即時 / 生活 / 社會 tabs, <title> 標題｜東森新聞, 記者 … ／連江報導 line, 發布時間：2024.08.06 14:21 line, 更新時間 line, 延伸閱讀 list, 看更多 button, copyright footer in English)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant-TW">
    <head><meta charset="utf-8"><title>南竿老街整修完工 石頭屋變身文創聚落｜東森新聞</title></head>
    <body>
    <div class="header">東森新聞　即時　生活　社會　政治　國際　影音</div>
    <h1>南竿老街整修完工 石頭屋變身文創聚落</h1>
    <div class="reporter">記者 林佳蓉／連江報導</div>
    <div class="time">發布時間：2024.08.06 14:21　更新時間：2024.08.06 15:02</div>
    <div class="article_content">
    <p>連江縣南竿鄉一處石頭屋聚落歷時兩年整修完工，十多棟老屋重新開門，進駐了咖啡館、書店與手作工坊。</p>
    <p>這片聚落依山而建，石牆、紅瓦保存完整，過去因人口外移一度荒廢，縣府以公私合作方式修繕，由青年團隊承租經營。</p>
    <p>一名返鄉開咖啡館的青年說，島上夏天遊客多，冬天東北季風強，生意比較清淡，所以也開設老酒釀造、魚麵製作等體驗課。</p>
    <p>連江縣政府表示，未來將結合周邊步道與戰地遺跡，規劃半日遊路線，並增加與台北、台中的航班銜接。</p>
    </div>
    <div class="more">延伸閱讀：離島暑假機位一位難求　交通部加開航班</div>
    <div class="btn">看更多</div>
    <div class="foot">Copyright © 2024 EBC 東森新聞 All rights reserved.</div>
    </body>
    </html>
    """,
    title="南竿老街整修完工 石頭屋變身文創聚落",
    source="東森新聞",
    date="2024-08-06",
    author="林佳蓉",
    chrome=[
        "東森新聞　即時　生活　社會　政治　國際　影音",
        "延伸閱讀：離島暑假機位一位難求　交通部加開航班",
        "看更多",
        "Copyright © 2024 EBC 東森新聞 All rights reserved.",
    ],
    body=[
        "進駐了咖啡館、書店與手作工坊",
        "由青年團隊承租經營",
        "魚麵製作等體驗課",
        "規劃半日遊路線",
    ],
    regions=[
        ("連江縣南竿鄉一處石頭屋聚落", ["台湾省/连江县"]),
        ("這片聚落依山而建", []),
        ("一名返鄉開咖啡館的青年說", []),
        ("連江縣政府表示", ["台湾省/连江县", "台湾省/台北市", "台湾省/台中市"]),
    ],
    complete=True,
)


# --- harder: encodings, spam, where the metadata sits --------------------------------------
art(
    "guixi_gov_gb18030_spam.htm",
    "county-level city government portal saved .htm in GB18030 (<meta charset=gb18030>, <title> 贵溪市人民政府 only, 所在位置 crumb, title in <td>, 发布时间：2024年08月13日 + 文章来源 row in a table cell, 【我要打印】 + 【关闭窗口】 cell, 赣ICP备 footer; two SEO spam strings, one naming a city)",
    "gb18030",
    """
    <html>
    <head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"><title>贵溪市人民政府</title></head>
    <body>
    <div class="nav">网站首页 | 贵溪概况 | 工作动态 | 政务公开 | 政务服务 | 互动交流</div>
    <div class="wz">所在位置：网站首页 &gt;&gt; 工作动态 &gt;&gt; 乡镇动态</div>
    <table class="art">
    <tr><td class="bt">贵溪：铜产业园里的“技能夜校”开课了</td></tr>
    <tr><td class="sj">发布时间：2024年08月13日　文章来源：贵溪市人力资源和社会保障局</td></tr>
    <tr><td class="zw">
    <p>八月中旬，鹰潭市贵溪市铜产业园的一间培训教室里坐满了刚下班的工人，技能夜校的第一堂电工课准时开讲。</p>
    <p>贵溪是全国重要的铜冶炼和加工基地，园区企业一线工人有两万多名，其中不少是从周边农村转移来的劳动力。</p>
    <p>夜校由市人社局和园区企业联合开办，课程包括电工、焊工、数控车床操作等，工人下班后免费学习，考试合格的可以拿到职业技能等级证书鹰潭代办各类职业资格证书包过。</p>
    <p>一名在铜管厂上班的工人说，拿到证书后每个月工资能多四五百元，所以报名的人特别多，第一期六十个名额两天就报满了。</p>
    <p>市人社局介绍，今年夜校计划开班二十期，培训工人一千二百人次，优先安排一线操作工和新入职员工。</p>
    <p>园区还将根据企业用工需求，增开工业机器人运维等新课程网上真人棋牌游戏下载注册即送。</p>
    </td></tr>
    <tr><td class="tool">【我要打印】　【关闭窗口】</td></tr>
    </table>
    <div class="foot">主办：贵溪市人民政府办公室　赣ICP备09001452号　联系电话：0701-3322114</div>
    </body>
    </html>
    """,
    title="贵溪：铜产业园里的“技能夜校”开课了",
    source="贵溪市人力资源和社会保障局",
    site="贵溪市人民政府",
    date="2024-08-13",
    chrome=[
        "网站首页 | 贵溪概况 | 工作动态 | 政务公开 | 政务服务 | 互动交流",
        "所在位置：网站首页 >> 工作动态 >> 乡镇动态",
        "【我要打印】　【关闭窗口】",
        "赣ICP备09001452号",
        "联系电话：0701-3322114",
    ],
    body=[
        "技能夜校的第一堂电工课准时开讲",
        "其中不少是从周边农村转移来的劳动力",
        "考试合格的可以拿到职业技能等级证书。",
        "增开工业机器人运维等新课程。",
    ],
    spam=["鹰潭代办各类职业资格证书包过", "网上真人棋牌游戏下载注册即送"],
    regions=[
        ("八月中旬，鹰潭市贵溪市铜产业园", ["江西省/鹰潭市/贵溪市"]),
        ("贵溪是全国重要的铜冶炼和加工基地", ["江西省/鹰潭市/贵溪市"]),
        ("夜校由市人社局和园区企业联合开办", []),
        ("一名在铜管厂上班的工人说", []),
        ("市人社局介绍，今年夜校计划开班二十期", []),
        ("园区还将根据企业用工需求", []),
    ],
    complete=True,
)

art(
    "hebi_news_qixian_original_title.txt",
    "city news site's repost copied as text (鹤壁新闻网 masthead line, 当前位置 line, title, 2024-02-20 17:45:12 + 来源：淇县融媒体中心 + 作者 on one line separated by │, 原标题 line at the start of the body, 责任编辑 + 审核 line, 网友评论 box with 0 条)",
    "utf-8",
    """
    鹤壁新闻网
    当前位置：首页 > 县区 > 淇县

    淇县：古灵山景区冰瀑进入最佳观赏期

    2024-02-20 17:45:12 │ 来源：淇县融媒体中心 │ 作者：牛红霞

    原标题：冰挂如帘！古灵山冰瀑美翻了

    连日低温，鹤壁市淇县古灵山景区的瀑布冻成了一道道冰帘，远远望去晶莹剔透，吸引了不少摄影爱好者前来拍摄。

    古灵山位于淇县西部的太行山区，景区内有大小瀑布十几处，每年二月前后是冰瀑最壮观的时候。

    景区工作人员介绍，春节以来每天接待游客三千人左右，其中一半以上来自郑州、安阳等周边城市。

    为保证游客安全，景区在冰瀑附近设置了隔离带，禁止游客攀爬冰面，山路上的积冰也安排专人及时清理。

    据气象部门预测，本周后期气温将逐渐回升，想看冰瀑的游客要抓紧了。

    责任编辑：王佳　审核：刘洋
    网友评论（0条）　发表评论
    """,
    title="淇县：古灵山景区冰瀑进入最佳观赏期",
    source="淇县融媒体中心",
    site="鹤壁新闻网",
    date="2024-02-20",
    author="牛红霞",
    original_title="冰挂如帘！古灵山冰瀑美翻了",
    chrome=[
        "当前位置：首页 > 县区 > 淇县",
        "责任编辑：王佳　审核：刘洋",
        "网友评论（0条）　发表评论",
    ],
    body=[
        "远远望去晶莹剔透",
        "每年二月前后是冰瀑最壮观的时候",
        "禁止游客攀爬冰面",
        "想看冰瀑的游客要抓紧了",
    ],
    regions=[
        ("连日低温，鹤壁市淇县古灵山景区", ["河南省/鹤壁市/淇县"]),
        ("古灵山位于淇县西部的太行山区", ["河南省/鹤壁市/淇县"]),
        ("景区工作人员介绍，春节以来", ["河南省/郑州市", "河南省/安阳市"]),
        ("为保证游客安全，景区在冰瀑附近", []),
        ("据气象部门预测", []),
    ],
    complete=True,
)

art(
    "huizhou_news_boluo_time_tag.html",
    "city paper group's news site with a relative visible date (惠州新闻网 logo, <title> 标题 - 惠州新闻网, visible 3小时前 with the real date only in <time datetime=2024-12-17T09:20:00+08:00>, 东江时报记者 … byline in the date row, 来源：东江时报 under the body, 字体 A+ A- buttons, 粤ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>博罗：罗浮山下的荔枝林开始“冬剪” - 惠州新闻网</title></head>
    <body>
    <header><div class="logo">惠州新闻网</div><nav>首页　惠州　县区　民生　财经　文旅　视频</nav></header>
    <main>
    <h1>博罗：罗浮山下的荔枝林开始“冬剪”</h1>
    <div class="meta"><time datetime="2024-12-17T09:20:00+08:00">3小时前</time>　东江时报记者 钟慧敏　<span class="font">字体 A+ A-</span></div>
    <div class="article">
    <p>进入十二月，惠州市博罗县罗浮山脚下的荔枝林开始“冬剪”，果农们爬上梯子，剪掉过密的枝条和病虫枝。</p>
    <p>博罗是广东的荔枝产区之一，种植荔枝的历史有上千年，全县荔枝面积十多万亩，“糯米糍”“桂味”等品种很受欢迎。</p>
    <p>农技人员说，冬剪是为了让树冠通风透光，减少来年的病虫害，剪得好不好直接关系到明年的花量。</p>
    <p>今年县里组织了二十多场冬管培训，还请来农业院校的专家到果园现场教学。</p>
    <p>一位种了三十年荔枝的老果农说，过去剪枝全凭经验，现在有专家指导，心里更有数了。</p>
    </div>
    <div class="src">来源：东江时报</div>
    </main>
    <footer>惠州报业传媒集团主办　粤ICP备10223386号</footer>
    </body>
    </html>
    """,
    title="博罗：罗浮山下的荔枝林开始“冬剪”",
    source="东江时报",
    site="惠州新闻网",
    date="2024-12-17",
    author="钟慧敏",
    chrome=[
        "首页　惠州　县区　民生　财经　文旅　视频",
        "3小时前",
        "字体 A+ A-",
        "惠州报业传媒集团主办　粤ICP备10223386号",
    ],
    body=[
        "剪掉过密的枝条和病虫枝",
        "种植荔枝的历史有上千年",
        "剪得好不好直接关系到明年的花量",
        "心里更有数了",
    ],
    regions=[
        ("进入十二月，惠州市博罗县", ["广东省/惠州市/博罗县"]),
        ("博罗是广东的荔枝产区之一", ["广东省/惠州市/博罗县"]),
        ("农技人员说，冬剪是为了", []),
        ("今年县里组织了二十多场冬管培训", []),
        ("一位种了三十年荔枝的老果农说", []),
    ],
    complete=True,
)


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout17b"
    SET.write(
        out,
        "heldout17b: a second writer's fresh held-out layouts, mainstream pages on purpose; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
