/**
 * The state document of contract section 6: the whole billing world as JSON, read with every
 * problem listed by path and written in one stable form, plus the embedded demo state.
 */
package dev.billingsim.simulator.state;
