package eu.dbp.passport;

/** Thermal and safety events recorded for a battery (Annex XIII 4(d) negative events). */
public enum EventType {
    ACCIDENT,
    OVERHEATING,
    DEEP_DISCHARGE,
    OVERCHARGE,
    SWELLING,
    WATER_EXPOSURE,
    EXTREME_TEMPERATURE,
    ABNORMAL_SELF_DISCHARGE,
    CELL_VOLTAGE_SPREAD,
    MECHANICAL_DAMAGE,
    THERMAL_RUNAWAY,
    ISOLATION_FAULT,
    ELECTROLYTE_LEAK
}
