/**
 * What past runs teach: time distributions per pack model and step, failure rates per fastener
 * class, steps flagged for review. Knows nothing of who recorded the outcomes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Learning",
        allowedDependencies = {"platform"})
package eu.dbp.learning;
