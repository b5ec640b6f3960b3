package dev.billingsim.simulator.state;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.PaymentMethod;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.world.World;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** States for tests: the contract's example document, and a world using every field. */
public final class States {

  public static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
  static final Currency JPY = Currency.getInstance("JPY");

  /** The example of contract section 6, verbatim. */
  public static final String CONTRACT_EXAMPLE =
"""
{
  "now": "2026-11-22T00:00:00Z",
  "accounts": [{
    "uid": "1000000000000001",
    "accessKeys": [{"id": "demo-ak", "secret": "demo-secret"}],
    "status": "ACTIVE",
    "realNameVerified": true,
    "basicInfoComplete": true,
    "currency": "CNY",
    "cash": "1000.00",
    "creditLimit": "0.00",
    "coupons": [{"id": "cp-1", "amount": "50.00", "expiresAt": "2027-01-01T00:00:00Z"}],
    "storedValueCards": [{"id": "svc-1", "balance": "100.00", "expiresAt": "2027-01-01T00:00:00Z"}]
  }],
  "instances": [{
    "id": "aic-demo-0001",
    "product": "ens",
    "ownerUid": "1000000000000001",
    "chargeType": "PrePaid",
    "status": "Running",
    "expiresAt": "2026-12-01T00:00:00Z",
    "autoRenew": false,
    "monthlyPrice": "100.00"
  }],
  "orders": []
}
""";

  private States() {}

  /** Two accounts (CNY and JPY) and their instances and orders, with no field at its default. */
  public static BillingState rich() {
    String cny = "1000000000000001";
    String jpy = "1000000000000002";
    World world =
        World.startingAt(NOW)
            .with(
                World.account(cny)
                    .realNameVerified(false)
                    .cash("1234.56")
                    .creditLimit("500.00")
                    .storedValueCard("svc-9", "99.99", Instant.parse("2027-01-01T00:00:00Z"))
                    .with(States::everyOtherAccountField))
            .with(
                World.account(jpy).accessKey("yen-ak", "yen-secret").currency("JPY").cash("150000"))
            .with(
                World.ensInstance("aic-rich-0001")
                    .ownedBy(cny)
                    .expiresAt(Instant.parse("2026-12-01T00:00:00Z"))
                    .status(InstanceStatus.Stopped)
                    .autoRenewMonths(6)
                    .with(States::everyOtherInstanceField))
            .with(
                World.ensInstance("aic-rich-0002")
                    .ownedBy(cny)
                    .expiresAt(Instant.parse("2026-12-02T00:00:00Z"))
                    .monthlyPrice(null)
                    .postPaid())
            .with(
                World.ecsInstance("eap-yen-0001")
                    .ownedBy(jpy)
                    .expiresAt(Instant.parse("2026-12-03T00:00:00Z"))
                    .monthlyPrice("3000"));
    Order paid =
        new Order(
            "200000000001",
            cny,
            OrderType.RENEW,
            OrderStatus.PAID,
            Instant.parse("2026-11-01T00:00:00Z"),
            "token-1",
            "InstanceId=aic-rich-0001;months=1",
            Money.of("100.00"),
            List.of(new OrderLine("aic-rich-0001", 1, Money.of("100.00"))),
            List.of(
                new Payment(PaymentSource.COUPON, "cp-9", Money.of("10.00")),
                new Payment(PaymentSource.STORED_VALUE_CARD, "svc-9", Money.of("20.00")),
                new Payment(PaymentSource.CASH, "cash", Money.of("50.00")),
                new Payment(PaymentSource.RESELLER_QUOTA, "1900000000000001", Money.of("20.00"))),
            null,
            Instant.parse("2026-11-01T00:00:00Z"),
            null);
    Order unpaid =
        new Order(
            "200000000002",
            cny,
            OrderType.RENEW,
            OrderStatus.UNPAID,
            Instant.parse("2026-11-02T00:00:00Z"),
            "token-2",
            "InstanceId=aic-rich-0001;months=12",
            Money.of("1000.00"),
            List.of(new OrderLine("aic-rich-0001", 12, Money.of("1000.00"))),
            List.of(),
            null,
            null,
            null);
    Order failed =
        new Order(
            "200000000003",
            jpy,
            OrderType.RENEW,
            OrderStatus.FAILED,
            Instant.parse("2026-11-03T00:00:00Z"),
            null,
            null,
            Money.parse("3000", JPY),
            List.of(new OrderLine("eap-yen-0001", 1, Money.parse("3000", JPY))),
            List.of(),
            "PayInsufficientBalance",
            null,
            null);
    Order refund =
        new Order(
            "200000000004",
            cny,
            OrderType.REFUND,
            OrderStatus.PAID,
            Instant.parse("2026-11-04T00:00:00Z"),
            null,
            "Release InstanceId=aic-rich-0002",
            Money.of("3.00"),
            List.of(new OrderLine("aic-rich-0002", 0, Money.of("3.00"))),
            List.of(new Payment(PaymentSource.CREDIT, "credit", Money.of("3.00"))),
            null,
            Instant.parse("2026-11-04T00:00:00Z"),
            null);
    return world.with(paid).with(unpaid).with(failed).with(refund).toState();
  }

  private static Account.Builder everyOtherAccountField(Account.Builder account) {
    return account
        .accessKeys(
            List.of(
                AccessKey.of("rich-ak", "rich-secret"),
                new AccessKey("old-ak", "old-secret", false)))
        .closed(true)
        .basicInfoComplete(false)
        .creditUsed(Money.of("20.10"))
        .arrears(Money.of("1.50"))
        .bidUser(true)
        .riskFlags(Set.of(RiskFlag.PAYER_REJECTED, RiskFlag.ORDER_REJECTED))
        .paymentMethod(PaymentMethod.CREDIT_CARD)
        .paymentLimit(Money.of("5000.00"))
        .refundBanned(true)
        .unpaidOrderLimit(3)
        .instanceQuota(7)
        .custody(
            new ResellerCustody(
                "1900000000000001",
                Money.of("800.00"),
                Money.of("10.00"),
                Money.of("9000.00"),
                CustodyRelation.CHANGING))
        .ramUser(
            new RamUser(
                "ops",
                List.of(AccessKey.of("ops-ak", "ops-secret")),
                Set.of("RenewARMServerInstance", "DescribeARMServerInstances"),
                Set.of("aic-rich-0002", "aic-rich-0001")))
        .coupon(
            new Coupon(
                "cp-9",
                Money.of("12.34"),
                Instant.parse("2027-02-01T00:00:00Z"),
                Set.of(Product.ECS, Product.ENS),
                Money.of("100.00")))
        .coupon(Coupon.of("cp-10", Money.of("0.00"), Instant.parse("2027-03-01T12:30:00Z")));
  }

  private static Instance.Builder everyOtherInstanceField(Instance.Builder instance) {
    return instance
        .yearlyPrice(Money.of("1000.00"))
        .conditions(Set.of(InstanceCondition.UNSETTLED_BILLS, InstanceCondition.ORDER_HANDLING))
        .couponsForbidden(true)
        .instanceType("ens.aic.a1.xlarge")
        .regionId("cn-beijing")
        .createdAt(Instant.parse("2026-01-01T08:00:00Z"));
  }
}
