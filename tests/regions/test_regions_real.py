"""Region tagging on real text: the labelled SIGHAN lines, and the families they exposed."""

from __future__ import annotations

import pytest
import yaml

from bench.corpora import REAL_SOURCES, real_dir
from bench.regions_real import LABELS, LabelFileError, load_labels, resolve, score
from index.regions import gazetteer


def test_real_labels_hold_no_text_and_known_paths() -> None:
    """≥ 300 lines over all four files, ≥ 120 held out, only location keys, every path a unit."""
    raw = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    assert all(set(row) == {"file", "line", "sha1", "expected"} for row in raw["lines"])
    labels = load_labels()
    assert len(labels) >= 300
    assert len({(lab.file, lab.line) for lab in labels}) == len(labels)
    assert {lab.file for lab in labels} == set(REAL_SOURCES)
    held = [lab for lab in labels if lab.part == "heldout"]
    assert len(held) >= 120
    assert {lab.file for lab in held} == set(REAL_SOURCES)
    units = gazetteer.load().units
    assert {p for lab in labels for p in lab.expected} <= set(units)


def test_real_label_errors_name_the_entry(tmp_path) -> None:
    """A malformed entry and a drifted line are reported, not scored."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("lines:\n  - {file: nope, line: 3, sha1: 'x', expected: []}\n", "utf-8")
    with pytest.raises(LabelFileError, match="entry 1"):
        load_labels(bad)
    folder = real_dir()
    if folder is None:
        return
    drift = tmp_path / "drift.yaml"
    drift.write_text("lines:\n  - {file: pku_test, line: 4, sha1: '0000000000', expected: []}\n")
    with pytest.raises(LabelFileError, match="pku_test line 4: text changed"):
        resolve(load_labels(drift), folder)


@pytest.mark.skipif(real_dir() is None, reason="../shared/corpus-real (SIGHAN 2005) not present")
def test_real_dev_lines(tagger) -> None:
    """The development part, read in place: precision and recall at the level reached."""
    items = [it for it in resolve(load_labels(), real_dir()) if it[0].part == "dev"]
    result = score(tagger, items, "dev")
    assert result.precision >= 0.95, result.misses
    assert result.recall >= 0.93, result.misses


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("广州军区空军某部日前进行演练。", ()),
        ("黑龙江省军区某部新兵营开展活动。", ("黑龙江省",)),
        ("尖沙咀一带停电，重庆大厦等受影响。", ("香港特别行政区",)),  # 重庆大厦 is in 尖沙咀
        ("他们发扬延安精神，治理水土流失。", ()),
        ("湖北精神文明建设取得新成绩。", ("湖北省",)),
        ("在花莲女中旁开了一家小店。", ()),
        ("上海合作组织峰会今天开幕。", ()),
        ("上海、深圳证券交易所发布通知。", ()),
        ("上海、深圳两地的交易量上升。", ("上海市", "广东省/深圳市")),
        ("天津雄狮队两战两胜。", ()),
        ("和田地毯远销海外。", ()),
        ("降级的是陕西云龙桥友队和贵州增佳队。", ()),
        ("记杭州东宝电器集团公司总经理。", ("浙江省/杭州市",)),  # a firm in its city (labels.yaml)
        ("广州协和医院开设新门诊。", ()),
        ("恩施州中心医院开设新门诊。", ("湖北省/恩施土家族苗族自治州",)),
        ("贵州队今晚在主场迎战对手。", ()),
        ("在江苏援藏工作队的支持下建起储备点。", ("江苏省", "西藏自治区")),
        ("湖北医疗队完成任务返回。", ("湖北省",)),
        ("太原钢铁集团每月损失上亿元。", ()),
        ("大连商品交易所调整保证金。", ()),
        ("伤者被送到台中荣总急救。", ()),
    ],
)
def test_organisations_and_wares_named_after_a_place(tag, text: str, want: tuple) -> None:
    """A military region, building, slogan, school, exchange, team or ware names no place."""
    assert set(tag(text)) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("陕北地区治理水土流失成效明显。", ("陕西省",)),
        ("苏南乡镇企业发展迅速。", ("江苏省",)),
        ("把八百里皖江建成文明长廊。", ("安徽省",)),
        ("闽南语歌曲很受欢迎。", ("福建省",)),
        ("湘东区举行招商会。", ("江西省/萍乡市/湘东区",)),
        ("战士们高唱爱北疆之歌。", ()),
        ("苏中边境局势缓和。", ()),
        ("他是秘鲁北部的一位渔民。", ()),
        ("经济复苏北方最快。", ()),
        ("我们希冀中国队夺冠。", ()),
        ("他珍藏北宋瓷器多年。", ()),
        ("鲁北地区盐业发达。", ("山东省",)),
        ("全台各温泉区增辟新设施。", ("台湾省",)),
        ("全港市民踊跃参与。", ("香港特别行政区",)),
    ],
)
def test_parts_of_a_province_and_all_of_one(tag, text: str, want: tuple) -> None:
    """陕北, 苏南, 皖江 name their province; 全台/全港 the whole; unit names keep their unit."""
    assert set(tag(text)) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("辽宁大石桥公安局的同志也来了。", ("辽宁省/营口市/大石桥市",)),
        ("湖南南岳衡山阴转小雨。", ("湖南省/衡阳市/南岳区",)),
        ("大石桥下流水潺潺。", ()),
        ("用有机复合肥代替化肥。", ()),
        ("热岛效应也造成都市高温。", ()),
        ("形成都市圈还要十年。", ()),
        ("风暴潮再加上海水倒灌，损失惨重。", ()),
        ("成都市民踊跃献血。", ("四川省/成都市",)),
        ("台中东势镇一对祖孙被困。", ("台湾省/台中市",)),
        ("在这个平台中分享经验。", ()),
        ("她站在舞台中央。", ()),
        ("台中部地区降雨偏多。", ()),
        ("合肥今天多云。", ("安徽省/合肥市",)),
        ("中央决定开发浦东。", ("上海市/浦东新区",)),
    ],
)
def test_stems_beside_their_province_and_words_around_names(tag, text: str, want: tuple) -> None:
    """A county stem counts right after its province; a name inside a word (复合肥) does not."""
    assert set(tag(text)) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1949年北平和平解放。", ("北京市",)),
        ("九一八事变后奉天沦陷。", ("辽宁省/沈阳市",)),
        ("他早年在迪化经商。", ("新疆维吾尔自治区/乌鲁木齐市",)),
        ("今天的北国冰城欢歌笑语。", ("黑龙江省/哈尔滨市",)),
        ("泉城的趵突泉游人如织。", ("山东省/济南市",)),
        ("华北平原的小麦开始返青。", ()),
        ("河北平山县举办庙会。", ("河北省/石家庄市/平山县",)),
        ("奉天承运皇帝诏曰。", ()),
        ("迪化街年货大街开张。", ()),
        ("她最爱读金陵十二钗的故事。", ()),
        ("据羊城晚报报道。", ()),
        ("姑苏区举办灯会。", ("江苏省/苏州市/姑苏区",)),
    ],
)
def test_historic_names_and_city_nicknames(tag, text: str, want: tuple) -> None:
    """北平, 奉天, 迪化 and 冰城, 泉城 name today's city; 华北平原, 奉天承运, 迪化街 do not."""
    assert set(tag(text)) == set(want)
