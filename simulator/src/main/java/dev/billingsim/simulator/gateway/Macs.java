package dev.billingsim.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One {@link Mac} per thread for an algorithm: {@code Mac.getInstance} walks the provider list,
 * which is too slow to repeat on every request, and a Mac is not thread-safe.
 *
 * <p>Each thread's Mac keeps the key it was last given: a load test signs with one key, and a Mac
 * stays keyed after {@code doFinal}, so only a new key pays for {@code init} (its key copy and
 * pads).
 */
final class Macs {

  private final String algorithm;
  private final ThreadLocal<Keyed> perThread;

  /** A thread's Mac and the key text it was initialised with (null before the first). */
  private static final class Keyed {
    final Mac mac;
    String key;

    Keyed(Mac mac) {
      this.mac = mac;
    }
  }

  Macs(String algorithm) {
    this.algorithm = algorithm;
    this.perThread = ThreadLocal.withInitial(() -> new Keyed(newMac(algorithm)));
    newMac(algorithm); // fail at construction, not on the first request
  }

  /** The MAC of {@code data} under the UTF-8 bytes of {@code key}. */
  byte[] sign(String key, byte[] data) {
    return sign(key, data, data.length);
  }

  /** The MAC of {@code data[0..length)} under the UTF-8 bytes of {@code key}. */
  byte[] sign(String key, byte[] data, int length) {
    Keyed keyed = perThread.get();
    if (!key.equals(keyed.key)) {
      try {
        keyed.key = null; // a failed init leaves no key behind
        keyed.mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        keyed.key = key;
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw new IllegalStateException(algorithm + " rejected its key", e);
      }
    }
    keyed.mac.update(data, 0, length);
    return keyed.mac.doFinal();
  }

  private static Mac newMac(String algorithm) {
    try {
      return Mac.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
