Feature: Account conditions that stop a renewal
  Before anything is priced, billing checks that the account may trade at all: it exists, it is
  active, its owner is verified, it owes nothing, and risk control has nothing against it.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01
    And alice owns the ECS elasticity assurance eap-1 at 30.00 CNY a month, expiring on 2026-12-01

  @code:ens:AccountAliyunAccountFrozen @code:ens:OrderAccountStatusIllegal
  Scenario Outline: an account that is not active may not renew
    Given alice's account is <status>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | status  | code                       |
      | frozen  | AccountAliyunAccountFrozen |
      | illegal | OrderAccountStatusIllegal  |

  @code:ens:AccountAliyunAccountNotExist
  Scenario: a closed account no longer exists for billing
    Given alice's account is closed
    When alice renews aic-1 for 1 month
    Then the renewal is refused with AccountAliyunAccountNotExist
    And nothing has changed

  @code:ens:OrderNoRealNameAuthentication
  Scenario: the owner has not passed real-name verification
    Given alice has not passed real-name verification
    When alice renews aic-1 for 1 month
    Then the renewal is refused with OrderNoRealNameAuthentication
    And nothing has changed

  @code:ens:BasicInfoUncompleted
  Scenario: the basic account information is incomplete
    Given alice has not completed the basic account information
    When alice renews aic-1 for 1 month
    Then the renewal is refused with BasicInfoUncompleted
    And nothing has changed

  @code:ens:OrderBidUserOrderForbidden
  Scenario: bidding customers may not order on the official website
    Given alice is a bidding customer
    When alice renews aic-1 for 1 month
    Then the renewal is refused with OrderBidUserOrderForbidden
    And nothing has changed

  @code:ens:OrderArrearage
  Scenario: an account in arrears may not renew an ENS server
    Given alice owes 12.00 CNY in arrears
    When alice renews aic-1 for 1 month
    Then the renewal is refused with OrderArrearage
    And nothing has changed

  @code:ecs:Account.Arrearage
  Scenario: an account in arrears may not renew an elasticity assurance
    Given alice owes 12.00 CNY in arrears
    When alice renews eap-1 for 1 month
    Then the renewal is refused with Account.Arrearage
    And the answer has HTTP status 403
    And nothing has changed

  @code:ens:RiskRiskControlRejection @code:ens:PatRiskRejectForTradeData @code:ens:PayBeforePayRiskRuleValidateFailed @code:ens:PayRiskRejectForPayerAccount
  Scenario Outline: risk control holds a verdict against the account
    Given risk control flags alice as <verdict>
    When alice renews aic-1 for 1 month
    Then the renewal is refused with <code>
    And nothing has changed

    Examples:
      | verdict             | code                               |
      | order rejected      | RiskRiskControlRejection           |
      | trade data rejected | PatRiskRejectForTradeData          |
      | payment blocked     | PayBeforePayRiskRuleValidateFailed |
      | payer rejected      | PayRiskRejectForPayerAccount       |
