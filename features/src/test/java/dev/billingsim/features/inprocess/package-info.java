/**
 * The in-process back end: the domain's {@code Billing} and the simulator's own action classes,
 * called as the dispatcher calls them once the gateway has let a call through.
 */
package dev.billingsim.features.inprocess;
