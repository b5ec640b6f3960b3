package dev.billingsim.simulator.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import com.google.common.hash.Hashing;
import dev.billingsim.simulator.admin.AdminRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code --admin-token T}: every admin request must carry {@code Authorization: Token T}.
 *
 * <p>Why not WireMock's own {@code TokenAuthenticator}: it compares with {@code String.equals},
 * whose time depends on how many leading characters match, so the token could be guessed one
 * character at a time. Here both sides are hashed and the digests compared with {@link
 * MessageDigest#isEqual}, which takes the same time whatever they hold, and the hashing hides the
 * token's length too.
 */
public final class AdminTokenAuthenticator implements Authenticator {

  private static final String HEADER = "Authorization";

  private final byte[] expected;

  public AdminTokenAuthenticator(String token) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("the admin token must not be empty");
    }
    this.expected = sha256(AdminRequest.authorization(token));
  }

  @Override
  public boolean authenticate(Request request) {
    HttpHeader header = request.header(HEADER);
    if (header == null || !header.isPresent()) {
      return false;
    }
    boolean matched = false;
    for (String value : header.values()) {
      // No early exit: every value is compared, so the time does not tell which one matched.
      matched |= MessageDigest.isEqual(expected, sha256(value));
    }
    return matched;
  }

  private static byte[] sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes();
  }
}
