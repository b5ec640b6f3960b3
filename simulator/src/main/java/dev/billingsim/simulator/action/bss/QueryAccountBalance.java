package dev.billingsim.simulator.action.bss;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.money.Money;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BSS QueryAccountBalance. AvailableAmount is what a payment can draw beyond coupons and cards:
 * cash plus the credit (or reseller quota) left; AvailableCashAmount is the cash alone.
 */
public final class QueryAccountBalance extends RpcAction {

  public QueryAccountBalance() {
    super("QueryAccountBalance", Kind.QUERY);
  }

  @Override
  public Answer handle(RpcCall call) {
    Account account = call.billing().account(call.caller().uid()).orElseThrow();
    Money credit =
        account.custody() != null ? account.custody().quotaAvailable() : account.creditAvailable();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("AvailableAmount", Bodies.amount(account.cash().plus(credit)));
    data.put("AvailableCashAmount", Bodies.amount(account.cash()));
    data.put("CreditAmount", Bodies.amount(credit));
    data.put("MybankCreditAmount", "0.00");
    data.put("Currency", account.currency().getCurrencyCode());
    data.put(
        "QuotaLimit",
        Bodies.amount(
            account.custody() != null ? account.custody().quota() : account.creditLimit()));
    return Answer.success(Bodies.bss(call.requestId(), data));
  }
}
