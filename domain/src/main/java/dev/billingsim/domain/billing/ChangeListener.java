package dev.billingsim.domain.billing;

/**
 * Sees every committed change before it is applied, while the account is locked: the simulator's
 * persistence writes it durably here. If it throws, the change is not applied.
 */
@FunctionalInterface
public interface ChangeListener {
  ChangeListener NONE = change -> {};

  void committing(Change change) throws Exception;
}
