package dev.billingsim.testkit;

import java.util.Objects;

/** An AccessKey pair to sign calls with. */
public record Credentials(String accessKeyId, String accessKeySecret) {

  public Credentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(accessKeySecret, "accessKeySecret");
  }

  @Override
  public String toString() {
    return "Credentials[" + accessKeyId + "]"; // never print the secret
  }
}
