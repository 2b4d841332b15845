"""The engine interface: the `Engine` protocol, engine-neutral models and errors (no backend imported)."""

from index.engine.interface import Engine, open_engine

__all__ = ["Engine", "open_engine"]
