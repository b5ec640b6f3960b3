package dev.billingsim.domain.billing;

import dev.billingsim.domain.catalogue.BillingError;
import java.util.List;
import java.util.Optional;

/**
 * A named rule a command must pass before it changes anything: the refusal if it does not. Each
 * flow lists its policies in the order Alibaba Cloud's billing makes the checks, and walks the list
 * once.
 */
@FunctionalInterface
interface Policy<C> {

  Optional<BillingError> refusal(C attempt);

  /**
   * The first refusal in list order. Later policies do not run: among them are subsystem calls,
   * whose injected faults fire only when the call is made.
   */
  static <C> Optional<BillingError> firstRefusal(List<Policy<C>> policies, C attempt) {
    for (Policy<C> policy : policies) {
      Optional<BillingError> refusal = policy.refusal(attempt);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }
}
