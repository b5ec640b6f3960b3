package dev.billingsim.simulator.gateway;

import java.util.Map;
import java.util.Optional;

/** The access keys the gateway tests sign with. */
final class TestKeys {

  static final String AK = "LTAI5tTestAccessKey";
  static final String SECRET = "test-secret-4Fz+/=";
  static final String DISABLED_AK = "LTAI5tDisabledKey";
  static final String DISABLED_SECRET = "disabled-secret";
  static final String UNKNOWN_AK = "LTAI5tNobodyHasThis";

  private static final Map<String, SigningKey> KEYS =
      Map.of(
          AK, new SigningKey(SECRET, true),
          DISABLED_AK, new SigningKey(DISABLED_SECRET, false));

  static final SecretLookup LOOKUP = accessKeyId -> Optional.ofNullable(KEYS.get(accessKeyId));

  private TestKeys() {}
}
