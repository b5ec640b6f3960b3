Feature: Releasing an instance and refunding its unused term
  Releasing a subscription refunds the term left, prorated by the second over 30-day months and
  rounded down, first paying back credit in use, then into cash. Some instances and accounts may
  not be refunded, and the refund systems can fail.

  Background:
    Given today is 2026-11-22
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-22

  Scenario: the unused term is refunded into cash
    When alice releases aic-1
    Then the release succeeds
    And instance aic-1 is now Released
    And alice has 100.00 CNY left in cash

  Scenario: the refund first pays back credit in use
    Given alice has a credit line of 500.00 CNY
    And alice has already used 40.00 CNY of the credit line
    When alice releases aic-1
    Then the release succeeds
    And alice has used 0.00 CNY of the credit line
    And alice has 60.00 CNY left in cash

  @code:ens:SystemCanRefundCheckFailed
  Scenario: the product's refund rules refuse the release
    Given instance aic-1 is marked non refundable
    When alice releases aic-1
    Then the release is refused with SystemCanRefundCheckFailed
    And nothing has changed

  @code:ens:PayForbiddenNoReasonFefund
  Scenario: the account is banned from refunds without reason
    Given alice is banned from refunds without reason
    When alice releases aic-1
    Then the release is refused with PayForbiddenNoReasonFefund
    And nothing has changed

  @code:ens:PayPartRefundNotSupport
  Scenario: an instance with an unpaid order cannot be partly refunded
    Given alice has an unpaid renewal order for aic-1
    When alice releases aic-1
    Then the release is refused with PayPartRefundNotSupport
    And nothing has changed

  @code:ens:RefundRefundInstanceNotFound
  Scenario Outline: releasing an instance that is not the caller's
    Given bob owns the ENS server aic-9 at 100.00 CNY a month, expiring on 2026-12-22
    When alice releases <server>
    Then the release is refused with RefundRefundInstanceNotFound
    And nothing has changed

    Examples:
      | server   |
      | aic-9    |
      | aic-none |

  @code:ens:RefundRefundNoValidProd
  Scenario: an expired instance has nothing left to refund
    Given instance aic-1 expired on 2026-11-20
    When alice releases aic-1
    Then the release is refused with RefundRefundNoValidProd
    And nothing has changed

  @code:ens:PayRefundFailed @code:ens:RefundRefundParamInvalid @code:ens:RefundRefundQueryOrderFail
  Scenario Outline: the refund system fails
    Given the refund system fails with <code>
    When alice releases aic-1
    Then the release is refused with <code>
    And nothing has changed

    Examples:
      | code                       |
      | PayRefundFailed            |
      | RefundRefundParamInvalid   |
      | RefundRefundQueryOrderFail |

  @code:ens:SystemResellerPayCalRefundUnitError
  Scenario: the reseller's channel cannot compute the refund for an account in custody
    Given alice is in the custody of reseller partner-1 with a quota of 1000.00 CNY backed by 1000.00 CNY
    And the reseller system fails with SystemResellerPayCalRefundUnitError
    When alice releases aic-1
    Then the release is refused with SystemResellerPayCalRefundUnitError
    And nothing has changed
