package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.catalogue.Api;
import java.time.Instant;

/**
 * A command under check, as its policies see it.
 *
 * @param book the caller's book: null if the account does not exist
 * @param action the action whose RAM permission is checked
 * @param subject what a refusal names: the first instance, or null
 */
record Attempt<C>(
    AccountBook book,
    Caller caller,
    Api api,
    String action,
    String subject,
    C command,
    Instant now) {

  /** Only once {@link Checks#accountExists} has passed. */
  Account account() {
    return book.account();
  }

  RamUser ram() {
    return account().ramUserOf(caller);
  }
}
