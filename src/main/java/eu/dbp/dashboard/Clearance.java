package eu.dbp.dashboard;

/**
 * What the signed-in user may see and do on one battery, as the access module decides it.
 *
 * @param restricted may read the legitimate-interest tier (status, design, history, SoX)
 * @param authority may read the authority tier (compliance test reports)
 * @param dismantle may record disassembly of this battery at the bench
 */
record Clearance(boolean restricted, boolean authority, boolean dismantle) {}
