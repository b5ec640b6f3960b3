package dev.billingsim.simulator.gateway;

/**
 * What {@link RpcRequestParser} makes of an HTTP request: an {@link RpcRequest}, or the {@link
 * GatewayError} to answer when the request cannot be read.
 */
public sealed interface ParseOutcome permits RpcRequest, GatewayError {}
