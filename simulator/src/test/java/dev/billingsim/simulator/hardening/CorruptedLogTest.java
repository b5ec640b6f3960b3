package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.Bytes;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.persist.Persistence;
import dev.billingsim.simulator.persist.PersistenceException;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.world.World;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged {@code --persist} file is never loaded as if it were whole. A log of 60 committed
 * changes (renewals and a clock move's snapshot) is damaged at random 1,000 times (a byte flipped,
 * the file cut short, bytes inserted or deleted) and opened each time. Either it is refused with
 * one line naming the file and the byte offset, leaving the file untouched, or it loads exactly the
 * state after the last record wholly before the first damaged byte, and only when the damage is in
 * the last record (a torn write, reported as such) or the file was cut. Anything else, an older or
 * newer state, a state that never was, or another exception, fails.
 */
class CorruptedLogTest {

  private static final int CHANGES = 60;
  private static final int DAMAGES = Integer.getInteger("billing.corruptions", 1000);

  @TempDir Path dir;

  private final List<String> states = new ArrayList<>();
  private final List<Long> ends = new ArrayList<>();

  private byte[] writeLog(Path file) throws Exception {
    LoadWorld.Tenant tenant = LoadWorld.tenant("7300000000000", 0, 2);
    World world =
        World.startingAt(LoadWorld.NOW)
            .with(LoadWorld.account(tenant, "100000.00", "100.00", "50.00", "80.00"));
    BillingState start = LoadWorld.withInstances(world, tenant).toState();
    Persistence.Settings settings =
        new Persistence.Settings(1L << 30, new PrintStream(new ByteArrayOutputStream()));
    try (Persistence persistence = Persistence.open(file, start, settings)) {
      Billing billing = Billing.of(persistence.state());
      billing.onChange(persistence.listener());
      record(file, billing);
      Caller owner = Caller.of(tenant.uid());
      for (int i = 0; i < CHANGES; i++) {
        if (i == CHANGES / 2) {
          billing.advanceTo(billing.now().plus(Duration.ofDays(1)));
        } else {
          billing.renew(
              RenewInstances.of(
                  owner,
                  i % 2 == 0 ? Product.ENS : Product.ECS,
                  i % 2 == 0 ? tenant.ens().get(i % 4 / 2) : tenant.ecs().get(i % 4 / 2),
                  1));
        }
        record(file, billing);
      }
    }
    return Files.readAllBytes(file);
  }

  private void record(Path file, Billing billing) throws Exception {
    long size = Files.size(file);
    if (!ends.isEmpty() && ends.get(ends.size() - 1) == size) {
      return; // refused (no money left): no record
    }
    ends.add(size);
    states.add(StateDocument.toJson(billing.export()));
  }

  @Test
  void aDamagedLogIsRefusedWithItsOffsetOrLoadsExactlyTheRecordsBeforeTheDamage() throws Exception {
    byte[] log = writeLog(dir.resolve("whole.wal"));
    assertThat(ends).hasSizeGreaterThan(30);
    SplittableRandom random = new SplittableRandom(42);
    int refused = 0;
    int tornTails = 0;
    for (int n = 0; n < DAMAGES; n++) {
      byte[] damaged;
      String how;
      boolean cut = false;
      int kind = random.nextInt(4);
      int at = random.nextInt(log.length);
      switch (kind) {
        case 0:
          damaged = log.clone();
          damaged[at] ^= (byte) (1 + random.nextInt(255));
          how = "byte flipped at " + at;
          break;
        case 1:
          damaged = Arrays.copyOf(log, at);
          how = "cut to " + at + " bytes";
          cut = true;
          break;
        case 2:
          byte[] inserted = new byte[1 + random.nextInt(8)];
          random.nextBytes(inserted);
          damaged =
              Bytes.concat(
                  Arrays.copyOf(log, at), inserted, Arrays.copyOfRange(log, at, log.length));
          how = inserted.length + " bytes inserted at " + at;
          break;
        default:
          int to = Math.min(log.length, at + 1 + random.nextInt(16));
          damaged = Bytes.concat(Arrays.copyOf(log, at), Arrays.copyOfRange(log, to, log.length));
          how = (to - at) + " bytes deleted at " + at;
      }
      Path file = dir.resolve("damaged-" + n + ".wal");
      Files.write(file, damaged);
      ByteArrayOutputStream warnings = new ByteArrayOutputStream();
      Persistence.Settings settings =
          new Persistence.Settings(
              1L << 30, new PrintStream(warnings, true, StandardCharsets.UTF_8));
      int intact = recordsBefore(at);
      try (Persistence loaded = Persistence.open(file, StateDocument.demo(), settings)) {
        String state = StateDocument.toJson(loaded.state());
        assertThat(intact)
            .as("%s loaded, though the file holds no whole record before the damage", how)
            .isPositive();
        assertThat(state)
            .as("%s: the state loaded is the one after record %d", how, intact)
            .isEqualTo(states.get(intact - 1));
        boolean inLastRecord = intact >= ends.size() - 1;
        assertThat(cut || inLastRecord)
            .as("%s loaded although valid records follow the damage", how)
            .isTrue();
        if (intact < ends.size() && ends.get(intact - 1) < damaged.length) {
          assertThat(warnings.toString(StandardCharsets.UTF_8))
              .as("%s: the torn tail is reported", how)
              .contains("discarded an incomplete last record at byte offset");
          tornTails++;
        }
      } catch (PersistenceException e) {
        refused++;
        assertThat(e.getMessage())
            .as(how)
            .doesNotContain("\n")
            .contains(file.toAbsolutePath().toString())
            .containsPattern("byte offset \\d+|not a billing simulator log|breaks the state rules");
        assertThat(Files.readAllBytes(file))
            .as("%s: a refused file is left as it was", how)
            .isEqualTo(damaged);
      }
      Files.delete(file);
    }
    System.out.printf(
        "CorruptedLogTest: %d damaged logs: %d refused with their offset, %d loaded after "
            + "cutting a torn last record, %d loaded whole up to a cut; none loaded wrong%n",
        DAMAGES, refused, tornTails, DAMAGES - refused - tornTails);
    assertThat(refused).isGreaterThan(DAMAGES / 4);
  }

  /** How many records end at or before {@code offset}: the records the damage left whole. */
  private int recordsBefore(int offset) {
    return (int) ends.stream().filter(end -> end <= offset).count();
  }
}
