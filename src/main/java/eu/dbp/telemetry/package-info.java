/** SoX time series: bulk ingest, range reads, latest values and downsampled series for charts. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Telemetry",
        allowedDependencies = {"platform", "passport", "access", "audit"})
package eu.dbp.telemetry;
