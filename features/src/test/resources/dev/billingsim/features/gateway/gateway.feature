@http
Feature: What the gateway refuses before billing sees a call
  Every call is signed with an access key. The gateway checks the key, the signature, the action
  and the required parameters, and applies flow control, before any billing rule runs. These
  scenarios need the simulator's HTTP front door, so they run over HTTP only.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario: a request signed with the wrong secret
    When alice renews aic-1 signing with a wrong secret
    Then the renewal is refused with SignatureDoesNotMatch
    And the answer has HTTP status 400
    And nothing has changed

  Scenario: an access key the simulator does not know
    When someone renews aic-1 with the unknown access key "nobody-ak"
    Then the renewal is refused with InvalidAccessKeyId.NotFound
    And the answer has HTTP status 404

  Scenario: a disabled access key
    Given alice's access key is disabled
    When alice renews aic-1
    Then the renewal is refused with InvalidAccessKeyId.Inactive
    And nothing has changed

  Scenario: an action the product does not have
    When alice calls the ENS action "MakeCoffee" with no parameters
    Then the call is refused with InvalidAction.NotFound
    And the answer has HTTP status 404

  Scenario: a required parameter left out
    When alice calls the ENS action "RenewARMServerInstance" with no parameters
    Then the call is refused with MissingParameter
    And nothing has changed

  Scenario: too many calls in one second are throttled
    When alice asks for the balance 30 times in one burst
    Then at least one query is refused with Throttling.User
