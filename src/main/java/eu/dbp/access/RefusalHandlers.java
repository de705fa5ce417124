package eu.dbp.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers refused API requests with a problem detail (401 for nobody, 403 for a caller without the
 * right) and records each refusal in the access log.
 */
@Component
class RefusalHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AccessLog accessLog;

    RefusalHandlers(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        accessLog.refused(
                Caller.ANONYMOUS, request, "UNAUTHENTICATED", e.getClass().getSimpleName());
        response.setHeader("WWW-Authenticate", "Basic realm=\"dbp\", Bearer");
        write(response, HttpStatus.UNAUTHORIZED, "Authentication is required for this resource.");
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Caller caller = Callers.current();
        if (caller.anonymous()) {
            accessLog.refused(caller, request, "UNAUTHENTICATED", e.getClass().getSimpleName());
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Authentication is required for this resource.");
            return;
        }
        accessLog.refused(caller, request, "DENIED", e.getClass().getSimpleName());
        write(response, HttpStatus.FORBIDDEN, "You may not do this to this resource.");
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write(
                        "{\"type\":\"about:blank\",\"title\":\""
                                + status.getReasonPhrase()
                                + "\",\"status\":"
                                + status.value()
                                + ",\"detail\":\""
                                + detail
                                + "\"}");
    }
}
