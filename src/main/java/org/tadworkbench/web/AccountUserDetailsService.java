package org.tadworkbench.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.tadworkbench.account.AccountStore;

/** Spring Security's view of {@link AccountStore}: the account, its role as authority, and its hash to check. */
final class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    AccountUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(username)
                .map(stored -> new AccountPrincipal(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
