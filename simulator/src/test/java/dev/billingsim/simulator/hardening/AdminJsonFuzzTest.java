package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The billing admin API's JSON handling under Jazzer, coverage-guided (see {@link AdminJsonTarget}
 * for the property); its inputs are kept, replayed and fuzzed as {@link RpcParserFuzzTest} says.
 */
class AdminJsonFuzzTest {

  private static final AdminJsonTarget TARGET = new AdminJsonTarget();

  @FuzzTest(maxDuration = "2m")
  void refusesBadAdminJsonWithA400AndChangesNothing(FuzzedDataProvider data) {
    TARGET.check(data);
  }
}
