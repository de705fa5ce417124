/**
 * The battery's record: identity, status and the regulation's lifecycle transitions, the design
 * tree, the material chain, production, tests, events, service, logistics, end of life and
 * completeness. Knows nothing of assessments, plans or runs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Passport",
        allowedDependencies = {"platform", "access", "audit"})
package eu.dbp.passport;
