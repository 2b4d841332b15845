"""The Solr client and document format without a cluster: tokens, escaping, settings, errors."""

from __future__ import annotations

import json
import socket

import pytest

from index.backends.solr import (
    SolrClient,
    SolrError,
    SolrSettings,
    SolrUnreachable,
    read_credentials_file,
)
from index.backends.solr_docs import (
    article_id,
    doc_id,
    escape,
    literal_clause,
    pre_analyzed,
    solr_document,
    words_clause,
)
from index.build.documents import IndexDocument
from tests.conftest import ROOT


def test_pre_analyzed_tokens_carry_offsets_and_positions():
    folded = "驻村第一书记，到 村里"
    # As index_tokens orders them: the word, then its parts, shorter parts first.
    words = [("驻村第一书记", 0), ("驻村", 0), ("书记", 0), ("第一书记", 0), ("到", 1), ("村里", 2)]
    tokens = json.loads(pre_analyzed(folded, words))["tokens"]
    assert [(t["t"], t["s"], t["e"], t["i"]) for t in tokens] == [
        ("驻村第一书记", 0, 6, 1),
        ("驻村", 0, 2, 0),
        ("第一书记", 2, 6, 0),
        ("书记", 4, 6, 0),
        ("到", 7, 8, 1),
        ("村里", 9, 11, 1),
    ]
    for t in tokens:
        assert folded[t["s"] : t["e"]] == t["t"]
    assert pre_analyzed("", []) is None


def test_pre_analyzed_matches_the_segmenters_tokens(bundled_docs_offline):
    for d in bundled_docs_offline:
        payload = pre_analyzed(d.folded, d.words)
        if payload is None:
            assert not d.words
            continue
        tokens = json.loads(payload)["tokens"]
        pairs, pos, last_start = [], -1, 0
        for t in tokens:
            pos += t["i"]
            pairs.append((t["t"], pos))
            assert d.folded[t["s"] : t["e"]] == t["t"]
            assert t["s"] >= last_start  # Lucene refuses offsets that go backwards
            last_start = t["s"]
        assert sorted(pairs) == sorted(d.words)


@pytest.fixture(scope="module")
def bundled_docs_offline():
    from index.backends.solr_feed import FeedSummary, corpus_articles
    from index.build.documents import article_documents
    from index.build.segmenter import read_user_dictionary, shared_segmenter
    from tests.conftest import CORPUS, make_config

    cfg = make_config(CORPUS / "unused-index", [CORPUS])
    seg = shared_segmenter(read_user_dictionary(cfg.dictionary))
    return [d for a in corpus_articles(cfg, FeedSummary()) for d in article_documents(a, seg)]


def _doc(**kw) -> IndexDocument:
    base = dict(
        file="/news/a!b.txt",
        filekey="k",
        articlekey="ak",
        relpath="news/a!b.txt",
        title="標題",
        heading=None,
        source="人民日报",
        author=None,
        url=None,
        page=None,
        date="2024-03-05",
        paragraph=3,
        nparagraphs=9,
        cite_no=2,
        is_heading=False,
        text="湖北武汉幹部",
        regions=("湖北省/武汉市",),
        inherited_regions=(),
        folded="湖北武汉干部",
        words=(("湖北", 0), ("武汉", 1), ("干部", 2)),
        title_words=(("标题", 0),),
        heading_words=(),
    )
    base.update(kw)
    return IndexDocument(**base)


def test_solr_document_routes_by_article_and_rolls_up_regions():
    doc = solr_document(_doc())
    # A "!" in the path must not confuse the compositeId router: the key is a hash.
    assert doc["id"] == doc_id("/news/a!b.txt", 3) == f"{article_id('/news/a!b.txt')}!3"
    assert doc["id"].count("!") == 1 and doc["path"] == "/news/a!b.txt"
    assert doc["region"] == ["湖北省", "湖北省/武汉市"]
    assert doc["text"] == "湖北武汉幹部" and doc["bi"] == doc["uni"] == "湖北武汉干部"
    assert doc["year"] == "2024" and "heading" not in doc and "author" not in doc
    assert json.loads(doc["title_w"])["tokens"][0]["t"] == "标题"


# Whoosh document fields → Solr fields, where the name differs.
RENAMED = {"file": "path"}


def test_every_project_field_has_a_solr_field(bundled_docs_offline):
    """A field added to the Whoosh documents must reach Solr too (or be renamed here)."""
    import xml.etree.ElementTree as ET

    schema = ET.parse(ROOT / "cluster" / "configset" / "conf" / "schema.xml").getroot()
    declared = {f.get("name") for f in schema.iter("field")}
    whoosh_keys, solr_keys = set(), set()
    for d in bundled_docs_offline:
        fields = d.fields()
        # The article's values are stored once, on its first document (`article`; `back`
        # on the others points there): each of them is a field Solr holds per paragraph.
        keys = set(fields) - {"article", "back"} | set(fields.get("article", {}))
        whoosh_keys |= {RENAMED.get(k, k) for k in keys}
        solr_keys |= set(solr_document(d))
    assert whoosh_keys <= solr_keys, whoosh_keys - solr_keys
    assert solr_keys <= declared, solr_keys - declared
    doc = solr_document(_doc())
    assert doc["cite_no"] == 2


def test_query_clauses_escape_syntax():
    assert literal_clause("沉") == "uni:沉"
    assert literal_clause(":") == "uni:\\:"
    assert literal_clause('a"b') == 'bi:"a\\"b"'
    assert words_clause(["干部", "c++"]) == "(content:干部 AND content:c\\+\\+)"
    assert escape("a b(c)") == "a\\ b\\(c\\)"
    with pytest.raises(ValueError):
        literal_clause("")


def test_settings_from_env_and_credentials_file(tmp_path):
    s = SolrSettings.from_env({"SEARCH_APP_SOLR_URLS": "http://h1:8983/solr/, http://h2/solr"})
    assert s.urls == ("http://h1:8983/solr", "http://h2/solr") and s.user is None
    creds = tmp_path / "solr.cred"
    creds.write_text("\nalice:s3:cret\n", encoding="utf-8")
    s = SolrSettings.from_env(
        {"SEARCH_APP_SOLR_URLS": "http://h1/solr", "SEARCH_APP_SOLR_CREDENTIALS_FILE": str(creds)}
    )
    assert (s.user, s.password) == ("alice", "s3:cret")
    with pytest.raises(SolrError, match="no Solr URL"):
        SolrSettings.from_env({})
    with pytest.raises(SolrError, match="SEARCH_APP_SOLR_PASSWORD"):
        SolrSettings.from_env(
            {"SEARCH_APP_SOLR_URLS": "http://h/solr", "SEARCH_APP_SOLR_USER": "a"}
        )
    creds.write_text("no-colon\n", encoding="utf-8")
    with pytest.raises(SolrError, match=r"solr.cred:1: expected 'user:password'"):
        read_credentials_file(creds)
    with pytest.raises(SolrError, match="cannot read Solr credentials"):
        read_credentials_file(tmp_path / "missing")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_cluster_is_one_line_naming_every_node():
    urls = (f"http://127.0.0.1:{_free_port()}/solr", f"http://127.0.0.1:{_free_port()}/solr")
    client = SolrClient(SolrSettings(urls, timeout=5))
    with pytest.raises(SolrUnreachable) as err:
        client.select("news", {"q": "*:*"})
    msg = str(err.value)
    assert "\n" not in msg and err.value.exit_code == 2
    assert all(u in msg for u in urls) and "connection refused" in msg
