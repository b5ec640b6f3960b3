package dev.billingsim.simulator.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * Alibaba Cloud's JSON answers: every RPC body, success or error, is written by one shared Jackson
 * writer (no spaces, Jackson's escapes) and answered as {@code application/json;charset=utf-8}.
 */
public final class JsonResponses {

  /** {@code application/json;charset=utf-8}, as Alibaba Cloud answers. */
  public static final String CONTENT_TYPE = "application/json;charset=utf-8";

  private static final ObjectWriter WRITER = new ObjectMapper().writer();

  private JsonResponses() {}

  /** The JSON text of an answer body (maps, lists, strings, numbers, booleans). */
  public static String json(Object body) {
    try {
      return WRITER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON answer: " + body.getClass().getName(), e);
    }
  }

  /** A response with this status and JSON text, as a configured stub would give it. */
  public static ResponseDefinition of(int status, String json) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", CONTENT_TYPE)
        .withBody(json)
        .build();
  }
}
