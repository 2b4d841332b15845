"""The layout scorer (bench/layouts.py) counts what it should, on a tiny synthetic split.

The labels below are partly wrong on purpose (a title no engine could find, a
body sentence not in the file, a "chrome" string that is a body sentence), so
the expected figures hold whatever the engine's extraction does.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from bench import layouts
from bench.layouts import (
    _NOT_AVAILABLE,
    IndexedFile,
    IndexedParagraph,
    LabelError,
    load_labels,
    score_file,
    score_split,
)

ARTICLE_A = """\
---
title: 社区干部走访记
source: 测试日报
date: 2024-03-05
---
湖北省武汉市江岸区的社区干部昨天上门走访了辖区里的独居老人，帮他们检查燃气和电路。

走访结束后，大家一起打扫了楼道卫生，还把堆放多年的杂物清运一空。

上海市浦东新区的志愿者也赶来参加了这次活动，并介绍了他们的经验。
"""

ARTICLE_B = """\
居民议事会见闻

北京市朝阳区的居民议事会每月召开一次，居民代表围绕停车和绿化问题提出了意见。
"""

LABELS = """\
- file: a.md
  layout: front matter
  title: 社区干部走访记
  source: 测试日报
  date: 2024-03-05
  author: 张三
  chrome: [大家一起打扫了楼道卫生]
  body: [湖北省武汉市江岸区的社区干部, 这句话并不在文件里]
  spam: [独居老人, 不存在的垃圾词]
  regions:
    - contains: 湖北省武汉市江岸区的社区干部
      regions: [湖北省/武汉市/江岸区]
  regions_complete: true
- file: b.txt
  layout: plain text
  title: 一个不存在的标题
  regions:
    - contains: 北京市朝阳区的居民议事会
      regions: [北京市/海淀区]
"""


@pytest.fixture
def split(tmp_path):
    d = tmp_path / "split"
    d.mkdir()
    (d / "a.md").write_text(ARTICLE_A, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE_B, encoding="gb18030")
    (d / "labels.yaml").write_text(LABELS, encoding="utf-8")
    return d


def test_end_to_end_figures(split):
    s = layouts.evaluate(split)
    assert (s.articles, s.layouts) == (2, 2)
    assert s.fields["title"] == {"right": 1, "labelled": 2, "accuracy": 0.5}
    assert s.fields["source"]["right"] == 1 and s.fields["date"]["right"] == 1
    assert s.fields["author"] == {"right": 0, "labelled": 1, "accuracy": 0.0}
    assert "site" not in s.fields  # not labelled in this split
    assert s.chrome_found == 1 and s.chrome_per_10 == 5.0 and s.chrome_paragraphs == 1
    assert s.body_lost == 1
    assert s.spam_findable == 1
    # a: 江岸区 right (TP), 浦东新区 in an unlabelled paragraph of a complete file (FP);
    # b: 朝阳区 tagged where 海淀区 was labelled (FP + FN)
    assert (s.region_tp, s.region_fp, s.region_fn) == (1, 2, 1)
    assert s.region_precision == pytest.approx(1 / 3, abs=1e-4)
    assert s.region_recall == 0.5
    failures = {(f.file, x.field) for f in s.files for x in f.failures}
    assert ("a.md", "body") in failures and ("b.txt", "title") in failures
    assert ("a.md", "chrome") in failures and ("a.md", "spam") in failures


def test_cli_json_and_text(split, capsys):
    assert layouts.main([str(split), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["articles"] == 2
    assert data["splits"][0]["body_lost"] == 1
    assert layouts.main([str(split), str(split)]) == 0
    out = capsys.readouterr().out
    assert "title   1/2 = 50.0 %" in out and "== total: 4 articles" in out
    assert "这句话并不在文件里" in out  # the per-layout failure is listed


def _label(**kw):
    base = dict(file="x.txt", layout="L", meta={}, regions_complete=True)
    base.update(kw)
    return layouts.LayoutLabel(**base)


def test_regions_reduce_to_most_specific_and_skip_the_title_line():
    lab = _label(
        meta={"title": "武汉社区见闻"},
        regions=(layouts.RegionLabel("江岸区的居民", ("湖北省/武汉市/江岸区",)),),
    )
    got = IndexedFile(
        {"title": "武汉社区见闻"},
        [
            IndexedParagraph(1, "武汉社区见闻_某某网", ("湖北省/武汉市",)),  # the title line
            IndexedParagraph(2, "江岸区的居民说", ("湖北省", "湖北省/武汉市/江岸区")),
            IndexedParagraph(3, "另一段提到了十堰", ("湖北省/十堰市",)),
        ],
    )
    s = score_file(lab, got, set())
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_chrome_strings_in_one_paragraph_count_once_as_a_paragraph():
    lab = _label(chrome=("分享到", "打印", "不在这里"), regions_complete=False)
    got = IndexedFile({}, [IndexedParagraph(1, "分享到 微信 打印", ())])
    s = score_file(lab, got, set())
    assert (s.chrome_found, s.chrome_paragraphs) == (2, 1)


def test_missing_paragraph_counts_every_expected_region_as_missed():
    lab = _label(regions=(layouts.RegionLabel("不在这里", ("北京市", "天津市")),))
    s = score_file(lab, IndexedFile({}, [IndexedParagraph(1, "别的内容", ())]), set())
    assert (s.tp, s.fp, s.fn) == (0, 0, 2)


def test_field_the_engine_lacks_is_reported_not_available():
    lab = _label(meta={"site": "东方网", "title": "标题"})
    got = IndexedFile({"site": _NOT_AVAILABLE, "title": "标题"}, [])
    s = score_split("x", [lab], {"x.txt": got}, {})
    assert s.fields["site"] == {"status": "not available"}
    assert s.fields["title"]["accuracy"] == 1.0


def test_null_must_be_null_and_text_is_compared_after_nfc_and_trim():
    lab = _label(meta={"author": None, "title": "e\u0301标题"})
    got = IndexedFile({"author": "某人", "title": " \u00e9标题 "}, [])
    s = score_file(lab, got, set())
    assert s.right == {"author": False, "title": True}


@pytest.mark.parametrize(
    "text, message",
    [
        ("- file: a.txt\n", "needs a `layout`"),
        ("- file: a.txt\n  layout: x\n  chrome: [2024-04-02]\n", "item 1"),
        ("- file: a.txt\n  layout: x\n  titel: y\n", "unknown key(s) titel"),
        ("{file: a.txt}", "must be a list"),
    ],
)
def test_bad_labels_are_named(tmp_path, text, message):
    (tmp_path / "labels.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(LabelError, match=r"labels\.yaml") as err:
        load_labels(tmp_path)
    assert message in str(err.value)


def test_yaml_dates_become_iso_strings(tmp_path):
    (tmp_path / "labels.yaml").write_text(
        textwrap.dedent("""\
        - file: a.txt
          layout: x
          date: 2024-03-05
        """),
        encoding="utf-8",
    )
    assert load_labels(tmp_path)[0].meta["date"] == "2024-03-05"
