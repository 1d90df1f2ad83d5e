package org.slant.team;

/** What a user may do across the whole installation; project roles come with membership. */
public enum SystemRole {
    /** manages users; sees every project */
    ADMIN,
    /** an ordinary account */
    USER
}
