package dev.billingsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time consumed in this JVM, in all and by the server's threads (Jetty's pool, {@code qtp*}):
 * per request, a cost that other processes on a shared machine hardly change, unlike throughput.
 */
final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long process;
  private final long server;
  private final long requests;

  private CpuTime(long process, long server, long requests) {
    this.process = process;
    this.server = server;
    this.requests = requests;
  }

  /** The CPU time so far, with the number of requests made so far. */
  static CpuTime now(long requests) {
    long server = 0;
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().startsWith("qtp")) {
        long cpu = THREADS.getThreadCpuTime(thread.getThreadId());
        server += Math.max(0, cpu);
      }
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new CpuTime(os.getProcessCpuTime(), server, requests);
  }

  /** "cpu per request: ..." from {@code start} to this. */
  String perRequestSince(CpuTime start) {
    double n = Math.max(1, requests - start.requests);
    return String.format(
        Locale.ROOT,
        "cpu per request: %.1f us in the JVM (server threads %.1f us, the rest %.1f us) over %,d"
            + " requests",
        (process - start.process) / n / 1000,
        (server - start.server) / n / 1000,
        ((process - start.process) - (server - start.server)) / n / 1000,
        (long) n);
  }
}
