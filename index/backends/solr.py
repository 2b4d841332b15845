"""A small SolrCloud client over the standard library: collections, aliases, updates, queries.

Every failure becomes a `SolrError` with a one-line message naming the server; the CLI maps
its `exit_code` (2) to the process exit status. Credentials and TLS settings come from the
environment or a credentials file (`SolrSettings.from_env`), never from the index.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.engine.errors import IndexProblem

ENV_URLS = "SEARCH_APP_SOLR_URLS"
ENV_USER = "SEARCH_APP_SOLR_USER"
ENV_PASSWORD = "SEARCH_APP_SOLR_PASSWORD"
ENV_CREDENTIALS_FILE = "SEARCH_APP_SOLR_CREDENTIALS_FILE"
ENV_CA_FILE = "SEARCH_APP_SOLR_CA_FILE"


class SolrError(IndexProblem):
    """A Solr request failed; the message is one line and names the server.

    An `IndexProblem`, so the CLI prints it as one line (exit 2) and the TUI shows its state.
    """

    exit_code = 2


class SolrUnreachable(SolrError):
    """No configured Solr node answered (refused, timed out, unknown host)."""


class SolrAuthError(SolrError):
    """Solr refused the credentials (HTTP 401) or the user's permissions (HTTP 403)."""


class SolrTLSError(SolrError):
    """The TLS handshake failed, usually an untrusted certificate."""


class SolrRequestError(SolrError):
    """Solr answered with an error (bad request, missing collection, server error)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class SolrSettings:
    """Where the cluster is and how to authenticate; the password is never written anywhere."""

    urls: tuple[str, ...]
    user: str | None = None
    password: str | None = None
    ca_file: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, urls: Sequence[str] = ()
    ) -> SolrSettings:
        """Settings from SEARCH_APP_SOLR_* variables; `urls` given here win over the variable."""
        env = os.environ if environ is None else environ
        found = [u.strip() for u in (urls or env.get(ENV_URLS, "").split(",")) if u.strip()]
        if not found:
            raise SolrError(f"no Solr URL given: set {ENV_URLS} (comma-separated node URLs)")
        user, password = env.get(ENV_USER) or None, env.get(ENV_PASSWORD) or None
        cred_file = env.get(ENV_CREDENTIALS_FILE)
        if cred_file:
            user, password = read_credentials_file(Path(cred_file))
        if user and password is None:
            raise SolrError(f"{ENV_USER} is set but no password: set {ENV_PASSWORD}")
        return cls(tuple(u.rstrip("/") for u in found), user, password, env.get(ENV_CA_FILE))


def settings_from_config(solr_cfg, environ: Mapping[str, str] | None = None) -> SolrSettings:
    """Settings from the config's `solr:` section, the environment filling what it leaves out.

    Environment variables win for URLs, credentials and the CA file, so a shared config
    file can be pointed at another cluster or user without editing it.
    """
    env = dict(os.environ if environ is None else environ)
    if not env.get(ENV_URLS) and solr_cfg.urls:
        env[ENV_URLS] = ",".join(solr_cfg.urls)
    if not env.get(ENV_URLS):
        raise SolrError(
            f"no Solr URL given: set `solr.urls` in the config or {ENV_URLS} (comma-separated)"
        )
    if solr_cfg.credentials_file and not (env.get(ENV_USER) or env.get(ENV_CREDENTIALS_FILE)):
        env[ENV_CREDENTIALS_FILE] = solr_cfg.credentials_file
    if solr_cfg.ca_file and not env.get(ENV_CA_FILE):
        env[ENV_CA_FILE] = solr_cfg.ca_file
    base = SolrSettings.from_env(env)
    return SolrSettings(base.urls, base.user, base.password, base.ca_file, solr_cfg.timeout)


def read_credentials_file(path: Path) -> tuple[str, str]:
    """`user:password` from the first non-empty line of a credentials file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SolrError(f"{path}: cannot read Solr credentials: {exc.strerror or exc}") from None
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            user, sep, password = line.strip().partition(":")
            if not sep or not user or not password:
                raise SolrError(f"{path}:{n}: expected 'user:password'")
            return user, password
    raise SolrError(f"{path}: empty credentials file, expected 'user:password'")


class SolrClient:
    """Talks to any node of a SolrCloud cluster, moving on to the next node when one is down."""

    def __init__(self, settings: SolrSettings) -> None:
        self.settings = settings
        self._preferred = 0
        self._lock = threading.Lock()
        try:
            self._ssl = ssl.create_default_context(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            why = getattr(exc, "strerror", None) or exc
            raise SolrError(f"{settings.ca_file}: cannot read the CA certificate: {why}") from None
        headers = {"Accept": "application/json"}
        if settings.user:
            token = f"{settings.user}:{settings.password}".encode()
            # Sent up front: with blockUnknown Solr answers 401 without a usable challenge.
            headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        self._headers = headers

    # -- transport -------------------------------------------------------------------------

    def request(
        self,
        path: str,
        params: Mapping[str, object] | Sequence[tuple[str, object]] | None = None,
        body: object = None,
        form: bool = False,
        read_only: bool = False,
    ) -> dict:
        """Send one request to the first node that answers; JSON body in, parsed JSON out.

        `form=True` sends `params` as a POST form (long queries), `body` is sent as JSON.
        A `read_only` request is also tried on the next node after an HTTP 5xx (a node
        shutting down can answer 500 before it stops listening).
        """
        items = list(params.items() if isinstance(params, Mapping) else (params or ()))
        items.append(("wt", "json"))
        pairs = [
            (k, _param(x))
            for k, v in items
            for x in (v if isinstance(v, list | tuple) else [v])  # repeated parameters
        ]
        query = urllib.parse.urlencode(pairs)
        data, ctype = None, None
        if body is not None:
            data, ctype = json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json"
        elif form:
            data, ctype = query.encode("utf-8"), "application/x-www-form-urlencoded"
        urls = self.settings.urls
        with self._lock:
            first = self._preferred
        failures: list[str] = []
        for k in range(len(urls)):
            i = (first + k) % len(urls)
            base = urls[i]
            url = f"{base}{path}" + ("" if form and body is None else f"?{query}")
            req = urllib.request.Request(url, data=data, headers=dict(self._headers))
            if ctype:
                req.add_header("Content-Type", ctype)
            try:
                with urllib.request.urlopen(
                    req, timeout=self.settings.timeout, context=self._ssl
                ) as resp:
                    payload = resp.read()
            except urllib.error.HTTPError as exc:
                err = self._http_error(base, exc)
                retry = exc.code == 503 or (read_only and exc.code >= 500)
                if retry and k + 1 < len(urls):
                    failures.append(f"{base}: {err}")  # a node still starting or stopping
                    continue
                raise err from None
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, ssl.SSLError):
                    why = getattr(reason, "verify_message", None) or reason.reason or reason
                    raise SolrTLSError(
                        f"TLS with Solr at {base} failed: {why}"
                        f" (set {ENV_CA_FILE} to the cluster's CA certificate)"
                    ) from None
                failures.append(f"{base}: {_reason(reason)}")
                continue
            with self._lock:
                self._preferred = i
            return _parse(base, payload)
        raise SolrUnreachable("cannot reach Solr: " + "; ".join(failures))

    def _http_error(self, base: str, exc: urllib.error.HTTPError) -> SolrError:
        """The one-line error for an HTTP error status."""
        if exc.code == 401:
            who = f"user {self.settings.user!r}" if self.settings.user else "no user"
            hint = "" if self.settings.user else f"; set {ENV_USER} and {ENV_PASSWORD}"
            return SolrAuthError(f"Solr at {base} rejected the credentials ({who}, HTTP 401){hint}")
        if exc.code == 403:
            return SolrAuthError(
                f"Solr at {base}: user {self.settings.user!r} is not allowed to do this (HTTP 403)"
            )
        try:
            msg = json.loads(exc.read().decode("utf-8", "replace"))["error"]["msg"]
        except (ValueError, KeyError, TypeError, OSError):
            msg = exc.reason
        first = str(msg).strip().splitlines()[0] if str(msg).strip() else str(exc.reason)
        return SolrRequestError(f"Solr at {base}: HTTP {exc.code}: {first}", exc.code)

    # -- cluster administration -----------------------------------------------------------

    def collections_api(self, action: str, **params: object) -> dict:
        """Call the Collections API (`/admin/collections?action=...`)."""
        return self.request(
            "/admin/collections", {"action": action, **{k: v for k, v in params.items() if v}}
        )

    def create_collection(
        self,
        name: str,
        shards: int = 2,
        replicas: int = 2,
        configset: str = "searchapp",
        router_field: str | None = None,
    ) -> None:
        """Create a collection with the compositeId router and wait until every replica is active.

        Ids of the form `article!paragraph` keep an article on one shard; `router_field`
        routes by another field's value instead.
        """
        self.collections_api(
            "CREATE",
            name=name,
            numShards=shards,
            replicationFactor=replicas,
            **{"collection.configName": configset, "router.name": "compositeId"},
            **({"router.field": router_field} if router_field else {}),
            waitForFinalState="true",
        )

    def delete_collection(self, name: str) -> None:
        """Delete a collection (its aliases must have been moved first)."""
        self.collections_api("DELETE", name=name)

    def collections(self) -> list[str]:
        """Names of all collections."""
        return list(self.collections_api("LIST").get("collections", []))

    def set_alias(self, alias: str, collection: str) -> None:
        """Point `alias` at `collection` (created or switched atomically)."""
        self.collections_api("CREATEALIAS", name=alias, collections=collection)

    def delete_alias(self, alias: str) -> None:
        """Remove an alias (the collection behind it stays)."""
        self.collections_api("DELETEALIAS", name=alias)

    def aliases(self) -> dict[str, str]:
        """alias → collection(s), comma-separated."""
        return dict(self.collections_api("LISTALIASES").get("aliases", {}))

    def cluster_status(self, collection: str | None = None) -> dict:
        """The CLUSTERSTATUS answer: live nodes, collections, shards and replica states."""
        return self.collections_api("CLUSTERSTATUS", collection=collection)["cluster"]

    # -- documents ----------------------------------------------------------------------------

    def add(self, collection: str, docs: Sequence[Mapping], commit: bool = False) -> int:
        """Send one batch of documents; returns the replication factor Solr achieved."""
        params = {"commit": "true"} if commit else {}
        answer = self.request(f"/{_quote(collection)}/update", params, body=[dict(d) for d in docs])
        return int(answer.get("responseHeader", {}).get("rf", 0))

    def delete_by_query(self, collection: str, query: str) -> None:
        """Delete every document matching `query`."""
        self.request(f"/{_quote(collection)}/update", body={"delete": {"query": query}})

    def commit(self, collection: str) -> None:
        """Make everything sent so far durable and searchable."""
        self.request(f"/{_quote(collection)}/update", {"commit": "true"}, body={"commit": {}})

    def select(
        self, collection: str, params: Mapping[str, object] | Sequence[tuple[str, object]]
    ) -> dict:
        """Run a /select query (sent as a POST form, so long queries fit)."""
        return self.request(f"/{_quote(collection)}/select", params, form=True, read_only=True)


def retry_transient(call: Callable[[], object], deadline: float, on_retry=None) -> object:
    """`call()`, again after transient failures (no node, HTTP 5xx during an election) until `deadline`."""
    delay = 0.25
    while True:
        try:
            return call()
        except (SolrUnreachable, SolrRequestError) as exc:
            transient = isinstance(exc, SolrUnreachable) or exc.status >= 500
            if not transient or time.monotonic() + delay > deadline:
                raise
            if on_retry is not None:
                on_retry()
            time.sleep(delay)  # back off while the cluster elects a new leader
            delay = min(delay * 2, 4.0)


def facet_counts(answer: dict, field: str) -> dict[str, int]:
    """`facet.field` counts from a /select answer as a dict, zero counts left out."""
    flat = answer.get("facet_counts", {}).get("facet_fields", {}).get(field, [])
    return {flat[i]: flat[i + 1] for i in range(0, len(flat), 2) if flat[i + 1]}


def _parse(base: str, payload: bytes) -> dict:
    try:
        return json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        head = payload[:60].decode("utf-8", "replace").replace("\n", " ")
        raise SolrRequestError(f"Solr at {base} did not answer JSON: {head!r}") from None


def _param(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _quote(name: str) -> str:
    return urllib.parse.quote(name, safe="")


def _reason(reason: object) -> str:
    if isinstance(reason, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason).splitlines()[0] if str(reason) else type(reason).__name__
