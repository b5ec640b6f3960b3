package dev.billingsim.simulator.persist;

import static dev.billingsim.simulator.persist.Worlds.renew;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.instance.Product;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

  private static final long THRESHOLD = 16 * 1024;

  @TempDir Path dir;

  @Test
  void keepsTheStateWhileKeepingTheFileSmall() throws Exception {
    Path file = dir.resolve("billing.log");
    String before;
    long largest = 0;
    long uncompacted = 0;
    try (Worlds.Live live = new Worlds.Live(file, Worlds.accounts(4), THRESHOLD)) {
      for (int round = 0; round < 30; round++) {
        for (int account = 0; account < 4; account++) {
          long size = Files.size(file);
          renew(live.billing, account, round % 2 == 0 ? Product.ENS : Product.ECS, 1);
          uncompacted += Math.max(0, Files.size(file) - size);
          largest = Math.max(largest, Files.size(file));
        }
      }
      before = live.export();
    }

    LogFile log = new LogFile(file);
    assertThat(log.recordOffsets()).hasSizeLessThan(60);
    assertThat(new String(log.record(0), StandardCharsets.UTF_8))
        .startsWith("S ")
        .contains("200000000001");
    assertThat(largest).isLessThan(uncompacted / 2);
    try (Worlds.Live again = new Worlds.Live(file, Worlds.accounts(1), THRESHOLD)) {
      assertThat(again.export()).isEqualTo(before);
      assertThat(again.export()).contains("\"orderId\": \"200000000120\"");
    }
  }

  @Test
  void removesTheLeftoverOfAnInterruptedCompaction() throws Exception {
    Path file = dir.resolve("billing.log");
    String before;
    try (Worlds.Live live = new Worlds.Live(file, Worlds.accounts(1))) {
      renew(live.billing, 0, Product.ENS, 1);
      before = live.export();
    }
    Files.writeString(LogFiles.temporary(file), "billing-simulator-log v1\nS 00000");

    assertThat(Worlds.reopened(file).export()).isEqualTo(before);
    assertThat(LogFiles.temporary(file)).doesNotExist();
  }
}
