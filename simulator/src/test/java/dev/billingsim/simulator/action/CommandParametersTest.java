package dev.billingsim.simulator.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.result.Result;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The request's parameters, read once for renewals and purchases: the catalogue rows about them
 * (the domain's CatalogueReachabilityTest leaves these to this test), their order, and the one set
 * of term ranges.
 */
class CommandParametersTest {

  private static final Caller U1 = Caller.of("u1");
  private final CommandParameters read = new CommandParameters(Catalogue.standard());

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ens | InvalidParameter.Period | The specified field Period invalid. Please check it again. | InstanceId=aic-1&Period=10
          ecs | InvalidPeriodUnit.ValueNotSupported | The specified parameter PeriodUnit is not valid. | PeriodUnit=Week
          ecs | InvalidChargeType.ValueNotSupported | ChargeType is not valid. | ChargeType=PostPaid
          ecs | MissingParameter.PrivatePoolOptions.Id | The specified parameter PrivatePoolOptions.Id does not exist. | PrivatePoolOptions.Id.1=
          ecs | InvalidParameter.PeriodUnit | The specified PeriodUnit is invalid. | PeriodUnit=Fortnightly
          ecs | InvalidParameter.Period | The specified parameter Period or PeriodUnit is invalid. | Period=13&PeriodUnit=Month
          ecs | InvalidParameter.PrivatePoolOptionsId | The specified parameter PrivatePoolOptions.Id is invalid. | PrivatePoolOptions.Id.1=eap-bad/id
          ecs | InvalidAutoRenewPeriod.ValueNotSupported | The specified autoRenewPeriod is invalid. | AutoRenew=true&AutoRenewPeriod=5
          """)
  void answersEachParameterRowWithItsCodeStatusAndMessage(
      String api, String code, String message, String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (api.equals("ecs")) {
      params.put("PrivatePoolOptions.Id.1", "eap-1");
    }
    params.putAll(Splitter.on('&').withKeyValueSeparator('=').split(query));
    BillingError error =
        (api.equals("ens") ? read.ensRenewal(U1, params) : read.ecsRenewal(U1, params)).error();

    assertThat(error.entry().api().tsvName()).startsWith(api + ":");
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.httpStatus()).isEqualTo(error.entry().httpStatus()).isEqualTo(400);
  }

  @Test
  void moreThanTwentyAssurancesOverflowTheMainOrder() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = 1; i <= 21; i++) {
      ids.put("PrivatePoolOptions.Id." + i, "eap-" + (i + 100));
    }
    BillingError error = read.ecsRenewal(U1, ids).error();

    assertThat(error.entry().api().tsvName()).isEqualTo("ens:RenewARMServerInstance");
    assertThat(error.code()).isEqualTo("OrderMainOrderSizeOverflow");
    assertThat(error.message()).isEqualTo("The quantity of the main order exceeds the limit.");
  }

  @Test
  void readsAnEnsRenewalIntoATypedCommand() {
    RenewInstances cmd =
        read.ensRenewal(U1, ens("Period", "2", "PeriodUnit", "Year", "AutoRenew", "true")).value();

    assertThat(cmd.instanceIds()).containsExactly("aic-1");
    assertThat(cmd.term()).isEqualTo(Term.ofYears(2));
    assertThat(cmd.autoRenewal()).isEqualTo(new AutoRenewal(24));
    assertThat(cmd.clientToken()).isNull();
  }

  @Test
  void ecsDefaultsToAYearPaidAtOnceAndKeepsTheRequestWithItsToken() {
    RenewInstances cmd = read.ecsRenewal(U1, ecs("ClientToken", "t-1")).value();

    assertThat(cmd.term()).isEqualTo(Term.ofYears(1));
    assertThat(cmd.autoPay()).isTrue();
    assertThat(cmd.autoRenewal()).isNull();
    assertThat(cmd.clientToken().value()).isEqualTo("t-1");
    assertThat(read.ecsRenewal(U1, ecs("ClientToken", "t-1", "Period", "1")).value().clientToken())
        .as("an explicit Period=1 is another request than none")
        .isNotEqualTo(cmd.clientToken());
  }

  @Test
  void aMagicIdWinsOverEveryOtherParameter() {
    assertThat(
            read.ensRenewal(U1, Map.of("InstanceId", "aic-err-PayHsfTimeoutError", "Period", "99"))
                .error()
                .code())
        .isEqualTo("PayHsfTimeoutError");
    assertThat(read.ecsRenewal(U1, ecs("PrivatePoolOptions.Id.2", "eap-err-Nope")).error().code())
        .isEqualTo("InvalidParameter.PrivatePoolOptionsId");
  }

  @Test
  void purchasesTakeTheRenewalsTermRanges() {
    assertThat(read.ensPurchase(U1, Map.of("Period", "12")).value().term())
        .isEqualTo(Term.ofMonths(12));
    assertThat(read.ensPurchase(U1, Map.of("Period", "10")).error().code())
        .isEqualTo("InvalidParameter.Period");
    assertThat(read.ensPurchase(U1, Map.of("Period", "6", "PeriodUnit", "Year")).error().code())
        .isEqualTo("InvalidParameter.Period");
    assertThat(read.ecsPurchase(U1, Map.of("PeriodUnit", "Week")).error().code())
        .isEqualTo("InvalidPeriodUnit.ValueNotSupported");
    assertThat(read.ecsPurchase(U1, Map.of()).value().term()).isEqualTo(Term.ofYears(1));
  }

  @Test
  void readsAPurchaseIntoATypedCommand() {
    CreateInstances cmd =
        read.ensPurchase(
                U1,
                Map.of(
                    "ServerType", "ens.aic.a1.large",
                    "EnsRegionId", "cn-beijing-15",
                    "Amount", "3",
                    "AutoRenew", "true"))
            .value();

    assertThat(cmd.count()).isEqualTo(3);
    assertThat(cmd.term()).isEqualTo(Term.ofMonths(1));
    assertThat(cmd.autoRenewal()).isEqualTo(new AutoRenewal(1));
    assertThat(cmd.regionId()).isEqualTo("cn-beijing-15");
    Result<CreateInstances> tooMany = read.ensPurchase(U1, Map.of("Amount", "101"));
    assertThat(tooMany.error().code()).isEqualTo("OrderQuantityInvalid");
  }

  private static Map<String, String> ens(String... params) {
    return with(Map.of("InstanceId", "aic-1"), params);
  }

  private static Map<String, String> ecs(String... params) {
    return with(Map.of("PrivatePoolOptions.Id.1", "eap-1"), params);
  }

  private static Map<String, String> with(Map<String, String> base, String... params) {
    Map<String, String> map = new LinkedHashMap<>(base);
    for (int i = 0; i + 1 < params.length; i += 2) {
      map.put(params[i], params[i + 1]);
    }
    return map;
  }
}
