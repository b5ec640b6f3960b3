package dev.billingsim.simulator.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.simulator.gateway.RpcHeaders;
import dev.billingsim.simulator.rpc.RpcDispatcher;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.function.BooleanSupplier;

/**
 * The direct path: answers an RPC call ({@code GET} or {@code POST /}) from {@link RpcDispatcher}
 * ahead of WireMock's stub pipeline, which would otherwise wrap the request (parsing a form body
 * into parameters nobody reads), copy it into a LoggedRequest several times over and into a
 * ServeEvent, match it against every stub, call the dispatcher through the catch-all's transformer
 * and render a Response, only for the catch-all to be the one match. It does so only while nothing
 * could tell the difference ({@code open}: no user stub, which must win; no fault rule, whose
 * network faults and delays WireMock carries out; no request journal, which records ServeEvents);
 * otherwise, and for every other request, WireMock serves it as before. It also leaves to WireMock
 * a compressed body (WireMock inflates it), and takes the host as WireMock does (the Host header,
 * else the server's name), so the dispatcher reads the same method, URL, headers, body and host
 * either way; the answer is written as WireMock writes it (status, headers, a Content-Length body).
 */
public final class DirectRpcFilter implements Filter {

  private final RpcDispatcher dispatcher;
  private final BooleanSupplier open;

  /**
   * @param open whether a request may take the direct path now
   */
  public DirectRpcFilter(RpcDispatcher dispatcher, BooleanSupplier open) {
    this.dispatcher = dispatcher;
    this.open = open;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)
        || !isPlainRpcCall(http)
        || !open.getAsBoolean()) {
      chain.doFilter(request, response);
      return;
    }
    // WireMock's Request.getUrl(): the path, then "?" and the query string when there is one.
    String query = http.getQueryString();
    String url =
        query == null || query.isEmpty()
            ? http.getRequestURI()
            : http.getRequestURI() + "?" + query;
    // Exactly the declared length where there is one: readAllBytes alone grows 8 KiB buffers and
    // asks Jetty once more for the end (a fifth of this filter's time in a profile).
    int length = http.getContentLength();
    byte[] body =
        length >= 0
            ? http.getInputStream().readNBytes(length)
            : http.getInputStream().readAllBytes();
    // WireMock's Request.getHost() is the server's name, what an HTTP/2 request has for a Host.
    String host = http.getHeader("Host");
    write(
        dispatcher.answer(
            http.getMethod(), url, headers(http), body, host != null ? host : http.getServerName()),
        answer);
  }

  private static boolean isPlainRpcCall(HttpServletRequest request) {
    String method = request.getMethod();
    return ("POST".equals(method) || "GET".equals(method))
        && "/".equals(request.getRequestURI())
        && request.getHeader("Content-Encoding") == null;
  }

  /** The request's headers read in place (the servlet's look-up ignores case): no copy. */
  private static RpcHeaders headers(HttpServletRequest request) {
    return RpcHeaders.reading(
        name -> Collections.list(request.getHeaders(name)),
        () -> Collections.list(request.getHeaderNames()));
  }

  private static void write(ResponseDefinition definition, HttpServletResponse response)
      throws IOException {
    response.setStatus(definition.getStatus());
    if (definition.getHeaders() != null) {
      for (HttpHeader header : definition.getHeaders().all()) {
        for (String value : header.values()) {
          response.addHeader(header.key(), value);
        }
      }
    }
    byte[] body = definition.getByteBody();
    response.setContentLength(body.length);
    try (ServletOutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
