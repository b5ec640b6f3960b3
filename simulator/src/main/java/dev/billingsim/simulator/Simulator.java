package dev.billingsim.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.admin.BillingAdminApi;
import dev.billingsim.simulator.admin.metrics.BillingMetrics;
import dev.billingsim.simulator.admin.ui.PageOpenAuthenticator;
import dev.billingsim.simulator.admin.ui.WatchApi;
import dev.billingsim.simulator.faults.FaultRules;
import dev.billingsim.simulator.gateway.FlowControl;
import dev.billingsim.simulator.gateway.Gateway;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.RequestIds;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import dev.billingsim.simulator.gateway.SigningKey;
import dev.billingsim.simulator.http.AdminTokenAuthenticator;
import dev.billingsim.simulator.http.DirectRpcFilter;
import dev.billingsim.simulator.http.SimulatorHttpServerFactory;
import dev.billingsim.simulator.journal.BoundedJournal;
import dev.billingsim.simulator.persist.Persistence;
import dev.billingsim.simulator.rpc.RpcDispatcher;
import dev.billingsim.simulator.rpc.RpcRouter;
import dev.billingsim.simulator.rpc.UserStubs;
import java.time.Clock;
import java.util.UUID;

/**
 * A running billing simulator: a WireMock server whose catch-all stub answers the Alibaba Cloud RPC
 * protocol from the billing domain, with the billing admin API under {@code /__admin/billing}.
 * Stubs added through WireMock's own admin API take precedence when they match.
 *
 * <p>Start one with {@link #builder()}; every instance has its own world, clock and faults, so
 * several can run in one JVM.
 */
public final class Simulator implements AutoCloseable {

  /** The catch-all stub's fixed id, so it can be found and re-added after a WireMock reset. */
  static final UUID CATCH_ALL = UUID.fromString("00000000-0000-0000-0000-00000000b111");

  private final WireMockServer server;
  private final SimulatorWorld world;
  private final Runnable onClose;

  private Simulator(WireMockServer server, SimulatorWorld world, Runnable onClose) {
    this.server = server;
    this.world = world;
    this.onClose = onClose;
  }

  public static SimulatorBuilder builder() {
    return new SimulatorBuilder();
  }

  static Simulator start(SimulatorBuilder settings, BillingState initial, Persistence persistence) {
    Billing billing = Billing.of(initial);
    if (persistence != null) {
      billing.onChange(persistence.listener());
    }
    long seed = settings.seed != null ? settings.seed : new java.util.Random().nextLong();
    FaultRules faultRules = new FaultRules(Catalogue.standard(), seed);
    SimulatorWorld world = new SimulatorWorld(billing, initial, faultRules, persistence);
    GatewayErrors errors = GatewayErrors.load();
    Gateway gateway =
        Gateway.create(
            errors,
            accessKeyId ->
                billing
                    .credentials(accessKeyId)
                    .map(c -> new SigningKey(c.key().secret(), c.key().enabled())),
            Clock.systemUTC(),
            settings.flowControl ? FlowControl.onSystemTime() : FlowControl.off());
    RpcRouter router = Actions.router();
    BillingMetrics metrics = new BillingMetrics(world, router);
    RpcDispatcher dispatcher =
        new RpcDispatcher(
            billing, router, gateway, errors, RequestIds.seeded(seed), faultRules, metrics);
    // RPC calls skip WireMock's stub pipeline while nothing could tell: see DirectRpcFilter.
    UserStubs userStubs = new UserStubs(CATCH_ALL);
    boolean journalOff = settings.journal == 0;
    DirectRpcFilter direct =
        new DirectRpcFilter(
            dispatcher, () -> journalOff && faultRules.isEmpty() && userStubs.none());

    WireMockServer[] holder = new WireMockServer[1];
    StubLifecycleListener keepCatchAll =
        new StubLifecycleListener() {
          @Override
          public String getName() {
            return "billing-catch-all";
          }

          @Override
          public void afterStubsReset() {
            if (holder[0] != null) {
              holder[0].addStubMapping(catchAll());
            }
          }
        };
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(settings.port) // 0 is WireMock's dynamicPort()
            .bindAddress(settings.bindAddress)
            .extensions(
                dispatcher,
                new BillingAdminApi(world),
                new WatchApi(metrics, errors),
                keepCatchAll,
                userStubs)
            .httpServerFactory(new SimulatorHttpServerFactory(errors, direct))
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(4)
            .containerThreads(settings.containerThreads)
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
            .stubRequestLoggingDisabled(true)
            // Past this, Jetty answers a request line or headers itself (414, 431), before the
            // Host header is read; up to it, long URLs reach the parser, which answers them as
            // Alibaba Cloud does (400 InvalidParameter past 8 KiB). As large as an RPC body may be.
            .jettyHeaderRequestSize(RpcRequestParser.MAX_BODY_BYTES)
            .notifier(new ConsoleNotifier(false));
    if (settings.adminToken != null) {
      config.adminAuthenticator(
          new PageOpenAuthenticator(new AdminTokenAuthenticator(settings.adminToken)));
    }
    BoundedJournal.configure(config, settings.journal);
    WireMockServer server = new WireMockServer(config);
    holder[0] = server;
    server.start();
    server.addStubMapping(catchAll());
    return new Simulator(server, world, persistence == null ? () -> {} : persistence::close);
  }

  private static StubMapping catchAll() {
    return any(anyUrl())
        .withId(CATCH_ALL)
        .atPriority(Integer.MAX_VALUE)
        .willReturn(aResponse().withTransformers(RpcDispatcher.NAME))
        .build();
  }

  public int port() {
    return server.port();
  }

  /** The endpoint to give an SDK: {@code 127.0.0.1:<port>}. */
  public String endpoint() {
    return "127.0.0.1:" + port();
  }

  public String baseUrl() {
    return "http://" + endpoint();
  }

  public SimulatorWorld world() {
    return world;
  }

  /** The WireMock server, for user stubs (they take precedence over the simulator). */
  public WireMockServer wireMock() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
    onClose.run();
  }
}
