"""jieba's default cut (HMM on) with the Han-only blocks done by rjieba (jieba-rs, Rust).

jieba is the reference: the index must hold exactly its words. rjieba runs the same
algorithm (prefix DAG, max-probability route, BMES Viterbi with the same tie-breaks)
but differs from jieba 0.42.1 outside plain Han text: it counts more code points as
Han (CJK extension A, U+9FD6-U+9FFF, compatibility ideographs) and its HMM splits
ASCII runs differently ('26-40', 'www.people.com.cn', 'ab.c' stay whole). So:

- the text is split into blocks with jieba's own regex, as `Tokenizer.cut` does;
- a block of only U+4E00-U+9FD5 and ASCII letters and digits goes to rjieba;
- any other block goes to jieba itself;
- between blocks, jieba's own rule: each whitespace (or "\r\n") and each other
  character is a token.

rjieba is loaded with jieba's own word frequencies (the tokenizer's FREQ, user words
included) and total, so the route's probabilities are the same numbers.
`tests/engine/test_fast_jieba.py` compares the two on corpus samples;
BENCHMARKS.md ("the build (build8)") has the comparison on every bench corpus.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import re
import sys
from pathlib import Path

# jieba 0.42.1's re_han_default (the blocks `cut` hands to the DAG).
_BLOCKS = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
# Blocks where rjieba and jieba agree: Han in jieba's range, ASCII letters and digits.
_SAFE = re.compile("[\u4e00-\u9fd5a-zA-Z0-9]+")
# jieba's re_skip_default: between blocks, whitespace is one token ("\r\n" too).
_SKIP = re.compile("(\r\n|\\s)")
# A word no block can contain (a private-use character): carries the total's remainder.
_PAD_WORD = "\ue000\ue000"

DISABLE_ENV = "SEARCH_APP_JIEBA"  # "python": segment with jieba alone (the reference)


def available() -> bool:
    """True when rjieba is installed and not disabled by $SEARCH_APP_JIEBA=python."""
    if os.environ.get(DISABLE_ENV, "").strip().lower() == "python":
        return False
    return _extension() is not None


def _extension():
    """rjieba's compiled module, or None when not installed.

    Loaded without running the package's `__init__`, which builds a default instance
    with rjieba's own dictionary (31 MB and 0.2 s this process would never use).
    """
    if "rjieba" in sys.modules and sys.modules["rjieba"] is None:
        return None  # import blocked
    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is not None:
        return loaded
    try:
        spec = importlib.util.find_spec("rjieba")  # locates the package, does not import it
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for path in sorted(Path(folder).glob("rjieba.*so")):
            loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(path))
            ext = importlib.util.spec_from_loader("rjieba.rjieba", loader, origin=str(path))
            if ext is None:
                continue
            module = importlib.util.module_from_spec(ext)
            loader.exec_module(module)
            # A later `import rjieba` finds it here instead of initialising it twice.
            sys.modules["rjieba.rjieba"] = module
            return module
    return None


class FastCut:
    """`tk.lcut` with the same result, Han blocks cut in Rust."""

    def __init__(self, tk) -> None:
        rj = _extension().Jieba.empty()
        add = rj.add_word
        total = 0
        for word, freq in tk.FREQ.items():
            if freq:  # zero-frequency entries are jieba's prefixes, not words
                add(word, freq, None)
                total += freq
        # jieba's total also counts duplicate dictionary lines and re-added words
        # (rjieba replaces a word's old frequency): the remainder goes on a word no
        # block can match, so ln(total), and with it every route score, is the same.
        if tk.total > total:
            add(_PAD_WORD, tk.total - total, None)
        self._rcut = rj.cut
        self._pcut = tk.lcut

    def lcut(self, text: str) -> list[str]:
        """jieba's `lcut(text)` (default mode, HMM on)."""
        if _SAFE.fullmatch(text):
            return self._rcut(text)
        out: list[str] = []
        safe, rcut, pcut = _SAFE.fullmatch, self._rcut, self._pcut
        for i, blk in enumerate(_BLOCKS.split(text)):
            if not blk:
                continue
            if i % 2:  # odd pieces are blocks
                out += rcut(blk) if safe(blk) else pcut(blk)
            elif len(blk) == 1:
                out.append(blk)
            else:  # Tokenizer.cut's branch for text between blocks
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        out.append(x)
                    else:
                        out += x
        return out
