"""The search engine: corpus files → clean paragraphs → Whoosh index → ranked hits.

Nothing in this package imports a UI toolkit; tests enforce it.
"""
