"""The one article pipeline: what the indexer, its workers and the bench clean files with."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.build.parallel import WorkerConfig
from index.build.segmenter import read_user_dictionary
from index.engine import open_engine
from index.engine.models import Article, Skipped
from index.ingest.articles import recurrence_sample
from index.ingest.cleaning import CleaningRules, make_lines
from index.ingest.pipeline import ArticlePipeline, PipelineSettings, prepare_article
from index.ingest.reading import discover
from index.ingest.zones import article_signature, candidate_keys
from tests.conftest import CORPUS, ROOT, make_config

VARIED = [CORPUS, ROOT / "tests" / "layouts" / "dev", ROOT / "tests" / "engine" / "html_pages"]


def _sources(cfg, folder: Path):
    cfg.corpus.paths = [folder]
    return discover(cfg.corpus.paths, cfg.corpus.extensions)[0]


@pytest.mark.parametrize("folder", VARIED, ids=lambda p: p.name)
def test_kept_reads_give_the_same_articles_as_fresh_reads(tmp_path, folder):
    """Reusing what the recurrence pass read changes nothing: each article equals a fresh read's."""
    cfg = make_config(tmp_path / "ix")
    sources = _sources(cfg, folder)
    assert len(sources) >= 5
    settings_ = PipelineSettings.from_config(cfg)
    reusing, fresh = ArticlePipeline(settings_), ArticlePipeline(settings_)
    reusing.count_recurrence(sources, keep={s.path for s in sources})
    fresh.count_recurrence(sources)
    kept = sum(s.path in reusing._kept for s in sources)
    if folder.name != "html_pages":  # HTML pages are not read for recurrence
        assert kept > 0
    for src in sources:
        a, b = reusing.prepare(src, "stamp"), fresh.prepare(src, "stamp")
        assert a == b, src.path
    assert reusing._kept == {}  # each kept file was used once and let go


def test_prepare_article_is_what_the_indexer_indexes(bundled_index):
    """prepare_article, with the folder's recurrence counted, gives exactly the indexed paragraphs."""
    pipeline = ArticlePipeline(PipelineSettings.from_config(bundled_index))
    sources = discover(bundled_index.corpus.paths, bundled_index.corpus.extensions)[0]
    pipeline.count_recurrence(sources)
    engine = open_engine(bundled_index)
    try:
        for src in sources:
            article = pipeline.prepare(src)
            view = engine.article(src.path)
            if isinstance(article, Skipped):
                assert view is None
                continue
            assert [p.text for p in view.paragraphs] == [p.text for p in article.paragraphs]
            assert view.title == article.meta.title and view.date == article.meta.date
    finally:
        engine.close()


def test_prepare_article_takes_a_path_and_a_config(tmp_path):
    """The one-call form reads, decodes and cleans one file; a missing file is a Skipped."""
    cfg = make_config(tmp_path / "ix")
    path = sorted(CORPUS.glob("*.txt"))[0]
    article = prepare_article(path, cfg, stamp="1:2")
    assert isinstance(article, Article) and article.paragraphs and article.file_stamp == "1:2"
    assert isinstance(prepare_article(tmp_path / "missing.txt", cfg), Skipped)


def test_workers_get_a_small_picklable_config(tmp_path):
    """What a forked worker receives pickles (no Indexer, no compiled rules, no open index)."""
    cfg = make_config(tmp_path / "ix")
    pipeline = ArticlePipeline(PipelineSettings.from_config(cfg))
    recurrence = pipeline.count_recurrence(_sources(cfg, CORPUS))
    work = WorkerConfig(pipeline.settings, read_user_dictionary(cfg.dictionary), 64, recurrence)
    back = pickle.loads(pickle.dumps(work))
    assert back.pipeline.key == pipeline.settings.key and back.limitmb == 64
    assert back.recurrence._seen == recurrence._seen


RULES = CleaningRules.from_config(make_config(Path("/nonexistent")).cleaning)
LINE = st.sampled_from(
    ["", "   ", "首页 > 新闻", "责任编辑：张三", "本报讯 记者李四报道，今年经济运行总体平稳。",
     "包养网", "扫一扫在手机打开当前页", "2024年3月5日", "短句", "他说：“我们要把工作做实。”"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=70), st.integers(1, 5))
def test_recurrence_sample_equals_reading_every_line(lines, first_line):
    """Making only the lines recurrence reads gives the keys and signature of making them all."""
    text = "\n".join(lines)
    made = make_lines(text, RULES, first_line)
    kept: dict = {}
    assert recurrence_sample(text, RULES, first_line, kept) == (
        candidate_keys(made),
        article_signature(made),
    )
    assert all(made[i] == line for i, line in kept.items())
