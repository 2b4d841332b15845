"""The Textual terminal app for search-app (`search-app` with no subcommand)."""
