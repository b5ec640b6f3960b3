@http
Feature: Fault rules answered at the simulator's front door
  Besides faults inside billing's back-end systems, the simulator's admin API can make a call
  fail before billing sees it: with any catalogue error, or with a broken connection.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: the next renewal is answered with a chosen error, the one after goes through
    Given the simulator answers the next RenewARMServerInstance call with PayHsfTimeoutError
    When alice renews aic-1 for 1 month
    Then the renewal is refused with PayHsfTimeoutError
    And nothing has changed
    When alice renews aic-1 for 1 month
    Then the renewal succeeds

  Scenario: the connection is dropped
    Given the simulator drops the connection of every RenewARMServerInstance call
    When alice renews aic-1 for 1 month
    Then the call fails with a network error
