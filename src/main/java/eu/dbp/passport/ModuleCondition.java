package eu.dbp.passport;

/** Condition of a module through its lives. */
public enum ModuleCondition {
    IN_SERVICE,
    REPLACED,
    REMOVED,
    REUSABLE,
    REPURPOSABLE,
    DAMAGED,
    RECYCLED
}
