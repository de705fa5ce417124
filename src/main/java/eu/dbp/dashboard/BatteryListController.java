package eu.dbp.dashboard;

import eu.dbp.passport.BatteryFilter;
import eu.dbp.passport.BatteryPage;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.PassportService;
import eu.dbp.safety.RiskLevel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Intake and the battery list: search by identifier or model, chemistry, status and risk level; a
 * scanned QR address ({@code .../p/{id}}) or a typed identifier opens the battery.
 */
@Controller
class BatteryListController {

    /** Rows per page. */
    static final int PAGE_SIZE = 20;

    /** How many matches a risk filter looks through, since risk is computed, not stored. */
    static final int RISK_SCAN_LIMIT = 100;

    private final PassportService passports;
    private final Clearances clearances;
    private final PackRisks risks;

    BatteryListController(PassportService passports, Clearances clearances, PackRisks risks) {
        this.passports = passports;
        this.clearances = clearances;
        this.risks = risks;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/batteries";
    }

    /** One row: public columns always; status and risk only where the user may see them. */
    record Row(BatteryPage.Item item, boolean restricted, RiskLevel risk) {}

    @GetMapping("/batteries")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Chemistry chemistry,
            @RequestParam(required = false) BatteryStatus status,
            @RequestParam(required = false) RiskLevel risk,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        BatteryFilter filter = new BatteryFilter(null, chemistry, status, null, blankToNull(q));
        List<Row> rows = new ArrayList<>();
        long total;
        if (risk == null) {
            BatteryPage found = passports.search(filter, Math.max(page, 0), PAGE_SIZE);
            rows.addAll(rows(found.items()));
            total = found.total();
        } else {
            rows(passports.search(filter, 0, RISK_SCAN_LIMIT).items()).stream()
                    .filter(row -> row.risk() == risk)
                    .forEach(rows::add);
            total = rows.size();
        }

        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("chemistry", chemistry);
        model.addAttribute("status", status);
        model.addAttribute("risk", risk);
        model.addAttribute("chemistries", Chemistry.values());
        model.addAttribute("statuses", BatteryStatus.values());
        model.addAttribute("risks", RiskLevel.values());
        return "batteries";
    }

    /**
     * Opens what a scanner or a person typed: the public passport address of the QR code, or an
     * identifier. Anything else becomes a search.
     */
    @GetMapping("/open")
    String open(@RequestParam(defaultValue = "") String code) {
        String identifier = identifierIn(code);
        if (!identifier.isEmpty() && passports.exists(identifier)) {
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/batteries/{id}")
                            .buildAndExpand(identifier)
                            .encode()
                            .toUriString();
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/batteries")
                        .queryParam("q", "{q}")
                        .buildAndExpand(identifier)
                        .encode()
                        .toUriString();
    }

    /** The identifier in a scanned {@code https://host/p/{id}} address, or the trimmed text. */
    static String identifierIn(String code) {
        String text = code.strip();
        int marker = text.indexOf("/p/");
        if (marker < 0 || !text.contains("://") && !text.startsWith("/p/")) {
            return text;
        }
        String path = text.substring(marker + 3);
        int end = path.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return URLDecoder.decode(path.substring(0, end), StandardCharsets.UTF_8);
    }

    /** Rows with access and risk decided for the whole page at once, not row by row. */
    private List<Row> rows(List<BatteryPage.Item> items) {
        List<String> ids = items.stream().map(BatteryPage.Item::id).toList();
        java.util.Set<String> restricted = clearances.restricted(ids);
        java.util.Map<String, RiskLevel> levels = risks.of(restricted);
        return items.stream()
                .map(item -> new Row(item, restricted.contains(item.id()), levels.get(item.id())))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
