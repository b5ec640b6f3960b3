package dev.billingsim.simulator.journal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.billingsim.simulator.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedJournalIT {

  private static final int BOUND = 20;

  private WireMockServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void adminRequestsListsExactlyTheLastNRequestsNewestFirst() throws Exception {
    start(BOUND);

    for (int i = 0; i < 3 * BOUND; i++) {
      assertThat(call("/ping?n=" + i).status()).isEqualTo(200);
    }

    JsonNode journal = call("/__admin/requests").json();
    List<String> urls = new ArrayList<>();
    journal.get("requests").forEach(event -> urls.add(event.at("/request/url").asText()));
    List<String> expected = new ArrayList<>();
    for (int i = 3 * BOUND - 1; i >= 2 * BOUND; i--) {
      expected.add("/ping?n=" + i);
    }
    assertThat(urls).containsExactlyElementsOf(expected);
    assertThat(journal.at("/meta/total").asInt()).isEqualTo(BOUND);
    assertThat(journal.get("requestJournalDisabled").asBoolean()).isFalse();
  }

  @Test
  void keptRequestsCarryTheirResponsesAndCanBeVerifiedAndFetchedById() throws Exception {
    start(BOUND);
    call("/ping?n=1");

    JsonNode event = call("/__admin/requests").json().get("requests").get(0);
    assertThat(event.at("/response/status").asInt()).isEqualTo(200);
    assertThat(event.at("/wasMatched").asBoolean()).isTrue();

    String id = event.get("id").asText();
    assertThat(call("/__admin/requests/" + id).json().get("id").asText()).isEqualTo(id);
    server.verify(1, getRequestedFor(urlPathEqualTo("/ping")));
  }

  @Test
  void resettingTheJournalEmptiesIt() throws Exception {
    start(BOUND);
    call("/ping?n=1");

    server.resetRequests();

    assertThat(call("/__admin/requests").json().get("requests")).isEmpty();
  }

  @Test
  void zeroDisablesTheJournalAsWireMockDoes() throws Exception {
    start(0);
    assertThat(call("/ping?n=1").status()).isEqualTo(200);

    Http.Reply journal = call("/__admin/requests");

    // WireMock's own answer with its journal disabled: searching is refused, nothing is kept.
    assertThat(journal.status()).isEqualTo(500);
    assertThat(journal.body()).contains("The request journal is disabled");
  }

  private void start(int bound) {
    WireMockConfiguration config = WireMockConfiguration.options().dynamicPort();
    server = new WireMockServer(BoundedJournal.configure(config, bound));
    server.start();
    server.stubFor(get(urlPathEqualTo("/ping")).willReturn(ok("pong")));
  }

  private Http.Reply call(String path) {
    return Http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)));
  }
}
