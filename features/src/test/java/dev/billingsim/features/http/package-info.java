/**
 * The HTTP back end: a simulator started once per JVM, seeded through its admin API and called
 * through the official SDK clients.
 */
package dev.billingsim.features.http;
