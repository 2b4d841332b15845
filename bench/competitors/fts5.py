"""(b) SQLite FTS5 with the trigram tokenizer; LIKE scans for terms shorter than 3 characters.

It indexes the folded text (so traditional and simplified meet, as in the
project) and keeps the original for display. Folding is part of its build time.
Top 20: bm25 order when the trigram index is used, table order otherwise. No facets.
"""

from __future__ import annotations

import shutil
import sqlite3

from bench.competitors.base import LIMIT, Answer, System, lines, snippet
from bench.queries import Query

BATCH = 5000


class Fts5Trigram(System):
    """An FTS5 table (folded TEXT indexed, original UNINDEXED), rowid = paragraph id + 1."""

    name = "fts5"
    description = "SQLite FTS5 tokenize='trigram' on folded text; LIKE for terms < 3 chars"

    @property
    def db(self):
        return self.work / "fts5.db"

    def build(self) -> int:
        """Fold and insert every paragraph in one transaction."""
        from index.build.folding import fold

        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        con = sqlite3.connect(self.db)
        con.execute("CREATE VIRTUAL TABLE p USING fts5(folded, text UNINDEXED, tokenize='trigram')")
        n = 0
        batch = []
        with con:
            for n, text in enumerate(lines(self.data / "text.txt"), start=1):
                batch.append((n, fold(text), text))
                if len(batch) >= BATCH:
                    con.executemany("INSERT INTO p(rowid, folded, text) VALUES (?, ?, ?)", batch)
                    batch.clear()
            con.executemany("INSERT INTO p(rowid, folded, text) VALUES (?, ?, ?)", batch)
        con.close()
        return n

    def open(self) -> None:
        """Connect and read the table once so the page cache is warm."""
        from index.build.folding import fold

        self.fold = fold
        self.con = sqlite3.connect(self.db)
        self.count = self.con.execute("SELECT max(rowid) FROM p").fetchone()[0] or 0

    def _where(self, q: Query) -> tuple[str, list[str], list[str], bool]:
        """SQL condition, its parameters, the folded terms, and whether MATCH is used."""
        terms = [self.fold(t) for t in q.literal_terms]
        long = [t for t in terms if len(t) >= 3]
        short = [t for t in terms if len(t) < 3]
        where, params = [], []
        if long:
            where.append("p MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        for t in short:
            # `folded || ''`: SQLite 3.40's trigram index answers LIKE '%经济%' with nothing
            # (it counts bytes, not characters), so the short pattern must scan the rows.
            where.append("(folded || '') LIKE ?")
            params.append(f"%{t}%")
        return " AND ".join(where) or "1", params, terms, bool(long)

    def answer(self, q: Query) -> Answer:
        """count(*), then the top 20 with a snippet each."""
        where, params, terms, ranked = self._where(q)
        total = self.con.execute(f"SELECT count(*) FROM p WHERE {where}", params).fetchone()[0]
        order = "ORDER BY rank" if ranked else ""
        rows = self.con.execute(
            f"SELECT text, folded FROM p WHERE {where} {order} LIMIT {LIMIT}", params
        ).fetchall()
        for text, folded in rows:
            snippet(text, folded, terms)
        return Answer(total, len(rows))

    def matches(self, q: Query) -> list[int]:
        """All matching paragraph ids."""
        where, params, _, _ = self._where(q)
        cur = self.con.execute(f"SELECT rowid FROM p WHERE {where}", params)
        return [r - 1 for (r,) in cur if r <= self.count]

    def add_article(self, paragraphs: list[str]) -> None:
        """Insert and commit."""
        with self.con:
            self.con.executemany(
                "INSERT INTO p(rowid, folded, text) VALUES (?, ?, ?)",
                [(self.count + k + 1, self.fold(t), t) for k, t in enumerate(paragraphs)],
            )

    def delete_article(self) -> None:
        """Delete the added rows and commit."""
        with self.con:
            self.con.execute("DELETE FROM p WHERE rowid > ?", (self.count,))

    def close(self) -> None:
        """Close the connection."""
        self.con.close()
