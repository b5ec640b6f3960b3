package dev.billingsim.domain.catalogue;

/**
 * One documented error, as the TSV row gives it: the API, the HTTP status, the code (which may hold
 * a {@code %s}, as in {@code InvalidParameter.%s}), the message template and the trigger that
 * produces it in the simulator.
 */
public record CatalogueEntry(
    Api api, int httpStatus, String code, String message, String descriptionZh, Trigger trigger) {

  public boolean codeIsTemplate() {
    return code.contains("%s");
  }

  public boolean messageIsTemplate() {
    return message.contains("%s");
  }

  /** Whether a concrete code such as {@code InvalidParameter.Period} is an instance of this row. */
  boolean matches(String concreteCode) {
    if (!codeIsTemplate()) {
      return code.equals(concreteCode);
    }
    int at = code.indexOf("%s");
    String prefix = code.substring(0, at);
    String suffix = code.substring(at + 2);
    return concreteCode.length() > prefix.length() + suffix.length()
        && concreteCode.startsWith(prefix)
        && concreteCode.endsWith(suffix);
  }

  /** The {@code %s} part of a concrete code matching a template code. */
  String templateValue(String concreteCode) {
    int at = code.indexOf("%s");
    return concreteCode.substring(at, concreteCode.length() - (code.length() - at - 2));
  }
}
