"""Building: articles -> index documents -> a committed Whoosh generation (serial or parallel)."""
