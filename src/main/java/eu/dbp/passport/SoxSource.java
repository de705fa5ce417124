package eu.dbp.passport;

import java.util.Optional;

/**
 * The latest SoX values and lifetime aggregates of a battery, supplied by the telemetry module
 * (which depends on this one) so that a {@link PackView} can carry them.
 */
public interface SoxSource {

    /** @param batteryKey the battery's internal key, see {@link PassportService#batteryKey(String)} */
    Optional<PackView.Sox> latest(long batteryKey);
}
