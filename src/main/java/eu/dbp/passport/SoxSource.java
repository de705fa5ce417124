package eu.dbp.passport;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest SoX values and lifetime aggregates of a battery, supplied by the telemetry module
 * (which depends on this one) so that a {@link PackView} can carry them.
 */
public interface SoxSource {

    /**
     * @param batteryKey the battery's internal key, see {@link PassportService#batteryKey(String)}
     */
    Optional<PackView.Sox> latest(long batteryKey);

    /** The same for several batteries; those without readings are absent from the map. */
    default Map<Long, PackView.Sox> latest(Collection<Long> batteryKeys) {
        Map<Long, PackView.Sox> found = new HashMap<>();
        batteryKeys.forEach(key -> latest(key).ifPresent(sox -> found.put(key, sox)));
        return found;
    }
}
