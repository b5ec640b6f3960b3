package dev.billingsim.benchmarks;

import dev.billingsim.domain.instance.Product;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One client of {@link SeparateJvmComparison}: a keep-alive connection to each server and a walk
 * round its own instances. Before a measured round it signs the round's requests (V1, a fresh nonce
 * and the current timestamp each, as the old SDK's POST form), so the round spends its time sending
 * and waiting, not signing; should it use them up, it signs the rest as it goes. Keeps the latency
 * of every request of the round. Not thread-safe: one per client thread.
 */
final class PreSignedClient implements AutoCloseable {

  private final SignedRequests signer;
  private final String[] instances;
  private int nextInstance;
  private final Map<Integer, LoopbackClient> connections = new HashMap<>();
  private LoopbackClient http;
  private int port;
  private byte[][] requests = new byte[0][];
  private int nextRequest;
  private long[] latencies = new long[1024];
  private int sent;
  private long signedLate;
  private long failures;
  private String lastFailure;

  /** Client {@code index} of {@code clients} renews its share of the account's instances. */
  PreSignedClient(int account, int index, int clients, int instancesInAll) {
    signer = new SignedRequests(Worlds.accessKeyId(account), Worlds.secret(account));
    int from = (int) ((long) instancesInAll * index / clients);
    int to = (int) ((long) instancesInAll * (index + 1) / clients);
    instances = new String[to - from];
    for (int i = from; i < to; i++) {
      instances[i - from] = Worlds.instanceId(Product.ENS, account, i);
    }
  }

  /**
   * Signs {@code count} requests for the server on {@code port} and forgets the last round's
   * latencies; {@code fromFirstInstance} after the simulator's world was reset.
   */
  void prepare(int port, int count, boolean fromFirstInstance) {
    this.port = port;
    http = connections.computeIfAbsent(port, LoopbackClient::new);
    if (fromFirstInstance) {
      nextInstance = 0;
    }
    requests = new byte[count][];
    for (int i = 0; i < count; i++) {
      requests[i] = nextRequest();
    }
    nextRequest = 0;
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

  /** Sends the next request; its HTTP status. */
  int sendOne() throws IOException {
    byte[] request;
    if (nextRequest < requests.length) {
      request = requests[nextRequest];
      requests[nextRequest++] = null;
    } else {
      request = nextRequest();
      signedLate++;
    }
    long start = System.nanoTime();
    int status = http.send(request);
    long took = System.nanoTime() - start;
    if (sent == latencies.length) {
      latencies = Arrays.copyOf(latencies, sent * 2);
    }
    latencies[sent++] = took;
    if (status != 200) {
      failures++;
      lastFailure = status + " " + http.body();
    }
    return status;
  }

  private byte[] nextRequest() {
    String form = signer.v1Form(SignedRequests.ensRenewal(instances[nextInstance]));
    nextInstance = nextInstance + 1 == instances.length ? 0 : nextInstance + 1;
    return SignedRequests.httpPost(port, form);
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
    connections.values().forEach(LoopbackClient::close);
    connections.clear();
  }
}
