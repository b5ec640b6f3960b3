package dev.billingsim.simulator.rpc;

import java.util.List;

/**
 * One RPC action of one product (WireMock admin-task style: one small class each). The dispatcher
 * has already authenticated the call and checked the {@link #required} parameters.
 */
public interface RpcAction {

  /** The Action name, e.g. {@code RenewARMServerInstance}. */
  String name();

  /** Parameters without which the call is answered MissingParameter. */
  default List<String> required() {
    return List.of();
  }

  /**
   * Whether this action spends money (renewal, creation, release): RAM checks happen in the domain.
   */
  default boolean billingCommand() {
    return false;
  }

  Answer handle(RpcCall call);
}
