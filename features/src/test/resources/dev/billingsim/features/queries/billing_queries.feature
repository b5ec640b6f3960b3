Feature: What the billing APIs report
  The BSS OpenAPI and the products' Describe APIs report the caller's own balance, coupons,
  stored-value cards, orders and instances, as they stand now.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And these instances:
      | instance | product | owner | monthly price | expires    | status  |
      | aic-1    | ens     | alice | 100.00 CNY    | 2026-12-01 | Running |
      | aic-2    | ens     | alice | 100.00 CNY    | 2026-11-20 | Expired |
      | eap-1    | ecs     | alice | 30.00 CNY     | 2026-12-01 | Running |
      | aic-9    | ens     | bob   | 100.00 CNY    | 2026-12-01 | Running |

  Scenario: the balance counts cash and the credit still available
    Given alice has a credit line of 500.00 CNY
    And alice has already used 100.00 CNY of the credit line
    Then the billing API reports alice's balance as:
      | available   | cash        | credit     |
      | 1400.00 CNY | 1000.00 CNY | 400.00 CNY |

  Scenario: only coupons that can still pay are listed
    Given alice holds these coupons:
      | coupon  | amount    | expires    |
      | cp-1    | 50.00 CNY | 2027-01-01 |
      | cp-used | 0.00 CNY  | 2027-01-01 |
      | cp-old  | 20.00 CNY | 2026-11-01 |
    Then the billing API lists alice's usable coupons:
      | coupon | balance   |
      | cp-1   | 50.00 CNY |

  Scenario: only stored-value cards with money left are listed
    Given alice holds these stored-value cards:
      | card  | balance    | expires    |
      | svc-1 | 100.00 CNY | 2027-01-01 |
      | svc-2 | 0.00 CNY   | 2027-01-01 |
    Then the billing API lists alice's usable stored-value cards:
      | card  | balance    |
      | svc-1 | 100.00 CNY |

  Scenario: orders are listed newest first, paid and unpaid
    Given alice renews aic-1 for 1 month
    And alice renews eap-1 for 1 month without paying
    Then the billing API lists alice's orders, newest first:
      | type  | status | amount     |
      | renew | unpaid | 30.00 CNY  |
      | renew | paid   | 100.00 CNY |

  Scenario: a renewal shows in the list of servers
    When alice renews aic-1 for 2 months
    Then alice's ENS servers are listed as:
      | instance | status  | expires    |
      | aic-1    | Running | 2027-02-01 |
      | aic-2    | Expired | 2026-11-20 |

  Scenario: elasticity assurances are listed with their end time
    Then alice's ECS elasticity assurances are listed as:
      | instance | status  | expires    |
      | eap-1    | Running | 2026-12-01 |
