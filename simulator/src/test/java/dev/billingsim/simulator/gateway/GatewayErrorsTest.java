package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayErrorsTest {

  private final GatewayErrors errors = GatewayErrors.load();

  @Test
  void holdsEveryProtocolErrorOfTheGatewayChecksTable() {
    assertThat(errors.entries())
        .extracting(GatewayErrors.Entry::code, GatewayErrors.Entry::httpStatus)
        .contains(
            org.assertj.core.groups.Tuple.tuple("MissingParameter", 400),
            org.assertj.core.groups.Tuple.tuple("InvalidParameter", 400),
            org.assertj.core.groups.Tuple.tuple("InvalidAccessKeyId.NotFound", 404),
            org.assertj.core.groups.Tuple.tuple("InvalidAccessKeyId.Inactive", 400),
            org.assertj.core.groups.Tuple.tuple("SignatureDoesNotMatch", 400),
            org.assertj.core.groups.Tuple.tuple("IncompleteSignature", 400),
            org.assertj.core.groups.Tuple.tuple("SignatureNonceUsed", 400),
            org.assertj.core.groups.Tuple.tuple("InvalidTimeStamp.Expired", 400),
            org.assertj.core.groups.Tuple.tuple("InvalidTimeStamp.Format", 400),
            org.assertj.core.groups.Tuple.tuple("InvalidAction.NotFound", 404),
            org.assertj.core.groups.Tuple.tuple("UnsupportedHTTPMethod", 400),
            org.assertj.core.groups.Tuple.tuple("Throttling.User", 400),
            org.assertj.core.groups.Tuple.tuple("Forbidden.RAM", 403),
            org.assertj.core.groups.Tuple.tuple("InternalError", 500));
  }

  @Test
  void codesAreUnique() {
    List<String> codes = errors.entries().stream().map(GatewayErrors.Entry::code).toList();
    assertThat(codes).doesNotHaveDuplicates();
  }

  @Test
  void fillsThePlaceholderWithTheParameterName() {
    assertThat(errors.missingParameter("InstanceId"))
        .isEqualTo(
            new GatewayError(
                "MissingParameter",
                400,
                "The input parameter \"InstanceId\" that is mandatory for processing this request"
                    + " is not supplied."));
    assertThat(errors.invalidParameter("Period").message())
        .isEqualTo("The specified parameter \"Period\" is not valid.");
  }

  @Test
  void fillsADetailContainingPercentSignsLiterally() {
    assertThat(errors.invalidParameter("%s%d").message())
        .isEqualTo("The specified parameter \"%s%d\" is not valid.");
  }

  @Test
  void keepsTheMessagesTheClientsExpectVerbatim() {
    assertThat(errors.get("InvalidAccessKeyId.NotFound").message())
        .isEqualTo("Specified access key is not found.");
    assertThat(errors.get("SignatureDoesNotMatch").message())
        .isEqualTo("Specified signature is not matched with our calculation.");
    assertThat(errors.get("Throttling.User").message())
        .isEqualTo("Request was denied due to user flow control.");
    assertThat(errors.actionNotFound().message())
        .isEqualTo("Specified api is not found, please check your url and method.");
    assertThat(errors.internalError().message())
        .isEqualTo("The request processing has failed due to some unknown error.");
  }

  @Test
  void everyMessageWithoutDetailsHasNoLeftoverPlaceholderOnceFilled() {
    for (GatewayErrors.Entry entry : errors.entries()) {
      assertThat(errors.get(entry.code(), "X").message()).doesNotContain("%s");
    }
  }

  @Test
  void refusesAnUnknownCodeAsAProgrammingError() {
    assertThatThrownBy(() -> errors.get("NoSuchCode")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesACatalogueThatLacksACodeTheGatewayNames() {
    String tsv = "code\thttpStatus\tmessage\nMissingParameter\t400\tx %s\n";
    assertThatThrownBy(() -> GatewayErrors.parse(new BufferedReader(new StringReader(tsv))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks");
  }
}
