package dev.billingsim.simulator.hardening;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load balancer that routes by AccessKeyId, doing exactly what the README's nginx configuration
 * does, on loopback: the key is the {@code Credential=} of a V3 {@code Authorization} header, or
 * else the {@code AccessKeyId} query parameter (V1); a table maps it to a backend; a request with
 * no key, or a key in no partition, goes to the default backend (which answers it as any simulator
 * does). Requests are forwarded byte for byte, Host header included (V3 signs it), one request per
 * connection.
 */
final class KeyRouter implements AutoCloseable {

  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^,\\s]+)");

  private final Map<String, Integer> partitions;
  private final int defaultBackend;
  private final ServerSocket server;
  private final ExecutorService workers = Executors.newFixedThreadPool(32);
  final Map<Integer, AtomicLong> routed = new ConcurrentHashMap<>();
  final AtomicLong byHeader = new AtomicLong();
  final AtomicLong byQuery = new AtomicLong();
  final AtomicLong unrouted = new AtomicLong();

  /**
   * @param partitions AccessKeyId to backend port
   */
  KeyRouter(Map<String, Integer> partitions, int defaultBackend) throws IOException {
    this.partitions = Map.copyOf(partitions);
    this.defaultBackend = defaultBackend;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread acceptor = new Thread(this::accept, "key-router");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        workers.execute(() -> forward(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void forward(Socket client) {
    try (client) {
      client.setSoTimeout(30_000);
      InputStream in = client.getInputStream();
      byte[] head = readHead(in);
      if (head == null) {
        return;
      }
      String text = new String(head, StandardCharsets.ISO_8859_1);
      int length = 0;
      boolean chunked = false;
      String authorization = null;
      StringBuilder rewritten = new StringBuilder();
      String[] lines = text.split("\r\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        int colon = line.indexOf(':');
        String name =
            i == 0 || colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        if (name.equals("content-length")) {
          length = Integer.parseInt(line.substring(colon + 1).trim());
        } else if (name.equals("transfer-encoding")) {
          chunked = line.toLowerCase(Locale.ROOT).contains("chunked");
        } else if (name.equals("authorization")) {
          authorization = line.substring(colon + 1).trim();
        }
        if (!name.equals("connection") && !name.equals("keep-alive") && !line.isEmpty()) {
          rewritten.append(line).append("\r\n");
        }
      }
      rewritten.append("Connection: close\r\n\r\n");
      byte[] body = chunked ? readChunked(in) : in.readNBytes(length);
      int backend = backendFor(lines[0], authorization);
      routed.computeIfAbsent(backend, b -> new AtomicLong()).incrementAndGet();
      try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), backend)) {
        OutputStream out = upstream.getOutputStream();
        out.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        upstream.getInputStream().transferTo(client.getOutputStream());
      }
    } catch (IOException e) {
      // the client or the backend went away: so does this connection
    }
  }

  /** The routing rule: V3 Credential, else V1 AccessKeyId query parameter, else the default. */
  private int backendFor(String requestLine, String authorization) {
    Matcher credential = CREDENTIAL.matcher(String.valueOf(authorization));
    boolean v3 = credential.find();
    String key = v3 ? credential.group(1) : queryParameter(requestLine, "AccessKeyId");
    if (key != null) {
      (v3 ? byHeader : byQuery).incrementAndGet();
    }
    Integer backend = key == null ? null : partitions.get(key);
    if (backend == null) {
      unrouted.incrementAndGet();
      return defaultBackend;
    }
    return backend;
  }

  private static String queryParameter(String requestLine, String name) {
    String[] parts = requestLine.split(" ");
    QueryParameter value = parts.length < 2 ? null : Urls.splitQueryFromUrl(parts[1]).get(name);
    return value == null ? null : value.firstValue();
  }

  /** A chunked body as it came, chunk sizes and trailer included, to forward unchanged. */
  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int b; (b = in.read()) != '\n'; ) {
        if (b < 0) {
          return raw.toByteArray();
        }
        raw.write(b);
        size.append((char) b);
      }
      raw.write('\n');
      String hex = size.toString().trim();
      int semicolon = hex.indexOf(';');
      int n = Integer.parseInt(semicolon < 0 ? hex : hex.substring(0, semicolon), 16);
      if (n == 0) {
        raw.writeBytes(in.readNBytes(2));
        return raw.toByteArray();
      }
      raw.writeBytes(in.readNBytes(n + 2));
    }
  }

  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    for (int b; head.size() <= 65536 && (b = in.read()) >= 0; ) {
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0D0A0D0A) {
        return head.toByteArray();
      }
    }
    return null; // closed, or a head over 64 KiB
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
  }
}
