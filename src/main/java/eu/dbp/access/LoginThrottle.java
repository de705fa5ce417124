package eu.dbp.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username in PostgreSQL, so that every instance sees the same count.
 * After {@code maxFailures} failures in a row the name is locked; each further failure doubles the
 * lock period up to {@code maxLockout}. A successful login clears the count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties.Login policy;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.policy = properties.login();
    }

    Optional<Instant> lockedUntil(String username) {
        return jdbc.sql(
                        """
                select locked_until from login_throttle
                where username = :username and locked_until > now()""")
                .param("username", key(username))
                .query(Instant.class)
                .optional();
    }

    void failed(String username) {
        jdbc.sql(
                        """
                insert into login_throttle as t (username, failures, last_failure_at, locked_until)
                values (:username, 1, now(), null)
                on conflict (username) do update set
                    failures = t.failures + 1,
                    last_failure_at = now(),
                    locked_until = case when t.failures + 1 >= :max
                        then now() + least(:base * power(2, t.failures + 1 - :max),
                                           :cap) * interval '1 millisecond'
                        else t.locked_until end""")
                .param("username", key(username))
                .param("max", policy.maxFailures())
                .param("base", (double) policy.lockout().toMillis())
                .param("cap", (double) policy.maxLockout().toMillis())
                .update();
    }

    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where username = :username")
                .param("username", key(username))
                .update();
    }

    Duration maxLockout() {
        return policy.maxLockout();
    }

    private static String key(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
