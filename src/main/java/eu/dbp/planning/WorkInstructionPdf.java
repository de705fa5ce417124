package eu.dbp.planning;

import eu.dbp.planning.DisassemblyPlan.Step;
import eu.dbp.safety.SafetyAssessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders a plan as a printable A4 work instruction. */
final class WorkInstructionPdf {

    private static final float MARGIN = 40;
    private static final float BODY = 9;
    private static final float LEADING = 11.5f;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    private WorkInstructionPdf() {}

    static byte[] render(DisassemblyPlan plan) {
        WorkInstructionPdf pdf = new WorkInstructionPdf();
        try {
            return pdf.write(plan);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the work instruction", e);
        }
    }

    private byte[] write(DisassemblyPlan plan) throws IOException {
        try (document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Disassembly work instruction " + plan.identifier());
            info.setSubject(plan.model());
            newPage();
            SafetyAssessment safety = plan.safety();
            heading(14, "Disassembly work instruction");
            line(bold, "Battery " + plan.identifier() + " - " + plan.model());
            line(
                    regular,
                    "Depth "
                            + plan.depth()
                            + ", route "
                            + plan.route()
                            + ", risk level "
                            + safety.riskLevel()
                            + ", "
                            + plan.steps().size()
                            + " steps, P50 "
                            + minutes(plan.totals().p50Min())
                            + " / P90 "
                            + minutes(plan.totals().p90Min())
                            + ", cost P50 "
                            + money(plan.totals().costP50Eur())
                            + " EUR at "
                            + money(plan.totals().labourRateEurPerHour())
                            + " EUR/h");
            gap();
            heading(11, "Hazards");
            for (SafetyAssessment.Finding f : safety.findings()) {
                bullet(
                        f.level()
                                + " "
                                + f.code()
                                + ": "
                                + f.fact()
                                + " (threshold "
                                + f.threshold()
                                + "; "
                                + f.source()
                                + ")");
            }
            heading(11, "Gate");
            safety.gate().conditions().forEach(this::bullet);
            heading(11, "Protective equipment");
            safety.ppe().items().forEach(this::bullet);
            heading(11, "Warnings");
            safety.warnings().forEach(this::bullet);
            heading(11, "Watch for");
            safety.thermalWatchFor().forEach(this::bullet);
            heading(11, "If you see it");
            safety.thermalResponse().forEach(this::bullet);
            gap();
            heading(11, "Steps");
            for (Step step : plan.steps()) {
                step(step);
            }
            heading(11, "Notes");
            plan.notes().forEach(this::bullet);
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void step(Step step) throws IOException {
        ensure(LEADING * 4);
        line(bold, step.number() + ". " + step.action());
        List<String> facts = new ArrayList<>();
        facts.add("key " + step.key());
        facts.add("qualification " + step.qualification().label());
        if (step.highVoltage()) {
            facts.add("HIGH VOLTAGE");
        }
        if (step.destructive()) {
            facts.add("destructive");
        }
        if (!step.prerequisites().isEmpty()) {
            facts.add("after " + compact(step.prerequisites()));
        }
        facts.add(
                "P50 "
                        + minutes(step.estimate().p50Min())
                        + ", P90 "
                        + minutes(step.estimate().p90Min()));
        indented(String.join(" | ", facts));
        if (step.fastener() != null) {
            DisassemblyPlan.FastenerSpec f = step.fastener();
            indented(
                    "Fasteners: "
                            + f.count()
                            + " x "
                            + f.type()
                            + " "
                            + nullToEmpty(f.size())
                            + " "
                            + (f.drive() == null ? "" : f.drive())
                            + (f.torqueNm() == null ? "" : ", " + f.torqueNm() + " Nm")
                            + (f.angleDeg() == null ? "" : " + " + f.angleDeg() + " deg")
                            + (f.singleUse() ? ", single use" : ""));
        }
        if (step.force() != null) {
            indented(
                    "Stop at: "
                            + (step.force().maxBreakLooseTorqueNm() == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT,
                                            "%.1f Nm break-loose torque",
                                            step.force().maxBreakLooseTorqueNm()))
                            + (step.force().maxPullForceN() == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, "%.0f N", step.force().maxPullForceN())));
        }
        if (!step.tools().isEmpty()) {
            indented("Tools: " + String.join(", ", step.tools()));
        }
        for (String warning : step.warnings()) {
            indented("! " + warning);
        }
        if (step.verifyVoltageAfter()) {
            indented("! Verify absence of voltage again when this step is done");
        }
        y -= 3;
    }

    private void heading(float size, String text) throws IOException {
        ensure(LEADING * 3);
        y -= 4;
        write(bold, size, MARGIN, text);
        y -= size + 4;
    }

    private void line(PDType1Font font, String text) throws IOException {
        wrap(font, MARGIN, text);
    }

    private void bullet(String text) {
        try {
            wrap(regular, MARGIN + 10, "- " + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void indented(String text) throws IOException {
        wrap(regular, MARGIN + 14, text);
    }

    private void wrap(PDType1Font font, float x, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - MARGIN - x;
        StringBuilder current = new StringBuilder();
        for (String word : safe(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * BODY > width && !current.isEmpty()) {
                ensure(LEADING);
                write(font, BODY, x, current.toString());
                y -= LEADING;
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        ensure(LEADING);
        write(font, BODY, x, current.toString());
        y -= LEADING;
    }

    private void write(PDType1Font font, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(safe(text));
        content.endText();
    }

    private void gap() {
        y -= LEADING / 2;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The standard fonts encode WinAnsi only: keep plain ASCII and a few Latin-1 letters. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\u2013', '\u2014' -> out.append('-');
                case '\u2265' -> out.append(">=");
                case '\u2264' -> out.append("<=");
                case '\u2192' -> out.append("->");
                case '\u00b0' -> out.append(" deg");
                case '\u00b2' -> out.append('2');
                case '\u00d7' -> out.append('x');
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c >= 32 && c < 127 || c >= 0xC0 && c <= 0xFF ? c : '?');
            }
        }
        return out.toString();
    }

    private static String compact(List<Integer> numbers) {
        if (numbers.size() <= 6) {
            return numbers.toString().replaceAll("[\\[\\]]", "");
        }
        return numbers.subList(0, 5).toString().replaceAll("[\\[\\]]", "")
                + " ... "
                + numbers.get(numbers.size() - 1)
                + " ("
                + numbers.size()
                + " steps)";
    }

    private static String minutes(double value) {
        return String.format(Locale.ROOT, "%.0f min", value);
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
