package eu.dbp.passport;

/** Battery categories of Art. 3; EV, LMT and industrial batteries above 2 kWh need a passport. */
public enum BatteryCategory {
    EV,
    LMT,
    INDUSTRIAL,
    STATIONARY,
    SLI,
    PORTABLE
}
