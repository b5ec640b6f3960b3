package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * State document import under Jazzer, coverage-guided (see {@link StateImportTarget} for the
 * property).
 *
 * <p>In a plain build this replays the empty input and every input kept under {@code
 * src/test/resources/dev/billingsim/simulator/hardening/StateImportFuzzTestInputs/readsAnyDocumentIntoAStateOrItsProblems/}
 * (each one a past finding or a corpus entry worth keeping). To fuzz for real, bounded by {@code
 * maxDuration}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o -pl simulator test-compile surefire:test@fuzz-regression -Dtest=StateImportFuzzTest
 * </pre>
 *
 * A finding is written to that inputs directory as {@code crash-<sha1>}: keep it there (it then
 * runs in every build) and fix what it shows.
 */
class StateImportFuzzTest {

  private static final StateImportTarget TARGET = new StateImportTarget();

  @FuzzTest(maxDuration = "2m")
  void readsAnyDocumentIntoAStateOrItsProblems(FuzzedDataProvider data) {
    TARGET.check(data);
  }
}
