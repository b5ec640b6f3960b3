package dev.billingsim.simulator.http;

import dev.billingsim.simulator.admin.AdminJson;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import dev.billingsim.simulator.state.StateJson;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Bounds what a request body may cost before WireMock reads it. WireMock reads every body whole
 * into memory, and inflates it whole when it says {@code Content-Encoding: gzip}; with no bound a
 * 300 MB upload or a 400 KB gzip bomb exhausts the heap (the client got a 500, and every request in
 * flight could fail with it), and a body that only claims to be gzip made WireMock throw (500).
 *
 * <p>So: a declared {@code Content-Length} over the limit is refused at once, without reading the
 * body; a body of unknown length is read up to the limit and refused past it; a gzip body is
 * inflated here, up to the limit, and handed on inflated (a corrupt one is refused). The limit is
 * the RPC endpoint's 1 MiB on {@code /} and a state document's 64 MiB everywhere else, admin API
 * included. A refusal is the 400 JSON error of its side: Alibaba Cloud's InvalidParameter on the
 * RPC side, {@code {"error","problems"}} on the admin side. The connection is then closed, so an
 * unread body is never parsed as the next request.
 */
final class BodyLimitFilter implements Filter {

  private static final int BUFFER = 8192;
  private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};

  private final boolean admin;
  private final FilterRefusals refusals;

  /**
   * @param admin whether this filters the admin context (else the RPC and stub context)
   * @param refusals how an RPC request is refused
   */
  BodyLimitFilter(boolean admin, FilterRefusals refusals) {
    this.admin = admin;
    this.refusals = refusals;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse out = (HttpServletResponse) response;
    long limit = limitFor(http);
    long declared = http.getContentLengthLong();
    if (declared > limit) {
      refuse(http, out, "larger than " + describe(limit));
      return;
    }
    boolean gzip = isGzip(http.getHeader("Content-Encoding"));
    if (declared >= 0 && !gzip) {
      chain.doFilter(request, response); // known and small enough: WireMock may read it as it is
      return;
    }
    byte[] body = readAtMost(http.getInputStream(), limit);
    if (body == null) {
      refuse(http, out, "larger than " + describe(limit));
      return;
    }
    boolean inflate = gzip && startsWithGzipMagic(body);
    if (inflate) {
      try {
        body = readAtMost(new GZIPInputStream(new ByteArrayInputStream(body), BUFFER), limit);
      } catch (IOException corrupt) {
        refuse(http, out, "not valid gzip");
        return;
      }
      if (body == null) {
        refuse(http, out, "larger than " + describe(limit) + " once inflated");
        return;
      }
    }
    chain.doFilter(new BufferedRequest(http, body, inflate, false), response);
  }

  private long limitFor(HttpServletRequest request) {
    if (admin) {
      return StateJson.MAX_DOCUMENT_BYTES;
    }
    String path = request.getRequestURI();
    return path == null || path.equals("/") || path.isEmpty()
        ? RpcRequestParser.MAX_BODY_BYTES
        : StateJson.MAX_DOCUMENT_BYTES;
  }

  /** The whole stream if it holds at most {@code limit} bytes, else null (having read limit+1). */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] body = in.readNBytes(Math.toIntExact(limit + 1));
    return body.length > limit ? null : body;
  }

  private static boolean isGzip(String contentEncoding) {
    return contentEncoding != null && contentEncoding.toLowerCase(Locale.ROOT).contains("gzip");
  }

  private static boolean startsWithGzipMagic(byte[] body) {
    return body.length >= 2 && body[0] == GZIP_MAGIC[0] && body[1] == GZIP_MAGIC[1];
  }

  private static String describe(long limit) {
    return limit % (1024 * 1024) == 0 ? (limit >> 20) + " MiB" : limit + " bytes";
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    // The body may be left unread (or half read): the connection cannot carry another request.
    response.setHeader("Connection", "close");
    if (admin) {
      FilterRefusals.send(
          response,
          400,
          AdminJson.refused(400, "the request body is " + why, List.of("body: " + why))
              .getByteBody());
    } else {
      refusals.sendInvalidParameter("Body", request, response);
    }
    response.flushBuffer();
  }
}
