/**
 * {@code --persist FILE}: a write-ahead log of every committed change, durable before the change is
 * applied and answered, replayed at start; whole-world changes write a snapshot, and the log is
 * compacted into one snapshot when it grows.
 */
package dev.billingsim.simulator.persist;
