package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.Bytes;
import dev.billingsim.simulator.RunnableJar;
import dev.billingsim.simulator.Sdk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when the {@code --persist} file is damaged: the jar refuses to start with one
 * clear line naming the file, the byte offset and why, exit code 1, the file left untouched and no
 * port opened; a torn last record (a write cut by a crash, never acknowledged) is cut off with a
 * warning saying so, and the rest loads.
 */
class DamagedPersistFileIT {

  @TempDir Path dir;

  /** A log the jar wrote: its start plus two renewals, then stopped. */
  private byte[] realLog(Path file) throws Exception {
    try (RunnableJar jar =
        RunnableJar.start(
            "128m", "--port", "0", "--persist", file.toString(), "--flow-control", "off")) {
      var client =
          new com.aliyun.teaopenapi.Client(
              Sdk.config("127.0.0.1:" + jar.port(), "demo-ak", "demo-secret", false));
      for (int i = 0; i < 2; i++) {
        Sdk.call(client, Sdk.ENS, "RenewARMServerInstance", Map.of("InstanceId", "aic-demo-0001"));
      }
      jar.stop();
    }
    return Files.readAllBytes(file);
  }

  @Test
  void aCorruptOrTruncatedFileIsRefusedWithOneClearLineAndLeftAsItWas() throws Exception {
    Path good = dir.resolve("good.wal");
    byte[] log = realLog(good);
    // Latin-1 maps each byte to one char, so the string's indexes are the file's offsets.
    int lastRecord =
        new String(log, StandardCharsets.ISO_8859_1).lastIndexOf('\n', log.length - 2) + 1;
    Map<String, byte[]> damaged =
        Map.of(
            "a flipped byte in the first record", flip(log, 40),
            "the file cut inside its header", Arrays.copyOf(log, 10),
            "only the header left", Arrays.copyOf(log, 25),
            "garbage", "not a log at all\n".getBytes(StandardCharsets.US_ASCII),
            "a record deleted from the middle", splice(log, 40, 60));
    for (Map.Entry<String, byte[]> entry : damaged.entrySet()) {
      Path file = dir.resolve(entry.getKey().replace(' ', '-') + ".wal");
      Files.write(file, entry.getValue());
      RunnableJar jar = RunnableJar.launch("128m", "--port", "0", "--persist", file.toString());
      int exit = jar.exitCode(60);
      String output = jar.output();
      assertThat(exit).as(entry.getKey() + ": " + output).isEqualTo(1);
      assertThat(output)
          .as(entry.getKey())
          .doesNotContain("listening on")
          .contains("billing-simulator: cannot start: " + file.toAbsolutePath())
          .containsPattern("byte offset \\d+")
          .containsPattern("refusing to load");
      assertThat(output.strip().lines().count())
          .as(entry.getKey() + ": one line: " + output)
          .isEqualTo(1);
      assertThat(Files.readAllBytes(file))
          .as(entry.getKey() + ": the file is left as it was")
          .isEqualTo(entry.getValue());
      System.out.printf("DamagedPersistFileIT: %s -> %s%n", entry.getKey(), output.strip());
    }

    Path torn = dir.resolve("torn.wal");
    Files.write(torn, Arrays.copyOf(log, lastRecord + 30));
    try (RunnableJar jar = RunnableJar.start("128m", "--port", "0", "--persist", torn.toString())) {
      assertThat(jar.output())
          .contains(
              "warning: "
                  + torn.toAbsolutePath()
                  + ": discarded an incomplete last record at byte offset "
                  + lastRecord)
          .contains("it was never acknowledged");
      System.out.printf(
          "DamagedPersistFileIT: a torn last record -> %s%n",
          jar.output().lines().findFirst().orElse(""));
    }
  }

  private static byte[] flip(byte[] log, int at) {
    byte[] copy = log.clone();
    copy[at] ^= 0x20;
    return copy;
  }

  private static byte[] splice(byte[] log, int from, int to) {
    return Bytes.concat(Arrays.copyOf(log, from), Arrays.copyOfRange(log, to, log.length));
  }
}
