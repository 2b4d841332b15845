"""Write tests/layouts/heldout18b/: a second writer's fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout18b.py tests/layouts/heldout18b

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only. It was written beside heldout18 by
a different writer; none of its sites, outlets or the counties its articles are
set in appears in dev, heldout to heldout17b or heldout18. It leans on the
places the earlier sets used least (Xianghe, Dongfang, Dianjiang, Pengshui,
Gongshan, Lanping, Qinshui, Arxan, Duolun, Kuandian, Ji'an, Hulin, Wudalianchi,
Tai'erzhuang, Yuzhou, Daye, Nanxiong, Yangxi, Gulin, Yingjing, Huaning,
Fengqing, Bomi, Liuba, Minqin, Jingning, Shanshan, Tiemenguan). About 70 % are
mainstream pages; the rest vary the encoding, where the metadata sits and
inject a few spam strings. Every article is invented.
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
    site="河北省人民政府",
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


def main() -> None:
    """Write the set into the folder given on the command line."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "heldout18b"
    SET.write(
        out,
        "heldout18b: a second writer's fresh held-out layouts; figures only (--quiet)",
    )


if __name__ == "__main__":
    main()
