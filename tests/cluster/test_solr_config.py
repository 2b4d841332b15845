"""`index.backend` and the `solr:` section: validated like the rest, secrets never in the file."""

from __future__ import annotations

import pytest

from index.backends.solr import SolrError, settings_from_config
from index.config import ConfigError, SolrConfig, load_config


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_keep_whoosh(tmp_path):
    cfg = load_config(write(tmp_path, "corpus:\n  paths: [c]\n"))
    assert cfg.index.backend == "whoosh"
    assert cfg.solr.collection == "searchapp" and cfg.solr.replicas == 2


def test_solr_section_is_read_and_paths_resolve(tmp_path):
    cfg = load_config(
        write(
            tmp_path,
            "index:\n  backend: solr\nsolr:\n  urls: [http://a:8983/solr, https://b/solr]\n"
            "  collection: news_v1\n  shards: 4\n  credentials_file: secret/solr.txt\n",
        )
    )
    assert cfg.index.backend == "solr"
    assert cfg.solr.urls == ["http://a:8983/solr", "https://b/solr"]
    assert cfg.solr.shards == 4
    assert cfg.solr.credentials_file == str(tmp_path / "secret" / "solr.txt")


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ("index:\n  backend: elastic\n", 2, "index.backend", "unknown backend 'elastic'"),
        ("solr:\n  collection: 'a b'\n", 2, "solr.collection", "not a Solr collection name"),
        ("solr:\n  urls: [ftp://x]\n", 2, "solr.urls[0]", "not an http:// or https:// URL"),
        ("solr:\n  shards: 0\n", 2, "solr.shards", "at least 1"),
        ("solr:\n  password: x\n", 2, "solr.password", "unknown key"),
    ],
)
def test_bad_solr_settings_name_the_key_and_line(tmp_path, text, line, key, words):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    msg = str(err.value)
    assert f"{path}:{line}" in msg and f"`{key}`" in msg and words in msg
    assert "\n" not in msg


def test_settings_come_from_config_with_the_environment_winning(tmp_path):
    creds = tmp_path / "creds"
    creds.write_text("alice:s3cret\n", encoding="utf-8")
    cfg = SolrConfig(urls=["http://a/solr"], credentials_file=str(creds), timeout=5)
    s = settings_from_config(cfg, {})
    assert s.urls == ("http://a/solr",) and (s.user, s.password) == ("alice", "s3cret")
    assert s.timeout == 5
    env = {
        "SEARCH_APP_SOLR_URLS": "http://b/solr,http://c/solr",
        "SEARCH_APP_SOLR_USER": "bob",
        "SEARCH_APP_SOLR_PASSWORD": "pw",
    }
    s = settings_from_config(cfg, env)
    assert s.urls == ("http://b/solr", "http://c/solr") and (s.user, s.password) == ("bob", "pw")


def test_no_url_anywhere_is_one_line_naming_the_key():
    with pytest.raises(SolrError) as err:
        settings_from_config(SolrConfig(), {})
    assert "`solr.urls`" in str(err.value) and "SEARCH_APP_SOLR_URLS" in str(err.value)
    assert err.value.exit_code == 2
