package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.SplittableRandom;

/**
 * The seeded generator behind the CI-time runs of every fuzz target: Jazzer's {@link
 * FuzzedDataProvider} answered from a {@link SplittableRandom} instead of a mutated byte array, so
 * one property method serves both the coverage-guided fuzzer and a reproducible random run (a
 * failing seed reproduces its input exactly). Like Jazzer's, it holds a bounded number of bytes;
 * once they are spent, every value is the smallest allowed and every string is empty.
 */
final class RandomData implements FuzzedDataProvider {

  private static final String SPECIAL = "%&=+?#/\\\"'{}[],:;\u0000\n\r\t ~*";

  private final SplittableRandom random;
  private int remaining;

  RandomData(long seed, int bytes) {
    this.random = new SplittableRandom(seed);
    this.remaining = bytes;
  }

  /** An input of a random size up to {@code maxBytes}, biased towards small ones. */
  static RandomData seeded(long seed, int maxBytes) {
    SplittableRandom sizes = new SplittableRandom(seed * 0x9E3779B97F4A7C15L);
    int bytes =
        sizes.nextInt(4) == 0 ? sizes.nextInt(maxBytes + 1) : sizes.nextInt(maxBytes / 8 + 1);
    return new RandomData(seed, bytes);
  }

  private boolean spend(int bytes) {
    boolean enough = remaining >= bytes;
    remaining = enough ? remaining - bytes : 0;
    return enough;
  }

  @Override
  public boolean consumeBoolean() {
    return spend(1) && random.nextBoolean();
  }

  @Override
  public boolean[] consumeBooleans(int maxLength) {
    throw unused();
  }

  @Override
  public byte consumeByte() {
    return spend(1) ? (byte) random.nextInt(256) : 0;
  }

  @Override
  public byte consumeByte(byte min, byte max) {
    return (byte) consumeLong(min, max);
  }

  @Override
  public byte[] consumeBytes(int maxLength) {
    int length = Math.min(Math.max(0, drawLength(maxLength)), remaining);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    remaining -= length;
    return bytes;
  }

  @Override
  public byte[] consumeRemainingAsBytes() {
    throw unused();
  }

  @Override
  public short consumeShort() {
    return (short) consumeLong(Short.MIN_VALUE, Short.MAX_VALUE);
  }

  @Override
  public short consumeShort(short min, short max) {
    return (short) consumeLong(min, max);
  }

  @Override
  public short[] consumeShorts(int maxLength) {
    throw unused();
  }

  @Override
  public int consumeInt() {
    return spend(4) ? random.nextInt() : 0;
  }

  @Override
  public int consumeInt(int min, int max) {
    return (int) consumeLong(min, max);
  }

  @Override
  public int[] consumeInts(int maxLength) {
    throw unused();
  }

  @Override
  public long consumeLong() {
    return spend(8) ? random.nextLong() : 0L;
  }

  @Override
  public long consumeLong(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min > max");
    }
    if (!spend(1) || min == max) {
      return min;
    }
    // Edges are where bugs live: a quarter of the draws are the bounds or their neighbours.
    int edge = random.nextInt(8);
    if (edge < 2) {
      return edge == 0 ? min : max;
    }
    long span = max - min;
    if (span < 0) { // the range is over half of all longs: draw until one falls in it
      long value;
      do {
        value = random.nextLong();
      } while (value < min || value > max);
      return value;
    }
    return span == Long.MAX_VALUE
        ? min + (random.nextLong() & Long.MAX_VALUE)
        : min + random.nextLong(span + 1);
  }

  @Override
  public long[] consumeLongs(int maxLength) {
    throw unused();
  }

  @Override
  public float consumeFloat() {
    return (float) consumeDouble();
  }

  @Override
  public float consumeRegularFloat() {
    return (float) consumeRegularDouble();
  }

  @Override
  public float consumeRegularFloat(float min, float max) {
    return (float) consumeRegularDouble(min, max);
  }

  @Override
  public float consumeProbabilityFloat() {
    return (float) consumeProbabilityDouble();
  }

  @Override
  public double consumeDouble() {
    throw unused();
  }

  @Override
  public double consumeRegularDouble() {
    double value = Double.longBitsToDouble(spend(8) ? random.nextLong() : 0L);
    return Double.isFinite(value) ? value : 0;
  }

  @Override
  public double consumeRegularDouble(double min, double max) {
    return spend(8) ? min + (max - min) * random.nextDouble() : min;
  }

  @Override
  public double consumeProbabilityDouble() {
    return spend(8) ? random.nextDouble() : 0;
  }

  @Override
  public char consumeChar() {
    return spend(2) ? (char) random.nextInt(Character.MAX_VALUE + 1) : 0;
  }

  @Override
  public char consumeChar(char min, char max) {
    return (char) consumeLong(min, max);
  }

  @Override
  public char consumeCharNoSurrogates() {
    throw unused();
  }

  @Override
  public String consumeString(int maxLength) {
    int length = drawLength(maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length && remaining > 0; i++) {
      text.append(interestingChar());
    }
    return text.toString();
  }

  @Override
  public String consumeRemainingAsString() {
    return consumeString(remaining);
  }

  @Override
  public String consumeAsciiString(int maxLength) {
    int length = drawLength(maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length && spend(1); i++) {
      text.append((char) random.nextInt(128));
    }
    return text.toString();
  }

  @Override
  public String consumeRemainingAsAsciiString() {
    return consumeAsciiString(remaining);
  }

  @Override
  public int remainingBytes() {
    return remaining;
  }

  /** A length up to {@code maxLength} and the bytes left, drawn without spending any. */
  private int drawLength(int maxLength) {
    return Math.min(maxLength, random.nextInt(Math.max(1, Math.min(maxLength, remaining) + 1)));
  }

  /** Mostly printable ASCII, with the characters parsers and encoders trip on mixed in. */
  private char interestingChar() {
    spend(1);
    int kind = random.nextInt(20);
    if (kind < 12) {
      return (char) (0x20 + random.nextInt(0x5F));
    }
    return switch (kind) {
      case 12 -> SPECIAL.charAt(random.nextInt(SPECIAL.length()));
      case 13 -> (char) random.nextInt(0x20);
      case 14 -> (char) (0x80 + random.nextInt(0x780));
      case 15 -> (char) (0xD800 + random.nextInt(0x800)); // lone surrogates
      case 16 -> "\u00e9\u4e2d\u202e\ufeff\uffff\u2028".charAt(random.nextInt(6)); // 6 chars
      default -> (char) random.nextInt(Character.MAX_VALUE + 1);
    };
  }

  /** What no fuzz target draws (arrays, doubles with their NaNs and infinities) is not made. */
  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("no fuzz target draws this; add it when one does");
  }
}
