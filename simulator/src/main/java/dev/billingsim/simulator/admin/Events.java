package dev.billingsim.simulator.admin;

import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.CouponExpired;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.event.StoredValueCardExpired;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domain events as the admin API shows them: {@code {"type","at", ...their fields}}. */
public final class Events {

  private Events() {}

  public static List<Map<String, Object>> toJson(List<DomainEvent> events) {
    return events.stream().map(Events::toJson).toList();
  }

  static Map<String, Object> toJson(DomainEvent event) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", event.type());
    json.put("at", event.at().toString());
    if (event instanceof InstanceRenewed e) {
      json.put("instanceId", e.instanceId());
      json.put("orderId", e.orderId());
      json.put("months", e.months());
      json.put("expiresAt", e.newExpiry().toString());
      json.put("automatic", e.automatic());
    } else if (event instanceof AutoRenewalFailed e) {
      json.put("instanceId", e.instanceId());
      json.put("code", e.code());
      json.put("message", e.message());
    } else if (event instanceof InstanceExpired e) {
      json.put("instanceId", e.instanceId());
    } else if (event instanceof InstanceReleased e) {
      json.put("instanceId", e.instanceId());
      if (e.refundOrderId() != null) {
        json.put("refundOrderId", e.refundOrderId());
      }
    } else if (event instanceof CouponExpired e) {
      json.put("uid", e.uid());
      json.put("couponId", e.couponId());
    } else if (event instanceof StoredValueCardExpired e) {
      json.put("uid", e.uid());
      json.put("cardId", e.cardId());
    }
    return json;
  }
}
