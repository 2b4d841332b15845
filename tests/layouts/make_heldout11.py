"""Write tests/layouts/heldout11/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout11.py tests/layouts/heldout11

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. None of its sites (or site
families) appears in dev or heldout to heldout10. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- townships, street offices, villages ------------------------------------------------------
art(
    "fenshui_town_gov.html",
    "乡镇 government site saved HTML (<title> 标题-分水镇人民政府, 镇情/政务 nav, 当前位置 crumb, 发布时间 + 信息来源 + 点击数 row, 【打印】【关闭】, 浙ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>分水镇：“共享菜园”让老人闲不住也累不着-分水镇人民政府</title>
    </head>
    <body>
    <div class="nav"><a href="/">网站首页</a> <a href="/zq/">镇情概况</a> <a href="/zw/">政务动态</a> <a href="/gk/">信息公开</a> <a href="/bs/">便民服务</a></div>
    <div class="crumb">当前位置：网站首页 &gt; 政务动态 &gt; 工作动态</div>
    <h1>分水镇：“共享菜园”让老人闲不住也累不着</h1>
    <div class="info">发布时间：2024-11-12 15:30　信息来源：分水镇党政办　点击数：312</div>
    <div class="con">
    <p>入冬以后，杭州市桐庐县分水镇后岩村的“共享菜园”里，萝卜、青菜长得正旺。</p>
    <p>菜园由村里把农户闲置的边角地统一流转，再分成小块交给留守老人种植，收获的蔬菜一部分送到村里的老年食堂。</p>
    <p>今年七十六岁的村民说，自己种了一辈子地，闲下来反而不舒服，现在每天到菜园转转，心里踏实。</p>
    <p>目前，全镇已建成共享菜园九处，参与种植的老人有一百四十多名。</p>
    </div>
    <div class="tools">【打印】【关闭】</div>
    <div class="footer">主办：桐庐县分水镇人民政府　浙ICP备13012345号-2　技术支持：桐庐县大数据中心</div>
    </body>
    </html>
    """,
    title="分水镇：“共享菜园”让老人闲不住也累不着",
    source="分水镇党政办",
    site="分水镇人民政府",
    date="2024-11-12",
    chrome=["当前位置：网站首页 > 政务动态 > 工作动态", "【打印】【关闭】", "浙ICP备13012345号-2"],
    body=[
        "萝卜、青菜长得正旺",
        "再分成小块交给留守老人种植",
        "现在每天到菜园转转，心里踏实",
        "全镇已建成共享菜园九处",
    ],
    regions=[
        ("入冬以后，杭州市桐庐县分水镇后岩村", ["浙江省/杭州市/桐庐县"]),
        ("菜园由村里把农户闲置的边角地", []),
        ("今年七十六岁的村民说", []),
        ("目前，全镇已建成共享菜园九处", []),
    ],
    complete=True,
)

art(
    "hubin_jiedao_crlf.txt",
    "街道办事处 page saved as text, UTF-8 CRLF (街道 masthead, 首页 > 街道动态 crumb, title, 日期：YYYY/MM/DD with slashes + 作者 + 来源 on one line, 分享至 line, 附件 line, 网站地图 | 联系我们 footer)",
    "utf-8",
    """
    上城区湖滨街道办事处
    首页 > 街道动态
    湖滨街道：“楼道议事会”议出加装电梯新办法
    日期：2024/11/08　作者：王小静　来源：湖滨街道
    分享至：微信 微博

    　　“一楼的住户不同意，电梯就装不起来。”这是杭州市上城区湖滨街道东坡路一个老小区居民过去常说的话。

    　　今年，社区在每个楼道成立“楼道议事会”，由楼道长牵头，高低楼层住户坐下来算账，补偿方案大家商量着定。

    　　社区书记说，议事会开了五次，终于让楼里十二户人家都签了字。

    　　截至十月底，街道已有十一台加装电梯投入使用。

    附件：加装电梯常见问题解答.pdf
    网站地图 | 联系我们
    """,
    crlf=True,
    title="湖滨街道：“楼道议事会”议出加装电梯新办法",
    source="湖滨街道",
    site="上城区湖滨街道办事处",
    date="2024-11-08",
    author="王小静",
    chrome=[
        "首页 > 街道动态",
        "分享至：微信 微博",
        "附件：加装电梯常见问题解答.pdf",
        "网站地图 | 联系我们",
    ],
    body=[
        "一楼的住户不同意，电梯就装不起来",
        "由楼道长牵头，高低楼层住户坐下来算账",
        "终于让楼里十二户人家都签了字",
        "街道已有十一台加装电梯投入使用",
    ],
    regions=[
        ("这是杭州市上城区湖滨街道东坡路", ["浙江省/杭州市/上城区"]),
        ("今年，社区在每个楼道成立", []),
        ("社区书记说，议事会开了五次", []),
        ("截至十月底，街道已有十一台", []),
    ],
    complete=True,
)

art(
    "huangbai_village_qun_notice.txt",
    "village WeChat group 群公告 copied as text (群公告 header, @所有人, numbered items, 落款 with the village committee and a Chinese-numeral date 二〇二四年十二月一日 only, 收到请回复 line)",
    "utf-8",
    """
    群公告
    @所有人
    关于开展冬季森林防火和茶园清园工作的通知

    各位村民：
    　　入冬以来天气干燥，为做好我村冬季森林防火和茶园清园工作，现将有关事项通知如下：
    　　一、即日起严禁在山上和茶园内烧草木灰、焚烧秸秆，上山祭扫不得点香烧纸。
    　　二、各户茶园的枯枝落叶请在十二月二十日前清理完毕，统一堆放到村里指定的堆肥点。
    　　三、村里组织了一支十二人的巡山队，每天上午、下午各巡查一次，发现火情请立即拨打村委会电话。
    　　武夷山市星村镇黄柏村的茶园面积大，防火责任重，请大家互相提醒，看好家里的老人和孩子。

    黄柏村村民委员会
    二〇二四年十二月一日
    收到请回复“收到”，谢谢配合！
    """,
    title="关于开展冬季森林防火和茶园清园工作的通知",
    source="黄柏村村民委员会",
    date="2024-12-01",
    chrome=["群公告", "@所有人", "收到请回复“收到”，谢谢配合！"],
    body=[
        "严禁在山上和茶园内烧草木灰、焚烧秸秆",
        "统一堆放到村里指定的堆肥点",
        "村里组织了一支十二人的巡山队",
        "请大家互相提醒，看好家里的老人和孩子",
    ],
    regions=[
        ("入冬以来天气干燥", []),
        ("一、即日起严禁在山上", []),
        ("二、各户茶园的枯枝落叶", []),
        ("三、村里组织了一支十二人的巡山队", []),
        ("武夷山市星村镇黄柏村的茶园面积大", ["福建省/南平市/武夷山市"]),
    ],
    complete=True,
)

# --- phone browsers, apps, readers ----------------------------------------------------------
art(
    "dingduan_m_share_appbar.html",
    "provincial news client share page (m.) saved by a phone browser (打开APP 下载条 top and bottom, title, 来源 + YYYY-MM-DD HH:MM + 阅读 row, 打开顶端新闻 看更多 line, 推荐阅读 list)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>光山县：油茶林里办起“田间课堂”</title>
    </head>
    <body>
    <div class="app-bar">顶端新闻 有温度 有态度 <span>打开APP</span></div>
    <div class="art">
    <h1>光山县：油茶林里办起“田间课堂”</h1>
    <div class="meta">顶端新闻·河南民生频道　2024-11-26 07:40　阅读 1.2万</div>
    <p>顶端新闻记者 赵一凡</p>
    <p>11月下旬，信阳市光山县槐店乡的油茶林里，十几位农户围着县林业局的技术员，学习油茶低产林改造的修剪方法。</p>
    <p>“剪掉弱枝、病枝，树冠通风透光，来年挂果才多。”技术员边示范边讲解。</p>
    <p>光山县是油茶主产区，今年县里在各乡镇开设田间课堂三十多场，培训农户两千多人次。</p>
    </div>
    <div class="more">打开顶端新闻 看更多精彩内容</div>
    <div class="rec">推荐阅读<br>信阳毛尖冬季管护要点<br>商城县高山茶园迎来初雪</div>
    <div class="app-bar-bottom">下载顶端新闻客户端</div>
    </body>
    </html>
    """,
    title="光山县：油茶林里办起“田间课堂”",
    source="顶端新闻",
    date="2024-11-26",
    author="赵一凡",
    chrome=[
        "打开APP",
        "打开顶端新闻 看更多精彩内容",
        "推荐阅读",
        "信阳毛尖冬季管护要点",
        "下载顶端新闻客户端",
    ],
    body=[
        "学习油茶低产林改造的修剪方法",
        "树冠通风透光，来年挂果才多",
        "培训农户两千多人次",
    ],
    regions=[
        ("11月下旬，信阳市光山县槐店乡", ["河南省/信阳市/光山县"]),
        ("剪掉弱枝、病枝", []),
        ("光山县是油茶主产区", ["河南省/信阳市/光山县"]),
    ],
    complete=True,
)

art(
    "qqbrowser_saved_benliu.html",
    "QQ浏览器 'save page' output (<!-- saved from url --> comment, QQ浏览器 header bar text, title, 作者 + 来源 + YYYY-MM-DD HH:MM:SS row, 举报 / 不感兴趣 links, 相关推荐, 本网页由QQ浏览器保存 line)",
    "utf-8",
    """
    <!-- saved from url=(0058)https://www.benliunews.com/news/detail?id=5c3f8a21e9 -->
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <title>秦安县：花椒地里“云端”卖货</title>
    </head>
    <body>
    <div class="qb-bar">QQ浏览器 · 资讯</div>
    <h1>秦安县：花椒地里“云端”卖货</h1>
    <div class="src">作者：马晓燕　来源：奔流新闻　2024-10-17 18:22:05</div>
    <div class="ops">举报 | 不感兴趣</div>
    <div class="body">
    <p>天水市秦安县的花椒采收季刚过，村里的电商服务站却比采收时还要忙。</p>
    <p>在兴国镇一个电商服务站，三名返乡青年轮流对着手机直播，介绍大红袍花椒的产地和晾晒方法。</p>
    <p>服务站负责人说，今年通过直播卖出的花椒已有十多吨，比去年翻了一番。</p>
    </div>
    <div class="rel">相关推荐<br>麦积区苹果出口订单增加</div>
    <div class="qb-foot">本网页由QQ浏览器保存</div>
    </body>
    </html>
    """,
    title="秦安县：花椒地里“云端”卖货",
    source="奔流新闻",
    date="2024-10-17",
    author="马晓燕",
    chrome=[
        "QQ浏览器 · 资讯",
        "举报 | 不感兴趣",
        "相关推荐",
        "麦积区苹果出口订单增加",
        "本网页由QQ浏览器保存",
    ],
    body=[
        "村里的电商服务站却比采收时还要忙",
        "介绍大红袍花椒的产地和晾晒方法",
        "比去年翻了一番",
    ],
    regions=[
        ("天水市秦安县的花椒采收季刚过", ["甘肃省/天水市/秦安县"]),
        ("在兴国镇一个电商服务站", []),
        ("服务站负责人说", []),
    ],
    complete=True,
)

art(
    "uc_offline_dawan_twodigit.txt",
    "UC浏览器 offline-saved article as text (UC头条 header, title, 来源 + two-digit-year date 24/12/01 HH:MM, 关注 button, 全文完 marker, 评论 counter, 看了这篇的人还在看)",
    "utf-8",
    """
    UC头条
    霍山县：黄精产业带动山区群众增收
    大皖新闻　24/12/01 10:20　关注
    大皖新闻讯　初冬时节，六安市霍山县太平畈乡的黄精加工车间里，工人们正忙着九蒸九晒。
    近年来，霍山县把黄精作为特色产业来抓，由合作社统一收购农户种植的鲜黄精，再加工成黄精片、黄精茶。
    一位在车间务工的村民算了一笔账：家门口上班，一个月能挣三千多元，还能照顾家里。
    据介绍，全县黄精种植面积已超过八万亩。
    全文完
    评论 36
    看了这篇的人还在看
    舒城县小兰花茶园冬管忙
    """,
    title="霍山县：黄精产业带动山区群众增收",
    source="大皖新闻",
    date="2024-12-01",
    chrome=["UC头条", "全文完", "评论 36", "看了这篇的人还在看", "舒城县小兰花茶园冬管忙"],
    body=[
        "工人们正忙着九蒸九晒",
        "由合作社统一收购农户种植的鲜黄精",
        "家门口上班，一个月能挣三千多元",
        "全县黄精种植面积已超过八万亩",
    ],
    regions=[
        ("初冬时节，六安市霍山县太平畈乡", ["安徽省/六安市/霍山县"]),
        ("近年来，霍山县把黄精作为特色产业", ["安徽省/六安市/霍山县"]),
        ("一位在车间务工的村民算了一笔账", []),
        ("据介绍，全县黄精种植面积", []),
    ],
    complete=True,
)

art(
    "safari_reader_jingzhou.txt",
    "Safari Reader view copied as text (site name line, title, author + YYYY年M月D日 byline, body, no chrome but the reader's 'Reader View' first line)",
    "utf-8",
    """
    荆州新闻网
    监利：稻虾田里的“冬闲”不闲
    刘思远　2024年11月20日

    初冬的江汉平原，荆州市监利市的稻虾田里一片繁忙。农户们正在清沟、补苗，为明年的虾苗繁育做准备。

    监利是全国有名的小龙虾养殖大县，“一田两用、一水两养”的模式让不少农户尝到了甜头。

    一位种养大户说，冬天把田管好了，开春虾苗才能长得快、卖得早。

    市农业农村局今年组织技术人员下村指导四百多次，帮助农户解决冬季管护难题。
    """,
    title="监利：稻虾田里的“冬闲”不闲",
    source="荆州新闻网",
    date="2024-11-20",
    author="刘思远",
    body=[
        "农户们正在清沟、补苗",
        "一田两用、一水两养",
        "开春虾苗才能长得快、卖得早",
        "组织技术人员下村指导四百多次",
    ],
    regions=[
        ("初冬的江汉平原，荆州市监利市", ["湖北省/荆州市/监利市"]),
        ("监利是全国有名的小龙虾养殖大县", ["湖北省/荆州市/监利市"]),
        ("一位种养大户说", []),
        ("市农业农村局今年组织技术人员", []),
    ],
    complete=True,
)

art(
    "yangzhou_clipping_ocr_gbk.txt",
    "OCR text of a scanned newspaper clipping, GBK (page header with paper name + YYYY年M月D日 星期X + 版次, hard line breaks inside sentences without hyphens, dateline 本报讯 with month and day only, OCR noise line, 责任编辑 line)",
    "gbk",
    """
    扬州日报　2024年11月18日　星期一　第A3版　县市区

    宝应：荷藕“出水”忙 订单
    销往长三角

    本报讯（通讯员 周建 记者
    孙慧敏）11月16日，记者在
    宝应县射阳湖镇看到，成片的
    荷藕田里，挖藕工人穿着连体
    衣裤，用高压水枪冲出一节节
    白嫩的藕段。
    　　宝应县是“中国荷藕之乡”，
    近年来当地引进加工企业，把
    鲜藕加工成藕粉、藕片，产品
    通过订单销往沪浙等地。
    　　一位合作社负责人说，今年
    的藕价比去年高出两成，合作
    社已和三家超市签了供货合同。
    ·　·　　一　I
    责任编辑：陈平
    """,
    title="宝应：荷藕“出水”忙 订单销往长三角",
    source="扬州日报",
    date="2024-11-18",
    author="孙慧敏",
    chrome=["扬州日报　2024年11月18日　星期一　第A3版　县市区", "责任编辑：陈平"],
    body=[
        "挖藕工人穿着连体衣裤",
        "把鲜藕加工成藕粉、藕片",
        "今年的藕价比去年高出两成",
    ],
    regions=[
        ("宝应县射阳湖镇看到", ["江苏省/扬州市/宝应县"]),
        ("宝应县是“中国荷藕之乡”", ["江苏省/扬州市/宝应县", "上海市", "浙江省"]),
    ],
    complete=False,
)

art(
    "suichang_gov_report_pdf2txt.txt",
    "PDF-to-text of a county 政府工作报告 excerpt (cover lines, 在…人民代表大会…会议上 + 县长 name, date in parentheses on the cover, running header, page numbers — 3 —, numbered section headings, hard wraps)",
    "utf-8",
    """
    政府工作报告
    ——2024年1月15日在遂昌县第十八届人民代表大会第四次会议上
    县长　郑立新

    遂昌县人民政府　　　　　　　　　　　　　　　　　　　　政府工作报告

    各位代表：
    　　现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
    　　一、2023年工作回顾
    　　过去一年，我们坚持把乡村振兴作为全县工作的重中之重，全年新建和改造农村公路一百二十公里，
    完成二十个村的生活污水治理提升工程。
    　　我们深化“干部下村”机制，选派一百零六名机关干部到村担任农村工作指导员，帮助村里
    解决产业发展、矛盾调解等实际问题。

    — 3 —

    　　二、2024年主要任务
    　　今年，我们将持续推进强村富民，力争村级集体经济经营性收入全部超过五十万元，让山区群众
    在家门口增收致富。
    """,
    title="政府工作报告",
    source="遂昌县人民政府",
    date="2024-01-15",
    author="郑立新",
    chrome=["— 3 —"],
    body=[
        "全年新建和改造农村公路一百二十公里",
        "选派一百零六名机关干部到村担任农村工作指导员",
        "力争村级集体经济经营性收入全部超过五十万元",
    ],
    regions=[
        ("现在，我代表县人民政府向大会报告工作", []),
        ("过去一年，我们坚持把乡村振兴", []),
        ("我们深化“干部下村”机制", []),
    ],
    complete=False,
)

art(
    "mail_fwd_huangshi.eml",
    "news item pasted into an e-mail and saved as .eml-like text (From/To/Date/Subject headers with the send date, 转发 separator, forwarder's note, article with 来源 + YYYY-MM-DD line, mail signature)",
    "utf-8",
    """
    From: 陈卫东 <chenwd@example.com>
    To: 阳新县驻村工作队 <zcd@example.com>
    Date: Sun, 1 Dec 2024 09:15:02 +0800
    Subject: 转发：阳新县驻村第一书记带着村民种出“富硒米”
    MIME-Version: 1.0
    Content-Type: text/plain; charset=UTF-8

    各位同事，这篇报道写的是我们队里的经验，请大家看看。

    ---------- 转发的邮件 ----------

    阳新县驻村第一书记带着村民种出“富硒米”
    来源：黄石日报　2024-11-29

    驻村第一书记到任后，先把黄石市阳新县白沙镇一个村的每块田都走了一遍，发现这里的土壤富含硒元素。

    在他的推动下，村里成立了种植合作社，统一品种、统一收购，注册了自己的大米品牌。

    今年，合作社种植富硒稻两千多亩，每亩收益比过去多出四百多元。

    --
    陈卫东
    阳新县乡村振兴服务中心
    """,
    title="阳新县驻村第一书记带着村民种出“富硒米”",
    source="黄石日报",
    date="2024-11-29",
    chrome=[
        "From: 陈卫东 <chenwd@example.com>",
        "Subject: 转发：阳新县驻村第一书记带着村民种出“富硒米”",
        "---------- 转发的邮件 ----------",
        "阳新县乡村振兴服务中心",
    ],
    body=[
        "发现这里的土壤富含硒元素",
        "统一品种、统一收购，注册了自己的大米品牌",
        "每亩收益比过去多出四百多元",
    ],
    regions=[
        ("先把黄石市阳新县白沙镇一个村", ["湖北省/黄石市/阳新县"]),
        ("在他的推动下，村里成立了种植合作社", []),
        ("今年，合作社种植富硒稻两千多亩", []),
    ],
    complete=True,
)

art(
    "inoreader_chaozhou.txt",
    "Inoreader article saved as text (feed name line, title, Published: YYYY-MM-DD HH:MM line, Original link, body, Inoreader footer with Saved to line)",
    "utf-8",
    """
    潮州日报 - 县区新闻
    饶平：海上“蓝色粮仓”带富渔村
    Published: 2024-11-22 10:05
    Original link: http://www.chaozhoudaily.com/czrb/202411/22/content_3021.html

    在潮州市饶平县柘林湾，一排排深水网箱在海面上整齐排列，渔民们驾着小船给鱼投喂饲料。

    饶平县近年推动传统渔排升级改造，引导渔民使用抗风浪能力更强的深水网箱，养殖金鲳鱼、石斑鱼。

    一位渔民说，新网箱不怕台风，养殖的鱼品质好，收购商直接开船来拉货。

    Saved to: 乡村振兴素材 · Inoreader
    """,
    title="饶平：海上“蓝色粮仓”带富渔村",
    source="潮州日报",
    date="2024-11-22",
    chrome=["潮州日报 - 县区新闻", "Saved to: 乡村振兴素材 · Inoreader"],
    body=[
        "渔民们驾着小船给鱼投喂饲料",
        "引导渔民使用抗风浪能力更强的深水网箱",
        "收购商直接开船来拉货",
    ],
    regions=[
        ("在潮州市饶平县柘林湾", ["广东省/潮州市/饶平县"]),
        ("饶平县近年推动传统渔排升级改造", ["广东省/潮州市/饶平县"]),
        ("一位渔民说，新网箱不怕台风", []),
    ],
    complete=True,
)

art(
    "feedly_sjz_zanhuang.md",
    "Feedly 'save for later' exported as Markdown (# title, source + 'Dec. 1, 2024' English date line, > blockquote summary, body, [Read on 石家庄新闻网](url) link)",
    "utf-8",
    """
    # 赞皇县：大枣深加工延长产业链

    石家庄日报 · Dec. 1, 2024 · 5 min read

    > 赞皇县推动大枣从卖原果向卖产品转变。

    石家庄市赞皇县是有名的大枣之乡，过去枣农只能把鲜枣、干枣卖给收购商，价格常常被压得很低。

    近年来，县里引进枣加工企业，开发出枣片、枣粉和枣酒，还带动建起了十几家小作坊。

    在京津冀地区的商超里，赞皇大枣系列产品越来越常见，不少北京市民专门开车来县里采摘。

    [Read on 石家庄新闻网](https://www.sjzdaily.com.cn/n/2024/1201/c5432.html)
    """,
    title="赞皇县：大枣深加工延长产业链",
    source="石家庄日报",
    date="2024-12-01",
    chrome=[
        "5 min read",
        "[Read on 石家庄新闻网](https://www.sjzdaily.com.cn/n/2024/1201/c5432.html)",
    ],
    body=[
        "价格常常被压得很低",
        "开发出枣片、枣粉和枣酒",
        "不少北京市民专门开车来县里采摘",
    ],
    regions=[
        ("石家庄市赞皇县是有名的大枣之乡", ["河北省/石家庄市/赞皇县"]),
        ("近年来，县里引进枣加工企业", []),
        ("在京津冀地区的商超里", ["北京市", "天津市", "河北省"]),
    ],
    complete=False,
)


# --- channel reposts, bilingual release, ethnic-region papers -------------------------------
art(
    "telegram_channel_voa_repost.txt",
    "Telegram channel post copied as text (channel name + subscriber count, forwarded-from line, title in 【】, summary paragraphs, 'Dec 1, 2024' style English date inside the source line, hashtags, 👁 view count + time)",
    "utf-8",
    """
    乡村观察频道
    2.3K subscribers
    Forwarded from 美国之音中文网
    【中国农村“互助养老”试点扩大 留守老人结伴过日子】
    美国之音 | Nov. 30, 2024
    在河南、湖北等省的一些村庄，地方政府把闲置的村小学改成互助幸福院，让身体较好的低龄老人照顾高龄老人。
    一位在湖北省孝感市大悟县做田野调查的学者说，这种模式花钱少，但需要稳定的资金和志愿者来维持。
    #乡村 #养老
    👁 1.1K  20:14
    """,
    title="中国农村“互助养老”试点扩大 留守老人结伴过日子",
    source="美国之音",
    date="2024-11-30",
    chrome=["2.3K subscribers", "Forwarded from 美国之音中文网", "#乡村 #养老", "👁 1.1K  20:14"],
    body=[
        "把闲置的村小学改成互助幸福院",
        "这种模式花钱少，但需要稳定的资金和志愿者来维持",
    ],
    regions=[
        ("在河南、湖北等省的一些村庄", ["河南省", "湖北省"]),
        ("湖北省孝感市大悟县做田野调查", ["湖北省/孝感市/大悟县"]),
    ],
    complete=True,
)

art(
    "line_group_twawakening_big5.txt",
    "LINE group message copied as text, Big5 (sender + time line, 分享自 line with the paper, traditional-script title, ROC date 民國113年11月27日 in the source line, body, link, 已讀 count)",
    "big5",
    """
    [LINE] 與「大林社區發展協會」的聊天
    2024.11.27 星期三
    09:41 林美惠 分享自台灣醒報
    【嘉義大林老街 長者共餐據點變身社區客廳】
    台灣醒報 記者黃志明／嘉義報導　民國113年11月27日
    嘉義縣大林鎮的老街上，一間閒置多年的碾米廠改建成社區關懷據點，每週五天供應長者午餐。
    據點由社區發展協會經營，志工多半是退休教師和家庭主婦，還開設了書法、手工藝課程。
    一位八十多歲的阿嬤說，每天來這裡吃飯聊天，比一個人在家看電視開心多了。
    https://anntw.com/articles/20241127-xk2p
    已讀 23
    """,
    title="嘉義大林老街 長者共餐據點變身社區客廳",
    source="台灣醒報",
    date="2024-11-27",
    author="黃志明",
    chrome=[
        "[LINE] 與「大林社區發展協會」的聊天",
        "https://anntw.com/articles/20241127-xk2p",
        "已讀 23",
    ],
    body=[
        "一間閒置多年的碾米廠改建成社區關懷據點",
        "志工多半是退休教師和家庭主婦",
        "比一個人在家看電視開心多了",
    ],
    regions=[
        ("嘉義縣大林鎮的老街上", ["台湾省/嘉义县"]),
        ("據點由社區發展協會經營", []),
        ("一位八十多歲的阿嬤說", []),
    ],
    complete=True,
)

art(
    "sipac_bilingual_release.html",
    "bilingual (Chinese + English) press release saved HTML (新闻发布 / Press Release header, Chinese title and body, English title and body with 'SUZHOU, Dec. 1, 2024 /' dateline as the only date, 媒体联系 / Media contact block, 版权所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>新闻发布 | Press Release - 苏州工业园区管理委员会</title></head>
    <body>
    <div class="hd">新闻发布 | Press Release</div>
    <h1>苏州工业园区社区“邻里中心”服务延伸到新建小区</h1>
    <p>苏州工业园区近日在唯亭街道新建的三个小区开设“邻里驿站”，居民在家门口就能办理社保、医保等二十多项业务。</p>
    <p>园区有关负责人表示，明年将在全区新建小区全部配齐邻里驿站。</p>
    <h2>SIP Extends Neighbourhood Centre Services to New Communities</h2>
    <p>SUZHOU, Dec. 1, 2024 / Suzhou Industrial Park has opened neighbourhood service stations in three new residential communities in Weiting Subdistrict.</p>
    <p>Residents can now handle more than 20 public services, including social and medical insurance, near their homes.</p>
    <div class="contact">媒体联系 / Media contact：园区党政办新闻科 0512-6668xxxx</div>
    <div class="ft">版权所有 © 苏州工业园区管理委员会</div>
    </body>
    </html>
    """,
    title="苏州工业园区社区“邻里中心”服务延伸到新建小区",
    source="苏州工业园区管理委员会",
    date="2024-12-01",
    chrome=[
        "新闻发布 | Press Release",
        "媒体联系 / Media contact",
        "版权所有 © 苏州工业园区管理委员会",
    ],
    body=[
        "居民在家门口就能办理社保、医保等二十多项业务",
        "明年将在全区新建小区全部配齐邻里驿站",
    ],
    regions=[
        ("苏州工业园区近日在唯亭街道", ["江苏省/苏州市"]),
        ("园区有关负责人表示", []),
    ],
    complete=False,
)

art(
    "xinganrb_epaper_gb18030.txt",
    "盟 paper's Chinese-edition e-paper text page, GB18030 (报名 + 汉文版, 第02版：要闻 line, 【字号 大 中 小】, title with 引题, 日期：YYYY-MM-DD, 作者, 上一篇 下一篇, 返回目录)",
    "gb18030",
    """
    兴安日报（汉文版）
    第02版：要闻
    【字号 大 中 小】
    ——科右前旗推进嘎查村集体经济提质增效
    “牛保姆”托管让牧民省心又增收
    日期：2024-11-25　作者：包玉梅

    　　初冬，兴安盟科尔沁右翼前旗一个嘎查的肉牛托管养殖场里，三百多头西门塔尔牛正在进食。

    　　托管场由嘎查集体牵头建设，牧民把牛交给“牛保姆”统一饲养，按约定分红，腾出手来外出务工。

    　　嘎查党支部书记巴特尔说，集体经济收入从三年前的几万元增加到今年的六十多万元。

    上一篇　下一篇　返回目录
    """,
    title="“牛保姆”托管让牧民省心又增收",
    original_title=None,
    source="兴安日报",
    date="2024-11-25",
    author="包玉梅",
    chrome=["第02版：要闻", "【字号 大 中 小】", "上一篇　下一篇　返回目录"],
    body=[
        "三百多头西门塔尔牛正在进食",
        "牧民把牛交给“牛保姆”统一饲养",
        "集体经济收入从三年前的几万元增加到今年的六十多万元",
    ],
    regions=[
        ("初冬，兴安盟科尔沁右翼前旗", ["内蒙古自治区/兴安盟/科尔沁右翼前旗"]),
        ("托管场由嘎查集体牵头建设", []),
        ("嘎查党支部书记巴特尔说", []),
    ],
    complete=True,
)

art(
    "gannanrb_xiahe.html",
    "Tibetan-region prefecture paper saved HTML (藏汉双语 masthead line, 首页 > 甘南新闻 crumb, 来源：甘南日报 | 作者 | 发布时间 YYYY年MM月DD日 HH:mm row with pipes, 编辑 line, 陇ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>夏河：牧区“马背宣讲队”把政策送到帐篷里_甘南日报</title></head>
    <body>
    <div class="mast">ཀན་ལྷོ་ཉིན་རེའི་ཚགས་པར། 甘南日报</div>
    <div class="crumb">首页 &gt; 甘南新闻</div>
    <h1>夏河：牧区“马背宣讲队”把政策送到帐篷里</h1>
    <div class="info">来源：甘南日报 | 作者：才让草 | 发布时间：2024年11月14日 09:30</div>
    <div class="txt">
    <p>在甘南藏族自治州夏河县桑科草原，一支由乡干部、村医和双语教师组成的“马背宣讲队”骑马走进转场后的牧民帐篷。</p>
    <p>宣讲队用藏汉双语讲解草原生态补奖、医保参保等政策，还现场为牧民量血压、发药品。</p>
    <p>一位牧民说，宣讲队说的是家乡话，政策一听就懂。</p>
    </div>
    <div class="ed">编辑：卓玛</div>
    <div class="ft">甘南日报社版权所有　陇ICP备09004567号</div>
    </body>
    </html>
    """,
    title="夏河：牧区“马背宣讲队”把政策送到帐篷里",
    source="甘南日报",
    date="2024-11-14",
    author="才让草",
    chrome=["首页 > 甘南新闻", "编辑：卓玛", "陇ICP备09004567号"],
    body=[
        "骑马走进转场后的牧民帐篷",
        "还现场为牧民量血压、发药品",
        "政策一听就懂",
    ],
    regions=[
        ("在甘南藏族自治州夏河县桑科草原", ["甘肃省/甘南藏族自治州/夏河县"]),
        ("宣讲队用藏汉双语讲解", []),
        ("一位牧民说，宣讲队说的是家乡话", []),
    ],
    complete=True,
)

art(
    "kashirb_hanwen_gbk.txt",
    "Uyghur-region prefecture paper (汉文版) page saved as text, GBK (site name, 当前位置 crumb, title, 发布时间 YYYY-MM-DD + 来源 + 浏览次数, 【关闭】【打印】, 新ICP备 footer; 赴沪 travel phrase)",
    "gbk",
    """
    喀什日报汉文版
    当前位置：首页 > 喀什新闻
    疏附县：手工乐器走出村子走向全国
    发布时间：2024-11-08　来源：喀什日报　浏览次数：1024

    　　在喀什地区疏附县托克扎克镇，被称为“民族乐器村”的村子里，几十户人家世代制作都塔尔、热瓦甫等乐器。

    　　去年，村里成立乐器制作合作社，统一设计、统一销售，还开设了网店。

    　　今年夏天，合作社的三名老匠人赴沪参加非遗展会，带去的乐器被订购一空。

    【关闭】【打印】
    新ICP备05000678号
    """,
    title="疏附县：手工乐器走出村子走向全国",
    source="喀什日报",
    date="2024-11-08",
    chrome=["当前位置：首页 > 喀什新闻", "浏览次数：1024", "【关闭】【打印】", "新ICP备05000678号"],
    body=[
        "几十户人家世代制作都塔尔、热瓦甫等乐器",
        "统一设计、统一销售，还开设了网店",
        "带去的乐器被订购一空",
    ],
    regions=[
        ("在喀什地区疏附县托克扎克镇", ["新疆维吾尔自治区/喀什地区/疏附县"]),
        ("去年，村里成立乐器制作合作社", []),
        ("合作社的三名老匠人赴沪参加非遗展会", ["上海市"]),
    ],
    complete=True,
)

# --- Hong Kong, Macau, Taiwan -----------------------------------------------------------------
art(
    "had_wts_district_notice_big5.htm",
    "Hong Kong 民政事務處 district notice saved .htm, Big5 (<meta charset=big5>, 政府 header line, 新聞公報 heading, traditional-script title, body, 完 marker, 發布日期 with 年/月/日 + 星期 + time at the end, 重要告示 | 私隱政策 footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>黃大仙民政事務處 - 新聞公報</title>
    </head>
    <body>
    <div class="hd">民政事務總署　黃大仙民政事務處</div>
    <h2>新聞公報</h2>
    <h1>黃大仙區關愛隊冬季探訪獨居長者</h1>
    <p>黃大仙民政事務處今日（十一月三十日）聯同區內多支地區關愛隊，探訪竹園、慈雲山一帶的獨居長者，送上暖包和防寒用品。</p>
    <p>黃大仙民政事務專員表示，天氣轉冷，關愛隊會加密探訪，並協助有需要的長者安裝平安鐘。</p>
    <p>市民如發現鄰居需要協助，可致電民政事務處查詢。</p>
    <p>完</p>
    <p>2024年11月30日（星期六）<br>香港時間16時05分</p>
    <div class="ft">重要告示 | 私隱政策</div>
    </body>
    </html>
    """,
    title="黃大仙區關愛隊冬季探訪獨居長者",
    source="黃大仙民政事務處",
    site="民政事務總署",
    date="2024-11-30",
    chrome=["新聞公報", "重要告示 | 私隱政策"],
    body=[
        "送上暖包和防寒用品",
        "並協助有需要的長者安裝平安鐘",
        "可致電民政事務處查詢",
    ],
    regions=[
        ("探訪竹園、慈雲山一帶的獨居長者", ["香港特别行政区"]),
        ("天氣轉冷，關愛隊會加密探訪", []),
        ("市民如發現鄰居需要協助", []),
    ],
    complete=False,
)

art(
    "macautimes_epaper_big5.txt",
    "Macau daily e-paper text page, Big5 (報名 + YYYY年MM月DD日 星期X, 版面 line, traditional-script 引題/主題, 【本報消息】 opening, 放大 縮小 line, 上一篇 下一篇)",
    "big5",
    """
    澳門時報　2024年11月29日　星期五
    A04版：澳聞
    放大　縮小
    社團組織長者赴中山參觀鄉村振興成果
    【本報消息】澳門一社團日前組織四十多名長者赴中山市，參觀當地的農業園區和古村落。
    長者們在崖口村品嘗了當地的農家菜，又參觀了村裡的鄉村振興展館。
    帶隊的負責人表示，不少長者祖籍廣東，希望多看看家鄉的新變化。
    上一篇　下一篇
    """,
    title="社團組織長者赴中山參觀鄉村振興成果",
    source="澳門時報",
    date="2024-11-29",
    chrome=["A04版：澳聞", "放大　縮小", "上一篇　下一篇"],
    body=[
        "參觀當地的農業園區和古村落",
        "又參觀了村裡的鄉村振興展館",
        "希望多看看家鄉的新變化",
    ],
    regions=[
        ("澳門一社團日前組織四十多名長者赴中山市", ["澳门特别行政区", "广东省/中山市"]),
        ("長者們在崖口村品嘗了當地的農家菜", []),
        ("不少長者祖籍廣東", ["广东省"]),
    ],
    complete=True,
)

art(
    "longmen_li_office_big5.html",
    "Taiwan 里辦公處 page saved HTML, Big5 (里 name header, 最新消息 list heading, traditional-script title, 發布日期：113-11-22 ROC date with dashes, 發布單位, 點閱次數, 回上頁, 里長 contact footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>龍門里辦公處 - 最新消息</title>
    </head>
    <body>
    <div class="hd">臺北市大安區龍門里辦公處</div>
    <div class="sub">最新消息</div>
    <h1>龍門里舉辦社區防災演練 居民學習使用滅火器</h1>
    <div class="info">發布日期：113-11-22　發布單位：龍門里辦公處　點閱次數：215</div>
    <p>臺北市大安區龍門里上週六在里內公園舉辦社區防災演練，邀請消防分隊人員教導居民使用滅火器和緊急救護。</p>
    <p>里長表示，里內老舊公寓多，許多長者獨居，希望透過演練讓大家熟悉逃生路線。</p>
    <p>演練結束後，里辦公處也發放了家用防災包。</p>
    <div class="back">回上頁</div>
    <div class="ft">里長：陳建國　電話：(02)2700-xxxx　地址：臺北市大安區</div>
    </body>
    </html>
    """,
    title="龍門里舉辦社區防災演練 居民學習使用滅火器",
    source="龍門里辦公處",
    date="2024-11-22",
    chrome=[
        "最新消息",
        "點閱次數：215",
        "回上頁",
        "里長：陳建國　電話：(02)2700-xxxx　地址：臺北市大安區",
    ],
    body=[
        "教導居民使用滅火器和緊急救護",
        "希望透過演練讓大家熟悉逃生路線",
        "里辦公處也發放了家用防災包",
    ],
    regions=[
        ("臺北市大安區龍門里上週六", ["台湾省/台北市"]),
        ("里長表示，里內老舊公寓多", []),
        ("演練結束後，里辦公處", []),
    ],
    complete=True,
)

art(
    "chishang_farmers_assoc.html",
    "Taiwan 農會 site saved HTML, UTF-8 (農會 logo line, 首頁 / 農會新聞 crumb, title, 日期：2024/11/25 slashes, 分享 FB LINE, 農會 address + 電話 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant">
    <head><meta charset="utf-8"><title>池上鄉農會 | 農會新聞</title></head>
    <body>
    <div class="logo">池上鄉農會 Chishang Farmers' Association</div>
    <div class="crumb">首頁 / 農會新聞</div>
    <h1>池上米冬季休耕田種綠肥 農會輔導農友申請補助</h1>
    <div class="date">日期：2024/11/25</div>
    <div class="share">分享 FB LINE</div>
    <p>臺東縣池上鄉二期稻作收割完畢，農會推廣股近日走訪各村，輔導農友在休耕田種植田菁、油菜等綠肥作物。</p>
    <p>農會總幹事表示，種綠肥可以改善土壤，明年一期稻作的米質也會更好。</p>
    <p>農友可在十二月底前到農會辦理綠肥補助申請。</p>
    <div class="ft">池上鄉農會　地址：臺東縣池上鄉中山路xx號　電話：089-86xxxx</div>
    </body>
    </html>
    """,
    title="池上米冬季休耕田種綠肥 農會輔導農友申請補助",
    source="池上鄉農會",
    date="2024-11-25",
    chrome=["首頁 / 農會新聞", "分享 FB LINE", "地址：臺東縣池上鄉中山路xx號"],
    body=[
        "輔導農友在休耕田種植田菁、油菜等綠肥作物",
        "明年一期稻作的米質也會更好",
        "到農會辦理綠肥補助申請",
    ],
    regions=[
        ("臺東縣池上鄉二期稻作收割完畢", ["台湾省/台东县"]),
        ("農會總幹事表示", []),
        ("農友可在十二月底前", []),
    ],
    complete=True,
)


# --- overseas Chinese papers -----------------------------------------------------------------
art(
    "malaysiakini_zh_ogmeta.html",
    "Malaysian Chinese news site saved HTML dated only by <meta property=article:published_time> (visible byline without date, 分享 bar, 订阅 prompt, 相关新闻, 版权 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta property="og:title" content="永春会馆组团回乡 为祖籍地小学捐赠图书">
    <meta property="article:published_time" content="2024-11-19T14:12:00+08:00">
    <title>永春会馆组团回乡 为祖籍地小学捐赠图书 | 当今大马</title>
    </head>
    <body>
    <div class="nav">新闻 | 评论 | 视频 | 专题</div>
    <h1>永春会馆组团回乡 为祖籍地小学捐赠图书</h1>
    <div class="byline">记者 黄伟杰</div>
    <div class="share">分享 Facebook WhatsApp Telegram</div>
    <p>吉隆坡一个永春会馆日前组织三十多名会员回到福建泉州市永春县，为祖籍地的一所村小学捐赠了两千多册图书。</p>
    <p>会馆会长说，会员们的祖辈从永春的山村下南洋，如今许多年轻会员第一次回乡。</p>
    <p>村小学的校长表示，这批图书将放进新建的阅览室，供全校学生借阅。</p>
    <div class="sub">订阅当今大马，支持独立新闻</div>
    <div class="rel">相关新闻<br>槟城华团举办传统节庆文化展</div>
    <div class="ft">© 当今大马 版权所有</div>
    </body>
    </html>
    """,
    title="永春会馆组团回乡 为祖籍地小学捐赠图书",
    source="当今大马",
    date="2024-11-19",
    author="黄伟杰",
    chrome=[
        "新闻 | 评论 | 视频 | 专题",
        "分享 Facebook WhatsApp Telegram",
        "订阅当今大马，支持独立新闻",
        "相关新闻",
        "© 当今大马 版权所有",
    ],
    body=[
        "为祖籍地的一所村小学捐赠了两千多册图书",
        "如今许多年轻会员第一次回乡",
        "供全校学生借阅",
    ],
    regions=[
        ("吉隆坡一个永春会馆日前组织", ["福建省/泉州市/永春县"]),
        ("会馆会长说，会员们的祖辈从永春的山村下南洋", ["福建省/泉州市/永春县"]),
        ("村小学的校长表示", []),
    ],
    complete=True,
)

art(
    "8world_sg_jsonld.html",
    "Singapore broadcaster news site saved HTML with JSON-LD (datePublished in UTC 'Z'), 新闻 > 新加坡 crumb, 更新 time in 12-hour English format, 分享 bar, 热门 list, Mediacorp footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>大埔同乡会重走侨批路 寻访梅州老屋 - 8视界新闻网</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"大埔同乡会重走侨批路 寻访梅州老屋","datePublished":"2024-11-10T02:30:00Z","author":{"@type":"Person","name":"林慧敏"}}</script>
    </head>
    <body>
    <div class="crumb">新闻 &gt; 新加坡</div>
    <h1>大埔同乡会重走侨批路 寻访梅州老屋</h1>
    <div class="meta">林慧敏　更新 10:30 AM</div>
    <div class="share">分享 WhatsApp Facebook</div>
    <p>本地一个大埔同乡会近日组织会员前往广东梅州市大埔县，沿着当年侨批寄送的路线寻访祖辈老屋。</p>
    <p>在一个客家围屋里，会员们找到了上世纪寄回家乡的侨批和照片。</p>
    <p>同乡会秘书说，希望年轻一代了解先辈在南洋打拼、寄钱养家的故事。</p>
    <div class="hot">热门<br>组屋区邻里节周末登场</div>
    <div class="ft">© 2024 Mediacorp Pte Ltd. All rights reserved.</div>
    </body>
    </html>
    """,
    title="大埔同乡会重走侨批路 寻访梅州老屋",
    source="8视界新闻网",
    date="2024-11-10",
    author="林慧敏",
    chrome=[
        "新闻 > 新加坡",
        "分享 WhatsApp Facebook",
        "组屋区邻里节周末登场",
        "© 2024 Mediacorp Pte Ltd. All rights reserved.",
    ],
    body=[
        "沿着当年侨批寄送的路线寻访祖辈老屋",
        "会员们找到了上世纪寄回家乡的侨批和照片",
        "寄钱养家的故事",
    ],
    regions=[
        ("本地一个大埔同乡会近日组织会员前往广东梅州市大埔县", ["广东省/梅州市/大埔县"]),
        ("在一个客家围屋里", []),
        ("同乡会秘书说", []),
    ],
    complete=True,
)

art(
    "worldjournal_ny_changle.txt",
    "US Chinese daily page copied as text, traditional script (section crumb 紐約 > 社區, title, 記者／紐約報導 byline dateline, 2024年11月24日 週日 plus time, 訂閱 prompt, 延伸閱讀; a 同鄉會 named after a county)",
    "utf-8",
    """
    世界日報
    紐約 > 社區
    長樂同鄉會捐款 助家鄉村莊修建老人活動中心
    記者張心怡／紐約報導
    2024年11月24日 週日 下午6:15

    紐約長樂同鄉會23日在法拉盛舉行年會，宣布向家鄉一個村莊捐款修建老人活動中心。

    同鄉會會長表示，許多會員上世紀從福州市長樂區出國打拼，如今事業有成，希望為家鄉老人做點實事。

    活動中心預計明年春天完工，將設置食堂、閱覽室和康復室。

    訂閱世界日報，掌握社區大小事
    延伸閱讀
    布碌崙華人社區舉辦冬衣捐贈活動
    """,
    title="長樂同鄉會捐款 助家鄉村莊修建老人活動中心",
    source="世界日報",
    date="2024-11-24",
    author="張心怡",
    chrome=[
        "紐約 > 社區",
        "訂閱世界日報，掌握社區大小事",
        "延伸閱讀",
        "布碌崙華人社區舉辦冬衣捐贈活動",
    ],
    body=[
        "宣布向家鄉一個村莊捐款修建老人活動中心",
        "希望為家鄉老人做點實事",
        "將設置食堂、閱覽室和康復室",
    ],
    regions=[
        ("紐約長樂同鄉會23日在法拉盛舉行年會", []),
        ("許多會員上世紀從福州市長樂區出國打拼", ["福建省/福州市/长乐区"]),
        ("活動中心預計明年春天完工", []),
    ],
    complete=True,
)

art(
    "bcbay_vancouver_spam.html",
    "Canadian Chinese community site saved HTML (温哥华 header, 首页 » 社区 crumb with », 发布于 YYYY-MM-DD, 浏览 counter, 广告 line, invoice spam injected into a body sentence, 温州同乡会 named after a city, 版权 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>温哥华温州同乡会为家乡助学 - 温哥华港湾</title></head>
    <body>
    <div class="hd">温哥华港湾 bcbay.com</div>
    <div class="crumb">首页 » 社区</div>
    <h1>温哥华温州同乡会为家乡助学</h1>
    <div class="meta">发布于 2024-11-28　浏览 2,316</div>
    <p>温哥华温州同乡会日前举行年度聚会，会上募集善款四万多加元，用于资助浙江温州市泰顺县山区的困难学生。</p>
    <p>同乡会会长说，泰顺是很多会员的老家，山区孩子上学路远，善款将优先用于补助寄宿生活费北京代开发票电话13910001000和购买冬衣。</p>
    <p>这是同乡会连续第八年开展助学活动。</p>
    <div class="ad">广告：列治文地产专业经纪 免费估价</div>
    <div class="ft">© bcbay.com 版权所有</div>
    </body>
    </html>
    """,
    title="温哥华温州同乡会为家乡助学",
    source="温哥华港湾",
    date="2024-11-28",
    chrome=[
        "首页 » 社区",
        "浏览 2,316",
        "广告：列治文地产专业经纪 免费估价",
        "© bcbay.com 版权所有",
    ],
    body=[
        "会上募集善款四万多加元",
        "善款将优先用于补助寄宿生活费和购买冬衣",
        "这是同乡会连续第八年开展助学活动",
    ],
    spam=["北京代开发票电话13910001000"],
    regions=[
        ("用于资助浙江温州市泰顺县山区的困难学生", ["浙江省/温州市/泰顺县"]),
        ("同乡会会长说，泰顺是很多会员的老家", ["浙江省/温州市/泰顺县"]),
        ("这是同乡会连续第八年开展助学活动", []),
    ],
    complete=True,
)

art(
    "aus_chinese_daily_sydney.txt",
    "Australian Chinese daily web page copied as text (澳洲日报 header, 澳洲新闻 section, title, '悉尼 1 December 2024' English-month date, 文/记者 byline, 评论 0, 返回顶部)",
    "utf-8",
    """
    澳洲日报 Australian Chinese Daily
    澳洲新闻
    悉尼华人社团回乡考察 带回“数字乡村”经验
    悉尼 1 December 2024
    文/记者 梁家宁

    悉尼一个华人社团本月初结束为期十天的回乡考察，成员们在广东江门市开平市的侨乡村落看到了“数字乡村”的新变化。

    村里用手机小程序管理碉楼景区的预约和讲解，海外乡亲也能在线参与村务讨论。

    社团负责人说，希望把这些经验介绍给更多在澳的侨胞。

    评论 0
    返回顶部
    """,
    title="悉尼华人社团回乡考察 带回“数字乡村”经验",
    source="澳洲日报",
    date="2024-12-01",
    author="梁家宁",
    chrome=["澳洲新闻", "评论 0", "返回顶部"],
    body=[
        "在广东江门市开平市的侨乡村落",
        "海外乡亲也能在线参与村务讨论",
        "希望把这些经验介绍给更多在澳的侨胞",
    ],
    regions=[
        ("悉尼一个华人社团本月初结束", ["广东省/江门市/开平市"]),
        ("村里用手机小程序管理碉楼景区", []),
        ("社团负责人说，希望把这些经验", []),
    ],
    complete=True,
)

# --- forums and blogs ------------------------------------------------------------------------
art(
    "tieba_longhui_gbk_spam.txt",
    "贴吧 thread saved as text, GBK (XX吧 crumb, thread title, 只看楼主 / 收藏 / 回复 line, 楼层 lines '1楼 2024-11-30 21:05', level badge, casino spam inside a sentence, mixed full-width and half-width punctuation, 回复(12) counters)",
    "gbk",
    """
    隆回吧 > 看贴
    【家乡变化】我们村的路灯终于装好了！！
    只看楼主　收藏　回复
    乡下老表　　Lv.8

    在外面打工好几年,今年回邵阳市隆回县老家,发现村里的路晚上亮堂堂的。
    问了村干部才知道,是县里驻村工作队跑下来的项目，一共装了一百二十盏太阳能路灯澳门威尼斯人在线娱乐注册送88元。
    以前晚上出门要打手电,现在老人晚上也敢出来跳广场舞了~~
    1楼 2024-11-30 21:05　回复(12)

    雪峰山下　　Lv.5
    我们村去年就装了,确实方便!
    2楼 2024-11-30 21:40　回复(3)
    """,
    title="【家乡变化】我们村的路灯终于装好了！！",
    source="百度贴吧",
    date="2024-11-30",
    author="乡下老表",
    chrome=[
        "隆回吧 > 看贴",
        "只看楼主　收藏　回复",
        "1楼 2024-11-30 21:05　回复(12)",
        "2楼 2024-11-30 21:40　回复(3)",
    ],
    body=[
        "发现村里的路晚上亮堂堂的",
        "一共装了一百二十盏太阳能路灯",
        "现在老人晚上也敢出来跳广场舞了",
    ],
    spam=["澳门威尼斯人在线娱乐注册送88元"],
    regions=[
        ("今年回邵阳市隆回县老家", ["湖南省/邵阳市/隆回县"]),
        ("是县里驻村工作队跑下来的项目", []),
        ("以前晚上出门要打手电", []),
    ],
    complete=False,
)

art(
    "douban_diary_jianchuan.txt",
    "豆瓣日记 copied as text (author line with 的日记, title, full timestamp YYYY-MM-DD HH:MM:SS 发布于 IP属地 line, body with full-width punctuation mixed with half-width, 回应 / 推荐 / 喜欢 counters, © 本文版权归作者所有)",
    "utf-8",
    """
    山间小邮差的日记
    在剑川木雕村住了一个月
    2024-11-16 22:41:07 云南

    十月中旬,我背着包到了大理白族自治州剑川县,在一个以木雕出名的村子里租了间老房子。

    村里几乎家家有人会木雕：老人雕花窗,年轻人做文创小件,网上一卖就是全国各地。

    房东大叔的儿子曾在思茅做生意,回来后办了木雕工坊,现在带着二十多个村民一起干。

    临走那天,大叔送了我一块小小的木雕鱼。

    回应(18)　推荐(46)　喜欢(120)
    © 本文版权归作者山间小邮差所有，任何形式转载请联系作者。
    """,
    title="在剑川木雕村住了一个月",
    source="豆瓣",
    date="2024-11-16",
    author="山间小邮差",
    chrome=[
        "回应(18)　推荐(46)　喜欢(120)",
        "© 本文版权归作者山间小邮差所有，任何形式转载请联系作者。",
    ],
    body=[
        "在一个以木雕出名的村子里租了间老房子",
        "老人雕花窗,年轻人做文创小件",
        "现在带着二十多个村民一起干",
        "大叔送了我一块小小的木雕鱼",
    ],
    regions=[
        ("我背着包到了大理白族自治州剑川县", ["云南省/大理白族自治州/剑川县"]),
        ("村里几乎家家有人会木雕", []),
        ("房东大叔的儿子曾在思茅做生意", ["云南省/普洱市"]),
        ("临走那天", []),
    ],
    complete=True,
)

art(
    "wordpress_blog_pingyao.html",
    "personal WordPress blog post saved HTML (site title + tagline, menu, entry-title, 发表于 YYYY年M月D日 作者 line, 分类 / 标签 line, 发表评论 form text, Proudly powered by WordPress footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head><meta charset="UTF-8"><title>平遥乡下看“村晚”排练 &#8211; 老周的乡土笔记</title></head>
    <body>
    <div class="site-title">老周的乡土笔记</div>
    <div class="site-description">走村串户，记录身边的变化</div>
    <div class="menu">首页 关于 归档</div>
    <h1 class="entry-title">平遥乡下看“村晚”排练</h1>
    <div class="entry-meta">发表于 2024年11月9日 作者 老周</div>
    <div class="entry-content">
    <p>周末去了晋中市平遥县的一个村子，村民们正在文化广场上排练明年春节的“村晚”节目。</p>
    <p>节目全是村民自编自演：有晋剧清唱，有快板，还有讲移风易俗的小品。</p>
    <p>带头的是村里的退休教师，她说今年报名的人比往年多了一倍，连在太原上班的年轻人也专门回来参加。</p>
    </div>
    <div class="cat">分类：乡村见闻 | 标签：平遥, 村晚</div>
    <div class="respond">发表评论 您的电子邮箱地址不会被公开。</div>
    <div class="ft">Proudly powered by WordPress</div>
    </body>
    </html>
    """,
    title="平遥乡下看“村晚”排练",
    source="老周的乡土笔记",
    date="2024-11-09",
    author="老周",
    chrome=[
        "首页 关于 归档",
        "分类：乡村见闻 | 标签：平遥, 村晚",
        "发表评论 您的电子邮箱地址不会被公开。",
        "Proudly powered by WordPress",
    ],
    body=[
        "村民们正在文化广场上排练明年春节的",
        "有晋剧清唱，有快板",
        "连在太原上班的年轻人也专门回来参加",
    ],
    regions=[
        ("周末去了晋中市平遥县的一个村子", ["山西省/晋中市/平遥县"]),
        ("节目全是村民自编自演", []),
        ("带头的是村里的退休教师", ["山西省/太原市"]),
    ],
    complete=True,
)


# --- national, provincial, city and county portals; media centres; disclosure ----------------
art(
    "moj_gov_fazhi_mingbairen.html",
    "national ministry portal saved HTML (<meta name=PubDate> and visible 时间 row agree, 首页 > 工作动态 crumb, 来源 + 时间 + 【字体：大 中 小】 row, 【打印本页】【关闭窗口】, 主办单位 + 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="PubDate" content="2024-11-21 17:02">
    <title>中华人民共和国司法部</title>
    </head>
    <body>
    <div class="nav">首页 机构职能 新闻发布 政务公开 工作动态 政务服务 互动交流</div>
    <div class="crumb">首页 &gt; 工作动态</div>
    <h1>“法律明白人”成为乡村矛盾纠纷化解的骨干力量</h1>
    <div class="info">来源：普法与依法治理局　时间：2024-11-21　【字体：大 中 小】</div>
    <div class="zoom">
    <p>近年来，各地持续推进乡村“法律明白人”培养工程，从村干部、人民调解员、网格员中选拔培养懂法律、会调解的骨干。</p>
    <p>在四川省绵阳市三台县，“法律明白人”每月在村里开一次“院坝法治课”，用身边的案例讲解土地承包、婚姻家庭等方面的法律知识。</p>
    <p>在京举行的一次培训交流会上，来自多个省份的“法律明白人”代表分享了化解邻里纠纷的经验。</p>
    </div>
    <div class="tools">【打印本页】【关闭窗口】</div>
    <div class="ft">主办单位：中华人民共和国司法部　京ICP备05003315号</div>
    </body>
    </html>
    """,
    title="“法律明白人”成为乡村矛盾纠纷化解的骨干力量",
    source="普法与依法治理局",
    site="中华人民共和国司法部",
    date="2024-11-21",
    chrome=[
        "首页 机构职能 新闻发布 政务公开 工作动态 政务服务 互动交流",
        "首页 > 工作动态",
        "【打印本页】【关闭窗口】",
        "京ICP备05003315号",
    ],
    body=[
        "从村干部、人民调解员、网格员中选拔培养懂法律、会调解的骨干",
        "用身边的案例讲解土地承包、婚姻家庭等方面的法律知识",
        "分享了化解邻里纠纷的经验",
    ],
    regions=[
        ("近年来，各地持续推进乡村", []),
        ("在四川省绵阳市三台县", ["四川省/绵阳市/三台县"]),
        ("在京举行的一次培训交流会上", ["北京市"]),
    ],
    complete=True,
)

art(
    "jiangsu_gov_portal_shuyang.html",
    "provincial government portal saved HTML (<title> 标题 江苏省人民政府, 您所在的位置 crumb, 发布日期 YYYY-MM-DD HH:MM + 信息来源 + 浏览次数 row, 分享 bar, 相关链接, 政府网站标识码 + 苏ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>沭阳：花木产业“一村一品”托起乡村振兴 江苏省人民政府</title></head>
    <body>
    <div class="nav">首页 走进江苏 要闻动态 政务公开 政务服务 政民互动</div>
    <div class="crumb">您所在的位置：首页 &gt; 要闻动态 &gt; 市县动态</div>
    <h1>沭阳：花木产业“一村一品”托起乡村振兴</h1>
    <div class="info">发布日期：2024-11-15 11:20　信息来源：江苏省农业农村厅　浏览次数：2876</div>
    <div class="content">
    <p>宿迁市沭阳县新河镇的花木基地里，工人们正在给盆景修枝造型，准备发往全国各地的订单。</p>
    <p>沭阳县因地制宜发展花木产业，形成了“一村一品”的格局：有的村专做盆景，有的村专种绿化苗木，有的村主攻干花。</p>
    <p>今年前十个月，全县花木线上销售额超过一百亿元，带动二十多万人就业。</p>
    </div>
    <div class="share">分享到：</div>
    <div class="links">相关链接：宿迁市人民政府 沭阳县人民政府</div>
    <div class="ft">主办：江苏省人民政府办公厅　政府网站标识码：3200000001　苏ICP备05009019号</div>
    </body>
    </html>
    """,
    title="沭阳：花木产业“一村一品”托起乡村振兴",
    source="江苏省农业农村厅",
    site="江苏省人民政府",
    date="2024-11-15",
    chrome=[
        "您所在的位置：首页 > 要闻动态 > 市县动态",
        "浏览次数：2876",
        "相关链接：宿迁市人民政府 沭阳县人民政府",
        "苏ICP备05009019号",
    ],
    body=[
        "工人们正在给盆景修枝造型",
        "有的村专做盆景，有的村专种绿化苗木",
        "带动二十多万人就业",
    ],
    regions=[
        ("宿迁市沭阳县新河镇的花木基地里", ["江苏省/宿迁市/沭阳县"]),
        ("沭阳县因地制宜发展花木产业", ["江苏省/宿迁市/沭阳县"]),
        ("今年前十个月，全县花木线上销售额", []),
    ],
    complete=True,
)

art(
    "zhangye_gov_weekday_time.shtml",
    "prefecture-city portal .shtml (时间：YYYY年M月D日（星期X）HH:MM with full-width parentheses, 来源：张掖日报, 首页 > 张掖要闻 crumb, 【收藏】【打印】【关闭】, 甘ICP备 footer; a villager whose name contains another city's name)",
    "utf-8",
    """
    <html>
    <head><meta charset="utf-8"><title>民乐县：高原夏菜“冬储”有门道_张掖市人民政府</title></head>
    <body>
    <div class="nav">首页 | 走进张掖 | 政务公开 | 政务服务 | 互动交流</div>
    <div class="crumb">首页 &gt; 张掖要闻</div>
    <h1>民乐县：高原夏菜“冬储”有门道</h1>
    <div class="info">时间：2024年12月1日（星期日）08:30　来源：张掖日报</div>
    <div class="article">
    <p>张掖市民乐县的蔬菜保鲜库里，一筐筐洋葱、胡萝卜码放整齐，等待错峰上市。</p>
    <p>种植大户王兰州告诉记者，以前蔬菜集中上市卖不上价，有了保鲜库，冬天出库每斤能多卖三四毛钱。</p>
    <p>近年来，民乐县在主要产区建成保鲜库一百多座，蔬菜产业成为农民增收的重要来源。</p>
    </div>
    <div class="tools">【收藏】【打印】【关闭】</div>
    <div class="ft">张掖市人民政府办公室主办　甘ICP备05001112号</div>
    </body>
    </html>
    """,
    title="民乐县：高原夏菜“冬储”有门道",
    source="张掖日报",
    site="张掖市人民政府",
    date="2024-12-01",
    chrome=[
        "首页 | 走进张掖 | 政务公开 | 政务服务 | 互动交流",
        "首页 > 张掖要闻",
        "【收藏】【打印】【关闭】",
        "甘ICP备05001112号",
    ],
    body=[
        "一筐筐洋葱、胡萝卜码放整齐",
        "冬天出库每斤能多卖三四毛钱",
        "民乐县在主要产区建成保鲜库一百多座",
    ],
    regions=[
        ("张掖市民乐县的蔬菜保鲜库里", ["甘肃省/张掖市/民乐县"]),
        ("种植大户王兰州告诉记者", []),
        ("近年来，民乐县在主要产区", ["甘肃省/张掖市/民乐县"]),
    ],
    complete=True,
)

art(
    "laifeng_county_gov_gbk_spam.txt",
    "county government portal text save, GBK (县政府 masthead, 首页>>部门动态 crumb, title, 来源 + 发布时间 YYYY-MM-DD + 浏览 on one line, gambling-loan spam with a city inside a body sentence, 【我要纠错】【打印】, 鄂ICP备 footer; 襄樊 former name)",
    "gbk",
    """
    来凤县人民政府
    首页>>部门动态
    来凤县：驻村工作队帮村里建起藤茶加工厂
    来源：县农业农村局　发布时间：2024-11-06　浏览：568

    　　恩施土家族苗族自治州来凤县的藤茶采收已经结束，村里新建的藤茶加工厂里，烘干机正在运转。

    　　加工厂是驻村工作队争取资金建起来的。工作队队长来自襄樊，驻村两年多，跑遍了全村的茶园杭州无抵押小额贷款秒批。

    　　村民说，以前鲜叶只能卖给外地收购商，现在家门口就能加工，价格高了不少。

    【我要纠错】【打印】
    鄂ICP备06012345号
    """,
    title="来凤县：驻村工作队帮村里建起藤茶加工厂",
    source="县农业农村局",
    site="来凤县人民政府",
    date="2024-11-06",
    chrome=["首页>>部门动态", "浏览：568", "【我要纠错】【打印】", "鄂ICP备06012345号"],
    body=[
        "村里新建的藤茶加工厂里，烘干机正在运转",
        "驻村两年多，跑遍了全村的茶园",
        "现在家门口就能加工，价格高了不少",
    ],
    spam=["杭州无抵押小额贷款秒批"],
    regions=[
        ("恩施土家族苗族自治州来凤县的藤茶采收", ["湖北省/恩施土家族苗族自治州/来凤县"]),
        ("加工厂是驻村工作队争取资金建起来的", ["湖北省/襄阳市"]),
        ("村民说，以前鲜叶只能卖给外地收购商", []),
    ],
    complete=True,
)

art(
    "ningling_gov_meta_spam.html",
    "county government portal saved HTML with <meta name=publishdate> and a visible date in 发布时间：YYYY年MM月DD日 form, 首页 > 乡镇动态 crumb, 字号 row, fake-diploma spam inside a sentence, 上一篇 / 下一篇, 豫ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="publishdate" content="2024-10-30">
    <title>宁陵县人民政府</title>
    </head>
    <body>
    <div class="crumb">首页 &gt; 乡镇动态</div>
    <h1>宁陵：酥梨“品改”让老梨园焕发新生机</h1>
    <div class="info">发布时间：2024年10月30日　来源：宁陵县融媒体中心　字号：大 中 小</div>
    <div class="content">
    <p>商丘市宁陵县石桥镇是有名的酥梨之乡，一些老梨园树龄大、品种老，效益逐年下降。</p>
    <p>今年，镇里请来农业专家，为梨农嫁接新品种、推广矮化密植，办理各类学历证书加微信zs2024，帮助一百多户梨农完成品种改良。</p>
    <p>梨农们说，新品种口感好、耐储存，收购价比老品种高出一截。</p>
    </div>
    <div class="pager">上一篇：阳驿乡开展冬季农田水利建设<br>下一篇：柳河镇举办农民技能培训班</div>
    <div class="ft">宁陵县人民政府办公室　豫ICP备10023456号</div>
    </body>
    </html>
    """,
    title="宁陵：酥梨“品改”让老梨园焕发新生机",
    source="宁陵县融媒体中心",
    site="宁陵县人民政府",
    date="2024-10-30",
    chrome=[
        "首页 > 乡镇动态",
        "上一篇：阳驿乡开展冬季农田水利建设",
        "下一篇：柳河镇举办农民技能培训班",
        "豫ICP备10023456号",
    ],
    body=[
        "一些老梨园树龄大、品种老，效益逐年下降",
        "为梨农嫁接新品种、推广矮化密植，帮助一百多户梨农完成品种改良",
        "收购价比老品种高出一截",
    ],
    spam=["办理各类学历证书加微信zs2024，"],
    regions=[
        ("商丘市宁陵县石桥镇是有名的酥梨之乡", ["河南省/商丘市/宁陵县"]),
        ("今年，镇里请来农业专家", []),
        ("梨农们说，新品种口感好", []),
    ],
    complete=True,
)

art(
    "yuexi_rongmei_urldate.html",
    "county media-centre site saved HTML dated only by the canonical URL (/2024-11/27/…; no visible or meta date), 岳西融媒 logo, 首页 > 岳西新闻 crumb, 来源 + 作者 + 编辑 row, 扫码关注 line, 皖ICP备 footer",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <link rel="canonical" href="https://www.yxrmt.cn/content/2024-11/27/c_418822.html">
    <title>岳西：高山茭白“出山”记</title>
    </head>
    <body>
    <div class="logo">岳西县融媒体中心</div>
    <div class="crumb">首页 &gt; 岳西新闻</div>
    <h1>岳西：高山茭白“出山”记</h1>
    <div class="info">来源：岳西县融媒体中心　作者：储文涛　编辑：汪敏</div>
    <div class="text">
    <p>在安庆市岳西县的高山上，农户们收获了今年最后一茬茭白。</p>
    <p>岳西海拔高、昼夜温差大，种出的茭白脆嫩清甜，近年来通过冷链物流销往长三角的大中城市。</p>
    <p>一位种植户说，一亩茭白能收入一万多元，比种水稻强多了。</p>
    </div>
    <div class="qr">扫码关注岳西融媒</div>
    <div class="ft">岳西县融媒体中心版权所有　皖ICP备18001234号</div>
    </body>
    </html>
    """,
    title="岳西：高山茭白“出山”记",
    source="岳西县融媒体中心",
    date="2024-11-27",
    author="储文涛",
    chrome=["首页 > 岳西新闻", "编辑：汪敏", "扫码关注岳西融媒", "皖ICP备18001234号"],
    body=[
        "农户们收获了今年最后一茬茭白",
        "种出的茭白脆嫩清甜",
        "比种水稻强多了",
    ],
    regions=[
        ("在安庆市岳西县的高山上", ["安徽省/安庆市/岳西县"]),
        ("岳西海拔高、昼夜温差大", ["安徽省/安庆市/岳西县"]),
        ("一位种植户说，一亩茭白", []),
    ],
    complete=True,
)

art(
    "libo_xxgk_table.html",
    "county government information-disclosure page saved HTML (索引号 / 发布机构 / 成文日期 / 发布日期 / 主题分类 metadata table with two different dates, 信息公开 crumb, 【打印】【关闭】, 黔ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>荔波县2024年第三批乡村振兴衔接资金项目实施情况公告_荔波县人民政府</title></head>
    <body>
    <div class="crumb">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 乡村振兴</div>
    <table class="xxgk">
    <tr><td>索引号：</td><td>11522722009XXXXX/2024-01563</td><td>发布机构：</td><td>荔波县农业农村局</td></tr>
    <tr><td>成文日期：</td><td>2024-10-28</td><td>发布日期：</td><td>2024-11-04</td></tr>
    <tr><td>主题分类：</td><td>农业、林业、水利</td><td>文号：</td><td></td></tr>
    </table>
    <h1>荔波县2024年第三批乡村振兴衔接资金项目实施情况公告</h1>
    <div class="content">
    <p>根据项目资金公告公示制度要求，现将黔南布依族苗族自治州荔波县2024年第三批衔接资金项目实施情况公告如下。</p>
    <p>本批共安排项目十二个，主要用于村组道路硬化、产业路建设和小型水利设施维修，目前已完工九个。</p>
    <p>公告期为十天，如有异议，请向县农业农村局反映。</p>
    </div>
    <div class="tools">【打印】【关闭】</div>
    <div class="ft">荔波县人民政府办公室　黔ICP备13005678号</div>
    </body>
    </html>
    """,
    title="荔波县2024年第三批乡村振兴衔接资金项目实施情况公告",
    source="荔波县农业农村局",
    site="荔波县人民政府",
    date="2024-11-04",
    chrome=[
        "首页 > 信息公开 > 法定主动公开内容 > 乡村振兴",
        "索引号：",
        "主题分类：",
        "【打印】【关闭】",
        "黔ICP备13005678号",
    ],
    body=[
        "主要用于村组道路硬化、产业路建设和小型水利设施维修",
        "公告期为十天，如有异议",
    ],
    regions=[
        ("现将黔南布依族苗族自治州荔波县", ["贵州省/黔南布依族苗族自治州/荔波县"]),
        ("本批共安排项目十二个", []),
        ("公告期为十天，如有异议", []),
    ],
    complete=True,
)


# --- WeChat, e-paper, Hong Kong and Penghu papers, file-name date, aggregator ----------------
art(
    "wechat_jiangshan_village_bom.txt",
    "village WeChat official-account article copied as text, UTF-8 with BOM (原创 mark, 公众号 name twice, YYYY年MM月DD日 HH:MM + province line, 点击蓝字关注我们, 图片 placeholders, 编辑 / 审核 lines, 阅读 / 赞 / 在看 counters, 写留言)",
    "utf-8",
    """
    原创 清湖三村 清湖三村 2024年11月23日 18:30 浙江
    点击蓝字关注我们
    村里的“共富工坊”开工啦
    [图片]
    　　11月20日，衢州市江山市清湖街道清湖三村的“共富工坊”正式开工，二十多位村民在工坊里加工竹制品。
    　　工坊由村集体提供场地，企业派来师傅手把手教，村民按件计酬。
    　　“在家门口挣钱，还能接送孙子上学。”村民周阿姨一边编竹篮一边说。
    [图片]
    编辑：毛丽娟
    审核：徐建平
    阅读 1568　赞 32　在看 11
    写留言
    """,
    bom=True,
    title="村里的“共富工坊”开工啦",
    source="清湖三村",
    date="2024-11-23",
    chrome=[
        "点击蓝字关注我们",
        "编辑：毛丽娟",
        "审核：徐建平",
        "阅读 1568　赞 32　在看 11",
        "写留言",
    ],
    body=[
        "二十多位村民在工坊里加工竹制品",
        "企业派来师傅手把手教，村民按件计酬",
        "还能接送孙子上学",
    ],
    regions=[
        ("11月20日，衢州市江山市清湖街道", ["浙江省/衢州市/江山市"]),
        ("工坊由村集体提供场地", []),
        ("在家门口挣钱，还能接送孙子上学", []),
    ],
    complete=True,
)

art(
    "wechat_danling_frontmatter.md",
    "town WeChat account article saved as Markdown with YAML front matter (title, author, account, date as 'YYYY-MM-DD HH:MM', url), ![](image) lines, bold lead, 来源 line at the end, 往期推荐 list",
    "utf-8",
    """
    ---
    title: 丹棱：不知火柑橘“上树套袋”忙
    author: 丹棱发布
    account: 丹棱发布
    date: 2024-11-18 20:05
    url: https://mp.weixin.qq.com/s/Qk3cTnE0aWxx
    ---

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640)

    **眼下，眉山市丹棱县的柑橘园里，果农们正忙着给不知火柑橘套袋防寒。**

    丹棱县是“中国不知火柑橘之乡”，套袋可以防止果实冻伤，还能让果皮更光洁。

    一位果农说，今年果子个头大、糖分足，已经有客商提前来订货了。

    来源：丹棱县融媒体中心

    往期推荐

    - 丹棱县开展冬季森林防火宣传
    """,
    title="丹棱：不知火柑橘“上树套袋”忙",
    source="丹棱县融媒体中心",
    site="丹棱发布",
    date="2024-11-18",
    chrome=[
        "![](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640)",
        "往期推荐",
        "丹棱县开展冬季森林防火宣传",
    ],
    body=[
        "果农们正忙着给不知火柑橘套袋防寒",
        "套袋可以防止果实冻伤",
        "已经有客商提前来订货了",
    ],
    regions=[
        ("眼下，眉山市丹棱县的柑橘园里", ["四川省/眉山市/丹棱县"]),
        ("丹棱县是“中国不知火柑橘之乡”", ["四川省/眉山市/丹棱县"]),
        ("一位果农说，今年果子个头大", []),
    ],
    complete=True,
)

art(
    "wechat_fuping_zugong_heading.md",
    "county organisation-department WeChat article as Markdown with a `# ` heading (no front matter; account + date line in italics *阜平组工 2024-11-12*, > quote, --- rules, 转自 line, 长按二维码关注 line)",
    "utf-8",
    """
    # 驻村第一书记的“民情日记”

    *阜平组工　2024-11-12*

    > 把群众的事当成自己的事。

    保定市阜平县一个山村的驻村第一书记，随身带着一个笔记本，记下每次走访的情况：谁家老人需要送药，谁家孩子上学有困难。

    两年来，他的“民情日记”记了六本，帮村民解决大小事情一百多件。

    他说，从在京的机关来到太行山深处，最大的收获是学会了和老乡交心。

    ---

    转自：阜平县融媒体中心

    长按二维码关注阜平组工
    """,
    title="驻村第一书记的“民情日记”",
    source="阜平县融媒体中心",
    site="阜平组工",
    date="2024-11-12",
    chrome=["转自：阜平县融媒体中心", "长按二维码关注阜平组工"],
    body=[
        "随身带着一个笔记本，记下每次走访的情况",
        "帮村民解决大小事情一百多件",
        "最大的收获是学会了和老乡交心",
    ],
    regions=[
        ("保定市阜平县一个山村的驻村第一书记", ["河北省/保定市/阜平县"]),
        ("两年来，他的“民情日记”记了六本", []),
        ("从在京的机关来到太行山深处", ["北京市"]),
    ],
    complete=True,
)

art(
    "chuzhou_epaper_gb18030_crlf.txt",
    "city paper e-paper text page, GB18030 CRLF (报名 + 数字报 line, 版次：A03 版名：县区新闻 line, 发布日期 YYYY年MM月DD日, 引题/标题/副题, 本报讯 with month-day dateline, 【稿件编号】, 上一篇 下一篇 返回本版)",
    "gb18030",
    """
    滁州日报数字报
    版次：A03　版名：县区新闻　发布日期：2024年11月29日
    凤阳县小岗村：
    “大包干”发源地的冬日新景
    ——村集体经济收入连续多年增长
    本报讯（记者 吴俊峰）11月27日，记者走进凤阳县小岗村，村里的研学基地迎来了一批又一批学生。
    　　近年来，小岗村发展红色研学、乡村旅游和特色农产品加工，村集体经济收入连续多年增长。
    　　村民们说，现在村里的路宽了，来参观的人多了，农家乐的生意也好了。
    【稿件编号】CZRB20241129A03005
    上一篇　下一篇　返回本版
    """,
    crlf=True,
    title="“大包干”发源地的冬日新景",
    source="滁州日报",
    date="2024-11-29",
    author="吴俊峰",
    chrome=[
        "滁州日报数字报",
        "版次：A03　版名：县区新闻",
        "【稿件编号】CZRB20241129A03005",
        "上一篇　下一篇　返回本版",
    ],
    body=[
        "村里的研学基地迎来了一批又一批学生",
        "发展红色研学、乡村旅游和特色农产品加工",
        "农家乐的生意也好了",
    ],
    regions=[
        ("记者走进凤阳县小岗村", ["安徽省/滁州市/凤阳县"]),
        ("近年来，小岗村发展红色研学", []),
        ("村民们说，现在村里的路宽了", []),
    ],
    complete=True,
)

art(
    "metrodaily_hk_tsuenwan.html",
    "Hong Kong free daily site saved HTML, traditional script (港聞 section, 發佈時間：DD/MM/YYYY HH:MM day-first date, 分享 bar, 相關新聞, 版權所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head><meta charset="utf-8"><title>荃灣舊區樓梯街變身社區畫廊 | 都市日報</title></head>
    <body>
    <div class="nav">港聞 | 財經 | 娛樂 | 生活</div>
    <h1>荃灣舊區樓梯街變身社區畫廊</h1>
    <div class="time">發佈時間：18/11/2024 16:45</div>
    <div class="share">分享：Facebook WhatsApp</div>
    <p>荃灣區一條有數十年歷史的樓梯街，近日由區內義工和藝術家合力翻新，牆身繪上昔日荃灣紗廠和街坊生活的壁畫。</p>
    <p>負責計劃的社區組織表示，希望年輕人認識香港舊區的歷史，也為長者提供散步聊天的地方。</p>
    <p>有街坊說，以前經過這裡都匆匆走過，現在會停下來拍照。</p>
    <div class="rel">相關新聞：深水埗劏房戶冬季送暖活動</div>
    <div class="ft">© 都市日報 版權所有</div>
    </body>
    </html>
    """,
    title="荃灣舊區樓梯街變身社區畫廊",
    source="都市日報",
    date="2024-11-18",
    chrome=[
        "港聞 | 財經 | 娛樂 | 生活",
        "分享：Facebook WhatsApp",
        "相關新聞：深水埗劏房戶冬季送暖活動",
        "© 都市日報 版權所有",
    ],
    body=[
        "近日由區內義工和藝術家合力翻新",
        "也為長者提供散步聊天的地方",
        "現在會停下來拍照",
    ],
    regions=[
        ("荃灣區一條有數十年歷史的樓梯街", ["香港特别行政区"]),
        ("希望年輕人認識香港舊區的歷史", ["香港特别行政区"]),
        ("有街坊說，以前經過這裡", []),
    ],
    complete=True,
)

art(
    "penghu_daily_big5.txt",
    "Taiwan county paper page copied as text, Big5 (報名, 中華民國113年11月21日 星期四 ROC date line, 地方新聞 section, 記者 byline with 報導, 點閱 counter, 回首頁)",
    "big5",
    """
    澎湖日報
    中華民國113年11月21日　星期四
    地方新聞
    湖西鄉社區長者學做海鮮料理 傳承古早味
    記者 許文雄／報導
    澎湖縣湖西鄉一個社區日前舉辦長者料理班，由社區媽媽教大家用在地海鮮做古早味料理。
    課程結束後，長者們把做好的料理帶回家和家人分享。
    社區理事長說，明年還要開辦醃漬小管、曬魚乾等傳統技藝課程。
    點閱：842
    回首頁
    """,
    title="湖西鄉社區長者學做海鮮料理 傳承古早味",
    source="澎湖日報",
    date="2024-11-21",
    author="許文雄",
    chrome=["地方新聞", "點閱：842", "回首頁"],
    body=[
        "由社區媽媽教大家用在地海鮮做古早味料理",
        "長者們把做好的料理帶回家和家人分享",
        "明年還要開辦醃漬小管、曬魚乾等傳統技藝課程",
    ],
    regions=[
        ("澎湖縣湖西鄉一個社區日前舉辦", ["台湾省/澎湖县"]),
        ("課程結束後，長者們", []),
        ("社區理事長說", []),
    ],
    complete=True,
)

art(
    "2024-11-19_抚松人参采挖.txt",
    "note saved from a city paper with no date in the text (title, source line 来源：白山日报 only), dated only by the file name YYYY-MM-DD_标题.txt, UTF-8 BOM",
    "utf-8",
    """
    抚松：林下参采挖季 参农忙“抬参”
    来源：白山日报

    深秋的长白山林下，白山市抚松县的参农们按照传统的“抬参”规矩，小心翼翼地挖出一棵棵林下参。

    抚松县被称为“人参之乡”，全县人参种植和加工企业有数百家，万良镇的人参市场每年吸引大批客商。

    一位老参农说，一棵好的林下参要长十几年，挖的时候一根须子都不能断。
    """,
    bom=True,
    title="抚松：林下参采挖季 参农忙“抬参”",
    source="白山日报",
    date="2024-11-19",
    body=[
        "小心翼翼地挖出一棵棵林下参",
        "万良镇的人参市场每年吸引大批客商",
        "挖的时候一根须子都不能断",
    ],
    regions=[
        ("白山市抚松县的参农们", ["吉林省/白山市/抚松县"]),
        ("抚松县被称为“人参之乡”", ["吉林省/白山市/抚松县"]),
        ("一位老参农说", []),
    ],
    complete=True,
)

art(
    "kandian_repost_firstpub.txt",
    "aggregator app repost copied as text (看点快报 header, 作者号 name + 关注, relative time '3天前' beside a 首发于 YYYY-MM-DD line, 举报 link, 本文为作者原创 disclaimer, 猜你喜欢; a villager named after a city, 长沙臭豆腐 stall)",
    "utf-8",
    """
    看点快报
    醴陵融媒　关注
    3天前
    醴陵：返乡青年把瓷器作坊搬上直播间
    首发于 2024-11-26
    株洲市醴陵市的一家瓷器作坊里，返乡青年刘长沙正对着镜头介绍釉下五彩瓷的制作工艺。
    他大学毕业后在外地做电商，前年回到家乡，和父亲一起把老作坊改成了直播间，摆摊卖长沙臭豆腐的邻居也来帮忙打包。
    今年以来，作坊线上销售额已超过三百万元。
    举报
    本文为作者原创，未经授权禁止转载
    猜你喜欢
    """,
    title="醴陵：返乡青年把瓷器作坊搬上直播间",
    source="醴陵融媒",
    date="2024-11-26",
    chrome=[
        "看点快报",
        "醴陵融媒　关注",
        "3天前",
        "举报",
        "本文为作者原创，未经授权禁止转载",
        "猜你喜欢",
    ],
    body=[
        "正对着镜头介绍釉下五彩瓷的制作工艺",
        "和父亲一起把老作坊改成了直播间",
        "作坊线上销售额已超过三百万元",
    ],
    regions=[
        ("株洲市醴陵市的一家瓷器作坊里", ["湖南省/株洲市/醴陵市"]),
        ("他大学毕业后在外地做电商", []),
        ("今年以来，作坊线上销售额", []),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(
        out, "Held-out set 11 (issue 10): written fresh, never tuned on. Report figures only."
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
