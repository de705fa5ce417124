package eu.dbp.dashboard;

import eu.dbp.access.BatteryAccess;
import org.springframework.stereotype.Component;

/**
 * Asks the access module what the current user may see: per battery, or for a whole list at once.
 */
@Component
class Clearances {

    private final BatteryAccess access;

    Clearances(BatteryAccess access) {
        this.access = access;
    }

    Clearance of(String identifier) {
        boolean restricted = access.canRead(identifier, "LEGITIMATE_INTEREST");
        return new Clearance(
                restricted,
                restricted && access.canRead(identifier, "AUTHORITY"),
                restricted && access.canWrite(identifier, "DISASSEMBLY"));
    }

    /** The batteries among these whose restricted tier the current user may read, in one go. */
    java.util.Set<String> restricted(java.util.Collection<String> identifiers) {
        return access.readable(identifiers, "LEGITIMATE_INTEREST");
    }

    /** Refuses a screen that shows restricted data to a user who may not read it. */
    Clearance requireRestricted(String identifier) {
        Clearance clearance = of(identifier);
        if (!clearance.restricted()) {
            throw new RestrictedException(identifier);
        }
        return clearance;
    }
}
