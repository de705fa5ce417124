package eu.dbp.planning;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dbp.learning.ModelKnowledge;
import eu.dbp.passport.BatteryCategory;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.CellFormat;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.ComponentKind;
import eu.dbp.passport.ConnectorType;
import eu.dbp.passport.Cooling;
import eu.dbp.passport.Drive;
import eu.dbp.passport.EventType;
import eu.dbp.passport.FastenerType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Severity;
import eu.dbp.passport.VoltageClass;
import eu.dbp.planning.DisassemblyPlan.Step;
import eu.dbp.safety.IntendedRoute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every plan must have, over randomly generated pack designs. */
class PlanPropertiesTests {

    private final PlanGenerator generator = PlanGenerator.standard();

    @Property(tries = 400)
    void noHighVoltageWorkBeforeIsolationAndVerification(
            @ForAll("packs") PackView pack, @ForAll Depth depth, @ForAll IntendedRoute route) {
        DisassemblyPlan plan = plan(pack, depth, route);
        if (!plan.safety().highVoltage()) {
            assertThat(plan.steps()).noneMatch(Step::highVoltage);
            return;
        }
        Step verify = find(plan, "isolate.verify-absence");
        Step covered = find(plan, "isolate.cover-adjacent");

        for (Step step : plan.steps()) {
            if (step.kind() == StepKind.ISOLATION || step.kind() == StepKind.QUARANTINE) {
                continue;
            }
            if (step.highVoltage()) {
                assertThat(step.number()).as(step.key()).isGreaterThan(covered.number());
                assertThat(ancestors(plan, step))
                        .as(step.key() + " depends on verification")
                        .contains(verify.number(), covered.number());
            }
        }
    }

    @Property(tries = 400)
    void everyPrerequisiteComesBeforeItsStep(
            @ForAll("packs") PackView pack, @ForAll Depth depth, @ForAll IntendedRoute route) {
        DisassemblyPlan plan = plan(pack, depth, route);

        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            assertThat(step.number()).isEqualTo(i + 1);
            assertThat(step.prerequisites())
                    .allSatisfy(p -> assertThat(p).as(step.key()).isBetween(1, step.number() - 1));
        }
        assertThat(plan.steps()).extracting(Step::key).doesNotHaveDuplicates();
    }

    @Property(tries = 200)
    void recyclingDischargeComesBeforeEveryDestructiveStep(
            @ForAll("packs") PackView pack, @ForAll Depth depth) {
        DisassemblyPlan plan = plan(pack, depth, IntendedRoute.RECYCLING);
        Step discharge = find(plan, "pack.discharge");

        assertThat(plan.steps())
                .filteredOn(Step::destructive)
                .allSatisfy(
                        s ->
                                assertThat(ancestors(plan, s))
                                        .as(s.key())
                                        .contains(discharge.number()));
    }

    private DisassemblyPlan plan(PackView pack, Depth depth, IntendedRoute route) {
        return generator.generate(
                pack,
                depth,
                route,
                ModelKnowledge.none(pack.model(), PlanGeneratorTests.PARAMETERS));
    }

    private static Step find(DisassemblyPlan plan, String key) {
        return plan.steps().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + key));
    }

    private static Set<Integer> ancestors(DisassemblyPlan plan, Step step) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> todo = new ArrayList<>(step.prerequisites());
        while (!todo.isEmpty()) {
            int n = todo.remove(todo.size() - 1);
            if (seen.add(n)) {
                todo.addAll(plan.steps().get(n - 1).prerequisites());
            }
        }
        return seen;
    }

    @Provide
    Arbitrary<PackView> packs() {
        return Arbitraries.randomValue(PlanPropertiesTests::randomPack);
    }

    static PackView randomPack(Random random) {
        List<PackView.Component> components = new ArrayList<>();
        components.add(
                new PackView.Component(
                        "HOUSING",
                        ComponentKind.HOUSING,
                        "Housing",
                        null,
                        false,
                        null,
                        null,
                        null));
        if (random.nextInt(5) > 0) {
            components.add(component("LID", ComponentKind.LID, random));
        }
        if (random.nextBoolean()) {
            components.add(component("MSD", ComponentKind.SERVICE_DISCONNECT, random));
        }
        ComponentKind[] kinds = ComponentKind.values();
        int parts = random.nextInt(10);
        for (int i = 1; i <= parts; i++) {
            ComponentKind kind = kinds[random.nextInt(kinds.length)];
            if (kind != ComponentKind.MODULE) {
                components.add(component("P" + i, kind, random));
            }
        }
        List<PackView.Module> modules = new ArrayList<>();
        int moduleCount = random.nextInt(7);
        ModuleCondition[] conditions = ModuleCondition.values();
        for (int i = 1; i <= moduleCount; i++) {
            components.add(component("M" + i, ComponentKind.MODULE, random));
            modules.add(
                    new PackView.Module(
                            "M" + i,
                            "S-M" + i,
                            i,
                            2 + random.nextInt(12),
                            1 + random.nextInt(4),
                            5 + random.nextInt(80),
                            5.0,
                            pick(ModuleHousing.values(), random),
                            pick(JointType.values(), random),
                            random.nextInt(6) == 0
                                    ? pick(conditions, random)
                                    : ModuleCondition.IN_SERVICE,
                            85.0,
                            12,
                            CellFormat.POUCH,
                            null));
        }
        List<PackView.Fastener> fasteners = new ArrayList<>();
        List<PackView.Joint> joints = new ArrayList<>();
        List<PackView.JoiningStep> sequence = new ArrayList<>();
        int jointCount = random.nextInt(3 * components.size() + 1);
        for (int i = 1; i <= jointCount; i++) {
            PackView.Component part = components.get(random.nextInt(components.size()));
            PackView.Component to = components.get(random.nextInt(components.size()));
            if (part == to) {
                continue;
            }
            JointType type = pick(JointType.values(), random);
            String fastenerRef = null;
            if (type == JointType.BOLTED || type == JointType.SCREWED || random.nextInt(4) == 0) {
                fastenerRef = "F" + i;
                fasteners.add(
                        new PackView.Fastener(
                                fastenerRef,
                                pick(FastenerType.values(), random),
                                random.nextBoolean() ? "M" + (4 + random.nextInt(6)) : null,
                                random.nextBoolean() ? pick(Drive.values(), random) : null,
                                1 + random.nextInt(20),
                                null,
                                random.nextBoolean() ? 5.0 + random.nextInt(30) : null,
                                null,
                                random.nextBoolean(),
                                random.nextBoolean(),
                                null));
            }
            joints.add(
                    new PackView.Joint(
                            "J" + i, type, part.ref(), to.ref(), fastenerRef, null, null));
        }
        List<PackView.Connector> connectors = new ArrayList<>();
        int connectorCount = random.nextInt(components.size() + 1);
        for (int i = 1; i <= connectorCount; i++) {
            ConnectorType type = pick(ConnectorType.values(), random);
            VoltageClass voltage =
                    type == ConnectorType.HV_MAIN || type == ConnectorType.SERVICE_DISCONNECT
                            ? VoltageClass.HV
                            : pick(VoltageClass.values(), random);
            connectors.add(
                    new PackView.Connector(
                            "C" + i,
                            type,
                            voltage,
                            null,
                            components.get(random.nextInt(components.size())).ref(),
                            random.nextBoolean()
                                    ? null
                                    : components.get(random.nextInt(components.size())).ref(),
                            null));
        }
        List<String> refs = new ArrayList<>();
        joints.forEach(j -> refs.add("J:" + j.ref()));
        connectors.forEach(c -> refs.add("C:" + c.ref()));
        Collections.shuffle(refs, random);
        int no = 1;
        for (String ref : refs.subList(0, random.nextInt(refs.size() + 1))) {
            sequence.add(
                    new PackView.JoiningStep(
                            no++,
                            ref.startsWith("J:") ? ref.substring(2) : null,
                            ref.startsWith("C:") ? ref.substring(2) : null));
        }
        List<PackView.Event> events = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (random.nextInt(12) == 0) {
                events.add(
                        new PackView.Event(
                                type,
                                pick(Severity.values(), random),
                                Instant.parse("2025-01-01T00:00:00Z"),
                                null,
                                null,
                                null,
                                null));
            }
        }
        Cooling cooling = pick(Cooling.values(), random);
        double maxV = 20 + random.nextInt(980);
        PackView.Pack pack =
                new PackView.Pack(
                        96,
                        2,
                        moduleCount == 0 && random.nextBoolean(),
                        "aluminium",
                        cooling,
                        cooling == Cooling.LIQUID || cooling == Cooling.REFRIGERANT
                                ? "coolant"
                                : null,
                        null,
                        "BMS",
                        random.nextBoolean() ? "plug" : null,
                        null,
                        random.nextBoolean() ? 120 : null,
                        null,
                        CellFormat.POUCH,
                        null);
        PackView.Sox sox =
                random.nextBoolean()
                        ? PackView.Sox.none()
                        : new PackView.Sox(
                                null,
                                80.0,
                                (double) random.nextInt(101),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null);
        return new PackView(
                "RANDOM-" + random.nextInt(1000),
                "Random pack",
                BatteryCategory.EV,
                pick(Chemistry.values(), random),
                BatteryStatus.ORIGINAL,
                false,
                1 + random.nextInt(600),
                100,
                1 + random.nextInt(100),
                maxV * 0.6,
                maxV * 0.85,
                maxV,
                null,
                5,
                12 * Math.max(moduleCount, 1) + random.nextInt(50),
                pack,
                components,
                modules,
                fasteners,
                joints,
                connectors,
                sequence,
                events,
                List.of(),
                sox);
    }

    private static PackView.Component component(String ref, ComponentKind kind, Random random) {
        return new PackView.Component(
                ref,
                kind,
                kind.name().toLowerCase() + " " + ref,
                null,
                random.nextBoolean(),
                random.nextInt(4) == 0 ? 30.0 : 2.0,
                null,
                null);
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
