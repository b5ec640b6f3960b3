/** Orders: what was bought or refunded, for which instances, and from which sources it was paid. */
package dev.billingsim.domain.order;
