package eu.dbp.passport;

/** Kinds of parts a technician handles in a pack. */
public enum ComponentKind {
    HOUSING,
    LID,
    SEAL,
    SERVICE_DISCONNECT,
    BMS,
    CONTACTOR_BOX,
    JUNCTION_BOX,
    HV_CABLE,
    LV_HARNESS,
    SENSE_HARNESS,
    BUSBAR,
    COOLING_PLATE,
    COOLANT_CIRCUIT,
    REFRIGERANT_CIRCUIT,
    BRACKET,
    MODULE,
    CELL_GROUP,
    THERMAL_PAD,
    FUSE,
    OTHER
}
