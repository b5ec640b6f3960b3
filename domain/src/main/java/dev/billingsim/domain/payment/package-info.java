/** Paying an order: which sources are drawn, in which order, and why a payment is refused. */
package dev.billingsim.domain.payment;
