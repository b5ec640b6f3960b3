/**
 * The subsystems billing calls (pricing, payment, risk, ...) as ports with injectable faults: how
 * every infrastructure error of the catalogue is made to happen on purpose.
 */
package dev.billingsim.domain.subsystem;
