package eu.dbp.passport;

/** Drive of a fastener head, which decides the tool. */
public enum Drive {
    HEX,
    TORX,
    PHILLIPS,
    POZIDRIV,
    SLOTTED,
    HEX_SOCKET,
    NONE
}
