package org.tadworkbench.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;

/** MockMvc requests made by a signed-in role, with the authority the real sign-in grants ({@code ROLE_<ROLE>}). */
public final class SignedIn {

    private SignedIn() {
    }

    /** Signed in as {@code username} with {@code role}. */
    public static RequestPostProcessor as(String username, AccountRole role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    /** A drafter: reads the draft in every state. */
    public static RequestPostProcessor drafter() {
        return as("dora", AccountRole.DRAFTER);
    }
}
