"""Load and validate config.yaml into dataclasses.

Errors name the file, the line and the key, so a user can fix them without
reading code. Relative paths resolve against the config file's folder.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "config.yaml"


class ConfigError(Exception):
    """A config file is missing, unreadable or invalid; the message says where."""


@dataclass
class CorpusConfig:
    """Where the articles are and which files count."""

    paths: list[Path] = field(default_factory=list)
    extensions: list[str] = field(
        default_factory=lambda: [".txt", ".md", ".html", ".htm", ".shtml", ".eml"]
    )
    follow_symlinks: bool = False
    max_file_mb: float = 64.0


@dataclass
class IndexConfig:
    """Where the index lives and how it is built."""

    dir: Path = Path(".search-index")
    limitmb: int = 256
    procs: int = 0  # 0 = one worker process per core (at most 4)
    commit_every: int = 20000
    lock_timeout: float = 10.0
    backend: str = "whoosh"  # whoosh (a folder on this machine) | solr (a SolrCloud cluster)


@dataclass
class DictionaryConfig:
    """jieba user dictionaries and extra words."""

    files: list[Path] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


@dataclass
class CleaningConfig:
    """Regular expressions (matched on folded text) that remove site chrome and spam."""

    drop_lines: list[str] = field(default_factory=list)
    drop_blocks: list[str] = field(default_factory=list)
    spam: list[str] = field(default_factory=list)
    junk_sources: list[str] = field(default_factory=list)
    max_paragraph_chars: int = 200_000
    # The config file and the line of each rule ("spam" → [31, 32, …]), for
    # messages about a rule; filled by the loader, not config keys.
    source: str = field(default="", metadata={"internal": True})
    rule_lines: dict[str, list[int]] = field(default_factory=dict, metadata={"internal": True})

    def where(self, key: str, i: int) -> str:
        """'config.yaml:31: `cleaning.spam[0]`' for rule `i` of list `key`."""
        lines = self.rule_lines.get(key) or []
        line = f":{lines[i]}" if i < len(lines) else ""
        return f"{self.source or 'config'}{line}: `cleaning.{key}[{i}]`"


@dataclass
class CitationConfig:
    """How a passage is cited when copied: a named style, or the user's template."""

    style: str = "news"  # news | gbt7714 | template
    template: str = "“{passage}”——{parts}"
    parts: list[str] = field(
        default_factory=lambda: ["《{title}》", "{source}", "{date}", "第{paragraph}段"]
    )
    separator: str = "，"


@dataclass
class SearchConfig:
    """Defaults for searching."""

    limit: int = 20
    snippet_chars: int = 120
    # Time a search may spend before it stops refining the ranking (ms since it
    # started); then hits are the best found so far, flagged `ranking_approximate`.
    rank_budget_ms: float = 500.0


@dataclass
class SolrConfig:
    """Where the SolrCloud cluster is (used when `index.backend: solr`).

    Credentials never go in this file or the index: `credentials_file` names a file
    holding `user:password`, or SEARCH_APP_SOLR_USER/SEARCH_APP_SOLR_PASSWORD are set.
    """

    urls: list[str] = field(default_factory=list)  # any nodes; SEARCH_APP_SOLR_URLS also works
    collection: str = "searchapp"  # the alias searches read; builds are collections behind it
    shards: int = 2
    replicas: int = 2  # replication factor: 2 survives one node down
    configset: str = "searchapp"  # uploaded from cluster/configset/conf
    credentials_file: str = ""  # a file with one `user:password` line
    ca_file: str = ""  # the cluster's CA certificate, for TLS with a private CA
    timeout: float = 30.0  # seconds per request
    batch_size: int = 500  # paragraphs per update request


@dataclass
class Config:
    """The whole configuration."""

    path: Path | None = None
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    index: IndexConfig = field(default_factory=IndexConfig)
    dictionary: DictionaryConfig = field(default_factory=DictionaryConfig)
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    citation: CitationConfig = field(default_factory=CitationConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    solr: SolrConfig = field(default_factory=SolrConfig)
    lines: dict[str, int] = field(default_factory=dict)  # dotted key → line in the file

    def where(self, key: str) -> str:
        """'config.yaml:4: `corpus.paths`' for messages about a setting's value."""
        line = self.lines.get(key)
        place = f"{self.path}:{line}" if self.path and line else str(self.path or "defaults")
        return f"{place}: `{key}`"


_SECTIONS = {
    "corpus": CorpusConfig,
    "index": IndexConfig,
    "dictionary": DictionaryConfig,
    "cleaning": CleaningConfig,
    "citation": CitationConfig,
    "search": SearchConfig,
    "solr": SolrConfig,
}
BACKENDS = ("whoosh", "solr")
_COLLECTION_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_PATH_KEYS = {("corpus", "paths"), ("index", "dir"), ("dictionary", "files")}
_REGEX_SECTIONS = {"drop_lines", "drop_blocks", "spam", "junk_sources"}
# Smallest useful value of numeric settings (anything below is rejected). 0
# stays allowed where it means something: procs (one per core), lock_timeout
# (do not wait).
_MINIMUM: dict[str, tuple[float, str]] = {
    "corpus.max_file_mb": (1e-3, "a size in MB above 0"),
    "index.limitmb": (1, "at least 1 (MB)"),
    "index.commit_every": (1, "at least 1 (paragraphs per commit)"),
    "cleaning.max_paragraph_chars": (100, "at least 100 (characters)"),
    "search.limit": (1, "at least 1 (hits listed; `search --limit 0` lists all)"),
    "search.snippet_chars": (10, "at least 10 (characters)"),
    "solr.shards": (1, "at least 1"),
    "solr.replicas": (1, "at least 1"),
    "solr.timeout": (0.1, "above 0 (seconds)"),
    "solr.batch_size": (1, "at least 1 (paragraphs)"),
}


_STR_TAG = "tag:yaml.org,2002:str"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# libyaml's parser when PyYAML has it: 30× faster on a config with 400k rules.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _where(path: Path, node: yaml.Node) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def _scalar(path: Path, key: str, node: yaml.Node, kind: type) -> Any:
    """Convert a scalar node to `kind`, or raise naming the key and line."""
    if not isinstance(node, yaml.ScalarNode):
        raise ConfigError(
            f"{_where(path, node)}: `{key}` must be a {kind.__name__}, not a list or mapping"
        )
    if node.value == "":
        value = None
    elif node.tag == _STR_TAG:
        value = node.value  # quoted strings, the bulk of a big rule list
    else:
        value = _CONSTRUCTOR.construct_object(node, deep=True)
        _CONSTRUCTOR.constructed_objects.clear()
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if kind is Path and isinstance(value, str):
        value = Path(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        got = "empty" if value is None else type(value).__name__
        raise ConfigError(
            f"{_where(path, node)}: `{key}` must be a {kind.__name__}, got {got} {node.value!r}"
        )
    return value


def _convert(path: Path, key: str, node: yaml.Node, annotation: str) -> Any:
    """Convert `node` to the dataclass field's annotated type."""
    if annotation.startswith("list["):
        inner = {"list[str]": str, "list[Path]": Path}[annotation]
        if isinstance(node, yaml.ScalarNode) and node.value != "":
            return [_scalar(path, key, node, inner)]  # one value for a list is fine
        if isinstance(node, yaml.ScalarNode):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise ConfigError(f"{_where(path, node)}: `{key}` must be a list")
        return [_scalar(path, f"{key}[{i}]", item, inner) for i, item in enumerate(node.value)]
    kind = {"int": int, "float": float, "bool": bool, "str": str, "Path": Path}[annotation]
    return _scalar(path, key, node, kind)


def _check_regex(
    path: Path, key: str, node: yaml.Node, patterns: list[str], compile_rules: bool = True
) -> list[int]:
    """Compile every pattern now so a typo is reported with its line; return each one's line."""
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    lines = [item.start_mark.line + 1 for item in items[: len(patterns)]]
    if not compile_rules:
        return lines
    from index.ingest.rules import compile_pattern, is_literal

    for item, pattern in zip(items, patterns, strict=False):
        if is_literal(pattern):
            continue  # a plain string is always valid, and thousands of them are common
        try:
            compile_pattern(pattern)
        except Exception as exc:  # regex.error, and the odd OverflowError of a huge {n}
            raise ConfigError(
                f"{_where(path, item)}: `{key}` has a bad regular expression {pattern!r}: {exc}"
            ) from None
    return lines


def load_config(path: str | os.PathLike | None = None, check_rules: bool = True) -> Config:
    """Read a config file (default: the repository's config.yaml) into a `Config`.

    `check_rules=False` leaves the cleaning rules' regular expressions uncompiled:
    a command that never cleans text (`search`) need not pay for the `regex` module;
    a bad rule is still reported, with its line, by any command that indexes.
    """
    cfg_path = Path(path) if path else _default_path()
    from index.ingest.reading import read_regular_text

    try:
        text = read_regular_text(cfg_path)  # never blocks on a FIFO
    except FileNotFoundError:
        raise ConfigError(f"{cfg_path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{cfg_path}: cannot read config file: {exc}") from None
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        ctx, ctx_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if ctx and ctx_mark and (not mark or ctx_mark.line != mark.line):
            # The real mistake is often where the construct began, e.g. an unclosed [.
            problem += f" ({ctx} at {cfg_path}:{ctx_mark.line + 1})"
        raise ConfigError(f"{cfg_path}{line}: invalid YAML: {problem}") from None
    cfg = Config(path=cfg_path.resolve())
    if root is None:
        return _resolve_paths(cfg, cfg_path.resolve().parent)
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{_where(cfg_path, root)}: the top level must be a mapping of sections")
    for key_node, value_node in root.value:
        section = key_node.value
        if section not in _SECTIONS:
            known = ", ".join(_SECTIONS)
            raise ConfigError(
                f"{_where(cfg_path, key_node)}: unknown section `{section}` (known: {known})"
            )
        cls = _SECTIONS[section]
        obj = cls()
        if isinstance(value_node, yaml.ScalarNode) and value_node.value == "":
            setattr(cfg, section, obj)
            continue
        if not isinstance(value_node, yaml.MappingNode):
            raise ConfigError(
                f"{_where(cfg_path, value_node)}: section `{section}` must be a mapping"
            )
        types = {f.name: f.type for f in fields(cls) if not f.metadata.get("internal")}
        for k_node, v_node in value_node.value:
            key = k_node.value
            dotted = f"{section}.{key}"
            if key not in types:
                known = ", ".join(types)
                raise ConfigError(
                    f"{_where(cfg_path, k_node)}: unknown key `{dotted}` (known: {known})"
                )
            value = _convert(cfg_path, dotted, v_node, str(types[key]))
            if section == "cleaning" and key in _REGEX_SECTIONS:
                obj.rule_lines[key] = _check_regex(cfg_path, dotted, v_node, value, check_rules)
                obj.source = str(cfg_path)
            _check_range(cfg_path, dotted, v_node, value)
            setattr(obj, key, value)
            cfg.lines[dotted] = v_node.start_mark.line + 1
            if isinstance(v_node, yaml.SequenceNode) and key not in _REGEX_SECTIONS:
                for i, item in enumerate(v_node.value):
                    cfg.lines[f"{dotted}[{i}]"] = item.start_mark.line + 1
        setattr(cfg, section, obj)
    _check_citation(cfg)
    _check_backend(cfg)
    return _resolve_paths(cfg, cfg_path.resolve().parent)


def _check_range(path: Path, key: str, node: yaml.Node, value: Any) -> None:
    """Reject numbers that are not finite, negative, or below a setting's useful minimum."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{_where(path, node)}: `{key}` must be a finite number, not {value}")
    if value < 0:
        raise ConfigError(f"{_where(path, node)}: `{key}` must not be negative")
    low = _MINIMUM.get(key)
    if low and value < low[0]:
        raise ConfigError(f"{_where(path, node)}: `{key}` must be {low[1]}, not {node.value}")


CITATION_STYLES = ("news", "gbt7714", "template")
CITATION_FIELDS = (
    "passage",
    "title",
    "source",
    "site",
    "author",
    "date",
    "date_cn",
    "year",
    "paragraph",
    "url",
    "page",
    "path",
)


def template_placeholders(template: str) -> list[str]:
    """The `{name}` placeholders of a citation template (ValueError if it is malformed)."""
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def check_template(cfg: CitationConfig) -> str | None:
    """Return a problem with the citation config, or None if it is usable."""
    if cfg.style not in CITATION_STYLES:
        return f"unknown style {cfg.style!r} (known: {', '.join(CITATION_STYLES)})"
    for tpl in [cfg.template, *cfg.parts]:
        try:
            names = template_placeholders(tpl)
        except ValueError as exc:
            return f"bad template {tpl!r}: {exc}"
        allowed = (*CITATION_FIELDS, "parts") if tpl is cfg.template else CITATION_FIELDS
        for name in names:
            if name not in allowed:
                return f"unknown placeholder {{{name}}} in {tpl!r} (known: {', '.join(allowed)})"
    return None


def _check_backend(cfg: Config) -> None:
    """Reject an unknown backend and Solr settings that cannot name a collection or node."""
    if cfg.index.backend not in BACKENDS:
        raise ConfigError(
            f"{cfg.where('index.backend')}: unknown backend {cfg.index.backend!r} "
            f"(known: {', '.join(BACKENDS)})"
        )
    s = cfg.solr
    if not _COLLECTION_NAME.match(s.collection):
        raise ConfigError(
            f"{cfg.where('solr.collection')}: {s.collection!r} is not a Solr collection name "
            "(letters, digits, _ . -)"
        )
    if not _COLLECTION_NAME.match(s.configset):
        raise ConfigError(f"{cfg.where('solr.configset')}: {s.configset!r} is not a configset name")
    for i, url in enumerate(s.urls):
        if not re.match(r"^https?://[^/\s]+", url):
            key = f"solr.urls[{i}]" if f"solr.urls[{i}]" in cfg.lines else "solr.urls"
            raise ConfigError(f"{cfg.where(key)}: {url!r} is not an http:// or https:// URL")


def _check_citation(cfg: Config) -> None:
    """Reject citation templates with unknown placeholders before a copy fails."""
    # An older config that sets its own template and no style keeps its template.
    if "citation.style" not in cfg.lines and (
        "citation.template" in cfg.lines or "citation.parts" in cfg.lines
    ):
        cfg.citation.style = "template"
    c = cfg.citation
    if c.style not in CITATION_STYLES:
        known = ", ".join(CITATION_STYLES)
        raise ConfigError(
            f"{cfg.where('citation.style')}: unknown style {c.style!r} (known: {known})"
        )
    # Each template on its own, so the message names its key and line.
    checks = [("citation.template", CitationConfig(template=c.template, parts=[]))]
    checks += [
        (f"citation.parts[{i}]", CitationConfig(template="{parts}", parts=[part]))
        for i, part in enumerate(c.parts)
    ]
    for key, one in checks:
        problem = check_template(one)
        if problem:
            if key not in cfg.lines:  # a single value given for the list
                key = "citation.parts" if key.startswith("citation.parts") else key
            raise ConfigError(f"{cfg.where(key)}: {problem}")


def _resolve_paths(cfg: Config, base: Path) -> Config:
    """Make relative paths absolute against the config file's folder."""

    def fix(p: Path) -> Path:
        p = Path(os.path.expanduser(str(p)))
        return p if p.is_absolute() else (base / p)

    cfg.corpus.paths = [fix(p) for p in cfg.corpus.paths]
    cfg.index.dir = fix(cfg.index.dir)
    cfg.dictionary.files = [fix(p) for p in cfg.dictionary.files]
    for key in ("credentials_file", "ca_file"):
        if getattr(cfg.solr, key):
            setattr(cfg.solr, key, str(fix(Path(getattr(cfg.solr, key)))))
    cfg.corpus.extensions = [
        e.lower() if e.startswith(".") else "." + e.lower() for e in cfg.corpus.extensions
    ]
    return cfg


def _default_path() -> Path:
    """$SEARCH_APP_CONFIG, else ./config.yaml, else the repository's config.yaml."""
    env = os.environ.get("SEARCH_APP_CONFIG")
    if env:
        return Path(env)
    local = Path.cwd() / "config.yaml"
    if local.is_file():
        return local
    return DEFAULT_CONFIG
