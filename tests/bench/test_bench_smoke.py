"""The benchmark harness's logic on tiny inputs: no timing, no real benchmark run."""

from __future__ import annotations

import json
from array import array
from pathlib import Path

import pytest

from bench import corpora, report
from bench.corpora import Corpus, write_real, write_scaled
from bench.metrics import Latency, SystemResult
from bench.paragraphs import ParagraphSet
from bench.queries import CLASSES, Query, region_word, select
from bench.truth import Recall, matching_ids

# Stand-ins for the four SIGHAN files: clause-per-line traditional text, CRLF, a BOM.
SIMPLIFIED = [
    "经济发展是干部群众共同关心的大事。",
    "湖北省武汉市的社会工作取得新进展。",
    "记者从重庆市巫溪县了解到，当地发展特色农业。",
    "国际会议在北京举行，各国代表讨论经济合作。",
    "基层干部深入群众，帮助解决实际困难。",
    "新世纪的钟声即将敲响，人们充满期待。",
] * 5
TRADITIONAL = [
    "許多社區長青學苑開設書法班，",
    "經濟發展與幹部工作密不可分。",
    "國際會議昨日在台北舉行。",
    "居民在室外散步，孩子們在公園玩耍。",
] * 8


@pytest.fixture(scope="module")
def fake_real(tmp_path_factory) -> Path:
    """A folder shaped like ../shared/corpus-real, with a few dozen lines per file."""
    folder = tmp_path_factory.mktemp("corpus-real")
    for stem, (_, trad) in corpora.REAL_SOURCES.items():
        lines = TRADITIONAL if trad else SIMPLIFIED
        bom = "\ufeff" if stem == "cityu_test" else ""
        (folder / f"{stem}.utf8.txt").write_text(
            bom + "\r\n".join(lines) + "\r\n", encoding="utf-8"
        )
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_scaled_generation_is_deterministic(fake_real, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    n = write_scaled(fake_real, a, 300)
    assert n >= 300
    assert write_scaled(fake_real, b, 300) == n
    assert _tree(a) == _tree(b)
    write_scaled(fake_real, tmp_path / "c", 300, seed=1)
    assert _tree(tmp_path / "c") != _tree(a)


def test_generated_articles_read_as_articles(fake_real, tmp_path):
    """The engine's own cleaning finds the title, source and date, and keeps every line."""
    from bench.enginecfg import engine_config
    from index.engine.models import SourceFile
    from index.ingest.articles import ArticleBuilder
    from index.ingest.cleaning import CleaningRules
    from index.ingest.reading import read_file

    write_real(fake_real, tmp_path)
    first = sorted((tmp_path / "pku_test").glob("*.txt"))[0]
    body = first.read_text(encoding="utf-8").split("\n\n", 1)[1].strip().split("\n\n")
    assert 10 <= len(body) <= 30
    cfg = engine_config([tmp_path])
    src = SourceFile(str(first), str(tmp_path), first.name)
    article = ArticleBuilder(CleaningRules.from_config(cfg.cleaning)).build(read_file(src))
    assert article.meta.source == "人民日报" and article.meta.date and article.meta.title
    assert len(article.paragraphs) == len(set(body))


def _paragraph_set(tmp_path: Path, texts: list[str], regions=None) -> ParagraphSet:
    from index.build.folding import fold

    n = len(texts)
    return ParagraphSet(
        folder=tmp_path,
        paths=["a.txt"],
        article=array("I", [0] * n),
        ordinal=array("I", range(1, n + 1)),
        text=texts,
        folded=[fold(t) for t in texts],
        regions=regions or [()] * n,
    )


def test_truth_folds_ands_and_filters_regions(tmp_path):
    ps = _paragraph_set(
        tmp_path,
        ["幹部下沉", "干部 群众", "群众路线", "武汉发展"],
        [(), ("湖北省/武汉市",), (), ("湖北省/武汉市",)],
    )
    assert matching_ids(ps, Query("common_word", "干部", ("干部",))) == [0, 1]
    assert matching_ids(ps, Query("traditional", "幹部", ("幹部",))) == [0, 1]
    assert matching_ids(ps, Query("multi_and", "干部 群众", ("干部", "群众"))) == [1]
    assert matching_ids(ps, Query("region", "region:湖北省", (), "湖北省", "湖北")) == [1, 3]
    assert matching_ids(ps, Query("browse", "")) == [0, 1, 2, 3]
    assert region_word("广西壮族自治区") == "广西" and region_word("湖北省/武汉市") == "湖北"


def test_recall_is_micro_averaged_with_worst_query():
    r = Recall()
    r.add([1, 2, 3, 4], [1, 2, 9])
    r.add([], [])
    r.add([5], [5])
    assert r.found == 3 and r.expected == 5 and r.recall == pytest.approx(0.6)
    assert r.worst == pytest.approx(0.5)
    assert r.literal_precision == pytest.approx(3 / 4)
    assert Recall().recall == 1.0


def test_query_set_covers_every_class_deterministically(fake_real, tmp_path):
    from bench import paragraphs

    write_scaled(fake_real, tmp_path / "articles", 200)
    corpus = Corpus("tiny", tmp_path / "articles", "scaled", 200)
    ps = paragraphs.prepare(corpus, cache=tmp_path / "cache", log=lambda *_: None)
    assert len(ps) >= 190 and len(ps.paths) == len(set(ps.paths))
    keys = ps.key_to_id()
    assert len(keys) == len(ps) and keys[(ps.paths[0], 1)] == 0
    queries = select(ps, "tiny")
    assert {q.cls for q in queries} == set(CLASSES)
    assert select(ps, "tiny") == queries
    assert all(q.region for q in queries if q.cls == "region")
    assert Query.from_dict(json.loads(json.dumps(queries[3].to_dict()))) == queries[3]


def test_latency_percentiles():
    lat = Latency.of([float(i) for i in range(1, 101)])
    assert (lat.p50, lat.p95, lat.p99, lat.n) == (50.0, 95.0, 99.0, 100)
    assert Latency.of([]) is None


def test_query_cpu_figures_survive_the_json_round_trip_and_the_worker_counts_cpu():
    from bench.worker import _cpu

    res = SystemResult(system="project", corpus="real", run_id="r")
    res.query_cpu_ms = {"phrase": Latency.of([1.0, 2.0])}
    res.preempted_per_query = {"phrase": 0.5}
    back = SystemResult.from_dict(json.loads(json.dumps(res.to_dict())))
    assert back.query_cpu_ms == res.query_cpu_ms and back.preempted_per_query == {"phrase": 0.5}
    assert SystemResult.from_dict({"system": "x", "corpus": "y", "run_id": "z"}).query_cpu_ms == {}
    (c0, s0, f0), _ = _cpu(), sum(range(200_000))
    c1, s1, f1 = _cpu()
    assert c1 >= c0 and s1 >= s0 and f1 >= f0


def _result(system: str, run_id: str, speed: float, p95: float) -> SystemResult:
    lat = Latency(p95 / 2, p95, p95, 5)
    return SystemResult(
        system=system,
        corpus="real",
        run_id=run_id,
        paragraphs=100,
        build_paragraphs_per_s=speed,
        index_mb=2.0,
        index_to_text=2.0,
        query_ms={c: lat for c in CLASSES},
        query_ms_all=lat,
        recall={c: 1.0 for c in CLASSES} | {"all": 1.0},
        rss_mb=100.0,
        incremental_add_s=0.5,
        build_peak_rss_mb=200.0,
    )


# The machine record of a made-up run, for the report tests.
MACHINE = {
    "date": "2024-01-01T00:00:00+00:00",
    "cpu": "x",
    "cores": 2,
    "usable_cores": 2,
    "ram_gb": 1,
    "os": "linux",
    "python": "3.11",
    "sqlite": "3",
    "commit": "abc",
}


def test_json_shape_ratios_and_markdown_markers(tmp_path):
    doc = report.load(tmp_path / "missing.json")
    machine = dict(MACHINE)
    corpus_info = {"real": {"paragraphs": 100, "articles": 5, "text_mb": 1.0, "queries": []}}
    doc = report.merge(
        doc,
        "r1",
        {"machine": machine, "argv": []},
        corpus_info,
        [_result("project", "r1", 5000, 10), _result("naive", "r1", 1000, 40)],
        None,
        [],
    )
    doc = report.merge(
        doc,
        "r2",
        {"machine": machine, "argv": ["--only", "fts5"]},
        corpus_info,
        [_result("fts5", "r2", 20000, 20)],
        None,
        [],
    )
    path = tmp_path / "latest.json"
    report.write_json(doc, path)
    back = json.loads(path.read_text(encoding="utf-8"))
    for system in ("project", "naive", "fts5"):
        entry = back["results"]["real"][system]
        for key in (
            "build_paragraphs_per_s",
            "index_mb",
            "query_ms",
            "recall",
            "rss_mb",
            "incremental_add_s",
        ):
            assert key in entry, (system, key)
        assert set(entry["query_ms"]["single_char"]) == {"p50", "p95", "p99", "n"}
    ratios = back["ratios"]["real"]
    assert ratios["naive"]["build_speedup"] == 5.0 and ratios["naive"]["same_run"]
    assert ratios["fts5"]["query_p95_speedup"]["browse"] == 2.0 and not ratios["fts5"]["same_run"]
    assert {r["target"] for r in back["targets"]["rows"]} >= {"build speed", "incremental add"}
    md = tmp_path / "BENCHMARKS.md"
    md.write_text("# Benchmarks\n\nhand-written intro\n", encoding="utf-8")
    report.write_markdown(back, md)
    md.write_text(
        md.read_text(encoding="utf-8") + "\nhand-written closing note\n", encoding="utf-8"
    )
    report.write_markdown(back, md)
    text = md.read_text(encoding="utf-8")
    assert "hand-written intro" in text and "hand-written closing note" in text
    assert text.count(report.START) == 1 and "| project |" in text


def test_stopped_build_progress_is_read_from_the_worker_log(tmp_path):
    from bench.runner import _last_progress, _progress

    log = tmp_path / "project-build.log"
    log.write_text("noise\nprogress: 1200 paragraphs 10.0 s\nprogress: 5000 paragraphs 20.0 s\n")
    assert _last_progress(log) == (5000, 20.0)
    assert _progress(log) == ", at 5,000 paragraphs (250/s)"
    log.write_text("Traceback …\n")
    assert _last_progress(log) is None and _progress(log) == ""


MARKED = "甲乙丙丁戊己庚辛是一个只在这里出现的标记。"


def _marked_article(extra: str = "") -> str:
    """An article whose second body paragraph carries MARKED; `extra` goes first."""
    body = [
        "壬癸子丑寅卯辰巳的第一段文字内容完全独特。",
        MARKED,
        "午未申酉戌亥的第三段文字也不与别处重复。",
    ]
    paras = ([extra] if extra else []) + body
    return "标记文章\n来源：基准测试 发布时间：2024-06-01\n\n" + "\n\n".join(paras) + "\n"


def test_kept_paragraphs_audit_restricts_recall_to_unchanged_articles(fake_real, tmp_path):
    """One article changed after the paragraph set was made: the audit finds exactly that
    one, plain recall misses its shifted keys, recall over unchanged articles is 1.0."""
    from bench import paragraphs
    from bench.competitors.project import Project
    from bench.truth import audit_articles

    root = tmp_path / "articles"
    write_scaled(fake_real, root, 200)
    marked = root / "zz" / "marked.txt"
    marked.parent.mkdir()
    marked.write_text(_marked_article(), encoding="utf-8")
    ps = paragraphs.prepare(
        Corpus("tiny", root, "scaled", 200), cache=tmp_path / "cache", log=lambda *_: None
    )
    # The "newer cleaning": the article gains a paragraph, so its later ordinals shift.
    marked.write_text(_marked_article("新增的一段让后面的段落编号全部后移。"), encoding="utf-8")
    project = Project(tmp_path / "work", root, ps.folder, {"procs": 1})
    assert project.build() == len(ps) + 1
    project.open()
    try:
        audit = audit_articles(ps, project.indexed_articles())
        queries = [
            Query("phrase", MARKED[:8], (MARKED[:8],)),
            Query("common_word", "经济", ("经济",)),
        ]
        got = [project.matches(q) for q in queries]
    finally:
        project.close()
    assert (audit.articles, audit.articles_differ) == (len(ps.paths), 1)
    assert audit.articles_only_set == audit.articles_only_index == 0
    assert audit.examples == [str(marked.resolve())] or audit.examples == [str(marked)]
    n_marked = sum(1 for a in ps.article if ps.paths[a] == audit.examples[0])
    assert audit.paragraphs_differ_set == n_marked and audit.paragraphs_differ_index == n_marked + 1
    assert sum(audit.unchanged) == len(ps) - n_marked
    truth = [matching_ids(ps, q) for q in queries]
    assert len(truth[0]) == 1 and len(truth[1]) > 10
    plain, kept = Recall(), Recall()
    plain.add(truth[0], got[0])
    assert plain.recall == 0.0  # the marked paragraph comes back under the next ordinal's id
    for t, g in zip(truth, got, strict=True):
        kept.add(audit.restrict(t), audit.restrict(g))
    assert kept.recall == 1.0 and kept.expected == len(truth[1])
    same = audit_articles(ps, ps.article_digests())
    assert same.articles_differ == same.paragraphs_differ_set == 0 and all(same.unchanged)


def test_targets_use_recall_over_unchanged_articles_only_when_paragraphs_were_kept(tmp_path):
    machine = dict(MACHINE)
    corpus_info = {"real": {"paragraphs": 100, "articles": 5, "text_mb": 1.0, "queries": []}}
    p = _result("project", "r1", 5000, 10)
    p.recall = {c: 1.0 for c in CLASSES} | {"single_char": 0.9999, "all": 0.9999}
    doc = report.merge(
        report.empty(), "r1", {"machine": machine, "argv": []}, corpus_info, [p], None, []
    )
    row = next(r for r in doc["targets"]["rows"] if r["target"].startswith("recall"))
    assert row["value"] == 0.9999 and not row["met"]
    p.recall_unchanged = {c: 1.0 for c in CLASSES} | {"all": 1.0}
    p.paragraph_audit = {
        "articles": 5,
        "articles_differ": 1,
        "articles_only_set": 0,
        "articles_only_index": 0,
        "paragraphs_differ_set": 20,
        "paragraphs_differ_index": 21,
        "examples": ["a.txt"],
        "kept": True,
        "seconds": 0.1,
        "expected_excluded": {"single_char": 3},
    }
    doc = report.merge(
        report.empty(), "r1", {"machine": machine, "argv": []}, corpus_info, [p], None, []
    )
    row = next(r for r in doc["targets"]["rows"] if r["target"].startswith("recall"))
    assert row["value"] == 1.0 and row["met"] and "unchanged articles only" in row["note"]
    assert "1 of 5 articles differ" in row["note"] and "plain recall 0.9999" in row["note"]
    md = report.markdown(json.loads(json.dumps(doc)))
    assert "| project, unchanged articles |" in md and "--keep-paragraphs" in md
    assert "single_char 3" in md and "| project | 0.9999 |" in md


def test_an_article_tagged_with_other_regions_is_not_unchanged():
    from bench.paragraphs import article_digest

    rows = [(1, "省委书记在昆明调研", ["云南省/昆明市"]), (2, "会议要求", [])]
    retagged = [(1, "省委书记在昆明调研", ["云南省"]), (2, "会议要求", [])]
    assert article_digest(rows) == article_digest([(o, t, list(r)) for o, t, r in rows])
    assert article_digest(rows) != article_digest(retagged)
