/**
 * The RPC gateway: everything Alibaba Cloud checks before an action runs.
 *
 * <p>It parses an HTTP request into an {@link dev.billingsim.simulator.gateway.RpcRequest},
 * verifies its V1 (HMAC-SHA1) or V3 (ACS3-HMAC-SHA256) signature, its timestamp and nonce, applies
 * flow control, and answers refusals as {@link dev.billingsim.simulator.gateway.GatewayError}
 * values rendered by {@link dev.billingsim.simulator.gateway.ErrorBody}. It knows nothing of the
 * billing domain.
 */
package dev.billingsim.simulator.gateway;
