"""Cleaning: which lines of each bundled article survive, spam removal, chrome rules."""

from __future__ import annotations

import pytest

from index.config import load_config
from index.engine.models import SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules, duplicate_indexes, make_lines, mark_chrome
from index.ingest.reading import read_file
from tests.conftest import CORPUS, ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
BUILDER = ArticleBuilder(RULES, tag_regions=False)

# Source line numbers that become paragraphs. Every other non-blank line is
# chrome, metadata, the title, or a repeat; the reason is noted beside it.
SURVIVING = {
    # 1 site name, 3 title, 5 metadata, 7 teaser (repeats 9-13), 17 design credit,
    # 97/99 reprint notices, 101-123 related-articles and navigation block
    "000": [9, 11, 13, 15, *range(19, 97, 2)],
    # 45 "……", 50 copyright/ICP footer
    "001": [*range(1, 45), 46, 47, 48, 49],
    # 1 title with _中國網, 69 "…………", 75/77 comment form
    "002": [*range(3, 69, 2), 71, 73],
    # 1 repost time/source line, 32 print line, 33 editor credit
    "003": list(range(2, 32)),
    # 1 app bar, 3 title, 5/7 metadata, 77 author's unit, 80 editor, 82 reprint notice
    "004": list(range(9, 77, 2)),
}


def _article(prefix: str):
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    src = SourceFile(str(path), str(CORPUS), f"corpus/{path.name}")
    return BUILDER.build(read_file(src))


@pytest.mark.parametrize("prefix", sorted(SURVIVING))
def test_surviving_lines_are_pinned(prefix):
    assert [p.line for p in _article(prefix).paragraphs] == SURVIVING[prefix]


def test_spam_inside_a_name_is_cut_out():
    article = _article("002")
    texts = [p.text for p in article.paragraphs]
    assert not any("包養" in t for t in texts)
    # "李包養網國成說" must read 李國成 again, "村兩包養網 花圃委" 村兩委.
    assert any("李國成說,“此刻村里缺的就是年青人才" in t for t in texts)
    assert any("村兩委碰頭" in t for t in texts)
    assert any("收獲滿滿" in t for t in texts)
    assert any("三是村里頓時建築蘆笙堂" in t for t in texts)


def test_real_content_around_chrome_survives():
    texts = [p.text for p in _article("000").paragraphs]
    assert texts[0].startswith("新疆温宿县农业农村局")
    assert texts[-1].startswith("在李海燕看来")
    assert "颜寿林摄(人民视觉)" in texts  # photo credits are part of the printed article


def test_teaser_dropped_but_full_paragraphs_kept():
    folded = [
        "新疆温宿县农业农村局帮菜农采摘西红柿。颜寿林摄 日前,贵州省台江县原驻村第一书",
        "新疆温宿县农业农村局帮菜农采摘西红柿。",
        "颜寿林摄",
        "日前,贵州省台江县原驻村第一书记李根。",
    ]
    assert duplicate_indexes(folded) == {0: "teaser repeated by the following paragraphs"}


def test_repeated_headings_are_not_duplicates():
    folded = [
        "【下沉干部心声】",
        "第一段正文内容比较长的一句话。",
        "【下沉干部心声】",
        "第二段正文内容比较长的一句话。",
    ]
    assert duplicate_indexes(folded, [True, False, True, False]) == {}


def test_exact_repeat_paragraph_dropped():
    folded = ["这是一段重复出现的正文段落内容。", "中间段落。", "这是一段重复出现的正文段落内容。"]
    assert duplicate_indexes(folded) == {2: "repeats paragraph 1"}


@pytest.mark.parametrize(
    "line",
    [
        "字号+ 我要评论",
        "我要投稿 下载七一APP",
        "扫一扫 分享到微信二维码",
        "发表评论",
        "共产党员网 版权所有 京ICP备12024993号-1",
        "Copyright © 2024 新华网 All Rights Reserved",
        "(责编:卫嘉、白宇)",
        "责任编辑：王五",
        "声明:凡注明来源七一客户端的作品,均系原创",
        "转载请注明出处。",
        "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
    ],
)
def test_chrome_lines_are_dropped(line):
    lines = make_lines(line, RULES)
    mark_chrome(lines, RULES)
    assert lines[0].role != "body", line


@pytest.mark.parametrize(
    "line",
    [
        "各级党委、政府要尊重版权所有人的合法权益,依法保护原创作品,这是一段很长的正文,说明版权保护工作的重要意义,不能被当成版权声明删掉,否则就丢失了真实内容。",
        "编者按:习近平总书记指出,加快完善乡村治理体系。",
        "记者采访内蒙古、河南、贵州等地乡村干部,记录他们倾心服务群众的故事。",
        "“相关部门要主动作为。”他说。",
    ],
)
def test_article_text_is_never_dropped(line):
    lines = make_lines(line, RULES)
    mark_chrome(lines, RULES)
    assert lines[0].role == "body", line


def test_related_block_stops_at_real_paragraph():
    text = (
        "相关文章\n• 某某文章标题一\n• 某某文章标题二\n这是正文后面的一段真实内容,它有完整的句子。"
    )
    lines = make_lines(text, RULES)
    mark_chrome(lines, RULES)
    assert [ln.role for ln in lines] == ["block", "block", "block", "body"]
