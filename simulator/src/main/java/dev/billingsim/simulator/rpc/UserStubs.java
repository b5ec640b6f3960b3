package dev.billingsim.simulator.rpc;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether WireMock holds any stub besides the simulator's catch-all (or has the catch-all edited or
 * removed), kept as WireMock adds, edits, removes and resets them: every change to its stubs,
 * through the admin API, the Java API or the mapping files loaded at start, passes its stub
 * lifecycle listeners. While there is none, an RPC request can only meet the catch-all, and the
 * direct path may answer it.
 */
public final class UserStubs implements StubLifecycleListener {

  private final UUID catchAll;

  /** The user's stubs, and the catch-all's id while it is edited or removed. */
  private final Set<UUID> changes = ConcurrentHashMap.newKeySet();

  public UserStubs(UUID catchAll) {
    this.catchAll = catchAll;
  }

  @Override
  public String getName() {
    return "billing-user-stubs";
  }

  /** Whether WireMock holds no stub but the catch-all, and that one as the simulator made it. */
  public boolean none() {
    return changes.isEmpty();
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    if (catchAll.equals(stub.getId())) {
      changes.remove(catchAll);
    } else {
      changes.add(stub.getId());
    }
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    changes.remove(oldStub.getId());
    // An edited catch-all is the user's stub now: it stays a change until the simulator re-adds it.
    changes.add(newStub.getId());
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    if (catchAll.equals(stub.getId())) {
      changes.add(catchAll);
    } else {
      changes.remove(stub.getId());
    }
  }

  @Override
  public void afterStubsReset() {
    changes.clear();
  }
}
