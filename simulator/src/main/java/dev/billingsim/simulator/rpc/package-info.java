/**
 * The RPC path: {@link dev.billingsim.simulator.rpc.RpcDispatcher}, the one WireMock extension that
 * answers every call, the routing table from (Version, Action) to an {@link
 * dev.billingsim.simulator.rpc.RpcAction}, and the {@link dev.billingsim.simulator.rpc.Answer} an
 * action gives.
 */
package dev.billingsim.simulator.rpc;
