package dev.billingsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.Catalogue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesTest {

  private static List<Field> constants() {
    return Arrays.stream(Codes.class.getDeclaredFields())
        .filter(field -> Modifier.isPublic(field.getModifiers()))
        .filter(field -> field.getType() == String.class)
        .toList();
  }

  @Test
  void everyConstantIsACodeOfTheLoadedCatalogue() throws Exception {
    List<String> codes = new ArrayList<>();
    for (Field field : constants()) {
      codes.add((String) field.get(null));
    }

    assertThat(codes).hasSizeGreaterThan(20).doesNotHaveDuplicates();
    for (String code : codes) {
      assertThat(Api.values())
          .as(code)
          .anyMatch(api -> Catalogue.standard().isDocumented(api, code));
    }
  }

  @Test
  void everyConstantIsNamedAfterItsCode() throws Exception {
    for (Field field : constants()) {
      String code = (String) field.get(null);
      String expected =
          code.replace(".", "_")
              .replaceAll("([a-z])([A-Z])", "$1_$2")
              .toUpperCase(java.util.Locale.ROOT);
      assertThat(field.getName()).as(code).isEqualTo(expected);
    }
  }

  @Test
  void messagesComeFromTheCatalogue() {
    assertThat(Codes.message(Codes.PAY_INSUFFICIENT_BALANCE))
        .isEqualTo(
            Catalogue.standard()
                .find(Api.ENS, "PayInsufficientBalance", false)
                .orElseThrow()
                .message());
    assertThat(Codes.message(Codes.INVALID_PRIVATE_POOL_ID_NOT_FOUND))
        .isEqualTo("The specified private pool does not exist.");
    assertThatThrownBy(() -> Codes.message("NoSuchCode"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allListsEveryDocumentedCode() {
    assertThat(Codes.all())
        .contains("PayHsfTimeoutError", "InvalidParameter.%s", "IncorrectPrivatePoolStatus");
    assertThat(Codes.isDocumented("NoSuchCode")).isFalse();
    assertThat(Codes.isDocumented("InvalidParameter.%s")).isFalse();
  }
}
