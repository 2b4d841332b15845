"""Write tests/layouts/heldout17b/: a second writer's fresh held-out set (articles + labels.yaml).

    python tests/layouts/make_heldout17b.py tests/layouts/heldout17b

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. It was written beside heldout17 by
a different writer, with none of heldout17's layouts. None of its sites or
outlets appears in dev or heldout to heldout17, and no county it is set in was
named there; its prefectures are the ones the earlier sets named least
(Yangquan, Jilin city, Anshan, Zibo, Xinzhou, Hulunbuir, Haixi, Ngari,
Shizuishan, Jiamusi, Xianyang, Baiyin, Bozhou, Songyuan, Zigong, Suining,
Wenshan, Diqing, Changji, Tacheng, Golog ...). Big cities named in passing
(Beijing, Changchun, Chengdu ...) do occur in earlier sets. About 70 % are
mainstream pages; the rest vary the encoding, where the metadata sits and
inject a few spam strings. Every article is invented.
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
    <h2 class="art-title">岫岩县推广“玉米＋中药材”套种模式</h2>
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
    title="岫岩县推广“玉米＋中药材”套种模式",
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
    <div class="author">呼伦贝尔日报记者 那仁花</div>
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
    author="那仁花",
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
    "provincial TV station's news video page (黑龙江网络广播电视台 logo, 频道 tabs, 视频 player placeholder with 00:00 / 02:15 and 播放 counter, <title> 标题_黑龙江网络广播电视台, 栏目 + 播出时间 + 来源 row, 【口播】 intro + 记者 … 报道 ending, 网络视听许可证 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>富锦：百万亩水稻进入分蘖期 田管忙_黑龙江网络广播电视台</title></head>
    <body>
    <div class="top">黑龙江网络广播电视台　<a href="#">直播</a>　<a href="#">点播</a>　<a href="#">新闻</a>　<a href="#">专题</a></div>
    <div class="player">00:00 / 02:15　播放 3.2万</div>
    <h1>富锦：百万亩水稻进入分蘖期 田管忙</h1>
    <div class="lm">栏目：黑龙江新闻联播　播出时间：2024-07-08　来源：黑龙江广播电视台</div>
    <div class="txt">
    <p>【口播】眼下，佳木斯市富锦市一百多万亩水稻进入分蘖期，农户们抓住晴好天气，忙着晒田、追肥。</p>
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
        ("【口播】眼下，佳木斯市富锦市", ["黑龙江省/佳木斯市/富锦市"]),
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
    <p>延伸段全長約六百米，設有單車徑、緩跑徑及兩個觀景平台，晚上可遠眺海港兩岸夜景。</p>
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
        ("有經常在海濱跑步的市民說", []),
    ],
    complete=True,
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


# --- Macau and Hong Kong, second batch -----------------------------------------------------
art(
    "macau_forum_daily_taipa.html",
    "Macau Portuguese-era daily's site in traditional script (澳門論壇日報 logo, 本澳 / 大灣區 / 國際 tabs, <title> 標題 - 澳門論壇日報, 日期：2024年11月05日 星期二 line, 本報記者 byline, 分享：Facebook WhatsApp 微信 bar, 上一則 / 下一則, 版權所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head><meta charset="utf-8"><title>氹仔舊城區街市翻新後重開 攤販租金維持不變 - 澳門論壇日報</title></head>
    <body>
    <div class="top">澳門論壇日報　本澳　大灣區　國際　經濟　體育　副刊</div>
    <h1>氹仔舊城區街市翻新後重開 攤販租金維持不變</h1>
    <div class="date">日期：2024年11月05日 星期二</div>
    <div class="by">本報記者 黃詠詩</div>
    <div class="share">分享：Facebook　WhatsApp　微信</div>
    <div class="content">
    <p>經過八個月的翻新工程，澳門氹仔舊城區的街市昨日重新開放，四十多個攤位全部恢復營業，早上七時已有不少街坊排隊買菜。</p>
    <p>翻新後的街市加裝了冷氣和新的排水系統，地面改用防滑地磚，過去夏天悶熱、地面濕滑的問題得到改善。</p>
    <p>負責部門表示，翻新期間攤販獲安排到臨時街市經營，重開後租金維持不變，並會繼續每月收集攤販和市民的意見。</p>
    <p>一名賣魚的攤販說，新街市乾淨光猛，希望能吸引更多年輕人和遊客入來，「唔好淨係得熟客」。</p>
    <p>有居民則建議，街市附近的巴士站應增加班次，方便長者來回。</p>
    </div>
    <div class="pn">上一則：路氹城區新增兩條巴士路線　下一則：本澳十月訪澳旅客按年上升</div>
    <div class="foot">澳門論壇日報 版權所有 © 2024</div>
    </body>
    </html>
    """,
    title="氹仔舊城區街市翻新後重開 攤販租金維持不變",
    source="澳門論壇日報",
    date="2024-11-05",
    author="黃詠詩",
    chrome=[
        "澳門論壇日報　本澳　大灣區　國際　經濟　體育　副刊",
        "分享：Facebook　WhatsApp　微信",
        "上一則：路氹城區新增兩條巴士路線　下一則：本澳十月訪澳旅客按年上升",
        "澳門論壇日報 版權所有 © 2024",
    ],
    body=[
        "早上七時已有不少街坊排隊買菜",
        "地面改用防滑地磚",
        "重開後租金維持不變",
        "唔好淨係得熟客",
    ],
    regions=[
        ("經過八個月的翻新工程，澳門氹仔", ["澳门特别行政区"]),
        ("翻新後的街市加裝了冷氣", []),
        ("負責部門表示，翻新期間", []),
        ("一名賣魚的攤販說", []),
        ("有居民則建議", []),
    ],
    complete=True,
)

art(
    "hk_east_week_kowloon_city_big5_crlf.txt",
    "Hong Kong weekly magazine's feature copied as text in Big5 with CRLF (東周刊 masthead, 第1078期 issue line with 2024-09-25 出版, 專題 column line, title + 副題, 撰文：… 攝影：… line, long feature, 網上版全文 note and 訂閱本刊 line at the end)",
    "big5",
    """
    東周刊　第1078期　2024-09-25出版
    專題｜城中舊區

    九龍城小店的最後一個中秋
    重建在即　老字號餅家仍堅持手工月餅

    撰文：梁志恆　攝影：何俊傑

    九龍城的這間餅家開業已經五十多年，今年很可能是它在舊址做的最後一批中秋月餅。

    店舖所在的舊樓早前被納入重建範圍，業主已經發出收樓通知。第二代店主說，搬去哪裡還未有著落，但月餅一定照做。

    每年八月開始，店裡的師傅就要凌晨三點起身炒蓮蓉，全部用人手包餡、入模、扣餅，一天最多做八百個。

    不少熟客專程由新界、港島過來排隊，有人一買就是十盒，說要寄去外國給子女，「食慣呢種味道」。

    店主說，兩個兒子都不打算接手，但有一位年輕師傅已經跟了他七年，手藝學得七七八八。

    「舖頭可以搬，手藝唔可以斷。」他一邊說，一邊把剛出爐的月餅排上架。

    網上版全文只供訂戶閱讀
    訂閱本刊　請致電 2345 6789
    """,
    title="九龍城小店的最後一個中秋",
    source="東周刊",
    date="2024-09-25",
    author="梁志恆",
    chrome=[
        "東周刊　第1078期　2024-09-25出版",
        "專題｜城中舊區",
        "網上版全文只供訂戶閱讀",
        "訂閱本刊　請致電 2345 6789",
    ],
    body=[
        "今年很可能是它在舊址做的最後一批中秋月餅",
        "業主已經發出收樓通知",
        "全部用人手包餡、入模、扣餅",
        "食慣呢種味道",
        "舖頭可以搬，手藝唔可以斷。",
    ],
    regions=[
        ("九龍城的這間餅家開業已經五十多年", ["香港特别行政区"]),
        ("店舖所在的舊樓早前被納入重建範圍", []),
        ("每年八月開始，店裡的師傅", []),
        ("不少熟客專程由新界、港島過來排隊", ["香港特别行政区"]),
        ("店主說，兩個兒子都不打算接手", []),
    ],
    complete=True,
    crlf=True,
)


# --- party journals, weeklies, radio, wire -------------------------------------------------
art(
    "xinchangzheng_journal_shulan.html",
    "provincial party journal's site (新长征杂志社 logo, 党建 / 基层 / 理论 menu, 刊期：2024年第8期 line, 栏目：基层党建, <title> 标题-新长征, 作者 + 单位 line under the title, 责任编辑 at the end, 吉ICP备 footer; no day in the issue date, the day comes from 发布日期 in a small grey span)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>村里的“红色议事厅”-新长征</title></head>
    <body>
    <div class="logo">新长征杂志社</div>
    <div class="menu">首页　党建　基层　理论　廉政　读者之声</div>
    <div class="issue">刊期：2024年第8期　栏目：基层党建</div>
    <h1>村里的“红色议事厅”</h1>
    <div class="au">作者：于海波（中共舒兰市委组织部）</div>
    <span class="gray">发布日期：2024-08-15</span>
    <div class="text">
    <p>在吉林市舒兰市的一个山村，村部二楼有一间不大的屋子，墙上挂着“红色议事厅”的牌子。村里大事小情，都先拿到这里商量。</p>
    <p>议事厅每月开一次会，参加的有村党支部成员、村民代表，还有在外务工人员通过视频连线参与。</p>
    <p>今年春天，村里要修一条通往稻田的机耕路，占地怎么补、工钱怎么算，在议事厅里讨论了三回，最后全票通过。</p>
    <p>村党支部书记说，以前开会是干部说、群众听，现在是群众说、干部记，很多矛盾在议事厅里就化解了。</p>
    <p>舒兰市已在全市两百多个村推广这一做法，并把议事结果在村务公开栏里张贴，接受村民监督。</p>
    <p>实践表明，把议事的桌子摆到群众中间，基层治理才有温度、有力度。</p>
    </div>
    <div class="ed">责任编辑：姜莉</div>
    <div class="foot">新长征杂志社版权所有　吉ICP备05004417号</div>
    </body>
    </html>
    """,
    title="村里的“红色议事厅”",
    source="新长征",
    date="2024-08-15",
    author="于海波",
    chrome=[
        "首页　党建　基层　理论　廉政　读者之声",
        "刊期：2024年第8期　栏目：基层党建",
        "责任编辑：姜莉",
        "新长征杂志社版权所有　吉ICP备05004417号",
    ],
    body=[
        "村里大事小情，都先拿到这里商量",
        "通过视频连线参与",
        "在议事厅里讨论了三回，最后全票通过",
        "基层治理才有温度、有力度",
    ],
    regions=[
        ("在吉林市舒兰市的一个山村", ["吉林省/吉林市/舒兰市"]),
        ("议事厅每月开一次会", []),
        ("今年春天，村里要修一条", []),
        ("村党支部书记说", []),
        ("舒兰市已在全市两百多个村推广", ["吉林省/吉林市/舒兰市"]),
        ("实践表明，把议事的桌子", []),
    ],
    complete=True,
)

art(
    "qiuzhi_wechat_siziwang_gbk.txt",
    "regional party journal's WeChat account article copied as text and saved as ANSI (GBK) in Notepad (点击上方蓝字关注我们 line, title, 求知杂志 account line with 2024年10月12日 09:00 内蒙古, 作者 line, 【摘要】 line, numbered section headings, 本文刊发于《求知》2024年第10期 note, 来源 + 责编 + 审核 block, 分享 · 收藏 · 点赞 · 在看 bar)",
    "gbk",
    """
    点击上方蓝字关注我们

    草原上的“流动党课”

    求知杂志　2024年10月12日 09:00　内蒙古

    作者：苏日娜

    【摘要】牧区地广人稀，集中学习难。四子王旗把党课送到牧民家门口，探索出一条牧区党员教育的新路子。

    一、牧区党员教育的难点

    乌兰察布市四子王旗地处内蒙古中部，草原面积大，牧户居住分散，有的牧户之间相隔几十公里，把党员集中起来学习很不容易。

    二、“流动党课”怎么上

    旗里组建了十几支“流动党课”小分队，开着一辆改装过的面包车，带上投影仪和发电机，一个嘎查一个嘎查地走。

    小分队讲的不光是政策，还有草原防火、牲畜防疫、直播卖货这些牧民关心的事，讲完还留下来帮着干活。

    三、几点启示

    党员教育要贴近群众，内容要实，形式要活。四子王旗的做法说明，只要肯下功夫，再远的牧点也能送到。

    本文刊发于《求知》2024年第10期
    来源：《求知》杂志　责编：王晓燕　审核：赵敏
    分享 · 收藏 · 点赞 · 在看
    """,
    title="草原上的“流动党课”",
    source="求知",
    site="求知杂志",
    date="2024-10-12",
    author="苏日娜",
    chrome=[
        "点击上方蓝字关注我们",
        "本文刊发于《求知》2024年第10期",
        "责编：王晓燕　审核：赵敏",
        "分享 · 收藏 · 点赞 · 在看",
    ],
    body=[
        "有的牧户之间相隔几十公里",
        "开着一辆改装过的面包车",
        "讲完还留下来帮着干活",
        "再远的牧点也能送到",
    ],
    regions=[
        ("乌兰察布市四子王旗地处内蒙古中部", ["内蒙古自治区/乌兰察布市/四子王旗"]),
        ("旗里组建了十几支", []),
        ("小分队讲的不光是政策", []),
        ("党员教育要贴近群众", ["内蒙古自治区/乌兰察布市/四子王旗"]),
    ],
    complete=False,
)

art(
    "liaowang_dongfang_laoting.html",
    "national news weekly's long feature (瞭望东方周刊 logo, 2024年第21期 总第… issue line, 封面 / 特别报道 / 观察 tabs, <title> 标题_瞭望东方周刊, 文 | 记者 … 编辑 | … line, 导语 in bold, section subheadings, 本文刊于 note at the end, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>渤海湾边的“盐碱地试验田”_瞭望东方周刊</title></head>
    <body>
    <div class="logo">瞭望东方周刊</div>
    <div class="tabs">封面　特别报道　观察　对话　城市　文化</div>
    <div class="issue">2024年第21期　总第925期　发布时间：2024-10-14</div>
    <h1>渤海湾边的“盐碱地试验田”</h1>
    <div class="by">文 | 《瞭望东方周刊》记者 石磊　编辑 | 周雯</div>
    <div class="text">
    <p><b>在唐山乐亭，几代农技人员和农民一起，把白花花的盐碱滩变成了能长庄稼的地。</b></p>
    <h3>“白茬地”上的第一茬麦子</h3>
    <p>深秋的河北省唐山市乐亭县，沿海的一片试验田里，冬小麦刚出苗。二十年前，这里还是一片泛着白碱的荒滩，当地人叫它“白茬地”。</p>
    <p>改良从挖沟排碱开始。试验站的老站长回忆，头几年种什么死什么，他们一点点摸索出“上农下渔”的办法：低洼处挖塘养鱼，挖出来的土垫高成台田种粮。</p>
    <h3>从“能种”到“种好”</h3>
    <p>如今，乐亭县沿海的盐碱地改良面积已经超过二十万亩，耐盐小麦亩产稳定在八百斤左右，试验田里还在筛选耐盐的大豆和高粱品种。</p>
    <p>一位在试验站干了十五年的农技员说，盐碱地改良没有一劳永逸的办法，一场大旱、一次海水倒灌，都可能让几年的努力打折扣。</p>
    <h3>下一个二十年</h3>
    <p>当地正在和北京、天津的科研院所合作，建设盐碱地综合利用示范区，把种植、养殖和光伏发电结合在一起。</p>
    <p>老站长说，他这辈子最大的心愿，就是看到这片滩涂上的庄稼一年比一年好。</p>
    </div>
    <div class="note">本文刊于《瞭望东方周刊》2024年第21期</div>
    <div class="foot">瞭望东方周刊社版权所有　京ICP备10035512号</div>
    </body>
    </html>
    """,
    title="渤海湾边的“盐碱地试验田”",
    source="瞭望东方周刊",
    date="2024-10-14",
    author="石磊",
    chrome=[
        "封面　特别报道　观察　对话　城市　文化",
        "2024年第21期　总第925期",
        "本文刊于《瞭望东方周刊》2024年第21期",
        "瞭望东方周刊社版权所有　京ICP备10035512号",
    ],
    body=[
        "当地人叫它“白茬地”",
        "低洼处挖塘养鱼",
        "耐盐小麦亩产稳定在八百斤左右",
        "都可能让几年的努力打折扣",
        "把种植、养殖和光伏发电结合在一起",
    ],
    regions=[
        ("在唐山乐亭，几代农技人员", ["河北省/唐山市/乐亭县"]),
        ("深秋的河北省唐山市乐亭县", ["河北省/唐山市/乐亭县"]),
        ("改良从挖沟排碱开始", []),
        ("如今，乐亭县沿海的盐碱地", ["河北省/唐山市/乐亭县"]),
        ("一位在试验站干了十五年的农技员说", []),
        ("当地正在和北京、天津的科研院所合作", ["北京市", "天津市"]),
        ("老站长说，他这辈子最大的心愿", []),
    ],
    complete=True,
)

art(
    "yunting_cnr_songpan_radio.txt",
    "national radio channel's story copied from an audio app as text (云听 app bar with 打开云听, 中国之声 programme line 《新闻和报纸摘要》, title, 央广记者 … line, 2024年6月3日 07:12 on its own line, 主持人 intro paragraph, 【录音】 markers inside the body, 收听 counter and 相关节目 at the end)",
    "utf-8",
    """
    云听　打开云听，收听更多好节目

    中国之声《新闻和报纸摘要》

    松潘：高原古城迎来夏季旅游小高峰

    央广记者 泽郎王清

    2024年6月3日 07:12

    主持人：进入六月，四川阿坝州松潘县的古城迎来了夏季旅游小高峰，不少游客从这里出发前往黄龙景区。

    松潘古城始建于明代，城墙保存较为完整，是川西北高原上的交通要道。每天清晨，古城门口就排起了前往景区的旅游大巴。

    【录音】我们从成都一路开车过来，古城晚上的灯光特别好看，明天一早去黄龙。

    古城里的民宿老板说，今年端午节前的客房已经订出了七成，比去年同期明显增多。

    松潘县文旅部门介绍，今年新开通了古城至周边景区的旅游专线，游客不用自驾也能方便出行。

    收听 2.1万
    相关节目：《央广夜新闻》 高原夏日的草原音乐节
    """,
    title="松潘：高原古城迎来夏季旅游小高峰",
    source="中国之声",
    site="云听",
    date="2024-06-03",
    author="泽郎王清",
    chrome=[
        "云听　打开云听，收听更多好节目",
        "收听 2.1万",
        "相关节目：《央广夜新闻》 高原夏日的草原音乐节",
    ],
    body=[
        "不少游客从这里出发前往黄龙景区",
        "城墙保存较为完整",
        "古城晚上的灯光特别好看",
        "游客不用自驾也能方便出行",
    ],
    regions=[
        ("主持人：进入六月，四川阿坝州松潘县", ["四川省/阿坝藏族羌族自治州/松潘县"]),
        ("松潘古城始建于明代", ["四川省/阿坝藏族羌族自治州/松潘县"]),
        ("【录音】我们从成都一路开车过来", ["四川省/成都市"]),
        ("古城里的民宿老板说", []),
        ("松潘县文旅部门介绍", ["四川省/阿坝藏族羌族自治州/松潘县"]),
    ],
    complete=True,
)

art(
    "sputnik_wire_manzhouli.html",
    "foreign wire service's Chinese site (卫星通讯社 logo, 中国 / 俄罗斯 / 国际 tabs, <title> 标题 - 2024年4月16日, 卫星通讯社, dateline 俄罗斯卫星通讯社满洲里4月16日电 opening the lead with the year only in <title>, 订阅 Telegram bar, 编辑部 footer; no visible date line)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head><meta charset="utf-8"><title>满洲里口岸一季度中欧班列通行量同比增长 - 2024年4月16日, 卫星通讯社</title></head>
    <body>
    <div class="logo">卫星通讯社</div>
    <div class="tabs">中国　俄罗斯　国际　经济　科技　社会</div>
    <h1>满洲里口岸一季度中欧班列通行量同比增长</h1>
    <div class="article__text">
    <p>俄罗斯卫星通讯社满洲里4月16日电　中国内蒙古自治区呼伦贝尔市满洲里市口岸部门16日对卫星通讯社表示，一季度经满洲里口岸进出境的中欧班列超过一千三百列，同比增长约百分之八。</p>
    <p>据介绍，满洲里口岸是中俄之间最大的陆路口岸，进境班列主要运载木材、化肥和食品，出境班列主要运载机电产品、汽车配件和日用百货。</p>
    <p>口岸部门表示，今年以来口岸推行了“提前申报、抵达放行”的通关模式，班列在口岸的平均停留时间缩短到六个小时以内。</p>
    <p>当地一家物流企业的负责人告诉卫星通讯社，从重庆、西安等地始发经满洲里出境的班列越来越多，俄罗斯的粮食、油脂也越来越多地通过回程班列运进中国。</p>
    <p>该负责人说，目前企业面临的主要困难是冬季气温过低时的设备维护，口岸部门已协调增加了换装作业的保暖设施。</p>
    </div>
    <div class="tg">订阅卫星通讯社 Telegram 频道，获取最新消息</div>
    <div class="foot">卫星通讯社 编辑部　电子邮箱：feedback@sputniknews.cn</div>
    </body>
    </html>
    """,
    title="满洲里口岸一季度中欧班列通行量同比增长",
    source="卫星通讯社",
    date="2024-04-16",
    chrome=[
        "中国　俄罗斯　国际　经济　科技　社会",
        "订阅卫星通讯社 Telegram 频道，获取最新消息",
        "卫星通讯社 编辑部　电子邮箱：feedback@sputniknews.cn",
    ],
    body=[
        "一季度经满洲里口岸进出境的中欧班列超过一千三百列",
        "进境班列主要运载木材、化肥和食品",
        "班列在口岸的平均停留时间缩短到六个小时以内",
        "口岸部门已协调增加了换装作业的保暖设施",
    ],
    regions=[
        ("俄罗斯卫星通讯社满洲里4月16日电", ["内蒙古自治区/呼伦贝尔市/满洲里市"]),
        ("据介绍，满洲里口岸是中俄之间", ["内蒙古自治区/呼伦贝尔市/满洲里市"]),
        ("口岸部门表示，今年以来口岸推行了", []),
        (
            "当地一家物流企业的负责人告诉卫星通讯社",
            ["重庆市", "陕西省/西安市", "内蒙古自治区/呼伦贝尔市/满洲里市"],
        ),
        ("该负责人说，目前企业面临的主要困难", []),
    ],
    complete=True,
)


# --- WeChat saved as a web page, app pages, reposts ----------------------------------------
art(
    "quanjiao_wechat_saved_page.html",
    "WeChat article saved from the browser as a web page (mp.weixin.qq.com markup: h1.rich_media_title, a#js_name account link, em#publish_time holding 2024-05-30 19:05, 原创 tag, 阅读原文 / 分享 / 收藏 / 点赞 / 在看 bar, 微信扫一扫关注该公众号 box, 预览时标签不可点 notice)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>全椒：麦收时节“机”声隆隆</title></head>
    <body>
    <div id="page-content" class="rich_media">
    <h1 class="rich_media_title" id="activity-name">全椒：麦收时节“机”声隆隆</h1>
    <div class="rich_media_meta_list">
    <span class="original">原创</span>
    <span class="rich_media_meta_text">全椒县融媒体中心</span>
    <a id="js_name" href="javascript:void(0);">全椒发布</a>
    <em id="publish_time" class="rich_media_meta_text">2024-05-30 19:05</em>
    <em id="js_ip_wording">安徽</em>
    </div>
    <div class="rich_media_content" id="js_content">
    <p>五月底，滁州市全椒县四十多万亩小麦进入收获高峰，田野里收割机来回穿梭，运粮车一辆接一辆驶向烘干中心。</p>
    <p>今年全椒县调度了一千三百多台联合收割机，实行“区域作业、跨镇支援”，力争在十天内完成抢收。</p>
    <p>为防止“烂场雨”，县里的二十八家烘干中心全部开足马力，收下来的麦子当天就能烘干入库。</p>
    <p>一位种粮大户说，今年小麦长势好，亩产比去年多了五十多斤，“粮食收到仓里，心里才踏实”。</p>
    <p>农业部门提醒，麦收结束后要及时抢种水稻，做好秸秆还田，严禁焚烧秸秆。</p>
    </div>
    <div class="rich_media_tool">阅读原文　分享　收藏　点赞　在看</div>
    <div class="qr_code_pc">微信扫一扫关注该公众号</div>
    <div class="tips">预览时标签不可点</div>
    </div>
    </body>
    </html>
    """,
    title="全椒：麦收时节“机”声隆隆",
    source="全椒县融媒体中心",
    site="全椒发布",
    date="2024-05-30",
    chrome=[
        "阅读原文　分享　收藏　点赞　在看",
        "微信扫一扫关注该公众号",
        "预览时标签不可点",
    ],
    body=[
        "运粮车一辆接一辆驶向烘干中心",
        "实行“区域作业、跨镇支援”",
        "收下来的麦子当天就能烘干入库",
        "严禁焚烧秸秆",
    ],
    regions=[
        ("五月底，滁州市全椒县", ["安徽省/滁州市/全椒县"]),
        ("今年全椒县调度了一千三百多台", ["安徽省/滁州市/全椒县"]),
        ("为防止“烂场雨”", []),
        ("一位种粮大户说，今年小麦长势好", []),
        ("农业部门提醒，麦收结束后", []),
    ],
    complete=True,
)

art(
    "cailian_app_qianan.txt",
    "provincial paper's app share page copied as text (彩练新闻 app bar with 打开 and 彩练新闻 — 吉林日报社出品 line, title, 来源：新文化报 + 记者 on one line, 2024-01-23 10:48 + 吉林 IP line, body, 阅读量 and 举报 at the end, 下载彩练新闻客户端 and 相关推荐 list)",
    "utf-8",
    """
    彩练新闻　打开
    彩练新闻 — 吉林日报社出品

    乾安：查干湖畔的冬捕之外，这个县的“冰上渔村”也火了

    来源：新文化报　记者：孙立新
    2024-01-23 10:48　吉林

    一月下旬，松原市乾安县的一处湖泊冰面上，几十顶彩色帐篷一字排开，游客们凿开冰眼，坐在小马扎上钓鱼。

    说起冬捕，很多人只知道查干湖。乾安县这几年在县内的几处湖泊发展冰钓和冰上娱乐，打造了一个“冰上渔村”。

    渔村里有冰滑梯、雪地摩托和马拉爬犁，湖边的渔家饭店把刚钓上来的鱼做成铁锅炖，游客吃得直呼过瘾。

    一位从长春来的游客说，周末开车两个多小时就到了，带孩子玩一天，费用比去滑雪场便宜不少。

    据乾安县文旅部门统计，今年元旦以来，“冰上渔村”已接待游客六万多人次。

    阅读量 4.8万　举报
    下载彩练新闻客户端
    相关推荐
    长白山景区冬季客流创新高
    """,
    title="乾安：查干湖畔的冬捕之外，这个县的“冰上渔村”也火了",
    source="新文化报",
    site="彩练新闻",
    date="2024-01-23",
    author="孙立新",
    chrome=[
        "彩练新闻 — 吉林日报社出品",
        "阅读量 4.8万　举报",
        "下载彩练新闻客户端",
        "相关推荐",
        "长白山景区冬季客流创新高",
    ],
    body=[
        "游客们凿开冰眼，坐在小马扎上钓鱼",
        "打造了一个“冰上渔村”",
        "游客吃得直呼过瘾",
        "费用比去滑雪场便宜不少",
    ],
    regions=[
        ("一月下旬，松原市乾安县", ["吉林省/松原市/乾安县"]),
        ("说起冬捕，很多人只知道查干湖", ["吉林省/松原市/乾安县"]),
        ("渔村里有冰滑梯", []),
        ("一位从长春来的游客说", ["吉林省/长春市"]),
        ("据乾安县文旅部门统计", ["吉林省/松原市/乾安县"]),
    ],
    complete=True,
)

art(
    "yingshang_gov_repost_chain_gb18030.txt",
    "county government portal's repost copied as text in GB18030 (颍上县人民政府 masthead, 首页 >> 新闻中心 >> 媒体看颍上 line, title, 发布日期：2024-03-19 + 信息来源：阜阳日报 row, a repost-chain note 转自：阜阳新闻网　原载：阜阳日报 2024年3月19日第2版 under the body, 【字体：大 中 小】【打印】, 皖ICP备 footer)",
    "gb18030",
    """
    颍上县人民政府
    首页 >> 新闻中心 >> 媒体看颍上

    颍上：八里河畔油菜花开引客来

    发布日期：2024-03-19　信息来源：阜阳日报

    三月中旬，阜阳市颍上县八里河沿岸的油菜花陆续开放，金黄的花海沿着河堤绵延十几公里，周末前来赏花的游客络绎不绝。

    颍上县今年种植油菜二十多万亩，在八里河、迪沟等地打造了几处集中连片的赏花区，还配套建设了观景台和停车场。

    赏花区里，当地农民摆起了小摊，卖起了菜籽油、咸鸭蛋和手工馍，一个周末下来能挣上千元。

    县文旅部门介绍，油菜花节期间还将举办乡村音乐会和摄影大赛，把“看花”和“吃农家饭”“住民宿”串起来。

    转自：阜阳新闻网　原载：阜阳日报 2024年3月19日第2版
    【字体：大 中 小】【打印】
    主办：颍上县人民政府办公室　皖ICP备05002563号
    """,
    title="颍上：八里河畔油菜花开引客来",
    source="阜阳日报",
    site="颍上县人民政府",
    date="2024-03-19",
    chrome=[
        "首页 >> 新闻中心 >> 媒体看颍上",
        "转自：阜阳新闻网　原载：阜阳日报 2024年3月19日第2版",
        "【字体：大 中 小】【打印】",
        "主办：颍上县人民政府办公室　皖ICP备05002563号",
    ],
    body=[
        "金黄的花海沿着河堤绵延十几公里",
        "还配套建设了观景台和停车场",
        "卖起了菜籽油、咸鸭蛋和手工馍",
        "把“看花”和“吃农家饭”“住民宿”串起来",
    ],
    regions=[
        ("三月中旬，阜阳市颍上县八里河沿岸", ["安徽省/阜阳市/颍上县"]),
        ("颍上县今年种植油菜二十多万亩", ["安徽省/阜阳市/颍上县"]),
        ("赏花区里，当地农民摆起了小摊", []),
        ("县文旅部门介绍，油菜花节期间", []),
    ],
    complete=True,
)


# --- harder: date only in the URL, metadata only in <meta>, footer-only source ------------
art(
    "yiyang_news_taojiang_url_only.txt",
    "city news site's story copied as text with the browser's address pasted on the first line (the date only in the URL path /2024-04/08/, 益阳新闻网 logo line, title, 来源：益阳日报 alone under it with no date, 记者 … 通讯员 … byline, 【关闭】【打印】, 湘ICP备 footer)",
    "utf-8",
    """
    http://www.yynews.com.cn/content/2024-04/08/content_3185524.html

    益阳新闻网　首页 | 益阳新闻 | 区县市 | 民生 | 视频

    桃江：竹海深处的“春笋经济”

    来源：益阳日报

    记者 汤芳　通讯员 罗建华

    清明前后，益阳市桃江县的竹林里春笋破土而出，挖笋的村民背着竹篓穿行在竹海间，山路边的收购点前排起了长队。

    桃江素有“楠竹之乡”之称，全县竹林面积超过一百万亩。过去春笋大多自家吃或者低价卖掉，这几年县里引进了几家竹笋加工企业，春笋变成了笋干、笋罐头和即食笋。

    加工企业的负责人说，今年春笋收购价每斤一块二，比去年高了两毛，厂里每天收购鲜笋五十多吨。

    为了保护竹林，林业部门划定了“留笋养竹”的区域，每亩要留足一定数量的春笋长成新竹。

    一位竹农算账说，一个春天挖笋能挣一万多元，再加上卖竹子的收入，一年下来比外出打工也差不了多少。

    【关闭】【打印】
    湘ICP备05009476号
    """,
    title="桃江：竹海深处的“春笋经济”",
    source="益阳日报",
    site="益阳新闻网",
    date="2024-04-08",
    author="汤芳",
    chrome=[
        "http://www.yynews.com.cn/content/2024-04/08/content_3185524.html",
        "益阳新闻网　首页 | 益阳新闻 | 区县市 | 民生 | 视频",
        "【关闭】【打印】",
        "湘ICP备05009476号",
    ],
    body=[
        "挖笋的村民背着竹篓穿行在竹海间",
        "春笋变成了笋干、笋罐头和即食笋",
        "厂里每天收购鲜笋五十多吨",
        "一年下来比外出打工也差不了多少",
    ],
    regions=[
        ("清明前后，益阳市桃江县", ["湖南省/益阳市/桃江县"]),
        ("桃江素有“楠竹之乡”之称", ["湖南省/益阳市/桃江县"]),
        ("加工企业的负责人说", []),
        ("为了保护竹林", []),
        ("一位竹农算账说", []),
    ],
    complete=True,
)

art(
    "zigong_news_lantern_meta_only.html",
    "city paper's news site whose metadata is only in <meta name=author/source/pubdate> and <meta name=keywords> (no visible date, source or byline), <title> 标题 - 自贡网, 盐都 logo strap, 灯会专题 banner, 返回首页 link and 蜀ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="keywords" content="自贡灯会,自流井,灯组">
    <meta name="author" content="刘诗雨">
    <meta name="source" content="自贡日报">
    <meta name="pubdate" content="2024-01-26">
    <title>自流井：百米“巨龙”灯组完成亮灯调试 - 自贡网</title>
    </head>
    <body>
    <div class="logo">自贡网　千年盐都 南国灯城</div>
    <div class="banner">第三十届自贡国际恐龙灯会专题</div>
    <h1>自流井：百米“巨龙”灯组完成亮灯调试</h1>
    <div class="content">
    <p>一月下旬，自贡市自流井区的灯会现场，一条长达一百多米的“巨龙”灯组完成亮灯调试，龙身随着音乐起伏，引得路过的市民纷纷拍照。</p>
    <p>这组灯由三百多名工人用了两个多月扎制完成，龙鳞用了上万个回收的玻璃瓶，在灯光映照下闪闪发亮。</p>
    <p>自贡扎灯的手艺传承了上千年，当地的彩灯企业每年有大量订单发往各地和海外。</p>
    <p>灯会主办方介绍，今年灯会共有一百多组灯，春节前将全部亮灯，并首次推出夜间无人机表演。</p>
    <p>为应对春节客流，自流井区在灯会周边增设了临时停车场和接驳公交，并开通了线上购票分时入园。</p>
    </div>
    <div class="back"><a href="#">返回首页</a></div>
    <div class="foot">自贡日报社主办　蜀ICP备05021386号</div>
    </body>
    </html>
    """,
    title="自流井：百米“巨龙”灯组完成亮灯调试",
    source="自贡日报",
    site="自贡网",
    date="2024-01-26",
    author="刘诗雨",
    chrome=[
        "自贡网　千年盐都 南国灯城",
        "第三十届自贡国际恐龙灯会专题",
        "返回首页",
        "自贡日报社主办　蜀ICP备05021386号",
    ],
    body=[
        "龙身随着音乐起伏",
        "龙鳞用了上万个回收的玻璃瓶",
        "当地的彩灯企业每年有大量订单发往各地和海外",
        "并开通了线上购票分时入园",
    ],
    regions=[
        ("一月下旬，自贡市自流井区的灯会现场", ["四川省/自贡市/自流井区"]),
        ("这组灯由三百多名工人", []),
        ("自贡扎灯的手艺传承了上千年", ["四川省/自贡市"]),
        ("灯会主办方介绍", []),
        ("为应对春节客流，自流井区", ["四川省/自贡市/自流井区"]),
    ],
    complete=True,
)

art(
    "suining_daily_shehong_footer_source.txt",
    "city paper's story copied as text with the outlet named only in the copyright footer (title, 2024年09月24日 10:05 alone under it, 记者 … byline, body, 版权声明：本网所有稿件版权归遂宁日报社所有 footer, 分享 line, 上一篇/下一篇 line)",
    "utf-8",
    """
    射洪：老酒厂里办起了“酿酒研学营”

    2024年09月24日 10:05

    记者 何雪梅

    九月下旬，遂宁市射洪市一家有着几十年历史的老酒厂里，一群中学生正跟着酿酒师傅学习拌糟、上甑。

    射洪酿酒历史悠久，城里至今保留着一批老窖池和老作坊。今年暑期以来，当地把老酒厂的部分车间改造成研学基地，面向中小学生开放。

    研学课程包括认识粮食、观摩蒸馏、参观老窖池等，学生们还可以亲手制作酒曲，带回家做纪念。

    酒厂负责人说，研学营开办三个月，已经接待学生六千多人次，周末的名额常常提前一周就被约满。

    射洪市文旅部门表示，下一步将把研学基地和周边的古镇、湿地公园串联起来，打造两日研学线路。

    版权声明：本网所有稿件版权归遂宁日报社所有，转载请注明出处
    分享到：微信　微博　QQ
    上一篇：船山区：社区食堂开进老旧小区　下一篇：大英县秋粮收获进度过半
    """,
    title="射洪：老酒厂里办起了“酿酒研学营”",
    source="遂宁日报",
    date="2024-09-24",
    author="何雪梅",
    chrome=[
        "版权声明：本网所有稿件版权归遂宁日报社所有，转载请注明出处",
        "分享到：微信　微博　QQ",
        "上一篇：船山区：社区食堂开进老旧小区　下一篇：大英县秋粮收获进度过半",
    ],
    body=[
        "一群中学生正跟着酿酒师傅学习拌糟、上甑",
        "城里至今保留着一批老窖池和老作坊",
        "学生们还可以亲手制作酒曲",
        "周末的名额常常提前一周就被约满",
    ],
    regions=[
        ("九月下旬，遂宁市射洪市", ["四川省/遂宁市/射洪市"]),
        ("射洪酿酒历史悠久", ["四川省/遂宁市/射洪市"]),
        ("研学课程包括认识粮食", []),
        ("酒厂负责人说，研学营开办三个月", []),
        ("射洪市文旅部门表示", ["四川省/遂宁市/射洪市"]),
    ],
    complete=True,
)


# --- prefecture papers in the south-west and north-west ------------------------------------
art(
    "wenshan_daily_xichou_gbk.txt",
    "prefecture paper's story copied as text in GBK (文山日报 masthead with 文山新闻网 URL line, 【要闻】 column tag, title, 作者：… 来源：文山日报 发布时间：2024年11月20日 on one line, 图 caption line ▲, body, 【责任编辑：…】 and 【复制链接】 at the foot)",
    "gbk",
    """
    文山日报　www.wsnews.com.cn
    【要闻】

    西畴：石漠化山区的“三七+林下”新路子

    作者：陆春燕　来源：文山日报　发布时间：2024年11月20日

    ▲西畴县一处林下三七种植基地（资料图）

    十一月，文山壮族苗族自治州西畴县的山坡上，一片片林下三七种植基地掩映在松树林中，工人们正在搭建遮阳棚。

    西畴县是典型的石漠化山区，过去“地无三尺平”，群众靠在石缝里种玉米过日子。近年来，当地在治理石漠化的同时，引导企业和合作社发展林下种植。

    林下三七不占耕地、不施化肥，品质好、价格高，每亩产值可达两万元以上。种植基地优先聘用附近村民，一名工人一个月能挣三千多元。

    县林业和草原局介绍，全县林下经济面积已达十二万亩，除了三七，还发展了林下养蜂、林下养鸡等项目。

    一位种植户说，以前山上的树只能看不能吃，现在树底下也能“长出钱来”。

    【责任编辑：黄丽】　【复制链接】
    """,
    title="西畴：石漠化山区的“三七+林下”新路子",
    source="文山日报",
    date="2024-11-20",
    author="陆春燕",
    chrome=[
        "文山日报　www.wsnews.com.cn",
        "【要闻】",
        "▲西畴县一处林下三七种植基地（资料图）",
        "【责任编辑：黄丽】　【复制链接】",
    ],
    body=[
        "工人们正在搭建遮阳棚",
        "群众靠在石缝里种玉米过日子",
        "每亩产值可达两万元以上",
        "现在树底下也能“长出钱来”",
    ],
    regions=[
        ("十一月，文山壮族苗族自治州西畴县", ["云南省/文山壮族苗族自治州/西畴县"]),
        ("西畴县是典型的石漠化山区", ["云南省/文山壮族苗族自治州/西畴县"]),
        ("林下三七不占耕地", []),
        ("县林业和草原局介绍", []),
        ("一位种植户说，以前山上的树", []),
    ],
    complete=True,
)

art(
    "diqing_daily_deqin.html",
    "prefecture paper's site (迪庆日报 logo with 迪庆新闻网 strap, <title> 标题—迪庆新闻网 with an em dash, crumb 首页 > 县市新闻 > 德钦, title then 2024-08-29 09:30:00 | 迪庆日报 | 编辑：… row separated by |, 藏文 / 傈僳文 edition links, 滇ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>德钦：梅里雪山脚下的葡萄熟了—迪庆新闻网</title></head>
    <body>
    <div class="logo">迪庆日报　迪庆新闻网</div>
    <div class="lang"><a href="#">藏文版</a>　<a href="#">傈僳文版</a></div>
    <div class="nav">首页　迪庆要闻　县市新闻　香格里拉　图片　视频</div>
    <div class="crumb">首页 &gt; 县市新闻 &gt; 德钦</div>
    <h1>德钦：梅里雪山脚下的葡萄熟了</h1>
    <div class="info">2024-08-29 09:30:00 | 迪庆日报 | 编辑：和丽萍</div>
    <div class="content">
    <p>八月底，迪庆藏族自治州德钦县澜沧江边的河谷里，酿酒葡萄陆续成熟，藏族村民们背着竹筐，在葡萄架下采摘。</p>
    <p>德钦的河谷地带干热少雨、昼夜温差大，出产的葡萄糖分高，当地的葡萄酒庄用它酿出了“高原冰酒”。</p>
    <p>目前，全县酿酒葡萄种植面积已有一万多亩，覆盖了沿江的十几个村子，葡萄成了不少藏族家庭的主要收入来源。</p>
    <p>一位种了十年葡萄的村民说，每亩葡萄能卖一万元左右，比过去种青稞强多了。</p>
    <p>今年，当地还在酒庄旁边开设了品酒室和民宿，吸引游客在看雪山之余品尝本地葡萄酒。</p>
    </div>
    <div class="foot">迪庆日报社　滇ICP备09003487号</div>
    </body>
    </html>
    """,
    title="德钦：梅里雪山脚下的葡萄熟了",
    source="迪庆日报",
    site="迪庆新闻网",
    date="2024-08-29",
    chrome=[
        "藏文版　傈僳文版",
        "首页　迪庆要闻　县市新闻　香格里拉　图片　视频",
        "首页 > 县市新闻 > 德钦",
        "编辑：和丽萍",
        "迪庆日报社　滇ICP备09003487号",
    ],
    body=[
        "在葡萄架下采摘",
        "当地的葡萄酒庄用它酿出了“高原冰酒”",
        "覆盖了沿江的十几个村子",
        "比过去种青稞强多了",
    ],
    regions=[
        ("八月底，迪庆藏族自治州德钦县", ["云南省/迪庆藏族自治州/德钦县"]),
        ("德钦的河谷地带干热少雨", ["云南省/迪庆藏族自治州/德钦县"]),
        ("目前，全县酿酒葡萄种植面积", []),
        ("一位种了十年葡萄的村民说", []),
        ("今年，当地还在酒庄旁边", []),
    ],
    complete=True,
)

art(
    "changji_daily_manas_spam.txt",
    "prefecture paper's story copied as text (昌吉日报 | 昌吉零距离 masthead line, 当前位置 line, title, 2024/10/10 11:26:31 alone under it, 昌吉日报全媒体记者 … byline, body with two SEO spam strings injected mid-paragraph, one naming a city, 【打印本页】 【关闭窗口】, 新ICP备 footer)",
    "utf-8",
    """
    昌吉日报 | 昌吉零距离
    当前位置：首页 > 县市动态

    玛纳斯：万亩加工番茄进入采收尾声

    2024/10/10 11:26:31

    昌吉日报全媒体记者 古丽米拉·艾尔肯

    十月上旬，昌吉回族自治州玛纳斯县的加工番茄采收进入尾声，大型采收机在田间作业，一车车红彤彤的番茄被运往县里的番茄酱加工厂。

    玛纳斯县是新疆加工番茄的主产区之一，今年种植面积超过十万亩，平均亩产达到八吨以上，比去年有所提高。

    加工厂的负责人介绍，今年工厂新上了一条生产线，日处理鲜番茄三千吨，生产的番茄酱大部分出口到中亚和欧洲乌鲁木齐高端外围模特上门服务。

    种植户说，和加工厂签了订单，收购价提前定好，不愁销路；采收也全部用上了机械，省了不少人工费。

    县农业农村局表示，明年将继续推广滴灌水肥一体化技术，进一步提高番茄的产量和品质在线百家乐真人荷官实时开奖。

    【打印本页】 【关闭窗口】
    新ICP备05001738号
    """,
    title="玛纳斯：万亩加工番茄进入采收尾声",
    source="昌吉日报",
    date="2024-10-10",
    author="古丽米拉·艾尔肯",
    chrome=[
        "昌吉日报 | 昌吉零距离",
        "当前位置：首页 > 县市动态",
        "【打印本页】 【关闭窗口】",
        "新ICP备05001738号",
    ],
    body=[
        "一车车红彤彤的番茄被运往县里的番茄酱加工厂",
        "平均亩产达到八吨以上",
        "大部分出口到中亚和欧洲。",
        "收购价提前定好，不愁销路",
        "进一步提高番茄的产量和品质。",
    ],
    spam=["乌鲁木齐高端外围模特上门服务", "在线百家乐真人荷官实时开奖"],
    regions=[
        ("十月上旬，昌吉回族自治州玛纳斯县", ["新疆维吾尔自治区/昌吉回族自治州/玛纳斯县"]),
        ("玛纳斯县是新疆加工番茄的主产区之一", ["新疆维吾尔自治区/昌吉回族自治州/玛纳斯县"]),
        ("加工厂的负责人介绍", []),
        ("种植户说，和加工厂签了订单", []),
        ("县农业农村局表示", []),
    ],
    complete=True,
)

art(
    "tacheng_daily_emin_jsonld_graph.html",
    "prefecture paper's site with a JSON-LD @graph (WebPage + BreadcrumbList + Article with datePublished and dateModified a day apart, author as a plain string), <title> 标题｜塔城日报 with a full-width bar, visible 发布：10-15 without a year, 作者 line at the end, 新ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>额敏：牧民转场途中的“流动服务站”｜塔城日报</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "name": "额敏：牧民转场途中的“流动服务站”｜塔城日报"},
      {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "首页"}, {"@type": "ListItem", "position": 2, "name": "县市新闻"}]},
      {"@type": "Article", "headline": "额敏：牧民转场途中的“流动服务站”", "datePublished": "2024-10-15T10:00:00+08:00", "dateModified": "2024-10-16T09:12:00+08:00", "author": "巴合提别克", "publisher": {"@type": "Organization", "name": "塔城日报"}}
    ]}
    </script>
    </head>
    <body>
    <div class="top">塔城日报　首页　塔城新闻　县市新闻　兵团　图片</div>
    <div class="crumb">首页 / 县市新闻</div>
    <h1>额敏：牧民转场途中的“流动服务站”</h1>
    <div class="pub">发布：10-15</div>
    <div class="entry">
    <p>十月中旬，塔城地区额敏县的牧民开始赶着牛羊从夏牧场转往冬牧场，转场路上，一顶顶白色的“流动服务站”帐篷格外醒目。</p>
    <p>服务站里有医生、兽医和电工，牧民可以在这里量血压、给牲畜打疫苗，还能给手机和太阳能电池充电。</p>
    <p>额敏县今年在转场通道沿线设了八个服务站，每个服务站配备了热水、馕和奶茶，牧民走累了可以进来歇歇脚。</p>
    <p>一位哈萨克族牧民说，转场要走十几天，以前遇到牲畜生病只能干着急，现在兽医就在路边。</p>
    <p>县里还组织了交警在转场通道和公路交会处值守，保障牧民和过往车辆的安全。</p>
    </div>
    <div class="au">作者：巴合提别克　编辑：张蕾</div>
    <div class="foot">塔城日报社　新ICP备12001395号</div>
    </body>
    </html>
    """,
    title="额敏：牧民转场途中的“流动服务站”",
    source="塔城日报",
    date="2024-10-15",
    author="巴合提别克",
    chrome=[
        "塔城日报　首页　塔城新闻　县市新闻　兵团　图片",
        "首页 / 县市新闻",
        "发布：10-15",
        "塔城日报社　新ICP备12001395号",
    ],
    body=[
        "一顶顶白色的“流动服务站”帐篷格外醒目",
        "还能给手机和太阳能电池充电",
        "牧民走累了可以进来歇歇脚",
        "现在兽医就在路边",
    ],
    regions=[
        ("十月中旬，塔城地区额敏县", ["新疆维吾尔自治区/塔城地区/额敏县"]),
        ("服务站里有医生、兽医和电工", []),
        ("额敏县今年在转场通道沿线", ["新疆维吾尔自治区/塔城地区/额敏县"]),
        ("一位哈萨克族牧民说", []),
        ("县里还组织了交警", []),
    ],
    complete=True,
)

art(
    "mafengwo_travel_note_maqin.html",
    "travel platform's user note (马蜂窝 logo + 游记 tab, <title> 标题,果洛旅游攻略 - 马蜂窝, author avatar line with 2024-07-02 12:30 and 浏览/收藏/回复 counters, 出发时间 / 出行天数 / 人均费用 info box, 目录 sidebar, 本游记著作权归作者所有 note and 回复 box)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="utf-8"><title>玛沁七日：在阿尼玛卿雪山下看牦牛,果洛旅游攻略 - 马蜂窝</title></head>
    <body>
    <div class="head">马蜂窝　首页　目的地　旅游攻略　游记　酒店</div>
    <h1>玛沁七日：在阿尼玛卿雪山下看牦牛</h1>
    <div class="author">走走停停的小北　2024-07-02 12:30　浏览 3861　收藏 127　回复 19</div>
    <div class="info">出发时间 / 2024-06　出行天数 / 7天　人均费用 / 4500元</div>
    <div class="toc">目录　Day1 西宁出发　Day2 大武镇　Day3 雪山垭口</div>
    <div class="note">
    <p>六月底，我们一行三人从西宁包车出发，一路向南，走了七个多小时，终于在傍晚到了果洛藏族自治州玛沁县的县城大武镇。</p>
    <p>大武镇海拔三千七百多米，第一天晚上有点轻微的高反，县城的小饭馆老板给我们煮了一壶酥油茶，说多喝水、早点睡就好。</p>
    <p>第三天去看阿尼玛卿雪山，车开到垭口时突然放晴，雪山整个露了出来，草甸上全是吃草的牦牛，美得让人说不出话。</p>
    <p>路上遇到一户放牧的牧民，邀请我们进帐篷喝奶茶、吃糌粑，他家的小孩会说一点普通话，给我们当了半天翻译。</p>
    <p>玛沁的夏天很短，七月草甸上开满了花，但早晚还是要穿羽绒服，防晒霜和墨镜也一定要带足。</p>
    <p>这一趟花费不算少，但那种开阔和安静，是在城市里怎么也感受不到的。</p>
    </div>
    <div class="cr">本游记著作权归作者所有，任何形式转载请联系作者</div>
    <div class="reply">回复　写下你的回复…</div>
    </body>
    </html>
    """,
    title="玛沁七日：在阿尼玛卿雪山下看牦牛",
    source="马蜂窝",
    date="2024-07-02",
    author="走走停停的小北",
    chrome=[
        "马蜂窝　首页　目的地　旅游攻略　游记　酒店",
        "浏览 3861　收藏 127　回复 19",
        "出发时间 / 2024-06　出行天数 / 7天　人均费用 / 4500元",
        "目录　Day1 西宁出发　Day2 大武镇　Day3 雪山垭口",
        "本游记著作权归作者所有，任何形式转载请联系作者",
        "回复　写下你的回复…",
    ],
    body=[
        "终于在傍晚到了果洛藏族自治州玛沁县的县城大武镇",
        "说多喝水、早点睡就好",
        "草甸上全是吃草的牦牛",
        "给我们当了半天翻译",
        "是在城市里怎么也感受不到的",
    ],
    regions=[
        ("六月底，我们一行三人从西宁包车出发", ["青海省/西宁市", "青海省/果洛藏族自治州/玛沁县"]),
        ("大武镇海拔三千七百多米", []),
        ("第三天去看阿尼玛卿雪山", []),
        ("路上遇到一户放牧的牧民", []),
        ("玛沁的夏天很短", ["青海省/果洛藏族自治州/玛沁县"]),
        ("这一趟花费不算少", []),
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
