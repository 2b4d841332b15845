"""Write tests/layouts/heldout5/: a fresh held-out set (articles in their real encodings + labels.yaml).

    python tests/layouts/make_heldout5.py tests/layouts/heldout5

Nobody tunes on this set: whoever works on ingestion or regions never opens it,
and its scores are reported as figures only.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import yaml

OMIT = object()
ENTRIES: list[dict] = []
FILES: dict[str, bytes] = {}
CODECS = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def art(
    file,
    layout,
    encoding,
    text,
    *,
    title,
    source,
    date,
    site=OMIT,
    author=OMIT,
    original_title=None,
    chrome=(),
    body=(),
    spam=(),
    regions=None,
    complete=False,
    crlf=False,
    bom=False,
):
    """Register one article: its bytes as a browser or editor would save them, and its labels."""
    text = textwrap.dedent(text).lstrip("\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(CODECS[encoding])
    if bom:
        data = b"\xef\xbb\xbf" + data
    assert file not in FILES, file
    FILES[file] = data
    enc = encoding + (" bom" if bom else "") + (" crlf" if crlf else "")
    entry = {"file": file, "layout": layout, "encoding": enc, "title": title, "source": source}
    if site is not OMIT:
        entry["site"] = site
    entry["date"] = date
    if author is not OMIT:
        entry["author"] = author
    if original_title:
        entry["original_title"] = original_title
    for key, val in (("chrome", chrome), ("body", body), ("spam", spam)):
        if val:
            entry[key] = list(val)
    if regions is not None:
        entry["regions"] = [{"contains": c, "regions": list(r)} for c, r in regions]
        entry["regions_complete"] = complete
    ENTRIES.append(entry)


# --- national portals, broadcasters' sites and provincial/city news sites ------------------
art(
    "huanqiu_difang_huayuan.txt",
    "环球网 地方频道 text save (环球网 > 地方 > province crumb, 来源 + date+time + 作者 on one line, 分享到 + 扫描二维码 lines, [责编：] in brackets, 版权作品 statement, 相关新闻)",
    "utf-8",
    """
    环球网 > 地方 > 湖南
    十八洞村的“新村规”：红黑榜变成了积分超市
    来源：环球网  2025-08-14 10:26  作者：彭思远
    分享到：微信 微博 QQ空间
    扫描二维码 手机阅读

    　　盛夏时节，湖南省湘西土家族苗族自治州花垣县十八洞村的积分超市里，村民龙大姐用攒下的120个积分换了一桶食用油和两袋洗衣粉。

    　　“以前村里搞红黑榜，上了黑榜脸上挂不住，容易闹矛盾。现在改成积分，做了好事就加分，大家都愿意争。”村党支部书记介绍，积分涵盖环境卫生、邻里互助、移风易俗等6类28项内容。

    　　积分超市的商品由帮扶单位和爱心企业捐赠，每月初集中兑换一次。去年以来，全村累计发放积分4万多分。

    　　花垣县有关负责人表示，目前全县已有近200个村建起积分超市，下一步将把积分与评先评优、小额信贷等挂钩。

    [责编：吴雨桐]
    环球网版权作品，未经书面授权，严禁转载，违者将被追究法律责任。
    相关新闻
    凤凰古城：夜经济点亮沱江两岸
    """,
    title="十八洞村的“新村规”：红黑榜变成了积分超市",
    source="环球网",
    date="2025-08-14",
    author="彭思远",
    chrome=[
        "环球网 > 地方 > 湖南",
        "分享到：微信 微博 QQ空间",
        "扫描二维码 手机阅读",
        "[责编：吴雨桐]",
        "环球网版权作品，未经书面授权",
        "凤凰古城：夜经济点亮沱江两岸",
    ],
    body=[
        "用攒下的120个积分换了一桶食用油和两袋洗衣粉",
        "做了好事就加分，大家都愿意争",
        "每月初集中兑换一次",
        "下一步将把积分与评先评优、小额信贷等挂钩",
    ],
    regions=[
        ("湘西土家族苗族自治州花垣县十八洞村的积分超市里", ["湖南省/湘西土家族苗族自治州/花垣县"]),
        ("以前村里搞红黑榜", []),
        ("积分超市的商品由帮扶单位和爱心企业捐赠", []),
        ("目前全县已有近200个村建起积分超市", ["湖南省/湘西土家族苗族自治州/花垣县"]),
    ],
    complete=True,
)

art(
    "hnr_yingxiang_dancheng.html",
    "省广电新闻网站 saved HTML page (映象网: title_站名 suffix, meta publishdate, header link bar with 下载X客户端, 您当前的位置 crumb, info row of date+time/来源/作者/编辑 spans, 分享到 bar, 上一篇/下一篇, 关于我们 + 版权所有 + ICP footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>郸城：驻村第一书记的“三本账”_映象网</title>
    <meta name="keywords" content="郸城,驻村第一书记,乡村振兴">
    <meta name="description" content="一本民情账、一本产业账、一本服务账，记录着驻村第一书记的日常。">
    <meta name="publishdate" content="2025-09-03">
    <script src="/js/jquery-1.8.3.min.js"></script>
    </head>
    <body>
    <div class="header"><a href="/">映象网首页</a> | <a href="/news">新闻</a> | <a href="/hn">河南</a> | <a href="/zk">周口</a> | <a href="/app">下载大象新闻客户端</a></div>
    <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zk">周口</a> &gt; 正文</div>
    <div class="main">
    <h1>郸城：驻村第一书记的“三本账”</h1>
    <div class="info"><span>2025-09-03 16:20:11</span> <span>来源：映象网</span> <span>作者：苏文博</span> <span>编辑：韩雪</span></div>
    <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
    <div class="content">
    <p>在河南省周口市郸城县汲冢镇的一个村子里，驻村第一书记李洛阳随身带着三个笔记本：一本记民情，一本记产业，一本记服务。</p>
    <p>民情本上记着全村62户脱贫户和监测户的情况，谁家老人常年吃药、谁家孩子在外地上学，他都一清二楚。</p>
    <p>产业本上记的是村里的小辣椒。去年，村里引进了一家辣椒加工企业，全村种植朝天椒1200亩，亩均收入比种小麦高出一倍多。</p>
    <p>“账记清楚了，工作才有底。”李洛阳说，驻村两年，他最大的收获是和村民成了朋友。</p>
    <p>据了解，郸城县今年共选派驻村第一书记和工作队员500余名。</p>
    </div>
    <div class="page"><a>上一篇：商水：大棚蔬菜鼓起农民钱袋子</a> <a>下一篇：鹿邑：老子故里办起乡村文化节</a></div>
    </div>
    <div class="footer">关于我们 | 联系我们 | 广告服务<br>映象网版权所有 Copyright © 2025 www.hnr.cn 豫ICP备11011234号</div>
    </body>
    </html>
    """,
    title="郸城：驻村第一书记的“三本账”",
    source="映象网",
    date="2025-09-03",
    author="苏文博",
    chrome=[
        "下载大象新闻客户端",
        "分享到：微信 微博 QQ空间",
        "上一篇：商水：大棚蔬菜鼓起农民钱袋子",
        "下一篇：鹿邑：老子故里办起乡村文化节",
        "关于我们 | 联系我们 | 广告服务",
        "映象网版权所有",
    ],
    body=[
        "驻村第一书记李洛阳随身带着三个笔记本",
        "谁家孩子在外地上学，他都一清二楚",
        "亩均收入比种小麦高出一倍多",
        "他最大的收获是和村民成了朋友",
    ],
    regions=[
        ("在河南省周口市郸城县汲冢镇的一个村子里", ["河南省/周口市/郸城县"]),
        ("民情本上记着全村62户脱贫户", []),
        ("产业本上记的是村里的小辣椒", []),
        ("账记清楚了，工作才有底", []),
        ("郸城县今年共选派驻村第一书记", ["河南省/周口市/郸城县"]),
    ],
    complete=True,
)

art(
    "shandian_lanling_app.txt",
    "省广电客户端 share page text (闪电新闻: app name masthead + 打开APP line, title, app name + full timestamp line, 阅读 counter, 客户端讯（记者）dateline lead, 点赞/分享 counters, 免责声明, 热门推荐)",
    "utf-8",
    """
    闪电新闻
    打开闪电新闻APP，阅读体验更佳
    兰陵：“大蒜之乡”种出增收“金蒜头”
    闪电新闻 2025-06-21 18:05:32
    阅读 3.6万

    闪电新闻临沂6月21日讯（记者 张晓宁）眼下正是大蒜收购季，在临沂市兰陵县的一处大蒜交易市场，前来收购的客商络绎不绝。

    兰陵县是远近闻名的“大蒜之乡”，2014年以前，这里还叫苍山县，“苍山大蒜”的牌子在全国叫得响。

    如今，当地建起冷库群和深加工企业，黑蒜、蒜片等产品远销日本、韩国等地，全县大蒜产业综合产值超过百亿元。

    种植户老刘算了一笔账：今年蒜价稳中有升，一亩地纯收入能有五六千元。

    责任编辑：王倩
    点赞 1208  分享
    免责声明：转载请注明来源闪电新闻，如有侵权请联系删除。
    热门推荐
    济南：老街巷焕新颜
    """,
    title="兰陵：“大蒜之乡”种出增收“金蒜头”",
    source="闪电新闻",
    date="2025-06-21",
    author="张晓宁",
    chrome=[
        "打开闪电新闻APP，阅读体验更佳",
        "阅读 3.6万",
        "责任编辑：王倩",
        "点赞 1208",
        "免责声明：转载请注明来源闪电新闻",
        "济南：老街巷焕新颜",
    ],
    body=[
        "前来收购的客商络绎不绝",
        "“苍山大蒜”的牌子在全国叫得响",
        "黑蒜、蒜片等产品远销日本、韩国等地",
        "一亩地纯收入能有五六千元",
    ],
    regions=[
        ("在临沂市兰陵县的一处大蒜交易市场", ["山东省/临沂市/兰陵县"]),
        ("这里还叫苍山县", ["山东省/临沂市/兰陵县"]),
        ("当地建起冷库群和深加工企业", []),
        ("种植户老刘算了一笔账", []),
    ],
    complete=True,
)

art(
    "changjiangyun_yingshan_bom.txt",
    "省广电融媒平台 text save, UTF-8 with BOM (长江云: site > 新闻 > 市州 crumb, 2025年07月02日 08:55 + 来源 + 编辑 on one line with ideographic spaces, 字号 bar, X新闻（记者 通讯员）lead, 【版权声明】, 扫码下载APP)",
    "utf-8",
    """
    长江云 > 新闻 > 市州
    英山：一片茶叶带富一方百姓
    2025年07月02日 08:55　来源：长江云　编辑：刘婧
    字号：大 中 小

    　　长江云新闻（记者 严峻 通讯员 程小燕）盛夏时节，走进黄冈市英山县温泉镇的茶园，采茶工正在抢摘夏茶，制茶车间里机器轰鸣。

    　　英山是“中国茶叶之乡”，全县茶园面积达到27万亩。近年来，当地推行“龙头企业+合作社+农户”模式，统一品种、统一标准、统一收购。

    　　茶农汪师傅家种了8亩茶园，去年卖鲜叶收入4万多元。“企业上门收，价格有保底，我们只管种好茶。”

    　　今年，英山县还把茶园和乡村旅游结合起来，推出了茶园采摘、制茶体验等项目，吸引了不少武汉市民周末前来。

    【版权声明】凡注明“来源：长江云”的作品，版权均属湖北广播电视台所有，未经授权不得转载。
    扫码下载长江云APP
    """,
    title="英山：一片茶叶带富一方百姓",
    source="长江云",
    date="2025-07-02",
    chrome=["字号：大 中 小", "【版权声明】凡注明", "扫码下载长江云APP"],
    body=[
        "采茶工正在抢摘夏茶，制茶车间里机器轰鸣",
        "统一品种、统一标准、统一收购",
        "价格有保底，我们只管种好茶",
        "推出了茶园采摘、制茶体验等项目",
    ],
    regions=[
        ("走进黄冈市英山县温泉镇的茶园", ["湖北省/黄冈市/英山县"]),
        ("英山是“中国茶叶之乡”", ["湖北省/黄冈市/英山县"]),
        ("茶农汪师傅家种了8亩茶园", []),
        ("吸引了不少武汉市民周末前来", ["湖北省/黄冈市/英山县", "湖北省/武汉市"]),
    ],
    complete=True,
    bom=True,
)

art(
    "cztv_xinlan_taishun.html",
    "省广电网站 saved HTML page with JSON-LD (新蓝网: title - 站名 suffix, og:title/og:site_name, NewsArticle datePublished with +08:00, nav with 登录, meta row 站名·台名 + date + 记者, share bar, 相关推荐 list, 集团版权所有 + ICP footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="UTF-8">
    <title>泰顺：廊桥边的“共富工坊” - 新蓝网</title>
    <meta property="og:title" content="泰顺：廊桥边的“共富工坊”">
    <meta property="og:site_name" content="新蓝网">
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"泰顺：廊桥边的“共富工坊”","datePublished":"2025-10-16T19:42:00+08:00","author":{"@type":"Person","name":"叶晨曦"},"publisher":{"@type":"Organization","name":"新蓝网"}}
    </script>
    </head>
    <body>
    <nav class="top"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/zj">浙江</a> <a href="/live">直播</a> <a href="/login">登录</a></nav>
    <article>
    <h1>泰顺：廊桥边的“共富工坊”</h1>
    <div class="meta">新蓝网·浙江网络广播电视台　2025-10-16 19:42　记者 叶晨曦</div>
    <p>在温州市泰顺县泗溪镇，一座几百年的古廊桥旁边，一家“共富工坊”里坐满了来做手工的村民。</p>
    <p>工坊主要承接竹编、玩具组装等来料加工订单，村民不用出村就能挣钱，手快的一个月能有三千多元收入。</p>
    <p>“孩子上学、老人看病，家里离不开人，在这里干活两头都能顾上。”五十多岁的村民季阿姨说。</p>
    <p>据了解，泰顺县已建成“共富工坊”180余家，带动1.2万名农村群众在家门口就业。</p>
    </article>
    <div class="share">分享到 <a>微信</a> <a>朋友圈</a> <a>微博</a></div>
    <div class="recommend"><h3>相关推荐</h3><ul><li><a href="/a/1">文成：山区县的“飞地”新路子</a></li><li><a href="/a/2">苍南：渔村里的海上民宿</a></li></ul></div>
    <footer>浙江广播电视集团版权所有 | 浙ICP备05000101号 | 互联网新闻信息服务许可证</footer>
    </body>
    </html>
    """,
    title="泰顺：廊桥边的“共富工坊”",
    source="新蓝网",
    date="2025-10-16",
    author="叶晨曦",
    chrome=[
        "分享到微信朋友圈微博",
        "文成：山区县的“飞地”新路子",
        "苍南：渔村里的海上民宿",
        "浙江广播电视集团版权所有",
    ],
    body=[
        "一座几百年的古廊桥旁边",
        "手快的一个月能有三千多元收入",
        "在这里干活两头都能顾上",
        "带动1.2万名农村群众在家门口就业",
    ],
    regions=[
        ("在温州市泰顺县泗溪镇", ["浙江省/温州市/泰顺县"]),
        ("工坊主要承接竹编、玩具组装等来料加工订单", []),
        ("五十多岁的村民季阿姨说", []),
        ("泰顺县已建成“共富工坊”180余家", ["浙江省/温州市/泰顺县"]),
    ],
    complete=True,
)

art(
    "gscn_jishishan_gbk.shtml",
    "省级新闻网站 GBK .shtml saved page (中国甘肃网: <meta http-equiv charset=gb2312>, 标题_站名 suffix, 首页 link bar, 当前位置 crumb, date+time/来源/作者/【字体：大 中 小】 on one line, 【打印本页】【关闭窗口】, 版权所有：站名 + ICP footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>积石山：灾后重建的新村里飘出花儿声_中国甘肃网</title>
    </head>
    <body>
    <div id="top"><a href="/">中国甘肃网首页</a> | <a>新闻</a> | <a>市州</a> | <a>图片</a> | <a>视频</a></div>
    <div class="wz">当前位置：<a>首页</a> &gt; <a>市州新闻</a> &gt; <a>临夏</a></div>
    <h1>积石山：灾后重建的新村里飘出花儿声</h1>
    <div class="ly">2025-05-20 09:12:08　来源：中国甘肃网　作者：马永福　【字体：大 中 小】</div>
    <div class="content">
    <p>　　初夏的临夏回族自治州积石山保安族东乡族撒拉族自治县，山坡上的新村错落有致。在大河家镇的一处集中安置点，村民们已经住进了新房。</p>
    <p>　　“新房子抗震，冬天还有暖气，住着放心。”村民韩大哥一边收拾院子一边说。</p>
    <p>　　安置点配套建设了村卫生室、幼儿园和帮扶车间，村里还组织了花儿演唱队，每到傍晚，广场上就响起了熟悉的花儿调。</p>
    <p>　　据介绍，积石山县灾后恢复重建项目已基本完工，受灾群众全部搬入新居。</p>
    </div>
    <div class="bj">【打印本页】　【关闭窗口】</div>
    <div class="bottom">版权所有：中国甘肃网　甘ICP备05000567号</div>
    </body>
    </html>
    """,
    title="积石山：灾后重建的新村里飘出花儿声",
    source="中国甘肃网",
    date="2025-05-20",
    author="马永福",
    chrome=[
        "中国甘肃网首页 | 新闻 | 市州",
        "【字体：大 中 小】",
        "【打印本页】",
        "版权所有：中国甘肃网",
    ],
    body=[
        "山坡上的新村错落有致",
        "住着放心",
        "广场上就响起了熟悉的花儿调",
        "受灾群众全部搬入新居",
    ],
    regions=[
        (
            "初夏的临夏回族自治州积石山保安族东乡族撒拉族自治县",
            ["甘肃省/临夏回族自治州/积石山保安族东乡族撒拉族自治县"],
        ),
        ("村民韩大哥一边收拾院子一边说", []),
        ("安置点配套建设了村卫生室", []),
        (
            "积石山县灾后恢复重建项目已基本完工",
            ["甘肃省/临夏回族自治州/积石山保安族东乡族撒拉族自治县"],
        ),
    ],
    complete=True,
)

art(
    "northnews_xilinhot_repost.txt",
    "自治区新闻网站 repost text save (正北方网: link bar, 当前位置 crumb, full timestamp with seconds + 来源：X日报 + 作者 on one line, 【字号 大 中 小】【我要分享】, 责任编辑, 版权所有转载请注明出处)",
    "utf-8",
    """
    正北方网首页 | 新闻 | 盟市 | 旗县 | 视频
    当前位置：首页 > 盟市新闻 > 锡林郭勒
    锡林浩特：牧区“流动服务站”开进嘎查
    2025-10-09 11:30:15  来源：锡林郭勒日报  作者：乌日娜
    【字号 大 中 小】  【我要分享】

    　　金秋时节，锡林郭勒盟锡林浩特市的一支“流动服务站”开着越野车走进了牧区嘎查，为牧民办理医保缴费、养老认证等业务。

    　　牧区地广人稀，牧民到市里办一趟事往返要大半天。去年起，市里把社保、医保、民政等12项业务装进一辆车，每周按固定线路巡回服务。

    　　“在家门口就把事办了，不耽误放牧。”牧民巴特尔说。

    　　截至目前，流动服务站已累计服务牧民8000多人次。

    责任编辑：张蕾
    正北方网版权所有，转载请注明出处
    """,
    title="锡林浩特：牧区“流动服务站”开进嘎查",
    source="锡林郭勒日报",
    site="正北方网",
    date="2025-10-09",
    author="乌日娜",
    chrome=[
        "正北方网首页 | 新闻 | 盟市 | 旗县 | 视频",
        "当前位置：首页 > 盟市新闻 > 锡林郭勒",
        "【字号 大 中 小】",
        "【我要分享】",
        "责任编辑：张蕾",
        "正北方网版权所有，转载请注明出处",
    ],
    body=[
        "为牧民办理医保缴费、养老认证等业务",
        "每周按固定线路巡回服务",
        "不耽误放牧",
        "已累计服务牧民8000多人次",
    ],
    regions=[
        ("锡林郭勒盟锡林浩特市的一支“流动服务站”", ["内蒙古自治区/锡林郭勒盟/锡林浩特市"]),
        ("牧区地广人稀", []),
        ("牧民巴特尔说", []),
        ("截至目前，流动服务站已累计服务牧民", []),
    ],
    complete=True,
)

art(
    "nen_huanren_gb18030.txt",
    "区域新闻网站 text save in GB18030 with a non-GBK character in the byline (东北新闻网: >> crumb, 2025/08/19 07:45 slash date + 来源 + 作者 line, [打印] [关闭] [纠错], 站名讯 lead, 编辑, 版权所有)",
    "gb18030",
    """
    东北新闻网 > 辽宁 > 本溪
    桓仁：满族村寨的“山野菜经济”
    2025/08/19 07:45  来源：东北新闻网  作者：王䶮
    [打印] [关闭] [纠错]

    　　东北新闻网讯 在本溪市桓仁满族自治县的深山里，村民们正忙着采摘刺嫩芽、蕨菜等山野菜，村合作社门口，前来收货的货车排起了长队。

    　　近年来，当地把林下山野菜作为富民产业，引导农户在林下仿野生种植，合作社统一收购、加工、销售。

    　　“过去都是上山零星采，卖不上价。现在成片种，有合作社兜底，一年能多挣两三万元。”村民赵大姐说。

    　　目前，桓仁县山野菜种植面积已超过5万亩，产品通过电商平台卖到了北京、上海等地。

    编辑：孙悦
    东北新闻网 版权所有
    """,
    title="桓仁：满族村寨的“山野菜经济”",
    source="东北新闻网",
    date="2025-08-19",
    author="王䶮",
    chrome=[
        "东北新闻网 > 辽宁 > 本溪",
        "[打印] [关闭] [纠错]",
        "编辑：孙悦",
        "东北新闻网 版权所有",
    ],
    body=[
        "前来收货的货车排起了长队",
        "引导农户在林下仿野生种植",
        "有合作社兜底，一年能多挣两三万元",
        "产品通过电商平台卖到了北京、上海等地",
    ],
    regions=[
        ("在本溪市桓仁满族自治县的深山里", ["辽宁省/本溪市/桓仁满族自治县"]),
        ("当地把林下山野菜作为富民产业", []),
        ("过去都是上山零星采", []),
        ("桓仁县山野菜种植面积已超过5万亩", ["辽宁省/本溪市/桓仁满族自治县", "北京市", "上海市"]),
    ],
    complete=True,
)

art(
    "cjn_huangpi_crlf.txt",
    "城市新闻网站 text save with CRLF (长江网: site 首页 > city > 区县 crumb, 来源：X日报 + 发布时间 + 编辑 on one line, X日报讯（记者）lead, 【纠错】【责任编辑】 pair, 版权 line, 下载APP line)",
    "utf-8",
    """
    长江网 首页 > 武汉 > 区县
    黄陂木兰乡：老屋变民宿 村民当“房东”
    来源：长江日报　发布时间：2025-04-16 07:20　编辑：何琳

    　　长江日报讯（记者 鲁晓芸）春日的黄陂区木兰乡，青砖黛瓦的老屋掩映在油菜花田间。几年前还闲置的老房子，如今变成了一家家特色民宿。

    　　村集体牵头成立合作社，把村民闲置的房屋统一流转、统一改造，再交给专业团队运营，村民每年拿租金，年底还能分红。

    　　“一间老屋一年租金8000元，加上在民宿里做保洁，我一年能多收入3万多元。”村民胡婆婆说。

    　　今年“五一”前，村里的20多间民宿房间已被预订一空。

    【纠错】　【责任编辑：何琳】
    长江网版权所有，未经许可不得转载
    下载长江日报APP
    """,
    title="黄陂木兰乡：老屋变民宿 村民当“房东”",
    source="长江日报",
    site="长江网",
    date="2025-04-16",
    author="鲁晓芸",
    chrome=[
        "长江网 首页 > 武汉 > 区县",
        "【责任编辑：何琳】",
        "长江网版权所有，未经许可不得转载",
        "下载长江日报APP",
    ],
    body=[
        "青砖黛瓦的老屋掩映在油菜花田间",
        "村民每年拿租金，年底还能分红",
        "我一年能多收入3万多元",
        "已被预订一空",
    ],
    regions=[
        ("春日的黄陂区木兰乡", ["湖北省/武汉市/黄陂区"]),
        ("村集体牵头成立合作社", []),
        ("一间老屋一年租金8000元", []),
        ("村里的20多间民宿房间", []),
    ],
    complete=True,
    crlf=True,
)

art(
    "ycwb_jinyang_qingxin.html",
    "晚报网站 saved HTML page (金羊网: 标题_站名 suffix, keywords/description meta, channel nav, 来源：X晚报 + date+time with seconds in a span row, 晚报记者 byline span, 扫一扫 手机看新闻, 分享到, 站名版权所有 + 粤ICP footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>清新：“百千万工程”让山村换了新模样_金羊网</title>
    <meta name="keywords" content="清新,人居环境,百千万工程">
    <meta name="description" content="村道两旁种上了花，小广场上老人下棋，年轻人周末也愿意回村了。">
    </head>
    <body>
    <div class="nav"><a href="/">金羊网首页</a> <a>新闻</a> <a>广东</a> <a>财经</a> <a>文体</a> <a>羊城派</a></div>
    <div class="main">
    <h1>清新：“百千万工程”让山村换了新模样</h1>
    <div class="info"><span>2025-11-03 10:28:39</span><span>来源：羊城晚报</span><span>羊城晚报记者 梁文轩</span></div>
    <div class="text">
    <p>在清远市清新区太平镇的一个村子里，村道两旁新种的三角梅开得正艳，村民小广场上，几位老人正在下棋。</p>
    <p>村里的年轻人大多在穗务工，以前逢年过节才回来。这两年村容村貌变好了，不少人周末也愿意开车回村住上两天。</p>
    <p>村党支部书记说，村里发动乡贤捐资、村民投工投劳，拆除危旧房40多间，建起了小公园和停车场。</p>
    <p>清新区相关负责人介绍，全区已有120多个村完成人居环境整治提升。</p>
    </div>
    <div class="qr">扫一扫 手机看新闻</div>
    <div class="share">分享到：<a>微信</a> <a>微博</a></div>
    </div>
    <div class="foot">金羊网版权所有 粤ICP备08101234号</div>
    </body>
    </html>
    """,
    title="清新：“百千万工程”让山村换了新模样",
    source="羊城晚报",
    site="金羊网",
    date="2025-11-03",
    author="梁文轩",
    chrome=["扫一扫 手机看新闻", "分享到：微信 微博", "金羊网版权所有"],
    body=[
        "新种的三角梅开得正艳",
        "不少人周末也愿意开车回村住上两天",
        "拆除危旧房40多间，建起了小公园和停车场",
        "完成人居环境整治提升",
    ],
    regions=[
        ("在清远市清新区太平镇的一个村子里", ["广东省/清远市/清新区"]),
        ("村里的年轻人大多在穗务工", ["广东省/广州市"]),
        ("村里发动乡贤捐资", []),
        ("清新区相关负责人介绍", ["广东省/清远市/清新区"]),
    ],
    complete=True,
)

art(
    "newssc_cangxi.txt",
    "省级新闻网站 text save (四川新闻网: >> crumb, full timestamp + 来源 + 编辑 on one line, 分享到 line, 站名+city+date讯（记者）dateline lead, 免责声明, 上一篇 link, 版权所有 line)",
    "utf-8",
    """
    四川新闻网 >> 市州 >> 广元
    苍溪红心猕猴桃搭上直播快车
    2025-03-27 16:48:00 来源：四川新闻网 编辑：罗佳
    分享到： 微信 微博

    四川新闻网广元3月27日讯（记者 何建军）在广元市苍溪县的猕猴桃产业园，几名返乡青年正对着手机镜头介绍刚出库的红心猕猴桃。

    苍溪是红心猕猴桃的原产地之一，全县种植面积近40万亩。今年以来，当地组织电商主播培训班，培养了一批“村播”。

    不少订单来自川渝两地的老客户。直播间里，一名网友一次下单了20箱，说要分给单位的同事尝尝。

    据统计，一季度全县猕猴桃线上销售额同比增长三成以上。

    免责声明：本网转载稿件仅为传递更多信息，不代表本网观点。
    上一篇：旺苍：茶山上的“共享茶园”
    四川新闻网版权所有 未经授权禁止转载
    """,
    title="苍溪红心猕猴桃搭上直播快车",
    source="四川新闻网",
    date="2025-03-27",
    author="何建军",
    chrome=[
        "四川新闻网 >> 市州 >> 广元",
        "分享到： 微信 微博",
        "免责声明：本网转载稿件仅为传递更多信息",
        "上一篇：旺苍：茶山上的“共享茶园”",
        "四川新闻网版权所有 未经授权禁止转载",
    ],
    body=[
        "几名返乡青年正对着手机镜头介绍刚出库的红心猕猴桃",
        "培养了一批“村播”",
        "一名网友一次下单了20箱",
        "线上销售额同比增长三成以上",
    ],
    regions=[
        ("在广元市苍溪县的猕猴桃产业园", ["四川省/广元市/苍溪县"]),
        ("苍溪是红心猕猴桃的原产地之一", ["四川省/广元市/苍溪县"]),
        ("不少订单来自川渝两地的老客户", ["四川省", "重庆市"]),
        ("一季度全县猕猴桃线上销售额", []),
    ],
    complete=True,
)

art(
    "tibetcn_bayi.html",
    "国家级专题网站 saved HTML page (中国西藏网: 标题_站名 suffix, meta publishdate + meta source, nav, 发布时间：2025年05月28日 15:06 | 来源 | 作者 pipe row, 【打印】【关闭】, 责任编辑, 版权所有 + 京ICP footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>巴宜区：援藏干部把茶园建在雪山下_中国西藏网</title>
    <meta name="publishdate" content="2025-05-28">
    <meta name="source" content="中国西藏网">
    </head>
    <body>
    <div class="nav"><a href="/">首页</a> | <a>时政</a> | <a>经济</a> | <a>文化</a> | <a>旅游</a> | <a>图片</a></div>
    <div class="con">
    <h1>巴宜区：援藏干部把茶园建在雪山下</h1>
    <div class="info">发布时间：2025年05月28日 15:06 | 来源：中国西藏网 | 作者：次仁卓玛</div>
    <div class="txt">
    <p>在西藏自治区林芝市巴宜区，一片片茶园沿着山坡铺开，远处是终年积雪的山峰。</p>
    <p>2019年，援藏干部老陈从广东佛山赴藏，挂职期间他跑遍了区里的乡村，最后把发展方向定在了茶产业上。</p>
    <p>如今，茶园面积发展到3000多亩，茶叶加工厂每年能带动周边群众务工增收。</p>
    <p>“茶叶卖得好，我们在家门口就有活干。”村民扎西说。</p>
    </div>
    <div class="tools">【打印】【关闭】</div>
    <div class="editor">责任编辑：格桑</div>
    </div>
    <div class="footer">中国西藏网版权所有 京ICP备10012345号</div>
    </body>
    </html>
    """,
    title="巴宜区：援藏干部把茶园建在雪山下",
    source="中国西藏网",
    date="2025-05-28",
    author="次仁卓玛",
    chrome=["【打印】【关闭】", "责任编辑：格桑", "中国西藏网版权所有"],
    body=[
        "一片片茶园沿着山坡铺开",
        "最后把发展方向定在了茶产业上",
        "茶叶加工厂每年能带动周边群众务工增收",
        "我们在家门口就有活干",
    ],
    regions=[
        ("在西藏自治区林芝市巴宜区", ["西藏自治区/林芝市/巴宜区"]),
        ("援藏干部老陈从广东佛山赴藏", ["广东省/佛山市", "西藏自治区"]),
        ("茶园面积发展到3000多亩", []),
        ("我们在家门口就有活干", []),
    ],
    complete=True,
)


# --- government portals and information-disclosure pages -----------------------------------
art(
    "govcn_difang_libo.html",
    "中央政府门户 地方政务 repost saved HTML page (中国政府网: 标题_栏目_站名 two-part suffix, firstpublishedtime/contentsource meta, 首页 > 新闻 > 地方政务 crumb, date+time 来源：X日报 row with 【字体：大 中 小】 打印, 【我要纠错】 责任编辑, 主办单位/版权所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>荔波：瑶山古寨的“旅游饭”越吃越香_地方政务_中国政府网</title>
    <meta name="firstpublishedtime" content="2025-09-12-08:31:16">
    <meta name="lastmodifiedtime" content="2025-09-12-08:31:16">
    <meta name="catalogs" content="地方政务">
    <meta name="contentsource" content="贵州日报">
    </head>
    <body>
    <div class="header"><a>首页</a> <a>国务院</a> <a>总理</a> <a>新闻</a> <a>政策</a> <a>互动</a> <a>服务</a> <a>数据</a> <a>国情</a></div>
    <div class="BreadcrumbNav">首页 &gt; 新闻 &gt; 地方政务</div>
    <div class="article">
    <h1>荔波：瑶山古寨的“旅游饭”越吃越香</h1>
    <div class="pages-date">2025-09-12 08:31　来源：贵州日报 <span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span> <a>打印</a></div>
    <div class="pages_content">
    <p>　　走进黔南布依族苗族自治州荔波县瑶山瑶族乡，古寨里游人如织，身着民族服装的瑶族同胞正在表演陀螺竞技。</p>
    <p>　　过去，瑶山是荔波最偏远的乡镇之一，群众收入主要靠种玉米、养猪。近年来，当地依托世界自然遗产地的资源优势，发展民族文化旅游。</p>
    <p>　　瑶族村民何大姐在古寨里开了一家小吃店，旺季一天能卖出两三百份特色糯米饭。“以前出去打工，现在在家门口就能赚钱。”</p>
    <p>　　据统计，今年以来荔波县接待游客量同比增长15%，旅游综合收入持续增长。</p>
    </div>
    <div class="editor">【我要纠错】 责任编辑：王佳</div>
    </div>
    <div class="share">分享到：</div>
    <div class="footer">主办单位：国务院办公厅　运行维护单位：中国政府网运行中心<br>版权所有：中国政府网　中文域名：中国政府网.政务</div>
    </body>
    </html>
    """,
    title="荔波：瑶山古寨的“旅游饭”越吃越香",
    source="贵州日报",
    site="中国政府网",
    date="2025-09-12",
    chrome=[
        "首页国务院总理新闻政策互动服务数据国情",
        "【我要纠错】",
        "责任编辑：王佳",
        "主办单位：国务院办公厅",
        "版权所有：中国政府网",
    ],
    body=[
        "身着民族服装的瑶族同胞正在表演陀螺竞技",
        "发展民族文化旅游",
        "旺季一天能卖出两三百份特色糯米饭",
        "旅游综合收入持续增长",
    ],
    regions=[
        ("走进黔南布依族苗族自治州荔波县瑶山瑶族乡", ["贵州省/黔南布依族苗族自治州/荔波县"]),
        ("瑶山是荔波最偏远的乡镇之一", ["贵州省/黔南布依族苗族自治州/荔波县"]),
        ("瑶族村民何大姐在古寨里开了一家小吃店", []),
        ("今年以来荔波县接待游客量", ["贵州省/黔南布依族苗族自治州/荔波县"]),
    ],
    complete=True,
)

art(
    "dinghai_xxgk_gbk.html",
    "区政府 政府信息公开 saved HTML page in GBK (<meta charset=gbk>, <title> = 政府名 + 栏目 + 标题, nav, 索引号/主题分类/发布机构/成文日期/发布日期/文号/名称 table with 成文日期 ≠ 发布日期, 字体 bar, 打印/关闭, 访问者 counter, 网站标识码 + 公网安备 footer)",
    "gbk",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    <title>舟山市定海区人民政府 政府信息公开 定海区推进渔农村“共富庭院”创建</title>
    </head>
    <body>
    <div class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 走进定海</div>
    <div class="loc">您现在的位置：首页 &gt; 政府信息公开 &gt; 部门信息 &gt; 区农业农村局</div>
    <table class="xxgk">
    <tr><td>索引号：</td><td>113309020025881230/2025-00456</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
    <tr><td>发布机构：</td><td>舟山市定海区农业农村局</td><td>成文日期：</td><td>2025-05-13</td></tr>
    <tr><td>发布日期：</td><td>2025-05-14</td><td>文号：</td><td></td></tr>
    <tr><td>名称：</td><td colspan="3">定海区推进渔农村“共富庭院”创建</td></tr>
    </table>
    <h2>定海区推进渔农村“共富庭院”创建</h2>
    <div class="zt">字体：[大 中 小]</div>
    <div class="zw">
    <p>　　今年以来，舟山市定海区以“共富庭院”创建为抓手，引导渔农户美化庭院、发展庭院经济，全区已创建“共富庭院”1300余户。</p>
    <p>　　在白泉镇的一个村，村民利用自家院子种花卉、开民宿，不少游客慕名前来打卡。</p>
    <p>　　区农业农村局将创建情况纳入村级考核，对评定的示范庭院给予一定奖励。</p>
    <p>　　下一步，定海区将推动“共富庭院”与海岛旅游、渔家乐等业态结合，带动渔农民增收。</p>
    </div>
    <div class="tools">【打印本页】 【关闭窗口】</div>
    <div class="count">您是第 1234 位访问者</div>
    <div class="foot">主办：舟山市定海区人民政府办公室　网站标识码：3309020001　浙公网安备 33090202000123号</div>
    </body>
    </html>
    """,
    title="定海区推进渔农村“共富庭院”创建",
    source="舟山市定海区农业农村局",
    site="舟山市定海区人民政府",
    date="2025-05-14",
    chrome=[
        "首页 | 政务公开 | 政务服务 | 互动交流",
        "字体：[大 中 小]",
        "【打印本页】",
        "您是第 1234 位访问者",
        "网站标识码：3309020001",
    ],
    body=[
        "引导渔农户美化庭院、发展庭院经济",
        "不少游客慕名前来打卡",
        "对评定的示范庭院给予一定奖励",
        "带动渔农民增收",
    ],
    regions=[
        ("舟山市定海区以“共富庭院”创建为抓手", ["浙江省/舟山市/定海区"]),
        ("在白泉镇的一个村", []),
        ("区农业农村局将创建情况纳入村级考核", []),
        ("定海区将推动“共富庭院”与海岛旅游", ["浙江省/舟山市/定海区"]),
    ],
    complete=True,
)

art(
    "tongren_gov_jiangkou_crlf.txt",
    "地级市政府门户 区县动态 text save with CRLF (government name masthead, 首页 > 政务动态 > 区县动态 crumb, 信息来源 + 发布时间 + 浏览次数 on one line, 字体 bar, invoice spam with a city name inside a quote, 责任编辑, 【打印】【关闭】, 主办/承办 + 黔ICP footer)",
    "utf-8",
    """
    铜仁市人民政府
    首页 > 政务动态 > 区县动态
    江口：“积分制”激活乡村治理“一池春水”
    信息来源：江口县融媒体中心　发布时间：2025-07-08 17:02　浏览次数：386
    【字体：大 中 小】

    　　近年来，铜仁市江口县在各村推行乡村治理“积分制”，把人居环境整治、移风易俗、志愿服务等事项量化成积分，激发群众参与村务的积极性。

    　　在太平镇的一个村，村民的积分情况每月在村务公开栏张榜公布，积分可以在村里的爱心超市兑换生活用品。

    　　“以前喊大家打扫卫生没人应，现在积分一公布，家家户户都抢着干。”村党支部书记说贵阳代开各类发票联系电话13800001234，村里的环境一年比一年好。

    　　目前，江口县已有89个村实行积分制管理，累计兑换积分20余万分。

    责任编辑：杨帆
    【打印】【关闭】
    主办：铜仁市人民政府办公室　承办：铜仁市大数据发展管理局　黔ICP备12345678号
    """,
    title="江口：“积分制”激活乡村治理“一池春水”",
    source="江口县融媒体中心",
    site="铜仁市人民政府",
    date="2025-07-08",
    chrome=[
        "首页 > 政务动态 > 区县动态",
        "【字体：大 中 小】",
        "责任编辑：杨帆",
        "【打印】【关闭】",
        "主办：铜仁市人民政府办公室",
    ],
    body=[
        "把人居环境整治、移风易俗、志愿服务等事项量化成积分",
        "积分可以在村里的爱心超市兑换生活用品",
        "村党支部书记说，村里的环境一年比一年好",
        "累计兑换积分20余万分",
    ],
    spam=["贵阳代开各类发票联系电话13800001234"],
    regions=[
        ("铜仁市江口县在各村推行乡村治理", ["贵州省/铜仁市/江口县"]),
        ("村民的积分情况每月在村务公开栏张榜公布", []),
        ("家家户户都抢着干", []),
        ("江口县已有89个村实行积分制管理", ["贵州省/铜仁市/江口县"]),
    ],
    complete=True,
    crlf=True,
)

art(
    "dahua_township_news.txt",
    "县政府门户 乡镇动态 text save (portal name masthead, >> crumb, 日期：2025年04月29日 星期二 + 来源：X乡人民政府 + 作者 + 点击 on one line, escort spam with a city name inside a sentence, 上一条/下一条, 【打印此页】【关闭窗口】, 主办单位 + ICP + 网站标识码 footer)",
    "utf-8",
    """
    大化瑶族自治县人民政府门户网站
    当前位置：首页 >> 乡镇动态
    七百弄乡开展“党员联户”入户走访活动
    日期：2025年04月29日 星期二　来源：七百弄乡人民政府　作者：蓝秀梅　点击：152

    　　为进一步密切党群干群关系，4月下旬，大化瑶族自治县七百弄乡组织全乡党员干部开展“党员联户”入户走访活动。

    　　走访中，党员干部深入弄场，与群众拉家常、听心声，重点了解独居老人、留守儿童的生活情况南宁同城上门服务微信hm6688，现场解决群众反映的饮水、用电等问题23个。

    　　七百弄乡地处大石山区，群众居住分散。全乡每名党员联系5至10户群众，做到情况清、底数明。

    　　下一步，该乡将把走访中收集到的问题建立台账，逐项跟踪落实。

    上一条：贡川乡开展春季森林防火宣传
    下一条：岩滩镇召开乡村振兴工作推进会
    【打印此页】　【关闭窗口】
    主办单位：大化瑶族自治县人民政府办公室　桂ICP备05001234号-1　网站标识码：4512290001
    """,
    title="七百弄乡开展“党员联户”入户走访活动",
    source="七百弄乡人民政府",
    site="大化瑶族自治县人民政府门户网站",
    date="2025-04-29",
    author="蓝秀梅",
    chrome=[
        "当前位置：首页 >> 乡镇动态",
        "上一条：贡川乡开展春季森林防火宣传",
        "下一条：岩滩镇召开乡村振兴工作推进会",
        "【打印此页】",
        "主办单位：大化瑶族自治县人民政府办公室",
    ],
    body=[
        "组织全乡党员干部开展“党员联户”入户走访活动",
        "重点了解独居老人、留守儿童的生活情况，现场解决群众反映的饮水、用电等问题23个",
        "全乡每名党员联系5至10户群众",
        "逐项跟踪落实",
    ],
    spam=["南宁同城上门服务微信hm6688"],
    regions=[
        ("大化瑶族自治县七百弄乡组织全乡党员干部", ["广西壮族自治区/河池市/大化瑶族自治县"]),
        ("党员干部深入弄场", []),
        ("七百弄乡地处大石山区", []),
        ("该乡将把走访中收集到的问题建立台账", []),
    ],
    complete=True,
)

art(
    "chiayi_gov_big5.htm",
    "臺灣縣政府 縣府新聞 saved .htm page in Big5 (<meta charset=big5>, site-name-only <title>, 回首頁 link bar, 現在位置 crumb, 標題/發布單位/發布日期 table with ROC numeric date 113-10-21, 回上一頁/友善列印, 版權所有 + 地址 + 總機 footer)",
    "big5",
    """
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=big5">
    <title>嘉義縣政府全球資訊網-縣府新聞</title>
    </head>
    <body>
    <div class="top"><a>回首頁</a> | <a>網站導覽</a> | <a>English</a> | <a>無障礙專區</a></div>
    <div class="path">現在位置：首頁 &gt; 新聞與公告 &gt; 縣府新聞</div>
    <table class="news">
    <tr><th>標題</th><td>梅山鄉青年返鄉種茶 縣府輔導打造精品茶園</td></tr>
    <tr><th>發布單位</th><td>農業處</td></tr>
    <tr><th>發布日期</th><td>113-10-21</td></tr>
    </table>
    <div class="content">
    <p>嘉義縣梅山鄉山區近年吸引不少青年返鄉接手家中茶園，縣府農業處透過專案輔導，協助青農取得產銷履歷驗證，打造精品茶園。</p>
    <p>今年三十二歲的林姓青農原本在臺北市從事設計工作，三年前回到老家接手父親的茶園，並把設計專長用在茶葉包裝上。</p>
    <p>農業處表示，縣內目前已有四十多位青農加入輔導計畫，未來將持續辦理製茶技術研習，並協助拓展銷售通路。</p>
    </div>
    <div class="back"><a>回上一頁</a> <a>友善列印</a></div>
    <div class="foot">嘉義縣政府 版權所有 地址：61249嘉義縣太保市祥和一路東段1號 總機：05-3620123</div>
    </body>
    </html>
    """,
    title="梅山鄉青年返鄉種茶 縣府輔導打造精品茶園",
    source="農業處",
    site="嘉義縣政府全球資訊網",
    date="2024-10-21",
    chrome=[
        "回首頁 | 網站導覽",
        "現在位置：首頁 > 新聞與公告",
        "回上一頁",
        "友善列印",
        "嘉義縣政府 版權所有",
    ],
    body=[
        "協助青農取得產銷履歷驗證",
        "並把設計專長用在茶葉包裝上",
        "未來將持續辦理製茶技術研習",
    ],
    regions=[
        ("嘉義縣梅山鄉山區近年吸引不少青年返鄉", ["台湾省/嘉义县"]),
        ("原本在臺北市從事設計工作", ["台湾省/台北市"]),
        ("縣內目前已有四十多位青農加入輔導計畫", []),
    ],
    complete=True,
)

art(
    "gcs_macau_ias.html",
    "澳門特區政府 新聞稿 saved HTML page (portal <title> = 標題 - 入口網站名, article:published_time meta, 首頁 > 新聞 > 新聞稿 crumb, department name + date+time spans, 分享至 bar, 相關新聞, © 特區政府 + 私隱政策 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-hant">
    <head>
    <meta charset="utf-8">
    <title>社工局推動長者社區照顧服務 - 澳門特別行政區政府入口網站</title>
    <meta property="article:published_time" content="2025-06-18T17:30:00+08:00">
    </head>
    <body>
    <header><a href="/">澳門特別行政區政府入口網站</a> <a>新聞</a> <a>服務</a> <a>政府架構</a> <a>繁</a> <a>简</a> <a>PT</a> <a>EN</a></header>
    <div class="crumb">首頁 &gt; 新聞 &gt; 新聞稿</div>
    <main>
    <h1>社工局推動長者社區照顧服務</h1>
    <div class="meta"><span class="dept">社會工作局</span> <span class="time">2025-06-18 17:30</span></div>
    <div class="body">
    <p>社會工作局持續推動長者社區照顧服務，今年在澳門北區新增兩間長者日間護理中心，為有需要的長者提供日間照顧及復康訓練。</p>
    <p>社工局表示，截至今年五月，相關中心共提供服務名額逾一千個，輪候時間較去年明顯縮短。</p>
    <p>另外，社工局亦與廣東省珠海市的養老機構合作，為有意在當地居住的長者提供資訊及轉介服務。</p>
    <p>市民如有查詢，可致電社工局長者服務處。</p>
    </div>
    <div class="share">分享至：<a>Facebook</a> <a>微信</a> <a>微博</a></div>
    <div class="related"><h3>相關新聞</h3><ul><li><a>社工局舉辦長者友善社區講座</a></li></ul></div>
    </main>
    <footer>© 2025 澳門特別行政區政府 | 私隱政策 | 使用條款</footer>
    </body>
    </html>
    """,
    title="社工局推動長者社區照顧服務",
    source="社會工作局",
    date="2025-06-18",
    chrome=["分享至：Facebook 微信 微博", "社工局舉辦長者友善社區講座", "私隱政策 | 使用條款"],
    body=[
        "為有需要的長者提供日間照顧及復康訓練",
        "輪候時間較去年明顯縮短",
        "為有意在當地居住的長者提供資訊及轉介服務",
        "可致電社工局長者服務處",
    ],
    regions=[
        ("今年在澳門北區新增兩間長者日間護理中心", ["澳门特别行政区"]),
        ("相關中心共提供服務名額逾一千個", []),
        ("社工局亦與廣東省珠海市的養老機構合作", ["广东省/珠海市"]),
        ("市民如有查詢", []),
    ],
    complete=True,
)


# --- Hong Kong and Macau -------------------------------------------------------------------
art(
    "rthk_agripark.html",
    "香港公營廣播 即時新聞 saved HTML page (RTHK: <title> = 標題 - RTHK, section nav, itemTitle h1, date as 2025-05-06 HKT 17:42, 分享 bar, 相關新聞, 版權所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-HK">
    <head>
    <meta charset="utf-8">
    <title>漁護署：農業園第二期明年起分階段開放 - RTHK</title>
    </head>
    <body>
    <div class="topnav"><a>新聞</a> | <a>即時新聞</a> | <a>本地</a> | <a>大中華</a> | <a>國際</a> | <a>財經</a> | <a>體育</a></div>
    <div class="itemContainer">
    <h2 class="itemTitle">漁護署：農業園第二期明年起分階段開放</h2>
    <div class="itemFullText">
    漁農自然護理署表示，位於香港新界的農業園第二期工程進展順利，預計明年起分階段開放予本地農戶使用。<br><br>
    署方發言人指，農業園會提供現代化溫室及水耕設施，協助農戶提升產量，並吸引年輕人入行。<br><br>
    有菜農表示，希望政府同時改善鄉郊道路及灌溉設施，方便農產品運出市區。<br><br>
    另外，部分本地菜早前已經透過網上平台銷往內地，主要客戶來自深圳市及廣州市。
    </div>
    <div class="createddate">2025-05-06 HKT 17:42</div>
    <div class="share">分享：<a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
    <div class="related"><h3>相關新聞</h3><a>本地菜農試用無人機施肥</a></div>
    </div>
    <div class="footer">香港電台版權所有 © 2025 RTHK</div>
    </body>
    </html>
    """,
    title="漁護署：農業園第二期明年起分階段開放",
    source="香港電台",
    date="2025-05-06",
    chrome=[
        "新聞 | 即時新聞 | 本地 | 大中華",
        "分享：Facebook X WhatsApp",
        "本地菜農試用無人機施肥",
        "香港電台版權所有",
    ],
    body=[
        "預計明年起分階段開放予本地農戶使用",
        "並吸引年輕人入行",
        "方便農產品運出市區",
        "主要客戶來自深圳市及廣州市",
    ],
    regions=[
        ("位於香港新界的農業園第二期工程進展順利", ["香港特别行政区"]),
        ("署方發言人指", []),
        ("有菜農表示，希望政府同時改善鄉郊道路", []),
        ("主要客戶來自深圳市及廣州市", ["广东省/深圳市", "广东省/广州市"]),
    ],
    complete=True,
)

art(
    "am730_tuenmun.txt",
    "香港免費報 website text save (am730: brand masthead, 本地 | 港聞 section line, date with weekday 2025年3月5日 星期三 12:05, 撰文 byline, 分享 line, 延伸閱讀 + 相關新聞, 下載App line, © 版權所有)",
    "utf-8",
    """
    am730
    本地 | 港聞
    屯門漁村變身海濱長廊 居民盼帶動小店生意
    2025年3月5日 星期三 12:05
    撰文：鄭嘉欣
    分享：Facebook WhatsApp

    位於香港屯門三聖一帶的海濱，經過兩年改善工程後重新開放，新建的海濱長廊連接漁村與附近屋苑，吸引不少市民前往散步。

    不少在漁村經營海鮮檔的商戶表示，開放後周末人流明顯增加，生意比以往好了兩三成。

    有居民則擔心人流過多會帶來噪音及泊車問題，希望當局加強管理。

    有地區人士表示，會向有關部門反映，爭取增設公共交通配套。

    延伸閱讀
    相關新聞：西貢碼頭翻新工程下月完工
    下載am730 App，隨時睇新聞
    © am730 版權所有
    """,
    title="屯門漁村變身海濱長廊 居民盼帶動小店生意",
    source="am730",
    date="2025-03-05",
    author="鄭嘉欣",
    chrome=[
        "本地 | 港聞",
        "分享：Facebook WhatsApp",
        "延伸閱讀",
        "相關新聞：西貢碼頭翻新工程下月完工",
        "下載am730 App",
        "© am730 版權所有",
    ],
    body=[
        "新建的海濱長廊連接漁村與附近屋苑",
        "生意比以往好了兩三成",
        "希望當局加強管理",
        "爭取增設公共交通配套",
    ],
    regions=[
        ("位於香港屯門三聖一帶的海濱", ["香港特别行政区"]),
        ("經營海鮮檔的商戶表示", []),
        ("有居民則擔心人流過多", []),
        ("有地區人士表示", []),
    ],
    complete=True,
)

art(
    "orangenews_lantau_bom_crlf.txt",
    "香港新聞網站 text save, UTF-8 with BOM and CRLF (橙新聞: site > section crumb, brand + date+time line, 【站名】 bracket lead, 【責任編輯】 in brackets, 下載App line, 版權所有未經授權不得轉載)",
    "utf-8",
    """
    橙新聞 > 香港新聞
    「中醫師駐村」服務擴展至大嶼山鄉郊
    橙新聞 2025-08-22 15:48

    【橙新聞】香港醫院管理局與多間中醫團體合作的「中醫師駐村」服務，本月起擴展至大嶼山多條鄉村，每周有中醫師到村診症。

    不少村民年紀較大，以往到市區看病要轉乘幾程車，現時在村公所就可以看中醫、取藥。

    有參與計劃的中醫師表示，鄉郊長者多患有關節痛及慢性病，定期跟進有助改善生活質素。

    計劃去年先在新界北部試行，反應理想，當局正研究進一步擴展至其他離島。

    【責任編輯：李詠詩】
    下載橙新聞App，睇更多新聞
    橙新聞版權所有，未經授權不得轉載
    """,
    title="「中醫師駐村」服務擴展至大嶼山鄉郊",
    source="橙新聞",
    date="2025-08-22",
    chrome=[
        "橙新聞 > 香港新聞",
        "【責任編輯：李詠詩】",
        "下載橙新聞App",
        "橙新聞版權所有，未經授權不得轉載",
    ],
    body=[
        "每周有中醫師到村診症",
        "現時在村公所就可以看中醫、取藥",
        "定期跟進有助改善生活質素",
        "當局正研究進一步擴展至其他離島",
    ],
    regions=[
        ("香港醫院管理局與多間中醫團體合作", ["香港特别行政区"]),
        ("不少村民年紀較大", []),
        ("有參與計劃的中醫師表示", []),
        ("計劃去年先在新界北部試行", []),
    ],
    complete=True,
    bom=True,
    crlf=True,
)

art(
    "houkong_macau_big5.txt",
    "澳門報章 text save in Big5 (濠江日報: paper name + section lines, title, date with weekday on its own line, 【本報訊】 lead, city-abbreviation compound 珠澳, 上一篇/下一篇/返回目錄, 版權所有)",
    "big5",
    """
    濠江日報
    澳聞
    珠澳跨境巴士新增路線 方便居民往返
    2025年9月2日 星期二

    【本報訊】為方便澳門居民往返珠海，兩地交通部門協商後，將於本月中旬新增一條跨境巴士路線，連接澳門關閘與珠海市香洲區多個住宅區。

    新路線全程約四十分鐘，每日早晚繁忙時段加密班次。

    有居民表示，以往要在口岸轉車，新路線開通後可以節省不少時間。

    珠澳兩地有關部門表示，會根據客流情況適時調整班次。

    上一篇　下一篇　返回目錄
    濠江日報版權所有
    """,
    title="珠澳跨境巴士新增路線 方便居民往返",
    source="濠江日報",
    date="2025-09-02",
    chrome=["上一篇　下一篇　返回目錄", "濠江日報版權所有"],
    body=[
        "將於本月中旬新增一條跨境巴士路線",
        "每日早晚繁忙時段加密班次",
        "新路線開通後可以節省不少時間",
        "會根據客流情況適時調整班次",
    ],
    regions=[
        ("為方便澳門居民往返珠海", ["澳门特别行政区", "广东省/珠海市/香洲区"]),
        ("新路線全程約四十分鐘", []),
        ("以往要在口岸轉車", []),
        ("珠澳兩地有關部門表示", ["广东省/珠海市", "澳门特别行政区"]),
    ],
    complete=True,
)

art(
    "tdm_coloane.html",
    "澳門公營廣播 新聞 saved HTML page (澳廣視: <title> = 標題 | 欄目 | TDM, article:published_time meta, nav, date+time div under the h1, 分享 bar, 相關新聞, © 公司名 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-hant">
    <head>
    <meta charset="utf-8">
    <title>路環村落活化計劃展開諮詢 | 澳廣視新聞 | TDM</title>
    <meta property="article:published_time" content="2025-04-23T19:35:00+08:00">
    </head>
    <body>
    <nav><a>首頁</a> <a>新聞</a> <a>電視</a> <a>電台</a> <a>節目表</a></nav>
    <article>
    <h1>路環村落活化計劃展開諮詢</h1>
    <div class="date">2025-04-23 19:35</div>
    <p>文化局今日起就澳門路環村落活化計劃展開公眾諮詢，計劃提出修復村內多座舊屋，並引入文創及特色餐飲。</p>
    <p>有居民表示，支持活化舊屋，但希望保留村落原有的寧靜氣氛，避免過度商業化。</p>
    <p>文化局表示，諮詢期為期六十日，期間會舉行三場公眾諮詢會。</p>
    </article>
    <div class="share">分享 <a>Facebook</a> <a>微信</a></div>
    <aside><h3>相關新聞</h3><a>十月初五街老店獲資助翻新</a></aside>
    <footer>© 2025 澳門廣播電視股份有限公司</footer>
    </body>
    </html>
    """,
    title="路環村落活化計劃展開諮詢",
    source="澳廣視",
    date="2025-04-23",
    chrome=["首頁 新聞 電視 電台 節目表", "十月初五街老店獲資助翻新", "澳門廣播電視股份有限公司"],
    body=[
        "計劃提出修復村內多座舊屋，並引入文創及特色餐飲",
        "避免過度商業化",
        "期間會舉行三場公眾諮詢會",
    ],
    regions=[
        ("文化局今日起就澳門路環村落活化計劃", ["澳门特别行政区"]),
        ("有居民表示，支持活化舊屋", []),
        ("諮詢期為期六十日", []),
    ],
    complete=True,
)


# --- Taiwan --------------------------------------------------------------------------------
art(
    "setn_nantou_bamboo.html",
    "臺灣電視台新聞網 saved HTML page with JSON-LD (三立新聞網: <title> = 標題 | 分類 | 站名 SETN.COM, NewsArticle datePublished, 記者X／地點報導 byline paragraph, 分享至 bar, 延伸閱讀 list, 版權所有 © footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-TW">
    <head>
    <meta charset="utf-8">
    <title>竹山青年返鄉 把孟宗竹做成文創商品 | 生活 | 三立新聞網 SETN.COM</title>
    <script type="application/ld+json">
    {"@context":"http://schema.org","@type":"NewsArticle","headline":"竹山青年返鄉 把孟宗竹做成文創商品","datePublished":"2025-01-16T14:20:00+08:00","dateModified":"2025-01-16T15:02:00+08:00","publisher":{"@type":"Organization","name":"三立新聞網"}}
    </script>
    </head>
    <body>
    <div class="top-menu"><a>首頁</a> <a>政治</a> <a>社會</a> <a>生活</a> <a>地方</a> <a>娛樂</a></div>
    <article>
    <h1 class="news-title">竹山青年返鄉 把孟宗竹做成文創商品</h1>
    <time>2025/01/16 14:20</time>
    <div id="Content1">
    <p>記者陳冠宇／南投報導</p>
    <p>南投縣竹山鎮素有「竹的故鄉」之稱，一群返鄉青年成立工作室，把當地盛產的孟宗竹做成餐具、燈具等文創商品，在網路上打開知名度。</p>
    <p>工作室負責人表示，過去竹子多半只能當建材，價格不高，現在經過設計加工，一件作品的售價是原料的幾十倍。</p>
    <p>工作室也和鎮上的老師傅合作，開設竹編體驗課程，吸引不少從台中市、彰化縣前來的親子遊客。</p>
    </div>
    </article>
    <div class="share">分享至 <a>Facebook</a> <a>LINE</a></div>
    <div class="extend"><h3>延伸閱讀</h3><a>鹿谷茶農搶收冬茶 產量較去年增加</a></div>
    <footer>三立新聞網 版權所有 © SET Inc.</footer>
    </body>
    </html>
    """,
    title="竹山青年返鄉 把孟宗竹做成文創商品",
    source="三立新聞網",
    date="2025-01-16",
    author="陳冠宇",
    chrome=[
        "首頁 政治 社會 生活 地方 娛樂",
        "分享至 Facebook LINE",
        "鹿谷茶農搶收冬茶 產量較去年增加",
        "三立新聞網 版權所有",
    ],
    body=[
        "一群返鄉青年成立工作室",
        "一件作品的售價是原料的幾十倍",
        "開設竹編體驗課程",
    ],
    regions=[
        ("南投縣竹山鎮素有「竹的故鄉」之稱", ["台湾省/南投县"]),
        ("過去竹子多半只能當建材", []),
        ("吸引不少從台中市、彰化縣前來的親子遊客", ["台湾省/台中市", "台湾省/彰化县"]),
    ],
    complete=True,
)

art(
    "nownews_miaoli.txt",
    "臺灣網路媒體 text save (NOWnews今日新聞: brand masthead, 分類 > 分類 crumb, ISO date+time line, 記者X／地點報導 byline, 今（2）日 dateline in the lead, 加入LINE好友 line, 相關新聞, 版權所有)",
    "utf-8",
    """
    NOWnews今日新聞
    生活 > 地方
    苗栗客庄老街辦「柿餅節」 青年返鄉擺攤
    2024-11-02 14:21
    記者范國強／苗栗報導

    苗栗縣公館鄉的老街今（2）日起舉辦「柿餅節」，街上擺滿了當地青年返鄉經營的攤位，吸引大批遊客前來品嚐剛曬好的柿餅。

    主辦單位表示，近年有不少年輕人回到客庄接手家中果園，並透過網路行銷把柿餅賣到全台各地。

    一名從新竹市返鄉的青農說，柿子產季只有短短兩個月，最忙的時候每天凌晨就要起床削皮、日曬。

    加入NOWnews今日新聞LINE好友，掌握最新消息
    相關新聞：大湖草莓季提前開跑 農民忙育苗
    NOWnews今日新聞 版權所有
    """,
    title="苗栗客庄老街辦「柿餅節」 青年返鄉擺攤",
    source="NOWnews今日新聞",
    date="2024-11-02",
    author="范國強",
    chrome=[
        "生活 > 地方",
        "加入NOWnews今日新聞LINE好友",
        "相關新聞：大湖草莓季提前開跑 農民忙育苗",
        "NOWnews今日新聞 版權所有",
    ],
    body=[
        "吸引大批遊客前來品嚐剛曬好的柿餅",
        "透過網路行銷把柿餅賣到全台各地",
        "最忙的時候每天凌晨就要起床削皮、日曬",
    ],
    regions=[
        ("苗栗縣公館鄉的老街今（2）日起舉辦", ["台湾省/苗栗县"]),
        ("主辦單位表示，近年有不少年輕人回到客庄", []),
        ("一名從新竹市返鄉的青農說", ["台湾省/新竹市"]),
    ],
    complete=True,
)

art(
    "tssd_yilan_big5.txt",
    "臺灣報紙 網站 text save in Big5 (台灣新生報: paper name + section lines, 中華民國113年12月9日 星期一 ROC date with weekday, 記者 X／地點報導 byline line, 【相關新聞】, 回上頁 列印, 版權所有)",
    "big5",
    """
    台灣新生報
    地方新聞
    宜蘭三星蔥田體驗 農會推小農市集
    中華民國113年12月9日 星期一
    記者 張文俊／宜蘭報導

    宜蘭縣三星鄉農會本週末舉辦蔥田體驗及小農市集，讓民眾下田拔蔥、學做蔥油餅，認識在地農業。

    農會總幹事表示，三星蔥種植面積約四百多公頃，近年面臨缺工問題，希望透過體驗活動吸引年輕人認識農業。

    活動期間也邀請花蓮縣的原住民農友前來擺攤，販售小米酒及手工藝品。

    【相關新聞】羅東林場週末音樂會 吸引親子同樂
    回上頁　列印
    台灣新生報 版權所有
    """,
    title="宜蘭三星蔥田體驗 農會推小農市集",
    source="台灣新生報",
    date="2024-12-09",
    author="張文俊",
    chrome=["【相關新聞】羅東林場週末音樂會 吸引親子同樂", "回上頁　列印", "台灣新生報 版權所有"],
    body=[
        "讓民眾下田拔蔥、學做蔥油餅",
        "近年面臨缺工問題",
        "販售小米酒及手工藝品",
    ],
    regions=[
        ("宜蘭縣三星鄉農會本週末舉辦", ["台湾省/宜兰县"]),
        ("三星蔥種植面積約四百多公頃", []),
        ("邀請花蓮縣的原住民農友前來擺攤", ["台湾省/花莲县"]),
    ],
    complete=True,
)

art(
    "upmedia_taitung.txt",
    "臺灣網路媒體 text save (上報: brand masthead with English name, section line, 作者：X + 2025年02月18日 10:05:00 on one line, escort spam with a city name injected mid-sentence, 訂閱電子報/加入會員, 版權所有 ©)",
    "utf-8",
    """
    上報 Up Media
    地方
    池上稻田藝術節吸客 休耕期也熱鬧
    作者：吳秀玲　2025年02月18日 10:05:00

    臺東縣池上鄉今年持續推動稻田彩繪及藝術節活動，吸引遊客在休耕期間走進田間。

    鄉公所表示，藝術節期間每天平均有三千多名遊客到訪台北外送茶LINE:tw520，帶動周邊民宿、餐飲業者生意。

    不少遊客從高雄市搭火車前來，當地業者也推出單車導覽行程。

    訂閱上報電子報　加入會員
    上報 版權所有 © Up Media
    """,
    title="池上稻田藝術節吸客 休耕期也熱鬧",
    source="上報",
    date="2025-02-18",
    author="吳秀玲",
    chrome=["訂閱上報電子報", "加入會員", "上報 版權所有 © Up Media"],
    body=[
        "吸引遊客在休耕期間走進田間",
        "每天平均有三千多名遊客到訪，帶動周邊民宿、餐飲業者生意",
        "當地業者也推出單車導覽行程",
    ],
    spam=["台北外送茶LINE:tw520"],
    regions=[
        ("臺東縣池上鄉今年持續推動稻田彩繪", ["台湾省/台东县"]),
        ("鄉公所表示，藝術節期間每天平均有三千多名遊客到訪", []),
        ("不少遊客從高雄市搭火車前來", ["台湾省/高雄市"]),
    ],
    complete=True,
)

art(
    "cdns_tainan_roc_slash.txt",
    "臺灣地方報 網站 text save (中華日報: paper + 新聞雲 masthead, 南部新聞 > 臺南 crumb, ROC slash date 114/03/21 10:30, 記者 X／臺南報導 byline, 分享至, 上一則/下一則, 版權所有)",
    "utf-8",
    """
    中華日報 中華新聞雲
    南部新聞 > 臺南
    安南區老漁村發展生態旅遊 黑面琵鷺成亮點
    114/03/21 10:30
    記者 鄭雅文／臺南報導

    臺南市安南區沿海的老漁村近年結合黑面琵鷺保育發展生態旅遊，社區居民擔任導覽員，帶遊客搭膠筏賞鳥。

    社區發展協會理事長說，過去村裡年輕人都往外跑，現在有了觀光收入，部分青年願意回鄉幫忙。

    市府農業局表示，今年將協助社區改善導覽解說設施，並輔導發展漁村特色餐飲。

    分享至 Facebook LINE
    上一則　下一則
    中華日報 版權所有
    """,
    title="安南區老漁村發展生態旅遊 黑面琵鷺成亮點",
    source="中華日報",
    date="2025-03-21",
    author="鄭雅文",
    chrome=["南部新聞 > 臺南", "分享至 Facebook LINE", "上一則　下一則", "中華日報 版權所有"],
    body=[
        "社區居民擔任導覽員，帶遊客搭膠筏賞鳥",
        "部分青年願意回鄉幫忙",
        "並輔導發展漁村特色餐飲",
    ],
    regions=[
        ("臺南市安南區沿海的老漁村", ["台湾省/台南市"]),
        ("社區發展協會理事長說", []),
        ("市府農業局表示", []),
    ],
    complete=True,
)

art(
    "kmdn_kinmen.txt",
    "臺灣離島報 網站 text save (金門日報: paper name + section lines, 發布日期：ISO date line, 記者 X／報導 byline, 瀏覽人次 counter with thousands comma, 廈金 city-abbreviation compound, 回上頁, 報社版權所有)",
    "utf-8",
    """
    金門日報
    地方新聞
    廈金航線旅客回溫 碼頭周邊商家盼商機
    發布日期：2025-03-14
    記者 許志榮／報導
    瀏覽人次：2,145

    隨著廈金航線旅客人數回升，金門縣金城鎮碼頭周邊商家近期忙著整修店面，準備迎接觀光客。

    業者表示，不少旅客從廈門市搭船前來，一日遊行程以購買貢糖、菜刀等特產為主。

    縣府觀光處表示，將加強碼頭至市區的接駁服務，並在周邊增設指引標誌。

    回上頁
    金門日報社 版權所有
    """,
    title="廈金航線旅客回溫 碼頭周邊商家盼商機",
    source="金門日報",
    date="2025-03-14",
    author="許志榮",
    chrome=["瀏覽人次：2,145", "回上頁", "金門日報社 版權所有"],
    body=[
        "碼頭周邊商家近期忙著整修店面",
        "一日遊行程以購買貢糖、菜刀等特產為主",
        "並在周邊增設指引標誌",
    ],
    regions=[
        ("隨著廈金航線旅客人數回升", ["福建省/厦门市", "台湾省/金门县"]),
        ("不少旅客從廈門市搭船前來", ["福建省/厦门市"]),
        ("縣府觀光處表示", []),
    ],
    complete=True,
)


# --- overseas Chinese-language media -------------------------------------------------------
art(
    "enanyang_anxi.html",
    "马来西亚华文报 saved HTML page (南洋商报: <title> = 标题 | 站名, article:published_time meta, 报道：X byline div, （吉隆坡8日讯）dateline lead, organisation named after a place, 分享 bar, 热门新闻, © 版权所有 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh">
    <head>
    <meta charset="utf-8">
    <title>大马安溪会馆组团回乡谒祖 | 南洋商报</title>
    <meta property="article:published_time" content="2025-07-08T18:45:00+08:00">
    </head>
    <body>
    <div class="menu"><a>全国</a> <a>地方</a> <a>言路</a> <a>财经</a> <a>国际</a> <a>副刊</a></div>
    <div class="post">
    <h1>大马安溪会馆组团回乡谒祖</h1>
    <div class="byline">报道：陈思颖</div>
    <div class="post-content">
    <p>（吉隆坡8日讯）马来西亚安溪会馆一行40人日前组团回到福建省泉州市安溪县谒祖寻根，参观当地茶园和侨史馆。</p>
    <p>会馆会长表示，不少年轻一代会员是第一次回到祖籍地，看到家乡的变化都很感动。</p>
    <p>代表团也走访了当地的铁观音茶农，了解茶叶种植和加工过程，并洽谈茶叶进口合作。</p>
    <p>安溪会馆青年团团长说，今后会定期组织青年回乡交流。</p>
    </div>
    </div>
    <div class="share">分享 <a>Facebook</a> <a>WhatsApp</a></div>
    <div class="hot"><h3>热门新闻</h3><a>雪州华小新学年报名人数增加</a></div>
    <footer>© 南洋商报 版权所有</footer>
    </body>
    </html>
    """,
    title="大马安溪会馆组团回乡谒祖",
    source="南洋商报",
    date="2025-07-08",
    author="陈思颖",
    chrome=[
        "全国 地方 言路 财经 国际 副刊",
        "分享 Facebook WhatsApp",
        "雪州华小新学年报名人数增加",
        "© 南洋商报 版权所有",
    ],
    body=[
        "参观当地茶园和侨史馆",
        "看到家乡的变化都很感动",
        "并洽谈茶叶进口合作",
        "今后会定期组织青年回乡交流",
    ],
    regions=[
        ("组团回到福建省泉州市安溪县谒祖寻根", ["福建省/泉州市/安溪县"]),
        ("会馆会长表示", []),
        ("代表团也走访了当地的铁观音茶农", []),
        ("安溪会馆青年团团长说", []),
    ],
    complete=True,
)

art(
    "kwongwah_dabu_urldate.txt",
    "马来西亚华文报 text save with the date only in the saved URL (光华日报: paper name, region > state crumb, 原文链接 with /20250514/ path, （乔治市14日讯）dateline lead, organisation named after a place, ambiguous county name, 分享到, 订阅电子报, 版权所有)",
    "utf-8",
    """
    光华日报
    北马 > 槟城
    梅州会馆寻根团 走访大埔客家围屋
    原文链接：https://www.kwongwah.com.my/20250514/meizhou-huiguan-xungen/

    （乔治市14日讯）槟城梅州会馆寻根团一行30人日前前往广东省梅州市大埔县，走访当地客家围屋及祖祠，并与宗亲座谈。

    团员之一的林女士说，她的祖父当年从大埔乘船南来，这次终于回到了祖父出生的村子。

    梅州会馆会长表示，会馆明年将举办客家文化节，邀请家乡艺术团前来演出。

    寻根团回程时也顺道参观了汕头市的侨批文物馆。

    分享到 Facebook
    订阅光华日报电子报
    光华日报版权所有
    """,
    title="梅州会馆寻根团 走访大埔客家围屋",
    source="光华日报",
    date="2025-05-14",
    chrome=["北马 > 槟城", "分享到 Facebook", "订阅光华日报电子报", "光华日报版权所有"],
    body=[
        "走访当地客家围屋及祖祠，并与宗亲座谈",
        "这次终于回到了祖父出生的村子",
        "邀请家乡艺术团前来演出",
        "参观了汕头市的侨批文物馆",
    ],
    regions=[
        ("前往广东省梅州市大埔县", ["广东省/梅州市/大埔县"]),
        ("她的祖父当年从大埔乘船南来", ["广东省/梅州市/大埔县"]),
        ("梅州会馆会长表示", []),
        ("寻根团回程时也顺道参观了汕头市", ["广东省/汕头市"]),
    ],
    complete=True,
)

art(
    "oushinet_qingtian.txt",
    "欧洲华文报 网站 text save (欧洲时报: site > 华人 > 侨乡 crumb, date+time + 来源 + 作者 on one line, 分享到, 推荐阅读, 版权所有转载请注明出处)",
    "utf-8",
    """
    欧洲时报网 > 华人 > 侨乡
    青田侨乡“洋超市”里的家门口生意
    2025-05-11 08:00  来源：欧洲时报  作者：叶子涵
    分享到：

    在浙江省丽水市青田县，一家家“洋超市”里摆满了葡萄酒、橄榄油和奶酪，店主大多是从意大利、西班牙回乡的华侨。

    华侨陈先生在意大利米兰生活了二十多年，五年前回到青田开了一家进口商品店，货源由仍在欧洲的亲戚直接发货。

    如今，这些“洋超市”已经成为当地的一张名片，不少游客从温州、杭州专程前来购物。

    侨乡的年轻人则通过直播，把欧洲的商品卖到了全国各地。

    推荐阅读：巴黎华侨华人会举办新春联欢
    欧洲时报版权所有，转载请注明出处
    """,
    title="青田侨乡“洋超市”里的家门口生意",
    source="欧洲时报",
    date="2025-05-11",
    author="叶子涵",
    chrome=[
        "欧洲时报网 > 华人 > 侨乡",
        "推荐阅读：巴黎华侨华人会举办新春联欢",
        "欧洲时报版权所有，转载请注明出处",
    ],
    body=[
        "店主大多是从意大利、西班牙回乡的华侨",
        "货源由仍在欧洲的亲戚直接发货",
        "已经成为当地的一张名片",
        "把欧洲的商品卖到了全国各地",
    ],
    regions=[
        ("在浙江省丽水市青田县", ["浙江省/丽水市/青田县"]),
        ("五年前回到青田开了一家进口商品店", ["浙江省/丽水市/青田县"]),
        ("不少游客从温州、杭州专程前来购物", ["浙江省/温州市", "浙江省/杭州市"]),
        ("侨乡的年轻人则通过直播", []),
    ],
    complete=True,
)

art(
    "rfi_xiushui.html",
    "境外广播 中文网 saved HTML page (RFI: <title> = 标题 - RFI - 台名, article:published_time in UTC, 发表时间 label with 年月日 date, subscription + advert blocks, 分享, 相关文章, © 台名 footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>江西修水：留守老人的“幸福食堂” - RFI - 法国国际广播电台</title>
    <meta property="article:published_time" content="2025-06-03T02:12:00+00:00">
    </head>
    <body>
    <div class="m-header"><a>首页</a> <a>中国</a> <a>法国</a> <a>国际</a> <a>专栏</a> <a>订阅</a></div>
    <article>
    <h1>江西修水：留守老人的“幸福食堂”</h1>
    <p class="m-pubdate">发表时间：2025年06月03日 10:12</p>
    <div class="t-content">
    <p>在中国江西省九江市修水县的一个山村里，村委会把闲置的小学改成了“幸福食堂”，每天中午为村里的七十多位老人提供午餐。</p>
    <p>食堂负责人说，老人每餐只需交两元钱，其余费用由村集体和在外乡贤捐助。</p>
    <div class="ad">广告</div>
    <p>当地年轻人大多在广东、浙江打工，村里常住人口以老人和儿童为主。</p>
    <p>有研究农村问题的学者对法广表示，这类互助养老模式能否持续，关键在于稳定的资金来源。</p>
    </div>
    </article>
    <div class="share">分享 <a>Facebook</a> <a>X</a> <a>Email</a></div>
    <div class="related"><h3>相关文章</h3><a>中国农村养老：从家庭到社区</a></div>
    <footer>© 2025 法国国际广播电台 | 法律声明</footer>
    </body>
    </html>
    """,
    title="江西修水：留守老人的“幸福食堂”",
    source="法国国际广播电台",
    date="2025-06-03",
    chrome=[
        "首页 中国 法国 国际 专栏 订阅",
        "分享 Facebook X Email",
        "中国农村养老：从家庭到社区",
        "法律声明",
    ],
    body=[
        "村委会把闲置的小学改成了“幸福食堂”",
        "其余费用由村集体和在外乡贤捐助",
        "村里常住人口以老人和儿童为主",
        "关键在于稳定的资金来源",
    ],
    regions=[
        ("在中国江西省九江市修水县的一个山村里", ["江西省/九江市/修水县"]),
        ("老人每餐只需交两元钱", []),
        ("当地年轻人大多在广东、浙江打工", ["广东省", "浙江省"]),
        ("有研究农村问题的学者对法广表示", []),
    ],
    complete=True,
)


# --- aggregators, reposts, forums and blogs ------------------------------------------------
art(
    "qutoutiao_luanping.txt",
    "资讯聚合 app repost text save (趣头条: title first, account + MM-DD time without year + 关注 line, 阅读 counter, X日报讯（记者）lead, （原载《X日报》date 第N版）credit line giving the year, 打开app line, 评论 counter, 热门评论)",
    "utf-8",
    """
    滦平：“菜篮子”直通京城餐桌
    承德日报　01-12 20:16　关注
    阅读 5621

    承德日报讯（记者 孙立新）走进滦平县巴克什营镇的蔬菜大棚，一茬茬西红柿长势正旺，工人们正忙着采摘装箱，这些蔬菜第二天一早就能摆上北京市民的餐桌。

    滦平地处京津冀协同发展的前沿，近年来当地瞄准大城市市场，建设了一批标准化蔬菜基地。

    合作社负责人说，基地和北京的几家商超签了长期订单，价格稳定，不愁销路。

    目前，全县蔬菜种植面积达到12万亩，带动近万户农民增收。

    （原载《承德日报》2025年1月12日第3版）
    打开趣头条，看更多精彩内容
    评论 12　举报
    热门评论
    """,
    title="滦平：“菜篮子”直通京城餐桌",
    source="承德日报",
    site="趣头条",
    date="2025-01-12",
    author="孙立新",
    chrome=["阅读 5621", "打开趣头条，看更多精彩内容", "评论 12　举报", "热门评论"],
    body=[
        "一茬茬西红柿长势正旺",
        "建设了一批标准化蔬菜基地",
        "价格稳定，不愁销路",
        "带动近万户农民增收",
    ],
    regions=[
        ("走进滦平县巴克什营镇的蔬菜大棚", ["河北省/承德市/滦平县", "北京市"]),
        ("滦平地处京津冀协同发展的前沿", ["河北省/承德市/滦平县", "北京市", "天津市"]),
        ("基地和北京的几家商超签了长期订单", ["北京市"]),
        ("全县蔬菜种植面积达到12万亩", []),
    ],
    complete=True,
)

art(
    "360doc_yongfeng_gbk.txt",
    "个人图书馆 repost text save in GBK (360doc: site name + menu line, title, collection name + date + 发布于 province + 转藏 line, 转自：X日报 line, gambling spam with a place name injected mid-sentence, 分享 line, platform disclaimer, 举报, 猜你喜欢)",
    "gbk",
    """
    360doc个人图书馆
    首页 | 阅览室 | 馆友 | 我的图书馆
    永丰：“新农人”种出富硒蔬菜
    乡土情深　2025-02-03　发布于江西　|　转藏
    转自：吉安日报

    　　“以前种菜靠经验，现在靠数据。”在吉安市永丰县佐龙乡的富硒蔬菜基地，返乡青年刘明亮打开手机，大棚里的温度、湿度一目了然。

    　　刘明亮大学学的是农学，毕业后在深圳工作了几年，2021年回到家乡承包了80亩土地种植富硒蔬菜。

    　　如今，他的蔬菜通过社区团购卖到了南昌等地澳门葡京在线娱乐开户送彩金，年销售额超过300万元。

    　　在他的带动下，周边30多户村民也种起了富硒蔬菜。

    分享：微信　QQ空间　微博
    本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。
    举报
    猜你喜欢
    """,
    title="永丰：“新农人”种出富硒蔬菜",
    source="吉安日报",
    site="360doc个人图书馆",
    date="2025-02-03",
    chrome=[
        "首页 | 阅览室 | 馆友 | 我的图书馆",
        "发布于江西",
        "分享：微信　QQ空间　微博",
        "本站是提供个人知识管理的网络存储空间",
        "猜你喜欢",
    ],
    body=[
        "大棚里的温度、湿度一目了然",
        "回到家乡承包了80亩土地种植富硒蔬菜",
        "通过社区团购卖到了南昌等地，年销售额超过300万元",
        "周边30多户村民也种起了富硒蔬菜",
    ],
    spam=["澳门葡京在线娱乐开户送彩金"],
    regions=[
        ("在吉安市永丰县佐龙乡的富硒蔬菜基地", ["江西省/吉安市/永丰县"]),
        ("毕业后在深圳工作了几年", ["广东省/深圳市"]),
        ("通过社区团购卖到了南昌等地", ["江西省/南昌市"]),
        ("周边30多户村民也种起了富硒蔬菜", []),
    ],
    complete=True,
)

art(
    "jianshu_tongdao_repost.md",
    "写作平台 Markdown export (简书: `# ` heading, cover image line, author nickname line, 2025.01.26 21:40:15 dotted timestamp + 字数 + 阅读 counters, > 本文转载自“X” quote credit, 著作权 footer, app line, 赞/评论 counters)",
    "utf-8",
    """
    # 通道：侗寨里的“村晚”唱到了深夜

    ![](https://upload-images.jianshu.io/upload_images/2918374-8a1c.jpg)

    山野行记
    2025.01.26 21:40:15　字数 1,036　阅读 287

    > 本文转载自“通道侗族自治县融媒体中心”，仅作分享，侵删。

    腊月二十，怀化市通道侗族自治县的一个侗寨里，鼓楼前的坪地上搭起了舞台，一年一度的“村晚”开场了。

    节目全部由村民自编自演，侗族大歌、芦笙舞、小品轮番上阵，在外打工回来的年轻人也登台献艺。

    “在广东打了一年工，回来能看到这么热闹的村晚，心里特别暖。”刚从东莞回来的小杨说。

    演出一直持续到深夜，寨子里的老人们说，这是一年里最热闹的一个晚上。

    © 著作权归作者所有，转载或内容合作请联系作者
    更多精彩内容，就在简书APP
    赞 12　评论 3
    """,
    title="通道：侗寨里的“村晚”唱到了深夜",
    source="通道侗族自治县融媒体中心",
    site="简书",
    date="2025-01-26",
    chrome=["字数 1,036", "© 著作权归作者所有", "更多精彩内容，就在简书APP", "赞 12　评论 3"],
    body=[
        "鼓楼前的坪地上搭起了舞台",
        "在外打工回来的年轻人也登台献艺",
        "回来能看到这么热闹的村晚，心里特别暖",
        "这是一年里最热闹的一个晚上",
    ],
    regions=[
        ("怀化市通道侗族自治县的一个侗寨里", ["湖南省/怀化市/通道侗族自治县"]),
        ("节目全部由村民自编自演", []),
        ("刚从东莞回来的小杨说", ["广东省/东莞市"]),
        ("演出一直持续到深夜", []),
    ],
    complete=True,
)

art(
    "tianya_huoshan_repost.txt",
    "论坛 repost text save (天涯社区: board crumb, [转帖] title prefix, 楼主 + 时间 + 点击 + 回复 line, 转自《X日报》 line, fake-certificate spam injected mid-sentence, brand named after a place, 本帖最后由…编辑, numbered reply with its own date, 回复 | 举报)",
    "utf-8",
    """
    天涯社区 > 天涯杂谈
    [转帖]霍山：“茶旅融合”让山里人吃上旅游饭
    楼主：皖西老汪　时间：2024-09-18 21:33:05　点击：1203　回复：36
    转自《六安日报》

    近日，记者走进六安市霍山县太平畈乡，漫山遍野的茶园里，游客们跟着茶农学采茶、学炒茶，体验一把“当茶农”的乐趣。

    霍山黄芽是有名的好茶，过去茶农只卖干茶，收入有限。近年来，当地把茶园变成景区，发展茶旅融合。

    茶农老程家开了农家乐，旺季时每天接待游客上百人高仿证件制作加微信zz8899，一年收入比单纯卖茶多了一倍。

    不少游客来自合肥、南京等地，周末自驾前来。

    本帖最后由 皖西老汪 于 2024-09-18 21:35 编辑
    回复 | 举报
    #1楼　路人甲　2024-09-18 22:01
    顶一个，山里的茶确实好喝
    """,
    title="霍山：“茶旅融合”让山里人吃上旅游饭",
    source="六安日报",
    site="天涯社区",
    date="2024-09-18",
    chrome=[
        "天涯社区 > 天涯杂谈",
        "本帖最后由 皖西老汪",
        "回复 | 举报",
        "#1楼　路人甲",
        "顶一个，山里的茶确实好喝",
    ],
    body=[
        "游客们跟着茶农学采茶、学炒茶",
        "过去茶农只卖干茶，收入有限",
        "旺季时每天接待游客上百人，一年收入比单纯卖茶多了一倍",
        "周末自驾前来",
    ],
    spam=["高仿证件制作加微信zz8899"],
    regions=[
        ("记者走进六安市霍山县太平畈乡", ["安徽省/六安市/霍山县"]),
        ("霍山黄芽是有名的好茶", []),
        ("茶农老程家开了农家乐", []),
        ("不少游客来自合肥、南京等地", ["安徽省/合肥市", "江苏省/南京市"]),
    ],
    complete=True,
)


# --- WeChat articles: copied text and Markdown ---------------------------------------------
art(
    "wechat_copy_shunchang.txt",
    "微信公众号 copied as plain text (title, 原创 + author + account + 年月日 time + IP province on one line, 点击蓝字 关注我们, 来源：X融媒体中心 at the end, 编辑/审核/终审 three-level review line, 往期推荐 list, 分享 收藏 点赞 在看 bar)",
    "utf-8",
    """
    顺昌：“乡村夜校”点亮村民致富路
    原创 顺昌发布 顺昌发布 2025年05月20日 18:30 福建
    点击蓝字 关注我们

    近日，南平市顺昌县大干镇的“乡村夜校”开课了，村民们吃过晚饭就赶到村文化礼堂，听农技专家讲竹林管护技术。

    “白天要干农活，晚上来上课正合适。”村民老黄说，去年听了几堂课，家里毛竹林的产量提高了不少。

    据悉，顺昌县今年已开设“乡村夜校”42所，课程涵盖种养技术、电商直播、法律知识等。

    来源：顺昌县融媒体中心
    编辑：李婷　审核：陈志强　终审：黄文斌
    往期推荐
    顺昌：海峡杉木良种基地迎来采种季
    分享　收藏　点赞　在看
    """,
    title="顺昌：“乡村夜校”点亮村民致富路",
    source="顺昌县融媒体中心",
    date="2025-05-20",
    chrome=[
        "点击蓝字 关注我们",
        "编辑：李婷　审核：陈志强　终审：黄文斌",
        "往期推荐",
        "顺昌：海峡杉木良种基地迎来采种季",
        "分享　收藏　点赞　在看",
    ],
    body=[
        "听农技专家讲竹林管护技术",
        "晚上来上课正合适",
        "课程涵盖种养技术、电商直播、法律知识等",
    ],
    regions=[
        ("南平市顺昌县大干镇的“乡村夜校”开课了", ["福建省/南平市/顺昌县"]),
        ("白天要干农活，晚上来上课正合适", []),
        ("顺昌县今年已开设“乡村夜校”42所", ["福建省/南平市/顺昌县"]),
    ],
    complete=True,
)

art(
    "wechat_frontmatter_wuyuan.md",
    "微信公众号 saved as Markdown by a clipper with YAML front matter (title/author/date/source URL/tags), cover image, account + date+time + 发表于 province line, 阅读原文, 喜欢此内容的人还喜欢, 赞/在看",
    "utf-8",
    """
    ---
    title: 婺源：古村里的“乡贤理事会”
    author: 婺源发布
    date: 2025-10-12
    source: https://mp.weixin.qq.com/s/Xk3bq7TnR2m9wLp
    tags: [乡村治理, 乡贤]
    ---

    ![封面](https://mmbiz.qpic.cn/mmbiz_jpg/Qx7Lp2/640.jpeg)

    婺源发布 2025-10-12 19:05 发表于江西

    在上饶市婺源县江湾镇的一个古村落里，每逢月初，村里的“乡贤理事会”都要在祠堂里开一次会，商量村里的大事小情。

    理事会成员有退休教师、老党员，也有在外经商的乡贤。去年，理事会牵头修缮了村里的古桥和石板路。

    在杭州经商的乡贤汪先生每年都回村参加理事会，他说：“家乡的事，能出一份力就出一份力。”

    目前，婺源县已有100多个村成立了乡贤理事会。

    [阅读原文](https://mp.weixin.qq.com/s/Xk3bq7TnR2m9wLp)

    喜欢此内容的人还喜欢

    赞　在看
    """,
    title="婺源：古村里的“乡贤理事会”",
    source="婺源发布",
    date="2025-10-12",
    chrome=["阅读原文", "喜欢此内容的人还喜欢", "赞　在看"],
    body=[
        "商量村里的大事小情",
        "理事会牵头修缮了村里的古桥和石板路",
        "能出一份力就出一份力",
        "已有100多个村成立了乡贤理事会",
    ],
    regions=[
        ("在上饶市婺源县江湾镇的一个古村落里", ["江西省/上饶市/婺源县"]),
        ("理事会成员有退休教师、老党员", []),
        ("在杭州经商的乡贤汪先生", ["浙江省/杭州市"]),
        ("婺源县已有100多个村成立了乡贤理事会", ["江西省/上饶市/婺源县"]),
    ],
    complete=True,
)

art(
    "wechat_md_heading_xixia.md",
    "微信公众号 saved as Markdown with a `# ` heading and a > 来源 | 编辑 | date quote line, image line, --- rule, **往期回顾** bold heading + list, 点个在看 line, 阅读原文",
    "utf-8",
    """
    # 西峡：一颗香菇撑起致富伞

    > 来源：西峡县融媒体中心 | 编辑：周雪 | 2025-11-06

    ![](https://mmbiz.qpic.cn/mmbiz_jpg/Ab3Kx9/640.jpeg)

    初冬时节，南阳市西峡县丁河镇的香菇大棚里，菇农们正忙着采摘、分拣，一箱箱新鲜香菇被装上冷链车。

    这里的香菇远近闻名，当地建起了香菇交易市场和加工园区，产品出口到东南亚、欧洲等地。

    菇农王大哥说，今年香菇价格不错，一个大棚能挣两万多元。

    据了解，全县香菇从业人员达20万人，香菇产业已成为群众增收的主导产业。

    ---

    **往期回顾**

    - 猕猴桃丰收季，果农笑开颜

    点个“在看”，你最好看

    阅读原文
    """,
    title="西峡：一颗香菇撑起致富伞",
    source="西峡县融媒体中心",
    date="2025-11-06",
    chrome=["往期回顾", "猕猴桃丰收季，果农笑开颜", "点个“在看”，你最好看", "阅读原文"],
    body=[
        "一箱箱新鲜香菇被装上冷链车",
        "产品出口到东南亚、欧洲等地",
        "一个大棚能挣两万多元",
        "香菇产业已成为群众增收的主导产业",
    ],
    regions=[
        ("南阳市西峡县丁河镇的香菇大棚里", ["河南省/南阳市/西峡县"]),
        ("这里的香菇远近闻名", []),
        ("菇农王大哥说", []),
        ("全县香菇从业人员达20万人", []),
    ],
    complete=True,
)


# --- e-paper pages (text copies, PDF copy, HTML) -------------------------------------------
art(
    "xyrb_epaper_zaoyang.txt",
    "地市党报 数字报 text copy (paper name, date with weekday line, 第A03版：栏目 line, 上一版/下一版, 主题 + ——副题, 本报记者 + 通讯员 byline, former city name in the body, 本版编辑 + 校对 line, 上一篇/下一篇/返回目录, 报社版权所有)",
    "utf-8",
    """
    襄阳日报
    2025年06月12日　星期四
    第A03版：县域经济
    上一版　下一版

    桃花源里好耕田
    ——枣阳市“小田并大田”改革见闻
    本报记者 陈俊峰　通讯员 余小敏

    　　芒种时节，枣阳市太平镇的田野上，收割机来回穿梭。几年前还是一块块“巴掌田”，如今连成了上百亩的大田。

    　　老农李大伯还记得，上世纪八十年代他在襄樊市区打工时，村里的地被分成了几十块，耕牛都转不开身。

    　　“小田并大田”后，村集体统一流转土地，引进种粮大户规模经营，亩均成本下降了一百多元。

    　　目前，枣阳市已完成“小田并大田”改造面积超过20万亩。

    本版编辑：王磊　校对：刘芳
    上一篇　下一篇　返回目录
    襄阳日报社版权所有
    """,
    title="桃花源里好耕田",
    source="襄阳日报",
    date="2025-06-12",
    chrome=[
        "第A03版：县域经济",
        "上一版　下一版",
        "本版编辑：王磊　校对：刘芳",
        "上一篇　下一篇　返回目录",
        "襄阳日报社版权所有",
    ],
    body=[
        "收割机来回穿梭",
        "耕牛都转不开身",
        "亩均成本下降了一百多元",
        "改造面积超过20万亩",
    ],
    regions=[
        ("芒种时节，枣阳市太平镇的田野上", ["湖北省/襄阳市/枣阳市"]),
        ("他在襄樊市区打工时", ["湖北省/襄阳市"]),
        ("村集体统一流转土地", []),
        ("枣阳市已完成“小田并大田”改造面积", ["湖北省/襄阳市/枣阳市"]),
    ],
    complete=True,
)

art(
    "sxdaily_pdf_pingli_gbk.txt",
    "省级党报 PDF page copied as text in GBK (spaced-out masthead, date + weekday line, bare page number, spaced 版名, 责任编辑/美术编辑 line, hard-wrapped body lines mid-sentence, a town sharing a district's name, 广告经营许可证 footer)",
    "gbk",
    """
    陕 西 日 报
    2025年8月26日　星期二
    3
    市 县 新 闻
    责任编辑：马丽　美术编辑：韩冰

    平利：茶园里长出“共富经”
    本报记者 郑晓辉

    　　本报讯 8月下旬，在安康市平利县
    长安镇的茶园里，茶农们正在进行秋
    季茶园管护，除草、施肥、修剪，一
    派忙碌景象。
    　　平利是“中国富硒茶之乡”，全县
    茶园面积达到22万亩，茶产业带动了
    4万多户茶农增收。
    　　茶农老吴说，现在茶叶不愁卖，合
    作社统一收购，年底还能分红。
    　　近年来，平利县还把茶园和乡村旅
    游结合起来，吸引西安、武汉等地游
    客前来采茶观光。

    广告经营许可证：6100004000001　零售价：1.50元
    """,
    title="平利：茶园里长出“共富经”",
    source="陕西日报",
    date="2025-08-26",
    author="郑晓辉",
    chrome=["责任编辑：马丽　美术编辑：韩冰", "广告经营许可证：6100004000001"],
    body=[
        "茶农们正在进行秋季茶园管护",
        "茶产业带动了4万多户茶农增收",
        "合作社统一收购，年底还能分红",
        "吸引西安、武汉等地游客前来采茶观光",
    ],
    regions=[
        ("在安康市平利县", ["陕西省/安康市/平利县"]),
        ("平利是“中国富硒茶之乡”", ["陕西省/安康市/平利县"]),
        ("茶农老吴说", []),
        ("平利县还把茶园和乡村旅", ["陕西省/安康市/平利县", "陕西省/西安市", "湖北省/武汉市"]),
    ],
    complete=True,
)

art(
    "gnrb_epaper_ruijin.html",
    "地市党报 modern 数字报 saved HTML page (paper-name-only <title>, 上一期/下一期/往期回顾 bar, date + 版次 header, article-title/subtitle/author divs, 版面导航 list of the page's other titles, 报社版权所有 + 赣ICP footer)",
    "utf-8",
    """
    <!DOCTYPE html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>赣南日报</title>
    </head>
    <body>
    <div class="paper-top"><a>上一期</a> <a>下一期</a> <a>往期回顾</a></div>
    <div class="paper-date">2025年10月17日　第02版：综合新闻</div>
    <div class="article">
    <div class="article-title">“红色村”里的新产业</div>
    <div class="article-subtitle">研学游带火农家乐</div>
    <div class="article-author">本报记者 钟华平</div>
    <div class="article-content">
    <p>　　深秋时节，赣州市瑞金市叶坪乡的一个红色村落里，游客络绎不绝。村里依托红色资源，办起了研学基地和农家乐。</p>
    <p>　　村民杨大嫂家的农家乐每天接待研学团队的师生，“一年下来能有五六万元收入。”</p>
    <p>　　瑞金市还引导村民发展脐橙、蔬菜等产业，一些在福建厦门打工的年轻人也回来创业了。</p>
    </div>
    </div>
    <div class="layout-nav"><h3>版面导航</h3><ul><li><a>于都：夜校课堂开到村民家门口</a></li><li><a>全市秋粮收购进度过半</a></li></ul></div>
    <div class="foot">赣南日报社版权所有　赣ICP备05001234号</div>
    </body>
    </html>
    """,
    title="“红色村”里的新产业",
    source="赣南日报",
    date="2025-10-17",
    author="钟华平",
    chrome=[
        "上一期 下一期 往期回顾",
        "版面导航",
        "于都：夜校课堂开到村民家门口",
        "全市秋粮收购进度过半",
        "赣南日报社版权所有",
    ],
    body=[
        "办起了研学基地和农家乐",
        "一年下来能有五六万元收入",
        "一些在福建厦门打工的年轻人也回来创业了",
    ],
    regions=[
        ("赣州市瑞金市叶坪乡的一个红色村落里", ["江西省/赣州市/瑞金市"]),
        ("村民杨大嫂家的农家乐", []),
        ("瑞金市还引导村民发展脐橙", ["江西省/赣州市/瑞金市", "福建省/厦门市"]),
    ],
    complete=True,
)

art(
    "zgxyjjb_weixian_gb18030.txt",
    "行业报 数字报 text copy in GB18030 (paper name line, date + weekday + 第04版：栏目·栏目 on one line, title, 通讯员 + 记者 byline, 本报讯 lead, 京津冀 compound, 本版责编, 上一篇/下一篇, 报社版权所有)",
    "gb18030",
    """
    中国县域经济报
    2025年3月31日　星期一　第04版：县域·观察

    威县：“梨乡”蹚出产业新路
    通讯员 张晓东　记者 刘建军

    　　本报讯 河北省邢台市威县是有名的“梨乡”，全县梨树种植面积达到15万亩。

    　　近年来，威县引进了多家果品加工企业，把梨加工成梨膏、梨汁等产品，产业链不断延伸。

    　　果农郭大叔说，以前梨子卖不上价，现在企业上门收，价格比以前高了三成。

    　　当地还借助京津冀协同发展的机遇，把鲜梨和梨膏销往北京、天津的商超。

    本版责编：李敏
    上一篇　下一篇
    中国县域经济报社版权所有
    """,
    title="威县：“梨乡”蹚出产业新路",
    source="中国县域经济报",
    date="2025-03-31",
    chrome=["本版责编：李敏", "上一篇　下一篇", "中国县域经济报社版权所有"],
    body=[
        "全县梨树种植面积达到15万亩",
        "把梨加工成梨膏、梨汁等产品",
        "价格比以前高了三成",
        "把鲜梨和梨膏销往北京、天津的商超",
    ],
    regions=[
        ("河北省邢台市威县是有名的“梨乡”", ["河北省/邢台市/威县"]),
        ("威县引进了多家果品加工企业", ["河北省/邢台市/威县"]),
        ("果农郭大叔说", []),
        ("当地还借助京津冀协同发展的机遇", ["河北省", "北京市", "天津市"]),
    ],
    complete=True,
)


# --- party journals, weeklies and trade papers ---------------------------------------------
art(
    "zhibushenghuo_caoxian.txt",
    "省级党刊 website text save (支部生活: site > 栏目 > 栏目 crumb, 发布时间 + 来源：《刊名》年第N期 + 作者 on one line, 【字号：大 中 小】, 【打印】【关闭】, 社版权所有 + 鲁ICP footer)",
    "utf-8",
    """
    支部生活网 > 基层党建 > 支部风采
    曹县：党支部领办合作社 “小木头”做成“大产业”
    发布时间：2025-06-05　来源：《支部生活》2025年第6期　作者：孔令伟
    【字号：大 中 小】

    　　在菏泽市曹县庄寨镇，家家户户都能听到木工机器的声音。这里是全国有名的桐木加工基地，木制品远销海外。

    　　为了解决小作坊各自为战、压价竞争的问题，村党支部牵头成立了合作社，统一接单、统一标准、统一销售。

    　　合作社负责人说，现在接的订单大多来自电商平台，不少年轻人从青岛、济南回到村里做起了直播。

    　　据统计，全镇木制品企业已发展到3000多家，带动就业5万多人。

    【打印】【关闭】
    支部生活社版权所有　鲁ICP备09012345号
    """,
    title="曹县：党支部领办合作社 “小木头”做成“大产业”",
    source="支部生活",
    date="2025-06-05",
    author="孔令伟",
    chrome=[
        "支部生活网 > 基层党建 > 支部风采",
        "【字号：大 中 小】",
        "【打印】【关闭】",
        "支部生活社版权所有",
    ],
    body=[
        "这里是全国有名的桐木加工基地",
        "统一接单、统一标准、统一销售",
        "不少年轻人从青岛、济南回到村里做起了直播",
        "带动就业5万多人",
    ],
    regions=[
        ("在菏泽市曹县庄寨镇", ["山东省/菏泽市/曹县"]),
        ("为了解决小作坊各自为战", []),
        ("不少年轻人从青岛、济南回到村里", ["山东省/青岛市", "山东省/济南市"]),
        ("全镇木制品企业已发展到3000多家", []),
    ],
    complete=True,
)

art(
    "inewsweek_lancang.txt",
    "新闻周刊 website text save (中国新闻周刊: masthead + 首页 > 栏目 crumb, 刊名记者：X byline, 发于2025.4.28总第N期《刊名》 dotted issue date, former city name in the body, 版权声明, 扫码关注, 推荐阅读)",
    "utf-8",
    """
    中国新闻周刊
    首页 > 社会
    澜沧：一位驻村干部的第八年
    中国新闻周刊记者：赵雪晴
    发于2025.4.28总第1188期《中国新闻周刊》

    在云南省普洱市澜沧拉祜族自治县的一个拉祜族村寨，驻村干部老周已经待了八年。

    村里的老人至今还习惯把普洱市叫作思茅，那是这座城市2007年以前的名字。

    八年里，他和村民一起修路、种茶、建学校，村里人均收入从不到3000元增加到1.5万元。

    今年，老周的儿子从昆明的大学毕业，也报名当了一名大学生村官。

    版权声明：凡《中国新闻周刊》刊载内容，未经授权不得转载。
    扫码关注中国新闻周刊
    推荐阅读：一所村小的最后一届毕业生
    """,
    title="澜沧：一位驻村干部的第八年",
    source="中国新闻周刊",
    date="2025-04-28",
    author="赵雪晴",
    chrome=[
        "版权声明：凡《中国新闻周刊》刊载内容",
        "扫码关注中国新闻周刊",
        "推荐阅读：一所村小的最后一届毕业生",
    ],
    body=[
        "驻村干部老周已经待了八年",
        "那是这座城市2007年以前的名字",
        "村里人均收入从不到3000元增加到1.5万元",
        "也报名当了一名大学生村官",
    ],
    regions=[
        ("在云南省普洱市澜沧拉祜族自治县的一个拉祜族村寨", ["云南省/普洱市/澜沧拉祜族自治县"]),
        ("村里的老人至今还习惯把普洱市叫作思茅", ["云南省/普洱市"]),
        ("八年里，他和村民一起修路", []),
        ("老周的儿子从昆明的大学毕业", ["云南省/昆明市"]),
    ],
    complete=True,
)

art(
    "mzb_congjiang_urlonly.txt",
    "行业报 on its portal, text save with the date only in the 原文地址 URL (中国民族宗教网: site name line, 首页 > 栏目 > 各地 crumb, 来源：X报 + 作者 line without a date, 原文地址 with /2025/03/18/ path, 【关闭窗口】, 主办 + 京ICP footer)",
    "utf-8",
    """
    中国民族宗教网
    首页 > 民族报道 > 各地
    从江：侗族大歌唱响乡村振兴路
    来源：中国民族报　作者：吴秀英
    原文地址：http://www.mzb.com.cn/html/report/2025/03/18/content_5281.htm

    　　在贵州省黔东南苗族侗族自治州从江县的小黄村，每天傍晚，侗族大歌的歌声都会在鼓楼里响起。

    　　近年来，村里成立了侗歌队，为游客表演侗族大歌，歌队成员每年能获得上万元的演出收入。

    　　村里还把侗歌教进了学校，孩子们从小就学唱侗歌，不少学生还到上海、北京参加过演出。

    　　侗歌队队长说，祖辈传下来的歌，一定要让它一代一代唱下去。

    【关闭窗口】
    主办：中国民族报社　京ICP备05012345号
    """,
    title="从江：侗族大歌唱响乡村振兴路",
    source="中国民族报",
    site="中国民族宗教网",
    date="2025-03-18",
    author="吴秀英",
    chrome=["首页 > 民族报道 > 各地", "【关闭窗口】", "主办：中国民族报社"],
    body=[
        "侗族大歌的歌声都会在鼓楼里响起",
        "歌队成员每年能获得上万元的演出收入",
        "不少学生还到上海、北京参加过演出",
        "一定要让它一代一代唱下去",
    ],
    regions=[
        ("黔东南苗族侗族自治州从江县的小黄村", ["贵州省/黔东南苗族侗族自治州/从江县"]),
        ("村里成立了侗歌队", []),
        ("不少学生还到上海、北京参加过演出", ["上海市", "北京市"]),
        ("侗歌队队长说", []),
    ],
    complete=True,
)


def main(out: Path) -> None:
    """Write every article and labels.yaml into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    for name, data in FILES.items():
        (out / name).write_bytes(data)
    (out / "labels.yaml").write_text(
        "# Held-out set 5 (issue 10): written fresh, never tuned on. Report figures only.\n"
        + yaml.safe_dump(ENTRIES, allow_unicode=True, sort_keys=False, width=200),
        encoding="utf-8",
    )
    print(f"{len(FILES)} articles, {len({e['layout'] for e in ENTRIES})} layouts -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
