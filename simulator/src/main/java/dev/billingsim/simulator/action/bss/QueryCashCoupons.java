package dev.billingsim.simulator.action.bss;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * BSS QueryCashCoupons: the caller's coupons. {@code EffectiveOrNot=true} keeps only those usable
 * now ({@link Coupon#isUsableAt}).
 */
public final class QueryCashCoupons extends RpcAction {

  public QueryCashCoupons() {
    super("QueryCashCoupons", Kind.QUERY);
  }

  @Override
  public Answer handle(RpcCall call) {
    Account account = call.billing().account(call.caller().uid()).orElseThrow();
    Instant now = call.billing().now();
    boolean effectiveOnly = "true".equalsIgnoreCase(call.param("EffectiveOrNot"));
    List<Map<String, Object>> coupons = new ArrayList<>();
    for (Coupon coupon : account.coupons()) {
      if (effectiveOnly && !coupon.isUsableAt(now)) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("CashCouponId", numericId(account.uid(), coupon.id()));
      item.put("CashCouponNo", coupon.id());
      item.put("Balance", Bodies.amount(coupon.amount()));
      item.put("NominalValue", Bodies.amount(coupon.nominalValue()));
      item.put("GrantedTime", Bodies.time(coupon.grantedAt()));
      item.put("EffectiveTime", Bodies.time(coupon.effectiveAt()));
      item.put("ExpiryTime", Bodies.time(coupon.expiresAt()));
      item.put("Status", status(coupon.isExpiredAt(now), coupon.amount()));
      item.put("ApplicableProducts", products(coupon));
      item.put("ApplicableScenarios", "Renew,Buy");
      item.put(
          "Description",
          coupon.minimumSpend().isPositive()
              ? "orders of at least " + Bodies.amount(coupon.minimumSpend())
              : "");
      coupons.add(item);
    }
    return Answer.success(Bodies.bss(call.requestId(), Map.of("CashCoupon", coupons)));
  }

  /**
   * BSS answers coupons and cards with a numeric id beside the string one, derived here from the
   * owner and the string id, so it is stable across calls, restarts and state round trips.
   */
  static long numericId(String uid, String id) {
    CRC32 crc = new CRC32();
    crc.update((uid + "/" + id).getBytes(StandardCharsets.UTF_8));
    return 10_000_000L + crc.getValue();
  }

  /** Expired, else Available while something is left, else Used. */
  static String status(boolean expired, Money left) {
    return expired ? "Expired" : left.isPositive() ? "Available" : "Used";
  }

  private static String products(Coupon coupon) {
    return coupon.products().isEmpty()
        ? "all"
        : coupon.products().stream().map(Product::code).sorted().collect(Collectors.joining(","));
  }
}
