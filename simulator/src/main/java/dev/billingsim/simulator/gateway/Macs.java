package dev.billingsim.simulator.gateway;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One {@link Mac} per thread for an algorithm: {@code Mac.getInstance} walks the provider list,
 * which is too slow to repeat on every request, and a Mac is not thread-safe.
 */
final class Macs {

  private final String algorithm;
  private final ThreadLocal<Mac> perThread;

  Macs(String algorithm) {
    this.algorithm = algorithm;
    this.perThread = ThreadLocal.withInitial(() -> newMac(algorithm));
    newMac(algorithm); // fail at construction, not on the first request
  }

  byte[] sign(byte[] key, byte[] data) {
    return sign(key, data, data.length);
  }

  /** The MAC of {@code data[0..length)}. */
  byte[] sign(byte[] key, byte[] data, int length) {
    Mac mac = perThread.get();
    try {
      mac.init(new SecretKeySpec(key, algorithm));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " rejected its key", e);
    }
    mac.update(data, 0, length);
    return mac.doFinal();
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
