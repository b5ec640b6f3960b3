/** The in-process back end: the domain's {@code Billing}, called as the gateway would call it. */
package dev.billingsim.features.inprocess;
