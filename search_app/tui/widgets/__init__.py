"""Widgets of the search app, one per module."""
