Feature: ECS renewal parameters
  RenewElasticityAssurances takes PrivatePoolOptions.Id.1 to .20, Period (1 by default) with
  PeriodUnit (Year by default, or Month), ClientToken, AutoPay (true by default), AutoRenew (false
  by default) and AutoRenewPeriod (1, 2, 3, 6, 12, 24 or 36 months, required with AutoRenew).
  ECS refuses a bad value with its own codes, and nothing changes.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ECS elasticity assurance eap-1 at 30.00 CNY a month, expiring on 2026-12-01

  @code:ecs:InvalidPeriodUnit.ValueNotSupported
  Scenario Outline: a time unit ECS does not sell by
    When alice renews eap-1 with PeriodUnit set to "<unit>"
    Then the renewal is refused with InvalidPeriodUnit.ValueNotSupported
    And nothing has changed

    Examples:
      | unit |
      | Week |
      | Day  |
      | Hour |

  @code:ecs:InvalidParameter.PeriodUnit
  Scenario: a period unit that is not a time unit at all
    When alice renews eap-1 with PeriodUnit set to "Fortnightly"
    Then the renewal is refused with InvalidParameter.PeriodUnit
    And nothing has changed

  @code:ecs:InvalidParameter.Period
  Scenario Outline: a period outside the documented values
    When alice renews eap-1 with these parameters:
      | Period     | <period> |
      | PeriodUnit | <unit>   |
    Then the renewal is refused with InvalidParameter.Period
    And nothing has changed

    Examples:
      | period | unit  |
      | 13     | Month |
      | 6      | Year  |
      | 0      | Year  |
      | two    | Month |

  @code:ecs:InvalidChargeType.ValueNotSupported
  Scenario: only subscriptions are renewed
    When alice renews eap-1 with ChargeType set to "PostPaid"
    Then the renewal is refused with InvalidChargeType.ValueNotSupported
    And nothing has changed

  @code:ecs:MissingParameter.PrivatePoolOptions.Id
  Scenario: no elasticity assurance named
    When alice renews elasticity assurances without naming any
    Then the renewal is refused with MissingParameter.PrivatePoolOptions.Id
    And nothing has changed

  @code:ecs:InvalidParameter.PrivatePoolOptionsId
  Scenario Outline: an id that is not an elasticity assurance id
    When alice renews eap-1 with PrivatePoolOptions.Id.1 set to "<id>"
    Then the renewal is refused with InvalidParameter.PrivatePoolOptionsId
    And nothing has changed

    Examples:
      | id         |
      | eap-bad/id |
      | aic-1      |

  @code:ecs:InvalidAutoRenewPeriod.ValueNotSupported
  Scenario Outline: an auto-renewal period ECS does not offer
    When alice renews eap-1 with these parameters:
      | AutoRenew       | true     |
      | AutoRenewPeriod | <period> |
    Then the renewal is refused with InvalidAutoRenewPeriod.ValueNotSupported
    And nothing has changed

    Examples:
      | period |
      | 5      |
      | 48     |

  @code:ecs:InvalidAutoRenewPeriod.ValueNotSupported
  Scenario: auto-renewal turned on without its period
    When alice renews eap-1 with AutoRenew set to "true"
    Then the renewal is refused with InvalidAutoRenewPeriod.ValueNotSupported
    And nothing has changed

  @code:ecs:InvalidParameter.ResourceOwnerAccount
  Scenario: renewing on behalf of another account
    When alice renews eap-1 with ResourceOwnerAccount set to "someone-else"
    Then the renewal is refused with InvalidParameter.ResourceOwnerAccount
    And the answer has HTTP status 403
    And nothing has changed

  Scenario: naming her own account as the resource owner is fine
    When alice renews eap-1 with ResourceOwnerAccount set to "alice"
    Then the renewal succeeds

  @code:ens:OrderMainOrderSizeOverflow
  Scenario: more than 20 elasticity assurances in one order
    When alice renews 21 elasticity assurances in one request
    Then the renewal is refused with OrderMainOrderSizeOverflow
    And nothing has changed

  @code:ens:OrderQuantityInvalid
  Scenario: the same elasticity assurance twice in one order
    When alice renews eap-1 and eap-1 together for 1 month
    Then the renewal is refused with OrderQuantityInvalid
    And nothing has changed
