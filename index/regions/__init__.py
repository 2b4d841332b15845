"""Region tagging: the provinces, cities and counties a paragraph names, as 省/市/县 paths."""

from index.regions.tagger import RegionTagger, most_specific, prefixes

__all__ = ["RegionTagger", "most_specific", "prefixes"]
