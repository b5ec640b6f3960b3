package dev.billingsim.features.http;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest.RenewElasticityAssurancesRequestPrivatePoolOptions;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Raw RenewElasticityAssurances parameters as the typed ECS client's request, when the typed client
 * can say them: it has no AutoRenew, AutoRenewPeriod or ChargeType, and a number field cannot carry
 * "two". Anything else goes through the generic client, as a user would send it.
 */
final class EcsRenewals {

  private static final String IDS = "PrivatePoolOptions.Id.";

  private EcsRenewals() {}

  static Optional<RenewElasticityAssurancesRequest> typed(Map<String, String> parameters) {
    RenewElasticityAssurancesRequest request =
        new RenewElasticityAssurancesRequest()
            .setRegionId(parameters.getOrDefault("RegionId", "cn-hangzhou"));
    TreeMap<Integer, String> ids = new TreeMap<>();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      switch (name) {
        case "RegionId" -> {}
        case "Period" -> {
          if (number(value) == null) {
            return Optional.empty();
          }
          request.setPeriod(number(value));
        }
        case "PeriodUnit" -> request.setPeriodUnit(value);
        case "ClientToken" -> request.setClientToken(value);
        case "ResourceOwnerAccount" -> request.setResourceOwnerAccount(value);
        case "AutoPay" -> {
          if (!value.equals("true") && !value.equals("false")) {
            return Optional.empty();
          }
          request.setAutoPay(Boolean.valueOf(value));
        }
        default -> {
          Integer index = name.startsWith(IDS) ? number(name.substring(IDS.length())) : null;
          if (index == null) {
            return Optional.empty();
          }
          ids.put(index, value);
        }
      }
    }
    if (!ids.isEmpty() && (ids.firstKey() != 1 || ids.lastKey() != ids.size())) {
      return Optional.empty();
    }
    request.setPrivatePoolOptions(
        new RenewElasticityAssurancesRequestPrivatePoolOptions()
            .setId(new ArrayList<>(ids.values())));
    return Optional.of(request);
  }

  private static Integer number(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 9
        || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(text);
  }
}
