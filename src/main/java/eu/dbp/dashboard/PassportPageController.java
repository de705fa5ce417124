package eu.dbp.dashboard;

import eu.dbp.passport.MaterialChain;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Passport;
import eu.dbp.passport.PassportRecords;
import eu.dbp.passport.PassportService;
import eu.dbp.safety.SafetyAssessor;
import eu.dbp.telemetry.SoxSeries;
import eu.dbp.telemetry.SoxSummary;
import eu.dbp.telemetry.TelemetryService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The passport view of one battery: identity and status, SoX charts over a range the user picks
 * (htmx swaps the chart panel; the data comes as JSON for Chart.js), the events timeline, the pack
 * tree with its fastening and joining sequence, the material chain, service, logistics and
 * documents. One read per section, whatever the size of the pack.
 */
@Controller
class PassportPageController {

    /** Points per chart: enough for a tablet-wide line, few enough to draw at once. */
    static final int CHART_POINTS = 120;

    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PassportService passports;
    private final PassportRecords records;
    private final TelemetryService telemetry;
    private final SafetyAssessor assessor;
    private final Clearances clearances;

    PassportPageController(
            PassportService passports,
            PassportRecords records,
            TelemetryService telemetry,
            SafetyAssessor assessor,
            Clearances clearances) {
        this.passports = passports;
        this.records = records;
        this.telemetry = telemetry;
        this.assessor = assessor;
        this.clearances = clearances;
    }

    /** Cells of one module counted by the CAM lot they were made from. */
    record ModuleLots(String serialNumber, int position, int cells, Map<String, Long> lots) {}

    @GetMapping("/batteries/{id}")
    String passport(@PathVariable String id, Model model) {
        Passport passport = passports.passport(id);
        Clearance clearance = clearances.of(id);
        model.addAttribute("p", passport);
        model.addAttribute("clearance", clearance);
        if (!clearance.restricted()) {
            return "passport";
        }

        if (passport.design() != null) {
            PackView view = passports.packView(id);
            model.addAttribute("tree", PackTree.of(view));
            model.addAttribute("risk", assessor.assess(view).riskLevel());
        }
        MaterialChain chain = passports.materials(id);
        model.addAttribute("chain", chain);
        model.addAttribute("moduleLots", moduleLots(chain));
        model.addAttribute("events", records.events(id, null, null));
        model.addAttribute("workOrders", records.workOrders(id));
        model.addAttribute("shipments", records.shipments(id));
        model.addAttribute("storage", records.storage(id));
        if (clearance.authority()) {
            model.addAttribute("tests", records.tests(id));
        }
        telemetryPanel(id, ChartRange.ALL, model);
        return "passport";
    }

    /** The chart panel alone, for htmx to swap when the user picks another range. */
    @GetMapping("/batteries/{id}/telemetry")
    String telemetryFragment(
            @PathVariable String id,
            @RequestParam(defaultValue = "all") String range,
            Model model) {
        clearances.requireRestricted(id);
        model.addAttribute("p", passports.passport(id));
        telemetryPanel(id, ChartRange.of(range), model);
        return "passport :: telemetry";
    }

    /** Chart.js data: bucket labels and the average (and band) of each value per bucket. */
    record ChartData(
            String range,
            List<String> labels,
            List<Double> soh,
            List<Double> soc,
            List<Double> temperature,
            List<Double> temperatureMin,
            List<Double> temperatureMax) {}

    @GetMapping("/batteries/{id}/series")
    @ResponseBody
    ChartData series(@PathVariable String id, @RequestParam(defaultValue = "all") String range) {
        clearances.requireRestricted(id);
        ChartRange chosen = ChartRange.of(range);
        SoxSeries series = series(id, chosen, telemetry.summary(id).lastAt());
        List<SoxSeries.Point> points = series.points();
        return new ChartData(
                chosen.code(),
                points.stream().map(p -> LABEL.format(p.at())).toList(),
                values(points, SoxSeries.Point::soh, SoxSeries.Band::avg),
                values(points, SoxSeries.Point::soc, SoxSeries.Band::avg),
                values(points, SoxSeries.Point::temperatureC, SoxSeries.Band::avg),
                values(points, SoxSeries.Point::temperatureC, SoxSeries.Band::min),
                values(points, SoxSeries.Point::temperatureC, SoxSeries.Band::max));
    }

    private void telemetryPanel(String id, ChartRange range, Model model) {
        SoxSummary summary = telemetry.summary(id);
        model.addAttribute("summary", summary);
        model.addAttribute("range", range);
        model.addAttribute("ranges", ChartRange.values());
    }

    private SoxSeries series(String id, ChartRange range, Instant last) {
        if (range.span() == null || last == null) {
            return telemetry.series(id, null, null, CHART_POINTS);
        }
        Instant to = last.plus(1, ChronoUnit.MILLIS);
        return telemetry.series(id, to.minus(range.span()), to, CHART_POINTS);
    }

    private static List<Double> values(
            List<SoxSeries.Point> points,
            Function<SoxSeries.Point, SoxSeries.Band> band,
            Function<SoxSeries.Band, Double> pick) {
        List<Double> out = new ArrayList<>(points.size());
        for (SoxSeries.Point point : points) {
            SoxSeries.Band b = band.apply(point);
            out.add(b == null ? null : pick.apply(b));
        }
        return out;
    }

    static List<ModuleLots> moduleLots(MaterialChain chain) {
        List<ModuleLots> out = new ArrayList<>();
        for (MaterialChain.ModuleCells module : chain.modules()) {
            out.add(
                    new ModuleLots(
                            module.serialNumber(),
                            module.position(),
                            module.cells().size(),
                            lots(module.cells())));
        }
        if (!chain.packCells().isEmpty()) {
            out.add(new ModuleLots(null, 0, chain.packCells().size(), lots(chain.packCells())));
        }
        return out;
    }

    private static Map<String, Long> lots(List<MaterialChain.CellLink> cells) {
        return cells.stream()
                .collect(
                        Collectors.groupingBy(
                                c -> c.camLot() == null ? "-" : c.camLot(),
                                TreeMap::new,
                                Collectors.counting()));
    }
}
