package dev.billingsim.benchmarks;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.world.World;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/*
 * Memory soak: a million signed renewals over HTTP with the request journal bounded, and the heap
 * after a full GC at the start, after every tenth of the run, and at the end. The goal: the heap
 * after GC grows by less than 32 MB over the million requests, so nothing grows with the number
 * of requests (the journal, the nonce cache, flow-control buckets, Jetty's buffers, the domain).
 *
 * Request mix, chosen to go through the whole path (parse, V1 signature, timestamp, nonce cache,
 * routing, domain, JSON rendering, journal) without the state growing legitimately:
 *  - even requests: ECS RenewElasticityAssurances of account 0 (which pays) with a ClientToken
 *    from a pool of 1000, each token naming its own elasticity assurance. The first use of a token
 *    renews for a month and records an order; every repeat is a replay that answers the same
 *    OrderId and charges nothing (contract section 3). At most 1000 orders, whatever the length.
 *  - odd requests: ENS RenewARMServerInstance of account 1, which has no money: checked, priced and
 *    refused by the payment plan with PayInsufficientBalance (HTTP 400), changing nothing.
 * 16 client threads, each with its own keep-alive connection, sign every request afresh.
 *
 * Run: java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.billingsim.benchmarks.HttpSoak
 *      [requests, default 1000000] [journal entries, default 1000] [clients, default 16]
 */
public final class HttpSoak {

  static final int TOKENS = 1000;
  static final int STEPS = 10;

  private HttpSoak() {}

  public static void main(String[] args) throws Exception {
    long requests = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int journal = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    System.out.printf(
        "soak: %,d requests, journal %d, %d clients; JDK %s, %d cores, max heap %d MB, GC %s%n",
        requests,
        journal,
        clients,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        gcNames());
    try (Simulator simulator = Worlds.simulator(state(), journal).start()) {
      long startHeap = heapAfterGc();
      System.out.printf(
          "%12s %10s %10s %16s  %s%n", "requests", "seconds", "req/s", "heap after GC", "answers");
      System.out.printf("%,12d %10s %10s %,13d KB%n", 0, "", "", startHeap >> 10);
      Map<String, LongAdder> answers = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<SoakClient> soakClients = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        soakClients.add(new SoakClient(simulator.port(), c, clients, answers));
      }
      long done = 0;
      long began = System.nanoTime();
      double seconds = 0;
      for (int step = 1; step <= STEPS; step++) {
        long until = requests * step / STEPS;
        long stepBegan = System.nanoTime();
        List<Callable<Object>> running = new ArrayList<>();
        soakClients.forEach(
            client -> running.add(Executors.callable(() -> client.runUntil(until))));
        for (Future<?> future : pool.invokeAll(running)) {
          future.get();
        }
        double stepSeconds = (System.nanoTime() - stepBegan) / 1e9;
        seconds += stepSeconds;
        long heap = heapAfterGc();
        System.out.printf(
            "%,12d %10.1f %10.0f %,13d KB  %s%n",
            until, seconds, (until - done) / stepSeconds, heap >> 10, new TreeMap<>(answers));
        done = until;
      }
      pool.shutdown();
      soakClients.forEach(SoakClient::close);
      long endHeap = heapAfterGc();
      int orders = simulator.world().billing().export().orders().size();
      System.out.printf(
          "start %,d KB, end %,d KB, growth %+,d KB (%.1f MB); %,d requests in %.1f s (%.0f req/s"
              + " overall, GC pauses included); orders in the world: %d%n",
          startHeap >> 10,
          endHeap >> 10,
          (endHeap - startHeap) >> 10,
          (endHeap - startHeap) / 1048576.0,
          done,
          (System.nanoTime() - began) / 1e9,
          done / seconds,
          orders);
    }
  }

  /** Account 0 pays and owns 1000 ECS assurances; account 1 has no money and 1000 ENS servers. */
  static BillingState state() {
    World world =
        World.startingAt(Worlds.START)
            .with(Worlds.payingAccount(0))
            .with(World.account(Worlds.uid(1)).accessKey(Worlds.accessKeyId(1), Worlds.secret(1)));
    for (int i = 0; i < TOKENS; i++) {
      world.with(Worlds.renewable(Product.ECS, 0, i)).with(Worlds.renewable(Product.ENS, 1, i));
    }
    return world.toState();
  }

  /** Heap in use after a full collection (System.gc() is a full GC with G1's defaults). */
  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String gcNames() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining("/"));
  }

  /** One client thread: requests client, client + clients, client + 2 clients, ... */
  private static final class SoakClient {
    private final int port;
    private final int stride;
    private final Map<String, LongAdder> answers;
    private final LoopbackClient http;
    private final SignedRequests paying = SignedRequests.of(0);
    private final SignedRequests broke = SignedRequests.of(1);
    private long next;

    SoakClient(int port, int first, int stride, Map<String, LongAdder> answers) {
      this.port = port;
      this.next = first;
      this.stride = stride;
      this.answers = answers;
      this.http = new LoopbackClient(port);
    }

    void runUntil(long until) {
      try {
        for (; next < until; next += stride) {
          String form;
          String kind;
          if (next % 2 == 0) {
            int token = (int) ((next / 2) % TOKENS);
            form =
                paying.v1Form(
                    Map.of(
                        "Action", "RenewElasticityAssurances",
                        "Version", "2014-05-26",
                        "RegionId", "cn-hangzhou",
                        "PrivatePoolOptions.Id.1", Worlds.instanceId(Product.ECS, 0, token),
                        "Period", "1",
                        "PeriodUnit", "Month",
                        "ClientToken", "soak-token-" + token));
            kind = "ecs";
          } else {
            form =
                broke.v1Form(
                    Map.of(
                        "Action", "RenewARMServerInstance",
                        "Version", "2017-11-10",
                        "InstanceId", Worlds.instanceId(Product.ENS, 1, (int) (next % TOKENS)),
                        "Period", "1"));
            kind = "ens";
          }
          int status = http.send(SignedRequests.httpPost(port, form));
          answers
              .computeIfAbsent(kind + " " + status + codeOf(status), k -> new LongAdder())
              .increment();
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private String codeOf(int status) {
      if (status == 200) {
        return "";
      }
      String body = http.body();
      int at = body.indexOf("\"Code\":\"");
      return at < 0 ? " ?" : " " + body.substring(at + 8, body.indexOf('"', at + 8));
    }

    void close() {
      http.close();
    }
  }
}
