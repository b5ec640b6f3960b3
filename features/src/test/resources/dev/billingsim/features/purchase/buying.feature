Feature: Buying new instances
  New PrePaid instances are bought from the price list, paid like a renewal, and count against
  the account's instance quota.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: buying ENS servers from the price list
    When alice buys 2 ENS servers of type "ens.aic.a1.large"
    Then the purchase succeeds
    And alice has 800.00 CNY left in cash

  Scenario: buying an elasticity assurance for three months
    When alice buys 1 ECS elasticity assurance of type "ecs.c6.large" for 3 months
    Then the purchase succeeds
    And alice has 100.00 CNY left in cash

  @code:ens:CommodityInvalidItemCode
  Scenario: a type that is not in the price list
    When alice buys 1 ENS server of type "ens.no.such.type"
    Then the purchase is refused with CommodityInvalidItemCode
    And nothing has changed

  @code:ens:OrderQuotaExceeded
  Scenario: more instances than the account may own
    Given alice may own at most 2 instances
    When alice buys 2 ENS servers of type "ens.aic.a1.large"
    Then the purchase is refused with OrderQuotaExceeded
    And nothing has changed
