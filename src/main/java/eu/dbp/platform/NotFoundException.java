package eu.dbp.platform;

/** A named resource that does not exist (or that the caller may not know exists): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
