package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The RPC parser and gateway under Jazzer, coverage-guided (see {@link ParserTarget} for the
 * property).
 *
 * <p>In a plain build this replays the empty input and every input kept under {@code
 * src/test/resources/dev/billingsim/simulator/hardening/<Class>Inputs/<method>/} (here {@code
 * RpcParserFuzzTestInputs/anyRequestBecomesAProtocolErrorOrAVerifiedCall/}), each one a past
 * finding or a corpus entry worth keeping. To fuzz for real, bounded by {@code maxDuration}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o -pl simulator test-compile surefire:test@fuzz-regression -Dtest=RpcParserFuzzTest
 * </pre>
 *
 * A finding is written to that inputs directory as {@code crash-<sha1>}: keep it there (it then
 * runs in every build) and fix what it shows.
 */
class RpcParserFuzzTest {

  private static final ParserTarget TARGET = new ParserTarget();

  @FuzzTest(maxDuration = "2m")
  void anyRequestBecomesAProtocolErrorOrAVerifiedCall(FuzzedDataProvider data) {
    TARGET.check(data);
  }
}
