package org.tadworkbench.web;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect sign-in (issue 16), {@code tad.oidc.*}. Unset {@code issuer}: no such sign-in, the form alone.
 *
 * @param issuer                the provider's issuer URL; its {@code /.well-known/openid-configuration} is read on first use
 * @param clientId              this workbench's client id at the provider
 * @param clientSecret          and its secret
 * @param name                  the provider as the sign-in button names it: "Sign in with {name}"
 * @param scopes                asked for; default openid, profile, email
 * @param usernameClaim         the claim that becomes the username on the first sign-in; default preferred_username
 * @param displayNameClaim      default name
 * @param organisationClaim     the claim naming the person's organisation, if any
 * @param organisation          else this organisation for everyone from this provider, if set
 * @param partyCategoryClaim    for respondents: the claim holding the SEC Party category (large-supplier...)
 * @param partyCategory         else this category
 * @param roleClaim             the claim (a string or a list of strings, e.g. groups) that {@code roles} maps
 * @param roles                 claim value to role ({@code tad.oidc.roles.tad-drafters=drafter}; values with other
 *                              characters in brackets: {@code tad.oidc.roles[TAD_Drafters]=drafter}); a value the
 *                              claim holds gives its role, none gives no role, two different roles are refused
 */
@ConfigurationProperties("tad.oidc")
record OidcProperties(String issuer, String clientId, String clientSecret, String name, List<String> scopes,
                      String usernameClaim, String displayNameClaim, String organisationClaim, String organisation,
                      String partyCategoryClaim, String partyCategory, String roleClaim, Map<String, String> roles) {

    OidcProperties {
        name = blank(name) ? "your organisation's identity provider" : name.strip();
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim.strip();
        displayNameClaim = blank(displayNameClaim) ? "name" : displayNameClaim.strip();
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    boolean configured() {
        return !blank(issuer);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
