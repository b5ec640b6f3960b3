package dev.billingsim.simulator.gateway;

import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * WireMock responses with a JSON body, as Alibaba Cloud answers every RPC call. Built directly
 * rather than through {@code ResponseDefinitionBuilder}, which builds a fresh header multimap for
 * every response: this runs on every request, and the headers never change.
 */
public final class JsonResponses {

  /** {@code application/json;charset=utf-8}, as Alibaba Cloud answers. */
  public static final String CONTENT_TYPE = "application/json;charset=utf-8";

  private static final HttpHeaders HEADERS =
      new HttpHeaders(new HttpHeader("Content-Type", CONTENT_TYPE));

  private JsonResponses() {}

  /** A response with this status and JSON text, as a configured stub would give it. */
  public static ResponseDefinition of(int status, String json) {
    return new ResponseDefinition(
        status,
        null,
        new Body(json),
        null,
        HEADERS,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true);
  }
}
