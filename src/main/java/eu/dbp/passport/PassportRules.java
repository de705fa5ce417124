package eu.dbp.passport;

import eu.dbp.platform.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of a passport document that span fields, which Bean Validation on single fields cannot
 * express: voltage order, references between parts, serials unique within the pack. Each has its
 * twin in the schema (a CHECK, UNIQUE or foreign key), so no other path stores what this refuses.
 */
final class PassportRules {

    private final List<FieldViolation> violations = new ArrayList<>();

    private PassportRules() {}

    static List<FieldViolation> check(PassportDocument document) {
        PassportRules rules = new PassportRules();
        rules.checkRatings(document.ratings());
        rules.checkManufacturing(document.manufacturing());
        rules.checkDesign(document.design());
        rules.checkCells(document.design());
        return List.copyOf(rules.violations);
    }

    /** The cross-field rules of a correction: the same as for those parts of a document. */
    static List<FieldViolation> check(PassportUpdate update) {
        PassportRules rules = new PassportRules();
        rules.checkRatings(update.ratings());
        rules.checkManufacturing(update.manufacturing());
        return List.copyOf(rules.violations);
    }

    /**
     * The rules between the parts of a design tree (references, uniqueness, voltage classes), as a
     * correction of one component, fastener, joint or connector leaves it; cells are not touched.
     */
    static List<FieldViolation> check(PassportDocument.Design design) {
        PassportRules rules = new PassportRules();
        rules.checkDesign(design);
        return List.copyOf(rules.violations);
    }

    private void checkRatings(PassportDocument.Ratings r) {
        if (greater(r.minimumVoltage(), r.nominalVoltage())) {
            add(
                    "ratings.minimumVoltage",
                    "minimumVoltage <= nominalVoltage",
                    "minimum voltage "
                            + r.minimumVoltage()
                            + " V is above the nominal "
                            + r.nominalVoltage()
                            + " V");
        }
        if (greater(r.nominalVoltage(), r.maximumVoltage())) {
            add(
                    "ratings.maximumVoltage",
                    "nominalVoltage <= maximumVoltage",
                    "maximum voltage "
                            + r.maximumVoltage()
                            + " V is below the nominal "
                            + r.nominalVoltage()
                            + " V");
        }
        if (r.idleTemperatureMin() != null
                && r.idleTemperatureMax() != null
                && r.idleTemperatureMin().compareTo(r.idleTemperatureMax()) >= 0) {
            add(
                    "ratings.idleTemperatureMax",
                    "idleTemperatureMin < idleTemperatureMax",
                    "the idle temperature range is empty");
        }
    }

    private void checkManufacturing(PassportDocument.Manufacturing m) {
        if ((m.latitude() == null) != (m.longitude() == null)) {
            add(
                    "manufacturing.longitude",
                    "geotag complete",
                    "a geotag needs both latitude and longitude");
        }
        if (m.puttingIntoServiceDate() != null
                && m.date() != null
                && m.puttingIntoServiceDate().isBefore(m.date())) {
            add(
                    "manufacturing.puttingIntoServiceDate",
                    "not before manufacturing date",
                    "a battery cannot be put into service before it was made");
        }
    }

    private void checkDesign(PassportDocument.Design design) {
        Set<String> componentRefs =
                unique(
                        design.components(),
                        PassportDocument.Component::ref,
                        "design.components",
                        "ref");
        Set<String> fastenerRefs =
                unique(
                        design.fasteners(),
                        PassportDocument.Fastener::ref,
                        "design.fasteners",
                        "ref");
        Set<String> jointRefs =
                unique(design.joints(), PassportDocument.Joint::ref, "design.joints", "ref");
        Set<String> connectorRefs =
                unique(
                        design.connectors(),
                        PassportDocument.Connector::ref,
                        "design.connectors",
                        "ref");
        unique(
                design.modules(),
                PassportDocument.Module::serialNumber,
                "design.modules",
                "serialNumber");
        unique(design.modules(), m -> String.valueOf(m.position()), "design.modules", "position");

        checkPack(design);
        checkModules(design, componentRefs);
        for (int i = 0; i < design.joints().size(); i++) {
            PassportDocument.Joint joint = design.joints().get(i);
            String at = "design.joints[" + i + "]";
            reference(componentRefs, joint.part(), at + ".part", "component");
            reference(componentRefs, joint.attachedTo(), at + ".attachedTo", "component");
            if (joint.part() != null && joint.part().equals(joint.attachedTo())) {
                add(at + ".attachedTo", "part <> attachedTo", "a part cannot be joined to itself");
            }
            boolean needsFastener =
                    joint.type() == JointType.BOLTED || joint.type() == JointType.SCREWED;
            if (needsFastener && joint.fastener() == null) {
                add(
                        at + ".fastener",
                        "required for " + joint.type(),
                        "a " + joint.type() + " joint names its fastener");
            }
            if (joint.fastener() != null) {
                reference(fastenerRefs, joint.fastener(), at + ".fastener", "fastener");
            }
        }
        for (int i = 0; i < design.connectors().size(); i++) {
            PassportDocument.Connector connector = design.connectors().get(i);
            String at = "design.connectors[" + i + "]";
            reference(componentRefs, connector.part(), at + ".part", "component");
            if (connector.matesWith() != null) {
                reference(componentRefs, connector.matesWith(), at + ".matesWith", "component");
            }
            boolean mustBeHv =
                    connector.type() == ConnectorType.HV_MAIN
                            || connector.type() == ConnectorType.SERVICE_DISCONNECT;
            if (mustBeHv && connector.voltageClass() != VoltageClass.HV) {
                add(
                        at + ".voltageClass",
                        "HV for " + connector.type(),
                        connector.type() + " connectors are high voltage");
            }
        }
        Set<String> sequenced = new HashSet<>();
        for (int i = 0; i < design.joiningSequence().size(); i++) {
            String ref = design.joiningSequence().get(i);
            String at = "design.joiningSequence[" + i + "]";
            if (!jointRefs.contains(ref) && !connectorRefs.contains(ref)) {
                add(
                        at,
                        "reference",
                        "'" + ref + "' is neither a joint nor a connector of this pack");
            } else if (!sequenced.add(ref)) {
                add(at, "unique", "'" + ref + "' appears twice in the joining sequence");
            }
        }
    }

    private void checkPack(PassportDocument.Design design) {
        PassportDocument.PackDesign pack = design.pack();
        boolean circuit = pack.cooling() == Cooling.LIQUID || pack.cooling() == Cooling.REFRIGERANT;
        if (circuit && (pack.coolant() == null || pack.coolant().isBlank())) {
            add(
                    "design.pack.coolant",
                    "required for " + pack.cooling() + " cooling",
                    "name the coolant or refrigerant of a " + pack.cooling() + "-cooled pack");
        }
        if (pack.cellToPack() && !design.modules().isEmpty()) {
            add("design.modules", "empty for cell-to-pack", "a cell-to-pack design has no modules");
        }
        if (!pack.cellToPack() && !design.packCells().isEmpty()) {
            add(
                    "design.packCells",
                    "only for cell-to-pack",
                    "cells outside modules need cellToPack = true");
        }
    }

    private void checkModules(PassportDocument.Design design, Set<String> componentRefs) {
        Map<String, ComponentKind> kinds = new HashMap<>();
        design.components().forEach(c -> kinds.put(c.ref(), c.kind()));
        for (int i = 0; i < design.modules().size(); i++) {
            PassportDocument.Module module = design.modules().get(i);
            String at = "design.modules[" + i + "].ref";
            if (!componentRefs.contains(module.ref())) {
                add(
                        at,
                        "reference",
                        "module '"
                                + module.ref()
                                + "' needs a component of kind MODULE with that ref");
            } else if (kinds.get(module.ref()) != ComponentKind.MODULE) {
                add(
                        at,
                        "kind MODULE",
                        "component '"
                                + module.ref()
                                + "' is a "
                                + kinds.get(module.ref())
                                + ", not a MODULE");
            }
        }
        unique(design.modules(), PassportDocument.Module::ref, "design.modules", "ref");
    }

    private void checkCells(PassportDocument.Design design) {
        Set<String> serials = new HashSet<>();
        for (int m = 0; m < design.modules().size(); m++) {
            List<PassportDocument.Cell> cells = design.modules().get(m).cells();
            Set<Integer> positions = new HashSet<>();
            for (int c = 0; c < cells.size(); c++) {
                checkCell(
                        cells.get(c),
                        "design.modules[" + m + "].cells[" + c + "]",
                        serials,
                        positions);
            }
        }
        Set<Integer> positions = new HashSet<>();
        for (int c = 0; c < design.packCells().size(); c++) {
            checkCell(design.packCells().get(c), "design.packCells[" + c + "]", serials, positions);
        }
    }

    private void checkCell(
            PassportDocument.Cell cell, String at, Set<String> serials, Set<Integer> positions) {
        if (cell.serialNumber() != null && !serials.add(cell.serialNumber())) {
            add(
                    at + ".serialNumber",
                    "unique",
                    "cell serial '" + cell.serialNumber() + "' appears twice in the pack");
        }
        if (cell.position() != null && !positions.add(cell.position())) {
            add(at + ".position", "unique", "two cells share position " + cell.position());
        }
    }

    private <T> Set<String> unique(
            List<T> items, Function<T, String> key, String path, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                add(
                        path + "[" + i + "]." + field,
                        "unique",
                        field + " '" + value + "' appears twice");
            }
        }
        return seen;
    }

    private void reference(Set<String> known, String ref, String field, String what) {
        if (ref != null && !known.contains(ref)) {
            add(field, "reference", "'" + ref + "' is not a " + what + " of this pack");
        }
    }

    private static boolean greater(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) > 0;
    }

    private void add(String field, String rule, String message) {
        violations.add(new FieldViolation(field, rule, message));
    }
}
