package dev.billingsim.features.support;

import dev.billingsim.domain.instance.InstanceStatus;
import java.time.Instant;

/** An instance as the product's Describe API lists it. */
public record InstanceSummary(String id, InstanceStatus status, Instant expiresAt) {}
