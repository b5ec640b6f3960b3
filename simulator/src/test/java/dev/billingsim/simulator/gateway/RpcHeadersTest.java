package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcHeadersTest {

  private static final HttpHeaders WIREMOCK =
      new HttpHeaders(
          new HttpHeader("Content-Type", "application/x-www-form-urlencoded"),
          new HttpHeader("x-acs-signature-nonce", "n-1"),
          new HttpHeader("X-Acs-Date", "2026-11-23T00:00:00Z"),
          new HttpHeader("Accept", "application/json", "text/plain"));

  @Test
  void wireMockHeadersAreFoundWhateverTheCaseOfTheName() {
    RpcHeaders headers = RpcHeaders.of(WIREMOCK);

    assertThat(headers.firstOrNull("content-type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(headers.firstOrNull("X-ACS-SIGNATURE-NONCE")).isEqualTo("n-1");
    assertThat(headers.firstOrNull("x-acs-date")).isEqualTo("2026-11-23T00:00:00Z");
    assertThat(headers.all("accept")).containsExactly("application/json", "text/plain");
    assertThat(headers.firstOrNull("authorization")).isNull();
    assertThat(headers.all("authorization")).isEmpty();
  }

  @Test
  void wireMockHeadersEqualTheSameHeadersGivenAsAMap() {
    RpcHeaders inPlace = RpcHeaders.of(WIREMOCK);
    RpcHeaders copied =
        RpcHeaders.of(
            Map.of(
                "content-type", List.of("application/x-www-form-urlencoded"),
                "X-ACS-Signature-Nonce", List.of("n-1"),
                "x-acs-date", List.of("2026-11-23T00:00:00Z"),
                "accept", List.of("application/json", "text/plain")));

    assertThat(inPlace.names())
        .containsExactlyInAnyOrder("content-type", "x-acs-signature-nonce", "x-acs-date", "accept");
    assertThat(inPlace).isEqualTo(copied).hasSameHashCodeAs(copied);
    assertThat(inPlace.firstOrNull("X-Acs-Signature-Nonce")).isEqualTo("n-1");
  }

  @Test
  void noWireMockHeadersAreNoHeaders() {
    assertThat(RpcHeaders.of((HttpHeaders) null)).isEqualTo(RpcHeaders.empty());
    assertThat(RpcHeaders.of(new HttpHeaders()).names()).isEmpty();
  }

  @Test
  void headersReadInPlaceAreLookedUpOnlyWhenAskedFor() {
    // The direct path hands the servlet request's own look-up: nothing is copied up front.
    List<String> asked = new ArrayList<>();
    RpcHeaders headers =
        RpcHeaders.reading(
            name -> {
              asked.add(name);
              HttpHeader header = WIREMOCK.getHeader(name);
              return header.isPresent() ? header.values() : List.of();
            },
            WIREMOCK::keys);

    assertThat(asked).isEmpty();
    assertThat(headers.firstOrNull("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(asked).containsExactly("Content-Type");
    assertThat(headers).isEqualTo(RpcHeaders.of(WIREMOCK));
  }
}
