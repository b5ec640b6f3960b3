/**
 * The state document of contract section 6: the whole billing world as JSON, read with every
 * problem listed by path and written in one stable form, plus the embedded demo state. Its {@link
 * dev.billingsim.simulator.state.JsonFields} and {@link dev.billingsim.simulator.state.Problems}
 * read the state document, the logged changes and the admin API's fault rules, and {@code
 * Problems.oneLine} is the one escaper of echoed text.
 */
package dev.billingsim.simulator.state;
