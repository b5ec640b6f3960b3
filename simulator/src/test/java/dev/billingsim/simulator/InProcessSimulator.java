package dev.billingsim.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one set-up of the simulator's ITs that share a simulator per class: started in this JVM
 * before the first test (on a free port, flow control off, then the options given), reset before
 * each test (world and fault rules through {@code POST /reset}, then WireMock's stubs and journal,
 * the catch-all coming back by itself), stopped after the last.
 *
 * <pre>{@code @RegisterExtension static final InProcessSimulator SIM =
 *     new InProcessSimulator(options -> options.seed(42L));}</pre>
 */
public final class InProcessSimulator
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private final UnaryOperator<SimulatorBuilder> options;
  private final Http admin = new Http(this::baseUrl, null);
  private Simulator sim;

  public InProcessSimulator(UnaryOperator<SimulatorBuilder> options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sim = options.apply(Simulator.builder().port(0).flowControl(false)).start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    assertThat(admin.post("/reset", "").status()).isEqualTo(200);
    sim.wireMock().resetAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sim.close();
  }

  public Simulator sim() {
    return sim;
  }

  /** The admin API of {@link #sim()}, without a token (usable before it starts). */
  public Http admin() {
    return admin;
  }

  /** A user's stub answering every RPC POST with {@code {"RequestId":"STUBBED"}}. */
  public StubMapping stubEveryRpcPost() {
    return sim.wireMock()
        .stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"RequestId\":\"STUBBED\"}")));
  }

  public String baseUrl() {
    return sim.baseUrl();
  }
}
