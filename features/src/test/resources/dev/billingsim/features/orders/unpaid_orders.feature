Feature: Renewing now and paying later
  ECS renews with AutoPay=false by recording an UNPAID order and changing nothing else. While an
  instance has an unpaid order, it cannot be renewed again; paying the order renews it.

  Background:
    Given today is 2026-11-22
    And alice has 1000.00 CNY in cash
    And alice owns the ENS server aic-1 at 100.00 CNY a month, expiring on 2026-12-01
    And alice owns the ECS elasticity assurance eap-1 at 30.00 CNY a month, expiring on 2026-12-01

  Scenario: AutoPay=false records an unpaid order and charges nothing
    When alice renews eap-1 for 1 month without paying
    Then the renewal succeeds
    And alice has an unpaid order for eap-1
    And alice has 1000.00 CNY left in cash
    And instance eap-1 now expires on 2026-12-01

  Scenario: paying the unpaid order renews the instance
    Given alice renews eap-1 for 1 month without paying
    When alice pays the unpaid order for eap-1
    Then the payment succeeds
    And there is no unpaid order for eap-1
    And alice has 970.00 CNY left in cash
    And instance eap-1 now expires on 2027-01-01

  @code:ens:OrderInstHasUnpaidOrder
  Scenario: an elasticity assurance with an unpaid order cannot be renewed again
    Given alice renews eap-1 for 1 month without paying
    When alice renews eap-1 for 1 month
    Then the renewal is refused with OrderInstHasUnpaidOrder
    And nothing has changed

  @code:ens:OrderInstHasUnpaidOrder
  Scenario: an ENS server with an unpaid order cannot be renewed
    Given alice has an unpaid renewal order for aic-1
    When alice renews aic-1 for 1 month
    Then the renewal is refused with OrderInstHasUnpaidOrder
    And nothing has changed

  @code:ens:OrderGroupOrderSizeOverflow
  Scenario: too many unpaid orders
    Given alice may keep at most 1 unpaid order
    And alice has an unpaid renewal order for aic-1
    When alice renews eap-1 for 1 month without paying
    Then the renewal is refused with OrderGroupOrderSizeOverflow
    And nothing has changed
