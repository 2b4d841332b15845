"""The project's index documents as Solr documents, and the literal/word query clauses.

Solr never analyses the text itself: `content` receives the project's jieba tokens in
PreAnalyzedField's JSON form (word, offsets, position increment), and `uni`/`bi` receive the
project's folded text, which the configset cuts into characters and character pairs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from index.build.documents import IndexDocument
from index.engine.facets import FACETS

# Characters with a meaning in Solr's standard query syntax.
_SPECIAL = frozenset('+-&|!(){}[]^"~*?:\\/ \t\n')


def article_id(path: str) -> str:
    """A short stable id for the file an article came from: the compositeId route key."""
    return hashlib.blake2b(path.encode("utf-8"), digest_size=8).hexdigest()


def doc_id(path: str, paragraph: int) -> str:
    """`article!paragraph`: the compositeId router hashes the part before `!`."""
    return f"{article_id(path)}!{paragraph}"


def pre_analyzed(folded: str, words: Sequence[tuple[str, int]]) -> str | None:
    """PreAnalyzedField JSON for (word, position) tokens of `folded`, with character offsets.

    Words come in text order, each followed by its dictionary parts at the same position
    (as `Segmenter.index_tokens` makes them), so offsets are found by scanning forward.
    Lucene refuses start offsets that go backwards, so each position's tokens are sent
    sorted by offset.
    """
    if not words:
        return None
    groups: dict[int, list[tuple[int, int, str]]] = {}
    cursor = 0
    word_at: dict[int, tuple[int, str]] = {}
    for w, pos in words:
        if pos in word_at:  # a part of the word at this position
            start, whole = word_at[pos]
            s = start + max(whole.find(w), 0)
        else:
            s = folded.find(w, cursor)
            if s < 0:  # never expected; keep the token, offsets at the cursor
                s = cursor
            word_at[pos] = (s, w)
            cursor = s + len(w)
        groups.setdefault(pos, []).append((s, -len(w), w))
    tokens, prev_pos = [], -1
    for pos in sorted(groups):
        for k, (s, neg_len, w) in enumerate(sorted(groups[pos])):
            tokens.append({"t": w, "s": s, "e": s - neg_len, "i": pos - prev_pos if k == 0 else 0})
        prev_pos = pos
    return json.dumps({"v": "1", "tokens": tokens}, ensure_ascii=False, separators=(",", ":"))


def solr_document(doc: IndexDocument) -> dict:
    """One paragraph as a Solr document (fields as in cluster/configset/conf/schema.xml)."""
    aid = article_id(doc.file)
    out: dict = {
        "id": f"{aid}!{doc.paragraph}",
        "article_id": aid,
        "path": doc.file,
        "filekey": doc.filekey,
        "articlekey": doc.articlekey,
        "relpath": doc.relpath,
        "paragraph": doc.paragraph,
        "nparagraphs": doc.nparagraphs,
        "is_heading": doc.is_heading,
        "text": doc.text,
        "uni": doc.folded,
        "bi": doc.folded,
    }
    optional = {
        "title": doc.title,
        "cite_no": doc.cite_no,
        "heading": doc.heading,
        "source": doc.source,
        "author": doc.author,
        "site": doc.site,
        "original_title": doc.original_title,
        "url": doc.url,
        "page": doc.page,
        "date": doc.date,
        "regions": list(doc.regions) or None,
        "inherited_regions": list(doc.inherited_regions) or None,
        "content": pre_analyzed(doc.folded, doc.words),
        "title_w": pre_analyzed(_fold(doc.title), doc.title_words) if doc.title else None,
        "heading_w": pre_analyzed(_fold(doc.heading), doc.heading_words) if doc.heading else None,
    }
    out.update({k: v for k, v in optional.items() if v is not None and v != "" and v != []})
    out.update(facet_values(doc))
    return out


def facet_values(doc: IndexDocument) -> dict[str, object]:
    """Each facet's Solr fields (index/engine/facets.py): values as written, plus folded keys.

    Multi-valued facets (region paths with all their ancestors, author names) are lists.
    """
    out: dict[str, object] = {}
    for spec in FACETS:
        values = spec.values(doc)
        if not values:
            continue
        out[spec.field] = list(values) if spec.multi_valued else values[0]
        if spec.key_field:
            keys = [_fold(v) for v in values]
            out[spec.key_field] = keys if spec.multi_valued else keys[0]
    return out


def escape(term: str) -> str:
    """A term escaped for Solr's standard query parser."""
    return "".join("\\" + c if c in _SPECIAL else c for c in term)


def literal_clause(folded: str) -> str:
    """Paragraphs containing `folded` literally: one character via `uni`, else a `bi` phrase."""
    if not folded:
        raise ValueError("empty literal")
    if len(folded) == 1:
        return f"uni:{escape(folded)}"
    return 'bi:"' + folded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def words_clause(words: Sequence[str], field: str = "content") -> str:
    """Paragraphs containing every one of `words` (the segmenter's query words)."""
    if not words:
        raise ValueError("no words")
    return "(" + " AND ".join(f"{field}:{escape(w)}" for w in words) + ")"


def region_filter(path: str) -> str:
    """A filter query for a region and everything under it (paths carry all ancestors)."""
    return f"region:{escape(path)}"


def _fold(text: str) -> str:
    from index.build.folding import fold

    return fold(text)
