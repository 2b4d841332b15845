"""Start and steer the repository's local SolrCloud (cluster/start.sh) from Python.

Used by the cluster tests' session fixture, the ingest benchmark and `make cluster`
(`python -m index.backends.solr_local`). The Java launcher writes a state file and answers
`stop N` / `start N` commands on stdin; this class waits for its answers, never a fixed time.
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from index.backends.solr import SolrClient, SolrSettings

REPO = Path(__file__).resolve().parents[2]
START = REPO / "cluster" / "start.sh"
# Generous: the first start builds the launcher and downloads Solr from Maven Central.
START_TIMEOUT = 900.0


class ClusterStartError(RuntimeError):
    """The local cluster did not come up; the message points at its log."""


def make_tls_files(folder: Path, password: str) -> tuple[Path, Path, Path]:
    """A throwaway CA and a node certificate for 127.0.0.1 (openssl + keytool).

    Returns (node key store, trust store, CA certificate in PEM for clients).
    """
    folder.mkdir(parents=True, exist_ok=True)
    ext = folder / "node.ext"
    ext.write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth,clientAuth\n"
        "authorityKeyIdentifier=keyid\n",
        encoding="utf-8",
    )

    def run(*cmd: str) -> None:
        done = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
        if done.returncode:
            raise ClusterStartError(f"{cmd[0]} failed: {done.stderr.strip().splitlines()[-1:]}")

    run(
        "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
        "-out", "ca.pem", "-days", "7", "-subj", "/CN=search-app test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    run(
        "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "node.key",
        "-out", "node.csr", "-subj", "/CN=localhost",
    )  # fmt: skip
    run(
        "openssl", "x509", "-req", "-in", "node.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "node.pem", "-days", "7", "-extfile", "node.ext",
    )  # fmt: skip
    run(
        "openssl", "pkcs12", "-export", "-in", "node.pem", "-inkey", "node.key",
        "-certfile", "ca.pem", "-name", "solr", "-out", "node.p12", "-passout", f"pass:{password}",
    )  # fmt: skip
    run(
        "keytool", "-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem",
        "-keystore", "trust.p12", "-storetype", "PKCS12", "-storepass", password,
    )  # fmt: skip
    return folder / "node.p12", folder / "trust.p12", folder / "ca.pem"


class LocalSolrCluster:
    """A running `cluster/start.sh`: node URLs, credentials, and node stop/start."""

    def __init__(
        self,
        workdir: Path,
        nodes: int = 2,
        user: str | None = None,
        password: str | None = None,
        tls: bool = False,
    ) -> None:
        self.workdir = Path(workdir)
        self.tls = tls
        self.ca_file: Path | None = None
        self.nodes = nodes
        self.user = user
        self.password = password if password or not user else secrets.token_urlsafe(12)
        self.state_file = self.workdir / "state.json"
        self.log_file = self.workdir / "cluster.log"
        self.proc: subprocess.Popen | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.state: dict = {}
        self.start_seconds = 0.0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT) -> LocalSolrCluster:
        """Start the launcher and wait for its ready line and for every node to be live."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.state_file.unlink(missing_ok=True)
        # A throwaway cluster: old ZooKeeper and core data from a previous run would clash.
        shutil.rmtree(self.workdir / "solr", ignore_errors=True)
        cmd = [
            str(START),
            "--state",
            str(self.state_file),
            "--base-dir",
            str(self.workdir / "solr"),
            "--nodes",
            str(self.nodes),
        ]
        env = dict(os.environ)
        if self.user:
            cmd += ["--auth-user", self.user]
            env["SEARCH_APP_SOLR_PASSWORD"] = self.password or ""
        t0 = time.monotonic()
        if self.tls:
            store_password = secrets.token_urlsafe(12)
            keystore, truststore, self.ca_file = make_tls_files(
                self.workdir / "tls", store_password
            )
            cmd += ["--tls-keystore", str(keystore), "--tls-truststore", str(truststore)]
            env["SEARCH_APP_SOLR_TLS_PASSWORD"] = store_password
        log = self.log_file.open("ab")
        self.proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            text=True,
            encoding="utf-8",
        )
        log.close()
        threading.Thread(target=self._pump, daemon=True, name="solr-cluster-out").start()
        try:
            self._expect("cluster ready", timeout)
            self.state = json.loads(self.state_file.read_text(encoding="utf-8"))
            self.wait_live(self.nodes, timeout=120)
        except BaseException:
            self.close()  # never leave a half-started cluster behind
            raise
        self.start_seconds = time.monotonic() - t0
        return self

    def close(self, timeout: float = 120.0) -> None:
        """Close the launcher's stdin (it shuts the cluster down) and wait for it to exit."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout)
        except (subprocess.TimeoutExpired, OSError):
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def __enter__(self) -> LocalSolrCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # -- what clients need -------------------------------------------------------------------

    @property
    def urls(self) -> tuple[str, ...]:
        """Base URLs (`http://127.0.0.1:PORT/solr`) of every node, running or not."""
        return tuple(n["url"] for n in self.state.get("nodes", []))

    def settings(self, **overrides) -> SolrSettings:
        """Client settings for this cluster (the test user's credentials when auth is on)."""
        base = {
            "urls": self.urls,
            "user": self.user,
            "password": self.password,
            "ca_file": str(self.ca_file) if self.ca_file else None,
        }
        base.update(overrides)
        return SolrSettings(**base)

    def client(self, **overrides) -> SolrClient:
        """A client for this cluster."""
        return SolrClient(self.settings(**overrides))

    def env(self) -> dict[str, str]:
        """The SEARCH_APP_SOLR_* variables that point the app at this cluster."""
        out = {"SEARCH_APP_SOLR_URLS": ",".join(self.urls)}
        if self.ca_file:
            out["SEARCH_APP_SOLR_CA_FILE"] = str(self.ca_file)
        if self.user:
            out["SEARCH_APP_SOLR_USER"] = self.user
            out["SEARCH_APP_SOLR_PASSWORD"] = self.password or ""
        return out

    # -- faults ------------------------------------------------------------------------------

    def stop_node(self, index: int, timeout: float = 120.0) -> None:
        """Stop one node (its Jetty and cores) and wait until the cluster sees it gone."""
        self._command(f"stop {index}", f"stopped {index}", timeout)
        self.wait_live(self.nodes - self._stopped(), timeout)

    def start_node(self, index: int, timeout: float = 180.0) -> None:
        """Start a stopped node again on its old port and wait until it is live."""
        self._command(f"start {index}", f"started {index}", timeout)
        self.wait_live(self.nodes - self._stopped(), timeout)

    def wait_live(self, count: int, timeout: float = 120.0) -> None:
        """Wait until ZooKeeper lists exactly `count` live nodes."""
        client = self.client(timeout=10.0)
        deadline = time.monotonic() + timeout
        last = None
        while True:
            try:
                last = len(client.cluster_status()["live_nodes"])
                if last == count:
                    return
            except Exception as exc:  # a node mid-restart may refuse; keep polling
                last = exc
            if time.monotonic() > deadline:
                raise ClusterStartError(f"expected {count} live Solr nodes, last saw {last}")
            time.sleep(0.2)

    def wait_active(self, collection: str, timeout: float = 180.0) -> None:
        """Wait until every replica of `collection` is active (after a node came back)."""
        client = self.client(timeout=10.0)
        deadline = time.monotonic() + timeout
        while True:
            try:
                status = client.cluster_status(collection)
                coll = status["collections"][collection]
                live = set(status["live_nodes"])
                states = [
                    r["state"] == "active" and r["node_name"] in live
                    for s in coll["shards"].values()
                    for r in s["replicas"].values()
                ]
                if states and all(states):
                    return
            except Exception:  # polling through a restart
                pass
            if time.monotonic() > deadline:
                raise ClusterStartError(f"{collection}: replicas not all active in {timeout} s")
            time.sleep(0.2)

    # -- plumbing ----------------------------------------------------------------------------

    def _stopped(self) -> int:
        self.state = json.loads(self.state_file.read_text(encoding="utf-8"))
        return sum(1 for n in self.state["nodes"] if not n["running"])

    def _pump(self) -> None:
        """Copy the launcher's stdout to the log and to the queue `_expect` reads."""
        proc = self.proc
        assert proc is not None and proc.stdout is not None
        with self.log_file.open("a", encoding="utf-8") as log:
            for line in proc.stdout:
                log.write(line)
                log.flush()
                self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _command(self, line: str, answer: str, timeout: float) -> None:
        if self.proc is None or self.proc.stdin is None:
            raise ClusterStartError("the cluster is not running")
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        self._expect(answer, timeout)

    def _expect(self, prefix: str, timeout: float) -> str:
        """Wait for a stdout line starting with `prefix`; an `error:` line or exit fails."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ClusterStartError(
                    f"no '{prefix}' from the cluster in {timeout:.0f} s; see {self.log_file}"
                )
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                code = self.proc.wait() if self.proc else None
                raise ClusterStartError(
                    f"the cluster launcher exited (status {code}); see {self.log_file}"
                )
            if line.startswith(prefix):
                return line
            if line.startswith("error:"):
                raise ClusterStartError(f"cluster: {line}; see {self.log_file}")


def main(argv: list[str] | None = None) -> int:
    """`make cluster`: start a local cluster, print how to point the app at it, run until Ctrl+C."""
    import argparse

    ap = argparse.ArgumentParser(description="Run a local SolrCloud for search-app.")
    ap.add_argument("--nodes", type=int, default=2)
    ap.add_argument(
        "--dir", default=str(REPO / "cluster" / "run"), help="state, logs and Solr data"
    )
    ap.add_argument("--auth-user", help="turn BasicAuth on with this user (random password)")
    ap.add_argument("--tls", action="store_true", help="HTTPS with a throwaway CA")
    args = ap.parse_args(argv)
    cluster = LocalSolrCluster(Path(args.dir), args.nodes, user=args.auth_user, tls=args.tls)
    try:
        cluster.start()
        print(f"SolrCloud with {args.nodes} nodes ready in {cluster.start_seconds:.1f} s")
        for k, v in cluster.env().items():
            print(f"export {k}={v}")
        print("Ctrl+C stops it.", flush=True)
        assert cluster.proc is not None
        cluster.proc.wait()
    except KeyboardInterrupt:
        pass
    except ClusterStartError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
