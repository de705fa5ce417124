package eu.dbp.decision;

/** Recycling processes (domain.md 4.4); direct recycling needs a chemistry-pure, intact feed. */
public enum RecyclingProcess {
    DIRECT,
    HYDROMETALLURGICAL,
    PYROMETALLURGICAL
}
