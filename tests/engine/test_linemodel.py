"""The learned zone line classifier: its features, the shipped model, and where it may drop lines."""

from __future__ import annotations

import numpy as np
import pytest

from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder, mark_learned_chrome
from index.ingest.cleaning import BODY, CHROME, CleaningRules, make_lines
from index.ingest.linemodel import (
    CLASSES,
    FEATURES,
    MODEL_PATH,
    OWN,
    LineModel,
    default_model,
    line_features,
    own_features,
)
from index.ingest.zones import find_zones
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)

# A layout written for this test (in no labelled set): a contributions-mailbox line no
# rule names, under an article whose body sentences must all stay.
PAGE = """沿江小城推出夜间公交专线 方便务工人员返家
2025-04-11 08:20  江南晨报

记者从市交通运输局获悉，为方便夜间下班的务工人员返家，沿江小城自4月15日起开通三条夜间公交专线。

据介绍，三条专线覆盖工业园区、老城区和高铁站，全程票价2元，可使用交通卡和手机支付。

市交通运输局相关负责人表示，将根据客流情况适时调整线路和班次。

投稿邮箱 news@example.cn
看完点个赞再走吧
"""


def _build(text: str, model):
    builder = ArticleBuilder(RULES, tag_regions=False)
    builder.line_model = model
    src = SourceFile("/tmp/linemodel/a.txt", "/tmp/linemodel", "a.txt")
    decoded = DecodedFile(source=src, text=text, encoding="utf-8", content_hash="x", notes=())
    return builder.build_traced(decoded)


def test_the_shipped_model_loads_and_matches_the_features():
    model = default_model()
    assert model is not None, f"{MODEL_PATH} missing or trained for other features"
    assert len(model.coef) == len(CLASSES) and {len(row) for row in model.coef} == {len(FEATURES)}
    assert model.features == FEATURES


def test_a_model_for_other_features_is_not_used(tmp_path):
    stale = tmp_path / "m.json"
    LineModel([0, 0], [1, 1], [[0, 0]] * 4, [0] * 4, CLASSES, ("a", "b")).save(stale)
    assert LineModel.load(stale) is None
    assert LineModel.load(tmp_path / "missing.json") is None
    (tmp_path / "torn.json").write_text('{"features": [')
    assert LineModel.load(tmp_path / "torn.json") is None


def test_a_saved_model_loads_back_equal(tmp_path):
    model = default_model()
    model.save(tmp_path / "m.json")
    assert LineModel.load(tmp_path / "m.json") == model


def test_features_describe_every_non_blank_line_in_order():
    lines = make_lines(
        "标题一行\n\n这是正文的第一句话，写得足够长，也有句号。这是第二句话。\n\n分享到：微信",
        RULES,
    )
    zones = find_zones(lines)
    idx, x = line_features(lines, zones)
    assert idx == [0, 2, 4]
    assert len(x) == 3 and {len(row) for row in x} == {len(FEATURES)}
    col = {name: k for k, name in enumerate(FEATURES)}
    assert x[0][col["first_line"]] == 1 and x[2][col["last_line"]] == 1
    assert x[1][col["is_prose"]] == 1 and x[1][col["sentence_end"]] == 1
    assert x[2][col["widget_words"]] > 0 and x[2][col["in_footer"]] == 1
    # Neighbours: the prose line's features are the share bar's "prev_" ones.
    assert x[2][col["prev_is_prose"]] == 1
    only_idx, only_x = line_features(lines, zones, only=[4])
    assert only_idx == [4] and only_x[0] == x[2]


def test_own_features_read_the_line_alone():
    counter = dict(zip(OWN, own_features("阅读 1.2万"), strict=True))
    assert counter["counter"] == 1 and counter["sentence_end"] == 0
    assert len(own_features("")) == len(OWN)


def test_shipped_model_tells_a_share_bar_from_a_sentence():
    lines = make_lines(
        "记者从省教育厅获悉，今年全省新建改扩建幼儿园一百二十所，新增学位三万余个。\n"
        "全省学前教育毛入园率达到百分之九十二，比上年提高一点五个百分点。\n"
        "转发给朋友  收藏本页  打印文章",
        RULES,
    )
    zones = find_zones(lines)
    _idx, x = line_features(lines, zones)
    p = default_model().proba(x)
    chrome, body = CLASSES.index("chrome"), CLASSES.index("body")
    assert p[0][body] > 0.5 and p[1][body] > 0.5
    assert p[2][chrome] > 0.5


def test_classifier_drops_a_footer_line_no_rule_names_and_keeps_the_body():
    _article, without = _build(PAGE, None)
    assert [ln.role for ln in without if "投稿邮箱" in ln.text] == [BODY]
    article, lines = _build(PAGE, default_model())
    bar = next(ln for ln in lines if "投稿邮箱" in ln.text)
    assert bar.role == CHROME and bar.reason.startswith("zone: line classifier (chrome p=")
    texts = [p.text for p in article.paragraphs]
    assert not any("投稿邮箱" in t for t in texts)
    for sentence in ("开通三条夜间公交专线", "全程票价2元", "适时调整线路和班次"):
        assert any(sentence in t for t in texts)
    assert article.meta.title == "沿江小城推出夜间公交专线 方便务工人员返家"


def _always_chrome() -> LineModel:
    n = len(FEATURES)
    return LineModel(
        np.zeros(n), np.ones(n), np.zeros((len(CLASSES), n)), np.array([0.0, 9.0, 0.0, 0.0])
    )


def test_body_span_lines_are_never_judged_by_the_classifier():
    lines = make_lines(PAGE, RULES)
    zones = find_zones(lines)
    mark_learned_chrome(lines, zones, set(), _always_chrome())
    body = lines[zones.body_start : zones.body_end]
    assert all(ln.role == BODY for ln in body if ln.text.strip())
    assert any(ln.role == CHROME for ln in lines[zones.body_end :])


@pytest.mark.parametrize(
    "tail",
    [
        "他冷然道︰",  # a novel's dialogue line: a presentation-form colon ends a clause
        "是伴隨著鄉土文學運動﹐",
        "江岭景区：日均接待游客约3万人次；",  # a list item
        "期待透過虛擬的網路空間生養喘息、蓄積反擊現實宰制的能",  # hard-wrapped text
        "甚至就像",  # no chrome evidence but position and length
    ],
)
def test_lines_without_chrome_evidence_are_never_dropped_on_a_score(tail):
    lines = make_lines(PAGE.replace("投稿邮箱 news@example.cn\n", "") + tail + "\n", RULES)
    zones = find_zones(lines)
    mark_learned_chrome(lines, zones, set(), _always_chrome())
    line = next(ln for ln in lines if ln.text == tail)
    assert line.role == BODY


@pytest.mark.parametrize("p", [0.5, 0.79])
def test_unsure_lines_are_kept(p):
    n = len(FEATURES)
    logit = float(np.log(p / (1 - p) * 3))  # chrome vs three equal classes at logit 0
    model = LineModel(
        np.zeros(n), np.ones(n), np.zeros((len(CLASSES), n)), np.array([0.0, logit, 0.0, 0.0])
    )
    lines = make_lines(PAGE, RULES)
    zones = find_zones(lines)
    mark_learned_chrome(lines, zones, set(), model)
    assert not any(ln.role == CHROME for ln in lines)


SLOGAN = "奋力谱写中国式现代化江南篇章 勇当全省高质量发展排头兵"
SLOGAN_PAGE = """奋力谱写中国式现代化江南篇章 勇当全省高质量发展排头兵
沿江小城推出夜间公交专线 方便务工人员返家

记者从市交通运输局获悉，为方便夜间下班的务工人员返家，沿江小城自4月15日起开通三条夜间公交专线。

据介绍，三条专线覆盖工业园区、老城区和高铁站，全程票价2元，可使用交通卡和手机支付。
"""


def _title(text: str, scores):
    from index.ingest.metadata import extract

    lines = make_lines(text, RULES)
    found = extract(lines, RULES, zones=find_zones(lines), title_scores=scores)
    return found.meta().title, found.evidence["title"].how


def test_a_sure_classifier_overrules_the_positional_title_rule():
    # Rules alone take the first longer line (a slogan bar here, longer than the headline).
    assert _title(SLOGAN_PAGE, None)[0] == SLOGAN
    title, how = _title(SLOGAN_PAGE, {1: 0.05, 2: 0.95})
    assert title == "沿江小城推出夜间公交专线 方便务工人员返家"
    assert how == "title line (line classifier: P(title)=0.95)"
    # Unsure either way: the rule stands.
    assert _title(SLOGAN_PAGE, {1: 0.6, 2: 0.95})[0] == SLOGAN


def test_a_markdown_heading_is_never_overruled():
    page = (
        "# 沿江小城推出夜间公交专线\n奋力谱写中国式现代化江南篇章\n\n"
        + SLOGAN_PAGE.split("\n", 2)[2]
    )
    assert _title(page, {1: 0.0, 2: 1.0})[0] == "沿江小城推出夜间公交专线"
