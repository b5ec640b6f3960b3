Feature: ENS renewal parameters
  RenewARMServerInstance takes InstanceId, Period (1-9 or 12 months, or 1-5 years; 1 by default),
  PeriodUnit (Month by default, or Year) and AutoRenew (true or false). A value outside these is
  refused with InvalidParameter.<Field>, naming the field, and nothing changes.

  Background:
    Given today is 2026-11-22
    And alice has 10000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01

  Scenario Outline: documented periods are accepted
    When alice renews aic-1 with these parameters:
      | Period     | <period> |
      | PeriodUnit | <unit>   |
    Then the renewal succeeds
    And instance aic-1 now expires on <expires>

    Examples:
      | period | unit  | expires    |
      | 1      | Month | 2027-01-01 |
      | 9      | Month | 2027-09-01 |
      | 12     | Month | 2027-12-01 |
      | 4      | Year  | 2030-12-01 |

  @code:ens:InvalidParameter.Period @code:ens:InvalidParameter.PeriodUnit
  Scenario Outline: a period outside the documented values
    When alice renews aic-1 with these parameters:
      | Period     | <period> |
      | PeriodUnit | <unit>   |
    Then the renewal is refused with <code> saying "The specified field <field> invalid. Please check it again."
    And nothing has changed

    Examples:
      | period | unit  | code                        | field      |
      | 0      | Month | InvalidParameter.Period     | Period     |
      | 10     | Month | InvalidParameter.Period     | Period     |
      | 13     | Month | InvalidParameter.Period     | Period     |
      | 6      | Year  | InvalidParameter.Period     | Period     |
      | one    | Month | InvalidParameter.Period     | Period     |
      | 1      | Week  | InvalidParameter.PeriodUnit | PeriodUnit |

  @code:ens:InvalidParameter.AutoRenew
  Scenario: AutoRenew that is neither true nor false
    When alice renews aic-1 with AutoRenew set to "sometimes"
    Then the renewal is refused with InvalidParameter.AutoRenew
    And nothing has changed

  @code:ens:InvalidParameter.InstanceId
  Scenario: a malformed instance id
    When alice renews aic-1 with InstanceId set to "aic-1;DROP"
    Then the renewal is refused with InvalidParameter.InstanceId
    And the answer has HTTP status 400
    And nothing has changed
