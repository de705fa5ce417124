package eu.dbp.planning;

/** How far to take a pack apart: to its modules, or down to its cells. */
public enum Depth {
    MODULE,
    CELL
}
