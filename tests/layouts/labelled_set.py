"""The writer shared by make_heldout3..10.py: articles in their real encodings plus labels.yaml.

Source labels are the credited outlet as the page prints it: its own script, spacing and case
(`now 新聞` on a page printing `now 新聞`, not the publisher table's `now新聞`); a journal, not
its house (创造, not 创造杂志社); a paper, not its e-paper platform (某某日报, not
某某日报数字报刊平台); and where a page prints the outlet both bare and with a website word
(携程旅行 in the <title>, 携程旅行网 in the © line), the bare name.

Site labels are the hosting portal as its own <title> tail names it, website word and all:
a page titled `标题 - 某县人民政府门户网站` is hosted by 某县人民政府门户网站 and one titled
`标题 - 某县人民政府` by 某县人民政府 (a masthead or footer says the same portal other ways);
with no <title> tail, the masthead's form. Settled in the twelfth session: 19 of 24 earlier
government-portal labels already followed it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml

OMIT = object()
CODECS = {
    "utf-8": "utf-8",
    "gbk": "gbk",
    "gb18030": "gb18030",
    "big5": "big5",
    "utf-16-le": "utf-16-le",
}
# the byte-order mark each codec is saved with when `bom` is set (Notepad's "Unicode" is UTF-16-LE)
BOMS = {"utf-16-le": b"\xff\xfe"}


class LabelledSet:
    """Articles registered with `art`, written with `write`."""

    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.files: dict[str, bytes] = {}

    def art(
        self,
        file,
        layout,
        encoding,
        text,
        *,
        title,
        source,
        date,
        site=OMIT,
        author=OMIT,
        original_title=None,
        chrome=(),
        body=(),
        spam=(),
        regions=None,
        complete=False,
        crlf=False,
        bom=False,
    ):
        """Register one article: its bytes as a browser or editor would save them, and its labels."""
        text = textwrap.dedent(text).lstrip("\n")
        if crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode(CODECS[encoding])
        if bom:
            data = BOMS.get(encoding, b"\xef\xbb\xbf") + data
        assert file not in self.files, file
        self.files[file] = data
        enc = encoding + (" bom" if bom else "") + (" crlf" if crlf else "")
        entry = {"file": file, "layout": layout, "encoding": enc, "title": title, "source": source}
        if site is not OMIT:
            entry["site"] = site
        entry["date"] = date
        if author is not OMIT:
            entry["author"] = author
        if original_title:
            entry["original_title"] = original_title
        for key, val in (("chrome", chrome), ("body", body), ("spam", spam)):
            if val:
                entry[key] = list(val)
        if regions is not None:
            entry["regions"] = [{"contains": c, "regions": list(r)} for c, r in regions]
            entry["regions_complete"] = complete
        self.entries.append(entry)

    def write(self, out: Path, header: str) -> None:
        """Write every article and labels.yaml (with `header` as its first comment line) into `out`."""
        out.mkdir(parents=True, exist_ok=True)
        for name, data in self.files.items():
            (out / name).write_bytes(data)
        (out / "labels.yaml").write_text(
            f"# {header}\n"
            + yaml.safe_dump(self.entries, allow_unicode=True, sort_keys=False, width=200),
            encoding="utf-8",
        )
        print(
            f"{len(self.files)} articles, {len({e['layout'] for e in self.entries})} layouts -> {out}"
        )
