package eu.dbp.passport;

/** Annex XIII 4(c) status values, exactly the regulation's; recycling ends the passport instead. */
public enum BatteryStatus {
    ORIGINAL,
    REPURPOSED,
    REUSED,
    REMANUFACTURED,
    WASTE
}
