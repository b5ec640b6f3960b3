package dev.billingsim.simulator.action;

import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.rpc.Answer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Building response bodies the way Alibaba Cloud writes them. */
public final class Bodies {

  /** Alibaba Cloud's ISO-8601 UTC to the minute: {@code 2026-12-01T00:00Z}. */
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

  private Bodies() {}

  /** A body that starts with its RequestId. */
  public static Map<String, Object> withRequestId(String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    return body;
  }

  /**
   * The BSS envelope: {@code
   * {"Code":"200","Message":"Successful!","RequestId","Success":true,"Data"}}.
   */
  public static Map<String, Object> bss(String requestId, Object data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Code", "200");
    body.put("Message", "Successful!");
    body.put("RequestId", requestId);
    body.put("Success", true);
    body.put("Data", data);
    return body;
  }

  public static String time(Instant instant) {
    return instant == null ? null : MINUTES.format(instant);
  }

  public static String amount(Money money) {
    return money == null ? null : money.toPlainString();
  }

  /** A domain result as an answer: the success body, or the catalogue refusal. */
  public static <T> Answer answer(Result<T> result, Function<T, Map<String, Object>> body) {
    return result.fold(value -> Answer.success(body.apply(value)), Answer::refused);
  }

  /** A positive integer parameter with a default, or null if malformed or out of range. */
  public static Integer positive(String text, int fallback, int max) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      return value >= 1 && value <= max ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
