package dev.billingsim.simulator.action.bss;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BSS QueryPrepaidCards: the caller's prepaid cards ({@code EffectiveOrNot} as for coupons). */
public final class QueryPrepaidCards extends RpcAction {

  public QueryPrepaidCards() {
    super("QueryPrepaidCards", Kind.QUERY);
  }

  @Override
  public Answer handle(RpcCall call) {
    Account account = call.billing().account(call.caller().uid()).orElseThrow();
    Instant now = call.billing().now();
    boolean effectiveOnly = "true".equalsIgnoreCase(call.param("EffectiveOrNot"));
    List<Map<String, Object>> cards = new ArrayList<>();
    for (StoredValueCard card : account.storedValueCards()) {
      if (effectiveOnly && !card.isUsableAt(now)) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("PrepaidCardId", QueryCashCoupons.numericId(account.uid(), card.id()));
      item.put("PrepaidCardNo", card.id());
      item.put("Balance", Bodies.amount(card.balance()));
      item.put("NominalValue", Bodies.amount(card.nominalValue()));
      item.put("GrantedTime", Bodies.time(card.grantedAt()));
      item.put("EffectiveTime", Bodies.time(card.effectiveAt()));
      item.put("ExpiryTime", Bodies.time(card.expiresAt()));
      item.put("Status", QueryCashCoupons.status(card.isExpiredAt(now), card.balance()));
      item.put("ApplicableProducts", "all");
      item.put("ApplicableScenarios", "Renew,Buy");
      cards.add(item);
    }
    return Answer.success(Bodies.bss(call.requestId(), Map.of("PrepaidCard", cards)));
  }
}
