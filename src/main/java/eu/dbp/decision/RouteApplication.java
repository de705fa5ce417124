package eu.dbp.decision;

import eu.dbp.decision.Recommendation.Option;
import eu.dbp.decision.Recommendation.Reason;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.EndOfLifeRecord;
import eu.dbp.passport.PackView;
import eu.dbp.passport.PassportDocument.LineageRelation;
import eu.dbp.passport.PassportService;
import eu.dbp.platform.Actor;
import eu.dbp.platform.ConflictException;
import eu.dbp.platform.CurrentActor;
import eu.dbp.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a chosen route the way the regulation says (Art. 77(7)-(8)): remanufacturing and
 * repurposing issue a new passport linked to the original, waste changes the status, recycling
 * records the end of life and ends the passport. Routes the rules closed are refused.
 */
@Service
class RouteApplication {

    private static final Logger log = LoggerFactory.getLogger(RouteApplication.class);

    private final DecisionService decisions;
    private final PassportService passports;
    private final JdbcClient jdbc;
    private final ObjectProvider<CurrentActor> actor;

    RouteApplication(
            DecisionService decisions,
            PassportService passports,
            JdbcClient jdbc,
            ObjectProvider<CurrentActor> actor) {
        this.decisions = decisions;
        this.passports = passports;
        this.jdbc = jdbc;
        this.actor = actor;
    }

    @Transactional
    AppliedRoute apply(String identifier, RouteRequest request) {
        if (!Boolean.TRUE.equals(request.confirm())) {
            throw new InvalidInputException(
                    "confirm",
                    "must be true",
                    "applying a route changes the passport for good: confirm it with confirm=true");
        }
        Recommendation recommendation = decisions.recommend(identifier);
        PackView pack = passports.packView(identifier);
        if (pack.ceased()) {
            throw new ConflictException(
                    "battery " + identifier + " was recycled: its passport has ceased");
        }
        Route route = request.route().asRoute();
        Option option = route == null ? null : recommendation.option(route);
        if (option != null && !option.eligible()) {
            throw new ConflictException(
                    route
                            + " is not open for battery "
                            + identifier
                            + ": "
                            + String.join(
                                    "; ",
                                    option.rationale().stream()
                                            .filter(r -> !r.met())
                                            .map(Reason::text)
                                            .toList()));
        }
        requireSuccessorOnlyForNewLife(request);

        RecyclingProcess process = null;
        String successor = null;
        switch (request.route()) {
            case REPAIR -> {
                // the battery keeps its passport and status; the decision is recorded below
            }
            case MODULE_REPLACEMENT ->
                    successor =
                            passports
                                    .issueSuccessor(
                                            List.of(identifier),
                                            LineageRelation.REMANUFACTURED_FROM,
                                            request.successor())
                                    .id();
            case REPURPOSE ->
                    successor =
                            passports
                                    .issueSuccessor(
                                            List.of(identifier),
                                            LineageRelation.REPURPOSED_FROM,
                                            request.successor())
                                    .id();
            case CELL_HARVESTING, WASTE -> toWaste(pack, request.reason());
            case DIRECT_RECYCLING -> {
                process = request.process() != null ? request.process() : option.process();
                toWaste(pack, request.reason());
                passports.recordEndOfLife(
                        identifier,
                        new EndOfLifeRecord(
                                EndOfLifeRecord.Outcome.RECYCLED,
                                EndOfLifeRecord.Process.valueOf(process.name()),
                                request.reason(),
                                null,
                                request.recoveredMaterials() == null
                                        ? Map.of()
                                        : request.recoveredMaterials(),
                                List.of()));
                passports.cease(identifier, request.reason());
            }
        }

        Actor who = currentActor();
        Instant decidedAt = record(identifier, request, process, option, successor, who);
        PackView after = passports.packView(identifier);
        log.info(
                "Route {} applied to battery {} by {}",
                request.route(),
                identifier,
                who.principal());
        return new AppliedRoute(
                identifier,
                request.route().name(),
                process,
                option == null ? null : option.rank(),
                successor,
                after.status(),
                after.ceased(),
                who.principal(),
                decidedAt);
    }

    private static void requireSuccessorOnlyForNewLife(RouteRequest request) {
        boolean newLife =
                request.route() == RouteRequest.Action.MODULE_REPLACEMENT
                        || request.route() == RouteRequest.Action.REPURPOSE;
        if (newLife && request.successor() == null) {
            throw new InvalidInputException(
                    "successor",
                    "required",
                    request.route()
                            + " gives the battery a new passport linked to this one (Art. 77(7)):"
                            + " send it as successor");
        }
        if (!newLife && request.successor() != null) {
            throw new InvalidInputException(
                    "successor",
                    "not allowed",
                    "only MODULE_REPLACEMENT and REPURPOSE issue a new passport");
        }
        boolean recycling = request.route() == RouteRequest.Action.DIRECT_RECYCLING;
        if (!recycling && (request.process() != null || request.recoveredMaterials() != null)) {
            throw new InvalidInputException(
                    "process",
                    "recycling only",
                    "process and recoveredMaterials apply to DIRECT_RECYCLING only");
        }
    }

    private void toWaste(PackView pack, String reason) {
        if (pack.status() != BatteryStatus.WASTE) {
            passports.changeStatus(pack.identifier(), BatteryStatus.WASTE, reason);
        }
    }

    private Instant record(
            String identifier,
            RouteRequest request,
            RecyclingProcess process,
            Option option,
            String successor,
            Actor who) {
        return jdbc.sql(
                        """
                insert into route_decision (battery_id, route, process, recommended_rank, reason,
                    successor_identifier, decided_by, decided_by_org)
                values (:battery, :route, :process, :rank, :reason, :successor, :by, :org)
                returning decided_at""")
                .param("battery", passports.batteryKey(identifier))
                .param("route", request.route().name())
                .param("process", process == null ? null : process.name(), java.sql.Types.VARCHAR)
                .param("rank", option == null ? null : option.rank(), java.sql.Types.INTEGER)
                .param("reason", request.reason())
                .param("successor", successor, java.sql.Types.VARCHAR)
                .param("by", who.principal())
                .param("org", who.organisation(), java.sql.Types.VARCHAR)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .single();
    }

    private Actor currentActor() {
        CurrentActor current = actor.getIfAvailable();
        return current == null ? new Actor("anonymous", null, null) : current.get();
    }
}
