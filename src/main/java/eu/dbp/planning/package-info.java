/**
 * The precedence graph of a pack's design, step ordering to the requested depth, estimates (from
 * learning), the plan document and its PDF. Knows nothing of runs in progress.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Planning",
        allowedDependencies = {"platform", "passport", "safety", "learning"})
package eu.dbp.planning;
