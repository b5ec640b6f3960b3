package dev.billingsim.simulator.admin.metrics;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
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

  private static final String CODE_FIELD = "\"Code\":\"";

  private final Set<String> actions;

  AnswerLabels(Set<String> actions) {
    this.actions = Set.copyOf(actions);
  }

  /** The label for the action a request named (null: none was read), if the simulator serves it. */
  String action(String named) {
    return named == null ? NO_ACTION : actions.contains(named) ? named : OTHER_ACTION;
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
}
