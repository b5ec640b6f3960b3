package dev.billingsim.simulator.http;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.multipart.PartParser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * WireMock decodes the query string and every {@code application/x-www-form-urlencoded} body before
 * any extension runs, and an escape it cannot decode ({@code %ZZ}, {@code %C0}) or a charset Java
 * does not know makes it fail with an HTML 500 and a stack trace. It also parses the parts of every
 * {@code multipart/*} body as it logs the request, and fails on parts it cannot read (no boundary,
 * a part cut short).
 *
 * <ul>
 *   <li>A multipart body WireMock's parser cannot read is answered here with InvalidParameter
 *       naming {@code Body} (400): the gateway reads only query strings and url-encoded forms, and
 *       WireMock could not even log this one.
 *   <li>An undecodable query string is answered here with Alibaba Cloud's JSON InvalidParameter
 *       (400): no stub could match it, since WireMock cannot even read it.
 *   <li>For an undecodable form body the form content type is hidden from WireMock's decoder only
 *       ({@code getContentType()}; the header itself is untouched), so the request reaches the
 *       simulator's own parser, which refuses it with the right error.
 * </ul>
 *
 * Everything else passes through as it came.
 *
 * <p>Only a malformed request pays for the form check. A form request that reaches here as Jetty's
 * own request (not already buffered by {@link BodyLimitFilter}) passes through unwrapped, with a
 * {@link BodyRecorder} keeping a copy of the body as WireMock reads it; only if WireMock then fails
 * and the copy proves undecodable is the request dispatched again with the form type hidden.
 * Wrapping every request cost about a tenth of the simulator's time over HTTP: WireMock reads a
 * wrapped request's headers by a quadratic path, twice per request, and the check decoded every
 * body once more (see benchmarks/README.md).
 */
final class UndecodableFormFilter implements Filter {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Pattern MULTIPART =
      Pattern.compile("\\s*multipart/", Pattern.CASE_INSENSITIVE);
  private final FilterRefusals refusals;

  UndecodableFormFilter(FilterRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && !decodableQuery(http.getQueryString())) {
      refusals.sendInvalidParameter("QueryString", http, (HttpServletResponse) response);
      return;
    }
    if (request instanceof HttpServletRequest http && isMultipart(http)) {
      byte[] body = http.getInputStream().readAllBytes();
      if (!readableParts(http, body)) {
        refusals.sendInvalidParameter("Body", http, (HttpServletResponse) response);
        return;
      }
      chain.doFilter(new BufferedRequest(http, body, false, false), response);
      return;
    }
    String type = request.getContentType();
    if (!(request instanceof HttpServletRequest http) || type == null || !type.contains(FORM)) {
      chain.doFilter(request, response);
      return;
    }
    Charset charset = knownCharset(request.getCharacterEncoding());
    if (charset != null && request instanceof Request jetty) {
      BodyRecorder recorder = new BodyRecorder(request.getContentLengthLong());
      jetty.getHttpInput().addInterceptor(recorder);
      try {
        chain.doFilter(request, response);
      } catch (RuntimeException failure) {
        byte[] body = recorder.body();
        if (response.isCommitted() || decodable(body, charset)) {
          throw failure;
        }
        response.reset();
        chain.doFilter(new BufferedRequest(http, body, false, true), response);
      }
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    chain.doFilter(
        new BufferedRequest(http, body, false, charset == null || !decodable(body, charset)),
        response);
  }

  private static boolean decodableQuery(String query) {
    if (query == null || query.indexOf('%') < 0) {
      return true;
    }
    try {
      URLDecoder.decode(query, StandardCharsets.UTF_8);
      return true;
    } catch (IllegalArgumentException undecodable) {
      return false;
    }
  }

  // WireMock's own test, on the header as sent: it parses the parts of every such request.
  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getHeader("Content-Type");
    return type != null && MULTIPART.matcher(type).lookingAt();
  }

  /** Whether WireMock's multipart parser, which every request meets, can read these parts. */
  private static boolean readableParts(HttpServletRequest request, byte[] body) {
    ImmutableRequest.Builder copy =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://localhost/")
            .withMethod(RequestMethod.POST)
            .withHeader("Content-Type", request.getHeader("Content-Type"))
            .withBody(body);
    String encoding = request.getHeader("Content-Encoding");
    if (encoding != null) {
      copy.withHeader("Content-Encoding", encoding);
    }
    try {
      PartParser.parseFrom(copy.build());
      return true;
    } catch (Exception unreadable) { // FileUploadException, thrown unchecked
      return false;
    }
  }

  private static Charset knownCharset(String name) {
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException unknown) {
      return null;
    }
  }

  private static boolean decodable(byte[] body, Charset charset) {
    try {
      UrlEncoded.decodeTo(new String(body, charset), new MultiMap<>(), charset);
      return true;
    } catch (RuntimeException undecodable) {
      return false;
    }
  }
}
