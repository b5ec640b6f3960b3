/**
 * The one world builder of every test: a billing world written as Java ({@link
 * dev.billingsim.simulator.world.World}), built into the domain's state, which {@code PUT
 * /__admin/billing/state} loads. The testkit hands it to downstream tests, the Cucumber steps
 * describe scenarios with it, and the simulator's own tests build their states with it.
 */
package dev.billingsim.simulator.world;
