package org.tadworkbench.web;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.Passwords;
import org.tadworkbench.account.SignInThrottle;

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

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager signIn, SignInTarget target) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // Review: editing sections, opening consultations, comments and dispositions (web-comments).
                        .requestMatchers("/sections/*/edit").hasAnyRole(EDITING_ROLES)
                        .requestMatchers("/versions/*/consultation/new", "/versions/*/consultations").hasRole("QUALITY_ASSURANCE")
                        .requestMatchers(HttpMethod.POST, "/versions/*/comments").authenticated()
                        .requestMatchers(HttpMethod.POST, "/comments/*/dispositions", "/consultations/*/comments/import")
                        .hasAnyRole("DRAFTER", "PROJECT_MANAGER", "QUALITY_ASSURANCE")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        // Computing an uploaded list's impact reads, like GET /impact?changed=...; it changes nothing.
                        .requestMatchers(HttpMethod.POST, "/impact").permitAll()
                        .requestMatchers(HttpMethod.POST, "/releases/*/impacts/*/status", "/impact/accept")
                        .hasAnyRole(EDITING_ROLES)
                        // Anything else that changes state: editing roles, until a page's own rule says otherwise.
                        .anyRequest().hasAnyRole(EDITING_ROLES))
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login").successHandler(target).failureHandler(target).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
        return http.build();
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
    AuthenticationManager signIn(AccountStore accounts, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwords.setPasswordEncoder(Passwords.encoder());
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    SignInTarget signInTarget() {
        return new SignInTarget();
    }
}
