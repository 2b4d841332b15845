"""Querying: query language -> compiled Whoosh query -> hits with highlights, snippets, citations."""
