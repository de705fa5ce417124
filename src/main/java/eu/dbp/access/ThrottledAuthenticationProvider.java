package eu.dbp.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Password login for built-in accounts, slowed down after repeated failures: a locked name is
 * refused before its password is even checked, so guessing gains nothing while the lock lasts.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccessLog accessLog;

    ThrottledAuthenticationProvider(
            DaoAuthenticationProvider passwords, LoginThrottle throttle, AccessLog accessLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accessLog = accessLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.lockedUntil(username).isPresent()) {
            accessLog.login(username, "LOCKED");
            throw new LockedException("Too many failed logins; try again later");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            accessLog.login(username, "LOGIN_FAILED");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
