package dev.billingsim.simulator.admin.ui;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.simulator.admin.AdminJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The page's files, read once from the jar: {@code index.html}, {@code app.js}, {@code app.css}.
 * Everything the page needs is here (no CDN, no web fonts), and the Content-Security-Policy lets it
 * load nothing from anywhere else.
 */
final class PageAssets {

  /** The files served under {@code /__admin/billing/ui/}, with their content types. */
  static final Map<String, String> FILES =
      Map.of(
          "app.js", "text/javascript;charset=utf-8",
          "app.css", "text/css;charset=utf-8");

  private static final String RESOURCES = "/dev/billingsim/simulator/admin/ui/";
  private static final String POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

  private final byte[] page;
  private final Map<String, byte[]> files;

  private PageAssets(byte[] page, Map<String, byte[]> files) {
    this.page = page;
    this.files = files;
  }

  static PageAssets load() {
    return new PageAssets(
        read("index.html"), Map.of("app.js", read("app.js"), "app.css", read("app.css")));
  }

  /** {@code GET /__admin/billing/ui}: the page. */
  AdminTask page() {
    return (admin, event, params) -> serve(page, "text/html;charset=utf-8");
  }

  /** {@code GET /__admin/billing/ui/{asset}}: one of its files, or a 404. */
  AdminTask files() {
    return (admin, event, params) -> {
      String name = params.get("asset");
      byte[] content = files.get(name);
      if (content == null) {
        return AdminJson.refused(
            404, "no such file of the page", List.of("asset: one of " + FILES.keySet()));
      }
      return serve(content, FILES.get(name));
    };
  }

  private static ResponseDefinition serve(byte[] content, String contentType) {
    return ResponseDefinitionBuilder.responseDefinition() // 200 unless told
        .withHeader("Content-Type", contentType)
        .withHeader("Cache-Control", "no-store")
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Content-Security-Policy", POLICY)
        .withBody(content)
        .build();
  }

  private static byte[] read(String name) {
    try (InputStream in = PageAssets.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the page's " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page's " + name, e);
    }
  }
}
