package eu.dbp.decision;

import eu.dbp.passport.PackView;
import eu.dbp.passport.PassportService;
import eu.dbp.platform.ConflictException;
import eu.dbp.platform.CurrentActor;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import eu.dbp.telemetry.TelemetryService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision module's public face: route recommendations and their parameters. */
@Service
public class DecisionService {

    private static final Logger log = LoggerFactory.getLogger(DecisionService.class);

    private static final double PRICE_MAX = 100_000;

    private final PassportService passports;
    private final ParameterRepository parameters;
    private final TelemetryService telemetry;
    private final ObjectProvider<CurrentActor> actor;

    DecisionService(
            PassportService passports,
            ParameterRepository parameters,
            TelemetryService telemetry,
            ObjectProvider<CurrentActor> actor) {
        this.passports = passports;
        this.parameters = parameters;
        this.telemetry = telemetry;
        this.actor = actor;
    }

    /** The routes for one battery, best first; 404 if the battery is unknown. */
    @Transactional(readOnly = true)
    public Recommendation recommend(String identifier) {
        PackView pack = passports.packView(identifier);
        DecisionParameters current = parameters.load();
        Signals signals = Signals.of(pack, telemetry.summary(identifier));
        return RouteRules.recommend(pack, signals, SafetyFacts.of(pack, current), current);
    }

    @Transactional(readOnly = true)
    public List<DecisionParameter> parameters() {
        return parameters.all();
    }

    @Transactional(readOnly = true)
    public DecisionParameter parameter(String key) {
        return parameters
                .find(key)
                .orElseThrow(() -> new NotFoundException("decision parameter", key));
    }

    @Transactional(readOnly = true)
    public List<RecoveryTarget> recoveryTargets() {
        return parameters.targets();
    }

    /** Changes a threshold or price; 422 for a value outside its range, 409 for a stale version. */
    @Transactional
    DecisionParameter change(String key, ParameterChange change) {
        DecisionParameter current = parameter(key);
        double value = change.value().doubleValue();
        String by = currentPrincipal();
        Optional<Element> element = ParameterRepository.priceElement(key);
        int updated;
        if (element.isPresent()) {
            if (value < 0 || value > PRICE_MAX) {
                throw new InvalidInputException(
                        "value",
                        "range 0.." + Numbers.plain(PRICE_MAX),
                        "a price per kg must lie between 0 and "
                                + Numbers.plain(PRICE_MAX)
                                + ", was "
                                + change.value());
            }
            LocalDate quotedOn = change.quotedOn() == null ? LocalDate.now() : change.quotedOn();
            updated =
                    parameters.updatePrice(
                            element.get(),
                            value,
                            change.currency(),
                            quotedOn,
                            change.source(),
                            change.version(),
                            by);
        } else {
            if (change.currency() != null || change.quotedOn() != null) {
                throw new InvalidInputException(
                        "currency",
                        "prices only",
                        "currency and quotedOn apply to prices only, not to threshold " + key);
            }
            if (value < current.minValue() || value > current.maxValue()) {
                String range =
                        Numbers.plain(current.minValue())
                                + ".."
                                + Numbers.plain(current.maxValue());
                throw new InvalidInputException(
                        "value",
                        "range " + range,
                        key
                                + " must lie within "
                                + range
                                + " "
                                + current.unit()
                                + ", was "
                                + change.value());
            }
            updated = parameters.updateThreshold(key, value, change.source(), change.version(), by);
        }
        if (updated == 0) {
            throw ConflictException.staleVersion("decision parameter", key, change.version());
        }
        log.info(
                "Decision parameter {} changed from {} to {} by {}",
                key,
                current.value(),
                value,
                by);
        return parameter(key);
    }

    private String currentPrincipal() {
        CurrentActor current = actor.getIfAvailable();
        return current == null ? "anonymous" : current.get().principal();
    }
}
