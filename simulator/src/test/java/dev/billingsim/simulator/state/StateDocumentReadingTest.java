package dev.billingsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.PaymentMethod;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StateDocumentReadingTest {

  @Test
  void loadsTheContractExampleAsIs() {
    StateDocument.Parsed parsed = StateDocument.parse(States.CONTRACT_EXAMPLE);

    assertThat(parsed.problems()).isEmpty();
    BillingState state = parsed.state();
    assertThat(state.now()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    Account account = state.accounts().get(0);
    assertThat(account.uid()).isEqualTo("1000000000000001");
    assertThat(account.accessKeys().get(0).secret()).isEqualTo("demo-secret");
    assertThat(account.accessKeys().get(0).enabled()).isTrue();
    assertThat(account.cash()).isEqualTo(Money.of("1000.00"));
    assertThat(account.coupons().get(0).amount()).isEqualTo(Money.of("50.00"));
    assertThat(account.storedValueCards().get(0).expiresAt())
        .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    Instance instance = state.instances().get(0);
    assertThat(instance.product()).isEqualTo(Product.ENS);
    assertThat(instance.monthlyPrice()).isEqualTo(Money.of("100.00"));
    assertThat(state.orders()).isEmpty();
  }

  @Test
  void fillsLeftOutFieldsWithTheBuildersDefaults() {
    StateDocument.Parsed parsed =
        StateDocument.parse(
"""
{"now": "2026-11-22T00:00:00Z",
 "accounts": [{"uid": "1"}],
 "instances": [{"id": "aic-1", "product": "ens", "ownerUid": "1", "expiresAt": "2026-12-01T00:00:00Z"}]}
""");

    assertThat(parsed.problems()).isEmpty();
    Account account = parsed.state().accounts().get(0);
    assertThat(account).isEqualTo(Account.builder("1").build());
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.realNameVerified()).isTrue();
    assertThat(account.paymentMethod()).isEqualTo(PaymentMethod.BALANCE);
    Instance instance = parsed.state().instances().get(0);
    assertThat(instance)
        .isEqualTo(
            Instance.builder("aic-1", Product.ENS, "1")
                .expiresAt(Instant.parse("2026-12-01T00:00:00Z"))
                .build());
    assertThat(instance.chargeType()).isEqualTo(ChargeType.PrePaid);
    assertThat(instance.status()).isEqualTo(InstanceStatus.Running);
    assertThat(instance.autoRenewPeriod()).isEqualTo(1);
    assertThat(parsed.state().orders()).isEmpty();
  }

  @Test
  void readsInstancePricesInTheOwnersCurrency() {
    StateDocument.Parsed parsed =
        StateDocument.parse(
"""
{"now": "2026-11-22T00:00:00Z",
 "accounts": [{"uid": "1", "currency": "JPY", "cash": "5000"}],
 "instances": [{"id": "aic-1", "product": "ens", "ownerUid": "1", "expiresAt": "2026-12-01T00:00:00Z",
                "monthlyPrice": "300"}]}
""");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.state().instances().get(0).monthlyPrice())
        .isEqualTo(Money.parse("300", States.JPY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "cash": "lots"  | accounts[0].cash: not a decimal amount
          "cash": 1000    | accounts[0].cash: must be a decimal amount as a string, like "1000.00"
          "cash": "1.001" | accounts[0].cash: more fraction digits than CNY has, or too large
          "cash": "-1.00" | accounts[0].cash: must not be negative
          """)
  void namesABadAmountOnce(String field, String problem) {
    assertThat(problemsWithAccount(field)).containsExactly(problem);
  }

  @Test
  void namesUnknownFieldsAndListsTheAllowedOnes() {
    assertThat(problemsWithAccount("\"cahs\": \"1.00\""))
        .singleElement()
        .asString()
        .startsWith("accounts[0].cahs: unknown field (allowed: uid, accessKeys, status,")
        .contains("cash");
  }

  static Stream<Arguments> documentsAndEveryProblem() {
    return Stream.of(
        // wrong types
        arguments(
            withAccount("\"closed\": \"yes\", \"unpaidOrderLimit\": 1.5, \"coupons\": {}"),
            List.of(
                "accounts[0].closed: must be true or false",
                "accounts[0].unpaidOrderLimit: must be a whole number",
                "accounts[0].coupons: must be an array")),
        // an unknown enum value, listing the allowed ones
        arguments(
            document("[{\"uid\": \"1\"}]", instance("aic-1", "\"status\": \"Runing\"")),
            List.of(
                "instances[0].status: must be one of Pending, Running, Stopped, Locked, Expired,"
                    + " Released (not \"Runing\")")),
        // an id with the wrong product prefix
        arguments(
            document("[{\"uid\": \"1\"}]", instance("eap-1", "")),
            List.of("instances[0].id: a ens id starts with aic-")),
        // unparsable dates and missing identities
        arguments(
            """
            {"now": "tomorrow", "accounts": [{"cash": "1.00"}],
             "instances": [{"product": "arm", "ownerUid": "1", "expiresAt": "2026-12-01"}]}
            """,
            List.of(
                "now: not an ISO-8601 UTC instant like 2026-11-22T00:00:00Z",
                "accounts[0].uid: missing",
                "instances[0].id: missing",
                "instances[0].product: must be one of ens, ecs (not \"arm\")",
                "instances[0].expiresAt: not an ISO-8601 UTC instant like 2026-11-22T00:00:00Z")),
        // the state rules run when every element could be built
        arguments(
"""
{"now": "2026-11-22T00:00:00Z",
 "accounts": [{"uid": "1", "cash": "x"}, {"uid": "1"}],
 "instances": [{"id": "aic-1", "product": "ens", "ownerUid": "9", "expiresAt": "2026-12-01T00:00:00Z"}]}
""",
            List.of(
                "accounts[0].cash: not a decimal amount",
                "accounts[1].uid: duplicate uid 1",
                "instances[0].ownerUid: no account 9")),
        // not an object
        arguments("[]", List.of("document: must be a JSON object")),
        arguments("", List.of("document: empty")));
  }

  @ParameterizedTest
  @MethodSource("documentsAndEveryProblem")
  void refusesADocumentNamingEveryProblem(String document, List<String> problems) {
    StateDocument.Parsed parsed = StateDocument.parse(document);

    assertThat(parsed.state()).isNull();
    assertThat(parsed.problems()).containsExactlyElementsOf(problems);
  }

  @Test
  void collectsEveryProblemIncludingTheStateRules() {
    StateDocument.Parsed parsed =
        StateDocument.parse(
"""
{"now": "2026-11-22T00:00:00Z",
 "accounts": [{"uid": "1", "accessKeys": [{"id": "k", "secret": "s"}], "cash": "x"},
              {"uid": "1", "accessKeys": [{"id": "k", "secret": "s"}], "riskFlags": ["BAD"]}],
 "instances": [{"id": "aic-1", "product": "ens", "ownerUid": "9", "expiresAt": "2026-12-01T00:00:00Z"}],
 "orders": [{"orderId": "o1", "uid": "1", "type": "RENEW", "status": "PAID",
             "createdAt": "2026-11-01T00:00:00Z", "amount": "1.00",
             "lines": [{"instanceId": "aic-1", "months": -1, "amount": "1.00"}],
             "payments": [{"source": "bitcoin", "amount": "1.00"}]}]}
""");

    assertThat(parsed.problems())
        .contains(
            "accounts[0].cash: not a decimal amount",
            "accounts[1].riskFlags[0]: must be one of ORDER_REJECTED, TRADE_DATA_REJECTED,"
                + " PAYMENT_BLOCKED, PAYER_REJECTED (not \"BAD\")",
            "orders[0].lines[0].months: must not be negative",
            "orders[0].payments[0].source: must be one of coupon, storedValueCard, cash, credit,"
                + " resellerQuota (not \"bitcoin\")");
  }

  @Test
  void givesTheLineAndColumnOfInvalidJson() {
    StateDocument.Parsed parsed =
        StateDocument.parse("{\n  \"now\": \"2026-11-22T00:00:00Z\",\n  accounts: []\n}");

    assertThat(parsed.problems())
        .singleElement()
        .asString()
        .startsWith("line 3, column 3: invalid JSON: ");
  }

  @Test
  void refusesDuplicateKeysAndTrailingContent() {
    assertThat(
            StateDocument.parse(
                    "{\"now\": \"2026-11-22T00:00:00Z\", \"now\": \"2026-11-23T00:00:00Z\"}")
                .problems())
        .singleElement()
        .asString()
        .contains("invalid JSON: Duplicate field 'now'");
    assertThat(StateDocument.parse("{\"now\": \"2026-11-22T00:00:00Z\"} {}").problems())
        .singleElement()
        .asString()
        .contains("invalid JSON");
  }

  @Test
  void refusesADocumentNestedAbsurdlyDeep() {
    String deep = "{\"now\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThat(StateDocument.parse(deep).problems())
        .singleElement()
        .asString()
        .startsWith("document: refused, too large or nested too deeply: ");
  }

  @Test
  void refusesADocumentOver64MiB() {
    String padding = " ".repeat(StateJson.MAX_DOCUMENT_BYTES);

    assertThat(StateDocument.parse("{}" + padding).problems())
        .containsExactly("document: larger than 64 MiB");
    assertThat(StateDocument.parse(("{}" + padding).getBytes()).problems())
        .containsExactly("document: larger than 64 MiB");
  }

  private static List<String> problemsWithAccount(String fields) {
    return StateDocument.parse(withAccount(fields)).problems();
  }

  private static String withAccount(String fields) {
    return document("[{\"uid\": \"1\", " + fields + "}]", "");
  }

  private static String instance(String id, String extra) {
    return "{\"id\": \""
        + id
        + "\", \"product\": \"ens\", \"ownerUid\": \"1\", \"expiresAt\": \"2026-12-01T00:00:00Z\""
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}";
  }

  private static String document(String accounts, String instance) {
    return "{\"now\": \"2026-11-22T00:00:00Z\", \"accounts\": "
        + accounts
        + ", \"instances\": ["
        + instance
        + "]}";
  }
}
