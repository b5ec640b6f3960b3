package dev.billingsim.simulator.gateway;

/** The two ways Alibaba Cloud clients sign RPC requests. */
public enum SignatureScheme {
  /** HMAC-SHA1 over the sorted parameters; the old client, and the new one in "v2" mode. */
  V1,
  /** ACS3-HMAC-SHA256 over a canonical request, in the Authorization header; the new default. */
  V3
}
