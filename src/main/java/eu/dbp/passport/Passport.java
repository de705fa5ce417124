package eu.dbp.passport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A passport as {@code GET /api/v1/batteries/{id}} returns it: identity and status, the rated
 * values, a summary of the design, the latest SoX values and how many events of each kind the
 * battery has seen. Field names match {@link PassportDocument} so that the two read alike.
 */
public record Passport(
        String id,
        String model,
        String serialNumber,
        BatteryCategory batteryCategory,
        Chemistry batteryChemistry,
        BatteryStatus batteryStatus,
        boolean ceased,
        Instant ceasedAt,
        OrganisationRef manufacturer,
        OrganisationRef responsibleOperator,
        PassportDocument.Manufacturing manufacturing,
        BigDecimal batteryMass,
        PassportDocument.Ratings ratings,
        PassportDocument.Circularity circularity,
        PassportDocument.Performance performance,
        PassportDocument.Labels labels,
        boolean assumedValues,
        List<PassportDocument.HazardousSubstance> hazardousSubstances,
        List<PassportDocument.Document> documents,
        List<Lineage> predecessors,
        List<Lineage> successors,
        DesignSummary design,
        PackView.Sox latestSox,
        Map<EventType, Integer> eventCounts,
        int version) {

    /** The same passport carrying the given latest SoX values. */
    Passport withLatestSox(PackView.Sox sox) {
        return new Passport(
                id,
                model,
                serialNumber,
                batteryCategory,
                batteryChemistry,
                batteryStatus,
                ceased,
                ceasedAt,
                manufacturer,
                responsibleOperator,
                manufacturing,
                batteryMass,
                ratings,
                circularity,
                performance,
                labels,
                assumedValues,
                hazardousSubstances,
                documents,
                predecessors,
                successors,
                design,
                sox,
                eventCounts,
                version);
    }

    public record OrganisationRef(String code, String name) {}

    public record Lineage(String id, PassportDocument.LineageRelation relation) {}

    /** Annex XIII 2(c)(vi) in brief: how many cells, in which layout. */
    public record DesignSummary(
            String configuration,
            boolean cellToPack,
            int moduleCount,
            int cellCount,
            CellFormat cellFormat,
            String cellSizeCode,
            String anodeMaterial,
            String electrolyte,
            Cooling cooling,
            String coolant,
            String housingMaterial,
            String bms,
            String serviceDisconnect,
            int fastenerCount,
            int jointCount,
            int connectorCount) {}
}
