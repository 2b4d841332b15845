"""Write tests/layouts/heldout18b/: a second writer's fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout18b.py tests/layouts/heldout18b

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. It was written beside heldout18 by
a different writer; none of its sites or outlets, and none of the mainland
counties its articles are set in, appears in dev, heldout to heldout17b or
heldout18. It leans on the places the earlier sets used least (Xianghe, Wuqiao,
Wuqiang, Anguo, Dongfang, Dianjiang, Pengshui, Gongshan, Lanping, Qinshui,
Pingshun, Arxan, Duolun, Kuandian, Ji'an, Hulin, Wudalianchi, Tai'erzhuang,
Yuzhou, Daye, Nanxiong, Renhua, Yangxi, Gulin, Hejiang, Yingjing, Huaning,
Fengqing, Bomi, Liuba, Minqin, Jingning, Shanshan, Tiemenguan, Shengsi); the
Hong Kong, Macau and Taiwan pages (Hsinchu and Chiayi cities) cannot avoid
places earlier sets named, but their outlets are new. About 70 % are mainstream
pages; the rest vary the encoding, where the metadata sits and inject a few
spam strings. Every article is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_set import LabelledSet

SET = LabelledSet()
art = SET.art

# --- provincial, city and county portals --------------------------------------------------
art(
    "xianghe_hebei_gov_furniture.html",
    "provincial government portal's 市县动态 channel reposting a city paper (<title> 标题-河北省人民政府网, 您当前所在位置 crumb with ›, 来源：廊坊日报 + 作者 + 2024-11-07 09:30 row, 【字体：大 中 小】【打印】【关闭】, 相关链接 select box, 冀ICP备 + 冀公网安备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>香河：家具城里的“以旧换新”热起来-河北省人民政府网</title>
    </head>
    <body>
    <div class="top">河北省人民政府网　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a></div>
    <ul class="nav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进河北</li></ul>
    <div class="crumb">您当前所在位置：首页 › 要闻动态 › 市县动态</div>
    <h1>香河：家具城里的“以旧换新”热起来</h1>
    <div class="info">来源：廊坊日报　作者：孟庆岩　2024-11-07 09:30　【字体：大 中 小】【打印】【关闭】</div>
    <div class="text">
    <p>入冬以来，廊坊市香河县的家具城里人气不减，周末前来选购沙发、床垫和实木餐桌的顾客从停车场一直排到了门口。</p>
    <p>今年下半年，香河县把家具纳入“以旧换新”补贴范围，消费者交回旧家具、购买符合环保标准的新家具，可按售价的一成五领取补贴。</p>
    <p>“一张两千多元的床垫，补贴下来省了三百多块。”一位带着父母来挑家具的年轻人说，旧沙发由商家上门拉走，不用自己操心。</p>
    <p>家具城管理方介绍，补贴政策实施两个月来，城内商户的销售额同比增长了两成多，不少商家把展厅改成了整屋定制的样板间。</p>
    <p>回收来的旧家具也没有一扔了之。县里引进了一家再生资源企业，把实木拆解后做成板材，海绵和布料分类处理。</p>
    <p>不少顾客是从北京、天津专程开车过来的。商户们说，下一步打算在线上开直播间，把“逛家具城”搬到手机上。</p>
    </div>
    <div class="links">相关链接：<select><option>国务院部门网站</option><option>各省区市政府网站</option></select></div>
    <div class="foot">河北省人民政府办公厅主办　冀ICP备05004713号　冀公网安备13010202000011号</div>
    </body>
    </html>
    """,
    title="香河：家具城里的“以旧换新”热起来",
    source="廊坊日报",
    site="河北省人民政府网",
    date="2024-11-07",
    author="孟庆岩",
    chrome=[
        "首页要闻动态政务公开政务服务互动交流走进河北",
        "您当前所在位置：首页 › 要闻动态 › 市县动态",
        "【字体：大 中 小】【打印】【关闭】",
        "相关链接：国务院部门网站各省区市政府网站",
        "冀ICP备05004713号　冀公网安备13010202000011号",
    ],
    body=[
        "周末前来选购沙发、床垫和实木餐桌的顾客",
        "可按售价的一成五领取补贴",
        "把实木拆解后做成板材",
        "把“逛家具城”搬到手机上",
    ],
    regions=[
        ("入冬以来，廊坊市香河县的家具城里", ["河北省/廊坊市/香河县"]),
        ("今年下半年，香河县把家具纳入", ["河北省/廊坊市/香河县"]),
        ("“一张两千多元的床垫", []),
        ("回收来的旧家具也没有一扔了之", []),
        ("不少顾客是从北京、天津专程开车过来的", ["北京市", "天津市"]),
    ],
    complete=True,
)

art(
    "dongfang_weixin_saved_page.html",
    "WeChat article saved whole by the browser (mp.weixin.qq.com markup: rich_media_title h1, 原创 tag + author + js_name account link + em#publish_time + IP 海南, body, 来源/编辑/审核 lines, 阅读原文, 微信扫一扫关注该公众号 QR block, 预览时标签不可点, 继续滑动看下一个 / 轻触阅读原文 overlay text)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1.0">
    <title>休渔期里的八所渔港：补网、修船、学新手艺</title>
    </head>
    <body id="activity-detail" class="zh_CN">
    <div class="rich_media_inner">
    <h1 class="rich_media_title" id="activity-name">休渔期里的八所渔港：补网、修船、学新手艺</h1>
    <div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_text">吉小燕</span> <a id="js_name" href="javascript:void(0);">东方发布</a> <em id="publish_time">2024-07-18 19:30</em> <em id="js_ip_wording">海南</em></div>
    <div class="rich_media_content" id="js_content">
    <p>七月的东方市八所渔港，一百多艘渔船整整齐齐泊在港湾里。伏季休渔进入中期，码头上却一点也不冷清。</p>
    <p>渔民们趁着休渔期补网、修船、检修发动机。一位老船长蹲在船头换螺旋桨，他说一年里也就这几个月能把船从头到尾收拾一遍。</p>
    <p>今年休渔期，东方市组织了三期渔民技能培训班，内容包括船舶轮机维修、海水养殖和海鲜电商，报名的渔民比往年多了一倍。</p>
    <p>在渔港旁的培训教室里，几名年轻渔民正在学习怎样给自家的鱼干、虾干拍照上架。“开海以后捕到的货，也想自己卖。”</p>
    <p>渔政部门则加强了海上巡查，每天出动执法船巡航，严查休渔期间违规出海捕捞的行为。</p>
    <p>八月中旬开海后，渔港将迎来一年中最忙的季节。码头边的冷库和加工厂也在提前检修设备，准备迎接第一批渔获。</p>
    </div>
    <p>来源：东方市融媒体中心</p>
    <p>编辑：符晓玲　审核：王海明</p>
    <div id="js_toobar3"><a href="#">阅读原文</a>　<span>阅读 2618</span></div>
    <div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
    <div class="weui-dialog">预览时标签不可点</div>
    <div class="wx_follow_context">继续滑动看下一个</div>
    <div class="wx_tap_link">轻触阅读原文</div>
    </div>
    </body>
    </html>
    """,
    title="休渔期里的八所渔港：补网、修船、学新手艺",
    source="东方市融媒体中心",
    site="东方发布",
    date="2024-07-18",
    author="吉小燕",
    chrome=[
        "阅读原文　阅读 2618",
        "微信扫一扫关注该公众号",
        "预览时标签不可点",
        "继续滑动看下一个",
        "轻触阅读原文",
    ],
    body=[
        "码头上却一点也不冷清",
        "一年里也就这几个月能把船从头到尾收拾一遍",
        "怎样给自家的鱼干、虾干拍照上架",
        "码头边的冷库和加工厂也在提前检修设备",
    ],
    regions=[
        ("七月的东方市八所渔港", ["海南省/东方市"]),
        ("渔民们趁着休渔期补网", []),
        ("今年休渔期，东方市组织了三期", ["海南省/东方市"]),
        ("渔政部门则加强了海上巡查", []),
    ],
    complete=True,
)

art(
    "dianjiang_flower_paper_peony.html",
    "national trade paper's news site (中国花卉网 logo, 资讯/市场/园艺/花卉报 channel nav, 首页 > 产区动态 crumb, <title> 标题--中国花卉网, 来源：中国花卉报　作者：…　日期：2025-04-02 row, 图片 caption, 分享到 bar, 【责任编辑】 line, 热点排行 sidebar, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <meta name="keywords" content="牡丹,丹皮,垫江">
    <title>垫江牡丹：花看完了，根还能入药--中国花卉网</title>
    </head>
    <body>
    <div class="logo">中国花卉网</div>
    <div class="nav">首页 | 资讯 | 市场 | 园艺 | 花卉报 | 展会 | 供求</div>
    <div class="crumb">首页 &gt; 资讯 &gt; 产区动态</div>
    <div class="main">
    <h1>垫江牡丹：花看完了，根还能入药</h1>
    <div class="info">来源：中国花卉报　作者：谭青禾　日期：2025-04-02</div>
    <div class="share">分享到：微信 朋友圈 微博</div>
    <div class="content">
    <p>三月底，重庆市垫江县太平镇的牡丹园进入盛花期，漫山的粉色、白色牡丹引来了成群的赏花游客。</p>
    <p>和观赏牡丹不同，垫江种的多是药用牡丹，花期过后，三到五年生的牡丹根挖出来去芯晒干，就是中药材丹皮。</p>
    <p class="pic">图为游客在牡丹园里赏花拍照。</p>
    <p>当地药材合作社的负责人算了一笔账：一亩牡丹丹皮的收入在六千元上下，花期门票和农家乐收入还能再添一笔。</p>
    <p>近年来，垫江县引导种植户改良品种，把花型好看的观赏品种和丹皮产量高的药用品种搭配种植，延长了花期。</p>
    <p>花农们说，以前牡丹只看一季，现在花瓣做茶、花籽榨油、根皮入药，一棵牡丹全身都是宝。</p>
    <p>业内人士认为，药用花卉和观光结合的模式，为丘陵地区的花卉产业提供了一条新路。</p>
    </div>
    <div class="editor">【责任编辑：周晓敏】</div>
    </div>
    <div class="side">热点排行<br>1. 春季花卉市场行情分析<br>2. 月季新品种推介会举行</div>
    <div class="foot">中国花卉报社版权所有　京ICP备09052731号</div>
    </body>
    </html>
    """,
    title="垫江牡丹：花看完了，根还能入药",
    source="中国花卉报",
    site="中国花卉网",
    date="2025-04-02",
    author="谭青禾",
    chrome=[
        "首页 | 资讯 | 市场 | 园艺 | 花卉报 | 展会 | 供求",
        "首页 > 资讯 > 产区动态",
        "分享到：微信 朋友圈 微博",
        "【责任编辑：周晓敏】",
        "1. 春季花卉市场行情分析",
        "中国花卉报社版权所有　京ICP备09052731号",
    ],
    body=[
        "漫山的粉色、白色牡丹引来了成群的赏花游客",
        "就是中药材丹皮",
        "一亩牡丹丹皮的收入在六千元上下",
        "花瓣做茶、花籽榨油、根皮入药",
    ],
    regions=[
        ("三月底，重庆市垫江县太平镇", ["重庆市/垫江县"]),
        ("和观赏牡丹不同，垫江种的多是药用牡丹", ["重庆市/垫江县"]),
        ("近年来，垫江县引导种植户改良品种", ["重庆市/垫江县"]),
        ("业内人士认为，药用花卉", []),
    ],
    complete=True,
)

art(
    "pengshui_xinchongqing_app_share.html",
    "municipal news app's share page (新重庆客户端: 打开新重庆 banner, <title> 标题 only, 新重庆-彭水 频道 tag, 来源：彭水县融媒体中心 + 2024-08-06 16:20 + 浏览量 row, 原标题：《…》 line under it, body, 责任编辑 line, 举报 link, 下载新重庆客户端 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>彭水：苗家蜡染走进城市文创店</title></head>
    <body>
    <div class="app-bar">新重庆　打开新重庆，阅读体验更佳　<a href="#">打开</a></div>
    <div class="tag">新重庆-彭水</div>
    <h1>彭水：苗家蜡染走进城市文创店</h1>
    <div class="meta">来源：彭水县融媒体中心　2024-08-06 16:20　浏览量 1.2万</div>
    <p class="orig">原标题：《一块蜡染布的“出山记”》</p>
    <div class="article">
    <p>在彭水苗族土家族自治县的一间蜡染工坊里，几位苗族绣娘正用铜刀蘸着蜂蜡，在白布上画出蝴蝶和鱼的纹样。</p>
    <p>点蜡、浸染、脱蜡，一块蜡染布要经过十几道工序，最慢的一幅要做上半个月。</p>
    <p>工坊负责人是一位返乡创业的姑娘，她把传统纹样做成了帆布包、丝巾和书签，今年开始进驻城里的文创店。</p>
    <p>“年轻人喜欢有故事的东西。”她说，每件产品都附了一张卡片，写着纹样背后的苗族传说。</p>
    <p>目前，彭水县有蜡染、刺绣工坊二十多家，带动六百多名妇女在家门口就业，不少人一边带孩子一边接单。</p>
    <p>今年夏天，工坊的产品还在重庆主城的几个商圈摆了快闪摊位，一周就卖出了三千多件。</p>
    </div>
    <div class="editor">责任编辑：冉小雨</div>
    <div class="report"><a href="#">举报</a></div>
    <div class="foot">下载新重庆客户端，看更多重庆新闻</div>
    </body>
    </html>
    """,
    title="彭水：苗家蜡染走进城市文创店",
    source="彭水县融媒体中心",
    site="新重庆",
    date="2024-08-06",
    original_title="一块蜡染布的“出山记”",
    chrome=[
        "新重庆　打开新重庆，阅读体验更佳　打开",
        "新重庆-彭水",
        "浏览量 1.2万",
        "责任编辑：冉小雨",
        "下载新重庆客户端，看更多重庆新闻",
    ],
    body=[
        "在白布上画出蝴蝶和鱼的纹样",
        "最慢的一幅要做上半个月",
        "写着纹样背后的苗族传说",
        "一周就卖出了三千多件",
    ],
    regions=[
        ("在彭水苗族土家族自治县的一间蜡染工坊里", ["重庆市/彭水苗族土家族自治县"]),
        ("点蜡、浸染、脱蜡", []),
        ("目前，彭水县有蜡染、刺绣工坊二十多家", ["重庆市/彭水苗族土家族自治县"]),
        ("今年夏天，工坊的产品还在重庆主城", ["重庆市"]),
    ],
    complete=True,
)

art(
    "gongshan_nujiang_daily_gb18030.txt",
    "prefecture paper's story copied into a GB18030 text file (怒江日报 masthead line with 数字报 link text, title, 发布：2024年10月09日 09时12分 line, 记者 … 通讯员 … byline, body, 责任编辑 + 审核 on one line, 【返回顶部】 at the foot)",
    "gb18030",
    """
    怒江日报　数字报　|　怒江新闻网

    独龙江畔草果红

    发布：2024年10月09日 09时12分

    记者 和丽梅　通讯员 李文光

    十月初，贡山独龙族怒族自治县独龙江乡的草果林进入采收季，一串串红艳艳的草果从林下的泥土里冒出头来。

    草果长在高山的阔叶林下，不用砍树、不占耕地，是独龙江群众增收的主要产业之一。全乡草果种植面积已超过六万亩。

    天刚亮，村民们就背着竹篓进山，用小刀把草果从根部割下。一个壮劳力一天能采两百多斤鲜果。

    为了让草果卖上好价钱，贡山县建起了草果烘干厂，鲜果烘成干果后便于储运，收购商直接开车进村拉货。

    独龙族村民说，过去家里一年到头只有几千元收入，现在光草果一项就能挣三四万元，家家户户盖起了新房。

    县里还在推广草果林下套种重楼等中药材，让同一片林地多一份收入。

    责任编辑：余海燕　审核：杨建华
    【返回顶部】
    """,
    title="独龙江畔草果红",
    source="怒江日报",
    date="2024-10-09",
    chrome=[
        "怒江日报　数字报　|　怒江新闻网",
        "记者 和丽梅　通讯员 李文光",
        "责任编辑：余海燕　审核：杨建华",
        "【返回顶部】",
    ],
    body=[
        "一串串红艳艳的草果从林下的泥土里冒出头来",
        "不用砍树、不占耕地",
        "一个壮劳力一天能采两百多斤鲜果",
        "让同一片林地多一份收入",
    ],
    regions=[
        ("十月初，贡山独龙族怒族自治县独龙江乡", ["云南省/怒江傈僳族自治州/贡山独龙族怒族自治县"]),
        ("草果长在高山的阔叶林下", []),
        ("为了让草果卖上好价钱，贡山县建起了", ["云南省/怒江傈僳族自治州/贡山独龙族怒族自治县"]),
        ("独龙族村民说", []),
    ],
    complete=True,
)

art(
    "qinshui_taihang_daily_bom_crlf.txt",
    "city paper's site copied into a UTF-8 text file with BOM and CRLF (太行日报 · 太行新闻网 masthead, 首页 > 县区新闻 line, title, 2024-10-28 08:57 来源：太行日报 作者：… 浏览：1260 on one line, body, 【打印】【收藏】【关闭】, 晋ICP备 footer)",
    "utf-8",
    """
    太行日报 · 太行新闻网
    首页 > 县区新闻

    沁河岸边柿子红

    2024-10-28 08:57　来源：太行日报　作者：郭晋峰　浏览：1260

    霜降过后，晋城市沁水县沁河沿岸的柿子树上挂满了橙红的果实，远远望去像一盏盏小灯笼。

    沁水县栽种柿子树的历史有几百年，村里不少老树树龄过百，一棵大树能结五六百斤柿子。

    过去柿子多半烂在树上，没人愿意摘。这几年，县里扶持村集体建起了柿饼加工坊，收购村民的鲜柿子。

    在加工坊里，工人们削皮、挂晾、捏饼，一排排柿子挂在晾架上，要经过一个多月的风干和捂霜才能出柿饼。

    一位村干部说，今年村里的柿饼订单已经排到了春节前，不少是从太原和郑州打来的电话。

    【打印】【收藏】【关闭】
    晋ICP备06002451号　太行日报社主办
    """,
    title="沁河岸边柿子红",
    source="太行日报",
    date="2024-10-28",
    author="郭晋峰",
    chrome=[
        "太行日报 · 太行新闻网",
        "首页 > 县区新闻",
        "浏览：1260",
        "【打印】【收藏】【关闭】",
        "晋ICP备06002451号　太行日报社主办",
    ],
    body=[
        "远远望去像一盏盏小灯笼",
        "一棵大树能结五六百斤柿子",
        "削皮、挂晾、捏饼",
        "今年村里的柿饼订单已经排到了春节前",
    ],
    regions=[
        ("霜降过后，晋城市沁水县沁河沿岸", ["山西省/晋城市/沁水县"]),
        ("沁水县栽种柿子树的历史有几百年", ["山西省/晋城市/沁水县"]),
        ("过去柿子多半烂在树上", []),
        ("一位村干部说，今年村里的柿饼订单", ["山西省/太原市", "河南省/郑州市"]),
    ],
    complete=True,
    crlf=True,
    bom=True,
)

art(
    "aershan_ctrip_travelogue.html",
    "travel platform's user travelogue (携程 游记 page: <title> 标题 - 携程旅行, 携程 nav with 酒店/机票/火车票, 游记 > 内蒙古 crumb, author + 发表于 2024-02-03 + 浏览 + 收藏 row, 出发时间/天数/人均/和谁 table, body with 图片 placeholders, 点赞 评论 分享 bar, 相关目的地 sidebar, © 携程 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>零下三十度的阿尔山，值得再去一次 - 携程旅行</title></head>
    <body>
    <div class="hd">携程旅行　酒店 | 机票 | 火车票 | 旅游 | 门票 | 攻略社区</div>
    <div class="crumb">攻略社区 &gt; 游记 &gt; 内蒙古 &gt; 兴安盟</div>
    <h1>零下三十度的阿尔山，值得再去一次</h1>
    <div class="author">雪地里的小北　发表于 2024-02-03　浏览 3586　收藏 112</div>
    <table class="trip"><tr><td>出发时间：2024/01</td><td>天数：4天</td><td>人均：2800元</td><td>和谁：和朋友</td></tr></table>
    <div class="ctd_content">
    <p>一月的阿尔山市，最低气温到了零下三十多度。我们从哈尔滨坐了一夜的火车，清晨下车时，站台上的积雪没过了脚踝。</p>
    <p>[图片]</p>
    <p>第一天去了不冻河。河面冒着白雾，两岸的树挂被雾气包裹，阳光一照，整条河都像在发光。</p>
    <p>第二天包车进了国家森林公园，天池和驼峰岭天池都封在雪里，只能远远看一眼，但雪原上的光影已经够拍一整天。</p>
    <p>[图片]</p>
    <p>晚上住在市区的民宿，老板娘端上来一锅炖菜和刚出锅的黏豆包，一屋子人围着炉子聊到半夜。</p>
    <p>小提示：手机在户外很快就没电，记得带充电宝并贴身放；相机电池也要多备两块。</p>
    </div>
    <div class="bar">点赞 86　评论 19　分享</div>
    <div class="side">相关目的地：阿尔山国家森林公园　柴河　满洲里</div>
    <div class="ft">© 携程旅行网 版权所有　沪ICP备08023580号</div>
    </body>
    </html>
    """,
    title="零下三十度的阿尔山，值得再去一次",
    source="携程旅行",
    date="2024-02-03",
    author="雪地里的小北",
    chrome=[
        "携程旅行　酒店 | 机票 | 火车票 | 旅游 | 门票 | 攻略社区",
        "攻略社区 > 游记 > 内蒙古 > 兴安盟",
        "浏览 3586　收藏 112",
        "点赞 86　评论 19　分享",
        "相关目的地：阿尔山国家森林公园　柴河　满洲里",
        "© 携程旅行网 版权所有　沪ICP备08023580号",
    ],
    body=[
        "站台上的积雪没过了脚踝",
        "两岸的树挂被雾气包裹",
        "老板娘端上来一锅炖菜和刚出锅的黏豆包",
        "记得带充电宝并贴身放",
    ],
    regions=[
        ("一月的阿尔山市，最低气温", ["内蒙古自治区/兴安盟/阿尔山市", "黑龙江省/哈尔滨市"]),
        ("第一天去了不冻河", []),
        ("第二天包车进了国家森林公园", []),
        ("晚上住在市区的民宿", []),
    ],
    complete=True,
)

art(
    "duolun_beifang_xinbao_gbk.txt",
    "regional city paper's story copied into a GBK text file (北方新报 masthead with www address, 新闻 > 盟市 line, title, 【时间：2024年06月17日】【来源：北方新报】 bracket line, 正北方网 style 记者 byline, body, （北方新报记者 …）at the end, 相关新闻 list)",
    "gbk",
    """
    北方新报　www.northnews.cn/bfxb
    新闻 > 盟市

    多伦：昔日沙窝子 今朝绿满坡

    【时间：2024年06月17日】【来源：北方新报】

    六月的锡林郭勒盟多伦县，沙地上的樟子松和沙柳一片葱绿，多伦湖水面波光粼粼，引来了成群的水鸟。

    二十多年前，这里风沙肆虐，县城一年里有几十天刮沙尘暴。当地人说，那时候“白天点灯、晚上堵门”是常事。

    多伦县先后实施了退耕还林、禁牧休牧和沙地治理工程，累计治理沙化土地二百多万亩，森林覆盖率从不到百分之十提高到百分之三十以上。

    治沙也治出了产业。不少牧民在沙地上种起了沙棘和文冠果，还有人开起了农家乐，接待从北京来的自驾游客。

    一位参与治沙二十年的老护林员说，他最大的心愿是看着自己种下的小树长成林子。

    （北方新报记者 包金花）

    相关新闻：
    锡林浩特草原防火进入关键期
    正蓝旗奶食品展销会开幕
    """,
    title="多伦：昔日沙窝子 今朝绿满坡",
    source="北方新报",
    date="2024-06-17",
    author="包金花",
    chrome=[
        "北方新报　www.northnews.cn/bfxb",
        "新闻 > 盟市",
        "锡林浩特草原防火进入关键期",
        "正蓝旗奶食品展销会开幕",
    ],
    body=[
        "沙地上的樟子松和沙柳一片葱绿",
        "“白天点灯、晚上堵门”是常事",
        "累计治理沙化土地二百多万亩",
        "看着自己种下的小树长成林子",
    ],
    regions=[
        ("六月的锡林郭勒盟多伦县", ["内蒙古自治区/锡林郭勒盟/多伦县"]),
        ("二十多年前，这里风沙肆虐", []),
        ("多伦县先后实施了退耕还林", ["内蒙古自治区/锡林郭勒盟/多伦县"]),
        ("治沙也治出了产业", ["北京市"]),
    ],
    complete=True,
)

art(
    "kuandian_dandong_news_chestnut.html",
    "city paper's news site (丹东新闻网 logo, <title> 标题_丹东新闻网, 本地/国内/国际/图片 nav, 您的位置：丹东新闻网 » 县区新闻 crumb, 来源：丹东日报 | 作者：… | 编辑：… | 2024-09-24 07:50 row with pipes, 【我要评论】【我要纠错】, 热门图片 sidebar, 辽ICP备 + 互联网新闻信息服务许可证 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>宽甸板栗开杆打栗 山里人家迎来“丰收季”_丹东新闻网</title></head>
    <body>
    <div class="logo">丹东新闻网</div>
    <div class="nav">首页　本地　国内　国际　图片　视频　专题</div>
    <div class="crumb">您的位置：丹东新闻网 » 县区新闻</div>
    <h1>宽甸板栗开杆打栗 山里人家迎来“丰收季”</h1>
    <div class="info">来源：丹东日报 | 作者：于文博 | 编辑：刘思彤 | 2024-09-24 07:50</div>
    <div class="content">
    <p>秋分前后，丹东市宽甸满族自治县的板栗进入采收期。在一片山坡栗园里，栗农挥动长杆，带刺的栗蓬噼里啪啦落满一地。</p>
    <p>宽甸板栗颗粒大、糯性好，是当地的特色农产品，全县板栗种植面积有几十万亩，很多山里人家靠它过日子。</p>
    <p>“今年雨水匀，栗子个头比去年大一圈。”一位栗农一边用脚踩开栗蓬一边说，收购价每斤比去年高了五毛钱。</p>
    <p>宽甸县在主要产区设了收购点，还引进了板栗深加工企业，把栗子加工成甘栗仁和栗子饮品，销往韩国和日本。</p>
    <p>打完栗子，不少村民还要赶去山里采山货，榛子、五味子也陆续到了收获的时候。</p>
    </div>
    <div class="tool">【我要评论】【我要纠错】</div>
    <div class="side">热门图片<br>鸭绿江畔秋色浓</div>
    <div class="foot">丹东新闻网版权所有　辽ICP备05014217号　互联网新闻信息服务许可证：21120170005</div>
    </body>
    </html>
    """,
    title="宽甸板栗开杆打栗 山里人家迎来“丰收季”",
    source="丹东日报",
    site="丹东新闻网",
    date="2024-09-24",
    author="于文博",
    chrome=[
        "首页　本地　国内　国际　图片　视频　专题",
        "您的位置：丹东新闻网 » 县区新闻",
        "【我要评论】【我要纠错】",
        "鸭绿江畔秋色浓",
        "丹东新闻网版权所有　辽ICP备05014217号",
    ],
    body=[
        "带刺的栗蓬噼里啪啦落满一地",
        "很多山里人家靠它过日子",
        "收购价每斤比去年高了五毛钱",
        "榛子、五味子也陆续到了收获的时候",
    ],
    regions=[
        ("秋分前后，丹东市宽甸满族自治县", ["辽宁省/丹东市/宽甸满族自治县"]),
        ("宽甸板栗颗粒大、糯性好", ["辽宁省/丹东市/宽甸满族自治县"]),
        ("宽甸县在主要产区设了收购点", ["辽宁省/丹东市/宽甸满族自治县"]),
        ("打完栗子，不少村民还要赶去山里采山货", []),
    ],
    complete=True,
)

art(
    "jian_clipper_frontmatter.md",
    "WeChat article clipped to Markdown with YAML front matter (--- title / author / date: 2024-12-16T18:05:00+08:00 / url / tags ---, then > 原文链接 quote, image links, body with a ### subheading, 来源 + 编辑 lines, 点个在看 line)",
    "utf-8",
    """
    ---
    title: "集安：冰葡萄酒迎来“冬采”"
    author: 集安发布
    date: 2024-12-16T18:05:00+08:00
    url: https://mp.weixin.qq.com/s/Q7kJ2xW9aLrT5mPzE0bYcg
    tags: [剪藏, 微信]
    ---

    > 原文链接：https://mp.weixin.qq.com/s/Q7kJ2xW9aLrT5mPzE0bYcg

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/cover_640.jpg)

    十二月中旬，通化市集安市的鸭绿江边气温降到了零下十度以下，山坡上挂在藤上的葡萄冻得硬邦邦的，冰葡萄酒的采收正当时。

    冰葡萄要等气温连续几天低于零下八度才能采，采下来的冻葡萄直接压榨，榨出的汁液糖度极高，酿出的酒带着蜂蜜和杏子的香气。

    ### 夜里采摘，手冻得发麻

    为了保证果实始终处于冰冻状态，采收大多在夜里和清晨进行。工人们戴着头灯、裹着棉衣，一串一串剪下葡萄放进筐里。

    集安市地处北纬四十一度附近，冬季寒冷、夏季温和，是国内少有的适合酿造冰葡萄酒的产区，全市山葡萄和冰葡萄种植面积已有两万多亩。

    酒庄负责人说，一亩地只能酿出一两百斤冰酒，所以价格一直不低，今年的新酒还没出窖就被订走了一半。

    来源：集安市融媒体中心
    编辑：孙雪莹

    点个“在看”，让更多人看到集安的冬天
    """,
    title="集安：冰葡萄酒迎来“冬采”",
    source="集安市融媒体中心",
    site="集安发布",
    date="2024-12-16",
    chrome=[
        "> 原文链接：https://mp.weixin.qq.com/s/Q7kJ2xW9aLrT5mPzE0bYcg",
        "编辑：孙雪莹",
        "点个“在看”，让更多人看到集安的冬天",
    ],
    body=[
        "山坡上挂在藤上的葡萄冻得硬邦邦的",
        "酿出的酒带着蜂蜜和杏子的香气",
        "工人们戴着头灯、裹着棉衣",
        "今年的新酒还没出窖就被订走了一半",
    ],
    regions=[
        ("十二月中旬，通化市集安市的鸭绿江边", ["吉林省/通化市/集安市"]),
        ("冰葡萄要等气温连续几天", []),
        ("为了保证果实始终处于冰冻状态", []),
        ("集安市地处北纬四十一度附近", ["吉林省/通化市/集安市"]),
    ],
    complete=True,
)

art(
    "hulin_nongken_footer_source.html",
    "land-reclamation paper's site where the source is only in the copyright footer (<title> 标题 alone, 农垦日报 masthead image alt, 频道 nav, 当前位置 crumb, a bare 2024-09-30 line under the title, no 来源 or byline, 上一篇/下一篇, 农垦日报社 版权所有 footer with 黑ICP备)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>虎林：万亩稻田开镰 收割机“排兵布阵”</title></head>
    <body>
    <div class="mast"><img src="logo.png" alt="农垦日报"></div>
    <div class="nav">首页 | 垦区要闻 | 农场动态 | 现代农业 | 职工风采 | 数字报</div>
    <div class="crumb">当前位置：首页 &gt; 农场动态</div>
    <h2>虎林：万亩稻田开镰 收割机“排兵布阵”</h2>
    <div class="date">2024-09-30</div>
    <div class="article">
    <p>国庆前夕，鸡西市虎林市境内的几个农场进入水稻收获期，上百台收割机在稻田里一字排开，金黄的稻浪一片片倒下。</p>
    <p>今年的水稻长势好，农场技术员在地头测了几块田，亩产普遍比去年多出二三十斤。</p>
    <p>为了抢在霜冻前收完，农机合作社把收割机编成几个作业组，白天收割、夜里检修，每天能收一万多亩。</p>
    <p>收下来的稻谷直接运进烘干塔，烘干后进入仓储，再陆续加工成大米销往南方。</p>
    <p>虎林地处乌苏里江边，黑土肥沃、水源充足，这里产的大米在南方的超市里很受欢迎。</p>
    </div>
    <div class="pn">上一篇：秋收时节话农机<br>下一篇：垦区秋季防火工作部署会召开</div>
    <div class="foot">农垦日报社 版权所有　黑ICP备11003458号</div>
    </body>
    </html>
    """,
    title="虎林：万亩稻田开镰 收割机“排兵布阵”",
    source="农垦日报",
    date="2024-09-30",
    chrome=[
        "首页 | 垦区要闻 | 农场动态 | 现代农业 | 职工风采 | 数字报",
        "当前位置：首页 > 农场动态",
        "上一篇：秋收时节话农机",
        "下一篇：垦区秋季防火工作部署会召开",
        "农垦日报社 版权所有　黑ICP备11003458号",
    ],
    body=[
        "上百台收割机在稻田里一字排开",
        "亩产普遍比去年多出二三十斤",
        "白天收割、夜里检修",
        "这里产的大米在南方的超市里很受欢迎",
    ],
    regions=[
        ("国庆前夕，鸡西市虎林市境内", ["黑龙江省/鸡西市/虎林市"]),
        ("今年的水稻长势好", []),
        ("为了抢在霜冻前收完", []),
        ("虎林地处乌苏里江边", ["黑龙江省/鸡西市/虎林市"]),
    ],
    complete=True,
)

art(
    "wudalianchi_science_paper.html",
    "national science paper's site (<title> 标题—中国科学报, 首页 | 要闻 | 科研 | 高教 | 地方 nav, 作者：… 来源：中国科学报 发布时间：2024/8/21 9:03:12 line with a non-padded slash date and seconds, 选择字号：小 中 大 line, 【打印】【发E-mail给朋友】, 版权声明 paragraph at the foot, 京ICP备)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>五大连池火山岩里找到“耐旱密码”—中国科学报</title></head>
    <body>
    <div class="nav">首页 | 要闻 | 科研 | 高教 | 地方 | 评论 | 数字报</div>
    <h1>五大连池火山岩里找到“耐旱密码”</h1>
    <div class="info">作者：吕思远　来源：中国科学报　发布时间：2024/8/21 9:03:12</div>
    <div class="size">选择字号：小 中 大</div>
    <div class="content">
    <p>本报讯　研究人员在黑河市五大连池市的火山熔岩台地上，发现了几种能在几乎没有土壤的岩缝里生长的苔藓和地衣，它们的耐旱能力远超一般植物。</p>
    <p>五大连池的新期火山喷发距今约三百年，熔岩台地上至今只有薄薄一层风化物，是研究植物如何在裸岩上“安家”的天然实验室。</p>
    <p>研究团队连续三年在台地上设置观测样方，记录苔藓在干湿交替中的生理变化。结果显示，这些苔藓失水后可以长时间休眠，遇到降雨几分钟内就能恢复光合作用。</p>
    <p>论文第一作者介绍，团队已经从中找到了几个与耐旱有关的基因，下一步将研究它们能否用于改良作物的抗旱性。</p>
    <p>专家认为，火山岩地区的先锋植物对理解生态系统的早期演替具有重要意义。</p>
    </div>
    <div class="tool">【打印】【发E-mail给朋友】</div>
    <div class="copy">版权声明：凡本网注明“来源：中国科学报”的所有作品，网站转载请在正文上方注明来源和作者，且不得对内容作实质性改动。</div>
    <div class="foot">中国科学报社　京ICP备07017567号</div>
    </body>
    </html>
    """,
    title="五大连池火山岩里找到“耐旱密码”",
    source="中国科学报",
    date="2024-08-21",
    author="吕思远",
    chrome=[
        "首页 | 要闻 | 科研 | 高教 | 地方 | 评论 | 数字报",
        "选择字号：小 中 大",
        "【打印】【发E-mail给朋友】",
        "网站转载请在正文上方注明来源和作者",
        "中国科学报社　京ICP备07017567号",
    ],
    body=[
        "发现了几种能在几乎没有土壤的岩缝里生长的苔藓和地衣",
        "是研究植物如何在裸岩上“安家”的天然实验室",
        "遇到降雨几分钟内就能恢复光合作用",
        "火山岩地区的先锋植物",
    ],
    regions=[
        ("研究人员在黑河市五大连池市的火山熔岩台地上", ["黑龙江省/黑河市/五大连池市"]),
        ("五大连池的新期火山喷发距今约三百年", ["黑龙江省/黑河市/五大连池市"]),
        ("研究团队连续三年在台地上设置观测样方", []),
        ("论文第一作者介绍", []),
    ],
    complete=True,
)

art(
    "taierzhuang_iqilu_tv_dateline.html",
    "provincial TV station's news site (齐鲁网 logo, <title> 标题-齐鲁网, 视频/新闻/民生/县域 nav, 首页 > 县域 > 枣庄 crumb, 2024-11-03 10:27:45 + 来源：齐鲁网 + 编辑 row, video player placeholder with 00:00 / 02:36, 齐鲁网·闪电新闻11月3日讯 dateline lead, 打开闪电新闻客户端 box, 鲁ICP备 footer with 信息网络传播视听节目许可证)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>台儿庄古城运河夜航 游船开进“老码头”-齐鲁网</title></head>
    <body>
    <div class="logo">齐鲁网 iqilu.com</div>
    <div class="nav">首页　视频　新闻　民生　县域　文旅　问政</div>
    <div class="crumb">首页 &gt; 县域 &gt; 枣庄</div>
    <h1>台儿庄古城运河夜航 游船开进“老码头”</h1>
    <div class="info">2024-11-03 10:27:45　来源：齐鲁网　编辑：韩雪</div>
    <div class="video">视频加载中… 00:00 / 02:36</div>
    <div class="content">
    <p>齐鲁网·闪电新闻11月3日讯　入秋以后，枣庄市台儿庄区的台儿庄古城推出了运河夜航线路，游船从古城的水门出发，沿着老运河绕行一圈。</p>
    <p>夜幕降临，河道两岸的灯笼次第亮起，游船经过古码头、石板桥和临水的老商铺，船上的讲解员讲起运河漕运的往事。</p>
    <p>古城管理方介绍，夜航线路开通一个月，已接待游客三万多人次，周末的船票往往提前两天就订满了。</p>
    <p>为了丰富夜游内容，古城还在码头边安排了柳琴戏、鲁南花鼓等地方戏曲演出，游客下船就能听上一段。</p>
    <p>不少游客是从徐州、济南专程赶来的。一位带着孩子的游客说，坐在船上看灯、听戏，像走进了老电影里。</p>
    </div>
    <div class="app">打开闪电新闻客户端，看更多山东新闻</div>
    <div class="foot">山东广播电视台主办　鲁ICP备09023866号　信息网络传播视听节目许可证：1504065</div>
    </body>
    </html>
    """,
    title="台儿庄古城运河夜航 游船开进“老码头”",
    source="齐鲁网",
    date="2024-11-03",
    chrome=[
        "首页　视频　新闻　民生　县域　文旅　问政",
        "首页 > 县域 > 枣庄",
        "视频加载中… 00:00 / 02:36",
        "打开闪电新闻客户端，看更多山东新闻",
        "山东广播电视台主办　鲁ICP备09023866号",
    ],
    body=[
        "游船从古城的水门出发",
        "船上的讲解员讲起运河漕运的往事",
        "周末的船票往往提前两天就订满了",
        "像走进了老电影里",
    ],
    regions=[
        ("入秋以后，枣庄市台儿庄区的台儿庄古城", ["山东省/枣庄市/台儿庄区"]),
        ("夜幕降临，河道两岸的灯笼", []),
        ("古城管理方介绍，夜航线路开通一个月", []),
        ("为了丰富夜游内容", []),
        ("不少游客是从徐州、济南专程赶来的", ["江苏省/徐州市", "山东省/济南市"]),
    ],
    complete=True,
)

art(
    "yuzhou_culture_paper_jun_porcelain.html",
    "ministry newspaper's site (中国文化传媒网 logo, <title> 标题 - 中国文化传媒网, 非遗 > 传承 crumb, 来源：中国文化报 | 作者：… | 2025-01-14 | 责编：… row, 引言 paragraph in a bordered box, body, 分享至 bar, 版权声明 line, 京ICP证 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>窑火千年 钧瓷新生 - 中国文化传媒网</title></head>
    <body>
    <div class="logo">中国文化传媒网</div>
    <div class="nav">首页 | 要闻 | 文旅 | 非遗 | 艺术 | 图书 | 数字报</div>
    <div class="crumb">非遗 &gt; 传承</div>
    <h1>窑火千年 钧瓷新生</h1>
    <div class="info">来源：中国文化报 | 作者：聂晓舟 | 2025-01-14 | 责编：程璐</div>
    <div class="lead">【导读】“入窑一色，出窑万彩。”在河南禹州，钧瓷烧制技艺代代相传，年轻一代正给这门老手艺带来新变化。</div>
    <div class="content">
    <p>腊月的许昌市禹州市神垕镇，老街两旁的窑炉大多还在生火。一窑钧瓷要在一千三百多度的高温里烧上十几个小时，开窑那一刻，谁也说不准会出来什么颜色。</p>
    <p>钧瓷的魅力就在“窑变”。同样的釉料、同样的窑炉，烧出来的釉色却千差万别，有的像晚霞，有的像远山。</p>
    <p>一位从景德镇学成归来的年轻匠人，在家里的老作坊旁建起了工作室，把钧瓷做成茶具、香器和小摆件，在网上很受年轻人欢迎。</p>
    <p>目前，禹州市有钧瓷企业和作坊三百多家，从业人员两万多人。当地还开办了钧瓷技艺传习班，请老艺人手把手带徒弟。</p>
    <p>老艺人说，烧瓷先要学会等，等泥、等釉、等火候，心急的人做不了这一行。</p>
    </div>
    <div class="share">分享至：微信 微博 QQ</div>
    <div class="copy">版权声明：本网站所刊载信息，不代表中国文化传媒网观点。</div>
    <div class="foot">中国文化传媒集团主办　京ICP证100421号</div>
    </body>
    </html>
    """,
    title="窑火千年 钧瓷新生",
    source="中国文化报",
    site="中国文化传媒网",
    date="2025-01-14",
    author="聂晓舟",
    chrome=[
        "首页 | 要闻 | 文旅 | 非遗 | 艺术 | 图书 | 数字报",
        "分享至：微信 微博 QQ",
        "版权声明：本网站所刊载信息，不代表中国文化传媒网观点。",
        "中国文化传媒集团主办　京ICP证100421号",
    ],
    body=[
        "开窑那一刻，谁也说不准会出来什么颜色",
        "有的像晚霞，有的像远山",
        "请老艺人手把手带徒弟",
        "等泥、等釉、等火候",
    ],
    regions=[
        ("“入窑一色，出窑万彩。”在河南禹州", ["河南省/许昌市/禹州市"]),
        ("腊月的许昌市禹州市神垕镇", ["河南省/许昌市/禹州市"]),
        ("钧瓷的魅力就在“窑变”", []),
        ("一位从景德镇学成归来的年轻匠人", ["江西省/景德镇市"]),
        ("目前，禹州市有钧瓷企业和作坊", ["河南省/许昌市/禹州市"]),
        ("老艺人说，烧瓷先要学会等", []),
    ],
    complete=True,
)

art(
    "daye_dongchu_evening_gbk_spam.htm",
    "city evening paper's site saved .htm in GBK (<meta charset=gbk>, 东楚网 logo, <title> 标题_东楚网, 您当前的位置 : 东楚网 > 县市区 crumb, 稿件来源：东楚晚报　发布时间：2024-05-15 11:20 row, 字体：大 中 小, two SEO spam strings glued into body sentences, one naming the county, 分享到 bar, 鄂ICP备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>大冶：矿坑变花海 “城市伤疤”长出新绿_东楚网</title>
    </head>
    <body>
    <div class="logo">东楚网</div>
    <div class="nav">首页 | 黄石 | 县市区 | 民生 | 教育 | 房产 | 汽车</div>
    <div class="crumb">您当前的位置 : 东楚网 &gt; 县市区</div>
    <h1>大冶：矿坑变花海 “城市伤疤”长出新绿</h1>
    <div class="info">稿件来源：东楚晚报　发布时间：2024-05-15 11:20　字体：大 中 小</div>
    <div class="content">
    <p>五月的黄石市大冶市，一处废弃多年的露天采石场如今开满了格桑花和波斯菊，成了市民周末踏青的新去处。</p>
    <p>大冶因矿得名，开矿的历史有三千多年。长期开采留下了大片裸露的矿坑和采石宕口，当地人称之为“城市伤疤”大冶本地无抵押贷款当天放款。</p>
    <p>近几年，大冶市对几十处废弃矿山实施生态修复，削坡、覆土、种树，再引水造湖，把矿坑改造成湿地公园和花海。</p>
    <p>修复后的矿山公园里还保留了一段老矿道和几台旧矿车，孩子们可以在这里了解矿山的历史。</p>
    <p>一位在矿上干了二十多年的老矿工说，没想到有一天能带着孙子来这里看花真人百家乐官方网站。</p>
    <p>据了解，大冶市还将把几处修复后的矿山连成一条生态旅游线路，明年全部对外开放。</p>
    </div>
    <div class="share">分享到：微信 微博 QQ空间</div>
    <div class="foot">东楚网版权所有　鄂ICP备10023417号</div>
    </body>
    </html>
    """,
    title="大冶：矿坑变花海 “城市伤疤”长出新绿",
    source="东楚晚报",
    site="东楚网",
    date="2024-05-15",
    chrome=[
        "首页 | 黄石 | 县市区 | 民生 | 教育 | 房产 | 汽车",
        "您当前的位置 : 东楚网 > 县市区",
        "字体：大 中 小",
        "分享到：微信 微博 QQ空间",
        "东楚网版权所有　鄂ICP备10023417号",
    ],
    body=[
        "成了市民周末踏青的新去处",
        "当地人称之为“城市伤疤”。",
        "削坡、覆土、种树，再引水造湖",
        "没想到有一天能带着孙子来这里看花。",
    ],
    spam=["大冶本地无抵押贷款当天放款", "真人百家乐官方网站"],
    regions=[
        ("五月的黄石市大冶市", ["湖北省/黄石市/大冶市"]),
        ("大冶因矿得名", ["湖北省/黄石市/大冶市"]),
        ("近几年，大冶市对几十处废弃矿山", ["湖北省/黄石市/大冶市"]),
        ("修复后的矿山公园里", []),
        ("一位在矿上干了二十多年的老矿工说", []),
        ("据了解，大冶市还将把几处修复后的矿山", ["湖北省/黄石市/大冶市"]),
    ],
    complete=True,
)

art(
    "hk_govnews_country_park.html",
    "Hong Kong government news site in traditional script (香港政府新聞網 header with 繁/简/English switch, <title> 標題 | 香港政府新聞網, 主頁 > 環境 crumb, date 2024年11月8日 under the title, 相片 caption, 分享 bar, 相關新聞 list, 重要告示 / 私隱政策 footer with 2024 ©)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head><meta charset="utf-8"><title>郊野公園秋季植樹 市民齊種原生樹 | 香港政府新聞網</title></head>
    <body>
    <div class="hd">香港政府新聞網　繁 | 简 | English</div>
    <div class="nav">主頁　財經　社會　環境　健康　基建　文化</div>
    <div class="crumb">主頁 &gt; 環境</div>
    <h1>郊野公園秋季植樹 市民齊種原生樹</h1>
    <div class="date">2024年11月8日</div>
    <div class="content">
    <p>漁農自然護理署今個秋季在多個郊野公園舉辦植樹活動，邀請市民一同栽種原生樹苗，為山火和颱風後受損的林地補種新綠。</p>
    <p>今年的植樹活動選用了楓香、木荷和浙江潤楠等十多種原生品種，這些樹種適應香港的氣候，長大後也能為雀鳥和昆蟲提供食物。</p>
    <p>署方表示，過去一年共在郊野公園種植了約四十萬棵樹苗，並會派員定期除草、施肥，提高樹苗的成活率。</p>
    <p class="cap">相片：市民在郊野公園參與植樹活動。</p>
    <p>有參加活動的家長說，帶孩子親手種下一棵樹，比在課室上一堂課更難忘。</p>
    <p>署方提醒，秋冬季天氣乾燥，市民行山時切勿生火，以免引致山火。</p>
    </div>
    <div class="share">分享：Facebook　WhatsApp　電郵</div>
    <div class="rel">相關新聞<br>濕地公園冬季候鳥觀賞季開始</div>
    <div class="foot">2024 ©　重要告示　私隱政策　網頁指南</div>
    </body>
    </html>
    """,
    title="郊野公園秋季植樹 市民齊種原生樹",
    source="香港政府新聞網",
    date="2024-11-08",
    chrome=[
        "香港政府新聞網　繁 | 简 | English",
        "主頁　財經　社會　環境　健康　基建　文化",
        "分享：Facebook　WhatsApp　電郵",
        "濕地公園冬季候鳥觀賞季開始",
        "2024 ©　重要告示　私隱政策　網頁指南",
    ],
    body=[
        "為山火和颱風後受損的林地補種新綠",
        "長大後也能為雀鳥和昆蟲提供食物",
        "比在課室上一堂課更難忘",
        "市民行山時切勿生火",
    ],
    regions=[
        ("漁農自然護理署今個秋季", []),
        ("今年的植樹活動選用了楓香", ["香港特别行政区"]),
        ("署方表示，過去一年", []),
        ("有參加活動的家長說", []),
    ],
    complete=True,
)

# --- part 2 -------------------------------------------------------------------------------
art(
    "nanxiong_southern_daily_jsonld.html",
    "provincial party paper's article page with JSON-LD NewsArticle (headline, datePublished with +08:00, author Person list, publisher) and no visible date; <title> 标题 - 南方日报, 南方日报 logo with 电子版 link, 地方 > 粤北 crumb, 南方日报记者 … 通讯员 … byline, 图片 caption, 延伸阅读 list, 粤ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>南雄古银杏迎来最佳观赏期 - 南方日报</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "南雄古银杏迎来最佳观赏期",
     "datePublished": "2024-11-26T07:10:00+08:00",
     "author": [{"@type": "Person", "name": "邝晓彤"}],
     "publisher": {"@type": "Organization", "name": "南方日报"}}
    </script>
    </head>
    <body>
    <div class="logo">南方日报　<a href="#">电子版</a></div>
    <div class="nav">首页 | 时政 | 经济 | 地方 | 文化 | 评论</div>
    <div class="crumb">地方 &gt; 粤北</div>
    <h1>南雄古银杏迎来最佳观赏期</h1>
    <div class="byline">南方日报记者 邝晓彤　通讯员 雄宣</div>
    <div class="article">
    <p>十一月下旬，韶关市南雄市坪田镇的古银杏林进入最佳观赏期，满树金黄的叶子在阳光下格外耀眼，村道上停满了外地牌照的车。</p>
    <p>坪田镇一带现存百年以上的古银杏上万棵，最老的一棵树龄超过一千二百年，当地人称它“银杏王”。</p>
    <p class="cap">游客在古银杏林中拍照。（通讯员供图）</p>
    <p>每到这个季节，村民们就在自家门口摆起摊位，卖白果、黄烟和腊味，不少农家乐一天要接待几十桌客人。</p>
    <p>为了保护古树，南雄市给每棵百年古银杏建立了档案，安排专人巡护，还在游客集中的路段铺设了木栈道，避免踩踏树根。</p>
    <p>今年观赏季，当地还推出了银杏夜景灯光秀，从广州、深圳来的游客可以在村里住上一晚，第二天一早再去看晨光里的银杏。</p>
    </div>
    <div class="rel">延伸阅读：<br>粤北山区秋冬旅游线路发布<br>丹霞山红叶进入观赏期</div>
    <div class="foot">南方报业传媒集团主办　粤ICP备09174648号</div>
    </body>
    </html>
    """,
    title="南雄古银杏迎来最佳观赏期",
    source="南方日报",
    date="2024-11-26",
    author="邝晓彤",
    chrome=[
        "首页 | 时政 | 经济 | 地方 | 文化 | 评论",
        "地方 > 粤北",
        "粤北山区秋冬旅游线路发布",
        "南方报业传媒集团主办　粤ICP备09174648号",
    ],
    body=[
        "满树金黄的叶子在阳光下格外耀眼",
        "当地人称它“银杏王”",
        "卖白果、黄烟和腊味",
        "第二天一早再去看晨光里的银杏",
    ],
    regions=[
        ("十一月下旬，韶关市南雄市坪田镇", ["广东省/韶关市/南雄市"]),
        ("坪田镇一带现存百年以上的古银杏上万棵", []),
        ("每到这个季节，村民们就在自家门口摆起摊位", []),
        ("为了保护古树，南雄市给每棵", ["广东省/韶关市/南雄市"]),
        ("今年观赏季，当地还推出了银杏夜景灯光秀", ["广东省/广州市", "广东省/深圳市"]),
    ],
    complete=True,
)

art(
    "yangxi_power_paper_crlf.txt",
    "industry paper's story copied as text with CRLF (中国电力报 masthead with 2024年12月05日 星期四 and 第3版：能源 on one line, 引题 line, title, 本报讯（记者 … 通讯员 …）lead, body, 中国电力新闻网 版权所有 footer, 本版责任编辑 line)",
    "utf-8",
    """
    中国电力报　2024年12月05日 星期四　第3版：能源

    粤西海上风电集群再添新机组
    阳西海上风电场三期全容量并网

    本报讯（记者 莫海涛 通讯员 陈思颖）12月3日，位于阳江市阳西县沙扒镇外海的海上风电场三期项目最后一台机组完成调试，实现全容量并网发电。

    该项目共安装单机容量十一兆瓦的风电机组二十多台，是目前粤西海域单机容量最大的风电项目之一。全部投产后，每年可提供清洁电能约十五亿千瓦时。

    项目建设期间，施工团队克服了台风频繁、海况复杂等困难，采用大型起重船整体吊装风机，单台机组的安装时间缩短到了两天以内。

    阳西县近年来引进风电装备制造企业，在港区建起了叶片、塔筒和海缆的生产基地，形成了从制造到运维的完整产业链。

    当地渔民也从中受益。风电场与渔业养殖结合，在风机基础周边试点深海网箱养殖金鲳鱼，让一片海域产出两份效益。

    本版责任编辑：黄一鸣
    中国电力新闻网 版权所有
    """,
    title="阳西海上风电场三期全容量并网",
    source="中国电力报",
    date="2024-12-05",
    author="莫海涛",
    chrome=[
        "中国电力报　2024年12月05日 星期四　第3版：能源",
        "本版责任编辑：黄一鸣",
        "中国电力新闻网 版权所有",
    ],
    body=[
        "最后一台机组完成调试，实现全容量并网发电",
        "每年可提供清洁电能约十五亿千瓦时",
        "单台机组的安装时间缩短到了两天以内",
        "让一片海域产出两份效益",
    ],
    regions=[
        ("位于阳江市阳西县沙扒镇外海", ["广东省/阳江市/阳西县"]),
        ("该项目共安装单机容量十一兆瓦", []),
        ("项目建设期间，施工团队克服了台风频繁", []),
        ("阳西县近年来引进风电装备制造企业", ["广东省/阳江市/阳西县"]),
        ("当地渔民也从中受益", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "gulin_liquor_news_original_title.html",
    "trade paper's news site reposting a county media centre, with 原标题 as the first body line (<title> 标题_中国酒业新闻网, 华夏酒报 logo, 资讯/产区/酒企/评论 nav, 产区 crumb, 时间：2024-10-10 14:05　来源：古蔺县融媒体中心　阅读：2,841 row, 原标题：… line, body, 免责声明 paragraph, 豫ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>古蔺：赤水河畔酱酒“下沙”忙_中国酒业新闻网</title></head>
    <body>
    <div class="logo">华夏酒报 · 中国酒业新闻网</div>
    <div class="nav">首页 | 资讯 | 产区 | 酒企 | 评论 | 数字报</div>
    <div class="crumb">首页 &gt; 产区</div>
    <h1>古蔺：赤水河畔酱酒“下沙”忙</h1>
    <div class="info">时间：2024-10-10 14:05　来源：古蔺县融媒体中心　阅读：2,841</div>
    <div class="content">
    <p>原标题：重阳下沙 酒香满城</p>
    <p>重阳节前后，泸州市古蔺县赤水河沿岸的酱香酒企陆续开始“下沙”，把当年新收的糯高粱投进窖池，开启新一年的酿造周期。</p>
    <p>所谓“下沙”，是酱香酒酿造的第一道投料工序。工人们把浸泡、蒸煮过的高粱摊在晾堂上，一边翻拌一边撒上曲粉，晾堂里蒸汽腾腾。</p>
    <p>酱香酒讲究“端午制曲、重阳下沙”，一年一个生产周期，要经过九次蒸煮、八次发酵、七次取酒，再贮存几年才能出厂。</p>
    <p>古蔺县的糯高粱种植面积已超过三十万亩，酒企和农户签订收购协议，今年的收购价比去年每斤高了一毛多。</p>
    <p>县里的白酒产业园区还在建设中，建成后将集中处理酿酒产生的酒糟和废水，把酒糟加工成饲料和有机肥。</p>
    </div>
    <div class="disc">免责声明：本网转载此文目的在于传递更多信息，不代表本网观点。如有侵权，请联系删除。</div>
    <div class="foot">华夏酒报社主办　豫ICP备12011385号</div>
    </body>
    </html>
    """,
    title="古蔺：赤水河畔酱酒“下沙”忙",
    source="古蔺县融媒体中心",
    site="中国酒业新闻网",
    date="2024-10-10",
    original_title="重阳下沙 酒香满城",
    chrome=[
        "首页 | 资讯 | 产区 | 酒企 | 评论 | 数字报",
        "阅读：2,841",
        "免责声明：本网转载此文目的在于传递更多信息，不代表本网观点。",
        "华夏酒报社主办　豫ICP备12011385号",
    ],
    body=[
        "开启新一年的酿造周期",
        "一边翻拌一边撒上曲粉",
        "九次蒸煮、八次发酵、七次取酒",
        "把酒糟加工成饲料和有机肥",
    ],
    regions=[
        ("重阳节前后，泸州市古蔺县赤水河沿岸", ["四川省/泸州市/古蔺县"]),
        ("所谓“下沙”，是酱香酒酿造", []),
        ("酱香酒讲究“端午制曲、重阳下沙”", []),
        ("古蔺县的糯高粱种植面积", ["四川省/泸州市/古蔺县"]),
        ("县里的白酒产业园区还在建设中", []),
    ],
    complete=True,
)

art(
    "yingjing_culture_dept_url_note.txt",
    "provincial department's page copied as text with the address pasted above it as the only date (网址：https://…/2024/6/12/… line, 四川省文化和旅游厅 masthead, 首页 > 市州动态 line, title, 信息来源：荥经县文化广播电视和旅游局 line alone, body, 【字体：大 中 小】【打印】【关闭】, 蜀ICP备 footer)",
    "utf-8",
    """
    网址：https://wlt.sc.gov.cn/scwlt/szdt/2024/6/12/8c3f1e0a2b7d4c59a1e6f0d3b9a47c21.shtml

    四川省文化和旅游厅
    首页 > 新闻动态 > 市州动态

    荥经砂器：黑陶里的千年烟火

    信息来源：荥经县文化广播电视和旅游局

    在雅安市荥经县六合乡的古城村，几座老砂器窑依山而建，窑工们把烧得通红的砂锅从窑里夹出来，埋进锯末堆里“熏黑”。

    荥经砂器已有两千多年历史，用当地的白善泥和煤灰做坯，烧出来的砂锅黑亮、耐高温，炖出来的汤格外鲜。

    近年来，荥经县把砂器烧制技艺列入重点保护的非遗项目，支持老艺人带徒传艺，还建起了砂器文化博物馆和体验工坊。

    来体验的游客可以自己拉坯、刻花，再看着自己的作品进窑出窑。一位从重庆来的游客说，亲手做的砂锅带回家炖汤，比买的更有意思。

    目前，古城村有砂器作坊三十多家，产品除了传统砂锅，还有茶具、花器和文创摆件，年产值达到几千万元。

    【字体：大 中 小】【打印】【关闭】
    四川省文化和旅游厅主办　蜀ICP备05003862号
    """,
    title="荥经砂器：黑陶里的千年烟火",
    source="荥经县文化广播电视和旅游局",
    site="四川省文化和旅游厅",
    date="2024-06-12",
    chrome=[
        "首页 > 新闻动态 > 市州动态",
        "【字体：大 中 小】【打印】【关闭】",
        "四川省文化和旅游厅主办　蜀ICP备05003862号",
    ],
    body=[
        "埋进锯末堆里“熏黑”",
        "用当地的白善泥和煤灰做坯",
        "再看着自己的作品进窑出窑",
        "还有茶具、花器和文创摆件",
    ],
    regions=[
        ("在雅安市荥经县六合乡的古城村", ["四川省/雅安市/荥经县"]),
        ("荥经砂器已有两千多年历史", ["四川省/雅安市/荥经县"]),
        ("近年来，荥经县把砂器烧制技艺", ["四川省/雅安市/荥经县"]),
        ("来体验的游客可以自己拉坯", ["重庆市"]),
        ("目前，古城村有砂器作坊三十多家", []),
    ],
    complete=True,
)

art(
    "huaning_wechat_repost_text.txt",
    "WeChat repost copied as plain text (title, 华宁发布 + 2025-02-20 19:05 + 云南 line, 以下文章来源于春城晚报 ，作者 … line and the original account's name and 春城晚报. lines, body, 来源：春城晚报 | 作者：… line, 编辑 + 审核, 声明：转载请注明出处 line, 在看 footer)",
    "utf-8",
    """
    华宁柑橘“错峰”上市 卖出好价钱

    华宁发布　2025-02-20 19:05　云南

    以下文章来源于春城晚报 ，作者李思澄
    春城晚报.
    春城晚报官方账号，关注云南新闻

    二月的玉溪市华宁县，别处的柑橘早已下市，这里的山坡上却还挂满了金黄的果子，果农们正忙着采摘装箱。

    华宁地处南盘江河谷，冬季温暖少霜，当地果农摸索出了“留树保鲜”的技术，让柑橘在树上多挂两三个月，错开集中上市的高峰。

    “晚上市一个月，价钱能高出一倍。”一位种了二十年柑橘的果农说，今年他家二十亩果园的收入有望突破三十万元。

    华宁县柑橘种植面积已有二十多万亩，县里建起了分选中心和冷链仓库，果子按大小、糖度分级，直供北京、上海的商超。

    除了柑橘，华宁的陶器也小有名气。不少游客来摘柑橘，顺便去老窑址看烧陶，买几只陶罐带回家。

    来源：春城晚报 | 作者：李思澄
    编辑：段雨晴　审核：普建伟
    声明：转载请注明出处
    觉得不错，点个“在看”吧
    """,
    title="华宁柑橘“错峰”上市 卖出好价钱",
    source="春城晚报",
    site="华宁发布",
    date="2025-02-20",
    author="李思澄",
    chrome=[
        "春城晚报官方账号，关注云南新闻",
        "编辑：段雨晴　审核：普建伟",
        "声明：转载请注明出处",
        "觉得不错，点个“在看”吧",
    ],
    body=[
        "这里的山坡上却还挂满了金黄的果子",
        "让柑橘在树上多挂两三个月",
        "今年他家二十亩果园的收入有望突破三十万元",
        "顺便去老窑址看烧陶",
    ],
    regions=[
        ("二月的玉溪市华宁县", ["云南省/玉溪市/华宁县"]),
        ("华宁地处南盘江河谷", ["云南省/玉溪市/华宁县"]),
        ("“晚上市一个月，价钱能高出一倍。”", []),
        ("华宁县柑橘种植面积已有二十多万亩", ["云南省/玉溪市/华宁县", "北京市", "上海市"]),
        ("除了柑橘，华宁的陶器也小有名气", ["云南省/玉溪市/华宁县"]),
    ],
    complete=True,
)

art(
    "fengqing_party_building_site.html",
    "provincial party-building website (云岭先锋网 banner, <title> 标题-云岭先锋网, 首页 | 组工动态 | 基层党建 | 人才工作 | 先锋视频 nav, 基层党建 > 州市县区 crumb, 发布时间：2024-04-18　来源：凤庆县委组织部　作者：…　浏览次数：1530 row, 【关闭窗口】, 滇ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>凤庆：党建引领茶产业“链”起增收路-云岭先锋网</title></head>
    <body>
    <div class="banner">云岭先锋网</div>
    <div class="nav">首页 | 组工动态 | 基层党建 | 人才工作 | 先锋视频 | 学习园地</div>
    <div class="crumb">基层党建 &gt; 州市县区</div>
    <h1>凤庆：党建引领茶产业“链”起增收路</h1>
    <div class="info">发布时间：2024-04-18　来源：凤庆县委组织部　作者：杨蕊　浏览次数：1530</div>
    <div class="text">
    <p>四月的临沧市凤庆县，春茶采摘进入高峰，茶山上到处是背着竹篓的采茶人，初制所里杀青机、揉捻机昼夜不停。</p>
    <p>凤庆是滇红茶的发源地，全县茶园面积三十多万亩，茶叶是群众增收的头号产业。</p>
    <p>今年，县里推行“村党组织+合作社+茶企”的模式，由村党组织牵头统一管护标准、统一鲜叶收购价格，避免茶农压价竞争。</p>
    <p>在一个茶叶专业村，党员技术员组成服务队，手把手教茶农修剪茶树、绿色防控病虫害，鲜叶的等级明显提高。</p>
    <p>村党支部书记说，过去茶农各卖各的，价格忽高忽低；现在抱团卖茶，每公斤鲜叶比前年多卖了三四元。</p>
    </div>
    <div class="tool">【关闭窗口】</div>
    <div class="foot">中共云南省委组织部主办　滇ICP备08001729号</div>
    </body>
    </html>
    """,
    title="凤庆：党建引领茶产业“链”起增收路",
    source="凤庆县委组织部",
    site="云岭先锋网",
    date="2024-04-18",
    author="杨蕊",
    chrome=[
        "首页 | 组工动态 | 基层党建 | 人才工作 | 先锋视频 | 学习园地",
        "基层党建 > 州市县区",
        "浏览次数：1530",
        "【关闭窗口】",
        "中共云南省委组织部主办　滇ICP备08001729号",
    ],
    body=[
        "初制所里杀青机、揉捻机昼夜不停",
        "茶叶是群众增收的头号产业",
        "统一鲜叶收购价格",
        "每公斤鲜叶比前年多卖了三四元",
    ],
    regions=[
        ("四月的临沧市凤庆县", ["云南省/临沧市/凤庆县"]),
        ("凤庆是滇红茶的发源地", ["云南省/临沧市/凤庆县"]),
        ("今年，县里推行“村党组织", []),
        ("在一个茶叶专业村", []),
        ("村党支部书记说，过去茶农各卖各的", []),
    ],
    complete=True,
)

art(
    "bomi_tibet_business_crlf.txt",
    "regional city paper's story copied as text with CRLF (西藏商报 | 社会 masthead line, title, 2024-03-27 10:44:19　来源：西藏商报 line with seconds, 西藏商报讯（记者 …）lead, body, 【编辑：…】 at the end, 分享到 line)",
    "utf-8",
    """
    西藏商报 | 社会

    波密桃花开 游客踏青来

    2024-03-27 10:44:19　来源：西藏商报

    西藏商报讯（记者 次仁卓嘎）三月下旬，林芝市波密县的野桃花陆续开放，帕隆藏布江两岸的村庄被粉色的花海包围。

    波密的桃花多长在雪山脚下，花期比林芝其他地方稍晚，雪山、冰川和桃花同框的景色，每年都吸引大批摄影爱好者。

    为迎接赏花游客，波密县在主要观景点新修了停车场和观景台，还组织村民开办家庭旅馆，游客可以住进藏式民居，品尝酥油茶和石锅鸡。

    一位在村里开家庭旅馆的藏族阿妈说，桃花节期间家里的六间客房天天住满，一个月的收入抵得上过去大半年。

    县文旅部门提醒，赏花季正值春季防火期，游客进山不要吸烟、野炊，自驾时注意沿途落石。

    【编辑：白玛央金】
    分享到：微信　微博
    """,
    title="波密桃花开 游客踏青来",
    source="西藏商报",
    date="2024-03-27",
    author="次仁卓嘎",
    chrome=[
        "西藏商报 | 社会",
        "【编辑：白玛央金】",
        "分享到：微信　微博",
    ],
    body=[
        "帕隆藏布江两岸的村庄被粉色的花海包围",
        "雪山、冰川和桃花同框的景色",
        "品尝酥油茶和石锅鸡",
        "游客进山不要吸烟、野炊",
    ],
    regions=[
        ("三月下旬，林芝市波密县的野桃花", ["西藏自治区/林芝市/波密县"]),
        ("波密的桃花多长在雪山脚下", ["西藏自治区/林芝市/波密县"]),
        ("为迎接赏花游客，波密县在主要观景点", ["西藏自治区/林芝市/波密县"]),
        ("一位在村里开家庭旅馆的藏族阿妈说", []),
        ("县文旅部门提醒", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "liuba_sanqin_microdata_only.html",
    "city paper's mobile page whose date and author exist only as schema.org microdata (<meta itemprop=datePublished content=…>, <span itemprop=author> hidden with display:none), nothing visible but the title; <title> 标题 | 三秦都市报, 三秦网 app bar with 打开, 正文, 热门推荐 list, 陕ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>留坝：秦岭深处的“清凉经济” | 三秦都市报</title></head>
    <body>
    <div class="app-bar">三秦网　看陕西新闻上三秦网　<a href="#">打开</a></div>
    <article itemscope itemtype="https://schema.org/NewsArticle">
    <meta itemprop="datePublished" content="2024-07-30T08:15:00+08:00">
    <span itemprop="author" style="display:none">贺嘉宁</span>
    <span itemprop="publisher" style="display:none">三秦都市报</span>
    <h1 itemprop="headline">留坝：秦岭深处的“清凉经济”</h1>
    <div itemprop="articleBody">
    <p>盛夏时节，关中平原热浪滚滚，位于秦岭南麓的汉中市留坝县却凉风习习，白天最高气温不过二十七八度。</p>
    <p>留坝县森林覆盖率超过九成，紫柏山、张良庙和古栈道是这里的招牌景点。每年七八月，来避暑的游客把县城的宾馆和民宿住得满满当当。</p>
    <p>不少游客一住就是一个月。一位从西安来的退休教师说，她和老伴每年夏天都来，早上爬山、晚上在河边散步，比在城里吹空调舒服。</p>
    <p>为了留住游客，留坝县引导村民把闲置农房改造成民宿，全县精品民宿已有两百多家，还开设了秦岭山珍的集市。</p>
    <p>当地的土蜂蜜、香菇和木耳成了游客离开时必带的“伴手礼”，一些民宿主人还在网上开店，游客回家后也能继续下单。</p>
    </div>
    </article>
    <div class="hot">热门推荐<br>秦岭北麓生态环境整治成效明显<br>汉江汛期安全度汛提醒</div>
    <div class="foot">三秦都市报社　陕ICP备05003471号</div>
    </body>
    </html>
    """,
    title="留坝：秦岭深处的“清凉经济”",
    source="三秦都市报",
    date="2024-07-30",
    author="贺嘉宁",
    chrome=[
        "三秦网　看陕西新闻上三秦网　打开",
        "秦岭北麓生态环境整治成效明显",
        "汉江汛期安全度汛提醒",
        "三秦都市报社　陕ICP备05003471号",
    ],
    body=[
        "白天最高气温不过二十七八度",
        "紫柏山、张良庙和古栈道是这里的招牌景点",
        "早上爬山、晚上在河边散步",
        "游客回家后也能继续下单",
    ],
    regions=[
        ("盛夏时节，关中平原热浪滚滚", ["陕西省/汉中市/留坝县"]),
        ("留坝县森林覆盖率超过九成", ["陕西省/汉中市/留坝县"]),
        ("不少游客一住就是一个月", ["陕西省/西安市"]),
        ("为了留住游客，留坝县引导村民", ["陕西省/汉中市/留坝县"]),
        ("当地的土蜂蜜、香菇和木耳", []),
    ],
    complete=True,
)

art(
    "minqin_geo_magazine_feature.html",
    "monthly magazine's web edition (中国国家地理 logo, 杂志 | 图片 | 旅行 | 自然 nav, <title> 标题_中国国家地理网, 2024年第8期 · 专题 line, 文/… 图/… credits line, 发布时间 2024-08-09 row, long-form body with a 小标题, 图注 lines, 本文刊载于《中国国家地理》2024年第8期 note, 订阅杂志 box, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>民勤：夹在两大沙漠之间的绿洲_中国国家地理网</title></head>
    <body>
    <div class="logo">中国国家地理</div>
    <div class="nav">杂志 | 图片 | 旅行 | 自然 | 人文 | 订阅</div>
    <div class="issue">2024年第8期 · 专题</div>
    <h1>民勤：夹在两大沙漠之间的绿洲</h1>
    <div class="credit">文/马骁川　图/严冬</div>
    <div class="date">发布时间 2024-08-09</div>
    <div class="body">
    <p>从武威市区向东北行驶一个多小时，公路两旁的农田渐渐稀疏，沙丘越来越近。民勤县就坐落在腾格里沙漠和巴丹吉林沙漠之间，是石羊河尾闾的一片绿洲。</p>
    <p>上世纪末，石羊河下游来水锐减，地下水位一度降到几十米以下，湖泊干涸，绿洲面临被两大沙漠“合拢”的危险。</p>
    <h3>一代人的压沙</h3>
    <p>民勤人用麦草在沙丘上扎出一米见方的草方格，再在格子里栽上梭梭和花棒。一个草方格能固住一片流沙，几十年下来，风沙线上筑起了一道几百公里长的绿色屏障。</p>
    <p class="cap">图注：民勤县治沙点的草方格沙障。</p>
    <p>随着流域综合治理，石羊河下游的青土湖重新有了水面，湖边长出了芦苇，成群的候鸟又飞了回来。</p>
    <p>如今，梭梭林下嫁接的肉苁蓉成了沙区群众增收的新门路，治沙人说，这叫“沙里淘金”。</p>
    </div>
    <div class="note">本文刊载于《中国国家地理》2024年第8期</div>
    <div class="sub">订阅杂志　扫码进入杂志铺</div>
    <div class="foot">中国国家地理网　京ICP备05050930号</div>
    </body>
    </html>
    """,
    title="民勤：夹在两大沙漠之间的绿洲",
    source="中国国家地理",
    date="2024-08-09",
    author="马骁川",
    chrome=[
        "杂志 | 图片 | 旅行 | 自然 | 人文 | 订阅",
        "2024年第8期 · 专题",
        "订阅杂志　扫码进入杂志铺",
        "中国国家地理网　京ICP备05050930号",
    ],
    body=[
        "是石羊河尾闾的一片绿洲",
        "绿洲面临被两大沙漠“合拢”的危险",
        "在沙丘上扎出一米见方的草方格",
        "这叫“沙里淘金”",
    ],
    regions=[
        ("从武威市区向东北行驶一个多小时", ["甘肃省/武威市/民勤县"]),
        ("上世纪末，石羊河下游来水锐减", []),
        ("民勤人用麦草在沙丘上扎出", []),
        ("图注：民勤县治沙点的草方格沙障。", ["甘肃省/武威市/民勤县"]),
        ("随着流域综合治理", []),
        ("如今，梭梭林下嫁接的肉苁蓉", []),
    ],
    complete=True,
)

art(
    "jingning_gansu_economic_bom_spam.txt",
    "provincial economic paper's story copied as text with a UTF-8 BOM (title first, then 甘肃经济日报　2024年10月15日 — publisher and date beside each other on one line, 记者 … byline line, body with one SEO spam string glued to a sentence, 责任编辑 line, 相关阅读 list)",
    "utf-8",
    """
    静宁苹果“触网”走俏 果农订单排到年后

    甘肃经济日报　2024年10月15日

    记者 牛振华

    十月中旬，平凉市静宁县的苹果进入采摘期，漫山遍野的果园里，红富士压弯了枝头，果农们忙着摘果、分拣、装箱。

    静宁县苹果种植面积超过一百万亩，是全国有名的苹果大县。今年果园普遍挂果好，优果率比去年提高了好几个百分点。

    在县城的电商产业园里，几十个直播间同时开播，主播们拿着苹果现场切开展示果肉。一位年轻主播说，最忙的时候一晚上能卖出两万多箱静宁苹果批发一件代发招商加盟。

    为了让苹果卖得更远，静宁县建起了气调库和冷链物流中心，苹果在库里能保鲜到第二年五六月，错峰销售的价格更高。

    果农们说，过去苹果主要靠客商上门收，现在网上订单越来越多，有的果园已经把年后的订单都排满了。

    责任编辑：苟文静

    相关阅读：
    庄浪梯田迎来秋收
    平凉红牛产业发展大会召开
    """,
    title="静宁苹果“触网”走俏 果农订单排到年后",
    source="甘肃经济日报",
    date="2024-10-15",
    author="牛振华",
    chrome=[
        "责任编辑：苟文静",
        "庄浪梯田迎来秋收",
        "平凉红牛产业发展大会召开",
    ],
    body=[
        "红富士压弯了枝头",
        "优果率比去年提高了好几个百分点",
        "最忙的时候一晚上能卖出两万多箱。",
        "苹果在库里能保鲜到第二年五六月",
    ],
    spam=["静宁苹果批发一件代发招商加盟"],
    regions=[
        ("十月中旬，平凉市静宁县的苹果", ["甘肃省/平凉市/静宁县"]),
        ("静宁县苹果种植面积超过一百万亩", ["甘肃省/平凉市/静宁县"]),
        ("在县城的电商产业园里", []),
        ("为了让苹果卖得更远，静宁县建起了", ["甘肃省/平凉市/静宁县"]),
        ("果农们说，过去苹果主要靠客商上门收", []),
    ],
    complete=True,
    bom=True,
)

art(
    "shanshan_turpan_daily_dotdate.html",
    "prefecture paper's news site (吐鲁番日报 · 吐鲁番新闻网 logo, <title> 标题 -吐鲁番新闻网, 本地 | 县区 | 视频 nav, 首页 > 县区新闻 crumb, 发布时间：2024.08.02 dot date + 来源 + 记者 row, 维吾尔文 版 link line, 返回顶部, 新ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>鄯善哈密瓜抢“鲜”上市 -吐鲁番新闻网</title></head>
    <body>
    <div class="logo">吐鲁番日报 · 吐鲁番新闻网</div>
    <div class="lang">汉文版 | 维吾尔文版</div>
    <div class="nav">首页 | 本地 | 县区 | 视频 | 图片 | 专题</div>
    <div class="crumb">首页 &gt; 县区新闻</div>
    <h1>鄯善哈密瓜抢“鲜”上市</h1>
    <div class="info">发布时间：2024.08.02　来源：吐鲁番日报　记者：阿依努尔·买买提</div>
    <div class="content">
    <p>八月初，吐鲁番市鄯善县的哈密瓜进入集中采收期，瓜农们天不亮就下地摘瓜，赶在气温升高前把瓜运到收购点。</p>
    <p>鄯善县日照时间长、昼夜温差大，种出的哈密瓜含糖量高、口感脆甜，“鄯善瓜”在疆内外都很有名气。</p>
    <p>在一处哈密瓜收购点，一辆辆冷藏车排着队装货。收购商说，采摘后的瓜经过预冷处理，三四天就能摆上上海、杭州的水果柜台。</p>
    <p>今年鄯善县推广了吊蔓栽培和水肥一体化技术，亩产比去年提高了一成多，不少瓜农还通过直播把瓜直接卖给外地消费者。</p>
    <p>一位种瓜三十年的老瓜农说，过去瓜熟了愁卖，现在瓜还没熟就有人来订。</p>
    </div>
    <div class="top"><a href="#">返回顶部</a></div>
    <div class="foot">吐鲁番日报社主办　新ICP备10002917号</div>
    </body>
    </html>
    """,
    title="鄯善哈密瓜抢“鲜”上市",
    source="吐鲁番日报",
    site="吐鲁番新闻网",
    date="2024-08-02",
    author="阿依努尔·买买提",
    chrome=[
        "汉文版 | 维吾尔文版",
        "首页 | 本地 | 县区 | 视频 | 图片 | 专题",
        "首页 > 县区新闻",
        "返回顶部",
        "吐鲁番日报社主办　新ICP备10002917号",
    ],
    body=[
        "赶在气温升高前把瓜运到收购点",
        "“鄯善瓜”在疆内外都很有名气",
        "一辆辆冷藏车排着队装货",
        "现在瓜还没熟就有人来订",
    ],
    regions=[
        ("八月初，吐鲁番市鄯善县的哈密瓜", ["新疆维吾尔自治区/吐鲁番市/鄯善县"]),
        ("鄯善县日照时间长、昼夜温差大", ["新疆维吾尔自治区/吐鲁番市/鄯善县"]),
        ("在一处哈密瓜收购点", ["上海市", "浙江省/杭州市"]),
        ("今年鄯善县推广了吊蔓栽培", ["新疆维吾尔自治区/吐鲁番市/鄯善县"]),
        ("一位种瓜三十年的老瓜农说", []),
    ],
    complete=True,
)

art(
    "chiayi_city_gov_release_big5_crlf.txt",
    "Taiwanese city government news release copied into a Big5 text file with CRLF (嘉義市政府 masthead, 首頁 > 新聞稿 line, 標題, 發布單位：… 發布日期：2024-05-21 更新日期 line, 新聞稿 body, 新聞聯絡人 + 電話 lines, 回上一頁 / 友善列印 line)",
    "big5",
    """
    嘉義市政府
    首頁 > 市政新聞 > 新聞稿

    檜意森活村推出夏季夜間導覽 帶民眾認識木造老宿舍

    發布單位：文化局　發布日期：2024-05-21　更新日期：2024-05-22

    嘉義市政府文化局今年夏天在檜意森活村推出夜間導覽，每週五、六晚間由導覽員帶領民眾走進日治時期留下的木造宿舍群，認識林業歷史。

    這片宿舍群當年是阿里山林業工作人員的住所，多數以檜木建造，修復後保留了原有的屋架、雨淋板和緣側。

    導覽行程約一個半小時，民眾可以提著燈籠穿行巷弄，聽導覽員講述林業全盛時期嘉義「木材之都」的故事。

    文化局表示，夜間導覽每場限額三十人，採網路預約，暑假期間另加開親子場次。

    新聞聯絡人：文化局 林科長
    聯絡電話：05-2788225
    回上一頁　友善列印
    """,
    title="檜意森活村推出夏季夜間導覽 帶民眾認識木造老宿舍",
    source="嘉義市政府",
    date="2024-05-21",
    chrome=[
        "首頁 > 市政新聞 > 新聞稿",
        "新聞聯絡人：文化局 林科長",
        "聯絡電話：05-2788225",
        "回上一頁　友善列印",
    ],
    body=[
        "認識林業歷史",
        "保留了原有的屋架、雨淋板和緣側",
        "民眾可以提著燈籠穿行巷弄",
        "暑假期間另加開親子場次",
    ],
    regions=[
        ("嘉義市政府文化局今年夏天", ["台湾省/嘉义市"]),
        ("這片宿舍群當年是阿里山林業工作人員的住所", []),
        ("導覽行程約一個半小時", ["台湾省/嘉义市"]),
        ("文化局表示，夜間導覽每場限額三十人", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "macau_tourism_office_big5.html",
    "Macau government tourism office's news page saved in Big5 (<meta charset=big5>, 澳門特別行政區政府旅遊局 header with 中文 / Português / English switch, <title> 標題 - 澳門旅遊局, 新聞稿 crumb, 2024/12/02 date line, 新聞稿 body, 相片 caption, 分享 bar, 私隱政策 / 版權告示 footer)",
    "big5",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>光影節十二月登場 燈飾點亮歷史城區 - 澳門旅遊局</title>
    </head>
    <body>
    <div class="hd">澳門特別行政區政府旅遊局　中文 | 葡文 | English</div>
    <div class="nav">最新消息　新聞稿　活動日誌　旅遊資訊　業界專區</div>
    <div class="crumb">最新消息 &gt; 新聞稿</div>
    <h1>光影節十二月登場 燈飾點亮歷史城區</h1>
    <div class="date">2024/12/02</div>
    <div class="content">
    <p>由澳門旅遊局主辦的年度光影節將於十二月上旬開幕，一連多個星期在歷史城區及多個社區展出燈光裝置和光雕投影。</p>
    <p>今屆光影節以「城市記憶」為主題，邀請本地及海外藝術家創作，在教堂前地、舊街巷和海邊步道設置二十多組燈飾作品。</p>
    <p>旅遊局表示，活動期間將加開夜間步行導賞團，並與社區商戶合作推出消費優惠，吸引旅客晚上留在社區消費。</p>
    <p class="cap">相片：光影節燈飾裝置（資料圖片）</p>
    <p>有經營街坊小店的商戶表示，去年光影節期間晚上的生意比平日好了不少，希望今年人流更旺。</p>
    </div>
    <div class="share">分享：Facebook　微信　微博</div>
    <div class="foot">私隱政策　版權告示　澳門特別行政區政府旅遊局 版權所有</div>
    </body>
    </html>
    """,
    title="光影節十二月登場 燈飾點亮歷史城區",
    source="澳門旅遊局",
    date="2024-12-02",
    chrome=[
        "澳門特別行政區政府旅遊局　中文 | 葡文 | English",
        "最新消息　新聞稿　活動日誌　旅遊資訊　業界專區",
        "分享：Facebook　微信　微博",
        "私隱政策　版權告示　澳門特別行政區政府旅遊局 版權所有",
    ],
    body=[
        "在歷史城區及多個社區展出燈光裝置和光雕投影",
        "在教堂前地、舊街巷和海邊步道設置二十多組燈飾作品",
        "吸引旅客晚上留在社區消費",
        "希望今年人流更旺",
    ],
    regions=[
        ("由澳門旅遊局主辦的年度光影節", ["澳门特别行政区"]),
        ("今屆光影節以「城市記憶」為主題", []),
        ("旅遊局表示，活動期間將加開", []),
        ("有經營街坊小店的商戶表示", []),
    ],
    complete=True,
)

art(
    "tiemenguan_gov_photo_news.html",
    "corps city's government portal photo-news page (<title> 标题 - 铁门关市人民政府网, 图片新闻 crumb, 发布时间：2024年09月12日 10时30分 + 来源 + 浏览 row, mostly (图为…) captions between short paragraphs, 【打印】【关闭】, 扫一扫手机打开当前页 line, 新ICP备 footer with 网站标识码)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>铁门关：香梨进入采收季 - 铁门关市人民政府网</title></head>
    <body>
    <div class="nav">首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流 | 走进铁门关</div>
    <div class="crumb">首页 &gt; 新闻中心 &gt; 图片新闻</div>
    <h1>铁门关：香梨进入采收季</h1>
    <div class="info">发布时间：2024年09月12日 10时30分　来源：铁门关市融媒体中心　浏览：684</div>
    <div class="content">
    <p>九月中旬，铁门关市的万亩香梨园进入采收季，职工群众抢抓晴好天气采摘香梨。</p>
    <p>（图为职工在梨园里采摘香梨）</p>
    <p>今年梨园推广了疏花疏果和配方施肥技术，香梨个头均匀、果面光洁，优果率明显提高。</p>
    <p>（图为工人在分拣车间给香梨分级装箱）</p>
    <p>采摘下来的香梨经过清洗、分级、装箱，当天就能发往乌鲁木齐和内地市场。</p>
    <p>一位种梨十多年的职工说，今年梨子品相好，收购价比去年每公斤高了五毛钱。</p>
    </div>
    <div class="tool">【打印】【关闭】</div>
    <div class="qr">扫一扫手机打开当前页</div>
    <div class="foot">铁门关市人民政府主办　新ICP备19002615号　网站标识码：6590060001</div>
    </body>
    </html>
    """,
    title="铁门关：香梨进入采收季",
    source="铁门关市融媒体中心",
    site="铁门关市人民政府网",
    date="2024-09-12",
    chrome=[
        "首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流 | 走进铁门关",
        "首页 > 新闻中心 > 图片新闻",
        "浏览：684",
        "【打印】【关闭】",
        "扫一扫手机打开当前页",
        "新ICP备19002615号　网站标识码：6590060001",
    ],
    body=[
        "职工群众抢抓晴好天气采摘香梨",
        "香梨个头均匀、果面光洁",
        "收购价比去年每公斤高了五毛钱",
    ],
    regions=[
        ("九月中旬，铁门关市的万亩香梨园", ["新疆维吾尔自治区/铁门关市"]),
        ("今年梨园推广了疏花疏果", []),
        ("采摘下来的香梨经过清洗", ["新疆维吾尔自治区/乌鲁木齐市"]),
        ("一位种梨十多年的职工说", []),
    ],
    complete=True,
)

art(
    "renhua_sports_paper_trail_race.html",
    "national sports paper's site (中国体育报 logo with 国家体育总局主管, <title> 标题-中国体育报, 要闻 | 群体 | 竞技 | 产业 nav, 群体 crumb, 本报记者 … byline under the title, 日期：2024年11月18日　版次：06 row, body, 【纠错】 link, 京ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>丹霞山越野赛吸引三千跑者-中国体育报</title></head>
    <body>
    <div class="logo">中国体育报　国家体育总局主管</div>
    <div class="nav">要闻 | 群体 | 竞技 | 产业 | 评论 | 电子版</div>
    <div class="crumb">群体</div>
    <h1>丹霞山越野赛吸引三千跑者</h1>
    <div class="byline">本报记者 许晨阳</div>
    <div class="info">日期：2024年11月18日　版次：06</div>
    <div class="content">
    <p>11月16日，一年一度的丹霞山越野跑在韶关市仁化县鸣枪开跑，来自全国各地的三千多名跑者穿行在红色砂岩山体之间。</p>
    <p>比赛设五十公里、二十五公里和十公里三个组别，赛道串起了长老峰、阳元石等景点，最陡的一段爬升接近四百米。</p>
    <p>不少跑者表示，丹霞地貌的赛道在国内很少见，一边跑一边看红崖和江景，累也值得。</p>
    <p>赛事期间，仁化县的酒店和民宿预订量比平时增长了三倍多，当地的贡柑、白毛茶等特产也借着赛事打开了销路。</p>
    <p>组委会介绍，赛事已连续举办六年，明年计划增设亲子组，让更多家庭参与进来。</p>
    </div>
    <div class="tool"><a href="#">【纠错】</a></div>
    <div class="foot">中国体育报业总社　京ICP备05012748号</div>
    </body>
    </html>
    """,
    title="丹霞山越野赛吸引三千跑者",
    source="中国体育报",
    date="2024-11-18",
    author="许晨阳",
    chrome=[
        "中国体育报　国家体育总局主管",
        "要闻 | 群体 | 竞技 | 产业 | 评论 | 电子版",
        "日期：2024年11月18日　版次：06",
        "【纠错】",
        "中国体育报业总社　京ICP备05012748号",
    ],
    body=[
        "穿行在红色砂岩山体之间",
        "最陡的一段爬升接近四百米",
        "一边跑一边看红崖和江景",
        "明年计划增设亲子组",
    ],
    regions=[
        ("11月16日，一年一度的丹霞山越野跑", ["广东省/韶关市/仁化县"]),
        ("比赛设五十公里、二十五公里", []),
        ("不少跑者表示，丹霞地貌的赛道", []),
        ("赛事期间，仁化县的酒店和民宿", ["广东省/韶关市/仁化县"]),
        ("组委会介绍，赛事已连续举办六年", []),
    ],
    complete=True,
)

art(
    "hejiang_rural_daily_lychee.html",
    "provincial rural paper's site (四川农村日报 logo, <title> 标题_四川农村日报, 首页 > 市州 > 泸州 crumb, 2024-06-25 16:48　四川农村日报　作者：… row without labels, 原标题 in a grey box at the top of the body, 编辑 + 审核 line, 分享 bar, 川ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>合江荔枝红 晚熟品种唱主角_四川农村日报</title></head>
    <body>
    <div class="logo">四川农村日报</div>
    <div class="nav">首页 | 三农要闻 | 市州 | 农技 | 乡村振兴 | 电子报</div>
    <div class="crumb">首页 &gt; 市州 &gt; 泸州</div>
    <h1>合江荔枝红 晚熟品种唱主角</h1>
    <div class="info">2024-06-25 16:48　四川农村日报　作者：罗静怡</div>
    <div class="box">原标题：错峰上市 合江荔枝卖出“高价”</div>
    <div class="content">
    <p>六月下旬，泸州市合江县的荔枝进入成熟期，长江边的山坡上，一棵棵荔枝树挂满了红彤彤的果子。</p>
    <p>合江是我国纬度最北的荔枝产区之一，荔枝比广东、广西晚熟一个多月，正好错开南方荔枝的上市高峰。</p>
    <p>这几年，合江县大力推广带绿、妃子笑等晚熟优质品种，全县荔枝种植面积已有三十多万亩，其中晚熟品种占到一半以上。</p>
    <p>一位果农说，他家的带绿荔枝在网上卖到了每斤四十多元，还是供不应求。</p>
    <p>为了保证荔枝新鲜，当地物流企业开通了荔枝专线，采摘后冷链直达成都、重庆，最快第二天就能送到消费者手中。</p>
    </div>
    <div class="editor">编辑：何晓蕾　审核：邓宏</div>
    <div class="share">分享到：微信 微博</div>
    <div class="foot">四川农村日报社　川ICP备05005844号</div>
    </body>
    </html>
    """,
    title="合江荔枝红 晚熟品种唱主角",
    source="四川农村日报",
    date="2024-06-25",
    author="罗静怡",
    original_title="错峰上市 合江荔枝卖出“高价”",
    chrome=[
        "首页 | 三农要闻 | 市州 | 农技 | 乡村振兴 | 电子报",
        "首页 > 市州 > 泸州",
        "编辑：何晓蕾　审核：邓宏",
        "分享到：微信 微博",
        "四川农村日报社　川ICP备05005844号",
    ],
    body=[
        "一棵棵荔枝树挂满了红彤彤的果子",
        "正好错开南方荔枝的上市高峰",
        "还是供不应求",
        "最快第二天就能送到消费者手中",
    ],
    regions=[
        ("六月下旬，泸州市合江县的荔枝", ["四川省/泸州市/合江县"]),
        ("合江是我国纬度最北的荔枝产区之一", ["四川省/泸州市/合江县", "广东省", "广西壮族自治区"]),
        ("这几年，合江县大力推广带绿", ["四川省/泸州市/合江县"]),
        ("一位果农说，他家的带绿荔枝", []),
        ("为了保证荔枝新鲜", ["四川省/成都市", "重庆市"]),
    ],
    complete=True,
)

# --- part 3 -------------------------------------------------------------------------------
art(
    "lanping_party_journal_issue.html",
    "provincial party journal's web edition (创造 杂志 logo with 中共云南省委主管, <title> 标题 - 创造杂志社, 本期目录 | 往期回顾 | 投稿须知 nav, 2024年第5期 · 基层风采 line, 文/… credit, 发布日期：2024-05-20 row, body with two 小标题, 本文刊发于 note, 滇ICP备 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title>普米山寨的“党员中心户” - 创造杂志社</title></head>
    <body>
    <div class="logo">创造　中共云南省委主管主办</div>
    <div class="nav">首页 | 本期目录 | 往期回顾 | 投稿须知 | 联系我们</div>
    <div class="issue">2024年第5期 · 基层风采</div>
    <h1>普米山寨的“党员中心户”</h1>
    <div class="credit">文/和志坚</div>
    <div class="date">发布日期：2024-05-20</div>
    <div class="body">
    <p>在怒江傈僳族自治州兰坪白族普米族自治县的一个普米族山寨，三十多户人家散落在海拔两千多米的山坡上，最远的两户之间要走一个小时山路。</p>
    <h3>一户带几户</h3>
    <p>为了把党的政策送到每家每户，村党支部推行了“党员中心户”制度，每名党员联系五到八户群众，谁家有困难、谁家想学技术，党员心里都有一本账。</p>
    <p>一位党员中心户户主说，她联系的七户人家里有三户种了中药材，去年她跑了好几趟县城，帮大家找到了收购商。</p>
    <h3>山寨有了新变化</h3>
    <p>这几年，兰坪县在山寨里修通了硬化路，建起了活动室，普米族的传统歌舞队也重新组织起来，每逢节日就在活动室前的场坝上表演。</p>
    <p>村民们说，以前有事要跑到村委会，现在找党员中心户就能解决大半。</p>
    </div>
    <div class="note">本文刊发于《创造》2024年第5期</div>
    <div class="foot">创造杂志社　滇ICP备11004837号</div>
    </body>
    </html>
    """,
    title="普米山寨的“党员中心户”",
    source="创造",
    date="2024-05-20",
    author="和志坚",
    chrome=[
        "创造　中共云南省委主管主办",
        "首页 | 本期目录 | 往期回顾 | 投稿须知 | 联系我们",
        "2024年第5期 · 基层风采",
        "创造杂志社　滇ICP备11004837号",
    ],
    body=[
        "最远的两户之间要走一个小时山路",
        "党员心里都有一本账",
        "帮大家找到了收购商",
        "现在找党员中心户就能解决大半",
    ],
    regions=[
        (
            "在怒江傈僳族自治州兰坪白族普米族自治县",
            ["云南省/怒江傈僳族自治州/兰坪白族普米族自治县"],
        ),
        ("为了把党的政策送到每家每户", []),
        ("一位党员中心户户主说", []),
        ("这几年，兰坪县在山寨里修通了硬化路", ["云南省/怒江傈僳族自治州/兰坪白族普米族自治县"]),
        ("村民们说，以前有事要跑到村委会", []),
    ],
    complete=True,
)

art(
    "wuqiao_gov_gb18030.shtml",
    "county government portal saved .shtml in GB18030 (<meta charset=gb18030>, <title> 标题_吴桥县人民政府, 吴桥县人民政府 banner with 今天是 date and weather, 您的位置：首页 >> 吴桥要闻 crumb, [发布时间：2024-10-16] [来源：吴桥县融媒体中心] [点击：421] bracketed row, 【返回顶部】【打印本页】【关闭窗口】, 冀ICP备 footer with 冀公网安备)",
    "gb18030",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb18030">
    <title>吴桥杂技节开幕 国内外杂技团同台献艺_吴桥县人民政府</title>
    </head>
    <body>
    <div class="banner">吴桥县人民政府　今天是：2024年10月18日 星期五　晴 12℃~23℃</div>
    <div class="nav">首页 | 吴桥要闻 | 信息公开 | 网上办事 | 互动交流 | 杂技之乡</div>
    <div class="crumb">您的位置：首页 &gt;&gt; 吴桥要闻</div>
    <h2>吴桥杂技节开幕 国内外杂技团同台献艺</h2>
    <div class="info">[发布时间：2024-10-16]　[来源：吴桥县融媒体中心]　[点击：421]</div>
    <div class="content">
    <p>十月中旬，沧州市吴桥县的杂技大世界张灯结彩，一年一度的杂技艺术节在这里开幕，来自国内外的二十多个杂技团同台献艺。</p>
    <p>开幕式上，小演员们表演的顶碗、叠罗汉和高空绸吊赢得了阵阵掌声，不少外国演员也带来了各自国家的传统节目。</p>
    <p>吴桥被称为“杂技之乡”，杂技历史可以追溯到两千多年前。如今全县有杂技学校和培训机构十多所，每年向全国输送数百名杂技演员。</p>
    <p>艺术节期间，县城的宾馆几乎天天满员，不少游客是从天津、济南赶来的，看完演出还要去老街上尝一碗驴肉火烧。</p>
    <p>一位老杂技艺人说，他十岁学艺，在外面演了四十年，最高兴的还是回到家乡的舞台上。</p>
    </div>
    <div class="tool">【返回顶部】【打印本页】【关闭窗口】</div>
    <div class="foot">吴桥县人民政府办公室主办　冀ICP备10004381号　冀公网安备13092802000018号</div>
    </body>
    </html>
    """,
    title="吴桥杂技节开幕 国内外杂技团同台献艺",
    source="吴桥县融媒体中心",
    site="吴桥县人民政府",
    date="2024-10-16",
    chrome=[
        "吴桥县人民政府　今天是：2024年10月18日 星期五　晴 12℃~23℃",
        "首页 | 吴桥要闻 | 信息公开 | 网上办事 | 互动交流 | 杂技之乡",
        "您的位置：首页 >> 吴桥要闻",
        "[点击：421]",
        "【返回顶部】【打印本页】【关闭窗口】",
        "冀ICP备10004381号　冀公网安备13092802000018号",
    ],
    body=[
        "来自国内外的二十多个杂技团同台献艺",
        "顶碗、叠罗汉和高空绸吊",
        "每年向全国输送数百名杂技演员",
        "最高兴的还是回到家乡的舞台上",
    ],
    regions=[
        ("十月中旬，沧州市吴桥县的杂技大世界", ["河北省/沧州市/吴桥县"]),
        ("开幕式上，小演员们表演的顶碗", []),
        ("吴桥被称为“杂技之乡”", ["河北省/沧州市/吴桥县"]),
        ("艺术节期间，县城的宾馆几乎天天满员", ["天津市", "山东省/济南市"]),
        ("一位老杂技艺人说", []),
    ],
    complete=True,
)

art(
    "pingshun_forum_thread_text.txt",
    "local forum thread copied as text (平顺论坛 header, 论坛 › 平顺新鲜事 › 帖子 line, 查看: 2315 | 回复: 18 line, [复制链接] + 只看楼主 line, title, 楼主 name + 发表于 2024-9-8 20:41 + IP属地:山西 line, post, 回复 举报 line, 沙发 reply with its own date, 返回列表 and 手机版 footer)",
    "utf-8",
    """
    平顺论坛
    论坛 › 平顺新鲜事 › 帖子

    查看: 2315 | 回复: 18
    [复制链接]　只看楼主

    【随手拍】太行山里的旱地西红柿熟了，味道跟小时候一样

    太行山里的老马　发表于 2024-9-8 20:41　IP属地:山西

    周末回了趟老家，长治市平顺县的山里正是西红柿下来的时候，满坡的旱地西红柿红得发亮。

    这种西红柿不搭架、不浇水，全靠天吃饭，个头不大，皮薄沙瓤，掰开一股子酸甜味，跟超市里的完全不是一个东西。

    村里的婶子说，今年雨水少，西红柿反倒更甜了，城里来收的人一斤给到三块五，还有人直接开车上门来买。

    我拉了两箱回太原，给同事分了分，都问在哪儿能买到。想买的可以私信我，我把村里的电话给你们。

    回复　举报

    沙发　平顺小李子　发表于 2024-9-8 21:06
    看着就馋，小时候放学路上摘着吃，这味道多少年没尝过了。

    返回列表　|　手机版　|　平顺论坛 版权所有
    """,
    title="【随手拍】太行山里的旱地西红柿熟了，味道跟小时候一样",
    source="平顺论坛",
    date="2024-09-08",
    author="太行山里的老马",
    chrome=[
        "论坛 › 平顺新鲜事 › 帖子",
        "查看: 2315 | 回复: 18",
        "[复制链接]　只看楼主",
        "回复　举报",
        "返回列表　|　手机版　|　平顺论坛 版权所有",
    ],
    body=[
        "满坡的旱地西红柿红得发亮",
        "皮薄沙瓤，掰开一股子酸甜味",
        "城里来收的人一斤给到三块五",
        "想买的可以私信我",
    ],
    regions=[
        ("周末回了趟老家，长治市平顺县的山里", ["山西省/长治市/平顺县"]),
        ("这种西红柿不搭架、不浇水", []),
        ("村里的婶子说，今年雨水少", []),
        ("我拉了两箱回太原", ["山西省/太原市"]),
    ],
    complete=True,
)

art(
    "shengsi_tianmu_app_text.txt",
    "provincial news app page copied as text (天目新闻 app bar with 打开APP, title, 天目新闻记者 … 通讯员 … line, 2024-05-14 17:26 + 浙江 IP line, body, 本文来源：天目新闻 line, 责任编辑 line, 打开天目新闻APP 查看更多精彩内容 footer, 相关推荐 list)",
    "utf-8",
    """
    天目新闻　下载APP，看更多精彩内容　打开APP

    嵊泗贻贝开捕 海上“蓝色粮仓”迎丰收

    天目新闻记者 翁晓东　通讯员 徐可盈

    2024-05-14 17:26　浙江

    五月中旬，舟山市嵊泗县的枸杞岛海域，一排排贻贝养殖浮球在海面上连成一片，养殖户驾着小船穿梭其间，开始了今年的贻贝采收。

    贻贝在当地又叫“淡菜”，嵊泗的贻贝养殖面积有两万多亩，年产量占全国的一成以上，是名副其实的“贻贝之乡”。

    采收船靠上养殖绳，机械臂把挂满贻贝的绳子提出水面，工人们用刮刀把贻贝刮进筐里，一条绳子能采几十斤。

    今年贻贝个头饱满，收购价比去年高了一成。一位养殖户说，他家五十亩贻贝预计能收入四十多万元。

    为了提高附加值，嵊泗县还引进了贻贝深加工企业，把贻贝做成即食罐头和冻品，销往上海、宁波等地的超市。

    本文来源：天目新闻
    责任编辑：卢静
    打开天目新闻APP 查看更多精彩内容
    相关推荐：
    岱山海洋渔业迎来休渔前最后一波捕捞
    """,
    title="嵊泗贻贝开捕 海上“蓝色粮仓”迎丰收",
    source="天目新闻",
    date="2024-05-14",
    author="翁晓东",
    chrome=[
        "天目新闻　下载APP，看更多精彩内容　打开APP",
        "责任编辑：卢静",
        "打开天目新闻APP 查看更多精彩内容",
        "岱山海洋渔业迎来休渔前最后一波捕捞",
    ],
    body=[
        "一排排贻贝养殖浮球在海面上连成一片",
        "贻贝在当地又叫“淡菜”",
        "工人们用刮刀把贻贝刮进筐里",
        "把贻贝做成即食罐头和冻品",
    ],
    regions=[
        ("五月中旬，舟山市嵊泗县的枸杞岛海域", ["浙江省/舟山市/嵊泗县"]),
        ("贻贝在当地又叫“淡菜”，嵊泗的贻贝", ["浙江省/舟山市/嵊泗县"]),
        ("采收船靠上养殖绳", []),
        ("今年贻贝个头饱满", []),
        ("为了提高附加值，嵊泗县还引进了", ["浙江省/舟山市/嵊泗县", "上海市", "浙江省/宁波市"]),
    ],
    complete=True,
)

art(
    "hsinchu_env_news_wetland.html",
    "Taiwanese environmental news site in traditional script (環境資訊中心 logo, <title> 標題 | 環境資訊中心, 首頁 > 新聞 > 生態保育 crumb, 2024年04月09日 + 環境資訊中心記者 … 報導 row, 圖片來源 caption, 延伸閱讀 box, 贊助環境資訊中心 appeal, 創用CC 授權 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head><meta charset="utf-8"><title>香山濕地春季招潮蟹大出洞 志工巡守護蟹道 | 環境資訊中心</title></head>
    <body>
    <div class="logo">環境資訊中心</div>
    <div class="nav">新聞　專欄　國際　生態保育　能源　氣候　食農</div>
    <div class="crumb">首頁 &gt; 新聞 &gt; 生態保育</div>
    <h1>香山濕地春季招潮蟹大出洞 志工巡守護蟹道</h1>
    <div class="info">2024年04月09日　環境資訊中心記者 陳品妤 報導</div>
    <div class="content">
    <p>春天退潮時分，新竹市香山濕地的泥灘上，數以萬計的招潮蟹揮動著大螯出洞覓食，吸引不少親子遊客前來觀察。</p>
    <p>香山濕地是臺灣西部重要的潮間帶濕地，除了招潮蟹，還有彈塗魚、蚵螺和多種過境水鳥在此棲息。</p>
    <p class="cap">招潮蟹在泥灘上活動。圖片來源：環境資訊中心</p>
    <p>當地保育團體每逢大潮就組織志工在沿海步道巡守，提醒遊客不要踩進泥灘、不要撿拾螃蟹，並記錄螃蟹的數量變化。</p>
    <p>志工表示，近年海岸垃圾明顯減少，螃蟹族群也比以前穩定，希望更多人用看的方式認識濕地，而不是把牠們帶回家。</p>
    </div>
    <div class="rel">延伸閱讀：<br>西海岸潮間帶生物調查成果發表</div>
    <div class="ask">贊助環境資訊中心，讓環境新聞走得更遠</div>
    <div class="foot">本網站採用創用CC 姓名標示-非商業性 授權　環境資訊中心</div>
    </body>
    </html>
    """,
    title="香山濕地春季招潮蟹大出洞 志工巡守護蟹道",
    source="環境資訊中心",
    date="2024-04-09",
    author="陳品妤",
    chrome=[
        "新聞　專欄　國際　生態保育　能源　氣候　食農",
        "首頁 > 新聞 > 生態保育",
        "西海岸潮間帶生物調查成果發表",
        "贊助環境資訊中心，讓環境新聞走得更遠",
        "本網站採用創用CC 姓名標示-非商業性 授權",
    ],
    body=[
        "數以萬計的招潮蟹揮動著大螯出洞覓食",
        "還有彈塗魚、蚵螺和多種過境水鳥在此棲息",
        "不要踩進泥灘、不要撿拾螃蟹",
        "而不是把牠們帶回家",
    ],
    regions=[
        ("春天退潮時分，新竹市香山濕地的泥灘上", ["台湾省/新竹市"]),
        ("香山濕地是臺灣西部重要的潮間帶濕地", ["台湾省"]),
        ("當地保育團體每逢大潮", []),
        ("志工表示，近年海岸垃圾明顯減少", []),
    ],
    complete=True,
)

# --- part 4 -------------------------------------------------------------------------------
art(
    "wuqiang_blog_repost_markdown.md",
    "personal blog's repost saved as Markdown (## 纸上年画铺 blog name heading, # title, 发布于 2024-01-25 · 分类：年画 · 标签 line, 转载说明 blockquote naming the county media centre as the source, body, 原文链接 line, 上一篇 / 下一篇 links, 评论 (3) heading, powered by WordPress line)",
    "utf-8",
    """
    ## 纸上年画铺

    # 武强年画：刻版、套色，一张张印出来的年味

    发布于 2024-01-25 · 分类：年画 · 标签：木版年画、非遗

    > 转载说明：本文转载自武强县融媒体中心，版权归原作者所有，仅作收藏交流。

    腊月里，衡水市武强县的年画作坊最忙。刻版师傅坐在窗前，一刀一刀地在梨木板上刻出门神、灶王和胖娃娃的线条。

    武强木版年画有几百年的历史，讲究“一版一色”，一张年画要用好几块版子分次套印，颜色对不准就得重来。

    作坊里的老师傅说，过去家家户户过年都要贴年画，现在买年画的人少了，可来学印年画的孩子多了。

    这几年，武强县把年画做进了文创，台历、冰箱贴、帆布包上都印着年画图案，还在县城开了年画博物馆，年前每天都有研学团来参观。

    一位从北京来的游客在作坊里亲手印了一张“连年有余”，说要带回家贴在门上。

    原文链接：武强县融媒体中心微信公众号

    上一篇：杨柳青年画的“画中画”　下一篇：桃花坞年画的色彩

    ### 评论 (3)

    Powered by WordPress
    """,
    title="武强年画：刻版、套色，一张张印出来的年味",
    source="武强县融媒体中心",
    site="纸上年画铺",
    date="2024-01-25",
    chrome=[
        "发布于 2024-01-25 · 分类：年画 · 标签：木版年画、非遗",
        "> 转载说明：本文转载自武强县融媒体中心，版权归原作者所有，仅作收藏交流。",
        "原文链接：武强县融媒体中心微信公众号",
        "上一篇：杨柳青年画的“画中画”　下一篇：桃花坞年画的色彩",
        "### 评论 (3)",
        "Powered by WordPress",
    ],
    body=[
        "一刀一刀地在梨木板上刻出门神、灶王和胖娃娃的线条",
        "颜色对不准就得重来",
        "可来学印年画的孩子多了",
        "说要带回家贴在门上",
    ],
    regions=[
        ("腊月里，衡水市武强县的年画作坊最忙", ["河北省/衡水市/武强县"]),
        ("武强木版年画有几百年的历史", ["河北省/衡水市/武强县"]),
        ("作坊里的老师傅说", []),
        ("这几年，武强县把年画做进了文创", ["河北省/衡水市/武强县"]),
        ("一位从北京来的游客在作坊里", ["北京市"]),
    ],
    complete=True,
)

art(
    "anguo_tcm_paper_gbk_crlf.txt",
    "national trade paper's story saved by the user as a GBK text file with CRLF (中国中医药报 | 产业 header line, title, 副题 line starting with ——, 2024年09月04日 — a bare date line, 本报记者 … byline, 本报讯 lead, the county-level city's old name 祁州 in the body, 责任编辑 line, 来源：中国中医药报 and 【打印本页】【关闭窗口】 at the foot)",
    "gbk",
    """
    中国中医药报 | 产业

    安国药市秋交会开市
    ——千余家商户集中展销道地药材

    2024年09月04日

    本报记者 郑怀远

    本报讯　九月初，保定市安国市的中药材专业市场迎来一年一度的秋季交易会，一千多家商户集中展销当季新货，市场里药香扑鼻。

    安国古称祁州，素有“药都”之称，“草到安国方成药，药经祁州始生香”的说法在药商中流传了几百年。

    今年交易会上，祁紫菀、祁薏米等本地道地药材最受关注。一位经营药材三十多年的商户说，今年新货成色好，开市第一天就签了十几单。

    为规范药材交易，安国市在市场里设立了药材质量检测站，商户的货品可以免费抽检，检测结果当场出具。

    近年来，安国市还推动药材种植向规范化基地集中，全市中药材种植面积稳定在十多万亩。

    责任编辑：白若溪
    来源：中国中医药报
    【打印本页】　【关闭窗口】
    """,
    title="安国药市秋交会开市",
    source="中国中医药报",
    date="2024-09-04",
    author="郑怀远",
    chrome=[
        "中国中医药报 | 产业",
        "责任编辑：白若溪",
        "【打印本页】　【关闭窗口】",
    ],
    body=[
        "市场里药香扑鼻",
        "“草到安国方成药，药经祁州始生香”",
        "开市第一天就签了十几单",
        "检测结果当场出具",
    ],
    regions=[
        ("九月初，保定市安国市的中药材专业市场", ["河北省/保定市/安国市"]),
        ("安国古称祁州", ["河北省/保定市/安国市"]),
        ("今年交易会上，祁紫菀", []),
        ("为规范药材交易，安国市在市场里", ["河北省/保定市/安国市"]),
        ("近年来，安国市还推动药材种植", ["河北省/保定市/安国市"]),
    ],
    complete=True,
    crlf=True,
)


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout18b"
    SET.write(
        out,
        "heldout18b: a second writer's fresh held-out layouts; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
