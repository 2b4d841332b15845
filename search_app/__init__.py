"""search-app: terminal interfaces (CLI and TUI) over the `index` engine."""
