package dev.billingsim.simulator.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty 11 server, with {@link UndecodableFormFilter} in front of both contexts
 * and {@link JsonErrorHandler} answering Jetty's own errors.
 */
public final class SimulatorHttpServerFactory implements HttpServerFactory {

  @Override
  public String getName() {
    return "billing-http-server";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options settings) {
        super.applyAdditionalServerConfiguration(server, settings);
        server.setErrorHandler(new JsonErrorHandler());
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        addFilter(context);
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
      }

      @Override
      protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        addFilter(context);
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
      }
    };
  }

  private static void addFilter(ServletContextHandler context) {
    context.addFilter(new FilterHolder(new UndecodableFormFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
  }
}
