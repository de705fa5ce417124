/**
 * The REST adapter of telemetry: translates HTTP to {@link eu.dbp.telemetry.TelemetryService} calls
 * and back. Holds no rules and no SQL.
 */
package eu.dbp.telemetry.web;
