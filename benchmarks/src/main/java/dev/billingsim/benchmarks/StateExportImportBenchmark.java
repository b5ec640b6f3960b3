package dev.billingsim.benchmarks;

import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/*
 * State export and import of 10k and 100k instances (in accounts of 100): what GET and PUT
 * /__admin/billing/state cost, split into the domain's part and the JSON document's part.
 *
 * What it teaches:
 *  - exportState: the world as a value (Billing.export, under the world's write lock).
 *  - exportJson: that, written as the state document (what GET /state sends).
 *  - importState: the state rules checked and the world replaced (Billing.replace).
 *  - importJson: the document parsed and checked, then the world replaced (what PUT /state does).
 *  - baseline: copying the list of instances once: touching n references, the floor.
 * All should grow linearly: the 100k row about 10x the 10k row.
 * Import replaces the world with the same state each time, so it repeats without growth.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar StateExportImportBenchmark
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StateExportImportBenchmark {

  @Param({"10000", "100000"})
  int instances;

  Billing billing;
  BillingState state;
  String json;

  @Setup(Level.Trial)
  public void buildWorld() {
    state = Worlds.falling(instances);
    billing = Billing.of(state);
    json = StateDocument.toJson(state);
    if (!StateDocument.parse(json).isValid()) {
      throw new IllegalStateException("the benchmark's state document does not load back");
    }
  }

  @Benchmark
  public List<Instance> baseline() {
    return new ArrayList<>(state.instances());
  }

  @Benchmark
  public BillingState exportState() {
    return billing.export();
  }

  @Benchmark
  public String exportJson() {
    return StateDocument.toJson(billing.export());
  }

  @Benchmark
  public List<String> importState() {
    return billing.replace(state);
  }

  @Benchmark
  public List<String> importJson() {
    return billing.replace(StateDocument.parse(json).state());
  }
}
