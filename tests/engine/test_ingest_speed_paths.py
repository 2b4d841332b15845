"""The build's faster ingestion paths give exactly what the plain Python they replace gave."""

from __future__ import annotations

import random
import unicodedata

from index.ingest.articles import content_fingerprint
from index.ingest.paragraphs import display_width
from index.ingest.reading import _looks_binary
from index.ingest.spam_model import _CLAUSE, advert_tails, best_tail, model

# Varied text: Han, fullwidth and halfwidth forms, Latin, digits (also non-ASCII ones),
# underscores, marks, emoji, spaces of several kinds, ambiguous-width symbols.
SAMPLES = [
    "",
    "   ",
    "新华社北京12月1日电（记者 张三）",
    "ＡＢＣ１２３＿abc_123　全角空格",
    "①②③ Ⅻ ٣٤ ½ ²³ 〇 二〇二六年",
    "→ ★ ※ ° ± × ÷ —— …… ·•‧",
    "😀👍 emoji 与 符号 ™ ©",
    "Ελληνικά кириллица ไทย 한국어 にほんご",
    "\t制表符\u3000与\u00a0不换行空格",
]


def _plain_fingerprint(folded: str) -> str:
    return "".join(c for c in folded if c.isalnum())


def _plain_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def _random_text(rng: random.Random, n: int) -> str:
    pools = [
        (0x20, 0x7E),
        (0x4E00, 0x9FFF),
        (0x3000, 0x303F),
        (0xFF00, 0xFFEF),
        (0x2000, 0x27BF),
        (0x0370, 0x04FF),
        (0x1F300, 0x1F64F),
        (0x0660, 0x0669),
    ]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(pools)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def test_fingerprint_and_width_match_plain_python():
    rng = random.Random(12)
    texts = SAMPLES + [_random_text(rng, rng.randint(0, 80)) for _ in range(500)]
    for text in texts:
        assert content_fingerprint(text) == _plain_fingerprint(text), text
        assert display_width(text) == _plain_width(text), text


def _plain_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    nul = sample.count(0)
    if nul > len(sample) // 100 + 1:
        return True
    ctrl = sum(1 for b in sample if b < 9 or (13 < b < 32 and b != 27))
    return ctrl > len(sample) // 20 + 2


def test_binary_check_matches_plain_python():
    rng = random.Random(7)
    cases = [
        "普通的新闻正文。\n第二段\r\n".encode(),
        "繁體中文的內容".encode("big5"),
        "GBK 编码的文字".encode("gbk"),
        bytes(range(256)) * 3,
        b"\x1b[31mcolour\x1b[0m\n" * 50,
        b"\x01\x02\x03" * 10 + b"text" * 20,
    ]
    for _ in range(300):
        n = rng.randint(0, 9000)
        ctrl_share = rng.random() * 0.2
        cases.append(
            bytes(
                rng.randint(0, 31) if rng.random() < ctrl_share else rng.randint(32, 255)
                for _ in range(n)
            )
        )
    for raw in cases:
        assert _looks_binary(raw) == _plain_binary(raw)


def _plain_advert_tails(sq: str) -> list[tuple[int, int]]:
    m = model()
    out = []
    for c in _CLAUSE.finditer(sq):
        s, e = c.span()
        whole = m.whole and s > 0 and bool(sq[:s].strip(" "))
        found = best_tail(c.group(0), m, whole)
        if found is not None:
            out.append((s + found[0], e))
    return out


def test_advert_tails_whole_clause_test_unchanged():
    lines = [
        "  ，高价回收各类购物卡",
        "今天天气不错，高价回收各类购物卡，欢迎来电",
        "   ",
        " 本地无抵押贷款秒批。县里召开会议",
        "，，，代开各类发票",
        "会议指出，要加强管理。正规彩票代购平台",
    ]
    for line in lines:
        assert advert_tails(line) == _plain_advert_tails(line), line


def test_word_field_postings_match_the_general_path():
    from index.build.analysis import WordField

    values = [
        [("上海", 0), ("浦东", 1), ("上海", 2), ("新区", 3), ("浦东新区", 3)],
        [("a", 0)],
        [],
        ["今天", "天气", "今天"],
        [("北京", 0), "天津", ("北京", 2)],
        "词 语 词",
    ]
    for boost in (1.0, 2.5):
        for phrase in (False, True):
            field = WordField(field_boost=boost, phrase=phrase)
            for value in values:
                assert list(field.index(value)) == list(field._postings(value)), value
