/**
 * WireMock's request journal, bounded at O(1) cost per request.
 *
 * <p>WireMock 3.13 bounds its journal ({@code maxRequestJournalEntries}) by counting every entry of
 * the store after each request, and its in-memory store's {@code put} (called when a request
 * completes) scans the whole queue as well. This package swaps the store for a ring buffer and
 * leaves WireMock's own bound unset, so {@code /__admin/requests} and request verification work as
 * before while each request costs the same whatever the bound.
 */
package dev.billingsim.simulator.journal;
