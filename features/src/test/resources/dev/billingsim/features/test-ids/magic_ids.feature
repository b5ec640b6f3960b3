Feature: Test instance ids that always fail
  Like a payment provider's test card numbers, renewing aic-err-<Code> or eap-err-<Code> fails
  with that catalogue code in any state, with no set-up at all, and changes nothing.

  Background:
    Given alice has 1000.00 CNY in cash

  Scenario Outline: a test id answers its code
    When alice renews <id>
    Then the renewal is refused with <code>
    And the answer has HTTP status <status>
    And nothing has changed

    Examples:
      | id                                    | code                          | status |
      | aic-err-PayHsfTimeoutError            | PayHsfTimeoutError            | 400    |
      | aic-err-InvalidParameter.Period       | InvalidParameter.Period       | 400    |
      | eap-err-InvalidPrivatePoolId.NotFound | InvalidPrivatePoolId.NotFound | 500    |
      | eap-err-OrderInstHasUnpaidOrder       | OrderInstHasUnpaidOrder       | 400    |

  Scenario Outline: a test id with an unknown code is an invalid id
    When alice renews <id>
    Then the renewal is refused with <code>

    Examples:
      | id                 | code                                  |
      | aic-err-NoSuchCode | InvalidParameter.InstanceId           |
      | eap-err-NoSuchCode | InvalidParameter.PrivatePoolOptionsId |
