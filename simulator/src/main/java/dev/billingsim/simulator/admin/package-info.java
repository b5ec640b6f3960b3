/**
 * The billing admin API under {@code /__admin/billing} (contract section 5) as WireMock admin
 * tasks: state, reset, clock, faults, catalogue and orders, in JSON, refusing with {@code
 * {"error","problems"}}.
 */
package dev.billingsim.simulator.admin;
