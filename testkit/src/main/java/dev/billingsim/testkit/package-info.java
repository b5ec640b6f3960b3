/**
 * The test kit's front door: {@link dev.billingsim.testkit.BillingSimulatorExtension}, a JUnit 5
 * extension that runs a billing simulator in process for one test class (or one test), with its own
 * port, world, clock and faults, and hands out the endpoint, credentials, a configured official
 * client and a typed admin client. {@link dev.billingsim.testkit.Codes} names the catalogue codes
 * tests use most.
 */
package dev.billingsim.testkit;
