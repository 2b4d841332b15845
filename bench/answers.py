"""Answer digests: every bench query's full answer, reduced to sha256 digests for a golden file.

    python -m bench.answers --check          # compare this checkout with the golden file
    python -m bench.answers --write          # regenerate tests/engine/golden/answers.json
    PYTHONPATH=/path/to/old/checkout python bench/answers.py --write   # the golden from older code

The answers are taken through the CLI's `search --json` contract (called in
process), the one surface that old and new code share, so a refactor of the
engine's Python API does not change what is compared. Only digests and totals
are written: the real corpus is research-use text that must not be copied.

Regenerate only for an intended behaviour change (ranking, cleaning, highlighting,
citations, facets or the query set), and say so in the commit message with the
`--check` output; a refactor must pass against the existing file.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "engine" / "golden" / "answers.json"
FORMAT = 1
# What one query's answer is compared on; each part gets its own digest so a
# failure says which part changed.
# Workers per build: the real corpus takes the parallel path, the bundled one the serial path.
PROCS = {"bundled": 1, "real": 2}
PARTS = ("hits", "highlights", "snippets", "citations", "fields", "facets", "notice")


@dataclass(frozen=True)
class Ask:
    """One question put to the CLI: its class, the query text and extra CLI flags."""

    cls: str
    text: str
    flags: tuple[str, ...] = ()


def _sha(value) -> str:
    """sha256 of the canonical JSON of `value`."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _code_root() -> Path:
    """The checkout whose `search_app` is imported (the code under test, old or new)."""
    import search_app

    return Path(search_app.__file__).resolve().parents[1]


def cli_json(argv: list[str]) -> dict:
    """Run `search-app ARGV` in this process and return the JSON it printed."""
    from search_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    if code != 0:
        raise RuntimeError(f"search-app {' '.join(argv)} exited {code}: {err.getvalue().strip()}")
    return json.loads(out.getvalue())


def build_index(corpus: Path, index_dir: Path, procs: int) -> None:
    """`search-app index --corpus CORPUS --index-dir INDEX_DIR` with `procs` workers, quietly."""
    from search_app.cli import main

    config = _config_with_procs(index_dir.parent, procs)
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(
            [
                "--config",
                str(config),
                "index",
                "--corpus",
                str(corpus),
                "--index-dir",
                str(index_dir),
            ]
        )
    if code != 0:
        raise RuntimeError(f"indexing {corpus} exited {code}: {err.getvalue().strip()}")


def _config_with_procs(folder: Path, procs: int) -> Path:
    """The code's config.yaml with `index.procs` fixed, so the build never depends on the core count."""
    src = (_code_root() / "config.yaml").read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^(\s+procs:)\s*\d+", rf"\g<1> {procs}", src, count=1)
    if n != 1:
        raise RuntimeError("config.yaml has no `procs:` line to set")
    path = folder / "answers-config.yaml"
    path.write_text(text, encoding="utf-8")
    # Relative paths in the config resolve against its folder: bring the dictionaries along.
    import yaml

    for name in (yaml.safe_load(src).get("dictionary") or {}).get("files") or []:
        original, copy = _code_root() / name, folder / name
        if original.is_file() and not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(original.read_bytes())
    return path


def canonical(data: dict, corpus: Path) -> dict:
    """The parts of one `search --json` answer that must not change, machine paths removed."""
    root = str(corpus.resolve())

    def rel(path: str) -> str:
        return Path(path).resolve().relative_to(root).as_posix()

    def local(value):
        return value.replace(root, "<corpus>") if isinstance(value, str) else value

    hits = data["hits"]
    return {
        "total": data["total"],
        "hits": [[rel(h["path"]), h["paragraph"]] for h in hits],
        "highlights": [h["highlights"] for h in hits],
        "snippets": [h["snippet"] for h in hits],
        "citations": [local(h["citation"]) for h in hits],
        "fields": [
            {k: local(h[k]) for k in ("title", "source", "date", "heading", "text", "regions")}
            | {"cite_paragraph": h["cite_paragraph"], "page": h["page"]}
            for h in hits
        ],
        # The facets the old code had; facets added later are new behaviour, not a change.
        "facets": {k: data["facets"][k] for k in ("region", "source", "year")}
        | {"histogram": data.get("histogram")},
        "notice": local(data["notice"]),
    }


def digest(ask: Ask, answer: dict) -> dict:
    """The golden record of one answer: totals in clear, everything else as digests."""
    return {
        "cls": ask.cls,
        "query": _sha([ask.text, list(ask.flags)])[:16],
        "total": answer["total"],
        "hits": len(answer["hits"]),
        "parts": {p: _sha(answer[p]) for p in PARTS},
    }


def asks(corpus_name: str, corpus: Path, cache: Path) -> list[Ask]:
    """The bench's query set for this corpus, plus filter flags on the bundled one."""
    from bench.corpora import Corpus
    from bench.paragraphs import prepare
    from bench.queries import select

    kind = corpus_name if corpus_name in ("bundled", "real") else "scaled"
    ps = prepare(Corpus(corpus_name, corpus, kind), cache=cache, log=lambda _msg: None)
    return [Ask(q.cls, q.text) for q in select(ps, corpus_name)]


def filter_asks(browse: dict) -> list[Ask]:
    """The CLI's --region/--source/--year flags, each with the most common value of the corpus."""
    out = []
    for flag, facet in (("--region", "region"), ("--source", "source"), ("--year", "year")):
        values = browse["facets"][facet]
        if values:
            top = max(values, key=lambda v: (values[v], v))
            out.append(Ask("filter", "", (flag, top)))
            out.append(Ask("filter", "发展", (flag, top)))
    return out


def answers(corpus_name: str, corpus: Path, work: Path) -> list[dict]:
    """Index `corpus` into `work` and return the digest record of every query."""
    index_dir = work / "ix"
    build_index(corpus, index_dir, PROCS[corpus_name])
    questions = asks(corpus_name, corpus, work / "cache")
    config = str(_code_root() / "config.yaml")
    base = ["--config", config, "search", "--index-dir", str(index_dir), "--json", "--limit", "0"]

    def ask(a: Ask) -> dict:
        return cli_json([*base, "--histogram", *a.flags, "--", a.text])

    if corpus_name == "bundled":
        questions += filter_asks(ask(Ask("browse", "")))
    return [digest(a, canonical(ask(a), corpus)) for a in questions]


def corpus_folder(name: str, work: Path) -> Path | None:
    """The folder of articles for `name`: the bundled corpus, or the real one written into `work`."""
    from bench.corpora import BUNDLED, real_dir, write_real

    if name == "bundled":
        return BUNDLED
    src = real_dir()
    if src is None:
        return None
    out = work / "articles"
    write_real(src, out)
    return out


def generate(names: tuple[str, ...] = ("bundled", "real")) -> dict:
    """Golden records for the named corpora, built in a temporary folder."""
    result = {"format": FORMAT, "corpora": {}}
    for name in names:
        with tempfile.TemporaryDirectory(prefix=f"answers-{name}-") as tmp:
            work = Path(tmp)
            corpus = corpus_folder(name, work)
            if corpus is None:
                raise FileNotFoundError("the real corpus (../shared/corpus-real) is not here")
            result["corpora"][name] = answers(name, corpus, work)
    return result


def differences(expected: list[dict], actual: list[dict]) -> list[str]:
    """Readable lines naming each query and part whose answer differs."""
    if [e["query"] for e in expected] != [a["query"] for a in actual]:
        return [
            f"the query set differs: {len(expected)} golden vs {len(actual)} now "
            "(bench/queries.py or the paragraphs it samples changed)"
        ]
    out = []
    for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
        changed = [p for p in PARTS if e["parts"][p] != a["parts"][p]]
        if e["total"] != a["total"]:
            changed.insert(0, f"total {e['total']} -> {a['total']}")
        if changed:
            out.append(f"query {i} ({e['cls']}, {e['query']}): {', '.join(changed)}")
    return out


def _commit() -> str:
    """The commit of the code under test (with `+changes` when its tree is dirty)."""
    import subprocess

    def git(*a: str) -> str:
        run = subprocess.run(["git", *a], cwd=_code_root(), capture_output=True, text=True)
        return run.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def main(argv: list[str] | None = None) -> int:
    """Write or check the golden file."""
    p = argparse.ArgumentParser(
        prog="python -m bench.answers", description=__doc__.split("\n\n")[0]
    )
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="regenerate the golden file")
    mode.add_argument("--check", action="store_true", help="compare with the golden file")
    p.add_argument("--out", type=Path, default=GOLDEN, help="golden file (default: %(default)s)")
    args = p.parse_args(argv)
    print(f"answers: code under test in {_code_root()}", file=sys.stderr)
    fresh = generate()
    if args.write:
        fresh = {"generated_from": _commit(), **fresh}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(fresh, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"answers: wrote {args.out}", file=sys.stderr)
        return 0
    golden = json.loads(args.out.read_text(encoding="utf-8"))
    bad = [
        f"{name}: {line}"
        for name, records in fresh["corpora"].items()
        for line in differences(golden["corpora"][name], records)
    ]
    print("\n".join(bad) or "answers: all answers match the golden file")
    return 1 if bad else 0


if __name__ == "__main__":
    # Run as a file (for older code on PYTHONPATH): bench/ itself must not shadow modules.
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        del sys.path[0]
    sys.exit(main())
