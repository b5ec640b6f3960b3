package dev.billingsim.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingsim.simulator.admin.AdminRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one bare HTTP client of the simulator's tests, loopback only: the admin API as a test in
 * another language would call it, and raw bytes over a socket for requests no well-behaved client
 * would send.
 */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile(
          "^content-length:\\s*(\\d+)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** An answer: status and body ({@code -1} and the reason when the connection failed). */
  public record Reply(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + abbreviate(body), e);
      }
    }

    public boolean isJson() {
      try {
        JSON.readTree(body);
        return body.startsWith("{");
      } catch (IOException e) {
        return false;
      }
    }
  }

  private final Supplier<String> base;
  private final String adminToken;

  /**
   * @param base {@code http://127.0.0.1:<port>}
   */
  public Http(String base) {
    this(base, null);
  }

  public Http(String base, String adminToken) {
    this(() -> base, adminToken);
  }

  /** For a simulator whose address is known only once it has started. */
  public Http(Supplier<String> base, String adminToken) {
    this.base = base;
    this.adminToken = adminToken;
  }

  public Reply admin(String method, String path, String body) {
    return send(AdminRequest.to(base.get(), adminToken, method, path, body));
  }

  public Reply get(String path) {
    return admin("GET", path, null);
  }

  public Reply post(String path, String body) {
    return admin("POST", path, body);
  }

  public Reply put(String path, String body) {
    return admin("PUT", path, body);
  }

  public Reply delete(String path) {
    return admin("DELETE", path, null);
  }

  public static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Reply(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Sends {@code request} byte for byte on a fresh connection and reads the answer until the server
   * closes it or sends the whole body. A server that neither answers nor closes within {@code
   * timeoutMs} is a hang: status {@code -2}.
   */
  public static Reply raw(int port, byte[] request, int timeoutMs) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(timeoutMs);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (IOException peerClosedEarly) {
        // The server may answer and close before reading everything; read what it said.
      }
      return readResponse(socket.getInputStream());
    } catch (SocketTimeoutException e) {
      return new Reply(-2, "no answer within " + timeoutMs + " ms");
    } catch (IOException e) {
      return new Reply(-1, e.toString());
    }
  }

  /**
   * Sends a request line as given, byte for byte: for URLs that {@link URI} refuses to build
   * (broken percent-encoding), as a hostile client could send.
   */
  public static Reply rawLine(int port, String method, String target) {
    String request =
        "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .formatted(method, target, port);
    return raw(port, request.getBytes(StandardCharsets.ISO_8859_1), 10_000);
  }

  private static Reply readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return head.size() == 0
            ? new Reply(-1, "closed without an answer")
            : parse(head, new byte[0]);
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    Matcher length = CONTENT_LENGTH.matcher(headers);
    byte[] body;
    if (length.find()) {
      body = in.readNBytes(Integer.parseInt(length.group(1)));
    } else if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
      body = dechunk(in);
    } else {
      body = in.readAllBytes();
    }
    return parse(head, body);
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int b; (b = in.read()) != '\n'; ) {
        if (b < 0) {
          return body.toByteArray();
        }
        if (b != '\r') {
          size.append((char) b);
        }
      }
      int n = Integer.parseInt(size.toString().split(";", 2)[0].trim(), 16);
      if (n == 0) {
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      in.readNBytes(2);
    }
  }

  private static Reply parse(ByteArrayOutputStream head, byte[] body) {
    String text = head.toString(StandardCharsets.ISO_8859_1);
    if (!text.startsWith("HTTP/1.")) {
      return new Reply(-1, "not HTTP: " + abbreviate(text));
    }
    int status = Integer.parseInt(text.substring(9, 12));
    return new Reply(status, new String(body, StandardCharsets.UTF_8));
  }

  public static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
