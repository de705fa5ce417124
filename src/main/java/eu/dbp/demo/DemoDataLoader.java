package eu.dbp.demo;

import eu.dbp.passport.BatteryEvent;
import eu.dbp.passport.EventType;
import eu.dbp.passport.PassportRecords;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.Severity;
import eu.dbp.passport.Shipment;
import eu.dbp.passport.StorageRecord;
import eu.dbp.passport.TestReport;
import eu.dbp.passport.WorkOrder;
import eu.dbp.platform.ActingAs;
import eu.dbp.platform.Actor;
import eu.dbp.platform.OrganisationKind;
import eu.dbp.platform.Organisations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data at start: with {@code dbp.demo.enabled=auto} (the default) when the embedded
 * database is in use and holds no battery yet, with {@code true} into any empty database, never
 * with {@code false}. Each step acts as the organisation that would really do it, so ownership and
 * the audit trail read as in real use.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Environment environment;
    private final Organisations organisations;
    private final PassportService passports;
    private final PassportRecords records;
    private final TransactionTemplate transactions;
    private final List<DemoStep> steps;

    DemoDataLoader(
            Environment environment,
            Organisations organisations,
            PassportService passports,
            PassportRecords records,
            TransactionTemplate transactions,
            List<DemoStep> steps) {
        this.environment = environment;
        this.organisations = organisations;
        this.passports = passports;
        this.records = records;
        this.transactions = transactions;
        this.steps = steps;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        if (passports.exists(DemoPacks.LEAF)) {
            log.info("Demo data already present");
            return;
        }

        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> load());
        log.info(
                "Demo data loaded in {} ms: 5 reference packs, 7 organisations{}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                steps.isEmpty() ? "" : ", " + steps.size() + " more step(s)");
    }

    private boolean wanted() {
        String setting = environment.getProperty("dbp.demo.enabled", "auto").trim().toLowerCase();
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> embedded;
        };
    }

    private void load() {
        organisations.ensure(
                "platform", "DBP platform operator", OrganisationKind.PLATFORM_OPERATOR);
        organisations.ensure(
                "oem1",
                "Northwind Mobility (demo OEM 1)",
                OrganisationKind.MANUFACTURER,
                "Industrieweg 1, 7521 AA Enschede, NL",
                "https://example.org/oem1",
                "passport@oem1.example");
        organisations.ensure(
                "oem2",
                "Southbay Motors (demo OEM 2)",
                OrganisationKind.MANUFACTURER,
                "Harbour Road 2, 3011 AB Rotterdam, NL",
                "https://example.org/oem2",
                "passport@oem2.example");
        organisations.ensure("repairer", "Bench Repair Services", OrganisationKind.REPAIRER);
        organisations.ensure(
                "remanufacturer", "Second Spark Remanufacturing", OrganisationKind.REMANUFACTURER);
        organisations.ensure("recycler", "Circular Metals Recycling", OrganisationKind.RECYCLER);
        organisations.ensure(
                "authority",
                "Market Surveillance Authority (demo)",
                OrganisationKind.MARKET_SURVEILLANCE_AUTHORITY);

        passports.registerFor("oem1", DemoPacks.leaf());
        passports.registerFor("oem2", DemoPacks.teslaModelS());
        passports.registerFor("oem1", DemoPacks.meb());
        passports.registerFor("oem2", DemoPacks.lfpCellToPack());
        passports.registerFor("oem1", DemoPacks.ebike());

        as("oem1", this::manufacturerRecords);
        as("repairer", this::leafRepair);
        as("oem2", this::teslaHistory);
        as("recycler", this::recyclerRecords);
        steps.forEach(DemoStep::load);
    }

    private void manufacturerRecords() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        records.addEvent(
                DemoPacks.LEAF,
                event(
                        EventType.EXTREME_TEMPERATURE,
                        Severity.MEDIUM,
                        now.minus(days(200)),
                        240,
                        47.0,
                        "C",
                        "Parked in the sun during a heat wave; passive cooling, no active thermal control"));
        records.addEvent(
                DemoPacks.LEAF,
                event(
                        EventType.CELL_VOLTAGE_SPREAD,
                        Severity.LOW,
                        now.minus(days(40)),
                        null,
                        62.0,
                        "MV",
                        "Module 17 lags the others at the end of discharge"));
        records.addEvent(
                DemoPacks.EBIKE,
                event(
                        EventType.DEEP_DISCHARGE,
                        Severity.MEDIUM,
                        now.minus(days(120)),
                        4320,
                        2.4,
                        "V",
                        "Stored over winter without charging; lowest cell 2.4 V"));
        records.addTest(
                DemoPacks.MEB,
                new TestReport(
                        null,
                        TestReport.TestType.COMPLIANCE,
                        java.time.LocalDate.of(2021, 8, 15),
                        "TÜV demo laboratory",
                        "UN 38.3 / ECE R100",
                        TestReport.Result.PASS,
                        null,
                        null,
                        null,
                        null,
                        "https://example.org/dbp-demo/meb/un383.pdf",
                        null,
                        null));
        records.addTest(
                DemoPacks.MEB,
                new TestReport(
                        null,
                        TestReport.TestType.CYCLE_LIFE,
                        java.time.LocalDate.of(2021, 6, 1),
                        "OEM 1 validation lab",
                        "IEC 62660-1",
                        TestReport.Result.PASS,
                        decimal(231.0),
                        decimal(85.0),
                        null,
                        decimal(99.0),
                        null,
                        null,
                        null));
    }

    private void leafRepair() {
        Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(days(30));
        records.addWorkOrder(
                DemoPacks.LEAF,
                new WorkOrder(
                        null,
                        WorkOrder.Type.REPAIR,
                        opened,
                        opened.plus(Duration.ofHours(6)),
                        "Capacity complaint; module 17 below the pack average",
                        WorkOrder.Outcome.COMPLETED,
                        null,
                        List.of(
                                new WorkOrder.ReplacedPart(
                                        WorkOrder.PartKind.MODULE,
                                        DemoPacks.LEAF + "-M17",
                                        DemoPacks.LEAF + "-M17R",
                                        null,
                                        "MOD-M17",
                                        "SoH 61 %, lagging cell group")),
                        null));
    }

    private void teslaHistory() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        records.addEvent(
                DemoPacks.TESLA,
                event(
                        EventType.ACCIDENT,
                        Severity.HIGH,
                        now.minus(days(60)),
                        null,
                        8.5,
                        "G",
                        "Side impact, airbag deployment; pack floor dented near modules 3-4"));
        records.addEvent(
                DemoPacks.TESLA,
                event(
                        EventType.OVERHEATING,
                        Severity.MEDIUM,
                        now.minus(days(59)),
                        35,
                        58.0,
                        "C",
                        "Module 4 temperature rose after the impact and settled"));
    }

    private void recyclerRecords() {
        Instant shipped = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(days(10));
        records.addShipment(
                DemoPacks.TESLA,
                new Shipment(
                        null,
                        "oem2",
                        "recycler",
                        "Southbay service centre",
                        "Circular Metals, Antwerp",
                        decimal(51.92),
                        decimal(4.48),
                        decimal(51.26),
                        decimal(4.40),
                        shipped,
                        shipped.plus(Duration.ofHours(30)),
                        Shipment.TransportMode.ROAD,
                        "UN3480",
                        "SP376",
                        "P908",
                        decimal(30.0),
                        true,
                        null));
        records.addStorage(
                DemoPacks.TESLA,
                new StorageRecord(
                        null,
                        null,
                        "Quarantine bay Q2, Antwerp",
                        decimal(51.26),
                        decimal(4.40),
                        shipped.plus(Duration.ofHours(30)),
                        null,
                        decimal(12.0),
                        decimal(24.0),
                        true,
                        null));
    }

    private void as(String organisation, Runnable work) {
        ActingAs.run(new Actor("demo-" + organisation, organisation, "demo-data"), work);
    }

    private static BatteryEvent event(
            EventType type,
            Severity severity,
            Instant at,
            Integer minutes,
            Double value,
            String unit,
            String description) {
        return new BatteryEvent(
                null,
                type,
                severity,
                at,
                minutes,
                value == null ? null : BigDecimal.valueOf(value),
                unit,
                description,
                null,
                null);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }
}
