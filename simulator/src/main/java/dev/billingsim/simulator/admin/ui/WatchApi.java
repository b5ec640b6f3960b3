package dev.billingsim.simulator.admin.ui;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import dev.billingsim.simulator.admin.Guarded;
import dev.billingsim.simulator.admin.metrics.BillingMetrics;
import dev.billingsim.simulator.gateway.GatewayErrors;

/**
 * The admin routes for watching the world, beside the billing admin API: the page ({@code
 * /__admin/billing/ui} and its assets), the last requests ({@code /__admin/billing/requests}) and
 * the metrics ({@code /__admin/billing/metrics}). Like every admin route they answer only with the
 * admin token when one is set; the page's own files are the exception ({@link
 * PageOpenAuthenticator}), since they hold no data and the page asks for the token.
 */
public final class WatchApi implements AdminApiExtension {

  private final BillingMetrics metrics;
  private final PageAssets assets = PageAssets.load();
  private final GatewayErrors gatewayErrors;

  public WatchApi(BillingMetrics metrics, GatewayErrors gatewayErrors) {
    this.metrics = metrics;
    this.gatewayErrors = gatewayErrors;
  }

  @Override
  public String getName() {
    return "billing-watch";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    // One class per route: WireMock finds a route's path template by its task's class.
    router.add(GET, PageOpenAuthenticator.PAGE_ROUTE, new Guarded(assets.page()) {});
    router.add(GET, PageOpenAuthenticator.PAGE_ROUTE + "/{asset}", new Guarded(assets.files()) {});
    router.add(GET, "/billing/requests", new Guarded(new RecentRequestsTask(gatewayErrors)) {});
    router.add(
        GET,
        "/billing/metrics",
        new Guarded(
            (admin, event, params) ->
                ResponseDefinitionBuilder.responseDefinition()
                    .withHeader("Content-Type", BillingMetrics.contentType())
                    .withBody(metrics.scrape(admin))
                    .build()) {});
  }
}
