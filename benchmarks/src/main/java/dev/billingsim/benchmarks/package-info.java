/**
 * JMH benchmarks of the billing simulator, one class per hot path, each opening with what it
 * measures, what it teaches and how to run it; {@link dev.billingsim.benchmarks.HttpSoak} is the
 * memory soak. Fixtures ({@code Worlds}), request signing ({@code SignedRequests}) and the HTTP
 * client ({@code LoopbackClient}) are shared. Results and the commands that reproduce them are in
 * {@code benchmarks/README.md}.
 */
package dev.billingsim.benchmarks;
