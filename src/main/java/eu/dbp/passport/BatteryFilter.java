package eu.dbp.passport;

/**
 * Filters of the battery list; every one is optional.
 *
 * @param text matches the identifier or the model, case-insensitively, anywhere in the string
 */
public record BatteryFilter(
        BatteryCategory category,
        Chemistry chemistry,
        BatteryStatus status,
        String manufacturer,
        String text) {

    public static BatteryFilter none() {
        return new BatteryFilter(null, null, null, null, null);
    }
}
