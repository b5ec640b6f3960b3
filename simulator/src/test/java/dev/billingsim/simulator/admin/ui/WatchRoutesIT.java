package dev.billingsim.simulator.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.Simulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's files, the journal's last requests and the metrics, over HTTP. */
class WatchRoutesIT {

  @Test
  void thePagesFilesAnswerWithoutTheTokenAndNothingElseDoes() {
    try (Simulator sim = Simulator.builder().port(0).adminToken("t0ken").start()) {
      Http open = new Http(sim.baseUrl());
      Http withToken = new Http(sim.baseUrl(), "t0ken");

      Http.Reply page = open.get("/ui");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<title>Billing simulator</title>");
      assertThat(open.get("/ui/app.js").status()).isEqualTo(200);
      assertThat(open.get("/ui/app.css").status()).isEqualTo(200);

      for (String guarded :
          List.of(
              "/ui/secrets.json", "/ui/../state", "/state", "/requests", "/metrics", "/faults")) {
        assertThat(open.get(guarded).status()).as(guarded).isEqualTo(401);
      }
      assertThat(open.post("/ui", "").status()).isEqualTo(401);
      assertThat(withToken.get("/metrics").status()).isEqualTo(200);
      assertThat(withToken.get("/ui/nothing.js").status()).isEqualTo(404);
    }
  }

  @Test
  void thePageLoadsNothingFromElsewhere() {
    try (Simulator sim = Simulator.builder().port(0).start()) {
      Http open = new Http(sim.baseUrl());
      String everything =
          open.get("/ui").body() + open.get("/ui/app.js").body() + open.get("/ui/app.css").body();

      assertThat(everything).doesNotContain("http://", "https://", "//cdn", "@import", "url(");
    }
  }

  @Test
  void theLastRequestsAreReadAsRpcCallsNewestFirst() throws Exception {
    try (Simulator sim = Simulator.builder().port(0).flowControl(false).start()) {
      Http admin = new Http(sim.baseUrl());
      Sdk.renewDemo(sim, false);
      Sdk.ens(sim, "broke-ak", "broke-secret", true, "DescribeARMServerInstances", Map.of());

      JsonNode answer = admin.get("/requests?limit=2").json();

      assertThat(answer.get("journal").asBoolean()).isTrue();
      JsonNode newest = answer.get("requests").get(0);
      JsonNode oldest = answer.get("requests").get(1);
      assertThat(newest.get("action").asText()).isEqualTo("DescribeARMServerInstances");
      assertThat(newest.get("accessKeyId").asText()).isEqualTo("broke-ak");
      assertThat(oldest.get("action").asText()).isEqualTo("RenewARMServerInstance");
      assertThat(oldest.get("accessKeyId").asText()).isEqualTo("demo-ak");
      assertThat(oldest.get("instanceId").asText()).isEqualTo("aic-demo-0001");
      assertThat(oldest.get("status").asInt()).isEqualTo(200);
      assertThat(oldest.get("code").asText()).isEqualTo("OK");
      assertThat(oldest.get("latencyMs").asInt()).isNotNegative();
      assertThat(admin.get("/requests?limit=1").json().get("requests")).hasSize(1);
    }
  }

  @Test
  void aBadLimitIsRefusedWithItsProblemAndAnOffJournalSaysSo() {
    try (Simulator sim = Simulator.builder().port(0).journal(0).start()) {
      Http admin = new Http(sim.baseUrl());

      Http.Reply refused = admin.get("/requests?limit=lots");
      JsonNode off = admin.get("/requests").json();

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().get("problems").get(0).asText())
          .isEqualTo("limit: must be a whole number from 1 to 1000");
      assertThat(off.get("journal").asBoolean()).isFalse();
      assertThat(off.get("requests")).isEmpty();
    }
  }
}
