package dev.billingsim.features.support;

import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.PaymentMethod;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.subsystem.Subsystem;
import io.cucumber.java.ParameterType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * The words scenarios are written in, turned into typed values once, here: money ({@code 50.00
 * CNY}), dates ({@code 2026-12-01}, midnight UTC), error codes, callers ({@code alice}, {@code
 * alice's RAM user ops}), terms ({@code 2 months}), and the plain-English names of statuses,
 * conditions and subsystems.
 */
public final class ParameterTypes {

  /** Subsystems not named after their constant; {@link #phrase} reads the others. */
  private static final Map<String, Subsystem> SUBSYSTEM_ALIASES =
      Map.of(
          "internal", Subsystem.SYSTEM,
          "instance", Subsystem.RESOURCE,
          "risk control", Subsystem.RISK,
          "stored-value card", Subsystem.CARD);

  /** {@code 50.00 CNY}: exact, in the currency named. */
  public static Money parseMoney(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("money is written like 50.00 CNY, not " + text);
    }
    return Money.parse(parts[0], Currency.getInstance(parts[1]));
  }

  /** {@code 2026-12-01}: the start of that day in UTC, the billing time zone. */
  public static Instant parseDate(String text) {
    return LocalDate.parse(text.trim()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  /**
   * {@code order handling} is the constant ORDER_HANDLING, {@code stored-value card}
   * STORED_VALUE_CARD.
   */
  public static <E extends Enum<E>> E phrase(Class<E> type, String text) {
    return Enum.valueOf(
        type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
  }

  @ParameterType("\\d+\\.\\d{2} [A-Z]{3}")
  public Money money(String text) {
    return parseMoney(text);
  }

  @ParameterType("\\d{4}-\\d{2}-\\d{2}")
  public Instant date(String text) {
    return parseDate(text);
  }

  @ParameterType("[A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*")
  public ErrorCode code(String text) {
    return new ErrorCode(text);
  }

  @ParameterType("([a-z][a-z0-9]*)(?:'s RAM user ([a-z][a-z0-9]*))?")
  public Who caller(String account, String ramUser) {
    return new Who(account, ramUser);
  }

  @ParameterType("(\\d+) (month|months|year|years)")
  public Term term(String count, String unit) {
    return new Term(
        Integer.parseInt(count), unit.startsWith("year") ? Term.Unit.Year : Term.Unit.Month);
  }

  @ParameterType("ENS servers?|ECS elasticity assurances?")
  public Product product(String text) {
    return text.startsWith("ENS") ? Product.ENS : Product.ECS;
  }

  @ParameterType("Pending|Running|Stopped|Locked|Expired|Released")
  public InstanceStatus status(String text) {
    return InstanceStatus.valueOf(text);
  }

  @ParameterType("active|frozen|illegal")
  public AccountStatus accountStatus(String text) {
    return phrase(AccountStatus.class, text);
  }

  @ParameterType("paid|unpaid|failed")
  public OrderStatus orderStatus(String text) {
    return phrase(OrderStatus.class, text);
  }

  @ParameterType("order rejected|trade data rejected|payment blocked|payer rejected")
  public RiskFlag riskFlag(String text) {
    return phrase(RiskFlag.class, text);
  }

  @ParameterType(
      "balance|credit card|withholding|credit card invalid|none|withholding illegal|illegal")
  public PaymentMethod paymentMethod(String text) {
    return phrase(PaymentMethod.class, text);
  }

  @ParameterType("stable|changed|changing")
  public CustodyRelation custodyRelation(String text) {
    return phrase(CustodyRelation.class, text);
  }

  @ParameterType("[a-z]+(?: [a-z]+)*")
  public InstanceCondition condition(String text) {
    return phrase(InstanceCondition.class, text);
  }

  @ParameterType(
      "internal|account|instance|commodity|pricing|exchange rate|tax|risk control|trade|order store|payment|coupon|stored-value card|reseller|refund")
  public Subsystem subsystem(String text) {
    Subsystem alias = SUBSYSTEM_ALIASES.get(text);
    return alias != null ? alias : phrase(Subsystem.class, text);
  }
}
