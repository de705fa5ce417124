package eu.dbp.safety;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Qualification levels of DGUV Information 209-093 (series vehicles): an awareness-trained person,
 * an electrotechnically instructed person (1S), a high-voltage expert for de-energised work (2S)
 * and a high-voltage expert for live work and faulty systems (3S).
 */
public enum Qualification {
    S("S"),
    ONE_S("1S"),
    TWO_S("2S"),
    THREE_S("3S");

    private final String label;

    Qualification(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public Qualification max(Qualification other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
