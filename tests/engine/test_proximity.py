"""The proximity boost on the folded text (index/query/compile.py, ProximityPhrase).

`content` keeps word frequencies only; the boost matches where a paragraph
holds every query word and `near_in_order` holds on its folded text. The
matcher, the candidates' check of index/query/topk.py and an index that still
stores positions (built before) all agree.
"""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import formats
from whoosh import query as wq

import index.build.indexer as indexer_mod
from index.build.analysis import WordField
from index.build.documents import make_schema
from index.build.fastwriter import WeightsOnly
from index.build.indexer import Indexer
from index.query import topk
from index.query.accel import segment_accel
from index.query.compile import PROXIMITY_GAP, ProximityPhrase, near_in_order
from index.query.search import SearchEngine
from tests.conftest import make_config

WORDS = [
    ["干部", "群众"],
    ["经济", "发展"],
    ["驻村", "书记"],
    ["发展", "经济", "社会"],
    ["的", "了"],
]


@pytest.mark.parametrize(
    ("text", "words", "gap", "want"),
    [
        ("甲乙", ["甲", "乙"], 0, True),
        ("乙甲", ["甲", "乙"], 5, False),  # in order only
        ("甲xx乙", ["甲", "乙"], 2, True),
        ("甲xxx乙", ["甲", "乙"], 2, False),  # three characters between: beyond the gap
        ("甲乙丙", ["甲乙", "乙丙"], 5, False),  # overlapping occurrences do not chain
        ("甲乙x乙丙", ["甲乙", "乙丙"], 1, True),
        ("甲xx乙 甲xxxx乙", ["甲", "乙"], 2, True),  # any occurrence may start the chain
        # The first 乙 after 甲 is too early for 丙; a later 乙 chains (not greedy).
        ("甲xx乙x乙xxxx丙", ["甲", "乙", "丙"], 4, True),
        ("甲乙xxxxx丙", ["甲", "乙", "丙"], 4, False),
        ("甲乙", ["甲", "丙"], 5, False),
        ("", ["甲", "乙"], 5, False),
        ("甲", [], 5, False),
    ],
)
def test_near_in_order(text, words, gap, want):
    """In order, not overlapping, at most `gap` characters from one word's end to the next."""
    assert near_in_order(text, words, gap) is want


def _folded(sub, doc: int) -> str:
    return segment_accel(sub.reader())[0].text(doc)


def test_word_fields_store_weights_only():
    """New indexes: the word fields hold a weight per posting, no positions or values."""
    schema = make_schema()
    for name in ("content", "title_w", "heading_w"):
        assert type(schema[name].format) is WeightsOnly, name
        assert schema[name].format.fixed_value_size() == 0


def test_the_phrase_matches_words_near_in_order_and_scores_their_sum(bundled_index):
    """Per segment: the documents holding every word whose folded text has them near in
    order, each scored the boost times the sum of the words' own scores."""
    engine = SearchEngine(bundled_index)
    try:
        searcher = engine._current()
        checked = 0
        for words in WORDS:
            phrase = ProximityPhrase("content", words, slop=8, boost=2.0)
            for sub, _offset in searcher.leaf_searchers():
                every = None
                for w in words:
                    ids = set(wq.Term("content", w).matcher(sub).all_ids())
                    every = ids if every is None else every & ids
                want = sorted(
                    d for d in every if near_in_order(_folded(sub, d), words, PROXIMITY_GAP)
                )
                m = phrase.matcher(sub, sub.context())
                got = {}
                while m.is_active():
                    got[m.id()] = m.score()
                    m.next()
                assert sorted(got) == want, words
                for d in want:
                    parts = [wq.Term("content", w).matcher(sub, sub.context()) for w in words]
                    total = 0.0
                    for p in parts:
                        p.skip_to(d)
                        total += p.score()
                    assert got[d] == pytest.approx(2.0 * total, rel=1e-9), (words, d)
                checked += len(want)
                # topk's check of a few candidates agrees with the matcher
                docs = np.asarray(sorted(every | set(range(0, sub.doc_count_all(), 7))))
                found = topk.phrase_matches(sub, phrase, docs)
                assert docs[found].tolist() == want, words
        assert checked > 20  # the bundled corpus has such paragraphs
    finally:
        engine.close()


def test_an_index_with_positions_answers_alike(bundled_index, tmp_path, monkeypatch):
    """An index built before (`content` with positions, the word fields with
    `formats.Frequency` values) gives the same answers."""

    def with_positions():
        schema = make_schema()
        for name in ("content", "title_w", "heading_w"):
            field = WordField(phrase=name == "content")
            if name != "content":
                field.format = formats.Frequency(field_boost=1.0)
            schema.remove(name)
            schema.add(name, field)
        return schema

    monkeypatch.setattr(indexer_mod, "make_schema", with_positions)
    cfg = make_config(tmp_path / "ix")
    Indexer(cfg).run()
    queries = ["干部 群众", "经济 发展", "驻村 书记 帮助", "发展 经济 社会", "乡村振兴 region:湖北"]
    old, new = SearchEngine(cfg), SearchEngine(bundled_index)
    try:
        assert old._current().schema["content"].format.supports("positions")
        assert type(old._current().schema["title_w"].format) is formats.Frequency
        for q in queries:
            a, b = old.search(q, limit=20), new.search(q, limit=20)
            assert a.total == b.total and a.facets == b.facets, q
            assert [(h.path, h.paragraph, h.score) for h in a.hits] == [
                (h.path, h.paragraph, h.score) for h in b.hits
            ], q
    finally:
        old.close()
        new.close()
