"""Paragraph splitting: one line per paragraph, unwrapping, headings, long paragraphs."""

from index.ingest.cleaning import CleaningRules, make_lines
from index.ingest.paragraphs import is_heading_text, split_paragraphs

RULES = CleaningRules()


def paras(text: str, max_chars: int = 200_000):
    return split_paragraphs(make_lines(text, RULES), max_chars)


def test_one_line_one_paragraph():
    out = paras("第一段。\n第二段。\n\n第三段。")
    assert [p.text for p in out] == ["第一段。", "第二段。", "第三段。"]
    assert [p.line for p in out] == [1, 2, 4]


def test_hard_wrapped_lines_are_joined():
    text = (
        "This paragraph was wrapped by an editor at a fixed\n"
        "width so each line ends mid-sentence and must be\n"
        "joined again.\n\n"
        "这是一个被硬换行的中文段落，编辑器在固定宽度处把它切成\n"
        "了几行，所以每一行都在句子中间结束，需要重新连起来才对。"
    )
    out = [p.text for p in paras(text)]
    assert (
        out[0]
        == "This paragraph was wrapped by an editor at a fixed width so each line ends mid-sentence and must be joined again."
    )
    assert (
        out[1]
        == "这是一个被硬换行的中文段落，编辑器在固定宽度处把它切成了几行，所以每一行都在句子中间结束，需要重新连起来才对。"
    )


def test_headings():
    assert is_heading_text("干部驻村,一起蹚出致富路子")
    assert is_heading_text("【下沉干部心声】")
    assert is_heading_text("## 第二部分")
    assert not is_heading_text("暖暖的春风徐徐拂面,清澈的河水缓缓流淌。")
    assert not is_heading_text("颜寿林摄(人民视觉)")
    assert not is_heading_text("记者观察发现,不少地方把考核评价干部的“考场”搬到了干部下沉一线——")
    out = paras("驻企服务,实打实解决发展难题\n进入新发展阶段,为进一步激发市场主体活力。")
    assert [p.is_heading for p in out] == [True, False]


def test_trailing_short_line_is_not_a_heading():
    out = paras("正文一段。\n结尾短句")
    assert [p.is_heading for p in out] == [False, False]


def test_giant_paragraph_split_at_sentence_ends():
    text = "句子。" * 50
    out = paras(text, max_chars=40)
    assert all(len(p.text) <= 40 for p in out)
    assert "".join(p.text for p in out) == text
    assert all(p.text.endswith("。") for p in out)
