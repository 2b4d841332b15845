"""The author facet through the command line: --author, author: in queries, JSON facets."""

from __future__ import annotations

import json

import pytest

from tests.engine.test_indexer import cli, write_config

# Bylines as metadata.py reads them: several names joined by a space or 、,
# a traditional-character name, and an article without an author.
ARTICLES = {
    "a.txt": ("乡村振兴的新路子", "陈晓 刘洋", "湖北日报", "2024-05-06", 2),
    "b.txt": ("社区服务暖人心", "刘洋、王芳", "长江日报", "2023-11-02", 2),
    "c.txt": ("山區教師的一天", "劉洋", "中國網", "2022-03-15", 1),
    "d.txt": ("无署名的一篇", None, "人民日报", "2022-01-09", 1),
}
BODY = [
    "武汉市江夏区的驻村干部带着村民种下了新品种的水稻，今年的收成比往年好了不少。",
    "村里的合作社也办起来了，干部们挨家挨户上门讲解政策，群众都说好。",
]


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("author")
    corpus = tmp / "news"
    corpus.mkdir()
    for name, (title, author, source, date, paras) in ARTICLES.items():
        head = [title, ""]
        if author:
            head += [f"作者：{author}"]
        head += [f"来源：{source}", f"发布时间：{date}", ""]
        body = [f"{title}：{p}" for p in BODY[:paras]]
        (corpus / name).write_text("\n".join(head + body) + "\n", encoding="utf-8")
    cfg = write_config(tmp, [corpus])
    res = cli("--config", str(cfg), "index")
    assert res.returncode == 0, res.stderr
    return cfg


def search(config, *args) -> dict:
    res = cli("--config", str(config), "search", *args, "--json")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    return json.loads(res.stdout)


def titles(data: dict) -> set[str]:
    return {h["title"] for h in data["hits"]}


def test_json_facets_count_each_name_of_a_byline(config):
    every = search(config, "--limit", "0")
    assert every["total"] == 6
    # 刘洋 and 劉洋 are distinct as written; each hit counts once per name.
    assert every["facets"]["author"] == {"刘洋": 4, "陈晓": 2, "王芳": 2, "劉洋": 1}
    assert list(every["facets"]) == ["region", "source", "year", "author"]


def test_author_flag_and_query_field_agree(config):
    flag = search(config, "--author", "王芳", "--limit", "0")
    field = search(config, "author:王芳", "--limit", "0")
    assert titles(flag) == titles(field) == {"社区服务暖人心"}
    assert flag["total"] == field["total"] == 2
    assert flag["facets"]["author"] == {"刘洋": 2, "王芳": 2}
    # A name is matched whole and folded: 刘洋 finds 劉洋 too, 刘 finds nobody.
    liu = search(config, "author:刘洋", "--limit", "0")
    assert titles(liu) == {"乡村振兴的新路子", "社区服务暖人心", "山區教師的一天"}
    assert search(config, "--author", "劉洋", "--limit", "0")["total"] == liu["total"] == 5
    assert search(config, "author:刘", "--limit", "0")["total"] == 0


def test_author_combines_with_words_other_facets_and_or(config):
    d = search(config, "干部 author:陈晓", "--year", "2024", "--limit", "0")
    assert titles(d) == {"乡村振兴的新路子"} and d["total"] == 2
    either = search(config, "(author:陈晓 OR author:王芳)", "--limit", "0")
    assert either["total"] == 4
    assert search(config, "干部 -author:刘洋", "--limit", "0")["total"] == 1  # the unsigned one
    quoted = search(config, 'author:"陈晓"', "--limit", "0")
    assert quoted["total"] == 2 and quoted["notice"] is None


def test_author_flag_in_help_and_readable_filters(config):
    res = cli("--config", str(config), "search", "--help")
    assert "--author NAME" in res.stdout
    res = cli("--config", str(config), "search", "干部", "--author", "王芳")
    assert res.returncode == 0 and "author:王芳" in res.stdout
