package dev.billingsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import org.junit.jupiter.api.Test;

class StateDocumentRoundTripTest {

  @Test
  void readsBackExactlyTheStateItWrote() {
    BillingState rich = States.rich();

    StateDocument.Parsed parsed = StateDocument.parse(StateDocument.toJson(rich));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.state()).isEqualTo(rich);
  }

  @Test
  void exportThenImportThenExportGivesTheSameJson() {
    String first = StateDocument.toJson(Billing.of(States.rich()).export());

    String second = StateDocument.toJson(Billing.of(StateDocument.parse(first).state()).export());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void getThenPutThenGetIsByteIdentical() {
    Billing billing = Billing.of(StateDocument.demo());
    billing
        .renew(RenewInstances.of(Caller.of("1000000000000001"), Product.ENS, "aic-demo-0001", 3))
        .value();
    String got = StateDocument.toJson(billing.export());

    Billing other = Billing.of(States.rich());
    assertThat(other.replace(StateDocument.parse(got).state())).isEmpty();

    assertThat(StateDocument.toJson(other.export())).isEqualTo(got);
  }

  @Test
  void writesEveryFieldInAFixedOrderWithAmountsAsStringsAndUtcInstants() {
    String json = StateDocument.toJson(StateDocument.parse(States.CONTRACT_EXAMPLE).state());

    assertThat(json)
        .startsWith(
            "{\n"
                + "  \"now\": \"2026-11-22T00:00:00Z\",\n"
                + "  \"accounts\": [\n"
                + "    {\n"
                + "      \"uid\": \"1000000000000001\",")
        .contains("\"cash\": \"1000.00\"", "\"creditUsed\": \"0.00\"", "\"unpaidOrderLimit\": 20")
        .contains(
            "\"accessKeys\": [\n"
                + "        {\n"
                + "          \"id\": \"demo-ak\",\n"
                + "          \"secret\": \"demo-secret\",\n"
                + "          \"enabled\": true\n"
                + "        }\n"
                + "      ]")
        .contains("\"riskFlags\": []", "\"currency\": \"CNY\"", "\"regionId\": \"cn-hangzhou\"")
        .doesNotContain("paymentLimit", "custody", "yearlyPrice", "null", "\r")
        .endsWith("\"orders\": []\n}");
  }

  @Test
  void writesOrdersAsTheAdminApiShowsThem() {
    String orders = StateDocument.ordersToJson(States.rich().orders()).get(0).toString();

    assertThat(orders)
        .isEqualTo(
            "{\"orderId\":\"200000000001\",\"uid\":\"1000000000000001\",\"type\":\"RENEW\",\"status\":\"PAID\","
                + "\"createdAt\":\"2026-11-01T00:00:00Z\",\"clientToken\":\"token-1\","
                + "\"requestParameters\":\"InstanceId=aic-rich-0001;months=1\",\"amount\":\"100.00\","
                + "\"lines\":[{\"instanceId\":\"aic-rich-0001\",\"months\":1,\"amount\":\"100.00\"}],"
                + "\"payments\":[{\"source\":\"coupon\",\"id\":\"cp-9\",\"amount\":\"10.00\"},"
                + "{\"source\":\"storedValueCard\",\"id\":\"svc-9\",\"amount\":\"20.00\"},"
                + "{\"source\":\"cash\",\"id\":\"cash\",\"amount\":\"50.00\"},"
                + "{\"source\":\"resellerQuota\",\"id\":\"1900000000000001\",\"amount\":\"20.00\"}],"
                + "\"paidAt\":\"2026-11-01T00:00:00Z\"}");
  }

  @Test
  void writesAmountsInTheirCurrencysFractionDigits() {
    String json = StateDocument.toJson(States.rich());

    assertThat(json)
        .contains("\"cash\": \"150000\"", "\"monthlyPrice\": \"3000\"", "\"currency\": \"JPY\"");
  }
}
