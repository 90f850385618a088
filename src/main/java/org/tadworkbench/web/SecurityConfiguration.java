package org.tadworkbench.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reading is open to everyone who can reach the server (SEC Parties comment on published text); changing anything
 * (an impact row's status, accepting a Modification Proposal's impacts) needs a signed-in editor. The editor's
 * password comes from TAD_EDITOR_PASSWORD (property tad.editor-password); without one, a random password is
 * made at start-up and logged once, so a fresh checkout is never open for writing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String EDITOR = "EDITOR";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        // Computing an uploaded list's impact reads, like GET /impact?changed=...; it changes nothing.
                        .requestMatchers(HttpMethod.POST, "/impact").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users(@Value("${tad.editor-user:editor}") String user,
                             @Value("${tad.editor-password:${TAD_EDITOR_PASSWORD:}}") String password) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String chosen = password;
        if (chosen == null || chosen.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            chosen = HexFormat.of().formatHex(random);
            LOG.warn("No TAD_EDITOR_PASSWORD set: editor '{}' may sign in with the one-off password {}", user, chosen);
        }
        return new InMemoryUserDetailsManager(User.withUsername(user).password(encoder.encode(chosen)).roles(EDITOR).build());
    }
}
