"""Ingestion: files -> decoded text -> cleaned lines -> metadata -> articles with paragraphs."""
