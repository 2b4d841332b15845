"""The app's dark and light themes: Textual's own, with colours that meet WCAG AA.

Textual's themes give the selected row 3.8:1 (dark: white 87 % on #0178D4)
and match highlights 2.9:1 (light: #A86D1C on #E9CEA9). Text needs 4.5:1,
including the muted (60 %) metadata line inside a selected row.
"""

from __future__ import annotations

from dataclasses import replace

from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

SELECTED_ROW = "#004578"  # white 87 % → 7.8:1, muted 60 % → 4.6:1

SEARCH_DARK: Theme = replace(
    BUILTIN_THEMES["textual-dark"],
    name="search-dark",
    variables={
        **BUILTIN_THEMES["textual-dark"].variables,
        "block-cursor-background": SELECTED_ROW,
    },
)
SEARCH_LIGHT: Theme = replace(
    BUILTIN_THEMES["textual-light"],
    name="search-light",
    variables={
        **BUILTIN_THEMES["textual-light"].variables,
        "block-cursor-background": SELECTED_ROW,
        "text-warning": "#7A4E0F",  # on $warning-muted #E9CEA9: 4.7:1
    },
)
THEMES = (SEARCH_DARK, SEARCH_LIGHT)


def variables(theme: Theme) -> dict[str, str]:
    """The CSS variables a theme gives, as `App.get_css_variables` builds them."""
    return {**theme.to_color_system().generate(), **theme.variables}


def resolve(theme: Theme, name: str, over: Color) -> Color:
    """A theme variable as the colour drawn on `over` ("auto N%" and alpha blended)."""
    value = variables(theme)[name]
    if value.startswith("auto"):
        alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 1.0
        return over + over.get_contrast_text(alpha)
    return over + Color.parse(value)


def luminance(c: Color) -> float:
    """WCAG relative luminance."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
