"""The `search-app` command line.

Exit status: 0 success (also for a search with no hits), 2 bad usage, config
or index problem, 130 interrupted, 1 an unexpected internal error. Errors are
one line on stderr; set SEARCH_APP_DEBUG=1 to see a traceback.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import signal
import sys
from pathlib import Path

from index.engine.facets import FACETS, MATCH_RANGE

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SAMPLE_QUERY = "驻村第一书记"


class UsageError(Exception):
    """Bad arguments the parser could not catch."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    p = argparse.ArgumentParser(
        prog="search-app", description="Full-text search for Chinese news archives."
    )
    p.add_argument(
        "--config",
        metavar="PATH",
        help="config file (default: ./config.yaml, else the bundled one)",
    )
    p.add_argument("--version", action=_VersionAction)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ix = sub.add_parser(
        "index", help="build or update the index (only changed files are processed)"
    )
    ix.add_argument(
        "--corpus",
        action="append",
        metavar="DIR",
        help="corpus folder for a new index (may repeat); an existing index keeps the corpus "
        "it records unless --rebuild replaces it",
    )
    ix.add_argument(
        "--add-corpus",
        action="append",
        metavar="DIR",
        help="add a corpus folder to the index's recorded ones (may repeat)",
    )
    ix.add_argument("--index-dir", metavar="DIR", help="index folder (default from config.yaml)")
    ix.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    ix.add_argument(
        "--prune",
        action="store_true",
        help="drop the articles of corpus folders that are missing, empty or unreadable",
    )
    ix.add_argument(
        "--verify",
        action="store_true",
        help="check every index file against its checksum; changes nothing",
    )

    se = sub.add_parser(
        "search",
        help="search the index",
        description="Search the index. Several words are one query (all of them must match); "
        "no query at all browses everything, newest first.",
    )
    se.add_argument(
        "query",
        metavar="QUERY",
        nargs="*",
        help='query, e.g. 驻村第一书记, "第一书记" -形式主义, region:湖北 干部 (none: browse)',
    )
    se.add_argument("--index-dir", metavar="DIR", help="index folder (default from config.yaml)")
    for spec in FACETS:  # one flag per facet: --region, --source, --year, …
        se.add_argument(f"--{spec.name}", metavar=spec.metavar, help=spec.help)
    se.add_argument(
        "--limit",
        metavar="N",
        type=int,
        default=None,
        help="hits to list (0 = all); total is always counted",
    )
    se.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    se.add_argument(
        "--histogram",
        action="store_true",
        help="hits per month (per year over 3 years) as text bars; with --json a `histogram` key",
    )

    tui = sub.add_parser("tui", help="open the terminal app (the default)")
    tui.add_argument("--index-dir", metavar="DIR", help="index folder (default from config.yaml)")
    tui.add_argument("--corpus", action="append", metavar="DIR", help="corpus folder; may repeat")

    _add_inspect_parser(sub)

    comp = sub.add_parser(
        "completion",
        help="print a shell completion script",
        description="Print a completion script: "
        '`eval "$(search-app completion bash)"` in ~/.bashrc, or zsh in ~/.zshrc.',
    )
    comp.add_argument("shell", choices=("bash", "zsh"), help="the shell to complete for")

    bench = sub.add_parser("bench", help="run the benchmarks (see BENCHMARKS.md)")
    bench.add_argument(
        "bench_args", nargs=argparse.REMAINDER, help="arguments for `python -m bench`"
    )
    return p


class _VersionAction(argparse.Action):
    """`--version`, looked up only when asked (importlib.metadata costs 50 ms of every start)."""

    def __init__(
        self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None
    ):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)
        self.help = help or "show program's version number and exit"

    def __call__(self, parser, namespace, values, option_string=None):
        sys.stdout.write(f"search-app {version()}\n")
        parser.exit()


def version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("search-app")
    except PackageNotFoundError:
        return "unknown (not installed)"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line; `search -形式主义` words are query words, not options."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and getattr(args, "command", None) == "search":
        # An exclusion such as -形式主义 looks like an option to argparse.
        words = [w for w in extra if w.startswith("-") and not w.lstrip("-")[:1].isascii()]
        if len(words) == len(extra):
            args.query = [*args.query, *words]
            extra = []
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point: run a subcommand and turn every failure into a one-line message."""
    args = parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("search-app: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `search-app search … | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        return _report(exc)


def entry() -> None:
    """Console-script entry: run `main`, then exit; a Ctrl+C this late changes nothing."""
    code = main()
    # The work is finished and reported; an interrupt during interpreter
    # shutdown (atexit hooks) would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)


def _report(exc: Exception) -> int:
    """Print one line for an exception and pick the exit status."""
    from index.config import ConfigError
    from index.engine.errors import IndexProblem

    if os.environ.get("SEARCH_APP_DEBUG"):
        import traceback

        traceback.print_exc()
    if isinstance(exc, ConfigError | IndexProblem | UsageError):
        print(f"search-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    advice = _os_error_advice(exc)
    if advice:
        print(f"search-app: {advice}", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"search-app: internal error: {type(exc).__name__}: {exc} (set SEARCH_APP_DEBUG=1 for details)",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


_OS_ADVICE = {
    errno.ENOSPC: "the disk is full ({where}); free some space and run the command again "
    "(what was committed is kept; temporary files are removed on the next run)",
    errno.EDQUOT: "the disk quota is exceeded ({where}); free some space and run the command again",
    errno.EROFS: "{where} is on a read-only file system; remount it read-write or pass another --index-dir",
    errno.EACCES: "permission denied: {where}; fix its permissions or pass another --index-dir",
    errno.EPERM: "operation not permitted: {where}; fix its permissions or pass another --index-dir",
}


def _os_error_advice(exc: BaseException) -> str | None:
    """A what-to-do line for disk-full, read-only and permission errors (else None)."""
    seen = set()
    while exc is not None and id(exc) not in seen:  # Whoosh may wrap the OSError
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _OS_ADVICE:
            where = exc.filename or "the index folder"
            return _OS_ADVICE[exc.errno].format(where=where)
        exc = exc.__cause__ or exc.__context__
    return None


def _paths(values: list[str] | None) -> list[Path]:
    """Command-line folders, absolute; a missing one is a usage error."""
    paths = [Path(c).expanduser().resolve() for c in values or []]
    missing = [str(c) for c in paths if not c.exists()]
    if missing:
        raise UsageError(f"corpus folder not found: {', '.join(missing)}")
    return paths


def _check_argv_text(args: argparse.Namespace) -> None:
    """Arguments that are not valid text in the locale (a stray \\xff byte) are a usage error."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\udc80" <= c <= "\udcff" for c in item):
                byte = next(ord(c) - 0xDC00 for c in item if "\udc80" <= c <= "\udcff")
                option = name if name in ("query", "bench_args") else "--" + name.replace("_", "-")
                raise UsageError(
                    f"{option}: byte 0x{byte:02x} is not valid UTF-8 text "
                    "(check the terminal's or the script's encoding)"
                )


def _dispatch(args: argparse.Namespace) -> int:
    from index.config import load_config

    _check_argv_text(args)
    # `search` cleans no text: its rules are compiled (and checked) by the commands that do.
    cfg = load_config(args.config, check_rules=args.command != "search")
    if getattr(args, "index_dir", None):
        cfg.index.dir = Path(args.index_dir).expanduser().resolve()
    if args.command == "index":
        return cmd_index(cfg, args)
    if args.command == "search":
        return cmd_search(cfg, args)
    if args.command == "inspect":
        return cmd_inspect(cfg, args)
    if args.command == "completion":
        sys.stdout.write(completion_script(build_parser(), args.shell))
        return EXIT_OK
    if args.command == "bench":
        # A separate program: the app does not import the bench (which imports the app).
        import subprocess

        return subprocess.run([sys.executable, "-m", "bench", *args.bench_args]).returncode
    return cmd_tui(cfg, getattr(args, "corpus", None))


def _stderr_console():
    """stderr console: progress bars on a terminal; unwrapped plain lines when redirected."""
    if not _is_terminal(sys.stderr):
        return _PlainConsole(sys.stderr)
    from rich.console import Console

    console = Console(stderr=True, highlight=False)
    if not console.is_terminal:
        console = Console(stderr=True, highlight=False, soft_wrap=True, no_color=True)
    return console


def _is_terminal(stream) -> bool:
    """Whether rich would style `stream`: a terminal, or colour forced (FORCE_COLOR)."""
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _PlainConsole:
    """What the CLI prints to a stream that is no terminal, as plain lines without rich
    (its import and set-up are ~0.03 s of a one-article `index`)."""

    is_terminal = False

    def __init__(self, stream) -> None:
        self._stream = stream

    def print(self, text: object = "", markup: bool = True) -> None:
        """One line; nothing is styled, so `markup` changes nothing."""
        print(text, file=self._stream)


def eta_text(phase: str, seconds: float | None) -> str:
    """A steady time-left label: the whole run's pace, rounded so it does not flicker."""
    if phase != "indexing" or seconds is None:
        return ""
    step = 5 if seconds < 120 else 30 if seconds < 1800 else 300
    left = int(-(-seconds // step) * step)  # round up: never promise less than the pace says
    hours, rest = divmod(left, 3600)
    return f"~{hours}:{rest // 60:02d}:{rest % 60:02d} left"


def run_indexer(cfg, rebuild: bool = False, quiet: bool = False, **options):
    """Run the indexer with a progress bar on a TTY; returns the summary.

    `options` go to `Engine.index` (add_roots, prune).
    """
    from index.engine import open_engine

    engine = open_engine(cfg)
    err = _stderr_console()

    def takeover(message: str) -> None:
        err.print(message)

    on_wait = (
        None
        if quiet
        else (
            lambda pid: err.print(
                f"waiting for another indexer{f' (pid {pid})' if pid else ''} to finish…"
            )
        )
    )
    if quiet or not err.is_terminal:
        return engine.index(rebuild=rebuild, on_wait=on_wait, on_takeover=takeover, **options)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    # The spinner and elapsed clock keep moving through long commits; the ETA is
    # the whole run's pace (rich's windowed estimate jumped 0:00:06 -> 0:00:47).
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[paras]} paragraphs"),
        TimeElapsedColumn(),
        TextColumn("{task.fields[eta]}"),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("indexing", total=None, paras=0, eta="")

        def progress(p):
            bar.update(
                task,
                description=p.phase,
                total=p.files_total or None,
                completed=p.files_done,
                paras=p.paragraphs,
                eta=eta_text(p.phase, p.eta),
            )

        return engine.index(
            rebuild=rebuild, progress=progress, on_wait=on_wait, on_takeover=takeover, **options
        )


def cmd_index(cfg, args: argparse.Namespace) -> int:
    """`search-app index`: build or update, then print the summary."""
    from index.build import regex_cache

    patterns = regex_cache.folder()
    if patterns is not None:  # before the ingest modules compile theirs
        regex_cache.load(patterns)
    from index.build.indexer import resolve_corpus

    if args.verify:
        return cmd_verify(cfg)
    if args.corpus and args.add_corpus:
        raise UsageError("use either --corpus or --add-corpus, not both")
    notes = resolve_corpus(
        cfg,
        _paths(args.corpus) or None,
        _paths(args.add_corpus) or None,
        args.rebuild,
        explain_config=args.index_dir is None,  # config.yaml's corpus is about its own index
    )
    err = _stderr_console()
    for note in notes:
        err.print(f"note: {note}", markup=False)
    if not any(p.exists() for p in cfg.corpus.paths):
        listed = ", ".join(map(str, cfg.corpus.paths)) or "none configured"
        raise UsageError(
            f"{cfg.where('corpus.paths')}: no corpus folder found ({listed}); fix it or pass --corpus"
        )
    from index.ingest.reading import root_warnings

    for warning in root_warnings(cfg.corpus.paths):  # now, not only in the summary at the end
        print(f"search-app: warning: {warning}", file=sys.stderr)
    summary = run_indexer(cfg, args.rebuild, add_roots=bool(args.add_corpus), prune=args.prune)
    if _is_terminal(sys.stdout):
        from search_app.render import render_summary

        render_summary(summary, _stdout_console())
    else:
        from search_app.wording import summary_lines

        for text, _style in summary_lines(summary):
            print(text)
    if patterns is not None:
        regex_cache.save(patterns)  # the patterns this run compiled, for the next one
    return EXIT_INTERRUPTED if summary.interrupted else EXIT_OK


def cmd_verify(cfg) -> int:
    """`search-app index --verify`: hash every index file (accelerator files too) against CHECKSUMS.json."""
    from index.build.store import CHECKSUMS, IndexCorrupt, IndexStore, verify_build

    store = IndexStore(cfg.index.dir)
    build = store.current_build()
    if build is None:
        store.open_current()  # raises the fitting "no index" message
    checked: list[str] = []
    damage = verify_build(build, full=True, on_file=checked.append)
    if damage:
        raise IndexCorrupt(
            f"{build}: the index is damaged ({damage}); "
            f"run `search-app index --index-dir {store.root} --rebuild`"
        )
    ix = store.open_current()[0]  # foreign format, unreadable build.json
    try:
        bad = accel_problems(build, ix, checked.append)
    finally:
        ix.close()
    if bad:
        raise IndexCorrupt(
            f"{build}: {len(bad)} accelerator file(s) are missing or damaged ({bad[0]}); "
            "searches build them in memory meanwhile; "
            f"run `search-app index --index-dir {store.root}` to rewrite them"
        )
    if not (build / CHECKSUMS).exists():
        print(
            f"{build}: no checksums recorded yet (an older index); the next `search-app index` "
            "records them"
        )
        return EXIT_OK
    print(f"{build}: {len(checked)} file(s) match their checksums")
    return EXIT_OK


def accel_problems(build, ix, on_file) -> list[str]:
    """What is wrong with the accelerator and tables files of an open index's segments
    (hashing each)."""
    from index.build.accel import accel_name
    from index.build.store import accel_damage
    from index.build.tables import tables_name
    from index.build.whoosh_internals import segments_of

    damaged = accel_damage(build, full=True, on_file=on_file)
    out = list(damaged.values())
    for seg in segments_of(ix):
        for name in (accel_name(seg.segment_id()), tables_name(seg.segment_id())):
            if name not in damaged and not (build / name).exists():
                out.append(f"{name} is missing")
    return out


def open_engine(cfg, announce: bool = True):
    """A search engine on the configured index; never builds or changes it.

    A missing, foreign-format or damaged index raises an `IndexProblem` whose
    message names the command that fixes it.
    """
    from index.engine import open_engine as open_backend

    engine = open_backend(cfg)
    engine.generation()
    return engine


def query_text(words: list[str] | str) -> str:
    """The query from its command-line words: several unquoted words are joined with spaces."""
    if isinstance(words, str):
        return words
    if len(words) > 1:
        joined = " ".join(words)
        print(
            f"search-app: note: searching for {joined!r} (all the words); "
            "quote a query to pass it as one argument",
            file=sys.stderr,
        )
        return joined
    return words[0] if words else ""


def cmd_search(cfg, args: argparse.Namespace) -> int:
    """`search-app search`: one query, as JSON or readable text."""
    args.query = query_text(args.query)
    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    filters = {spec.name: getattr(args, spec.name, None) for spec in FACETS}
    for spec in FACETS:
        value = filters[spec.name]
        if (
            spec.match == MATCH_RANGE
            and value
            and not re.fullmatch(r"\d{4}(\.\.\d{4})?", value.strip())
        ):
            raise UsageError(f"--{spec.name} must look like 2024 or 2020..2022, not {value!r}")
    engine = open_engine(cfg, announce=True)
    # No engine.warm_up(): a query reads only the dictionary shards its characters
    # need, and the region table only for a region filter (cold start ≤ 0.5 s).
    result = engine.search(args.query, limit=args.limit, **filters)
    histogram = getattr(args, "histogram", False)
    if args.json:
        data = _result_json(result)
        if histogram:
            from search_app.timeline import buckets

            data["histogram"] = {b.label: b.count for b in buckets(result.facets.month)}
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        if result.notice:
            print(f"search-app: note: {result.notice}", file=sys.stderr)
        if result.ranking_approximate:
            from search_app.wording import APPROXIMATE_NOTE

            print(f"search-app: note: {APPROXIMATE_NOTE}", file=sys.stderr)
        return EXIT_OK
    from search_app.render import render_result

    console = _stdout_console()
    render_result(result, console)
    if histogram:
        from search_app.render import render_histogram

        render_histogram(result, console)
    return EXIT_OK


def _stdout_console():
    """stdout console: colours only on a terminal; piped output is not wrapped."""
    from rich.console import Console

    class PipeConsole(Console):
        """A console that lets a closed pipe end the program quietly (rich exits 1)."""

        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    console = PipeConsole(highlight=False)
    if not console.is_terminal:
        console = PipeConsole(highlight=False, soft_wrap=True, no_color=True)
    return console


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """A bash completion function built from the parser (zsh loads it through bashcompinit)."""
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    top = [o for a in parser._actions for o in a.option_strings]
    cases = []
    for name, sp in subs.choices.items():
        opts = [o for a in sp._actions for o in a.option_strings]
        choices = [c for a in sp._actions if not a.option_strings and a.choices for c in a.choices]
        cases.append(f'        {name}) opts="{" ".join(opts + choices)}" ;;')
    body = "\n".join(cases)
    script = f"""# search-app {shell} completion: eval "$(search-app completion {shell})"
_search_app() {{
    local cur prev cmd="" w opts
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    for w in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
        case "$w" in {"|".join(subs.choices)}) cmd="$w"; break ;; esac
    done
    case "$prev" in
        --config) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --corpus|--index-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    esac
    case "$cmd" in
        "") opts="{" ".join(top + list(subs.choices))}" ;;
{body}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}}
complete -o default -F _search_app search-app
"""
    if shell == "zsh":
        script = "autoload -U +X bashcompinit && bashcompinit\n" + script
    return script


def _result_json(result):
    from search_app.jsonout import result_json

    return result_json(result)


def cmd_tui(cfg, corpus: list[str] | None = None) -> int:
    """Open the terminal app; until it exists, show a sample search."""
    from index.build.indexer import resolve_corpus

    for note in resolve_corpus(cfg, _paths(corpus) or None):
        _stderr_console().print(f"note: {note}", markup=False)
    try:
        from search_app.tui.app import run_app
    except ImportError:
        ns = argparse.Namespace(
            query=SAMPLE_QUERY,
            **dict.fromkeys((spec.name for spec in FACETS), None),
            limit=5,
            json=False,
            histogram=False,
        )
        return cmd_search(cfg, ns)
    return run_app(cfg)


def _add_inspect_parser(sub) -> None:
    """`search-app inspect FILE [--json]`."""
    ins = sub.add_parser(
        "inspect",
        help="show what one file's title, source, date… were taken from and which lines were dropped",
    )
    ins.add_argument("file", metavar="FILE", help="a corpus file (.txt, .md, .html…)")
    ins.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def cmd_inspect(cfg, args: argparse.Namespace) -> int:
    """`search-app inspect`: read one file as indexing would; never opens an index."""
    from index.ingest.inspection import inspect_file

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"not a file: {args.file}")
    report = inspect_file(path, cfg)
    if args.json:
        sys.stdout.write(json.dumps(report.as_json(), ensure_ascii=False) + "\n")
    else:
        _print_inspection(report, _stdout_console())
    return EXIT_OK


def _print_inspection(report, console) -> None:
    """Readable inspect output; corpus text goes through `Text`, never markup."""
    from rich.text import Text

    from search_app.textsafe import clean

    def out(*parts: tuple[str, str]) -> None:
        line = Text()
        for text, style in parts:
            line.append(clean(text), style=style)
        console.print(line)

    out((report.path, "bold"))
    if report.encoding:
        out(
            (f"encoding {report.encoding}; ", ""),
            (f"{report.folder_files} file(s) of its folder read for recurring lines", "dim"),
        )
    for note in report.notes:
        out(("note: ", "yellow"), (note, ""))
    if report.skipped:
        out(("not indexed: ", "red"), (report.skipped, ""))
    if report.fields:
        out(("", ""))
        out(("metadata", "bold"))
    width = max((len(f.name) for f in report.fields), default=0)
    for f in report.fields:
        value = f.value if f.value is not None else "—"
        where = f"line {f.line}" if f.line else ""
        source = f" ({f.how}{', ' + where if where else ''})" if f.how else ""
        out(
            (f"  {f.name:<{width}}  ", "cyan"),
            (value, "bold" if f.value else "dim"),
            (source, "dim"),
        )
        if f.line and f.text:
            origin = f"  [{f.origin}]" if f.origin else ""
            out((f"  {'':<{width}}    {f.line:>4} │ ", "dim"), (f.text, ""), (origin, "dim"))
    if report.dropped:
        out(("", ""))
        out((f"dropped lines ({len(report.dropped)})", "bold"))
        for d in report.dropped:
            origin = f" [{d.origin}]" if d.origin else ""
            out(
                (f"  {d.line:>4} │ ", "dim"),
                (d.text, ""),
                (f"  ← {d.role}: {d.reason}{origin}", "yellow"),
            )
    if report.spam:
        out(("", ""))
        out(("spam cut out", "bold"))
        for n, text in report.spam:
            out((f"  {n:>4} │ ", "dim"), (text, "red"))
    if not report.skipped:
        out(("", ""))
        out((f"{report.paragraphs} paragraph(s) would be indexed", ""))
