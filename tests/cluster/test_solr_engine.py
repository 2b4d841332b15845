"""The Solr backend through the engine interface, on the live cluster, against the Whoosh backend.

Equivalence: every bench query (and queries using every operator) gives the same total, the
same hit set and the same facet counts on both backends; literal matches rank first on both;
highlights and citations of the same paragraph are identical. Then updates (the manifest
read back from Solr), rebuilds behind the alias, cancel, and the CLI on the cluster.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from index.backends.solr_engine import SolrEngine
from index.engine.errors import IndexMissing
from index.engine.facets import is_facet
from index.engine.interface import Engine, open_engine
from tests.cluster.conftest import solr_config
from tests.conftest import CORPUS, ROOT, make_config

EXTRA_QUERIES = [
    "干部 -群众",
    '"基层 干部"',
    "region:湖北",
    "region:火星 干部",
    "经济 OR 发展",
    "year:2020..2024 干部",
    "source:人民 干部",
    "NOT 干部",
    "(驻村 OR 驻企) 干部",
    "幹部 date:2024..",
    "第一书记",
    '"第一书记"',
    "沉下身子 OR 帮扶",
    'a"b',
]


def bench_queries() -> list[str]:
    """The bench query set chosen for the bundled corpus."""
    from bench import paragraphs, queries
    from bench.corpora import prepare

    corpus = prepare("bundled", log=lambda *a: None)
    ps = paragraphs.prepare(corpus, log=lambda *a: None)
    return [q.text for q in queries.select(ps, corpus.name)]


def test_solr_engine_satisfies_the_protocol(solr_bundled):
    assert isinstance(solr_bundled, Engine)


def test_open_engine_picks_the_backend_from_the_config(tmp_path):
    cfg = solr_config(tmp_path, CORPUS, "x")
    assert isinstance(open_engine(cfg), SolrEngine)  # opening contacts nobody
    cfg.index.backend = "whoosh"
    assert not isinstance(open_engine(cfg), SolrEngine)


def test_every_query_gives_the_same_answer_on_both_backends(whoosh_bundled, solr_bundled):
    from bench.solr_equivalence import compare

    texts = bench_queries() + EXTRA_QUERIES
    assert len(texts) > 40
    rows = [compare(whoosh_bundled, solr_bundled, t) for t in texts]
    differ = [r for r in rows if not (r["same_total"] and r["same_hits"] and r["same_facets"])]
    assert differ == []
    assert [r["query"] for r in rows if not all(r["literal_first"])] == []
    assert [r["query"] for r in rows if not r["same_top_texts"]] == []
    assert sum(r["total"][0] for r in rows) > 1000  # the queries do find things


def test_hits_carry_the_projects_highlights_snippets_and_citations(whoosh_bundled, solr_bundled):
    w = {h.key: h for h in whoosh_bundled.search("驻村 干部", limit=0).hits}
    s = solr_bundled.search("驻村 干部", limit=0)
    assert s.hits and s.total == len(w)
    for h in s.hits:
        other = w[h.key]
        assert (h.text, h.highlights, h.snippet, h.citation, h.regions) == (
            other.text,
            other.highlights,
            other.snippet,
            other.citation,
            other.regions,
        )
        for a, b in h.highlights:
            assert h.text[a:b]  # offsets point into the original text


def test_filter_flags_and_paging(whoosh_bundled, solr_bundled):
    for kw in ({"region": "湖北"}, {"year": "2023..2025"}, {"source": "人民日报"}):
        w = whoosh_bundled.search("干部", limit=0, **kw)
        s = solr_bundled.search("干部", limit=0, **kw)
        assert (w.total, w.facets) == (s.total, s.facets), kw
    page = solr_bundled.search("的", limit=5, offset=5)
    assert [h.rank for h in page.hits] == [6, 7, 8, 9, 10]
    first = solr_bundled.search("的", limit=10)
    assert [h.key for h in first.hits[5:]] == [h.key for h in page.hits]


def test_article_view_matches_whoosh(whoosh_bundled, solr_bundled):
    hit = solr_bundled.search("第一书记", limit=1).hits[0]
    assert solr_bundled.article(hit.path) == whoosh_bundled.article(hit.path)
    assert solr_bundled.article("/nowhere.txt") is None
    assert solr_bundled.highlights("驻村第一書記", "第一书记") == [(2, 6)]


def test_matches_lists_every_paragraph(whoosh_bundled, solr_bundled):
    for text in ("干部", "-干部", ""):
        mine, theirs = solr_bundled.matches(text), whoosh_bundled.matches(text)
        assert len(mine) == len(set(mine)) == len(theirs)
        assert set(mine) == set(theirs)


def test_status_names_the_collection_behind_the_alias(solr_bundled, solr):
    st = solr_bundled.status()
    assert st.location == f"solr:{solr.aliases()[solr_bundled.alias]}"
    assert st.documents == solr_bundled.search("").total
    assert solr_bundled.generation() == st.generation


def test_missing_alias_is_index_missing(solr, tmp_path):
    eng = SolrEngine(solr_config(tmp_path, CORPUS, "never_built"), client=solr)
    with pytest.raises(IndexMissing, match="search-app index"):
        eng.search("干部")
    with pytest.raises(IndexMissing):
        eng.generation()


def test_updates_use_the_manifest_kept_in_solr(solr, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cfg = solr_config(tmp_path, corpus, f"upd_{uuid.uuid4().hex[:6]}")
    first = SolrEngine(cfg, client=solr).index()
    assert first.rebuilt and first.added >= 5 and first.deleted == 0
    gen = SolrEngine(cfg, client=solr).generation()

    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    changed, removed = files[0], files[1]
    changed.write_text("标题：改写的文章\n\n村里的蓝莓产业带动增收。\n\n第二段说干部。\n", "utf-8")
    removed.unlink()
    (corpus / "new.txt").write_text("标题：新文章\n\n驻村干部推广蓝莓种植。\n", encoding="utf-8")

    # A fresh engine: nothing is remembered locally, the manifest comes from Solr.
    eng = SolrEngine(cfg, client=solr)
    second = eng.index()
    assert not second.rebuilt
    assert (second.added, second.updated, second.deleted) == (1, 1, 1)
    assert second.unchanged == first.added - 2
    assert eng.generation() != gen
    paths = {h.path for h in eng.search("蓝莓", limit=0).hits}
    assert paths == {str(changed), str(corpus / "new.txt")}
    assert eng.article(str(removed)) is None
    # The updated collection answers as a Whoosh index built from scratch on the new corpus.
    whoosh = open_engine(make_config(tmp_path / "ix", [corpus]))
    whoosh.index(rebuild=True)
    for text in ("蓝莓", "干部", "", "region:湖北"):
        w, s = whoosh.search(text, limit=0), eng.search(text, limit=0)
        assert (w.total, w.facets) == (s.total, s.facets)
        assert {h.key for h in w.hits} == {h.key for h in s.hits}
    whoosh.close()

    third = SolrEngine(cfg, client=solr).index()
    assert (third.added, third.updated, third.deleted) == (0, 0, 0)
    assert third.paragraphs == second.paragraphs == eng.status().documents


def test_rebuild_switches_the_alias_and_drops_the_old_collection(solr, tmp_path):
    cfg = solr_config(tmp_path, CORPUS, f"reb_{uuid.uuid4().hex[:6]}")
    eng = SolrEngine(cfg, client=solr)
    eng.index()
    old = eng.collection()
    count = eng.status().documents
    eng.index(rebuild=True)
    new = eng.collection()
    assert new != old and old not in solr.collections()
    assert eng.status().documents == count
    # Other cleaning rules: the next `index` rebuilds, as the Whoosh backend does.
    assert not eng.needs_rebuild()
    cfg.cleaning.spam = [*cfg.cleaning.spam, "金花葵"]
    changed = SolrEngine(cfg, client=solr)
    assert changed.needs_rebuild()
    summary = changed.index()
    assert summary.rebuilt and changed.collection() != new and new not in solr.collections()
    assert changed.search("金花葵").total == 0 and not changed.needs_rebuild()


def test_cancelled_rebuild_keeps_the_old_build(solr, tmp_path):
    cfg = solr_config(tmp_path, CORPUS, f"can_{uuid.uuid4().hex[:6]}")
    eng = SolrEngine(cfg, client=solr)
    eng.index()
    old, before = eng.collection(), eng.status().documents
    cancel = threading.Event()

    def progress(p):
        if p.phase == "indexing":
            cancel.set()

    summary = eng.index(rebuild=True, progress=progress, cancel=cancel)
    assert summary.interrupted
    assert eng.collection() == old and eng.status().documents == before
    assert [c for c in solr.collections() if c.startswith(cfg.solr.collection + "_")] == [old]


def _cli(args, env_extra, tmp_path, cfg_text):
    path = tmp_path / "config.yaml"
    path.write_text(cfg_text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEARCH_APP_SOLR")}
    env.update(env_extra)
    return subprocess.run(
        [str(Path(sys.executable).parent / "search-app"), "--config", str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def _cfg_text(alias: str) -> str:
    """The repository's config (its cleaning rules too) on the Solr backend, paths absolute."""
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    swaps = {
        "  paths: [corpus]": f"  paths: [{CORPUS}]",
        "  files: [userdict.txt]": f"  files: [{ROOT / 'userdict.txt'}]",
        "\nindex:\n": "\nindex:\n  backend: solr\n",
    }
    for old, new in swaps.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text + f"\nsolr:\n  collection: {alias}\n"


def test_cli_searches_the_cluster(solr_cluster, solr_bundled, whoosh_bundled, tmp_path):
    out = _cli(
        ["search", "--json", "干部"], solr_cluster.env(), tmp_path, _cfg_text(solr_bundled.alias)
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == whoosh_bundled.search("干部").total


def test_cli_unreachable_cluster_is_one_line_exit_2(tmp_path):
    env = {"SEARCH_APP_SOLR_URLS": "http://127.0.0.1:9/solr"}
    out = _cli(["search", "干部"], env, tmp_path, _cfg_text("searchapp"))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "cannot reach Solr" in out.stderr


def test_cli_wrong_password_is_one_line_auth_error(solr_cluster, solr_bundled, tmp_path):
    env = {**solr_cluster.env(), "SEARCH_APP_SOLR_PASSWORD": "wrong"}
    out = _cli(["search", "干部"], env, tmp_path, _cfg_text(solr_bundled.alias))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "rejected the credentials" in out.stderr


def test_cli_index_then_search_on_the_cluster(solr_cluster, whoosh_bundled, tmp_path):
    alias = f"cli_{uuid.uuid4().hex[:6]}"
    env = solr_cluster.env()
    built = _cli(["index"], env, tmp_path, _cfg_text(alias))
    assert built.returncode == 0, built.stderr
    again = _cli(["index"], env, tmp_path, _cfg_text(alias))  # an update: nothing changed
    assert again.returncode == 0, again.stderr
    out = _cli(["search", "--json", "--limit", "0", "region:湖北"], env, tmp_path, _cfg_text(alias))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    want = whoosh_bundled.search("region:湖北", limit=0)
    assert data["total"] == want.total
    assert len(data["hits"]) == want.total


def test_a_folders_recurring_chrome_is_cleaned_as_in_whoosh(solr, tmp_path):
    """Lines repeated at the top of a folder's files are chrome on both backends."""
    corpus = tmp_path / "site"
    corpus.mkdir()
    bodies = ["村里修了新路，群众出行方便了。", "合作社带动农户增收。", "驻村干部走访困难家庭。"]
    for i in range(9):
        (corpus / f"p{i}.txt").write_text(
            f"欢迎访问蓝湖县融媒体中心\n\n第{i}条消息\n\n{bodies[i % 3]}第{i}次报道。\n\n"
            "蓝湖县融媒体中心主办\n",
            encoding="utf-8",
        )
    whoosh = open_engine(make_config(tmp_path / "ix", [corpus]))
    whoosh.index(rebuild=True)
    eng = SolrEngine(solr_config(tmp_path, corpus, f"rec_{uuid.uuid4().hex[:6]}"), client=solr)
    eng.index()
    assert whoosh.search("融媒体中心").total == 0  # the recurrence pass really dropped it
    for text in ("融媒体中心", "", "干部", "报道"):
        w, s = whoosh.search(text, limit=0), eng.search(text, limit=0)
        assert (w.total, {h.key for h in w.hits}) == (s.total, {h.key for h in s.hits}), text
    whoosh.close()


def test_a_real_corpus_subset_gives_the_same_answers(solr, tmp_path):
    """120 articles of the real corpus (30 per source folder): every bench query, both backends."""
    from bench import paragraphs, queries
    from bench.corpora import Corpus, prepare
    from bench.solr_equivalence import compare

    try:
        real = prepare("real", log=lambda *a: None)
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    root = tmp_path / "real-subset"
    for folder in sorted(p for p in real.root.iterdir() if p.is_dir()):
        (root / folder.name).mkdir(parents=True)
        for f in sorted(folder.iterdir())[:30]:
            shutil.copy2(f, root / folder.name / f.name)
    whoosh = open_engine(make_config(tmp_path / "ix", [root]))
    whoosh.index(rebuild=True)
    eng = SolrEngine(solr_config(tmp_path, root, f"real_{uuid.uuid4().hex[:6]}"), client=solr)
    eng.index()
    assert eng.status().documents == whoosh.status().documents > 1000
    ps = paragraphs.prepare(
        Corpus("real-subset", root, "real"), cache=tmp_path, log=lambda *a: None
    )
    texts = [q.text for q in queries.select(ps, "real-subset")] + EXTRA_QUERIES
    rows = [compare(whoosh, eng, t) for t in texts]
    assert [r for r in rows if not (r["same_total"] and r["same_hits"] and r["same_facets"])] == []
    assert [r["query"] for r in rows if not all(r["literal_first"])] == []
    assert sum(r["total"][0] for r in rows) > 1000
    whoosh.close()


def test_a_renamed_file_is_moved_not_lost_as_a_duplicate(solr, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cfg = solr_config(tmp_path, corpus, f"mv_{uuid.uuid4().hex[:6]}")
    eng = SolrEngine(cfg, client=solr)
    eng.index()
    before = eng.status().documents
    src = sorted(p for p in corpus.rglob("*.txt"))[0]
    dest = src.with_name("renamed-" + src.name)
    src.rename(dest)
    summary = eng.index()
    assert (summary.added, summary.deleted, summary.duplicates) == (1, 1, [])
    assert eng.status().documents == before
    assert eng.article(str(src)) is None and eng.article(str(dest)) is not None


@pytest.mark.skipif(not is_facet("author"), reason="the author facet is not declared yet")
def test_author_facet_and_filter_match_whoosh(solr, tmp_path):
    """Bylines with several names: counted once per name, filtered by one name, on both."""
    corpus = tmp_path / "bylines"
    corpus.mkdir()
    lines = [
        ("来源：人民日报  作者：张三、李四  2024-03-01", "驻村干部带领群众发展蓝莓产业。"),
        ("新华社 记者 王五 2024年5月2日", "蓝莓产业让村民增收，驻村干部功不可没。"),
        ("来源：光明日报  作者：李四  2023-11-20", "合作社带动农户增收，干部走访。"),
        ("来源：经济日报  2022-07-09", "没有署名的一篇，讲干部培训。"),
    ]
    for i, (byline, body) in enumerate(lines):
        text = f"第{i}篇见闻\n\n{byline}\n\n{body}\n\n第二段说合作社的事。\n"
        (corpus / f"b{i}.txt").write_text(text, encoding="utf-8")
    whoosh = open_engine(make_config(tmp_path / "ix", [corpus]))
    whoosh.index(rebuild=True)
    eng = SolrEngine(solr_config(tmp_path, corpus, f"auth_{uuid.uuid4().hex[:6]}"), client=solr)
    eng.index()
    authors = whoosh.search("").facets.get("author")
    assert set(authors) == {"张三", "李四", "王五"} and authors["李四"] >= authors["张三"]
    assert eng.search("").facets.get("author") == authors
    for text, kw in [
        ("", {"author": "李四"}),
        ("干部", {"author": "王五"}),
        ("author:李四 OR 蓝莓", {}),
        ("-author:李四 干部", {}),
        ("author:赵六", {}),
    ]:
        w, s = whoosh.search(text, limit=0, **kw), eng.search(text, limit=0, **kw)
        assert (w.total, w.facets.counts, w.facets.month) == (
            s.total,
            s.facets.counts,
            s.facets.month,
        ), (text, kw)
        assert {h.key for h in w.hits} == {h.key for h in s.hits}
    whoosh.close()
