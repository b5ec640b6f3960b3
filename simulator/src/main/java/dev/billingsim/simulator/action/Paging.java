package dev.billingsim.simulator.action;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.List;

/** Page number and size of a listing, as the Describe and Query actions read them. */
public record Paging(int page, int size) {

  /** Reads {@code pageName}/{@code sizeName}, refusing a non-number or out-of-range value. */
  public static Result<Paging> read(
      RpcCall call, Api api, String pageName, String sizeName, int defaultSize, int maxSize) {
    Integer page = Bodies.positive(call.param(pageName), 1, 100_000);
    Integer size = Bodies.positive(call.param(sizeName), defaultSize, maxSize);
    if (page == null || size == null) {
      String field = page == null ? pageName : sizeName;
      return Result.rejected(
          call.billing().catalogue().error(api, "InvalidParameter." + field, null));
    }
    return Result.ok(new Paging(page, size));
  }

  /** This page of {@code all} (empty past the end). */
  public <T> List<T> slice(List<T> all) {
    int from = (int) Math.min(all.size(), (long) (page - 1) * size);
    return all.subList(from, Math.min(all.size(), from + size));
  }
}
