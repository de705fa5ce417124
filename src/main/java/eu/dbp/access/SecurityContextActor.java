package eu.dbp.access;

import eu.dbp.platform.ActingAs;
import eu.dbp.platform.Actor;
import eu.dbp.platform.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The actor of the current request, from the security context and the request id. Work that acts
 * for an organisation outside a request ({@link ActingAs}) is that actor; anything else outside a
 * request (start-up, scheduled work) is {@code system}.
 */
@Component
class SecurityContextActor implements CurrentActor {

    @Override
    public Actor get() {
        java.util.Optional<Actor> acting = ActingAs.current();
        if (acting.isPresent()) {
            return acting.get();
        }
        Caller caller = Callers.current();
        String requestId = requestId();
        if (requestId == null) {
            return caller.anonymous()
                    ? Actor.system("system-" + UUID.randomUUID())
                    : new Actor(caller.name(), caller.organisation(), "local-" + UUID.randomUUID());
        }
        return new Actor(caller.name(), caller.organisation(), requestId);
    }

    static String requestId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes sra) {
            HttpServletRequest request = sra.getRequest();
            Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
            return id == null ? null : id.toString();
        }
        return null;
    }
}
