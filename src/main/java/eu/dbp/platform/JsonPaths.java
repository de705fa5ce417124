package eu.dbp.platform;

import java.util.List;
import tools.jackson.databind.DatabindException;

/**
 * Renders Jackson's reference path as the dotted path a client wrote, e.g. {@code
 * modules[2].serialNumber}.
 */
final class JsonPaths {

    private JsonPaths() {}

    static String of(List<DatabindException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (DatabindException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "$" : out.toString();
    }
}
