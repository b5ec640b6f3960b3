package dev.billingsim.simulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.server.HttpInput;

/**
 * Keeps a copy of a request body as it is read, leaving what the reader gets untouched: Jetty hands
 * each chunk of the body through the request's input interceptors before the reader sees it.
 */
final class BodyRecorder implements HttpInput.Interceptor {

  private final ByteArrayOutputStream copy;
  private HttpInput.Content last;

  /**
   * @param expectedLength the declared Content-Length, or -1: the copy's first size
   */
  BodyRecorder(long expectedLength) {
    copy = new ByteArrayOutputStream((int) Math.min(Math.max(expectedLength, 32), 64 * 1024));
  }

  @Override
  public HttpInput.Content readFrom(HttpInput.Content content) {
    // The same chunk may come back while it is only partly read: copy each chunk once, whole.
    if (content != null && content != last && !content.isSpecial()) {
      last = content;
      ByteBuffer bytes = content.getByteBuffer();
      if (bytes != null && bytes.hasRemaining()) {
        ByteBuffer view = bytes.duplicate();
        byte[] chunk = new byte[view.remaining()];
        view.get(chunk);
        copy.writeBytes(chunk);
      }
    }
    return content;
  }

  /** What has been read so far. */
  byte[] body() {
    return copy.toByteArray();
  }
}
