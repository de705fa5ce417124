package eu.dbp.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A built-in account as Spring Security sees it during and after a password login. */
final class AccountUser implements UserDetails {

    private final Caller caller;
    private final String passwordHash;
    private final boolean enabled;

    AccountUser(Caller caller, String passwordHash, boolean enabled) {
        this.caller = caller;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(caller);
    }

    static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> out = new ArrayList<>();
        caller.roles().forEach(role -> out.add(new SimpleGrantedAuthority("ROLE_" + role)));
        caller.permissions().forEach(p -> out.add(new SimpleGrantedAuthority(p)));
        return out;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountUser[" + caller.name() + "@" + caller.organisation() + "]";
    }
}
