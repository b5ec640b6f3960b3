/**
 * Renewal: validating the ENS and ECS renewal requests, magic test ids, and the command that the
 * billing service carries out.
 */
package dev.billingsim.domain.renewal;
