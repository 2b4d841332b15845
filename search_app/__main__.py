"""`python -m search_app` runs the CLI."""

from search_app.cli import entry

entry()
