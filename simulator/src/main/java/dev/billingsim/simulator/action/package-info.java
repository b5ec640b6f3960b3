/**
 * The RPC actions, one class per action in a package per product, and what they share: response
 * bodies written as Alibaba Cloud writes them, paging, a purchase's term.
 */
package dev.billingsim.simulator.action;
