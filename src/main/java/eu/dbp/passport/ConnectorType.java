package eu.dbp.passport;

/** Connector types. */
public enum ConnectorType {
    HV_MAIN,
    HV_INTERLOCK,
    SERVICE_DISCONNECT,
    LV_SIGNAL,
    LV_SUPPLY,
    SENSE_LEAD,
    CHARGE_PORT,
    COOLANT_COUPLING
}
