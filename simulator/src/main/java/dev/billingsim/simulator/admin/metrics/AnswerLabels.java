package dev.billingsim.simulator.admin.metrics;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The labels of one RPC answer, read cheaply on the request's thread: the action it called and the
 * code it got. Only names the simulator serves become labels (anything else is {@code other}), so a
 * client sending junk cannot grow the number of series.
 */
final class AnswerLabels {

  static final String NO_ACTION = "none";
  static final String OTHER_ACTION = "other";
  static final String OK = "OK";

  private static final String ACTION_PARAMETER = "Action=";
  private static final String CODE_FIELD = "\"Code\":\"";

  /** A form body larger than this is not searched for its Action (the parser refuses it anyway). */
  private static final int MAX_SEARCHED_BODY = 64 * 1024;

  private final Set<String> actions;

  AnswerLabels(Set<String> actions) {
    this.actions = Set.copyOf(actions);
  }

  /**
   * The action a request named: the {@code x-acs-action} header (V3), else the {@code Action}
   * parameter of the query string or form body (V1), if the simulator serves it.
   */
  String action(Request request) {
    String named = request.getHeader("x-acs-action");
    if (named == null) {
      String url = request.getUrl();
      int query = url == null ? -1 : url.indexOf('?');
      named = query < 0 ? null : parameter(url, query + 1);
    }
    if (named == null) {
      byte[] body = request.getBody();
      if (body != null && body.length > 0 && body.length <= MAX_SEARCHED_BODY) {
        named = parameter(new String(body, StandardCharsets.ISO_8859_1), 0);
      }
    }
    if (named == null) {
      return NO_ACTION;
    }
    return actions.contains(named) ? named : OTHER_ACTION;
  }

  /**
   * The code an answer carries: {@code OK} for a 200, the network fault's name, or the {@code Code}
   * of an Alibaba Cloud error body.
   */
  static String code(ResponseDefinition answer) {
    if (answer.getFault() != null) {
      return answer.getFault().name();
    }
    if (answer.getStatus() == 200) {
      return OK;
    }
    String body = answer.getBody();
    int at = body == null ? -1 : body.indexOf(CODE_FIELD);
    if (at < 0) {
      return "HTTP" + answer.getStatus();
    }
    int start = at + CODE_FIELD.length();
    int end = body.indexOf('"', start);
    return end < 0 ? "HTTP" + answer.getStatus() : body.substring(start, end);
  }

  /** The raw value of {@code Action} in a {@code name=value&...} text, from {@code from}. */
  private static String parameter(String text, int from) {
    int at = from;
    while (at < text.length()) {
      int end = text.indexOf('&', at);
      if (end < 0) {
        end = text.length();
      }
      if (text.startsWith(ACTION_PARAMETER, at)) {
        return text.substring(at + ACTION_PARAMETER.length(), end);
      }
      at = end + 1;
    }
    return null;
  }
}
