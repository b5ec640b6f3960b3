package dev.billingsim.domain.account;

/** What an AccessKeyId stands for: its key (with the secret to verify signatures) and caller. */
public record AccessGrant(AccessKey key, Caller caller) {}
