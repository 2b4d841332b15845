"""Hostile corpus files: each is skipped or handled with a clear reason, and the rest are indexed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import index.ingest.reading as reading
from index.build.indexer import Indexer
from index.query.search import SearchEngine
from tests.conftest import make_config

GOOD = "湖北省十堰市张湾区的下沉干部走进社区,为居民提供便民医疗服务。"
TRAD = "貴州省從江縣西山鎮小丑村駐村第一書記沈海森下了床,開始一天的工作。"

# name → (how the file is made, what must happen: "skip:<reason words>" or "index[:<note words>]")
CASES: dict[str, tuple] = {
    "binary.txt": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50, "skip:binary"),
    "zero.txt": (lambda: b"", "skip:empty"),
    "gb_truncated.txt": (lambda: (GOOD * 3).encode("gb18030")[:-1], "index:truncated"),
    "big5_truncated.txt": (lambda: (TRAD * 3).encode("big5")[:-1], "index:truncated"),
    "mixed.txt": (
        lambda: (GOOD + "\n").encode() * 2 + (TRAD + "\n").encode("big5") + (GOOD + "\n").encode(),
        "index:mixed encodings",
    ),
    "nul.txt": (lambda: ("正文\x00里有空字节," + GOOD).encode(), "index:control"),
    "surrogates.txt": (
        lambda: GOOD.encode() + b"\xed\xa0\x80" + "孤立代理项之后的文字。".encode(),
        "index:replaced",
    ),
    "invisible.txt": (
        lambda: (
            "零\u200b宽\u200d字符和\u202e双向\u2066控制符混在文章中间,还有下\u200b沉\u200b干\u200b部。".encode()
        ),
        "index:zero-width",
    ),
    "undecodable.txt": (lambda: bytes([0x81, 0x20, 0xFF, 0xFE, 0x80]) * 400, "skip:undecodable"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Index a corpus of hostile files beside two good ones; return (summary, cfg, dir)."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, (make, _) in CASES.items():
        (corpus / name).write_bytes(make())
    (corpus / "good.txt").write_text(GOOD + "\n" + GOOD.replace("社区", "村庄"), encoding="utf-8")
    (corpus / "giant_paragraph.txt").write_text(
        "巨型段落开头。"
        + ("这是一个很长的句子里面没有句号所以整个段落非常长" * 8000)
        + "关键词藏在末尾。",
        encoding="utf-8",
    )
    (corpus / "one_line.txt").write_text(
        ("单行大文件里的一句话,讲述基层治理。" * 20000), encoding="utf-8"
    )
    (corpus / "too_big.txt").write_bytes(b"x" * (2 << 20))
    outside = root / "outside.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (corpus / "link_out.txt").symlink_to(outside)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "vanishing.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "locked.txt").write_text(GOOD, encoding="utf-8")

    real_open = reading.open_regular

    def hostile_open(path, *args, **kwargs):
        # Simulate what root cannot: a permission error, and a file deleted after the scan.
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        if str(path).endswith("vanishing.txt"):
            Path(path).unlink(missing_ok=True)
        return real_open(path, *args, **kwargs)

    cfg = make_config(root / "ix", [corpus])
    cfg.corpus.max_file_mb = 1.5
    mp = pytest.MonkeyPatch()
    mp.setattr(reading, "open_regular", hostile_open)
    try:
        summary = Indexer(cfg).run()
    finally:
        mp.undo()
    return summary, cfg, corpus


def _reason(summary, name):
    for s in summary.skipped:
        if Path(s.path).name == name:
            return s.reason
    return None


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_hostile_file_is_handled(hostile, name):
    summary, _, _ = hostile
    expected = CASES[name][1]
    kind, _, words = expected.partition(":")
    if kind == "skip":
        reason = _reason(summary, name)
        assert reason and words in reason, (name, reason)
    else:
        assert _reason(summary, name) is None, name
        notes = [n for p, n in summary.notes if Path(p).name == name]
        assert any(words in n for n in notes), (name, notes)


def test_files_the_os_refuses(hostile):
    summary, _, _ = hostile
    assert "permission denied" in _reason(summary, "locked.txt")
    assert "disappeared" in _reason(summary, "vanishing.txt")
    assert "corpus.max_file_mb" in _reason(summary, "too_big.txt")
    assert "outside the corpus" in _reason(summary, "link_out.txt")


def test_the_rest_is_indexed_and_searchable(hostile):
    _summary, cfg, _ = hostile
    engine = SearchEngine(cfg)
    assert (
        engine.search("张湾区的下沉干部", limit=0).total >= 3
    )  # good, gb, mixed, nul, surrogates…
    assert engine.search("駐村第一書記", limit=0).total >= 2  # big5 and mixed
    assert engine.search("下沉干部", limit=0).total >= 1
    # Zero-width marks are gone, so the word they split is found whole.
    inv = engine.search("零宽字符", limit=0)
    assert inv.total == 1 and "\u200b" not in inv.hits[0].text
    engine.close()


def test_giant_paragraph_is_indexed_and_stays_fast(hostile):
    _summary, cfg, _ = hostile
    engine = SearchEngine(cfg)
    engine.warm_up()
    start = time.process_time()
    r = engine.search("关键词藏在末尾", limit=5)
    elapsed = time.process_time() - start
    assert r.total == 1
    h = r.hits[0]
    assert (
        len(h.text) > 150_000
        and h.text[h.highlights[0][0] : h.highlights[0][1]] == "关键词藏在末尾"
    )
    assert len(h.snippet) < 400 and "关键词藏在末尾" in h.snippet
    assert elapsed < 5.0  # CPU seconds: a hang guard, not a benchmark (wall time varies with load)
    engine.close()


def test_one_line_file_is_split_into_bounded_paragraphs(hostile):
    _summary, cfg, _ = hostile
    engine = SearchEngine(cfg)
    r = engine.search("单行大文件", limit=0, with_facets=False)
    assert r.total >= 2 and all(len(h.text) <= cfg.cleaning.max_paragraph_chars for h in r.hits)
    engine.close()


def test_symlink_loop_is_not_followed_forever(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    found, skipped = reading.discover([corpus], [".txt"], follow_symlinks=True)
    assert [Path(f.path).name for f in found] == ["a.txt"]
    assert any("symlink loop" in s.reason for s in skipped)
