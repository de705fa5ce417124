package eu.dbp.dashboard;

import eu.dbp.platform.ConflictException;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the dashboard's pages become a friendly page in the user's language, not the API's
 * problem details: an unknown battery is a 404 page with a way back to the list.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ControllerAdvice(basePackageClasses = DashboardErrors.class)
class DashboardErrors {

    private static final Logger log = LoggerFactory.getLogger(DashboardErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", e.getMessage());
    }

    @ExceptionHandler(RestrictedException.class)
    ModelAndView restricted(RestrictedException e) {
        ModelAndView page = page(HttpStatus.FORBIDDEN, "error.restricted", null);
        page.addObject("publicId", e.identifier());
        return page;
    }

    @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView invalid(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "error.invalid", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, "error.conflict", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
            return page(HttpStatus.valueOf(answer.getStatusCode().value()), "error.invalid", null);
        }
        log.error("Dashboard page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", null);
    }

    private static ModelAndView page(HttpStatus status, String messageKey, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("detail", detail);
        return page;
    }
}
