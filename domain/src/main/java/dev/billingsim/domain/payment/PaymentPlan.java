package dev.billingsim.domain.payment;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import java.util.List;

/** How an order will be paid: the draws, and the account as it will be once they are made. */
public record PaymentPlan(List<Payment> draws, Account accountAfter) {

  public PaymentPlan {
    draws = List.copyOf(draws);
  }

  public boolean draws(PaymentSource source) {
    for (Payment payment : draws) {
      if (payment.source() == source) {
        return true;
      }
    }
    return false;
  }
}
