/**
 * The command line of the runnable jar: {@link dev.billingsim.simulator.cli.SimulatorOptions}
 * parses it into a value, or into one usage error a person can act on, and holds the {@code --help}
 * text.
 */
package dev.billingsim.simulator.cli;
