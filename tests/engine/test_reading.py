"""Reading: encodings (short files too), line ends, and every kind of unusable file."""

from __future__ import annotations

import os

import pytest

from index.engine.models import Skipped, SourceFile
from index.ingest.encoding import decode_bytes
from index.ingest.reading import decode_file, discover, normalise_text, read_file, scan
from tests.conftest import CORPUS, CORPUS_REAL

# Real sentences from the bundled corpus, simplified and traditional.
SIMPLIFIED = "在湖北武汉市江岸区丹水池街道堤角社区刘伟英老人家里,下沉党员干部通过支付宝登记、人脸识别,很快帮老人办好了退休年审。"
TRADITIONAL = "一年夜早,跟著一陣鬧鈴響起,貴州省從江縣西山鎮小丑村駐村第一書記沈海森下了床。"


def src(path) -> SourceFile:
    return SourceFile(str(path), str(path.parent), path.name)


@pytest.mark.parametrize(
    "text, encoding",
    [
        (SIMPLIFIED, "gb18030"),
        (SIMPLIFIED, "gbk"),
        (TRADITIONAL, "big5"),
        (TRADITIONAL, "cp950"),
        (SIMPLIFIED, "utf-8"),
        (TRADITIONAL, "utf-8"),
    ],
)
def test_short_files_decode_right(text, encoding):
    assert decode_bytes(text.encode(encoding)).text == text


def test_utf8_bom_is_removed():
    d = decode_bytes(b"\xef\xbb\xbf" + SIMPLIFIED.encode())
    assert d.text == SIMPLIFIED and d.encoding == "utf-8-sig"


@pytest.mark.skipif(not CORPUS_REAL.exists(), reason="../shared/corpus-real not present")
@pytest.mark.parametrize("name", ["pku", "msr", "as", "cityu"])
def test_real_corpus_original_encodings(name):
    raw = (CORPUS_REAL / f"{name}_test.orig.txt").read_bytes()
    want = (CORPUS_REAL / f"{name}_test.utf8.txt").read_text(encoding="utf-8-sig")
    got = normalise_text(decode_bytes(raw).text)[0]
    want = normalise_text(want)[0]
    differ = sum(a != b for a, b in zip(got, want, strict=True))
    assert differ <= 1  # cityu: one HKSCS middle dot maps to • vs ‧


@pytest.mark.skipif(not CORPUS_REAL.exists(), reason="../shared/corpus-real not present")
@pytest.mark.parametrize("name, enc", [("pku", "gb18030"), ("as", "cp950")])
def test_real_corpus_short_snippets(name, enc):
    text = (
        (CORPUS_REAL / f"{name}_test.utf8.txt")
        .read_text(encoding="utf-8-sig")
        .replace("\r\n", "\n")
    )
    lines = [ln for ln in text.split("\n") if len(ln) >= 20][:200]
    wrong = [ln for ln in lines if decode_bytes(ln[:60].encode(enc)).text != ln[:60]]
    assert len(wrong) <= 2, wrong[:3]


def test_line_ends_normalised(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("第一行\r\n第二行\r第三行\n".encode())
    assert read_file(src(p)).text == "第一行\n第二行\n第三行\n"


def test_truncated_multibyte_at_end(tmp_path):
    p = tmp_path / "cut.txt"
    p.write_bytes(SIMPLIFIED.encode("gb18030")[:-1])
    d = read_file(src(p))
    assert not isinstance(d, Skipped)
    assert d.text == SIMPLIFIED[:-1] and d.notes


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "binary"),
    ],
)
def test_unusable_files_are_skipped_with_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    out = read_file(src(p))
    assert isinstance(out, Skipped) and reason in out.reason


def test_missing_and_unreadable(tmp_path):
    gone = read_file(src(tmp_path / "gone.txt"))
    assert isinstance(gone, Skipped) and "disappeared" in gone.reason
    p = tmp_path / "locked.txt"
    p.write_text("正文")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as a user that ignores file permissions")
        out = read_file(src(p))
        assert isinstance(out, Skipped) and "permission" in out.reason
    finally:
        p.chmod(0o644)


def test_escape_sequences_and_invisible_chars_removed():
    raw = "正文\x1b[31m红色\x1b[0m\x1b]52;c;SGVsbG8=\x07结束\u200b\u202e字\x00".encode()
    d = decode_file(SourceFile("/x.txt", "/", "x.txt"), raw)
    assert d.text == "正文红色结束字"


def test_discover_filters_extensions_and_links(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("甲")
    (corpus / "sub" / "b.MD").write_text("乙")
    (corpus / "c.pdf").write_text("丙")
    outside = tmp_path / "outside.txt"
    outside.write_text("外")
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    found, skipped = discover([corpus], [".txt", ".md"])
    assert sorted(os.path.basename(f.path) for f in found) == ["a.txt", "b.MD"]
    assert any("outside the corpus" in s.reason for s in skipped)
    assert found[0].relpath == "c/a.txt"


def test_bundled_corpus_reads_clean():
    found, skipped = discover([CORPUS], [".txt"])
    assert len(found) == 5 and not skipped
    for f in found:
        d = read_file(f)
        assert d.encoding == "utf-8" and "\r" not in d.text


def test_scan_lists_paths_and_stamps_and_builds_sources_on_demand(tmp_path):
    """The listing an update compares: each file once, its stat stamp, the same SourceFile."""
    corpus = tmp_path / "c"
    (corpus / "a" / "deep").mkdir(parents=True)
    (corpus / "a" / "x.txt").write_text("甲")
    (corpus / "a" / "deep" / "y.md").write_text("乙")
    (corpus / "z.txt").write_text("丙")
    (corpus / "via").symlink_to(corpus / "a", target_is_directory=True)  # not followed
    (corpus / "again.txt").symlink_to(corpus / "z.txt")  # a link inside: listed once
    listing = scan([corpus], [".txt", ".md"])
    sources, _ = discover([corpus], [".txt", ".md"])
    assert listing.paths() == [s.path for s in sources] == sorted(listing.stamps)
    assert [listing.source(p) for p in listing.paths()] == sources
    assert len(listing) == 3 and not listing.unstamped
    for path, stamp in listing.stamps.items():
        st = os.stat(path)
        assert stamp == f"{st.st_size}:{st.st_mtime_ns}"
    assert listing.source(str(corpus / "a" / "deep" / "y.md")).relpath == "c/a/deep/y.md"


def test_a_single_file_given_as_a_corpus_root_is_listed(tmp_path):
    """`--corpus one.txt` lists that file (a root may be a file, not only a folder)."""
    one = tmp_path / "one.txt"
    one.write_text("正文")
    found, skipped = discover([one], [".txt"])
    assert [f.path for f in found] == [str(one)] and not skipped
    assert found[0].relpath == "one.txt" and found[0].root == str(one)
    assert scan([one], [".txt"]).paths() == [str(one)]
