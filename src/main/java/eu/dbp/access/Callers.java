package eu.dbp.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Caller} out of whatever authentication the filter chain produced. */
final class Callers {

    private Callers() {}

    static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Caller of(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Caller.ANONYMOUS;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Caller caller) {
            return caller;
        }
        if (principal instanceof AccountUser user) {
            return user.caller();
        }
        return Caller.ANONYMOUS;
    }
}
