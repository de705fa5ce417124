/**
 * Accounts, machine clients, roles and permissions, legitimate-interest grants, the Annex XIII
 * attribute tier map and authentication. Asks the passport module who owns a battery through {@link
 * eu.dbp.access.BatteryOwnership}, never by reading its tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Access",
        allowedDependencies = {"platform", "audit"})
package eu.dbp.access;
