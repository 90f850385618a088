package org.tadworkbench.web;

import java.util.EnumSet;
import java.util.Set;
import org.tadworkbench.account.AccountRole;

/** SECAS: the roles that respond to and dispose of comments (the store checks the same). */
final class CommentDisposers {

    static final Set<AccountRole> ROLES = EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER,
            AccountRole.QUALITY_ASSURANCE);

    private CommentDisposers() {
    }
}
