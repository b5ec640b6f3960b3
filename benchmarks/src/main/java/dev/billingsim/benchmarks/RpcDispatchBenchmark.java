package dev.billingsim.benchmarks;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.simulator.action.ens.RenewArmServerInstance;
import dev.billingsim.simulator.faults.FaultRules;
import dev.billingsim.simulator.gateway.FlowControl;
import dev.billingsim.simulator.gateway.Gateway;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.RequestIds;
import dev.billingsim.simulator.gateway.SigningKey;
import dev.billingsim.simulator.rpc.AnswerObserver;
import dev.billingsim.simulator.rpc.RpcDispatcher;
import dev.billingsim.simulator.rpc.RpcRouter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
 * Steady state as in DomainRenewalBenchmark: a fresh world before every iteration, one thread
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

  RpcDispatcher dispatcher;
  SignedRequests signer;
  String[] ids;
  int next;
  long failures;
  String lastFailure;

  @Setup(Level.Iteration)
  public void buildWorld() {
    Billing billing = Billing.of(Worlds.renewable(1, INSTANCES));
    GatewayErrors errors = GatewayErrors.load();
    Gateway gateway =
        Gateway.create(
            errors,
            accessKeyId ->
                billing
                    .credentials(accessKeyId)
                    .map(c -> new SigningKey(c.key().secret(), c.key().enabled())),
            Clock.systemUTC(),
            FlowControl.off());
    RpcRouter router =
        new RpcRouter(
            List.of(
                dev.billingsim.simulator.rpc.ProductApi.of(
                    "Ens", "2017-11-10", List.of(new RenewArmServerInstance()))));
    dispatcher =
        new RpcDispatcher(
            billing,
            router,
            gateway,
            errors,
            RequestIds.seeded(1L),
            new FaultRules(Catalogue.standard(), 1L),
            AnswerObserver.NONE);
    next = 0;
    failures = 0;
    // Promote the new world now, so that the iteration's young collections need not copy it.
    System.gc();
  }

  @Setup(Level.Trial)
  public void prepare() {
    signer = new SignedRequests(Worlds.accessKeyId(0), Worlds.secret(0));
    ids = new String[INSTANCES];
    for (int i = 0; i < INSTANCES; i++) {
      ids[i] = Worlds.instanceId(Product.ENS, 0, i);
    }
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
