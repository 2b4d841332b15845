"""Time of reading one saved web page: decode, parse, trafilatura, zoning, metadata.

Run as `python -m bench.html_extract [DIR ...]` (default: the test pages in
tests/engine/html_pages). Prints the one-off import cost, then per page the
median of repeated `decode_file` calls (bytes → DecodedFile, the work the
indexer does per HTML file before cleaning), and the same for generated pages
of growing size (a portal layout with navigation, sidebar and N paragraphs).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "engine" / "html_pages"
MIN_SECONDS = 0.5  # repeat each page at least this long, and at least 3 times


def synthetic(paragraphs: int) -> bytes:
    """A portal-style page with `paragraphs` body paragraphs and the usual chrome."""
    nav = "".join(f'<li><a href="/c{i}">频道{i}</a></li>' for i in range(40))
    side = "".join(f'<li><a href="/n{i}">侧栏新闻标题第{i}条</a></li>' for i in range(60))
    body = "".join(
        f"<p>　　第{i}段：驻村工作队帮助村民发展特色产业，今年村集体经济收入比去年增长了三成，"
        f"群众的获得感、幸福感不断增强。</p>"
        for i in range(paragraphs)
    )
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>合成页面标题_测试网</title>'
        '<meta property="og:site_name" content="测试网"></head><body>'
        f'<ul class="nav">{nav}</ul><div class="main"><h1>合成页面标题</h1>'
        '<div class="info">2024-03-05 09:12　来源：测试日报</div>'
        f'<div class="content">{body}</div><div class="editor">责任编辑：某某</div></div>'
        f'<ul class="side">{side}</ul><div class="footer">测试网版权所有</div></body></html>'
    )
    return page.encode("utf-8")


def hostile() -> dict[str, bytes]:
    """Shapes that once made the reader slow: rows, <br> runs, empty elements, one huge <p>."""
    para = "驻村工作队帮助村民发展特色产业，今年村集体经济收入比去年增长了三成。"
    pages = {
        "5,000 table rows": "<table>"
        + "".join(f"<tr><td>第{i}段：{para}</td></tr>" for i in range(5000))
        + "</table>",
        "5,000 <br> lines in one <div>": "<div>"
        + "<br>".join(f"第{i}段：{para}" for i in range(5000))
        + "</div>",
        "200,000 empty <div>s": "<div></div>" * 200_000 + f"<p>{para}</p>",
        "one 1M-character <p>": f"<p>{para * 30_000}</p>",
    }
    return {k: f"<html><body>{v}</body></html>".encode() for k, v in pages.items()}


def time_page(raw: bytes, name: str) -> tuple[float, int]:
    """Median seconds of decoding `raw` as an HTML file, and the text's length."""
    from index.engine.models import SourceFile
    from index.ingest.reading import decode_file

    src = SourceFile(f"/bench/{name}", "/bench", name)
    out = decode_file(src, raw)
    size = len(getattr(out, "text", ""))
    times: list[float] = []
    start = time.perf_counter()
    while len(times) < 3 or time.perf_counter() - start < MIN_SECONDS:
        t = time.perf_counter()
        decode_file(src, raw)
        times.append(time.perf_counter() - t)
    return statistics.median(times), size


def main(argv: list[str] | None = None) -> int:
    """Print the timings."""
    dirs = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or [PAGES]
    t = time.perf_counter()
    import htmldate  # noqa: F401
    import trafilatura  # noqa: F401

    print(
        f"import trafilatura + htmldate: {(time.perf_counter() - t) * 1000:.0f} ms (once per process)"
    )
    from index.ingest.html import is_html

    rows = []
    for d in dirs:
        for path in sorted(d.iterdir()):
            if is_html(path.name):
                raw = path.read_bytes()
                sec, size = time_page(raw, path.name)
                rows.append((path.name, len(raw), size, sec))
    saved = len(rows)  # pages from the folders; generated ones follow
    for n in (10, 100, 1000, 5000):
        raw = synthetic(n)
        sec, size = time_page(raw, f"synthetic-{n}.html")
        rows.append((f"synthetic, {n} paragraphs", len(raw), size, sec))
    for name, raw in hostile().items():
        sec, size = time_page(raw, "hostile.html")
        rows.append((name, len(raw), size, sec))
    print(f"{'page':38} {'bytes':>9} {'text chars':>10} {'ms':>8} {'MB/s':>6}")
    for name, nbytes, size, sec in rows:
        print(f"{name:38} {nbytes:9,} {size:10,} {sec * 1000:8.1f} {nbytes / sec / 1e6:6.2f}")
    real = [sec for *_, sec in rows[:saved]]
    if real:
        print(
            f"pages: {len(real)}, median {statistics.median(real) * 1000:.1f} ms, "
            f"max {max(real) * 1000:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
