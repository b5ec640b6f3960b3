package dev.billingsim.domain.subsystem;

import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import dev.billingsim.domain.catalogue.Trigger;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The back-end systems a billing operation calls, in the order a renewal calls them. A fault
 * injected into one makes that call fail with one of the codes the catalogue's trigger map gives
 * that subsystem, exactly where a real failure would happen (so nothing after it runs).
 */
public enum Subsystem {
  /** Unexpected failures anywhere (ECS InternalError). */
  SYSTEM("system"),
  /** User centre: account, settlement and available-amount look-ups. */
  ACCOUNT("account"),
  /** Instance (resource) service. */
  RESOURCE("resource"),
  /** Commodity and sales-rule validation of what is bought. */
  COMMODITY("commodity"),
  /** Quotation and rating. */
  PRICING("pricing"),
  /** Exchange rates and settlement currency. */
  EXCHANGE_RATE("exchangeRate"),
  /** Tax address. */
  TAX("tax"),
  /** Risk control. */
  RISK("risk"),
  /** Trade: placing the order. */
  TRADE("trade"),
  /** Order storage (OTS). */
  ORDER_STORE("orderStore"),
  /** Payment channel: capture. */
  PAYMENT("payment"),
  /** Coupon system, called only when a coupon is drawn. */
  COUPON("coupon"),
  /** Stored-value card system, called only when a card is drawn. */
  CARD("card"),
  /** Reseller payment channel, called only for reseller-custody accounts. */
  RESELLER("reseller"),
  /** Refund calculator, called only when a release refunds money. */
  REFUND("refund");

  private final String code;

  Subsystem(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Subsystem fromCode(String code) {
    return Stream.of(values())
        .filter(subsystem -> subsystem.code.equalsIgnoreCase(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown subsystem " + code));
  }

  /**
   * The codes a fault in this subsystem may produce, from the trigger map: rows whose trigger is a
   * fault here, and state rows that say "(or fault here)".
   */
  public Set<String> codes(Catalogue catalogue) {
    Set<String> codes = new LinkedHashSet<>();
    String alternative = "or fault " + code.toLowerCase(Locale.ROOT) + ")";
    for (CatalogueEntry entry : catalogue.entries()) {
      Trigger trigger = entry.trigger();
      if ((trigger.kind() == Trigger.Kind.FAULT && code.equals(trigger.subsystem()))
          || trigger.description().endsWith(alternative)) {
        codes.add(entry.code());
      }
    }
    return codes;
  }
}
