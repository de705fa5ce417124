package eu.dbp.passport;

/** Cathode chemistries; the anode is graphite unless the cell model says otherwise. */
public enum Chemistry {
    NMC111,
    NMC532,
    NMC622,
    NMC712,
    NMC811,
    NCA,
    LFP,
    LMFP,
    LMO,
    LCO,
    SODIUM_ION,
    OTHER
}
