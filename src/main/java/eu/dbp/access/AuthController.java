package eu.dbp.access;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Token issue for password accounts, and who the caller is. */
@RestController
class AuthController {

    private final Tokens tokens;
    private final AccessLog accessLog;

    AuthController(Tokens tokens, AccessLog accessLog) {
        this.tokens = tokens;
        this.accessLog = accessLog;
    }

    /** Exchanges Basic credentials for a short-lived bearer token. */
    @PostMapping("/api/v1/auth/token")
    ResponseEntity<Tokens.IssuedToken> token() {
        Caller caller = Callers.current();
        Tokens.IssuedToken issued = tokens.issue(caller);
        accessLog.change(caller, "TOKEN_ISSUED", null, "expires " + issued.expiresAt());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(issued);
    }

    record Me(
            String name,
            String organisation,
            String kind,
            Set<String> roles,
            Set<String> permissions) {}

    @GetMapping("/api/v1/access/me")
    Me me() {
        Caller caller = Callers.current();
        return new Me(
                caller.name(),
                caller.organisation(),
                caller.kind().name(),
                new TreeSet<>(caller.roles()),
                new TreeSet<>(caller.permissions()));
    }
}
