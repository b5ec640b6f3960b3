package dev.billingsim.features.support;

import dev.billingsim.domain.account.AccessKey;

/** Who makes a call: an account, or one of its RAM users ({@code ramUser} null for the account). */
public record Who(String account, String ramUser) {

  public static Who account(String account) {
    return new Who(account, null);
  }

  /**
   * The key it signs with, as the world builder makes them: {@code alice-ak}, and {@code
   * alice-ops-ak} for her RAM user {@code ops}.
   */
  public AccessKey key() {
    String id = ramUser == null ? account : account + "-" + ramUser;
    return AccessKey.of(id + "-ak", id + "-secret");
  }

  @Override
  public String toString() {
    return ramUser == null ? account : account + "'s RAM user " + ramUser;
  }
}
