package eu.dbp.access;

/** Reads the battery identifier and sub-resource out of {@code /api/v1/batteries/...} paths. */
final class BatteryPaths {

    static final String PREFIX = "/api/v1/batteries/";

    private BatteryPaths() {}

    /** The identifier in the path, or {@code null} if the path names no single battery. */
    static String identifier(String uri) {
        if (uri == null || !uri.startsWith(PREFIX)) {
            return null;
        }
        String rest = uri.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return id.isEmpty() ? null : id;
    }

    /** The first segment after the identifier, e.g. {@code events}; {@code null} if none. */
    static String subResource(String uri) {
        String id = identifier(uri);
        if (id == null) {
            return null;
        }
        String rest = uri.substring(PREFIX.length() + id.length());
        if (rest.length() <= 1) {
            return null;
        }
        rest = rest.substring(1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
