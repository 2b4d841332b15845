"""The engine interface: engine-neutral models and errors the CLI and TUI depend on."""
