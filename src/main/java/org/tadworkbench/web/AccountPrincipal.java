package org.tadworkbench.web;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.tadworkbench.account.Account;

/**
 * The signed-in account as Spring Security's principal: controllers take it with
 * {@code @AuthenticationPrincipal AccountPrincipal me} and read {@code me.account().role()}. Kept in the session
 * (the password hash is erased after sign-in), so it is serializable.
 */
public final class AccountPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final Account account;

    AccountPrincipal(Account account, String passwordHash) {
        super(account.username(), passwordHash, account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.account = account;
    }

    public Account account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
