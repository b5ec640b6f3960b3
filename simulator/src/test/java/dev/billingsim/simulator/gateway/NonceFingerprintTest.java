package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NonceFingerprintTest {

  @Test
  void isMurmurHash3OfTheLengthPrefixedKeyAndNonceAsGuavaComputesIt() {
    // Every tail length (0 to 7 UTF-16 units) and several whole blocks, ASCII and not.
    for (String key : new String[] {"", "AK", "LTAI5tDemoAccessKey01", "密钥"}) {
      StringBuilder nonce = new StringBuilder();
      for (int length = 0; length <= 40; length++) {
        long[] ours = new long[2];
        NonceFingerprint.of(key, nonce.toString(), ours);

        assertThat(ours).as("key %s, nonce %s", key, nonce).containsExactly(guava(key, nonce));
        nonce.append(length % 3 == 0 ? 'é' : (char) ('a' + length % 26));
      }
    }
  }

  @Test
  void tellsApartTheSameCharactersSplitDifferentlyBetweenKeyAndNonce() {
    long[] first = new long[2];
    long[] second = new long[2];
    NonceFingerprint.of("ab", "c", first);
    NonceFingerprint.of("a", "bc", second);

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void givesAHundredThousandSequentialNoncesDistinctFingerprints() {
    Set<String> seen = new HashSet<>();
    long[] fingerprint = new long[2];
    for (int i = 0; i < 100_000; i++) {
      NonceFingerprint.of("AK", "nonce-" + i, fingerprint);
      seen.add(fingerprint[0] + ":" + fingerprint[1]);
    }

    assertThat(seen).hasSize(100_000);
  }

  /** Guava's MurmurHash3 x64 128 of the same units, as its two little-endian halves. */
  private static long[] guava(String key, CharSequence nonce) {
    String units = "" + (char) (key.length() >>> 16) + (char) key.length() + key + nonce;
    ByteBuffer bytes = ByteBuffer.allocate(units.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < units.length(); i++) {
      bytes.putChar(units.charAt(i));
    }
    byte[] hash = Hashing.murmur3_128().hashBytes(bytes.array()).asBytes();
    ByteBuffer halves = ByteBuffer.wrap(hash).order(ByteOrder.LITTLE_ENDIAN);
    return new long[] {halves.getLong(0), halves.getLong(8)};
  }
}
