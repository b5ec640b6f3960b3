package dev.billingsim.simulator.admin.ui;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.security.Authenticator;

/**
 * The admin token's check, except for the page's own files. A browser cannot add the {@code
 * Authorization} header to the address it is sent to, so {@code GET /__admin/billing/ui} and its
 * script and style answer without it; they hold no data. The page then asks for the token when the
 * admin API answers 401 and sends it on every call. Anything else, other methods and unknown files
 * included, goes to the token check.
 */
public final class PageOpenAuthenticator implements Authenticator {

  static final String PAGE_ROUTE = "/billing/ui";

  private final Authenticator tokenCheck;

  public PageOpenAuthenticator(Authenticator tokenCheck) {
    this.tokenCheck = tokenCheck;
  }

  @Override
  public boolean authenticate(Request request) {
    return isPageFile(request) || tokenCheck.authenticate(request);
  }

  /** {@code GET /__admin/billing/ui}, {@code .../ui/app.js} or {@code .../ui/app.css}. */
  private static boolean isPageFile(Request request) {
    if (!RequestMethod.GET.equals(request.getMethod()) || request.getUrl() == null) {
      return false;
    }
    String path = request.getUrl().split("\\?", 2)[0];
    // WireMock hands admin requests over with their URL relative to /__admin.
    if (path.startsWith("/__admin/")) {
      path = path.substring("/__admin".length());
    }
    return path.equals(PAGE_ROUTE)
        || (path.startsWith(PAGE_ROUTE + "/")
            && PageAssets.FILES.containsKey(path.substring(PAGE_ROUTE.length() + 1)));
  }
}
