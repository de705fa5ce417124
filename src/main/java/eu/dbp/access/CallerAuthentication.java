package eu.dbp.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller authenticated by bearer token: an issued JWT, an OIDC token or a machine token. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(AccountUser.authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
