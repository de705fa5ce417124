package eu.dbp.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.dbp.learning.ModelKnowledge;
import eu.dbp.learning.ModelKnowledge.FastenerStats;
import eu.dbp.learning.ModelKnowledge.Parameters;
import eu.dbp.learning.ModelKnowledge.StepStats;
import eu.dbp.passport.Cooling;
import eu.dbp.passport.EventType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Severity;
import eu.dbp.planning.DisassemblyPlan.Step;
import eu.dbp.safety.IntendedRoute;
import eu.dbp.safety.Qualification;
import eu.dbp.safety.ReferencePacks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanGeneratorTests {

    static final Parameters PARAMETERS = new Parameters(3, 3, 0.8, 5, 1, 19, 0.25, 8);

    private final PlanGenerator generator = PlanGenerator.standard();

    private DisassemblyPlan plan(PackView view, Depth depth) {
        return generator.generate(
                view,
                depth,
                IntendedRoute.UNDECIDED,
                ModelKnowledge.none(view.model(), PARAMETERS));
    }

    @Test
    void isolatesAndVerifiesBeforeAnyHighVoltageWork() {
        DisassemblyPlan plan = plan(ReferencePacks.leaf(), Depth.MODULE);
        int verified = step(plan, "isolate.verify-absence").number();

        assertThat(plan.steps().subList(0, 9))
                .extracting(Step::key)
                .startsWith(
                        "isolate.disconnect-charging",
                        "isolate.disconnect-12v",
                        "isolate.service-disconnect");
        assertThat(plan.steps())
                .filteredOn(s -> s.highVoltage() && !s.key().startsWith("isolate."))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.number()).isGreaterThan(verified));
    }

    @Test
    void ordersLidBeforeModulesAndEachModuleAfterItsBusbars() {
        DisassemblyPlan plan = plan(ReferencePacks.leaf(), Depth.MODULE);

        assertThat(step(plan, "lid.unbolt").number()).isLessThan(step(plan, "lid.remove").number());
        assertThat(step(plan, "lid.separate-adhesive").number())
                .isLessThan(step(plan, "lid.remove").number());
        assertThat(step(plan, "lid.remove").number())
                .isLessThan(step(plan, "module.M07.remove").number());
        assertThat(step(plan, "bb07.remove").number())
                .isLessThan(step(plan, "module.M07.remove").number());
        assertThat(step(plan, "bb06.remove").number())
                .isLessThan(step(plan, "module.M07.remove").number());
        assertThat(plan.steps())
                .filteredOn(s -> s.key().endsWith(".remove") && s.key().startsWith("module."))
                .hasSize(48);
    }

    @Test
    void describesFastenersToolsForceAndWarningsOfEachStep() {
        Step lid = step(plan(ReferencePacks.leaf(), Depth.MODULE), "lid.unbolt");

        assertThat(lid.fastener().count()).isEqualTo(12);
        assertThat(lid.fastener().size()).isEqualTo("10 mm");
        assertThat(lid.fastener().torqueNm()).isEqualTo(8.0);
        assertThat(lid.tools()).contains("10 mm socket and ratchet");
        assertThat(lid.force().maxBreakLooseTorqueNm()).isEqualTo(12.0);
        assertThat(lid.qualification())
                .as("outside, hands off HV parts")
                .isEqualTo(Qualification.ONE_S);
        assertThat(step(plan(ReferencePacks.leaf(), Depth.MODULE), "lid.remove").qualification())
                .as("exposes live parts")
                .isEqualTo(Qualification.TWO_S);

        Step seal = step(plan(ReferencePacks.leaf(), Depth.MODULE), "lid.separate-adhesive");
        assertThat(seal.destructive()).isTrue();
        assertThat(seal.warnings()).anyMatch(w -> w.contains("risk of damaging parts"));
    }

    @Test
    void busbarStepsAskToVerifyVoltageAgain() {
        DisassemblyPlan plan = plan(ReferencePacks.leaf(), Depth.MODULE);

        assertThat(step(plan, "bb07.unbolt").verifyVoltageAfter()).isTrue();
        assertThat(step(plan, "lid.unbolt").verifyVoltageAfter()).isFalse();
    }

    @Test
    void liquidCoolingDrainsAndCapsBeforeTheLidOpens() {
        DisassemblyPlan plan = plan(ReferencePacks.tesla(), Depth.MODULE);
        Step drain = step(plan, "coolant.drain-and-cap");

        assertThat(plan.steps())
                .filteredOn(s -> s.key().startsWith("lid."))
                .allSatisfy(s -> assertThat(s.number()).isGreaterThan(drain.number()));
        assertThat(step(plan, "lid.remove").prerequisites()).isNotEmpty();
        assertThat(plan(ReferencePacks.leaf(), Depth.MODULE).steps())
                .extracting(Step::key)
                .doesNotContain("coolant.drain-and-cap");
    }

    @Test
    void refrigerantIsRecoveredByCertifiedStaffBeforeTheLidOpens() {
        DisassemblyPlan plan =
                plan(
                        ReferencePacks.leafBuilder()
                                .cooling(Cooling.REFRIGERANT, "R1234yf")
                                .build(),
                        Depth.MODULE);
        Step recover = step(plan, "refrigerant.recover");

        assertThat(recover.action()).contains("certified").contains("R1234yf");
        assertThat(recover.number()).isLessThan(step(plan, "lid.unbolt").number());
        assertThat(recover.number()).isLessThan(step(plan, "lid.remove").number());
    }

    @Test
    void accidentPutsQuarantineFirstAndLiveWorkQualificationOnHighVoltageSteps() {
        DisassemblyPlan plan =
                plan(
                        ReferencePacks.leafBuilder()
                                .event(EventType.ACCIDENT, Severity.HIGH)
                                .build(),
                        Depth.MODULE);

        assertThat(plan.steps().get(0).key()).isEqualTo("pack.quarantine");
        assertThat(plan.steps().get(0).action()).contains("48 h");
        assertThat(plan.steps())
                .filteredOn(Step::highVoltage)
                .allSatisfy(s -> assertThat(s.qualification()).isEqualTo(Qualification.THREE_S));
        assertThat(step(plan, "lid.remove").warnings()).anyMatch(w -> w.contains("deformed"));
        assertThat(plan(ReferencePacks.leaf(), Depth.MODULE).steps())
                .extracting(Step::key)
                .doesNotContain("pack.quarantine");
    }

    @Test
    void cellDepthOpensEachModuleByItsHousingAndJoining() {
        DisassemblyPlan cells = plan(ReferencePacks.meb(), Depth.CELL);
        DisassemblyPlan modules = plan(ReferencePacks.meb(), Depth.MODULE);

        assertThat(step(cells, "module.M03.cut-case").destructive()).isTrue();
        assertThat(step(cells, "module.M03.cells.cut-welds").number())
                .isGreaterThan(step(cells, "module.M03.cut-case").number());
        assertThat(step(cells, "module.M03.extract-cells").action()).contains("24 cells");
        assertThat(modules.steps()).extracting(Step::key).noneMatch(k -> k.contains(".cells."));
        assertThat(cells.totals().p50Min()).isGreaterThan(modules.totals().p50Min());
    }

    @Test
    void cellToPackSeparatesCellsOnlyAtCellDepth() {
        DisassemblyPlan modules = plan(ReferencePacks.lfp(), Depth.MODULE);
        DisassemblyPlan cells = plan(ReferencePacks.lfp(), Depth.CELL);

        assertThat(modules.notes()).anyMatch(n -> n.contains("no module level"));
        assertThat(modules.steps())
                .extracting(Step::key)
                .doesNotContain("cells.remove", "bb-all.cut-welds");
        assertThat(cells.steps())
                .extracting(Step::key)
                .contains("bb-all.cut-welds", "cells.separate-adhesive", "cells.remove");
    }

    @Test
    void eBikeHasNoHighVoltageStepsButWarnsOfShortCircuits() {
        DisassemblyPlan plan = plan(ReferencePacks.ebike(), Depth.CELL);

        assertThat(plan.steps()).noneMatch(Step::highVoltage);
        assertThat(plan.steps())
                .allSatisfy(s -> assertThat(s.qualification()).isEqualTo(Qualification.ONE_S));
        assertThat(plan.steps())
                .extracting(Step::key)
                .contains("housing-top.unscrew", "housing-top.unclip", "module.M01.cells.cut-welds")
                .doesNotContain("isolate.service-disconnect");
        assertThat(step(plan, "module.M01.cells.cut-welds").warnings())
                .anyMatch(w -> w.contains("short-circuit"));
        assertThat(step(plan, "housing-top.unscrew").tools()).contains("Torx T10 driver");
    }

    @Test
    void skipsModulesThatLeftThePackAndWarnsAboutTheirReplacements() {
        PackView repaired =
                ReferencePacks.leafBuilder()
                        .moduleCondition("M05", ModuleCondition.REPLACED)
                        .replaced("DEMO-LEAF-24-0001-M05", "DEMO-LEAF-24-0001-M06", "low capacity")
                        .build();
        DisassemblyPlan plan = plan(repaired, Depth.MODULE);

        assertThat(plan.steps()).extracting(Step::key).doesNotContain("module.M05.remove");
        assertThat(step(plan, "module.M06.remove").warnings())
                .anyMatch(w -> w.contains("Replacement module") && w.contains("low capacity"));
        assertThat(plan.notes()).anyMatch(n -> n.contains("M05") && n.contains("REPLACED"));
    }

    @Test
    void recyclingDischargesBeforeEveryDestructiveStep() {
        PackView leaf = ReferencePacks.leaf();
        DisassemblyPlan plan =
                generator.generate(
                        leaf,
                        Depth.CELL,
                        IntendedRoute.RECYCLING,
                        ModelKnowledge.none(leaf.model(), PARAMETERS));
        Step discharge = step(plan, "pack.discharge");

        assertThat(plan.steps())
                .filteredOn(Step::destructive)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.number()).isGreaterThan(discharge.number()));
        assertThat(plan(leaf, Depth.CELL).steps())
                .extracting(Step::key)
                .doesNotContain("pack.discharge")
                .contains("pack.storage-soc");
    }

    @Test
    void priorsAddUpToTheModelsPlanningTimes() {
        DisassemblyPlan plan = plan(ReferencePacks.leaf(), Depth.MODULE);
        int firstInside = step(plan, "lid.remove").number();
        double open =
                plan.steps().stream()
                        .filter(s -> s.number() <= firstInside)
                        .mapToDouble(s -> s.estimate().p50Min())
                        .sum();

        assertThat(open).isCloseTo(60, within(1.0));
        assertThat(plan.totals().p50Min()).isCloseTo(150, within(2.0));
        assertThat(plan.totals().costP50Eur()).isCloseTo(150, within(3.0));
        assertThat(plan.totals().rateSource()).contains("[A]");
        assertThat(step(plan, "lid.unbolt").estimate().basis()).contains("RP-1");
    }

    @Test
    void learnedTimesMoveTheEstimate() {
        PackView leaf = ReferencePacks.leaf();
        double prior = step(plan(leaf, Depth.MODULE), "lid.unbolt").estimate().p50Min();
        double log = Math.log(prior * 3);
        ModelKnowledge slow =
                new ModelKnowledge(
                        leaf.model(),
                        Map.of("lid.unbolt", new StepStats(6, 6 * log, 6 * log * log, 6)),
                        Map.of(),
                        PARAMETERS);

        Step learned =
                step(
                        generator.generate(leaf, Depth.MODULE, IntendedRoute.UNDECIDED, slow),
                        "lid.unbolt");

        assertThat(learned.estimate().p50Min()).isGreaterThan(prior * 2).isLessThan(prior * 3);
        assertThat(learned.estimate().observations()).isEqualTo(6);
    }

    @Test
    void repeatedlyStrippedFastenersAreDrilledOutInstead() {
        PackView leaf = ReferencePacks.leaf();
        String lidBolts = leaf.fastener("LID-EDGE").orElseThrow().fastenerClass();
        ModelKnowledge stripping =
                new ModelKnowledge(
                        leaf.model(),
                        Map.of(),
                        Map.of(lidBolts, new FastenerStats(36, 14, 2, 0)),
                        PARAMETERS);

        DisassemblyPlan plan =
                generator.generate(leaf, Depth.MODULE, IntendedRoute.UNDECIDED, stripping);
        Step drill = step(plan, "lid.drill-out");

        assertThat(plan.steps()).extracting(Step::key).doesNotContain("lid.unbolt");
        assertThat(drill.kind()).isEqualTo(StepKind.DRILL_OUT);
        assertThat(drill.action()).contains("stripped");
        assertThat(drill.tools()).anyMatch(t -> t.startsWith("drill"));
        assertThat(drill.warnings()).anyMatch(w -> w.contains("chips"));
        assertThat(drill.destructive()).isTrue();
    }

    @Test
    void everyPrerequisiteComesBeforeItsStepInEveryReferencePack() {
        for (PackView pack : ReferencePacks.all()) {
            for (Depth depth : Depth.values()) {
                DisassemblyPlan plan = plan(pack, depth);

                assertThat(plan.steps())
                        .allSatisfy(
                                s ->
                                        assertThat(s.prerequisites())
                                                .allSatisfy(
                                                        p -> assertThat(p).isLessThan(s.number())));
                assertThat(plan.steps()).extracting(Step::key).doesNotHaveDuplicates();
                assertThat(plan.notes()).noneMatch(n -> n.startsWith("Circular"));
            }
        }
    }

    @Test
    void rendersAPrintablePdf() {
        byte[] pdf = WorkInstructionPdf.render(plan(ReferencePacks.meb(), Depth.CELL));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5_000);
    }

    static Step step(DisassemblyPlan plan, String key) {
        Optional<Step> step = plan.steps().stream().filter(s -> s.key().equals(key)).findFirst();
        assertThat(step).as("step " + key + " in " + keys(plan)).isPresent();
        return step.orElseThrow();
    }

    private static List<String> keys(DisassemblyPlan plan) {
        return plan.steps().stream().map(Step::key).limit(40).toList();
    }
}
