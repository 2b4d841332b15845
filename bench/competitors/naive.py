"""(a) The naive baseline: stock jieba ChineseAnalyzer on a Whoosh TEXT field, one writer.

No folding, no bigrams: the query is parsed by Whoosh's QueryParser (AND of the
analyzed words), exactly what a first attempt looks like. The top 20 hits get
Whoosh highlights.
"""

from __future__ import annotations

import shutil

from bench.competitors.base import LIMIT, Answer, System, lines
from bench.queries import Query

INCR = "incr"  # the `article` value of the one-article update


class NaiveWhoosh(System):
    """Whoosh + jieba.analyse.ChineseAnalyzer, as documented by jieba."""

    name = "naive"
    description = "Whoosh TEXT field with jieba.analyse.ChineseAnalyzer, single writer"

    def _schema(self):
        from jieba.analyse import ChineseAnalyzer
        from whoosh import fields

        return fields.Schema(
            id=fields.STORED(),
            article=fields.ID(),
            content=fields.TEXT(stored=True, analyzer=ChineseAnalyzer()),
        )

    def build(self) -> int:
        """Index text.txt line by line with one writer and one commit."""
        import jieba
        from whoosh import index

        jieba.setLogLevel(60)
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        ix = index.create_in(str(self.work), self._schema())
        writer = ix.writer()
        n = 0
        for n, text in enumerate(lines(self.data / "text.txt"), start=1):
            writer.add_document(id=n - 1, content=text)
        writer.commit()
        ix.close()
        return n

    def open(self) -> None:
        """Open a searcher and a parser once (searcher reuse is the fair setting)."""
        import jieba
        from whoosh import index
        from whoosh.qparser import QueryParser

        jieba.setLogLevel(60)
        self.ix = index.open_dir(str(self.work))
        self.searcher = self.ix.searcher()
        self.parser = QueryParser("content", self.ix.schema)
        jieba.initialize()
        self.count = self.searcher.doc_count_all()
        first = self.searcher.stored_fields(0)["id"] if self.count else 0
        last = self.searcher.stored_fields(self.count - 1)["id"] if self.count else -1
        self.docnum_is_id = first == 0 and last == self.count - 1

    def _query(self, q: Query):
        from whoosh import query

        if not q.literal_terms:
            return query.Every()
        text = q.text if q.quoted else " ".join(q.literal_terms)
        return self.parser.parse(text)

    def answer(self, q: Query) -> Answer:
        """Top 20 with highlights, and the total (which makes Whoosh count every match)."""
        results = self.searcher.search(self._query(q), limit=LIMIT)
        total = len(results)
        shown = 0
        for hit in results:
            hit.highlights("content")
            shown += 1
        return Answer(total, shown)

    def matches(self, q: Query) -> list[int]:
        """All matching paragraph ids."""
        docs = self.searcher.docs_for_query(self._query(q))
        if self.docnum_is_id:
            return [d for d in docs if d < self.count]
        stored = self.searcher.stored_fields
        return [stored(d)["id"] for d in docs]

    def add_article(self, paragraphs: list[str]) -> None:
        """Add the paragraphs with a new writer, commit, refresh the searcher."""
        writer = self.ix.writer()
        for k, text in enumerate(paragraphs):
            writer.add_document(id=self.count + k, article=INCR, content=text)
        writer.commit()
        self.searcher = self.searcher.refresh()

    def delete_article(self) -> None:
        """Delete by the `article` term, commit, open a new searcher."""
        writer = self.ix.writer()
        writer.delete_by_term("article", INCR)
        writer.commit()
        # Searcher.refresh() can keep stale deletion sets; a new searcher cannot.
        self.searcher.close()
        self.searcher = self.ix.searcher()

    def close(self) -> None:
        """Close searcher and index."""
        self.searcher.close()
        self.ix.close()
