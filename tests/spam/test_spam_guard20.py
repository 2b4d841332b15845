"""The spam model cuts an advert glued after a finished clause, never the clause's own
predicate or object (a news sentence that uses advert words)."""

import pytest

from index.ingest.spam_model import advert_tails


@pytest.mark.parametrize(
    "news",
    [
        "办事群众也可以通过网上平台办理各类证件",  # a modal and a preposition: the tail is its verb
        "游客可到景区服务中心上门办理各类证件",  # a verb of going: the tail is its purpose
        "不少商户选择本地银行办理无抵押贷款",  # choosing: the tail is what is chosen for
        "警方近日查获一批代办各类职业资格证书",  # a seizure's object after its determiner
    ],
)
def test_a_clause_left_open_keeps_its_tail(news: str) -> None:
    """The text before the tail is no finished clause, so nothing is cut."""
    assert advert_tails(news) == []


@pytest.mark.parametrize(
    "glued",
    [
        "今年的猕猴桃个头大、甜度高，预订电话一直响个不停厂家直销一件代发诚招代理",
        "不少栗农一季能收入三四万元高价回收各类购物卡",
        "修鞋、配钥匙都能在这里完成本市私家侦探调查取证",  # a modal's own verb ends the clause
        "山顶的石峰在云里时隐时现正规彩票代购高返点",  # an idiom is the predicate
    ],
)
def test_an_advert_after_a_finished_clause_is_still_cut(glued: str) -> None:
    """A clause that ends finished (a verb's complement, an amount) keeps the cut."""
    assert advert_tails(glued) != []
