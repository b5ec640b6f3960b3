package dev.billingsim.benchmarks;

import com.github.tomakehurst.wiremock.extension.ExtensionDeclarations;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.rpc.RpcDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/*
 * The simulator's own work for one signed ENS renewal, without HTTP: the RpcDispatcher (the
 * WireMock extension every RPC request goes through) given a request as WireMock hands it over:
 * parse, route, V1 signature, timestamp and nonce checks, the domain renewal, the JSON answer.
 *
 * What it teaches:
 *  - dispatch minus baseline is what the simulator adds to each request on top of WireMock and
 *    Jetty, measured alone; compare it with the HTTP benchmark's difference in CPU per request
 *    between the simulator and the static stub to see what the running server adds around it.
 *  - baseline: signing a fresh request (new SignatureNonce, current Timestamp) and wrapping it as a
 *    WireMock Request, which the client and WireMock do in the HTTP benchmark, not the simulator.
 *
 * The dispatcher is the one a running simulator wires (Worlds.simulator, flow control and
 * journal off, as in the HTTP benchmarks): its router of every action and its metrics included.
 * Its gateway's nonce cache lives across iterations, as in a running simulator under load.
 *
 * Steady state as in DomainRenewalBenchmark: the world reset before every iteration, one thread
 * walking round 40,000 instances (59 renewals each), and any answer but 200 fails the iteration.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar RpcDispatchBenchmark
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RpcDispatchBenchmark {

  static final int INSTANCES = 40_000;

  Simulator simulator;
  RpcDispatcher dispatcher;
  SignedRequests signer;
  String[] ids;
  int next;
  long failures;
  String lastFailure;

  /** The simulator's own wiring (its dispatcher, router, gateway and metrics); its server idles. */
  @Setup(Level.Trial)
  public void prepare() {
    simulator = Worlds.simulator(Worlds.renewable(1, INSTANCES), 0).start();
    ExtensionDeclarations extensions = simulator.wireMock().getOptions().getDeclaredExtensions();
    dispatcher = (RpcDispatcher) extensions.getInstances().get(RpcDispatcher.NAME);
    signer = SignedRequests.of(0);
    ids = Worlds.ensIds(0, 0, INSTANCES);
  }

  @Setup(Level.Iteration)
  public void resetWorld() {
    simulator.world().reset();
    next = 0;
    failures = 0;
    // Promote the fresh world now, so that the iteration's young collections need not copy it.
    System.gc();
  }

  @TearDown(Level.Trial)
  public void stop() {
    simulator.close();
  }

  Request nextRequest() {
    Map<String, String> params = SignedRequests.ensRenewal(ids[next]);
    next = next + 1 == ids.length ? 0 : next + 1;
    return ImmutableRequest.create()
        .withAbsoluteUrl("http://127.0.0.1:8080/")
        .withMethod(RequestMethod.POST)
        .withHeader("Host", "127.0.0.1:8080")
        .withHeader("Content-Type", SignedRequests.FORM)
        .withBody(signer.v1Form(params).getBytes(StandardCharsets.UTF_8))
        .build();
  }

  @TearDown(Level.Iteration)
  public void everyRenewalSucceeded() {
    if (failures > 0) {
      throw new IllegalStateException(failures + " requests failed, the last: " + lastFailure);
    }
  }

  @Benchmark
  public Request baseline() {
    return nextRequest();
  }

  @Benchmark
  public ResponseDefinition dispatch() {
    ResponseDefinition answer = dispatcher.transform(ServeEvent.of(nextRequest()));
    if (answer.getStatus() != 200) {
      failures++;
      lastFailure = answer.getStatus() + " " + answer.getBody();
    }
    return answer;
  }
}
