package dev.billingsim.testkit.admin;

import static dev.billingsim.testkit.admin.AdminHttp.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.CouponExpired;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.event.StoredValueCardExpired;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * Reads the events of {@code POST /clock/advance} ({@code {"type","at", ...}}) back into the
 * domain's event records. A type this kit does not know (a newer simulator) is skipped, as a
 * tolerant reader does: the events it knows keep their meaning.
 */
final class EventReader {

  private EventReader() {}

  static List<DomainEvent> read(JsonNode events) {
    return StreamSupport.stream(events.spliterator(), false)
        .map(EventReader::readOne)
        .filter(Objects::nonNull)
        .toList();
  }

  private static DomainEvent readOne(JsonNode e) {
    Instant at = Instant.parse(e.path("at").asText());
    String instanceId = text(e, "instanceId");
    return switch (e.path("type").asText()) {
      case "InstanceRenewed" ->
          new InstanceRenewed(
              at,
              instanceId,
              text(e, "orderId"),
              e.path("months").asInt(),
              Instant.parse(e.path("expiresAt").asText()),
              e.path("automatic").asBoolean());
      case "AutoRenewalFailed" ->
          new AutoRenewalFailed(at, instanceId, text(e, "code"), text(e, "message"));
      case "InstanceExpired" -> new InstanceExpired(at, instanceId);
      case "InstanceReleased" -> new InstanceReleased(at, instanceId, text(e, "refundOrderId"));
      case "CouponExpired" -> new CouponExpired(at, text(e, "uid"), text(e, "couponId"));
      case "StoredValueCardExpired" ->
          new StoredValueCardExpired(at, text(e, "uid"), text(e, "cardId"));
      default -> null;
    };
  }
}
