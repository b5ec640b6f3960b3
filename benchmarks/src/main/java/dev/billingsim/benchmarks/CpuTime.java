package dev.billingsim.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time the live threads of a JVM (this one or a child) have used so far, from Linux's {@code
 * /proc/<pid>/task/<tid>/stat}, by what they are named: Jetty's pool ({@code qtp*}, user and kernel
 * apart), the garbage collector's ({@code GC Thread*}, {@code G1 *}), the JIT compilers' ({@code
 * C1/C2 CompilerThre}) and the rest. Per request, a cost that other processes on a shared machine
 * hardly change, unlike throughput. Also the live threads' context switches ({@code
 * task/<tid>/status}): a thread that parks on a lock and is woken again pays in switches and kernel
 * time, and neither shows in a profile of Java frames. Where /proc is not there every figure is
 * zero.
 */
record CpuTime(
    long jettyUserTicks,
    long jettyKernelTicks,
    long gcTicks,
    long compilerTicks,
    long otherTicks,
    long contextSwitches) {

  static final CpuTime ZERO = new CpuTime(0, 0, 0, 0, 0, 0);

  /** Linux's USER_HZ: /proc reports CPU time in hundredths of a second. */
  private static final double TICK_MICROS = 10_000;

  static CpuTime ofThisJvm() {
    return of(ProcessHandle.current().pid());
  }

  static CpuTime of(long pid) {
    long[] sums = new long[6];
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks) {
        try {
          // "pid (name) state ppid ...": the name may hold spaces and parentheses; the fields after
          // the last ')' are numbered from 3, utime is 14 and stime 15.
          String stat = Files.readString(task.resolve("stat"));
          int nameEnd = stat.lastIndexOf(')');
          String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
          String[] fields = stat.substring(nameEnd + 2).split(" ");
          long user = Long.parseLong(fields[11]);
          long kernel = Long.parseLong(fields[12]);
          long ticks = user + kernel;
          if (name.startsWith("qtp")) {
            sums[0] += user;
            sums[1] += kernel;
          } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            sums[2] += ticks;
          } else if (name.contains("CompilerThre")) {
            sums[3] += ticks;
          } else {
            sums[4] += ticks;
          }
          for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")
                || line.startsWith("nonvoluntary_ctxt_switches:")) {
              sums[5] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
          }
        } catch (IOException | RuntimeException threadEnded) {
          // The thread ended between listing and reading: its time goes with it.
        }
      }
    } catch (IOException | RuntimeException noProc) {
      return ZERO;
    }
    return new CpuTime(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
  }

  CpuTime minus(CpuTime start) {
    return plus(start, -1);
  }

  CpuTime plus(CpuTime other) {
    return plus(other, 1);
  }

  private CpuTime plus(CpuTime other, int sign) {
    return new CpuTime(
        jettyUserTicks + sign * other.jettyUserTicks,
        jettyKernelTicks + sign * other.jettyKernelTicks,
        gcTicks + sign * other.gcTicks,
        compilerTicks + sign * other.compilerTicks,
        otherTicks + sign * other.otherTicks,
        contextSwitches + sign * other.contextSwitches);
  }

  /**
   * "123.4 us/request (Jetty 100.0 of it 20.0 in the kernel, GC 10.0, JIT 3.4, other 10.0), 1.23
   * context switches".
   */
  String perRequest(long requests) {
    double n = Math.max(1, requests);
    long jetty = jettyUserTicks + jettyKernelTicks;
    long total = jetty + gcTicks + compilerTicks + otherTicks;
    return String.format(
        Locale.ROOT,
        "%.1f us/request (Jetty %.1f of it %.1f in the kernel, GC %.1f, JIT %.1f, other %.1f),"
            + " %.2f context switches",
        total * TICK_MICROS / n,
        jetty * TICK_MICROS / n,
        jettyKernelTicks * TICK_MICROS / n,
        gcTicks * TICK_MICROS / n,
        compilerTicks * TICK_MICROS / n,
        otherTicks * TICK_MICROS / n,
        contextSwitches / n);
  }
}
