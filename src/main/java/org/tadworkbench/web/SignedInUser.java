package org.tadworkbench.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;

/**
 * Who is signed in, for every page: the layout offers "Sign in" or "Sign out", and pages show editing forms only to
 * roles that may edit. Showing or hiding a form is a courtesy; {@link SecurityConfiguration} is what refuses the
 * request. Pages get {@code currentUser} (the username) and {@code currentAccount} (the {@link Account}, with its
 * role) in their model; code gets {@link #account()}.
 */
@ControllerAdvice
class SignedInUser {

    private static final Set<String> EDITING_AUTHORITIES = Arrays.stream(SecurityConfiguration.EDITING_ROLES)
            .map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet());

    /** The signed-in user's name, or null for an anonymous reader. */
    @ModelAttribute("currentUser")
    String currentUser() {
        return name();
    }

    /** The signed-in account, or null for an anonymous reader. */
    @ModelAttribute("currentAccount")
    Account currentAccount() {
        return account().orElse(null);
    }

    static String name() {
        Authentication auth = signedIn();
        return auth == null ? null : auth.getName();
    }

    /** The signed-in account (with its role, organisation and party category), if the request has one. */
    static Optional<Account> account() {
        Authentication auth = signedIn();
        if (auth != null && auth.getPrincipal() instanceof OidcAccountPrincipal provided) {
            return Optional.of(provided.account()); // issue 16: signed in through the identity provider
        }
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                ? Optional.of(principal.account()) : Optional.empty();
    }

    /** Whether the request comes from a role that may edit content (drafter, project manager, QA, administrator). */
    static boolean isEditor() {
        Authentication auth = signedIn();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(EDITING_AUTHORITIES::contains);
    }

    /**
     * The signed-in role, read from the granted authority {@code ROLE_<ROLE>} (so it holds for any principal, not
     * only {@link AccountPrincipal}); empty for an anonymous reader.
     */
    static Optional<AccountRole> role() {
        Authentication auth = signedIn();
        if (auth == null) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(AccountRole.values()).filter(r -> r.authority().equals(authority)))
                .findFirst();
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth;
    }
}
