package dev.billingsim.simulator.gateway;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * A rendered Alibaba Cloud error, ready to send.
 *
 * @param httpStatus the status to answer with
 * @param requestId the RequestId in the body
 * @param body the JSON body
 */
public record ErrorResponse(int httpStatus, String requestId, String body) {

  /** This error as a WireMock response. */
  public ResponseDefinition toResponseDefinition() {
    return JsonResponses.of(httpStatus, body);
  }
}
