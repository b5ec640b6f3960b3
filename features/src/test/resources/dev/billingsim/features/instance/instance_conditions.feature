Feature: Instance conditions that stop a renewal
  An instance can be renewed while it runs, is stopped, or has expired within the last 15 days.
  Pending changes, unsettled bills, an order in progress or an unsupported type block it.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And these instances:
      | instance | product | owner | monthly price | expires    |
      | aic-1    | ens     | alice | 100.00 CNY    | 2026-12-01 |
      | eap-1    | ecs     | alice | 30.00 CNY     | 2026-12-01 |
      | eap-2    | ecs     | alice | 30.00 CNY     | 2026-12-01 |
      | aic-9    | ens     | bob   | 100.00 CNY    | 2026-12-01 |
      | eap-9    | ecs     | bob   | 30.00 CNY     | 2026-12-01 |

  @code:ens:OrderLatestOrderIsHandling @code:ens:OrderInstHasUnsettledBills @code:ens:OrderInstanceHasInactiveChange @code:ens:OrderInstanceHasTempUpgrade @code:ens:PurchaseExistRenewchangeProd @code:ens:PurchaseExistToBeValidProdRuleError @code:ens:PurchaseExistValidProdRuleError @code:ens:ProductInstanceTypeNotSupported
  Scenario Outline: a condition of the ENS server blocks its renewal
    Given instance aic-1 is marked <condition>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | condition            | code                                |
      | order handling       | OrderLatestOrderIsHandling          |
      | unsettled bills      | OrderInstHasUnsettledBills          |
      | inactive change      | OrderInstanceHasInactiveChange      |
      | temp upgrade         | OrderInstanceHasTempUpgrade         |
      | pending renew change | PurchaseExistRenewchangeProd        |
      | pending temp order   | PurchaseExistToBeValidProdRuleError |
      | temp order in effect | PurchaseExistValidProdRuleError     |
      | unsupported type     | ProductInstanceTypeNotSupported     |

  @code:ecs:InvalidOperation.PackageTypeUnsupported
  Scenario: an elasticity assurance of a package type that cannot be renewed
    Given instance eap-1 is marked unsupported package
    When alice renews eap-1 for 1 month
    Then the renewal is refused with InvalidOperation.PackageTypeUnsupported
    And the answer has HTTP status 403
    And nothing has changed

  @code:ens:OrderAbnormalResourceStatusForRenew
  Scenario Outline: an ENS server being created or locked cannot be renewed
    Given instance aic-1 is <status>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with OrderAbnormalResourceStatusForRenew
    And nothing has changed

    Examples:
      | status  |
      | Pending |
      | Locked  |

  @code:ecs:IncorrectPrivatePoolStatus
  Scenario: a locked elasticity assurance cannot be renewed
    Given instance eap-1 is Locked
    When alice renews eap-1 for 1 month
    Then the renewal is refused with IncorrectPrivatePoolStatus
    And the answer has HTTP status 500
    And nothing has changed

  @code:ens:SystemUnSupportOperationType
  Scenario: a pay-as-you-go ENS server cannot be renewed
    Given instance aic-1 is pay-as-you-go
    When alice renews aic-1 for 1 month
    Then the renewal is refused with SystemUnSupportOperationType
    And nothing has changed

  @code:ecs:ChargeTypeViolation
  Scenario: a pay-as-you-go elasticity assurance cannot be renewed
    Given instance eap-1 is pay-as-you-go
    When alice renews eap-1 for 1 month
    Then the renewal is refused with ChargeTypeViolation
    And the answer has HTTP status 403
    And nothing has changed

  @code:ens:ProductInstanceReleased
  Scenario: a released instance cannot be renewed
    Given instance aic-1 is Released
    When alice renews aic-1 for 1 month
    Then the renewal is refused with ProductInstanceReleased
    And nothing has changed

  @code:ens:ProductInstanceReleased
  Scenario: an instance expired more than 15 days ago counts as released
    Given instance aic-1 expired on 2026-11-01
    When alice renews aic-1 for 1 month
    Then the renewal is refused with ProductInstanceReleased
    And nothing has changed

  @code:ens:OrderExistsReleasedInstances
  Scenario: renewing several elasticity assurances when one of them is released
    Given instance eap-2 is Released
    When alice renews eap-1 and eap-2 together for 1 month
    Then the renewal is refused with OrderExistsReleasedInstances
    And nothing has changed

  @code:ens:OrderQueryInstanceNotExists
  Scenario Outline: an ENS server that is not the caller's answers as if it did not exist
    When alice renews <server> for 1 month
    Then the renewal is refused with OrderQueryInstanceNotExists
    And nothing has changed

    Examples:
      | server   |
      | aic-9    |
      | aic-none |

  @code:ecs:InvalidPrivatePoolId.NotFound
  Scenario Outline: an elasticity assurance that is not the caller's answers as if it did not exist
    When alice renews <assurance> for 1 month
    Then the renewal is refused with InvalidPrivatePoolId.NotFound
    And the answer has HTTP status 500
    And nothing has changed

    Examples:
      | assurance |
      | eap-9     |
      | eap-none  |

  @code:ens:PricePricingPlanNotFound
  Scenario: an instance without any price cannot be renewed
    Given instance aic-1 has no price
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PricePricingPlanNotFound
    And nothing has changed

  @code:ens:PricePricingPlanResultNotFound
  Scenario: an instance sold only by the year cannot be renewed by the month
    Given instance aic-1 is only sold by the year, at 1000.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PricePricingPlanResultNotFound
    And nothing has changed

  Scenario: an instance sold only by the year is renewed by the year
    Given instance aic-1 is only sold by the year, at 1000.00 CNY
    When alice renews aic-1 for 1 year
    Then the renewal succeeds
    And alice has 0.00 CNY left in cash

  @code:ens:OrderPeriodInvalid
  Scenario: a renewal may not leave more than five years of term ahead
    Given instance aic-1 expires on 2031-11-12
    When alice renews aic-1 for 1 month
    Then the renewal is refused with OrderPeriodInvalid
    And nothing has changed
