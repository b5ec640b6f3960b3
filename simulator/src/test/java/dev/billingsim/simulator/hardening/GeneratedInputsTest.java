package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The fuzz targets' properties on seeded random inputs, in every build: at least 10,000 inputs per
 * target (parser 20,000), from {@link RandomData} (Jazzer's data interface over a seeded random
 * source), so each target's CI run is reproducible and a failure names the seed that reproduces it.
 * The coverage-guided runs of the same properties are the {@code *FuzzTest} classes.
 *
 * <p>{@code -Dbilling.fuzz.inputs=N} runs N inputs per target instead and {@code
 * -Dbilling.fuzz.seed=S} starts from another seed. A seed that ever failed goes into {@link
 * #REGRESSIONS}, so it is replayed in every build after its fix.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class GeneratedInputsTest {

  static final int INPUTS = Integer.getInteger("billing.fuzz.inputs", 10_000);
  static final long FIRST_SEED = Long.getLong("billing.fuzz.seed", 20_261_123L);
  private static final int MAX_BYTES = 4096;

  /**
   * Seeds that once failed, by target; each is replayed in every build. (Inputs found before the
   * generators took their present shape are replayed verbatim by {@link FoundByFuzzingTest}.)
   */
  static final List<Object[]> REGRESSIONS =
      List.<Object[]>of(
          // {"subsystem":null,"error":"OrderCaptureFailed"}: a NullPointerException, a 500
          new Object[] {"admin JSON", 20_265_512L});

  @Test
  void parserAnswersEveryGeneratedRequestWithAProtocolErrorOrACall() {
    run("parser", new ParserTarget()::check, 2 * INPUTS);
  }

  @Test
  void signatureVerifierAcceptsOfficialSignaturesAndRefusesEveryForgery() {
    run("signature", new SignatureTarget()::check, INPUTS);
  }

  @Test
  void adminApiRefusesGeneratedJsonWithA400AndChangesNothing() {
    AdminJsonTarget target = new AdminJsonTarget();
    run("admin JSON", target::check, INPUTS);
    assertThat(target.accepted)
        .as("generated admin requests that were valid")
        .isGreaterThan(INPUTS / 100);
  }

  @Test
  void stateImportReadsEveryGeneratedDocumentIntoAStateOrItsProblems() {
    StateImportTarget target = new StateImportTarget();
    run("state import", target::check, INPUTS);
    assertThat(target.valid)
        .as("generated documents that were still valid")
        .isGreaterThan(INPUTS / 100);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @FieldSource("REGRESSIONS")
  void seedsThatOnceFailedStayFixed(String target, long seed) {
    Consumer<FuzzedDataProvider> property =
        switch (target) {
          case "parser" -> new ParserTarget()::check;
          case "signature" -> new SignatureTarget()::check;
          case "admin JSON" -> new AdminJsonTarget()::check;
          default -> new StateImportTarget()::check;
        };
    property.accept(RandomData.seeded(seed, MAX_BYTES));
  }

  private static void run(String target, Consumer<FuzzedDataProvider> property, int inputs) {
    long started = System.nanoTime();
    for (long seed = FIRST_SEED; seed < FIRST_SEED + inputs; seed++) {
      try {
        property.accept(RandomData.seeded(seed, MAX_BYTES));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            String.format(
                "%s failed on seed %d (reproduce with -Dbilling.fuzz.seed=%d, then keep it in"
                    + " REGRESSIONS): %s",
                target, seed, seed, e.getMessage()),
            e);
      }
    }
    System.out.printf(
        "GeneratedInputsTest: %s: %,d inputs in %.1f s%n",
        target, inputs, (System.nanoTime() - started) / 1e9);
  }
}
