package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error body, and the request ids it carries. */
class ErrorBodyTest {

  private static final String UUID =
      "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";

  private static final String NASTY =
      "quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007 中 😀 </script>";

  private final ObjectMapper json = new ObjectMapper();
  private final ErrorBody errorBody = new ErrorBody(RequestIds.seeded(1));

  @Test
  void rendersTheAlibabaCloudErrorShape() throws Exception {
    ErrorResponse response =
        errorBody.render(
            GatewayErrors.load().get("SignatureDoesNotMatch"), "Ecs", "127.0.0.1:8080");

    JsonNode body = json.readTree(response.body());
    assertThat(response.httpStatus()).isEqualTo(400);
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly("RequestId", "HostId", "Code", "Message", "Recommend");
    assertThat(body.get("RequestId").asText()).matches(UUID).isEqualTo(response.requestId());
    assertThat(body.get("HostId").asText()).isEqualTo("127.0.0.1:8080");
    assertThat(body.get("Code").asText()).isEqualTo("SignatureDoesNotMatch");
    assertThat(body.get("Message").asText())
        .isEqualTo("Specified signature is not matched with our calculation.");
    assertThat(body.get("Recommend").asText())
        .isEqualTo(
            "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ecs&requestId="
                + response.requestId());
  }

  @Test
  void escapesAnyMessageText() throws Exception {
    ErrorResponse response = errorBody.render("Code.X", 400, NASTY, "Ens", "h\"ost");

    JsonNode body = json.readTree(response.body());
    assertThat(body.get("Message").asText()).isEqualTo(NASTY);
    assertThat(body.get("HostId").asText()).isEqualTo("h\"ost");
  }

  @Test
  void writesTheSameBytesJacksonsGeneratorWrote() throws Exception {
    // Error bodies were written by Jackson's generator; clients must not see a byte change.
    ErrorResponse response = errorBody.render("Code.X", 400, NASTY, "Ens", "h\"ost");

    StringWriter expected = new StringWriter();
    try (JsonGenerator generator = new JsonFactory().createGenerator(expected)) {
      generator.writeStartObject();
      generator.writeStringField("RequestId", response.requestId());
      generator.writeStringField("HostId", "h\"ost");
      generator.writeStringField("Code", "Code.X");
      generator.writeStringField("Message", NASTY);
      generator.writeStringField(
          "Recommend", ErrorBody.recommend("Code.X", "Ens", response.requestId()));
      generator.writeEndObject();
    }
    assertThat(response.body()).isEqualTo(expected.toString());
  }

  @Test
  void answersAsJsonUtf8ThroughWireMock() {
    ResponseDefinition definition =
        errorBody.render("InternalError", 500, "m", "Ens", "h").toResponseDefinition();

    assertThat(definition.getStatus()).isEqualTo(500);
    assertThat(definition.getHeaders().getHeader("Content-Type").firstValue())
        .isEqualTo("application/json;charset=utf-8");
  }

  @Test
  void toleratesMissingHostAndProduct() throws Exception {
    JsonNode body = json.readTree(errorBody.render("C", 400, "m", null, null).body());

    assertThat(body.get("HostId").asText()).isEmpty();
    assertThat(body.get("Recommend").asText()).contains("&product=&requestId=");
  }

  @Test
  void seededRequestIdsRepeatAndDiffer() {
    RequestIds first = RequestIds.seeded(42);
    RequestIds second = RequestIds.seeded(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String id = first.next();
      assertThat(id).matches(UUID).isEqualTo(second.next());
      seen.add(id);
    }
    assertThat(seen).hasSize(1_000);
    assertThat(RequestIds.seeded(43).next()).isNotEqualTo(RequestIds.seeded(42).next());
  }

  @Test
  void givesTheSameSequenceForTheSameSeedAndVersion4Ids() {
    RequestIds first = RequestIds.seeded(42);
    RequestIds second = RequestIds.seeded(42);
    for (int i = 0; i < 100; i++) {
      String id = first.next();
      assertThat(second.next()).isEqualTo(id);
      assertThat(id).isUpperCase();
      java.util.UUID uuid = java.util.UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
    }
    assertThat(RequestIds.random().next()).isNotEqualTo(RequestIds.random().next());
  }

  @Test
  void randomRequestIdsAreUpperCaseUuids() {
    assertThat(RequestIds.random().next()).matches(UUID);
  }
}
