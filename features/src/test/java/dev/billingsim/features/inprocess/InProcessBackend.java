package dev.billingsim.features.inprocess;

import dev.billingsim.features.support.BillingDriver;
import io.cucumber.picocontainer.CucumberPicoProvider;
import org.picocontainer.injectors.Provider;

/** Gives every scenario of the in-process suite a fresh {@link InProcessDriver}. */
@CucumberPicoProvider
public final class InProcessBackend implements Provider {

  public BillingDriver provide() {
    return new InProcessDriver();
  }
}
