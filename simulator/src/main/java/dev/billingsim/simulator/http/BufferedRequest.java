package dev.billingsim.simulator.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request whose body the filters have already read, served again to WireMock from memory: with
 * its gzip {@code Content-Encoding} hidden once {@link BodyLimitFilter} has inflated it, or with
 * its form content type hidden from WireMock's decoder when {@link UndecodableFormFilter} asks.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

  private static final String ENCODING = "Content-Encoding";
  private final byte[] body;
  private final boolean inflated;
  private final boolean hideForm;

  BufferedRequest(HttpServletRequest request, byte[] body, boolean inflated, boolean hideForm) {
    super(request);
    this.body = body;
    this.inflated = inflated;
    this.hideForm = hideForm;
  }

  @Override
  public String getHeader(String name) {
    return inflated && ENCODING.equalsIgnoreCase(name) ? null : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return inflated && ENCODING.equalsIgnoreCase(name)
        ? Collections.emptyEnumeration()
        : super.getHeaders(name);
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    if (!inflated) {
      return super.getHeaderNames();
    }
    List<String> names = Collections.list(super.getHeaderNames());
    names.removeIf(ENCODING::equalsIgnoreCase);
    return Collections.enumeration(names);
  }

  @Override
  public String getContentType() {
    return hideForm ? "application/octet-stream" : super.getContentType();
  }

  @Override
  public String getCharacterEncoding() {
    return hideForm ? null : super.getCharacterEncoding();
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body is already in memory");
      }
    };
  }
}
