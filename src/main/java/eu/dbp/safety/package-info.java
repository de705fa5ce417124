/**
 * Hazard assessment, the gate, lock-out/tag-out and isolation prompts, PPE and warnings: pure
 * functions over a {@link eu.dbp.passport.PackView}, with their thresholds as data.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"platform", "passport"})
package eu.dbp.safety;
