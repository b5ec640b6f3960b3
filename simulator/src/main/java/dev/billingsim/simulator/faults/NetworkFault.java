package dev.billingsim.simulator.faults;

import com.github.tomakehurst.wiremock.http.Fault;
import com.google.common.base.Enums;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The network faults a rule may name, each the WireMock {@link Fault} of the same name. */
public enum NetworkFault {
  CONNECTION_RESET_BY_PEER,
  EMPTY_RESPONSE,
  MALFORMED_RESPONSE_CHUNK,
  RANDOM_DATA_THEN_CLOSE;

  public Fault toWireMock() {
    return Fault.valueOf(name());
  }

  /** The fault of this exact (case-sensitive) name; empty for null or any other name. */
  public static Optional<NetworkFault> named(String name) {
    return name == null
        ? Optional.empty()
        : Enums.getIfPresent(NetworkFault.class, name).toJavaUtil();
  }

  /** Every name, comma-separated, for messages. */
  static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
