/**
 * A worked example of a downstream service tested against the simulator: {@link
 * dev.billingsim.testkit.example.RenewalJob} renews the ENS servers that expire within a week,
 * retries transient failures and reports the rest; {@link
 * dev.billingsim.testkit.example.RenewalJobIT} shows its tests with the JUnit extension (happy
 * path, payment and pricing timeouts, insufficient balance, a connection reset, auto-renewal when
 * the clock moves). Only {@code RenewalJobIT} uses the test kit: the job itself knows nothing of
 * the simulator, as production code should not.
 */
package dev.billingsim.testkit.example;
