/**
 * The HTTP back end: a simulator started once per JVM, seeded through the testkit's admin client
 * and called through the official SDK clients.
 */
package dev.billingsim.features.http;
