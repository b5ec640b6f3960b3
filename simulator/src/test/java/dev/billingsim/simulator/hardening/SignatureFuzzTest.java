package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The V1 and V3 signature verifiers under Jazzer, coverage-guided (see {@link SignatureTarget} for
 * the property).
 *
 * <p>In a plain build this replays the empty input and every input kept under {@code
 * src/test/resources/dev/billingsim/simulator/hardening/SignatureFuzzTestInputs/acceptsWhatTheOfficialClientSignsAndNoForgery/}
 * (each one a past finding or a corpus entry worth keeping). To fuzz for real, bounded by {@code
 * maxDuration}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o -pl simulator test-compile surefire:test@fuzz-regression -Dtest=SignatureFuzzTest
 * </pre>
 *
 * A finding is written to that inputs directory as {@code crash-<sha1>}: keep it there (it then
 * runs in every build) and fix what it shows.
 */
class SignatureFuzzTest {

  private static final SignatureTarget TARGET = new SignatureTarget();

  @FuzzTest(maxDuration = "2m")
  void acceptsWhatTheOfficialClientSignsAndNoForgery(FuzzedDataProvider data) {
    TARGET.check(data);
  }
}
