Feature: Auto-renewal and expiry as the clock moves
  Time moves only when a scenario moves it. On the way, everything due happens in order: an
  instance set to renew automatically is renewed at its expiry (charged like any renewal), one
  that is not expires, and 15 days after expiring it is released. Coupons and cards expire too.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: an instance set to renew automatically is renewed at its expiry
    Given instance aic-1 is set to renew automatically every 1 month
    When the date becomes 2026-12-02
    Then instance aic-1 now expires on 2027-01-01
    And instance aic-1 is now Running
    And alice has 900.00 CNY left in cash

  Scenario: auto-renewal for several months at a time, again and again
    Given instance aic-1 is set to renew automatically every 3 months
    When the date becomes 2027-03-15
    Then instance aic-1 now expires on 2027-06-01
    And alice has 400.00 CNY left in cash

  Scenario: an auto-renewal the money cannot cover fails, and the instance expires
    Given alice has 0.00 CNY in cash
    And instance aic-1 is set to renew automatically every 1 month
    When the date becomes 2026-12-02
    Then instance aic-1 is now Expired
    And the auto-renewal of aic-1 failed with PayInsufficientBalance

  Scenario: an auto-renewal fails when a back-end system fails
    Given instance aic-1 is set to renew automatically every 1 month
    And the payment system fails with PayHsfTimeoutError
    When the date becomes 2026-12-02
    Then instance aic-1 is now Expired
    And the auto-renewal of aic-1 failed with PayHsfTimeoutError
    And alice has 1000.00 CNY left in cash

  Scenario: an instance that is not renewed expires at the end of its term
    When the date becomes 2026-12-01
    Then instance aic-1 is now Expired

  Scenario: an expired instance can still be renewed for 15 days, from the day it is renewed
    When 18 days pass
    And alice renews aic-1 for 1 month
    Then the renewal succeeds
    And instance aic-1 is now Running
    And instance aic-1 now expires on 2027-01-10

  @code:ens:ProductInstanceReleased
  Scenario: 15 days after expiring the instance is released for good
    When the date becomes 2026-12-16
    And alice renews aic-1 for 1 month
    Then instance aic-1 is now Released
    And the renewal is refused with ProductInstanceReleased

  Scenario: coupons and stored-value cards leave the account when they expire
    Given alice holds a coupon cp-1 worth 50.00 CNY expiring on 2026-12-01
    And alice holds a coupon cp-2 worth 20.00 CNY expiring on 2027-01-01
    And alice holds a stored-value card svc-1 with 50.00 CNY expiring on 2026-12-01
    When the date becomes 2026-12-02
    Then the billing API lists alice's usable coupons:
      | coupon | balance   |
      | cp-2   | 20.00 CNY |
    And the billing API lists alice's usable stored-value cards:
      | card | balance |
