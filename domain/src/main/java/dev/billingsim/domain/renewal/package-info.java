/**
 * Renewal: the typed commands (instances, a term, auto-renewal, a client token) that the billing
 * service carries out, and magic test ids. Reading them from a request is the simulator's job.
 */
package dev.billingsim.domain.renewal;
