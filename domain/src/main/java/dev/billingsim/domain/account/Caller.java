package dev.billingsim.domain.account;

/**
 * Who is calling: an account, and the RAM sub-user acting for it (null for the main account). The
 * gateway finds it from the AccessKeyId whose signature it verified.
 */
public record Caller(String uid, String ramUser) {

  public static Caller of(String uid) {
    return new Caller(uid, null);
  }

  public static Caller ramUser(String uid, String name) {
    return new Caller(uid, name);
  }
}
