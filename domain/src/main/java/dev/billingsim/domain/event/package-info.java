/** Domain events: what a command or a clock move caused, in past tense. */
package dev.billingsim.domain.event;
