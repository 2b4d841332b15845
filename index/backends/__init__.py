"""Search backends other than the built-in Whoosh index (issue 14: SolrCloud)."""
