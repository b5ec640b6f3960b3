Feature: How a payment draws on coupons, stored-value cards, cash and credit
  A paid order draws, in this order: eligible coupons (the soonest to expire first), stored-value
  cards (the soonest to expire first), cash, then the credit line. Coupons and cards keep what is
  left on them; cash never goes below zero.

  Background:
    Given today is 2026-11-22
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: coupons first, then cards, then cash, then credit
    Given alice holds a coupon cp-1 worth 30.00 CNY expiring on 2027-01-01
    And alice holds a stored-value card svc-1 with 20.00 CNY expiring on 2027-01-01
    And alice has 40.00 CNY in cash
    And alice has a credit line of 50.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice's latest order was paid from:
      | source            | id     | amount    |
      | coupon            | cp-1   | 30.00 CNY |
      | stored-value card | svc-1  | 20.00 CNY |
      | cash              | cash   | 40.00 CNY |
      | credit            | credit | 10.00 CNY |
    And alice's coupon cp-1 has 0.00 CNY left
    And alice's stored-value card svc-1 has 0.00 CNY left
    And alice has 0.00 CNY left in cash
    And alice has used 10.00 CNY of the credit line

  Scenario: the coupon that expires first is used first
    Given alice holds these coupons:
      | coupon  | amount    | expires    |
      | cp-late | 80.00 CNY | 2027-06-01 |
      | cp-soon | 50.00 CNY | 2026-12-31 |
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice's latest order was paid from:
      | source | id      | amount    |
      | coupon | cp-soon | 50.00 CNY |
      | coupon | cp-late | 50.00 CNY |
    And alice's coupon cp-late has 30.00 CNY left

  Scenario: the stored-value card that expires first is used first
    Given alice holds these stored-value cards:
      | card  | balance    | expires    |
      | svc-a | 30.00 CNY  | 2027-03-01 |
      | svc-b | 200.00 CNY | 2027-01-01 |
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice's latest order was paid from:
      | source            | id    | amount     |
      | stored-value card | svc-b | 100.00 CNY |
    And alice's stored-value card svc-b has 100.00 CNY left
    And alice's stored-value card svc-a has 30.00 CNY left

  Scenario: coupons for another product, or for bigger orders, are left alone
    Given alice holds these coupons:
      | coupon | amount     | expires    | products | minimum spend |
      | cp-ecs | 100.00 CNY | 2027-01-01 | ecs      |               |
      | cp-big | 100.00 CNY | 2027-01-01 |          | 500.00 CNY    |
    And alice has 1000.00 CNY in cash
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice's latest order was paid from:
      | source | id   | amount     |
      | cash   | cash | 100.00 CNY |
    And alice's coupon cp-ecs has 100.00 CNY left

  Scenario: an expired coupon is never used
    Given alice holds a coupon cp-old worth 100.00 CNY expiring on 2026-11-01
    And alice has 1000.00 CNY in cash
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice has 900.00 CNY left in cash
    And alice's coupon cp-old has 100.00 CNY left

  Scenario: the credit line pays what cash cannot
    Given alice has 30.00 CNY in cash
    And alice has a credit line of 500.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice has 0.00 CNY left in cash
    And alice has used 70.00 CNY of the credit line

  Scenario: credit already used is not available again
    Given alice has 30.00 CNY in cash
    And alice has a credit line of 500.00 CNY
    And alice has already used 430.00 CNY of the credit line
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice has used 500.00 CNY of the credit line

  Scenario Outline: every working payment method draws the same sources
    Given alice has 1000.00 CNY in cash
    And alice's payment method is <method>
    When alice renews aic-1 for 1 month
    Then the renewal succeeds
    And alice has 900.00 CNY left in cash

    Examples:
      | method      |
      | balance     |
      | credit card |
      | withholding |
