package searchapp.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.embedded.SSLConfig;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.security.Sha256AuthenticationProvider;

/**
 * Runs a local SolrCloud (N Solr nodes on 127.0.0.1, free ports, embedded ZooKeeper) for
 * search-app's cluster tests and for trying the Solr backend by hand.
 *
 * <p>Writes the node URLs and the ZooKeeper address to a JSON state file, rewritten after every
 * change. Commands, one per line on stdin: {@code stop N}, {@code start N}, {@code status}, {@code
 * quit}. The cluster shuts down when stdin closes, on {@code quit}, or on SIGTERM/Ctrl+C.
 */
public final class LocalCluster {
  private final MiniSolrCloudCluster cluster;
  private final Path stateFile;
  private final String configName;
  private final String user;
  private final List<JettySolrRunner> nodes;
  private final boolean tls;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalCluster(MiniSolrCloudCluster cluster, Path stateFile, String configName, String user) {
    this.cluster = cluster;
    this.stateFile = stateFile;
    this.configName = configName;
    this.user = user;
    // Keep our own list: the cluster's list drops stopped nodes, and we number nodes stably.
    this.nodes = new ArrayList<>(cluster.getJettySolrRunners());
    this.tls = nodes.get(0).getBaseUrl().getProtocol().equals("https");
  }

  public static void main(String[] args) throws Exception {
    int nodeCount = 2;
    Path baseDir = null;
    Path stateFile = null;
    Path configDir = null;
    String configName = "searchapp";
    String user = null;
    Path keyStore = null;
    Path trustStore = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--nodes" -> { nodeCount = Integer.parseInt(need(a, v)); i++; }
        case "--base-dir" -> { baseDir = Path.of(need(a, v)); i++; }
        case "--state" -> { stateFile = Path.of(need(a, v)); i++; }
        case "--configset" -> { configDir = Path.of(need(a, v)); i++; }
        case "--config-name" -> { configName = need(a, v); i++; }
        case "--auth-user" -> { user = need(a, v); i++; }
        case "--tls-keystore" -> { keyStore = Path.of(need(a, v)); i++; }
        case "--tls-truststore" -> { trustStore = Path.of(need(a, v)); i++; }
        default -> fail("unknown argument " + a);
      }
    }
    if (nodeCount < 1) fail("--nodes must be at least 1");
    if (stateFile == null || configDir == null) fail("--state FILE and --configset DIR are required");
    if (!Files.isRegularFile(configDir.resolve("conf/solrconfig.xml"))) {
      fail(configDir + ": no conf/solrconfig.xml (expected a configset folder)");
    }
    if (baseDir == null) baseDir = Files.createTempDirectory("search-app-solr-");
    Files.createDirectories(baseDir);

    MiniSolrCloudCluster.Builder b =
        new MiniSolrCloudCluster.Builder(nodeCount, baseDir)
            .addConfig(configName, configDir.resolve("conf"));
    if (user != null) {
      String password = System.getenv("SEARCH_APP_SOLR_PASSWORD");
      if (password == null || password.isEmpty()) {
        fail("--auth-user needs the password in $SEARCH_APP_SOLR_PASSWORD");
      }
      b.withSecurityJson(securityJson(user, password));
    }
    if (keyStore != null) {
      if (trustStore == null) fail("--tls-keystore needs --tls-truststore too");
      String pw = System.getenv("SEARCH_APP_SOLR_TLS_PASSWORD");
      if (pw == null || pw.isEmpty()) fail("TLS needs the store password in $SEARCH_APP_SOLR_TLS_PASSWORD");
      SSLConfig ssl =
          new SSLConfig(true, false, keyStore.toString(), pw, trustStore.toString(), pw);
      // The nodes' own clients (distributed queries, updates, recovery) must trust the cert.
      System.setProperty("javax.net.ssl.keyStore", keyStore.toString());
      System.setProperty("javax.net.ssl.keyStorePassword", pw);
      System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
      System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
      System.setProperty("javax.net.ssl.trustStorePassword", pw);
      System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
      Http2SolrClient.setDefaultSSLConfig(ssl);
      // JettySolrRunner only builds its SSL connector in "test mode".
      System.setProperty("jetty.testMode", "true");
      b.withJettyConfig(j -> j.withSSLConfig(ssl));
      b.withDefaultClusterProperty("urlScheme", "https");
    }
    long t0 = System.nanoTime();
    MiniSolrCloudCluster mini = b.build();
    LocalCluster lc = new LocalCluster(mini, stateFile, configName, user);
    Runtime.getRuntime().addShutdownHook(new Thread(lc::close, "cluster-shutdown"));
    lc.writeState(true);
    System.out.printf(
        "cluster ready in %.1f s: %d node(s), state in %s%n",
        (System.nanoTime() - t0) / 1e9, nodeCount, stateFile);
    for (JettySolrRunner j : lc.nodes) System.out.println("  " + j.getBaseUrl());
    System.out.println("commands: stop N | start N | status | quit (or close stdin)");
    System.out.flush();
    lc.commandLoop();
    lc.close();
    System.exit(0);
  }

  /** A security.json with BasicAuth (unknown users blocked) and one admin user. */
  static String securityJson(String user, String password) {
    String hash = Sha256AuthenticationProvider.getSaltedHashedValue(password);
    return "{\"authentication\":{\"class\":\"solr.BasicAuthPlugin\",\"blockUnknown\":true,"
        + "\"credentials\":{"
        + json(user)
        + ":"
        + json(hash)
        + "}},\"authorization\":{\"class\":\"solr.RuleBasedAuthorizationPlugin\","
        + "\"permissions\":[{\"name\":\"all\",\"role\":\"admin\"}],"
        + "\"user-role\":{"
        + json(user)
        + ":\"admin\"}}}";
  }

  private void commandLoop() throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] parts = line.trim().split("\\s+");
      if (parts[0].isEmpty()) continue;
      try {
        switch (parts[0]) {
          case "quit" -> { return; }
          case "status" -> writeState(true);
          case "stop" -> {
            JettySolrRunner j = node(parts);
            cluster.stopJettySolrRunner(j);
            cluster.waitForJettyToStop(j);
            writeState(true);
            System.out.println("stopped " + parts[1]);
          }
          case "start" -> {
            JettySolrRunner j = node(parts);
            // Same port again: clients and replicas keep the node's name.
            cluster.startJettySolrRunner(j, true);
            cluster.waitForNode(j, 60);
            writeState(true);
            System.out.println("started " + parts[1]);
          }
          default -> System.out.println("error: unknown command " + parts[0]);
        }
      } catch (Exception e) {
        System.out.println("error: " + parts[0] + ": " + e);
      }
      System.out.flush();
    }
  }

  private JettySolrRunner node(String[] parts) {
    if (parts.length != 2) throw new IllegalArgumentException("expected a node number");
    int i = Integer.parseInt(parts[1]);
    if (i < 0 || i >= nodes.size()) throw new IllegalArgumentException("no node " + i);
    return nodes.get(i);
  }

  /** Write the state JSON atomically (temp file + rename) so readers never see half of it. */
  private synchronized void writeState(boolean ready) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"ready\":").append(ready);
    sb.append(",\"pid\":").append(ProcessHandle.current().pid());
    sb.append(",\"zk\":").append(json(cluster.getZkServer().getZkAddress()));
    sb.append(",\"configset\":").append(json(configName));
    sb.append(",\"tls\":").append(tls);
    sb.append(",\"auth_user\":").append(user == null ? "null" : json(user));
    sb.append(",\"base_dir\":").append(json(cluster.getBaseDir().toString()));
    sb.append(",\"nodes\":[");
    for (int i = 0; i < nodes.size(); i++) {
      JettySolrRunner j = nodes.get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"index\":").append(i);
      sb.append(",\"url\":").append(json(j.getBaseUrl() == null ? "" : j.getBaseUrl().toString()));
      sb.append(",\"port\":").append(j.getLocalPort());
      sb.append(",\"running\":").append(j.isRunning()).append('}');
    }
    sb.append("]}\n");
    Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
    Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void close() {
    if (!closed.compareAndSet(false, true)) return;
    try {
      Files.deleteIfExists(stateFile);
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("error while shutting down: " + e);
    }
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String need(String flag, String value) {
    if (value == null) fail(flag + " needs a value");
    return value;
  }

  private static void fail(String msg) {
    System.err.println("error: " + msg);
    System.exit(2);
  }
}
