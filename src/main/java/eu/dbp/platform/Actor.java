package eu.dbp.platform;

/**
 * Who is acting in the current request, as far as the audit trail and ownership checks need to
 * know: a user or machine client, the organisation it acts for, and the request id.
 *
 * @param principal account name or machine-client name; {@code anonymous} or {@code system}
 * @param organisation organisation code, or {@code null} for anonymous callers
 * @param requestId the id of the HTTP request (header {@code X-Request-Id}), or a generated one
 */
public record Actor(String principal, String organisation, String requestId) {

    public static Actor system(String requestId) {
        return new Actor("system", null, requestId);
    }
}
