package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.billingsim.simulator.gateway.SignatureV1;
import dev.billingsim.simulator.gateway.SignatureV3;
import dev.billingsim.simulator.http.AdminTokenAuthenticator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Secrets are compared in constant time: the V1 and V3 signature checks and the admin token check
 * compare with {@link java.security.MessageDigest#isEqual} and never with an early-exit comparison
 * ({@code Arrays.equals}, {@code String.equals}/{@code contentEquals}, {@code List.contains}),
 * whose time tells an attacker how much of a guess was right. WireMock's own token authenticator
 * compares with {@code List.contains}, so the simulator must not use it.
 */
class SecretComparisonTest {

  private static final JavaClasses SIMULATOR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.billingsim.simulator");

  private static final Set<String> EARLY_EXIT =
      Set.of(
          "java.util.Arrays.equals",
          "java.lang.String.contentEquals",
          "java.lang.String.equalsIgnoreCase",
          "java.util.List.contains",
          "java.util.Collection.contains",
          "java.lang.String.compareTo");

  private static Set<String> calls(Class<?> type) {
    return SIMULATOR.get(type).getMethodCallsFromSelf().stream()
        .map(call -> call.getTarget().getOwner().getFullName() + "." + call.getTarget().getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void signaturesAndTheAdminTokenAreComparedWithMessageDigestIsEqualOnly() {
    for (Class<?> comparer :
        List.of(SignatureV1.class, SignatureV3.class, AdminTokenAuthenticator.class)) {
      assertThat(calls(comparer))
          .as("calls of %s", comparer.getSimpleName())
          .contains("java.security.MessageDigest.isEqual")
          .doesNotContainAnyElementsOf(EARLY_EXIT);
    }
    assertThat(calls(AdminTokenAuthenticator.class)).doesNotContain("java.lang.String.equals");
  }

  @Test
  void wireMocksEarlyExitTokenAuthenticatorIsNotUsed() {
    for (JavaClass javaClass : SIMULATOR) {
      javaClass
          .getDirectDependenciesFromSelf()
          .forEach(
              dependency ->
                  assertThat(dependency.getTargetClass().getName())
                      .as("a dependency of %s", javaClass.getName())
                      .isNotIn(
                          "com.github.tomakehurst.wiremock.security.TokenAuthenticator",
                          "com.github.tomakehurst.wiremock.security.SingleHeaderAuthenticator",
                          "com.github.tomakehurst.wiremock.security.BasicAuthenticator"));
    }
  }

  @Test
  void theAdminTokenMustBeExactlyTokenSpaceTheToken() {
    AdminTokenAuthenticator authenticator = new AdminTokenAuthenticator("s3cr3t");
    assertThat(authenticator.authenticate(request("Token s3cr3t"))).isTrue();
    assertThat(authenticator.authenticate(request("Bearer x", "Token s3cr3t"))).isTrue();
    for (String wrong :
        List.of(
            "Token s3cr3",
            "Token s3cr3t ",
            "token s3cr3t",
            "s3cr3t",
            "Token S3CR3T",
            "Bearer s3cr3t",
            "Token",
            "",
            "Token s3cr3ts3cr3t")) {
      assertThat(authenticator.authenticate(request(wrong)))
          .as("Authorization: %s", wrong)
          .isFalse();
    }
    assertThat(authenticator.authenticate(request())).isFalse();
  }

  private static Request request(String... authorization) {
    ImmutableRequest.Builder request =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://127.0.0.1:8080/__admin/billing/state")
            .withMethod(RequestMethod.GET);
    if (authorization.length > 0) {
      request.withHeader("Authorization", List.of(authorization));
    }
    return request.build();
  }
}
