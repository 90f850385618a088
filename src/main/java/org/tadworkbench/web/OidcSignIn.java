package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountException;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.PartyCategory;
import org.tadworkbench.account.ProviderIdentity;

/**
 * Sign-in through the organisation's OpenID Connect provider, beside the form (issue 16); present only when
 * {@code tad.oidc.issuer} is set ({@link OidcProperties}). Spring Security runs the authorization code flow and
 * verifies the ID token (signature against the provider's published keys, issuer, audience, expiry, nonce); this
 * class turns the verified claims into the bound account ({@link AccountStore#signInThroughProvider}): created on the
 * first sign-in, its role following the claims on every later one, refused when disabled. The session is the same
 * Spring Session JDBC session as the form's, and tokens are not kept: the workbench calls no API of the provider.
 */
@Component
@ConditionalOnProperty("tad.oidc.issuer")
class OidcSignIn {

    /** The registration id: the button leads to /oauth2/authorization/oidc, the provider back to /login/oauth2/code/oidc. */
    static final String REGISTRATION = "oidc";
    /** The error code of a refusal whose description is written for the person signing in. */
    static final String REFUSED = "tad_sign_in_refused";

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcProperties settings;
    private final Map<String, AccountRole> roles = new java.util.HashMap<>();
    private final AccountStore accounts;
    private final OidcUserService verifier = new OidcUserService();
    private volatile ClientRegistration registration;

    OidcSignIn(Environment environment, AccountStore accounts) {
        this.settings = Binder.get(environment).bindOrCreate("tad.oidc", OidcProperties.class);
        this.accounts = accounts;
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalStateException("tad.oidc.issuer is set: set tad.oidc.client-id (and tad.oidc.client-secret) too");
        }
        if (!settings.roles().isEmpty() && settings.roleClaim() == null) {
            throw new IllegalStateException("tad.oidc.roles is set: name the claim it maps with tad.oidc.role-claim");
        }
        settings.roles().forEach((value, role) -> roles.put(value, AccountRole.parse(role)));
    }

    /** The provider as the sign-in page names it. */
    String name() {
        return settings.name();
    }

    /** Adds the provider's sign-in to the one filter chain; successes and failures end where the form's do. */
    void configure(HttpSecurity http, SignInTarget target) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                this::registration, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(this::registration)
                .authorizedClientRepository(new NotKept())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new KeepingNext(requests)))
                .successHandler((request, response, auth) -> target.onAuthenticationSuccess(KeepingNext.restored(request), response, auth))
                .failureHandler((request, response, e) -> {
                    // Why, for the administrator: for a token that failed Spring's checks the page says only that
                    // the answer could not be verified (OidcSignIn.problem); the log keeps which check it failed.
                    LOG.info("Sign-in through {} refused: {}", settings.issuer(), e.getMessage());
                    target.onAuthenticationFailure(request, response, e);
                }));
    }

    /**
     * Spring's check of the provider's answer (code exchanged for tokens, the ID token verified with the provider's
     * keys, issuer, audience, expiry and nonce), then {@link #signIn}: added to the one authentication manager beside
     * the form's password check, since the filter chain is given that manager rather than building its own.
     */
    AuthenticationProvider authenticationProvider() {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), this::signIn);
    }

    /**
     * The provider's registration, from its discovery document on first use (so the server starts while the provider
     * is unreachable; the button then fails until it answers). Spring checks that the document names this issuer.
     */
    private ClientRegistration registration(String id) {
        if (!REGISTRATION.equals(id)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            try {
                known = ClientRegistrations.fromIssuerLocation(settings.issuer()).registrationId(REGISTRATION)
                        .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                        .scope(settings.scopes()).redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
                registration = known;
            } catch (RuntimeException e) {
                LOG.warn("OpenID Connect provider {} could not be read: {}", settings.issuer(), e.getMessage());
                return null;
            }
        }
        return known;
    }

    /** The verified person as their account, created or brought up to date; refused when it may not sign in. */
    private OidcUser signIn(OidcUserRequest request) {
        OidcUser verified = verifier.loadUser(request);
        ProviderIdentity identity = new ProviderIdentity(verified.getIssuer().toString(), verified.getSubject());
        Account account;
        try {
            account = accounts.signInThroughProvider(identity, claimed(verified.getClaims()));
        } catch (AccountException e) {
            if (e.getCause() instanceof SQLException sql && (sql.getSQLState() == null || !sql.getSQLState().startsWith("23"))) {
                throw new InternalAuthenticationServiceException("account database failed", e);
            }
            throw refused(e.getMessage() + ": ask an administrator.");
        }
        if (!account.enabled()) {
            throw refused("The account " + account.username() + " is disabled.");
        }
        return new OidcAccountPrincipal(account, verified);
    }

    /** The account as the claims describe it: username, display name, role from the mapping, organisation, category. */
    Account claimed(Map<String, Object> claims) {
        String username = text(claims, settings.usernameClaim())
                .orElseThrow(() -> refused("Your identity provider did not give the claim " + settings.usernameClaim()
                        + ", which the workbench takes as your username."));
        AccountRole role = role(claims);
        String organisation = settings.organisationClaim() != null ? text(claims, settings.organisationClaim()).orElse(null)
                : settings.organisation();
        try {
            PartyCategory category = null;
            if (role == AccountRole.RESPONDENT) {
                String given = settings.partyCategoryClaim() != null
                        ? text(claims, settings.partyCategoryClaim()).orElse(null) : settings.partyCategory();
                category = given == null ? null : PartyCategory.parse(given);
            }
            return new Account(username, text(claims, settings.displayNameClaim()).orElse(null), role, organisation,
                    category, true, null);
        } catch (IllegalArgumentException e) {
            throw refused("Your identity provider's details do not make an account: " + e.getMessage() + ".");
        }
    }

    /**
     * The role the claim's values map to; none: no role. Values mapping to two different roles are refused, as an
     * account has one role and no order of the mapping (lost in some property sources) should pick it silently.
     */
    private AccountRole role(Map<String, Object> claims) {
        Object claim = settings.roleClaim() == null ? null : claims.get(settings.roleClaim());
        Collection<?> held = claim instanceof Collection<?> values ? values : claim == null ? List.of() : List.of(claim);
        Set<AccountRole> mapped = held.stream().map(String::valueOf).map(roles::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AccountRole.class)));
        if (mapped.size() > 1) {
            throw refused("Your identity provider's " + settings.roleClaim() + " give several roles ("
                    + mapped.stream().map(AccountRole::code).collect(Collectors.joining(", "))
                    + ") and an account has one: ask an administrator to change the mapping or your groups.");
        }
        return mapped.stream().findFirst().orElse(AccountRole.NONE);
    }

    private static Optional<String> text(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, message, null), message);
    }

    /** Why the sign-in page says a provider's sign-in failed: our refusal as written, else that it could not be verified. */
    static Optional<String> problem(Object failure) {
        if (!(failure instanceof OAuth2AuthenticationException e)) {
            return Optional.empty();
        }
        return Optional.of(REFUSED.equals(e.getError().getErrorCode()) ? e.getError().getDescription()
                : "Your identity provider's answer could not be verified, so you are not signed in. Try again, or sign in"
                        + " with a username and password.");
    }

    /**
     * The page the person signed in from, as the form's {@code next} carries it: the link to the provider passes it
     * ({@code /oauth2/authorization/oidc?next=/outline}), it waits in the session during the round trip, and the
     * success handler reads it as the form's parameter ({@link SignInTarget#localPath} decides it is one of ours).
     */
    private static final class KeepingNext implements OAuth2AuthorizationRequestResolver {

        private static final String ATTRIBUTE = OidcSignIn.class.getName() + ".next";

        private final OAuth2AuthorizationRequestResolver resolver;

        KeepingNext(OAuth2AuthorizationRequestResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            return keep(request, resolver.resolve(request));
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            return keep(request, resolver.resolve(request, registrationId));
        }

        private static OAuth2AuthorizationRequest keep(HttpServletRequest request, OAuth2AuthorizationRequest resolved) {
            if (resolved != null) {
                String next = SignInTarget.localPath(request.getParameter(SignInTarget.NEXT));
                if (next != null) {
                    request.getSession().setAttribute(ATTRIBUTE, next);
                } else if (request.getSession(false) != null) {
                    request.getSession(false).removeAttribute(ATTRIBUTE);
                }
            }
            return resolved;
        }

        /** The callback request, answering {@code next} with the page kept when the person left for the provider. */
        static HttpServletRequest restored(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            Object next = session == null ? null : session.getAttribute(ATTRIBUTE);
            if (!(next instanceof String path)) {
                return request;
            }
            session.removeAttribute(ATTRIBUTE);
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getParameter(String name) {
                    return SignInTarget.NEXT.equals(name) ? path : super.getParameter(name);
                }
            };
        }
    }

    /** The provider's tokens are not kept: nothing after sign-in calls the provider. */
    private static final class NotKept implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String id, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String id, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
