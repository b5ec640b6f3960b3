/**
 * The command line of the runnable jar: each option declared once with jopt-simple, read into
 * {@link dev.billingsim.simulator.cli.SimulatorOptions} or into one usage error a person can act
 * on, and the {@code --help} text generated from the declarations.
 */
package dev.billingsim.simulator.cli;
