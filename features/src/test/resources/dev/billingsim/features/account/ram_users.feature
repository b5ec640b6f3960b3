Feature: RAM users renewing for their account
  A RAM user signs with its own access key and pays with its account's money, but only for the
  actions, and the instances, its account allows it.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: a RAM user allowed to renew renews with its account's money
    Given alice has a RAM user ops allowed to call RenewARMServerInstance
    When alice's RAM user ops renews aic-1 for 1 month
    Then the renewal succeeds
    And alice has 900.00 CNY left in cash

  @code:ens:AuthRamAuthFailed
  Scenario: a RAM user not allowed the action
    Given alice has a RAM user ops allowed to call DescribeARMServerInstances
    When alice's RAM user ops renews aic-1 for 1 month
    Then the renewal is refused with AuthRamAuthFailed
    And nothing has changed

  @code:ens:NoPermission
  Scenario: a RAM user allowed the action, but not on this instance
    Given alice has a RAM user ops allowed to call RenewARMServerInstance on aic-9 only
    When alice's RAM user ops renews aic-1 for 1 month
    Then the renewal is refused with NoPermission
    And nothing has changed
