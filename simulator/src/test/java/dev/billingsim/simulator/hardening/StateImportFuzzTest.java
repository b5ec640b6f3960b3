package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * State document import under Jazzer, coverage-guided (see {@link StateImportTarget} for the
 * property); its inputs are kept, replayed and fuzzed as {@link RpcParserFuzzTest} says.
 */
class StateImportFuzzTest {

  private static final StateImportTarget TARGET = new StateImportTarget();

  @FuzzTest(maxDuration = "2m")
  void readsAnyDocumentIntoAStateOrItsProblems(FuzzedDataProvider data) {
    TARGET.check(data);
  }
}
