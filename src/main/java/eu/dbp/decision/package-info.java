/**
 * Routes (repair, module replacement, repurpose, cell harvesting, recycling) ranked by rules and
 * thresholds held as data, with yields, values and the ML feature export.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Decision",
        allowedDependencies = {
            "platform",
            "passport",
            "safety",
            "learning",
            "telemetry",
            "access",
            "audit"
        })
package eu.dbp.decision;
