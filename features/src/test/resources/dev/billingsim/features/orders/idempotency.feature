Feature: Retrying a renewal safely with a ClientToken
  An ECS renewal sent again with the same ClientToken and the same parameters answers the first
  call's order and charges nothing again. The same token with other parameters is refused.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ECS elasticity assurance eap-1 at 30.00 CNY a month, expiring on 2026-12-01

  Scenario: a retry with the same token answers the same order and charges once
    When alice renews eap-1 for 1 month with client token "renew-eap-1-dec"
    And the same request is sent again
    Then the renewal succeeds
    And both answers name the same order
    And alice has 970.00 CNY left in cash
    And alice has 1 order
    And instance eap-1 now expires on 2027-01-01

  Scenario: different tokens are different renewals
    When alice renews eap-1 for 1 month with client token "first"
    And alice renews eap-1 for 1 month with client token "second"
    Then the renewal succeeds
    And alice has 940.00 CNY left in cash
    And alice has 2 orders

  @code:ens:InvalidParameter.ClientToken
  Scenario: the same token with other parameters
    Given alice renews eap-1 for 1 month with client token "renew-eap-1"
    When alice renews eap-1 for 2 months with client token "renew-eap-1"
    Then the renewal is refused with InvalidParameter.ClientToken
    And nothing has changed
