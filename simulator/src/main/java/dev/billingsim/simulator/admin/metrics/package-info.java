/**
 * The simulator's metrics in Prometheus text format, at {@code /__admin/billing/metrics}, through
 * Micrometer's Prometheus registry: RPC requests by action and answer code with a latency histogram
 * (counted by {@link dev.billingsim.simulator.admin.metrics.BillingMetrics} as the RPC dispatcher
 * answers), and, read from the world when scraped, orders, money moved, instances, fault rules
 * fired, the journal's size and the clock.
 */
package dev.billingsim.simulator.admin.metrics;
