package org.tadworkbench.web;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.Passwords;
import org.tadworkbench.account.SignInThrottle;
import org.tadworkbench.redline.HtmlRedline;
import org.tadworkbench.review.ImpactStatusRoles;
import org.tadworkbench.review.Workflow;

/**
 * Reading is open to everyone who can reach the server (SEC Parties comment on published text); changing anything
 * needs a signed-in account whose role may change content ({@link #EDITING_ROLES}). Accounts live in the database
 * ({@link AccountStore}, created with {@code tad users add}); there is no default password. Each role is the
 * authority {@code ROLE_<ROLE>}, so rules read {@code hasRole("TABASC_CHAIR")} and methods may use
 * {@code @PreAuthorize}. Sign-in is our own page at /login, throttled in the database by {@link SignInThrottle};
 * sessions are Spring Session JDBC's, so every instance on the database shares them. CSRF protection is on.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** The roles that may change the TAD's content and impact registers. */
    static final String[] EDITING_ROLES = {AccountRole.DRAFTER.name(), AccountRole.PROJECT_MANAGER.name(),
            AccountRole.QUALITY_ASSURANCE.name(), AccountRole.ADMINISTRATOR.name()};
    /** The roles that read the audit trail: SECAS, the TABASC and administrators. */
    static final String[] AUDIT_ROLES = {AccountRole.DRAFTER.name(), AccountRole.PROJECT_MANAGER.name(),
            AccountRole.QUALITY_ASSURANCE.name(), AccountRole.TABASC_CHAIR.name(), AccountRole.TABASC_MEMBER.name(),
            AccountRole.ADMINISTRATOR.name()};
    /** The roles that take some workflow step ({@link Workflow} decides which, per state). */
    static final String[] WORKFLOW_ROLES = Workflow.transitions().stream().flatMap(t -> t.roles().stream())
            .distinct().sorted().map(AccountRole::name).toArray(String[]::new);
    /** The roles that may give some impact row some status ({@link ImpactStatusRoles} says which, per status). */
    static final String[] IMPACT_STATUS_ROLES = ImpactStatusRoles.anyChange().stream().map(AccountRole::name)
            .toArray(String[]::new);
    /**
     * Every role but {@link AccountRole#NONE} (issue 16): what "signed in" means for commenting. An account of the
     * identity provider whose claims map to no role is signed in, yet may do no more than an anonymous reader.
     */
    static final String[] SIGNED_IN_ROLES = java.util.Arrays.stream(AccountRole.values()).filter(r -> r != AccountRole.NONE)
            .map(AccountRole::name).toArray(String[]::new);
    /** The roles that replace the plan from an MS Project file: project managers and administrators. */
    static final String[] PLAN_IMPORT_ROLES = PlanImportController.IMPORT_ROLES.stream().map(AccountRole::name)
            .sorted().toArray(String[]::new);
    private static final String[] AUDIT_PAGES = {"/audit", "/audit.csv", "/audit.json"};
    /**
     * Every response's Content-Security-Policy. The pages run no script and load everything from the workbench itself
     * (their stylesheet, the diagrams and charts as images), so nothing else is allowed: injected markup can neither
     * run script nor style the page, nor frame it, post a form elsewhere or rebase its links. The one exception is
     * the redline page, served self-contained as {@code tad diff} writes it: its fixed stylesheet is allowed by its
     * hash, which admits that exact text and nothing else (no style attribute, no other style element).
     * Referrer-Policy same-origin: our own links keep the referrer, but no other site learns the workbench's address
     * or which draft version, section or consultation a reader came from; strict-origin-when-cross-origin would
     * still send the server's origin to every linked site.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + HtmlRedline.styleHashSource() + "; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager signIn, SignInTarget target,
                            ObjectProvider<OidcSignIn> oidc) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, AUDIT_PAGES).hasAnyRole(AUDIT_ROLES)
                        // Review: editing sections, opening consultations, comments and dispositions (web-comments).
                        .requestMatchers("/sections/*/edit", "/versions/earlier").hasAnyRole(EDITING_ROLES)
                        .requestMatchers("/versions/*/consultation/new", "/versions/*/consultations").hasRole("QUALITY_ASSURANCE")
                        .requestMatchers(HttpMethod.POST, "/versions/*/comments").hasAnyRole(SIGNED_IN_ROLES)
                        // A reviewer's Word file: whoever may comment (the store's rule), for their organisation.
                        .requestMatchers(HttpMethod.POST, "/versions/*/comments/word", "/consultations/*/comments/word").hasAnyRole(SIGNED_IN_ROLES)
                        // A proposed change merged by hand: for those who edit sections, as the edit form.
                        .requestMatchers("/comments/*/apply").hasAnyRole(EDITING_ROLES)
                        .requestMatchers(HttpMethod.POST, "/comments/*/dispositions", "/consultations/*/comments/import")
                        .hasAnyRole(Workflow.DISPOSERS.stream().map(Enum::name).toArray(String[]::new))
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        // Computing an uploaded list's impact reads, like GET /impact?changed=...; it changes nothing.
                        .requestMatchers(HttpMethod.POST, "/impact").permitAll()
                        .requestMatchers(HttpMethod.POST, "/releases/*/impacts/*/status").hasAnyRole(IMPACT_STATUS_ROLES)
                        .requestMatchers(HttpMethod.POST, "/impact/accept").hasAnyRole(EDITING_ROLES)
                        // The plan from MS Project: the dry run and its apply, for whoever keeps the plan.
                        .requestMatchers(HttpMethod.POST, "/plan/import", "/plan/import/apply").hasAnyRole(PLAN_IMPORT_ROLES)
                        .requestMatchers(HttpMethod.POST, "/versions/*/decision").hasRole(AccountRole.TABASC_CHAIR.name())
                        .requestMatchers(HttpMethod.POST, "/versions/*/go-live").hasRole(AccountRole.QUALITY_ASSURANCE.name())
                        .requestMatchers(HttpMethod.POST, "/versions/*/state").hasAnyRole(WORKFLOW_ROLES)
                        // Anything else that changes state: editing roles, until a page's own rule says otherwise.
                        .anyRequest().hasAnyRole(EDITING_ROLES))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login").successHandler(target).failureHandler(target).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Issue 16: sign-in through the organisation's identity provider, only when tad.oidc.issuer is set.
        OidcSignIn provider = oidc.getIfAvailable();
        if (provider != null) {
            provider.configure(http, target);
        }
        return http.build();
    }

    /**
     * An anonymous request that needs a role is sent to sign in, except the audit trail, which is refused outright
     * (403 page) like for any reader without an auditing role.
     */
    private static AuthenticationEntryPoint entryPoint() {
        RequestMatcher audit = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/audit*");
        AuthenticationEntryPoint refuse = new Http403ForbiddenEntryPoint();
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> (audit.matches(request) ? refuse : signIn).commence(request, response, e);
    }

    @Bean
    @DependsOnDatabaseInitialization
    AccountStore accountStore(DataSource dataSource) {
        return new AccountStore(dataSource);
    }

    @Bean
    @DependsOnDatabaseInitialization
    SignInThrottle signInThrottle(DataSource dataSource,
                                  @Value("${tad.sign-in.max-failures:5}") int maxFailures,
                                  @Value("${tad.sign-in.window:15m}") Duration window) {
        return new SignInThrottle(dataSource, Clock.systemUTC(), maxFailures, window);
    }

    @Bean
    AuthenticationManager signIn(AccountStore accounts, SignInThrottle throttle, ObjectProvider<OidcSignIn> oidc) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwords.setPasswordEncoder(Passwords.encoder());
        java.util.List<AuthenticationProvider> providers = new java.util.ArrayList<>();
        providers.add(new ThrottledAuthenticationProvider(passwords, throttle));
        // Issue 16: the identity provider's ID tokens, verified, when tad.oidc.issuer is set (OidcSignIn).
        oidc.ifAvailable(provider -> providers.add(provider.authenticationProvider()));
        return new ProviderManager(providers);
    }

    @Bean
    SignInTarget signInTarget() {
        return new SignInTarget();
    }
}
