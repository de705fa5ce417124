package eu.dbp.platform;

/**
 * The request clashes with the current state: a stale version, a duplicate, a closed passport: 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String kind, Object id, long expectedVersion) {
        return new ConflictException(
                kind
                        + " "
                        + id
                        + " was changed by someone else: version "
                        + expectedVersion
                        + " is no longer current; reload and try again");
    }
}
