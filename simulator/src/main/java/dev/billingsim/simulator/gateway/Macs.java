package dev.billingsim.simulator.gateway;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's HMAC and SHA-256, with their checked exceptions (never thrown by a JDK) unchecked. */
final class Macs {

  private Macs() {}

  /** The {@code algorithm} MAC (HmacSHA1, HmacSHA256) of {@code data[0..length)}. */
  static byte[] sign(String algorithm, byte[] key, byte[] data, int length) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      mac.update(data, 0, length);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
