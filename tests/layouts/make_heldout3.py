"""Write tests/layouts/heldout3/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout3.py tests/layouts/heldout3

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art


# --- national sites and their provincial channels -----------------------------------------
art(
    "cnr_jiangxi_yudu.txt",
    "央广网 地方频道 text save (央广网 > X频道 crumbs, 2024-05-14 10:22:31 + 来源 on one line, 分享到/字号 bars, X月X日消息 dateline, 版权声明)",
    "utf-8",
    """
    央广网 > 江西频道 > 市县传真
    于都：“屋场会”开到田间地头 群众家门口的事有人管
    2024-05-14 10:22:31  来源：央广网
    分享到：微信 微博 QQ空间
    字号：大 中 小

    央广网赣州5月14日消息（记者 刘晓燕）连日来，江西省赣州市于都县各乡镇把“屋场会”开到田间地头，干部带着问题清单进村入户，与群众面对面商量解决身边的小事难事。

    在梓山镇潭头村，十几位村民围坐在村口的大樟树下，说起了灌溉渠年久失修的问题。镇里当场明确由水利站牵头，一周内拿出修缮方案。

    “以前有事要跑到镇上，现在干部把会开到家门口，说了的事也有回音。”村民钟林生说。

    据了解，今年以来，于都县已召开“屋场会”1200余场，收集群众意见建议3600余条，办结率超过九成。

    编辑：王蕊
    相关新闻
    赣州：小切口推动基层治理大提升
    南昌：社区食堂开进老旧小区
    央广网版权声明：本网站所刊载信息，不代表本网观点。未经授权禁止转载、摘编、复制。
    """,
    title="于都：“屋场会”开到田间地头 群众家门口的事有人管",
    source="央广网",
    date="2024-05-14",
    author="刘晓燕",
    chrome=[
        "分享到：微信 微博 QQ空间",
        "字号：大 中 小",
        "赣州：小切口推动基层治理大提升",
        "南昌：社区食堂开进老旧小区",
        "央广网版权声明",
        "编辑：王蕊",
    ],
    body=[
        "各乡镇把“屋场会”开到田间地头",
        "镇里当场明确由水利站牵头",
        "说了的事也有回音",
        "办结率超过九成",
    ],
    regions=[
        ("江西省赣州市于都县各乡镇", ["江西省/赣州市/于都县"]),
        ("于都县已召开", ["江西省/赣州市/于都县"]),
    ],
    complete=True,
    bom=True,
)

art(
    "cnr_jiangxi_anyuan.txt",
    "央广网 地方频道 text save (央广网 > X频道 crumbs, 2024-05-14 10:22:31 + 来源 on one line, 分享到/字号 bars, X月X日消息 dateline, 版权声明)",
    "utf-8",
    """
    央广网 > 江西频道 > 市县传真
    安源：老矿区里的“红色物业”
    2024-11-26 16:05:48  来源：央广网
    分享到：微信 微博 QQ空间
    字号：大 中 小

    央广网萍乡11月26日消息（记者 刘晓燕 通讯员 易峰）走进江西省萍乡市安源区八一街道的老矿区小区，楼道干净整洁，墙面新刷了防水涂料，几位老人正在楼下的凉亭里下棋。

    这些小区大多建于上世纪八十年代，曾经没有物业管理。2022年起，街道党工委牵头组建国有“红色物业”公司，先把水电、屋顶漏水等老问题逐一解决。

    物业公司负责人说，收费标准由居民议事会商量确定，每季度在小区公示栏公开收支明细。

    目前，安源区已有46个老旧小区引入“红色物业”，居民满意率明显提升。

    编辑：王蕊
    相关新闻
    萍乡：网格员走进千家万户
    央广网版权声明：本网站所刊载信息，不代表本网观点。未经授权禁止转载、摘编、复制。
    """,
    title="安源：老矿区里的“红色物业”",
    source="央广网",
    date="2024-11-26",
    chrome=["分享到：微信 微博 QQ空间", "萍乡：网格员走进千家万户", "央广网版权声明"],
    body=[
        "楼道干净整洁",
        "2022年起，街道党工委牵头组建国有“红色物业”公司",
        "每季度在小区公示栏公开收支明细",
        "居民满意率明显提升",
    ],
    regions=[
        ("江西省萍乡市安源区八一街道", ["江西省/萍乡市/安源区"]),
        ("目前，安源区已有46个", ["江西省/萍乡市/安源区"]),
    ],
    complete=True,
)

art(
    "chinadaily_henan_lankao.html",
    "中国日报网 地方频道 saved HTML page (meta og/publishdate tags, topbar + nav, 您当前的位置 crumbs, info spans, 【责任编辑】, share, 相关阅读, 版权说明 + ICP footer, scripts)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>河南兰考：“小菜园”里种出“大民生” - 中国日报网</title>
    <meta name="keywords" content="兰考,庭院经济,乡村振兴">
    <meta name="description" content="盛夏时节，走进兰考县张庄村，家家户户房前屋后的小菜园里，豆角、辣椒、茄子长势正旺。">
    <meta property="og:title" content="河南兰考：“小菜园”里种出“大民生”">
    <meta name="publishdate" content="2024-07-09">
    <meta name="source" content="中国日报网">
    <link rel="stylesheet" href="河南兰考_files/henan.css">
    <script src="河南兰考_files/jquery.min.js"></script>
    <script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?4b2c9e";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
    </head>
    <body>
    <div class="topbar"><a href="https://www.chinadaily.com.cn/">中国日报网首页</a> | <a href="https://henan.chinadaily.com.cn/">河南频道</a> | <a href="#">English</a> | <a href="#">登录</a></div>
    <div class="nav"><ul><li><a href="#">要闻</a></li><li><a href="#">地市</a></li><li><a href="#">文旅</a></li><li><a href="#">视频</a></li></ul></div>
    <div class="crumb">您当前的位置：<a href="#">河南频道</a> &gt; <a href="#">地市</a></div>
    <div class="article">
    <h1>河南兰考：“小菜园”里种出“大民生”</h1>
    <div class="info"><span>来源：中国日报网</span> <span>作者：张家宁</span> <span>2024-07-09 10:31</span></div>
    <div id="Content">
    <p>中国日报网7月9日电 盛夏时节，走进河南省开封市兰考县东坝头镇张庄村，家家户户房前屋后的“小菜园”里，豆角、辣椒、茄子长势正旺。</p>
    <p>过去，不少农户的院子堆满杂物。去年起，村里引导群众清理闲置空地，统一规划种植蔬菜和花卉，既美化了环境，又让菜篮子更丰盈。</p>
    <p>“自己种的菜吃着放心，多的还能拿到集上卖。”村民闫春光算了一笔账，一年能省下菜钱两千多元。</p>
    <p>兰考县相关负责人介绍，目前全县已建成庭院“小菜园”1.2万个，下一步将探索“小菜园+电商”模式，带动更多群众增收。</p>
    </div>
    <div class="editor">【责任编辑：李婷】</div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
    </div>
    <div class="related"><h3>相关阅读</h3><ul><li><a href="#">郑州：老旧小区改造惠及十万居民</a></li><li><a href="#">洛阳栾川：民宿集群带火乡村游</a></li></ul></div>
    <div class="footer"><p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用。</p><p>版权所有 中国日报网 京ICP备13028878号-6</p></div>
    <script>document.write('<img src="//stat.chinadaily.com.cn/count.gif?p=henan" width="0" height="0">');</script>
    </body>
    </html>
    """,
    title="河南兰考：“小菜园”里种出“大民生”",
    source="中国日报网",
    date="2024-07-09",
    author="张家宁",
    chrome=[
        "您当前的位置",
        "【责任编辑：李婷】",
        "郑州：老旧小区改造惠及十万居民",
        "洛阳栾川：民宿集群带火乡村游",
        "中国日报网版权说明",
        "京ICP备13028878号",
    ],
    body=[
        "家家户户房前屋后的“小菜园”里",
        "统一规划种植蔬菜和花卉",
        "一年能省下菜钱两千多元",
        "探索“小菜园+电商”模式",
    ],
    regions=[
        ("河南省开封市兰考县东坝头镇", ["河南省/开封市/兰考县"]),
        ("兰考县相关负责人介绍", ["河南省/开封市/兰考县"]),
    ],
    complete=True,
)

# --- trade and party papers -----------------------------------------------------------------
art(
    "stdaily_epaper_wuyishan.txt",
    "科技日报 PDF-to-text e-paper page (CRLF, page header with date+星期+版次, hard-wrapped lines with indents, 主题+——副题, ■本报记者+通讯员, 本版责编 footer)",
    "utf-8",
    """
    科技日报 2024年9月12日 星期四                                  5
    区域                                         责任编辑 王小龙

    武夷山：科技特派员让茶园变身“智慧园”
    ——一位科技特派员的二十年

    ■本报记者 何亮 通讯员 陈思雨

        9月上旬，福建省南平市武夷山市星村镇
    的一片茶园里，几台监测设备正实时采集土
    壤温湿度数据。科技特派员吴志强打开手机，
    茶园的墒情一目了然。
        “过去看天吃饭，现在看数据管园。”茶农
    黄建华说，去年他家茶园亩产提高了一成多，
    收入增加了三万多元。
        吴志强是2004年来到星村镇的。二十年
    来，他带着团队先后推广生态茶园建设、病
    虫害绿色防控等技术，帮助茶农走出了一条
    提质增效的路子。
        据介绍，武夷山市目前有各级科技特派员
    三百余名，实现了全市行政村全覆盖。

    本版责编 王小龙  电话：010-58884051  E-mail：quyu@stdaily.com
    """,
    title="武夷山：科技特派员让茶园变身“智慧园”",
    source="科技日报",
    date="2024-09-12",
    chrome=["本版责编 王小龙", "E-mail：quyu@stdaily.com"],
    body=[
        "几台监测设备正实时采集土壤温湿度数据",
        "现在看数据管园",
        "收入增加了三万多元",
        "帮助茶农走出了一条提质增效的路子",
        "实现了全市行政村全覆盖",
    ],
    regions=[("福建省南平市武夷山市星村镇", ["福建省/南平市/武夷山市"])],
    crlf=True,
)

art(
    "ccdi_dingxi_anding.txt",
    "中央纪委国家监委网站 text save (masthead, 首页 > crumbs, 来源+发布时间 on one line, 字号/打印 bar, 本报讯 without date, 扫一扫, 相关链接, ICP footer)",
    "utf-8",
    """
    中央纪委国家监委网站
    首页 > 审查调查 > 地方动态
    紧盯群众身边不正之风 推动基层监督提质增效
    来源：中国纪检监察报　发布时间：2024-11-05 07:30
    字号：大 中 小　打印本页

    本报讯 今年以来，甘肃省定西市安定区纪委监委聚焦农村集体“三资”管理、惠民惠农补贴发放等领域，推动基层监督向村组延伸。

    该区在12个乡镇设立片区协作组，由区纪委监委班子成员包抓，采取交叉检查、提级监督等方式，发现并督促整改问题230余个。

    “以前村里的账只有几个人清楚，现在每月都在公开栏里贴出来，谁都能看。”凤翔镇一位村民说。

    下一步，该区将持续深化“小微权力”清单制度，让监督触角延伸到群众家门口。（安定区纪委监委）

    扫一扫在手机打开当前页
    相关链接：
    中华人民共和国监察法
    版权所有：中央纪委国家监委网站　京ICP备10212424号-1
    """,
    title="紧盯群众身边不正之风 推动基层监督提质增效",
    source="中国纪检监察报",
    site="中央纪委国家监委网站",
    date="2024-11-05",
    chrome=[
        "字号：大 中 小",
        "扫一扫在手机打开当前页",
        "中华人民共和国监察法",
        "京ICP备10212424号",
    ],
    body=[
        "推动基层监督向村组延伸",
        "发现并督促整改问题230余个",
        "现在每月都在公开栏里贴出来",
        "让监督触角延伸到群众家门口",
    ],
    regions=[
        ("甘肃省定西市安定区纪委监委聚焦", ["甘肃省/定西市/安定区"]),
        ("凤翔镇一位村民说", []),
        ("（安定区纪委监委）", ["甘肃省/定西市/安定区"]),
    ],
    complete=True,
)

art(
    "banyuetan_yanchuan.html",
    "半月谈网 saved HTML page (JSON-LD NewsArticle with the site as publisher, nav, 来源：《半月谈》期号, 半月谈记者 byline, 责任编辑, 扫码关注, footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>一位驻村第一书记的“民情日记”_半月谈网</title>
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"一位驻村第一书记的“民情日记”","datePublished":"2024-05-27T09:05:12+08:00","author":{"@type":"Person","name":"李松"},"publisher":{"@type":"Organization","name":"半月谈网"}}
    </script>
    <link rel="stylesheet" href="./一位驻村第一书记_files/detail.css">
    </head>
    <body>
    <div id="header"><a href="http://www.banyuetan.org/">半月谈网</a><ul class="menu"><li>时政</li><li>基层</li><li>评论</li><li>期刊</li></ul></div>
    <div class="detail_tit"><h1>一位驻村第一书记的“民情日记”</h1>
    <div class="detail_tit_source">来源：《半月谈》2024年第10期　　2024-05-27 09:05:12</div></div>
    <div class="detail_content">
    <p>半月谈记者 李松</p>
    <p>在陕西省延安市延川县的一个小山村里，驻村第一书记刘泰安有一个习惯：每天晚上把白天走访的情况记在笔记本上。三年下来，他已经写满了七本“民情日记”。</p>
    <p>日记里记着谁家的老人需要定期送药，谁家的孩子考上了大学还缺学费，哪段村道一下雨就泥泞难行。</p>
    <p>“记下来，就是为了不忘。”刘泰安说，有的事当天就能办，有的事要找县里相关部门协调，但每一件都要有个回音。</p>
    <p>如今，这个曾经的贫困村发展起了苹果和小杂粮产业，村集体经济收入从零增加到了三十多万元。</p>
    </div>
    <div class="detail_editor">责任编辑：赵晶</div>
    <div class="qrcode">扫码关注半月谈微信公众号</div>
    <div id="footer"><p>半月谈杂志社版权所有 未经书面授权禁止使用</p><p>京ICP备05004342号</p></div>
    </body>
    </html>
    """,
    title="一位驻村第一书记的“民情日记”",
    source="半月谈",
    site="半月谈网",
    date="2024-05-27",
    author="李松",
    chrome=["责任编辑：赵晶", "扫码关注半月谈微信公众号", "半月谈杂志社版权所有"],
    body=[
        "每天晚上把白天走访的情况记在笔记本上",
        "哪段村道一下雨就泥泞难行",
        "但每一件都要有个回音",
        "村集体经济收入从零增加到了三十多万元",
    ],
    regions=[
        ("陕西省延安市延川县的一个小山村里", ["陕西省/延安市/延川县"]),
        ("刘泰安说，有的事当天就能办", []),
    ],
    complete=True,
)

art(
    "jiemian_shaodong.html",
    "界面新闻 saved HTML page (|界面新闻 title suffix, article:published_time meta, 界面新闻记者 | X and 编辑 | Y lines, slash date 2024/08/21 15:02, 打开APP, 相关文章, footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="UTF-8">
    <title>打火机之乡的县域商业新路|界面新闻</title>
    <meta property="og:site_name" content="界面新闻">
    <meta property="article:published_time" content="2024-08-21T15:02:00+08:00">
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-JM2024"></script>
    </head>
    <body>
    <header><a class="logo" href="https://www.jiemian.com/">界面新闻</a><nav><a>首页</a><a>商业</a><a>宏观</a><a>地方</a><a>快讯</a></nav><a class="app">下载APP</a></header>
    <div class="article-header">
    <h1>打火机之乡的县域商业新路</h1>
    <p class="article-info"><span>界面新闻记者 | 陈冬</span> <span>界面新闻编辑 | 刘海川</span></p>
    <p class="date">2024/08/21 15:02</p>
    </div>
    <div class="article-content">
    <p>湖南省邵阳市邵东市是全国重要的打火机生产基地，全球每年销售的打火机中，有相当一部分产自这里。</p>
    <p>2019年撤县设市前，邵东县就以小商品批发闻名，不少商户从摆地摊起步，如今把生意做到了海外。</p>
    <p>当地一家企业负责人告诉界面新闻，近两年企业把更多精力放在自主品牌和跨境电商上，海外订单占到了一半以上。</p>
    <p>邵东市商务部门的数据显示，今年上半年全市跨境电商交易额同比增长超过三成。</p>
    </div>
    <div class="app-tip">打开界面新闻APP，查看原文</div>
    <div class="related"><h3>相关文章</h3><a>县城消费复苏观察</a></div>
    <footer><p>界面新闻 ©2024 上海界面财联社科技股份有限公司 沪ICP备14040155号</p></footer>
    </body>
    </html>
    """,
    title="打火机之乡的县域商业新路",
    source="界面新闻",
    date="2024-08-21",
    author="陈冬",
    chrome=[
        "界面新闻编辑 | 刘海川",
        "打开界面新闻APP，查看原文",
        "县城消费复苏观察",
        "沪ICP备14040155号",
    ],
    body=[
        "是全国重要的打火机生产基地",
        "不少商户从摆地摊起步",
        "海外订单占到了一半以上",
        "今年上半年全市跨境电商交易额同比增长超过三成",
    ],
    regions=[
        ("湖南省邵阳市邵东市是全国", ["湖南省/邵阳市/邵东市"]),
        ("2019年撤县设市前", ["湖南省/邵阳市/邵东市"]),
        ("邵东市商务部门的数据显示", ["湖南省/邵阳市/邵东市"]),
    ],
    complete=True,
)

# --- portal reposts, WeChat, Weibo, forum ---------------------------------------------------
art(
    "yidian_anji.txt",
    "一点资讯 一点号 repost (app masthead + 首页 > 本地 crumb, account · date · 一点号 line, 关注, 原标题《》 and 来源 at the end, 原创声明, 举报, app prompt, 相关推荐)",
    "utf-8",
    """
    一点资讯
    首页 > 本地
    浙江安吉：竹林碳汇让村民“点绿成金”
    湖州在线 · 2023-11-20 · 一点号
    关注

    初冬时节，浙江省湖州市安吉县山川乡的毛竹林里，几位村民正在给竹子做标记。这些竹林已经纳入碳汇交易，每年能给村集体带来一笔稳定收入。

    安吉地处苏浙皖三省交界，竹林面积超过百万亩。2021年，当地在全国率先建立竹林碳汇收储交易平台，把分散在农户手中的竹林碳汇集中收储。

    “以前竹子不值钱，很多竹林都荒了。现在竹林有人管、碳汇能卖钱，大家的积极性一下子就上来了。”一位村干部说。

    截至目前，全县已累计收储竹林碳汇面积近百万亩，带动村民人均增收约600元。

    原标题：《安吉竹林碳汇改革三年记》
    来源：湖州日报
    本文为一点号作者原创，未经授权不得转载
    举报
    打开一点资讯，阅读更多精彩内容
    相关推荐
    德清：数字乡村让村民办事不出村
    """,
    title="浙江安吉：竹林碳汇让村民“点绿成金”",
    source="湖州日报",
    original_title="安吉竹林碳汇改革三年记",
    site="一点资讯",
    date="2023-11-20",
    chrome=[
        "本文为一点号作者原创",
        "打开一点资讯，阅读更多精彩内容",
        "德清：数字乡村让村民办事不出村",
    ],
    body=[
        "几位村民正在给竹子做标记",
        "竹林面积超过百万亩",
        "把分散在农户手中的竹林碳汇集中收储",
        "大家的积极性一下子就上来了",
        "带动村民人均增收约600元",
    ],
    regions=[
        ("浙江省湖州市安吉县山川乡", ["浙江省/湖州市/安吉县"]),
        ("安吉地处苏浙皖三省交界", ["浙江省/湖州市/安吉县", "江苏省", "安徽省"]),
        ("全县已累计收储竹林碳汇", []),
    ],
    complete=True,
)

art(
    "dayu_jinhua.txt",
    "UC 大鱼号 repost (account + full timestamp 2024-06-03 18:20:11 line, 关注, body ends with （来源：X）, 本文来源：大鱼号 disclaimer, 举报/反馈, 查看更多)",
    "utf-8",
    """
    共享法庭开进村 矛盾纠纷不出村
    金华新闻客户端
    2024-06-03 18:20:11
    关注

    在浙江省金华市浦江县，一块“共享法庭”的牌子挂进了不少村委会。村民有了纠纷，可以通过屏幕和法官“面对面”。

    上个月，虞宅乡的两户村民因宅基地边界起了争执。调解员通过“共享法庭”连线法官，法官结合法律条文讲清道理，双方当场签下调解协议。

    据统计，浦江县已建成“共享法庭”400余个，今年以来成功化解矛盾纠纷1100余件。

    （来源：金华日报）

    本文来源：大鱼号，内容仅代表作者观点，不代表UC立场
    举报/反馈
    查看更多
    """,
    title="共享法庭开进村 矛盾纠纷不出村",
    source="金华日报",
    date="2024-06-03",
    chrome=["本文来源：大鱼号", "举报/反馈", "查看更多"],
    body=[
        "可以通过屏幕和法官“面对面”",
        "两户村民因宅基地边界起了争执",
        "双方当场签下调解协议",
        "今年以来成功化解矛盾纠纷1100余件",
    ],
    regions=[
        ("在浙江省金华市浦江县", ["浙江省/金华市/浦江县"]),
        ("浦江县已建成", ["浙江省/金华市/浦江县"]),
    ],
    complete=True,
)

art(
    "wechat_feixian.md",
    "微信公众号 Markdown clip (# heading, 原创 + byline + account link, *date* *province* line, mmbiz images, 来源/编辑/审核 lines, **往期推荐** links, 预览时标签不可点, 阅读原文)",
    "utf-8",
    """
    # 费县：“小院议事厅”让村民的事商量着办

    原创 融媒记者 张文博 [费县发布](javascript:void(0);)

    *2024年04月17日 18:30* *山东*

    ![图片](https://mmbiz.qpic.cn/mmbiz_jpg/Xq2vL9tBz3/640?wx_fmt=jpeg)

    春日的午后，山东省临沂市费县探沂镇的一处农家小院里，十几位村民围坐在一起，讨论村里道路硬化的事。

    “路怎么修、钱怎么花，大家说了算。”村党支部书记说，“小院议事厅”设在村民家中，谁家方便就在谁家开，大家说话也更放得开。

    ![图片](https://mmbiz.qpic.cn/mmbiz_jpg/Xq2vL9tBz3/641?wx_fmt=jpeg)

    据了解，费县已在全县推广“小院议事厅”600余个，去年共协商解决群众关心的问题2300多件。

    来源：费县融媒体中心

    编辑：李娜　审核：王强

    **往期推荐**

    [费县：春耕备耕正当时](https://mp.weixin.qq.com/s?__biz=MzA3NjE2&mid=2650)

    预览时标签不可点

    微信扫一扫
    关注该公众号

    [阅读原文](https://mp.weixin.qq.com/s?__biz=MzA3NjE2&mid=2651)
    """,
    title="费县：“小院议事厅”让村民的事商量着办",
    source="费县融媒体中心",
    date="2024-04-17",
    author="张文博",
    chrome=["编辑：李娜", "费县：春耕备耕正当时", "预览时标签不可点", "关注该公众号"],
    body=["讨论村里道路硬化的事", "谁家方便就在谁家开", "去年共协商解决群众关心的问题2300多件"],
    regions=[
        ("山东省临沂市费县探沂镇", ["山东省/临沂市/费县"]),
        ("费县已在全县推广", ["山东省/临沂市/费县"]),
    ],
    complete=True,
)

art(
    "wechat_copy_taijiang.txt",
    "微信公众号 copied text (原创 + author + account + date + 发表于 province on one line, 来源/编辑/审核 lines, 往期推荐, 分享 收藏 点赞 在看 bar)",
    "utf-8",
    """
    “村BA”火出圈 小山村迎来八方客
    原创 杨秀英 黔东南微发布 2024-09-02 17:45 发表于贵州

    周末的夜晚，贵州省黔东南苗族侗族自治州台江县台盘村的篮球场上灯火通明，看台上座无虚席。

    来自各乡镇的村队轮番上场，场边的芦笙队、啦啦队比球员还要卖力。不少游客专程从广州赴黔观赛，一家人一住就是好几天。

    村支书说，球赛带火了村里的农家乐和特色农产品，仅今年暑期，全村就接待游客十多万人次。

    来源：黔东南日报
    编辑：吴燕
    审核：杨帆

    往期推荐
    黔东南：秋收进行时

    分享 收藏 点赞 在看
    """,
    title="“村BA”火出圈 小山村迎来八方客",
    source="黔东南日报",
    date="2024-09-02",
    author="杨秀英",
    chrome=["发表于贵州", "黔东南：秋收进行时", "分享 收藏 点赞 在看"],
    body=[
        "篮球场上灯火通明",
        "场边的芦笙队、啦啦队比球员还要卖力",
        "一家人一住就是好几天",
        "全村就接待游客十多万人次",
    ],
    regions=[
        ("台江县台盘村的篮球场", ["贵州省/黔东南苗族侗族自治州/台江县"]),
        ("不少游客专程从广州赴黔观赛", ["广东省/广州市", "贵州省"]),
        ("球赛带火了村里的农家乐", []),
    ],
    complete=True,
)

art(
    "weibo_pingliang.txt",
    "微博 long post saved as text (account, two-digit-year date 24-3-8 来自 微博 weibo.com 已编辑, 【headline】 opening the post, #话题#, 收起全文d, 转发|评论|赞 counters)",
    "utf-8",
    """
    平凉发布
    24-3-8 10:15 来自 微博 weibo.com 已编辑

    【网格员老李的“民情本”】在甘肃省平凉市崆峒区东关街道，网格员李秀芳随身带着一本“民情本”，谁家老人独居、谁家水管漏水，她都一笔一笔记下来。#崆峒区# #四下基层#

    干了八年网格员，她的“民情本”已经攒了厚厚一摞。街坊们有事都爱找她：“找老李，准没错。”

    街道工作人员介绍，目前东关街道共划分网格42个，每个网格都有专人负责，群众反映的问题一般三天内就有回复。收起全文d

    转发 12 ǀ 评论 30 ǀ 赞 88
    """,
    title="网格员老李的“民情本”",
    source="平凉发布",
    date="2024-03-08",
    chrome=["转发 12", "评论 30", "收起全文d"],
    body=[
        "谁家老人独居、谁家水管漏水",
        "她的“民情本”已经攒了厚厚一摞",
        "找老李，准没错",
        "群众反映的问题一般三天内就有回复",
    ],
    regions=[("甘肃省平凉市崆峒区东关街道", ["甘肃省/平凉市/崆峒区"]), ("干了八年网格员", [])],
    complete=True,
)

art(
    "forum_lujiang_repost.txt",
    "Discuz 地方论坛 repost (CRLF, forum masthead + › crumbs, 【转】 title prefix, 楼主 | 发表于 N 天前, date only in the 转自 URL, 原文来源 line, 使用道具/举报, Powered by Discuz!, injected gambling spam)",
    "utf-8",
    """
    庐江论坛 - 庐江人自己的网上家园
    首页 › 庐江新闻 › 查看内容
    查看: 1523 | 回复: 8

    【转】白湖镇：老党员调解队化解邻里纠纷

    楼主 | 发表于 5 天前 | 只看该作者 | 倒序浏览
    转自：https://www.lujiang.gov.cn/content/detail/2024/04/09/art_102_5566.html

    在安徽省合肥市庐江县白湖镇，有一支由12名老党员组成的调解队，村里谁家有了矛盾，他们总是第一时间上门。澳门威尼斯人线上娱乐注册就送彩金

    今年3月，两户村民因为排水沟的问题闹得很僵。调解队的老队长带着队员们跑了好几趟，先听双方说，再到现场看，最后商定由两家共同出资重新修沟。

    “都是乡里乡亲的，话说开了就好了。”老队长说。

    原文来源：庐江县融媒体中心

    使用道具 举报
    回复 支持 反对
    Powered by Discuz! X3.4 © 2001-2024 Comsenz Inc.
    """,
    title="白湖镇：老党员调解队化解邻里纠纷",
    source="庐江县融媒体中心",
    date="2024-04-09",
    chrome=["查看: 1523", "只看该作者", "使用道具 举报", "Powered by Discuz!"],
    body=[
        "有一支由12名老党员组成的调解队",
        "他们总是第一时间上门",
        "最后商定由两家共同出资重新修沟",
        "话说开了就好了",
    ],
    spam=["澳门威尼斯人线上娱乐注册就送彩金"],
    regions=[("在安徽省合肥市庐江县白湖镇", ["安徽省/合肥市/庐江县"]), ("今年3月，两户村民", [])],
    complete=True,
    crlf=True,
)

# --- Hong Kong, Macau, Taiwan (traditional script) ----------------------------------------
art(
    "oncc_tuenmun.txt",
    "東方日報 on.cc text save (traditional, nav bar, masthead + 版次 line, date with (星期二) on its own line, no byline, 分享 bar, 相關新聞, © 東方報業集團 footer)",
    "utf-8",
    """
    即時新聞 | 港聞 | 兩岸國際 | 財經 | 娛樂 | 體育
    東方日報
    A12 港聞
    2024年05月14日(星期二)

    社區飯堂開到屋邨 長者齊齊開餐

    香港有逾十五萬名獨居長者，不少人三餐難以定時。屯門一間社福機構去年起在屋邨開設社區飯堂，每餐只收二十元。

    負責人表示，飯堂每日中午供應約三百份飯餐，義工會把飯送到行動不便的長者家中，順便了解他們的近況。

    八十二歲的陳婆婆說，以前自己煮飯怕麻煩，經常一碗麪就算一餐，現在每日都有伴一齊食飯。

    有區議員指出，不少長者週末會北上深圳消費，但平日的膳食支援仍然不足，希望政府增撥資源。

    分享：Facebook WhatsApp
    相關新聞
    劏房戶盼早日上樓
    © 2024 東方報業集團有限公司 版權所有
    """,
    title="社區飯堂開到屋邨 長者齊齊開餐",
    source="東方日報",
    date="2024-05-14",
    author=None,
    chrome=[
        "即時新聞 | 港聞 | 兩岸國際",
        "分享：Facebook WhatsApp",
        "劏房戶盼早日上樓",
        "東方報業集團有限公司",
    ],
    body=[
        "每餐只收二十元",
        "義工會把飯送到行動不便的長者家中",
        "現在每日都有伴一齊食飯",
        "希望政府增撥資源",
    ],
    regions=[
        ("香港有逾十五萬名獨居長者", ["香港特别行政区"]),
        ("不少長者週末會北上深圳消費", ["广东省/深圳市"]),
    ],
)

art(
    "hkej_kwaichung.html",
    "信報 saved HTML page (traditional, - 信報網站 hkej.com title suffix, description meta only, nav, 信報財經新聞 + date line, no byline, paywall box, 最新文章 list, © footer, scripts)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head>
    <meta charset="utf-8">
    <title>關愛隊走進劏房戶 地區治理添人手 - 信報網站 hkej.com</title>
    <meta name="description" content="關愛隊走進劏房戶 地區治理添人手">
    <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
    </head>
    <body>
    <div id="topNav"><a href="https://www1.hkej.com/">信報網站</a> <a>即時新聞</a> <a>信報財經新聞</a> <a>地產</a> <a>訂閱</a> <a>登入</a></div>
    <div id="article-detail-wrapper">
    <h1 id="article-title">關愛隊走進劏房戶 地區治理添人手</h1>
    <p class="info">信報財經新聞　2024年3月12日</p>
    <div id="article-content">
    <p>各區關愛隊成立至今約三個月，不少隊員已開始定期探訪區內的劏房戶和獨居長者，協助他們檢查家居安全。</p>
    <p>有關愛隊負責人表示，隊員多數是區內居民，對街坊的情況比較熟悉，遇到需要跟進的個案，會轉介社福機構處理。</p>
    <p>有學者認為，香港的地區治理需要更多基層力量參與，但當局亦要訂立清晰的工作指標，讓市民知道關愛隊做了甚麼。</p>
    </div>
    <div class="paywall">訂閱信報，閱讀全文及更多獨家分析</div>
    </div>
    <div class="latest"><h3>最新文章</h3><ul><li><a>樓市辣招撤銷後成交回升</a></li></ul></div>
    <div id="footer">© 2024 信報財經新聞有限公司 版權所有 不得轉載</div>
    <script src="https://static.hkej.com/js/article.js"></script>
    </body>
    </html>
    """,
    title="關愛隊走進劏房戶 地區治理添人手",
    source="信報財經新聞",
    author=None,
    date="2024-03-12",
    chrome=[
        "訂閱信報，閱讀全文及更多獨家分析",
        "樓市辣招撤銷後成交回升",
        "信報財經新聞有限公司 版權所有",
    ],
    body=["協助他們檢查家居安全", "會轉介社福機構處理", "讓市民知道關愛隊做了甚麼"],
    regions=[("有學者認為，香港的地區治理", ["香港特别行政区"]), ("各區關愛隊成立至今", [])],
    complete=True,
)

art(
    "macau_gov_iam.html",
    "澳門特區政府入口網站 新聞 saved HTML page (traditional, - 澳門特別行政區政府入口網站 title suffix, date + time and issuing department under the h1, breadcrumbs, 分享, footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-hant">
    <head>
    <meta charset="utf-8">
    <title>市政署推動社區長者關懷服務 - 澳門特別行政區政府入口網站</title>
    <link rel="stylesheet" href="./市政署_files/gov.css">
    </head>
    <body>
    <header><a href="https://www.gov.mo/zh-hant/">澳門特別行政區政府入口網站</a><nav><a>首頁</a><a>新聞</a><a>服務</a><a>政府部門</a></nav></header>
    <div class="breadcrumb">首頁 / 新聞 / 市政署推動社區長者關懷服務</div>
    <article>
    <h1>市政署推動社區長者關懷服務</h1>
    <div class="meta"><span class="date">2024-08-15 17:32</span> <span class="dept">市政署</span></div>
    <p>市政署今年持續推動社區長者關懷服務，在各區街市及社區設施設立諮詢點，協助長者了解各項便民服務。</p>
    <p>市政署表示，近年不少澳門長者選擇在珠海居住，署方會加強與相關團體合作，為跨境生活的長者提供資訊支援。</p>
    <p>市民如有查詢，可致電市政署熱線或親臨各區市民服務中心。</p>
    </article>
    <div class="share">分享至：Facebook 微信 電郵</div>
    <footer>© 澳門特別行政區政府 版權所有　網站使用條款　私隱政策</footer>
    </body>
    </html>
    """,
    title="市政署推動社區長者關懷服務",
    source="市政署",
    date="2024-08-15",
    chrome=["分享至：Facebook 微信 電郵", "網站使用條款"],
    body=["在各區街市及社區設施設立諮詢點", "為跨境生活的長者提供資訊支援", "可致電市政署熱線"],
    regions=[("近年不少澳門長者選擇在珠海居住", ["澳门特别行政区", "广东省/珠海市"])],
)

art(
    "shimin_macau_big5.txt",
    "市民日報 澳門 text save (Big5 + CRLF, traditional, masthead, date with 星期四 on its own line, 澳聞 section line, 【本報消息】 lead, 版權 footer)",
    "big5",
    """
    市民日報
    2024年10月3日 星期四
    澳聞

    路環居民盼增設巴士線

    【本報消息】路環市區及石排灣一帶近年新落成多個公共房屋項目，人口明顯增加，但來往澳門半島的巴士班次仍然不多，不少居民反映上下班候車時間過長。

    有居民表示，早上繁忙時間往往要等兩三班車才能上車，希望當局增設直達路線，並延長尾班車時間。

    有社團負責人表示，已將居民意見整理後提交交通事務局，期望當局盡快回應。

    市民日報版權所有 不得轉載
    """,
    title="路環居民盼增設巴士線",
    source="市民日報",
    date="2024-10-03",
    author=None,
    chrome=["市民日報版權所有"],
    body=["人口明顯增加", "往往要等兩三班車才能上車", "已將居民意見整理後提交交通事務局"],
    regions=[("但來往澳門半島的巴士班次仍然不多", ["澳门特别行政区"])],
    crlf=True,
)

art(
    "pts_yilan.html",
    "公視新聞網 saved HTML page (traditional, ｜公視新聞網 PNN title suffix, JSON-LD datePublished, 記者 / 地點 報導 byline, 分享 bar, 延伸閱讀, footer, scripts)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-Hant-TW">
    <head>
    <meta charset="utf-8">
    <title>宜蘭偏鄉長照站人力吃緊 社區志工補位｜公視新聞網 PNN</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"宜蘭偏鄉長照站人力吃緊 社區志工補位","datePublished":"2024-04-22T18:55:00+08:00","author":[{"@type":"Person","name":"林雅惠"}],"publisher":{"@type":"Organization","name":"公視新聞網"}}</script>
    <script src="https://news.pts.org.tw/js/app.js"></script>
    </head>
    <body>
    <nav class="navbar"><a href="https://news.pts.org.tw/">公視新聞網 PNN</a> <a>政治</a> <a>地方</a> <a>生活</a> <a>國際</a></nav>
    <main>
    <h1 class="article-title">宜蘭偏鄉長照站人力吃緊 社區志工補位</h1>
    <div class="article-info"><time datetime="2024-04-22 18:55">2024-04-22 18:55</time> <span class="reporter">林雅惠 / 宜蘭縣 報導</span></div>
    <div class="post-article">
    <p>宜蘭縣大同鄉、南澳鄉等偏遠地區的長照據點，近年面臨照服員招募不易的問題，部分據點每週只能開放三天。</p>
    <p>為了補上人力缺口，社區發展協會號召退休居民擔任志工，協助長輩量血壓、帶動健康操。</p>
    <p>一名志工說，自己的子女都在台北工作，來據點幫忙也像是在照顧自己的爸媽。</p>
    <p>縣府社會處表示，將爭取中央補助，提高偏鄉照服員的交通津貼。</p>
    </div>
    <div class="share">分享 Facebook LINE 複製連結</div>
    <div class="related"><h2>延伸閱讀</h2><a>花蓮部落長照站開幕</a></div>
    </main>
    <footer>財團法人公共電視文化事業基金會 版權所有</footer>
    </body>
    </html>
    """,
    title="宜蘭偏鄉長照站人力吃緊 社區志工補位",
    source="公視新聞網",
    date="2024-04-22",
    author="林雅惠",
    chrome=["分享 Facebook LINE 複製連結", "花蓮部落長照站開幕", "公共電視文化事業基金會"],
    body=[
        "部分據點每週只能開放三天",
        "協助長輩量血壓、帶動健康操",
        "也像是在照顧自己的爸媽",
        "提高偏鄉照服員的交通津貼",
    ],
    regions=[
        ("宜蘭縣大同鄉、南澳鄉", ["台湾省/宜兰县"]),
        ("自己的子女都在台北工作", ["台湾省/台北市"]),
    ],
)

art(
    "storm_taichung.txt",
    "風傳媒 text save (traditional, masthead + 首頁 > crumbs, 作者 line, date 2024-07-01 12:30 on its own line, 加入LINE prompt, 喜歡這篇文章嗎, 更多相關)",
    "utf-8",
    """
    風傳媒
    首頁 > 地方 > 中部
    霧峰老街再生 青年返鄉開社區食堂
    作者 陳婉真
    2024-07-01 12:30

    台中市霧峰區的老街曾因人口外移而沒落，近年一群返鄉青年租下閒置老屋，開起了社區食堂。

    食堂的菜單每週更換，食材多向附近小農採購，中午還會為獨居長輩保留免費餐點。

    創辦人說，當初回鄉只是想陪伴家人，沒想到老街坊們的支持讓他決定留下來。

    【加入風傳媒LINE，即時掌握最新消息】
    喜歡這篇文章嗎？
    更多相關
    彰化小鎮的閱讀角落
    """,
    title="霧峰老街再生 青年返鄉開社區食堂",
    source="風傳媒",
    date="2024-07-01",
    author="陳婉真",
    chrome=["加入風傳媒LINE", "喜歡這篇文章嗎", "彰化小鎮的閱讀角落"],
    body=[
        "近年一群返鄉青年租下閒置老屋",
        "食材多向附近小農採購",
        "沒想到老街坊們的支持讓他決定留下來",
    ],
    regions=[("台中市霧峰區的老街", ["台湾省/台中市"]), ("食堂的菜單每週更換", [])],
    complete=True,
)

art(
    "pingtung_gov_big5.htm",
    "臺灣縣政府新聞稿 saved .htm page (Big5 with <meta charset=big5>, site-only <title>, ROC date 113年5月20日, 發布單位 line, 瀏覽人次, 回上頁/列印, address footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>屏東縣政府全球資訊網-新聞稿</title>
    </head>
    <body>
    <table width="100%"><tr><td><a href="index.htm">首頁</a> | <a href="#">縣府公告</a> | <a href="#">新聞稿</a> | <a href="#">English</a></td></tr></table>
    <table width="90%" align="center">
    <tr><td><h2>屏東縣推動友善耕作 農民收益穩定成長</h2></td></tr>
    <tr><td>發布日期：113年5月20日　發布單位：農業處　瀏覽人次：862</td></tr>
    <tr><td>
    <p>屏東縣政府近年推動友善耕作，輔導農民減少化學肥料與農藥使用，目前全縣友善耕作面積已超過三千公頃。</p>
    <p>農業處表示，縣府協助農民取得有機驗證，並媒合學校午餐與通路業者採購，讓農民的收益更加穩定。</p>
    <p>在里港鄉種植蔬菜的林姓農友說，轉作友善耕作後，雖然產量略減，但售價提高，整體收入反而增加。</p>
    </td></tr>
    <tr><td><a href="javascript:history.back()">回上頁</a>　<a href="javascript:window.print()">列印</a></td></tr>
    </table>
    <div>屏東縣政府　地址：900219屏東縣屏東市自由路527號　總機：08-7320415</div>
    </body>
    </html>
    """,
    title="屏東縣推動友善耕作 農民收益穩定成長",
    source="農業處",
    date="2024-05-20",
    chrome=["瀏覽人次：862", "回上頁", "地址：900219屏東縣屏東市自由路527號"],
    body=["輔導農民減少化學肥料與農藥使用", "並媒合學校午餐與通路業者採購", "整體收入反而增加"],
    regions=[("屏東縣政府近年推動友善耕作", ["台湾省/屏东县"])],
)

art(
    "tw_moa_ardswc.txt",
    "臺灣部會新聞稿 text save (traditional, 發布日期 ROC 113-10-08, 發布單位 an agency under the ministry, 聯絡人 lines at the end, 相關附件)",
    "utf-8",
    """
    農業部全球資訊網
    首頁 > 訊息公告 > 新聞稿
    農村再生社區陪伴計畫 青年駐村協助產業轉型
    發布日期：113-10-08
    發布單位：農村發展及水土保持署

    農業部農村發展及水土保持署今（8）日表示，今年共有42個社區參與農村再生陪伴計畫，由青年駐村協助社區發展特色產業。

    農村水保署說明，駐村青年協助社區盤點在地資源，開發農產加工品及遊程，並透過網路行銷擴大銷售通路。

    南投縣一個參與計畫的社區，去年開發的梅子加工品銷售額成長近五成，也吸引了兩名青年留鄉工作。

    新聞聯絡人：王科長
    聯絡電話：049-2394300
    相關附件：新聞稿.pdf
    """,
    title="農村再生社區陪伴計畫 青年駐村協助產業轉型",
    source="農村發展及水土保持署",
    site="農業部",
    date="2024-10-08",
    chrome=["新聞聯絡人：王科長", "聯絡電話：049-2394300", "相關附件：新聞稿.pdf"],
    body=[
        "今年共有42個社區參與農村再生陪伴計畫",
        "開發農產加工品及遊程",
        "也吸引了兩名青年留鄉工作",
    ],
    regions=[("南投縣一個參與計畫的社區", ["台湾省/南投县"]), ("今年共有42個社區", [])],
    complete=True,
)

# --- city/county portals, 融媒体, ministries ------------------------------------------------
art(
    "lanxian_gov_gbk.html",
    "县政府门户 政务公开 saved HTML page (GBK with <meta http-equiv charset=gb2312>, _X人民政府 title suffix, 索引号/发布机构/成文日期/发布日期 table, 【字体】【打印】【关闭】, 主办/承办/ICP footer, scripts)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>岚县召开2024年马铃薯产业发展推进会_岚县人民政府</title>
    <script type="text/javascript" src="../../js/jquery-1.8.3.min.js"></script>
    <script type="text/javascript">function showDate(){var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");}</script>
    </head>
    <body>
    <div class="top">岚县人民政府 欢迎您！ 今天是：<script>showDate()</script> 　无障碍　长者模式</div>
    <div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进岚县</a></div>
    <div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">部门动态</a></div>
    <table class="xxgk" border="1">
    <tr><td>索引号：</td><td>11141127012345678X/2024-00321</td><td>信息分类：</td><td>乡村振兴</td></tr>
    <tr><td>发布机构：</td><td>岚县农业农村局</td><td>成文日期：</td><td>2024年06月10日</td></tr>
    <tr><td>标　　题：</td><td colspan="3">岚县召开2024年马铃薯产业发展推进会</td></tr>
    <tr><td>发布日期：</td><td>2024年06月12日</td><td>有 效 性：</td><td>有效</td></tr>
    </table>
    <h1>岚县召开2024年马铃薯产业发展推进会</h1>
    <div class="zoom">【字体：大 中 小】　【打印】　【关闭】</div>
    <div class="content">
    <p>6月10日，岚县召开2024年马铃薯产业发展推进会，总结去年工作，部署今年马铃薯种植、加工和销售等重点任务。</p>
    <p>会议指出，马铃薯是岚县农民增收的主导产业。今年全县计划种植马铃薯12万亩，建设标准化示范基地10个，新建冷藏库容量2万吨。</p>
    <p>会上，县农业农村局负责人就良种繁育、标准化种植、品牌营销等工作作了具体安排。</p>
    </div>
    <div class="foot">主办：岚县人民政府办公室　承办：岚县政务信息中心　晋ICP备05001234号　网站标识码：1411270001</div>
    </body>
    </html>
    """,
    title="岚县召开2024年马铃薯产业发展推进会",
    source="岚县农业农村局",
    date="2024-06-12",
    author=None,
    chrome=["11141127012345678X/2024-00321", "【字体：大 中 小】", "晋ICP备05001234号"],
    body=[
        "总结去年工作",
        "今年全县计划种植马铃薯12万亩",
        "新建冷藏库容量2万吨",
        "就良种繁育、标准化种植、品牌营销等工作作了具体安排",
    ],
    regions=[
        ("6月10日，岚县召开", ["山西省/吕梁市/岚县"]),
        ("马铃薯是岚县农民增收", ["山西省/吕梁市/岚县"]),
    ],
    complete=True,
)

_YUANLING_TAIL = """
    责任编辑：向丽
    一审：李华　二审：刘洋　三审：张军
    【上一篇】沅陵：春季植树造林全面铺开
    【下一篇】沅陵：“湘西走廊”文旅融合添活力
    版权所有：沅陵县融媒体中心　湘ICP备2021012345号
    """

art(
    "yuanling_rongmei_1.txt",
    "县融媒体中心 text save (CRLF, masthead + crumbs, date with 星期二 + 来源 + 作者 + 浏览量 on one line, 【字体】, 一审/二审/三审, 【上一篇】/【下一篇】, ICP)",
    "utf-8",
    """
    沅陵县融媒体中心
    首页 > 本地新闻 > 四下基层
    县委书记带着问题清单进村“蹲点”
    2024年3月5日 星期二　来源：沅陵县融媒体中心　作者：张敏　浏览量：2381
    【字体：大 中 小】

    3月4日，县委主要负责同志来到二酉苗族乡的两个村，与村干部、群众代表围坐在火塘边，一条一条过问群众反映的问题。

    “村里的饮水管道老化了，一到冬天就爆管。”村民向长沙说。县里当场明确由水利部门牵头，月底前完成改造。

    今年以来，沅陵县建立县级领导联系乡镇、部门联系村的工作机制，推动干部下沉一线解决问题。
    """
    + _YUANLING_TAIL,
    title="县委书记带着问题清单进村“蹲点”",
    source="沅陵县融媒体中心",
    date="2024-03-05",
    author="张敏",
    chrome=["浏览量：2381", "一审：李华", "沅陵：春季植树造林全面铺开", "湘ICP备2021012345号"],
    body=[
        "与村干部、群众代表围坐在火塘边",
        "一到冬天就爆管",
        "月底前完成改造",
        "推动干部下沉一线解决问题",
    ],
    regions=[("村民向长沙说", []), ("今年以来，沅陵县建立", ["湖南省/怀化市/沅陵县"])],
    complete=True,
    crlf=True,
)

art(
    "yuanling_rongmei_2.txt",
    "县融媒体中心 text save (CRLF, masthead + crumbs, date with 星期二 + 来源 + 作者 + 浏览量 on one line, 【字体】, 一审/二审/三审, 【上一篇】/【下一篇】, ICP)",
    "utf-8",
    """
    沅陵县融媒体中心
    首页 > 本地新闻 > 乡镇动态
    官庄镇：茶园里的“党员先锋岗”
    2024年3月19日 星期二　来源：沅陵县融媒体中心　作者：覃雪　浏览量：1176
    【字体：大 中 小】

    春茶开采在即，沅陵县官庄镇的茶园里，党员志愿者们正帮着茶农修剪茶树、清理沟渠。

    镇里在每个产茶村都设立了“党员先锋岗”，由党员带头示范新技术，茶农们说，有党员带着干代开发票联系电话13912345678，大家心里更有底了。

    去年，官庄镇茶叶综合产值突破5亿元，带动两千多户茶农增收。
    """
    + _YUANLING_TAIL,
    title="官庄镇：茶园里的“党员先锋岗”",
    source="沅陵县融媒体中心",
    date="2024-03-19",
    author="覃雪",
    chrome=[
        "浏览量：1176",
        "三审：张军",
        "沅陵：“湘西走廊”文旅融合添活力",
        "版权所有：沅陵县融媒体中心",
    ],
    body=["帮着茶农修剪茶树、清理沟渠", "有党员带着干，大家心里更有底了", "带动两千多户茶农增收"],
    spam=["代开发票联系电话13912345678"],
    regions=[("沅陵县官庄镇的茶园里", ["湖南省/怀化市/沅陵县"]), ("去年，官庄镇茶叶综合产值", [])],
    complete=True,
    crlf=True,
)

art(
    "bazhong_gov_gb18030.txt",
    "市政府网站 乡村振兴专栏 text save (GB18030 with a non-GBK character, crumbs, dotted date 2025.01.07 + 来源 + 字号 on one line, 【打印本页】【关闭窗口】, injected escort spam naming a city, 主办/承办)",
    "gb18030",
    """
    巴中市人民政府
    您现在的位置：首页 > 专题专栏 > 乡村振兴
    恩阳区：“稻渔共生”让一田多收
    发布时间：2025.01.07　来源：巴中市农业农村局　字号：[大 中 小]

    在四川省巴中市恩阳区的一处稻渔综合种养基地，种植大户王䶮正带着工人起捕稻田里的鱼。

    “一亩田既产稻又产鱼，收入比单种水稻翻了一番。”王䶮说，不少种植户是从达县过来学技术的。

    近年来，恩阳区推广稻渔综合种养面积3.2万亩，深圳外围上门服务带动农户户均增收4000余元。

    【打印本页】　【关闭窗口】
    主办：巴中市人民政府办公室　承办：巴中市大数据中心
    """,
    title="恩阳区：“稻渔共生”让一田多收",
    source="巴中市农业农村局",
    date="2025-01-07",
    chrome=["字号：[大 中 小]", "【打印本页】", "承办：巴中市大数据中心"],
    body=[
        "正带着工人起捕稻田里的鱼",
        "收入比单种水稻翻了一番",
        "推广稻渔综合种养面积3.2万亩，带动农户户均增收4000余元",
    ],
    spam=["深圳外围上门服务"],
    regions=[
        ("四川省巴中市恩阳区的一处", ["四川省/巴中市/恩阳区"]),
        ("不少种植户是从达县过来学技术的", ["四川省/达州市/达川区"]),
        ("近年来，恩阳区推广稻渔", ["四川省/巴中市/恩阳区"]),
    ],
    complete=True,
)

art(
    "mca_hunan.txt",
    "民政部 website text save (UTF-8 BOM, ministry masthead, 首页 > crumbs, 来源 a provincial department + 发布时间 on one line, 【大 中 小】【打印】, 扫一扫, 主办单位 footer)",
    "utf-8",
    """
    中华人民共和国民政部
    首页 > 新闻 > 地方动态
    湖南：推进社会救助“一门受理、协同办理”
    来源：湖南省民政厅　发布时间：2024-06-18 16:20
    【大 中 小】【打印】

    今年起，长株潭三市的32个街道（乡镇）开展社会救助“一门受理、协同办理”试点，困难群众只需到一个窗口，就能申请多项救助。

    试点地区整合民政、医保、住建等部门的救助事项，由社区工作人员主动排查、上门服务，防止困难群众“求助无门”。

    截至5月底，试点地区已办理各类救助申请1.6万件，平均办理时限缩短了三分之一。

    扫一扫在手机打开当前页
    主办单位：中华人民共和国民政部　网站标识码：bm14000001　京ICP备05004420号
    """,
    title="湖南：推进社会救助“一门受理、协同办理”",
    source="湖南省民政厅",
    site="民政部",
    date="2024-06-18",
    author=None,
    chrome=["【大 中 小】【打印】", "扫一扫在手机打开当前页", "网站标识码：bm14000001"],
    body=["困难群众只需到一个窗口", "防止困难群众“求助无门”", "平均办理时限缩短了三分之一"],
    regions=[
        ("长株潭三市的32个街道", ["湖南省/长沙市", "湖南省/株洲市", "湖南省/湘潭市"]),
        ("试点地区整合民政、医保", []),
    ],
    complete=True,
    bom=True,
)

# --- provincial news sites and apps ---------------------------------------------------------
art(
    "dahe_guangshan.txt",
    "大河网 text save (title line first with -大河网 suffix, > crumbs, date+time + 来源 + 作者 on one line, 大河网讯（记者 通讯员）dateline, 【编辑】, injected loan spam, copyright footer)",
    "utf-8",
    """
    信阳光山：“油茶+”铺就群众致富路-大河网
    大河网 > 新闻 > 地市
    2024-09-10 08:44:12　来源：大河网　作者：孙博

    大河网讯（记者 孙博 通讯员 陈立）9月9日，走进信阳市光山县槐店乡的油茶基地，一片片油茶林长势喜人，枝头挂满了青色的油茶果。

    光山县早在2009年就开始发展油茶产业。如今，全县油茶种植面积达到28万亩，网贷秒批不看征信形成了育苗、种植、加工、销售的完整产业链。

    “油茶林下还能养鸡、种中药材，一亩地能多收好几百元。”当地一位油茶种植户说。

    【编辑：赵明】
    版权所有 大河网 未经授权禁止转载
    """,
    title="信阳光山：“油茶+”铺就群众致富路",
    source="大河网",
    date="2024-09-10",
    author="孙博",
    chrome=["【编辑：赵明】", "版权所有 大河网"],
    body=[
        "枝头挂满了青色的油茶果",
        "全县油茶种植面积达到28万亩，形成了育苗、种植、加工、销售的完整产业链",
        "一亩地能多收好几百元",
    ],
    spam=["网贷秒批不看征信"],
    regions=[
        ("信阳市光山县槐店乡的油茶基地", ["河南省/信阳市/光山县"]),
        ("光山县早在2009年", ["河南省/信阳市/光山县"]),
        ("油茶林下还能养鸡", []),
    ],
    complete=True,
    bom=True,
    crlf=True,
)

art(
    "fjsen_shaxian_gbk.txt",
    "东南网 地方频道 text save (GBK, crumbs, 来源：东南网-X频道 + date 年月日 时:分 on one line, (责任编辑：), 相关新闻, 东南网版权 footer)",
    "gbk",
    """
    东南网 > 三明频道 > 县域经济
    沙县：一碗小吃带动十万人就业
    来源：东南网-三明频道　2024年10月12日 16:08

    东南网10月12日讯（本网记者 黄丽君）在福建省三明市沙县区，小吃产业已经成为当地群众增收致富的重要渠道。

    如今，沙县小吃门店已遍布全国，还开到了海外，从业人员超过十万人。

    当地开办的小吃培训学校，每年免费培训学员数千人次，不少学员学成后回乡开店。

    （责任编辑：林雪）
    相关新闻
    永安：笋竹产业提质增效
    东南网版权所有，未经书面授权禁止使用
    """,
    title="沙县：一碗小吃带动十万人就业",
    source="东南网",
    date="2024-10-12",
    author="黄丽君",
    chrome=["（责任编辑：林雪）", "永安：笋竹产业提质增效", "东南网版权所有"],
    body=["小吃产业已经成为当地群众增收致富的重要渠道", "还开到了海外", "不少学员学成后回乡开店"],
    regions=[
        ("在福建省三明市沙县区", ["福建省/三明市/沙县区"]),
        ("沙县小吃门店已遍布全国", []),
        ("当地开办的小吃培训学校", []),
    ],
    complete=True,
)

art(
    "anhuinews_jingde.txt",
    "中安在线 text save (crumbs, month-day time without year + 来源 on one line, 中安在线、中安新闻客户端讯 dateline without year, year only in the 本文链接 URL, 编辑, 网站声明)",
    "utf-8",
    """
    中安在线 > 市县 > 宣城
    旌德：小茶叶撑起乡村振兴大产业
    06-03 09:15　来源：中安在线

    中安在线、中安新闻客户端讯 6月3日，记者从旌德县农业农村局获悉，今年春茶季，全县茶叶产量和产值均实现增长。

    5月下旬，旌德县组织8家茶企赴沪参加农产品展销会，现场签约金额超过600万元。

    一家茶企负责人说，近年来公司与高校合作改良工艺，新品绿茶在上海市场很受欢迎。

    编辑：程晨
    本文链接：http://ah.anhuinews.com/xc/202406/t20240603_7712345.html
    网站声明：凡本网注明“来源：中安在线”的所有作品，版权均属于中安在线。
    """,
    title="旌德：小茶叶撑起乡村振兴大产业",
    source="中安在线",
    date="2024-06-03",
    author=None,
    chrome=["编辑：程晨", "本文链接：http://ah.anhuinews.com", "网站声明："],
    body=["全县茶叶产量和产值均实现增长", "现场签约金额超过600万元", "新品绿茶在上海市场很受欢迎"],
    regions=[
        ("旌德县组织8家茶企赴沪参加", ["安徽省/宣城市/旌德县", "上海市"]),
        ("新品绿茶在上海市场", ["上海市"]),
    ],
)

art(
    "hinews_wuzhishan.txt",
    "南海网 text save (masthead + crumbs, 发布时间 + 来源 on one line, 南海网、南海网客户端X月X日消息（记者）dateline, 编辑/审核 lines, 打开南海网客户端, 热点推荐)",
    "utf-8",
    """
    南海网
    首页 > 市县 > 五指山
    五指山：雨林茶香飘出大山
    发布时间：2024-12-02 17:30　来源：南海网

    南海网、南海网客户端12月2日消息（记者 符王润）冬日的海南省五指山市水满乡，茶园里云雾缭绕，茶农们正忙着采摘冬茶。

    五指山1986年设立通什市，2001年更名为五指山市，这里种茶的历史可以追溯到上世纪五十年代。

    “以前茶叶卖不上价，现在有了品牌，一斤能卖到上千元。”村民王琼海说。

    编辑：陈玉　审核：吴清
    打开南海网客户端，查看更多精彩内容
    热点推荐
    三亚：冬季旅游持续升温
    """,
    title="五指山：雨林茶香飘出大山",
    source="南海网",
    date="2024-12-02",
    author="符王润",
    chrome=["编辑：陈玉", "打开南海网客户端", "三亚：冬季旅游持续升温"],
    body=["茶园里云雾缭绕", "这里种茶的历史可以追溯到上世纪五十年代", "一斤能卖到上千元"],
    regions=[
        ("海南省五指山市水满乡", ["海南省/五指山市"]),
        ("1986年设立通什市", ["海南省/五指山市"]),
        ("村民王琼海说", []),
    ],
    complete=True,
)

art(
    "jimu_yunxi.txt",
    "极目新闻 app share page text (app masthead + 打开APP, outlet + date+time + 发布于 province on one line, 极目新闻记者 and 通讯员 on separate lines, app prompt, 举报)",
    "utf-8",
    """
    极目新闻
    打开APP
    郧西：驻村工作队的“田间课堂”
    极目新闻 2024-05-06 21:33 发布于：湖北省
    极目新闻记者 周玲
    通讯员 杨帆

    5月6日，在湖北省十堰市郧西县涧池乡的一片桑园里，驻村工作队队员正手把手教村民修剪桑枝。

    工作队把“课堂”搬到田间地头，围绕蚕桑、茶叶等特色产业，邀请农技专家现场授课，今年以来已开展培训30多场。

    村民说，过去养蚕全凭经验，现在学了技术，蚕茧的品质和产量都上来了。

    打开极目新闻APP，阅读体验更佳
    举报
    """,
    title="郧西：驻村工作队的“田间课堂”",
    source="极目新闻",
    date="2024-05-06",
    author="周玲",
    chrome=["打开极目新闻APP，阅读体验更佳", "发布于：湖北省"],
    body=[
        "驻村工作队队员正手把手教村民修剪桑枝",
        "今年以来已开展培训30多场",
        "蚕茧的品质和产量都上来了",
    ],
    regions=[
        ("湖北省十堰市郧西县涧池乡", ["湖北省/十堰市/郧西县"]),
        ("工作队把“课堂”搬到田间地头", []),
    ],
    complete=True,
)

art(
    "nbd_kunshan.html",
    "每日经济新闻 saved HTML page (｜每日经济新闻 title suffix, JSON-LD, 每经记者/每经编辑 line, date with seconds, 免责声明, 每经网 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>全国百强县之首的“县域样本”：昆山如何向产业创新要增长｜每日经济新闻</title>
    <script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"全国百强县之首的“县域样本”：昆山如何向产业创新要增长","datePublished":"2024-08-01T20:41:05+08:00","publisher":{"@type":"Organization","name":"每日经济新闻"}}</script>
    </head>
    <body>
    <div class="header"><a href="https://www.nbd.com.cn/">每经网</a> <a>首页</a> <a>宏观</a> <a>公司</a> <a>城市</a> <a>下载APP</a></div>
    <div class="g-article">
    <h1>全国百强县之首的“县域样本”：昆山如何向产业创新要增长</h1>
    <p class="g-article-top"><span>每日经济新闻</span> <span class="time">2024-08-01 20:41:05</span></p>
    <p class="g-articl-author">每经记者 张宇　每经编辑 陈旭</p>
    <div class="g-articl-text">
    <p>江苏省苏州市昆山市已连续多年位居全国百强县首位，今年上半年地区生产总值同比增长5.6%。</p>
    <p>昆山东与上海嘉定区、青浦区接壤，不少企业把研发中心放在上海，把生产基地放在昆山。</p>
    <p>在长三角一体化的背景下，县域之间的产业协作越来越紧密，跨区域的产业链分工也更加清晰。</p>
    </div>
    <p class="g-article-disclaimer">免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。</p>
    </div>
    <div class="footer">每经网版权所有 未经许可不得转载 沪ICP备10214513号</div>
    </body>
    </html>
    """,
    title="全国百强县之首的“县域样本”：昆山如何向产业创新要增长",
    source="每日经济新闻",
    date="2024-08-01",
    author="张宇",
    chrome=["每经编辑 陈旭", "免责声明：本文内容与数据仅供参考", "每经网版权所有"],
    body=["已连续多年位居全国百强县首位", "把生产基地放在昆山", "跨区域的产业链分工也更加清晰"],
    regions=[
        ("江苏省苏州市昆山市已连续多年", ["江苏省/苏州市/昆山市"]),
        (
            "昆山东与上海嘉定区、青浦区接壤",
            ["江苏省/苏州市/昆山市", "上海市/嘉定区", "上海市/青浦区"],
        ),
        ("在长三角一体化的背景下", []),
    ],
    complete=True,
)

# --- e-paper pages --------------------------------------------------------------------------
art(
    "zzrsb_epaper_yilong.txt",
    "中国组织人事报 数字报 text save (paper name + date with 星期一, 第03版：section, 上一版/下一版, 引题/主题/——副题 stacked, 本报记者 line, 【字体】, 本版其他文章, 版权)",
    "utf-8",
    """
    中国组织人事报
    2024年03月11日 星期一
    第03版：基层组织
    上一版　下一版

    组织起来 抱团发展
    山村合作社里的“共富经”
    ——四川仪陇强村富民见闻

    本报记者 孙晶
    【字体：大 中 小】

    早春时节，四川省南充市仪陇县的一个山村里，村集体领办的合作社正组织社员育苗。

    几年前，这里的土地大多由老人零散耕种，收益不高。村党支部牵头成立合作社，把土地集中起来种植柑橘和蔬菜，村民既能拿租金，又能在家门口务工。

    去年，合作社收入超过200万元，村集体经济收入达到46万元。

    本版其他文章
    党建引领物业服务提质
    中国组织人事报社版权所有
    """,
    title="山村合作社里的“共富经”",
    source="中国组织人事报",
    date="2024-03-11",
    author="孙晶",
    chrome=["第03版：基层组织", "党建引领物业服务提质", "中国组织人事报社版权所有"],
    body=[
        "村集体领办的合作社正组织社员育苗",
        "村民既能拿租金，又能在家门口务工",
        "村集体经济收入达到46万元",
    ],
    regions=[
        ("四川省南充市仪陇县的一个山村里", ["四川省/南充市/仪陇县"]),
        ("去年，合作社收入超过200万元", []),
    ],
)

art(
    "quzhou_epaper_pdf_kaihua.txt",
    "市级党报 PDF-to-text e-paper page (page header paper + date + 星期五 + section + page on one line, 引题 above the title, hard-wrapped body, 本报讯（记者 通讯员） lead, page footer with 版面编辑)",
    "utf-8",
    """
    衢州日报        2023年12月8日 星期五        县域新闻        A3

                      深化改革 激活资源
          开化：“两山银行”让沉睡资源变资产

        本报讯（记者 徐婷 通讯员 郑宇）近日，开化县华
    埠镇一处闲置多年的老粮站，经“两山银行”收储
    改造后，变成了游客络绎不绝的文创街区。
        开化地处浙皖赣三省交界，生态资源丰富，
    但不少资源长期“沉睡”。2020年起，该县设立
    “两山银行”，对山林、农房、老厂房等资源统一
    收储、整合提升后再推向市场。
        截至目前，“两山银行”已累计收储资源
    1.8万余亩，带动村集体增收3000余万元。

    版面编辑：余婧    校对：方明
    """,
    title="开化：“两山银行”让沉睡资源变资产",
    source="衢州日报",
    date="2023-12-08",
    chrome=["版面编辑：余婧"],
    body=[
        "经“两山银行”收储改造后",
        "变成了游客络绎不绝的文创街区",
        "生态资源丰富，但不少资源长期“沉睡”",
        "带动村集体增收3000余万元",
    ],
    regions=[("开化地处浙皖赣三省交界", ["浙江省/衢州市/开化县", "安徽省", "江西省"])],
)

art(
    "qianlong_tiantan.html",
    "千龙网 saved HTML page (-千龙网·中国首都网 title suffix, description/keywords metas, nav, 当前位置 crumbs, 来源/时间 spans, 责任编辑, 相关新闻, footer, scripts)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>老街坊的“议事厅”搬进了胡同-千龙网·中国首都网</title>
    <meta name="keywords" content="天坛街道,胡同,议事厅">
    <meta name="description" content="东城区天坛街道把居民议事厅搬进胡同">
    <script src="./老街坊_files/qianlong.js"></script>
    </head>
    <body>
    <div class="topnav"><a>千龙网首页</a> <a>北京</a> <a>评论</a> <a>图片</a> <a>视频</a></div>
    <div class="path">当前位置：<a>千龙网</a> &gt; <a>北京</a> &gt; <a>社区</a></div>
    <h1>老街坊的“议事厅”搬进了胡同</h1>
    <div class="info"><span>来源：千龙网</span> <span>时间：2025-03-18 10:06</span></div>
    <div class="article-content">
    <p>千龙网北京3月18日讯 在东城区天坛街道的一条胡同里，几张长条凳、一块小黑板，就是居民们的“胡同议事厅”。</p>
    <p>天坛街道原属崇文区，胡同多、老人多，停车、晾晒、绿化等“小事”常常让邻里之间起争执。</p>
    <p>“大家坐下来一商量，办法就有了。”居民张海南说，去年胡同里的停车问题就是在这里商量解决的。</p>
    </div>
    <div class="editor">责任编辑：刘薇</div>
    <div class="related"><h3>相关新闻</h3><a>西城：老旧小区加装电梯提速</a></div>
    <div class="footer">千龙网版权所有 京ICP证000118号</div>
    </body>
    </html>
    """,
    title="老街坊的“议事厅”搬进了胡同",
    source="千龙网",
    date="2025-03-18",
    author=None,
    chrome=["当前位置：", "责任编辑：刘薇", "西城：老旧小区加装电梯提速", "京ICP证000118号"],
    body=[
        "几张长条凳、一块小黑板",
        "常常让邻里之间起争执",
        "去年胡同里的停车问题就是在这里商量解决的",
    ],
    regions=[
        ("在东城区天坛街道的一条胡同里", ["北京市/东城区"]),
        ("天坛街道原属崇文区", ["北京市/东城区"]),
        ("居民张海南说", []),
    ],
    complete=True,
)

art(
    "chinadaily_henan_xinxian.html",
    "中国日报网 地方频道 saved HTML page (meta og/publishdate tags, topbar + nav, 您当前的位置 crumbs, info spans, 【责任编辑】, share, 相关阅读, 版权说明 + ICP footer, scripts)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>新县：老区群众吃上“旅游饭” - 中国日报网</title>
    <meta name="keywords" content="新县,红色旅游,民宿">
    <meta property="og:title" content="新县：老区群众吃上“旅游饭”">
    <meta name="publishdate" content="2025-04-22">
    <meta name="source" content="中国日报网">
    <link rel="stylesheet" href="新县_files/henan.css">
    <script src="新县_files/jquery.min.js"></script>
    </head>
    <body>
    <div class="topbar"><a href="https://www.chinadaily.com.cn/">中国日报网首页</a> | <a href="https://henan.chinadaily.com.cn/">河南频道</a> | <a href="#">English</a> | <a href="#">登录</a></div>
    <div class="nav"><ul><li><a href="#">要闻</a></li><li><a href="#">地市</a></li><li><a href="#">文旅</a></li><li><a href="#">视频</a></li></ul></div>
    <div class="crumb">您当前的位置：<a href="#">河南频道</a> &gt; <a href="#">文旅</a></div>
    <div class="article">
    <h1>新县：老区群众吃上“旅游饭”</h1>
    <div class="info"><span>来源：中国日报网</span> <span>作者：王思远</span> <span>2025-04-22 15:47</span></div>
    <div id="Content">
    <p>中国日报网4月22日电 春末时节，河南省信阳市新县的山间民宿几乎天天客满，来自周边省市的游客在这里赏花、品茶、听红色故事。</p>
    <p>新县是大别山革命老区的核心区域。近年来，当地把红色资源和绿色生态结合起来，引导村民发展民宿、农家乐等业态。</p>
    <p>一位民宿经营户告诉记者，去年自家民宿接待游客五千多人次，收入比外出打工时高出不少。</p>
    </div>
    <div class="editor">【责任编辑：李婷】</div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
    </div>
    <div class="related"><h3>相关阅读</h3><ul><li><a href="#">南阳：月季花开引客来</a></li></ul></div>
    <div class="footer"><p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用。</p><p>版权所有 中国日报网 京ICP备13028878号-6</p></div>
    </body>
    </html>
    """,
    title="新县：老区群众吃上“旅游饭”",
    source="中国日报网",
    date="2025-04-22",
    author="王思远",
    chrome=["您当前的位置", "【责任编辑：李婷】", "南阳：月季花开引客来", "中国日报网版权说明"],
    body=["山间民宿几乎天天客满", "把红色资源和绿色生态结合起来", "收入比外出打工时高出不少"],
    regions=[
        ("河南省信阳市新县的山间民宿", ["河南省/信阳市/新县"]),
        ("新县是大别山革命老区", ["河南省/信阳市/新县"]),
        ("一位民宿经营户告诉记者", []),
    ],
    complete=True,
)

art(
    "xinmin_fengxian.txt",
    "新民晚报 新民网 text save (新民网 masthead + crumbs, date + 来源：新民晚报 on one line, 新民晚报讯（记者）lead without date, 原标题 under the title, 责编, 扫码下载新民APP, 版权)",
    "utf-8",
    """
    新民网 > 上海 > 社区
    奉贤“宅基课堂”开到村民家门口
    原标题：宅基课堂里的乡村新风
    2025-03-18 07:20　来源：新民晚报

    新民晚报讯（记者 顾佳）在上海市奉贤区庄行镇的一户农家宅基地上，二十多位村民正围坐着听一堂防诈骗讲座。

    “宅基课堂”由村里的老党员牵头，每月开课两次，内容从垃圾分类到家庭医生签约，都是村民关心的事。

    一位参加过课堂的老人说，以前这些政策听不明白，现在有人上门讲，心里就清楚了。

    责编：沈洁
    扫码下载新民APP
    新民网版权所有，未经授权不得转载
    """,
    title="奉贤“宅基课堂”开到村民家门口",
    source="新民晚报",
    original_title="宅基课堂里的乡村新风",
    site="新民网",
    date="2025-03-18",
    author="顾佳",
    chrome=["责编：沈洁", "扫码下载新民APP", "新民网版权所有"],
    body=["二十多位村民正围坐着听一堂防诈骗讲座", "每月开课两次", "现在有人上门讲，心里就清楚了"],
    regions=[
        ("在上海市奉贤区庄行镇的一户", ["上海市/奉贤区"]),
        ("“宅基课堂”由村里的老党员牵头", []),
    ],
    complete=True,
)

art(
    "jinyun_xiqing.txt",
    "津云 app share text (app masthead, 来源：津云 + 2024年7月2日 星期二 + 时:分 line, 津云记者 byline line, 京津冀 in the body, 编辑 line, 下载津云客户端, 相关推荐)",
    "utf-8",
    """
    津云
    下载APP
    西青区：家门口的“一站式”养老服务
    来源：津云　2024年7月2日 星期二 11:26
    津云记者 孟宪华

    天津市西青区李七庄街道的一家社区养老服务中心里，老人们正在理疗室做康复训练，隔壁的助餐点飘出饭菜的香味。

    这家服务中心集日间照料、助餐、康复于一体，周边老人步行十分钟就能到达。

    随着京津冀养老服务协同发展，一些北京、河北的老人也开始到这里短期入住。

    编辑：杨柳
    下载津云客户端，看更多天津新闻
    相关推荐
    和平区：老楼加梯按下快进键
    """,
    title="西青区：家门口的“一站式”养老服务",
    source="津云",
    date="2024-07-02",
    author="孟宪华",
    chrome=["下载津云客户端", "和平区：老楼加梯按下快进键"],
    body=["老人们正在理疗室做康复训练", "周边老人步行十分钟就能到达", "也开始到这里短期入住"],
    regions=[
        ("天津市西青区李七庄街道", ["天津市/西青区"]),
        ("随着京津冀养老服务协同发展", ["北京市", "天津市", "河北省"]),
        ("这家服务中心集日间照料", []),
    ],
    complete=True,
)

art(
    "kunming_xxg_footer.txt",
    "城市门户网 text save (crumb first, date alone on a line, 记者 byline line without outlet, no 来源 line, outlet only in the 版权所有 Copyright footer, 浏览次数, 上一篇/下一篇)",
    "utf-8",
    """
    首页 > 昆明新闻 > 社区
    老旧小区“微改造” 居民生活“大变样”
    2024年8月12日
    记者 段晓梅
    浏览次数：563

    盘龙区北京路沿线的几个老旧小区，最近完成了雨污分流和外墙改造，小区里还新建了休闲步道和儿童游乐区。

    改造前，社区通过入户走访、召开居民议事会等方式，征集到居民意见建议200多条，改造方案前后修改了五稿。

    “以前一下雨，楼下就积水，现在排水通畅了，晚上出来散步也方便了。”一位在这里住了三十年的居民说。

    上一篇：五华区：社区食堂开到居民家门口
    下一篇：官渡区：夜市经济点亮街巷烟火气
    昆明信息港 版权所有 Copyright © 2024 All Rights Reserved
    """,
    title="老旧小区“微改造” 居民生活“大变样”",
    source="昆明信息港",
    date="2024-08-12",
    author="段晓梅",
    chrome=[
        "浏览次数：563",
        "五华区：社区食堂开到居民家门口",
        "官渡区：夜市经济点亮街巷烟火气",
        "All Rights Reserved",
    ],
    body=["完成了雨污分流和外墙改造", "改造方案前后修改了五稿", "晚上出来散步也方便了"],
    regions=[
        ("盘龙区北京路沿线的几个老旧小区", ["云南省/昆明市/盘龙区"]),
        ("改造前，社区通过入户走访", []),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    SET.write(out, "Held-out set 3 (issue 10): written fresh, never tuned on. Report figures only.")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
