"""The own-label region scorer (bench/regions_own.py) counts what it should.

Counting is checked with a stub tagger whose answers are fixed, so the
figures hold whatever the real tagger does; the real tagger is only used to
check that the bench scorer and the test suite's scorer agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import regions_own
from bench.regions_own import LabelFileError, load_articles, score

HERE = Path(__file__).parent


class StubTagger:
    """Answers tag_article with fixed named paths, one tuple per paragraph."""

    def __init__(self, answers):
        self.answers = list(answers)

    def tag_article(self, paragraphs, title=None):
        """Pop one article's answers; inherited paths are always empty."""
        named = self.answers.pop(0)
        assert len(named) == len(paragraphs)
        return [(n, ()) for n in named]


ARTICLES = [
    {
        "id": "a",
        "title": "标题",
        "paragraphs": [
            {"text": "第一段", "expected": ["江苏省/南京市", "上海市"]},
            {"text": "第二段", "expected": []},
        ],
    },
    {"id": "b", "paragraphs": [{"text": "第三段", "expected": ["北京市"]}]},
]


def test_counts_tp_fp_fn_and_misses():
    tagger = StubTagger([[("江苏省/南京市",), ("浙江省",)], [("北京市",)]])
    s = score(tagger, ARTICLES, "x.yaml")
    assert (s.articles, s.paragraphs, s.tp, s.fp, s.fn) == (2, 3, 2, 1, 1)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert len(s.misses) == 2 and all(m.startswith("a:") for m in s.misses)
    assert "misses" not in s.figures()


def test_agrees_with_the_suite_scorer_on_the_dev_file(tagger):
    from tests.regions.test_regions_own import load
    from tests.regions.test_regions_own import score as suite_score

    mine = score(tagger, load_articles(HERE / "own_dev.yaml"))
    theirs = suite_score(tagger, load("own_dev.yaml"))
    assert (mine.paragraphs, mine.tp, mine.fp, mine.fn) == (
        theirs.paragraphs,
        theirs.tp,
        theirs.fp,
        theirs.fn,
    )


def test_cli_prints_figures_only_unless_asked(tmp_path, capsys):
    f = tmp_path / "own_x.yaml"
    f.write_text(
        "articles:\n  - id: t\n    paragraphs:\n      - text: 南京市的社区活动。\n"
        "        expected: [不存在省/不存在市]\n",
        encoding="utf-8",
    )
    assert regions_own.main([str(f)]) == 0
    out = capsys.readouterr().out
    assert "1 paragraphs" in out and "fn=1" in out and "miss" not in out
    assert regions_own.main([str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"][0]["fn"] == 1 and "misses" not in data["files"][0]
    assert regions_own.main([str(f), "--json", "--misses"]) == 0
    assert len(json.loads(capsys.readouterr().out)["files"][0]["misses"]) == 1


def test_bad_label_file_names_file_and_article(tmp_path, capsys):
    f = tmp_path / "bad.yaml"
    f.write_text(
        "articles:\n  - id: broken\n    paragraphs:\n      - text: 无标签\n", encoding="utf-8"
    )
    with pytest.raises(LabelFileError, match=r"bad.yaml: article 1 \(broken\): paragraph 1"):
        load_articles(f)
    assert regions_own.main([str(f)]) == 2
    assert "bad.yaml" in capsys.readouterr().err
