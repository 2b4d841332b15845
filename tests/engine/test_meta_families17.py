"""Issue 10, round 17 (meta18): families heldout16 (and heldout14/15) missed, on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import Line
from index.ingest.zones import REPOST_BOX, chrome_reason
from tests.engine.made_up import BODY, build, joined

TITLE = "山区蔬菜喜丰收"


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, fold(text)))


# --- WeChat's repost box: one definition, read by zones (chrome) and metadata (the account) ---


def test_the_repost_box_is_chrome_and_names_the_account_that_wrote_the_piece():
    for box, account in (
        ("以下文章来源于某某融媒，作者李小青", "某某融媒"),
        ("以下文章来源于 青山发布", "青山发布"),
        ("以下文章来源于：某某县教育局", "某某县教育局"),
    ):
        assert REPOST_BOX.match(fold(box))["acc"] == account
        assert _reason(box) == "platform's repost box"
        art = build(f"{TITLE}\n2025-06-05\n\n{box}\n\n{BODY}")
        assert art.meta.source == account and box not in joined(art)
    # a sentence about where an article came from is neither
    said = "以下文章来源于群众来信，我们作了核实。"
    assert REPOST_BOX.match(fold(said)) is None and _reason(said) is None
