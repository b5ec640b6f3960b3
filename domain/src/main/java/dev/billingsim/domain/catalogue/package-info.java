/**
 * The documented error catalogue as data: every row of error-catalogue.tsv with its trigger, and
 * the lookup rule (an API's own rows, then the global ENS billing rows).
 */
package dev.billingsim.domain.catalogue;
