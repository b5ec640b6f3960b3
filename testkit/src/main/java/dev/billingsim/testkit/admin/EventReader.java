package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.CouponExpired;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.event.StoredValueCardExpired;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the events of {@code POST /clock/advance} ({@code {"type","at", ...}}) back into the
 * domain's event records. A type this kit does not know (a newer simulator) is skipped, as a
 * tolerant reader does: the events it knows keep their meaning.
 */
final class EventReader {

  private EventReader() {}

  static List<DomainEvent> read(JsonNode events) {
    List<DomainEvent> read = new ArrayList<>();
    for (JsonNode event : events) {
      DomainEvent known = readOne(event);
      if (known != null) {
        read.add(known);
      }
    }
    return read;
  }

  private static DomainEvent readOne(JsonNode e) {
    Instant at = Instant.parse(e.path("at").asText());
    String instanceId = text(e, "instanceId");
    switch (e.path("type").asText()) {
      case "InstanceRenewed":
        return new InstanceRenewed(
            at,
            instanceId,
            text(e, "orderId"),
            e.path("months").asInt(),
            Instant.parse(e.path("expiresAt").asText()),
            e.path("automatic").asBoolean());
      case "AutoRenewalFailed":
        return new AutoRenewalFailed(at, instanceId, text(e, "code"), text(e, "message"));
      case "InstanceExpired":
        return new InstanceExpired(at, instanceId);
      case "InstanceReleased":
        return new InstanceReleased(at, instanceId, text(e, "refundOrderId"));
      case "CouponExpired":
        return new CouponExpired(at, text(e, "uid"), text(e, "couponId"));
      case "StoredValueCardExpired":
        return new StoredValueCardExpired(at, text(e, "uid"), text(e, "cardId"));
      default:
        return null;
    }
  }

  private static String text(JsonNode event, String field) {
    return event.hasNonNull(field) ? event.get(field).asText() : null;
  }
}
