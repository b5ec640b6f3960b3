package dev.billingsim.simulator.action;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.rpc.RpcCall;

/**
 * The term of a purchase ({@code Period} of {@code PeriodUnit}) in months, as the Create actions
 * read it.
 */
public final class PurchaseTerm {

  private PurchaseTerm() {}

  /** Months bought: Period 1-12 of Month or 1-5 of Year ({@code defaultUnit} when absent). */
  public static Result<Integer> months(RpcCall call, Api api, String defaultUnit) {
    var catalogue = call.billing().catalogue();
    String unit = call.param("PeriodUnit") == null ? defaultUnit : call.param("PeriodUnit");
    if (!unit.equals("Month") && !unit.equals("Year")) {
      return Result.rejected(catalogue.error(api, "InvalidParameter.PeriodUnit", null));
    }
    Integer period = Bodies.positive(call.param("Period"), 1, unit.equals("Year") ? 5 : 12);
    if (period == null) {
      return Result.rejected(catalogue.error(api, "InvalidParameter.Period", null));
    }
    return Result.ok(unit.equals("Year") ? period * 12 : period);
  }
}
