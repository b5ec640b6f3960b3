/** The whole billing world as one value, and the rules a world must keep to be loaded. */
package dev.billingsim.domain.state;
