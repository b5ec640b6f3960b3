/**
 * The admin API's fault rules (contract section 5): what a rule selects, what it does (a catalogue
 * error, a network fault, a delay), how often and how likely it fires.
 *
 * <p>{@link dev.billingsim.simulator.faults.FaultRules} holds the rules of one simulator and is
 * asked on every RPC call, so its empty case costs one volatile read. It knows WireMock only to
 * name its network faults ({@link dev.billingsim.simulator.faults.NetworkFault}) and nothing of
 * HTTP or JSON.
 */
package dev.billingsim.simulator.faults;
