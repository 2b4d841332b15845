"""Folding: simplified matching form, always the same length as the original."""

from hypothesis import given
from hypothesis import strategies as st

from index.build.folding import fold


def test_traditional_to_simplified():
    assert fold("內蒙古自治區烏蘭察布市化德縣") == "内蒙古自治区乌兰察布市化德县"
    assert fold("駐村第一書記 幹部 國際") == "驻村第一书记 干部 国际"


def test_width_and_case():
    assert fold("ＡＢＣ１７％ iPhone\u3000APP") == "abc17% iphone app"


def test_simplified_is_stable():
    text = "干部下沉基层 用心用情担当"
    assert fold(text) == text


@given(st.text(max_size=200))
def test_length_preserved(text):
    assert len(fold(text)) == len(text)
