package eu.dbp.passport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One page of the battery list and the total number of batteries that match the filter. */
public record BatteryPage(List<Item> items, long total, int page, int size) {

    public record Item(
            String id,
            String model,
            BatteryCategory batteryCategory,
            Chemistry batteryChemistry,
            BatteryStatus batteryStatus,
            boolean ceased,
            String manufacturer,
            LocalDate manufacturingDate,
            BigDecimal ratedEnergy,
            BigDecimal maximumVoltage) {}
}
