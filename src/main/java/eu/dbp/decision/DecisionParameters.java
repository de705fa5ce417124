package eu.dbp.decision;

import eu.dbp.passport.Chemistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the route rules read besides the pack: thresholds, material tables, recovery rates,
 * prices and the regulation's targets, each with its source. Loaded from the database for each
 * recommendation, so a changed value applies at once.
 */
record DecisionParameters(
        Map<String, Threshold> thresholds,
        Map<Chemistry, List<MaterialContent>> materials,
        Map<RecyclingProcess, Map<Element, ProcessRecovery>> recovery,
        Map<Element, Price> prices,
        List<RecoveryTarget> targets) {

    DecisionParameters {
        thresholds = Map.copyOf(thresholds);
        materials = Map.copyOf(materials);
        recovery = Map.copyOf(recovery);
        prices = Map.copyOf(prices);
        targets = List.copyOf(targets);
    }

    Threshold threshold(String key) {
        Threshold threshold = thresholds.get(key);
        if (threshold == null) {
            throw new IllegalStateException("decision threshold " + key + " is not configured");
        }
        return threshold;
    }

    double value(String key) {
        return threshold(key).value();
    }

    List<MaterialContent> materials(Chemistry chemistry) {
        return materials.getOrDefault(chemistry, List.of());
    }

    double recoveryPct(RecyclingProcess process, Element element) {
        ProcessRecovery recovery = this.recovery.getOrDefault(process, Map.of()).get(element);
        return recovery == null ? 0 : recovery.recoveryPct();
    }

    /** The price of one kg of the element in EUR, converted at {@code fx.eur_per_usd}. */
    Optional<Double> priceEurPerKg(Element element) {
        Price price = prices.get(element);
        if (price == null) {
            return Optional.empty();
        }
        double rate = "USD".equals(price.currency()) ? value("fx.eur_per_usd") : 1;
        return Optional.of(price.pricePerKg() * rate);
    }

    record Threshold(
            String key,
            double value,
            String unit,
            double minValue,
            double maxValue,
            String description,
            String source) {}

    record MaterialContent(Element element, double kgPerKwh, String basis, String source) {}

    record ProcessRecovery(Element element, double recoveryPct, String source) {}

    record Price(
            Element element,
            double pricePerKg,
            String currency,
            LocalDate quotedOn,
            String source) {}
}
