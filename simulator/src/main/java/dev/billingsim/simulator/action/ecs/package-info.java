/** ECS (Version 2014-05-26): renew, describe and create elasticity assurances. */
package dev.billingsim.simulator.action.ecs;
