"""Benchmarks: the project against a naive Whoosh+jieba build, SQLite FTS5 and ripgrep."""
