package dev.billingsim.simulator.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.billingsim.simulator.gateway.GatewayErrors;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty 11 server, with {@link BodyLimitFilter} then {@link UndecodableFormFilter}
 * in front of both contexts, then {@link DirectRpcFilter} in front of the stubs' context, and
 * {@link JsonErrorHandler} answering Jetty's own errors.
 */
public final class SimulatorHttpServerFactory implements HttpServerFactory {

  private final FilterRefusals refusals;
  private final DirectRpcFilter direct;

  /**
   * @param errors the gateway's errors, which the filters answer with as the RPC path does
   * @param direct the direct path of RPC calls, last of the filters in front of the stubs
   */
  public SimulatorHttpServerFactory(GatewayErrors errors, DirectRpcFilter direct) {
    this.refusals = new FilterRefusals(errors);
    this.direct = direct;
  }

  @Override
  public String getName() {
    return "billing-http-server";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options settings) {
        super.applyAdditionalServerConfiguration(server, settings);
        server.setErrorHandler(new JsonErrorHandler());
        // Jetty reuses a header it has parsed before on the same connection when a new one
        // equals it ignoring case, and hands over the old spelling: after "Authorization: Token
        // Tk", "Authorization: token tK" arrived as the right token. Secrets are case-sensitive.
        for (Connector connector : server.getConnectors()) {
          for (ConnectionFactory factory : connector.getConnectionFactories()) {
            if (factory instanceof HttpConnectionFactory http) {
              http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
            }
          }
        }
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        addFilters(context, false);
        addFilter(context, direct);
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
      }

      @Override
      protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        addFilters(context, true);
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
      }
    };
  }

  private void addFilters(ServletContextHandler context, boolean admin) {
    addFilter(context, new BodyLimitFilter(admin, refusals));
    addFilter(context, new UndecodableFormFilter(refusals));
  }

  private static void addFilter(ServletContextHandler context, Filter filter) {
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
  }
}
