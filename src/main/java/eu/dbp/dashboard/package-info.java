/**
 * The operator screens: sign-in, intake and battery list, passport view with SoX charts, safety and
 * procedure at the bench, route decision and the overview. Controllers, view models, templates and
 * static assets; calls the other modules' public services only and owns no tables. What a user sees
 * is decided by the access module's rules ({@code BatteryAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package eu.dbp.dashboard;
