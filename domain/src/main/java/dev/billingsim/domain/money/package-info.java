/** Exact money: amounts in minor units with their currency, and the project's rounding rules. */
package dev.billingsim.domain.money;
