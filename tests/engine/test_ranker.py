"""The fallback ranker: its candidates by family, the shipped weights, and where it may fill a gap.

Every example is made up for this test (in no labelled set).
"""

from __future__ import annotations

import json
import math

from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.candidates import DATE_FEATURES, SOURCE_FEATURES
from index.ingest.ranker import MODEL_PATH, Ranker, default_ranker
from tests.engine.made_up import BODY, RULES, build

TITLE = "湖畔小镇办起读书节"


def _pools(text: str, name: str = "x.txt") -> tuple[dict, dict]:
    """(what the rules found, {field: {value: family}}) of one made-up file."""
    builder = ArticleBuilder(RULES, tag_regions=False)
    builder.candidate_log = []
    builder.build(DecodedFile(SourceFile(f"/tmp/{name}", "/tmp", name), text, "utf-8", "h"))
    _path, rules, pools = builder.candidate_log[0]
    return rules, {f: {c.value: c.family for c in cands} for f, cands in pools.items()}


def sources(text: str, name: str = "x.txt") -> dict:
    return _pools(text, name)[1]["source"]


def dates(text: str, name: str = "x.txt") -> dict:
    return _pools(text, name)[1]["date"]


def test_the_shipped_weights_load_and_score_deterministically():
    ranker = default_ranker()
    assert ranker is not None, f"{MODEL_PATH} missing or trained for other features"
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    for field, names in (("source", SOURCE_FEATURES), ("date", DATE_FEATURES)):
        model = ranker.models[field]
        assert len(model.coef) == len(names) and 0 < model.threshold < 1
        row = [0.5] * len(names)
        d = data[field]
        cols = zip(row, d["mean"], d["scale"], d["coef"], strict=True)
        z = sum((v - m) / s * w for v, m, s, w in cols)
        expected = 1 / (1 + math.exp(-(z + d["intercept"])))
        assert math.isclose(model.score(row), expected, rel_tol=1e-12)
        assert model.score(row) == model.score(list(row))  # same row, same score
    text = f"青石晚报　新闻中心\n{TITLE}\n\n" + BODY
    first, second = build(text), build(text)
    assert first.meta == second.meta and first.evidence == second.evidence


def test_weights_for_other_features_are_not_used(tmp_path):
    stale = tmp_path / "r.json"
    model = {"features": ["a"], "mean": [0], "scale": [1], "coef": [1], "intercept": 0}
    stale.write_text(json.dumps({"source": model, "date": model}), encoding="utf-8")
    assert Ranker.load(stale) is None
    fresh = tmp_path / "f.json"
    default_ranker().save(fresh)
    assert Ranker.load(fresh) == default_ranker()


def test_source_families_on_invented_pages():
    # a credit label, a closing credit verb, a copyright holder, a masthead, a title suffix
    assert sources(f"{TITLE}\n来源：青石县融媒体中心\n\n" + BODY)["青石县融媒体中心"] == "label"
    assert sources(f"{TITLE}\n\n" + BODY + "\n分享自青石县融媒体中心\n")["青石县融媒体中心"] == (
        "share"
    )
    assert sources(f"{TITLE}\n稿件提供：青石县融媒体中心\n\n" + BODY)["青石县融媒体中心"] == (
        "other_label"
    )
    # the paper's company (某某报社) credits the paper
    footer = "\nCopyright © 2023 青石晚报社 版权所有\n"
    assert sources(f"{TITLE}\n\n" + BODY + footer)["青石晚报"] == "copyright"
    assert sources(f"青石晚报数字报\n{TITLE}\n\n" + BODY)["青石晚报"] == "org"
    assert sources(f"{TITLE}\n2023-08-14 人民日报\n\n" + BODY)["人民日报"] == "publisher"
    assert "青石新闻网" in sources(f"{TITLE}_青石新闻网\n\n" + BODY)
    # a known outlet's domain in an address under the text
    link = "\n原文链接：https://www.people.com.cn/n1/2023/0814/c1.html\n"
    assert sources(f"{TITLE}\n\n" + BODY + link)["人民网"] == "url"


def test_offices_and_places_a_credit_label_names():
    # a department or a place's government after a credit label, in either script
    assert (
        sources(f"{TITLE}\n發布日期：112年8月14日　發布單位：林務處\n\n" + BODY)["林務處"]
        == "label"
    )
    assert sources(f"{TITLE}\n信息来源：青石镇\n\n" + BODY)["青石镇"] == "label"
    # a bracketed label, and a publication's title in 《》 after one
    assert sources(f"{TITLE}\n【来源】青石县融媒体中心\n\n" + BODY)["青石县融媒体中心"] == "label"
    assert sources(f"{TITLE}\n来源：《山风》2023年第8期\n\n" + BODY)["山风"] == "label"
    # a copied info table: the label alone on its line, its value on the next
    table = "发文机关：\n青石县农业农村局\n发布日期：\n2023-08-14\n"
    assert sources(table + f"{TITLE}\n\n" + BODY)["青石县农业农村局"] == "label"
    # a long row of fields is no sentence
    row = (
        "发布时间：2023-08-14 09:30　来源：青石市公安局交通警察支队　浏览次数：1386　字号：大 中 小"
    )
    assert sources(f"{TITLE}\n{row}\n\n" + BODY)["青石市公安局交通警察支队"] == "label"


def test_repost_notices_glued_credits_and_accounts():
    # a repost notice in a sentence of the lead, and a closing one naming a title in 《》
    lead = "> 本文转载自“青石县融媒体中心”，仅作分享，侵删。\n\n"
    assert sources(f"{TITLE}\n\n" + lead + BODY)["青石县融媒体中心"] == "share"
    closing = "\n本文刊发于《山风》2023年第8期，未经授权不得转载。\n"
    assert sources(f"{TITLE}\n\n" + BODY + closing)["山风"] == "share"
    # a credit word glued after the name, and an official account's tail
    assert "青石县融媒体中心" in sources(f"{TITLE}\n\n" + BODY + "\n青石县融媒体中心出品\n")
    footer = "\nCopyright © 2023 青石晚報版權所有\n"
    assert sources(f"{TITLE}\n\n" + BODY + footer)["青石晚報"] == "copyright"
    assert "青石县融媒体中心" in sources(
        f"青石发布\n青石县融媒体中心官方视频号\n{TITLE}\n\n" + BODY
    )
    # a WeChat-style account line: [原创] account account date
    line = "原创 青石三村 青石三村 2023年8月14日 18:30 浙江"
    assert sources(f"{TITLE}\n{line}\n\n" + BODY)["青石三村"] == "account"
    # a clipped WeChat page's front-matter author is the account
    front = '---\ntitle: "读书节"\nsource: "https://mp.weixin.qq.com/s/AbCdEf"\nauthor:\n  - "[[青石组工]]"\n---\n'
    assert sources(front + BODY)["青石组工"] == "front"


def test_source_candidates_leave_out_what_names_no_outlet():
    # a button's call to act is no name
    assert not sources(f"{TITLE}\n\n" + BODY + "\n点击收听广播　打开青石新闻APP\n")
    # an author's affiliation names their employer, not a credit
    found = sources(f"{TITLE}\n作者：王某（作者单位：青石县民政局）\n\n" + BODY)
    assert "青石县民政局" not in found
    # a sentence of the lead that says 来自 a place credits nothing
    lead = "来自青石县融媒体中心的志愿者说，读书节吸引了众多村民参加。\n\n"
    assert "share" not in sources(f"{TITLE}\n\n" + lead + BODY).values()
    found = sources(f"{TITLE}\n作者：王某　来源：本站原创\n\n" + BODY)
    assert "王某" not in found and not any(v.startswith("本站") for v in found)
    # a short known name inside a longer word (党建 in 党建资讯) is no candidate
    assert "党建" not in sources(f"{TITLE}\n党建资讯\n2023-08-14\n\n" + BODY)
    # a sentence opening on a label word is text
    assert not sources(f"来源：村民自筹资金五万元，时间：两个月内完工。\n\n{TITLE}\n\n" + BODY)


def test_date_families_on_invented_pages():
    assert dates(f"{TITLE}\n发布时间：2023-08-14 09:30\n\n" + BODY)["2023-08-14"] == "label"
    assert dates(f"{TITLE}\n青石晚报　2023年8月14日\n\n" + BODY)["2023-08-14"] == "header"
    assert dates(f"{TITLE}\n\n" + BODY + "\n2023-08-14\n")["2023-08-14"] == "footer"
    link = "\n原文：https://www.example.cn/news/2023/0814/c123.html\n"
    assert dates(f"{TITLE}\n\n" + BODY + link)["2023-08-14"] == "url"
    assert dates(f"{TITLE}\n\n" + BODY, "2023-08-14_读书节.txt")["2023-08-14"] == "file"
    # a yearless dateline opening the lead, its year from another date of the page
    lead = "青石8月14日讯 镇里举办读书节，吸引了众多村民参加。\n\n"
    found = dates(f"{TITLE}\n2023年8月16日\n\n" + lead + BODY)
    assert found["2023-08-14"] == "dateline"


def test_a_date_in_a_body_sentence_is_never_taken():
    lead = "2023年8月1日，镇里召开读书节筹备会，决定每年举办一次。\n\n"
    assert dates(f"{TITLE}\n\n" + lead + BODY) == {}
    art = build(f"{TITLE}\n\n" + lead + BODY)
    assert art.meta.date is None
    # nor one in a sentence of the header or footer zone, in any language
    assert (
        dates(f"{TITLE}\nThe festival opened on Aug. 14, 2023, said the organisers.\n\n" + BODY)
        == {}
    )
    # nor the day the page was saved
    assert dates(f"{TITLE}\n保存时间：2023-08-20 10:00\n\n" + BODY) == {}


def test_the_ranker_fills_only_what_the_rules_left_empty():
    # a masthead line of a shape no rule reads: the ranker credits it, and says so
    text = f"{TITLE}\n青石晚报　新闻中心\n\n" + BODY
    rules, _ = _pools(text)
    assert rules["source"] is None
    art = build(text)
    assert art.meta.source == "青石晚报"
    how = {key: how for key, _line, _text, how, _value in art.evidence}
    assert how["source"].startswith("ranker")
    assert build(text, rules_only=True).meta.source is None
    # where a rule found the value, the ranker does not touch it
    art = build(f"{TITLE}\n来源：青石县融媒体中心　2023-08-14\n\n" + BODY)
    how = {key: how for key, _line, _text, how, _value in art.evidence}
    assert not how["source"].startswith("ranker") and not how["date"].startswith("ranker")


def _with_rule_source(monkeypatch, value: str, text: str):
    """Build `text` as if the rules had read `value` as its source (a made-up rule value)."""
    import index.ingest.articles as articles
    from index.ingest.metadata import Evidence
    from index.ingest.ranker import fill_missing

    def forged(found, *args):
        found.evidence["source"] = Evidence(value, 1, value, "made-up rule")
        return fill_missing(found, *args)

    monkeypatch.setattr(articles, "fill_missing", forged)
    art = build(text)
    how = {key: how for key, _line, _text, how, _value in art.evidence}
    return art.meta.source, how["source"]


def test_a_rule_source_no_candidate_offers_is_overruled_by_a_sure_one(monkeypatch):
    text = f"{TITLE}\n来源：青石县融媒体中心　2023-08-14\n\n" + BODY
    # a section name or an address no candidate family offers: the ranker's sure value wins
    for weak in ("青石频道新闻", "www.qingshi.example"):
        source, how = _with_rule_source(monkeypatch, weak, text)
        assert (
            source == "青石县融媒体中心" and how.startswith("ranker") and "over made-up rule" in how
        )
    # a name the publisher table holds as written is never overruled
    assert _with_rule_source(monkeypatch, "人民日报", text) == ("人民日报", "made-up rule")
    # nor a value a candidate family offers (the rules read a shape the ranker reads too)
    text2 = f"{TITLE}\n来源：青石县融媒体中心　2023-08-14\n\n" + BODY + "\n青石晚报社 版权所有\n"
    assert _with_rule_source(monkeypatch, "青石晚报", text2)[0] == "青石晚报"
