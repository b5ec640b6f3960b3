package dev.billingsim.domain.account;

/** What an AccessKeyId stands for: its key (with the secret to verify signatures) and caller. */
public record Credentials(AccessKey key, Caller caller) {}
