/** Business outcomes as values: a command either succeeds or is rejected with a catalogue error. */
package dev.billingsim.domain.result;
