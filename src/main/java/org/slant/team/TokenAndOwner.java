package org.slant.team;

/** A token found by its hash, with the account it belongs to. */
public record TokenAndOwner(AccessToken token, User owner) {
}
