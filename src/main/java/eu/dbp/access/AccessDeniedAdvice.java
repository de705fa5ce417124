package eu.dbp.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals raised by method security inside a handler get the same 401/403 answer and access log
 * entry as refusals of the filter chain, instead of reaching the generic error handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class AccessDeniedAdvice {

    private final RefusalHandlers refusals;

    AccessDeniedAdvice(RefusalHandlers refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        refusals.handle(request, response, e);
    }
}
