package dev.billingsim.domain.catalogue;

/**
 * A catalogue error as it is answered: the row it comes from, with its code and message filled in
 * ({@code %s} replaced by the offending field or detail).
 */
public record BillingError(CatalogueEntry entry, String code, String message) {

  public int httpStatus() {
    return entry.httpStatus();
  }

  public Api api() {
    return entry.api();
  }

  @Override
  public String toString() {
    return code + " (" + httpStatus() + "): " + message;
  }
}
