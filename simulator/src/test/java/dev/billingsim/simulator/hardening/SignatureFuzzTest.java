package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The V1 and V3 signature verifiers under Jazzer, coverage-guided (see {@link SignatureTarget} for
 * the property); its inputs are kept, replayed and fuzzed as {@link RpcParserFuzzTest} says.
 */
class SignatureFuzzTest {

  private static final SignatureTarget TARGET = new SignatureTarget();

  @FuzzTest(maxDuration = "2m")
  void acceptsWhatTheOfficialClientSignsAndNoForgery(FuzzedDataProvider data) {
    TARGET.check(data);
  }
}
