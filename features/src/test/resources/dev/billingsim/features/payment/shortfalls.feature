Feature: Payments that cannot be made
  When all the money an account can draw cannot cover an order, or the way it pays is broken, the
  renewal is refused and nothing is drawn: no coupon, card, cash or credit moves.

  Background:
    Given today is 2026-11-22
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  @code:ens:PayInsufficientBalance
  Scenario: coupons, cards, cash and credit together fall short
    Given alice has 50.00 CNY in cash
    And alice holds a coupon cp-1 worth 20.00 CNY expiring on 2027-01-01
    And alice has a credit line of 20.00 CNY
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayInsufficientBalance
    And the answer has HTTP status 400
    And nothing has changed

  @code:ens:PayCouponAmountNotEnough
  Scenario: the money is short and the coupon that would have paid has expired
    Given alice holds a coupon cp-old worth 500.00 CNY expiring on 2026-11-21
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayCouponAmountNotEnough
    And nothing has changed

  @code:ens:PayCouponNotMeetConsumptionRule
  Scenario: the money is short and the coupon is only for bigger orders
    Given alice holds these coupons:
      | coupon | amount     | expires    | minimum spend |
      | cp-big | 500.00 CNY | 2027-01-01 | 500.00 CNY    |
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayCouponNotMeetConsumptionRule
    And nothing has changed

  @code:ens:PayPayForbidUserCoupon
  Scenario: the money is short because the instance may not be paid with coupons
    Given alice holds a coupon cp-1 worth 500.00 CNY expiring on 2027-01-01
    And instance aic-1 forbids coupons
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayPayForbidUserCoupon
    And nothing has changed

  @code:ens:PayAmountLimitExceeded
  Scenario: the order costs more than the account may pay at once
    Given alice has 1000.00 CNY in cash
    And alice may pay at most 50.00 CNY per order
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayAmountLimitExceeded
    And nothing has changed

  @code:ens:PayCurrencyInconsistency
  Scenario: the instance is priced in another currency than the account's
    Given alice has 1000.00 CNY in cash
    And instance aic-1 is priced at 15.00 USD a month
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayCurrencyInconsistency
    And nothing has changed

  @code:ens:PayCurrencyNotSupported
  Scenario: the account is kept in a currency the payment system does not settle
    Given these accounts:
      | account | currency | cash        |
      | erik    | EUR      | 1000.00 EUR |
    And erik owns the ENS server aic-9 at 100.00 EUR a month, expiring on 2026-12-01
    When erik renews aic-9 for 1 month
    Then the renewal is refused with PayCurrencyNotSupported
    And nothing has changed

  @code:ens:PayInvalidCreditCard @code:ens:PayNoCreditCard @code:ens:PayWithholdingAgreementIllegal @code:ens:PayInvalidPayMethod
  Scenario Outline: a broken payment method refuses every payment
    Given alice has 1000.00 CNY in cash
    And alice's payment method is <method>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | method              | code                           |
      | credit card invalid | PayInvalidCreditCard           |
      | none                | PayNoCreditCard                |
      | withholding illegal | PayWithholdingAgreementIllegal |
      | illegal             | PayInvalidPayMethod            |
