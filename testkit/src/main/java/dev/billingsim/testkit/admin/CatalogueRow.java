package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One documented error as {@code GET /catalogue} lists it: the API as the TSV names it ({@code
 * ens:RenewARMServerInstance}), the code, its HTTP status and message, and the state or fault that
 * produces it in the simulator.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // a newer simulator may list more
public record CatalogueRow(
    String api, String code, int httpStatus, String message, String trigger) {}
