"""Shared pieces of the made-up-example family tests (test_meta_families*): one builder, one body."""

from __future__ import annotations

from index.build.folding import fold
from index.config import load_config
from index.engine.models import DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules, default_spam, remove_spam
from index.ingest.reading import read_file
from tests.conftest import ROOT

SPAM = list(default_spam())
RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)
# The rules alone, without the fallback ranker: for negatives that say no *rule* credits a
# value (the ranker may still offer its best candidate, recorded with how="ranker").
RULES_ONLY = ArticleBuilder(RULES, tag_regions=False)
RULES_ONLY.ranker = None
P1 = "镇里组织党员干部深入田间地头，帮助农户解决灌溉用水难题，群众纷纷点赞。"
P2 = "据介绍，今年以来全镇已累计办理群众诉求三百余件，办结率达到百分之九十八。"
BODY = f"{P1}\n\n{P2}\n"
HEAD = "山区蔬菜喜丰收\n2025-06-05\n\n"


def build(text: str, name: str = "x.txt", rules_only: bool = False):
    """One article built from a made-up file's text (`rules_only`: without the ranker)."""
    src = SourceFile(f"/tmp/{name}", "/tmp", name)
    return (RULES_ONLY if rules_only else BUILDER).build(DecodedFile(src, text, "utf-8", "h"))


def build_page(page: str, tmp_path, rules_only: bool = False):
    """One article built from a made-up saved HTML page, read as the indexer reads it."""
    path = tmp_path / "x.html"
    path.write_text(page, encoding="utf-8")
    builder = RULES_ONLY if rules_only else BUILDER
    return builder.build(read_file(SourceFile(str(path), str(tmp_path), "x.html")))


def joined(article) -> str:
    """The indexed paragraphs' text."""
    return "\n".join(p.text for p in article.paragraphs)


def clean(text: str) -> str:
    """The text with the bundled lexicon's spam cut out."""
    return remove_spam(text, fold(text), SPAM)[0]
