/**
 * The append-only, hash-chained change log and its verification. Records what it is given; knows
 * nothing of what the changes mean.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"platform"})
package eu.dbp.audit;
