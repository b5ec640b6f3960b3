/**
 * State builders: a whole billing world (accounts with their money, instances with their terms)
 * written as Java, built into the domain's {@link dev.billingsim.domain.state.BillingState} and
 * sent as the state document, so no test writes JSON by hand. Times may be given relative to the
 * world's {@code now} ({@code expiresIn(Duration.ofDays(3))}).
 */
package dev.billingsim.testkit.world;
