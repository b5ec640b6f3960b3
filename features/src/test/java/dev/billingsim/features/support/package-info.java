/**
 * What the steps stand on: the {@code BillingDriver} port, the per-scenario {@code
 * ScenarioContext}, the world under description, parameter types and tables, and the {@code
 * @code:} tag scheme with the hook that checks it at run time.
 */
package dev.billingsim.features.support;
