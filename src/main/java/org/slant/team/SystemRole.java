package org.slant.team;

/** What a user may do across the whole installation; what they may do in a project is their {@link ProjectRole}. */
public enum SystemRole {
    /** manages users; sees every project */
    ADMIN,
    /** an ordinary account */
    USER
}
