package eu.dbp.platform;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail. Field-level problems carry an
 * {@code errors} list naming each field and the rule it broke, so that a client can point at the
 * bad input; nothing here ever answers bad input with a 500.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@RestControllerAdvice(basePackages = "eu.dbp")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final URI VALIDATION = URI.create("urn:dbp:problem:validation");
    static final URI MALFORMED = URI.create("urn:dbp:problem:malformed-request");
    static final URI NOT_FOUND = URI.create("urn:dbp:problem:not-found");
    static final URI CONFLICT = URI.create("urn:dbp:problem:conflict");
    static final URI CONSTRAINT = URI.create("urn:dbp:problem:constraint-violation");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                VALIDATION,
                "Invalid input",
                e.getMessage(),
                e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldViolation> violations =
                e.getConstraintViolations().stream().map(FieldViolation::of).toList();
        return problem(
                HttpStatus.BAD_REQUEST,
                VALIDATION,
                "Invalid input",
                "The request breaks " + violations.size() + " rule(s)",
                violations);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected =
                e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        FieldViolation violation =
                new FieldViolation(
                        e.getName(),
                        "type " + expected,
                        "'" + e.getValue() + "' is not a valid " + expected);
        return problem(
                HttpStatus.BAD_REQUEST,
                MALFORMED,
                "Malformed request",
                violation.message(),
                List.of(violation));
    }

    /**
     * The database is the last line of defence: a value that slipped past the edge still breaks a
     * CHECK, NOT NULL, foreign-key or unique constraint, and that is bad input, not a crash.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        Optional<ServerErrorMessage> server = serverMessage(e);
        String state = server.map(ServerErrorMessage::getSQLState).orElse("");
        String table = server.map(ServerErrorMessage::getTable).orElse(null);
        String constraint = server.map(ServerErrorMessage::getConstraint).orElse(null);
        String column = server.map(ServerErrorMessage::getColumn).orElse(null);
        String field = DatabaseFields.field(table, column, constraint);

        if ("23505".equals(state)) {
            String detail = "A record with the same " + field + " already exists";
            return problem(
                    HttpStatus.CONFLICT,
                    CONFLICT,
                    "Conflict",
                    detail,
                    List.of(new FieldViolation(field, "unique", detail)));
        }
        String rule =
                switch (state) {
                    case "23502" -> "required";
                    case "23503" -> "reference";
                    case "23514" -> "check " + Optional.ofNullable(constraint).orElse("?");
                    default -> "constraint";
                };
        String detail =
                switch (state) {
                    case "23502" -> field + " is required";
                    case "23503" ->
                            field + " refers to a record that does not exist or is still in use";
                    default ->
                            field
                                    + " breaks the database rule "
                                    + Optional.ofNullable(constraint).orElse(state);
                };
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                CONSTRAINT,
                "Invalid input",
                detail,
                List.of(new FieldViolation(field, rule, detail)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                VALIDATION,
                "Invalid input",
                "The request breaks " + e.getBindingResult().getErrorCount() + " rule(s)",
                violations(e.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(
                        result ->
                                result.getResolvableErrors()
                                        .forEach(
                                                error -> {
                                                    String name =
                                                            result.getMethodParameter()
                                                                    .getParameterName();
                                                    String[] codes = error.getCodes();
                                                    String rule =
                                                            codes == null || codes.length == 0
                                                                    ? "invalid"
                                                                    : codes[codes.length - 1];
                                                    violations.add(
                                                            new FieldViolation(
                                                                    name,
                                                                    rule,
                                                                    error.getDefaultMessage()));
                                                }));
        return problem(
                HttpStatus.BAD_REQUEST,
                VALIDATION,
                "Invalid input",
                "The request breaks " + violations.size() + " rule(s)",
                violations);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                MALFORMED,
                "Malformed request",
                describe(e),
                List.of(new FieldViolation(jsonPath(e), "readable JSON", describe(e))));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e) {
        log.error("Unhandled error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                URI.create("urn:dbp:problem:internal"),
                "Internal error",
                "The server could not complete the request",
                List.of());
    }

    static ResponseEntity<Object> problem(
            HttpStatus status,
            URI type,
            String title,
            String detail,
            List<FieldViolation> violations) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        if (!violations.isEmpty()) {
            body.setProperty("errors", violations);
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static List<FieldViolation> violations(BindingResult result) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            violations.add(
                    new FieldViolation(
                            error.getField(),
                            String.valueOf(error.getCode()),
                            error.getField() + " " + error.getDefaultMessage()));
        }
        result.getGlobalErrors()
                .forEach(
                        error ->
                                violations.add(
                                        new FieldViolation(
                                                error.getObjectName(),
                                                String.valueOf(error.getCode()),
                                                error.getDefaultMessage())));
        return violations;
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson) {
            return "The body is not a valid document: " + jackson.getOriginalMessage();
        }
        return "The body is missing or is not valid JSON";
    }

    private static String jsonPath(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return JsonPaths.of(databind.getPath());
        }
        return "$";
    }

    private static Optional<ServerErrorMessage> serverMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.of(psql.getServerErrorMessage());
            }
            if (t instanceof SQLException sql
                    && sql.getNextException() != null
                    && sql.getNextException() instanceof PSQLException next
                    && next.getServerErrorMessage() != null) {
                return Optional.of(next.getServerErrorMessage());
            }
        }
        return Optional.empty();
    }
}
