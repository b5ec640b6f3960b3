/**
 * A typed client of the simulator's admin API ({@code /__admin/billing}, contract section 5):
 * state, reset, clock, faults, orders and catalogue as Java values. It speaks plain HTTP, so it
 * drives an in-process simulator and a jar started elsewhere alike, and needs no JUnit.
 */
package dev.billingsim.testkit.admin;
