package dev.billingsim.features.http;

import dev.billingsim.features.support.BillingDriver;
import io.cucumber.picocontainer.CucumberPicoProvider;
import org.picocontainer.injectors.Provider;

/** Gives every scenario of the HTTP suite an {@link HttpDriver} on the shared simulator. */
@CucumberPicoProvider
public final class HttpBackend implements Provider {

  public BillingDriver provide() {
    return new HttpDriver();
  }
}
