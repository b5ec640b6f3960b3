package dev.billingsim.simulator.rpc;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import java.util.List;
import java.util.Map;

/**
 * An authenticated RPC call, as an action sees it.
 *
 * @param requestId the RequestId this call will answer with
 * @param action the Action name
 * @param caller the account (and RAM user) the verified AccessKeyId belongs to
 * @param params the business parameters, first value per name, empty values kept
 * @param billing the billing world
 * @param host the Host header the client called, as BSS answers report it
 */
public record RpcCall(
    String requestId,
    String action,
    Caller caller,
    Map<String, String> params,
    Billing billing,
    String host) {

  /** A parameter, with empty treated as absent (the new SDK sends empty optional parameters). */
  public String param(String name) {
    String value = params.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** An ENS-style list parameter, sent as one JSON-array string: {@code ["a","b"]}. */
  public List<String> jsonList(String name) {
    return JsonLists.parse(param(name));
  }
}
