/**
 * Accounts: who may call (access keys, RAM sub-users), what they may pay with, and every account
 * condition the catalogue speaks of (status, real name, arrears, risk, payment method, custody).
 */
package dev.billingsim.domain.account;
