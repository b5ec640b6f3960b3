/**
 * BSS OpenAPI (Version 2017-12-14): balance, cash coupons, prepaid cards, orders, order detail and
 * available instances, read from the billing state.
 */
package dev.billingsim.simulator.action.bss;
