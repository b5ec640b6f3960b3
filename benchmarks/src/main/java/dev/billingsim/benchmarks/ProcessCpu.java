package dev.billingsim.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time another process has used so far, from Linux's {@code /proc/<pid>/task/<tid>/stat}, split
 * by what its threads are named: Jetty's pool ({@code qtp*}), the garbage collector's ({@code GC
 * Thread*}, {@code G1 *}), the JIT compilers' ({@code C1/C2 CompilerThre}) and the rest. Where
 * /proc is not there every figure is zero.
 */
record ProcessCpu(long serverTicks, long gcTicks, long compilerTicks, long otherTicks) {

  /** Linux's USER_HZ: /proc reports CPU time in hundredths of a second. */
  private static final double TICK_MICROS = 10_000;

  static ProcessCpu of(long pid) {
    long server = 0;
    long gc = 0;
    long compiler = 0;
    long other = 0;
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException threadEnded) {
          continue;
        }
        // "tid (name) state ppid ...": the name may hold spaces and parentheses; fields after the
        // last ')' are numbered from 3, utime is 14 and stime 15.
        int close = stat.lastIndexOf(')');
        String name = stat.substring(stat.indexOf('(') + 1, close);
        String[] fields = stat.substring(close + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (name.startsWith("qtp")) {
          server += ticks;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
          gc += ticks;
        } else if (name.contains("CompilerThre")) {
          compiler += ticks;
        } else {
          other += ticks;
        }
      }
    } catch (IOException | RuntimeException noProc) {
      return new ProcessCpu(0, 0, 0, 0);
    }
    return new ProcessCpu(server, gc, compiler, other);
  }

  ProcessCpu minus(ProcessCpu start) {
    return new ProcessCpu(
        serverTicks - start.serverTicks,
        gcTicks - start.gcTicks,
        compilerTicks - start.compilerTicks,
        otherTicks - start.otherTicks);
  }

  ProcessCpu plus(ProcessCpu other) {
    return new ProcessCpu(
        serverTicks + other.serverTicks,
        gcTicks + other.gcTicks,
        compilerTicks + other.compilerTicks,
        otherTicks + other.otherTicks);
  }

  long totalTicks() {
    return serverTicks + gcTicks + compilerTicks + otherTicks;
  }

  /** "123.4 us/request (Jetty 100.0, GC 10.0, JIT 3.4, other 10.0)". */
  String perRequest(long requests) {
    double n = Math.max(1, requests);
    return String.format(
        Locale.ROOT,
        "%.1f us/request (Jetty %.1f, GC %.1f, JIT %.1f, other %.1f)",
        totalTicks() * TICK_MICROS / n,
        serverTicks * TICK_MICROS / n,
        gcTicks * TICK_MICROS / n,
        compilerTicks * TICK_MICROS / n,
        otherTicks * TICK_MICROS / n);
  }
}
