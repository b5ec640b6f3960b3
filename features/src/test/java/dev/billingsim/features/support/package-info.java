/**
 * What the steps stand on: the {@code BillingDriver} port, the per-scenario {@code
 * ScenarioContext} (with the simulator's {@code World} under description), parameter types and
 * tables, what both drivers write and read the same way ({@code Wire}), and the {@code
 * @code:} tag scheme with the hook that checks it at run time.
 */
package dev.billingsim.features.support;
