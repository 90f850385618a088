package org.tadworkbench.web;

import java.util.Optional;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.tadworkbench.account.SignInThrottle;

/**
 * Password sign-in behind the database-held {@link SignInThrottle}: refused outright while the username or the
 * remote address is throttled (the password is not even checked), failures recorded, success clears them.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Optional<Instant> refused = throttle.refusedUntil(username, address);
        if (refused.isPresent()) {
            throw new SignInThrottledException(refused.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.recordSuccess(username);
            return signedIn;
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the database failed; not the user's fault
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
