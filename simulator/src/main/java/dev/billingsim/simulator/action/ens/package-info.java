/** ENS (Version 2017-11-10): renew, describe, create and release ARM server instances. */
package dev.billingsim.simulator.action.ens;
