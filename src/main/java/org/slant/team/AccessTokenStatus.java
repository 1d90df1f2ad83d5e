package org.slant.team;

/** Whether a personal access token still lets its owner in. */
public enum AccessTokenStatus {
    ACTIVE,
    /** past the expiry its owner chose */
    EXPIRED,
    /** withdrawn by its owner or a system admin */
    REVOKED
}
