"""Issue 10, round 7: families heldout6 still missed, on made-up examples.

Spam glued inside a sentence: a market named before 同城 that is not a listed city,
a gambling brand with a sign-up bonus (送体验金), Taiwanese escort slang with a LINE
handle written 赖ID. Each family has positives in more than one shape and negatives.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import default_spam, remove_spam

SPAM = list(default_spam())


def clean(text: str) -> str:
    """The text with the bundled lexicon's spam cut out."""
    return remove_spam(text, fold(text), SPAM)[0]


def test_an_unlisted_market_glued_before_tongcheng_goes_with_the_advert():
    assert clean("村干部入户走访赣州同城上门服务微信ab1234，现场解决问题。") == "村干部入户走访，现场解决问题。"
    assert clean("群众点赞，吉安市同城上门服务微信cd5678，干部忙。") == "群众点赞，干部忙。"
    # 同城 as a news word, without an advert after it, stays
    assert clean("推进广佛同城化，两地居民享受同城待遇。") == "推进广佛同城化，两地居民享受同城待遇。"


def test_a_gambling_brand_with_a_sign_up_bonus():
    assert clean("果子都能卖钱澳门威尼斯人线上开户送体验金，产值过亿。") == "果子都能卖钱，产值过亿。"
    assert clean("农户增收金沙娱乐在线注册送体验金，效益明显。") == "农户增收，效益明显。"
    # a bank's trial fund in news stays
    assert clean("银行推出理财体验金活动，吸引不少市民。") == "银行推出理财体验金活动，吸引不少市民。"


def test_taiwanese_escort_slang_with_a_line_handle():
    assert clean("結合導覽活動嘉義外約茶莊賴ID:cy168，吸引遊客。") == "結合導覽活動，吸引遊客。"
    assert clean("老街熱鬧台中叫茶妹加賴：tc9988，人潮不斷。") == "老街熱鬧，人潮不斷。"
    # 依赖 / 信赖 in a sentence stay
    assert clean("產業發展依賴觀光，居民信賴市府。") == "產業發展依賴觀光，居民信賴市府。"
