package dev.billingsim.domain.billing;

import dev.billingsim.domain.state.BillingState;
import java.util.function.Supplier;

/**
 * Sees every committed change before it is applied, while the account is locked: the simulator's
 * persistence writes it durably here. If it throws, the change is not applied.
 */
public interface ChangeListener {
  ChangeListener NONE = change -> {};

  void committing(Change change) throws Exception;

  /**
   * The whole world was replaced or the clock moved. Called while the world is still locked, so the
   * snapshot is exactly the state no command can change before this returns.
   */
  default void replaced(Supplier<BillingState> snapshot) throws Exception {}
}
