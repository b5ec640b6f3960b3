/**
 * The Jetty server under WireMock: filters and an error handler that answer what WireMock cannot
 * read (a body too large, a form that does not decode, a broken request line) in Alibaba Cloud's
 * JSON error shape, and the {@code --admin-token} check.
 */
package dev.billingsim.simulator.http;
