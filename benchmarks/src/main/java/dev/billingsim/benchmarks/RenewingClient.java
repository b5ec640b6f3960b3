package dev.billingsim.benchmarks;

import dev.billingsim.domain.instance.Product;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One benchmark client of a server on loopback: a keep-alive connection, its own V1 signer, and a
 * walk round its own {@link #SLICE} ENS instances, each request signed afresh (new nonce, current
 * timestamp) as the old SDK's POST form. Counts the answers that are not 200. Not thread-safe: one
 * per client thread.
 */
final class RenewingClient implements Closeable {

  /** Instances each client walks round. */
  static final int SLICE = 1000;

  private final int port;
  private final LoopbackClient http;
  private final HttpClient jdk;
  private final URI uri;
  private final SignedRequests signer;
  private final String[] ids = new String[SLICE];
  private int next;
  private long failures;
  private String lastFailure;

  /**
   * @param kind "socket" for {@link LoopbackClient}, "jdk" for java.net.http.HttpClient (HTTP/1.1)
   * @param account the paying account whose key signs and whose instances are renewed
   * @param index the client's number: client i renews instances i * SLICE to (i + 1) * SLICE - 1
   */
  RenewingClient(String kind, int port, int account, int index) {
    this.port = port;
    if (kind.equals("jdk")) {
      jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      uri = URI.create("http://127.0.0.1:" + port + "/");
      http = null;
    } else if (kind.equals("socket")) {
      http = new LoopbackClient(port);
      jdk = null;
      uri = null;
    } else {
      throw new IllegalArgumentException("client is socket or jdk, not " + kind);
    }
    signer = new SignedRequests(Worlds.accessKeyId(account), Worlds.secret(account));
    for (int i = 0; i < SLICE; i++) {
      ids[i] = Worlds.instanceId(Product.ENS, account, index * SLICE + i);
    }
  }

  /** Back to the first instance (the world was reset). */
  void restart() {
    next = 0;
  }

  /** Renews the next instance; the HTTP status. */
  int renew() throws IOException, InterruptedException {
    Map<String, String> params = SignedRequests.ensRenewal(ids[next]);
    next = next + 1 == ids.length ? 0 : next + 1;
    String form = signer.v1Form(params);
    if (jdk != null) {
      HttpResponse<String> response =
          jdk.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", SignedRequests.FORM)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return checked(response.statusCode(), response::body);
    }
    return checked(http.send(SignedRequests.httpPost(port, form)), http::body);
  }

  private int checked(int status, Supplier<String> body) {
    if (status != 200) {
      failures++;
      lastFailure = status + " " + body.get();
    }
    return status;
  }

  /** Fails if any answer since the last call was not 200: the score would not be of renewals. */
  void everyRenewalSucceeded() {
    if (failures > 0) {
      throw new IllegalStateException(failures + " requests failed, the last: " + lastFailure);
    }
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
  }
}
