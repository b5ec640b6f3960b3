/**
 * The billing world: accounts with their instances and orders, the flows that change them (renew,
 * create, release, pay, the clock) and the locking that keeps them consistent.
 */
package dev.billingsim.domain.billing;
