package dev.billingsim.domain.order;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.renewal.Term;

/**
 * Buy {@code count} new PrePaid instances of {@code instanceType} for a term, in {@code regionId}.
 *
 * @param autoRenewal null to buy them without auto-renewal
 */
public record CreateInstances(
    Caller caller,
    Product product,
    String instanceType,
    int count,
    Term term,
    AutoRenewal autoRenewal,
    String regionId) {}
