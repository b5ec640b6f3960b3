package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.aliyuncs.auth.HmacSHA1Signer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.http.MethodType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureV1Test {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  private final SignatureV1 signature = new SignatureV1();

  @Test
  void buildsTheStringToSignFromSortedDoublyEncodedParameters() {
    List<RpcParameter> sorted =
        SignatureV1.sortedWithoutSignature(
            RpcParameters.of(
                "Version", "2014-05-26",
                "Action", "DescribeRegions",
                "Signature", "ignored",
                "Timestamp", "2016-02-23T12:46:24Z",
                "Note", "a b*~"));

    assertThat(SignatureV1.stringToSign("GET", sorted))
        .isEqualTo(
            "GET&%2F&Action%3DDescribeRegions%26Note%3Da%2520b%252A~"
                + "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
  }

  @Test
  void matchesAlibabaCloudsDocumentedExample() throws Exception {
    // The worked example of the ECS signature documentation.
    RpcRequest request =
        SignedRequests.v1(NOW)
            .without("InstanceId")
            .with("Action", "DescribeRegions")
            .with("Version", "2014-05-26")
            .with("Format", "XML")
            .with("AccessKeyId", "testid")
            .with("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")
            .with("Timestamp", "2016-02-23T12:46:24Z")
            .with("Signature", "OLeaidS1JvxuMvnyHOwuJ+uX5qY=")
            .build();

    assertThat(signature.matches(request, "testsecret")).isTrue();
  }

  @Test
  void acceptsTheNewClientWhichSendsEmptyParametersButDoesNotSignThem() throws Exception {
    // openapiutil's getRPCSignature skips empty values, exactly as tea-openapi "v2" signs.
    RpcRequest request = SignedRequests.v1(NOW).with("ClientToken", "").with("Note", "").build();

    assertThat(request.parameters().firstOrNull("ClientToken")).isEmpty();
    assertThat(signature.matches(request, TestKeys.SECRET)).isTrue();
  }

  @Test
  @SuppressWarnings("deprecation") // HmacSHA1Signer is what the old client itself signs with
  void acceptsTheOldClientWhichSignsEmptyParameters() throws Exception {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("Action", "RenewARMServerInstance");
    parameters.put("AccessKeyId", TestKeys.AK);
    parameters.put("ClientToken", "");
    parameters.put("Note", "x y*~中");
    String stringToSign =
        RpcSignatureComposer.getComposer()
            .composeStringToSign(MethodType.POST, null, null, parameters, null, null);
    parameters.put(
        "Signature", new HmacSHA1Signer().signString(stringToSign, TestKeys.SECRET + "&"));

    RpcRequest request = postForm(parameters);

    assertThat(signature.matches(request, TestKeys.SECRET)).isTrue();
    assertThat(
            SignatureV1.stringToSign(
                "POST", SignatureV1.sortedWithoutSignature(request.parameters())))
        .isEqualTo(stringToSign);
  }

  @Test
  void doesNotDependOnTheOrderParametersArriveIn() throws Exception {
    String query = SignedRequests.v1(NOW).with("B", "2").with("A", "1").signedQuery();
    String[] pairs = query.split("&");
    java.util.Collections.reverse(java.util.Arrays.asList(pairs));
    RpcRequest request = get(String.join("&", pairs));

    assertThat(signature.matches(request, TestKeys.SECRET)).isTrue();
  }

  static Stream<Arguments> signedThenChanged() throws Exception {
    return Stream.of(
        arguments("wrongSecret", SignedRequests.v1(NOW).secret("another").build(), false),
        arguments(
            "tamperedValue",
            get(SignedRequests.v1(NOW).signedQuery().replace("aic-1", "aic-2")),
            false),
        arguments(
            "signedForAnotherMethod",
            get(SignedRequests.v1(NOW).method("POST").signedQuery()),
            false),
        arguments(
            "postSignedOverQueryAndBodyTogether",
            SignedRequests.v1(NOW).method("POST").with("Period", "3").build(),
            true),
        arguments("withoutSignature", SignedRequests.v1(NOW).with("Signature", "").build(), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedThenChanged")
  void acceptsOnlyWhatWasSignedWithTheSecret(String name, RpcRequest request, boolean accepted) {
    assertThat(signature.matches(request, TestKeys.SECRET)).isEqualTo(accepted);
  }

  private static RpcRequest get(String query) {
    return (RpcRequest)
        new RpcRequestParser(GatewayErrors.load()).parse("GET", "/?" + query, Map.of(), null);
  }

  private static RpcRequest postForm(Map<String, String> parameters) {
    return (RpcRequest)
        new RpcRequestParser(GatewayErrors.load())
            .parse(
                "POST",
                "/",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                OfficialSigner.form(new TreeMap<>(parameters)).getBytes(StandardCharsets.UTF_8));
  }
}
