package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.auth.AcsURLEncoder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

  @Test
  void encodingTwiceInOnePassIsEncodingTheEncoding() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      String text = randomText(random);
      assertThat(new PercentEncoding.Ascii(4).appendTwice(text).toString())
          .as(text)
          .isEqualTo(PercentEncoding.encode(PercentEncoding.encode(text)));
    }
  }

  /**
   * The unreserved characters stay; space, star and plus are encoded the Alibaba way; reserved
   * characters in upper-case hex; multi-byte characters as UTF-8; a lone surrogate as a question
   * mark, like the clients.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          ABCXYZabcxyz0189-_.~ | ABCXYZabcxyz0189-_.~
          a b*c+d              | a%20b%2Ac%2Bd
          /?&=:%,;'!()         | %2F%3F%26%3D%3A%25%2C%3B%27%21%28%29
          中é                  | %E4%B8%AD%C3%A9
          😀                   | %F0%9F%98%80
          a\uD800b             | a%3Fb
          """)
  void encodes(String text, String encoded) {
    assertThat(PercentEncoding.encode(text)).isEqualTo(encoded);
  }

  @Test
  void agreesWithBothOfficialClientsOnRandomText() throws Exception {
    SplittableRandom random = new SplittableRandom(20240101);
    for (int i = 0; i < 2_000; i++) {
      String text = randomText(random);
      String ours = PercentEncoding.encode(text);
      assertThat(ours).as("%s", text).isEqualTo(com.aliyun.openapiutil.Client.percentEncode(text));
      assertThat(ours).as("%s", text).isEqualTo(AcsURLEncoder.percentEncode(text));
    }
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(4);
      if (kind < 2) {
        text.append((char) random.nextInt(0x20, 0x7F));
      } else if (kind == 2) {
        text.append((char) random.nextInt(0x80, 0xD800));
      } else {
        text.appendCodePoint(random.nextInt(0x10000, 0x110000));
      }
    }
    return text.toString();
  }
}
