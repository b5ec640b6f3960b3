package dev.billingsim.features.support;

/** Who makes a call: an account, or one of its RAM users ({@code ramUser} null for the account). */
public record Who(String account, String ramUser) {

  public static Who account(String account) {
    return new Who(account, null);
  }

  @Override
  public String toString() {
    return ramUser == null ? account : account + "'s RAM user " + ramUser;
  }
}
