package eu.dbp.platform;

/**
 * Names the field behind a database constraint violation. PostgreSQL names an inline CHECK {@code
 * <table>_<column>_check}; NOT NULL violations report the column itself. The result is {@code
 * table.column}, or the constraint name when no column can be told.
 */
final class DatabaseFields {

    private DatabaseFields() {}

    static String field(String table, String column, String constraint) {
        if (column != null) {
            return qualified(table, column);
        }
        if (constraint == null) {
            return table == null ? "$" : table;
        }
        String name = constraint;
        if (table != null && name.startsWith(table + "_")) {
            name = name.substring(table.length() + 1);
        }
        for (String suffix : new String[] {"_check", "_fkey", "_key", "_pkey"}) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return qualified(table, name);
    }

    private static String qualified(String table, String column) {
        return table == null ? column : table + "." + column;
    }
}
