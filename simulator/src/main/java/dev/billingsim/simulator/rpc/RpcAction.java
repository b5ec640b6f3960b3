package dev.billingsim.simulator.rpc;

import java.util.List;

/**
 * One RPC action of one product (WireMock admin-task style: one small class each, saying its name,
 * its kind and its required parameters once, in its constructor). The dispatcher has already
 * authenticated the call and checked the {@link #required} parameters.
 */
public abstract class RpcAction {

  /** Whether an action spends money (renew, create, release): its RAM checks are the domain's. */
  public enum Kind {
    QUERY,
    BILLING_COMMAND
  }

  private final String name;
  private final Kind kind;
  private final List<String> required;

  protected RpcAction(String name, Kind kind, String... required) {
    this.name = name;
    this.kind = kind;
    this.required = List.of(required);
  }

  /** The Action name, e.g. {@code RenewARMServerInstance}. */
  public final String name() {
    return name;
  }

  /** Parameters without which the call is answered MissingParameter. */
  public final List<String> required() {
    return required;
  }

  public final boolean billingCommand() {
    return kind == Kind.BILLING_COMMAND;
  }

  public abstract Answer handle(RpcCall call);
}
