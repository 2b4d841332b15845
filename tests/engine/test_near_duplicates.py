"""Near-duplicate files (one article saved twice, differently) are indexed once."""

from __future__ import annotations

from index.build.indexer import Indexer
from index.config import load_config
from index.ingest.articles import content_fingerprint
from index.query.search import SearchEngine
from tests.engine.test_indexer import write_config

SIMPLIFIED = """驻村书记•访谈：把田埂当课堂

2024年3月20日，重庆市巫溪县峰灵镇龙安村的驻村第一书记王明在田间召开院坝会，听取村民对农田治理的意见。

“村上200亩农田，土壤肥沃，就是每逢下雨就要被淹。”村民刘德平说。王明表示，驻村工作队将尽快推动排水沟渠改造。
"""
# The same article as a Taiwanese site saved it: traditional characters, Big5, ‧ for •,
# half-width punctuation.
TRADITIONAL = """駐村書記‧訪談:把田埂當課堂

2024年3月20日,重慶市巫溪縣峰靈鎮龍安村的駐村第一書記王明在田間召開院壩會,聽取村民對農田治理的意見。

「村上200畝農田,土壤肥沃,就是每逢下雨就要被淹。」村民劉德平說。王明表示,駐村工作隊將儘快推動排水溝渠改造。
"""


def test_fingerprint_ignores_punctuation_and_spacing():
    assert content_fingerprint("驻村书记•访谈：把田埂") == content_fingerprint(
        "驻村书记‧访谈:把 田埂"
    )
    assert content_fingerprint("3.5%") == content_fingerprint("3 5")  # digits kept, signs not
    assert content_fingerprint("第一书记") != content_fingerprint("第二书记")


def test_big5_traditional_copy_is_folded_into_the_first(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_utf8.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (corpus / "b_big5.txt").write_bytes(TRADITIONAL.encode("cp950"))
    (corpus / "c_other.txt").write_text(
        SIMPLIFIED.replace("王明", "李强"), encoding="utf-8"
    )  # a different article
    cfg = load_config(write_config(tmp_path, [corpus]))
    summary = Indexer(cfg).run()
    assert summary.articles == 2
    dupes = {a.rsplit("/", 1)[-1]: b.rsplit("/", 1)[-1] for a, b in summary.duplicates}
    assert dupes == {"b_big5.txt": "a_utf8.txt"}
    r = SearchEngine(cfg).search("院坝会", limit=0)
    assert sorted(h.relpath.rsplit("/", 1)[-1] for h in r.hits) == ["a_utf8.txt", "c_other.txt"]
