package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void writesEveryBodyExactlyAsJacksonDoes() throws Exception {
    // The answers clients parse were written by Jackson before; a byte of difference is a bug.
    Random random = new Random(20261123L);
    for (int i = 0; i < 5_000; i++) {
      Map<String, Object> body = randomObject(random, 0);
      assertThat(JsonText.write(body)).isEqualTo(JACKSON.writeValueAsString(body));
    }
  }

  @Test
  void escapesQuotesBackslashesAndControlCharactersAsJacksonDoes() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("a\"b", "\\ \b\t\n\f\r \u0000\u001f\u007f é 中 \ud83d\ude00 \ud800 /");
    assertThat(JsonText.write(body)).isEqualTo(JACKSON.writeValueAsString(body));
  }

  @Test
  void leavesTypesItDoesNotKnowToJackson() {
    assertThat(JsonText.write(Map.of("Amount", new BigDecimal("1.50")))).isNull();
    assertThat(JsonText.write(Map.of("Data", List.of(Map.of("Rate", 0.5))))).isNull();
  }

  private static Map<String, Object> randomObject(Random random, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      map.put(randomString(random), randomValue(random, depth + 1));
    }
    return map;
  }

  private static Object randomValue(Random random, int depth) {
    int kind = random.nextInt(depth < 3 ? 8 : 6);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return random.nextInt();
      case 3:
        return random.nextLong();
      case 4:
      case 5:
        return randomString(random);
      case 6:
        return randomObject(random, depth);
      default:
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(randomValue(random, depth + 1));
        }
        return list;
    }
  }

  private static String randomString(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      int pick = random.nextInt(10);
      if (pick < 5) {
        text.append((char) ('a' + random.nextInt(26)));
      } else if (pick < 7) {
        text.append((char) random.nextInt(0x80));
      } else if (pick < 9) {
        text.append("\"\\/\u2028é中".charAt(random.nextInt(6)));
      } else {
        text.append((char) random.nextInt(0x10000));
      }
    }
    return text.toString();
  }
}
