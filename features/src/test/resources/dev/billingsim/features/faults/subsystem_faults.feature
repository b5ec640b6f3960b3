Feature: Back-end systems failing on purpose
  A renewal calls a chain of back-end systems: the account service, the instance service,
  commodity, pricing, exchange rates, tax, risk control, trade, the order store, then the payment
  channel and, when they are drawn, the coupon, stored-value card and reseller systems. A fault
  put into one of them makes the call fail exactly there, with one of the codes that system can
  produce, and nothing changes.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01
    And alice owns the ECS elasticity assurance eap-1 at 30.00 CNY a month, expiring on 2026-12-01

  @code:ens:SystemQueryImmortalError @code:ens:OrderQueryUserSettleInfoFail @code:ens:PayQueryAvailableAmountFailed
  Scenario Outline: the account service fails
    Given the account system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                          |
      | SystemQueryImmortalError      |
      | OrderQueryUserSettleInfoFail  |
      | PayQueryAvailableAmountFailed |

  @code:ens:SystemQueryInstanceInfoFailed @code:ens:SystemTransferDeleteOldResourceFailed @code:ens:OrderQueryInstanceError
  Scenario Outline: the instance service fails
    Given the instance system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                                  |
      | SystemQueryInstanceInfoFailed         |
      | SystemTransferDeleteOldResourceFailed |
      | OrderQueryInstanceError               |

  @code:ens:SystemSaleValidateFailed @code:ens:CommodityInvalidComponent @code:ens:OrderMissingModuleInfoError @code:ens:PriceHsfTimeoutError @code:ens:PricePatingConfigError @code:ens:PriceRatingGetRatingpricingPlan
  Scenario Outline: the commodity or pricing system fails while the renewal is priced
    Given the <system> system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | system    | code                            |
      | commodity | SystemSaleValidateFailed        |
      | commodity | CommodityInvalidComponent       |
      | commodity | OrderMissingModuleInfoError     |
      | pricing   | PriceHsfTimeoutError            |
      | pricing   | PricePatingConfigError          |
      | pricing   | PriceRatingGetRatingpricingPlan |

  @code:ens:OrderQueryOrderExchangeRateFail @code:ens:OrderTradeCompleteSettleInfoFail @code:ens:PayTaxCalcFailed
  Scenario Outline: the exchange-rate or tax service fails
    Given the <system> system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | system        | code                             |
      | exchange rate | OrderQueryOrderExchangeRateFail  |
      | exchange rate | OrderTradeCompleteSettleInfoFail |
      | tax           | PayTaxCalcFailed                 |

  @code:ens:OrderFailed @code:ens:System.SystemError @code:ens:OrderHomeCurrencyCanNotDowngrade @code:ens:OrderHomeCurrencyCanNotUpgradeByValueTransfer @code:ens:OrderOpend @code:ens:OrderSysConstraintInvalid @code:ens:TradeTradeOrderAfterPayCheckError @code:ens:PurchaseExistToBeValidRenewChangeProdRuleError
  Scenario Outline: the trade system fails while the order is placed
    Given the trade system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                                           |
      | OrderFailed                                    |
      | System.SystemError                             |
      | OrderHomeCurrencyCanNotDowngrade               |
      | OrderHomeCurrencyCanNotUpgradeByValueTransfer  |
      | OrderOpend                                     |
      | OrderSysConstraintInvalid                      |
      | TradeTradeOrderAfterPayCheckError              |
      | PurchaseExistToBeValidRenewChangeProdRuleError |

  @code:ens:SystemOtsSystem @code:ens:OrderNotFound @code:ens:SystemConcurrentOperate
  Scenario Outline: the order store fails while the order is written
    Given the order store system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                    |
      | SystemOtsSystem         |
      | OrderNotFound           |
      | SystemConcurrentOperate |

  @code:ens:OrderCaptureFailed @code:ens:PayAccountBookNotExist @code:ens:PayHsfTimeoutError @code:ens:PayMegrePayOrderHasThanOneChagreChannel @code:ens:PayOrderPayTimeInvalid @code:ens:PayPayChannelPayOrderInvalidStatus @code:ens:PayPayChannelPayOrderNotExist @code:ens:PayPayerAccountIllegal @code:ens:PayQueryPayChangeChannelNotEqual @code:ens:PaySystemError
  Scenario Outline: the payment channel fails while the order is paid
    Given the payment system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                                    |
      | OrderCaptureFailed                      |
      | PayAccountBookNotExist                  |
      | PayHsfTimeoutError                      |
      | PayMegrePayOrderHasThanOneChagreChannel |
      | PayOrderPayTimeInvalid                  |
      | PayPayChannelPayOrderInvalidStatus      |
      | PayPayChannelPayOrderNotExist           |
      | PayPayerAccountIllegal                  |
      | PayQueryPayChangeChannelNotEqual        |
      | PaySystemError                          |

  @code:ens:SystemUseCouponFailed @code:ens:PayCounponNotExist
  Scenario Outline: the coupon system fails while a coupon is drawn
    Given alice holds a coupon cp-1 worth 50.00 CNY expiring on 2027-01-01
    And the coupon system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                  |
      | SystemUseCouponFailed |
      | PayCounponNotExist    |

  Scenario: the coupon system is not called when no coupon is drawn
    Given the coupon system fails with SystemUseCouponFailed
    When alice renews aic-1 for 1 month
    Then the renewal succeeds

  @code:ens:SystemUseStoredCardFailed @code:ens:PayStoredCardNotExist
  Scenario Outline: the stored-value card system fails while a card is drawn
    Given alice holds a stored-value card svc-1 with 50.00 CNY expiring on 2027-01-01
    And the stored-value card system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                      |
      | SystemUseStoredCardFailed |
      | PayStoredCardNotExist     |

  @code:ens:PayQueryAvailableEnduserAmountFailed @code:ens:PayQueryParentRelationshipFailed @code:ens:PayResellerPayGetUrlError
  Scenario Outline: the reseller's payment channel fails for an account in custody
    Given alice is in the custody of reseller partner-1 with a quota of 10000.00 CNY backed by 10000.00 CNY
    And the reseller system fails with <code>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | code                                 |
      | PayQueryAvailableEnduserAmountFailed |
      | PayQueryParentRelationshipFailed     |
      | PayResellerPayGetUrlError            |

  @code:ecs:InternalError
  Scenario: ECS fails with an unknown internal error
    Given the internal system fails with InternalError
    When alice renews eap-1 for 1 month
    Then the renewal is refused with InternalError saying "The request processing has failed due to some unknown error."
    And the answer has HTTP status 500
    And nothing has changed

  @code:ecs:InternalError:detail
  Scenario: ECS fails with an internal error that says what went wrong
    Given the internal system fails with InternalError saying "private pool service unavailable"
    When alice renews eap-1 for 1 month
    Then the renewal is refused with InternalError saying "private pool service unavailable"
    And the answer has HTTP status 500
    And nothing has changed
