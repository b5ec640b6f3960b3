package dev.billingsim.simulator.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.state.StateDocument;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /orders}: every order with its lines, payments and status (the objects of the state
 * document); {@code POST /orders/{id}/pay}: pays an UNPAID order as its owner would.
 */
final class OrdersTasks {

  private OrdersTasks() {}

  static AdminTask list(SimulatorWorld world) {
    return (admin, event, params) ->
        AdminJson.ok(
            Map.of("orders", StateDocument.ordersToJson(world.billing().export().orders())));
  }

  static AdminTask pay(SimulatorWorld world) {
    return (admin, event, params) -> {
      String orderId = params.get("id");
      String uid = null;
      for (Order order : world.billing().export().orders()) {
        if (order.orderId().equals(orderId)) {
          uid = order.uid();
        }
      }
      if (uid == null) {
        return AdminJson.notFound("no order " + orderId);
      }
      Result<?> result = world.billing().payOrder(Caller.of(uid), orderId);
      if (!result.isOk()) {
        return AdminJson.refused(
            "the order could not be paid: " + result.error().code(),
            List.of(result.error().code() + ": " + result.error().message()));
      }
      return AdminJson.ok(Map.of("orderId", orderId, "status", "PAID"));
    };
  }
}
