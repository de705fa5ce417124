package eu.dbp.safety;

/** How dangerous it is to work on a pack, in increasing order. */
public enum RiskLevel {
    LOW,
    ELEVATED,
    HIGH,
    CRITICAL;

    public RiskLevel max(RiskLevel other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
