package dev.billingsim.simulator.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * An admin route whose answer is always JSON: an unexpected failure is reported, not thrown. Each
 * route makes its own anonymous subclass ({@code new Guarded(task) {}}) because WireMock finds a
 * route's path template by the task's class: routes sharing one class would share a template.
 */
public abstract class Guarded implements AdminTask {
  private final AdminTask task;

  protected Guarded(AdminTask task) {
    this.task = task;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent event, PathParams params) {
    try {
      return task.execute(admin, event, params);
    } catch (RuntimeException unexpected) {
      return AdminJson.failed(
          "the admin request failed: "
              + unexpected.getClass().getSimpleName()
              + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage()));
    }
  }
}
