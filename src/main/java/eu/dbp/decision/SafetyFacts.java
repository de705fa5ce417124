package eu.dbp.decision;

import eu.dbp.passport.EventType;
import eu.dbp.passport.PackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The safety findings that close routes: events that rule out any reuse, and events that rule out a
 * second life. Derived from the pack's recorded events.
 *
 * @param blockingReuse why no route that keeps cells in service is open
 * @param blockingRepurpose why a second life is ruled out (accident or deep-discharge history)
 * @param cellDamage the cells' chemistry is no longer intact (direct recycling unsuitable)
 */
record SafetyFacts(List<String> blockingReuse, List<String> blockingRepurpose, boolean cellDamage) {

    /** Event types that damage the cells whatever their severity. */
    private static final Set<EventType> CELL_DAMAGE =
            Set.of(EventType.THERMAL_RUNAWAY, EventType.SWELLING, EventType.ELECTROLYTE_LEAK);

    private static final Set<EventType> REPURPOSE_HISTORY =
            Set.of(EventType.ACCIDENT, EventType.DEEP_DISCHARGE);

    static final String BLOCK_REUSE = "event.severity.block_reuse";
    static final String BLOCK_REPURPOSE = "event.severity.block_repurpose";

    SafetyFacts {
        blockingReuse = List.copyOf(blockingReuse);
        blockingRepurpose = List.copyOf(blockingRepurpose);
    }

    static SafetyFacts of(PackView pack, DecisionParameters parameters) {
        double reuseLevel = parameters.value(BLOCK_REUSE);
        double repurposeLevel = parameters.value(BLOCK_REPURPOSE);
        List<String> reuse = new ArrayList<>();
        List<String> repurpose = new ArrayList<>();
        boolean cellDamage = false;
        for (PackView.Event event : pack.events()) {
            int level = event.severity().ordinal() + 1;
            String text = event.type() + " (" + event.severity() + ", " + event.occurredAt() + ")";
            if (CELL_DAMAGE.contains(event.type())) {
                cellDamage = true;
                reuse.add(text + " damages cells at any severity");
            } else if (level >= reuseLevel) {
                reuse.add(text + ": severity " + level + " >= " + fmt(reuseLevel));
            } else if (REPURPOSE_HISTORY.contains(event.type()) && level >= repurposeLevel) {
                repurpose.add(text + ": severity " + level + " >= " + fmt(repurposeLevel));
            }
        }
        return new SafetyFacts(reuse, repurpose, cellDamage);
    }

    private static String fmt(double value) {
        return Numbers.plain(value);
    }
}
