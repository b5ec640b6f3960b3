/** Stored-value cards: prepaid balances drawn after coupons and before cash. */
package dev.billingsim.domain.card;
