package eu.dbp.dashboard;

/** The user may not see the restricted part of this battery's passport. */
class RestrictedException extends RuntimeException {

    private final String identifier;

    RestrictedException(String identifier) {
        super("restricted data of battery " + identifier);
        this.identifier = identifier;
    }

    String identifier() {
        return identifier;
    }
}
