package dev.billingsim.simulator.faults;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The network faults a rule may name, each the WireMock {@link Fault} that produces it. */
public enum NetworkFault {
  CONNECTION_RESET_BY_PEER(Fault.CONNECTION_RESET_BY_PEER),
  EMPTY_RESPONSE(Fault.EMPTY_RESPONSE),
  MALFORMED_RESPONSE_CHUNK(Fault.MALFORMED_RESPONSE_CHUNK),
  RANDOM_DATA_THEN_CLOSE(Fault.RANDOM_DATA_THEN_CLOSE);

  private final Fault wireMockFault;

  NetworkFault(Fault wireMockFault) {
    this.wireMockFault = wireMockFault;
  }

  public Fault toWireMock() {
    return wireMockFault;
  }

  /** The fault of this exact (case-sensitive) name; empty for null or any other name. */
  public static Optional<NetworkFault> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (NetworkFault fault : values()) {
      if (fault.name().equals(name)) {
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  /** Every name, comma-separated, for messages. */
  static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
