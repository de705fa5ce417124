package eu.dbp.planning;

import eu.dbp.planning.DisassemblyPlan.FastenerSpec;
import eu.dbp.planning.DisassemblyPlan.ForceLimits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A step while the plan is being drafted: mutable, numbered only once ordered. */
final class StepDraft {

    static final int QUARANTINE = 0;
    static final int ISOLATION = 1;
    static final int PREPARE = 2;
    static final int OPEN = 3;
    static final int INSIDE = 4;
    static final int BENCH = 5;

    int id;
    String key;
    StepKind kind;
    String priorKind;
    int phase;
    double rank;
    String componentRef;
    String componentName;
    String action;
    boolean highVoltage;
    boolean destructive;
    boolean verifyVoltageAfter;
    boolean heavy;
    int items;
    double fixedMinutes;
    FastenerSpec fastener;
    ForceLimits force;
    final List<String> tools = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    Set<Integer> preds = new LinkedHashSet<>();

    StepDraft(String key, StepKind kind, int phase, String action) {
        this.key = key;
        this.kind = kind;
        this.priorKind = kind.name();
        this.phase = phase;
        this.action = action;
    }

    StepDraft after(StepDraft other) {
        if (other != null && other != this) {
            preds.add(other.id);
        }
        return this;
    }

    StepDraft afterAll(Iterable<StepDraft> others) {
        others.forEach(this::after);
        return this;
    }
}
