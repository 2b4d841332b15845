"""The mention features and the leave-one-set-out scorer of the learned-filter study (bench)."""

from types import SimpleNamespace

from bench.regions_filter import fold_of, score
from bench.regions_mentions import ArticlePlaces, features, form_kinds


def _hit(start, end, path):
    unit = SimpleNamespace(path=path)
    form = SimpleNamespace(unit=unit, kind=SimpleNamespace(name="SHORT_PROVINCE"))
    return SimpleNamespace(start=start, end=end, unit=unit, forms=(form,), travel=False)


def test_features_name_no_place_and_see_a_surname():
    text = "老伴王吉林是东北人"
    hit = _hit(3, 5, "吉林省")
    feats = features(
        text,
        3,
        5,
        "吉林省",
        form_kinds(hit),
        False,
        [hit],
        ArticlePlaces([(), ("吉林省",)]),
        1,
        False,
        surnames=frozenset("王"),
    )
    assert not any("吉林" in f for f in feats)
    assert "surname" in feats and "surname&pc=han" in feats
    assert "n1=是" in feats and "kind=SHORT_PROVINCE" in feats
    assert "art_noself" in feats and "art_alone" in feats


def test_features_see_the_article_and_book_marks():
    text = "《武汉晚报》报道"
    hit = _hit(1, 3, "湖北省/武汉市")
    first = [("湖北省",), ("湖北省/武汉市",), ("湖北省/武汉市/江岸区",)]
    feats = features(
        text, 1, 3, "湖北省/武汉市", ("SHORT_CITY",), False, [hit], ArticlePlaces(first), 1, False
    )
    assert "book" in feats and "art_self" in feats and "title_prov" in feats


def test_score_drops_mentions_and_keeps_the_most_specific():
    para = {
        "named": ["湖北省/武汉市"],
        "scoped": True,
        "expected": ["湖北省"],
        "mentions": [
            {"path": "湖北省", "label": True},
            {"path": "湖北省/武汉市", "label": False},
        ],
    }
    assert score([para], None) == (0, 1, 1)
    assert score([para], lambda m: not m["label"]) == (1, 0, 0)


def test_folds_pair_a_rounds_sets():
    assert fold_of("own_heldout5") == fold_of("heldout5") == "heldout5"
    assert fold_of("real_dev") == "real_dev"
