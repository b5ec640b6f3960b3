/**
 * The running simulator: {@link dev.billingsim.simulator.Main} (the jar), {@link
 * dev.billingsim.simulator.Simulator} and its builder, which wire WireMock, the gateway, the
 * actions and the admin API together, and {@link dev.billingsim.simulator.SimulatorWorld}, what one
 * running simulator holds.
 */
package dev.billingsim.simulator;
