Feature: Renewing subscriptions
  A renewal extends an instance's term from its current expiry and charges the account for it:
  the instance's monthly price times the months (a whole year uses its yearly price if it has
  one), times the number of instances renewed together.

  Background:
    Given today is 2026-11-22
    And alice has 2000.00 CNY in cash
    And these instances:
      | instance | product | owner | monthly price | expires    |
      | aic-1    | ens     | alice | 100.00 CNY    | 2026-12-01 |
      | eap-1    | ecs     | alice | 30.00 CNY     | 2026-12-01 |
      | eap-2    | ecs     | alice | 20.00 CNY     | 2026-12-15 |

  Scenario: an ENS server renewed for one month
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And instance aic-1 now expires on 2027-01-01
    And alice has 1900.00 CNY left in cash

  Scenario: an ENS server renewed by default is renewed for one month
    When alice renews aic-1
    Then the renewal succeeds
    And instance aic-1 now expires on 2027-01-01

  Scenario: an ENS server renewed for a year is charged twelve months
    When alice renews aic-1 for 1 year
    Then the renewal succeeds
    And instance aic-1 now expires on 2027-12-01
    And alice has 800.00 CNY left in cash

  Scenario: a yearly price applies to whole years
    Given instance aic-1 costs 600.00 CNY for a whole year
    When alice renews aic-1 for 1 year
    Then the renewal succeeds
    And alice has 1400.00 CNY left in cash

  Scenario: an ECS elasticity assurance is renewed by the year unless told otherwise
    When alice renews eap-1
    Then the renewal succeeds
    And instance eap-1 now expires on 2027-12-01
    And alice has 1640.00 CNY left in cash

  Scenario: an ECS elasticity assurance renewed by the month
    When alice renews eap-1 for 3 months
    Then the renewal succeeds
    And instance eap-1 now expires on 2027-03-01
    And alice has 1910.00 CNY left in cash

  Scenario: several elasticity assurances renewed in one order
    When alice renews eap-1 and eap-2 together for 2 months
    Then the renewal succeeds
    And instance eap-1 now expires on 2027-02-01
    And instance eap-2 now expires on 2027-02-15
    And alice has 1900.00 CNY left in cash
    And alice has 1 order

  Scenario: turning on auto-renewal while renewing an ENS server
    When alice renews aic-1 for 3 months and turns on auto-renewal
    Then the renewal succeeds
    And instance aic-1 now renews automatically every 3 months

  Scenario: turning on auto-renewal while renewing an elasticity assurance
    When alice renews eap-1 for 1 month and turns on auto-renewal every 6 months
    Then the renewal succeeds
    And instance eap-1 now renews automatically every 6 months

  Scenario: an expired instance is renewed from today
    Given instance aic-1 expired on 2026-11-20
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And instance aic-1 is now Running
    And instance aic-1 now expires on 2026-12-22
