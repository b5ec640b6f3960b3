package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.catalogue.Api;

/** What the shared policies of {@link Checks} read of a command under check. */
interface Checked {

  /** The caller's book: null if the account does not exist. */
  AccountBook book();

  Caller caller();

  Api api();

  /** The action whose RAM permission is checked. */
  String action();

  /** What a refusal names: the first instance, or null. */
  String subject();

  /** Only once {@link Checks#accountExists} has passed. */
  default Account account() {
    return book().account();
  }

  default RamUser ram() {
    return account().ramUserOf(caller());
  }
}
