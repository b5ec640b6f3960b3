package dev.billingsim.domain.state;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a whole state must keep to be loaded: unique ids and keys, owners that exist, amounts
 * that are not negative, currencies that agree. Every problem is listed, each with its path.
 */
public final class StateRules {

  private StateRules() {}

  public static List<String> problems(BillingState state) {
    List<String> problems = new ArrayList<>();
    Set<String> uids = new HashSet<>();
    Map<String, String> keys = new HashMap<>();
    for (int i = 0; i < state.accounts().size(); i++) {
      Account account = state.accounts().get(i);
      String at = "accounts[" + i + "]";
      if (account.uid() == null || account.uid().isBlank()) {
        problems.add(at + ".uid: missing");
      } else if (!uids.add(account.uid())) {
        problems.add(at + ".uid: duplicate uid " + account.uid());
      }
      account.accessKeys().forEach(key -> checkKey(keys, key, at + ".accessKeys", problems));
      for (RamUser user : account.ramUsers()) {
        for (AccessKey key : user.accessKeys()) {
          checkKey(keys, key, at + ".ramUsers[" + user.name() + "].accessKeys", problems);
        }
      }
      notNegative(account.cash(), at + ".cash", problems);
      notNegative(account.creditLimit(), at + ".creditLimit", problems);
      notNegative(account.creditUsed(), at + ".creditUsed", problems);
      notNegative(account.arrears(), at + ".arrears", problems);
      sameCurrency(account, account.cash(), at + ".cash", problems);
      Set<String> couponIds = new HashSet<>();
      for (int c = 0; c < account.coupons().size(); c++) {
        Coupon coupon = account.coupons().get(c);
        String cat = at + ".coupons[" + c + "]";
        if (!couponIds.add(coupon.id())) {
          problems.add(cat + ".id: duplicate coupon id " + coupon.id());
        }
        notNegative(coupon.amount(), cat + ".amount", problems);
        sameCurrency(account, coupon.amount(), cat + ".amount", problems);
      }
      Set<String> cardIds = new HashSet<>();
      for (int c = 0; c < account.storedValueCards().size(); c++) {
        StoredValueCard card = account.storedValueCards().get(c);
        String cat = at + ".storedValueCards[" + c + "]";
        if (!cardIds.add(card.id())) {
          problems.add(cat + ".id: duplicate card id " + card.id());
        }
        notNegative(card.balance(), cat + ".balance", problems);
        sameCurrency(account, card.balance(), cat + ".balance", problems);
      }
      if (account.unpaidOrderLimit() < 0) {
        problems.add(at + ".unpaidOrderLimit: must not be negative");
      }
      if (account.instanceQuota() < 0) {
        problems.add(at + ".instanceQuota: must not be negative");
      }
    }
    Set<String> instanceIds = new HashSet<>();
    for (int i = 0; i < state.instances().size(); i++) {
      Instance instance = state.instances().get(i);
      String at = "instances[" + i + "]";
      if (!instanceIds.add(instance.id())) {
        problems.add(at + ".id: duplicate instance id " + instance.id());
      }
      Product product = instance.product();
      if (!instance.id().startsWith(product.idPrefix())) {
        problems.add(at + ".id: a " + product.code() + " id starts with " + product.idPrefix());
      }
      if (!uids.contains(instance.ownerUid())) {
        problems.add(at + ".ownerUid: no account " + instance.ownerUid());
      }
      notNegative(instance.monthlyPrice(), at + ".monthlyPrice", problems);
      notNegative(instance.yearlyPrice(), at + ".yearlyPrice", problems);
      if (instance.monthlyPrice() != null
          && instance.yearlyPrice() != null
          && !instance.monthlyPrice().currency().equals(instance.yearlyPrice().currency())) {
        problems.add(at + ".yearlyPrice: not in the currency of monthlyPrice");
      }
      if (instance.autoRenewPeriod() < 1) {
        problems.add(at + ".autoRenewPeriod: must be at least 1 month");
      }
    }
    Set<String> orderIds = new HashSet<>();
    for (int i = 0; i < state.orders().size(); i++) {
      Order order = state.orders().get(i);
      String at = "orders[" + i + "]";
      if (!orderIds.add(order.orderId())) {
        problems.add(at + ".orderId: duplicate order id " + order.orderId());
      }
      if (!uids.contains(order.uid())) {
        problems.add(at + ".uid: no account " + order.uid());
      }
    }
    return problems;
  }

  private static void checkKey(
      Map<String, String> keys, AccessKey key, String at, List<String> problems) {
    if (key.id().isBlank() || key.secret().isBlank()) {
      problems.add(at + ": an access key needs an id and a secret");
    } else if (keys.putIfAbsent(key.id(), at) != null) {
      problems.add(at + ": access key " + key.id() + " is also used at " + keys.get(key.id()));
    }
  }

  /** A price the instance does not have (null) is not negative. */
  private static void notNegative(Money money, String at, List<String> problems) {
    if (money != null && money.isNegative()) {
      problems.add(at + ": must not be negative");
    }
  }

  private static void sameCurrency(Account account, Money money, String at, List<String> problems) {
    if (!money.currency().equals(account.currency())) {
      problems.add(at + ": not in the account's currency " + account.currency());
    }
  }
}
