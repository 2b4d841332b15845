"""The region tree reuses its rows for a tree of the same shape and shows what a rebuild would."""

from __future__ import annotations

from textual.app import App, ComposeResult

from search_app.tui.widgets.facets import RegionTree

A = {
    "湖北省": 9,
    "湖北省/武汉市": 5,
    "湖北省/宜昌市": 4,
    "广东省": 7,
    "广东省/广州市": 7,
    "江苏省": 3,
}
B = {
    "广东省": 8,
    "广东省/深圳市": 8,
    "湖北省": 6,
    "湖北省/武汉市": 4,
    "湖北省/宜昌市": 2,
    "江苏省": 2,
}
C = {"湖北省": 5, "湖北省/武汉市": 5}  # another shape: two roots fewer


def rows(tree: RegionTree) -> list[tuple[str, str, bool, bool]]:
    """Every node of the tree: path, label, expandable, open."""
    out, stack = [], list(reversed(tree.root.children))
    while stack:
        n = stack.pop()
        path = n.data.path if n.data is not None else ""
        out.append((path, n.label.plain, n.allow_expand, n.is_expanded))
        stack.extend(reversed(n.children))
    return out


class Rebuilt(RegionTree):
    """The tree as it was: every show clears it and adds every node."""

    def _relabel(self, roots, expanded):
        return None


class Two(App):
    def compose(self) -> ComposeResult:
        yield RegionTree(id="reused")
        yield Rebuilt(id="fresh")


async def test_reused_rows_equal_a_rebuild():
    app = Two()
    async with app.run_test(size=(60, 30)) as pilot:
        reused, fresh = app.query_one("#reused", RegionTree), app.query_one("#fresh", RegionTree)
        reused.show(A, ())
        fresh.show(A, ())
        await pilot.pause()
        first = list(reused.root.children)
        for counts, selected in ((B, ()), (B, ("江苏省",)), (C, ()), (A, ())):
            reused.show(counts, selected)
            fresh.show(counts, selected)
            await pilot.pause()
            assert rows(reused) == rows(fresh)
            if counts is B:  # same shape as A: the same rows, relabelled
                assert list(reused.root.children) == first
        reused.show(B, ())
        await pilot.pause()
        assert list(reused.root.children) != first  # C's shape forced a rebuild in between
