package dev.billingsim.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time consumed in this JVM, in all and by the server's threads (Jetty's pool, {@code qtp*}):
 * per request, a cost that other processes on a shared machine hardly change, unlike throughput.
 * Also the server threads' time in the kernel and the JVM's context switches (Linux only): a thread
 * that parks on a lock and is woken again pays in both, and neither shows in a profile of Java
 * frames.
 */
final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long process;
  private final long server;
  private final long serverUser;
  private final long contextSwitches;
  private final long requests;

  private CpuTime(long process, long server, long serverUser, long contextSwitches, long requests) {
    this.process = process;
    this.server = server;
    this.serverUser = serverUser;
    this.contextSwitches = contextSwitches;
    this.requests = requests;
  }

  /** The CPU time so far, with the number of requests made so far. */
  static CpuTime now(long requests) {
    long server = 0;
    long serverUser = 0;
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().startsWith("qtp")) {
        server += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
        serverUser += Math.max(0, THREADS.getThreadUserTime(thread.getThreadId()));
      }
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new CpuTime(os.getProcessCpuTime(), server, serverUser, contextSwitches(), requests);
  }

  /**
   * Context switches of the JVM's live threads so far (voluntary: a thread waited; involuntary: it
   * was preempted), or -1 where /proc is not there. A thread that ends takes its count with it:
   * under steady load Jetty's pool keeps its threads, so over an iteration that is noise.
   */
  private static long contextSwitches() {
    long sum = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")
                || line.startsWith("nonvoluntary_ctxt_switches:")) {
              sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
          }
        } catch (IOException | RuntimeException threadEnded) {
          // The thread ended between listing and reading: its switches are gone either way.
        }
      }
    } catch (IOException | RuntimeException noProc) {
      return -1;
    }
    return sum;
  }

  /** "cpu per request: ..." from {@code start} to this. */
  String perRequestSince(CpuTime start) {
    double n = Math.max(1, requests - start.requests);
    long serverCpu = server - start.server;
    String switches =
        contextSwitches < 0 || start.contextSwitches < 0
            ? ""
            : String.format(
                Locale.ROOT,
                ", %.2f context switches",
                (contextSwitches - start.contextSwitches) / n);
    return String.format(
        Locale.ROOT,
        "cpu per request: %.1f us in the JVM (server threads %.1f us, %.1f of it in the kernel;"
            + " the rest %.1f us)%s over %,d requests",
        (process - start.process) / n / 1000,
        serverCpu / n / 1000,
        (serverCpu - (serverUser - start.serverUser)) / n / 1000,
        ((process - start.process) - serverCpu) / n / 1000,
        switches,
        (long) n);
  }
}
