package dev.billingsim.simulator.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;

/** A request body the filters have already read, served again to WireMock from memory. */
final class BodyInMemory extends ServletInputStream {

  private final ByteArrayInputStream in;

  BodyInMemory(byte[] body) {
    this.in = new ByteArrayInputStream(body);
  }

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
}
