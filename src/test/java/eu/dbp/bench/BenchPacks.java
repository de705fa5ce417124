package eu.dbp.bench;

import eu.dbp.passport.PassportDocument;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.TestPassports;
import java.util.List;

/**
 * Batteries of the bench tests' own, owned by {@code oem1}, so that runs, learning and passport
 * changes never touch the demo packs other tests read. Each gets its own model name, so that the
 * learned times of one test do not leak into another.
 */
final class BenchPacks {

    private BenchPacks() {}

    /** A copy of a demo pack's design under a new identifier and model name. */
    static String copyOf(PassportService passports, String demo, String id, String model) {
        PassportDocument d = passports.document(demo);
        passports.registerFor("oem1", renamed(d, id, model, d.design()));
        return id;
    }

    /**
     * The small low-voltage test pack of the passport tests, with a lid-bolt size of its own so
     * that the fastener failures a test records are counted in a class no other test uses.
     */
    static String small(PassportService passports, String id, String model, String lidBoltSize) {
        PassportDocument d = TestPassports.small(id);
        PassportDocument.Design design = d.design();
        List<PassportDocument.Fastener> fasteners =
                design.fasteners().stream()
                        .map(
                                f ->
                                        !f.ref().equals("lid-bolts")
                                                ? f
                                                : new PassportDocument.Fastener(
                                                        f.ref(),
                                                        f.type(),
                                                        lidBoltSize,
                                                        f.drive(),
                                                        f.count(),
                                                        f.material(),
                                                        f.torqueNm(),
                                                        f.angleDeg(),
                                                        f.singleUse(),
                                                        f.captive(),
                                                        f.location()))
                        .toList();
        PassportDocument.Design changed =
                new PassportDocument.Design(
                        design.pack(),
                        design.components(),
                        design.modules(),
                        design.packCells(),
                        fasteners,
                        design.joints(),
                        design.connectors(),
                        design.joiningSequence());
        passports.registerFor("oem1", renamed(d, id, model, changed));
        return id;
    }

    private static PassportDocument renamed(
            PassportDocument d, String id, String model, PassportDocument.Design design) {
        return new PassportDocument(
                id,
                model,
                "SN-" + id,
                d.batteryCategory(),
                d.batteryChemistry(),
                null,
                null,
                null,
                null,
                d.manufacturing(),
                d.batteryMass(),
                d.ratings(),
                d.circularity(),
                d.performance(),
                d.labels(),
                d.assumedValues(),
                List.of(),
                d.hazardousSubstances(),
                d.documents(),
                d.materialBatches(),
                d.camLots(),
                d.cellModels(),
                design,
                d.production(),
                null);
    }
}
