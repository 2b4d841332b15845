"""The facets panel: one widget per declared facet (index/engine/facets.py).

A hierarchical facet (regions: province → city → county) is a tree, the
others (source, year, …) are lists.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Tree
from textual.widgets.option_list import Option
from textual.widgets.tree import TreeNode

from index.engine.facets import FACETS, facet
from search_app.tui.model import RegionNode, region_tree
from search_app.tui.render import facet_note, facet_text, facet_value

MAX_VALUES = 200  # values listed per flat facet (the most frequent ones)
UNKNOWN_ID = "\x00unknown"  # the row counting hits without a value (never a filter)
NOTE_ID = "\x00note"


def empty_note(kind: str, total: int | None) -> str:
    """Why a facet list is empty: no hits at all, or no hit with a value."""
    if total == 0:
        return "no hits"
    return facet(kind).empty_note


class FacetToggled(Message):
    """The user picked a facet value (selecting an already selected value unselects it)."""

    def __init__(self, kind: str, value: str) -> None:
        super().__init__()
        self.kind = kind
        self.value = value


class RegionTree(Tree[RegionNode]):
    """Regions with rolled-up counts; children are added when a node is first expanded."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select_cursor",
            "Filter",
            id="facets.region_toggle",
            tooltip="Filter by this region (again to remove)",
        ),
        Binding(
            "space",
            "toggle_node",
            "Expand",
            id="facets.region_expand",
            tooltip="Show or hide the cities/counties below",
        ),
    ]

    def __init__(self, kind: str = "region", **kwargs) -> None:
        super().__init__(facet(kind).label_zh, **kwargs)
        self.kind = kind
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2
        self.selected: tuple[str, ...] = ()

    def _label(self, node: RegionNode) -> Text:
        # Leaves get the width of the ▶ icon so names line up.
        width = self.content_region.width - self.styles.scrollbar_size_vertical
        depth = node.path.count("/")
        room = width - 2 - depth * self.guide_depth if width > 0 else None
        label = facet_text(node.name, node.count, node.path in self.selected, room)
        return label if node.children else Text("  ") + label

    def _add(self, parent: TreeNode[RegionNode], node: RegionNode) -> TreeNode[RegionNode]:
        child = parent.add(self._label(node), data=node, allow_expand=bool(node.children))
        return child

    def _populate(self, tnode: TreeNode[RegionNode]) -> None:
        if tnode.data is not None and not tnode.children:
            for sub in tnode.data.children:
                self._add(tnode, sub)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[RegionNode]) -> None:
        """Add a node's children the first time it opens (keeps rebuilds cheap)."""
        event.stop()
        self._populate(event.node)

    def on_tree_node_collapsed(self, event: Tree.NodeCollapsed[RegionNode]) -> None:
        """Keep collapse events inside the tree."""
        event.stop()

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[RegionNode]) -> None:
        """Keep cursor moves inside the tree."""
        event.stop()

    def on_tree_node_selected(self, event: Tree.NodeSelected[RegionNode]) -> None:
        """Enter or click on a region toggles it as a filter."""
        event.stop()
        if event.node.data is not None:
            self.post_message(FacetToggled(self.kind, event.node.data.path))

    def on_resize(self) -> None:
        """Re-cut long names when the tree's width changes."""
        shown = getattr(self, "_shown", None)
        if shown is not None and self.content_region.width != getattr(self, "_cut_for", None):
            self.show(*shown)

    def on_focus(self) -> None:
        """Entering the tree puts the cursor on its first row."""
        if self.cursor_line < 0 and self.root.children:
            self.cursor_line = 0

    def show(
        self, counts: dict[str, int], selected: tuple[str, ...], total: int | None = None
    ) -> None:
        """Rebuild from facet counts, keeping open nodes open and the cursor on its region."""
        shown = (counts, selected, total)
        width = self.content_region.width
        if shown == getattr(self, "_shown", None) and getattr(self, "_cut_for", None) == width:
            return  # the same rows: nothing to redraw
        self._shown = shown
        self._cut_for = width
        expanded = set()
        cursor_path = None
        stack = list(self.root.children)
        while stack:
            n = stack.pop()
            if n.is_expanded and n.data is not None:
                expanded.add(n.data.path)
            stack.extend(n.children)
        if self.cursor_node is not None and self.cursor_node.data is not None:
            cursor_path = self.cursor_node.data.path
        # A selected county's ancestors open so the tick is visible.
        for path in selected:
            parts = path.split("/")
            expanded.update("/".join(parts[:i]) for i in range(1, len(parts)))
        self.selected = selected
        cursor_line = None

        def build(parent: TreeNode[RegionNode], nodes: list[RegionNode]) -> None:
            """Add `nodes`, descending into the ones that were open."""
            nonlocal cursor_line
            for node in nodes:
                t = self._add(parent, node)
                if node.path == cursor_path:
                    cursor_line = t
                if node.path in expanded and node.children:
                    build(t, node.children)
                    t.expand()

        roots = region_tree(counts, keep=selected)
        if len(roots) <= 2:  # few provinces: show their cities straight away
            expanded.update(n.path for n in roots)
        self.clear()
        build(self.root, roots)
        if not roots:
            self.root.add_leaf(Text(empty_note(self.kind, total), style="italic dim"))
        if cursor_line is not None:
            self.call_after_refresh(self._restore_cursor, cursor_line)

    def _restore_cursor(self, node: TreeNode[RegionNode]) -> None:
        _ = self.last_line  # lays out the rebuilt tree so the node knows its line
        if node.tree is self and node.line >= 0:
            self.move_cursor(node, animate=False)


class FacetList(OptionList):
    """Values of one flat facet (source, year, …) with counts; Enter toggles a filter."""

    def __init__(self, kind: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.kind = kind
        self.counts: dict[str, int] = {}
        self._cut_for: int | None = None  # the label width the rows were cut for

    def show(
        self, counts: dict[str, int], selected: tuple[str, ...], total: int | None = None
    ) -> None:
        """Replace the values, keeping the cursor on the same value.

        With `total` known, hits without a value are counted in an "unknown" row
        (so the rows add up to the total), and an empty list says why it is empty.
        """
        shown = (counts, selected, total)
        if shown == getattr(self, "_shown", None) and self._cut_for == self._label_width():
            return  # the same rows: nothing to redraw
        self._shown = shown
        self._cut_for = self._label_width()
        keep = None
        if self.highlighted is not None and self.highlighted < self.option_count:
            keep = self.get_option_at_index(self.highlighted).id
        unknown = total - sum(counts.values()) if total is not None else 0
        # The engine sorts by count; thousands of sources would only slow the list down.
        counts = dict(list(counts.items())[:MAX_VALUES])
        for value in selected:
            counts.setdefault(value, 0)
        self.counts = counts
        width = self._label_width()
        options = [
            Option(facet_value(value, count, value in selected, width), id=value)
            for value, count in counts.items()
        ]
        unknown_label = facet(self.kind).unknown_label
        # Multi-valued facets count a hit once per value, so rows need not add up.
        if unknown > 0 and unknown_label:
            label = facet_value(unknown_label, unknown, False, width).stylize("italic")
            options.append(Option(label, id=UNKNOWN_ID, disabled=True))
        if not options:
            options.append(
                Option(facet_note(empty_note(self.kind, total)), id=NOTE_ID, disabled=True)
            )
        self.set_options(options)
        if keep is not None and keep in counts:
            self.highlighted = self.get_option_index(keep)
        elif self.has_focus and counts:
            self.highlighted = 0

    def _label_width(self) -> int | None:
        """Cells a row may use (None before the first layout)."""
        width = self.content_region.width - self.styles.scrollbar_size_vertical
        return width if width > 0 else None

    def on_resize(self) -> None:
        """Re-cut long names when the list's width changes."""
        shown = getattr(self, "_shown", None)
        if shown is not None and self._label_width() != self._cut_for:
            self.show(*shown)

    def on_focus(self) -> None:
        """Entering the list highlights its first row."""
        if self.highlighted is None and self.counts:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or click toggles the value as a filter."""
        event.stop()
        if event.option.id is not None and not event.option.id.startswith("\x00"):
            self.post_message(FacetToggled(self.kind, event.option.id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Keep cursor moves inside the list."""
        event.stop()


class FacetsPanel(Vertical):
    """One facet widget per declared facet, each with counts for the current query."""

    def compose(self) -> ComposeResult:
        """A tree for a hierarchical facet, a list for the others, titled 地区 Region etc."""
        for spec in FACETS:
            if spec.hierarchical:
                widget = RegionTree(spec.name, id=f"facet-{spec.name}", classes="facet-tree")
            else:
                widget = FacetList(spec.name, id=f"facet-{spec.name}", classes="facet-list")
            widget.border_title = spec.title
            yield widget

    def show(
        self, kind: str, counts: dict[str, int], selected: tuple[str, ...], total: int | None = None
    ) -> None:
        """Update one facet's values and counts (`total`: hits they are counted over)."""
        widget = self.query_one(f"#facet-{kind}")
        widget.show(counts, selected, total)  # type: ignore[attr-defined]
