package org.tadworkbench.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for every page: the layout offers "Sign in" or "Sign out", and pages show editing forms only to
 * an editor. Showing or hiding a form is a courtesy; {@link SecurityConfiguration} is what refuses the request.
 */
@ControllerAdvice
class SignedInUser {

    /** The signed-in user's name, or null for an anonymous reader. */
    @ModelAttribute("currentUser")
    String currentUser() {
        return name();
    }

    static String name() {
        Authentication auth = signedIn();
        return auth == null ? null : auth.getName();
    }

    /** Whether the request comes from a signed-in editor. */
    static boolean isEditor() {
        Authentication auth = signedIn();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + SecurityConfiguration.EDITOR)::equals);
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth;
    }
}
