package dev.billingsim.simulator.persist;

import static dev.billingsim.simulator.persist.Worlds.renew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingsim.domain.instance.Product;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {

  @TempDir Path dir;
  private Path file;

  /** The world after the snapshot and after each of the three changes. */
  private final List<String> after = new ArrayList<>();

  @BeforeEach
  void aLogOfASnapshotAndThreeChanges() {
    file = dir.resolve("billing.log");
    try (Worlds.Live live = new Worlds.Live(file, Worlds.accounts(2))) {
      after.add(live.export());
      renew(live.billing, 0, Product.ENS, 1);
      after.add(live.export());
      renew(live.billing, 1, Product.ECS, 2);
      after.add(live.export());
      renew(live.billing, 0, Product.ECS, 3);
      after.add(live.export());
    }
  }

  @Test
  void dropsATornLastRecordWithAWarning() throws Exception {
    LogFile log = new LogFile(file);
    byte[] partial = Arrays.copyOf(log.record(1), 60);
    LogFile.write(file, log.bytes, partial);

    try (Worlds.Live live = new Worlds.Live(file, Worlds.accounts(1))) {
      assertThat(live.export()).isEqualTo(after.get(3));
      assertThat(live.warnings())
          .contains(
              file.toString(),
              "discarded an incomplete last record at byte offset " + log.bytes.length)
          .contains("never acknowledged");
      renew(live.billing, 1, Product.ENS, 1);
      after.add(live.export());
    }

    Worlds.Live again = Worlds.reopened(file);
    assertThat(again.export()).isEqualTo(after.get(4));
    assertThat(again.warnings()).isEmpty();
  }

  @Test
  void dropsALastRecordWithABadChecksum() throws Exception {
    LogFile log = new LogFile(file);
    int last = log.recordOffsets().get(3);
    log.bytes[last + LogFormat.FRAME_HEADER + 5] ^= 0x01;
    Files.write(file, log.bytes);

    Worlds.Live live = Worlds.reopened(file);
    assertThat(live.export()).isEqualTo(after.get(2));
    assertThat(live.warnings()).contains("byte offset " + last, "bad checksum");
  }

  @Test
  void dropsARecordCutInsideItsLength() throws Exception {
    LogFile log = new LogFile(file);
    LogFile.write(file, log.bytes, "C 00000".getBytes(StandardCharsets.US_ASCII));

    Worlds.Live live = Worlds.reopened(file);
    assertThat(live.export()).isEqualTo(after.get(3));
    assertThat(live.warnings()).contains("byte offset " + log.bytes.length);
    assertThat(Files.size(file)).isEqualTo(log.bytes.length);
  }

  @Test
  void refusesACorruptRecordFollowedByValidOnes() throws Exception {
    LogFile log = new LogFile(file);
    int second = log.recordOffsets().get(1);
    log.bytes[second + LogFormat.FRAME_HEADER + 5] ^= 0x01;
    Files.write(file, log.bytes);

    assertOpeningFails()
        .hasMessageStartingWith(
            file + ": corrupt record at byte offset " + second + " (bad checksum)")
        .hasMessageContaining("refusing to load")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesARecordWithoutItsLineBreakBeforeTheLastOne() throws Exception {
    LogFile log = new LogFile(file);
    int third = log.recordOffsets().get(2);
    int last = log.recordOffsets().get(3);
    log.bytes[last - 1] = ' ';
    Files.write(file, log.bytes);

    assertOpeningFails()
        .hasMessageStartingWith(file + ": corrupt record at byte offset " + third)
        .hasMessageContaining("valid records after it at byte offset " + last);
  }

  @Test
  void refusesGarbageInTheMiddle() throws Exception {
    LogFile log = new LogFile(file);
    int second = log.recordOffsets().get(1);
    byte[] head = Arrays.copyOf(log.bytes, second);
    byte[] tail = Arrays.copyOfRange(log.bytes, second, log.bytes.length);
    LogFile.write(file, head, "\0\0\0garbage".getBytes(StandardCharsets.US_ASCII), tail);

    assertOpeningFails().hasMessageStartingWith(file + ": corrupt record at byte offset " + second);
  }

  @Test
  void refusesALengthThatRunsPastTheEndWhenValidRecordsFollow() throws Exception {
    LogFile log = new LogFile(file);
    int second = log.recordOffsets().get(1);
    log.bytes[second + 2] = '9';
    Files.write(file, log.bytes);

    assertOpeningFails().hasMessageStartingWith(file + ": corrupt record at byte offset " + second);
  }

  @Test
  void refusesASnapshotThatDoesNotParse() throws Exception {
    LogFile.write(
        file,
        LogFormat.HEADER,
        LogFormat.frame(LogFormat.SNAPSHOT, "{\"now\": 1}".getBytes(StandardCharsets.UTF_8)));

    assertOpeningFails()
        .hasMessage(
            file
                + ": record at byte offset "
                + LogFormat.HEADER.length
                + " (snapshot) cannot be read: now: must be an ISO-8601 UTC instant like"
                + " 2026-11-22T00:00:00Z; refusing to load the file");
  }

  @Test
  void refusesALogThatDoesNotStartWithASnapshot() throws Exception {
    LogFile log = new LogFile(file);
    LogFile.write(file, LogFormat.HEADER, log.record(1));

    assertOpeningFails().hasMessageContaining("does not start with a snapshot");
  }

  @Test
  void refusesAFileThatIsNotALog() throws Exception {
    Files.writeString(file, "{\"now\": \"2026-11-22T00:00:00Z\"}");

    assertOpeningFails()
        .hasMessageStartingWith(file + ": byte offset 0: not a billing simulator log");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertOpeningFails() {
    return assertThatThrownBy(() -> Persistence.open(file, Worlds.accounts(1)))
        .isInstanceOf(PersistenceException.class);
  }
}
