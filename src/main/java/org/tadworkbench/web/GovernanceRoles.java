package org.tadworkbench.web;

import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.Role;

/**
 * The one place where a signed-in account's role becomes the role the governance store checks. When the store takes
 * {@link AccountRole} itself, this class goes.
 */
final class GovernanceRoles {

    private GovernanceRoles() {
    }

    static Role of(AccountRole role) {
        return Role.valueOf(role.name());
    }
}
