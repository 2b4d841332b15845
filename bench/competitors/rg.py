"""(c) ripgrep (or grep) as a literal scan over the folded UTF-8 text, one paragraph per line.

Given the folded text (its "build" is folding and writing that file), the scan
finds every literal match, so its recall is 1.0 except where a query means
more than its words (region filters). A query is what a shell user runs: one
`rg -c` for the total and one `rg -m 20` for the first screen; AND queries
pipe one rg into the next.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from bench.competitors.base import LIMIT, Answer, System, lines, snippet
from bench.queries import Query


def scanner() -> tuple[str, str]:
    """('rg', path) if ripgrep is installed (the venv's own first), else ('grep', path)."""
    # The pinned `ripgrep` wheel puts rg beside this interpreter, which may not be on PATH.
    here = os.path.dirname(sys.executable)
    rg = shutil.which("rg", path=os.pathsep.join([here, os.environ.get("PATH", "")]))
    if rg:
        return "rg", rg
    return "grep", shutil.which("grep") or "grep"


class RipgrepScan(System):
    """rg -F over folded.txt."""

    name = "rg"
    description = "ripgrep -F over the folded text (grep -F if rg is missing)"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.tool, self.exe = scanner()
        self.file = self.work / "folded.txt"
        self.base = [self.exe, "--no-config"] if self.tool == "rg" else [self.exe]

    def build(self) -> int:
        """Fold text.txt into folded.txt."""
        from index.build.folding import fold

        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        n = 0
        with open(self.file, "w", encoding="utf-8") as out:
            for text in lines(self.data / "text.txt"):
                out.write(fold(text) + "\n")
                n += 1
        return n

    def open(self) -> None:
        """Read the file once, as a user's second search would find it in the page cache."""
        from index.build.folding import fold

        self.fold = fold
        self.size = self.file.stat().st_size
        with open(self.file, "rb") as fh:
            self.count = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))

    def _run(self, terms: list[str], last: list[str], first: list[str] = ()) -> bytes:
        """Output of `rg t1 FILE | rg t2 | … | rg LAST tk` (one stage per term)."""
        terms = terms or [""]
        procs: list[subprocess.Popen] = []
        for i, term in enumerate(terms):
            args = [*self.base, "-F", "-e", term]
            if i == 0:
                args += list(first)
            if i == len(terms) - 1:
                args += last
            if i == 0:
                args.append(str(self.file))
            stdin = procs[-1].stdout if procs else subprocess.DEVNULL
            procs.append(subprocess.Popen(args, stdin=stdin, stdout=subprocess.PIPE))
            if i:
                procs[-2].stdout.close()  # so an early exit downstream stops upstream
        out = procs[-1].communicate()[0]
        for p in procs[:-1]:
            p.wait()
        return out

    def _terms(self, q: Query) -> list[str]:
        terms = [self.fold(t) for t in q.literal_terms]
        return sorted(terms, key=len, reverse=True)

    def answer(self, q: Query) -> Answer:
        """Count, then the first 20 lines with a snippet each."""
        terms = self._terms(q)
        out = self._run(terms, ["-c"])
        total = int(out.strip() or 0)
        shown = self._run(terms, ["-m", str(LIMIT)]).decode("utf-8").split("\n")[:-1]
        for line in shown:
            snippet(line, line, terms)
        return Answer(total, len(shown))

    def matches(self, q: Query) -> list[int]:
        """Line numbers of every match."""
        out = self._run(self._terms(q), [], first=["-n"])
        ids = [int(line[: line.index(b":")]) - 1 for line in out.split(b"\n") if line]
        return [i for i in ids if i < self.count]

    def add_article(self, paragraphs: list[str]) -> None:
        """Append the folded paragraphs."""
        with open(self.file, "a", encoding="utf-8") as out:
            out.writelines(self.fold(t) + "\n" for t in paragraphs)

    def delete_article(self) -> None:
        """Cut the file back to its size before the addition."""
        os.truncate(self.file, self.size)

    def child_rss_mb(self) -> float:
        """Peak RSS of one whole-file scan, from /usr/bin/time (rusage would count our own)."""
        time_cmd = shutil.which("time") or (
            "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
        )
        if not time_cmd:
            return 0.0
        cmd = [time_cmd, "-f", "%M", *self.base, "-c", "-e", "", str(self.file)]
        err = subprocess.run(cmd, capture_output=True, text=True).stderr.strip().splitlines()
        try:
            return int(err[-1]) / 1024
        except (IndexError, ValueError):
            return 0.0
