/** Business time: a clock that moves only when told, and the calendar rules of billing terms. */
package dev.billingsim.domain.clock;
