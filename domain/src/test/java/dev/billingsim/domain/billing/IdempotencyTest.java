package dev.billingsim.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.renewal.ClientToken;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

  private final Fixture fixture = new Fixture();

  @Test
  void aRetryWithTheSameTokenAndParametersGetsTheFirstOrderAndIsNotChargedAgain() {
    Result<RenewalReceipt> first = withToken("t-1", "Period=1");
    Result<RenewalReceipt> retry = withToken("t-1", "Period=1");

    assertThat(retry.value().orderId()).isEqualTo(first.value().orderId());
    assertThat(retry.value().replayed()).isTrue();
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("6400.00"));
    assertThat(fixture.billing().orders("u1")).hasSize(1);
  }

  @Test
  void theSameTokenWithDifferentParametersIsRefusedAndChangesNothing() {
    withToken("t-1", "Period=1");
    var before = fixture.billing().export();

    var refused = withToken("t-1", "Period=2");

    assertThat(refused.error().code()).isEqualTo("InvalidParameter.ClientToken");
    assertThat(refused.error().message()).contains("ClientToken");
    assertThat(fixture.billing().export()).isEqualTo(before);
  }

  @Test
  void aRefusedCallDoesNotSpendItsToken() {
    fixture.account.cash(Money.of("10.00"));
    assertThat(withToken("t-9", "Period=1").error().code()).isEqualTo("PayInsufficientBalance");
  }

  @Test
  void eightConcurrentDuplicatesAllSucceedWithOneOrderChargedOnce() throws Exception {
    fixture.billing();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Result<RenewalReceipt>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(
          pool.submit(
              () -> {
                start.await();
                return withToken("same", "Period=1");
              }));
    }
    start.countDown();
    Set<String> orderIds = new HashSet<>();
    for (Future<Result<RenewalReceipt>> call : calls) {
      Result<RenewalReceipt> result = call.get();
      assertThat(result.isOk()).isTrue();
      orderIds.add(result.value().orderId());
    }
    pool.shutdown();

    assertThat(orderIds).hasSize(1);
    assertThat(fixture.billing().orders("u1")).hasSize(1);
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("6400.00"));
  }

  private Result<RenewalReceipt> withToken(String token, String request) {
    return fixture.renew(Fixture.ecsRenewal(true, null, new ClientToken(token, request), null));
  }
}
