/**
 * The one step library, shared by both back ends: thin steps (five lines at most) that describe the
 * world through {@code ScenarioContext.world()} or call the {@code BillingDriver}.
 */
package dev.billingsim.features.steps;
