/** Cash coupons: what is left on each, when it expires, and the rules it applies under. */
package dev.billingsim.domain.coupon;
