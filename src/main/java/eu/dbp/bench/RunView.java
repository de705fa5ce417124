package eu.dbp.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A run as the API and the dashboard read it: its state, the lock-out checklist, each planned step
 * with its attempts, the holds, and what the run recovered.
 *
 * @param version the value to send back with the next change (optimistic locking)
 */
public record RunView(
        UUID id,
        String battery,
        String model,
        String depth,
        String route,
        RunState state,
        String holdReason,
        String startedBy,
        String organisation,
        Instant startedAt,
        Lockout lockout,
        List<Step> steps,
        List<Hold> holds,
        Results results,
        String completedBy,
        Instant completedAt,
        String notes,
        int version) {

    public RunView {
        steps = List.copyOf(steps);
        holds = List.copyOf(holds);
    }

    /** The isolation prompts to tick, and who confirmed them when. */
    public record Lockout(
            List<Item> items, boolean confirmed, String confirmedBy, Instant confirmedAt) {

        public Lockout {
            items = List.copyOf(items);
        }
    }

    public record Item(String key, String text, boolean confirmed) {}

    /**
     * A planned step and what happened to it.
     *
     * @param status PENDING, or the result of the latest attempt
     */
    public record Step(
            int number,
            String key,
            String kind,
            String action,
            boolean highVoltage,
            boolean destructive,
            boolean safetyStep,
            boolean verifyVoltageAfter,
            List<Integer> prerequisites,
            String fastenerClass,
            int fastenerCount,
            Double plannedP50Min,
            Double plannedP90Min,
            String status,
            List<Attempt> attempts) {

        public Step {
            prerequisites = List.copyOf(prerequisites);
            attempts = List.copyOf(attempts);
        }
    }

    public record Attempt(
            int attempt,
            StepResult result,
            BigDecimal durationMinutes,
            int stripped,
            int seized,
            int broken,
            int damagedTabs,
            int damagedBusbars,
            int damagedCells,
            List<String> hazards,
            Boolean voltageVerified,
            String toolUsed,
            String notes,
            String operator,
            Instant recordedAt) {

        public Attempt {
            hazards = List.copyOf(hazards);
        }
    }

    public record Hold(
            int number,
            int step,
            String reason,
            String raisedBy,
            Instant raisedAt,
            String releasedBy,
            Instant releasedAt,
            String releaseNote) {}

    /** What a completed run recovered; empty while the run is open. */
    public record Results(
            List<Module> modules, List<Cells> cells, Map<String, BigDecimal> materials) {

        public Results {
            modules = List.copyOf(modules);
            cells = List.copyOf(cells);
            materials = Map.copyOf(materials);
        }
    }

    public record Module(String serial, String condition, BigDecimal sohPct) {}

    public record Cells(int count, String grade, BigDecimal sohPct) {}
}
