/**
 * Disassembly runs at the bench: a run executes a plan, records each step's outcome, and on
 * completion hands outcomes to learning and results to the passport.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Bench",
        allowedDependencies = {
            "platform",
            "passport",
            "planning",
            "safety",
            "learning",
            "access",
            "audit"
        })
package eu.dbp.bench;
