package eu.dbp.passport;

/** Voltage class of a connector: HV is above 60 V DC (ECE R100, DGUV 209-093). */
public enum VoltageClass {
    NONE,
    LV,
    HV
}
