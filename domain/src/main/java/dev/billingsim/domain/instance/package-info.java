/** Subscription instances (ENS ARM servers, ECS elasticity assurances), their states and prices. */
package dev.billingsim.domain.instance;
