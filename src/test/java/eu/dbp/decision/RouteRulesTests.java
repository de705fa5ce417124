package eu.dbp.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.dbp.decision.Recommendation.MaterialYield;
import eu.dbp.decision.Recommendation.Option;
import eu.dbp.decision.Recommendation.Reason;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.EventType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Severity;
import eu.dbp.telemetry.SoxSummary;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RouteRulesTests {

    private final DecisionParameters parameters = Fixtures.parameters();

    static Stream<Arguments> packsAndTheirFirstRoute() {
        return Stream.of(
                Arguments.of(
                        "healthy pack, no events",
                        (Function<Fixtures.PackBuilder, Fixtures.PackBuilder>) p -> p.soh(95.0),
                        Route.REPAIR),
                Arguments.of(
                        "healthy pack with one weak module",
                        fn(
                                p ->
                                        p.soh(84.0)
                                                .modules(
                                                        90.0, 90.0, 90.0, 65.0, 90.0, 90.0, 90.0,
                                                        90.0, 90.0, 90.0, 90.0, 90.0)),
                        Route.MODULE_REPLACEMENT),
                Arguments.of("worn pack at 68 % SoH", fn(p -> p.soh(68.0)), Route.REPURPOSE),
                Arguments.of(
                        "worn pack after a severe accident",
                        fn(p -> p.soh(68.0).event(EventType.ACCIDENT, Severity.MEDIUM)),
                        Route.CELL_HARVESTING),
                Arguments.of(
                        "severe thermal event",
                        fn(p -> p.soh(92.0).event(EventType.THERMAL_RUNAWAY, Severity.CRITICAL)),
                        Route.DIRECT_RECYCLING),
                Arguments.of(
                        "high-severity overheating",
                        fn(p -> p.soh(92.0).event(EventType.OVERHEATING, Severity.HIGH)),
                        Route.DIRECT_RECYCLING),
                Arguments.of(
                        "low-severity overheating is tolerated",
                        fn(p -> p.soh(92.0).event(EventType.OVERHEATING, Severity.LOW)),
                        Route.REPAIR),
                Arguments.of(
                        "exhausted pack in welded modules",
                        fn(p -> p.soh(50.0).housing(ModuleHousing.WELDED_CASE, JointType.WELDED)),
                        Route.DIRECT_RECYCLING),
                Arguments.of(
                        "glued cell-to-pack at 55 %",
                        fn(p -> p.soh(55.0).cellToPackGlued()), Route.DIRECT_RECYCLING),
                Arguments.of(
                        "no SoH recorded",
                        fn(p -> p.soh(null).housing(ModuleHousing.WELDED_CASE, JointType.WELDED)),
                        Route.DIRECT_RECYCLING),
                Arguments.of(
                        "worn pack with a wide cell spread",
                        fn(
                                p ->
                                        p.soh(66.0)
                                                .spread(0.2)
                                                .housing(
                                                        ModuleHousing.WELDED_CASE,
                                                        JointType.WELDED)),
                        Route.DIRECT_RECYCLING),
                Arguments.of(
                        "worn pack past the resistance knee",
                        fn(
                                p ->
                                        p.soh(66.0)
                                                .resistance(100, 180)
                                                .housing(ModuleHousing.POTTED, JointType.ADHESIVE)),
                        Route.DIRECT_RECYCLING));
    }

    private static Function<Fixtures.PackBuilder, Fixtures.PackBuilder> fn(
            Function<Fixtures.PackBuilder, Fixtures.PackBuilder> f) {
        return f;
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("packsAndTheirFirstRoute")
    void ranksTheExpectedRouteFirst(
            String name,
            Function<Fixtures.PackBuilder, Fixtures.PackBuilder> shape,
            Route expected) {
        Recommendation recommendation = recommend(shape.apply(Fixtures.pack()).build(), parameters);

        assertThat(recommendation.best().route()).as(name).isEqualTo(expected);
        assertThat(recommendation.best().eligible()).isTrue();
        assertThat(recommendation.best().rank()).isEqualTo(1);
        assertThat(recommendation.routes())
                .extracting(Option::route)
                .containsExactlyInAnyOrder(Route.values());
    }

    @Test
    void explainsAHealthyPackWithTheFactsThatKeptItInService() {
        Recommendation recommendation = recommend(Fixtures.pack().soh(95.0).build(), parameters);

        assertThat(recommendation.best().route()).isEqualTo(Route.REPAIR);
        assertThat(recommendation.best().rationale())
                .extracting(Reason::text)
                .anyMatch(
                        text ->
                                text.startsWith(
                                        "SoH 95 % >= first-life exhaustion threshold 70 %"));
        assertThat(recommendation.option(Route.REPURPOSE).rationale())
                .filteredOn(reason -> !reason.met())
                .extracting(Reason::text)
                .singleElement()
                .asString()
                .startsWith("SoH 95 % >= repurpose upper bound 80 %: still fit for its first life")
                .contains("(source: source of soh.repurpose.upper)");
    }

    @Test
    void namesTheRepurposeBoundsAWornPackSitsBetween() {
        Option repurpose =
                recommend(Fixtures.pack().soh(68.0).build(), parameters).option(Route.REPURPOSE);

        assertThat(repurpose.eligible()).isTrue();
        assertThat(repurpose.rationale())
                .extracting(Reason::text)
                .anyMatch(text -> text.startsWith("SoH 68 % < repurpose upper bound 80 %"))
                .anyMatch(text -> text.startsWith("SoH 68 % >= repurpose lower bound 60 %"));
    }

    @Test
    void sendsAPackAfterThermalRunawayToRecyclingAndClosesEveryReuseRoute() {
        Recommendation recommendation =
                recommend(
                        Fixtures.pack()
                                .soh(92.0)
                                .event(EventType.THERMAL_RUNAWAY, Severity.CRITICAL)
                                .build(),
                        parameters);

        assertThat(recommendation.best().route()).isEqualTo(Route.DIRECT_RECYCLING);
        assertThat(recommendation.routes())
                .filteredOn(Option::eligible)
                .extracting(Option::route)
                .containsExactly(Route.DIRECT_RECYCLING);
        assertThat(recommendation.option(Route.REPAIR).rationale())
                .extracting(Reason::text)
                .anyMatch(text -> text.startsWith("THERMAL_RUNAWAY (CRITICAL"));
        assertThat(recommendation.best().process())
                .as("damaged cathode feed is not fit for direct recycling")
                .isNotEqualTo(RecyclingProcess.DIRECT);
    }

    @Test
    void yieldsTheChemistrysMaterialTableTimesTheRatedEnergy() {
        Option recycling =
                recommend(Fixtures.pack().soh(50.0).energyKwh(82).build(), parameters)
                        .option(Route.DIRECT_RECYCLING);

        assertThat(recycling.yield().materials())
                .filteredOn(m -> m.element() == Element.NI)
                .singleElement()
                .satisfies(m -> assertThat(m.containedKg()).isCloseTo(82 * 0.62, within(0.001)));
        assertThat(recycling.yield().materials())
                .filteredOn(m -> m.element() == Element.CO)
                .singleElement()
                .satisfies(m -> assertThat(m.containedKg()).isCloseTo(82 * 0.09, within(0.001)));
        assertThat(recycling.yield().materials())
                .filteredOn(m -> m.element() == Element.LI)
                .singleElement()
                .satisfies(m -> assertThat(m.containedKg()).isCloseTo(82 * 0.11, within(0.001)))
                .satisfies(
                        m ->
                                assertThat(m.recoverableKg())
                                        .isCloseTo(
                                                82 * 0.11 * m.recoveryPct() / 100, within(0.001)));
    }

    @Test
    void valuesRecoveredMaterialAtTheConfiguredPrice() {
        PackView pack = Fixtures.pack().soh(50.0).build();
        MaterialYield before = nickel(recommend(pack, parameters));
        MaterialYield after =
                nickel(recommend(pack, Fixtures.withPrice(parameters, Element.NI, 45.60)));

        assertThat(before.valueEur())
                .isCloseTo(before.recoverableKg() * 22.80 * 0.92, within(0.05));
        assertThat(after.valueEur()).isCloseTo(before.valueEur() * 2, within(0.05));
    }

    @Test
    void followsAChangedThreshold() {
        PackView pack = Fixtures.pack().soh(75.0).build();

        assertThat(recommend(pack, parameters).best().route()).isEqualTo(Route.REPAIR);
        assertThat(
                        recommend(
                                        pack,
                                        Fixtures.withThreshold(
                                                parameters, "soh.exhaustion.default", 78))
                                .best()
                                .route())
                .isEqualTo(Route.REPURPOSE);
    }

    @Test
    void recyclesOnlyTheReplacedModulesMaterial() {
        Option replacement =
                recommend(
                                Fixtures.pack()
                                        .soh(84.0)
                                        .modules(
                                                90.0, 90.0, 90.0, 65.0, 90.0, 90.0, 90.0, 90.0,
                                                90.0, 90.0, 90.0, 90.0)
                                        .build(),
                                parameters)
                        .option(Route.MODULE_REPLACEMENT);

        assertThat(replacement.yield().reusableModules()).isEqualTo(11);
        assertThat(replacement.yield().reusableCells()).isEqualTo(11 * 24);
        assertThat(replacement.yield().materials())
                .filteredOn(m -> m.element() == Element.NI)
                .singleElement()
                .satisfies(
                        m -> assertThat(m.containedKg()).isCloseTo(82 * 0.62 / 12, within(0.001)));
        assertThat(replacement.estimate().hours()).isEqualTo(1.5);
        assertThat(replacement.estimate().costEur()).isEqualTo(1.5 * 60 + 90);
    }

    @Test
    void reportsWhichProcessesFallShortOfTheLithiumTarget() {
        Recommendation recommendation = recommend(Fixtures.pack().soh(50.0).build(), parameters);

        assertThat(recommendation.recycling().processes())
                .filteredOn(p -> p.process() == RecyclingProcess.PYROMETALLURGICAL)
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.unmetTargets())
                                        .anyMatch(t -> t.startsWith("LI 0 % < 50 %")));
        assertThat(recommendation.recycling().processes())
                .filteredOn(p -> p.process() == RecyclingProcess.HYDROMETALLURGICAL)
                .singleElement()
                .satisfies(p -> assertThat(p.unmetTargets()).isEmpty());
    }

    @Test
    void usesNoMaterialTableItDoesNotHave() {
        Recommendation recommendation =
                recommend(
                        Fixtures.pack().chemistry(Chemistry.SODIUM_ION).soh(40.0).build(),
                        parameters);

        assertThat(recommendation.option(Route.DIRECT_RECYCLING).yield().materials()).isEmpty();
        assertThat(recommendation.option(Route.DIRECT_RECYCLING).process())
                .isNotEqualTo(RecyclingProcess.DIRECT);
    }

    @Test
    void judgesByTheWorstSpreadTelemetryEverSawNotOnlyTheLatest() {
        PackView pack = Fixtures.pack().soh(68.0).spread(0.01).build();
        SoxSummary summary =
                new SoxSummary(
                        pack.identifier(),
                        500,
                        null,
                        null,
                        99.0,
                        67.0,
                        50.0,
                        100.0,
                        120.0,
                        900,
                        60000.0,
                        52.0,
                        -12.0,
                        30,
                        0,
                        0.3,
                        45,
                        -20);

        Signals signals = Signals.of(pack, summary);
        Option repurpose =
                RouteRules.recommend(pack, signals, SafetyFacts.of(pack, parameters), parameters)
                        .option(Route.REPURPOSE);

        assertThat(signals.sohPct()).isEqualTo(67.0);
        assertThat(signals.resistanceGrowthPct()).isCloseTo(20.0, within(0.001));
        assertThat(repurpose.eligible()).isFalse();
        assertThat(repurpose.rationale())
                .extracting(Reason::text)
                .anyMatch(text -> text.startsWith("cell-voltage spread 0.3 V > largest spread"));
    }

    private static MaterialYield nickel(Recommendation recommendation) {
        return recommendation.option(Route.DIRECT_RECYCLING).yield().materials().stream()
                .filter(m -> m.element() == Element.NI)
                .findFirst()
                .orElseThrow();
    }

    private static Recommendation recommend(PackView pack, DecisionParameters parameters) {
        return RouteRules.recommend(
                pack, Signals.of(pack), SafetyFacts.of(pack, parameters), parameters);
    }
}
