"""Photo captions and credits: one test shared by the zones, the articles and the citation.

A leaf module (only `re`), so the query path's citation does not import the cleaning code.
"""

from __future__ import annotations

import re

# Photo captions and credits: "图为…", "▲…", "（新华社记者 张三 摄）", "图片来源：…",
# and a caption's own label ("图片说明：…", "图说：…", "照片描述：…").
_CAPTION_START = re.compile(
    r"^\s*(?:图为|图片为|上图|下图|左图|右图|题图|组图|资料图|图\s*\d|图片来源|图源|图\s*[/:：|]|[▲△↑↓▼]"
    r"|(?:图片|照片|图像)(?:说明|描述|注释)\s*[:：]|图(?:说|注)\s*[:：])"
)
_CAPTION_END = re.compile(
    r"(?:(?:^|[\s(（/、,，]|记者|通讯员|特约|摄影师?)[\u4e00-\u9fff·•]{2,5}\s*(?:摄影?|供图|制图)"
    r"|视觉中国|新华社发|图片由.{1,16}提供|资料图片?|(?:人民|东方|视觉)?(?:视觉|IC)?图片?社?供图)"
    r"\s*(?:[(（][^)）]{0,16}[)）])?\s*[)）]?\s*$"
)
_CAPTION_MAX = 200  # a caption is a sentence or two, not a paragraph of reporting
# Markdown emphasis around a whole caption (*图：…*, _图为…_) is the caption's styling.
_EMPHASIS = "*_ \t"


def is_caption(text: str) -> bool:
    """A photo caption or photo credit, which a reader does not count as a paragraph."""
    probe = text.strip().strip(_EMPHASIS)
    if not probe or len(probe) > _CAPTION_MAX:
        return False
    return bool(_CAPTION_START.search(probe) or _CAPTION_END.search(probe))
