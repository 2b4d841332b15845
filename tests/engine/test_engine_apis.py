"""The engine calls the app relies on, tested on the engine alone (issue 13).

tests/tui/test_app_engine_use.py checks how the app uses them; these check the
engine's side without Textual: highlights for paragraphs that are not hits,
the article view, and an index that becomes searchable at its first commit.
"""

from __future__ import annotations

import re

from index.build.indexer import Indexer
from index.query.search import SearchEngine
from tests.conftest import make_config


def test_highlights_mark_paragraphs_that_are_not_hits(engine):
    """The passage view marks the query in every paragraph, hits or not."""
    query = "联系服务群众"
    result = engine.search(query, limit=0)
    hit = result.hits[0]
    article = engine.article(hit.path)
    assert article is not None and article.path == hit.path
    assert [p.paragraph for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))
    hits_here = {h.paragraph for h in result.hits if h.path == hit.path}
    marked = {}
    for p in article.paragraphs:
        spans = engine.highlights(p.text, query)
        for s, e in spans:
            assert re.fullmatch("(?:联系|服务|群众)+", p.text[s:e])  # touching words merge
        if spans:
            marked[p.paragraph] = spans
    assert hits_here <= set(marked)
    assert len(set(marked) - hits_here) >= 2  # neighbours that only name 群众
    by_number = {p.paragraph: p for p in article.paragraphs}
    assert all(
        engine.highlights(by_number[n].text, query) == h.highlights
        for h in result.hits
        for n in [h.paragraph]
        if h.path == hit.path
    )


def test_article_of_an_unindexed_path_is_none(engine):
    assert engine.article("/nowhere/not-indexed.txt") is None


def test_first_build_is_searchable_from_its_first_commit(tmp_path, corpus_copy):
    """When progress first says `searchable`, a new engine finds the committed paragraphs."""
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    cfg.index.commit_every = 30  # one commit per bundled file (30-48 paragraphs each)
    seen: list[tuple[bool, int]] = []

    def progress(p) -> None:
        if p.searchable and not any(s for s, _ in seen):
            engine = SearchEngine(cfg)
            try:
                seen.append((True, engine.search("", limit=1).total))
            finally:
                engine.close()
        else:
            seen.append((p.searchable, -1))

    summary = Indexer(cfg, progress=progress).run()
    first = next(total for searchable, total in seen if searchable)
    assert 0 < first < summary.paragraphs  # searchable before the build ended
    assert not seen[0][0]
