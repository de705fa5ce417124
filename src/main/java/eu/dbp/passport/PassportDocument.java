package eu.dbp.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole passport as one document: what {@code POST /api/v1/batteries} accepts and {@code GET
 * /api/v1/batteries/{id}/document} returns. Names follow the Battery Pass data model
 * (GeneralProductInformation, PerformanceAndDurability, Circularity, MaterialComposition) where it
 * has one; the design tree is DBP's structured extension of Annex XIII 2(c).
 *
 * <p>The rules below mirror the database's CHECK constraints, so bad input is refused at the edge
 * with the field named, and the database refuses it again should another path try. Generated fields
 * ({@code manufacturer}, {@code responsibleOperator}, {@code ceased}, {@code version}) are ignored
 * on input.
 */
public record PassportDocument(
        @NotBlank
                @Pattern(
                        regexp = IDENTIFIER,
                        message = "must be 3-100 letters, digits or . : / _ -")
                String id,
        @NotBlank @Size(max = 200) String model,
        @Size(max = 100) String serialNumber,
        @NotNull BatteryCategory batteryCategory,
        @NotNull Chemistry batteryChemistry,
        BatteryStatus batteryStatus,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Boolean ceased,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String manufacturer,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String responsibleOperator,
        @NotNull @Valid Manufacturing manufacturing,
        @NotNull @Positive @DecimalMax("50000") BigDecimal batteryMass,
        @NotNull @Valid Ratings ratings,
        @Valid Circularity circularity,
        @Valid Performance performance,
        @Valid Labels labels,
        Boolean assumedValues,
        @Valid List<@NotNull Predecessor> predecessors,
        @Valid List<@NotNull HazardousSubstance> hazardousSubstances,
        @Valid List<@NotNull Document> documents,
        @Valid List<@NotNull MaterialBatch> materialBatches,
        @Valid List<@NotNull CamLot> camLots,
        @Valid List<@NotNull CellModel> cellModels,
        @NotNull @Valid Design design,
        @Valid List<@NotNull ProductionStep> production,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Integer version) {

    public static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9.:/_-]{2,99}$";
    static final String REF = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String COUNTRY = "^[A-Z]{2}$";

    public PassportDocument {
        predecessors = predecessors == null ? List.of() : predecessors;
        hazardousSubstances = hazardousSubstances == null ? List.of() : hazardousSubstances;
        documents = documents == null ? List.of() : documents;
        materialBatches = materialBatches == null ? List.of() : materialBatches;
        camLots = camLots == null ? List.of() : camLots;
        cellModels = cellModels == null ? List.of() : cellModels;
        production = production == null ? List.of() : production;
    }

    /** Annex VI Part A(3)-(4): where and when the battery was made. */
    public record Manufacturing(
            @NotBlank @Size(max = 200) String place,
            @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code") String country,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull LocalDate date,
            LocalDate puttingIntoServiceDate) {}

    /** Annex XIII 1(g)-(n): rated values, voltages, power and lifetime. */
    public record Ratings(
            @NotNull @Positive BigDecimal ratedCapacity,
            @NotNull @Positive BigDecimal ratedEnergy,
            @NotNull @DecimalMin("0") @DecimalMax("1500") BigDecimal minimumVoltage,
            @NotNull @Positive @DecimalMax("1500") BigDecimal nominalVoltage,
            @NotNull @Positive @DecimalMax("1500") BigDecimal maximumVoltage,
            @Positive BigDecimal originalPowerCapability,
            @Positive BigDecimal maximumPermittedPower,
            @Positive Integer expectedLifetimeCycles,
            @Positive BigDecimal expectedLifetimeYears,
            @DecimalMin("0") @DecimalMax("100") BigDecimal capacityThresholdForExhaustion,
            @DecimalMin("-80") @DecimalMax("100") BigDecimal idleTemperatureMin,
            @DecimalMin("-80") @DecimalMax("150") BigDecimal idleTemperatureMax) {}

    /** Annex XIII 1(a), 1(c), 1(e), 1(f), 1(m): circularity, content and label information. */
    public record Circularity(
            @NotBlank @Size(max = 200) String extinguishingAgent,
            List<@NotBlank @Size(max = 60) String> criticalRawMaterials,
            @Valid RecycledContent recycledContent,
            @DecimalMin("0") @DecimalMax("100") BigDecimal renewableContent,
            @PositiveOrZero BigDecimal carbonFootprintPerKwh,
            @Pattern(regexp = "^[A-G]$", message = "must be a class A to G")
                    String carbonFootprintClass,
            @Min(0) @Max(600) Integer warrantyMonths) {

        public Circularity {
            criticalRawMaterials = criticalRawMaterials == null ? List.of() : criticalRawMaterials;
        }
    }

    /** Annex XIII 1(n)-(p): efficiency, internal resistance and the cycle-life test. */
    public record Performance(
            @DecimalMin("0") @DecimalMax("100") BigDecimal initialRoundTripEfficiency,
            @DecimalMin("0") @DecimalMax("100") BigDecimal roundTripEfficiencyAt50PercentCycleLife,
            @Positive BigDecimal cellInternalResistance,
            @Positive BigDecimal packInternalResistance,
            @Positive @DecimalMax("20") BigDecimal cycleLifeTestCRate) {}

    /** Annex XIII 1(q): symbols the battery carries. */
    public record Labels(boolean separateCollectionSymbol, boolean cadmiumLeadSymbol) {}

    /** Art. 8(1): shares of recycled cobalt, lithium, nickel and lead in the active materials. */
    public record RecycledContent(
            @DecimalMin("0") @DecimalMax("100") BigDecimal cobalt,
            @DecimalMin("0") @DecimalMax("100") BigDecimal lithium,
            @DecimalMin("0") @DecimalMax("100") BigDecimal nickel,
            @DecimalMin("0") @DecimalMax("100") BigDecimal lead) {}

    public record Predecessor(
            @NotBlank @Pattern(regexp = IDENTIFIER) String id, @NotNull LineageRelation relation) {}

    public enum LineageRelation {
        REPURPOSED_FROM,
        REMANUFACTURED_FROM,
        REUSED_FROM,
        PREPARED_FOR_REUSE_FROM
    }

    public record HazardousSubstance(
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "^[0-9]{2,7}-[0-9]{2}-[0-9]$", message = "must be a CAS number")
                    String casNumber,
            @Size(max = 120) String hazardClass,
            @Positive @DecimalMax("100") BigDecimal concentration,
            @Pattern(regexp = "^(CELL|MODULE|PACK|ELECTROLYTE|CATHODE|ANODE|HOUSING|OTHER)$")
                    String location) {}

    /** A linked document, as Battery Pass {@code dismantlingAndRemovalInformation} and labels. */
    public record Document(
            @NotNull DocumentType documentType,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Pattern(regexp = "^[a-z]+/[A-Za-z0-9.+-]+$", message = "must be a MIME type")
                    String mimeType,
            @NotBlank @Pattern(regexp = "^https?://.+", message = "must be an http(s) URL")
                    String url) {}

    public enum DocumentType {
        BILL_OF_MATERIAL,
        MODEL_3D,
        DISMANTLING_MANUAL,
        REMOVAL_MANUAL,
        OTHER_MANUAL,
        DRAWING,
        DECLARATION_OF_CONFORMITY,
        TEST_REPORT,
        SAFETY_INSTRUCTIONS,
        CARBON_FOOTPRINT_STUDY,
        DUE_DILIGENCE_REPORT,
        WASTE_PREVENTION_INFORMATION,
        INSTRUCTIONS_FOR_USE
    }

    /** Registered if its code is new; an existing batch with the same code is reused as it is. */
    public record MaterialBatch(
            @NotBlank @Size(max = 80) String code,
            @NotNull Material material,
            @Size(max = 120) String compound,
            @NotBlank @Size(max = 200) String supplier,
            @NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code")
                    String originCountry,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal originLatitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal originLongitude,
            LocalDate extractedOn,
            @Positive BigDecimal massKg,
            boolean criticalRawMaterial,
            boolean hazardous,
            @DecimalMin("0") @DecimalMax("100") BigDecimal recycledShare) {}

    public enum Material {
        LITHIUM,
        NICKEL,
        COBALT,
        MANGANESE,
        ALUMINIUM,
        IRON,
        PHOSPHATE,
        GRAPHITE,
        SILICON,
        COPPER,
        SODIUM,
        ELECTROLYTE_SALT,
        SOLVENT,
        SEPARATOR_POLYMER,
        BINDER,
        OTHER
    }

    /** A CAM lot and the material batches it was made from (by code). */
    public record CamLot(
            @NotBlank @Size(max = 80) String code,
            @NotNull Chemistry chemistry,
            @Size(max = 200) String composition,
            @NotBlank @Size(max = 200) String supplier,
            LocalDate producedOn,
            @Positive BigDecimal massKg,
            @Valid List<@NotNull CamInput> inputs) {

        public CamLot {
            inputs = inputs == null ? List.of() : inputs;
        }
    }

    public record CamInput(
            @NotBlank String materialBatch, @Positive @DecimalMax("100") BigDecimal massShare) {}

    public record CellModel(
            @NotBlank @Size(max = 80) String code,
            @NotBlank @Size(max = 200) String manufacturer,
            @NotNull CellFormat format,
            @Size(max = 40) String sizeCode,
            @NotNull Chemistry chemistry,
            @Size(max = 120) String anodeMaterial,
            @Size(max = 120) String electrolyte,
            @Size(max = 120) String separator,
            @NotNull @Positive @DecimalMax("5") BigDecimal nominalVoltage,
            @DecimalMin("0") @DecimalMax("5") BigDecimal minVoltage,
            @Positive @DecimalMax("5") BigDecimal maxVoltage,
            @NotNull @Positive BigDecimal capacityAh,
            @NotNull @Positive BigDecimal massG,
            @Positive BigDecimal lengthMm,
            @Positive BigDecimal widthMm,
            @Positive BigDecimal heightMm,
            @Positive BigDecimal diameterMm) {}

    /** The design tree: what holds what, where, and with which fastener. */
    public record Design(
            @NotNull @Valid PackDesign pack,
            @NotEmpty @Valid List<@NotNull Component> components,
            @Valid List<@NotNull Module> modules,
            @Valid List<@NotNull Cell> packCells,
            @Valid List<@NotNull Fastener> fasteners,
            @Valid List<@NotNull Joint> joints,
            @Valid List<@NotNull Connector> connectors,
            List<@NotBlank String> joiningSequence) {

        public Design {
            modules = modules == null ? List.of() : modules;
            packCells = packCells == null ? List.of() : packCells;
            fasteners = fasteners == null ? List.of() : fasteners;
            joints = joints == null ? List.of() : joints;
            connectors = connectors == null ? List.of() : connectors;
            joiningSequence = joiningSequence == null ? List.of() : joiningSequence;
        }
    }

    public record PackDesign(
            @NotNull @Min(1) @Max(1000) Integer seriesCount,
            @NotNull @Min(1) @Max(1000) Integer parallelCount,
            boolean cellToPack,
            @NotBlank @Size(max = 120) String housingMaterial,
            @Positive BigDecimal lengthMm,
            @Positive BigDecimal widthMm,
            @Positive BigDecimal heightMm,
            @NotNull Cooling cooling,
            @Size(max = 120) String coolant,
            @Positive BigDecimal coolantVolumeL,
            @NotBlank @Size(max = 200) String bms,
            @Size(max = 200) String serviceDisconnect,
            @Size(max = 200) String serviceDisconnectLocation,
            @Min(0) @Max(3600) Integer capacitorDischargeSeconds,
            @Positive BigDecimal maxShortCircuitCurrentA) {}

    public record Component(
            @NotBlank @Pattern(regexp = REF, message = "must be 1-64 letters, digits or . _ -")
                    String ref,
            @NotNull ComponentKind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String location,
            boolean highVoltage,
            @Positive BigDecimal massKg,
            @Size(max = 120) String material,
            @Size(max = 100) String partNumber,
            @Size(max = 300) String sparePartSource) {}

    /** A module; {@code ref} names its component of kind MODULE in {@code components}. */
    public record Module(
            @NotBlank @Pattern(regexp = REF) String ref,
            @NotBlank @Size(max = 100) String serialNumber,
            @NotNull @Min(1) @Max(1000) Integer position,
            @NotNull @Min(1) @Max(1000) Integer seriesCount,
            @NotNull @Min(1) @Max(1000) Integer parallelCount,
            @NotNull @Positive @DecimalMax("1500") BigDecimal nominalVoltage,
            @Positive BigDecimal massKg,
            @NotNull ModuleHousing housing,
            @NotNull JointType cellJoining,
            ModuleCondition condition,
            @DecimalMin("0") @DecimalMax("100") BigDecimal soh,
            @Valid List<@NotNull Cell> cells) {

        public Module {
            cells = cells == null ? List.of() : cells;
        }
    }

    /** A serialised cell, made from a CAM lot of a cell model (both by code). */
    public record Cell(
            @NotBlank @Size(max = 100) String serialNumber,
            @NotNull @Min(1) @Max(100000) Integer position,
            @NotBlank String cellModel,
            @NotBlank String camLot) {}

    public record Fastener(
            @NotBlank @Pattern(regexp = REF) String ref,
            @NotNull FastenerType type,
            @Size(max = 40) String size,
            Drive drive,
            @NotNull @Min(1) @Max(10000) Integer count,
            @Size(max = 80) String material,
            @Positive @DecimalMax("1000") BigDecimal torqueNm,
            @Min(0) @Max(720) Integer angleDeg,
            boolean singleUse,
            boolean captive,
            @Size(max = 200) String location) {}

    /** {@code part} is released from {@code attachedTo} when the joint is undone. */
    public record Joint(
            @NotBlank @Pattern(regexp = REF) String ref,
            @NotNull JointType type,
            @NotBlank String part,
            @NotBlank String attachedTo,
            String fastener,
            @Size(max = 200) String location,
            @Size(max = 500) String notes) {}

    public record Connector(
            @NotBlank @Pattern(regexp = REF) String ref,
            @NotNull ConnectorType type,
            @NotNull VoltageClass voltageClass,
            @Positive @DecimalMax("1500") BigDecimal ratedVoltage,
            @NotBlank String part,
            String matesWith,
            @Size(max = 200) String location) {}

    public record ProductionStep(
            @NotNull ProductionStage stage,
            @NotBlank @Size(max = 200) String site,
            @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code") String country,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull Instant startedAt,
            Instant completedAt) {}

    public enum ProductionStage {
        CELL_PRODUCTION,
        MODULE_ASSEMBLY,
        PACK_ASSEMBLY,
        END_OF_LINE_TEST,
        FORMATION
    }
}
