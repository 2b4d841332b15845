"""Issue 10, round 19 (meta19): families heldout17/17b missed, on made-up examples.

Each family has positives in more than one shape, and negatives; no example is a labelled
file's string.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, P1, P2, build

TITLE = "戈壁滩上种出高产棉"


# --- transliterated names joined by a dot, wherever a reporter's name is read ---------------


def test_dot_joined_names_with_long_parts_after_a_reporter_credit():
    for name in (
        "热依拉·买买提",
        "努尔兰·哈力别克",
        "阿不都热合曼·吐尔逊",
        "扎西‧多吉",
        "米娜・阿不力孜",
    ):
        for byline in (
            f"记者 {name} 通讯员 张伟",
            f"某某日报全媒体记者 {name}",
            f"本报记者　{name}",
        ):
            art = build(f"{TITLE}\n2025-03-14\n\n{byline}\n\n{BODY}")
            assert art.meta.author == name, (byline, art.meta.author)
    # in the lead's bracket too
    art = build(f"{TITLE}\n2025-03-14\n\n本报讯（记者 帕提古丽·吾斯曼）{P1}\n\n{P2}")
    assert art.meta.author == "帕提古丽·吾斯曼"


def test_a_dot_joined_name_beside_the_date():
    art = build(f"{TITLE}\n\n2025-03-14 10:20　巴合提亚尔·叶尔兰\n\n{BODY}")
    assert art.meta.author == "巴合提亚尔·叶尔兰" and art.meta.date == "2025-03-14"


def test_an_outlet_joined_by_a_dot_is_no_name():
    art = build(f"{TITLE}\n2025-03-14\n\n新甘肃·甘肃日报记者 王晓红\n\n{BODY}")
    assert art.meta.author == "王晓红"
