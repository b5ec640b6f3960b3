package dev.billingsim.benchmarks;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal HTTP/1.1 keep-alive client over one socket: writes a request's bytes, reads the status
 * line, the headers and a {@code Content-Length} or chunked body (the servers of the in-process
 * HTTP benchmarks never chunk; WireMock's standalone jar does by default).
 *
 * <p>Why not {@code java.net.http.HttpClient}: on two cores every microsecond the client spends is
 * taken from the server; this client costs a few microseconds a request and allocates almost
 * nothing, so the comparison measures the servers. It is the same client, sending the same bytes,
 * for both. Not thread-safe: one per client thread.
 */
final class LoopbackClient implements Closeable {

  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CHUNKED =
      "transfer-encoding: chunked".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONNECTION_CLOSE =
      "connection: close".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};

  private final int port;
  private byte[] buffer = new byte[8 * 1024];
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private int filled;
  private int bodyStart;
  private int bodyEnd;

  LoopbackClient(int port) {
    this.port = port;
  }

  /**
   * Sends one request and reads the whole response; returns its status. A connection the server
   * closed while idle is reopened once, before any byte of the answer was read.
   */
  int send(byte[] request) throws IOException {
    for (int attempt = 0; ; attempt++) {
      if (socket == null) {
        connect();
      }
      try {
        out.write(request);
        out.flush();
        return readResponse();
      } catch (EOFException | java.net.SocketException closed) {
        close();
        if (attempt > 0) {
          throw closed;
        }
      }
    }
  }

  /** The body of the last response, as a string (for checks, not on the measured path). */
  String body() {
    return new String(buffer, bodyStart, bodyEnd - bodyStart, StandardCharsets.UTF_8);
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setKeepAlive(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(30_000);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  private int readResponse() throws IOException {
    filled = 0;
    int headerEnd = await(0, BLANK_LINE) + BLANK_LINE.length;
    int status = statusOf(buffer);
    int length = contentLength(buffer, headerEnd);
    boolean close = indexOfIgnoreCase(buffer, 0, headerEnd, CONNECTION_CLOSE) >= 0;
    bodyStart = headerEnd;
    if (length >= 0) {
      bodyEnd = headerEnd + length;
      fillTo(bodyEnd);
    } else if (indexOfIgnoreCase(buffer, 0, headerEnd, CHUNKED) >= 0) {
      readChunks(headerEnd);
    } else {
      throw new IOException("neither Content-Length nor chunked in the response");
    }
    if (close) {
      close();
    }
    return status;
  }

  /**
   * Reads a chunked body that starts at {@code headerEnd}, moving the chunks' data together from
   * there on; skips extensions and trailers.
   */
  private void readChunks(int headerEnd) throws IOException {
    int at = headerEnd;
    int end = headerEnd;
    while (true) {
      int lineEnd = await(at, CRLF);
      int size = chunkSize(buffer, at, lineEnd);
      at = lineEnd + 2;
      if (size == 0) {
        break;
      }
      fillTo(at + size + 2);
      System.arraycopy(buffer, at, buffer, end, size);
      end += size;
      at += size + 2;
    }
    for (int lineEnd; (lineEnd = await(at, CRLF)) != at; ) {
      at = lineEnd + 2;
    }
    bodyEnd = end;
  }

  private static int chunkSize(byte[] bytes, int from, int to) throws IOException {
    int size = 0;
    for (int i = from; i < to && bytes[i] != ';'; i++) {
      int digit = Character.digit(bytes[i], 16);
      if (digit < 0 || size > (Integer.MAX_VALUE >> 4)) {
        throw new IOException("not a chunk size");
      }
      size = size * 16 + digit;
    }
    return size;
  }

  /** Where {@code lowerCase} first starts from {@code from} on, reading until it is there. */
  private int await(int from, byte[] lowerCase) throws IOException {
    int at;
    while ((at = indexOfIgnoreCase(buffer, from, filled, lowerCase)) < 0) {
      fill();
    }
    return at;
  }

  private void fillTo(int length) throws IOException {
    if (length > buffer.length) {
      buffer = Arrays.copyOf(buffer, length);
    }
    while (filled < length) {
      fill();
    }
  }

  private void fill() throws IOException {
    if (filled == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, filled, buffer.length - filled);
    if (read < 0) {
      throw new EOFException("the server closed the connection");
    }
    filled += read;
  }

  private static int statusOf(byte[] bytes) throws IOException {
    // "HTTP/1.1 200 ..."
    if (bytes[8] != ' ') {
      throw new IOException("not an HTTP/1.1 status line");
    }
    return (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
  }

  private static int contentLength(byte[] bytes, int headerEnd) {
    int at = indexOfIgnoreCase(bytes, 0, headerEnd, CONTENT_LENGTH);
    if (at < 0) {
      return -1;
    }
    int i = at + CONTENT_LENGTH.length;
    while (bytes[i] == ' ') {
      i++;
    }
    int value = 0;
    while (bytes[i] >= '0' && bytes[i] <= '9') {
      value = value * 10 + (bytes[i] - '0');
      i++;
    }
    return value;
  }

  /**
   * Where {@code lowerCase} first starts in {@code bytes[from..to)}, letters in any case; or -1.
   */
  private static int indexOfIgnoreCase(byte[] bytes, int from, int to, byte[] lowerCase) {
    outer:
    for (int i = from; i <= to - lowerCase.length; i++) {
      for (int j = 0; j < lowerCase.length; j++) {
        byte b = bytes[i + j];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != lowerCase[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
    out = null;
    in = null;
  }
}
