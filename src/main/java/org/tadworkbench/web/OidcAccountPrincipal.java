package org.tadworkbench.web;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tadworkbench.account.Account;

/**
 * A person signed in through the organisation's identity provider (issue 16): the provider's verified ID token with
 * the workbench account it is bound to, whose role is the one authority. Its name is the account's username, so the
 * pages, the audit trail and {@code AccountStore.disable} (which ends sessions by principal name) treat it as a
 * local sign-in. Serializable: it travels in the database-held session.
 */
public final class OidcAccountPrincipal extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final Account account;

    OidcAccountPrincipal(Account account, OidcUser verified) {
        super(List.of(new SimpleGrantedAuthority(account.role().authority())), verified.getIdToken(), verified.getUserInfo());
        this.account = account;
    }

    public Account account() {
        return account;
    }

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcAccountPrincipal that && super.equals(that) && account.equals(that.account);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
