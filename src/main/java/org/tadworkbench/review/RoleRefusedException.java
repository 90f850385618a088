package org.tadworkbench.review;

/**
 * A step refused because of who asks, not when: the role may never take it (the web shows 403, not 409, since
 * waiting will not help). The message names the roles that may.
 */
public class RoleRefusedException extends ReviewException {
    public RoleRefusedException(String message) {
        super(message);
    }
}
