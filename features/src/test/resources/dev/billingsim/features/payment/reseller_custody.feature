Feature: Paying through a reseller's custody
  An account in a channel partner's financial custody has the partner's quota instead of its own
  credit line. The quota is drawn after cash, and the partner must have the money to back it.

  Background:
    Given today is 2026-11-22
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: the reseller's quota pays what cash cannot
    Given alice has 30.00 CNY in cash
    And alice is in the custody of reseller partner-1 with a quota of 500.00 CNY backed by 1000.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice's latest order was paid from:
      | source         | id        | amount    |
      | cash           | cash      | 30.00 CNY |
      | reseller quota | partner-1 | 70.00 CNY |
    And alice's reseller quota has 70.00 CNY used

  @code:ens:PayforCreditPayInsufficientBalance
  Scenario: cash and the reseller's quota together fall short
    Given alice is in the custody of reseller partner-1 with a quota of 10.00 CNY backed by 1000.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayforCreditPayInsufficientBalance
    And nothing has changed

  @code:ens:PayforAccountMoneyValidateError
  Scenario: the reseller cannot back the quota it granted
    Given alice is in the custody of reseller partner-1 with a quota of 1000.00 CNY backed by 10.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayforAccountMoneyValidateError
    And nothing has changed

  @code:ens:PayPayFailedParentRelationchanged @code:ens:PayQueryParentRelationchangedFailed
  Scenario Outline: the custody relation is moving
    Given alice has 1000.00 CNY in cash
    And the custody relation of alice with reseller partner-1 is <relation>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | relation | code                                |
      | changed  | PayPayFailedParentRelationchanged   |
      | changing | PayQueryParentRelationchangedFailed |
