package dev.billingsim.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * One benchmark client of one server on loopback: a keep-alive connection, its own V1 signer, and a
 * walk round its own ENS instances of one account, each request signed afresh (new nonce, current
 * timestamp) as the old SDK's POST form. Counts the answers that are not 200. Not thread-safe: one
 * per client thread and server.
 *
 * <p>The JMH benchmarks sign as they send ({@link #renew}). {@link SeparateJvmComparison} signs a
 * round's requests beforehand ({@link #preSign}), so the round spends its time sending and waiting,
 * not signing; should the client use them up, it signs the rest as it goes. It keeps the latency of
 * every request of the round.
 */
final class RenewingClient implements Closeable {

  /** Instances each client of the JMH benchmarks walks round. */
  static final int SLICE = 1000;

  private final int port;

  // Either the socket client, or the JDK's and the server's URI.
  private LoopbackClient http;
  private HttpClient jdk;
  private URI uri;
  private final SignedRequests signer;
  private final String[] instances;
  private int next;
  private byte[][] preSigned = new byte[0][];
  private int nextPreSigned;
  private long[] latencies = new long[1024];
  private int sent;
  private long signedLate;
  private long failures;
  private String lastFailure;

  /**
   * @param kind "socket" for {@link LoopbackClient}, "jdk" for java.net.http.HttpClient (HTTP/1.1)
   * @param account the paying account whose key signs and whose instances are renewed
   * @param from the first of the instances walked round, {@code to} the one after the last
   */
  RenewingClient(String kind, int port, int account, int from, int to) {
    this.port = port;
    if (kind.equals("jdk")) {
      jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      uri = URI.create("http://127.0.0.1:" + port + "/");
    } else if (kind.equals("socket")) {
      http = new LoopbackClient(port);
    } else {
      throw new IllegalArgumentException("client is socket or jdk, not " + kind);
    }
    signer = SignedRequests.of(account);
    instances = Worlds.ensIds(account, from, to);
  }

  /**
   * Client {@code index} of the JMH benchmarks: instances index * SLICE to (index + 1) * SLICE - 1.
   */
  static RenewingClient slice(String kind, int port, int account, int index) {
    return new RenewingClient(kind, port, account, index * SLICE, (index + 1) * SLICE);
  }

  /** Client {@code index} of {@code clients} sharing out {@code instancesInAll} instances. */
  static RenewingClient share(int port, int account, int index, int clients, int instancesInAll) {
    return new RenewingClient(
        "socket",
        port,
        account,
        (int) ((long) instancesInAll * index / clients),
        (int) ((long) instancesInAll * (index + 1) / clients));
  }

  /** Back to the first instance (the world was reset). */
  void restart() {
    next = 0;
  }

  /** Signs and sends a renewal of the next instance; the HTTP status. */
  int renew() throws IOException, InterruptedException {
    String form = nextForm();
    if (jdk != null) {
      HttpResponse<String> response =
          jdk.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", SignedRequests.FORM)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return checked(response.statusCode(), response);
    }
    return checked(http.send(SignedRequests.httpPost(port, form)), null);
  }

  /**
   * From the first instance, signs {@code count} requests and forgets the last round's latencies.
   */
  void preSign(int count) {
    restart();
    preSigned = new byte[count][];
    for (int i = 0; i < count; i++) {
      preSigned[i] = signedRequest();
    }
    nextPreSigned = 0;
    sent = 0;
    signedLate = 0;
  }

  /** Sends requests until {@code deadline} ({@link System#nanoTime()}); the number sent. */
  int runUntil(long deadline) throws IOException {
    while (System.nanoTime() < deadline) {
      sendOne();
    }
    return sent;
  }

  /** Sends the next pre-signed request (or one signed now), keeping its latency; its status. */
  int sendOne() throws IOException {
    byte[] request;
    if (nextPreSigned < preSigned.length) {
      request = preSigned[nextPreSigned];
      preSigned[nextPreSigned++] = null;
    } else {
      request = signedRequest();
      signedLate++;
    }
    long start = System.nanoTime();
    int status = http.send(request);
    long took = System.nanoTime() - start;
    if (sent == latencies.length) {
      latencies = Arrays.copyOf(latencies, sent * 2);
    }
    latencies[sent++] = took;
    return checked(status, null);
  }

  private byte[] signedRequest() {
    return SignedRequests.httpPost(port, nextForm());
  }

  /** The signed renewal of the next instance, as a form body. */
  private String nextForm() {
    String instance = instances[next];
    next = next + 1 == instances.length ? 0 : next + 1;
    return signer.v1Form(SignedRequests.ensRenewal(instance));
  }

  private int checked(int status, HttpResponse<String> jdkResponse) {
    if (status != 200) {
      failures++;
      lastFailure = status + " " + (jdkResponse != null ? jdkResponse.body() : http.body());
    }
    return status;
  }

  /** The latencies of the round just run, in nanoseconds, in the order sent. */
  long[] latencies() {
    return Arrays.copyOf(latencies, sent);
  }

  /** Requests of the last round that were not signed beforehand. */
  long signedLate() {
    return signedLate;
  }

  /** Fails if any answer so far was not 200: the figures would not be of renewals. */
  void everyAnswerWas200() {
    if (failures > 0) {
      throw new IllegalStateException(failures + " answers were not 200, the last: " + lastFailure);
    }
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
  }
}
