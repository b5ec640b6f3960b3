package dev.billingsim.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's Jetty threads spend their time, from a JFR recording of {@link
 * SeparateJvmComparison} ({@code --profile DIR}): each execution sample of a {@code qtp*} thread is
 * given to the innermost frame of the simulator's or WireMock's code on its stack (a JDK or library
 * frame counts for the code that called it; WireMock's request accessors called by the simulator
 * count as the simulator's), or to Jetty when neither is on the stack. Also the recording's
 * garbage-collection pauses.
 *
 * <p>JFR samples running Java threads at fixed intervals, so on an oversubscribed machine a thread
 * waiting for a core is sampled too: read the shares, not the counts, and compare CPU per request
 * from {@link CpuTime}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.billingsim.benchmarks.JfrBreakdown FILE.jfr
 * </pre>
 */
public final class JfrBreakdown {

  private static final String SIM = "dev.billingsim.";
  private static final String WIREMOCK = "com.github.tomakehurst.wiremock.";

  private JfrBreakdown() {}

  public static void main(String[] args) throws IOException {
    for (String file : args) {
      print(Path.of(file));
    }
  }

  private static void print(Path file) throws IOException {
    Map<String, Integer> categories = new TreeMap<>();
    int samples = 0;
    long gcPauseNanos = 0;
    int collections = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.GCPhasePause")) {
        gcPauseNanos += event.getDuration().toNanos();
        collections++;
      } else if (type.equals("jdk.ExecutionSample")) {
        RecordedThread thread = event.getThread("sampledThread");
        String name = thread == null ? null : thread.getJavaName();
        if (name != null && name.startsWith("qtp")) {
          samples++;
          categories.merge(category(event.getStackTrace()), 1, Integer::sum);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d samples of Jetty threads; %,d GC pauses, %.0f ms in all%n",
        file,
        samples,
        collections,
        gcPauseNanos / 1e6);
    int all = Math.max(1, samples);
    categories.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            entry ->
                System.out.printf(
                    Locale.ROOT,
                    "  %5.1f%%  %6d  %s%n",
                    100.0 * entry.getValue() / all,
                    entry.getValue(),
                    entry.getKey()));
  }

  static String category(RecordedStackTrace stack) {
    if (stack == null) {
      return "no stack";
    }
    List<RecordedFrame> frames = stack.getFrames();
    boolean jetty = false;
    for (int i = 0; i < frames.size(); i++) {
      String type = frames.get(i).getMethod().getType().getName();
      if (type.startsWith(SIM)) {
        return simulator(type);
      }
      if (type.startsWith(WIREMOCK)) {
        if (isRequestAccessor(type) && calledBySimulator(frames, i)) {
          continue;
        }
        return wireMock(type, frames.get(i).getMethod().getName());
      }
      // WireMock's standalone jar shades Jetty (wiremock.org.eclipse.jetty).
      jetty |= type.contains("org.eclipse.jetty.");
    }
    return jetty
        ? "Jetty: HTTP parsing, I/O, thread pool"
        : "JDK, under neither Jetty nor WireMock (or a stack cut short)";
  }

  private static boolean isRequestAccessor(String type) {
    return type.endsWith("RequestAdapter")
        || type.endsWith(".HttpHeaders")
        || type.contains("Urls");
  }

  /** Whether the next frame of the simulator's or WireMock's code below {@code from} is ours. */
  private static boolean calledBySimulator(List<RecordedFrame> frames, int from) {
    for (int i = from + 1; i < frames.size(); i++) {
      String type = frames.get(i).getMethod().getType().getName();
      if (type.startsWith(SIM)) {
        return !type.contains(".http.");
      }
      if (type.startsWith(WIREMOCK) && !isRequestAccessor(type)) {
        return false;
      }
    }
    return false;
  }

  private static String simulator(String type) {
    String name = type.substring(type.lastIndexOf('.') + 1);
    if (type.startsWith(SIM + "domain.")) {
      return "simulator: domain (renewal, payment, order)";
    } else if (type.contains(".action.")) {
      return "simulator: action";
    } else if (name.startsWith("Signature") || name.equals("Macs") || name.startsWith("Acs")) {
      return "simulator: signature";
    } else if (name.startsWith("Nonce")) {
      return "simulator: nonce";
    } else if (name.startsWith("Timestamp")) {
      return "simulator: timestamp";
    } else if (name.startsWith("Rpc")
            && type.contains(".gateway.")
            && !name.equals("RpcRequestParser")
        || name.equals("FormDecoding")
        || name.equals("PercentEncoding")
        || name.equals("RpcRequestParser")
        || name.equals("FirstValues")
        || name.equals("Caller")) {
      return "simulator: parsing";
    } else if (name.startsWith("Json")
        || name.startsWith("Error")
        || name.equals("RequestIds")
        || name.equals("Bodies")) {
      return "simulator: rendering JSON, RequestId";
    } else if (type.contains(".gateway.")) {
      return "simulator: gateway checks";
    } else if (type.contains(".rpc.")) {
      return "simulator: dispatcher";
    } else if (name.equals("DirectRpcFilter")) {
      return "simulator: direct path (servlet request read, answer written through Jetty)";
    } else if (type.contains(".http.")) {
      return "simulator: servlet filters";
    } else if (type.contains(".state.") || type.contains(".admin.")) {
      return "simulator: admin API (the reset before each round)";
    }
    return "simulator: other (" + name + ")";
  }

  private static String wireMock(String type, String method) {
    String name = type.substring(type.lastIndexOf('.') + 1);
    if (method.equals("toString") || method.equals("formatRequest") || name.equals("Json")) {
      return "WireMock: request and response logged as text (stub request logging on)";
    } else if (type.contains(".matching.")
        || name.contains("StubMapping")
        || name.equals("SortedConcurrentMappingSet")) {
      return "WireMock: stub matching";
    } else if (name.equals("LoggedRequest")
        || name.startsWith("ServeEvent")
        || type.contains(".verification.")
        || name.contains("Journal")) {
      return "WireMock: LoggedRequest and ServeEvent copies, listeners, journal";
    } else if (isRequestAccessor(type) || type.contains(".servlet.Multipart")) {
      return "WireMock: reading the request (adapter: form parameters, URL, headers)";
    } else if (name.startsWith("Response")
        || name.equals("StubResponseRenderer")
        || name.equals("Body")
        || name.startsWith("HttpHeader")) {
      return "WireMock: rendering the Response";
    } else if (type.contains(".extension.") || name.contains("Transformer")) {
      return "WireMock: extensions, transformers";
    } else if (type.contains(".servlet.") || type.contains(".http.") || type.contains(".jetty")) {
      return "WireMock: servlet and handlers, writing the response";
    }
    return "WireMock: other (" + name + ")";
  }
}
