"""Saved e-mail (.eml) input: made-up mails, plain, quoted-printable GBK, base64 and multipart
with HTML, read by the stdlib parser and run through the one article pipeline."""

from __future__ import annotations

import base64
import quopri

from index.config import load_config
from index.engine.models import Skipped, SourceFile
from index.ingest.reading import read_file
from tests.conftest import ROOT
from tests.engine.made_up import BUILDER, joined

TITLE = "某县驻村工作队帮村民建起冷库"
ARTICLE = (
    f"{TITLE}\n来源：某某日报　2024-11-20\n\n"
    "驻村工作队到任后，先把全村的果园都走了一遍，发现鲜果采下来卖不上价。\n\n"
    "在工作队的推动下，村里建起了冷库，果子错峰上市，每斤多卖了五毛钱。\n"
)
HEAD = (
    "From: 张三 <zhang@example.com>\nTo: 李四 <li@example.com>\n"
    "Date: Sun, 1 Dec 2024 09:15:02 +0800\nSubject: =?utf-8?b?{subj}?=\nMIME-Version: 1.0\n"
)


def _subject(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _read(tmp_path, raw: bytes, name: str = "x.eml"):
    path = tmp_path / name
    path.write_bytes(raw)
    return read_file(SourceFile(str(path), str(tmp_path), name))


def _build(tmp_path, raw: bytes):
    decoded = _read(tmp_path, raw)
    assert not isinstance(decoded, Skipped), decoded
    return BUILDER.build(decoded)


def test_eml_is_a_default_extension():
    assert ".eml" in load_config(ROOT / "config.yaml").corpus.extensions


def test_a_plain_forwarded_mail(tmp_path):
    body = (
        "各位同事，这篇报道写的是我们队里的经验，请大家看看。\n\n"
        "---------- 转发的邮件 ----------\n\n" + ARTICLE + "\n-- \n张三\n某县乡村振兴服务中心\n"
    )
    raw = (
        HEAD.format(subj=_subject("转发：" + TITLE))
        + "Content-Type: text/plain; charset=UTF-8\n\n"
        + body
    ).encode("utf-8")
    art = _build(tmp_path, raw)
    assert art.meta.title == TITLE
    assert art.meta.source == "某某日报"
    assert art.meta.date == "2024-11-20"  # the article's own date beats the mail's Date header
    text = joined(art)
    assert "发现鲜果采下来卖不上价" in text and "每斤多卖了五毛钱" in text
    for chrome in ("From:", "Subject:", "转发的邮件", "请大家看看", "某县乡村振兴服务中心"):
        assert chrome not in text, chrome


def test_the_mail_date_is_only_a_fallback(tmp_path):
    plain = f"{TITLE}\n\n驻村工作队到任后，先把全村的果园都走了一遍，发现鲜果采下来卖不上价。\n"
    raw = (
        HEAD.format(subj=_subject(TITLE)) + "Content-Type: text/plain; charset=UTF-8\n\n" + plain
    ).encode("utf-8")
    art = _build(tmp_path, raw)
    assert art.meta.date == "2024-12-01"
    assert art.meta.title == TITLE


def test_quoted_printable_gbk(tmp_path):
    qp = quopri.encodestring(ARTICLE.encode("gbk")).decode("ascii")
    raw = (
        HEAD.format(subj=_subject(TITLE))
        + "Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: quoted-printable\n\n"
        + qp
    ).encode("utf-8")
    art = _build(tmp_path, raw)
    assert art.meta.title == TITLE
    assert "每斤多卖了五毛钱" in joined(art)


def test_base64_utf8(tmp_path):
    b64 = base64.encodebytes(ARTICLE.encode("utf-8")).decode("ascii")
    raw = (
        HEAD.format(subj=_subject(TITLE))
        + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64
    ).encode("utf-8")
    art = _build(tmp_path, raw)
    assert art.meta.source == "某某日报"
    assert "发现鲜果采下来卖不上价" in joined(art)


def _multipart(parts: list[tuple[str, str]]) -> bytes:
    out = (
        HEAD.format(subj=_subject(TITLE)) + 'Content-Type: multipart/alternative; boundary="B"\n\n'
    )
    for kind, text in parts:
        b64 = base64.encodebytes(text.encode("utf-8")).decode("ascii")
        out += (
            f"--B\nContent-Type: text/{kind}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64}\n"
        )
    return (out + "--B--\n").encode("utf-8")


PAGE = (
    "<html><head><title>t</title></head><body><h1>" + TITLE + "</h1>"
    "<p>来源：某某日报　2024-11-20</p>"
    "<p>驻村工作队到任后，先把全村的果园都走了一遍，发现鲜果采下来卖不上价，大家都很着急。</p>"
    "<p>在工作队的推动下，村里建起了冷库，果子错峰上市，每斤多卖了五毛钱，村民们都很高兴。</p>"
    "</body></html>"
)


def test_multipart_prefers_plain_text(tmp_path):
    art = _build(tmp_path, _multipart([("plain", ARTICLE), ("html", PAGE.replace("冷库", "仓库"))]))
    assert "冷库" in joined(art) and "仓库" not in joined(art)


def test_an_html_only_mail_goes_through_the_html_extractor(tmp_path):
    art = _build(tmp_path, _multipart([("html", PAGE)]))
    assert art.meta.title == TITLE
    text = joined(art)
    assert "每斤多卖了五毛钱" in text and "<p>" not in text


def test_bad_mails_get_a_message_not_a_traceback(tmp_path):
    assert isinstance(_read(tmp_path, b"\x00\x01\x02" * 400), Skipped)
    no_headers = _read(tmp_path, "只是一段文字，没有邮件头。\n".encode())
    assert isinstance(no_headers, Skipped) and "not an e-mail" in no_headers.reason
    only_attachment = (
        b"From: a@example.com\nSubject: x\nContent-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n"
    )
    skipped = _read(tmp_path, only_attachment)
    assert isinstance(skipped, Skipped) and "no text" in skipped.reason
