package eu.dbp.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding for what people read: values in rationales and responses. */
final class Numbers {

    private Numbers() {}

    static double round(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** 80.0 as "80", 0.05 as "0.05". */
    static String plain(double value) {
        return BigDecimal.valueOf(round(value, 3)).stripTrailingZeros().toPlainString();
    }
}
