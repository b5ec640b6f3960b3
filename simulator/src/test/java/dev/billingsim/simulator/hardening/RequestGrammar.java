package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.billingsim.simulator.gateway.OfficialSigner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RPC requests shaped by fuzz data: real protocol words (actions, versions, common parameters,
 * signature headers) in broken combinations and encodings, plus plain garbage, so the input gets
 * past the first checks of the parser and the gateway as often as it fails them.
 */
final class RequestGrammar {

  static final String[] NAMES = {
    "Action",
    "Version",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "Timestamp",
    "Format",
    "InstanceId",
    "Period",
    "PeriodUnit",
    "AutoRenew",
    "ClientToken",
    "AutoPay",
    "RegionId",
    "PrivatePoolOptions.Id.1",
    "PrivatePoolOptions.Id.21",
    "AutoRenewPeriod",
    "SecurityToken",
    "PageSize",
    "PageNumber"
  };
  static final String[] VALUES = {
    "RenewARMServerInstance",
    "RenewElasticityAssurances",
    "QueryAccountBalance",
    "DescribeARMServerInstances",
    "CreateARMServerInstances",
    "2017-11-10",
    "2014-05-26",
    "2017-12-14",
    "1999-01-01",
    "demo-ak",
    "fuzz-ak",
    "HMAC-SHA1",
    "MD5",
    "1.0",
    "JSON",
    "2026-11-23T00:00:00Z",
    "2026-11-23T00:00:00",
    "9999-99-99T99:99:99Z",
    "aic-demo-0001",
    "eap-demo-0001",
    "aic-err-PayInsufficientBalance",
    "1",
    "12",
    "0",
    "-1",
    "Month",
    "Year",
    "true",
    "false",
    "",
    " ",
    "+",
    "%",
    "%ZZ",
    "%E0%A4",
    "%C3%28",
    "%FF",
    "%00",
    "%2B",
    "a%20b"
  };
  static final String[] METHODS = {
    "GET", "POST", "GET", "POST", "PUT", "HEAD", "get", "", "DELETE"
  };
  static final String[] CONTENT_TYPES = {
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=UTF-8",
    "APPLICATION/X-WWW-FORM-URLENCODED",
    "application/json",
    "text/plain",
    "multipart/form-data",
    "application/x-www-form-urlencoded; charset=nonsense",
    " application/x-www-form-urlencoded"
  };

  private RequestGrammar() {}

  static RawRequest request(FuzzedDataProvider data) {
    String method =
        data.consumeInt(0, 9) == 0 ? data.consumeAsciiString(8) : data.pickValue(METHODS);
    String target =
        switch (data.consumeInt(0, 6)) {
          case 0 -> "/";
          case 1 -> "/" + data.consumeString(30);
          case 2 -> "http://" + data.consumeAsciiString(10) + "/?" + pairs(data);
          default -> "/?" + pairs(data);
        };
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (int n = data.consumeInt(0, 5); n > 0; n--) {
      headers.add(header(data));
    }
    byte[] body =
        switch (data.consumeInt(0, 3)) {
          case 0 -> new byte[0];
          case 1 -> data.consumeBytes(300);
          default -> pairs(data).getBytes(StandardCharsets.UTF_8);
        };
    return new RawRequest(method, target, headers, body);
  }

  static Map.Entry<String, String> header(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 8)) {
      case 0, 1 -> Map.entry("Content-Type", data.pickValue(CONTENT_TYPES));
      case 2 -> Map.entry("Authorization", authorization(data));
      case 3 -> Map.entry("x-acs-action", data.pickValue(VALUES));
      case 4 -> Map.entry("x-acs-version", data.pickValue(VALUES));
      case 5 -> Map.entry("x-acs-date", data.pickValue(VALUES));
      case 6 -> Map.entry("x-acs-signature-nonce", data.consumeAsciiString(10));
      case 7 -> Map.entry("x-acs-content-sha256", data.consumeAsciiString(64));
      default -> Map.entry(data.consumeAsciiString(10), data.consumeString(20));
    };
  }

  static String authorization(FuzzedDataProvider data) {
    StringBuilder text =
        new StringBuilder(
            data.consumeBoolean()
                ? "ACS3-HMAC-SHA256 "
                : "ACS3-" + data.consumeAsciiString(6) + " ");
    for (int n = data.consumeInt(0, 4); n > 0; n--) {
      String key =
          data.pickValue(new String[] {"Credential", "SignedHeaders", "Signature", "", "x"});
      text.append(key).append('=').append(data.consumeAsciiString(20));
      if (data.consumeBoolean()) {
        text.append(data.pickValue(new String[] {",", ", ", ",,", ";"}));
      }
    }
    return text.toString();
  }

  /** {@code name=value&...}, encoded properly, raw, or broken. */
  static String pairs(FuzzedDataProvider data) {
    StringBuilder out = new StringBuilder();
    for (int n = data.consumeInt(0, 8); n > 0; n--) {
      if (out.length() > 0) {
        out.append(
            data.consumeInt(0, 15) == 0
                ? data.pickValue(new String[] {"&&", "", "=&", "&="})
                : "&");
      }
      String name = data.consumeInt(0, 5) == 0 ? data.consumeString(10) : data.pickValue(NAMES);
      String value = data.consumeInt(0, 2) == 0 ? data.consumeString(30) : data.pickValue(VALUES);
      switch (data.consumeInt(0, 3)) {
        case 0 -> out.append(name).append('=').append(value); // raw: may hold & = % + unescaped
        case 1 -> out.append(OfficialSigner.encode(name));
        default ->
            out.append(OfficialSigner.encode(name))
                .append('=')
                .append(OfficialSigner.encode(value));
      }
    }
    return out.toString();
  }
}
