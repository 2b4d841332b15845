"""The fast cut (rjieba on Han blocks) gives jieba's own words, and is optional."""

from __future__ import annotations

import sys

import pytest

from index.build import fast_jieba
from index.build.folding import fold
from index.build.segmenter import Segmenter, read_user_dictionary
from index.config import load_config
from tests.conftest import CORPUS, ROOT

# Where rjieba alone differs from jieba 0.42.1: ASCII runs with '.', '-', '+', '%' inside a
# block, code points rjieba counts as Han and jieba does not, whitespace and line ends.
TRICKY = [
    "为26-40米,最大1-2年",
    "人民网(www.people.com.cn/sports)",
    "ifisawyouinheaven.woulditbethesame,abc.def a.b ab.c",
    "增长5.8%,达74.81万名,占62%。5%3 a+1 c# c++ r&d x_y",
    "㐀㐁中国\u9fd6\u9fff人民\uf900\uf901北京𠀀𠀁上海",
    "驻村第一书记 下沉干部\r\n四下基层\t枫桥经验\u3000乡村振兴",
    "T恤B超卡拉OK的3C产品在iPhone12上",
    "",
    " ",
    "。",
]


@pytest.fixture(scope="module")
def user_dict():
    """The repository's user dictionary."""
    return read_user_dictionary(load_config(ROOT / "config.yaml").dictionary)


def _sample() -> list[str]:
    """Folded lines of the bundled corpus, and the tricky strings."""
    lines = []
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        lines += [fold(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines + [fold(t) for t in TRICKY] + TRICKY


@pytest.mark.skipif(not fast_jieba.available(), reason="rjieba not installed")
def test_fast_cut_is_jiebas_cut(user_dict):
    """Word for word, on the bundled corpus and where rjieba alone would differ."""
    seg = Segmenter(user_dict)
    tk = seg._tokenizer()
    fast = fast_jieba.FastCut(tk)
    for line in _sample():
        assert fast.lcut(line) == tk.lcut(line), line


@pytest.mark.skipif(not fast_jieba.available(), reason="rjieba not installed")
def test_index_tokens_and_queries_segment_alike(user_dict):
    """The build's tokens with the fast cut equal jieba's; a query splits as jieba does."""
    fast, ref = Segmenter(user_dict), Segmenter(user_dict)
    ref._fast = False  # jieba alone
    for line in _sample():
        assert fast.index_tokens(line) == ref.index_tokens(line), line
        assert fast.words(line) == ref._words_of(ref._query_tokenizer(), line), line
    assert fast._fast, "the fast cut was not used"


def test_without_rjieba_jieba_is_used(user_dict, monkeypatch):
    """Not installed (or disabled): indexing falls back to jieba, same tokens."""
    monkeypatch.setitem(sys.modules, "rjieba", None)  # makes `import rjieba` fail
    assert not fast_jieba.available()
    seg = Segmenter(user_dict)
    line = fold(TRICKY[0] + TRICKY[5])
    assert seg.words(line) == seg._words_of(seg._tokenizer(), line)
    assert seg.index_tokens(line)
    assert seg._fast is False


def test_disabled_by_environment(monkeypatch):
    """$SEARCH_APP_JIEBA=python selects jieba alone (the reference, for A/B runs)."""
    monkeypatch.setenv(fast_jieba.DISABLE_ENV, "python")
    assert not fast_jieba.available()
