package dev.billingsim.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private final Catalogue catalogue = Catalogue.standard();

  @Test
  void projectCopyIsIdenticalToTheSharedSourceOfTruth() throws Exception {
    Path shared = Path.of("..", "..", "shared", "catalogue", "error-catalogue.tsv");
    assumeThat(shared).as("../shared beside the project").exists();
    assertThat(Catalogue.rawTsv()).isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
  }

  @Test
  void holdsThe118DocumentedRows() {
    assertThat(catalogue.entries()).hasSize(118);
    assertThat(catalogue.entries().stream().filter(e -> e.api() == Api.ENS)).hasSize(103);
    assertThat(catalogue.entries().stream().filter(e -> e.api() == Api.ECS)).hasSize(15);
  }

  @Test
  void rowsAreUniqueByApiCodeAndMessage() {
    assertThat(catalogue.entries())
        .extracting(entry -> entry.api() + "|" + entry.code() + "|" + entry.message())
        .doesNotHaveDuplicates();
  }

  @Test
  void everyRowHasATrigger() {
    for (CatalogueEntry entry : catalogue.entries()) {
      assertThat(entry.trigger().description()).as(entry.code()).isNotBlank();
    }
  }

  @Test
  void ecsLooksUpItsOwnRowsBeforeTheGlobalOnes() {
    assertThat(catalogue.error(Api.ECS, "InvalidParameter.Period", "eap-1").message())
        .isEqualTo("The specified parameter Period or PeriodUnit is invalid.");
    assertThat(catalogue.error(Api.ENS, "InvalidParameter.Period", "aic-1").message())
        .isEqualTo("The specified field Period invalid. Please check it again.");
    assertThat(catalogue.error(Api.ECS, "PayInsufficientBalance", "eap-1").api())
        .isEqualTo(Api.ENS);
  }

  @Test
  void statusLivesInTheEntry() {
    assertThat(catalogue.error(Api.ECS, "InvalidPrivatePoolId.NotFound", "eap-1").httpStatus())
        .isEqualTo(500);
    assertThat(catalogue.error(Api.ECS, "Account.Arrearage", "eap-1").httpStatus()).isEqualTo(403);
    assertThat(catalogue.error(Api.ENS, "PayInsufficientBalance", "aic-1").httpStatus())
        .isEqualTo(400);
  }

  @Test
  void ecsInternalErrorWithADetailUsesTheDetailRow() {
    assertThat(catalogue.errorWithMessage(Api.ECS, "InternalError", "boom").message())
        .isEqualTo("boom");
    assertThat(catalogue.error(Api.ECS, "InternalError", null).message())
        .isEqualTo("The request processing has failed due to some unknown error.");
  }
}
