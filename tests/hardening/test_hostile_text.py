"""Escape sequences, markup and control characters in corpus text never reach the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from index.query.search import SearchEngine
from search_app.textsafe import clean, highlighted
from tests.conftest import ROOT
from tests.engine.test_indexer import write_config

OSC52 = "\x1b]52;c;" + "ZWNobyBwd25lZA==" + "\x07"  # would set the clipboard to "echo pwned"
HOSTILE = (
    "恶意文章标题\n\n"
    f"第一段里藏着剪贴板攻击{OSC52}以及彩色\x1b[31m红字\x1b[0m和光标移动\x1b[2J\x1b[H,还有八位控制\x9d52;c;eA==\x9c。\n\n"
    "第二段里有 [b]粗体[/b] 和 [link=https://evil.example]链接[/link] 以及 [red]颜色[/red] 标记。\n\n"
    "第三段有退格\x08和响铃\x07和空字节\x00以及换页\x0c字符。\n"
)
BAD = ("\x1b", "\x07", "\x9b", "\x9d", "\x9c", "\x00", "\x08", "\x0c")


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile_text")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    cfg = write_config(tmp, [corpus])
    res = subprocess.run(
        [sys.executable, "-m", "search_app", "--config", str(cfg), "index"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert res.returncode == 0, res.stderr
    return cfg


def cli(config, *args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "search_app", "--config", str(config), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )


def test_stored_text_has_no_escape_or_control_characters(config, tmp_path):
    from index.config import load_config

    engine = SearchEngine(load_config(config))
    r = engine.search("", limit=0)
    assert r.total == 3
    for h in r.hits:
        assert not any(b in h.text or b in h.snippet or b in h.citation for b in BAD), repr(h.text)
    assert any("[b]粗体[/b]" in h.text for h in r.hits)  # markup-like text is kept as written
    engine.close()


@pytest.mark.parametrize("force_tty", [False, True])
def test_cli_output_never_carries_corpus_escapes(config, force_tty):
    env = dict(os.environ, FORCE_COLOR="1", COLUMNS="120") if force_tty else None
    out = cli(config, "search", "段", env=env).stdout
    assert "]52;" not in out and "\x1b]" not in out and "\x07" not in out and "\x9d" not in out
    if not force_tty:
        assert "\x1b" not in out
    assert "[b]粗体[/b]" in out and "[link=https://evil.example]链接[/link]" in out


def test_json_output_is_clean(config):
    data = json.loads(cli(config, "search", "段", "--json", "--limit", "0").stdout)
    text = json.dumps(data, ensure_ascii=False)
    assert not any(b in text for b in BAD)


def test_display_layer_neutralises_escapes_even_if_present():
    raw = "前" + OSC52 + "[b]后\x9b31m"
    assert "\x1b" not in clean(raw) and "\x07" not in clean(raw) and "\x9b" not in clean(raw)
    assert len(clean(raw)) == len(raw)  # highlight offsets survive
    rich_text = highlighted(raw, [(0, 1)])
    assert rich_text.plain == clean(raw) and "[b]" in rich_text.plain


def test_tui_renders_markup_literally():
    from search_app.tui.render import highlighted as tui_highlighted
    from search_app.tui.render import safe

    content = tui_highlighted("看 [b]粗体[/b] 和 [link=x]链接[/link]" + OSC52, [(0, 1)])
    assert "[b]粗体[/b]" in content.plain and "[link=x]" in content.plain
    assert "\x1b" not in content.plain and "\x07" not in content.plain
    assert "\x1b" not in safe("\x1b[31m").plain
