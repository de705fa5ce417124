/**
 * The operator screens: controllers, templates and static assets. Calls the other modules' public
 * services only; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package eu.dbp.dashboard;
