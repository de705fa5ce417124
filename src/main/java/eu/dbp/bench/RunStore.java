package eu.dbp.bench;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bench tables: runs, their steps, attempts, hazards, holds and results. */
@Repository
class RunStore {

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The run row, without its plan snapshot. */
    record RunRow(
            long batteryKey,
            long id,
            UUID ref,
            String battery,
            String model,
            String depth,
            String route,
            RunState state,
            String holdReason,
            String startedBy,
            String organisation,
            Instant startedAt,
            String lockoutBy,
            Instant lockoutAt,
            String lockoutChecklist,
            String completedBy,
            Instant completedAt,
            String notes,
            int version) {

        String refText() {
            return ref.toString();
        }
    }

    record AttemptRow(int stepNo, RunView.Attempt attempt) {}

    private static final String RUN_COLUMNS =
            """
            r.battery_id, r.id, r.run_ref, r.battery_identifier, r.pack_model, r.depth,
            r.intended_route, r.state, r.hold_reason, r.started_by, r.started_by_org, r.started_at,
            r.lockout_confirmed_by, r.lockout_confirmed_at, r.lockout_checklist::text,
            r.completed_by, r.completed_at, r.notes, r.version""";

    long insertRun(
            long batteryKey,
            UUID ref,
            String battery,
            String model,
            String depth,
            String route,
            String snapshot,
            String startedBy,
            String organisation,
            String notes) {
        return jdbc.sql(
                        """
                insert into disassembly_run (battery_id, run_ref, battery_identifier, pack_model,
                    depth, intended_route, plan_snapshot, started_by, started_by_org, notes)
                values (:battery, :ref, :identifier, :model, :depth, :route, cast(:plan as jsonb),
                    :by, :org, :notes)
                returning id""")
                .param("battery", batteryKey)
                .param("ref", ref)
                .param("identifier", battery)
                .param("model", model)
                .param("depth", depth)
                .param("route", route)
                .param("plan", snapshot)
                .param("by", startedBy)
                .param("org", organisation, Types.VARCHAR)
                .param("notes", notes, Types.VARCHAR)
                .query(Long.class)
                .single();
    }

    void insertSteps(long batteryKey, long runId, List<RunStep> steps) {
        for (RunStep s : steps) {
            jdbc.sql(
                            """
                    insert into run_step (battery_id, run_id, step_no, step_key, kind, action,
                        high_voltage, destructive, safety_step, verify_voltage_after, prerequisites,
                        fastener_class, fastener_count, planned_p50_min, planned_p90_min)
                    values (:battery, :run, :no, :key, :kind, :action, :hv, :destructive, :safety,
                        :verify, cast(:prerequisites as integer[]), :class, :count, :p50, :p90)""")
                    .param("battery", batteryKey)
                    .param("run", runId)
                    .param("no", s.number())
                    .param("key", s.key())
                    .param("kind", s.kind())
                    .param("action", s.action())
                    .param("hv", s.highVoltage())
                    .param("destructive", s.destructive())
                    .param("safety", s.safetyStep())
                    .param("verify", s.verifyVoltageAfter())
                    .param(
                            "prerequisites",
                            s.prerequisites().stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(",", "{", "}")))
                    .param("class", s.fastenerClass(), Types.VARCHAR)
                    .param("count", s.fastenerCount())
                    .param("p50", s.plannedP50Min(), Types.NUMERIC)
                    .param("p90", s.plannedP90Min(), Types.NUMERIC)
                    .update();
        }
    }

    Optional<RunRow> find(UUID ref) {
        return jdbc.sql("select " + RUN_COLUMNS + " from disassembly_run r where r.run_ref = :ref")
                .param("ref", ref)
                .query(RunStore::run)
                .optional();
    }

    Optional<String> batteryOf(UUID ref) {
        return jdbc.sql("select battery_identifier from disassembly_run where run_ref = :ref")
                .param("ref", ref)
                .query(String.class)
                .optional();
    }

    boolean hasOpenRun(long batteryKey) {
        return jdbc.sql(
                        """
                select exists (select 1 from disassembly_run
                               where battery_id = :battery and state in ('IN_PROGRESS', 'ON_HOLD'))""")
                .param("battery", batteryKey)
                .query(Boolean.class)
                .single();
    }

    /** The isolation prompts of the run's plan snapshot, as JSON text. */
    String isolationPrompts(RunRow run) {
        return jdbc.sql(
                        """
                select coalesce(plan_snapshot -> 'safety' -> 'isolation', '[]'::jsonb)::text
                from disassembly_run where battery_id = :battery and id = :run""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .query(String.class)
                .single();
    }

    String planSnapshot(RunRow run) {
        return jdbc.sql(
                        "select plan_snapshot::text from disassembly_run where battery_id = :b and id = :r")
                .param("b", run.batteryKey())
                .param("r", run.id())
                .query(String.class)
                .single();
    }

    /**
     * Raises the version if it is still {@code expected}; the row lock this takes serialises
     * concurrent writers of the run. Returns whether the version was current.
     */
    boolean bump(RunRow run, int expected) {
        return jdbc.sql(
                                """
                update disassembly_run set version = version + 1
                where battery_id = :battery and id = :run and version = :expected""")
                        .param("battery", run.batteryKey())
                        .param("run", run.id())
                        .param("expected", expected)
                        .update()
                == 1;
    }

    void confirmLockout(RunRow run, String checklist, String by) {
        jdbc.sql(
                        """
                update disassembly_run set lockout_checklist = cast(:checklist as jsonb),
                    lockout_confirmed_by = :by, lockout_confirmed_at = now()
                where battery_id = :battery and id = :run""")
                .param("checklist", checklist)
                .param("by", by)
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .update();
    }

    void hold(RunRow run, int stepNo, String reason, String by) {
        jdbc.sql(
                        """
                update disassembly_run set state = 'ON_HOLD', hold_reason = :reason, hold_since = now()
                where battery_id = :battery and id = :run""")
                .param("reason", reason)
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .update();
        jdbc.sql(
                        """
                insert into run_hold (battery_id, run_id, hold_no, step_no, reason, raised_by)
                select :battery, :run, coalesce(max(hold_no), 0) + 1, :step, :reason, :by
                from run_hold where battery_id = :battery and run_id = :run""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .param("step", stepNo)
                .param("reason", reason)
                .param("by", by)
                .update();
    }

    void release(RunRow run, String by, String note) {
        jdbc.sql(
                        """
                update disassembly_run set state = 'IN_PROGRESS', hold_reason = null, hold_since = null
                where battery_id = :battery and id = :run""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .update();
        jdbc.sql(
                        """
                update run_hold set released_by = :by, released_at = now(), release_note = :note
                where battery_id = :battery and run_id = :run and released_at is null""")
                .param("by", by)
                .param("note", note)
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .update();
    }

    void complete(RunRow run, String by, String notes) {
        jdbc.sql(
                        """
                update disassembly_run set state = 'COMPLETED', completed_by = :by,
                    completed_at = now(), notes = coalesce(:notes, notes)
                where battery_id = :battery and id = :run""")
                .param("by", by)
                .param("notes", notes, Types.VARCHAR)
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .update();
    }

    List<RunStep> steps(RunRow run) {
        return jdbc.sql(
                        """
                select step_no, step_key, kind, action, high_voltage, destructive, safety_step,
                    verify_voltage_after, prerequisites, fastener_class, fastener_count,
                    planned_p50_min, planned_p90_min
                from run_step where battery_id = :battery and run_id = :run order by step_no""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .query(
                        (rs, n) ->
                                new RunStep(
                                        rs.getInt(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getBoolean(5),
                                        rs.getBoolean(6),
                                        rs.getBoolean(7),
                                        rs.getBoolean(8),
                                        integers(rs.getArray(9)),
                                        rs.getString(10),
                                        rs.getInt(11),
                                        doubleOrNull(rs, 12),
                                        doubleOrNull(rs, 13)))
                .list();
    }

    /** Every attempt of the run, in step and attempt order, with its hazards. */
    List<AttemptRow> attempts(RunRow run) {
        return jdbc.sql(
                        """
                select o.step_no, o.attempt, o.result, o.duration_min, o.stripped, o.seized,
                    o.broken, o.damaged_tabs, o.damaged_busbars, o.damaged_cells,
                    coalesce((select array_agg(h.hazard order by h.hazard) from run_step_hazard h
                              where h.battery_id = o.battery_id and h.run_id = o.run_id
                                and h.step_no = o.step_no and h.attempt = o.attempt), '{}') as hazards,
                    o.voltage_verified, o.tool_used, o.notes, o.operator, o.recorded_at
                from run_step_outcome o
                where o.battery_id = :battery and o.run_id = :run
                order by o.step_no, o.attempt""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .query(
                        (rs, n) ->
                                new AttemptRow(
                                        rs.getInt(1),
                                        new RunView.Attempt(
                                                rs.getInt(2),
                                                StepResult.valueOf(rs.getString(3)),
                                                rs.getBigDecimal(4),
                                                rs.getInt(5),
                                                rs.getInt(6),
                                                rs.getInt(7),
                                                rs.getInt(8),
                                                rs.getInt(9),
                                                rs.getInt(10),
                                                strings(rs.getArray(11)),
                                                (Boolean) rs.getObject(12),
                                                rs.getString(13),
                                                rs.getString(14),
                                                rs.getString(15),
                                                instant(rs.getTimestamp(16)))))
                .list();
    }

    int insertAttempt(RunRow run, int stepNo, StepRecord r, String operator) {
        int attempt =
                jdbc.sql(
                                """
                insert into run_step_outcome (battery_id, run_id, step_no, attempt, result,
                    duration_min, stripped, seized, broken, damaged_tabs, damaged_busbars,
                    damaged_cells, voltage_verified, tool_used, notes, operator)
                select :battery, :run, :step, coalesce(max(attempt), 0) + 1, :result, :minutes,
                    :stripped, :seized, :broken, :tabs, :busbars, :cells, :verified, :tool, :notes,
                    :operator
                from run_step_outcome where battery_id = :battery and run_id = :run and step_no = :step
                returning attempt""")
                        .param("battery", run.batteryKey())
                        .param("run", run.id())
                        .param("step", stepNo)
                        .param("result", r.result().name())
                        .param("minutes", r.durationMinutes())
                        .param("stripped", r.strippedCount())
                        .param("seized", r.seizedCount())
                        .param("broken", r.brokenCount())
                        .param("tabs", StepRecord.orZero(r.damagedTabs()))
                        .param("busbars", StepRecord.orZero(r.damagedBusbars()))
                        .param("cells", StepRecord.orZero(r.damagedCells()))
                        .param("verified", r.voltageVerified(), Types.BOOLEAN)
                        .param("tool", r.toolUsed(), Types.VARCHAR)
                        .param("notes", r.notes(), Types.VARCHAR)
                        .param("operator", operator)
                        .query(Integer.class)
                        .single();
        for (String hazard : r.hazards().stream().distinct().toList()) {
            jdbc.sql(
                            """
                    insert into run_step_hazard (battery_id, run_id, step_no, attempt, hazard)
                    values (:battery, :run, :step, :attempt, :hazard)""")
                    .param("battery", run.batteryKey())
                    .param("run", run.id())
                    .param("step", stepNo)
                    .param("attempt", attempt)
                    .param("hazard", hazard)
                    .update();
        }
        return attempt;
    }

    List<RunView.Hold> holds(RunRow run) {
        return jdbc.sql(
                        """
                select hold_no, step_no, reason, raised_by, raised_at, released_by, released_at,
                    release_note
                from run_hold where battery_id = :battery and run_id = :run order by hold_no""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .query(
                        (rs, n) ->
                                new RunView.Hold(
                                        rs.getInt(1),
                                        rs.getInt(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        instant(rs.getTimestamp(5)),
                                        rs.getString(6),
                                        instant(rs.getTimestamp(7)),
                                        rs.getString(8)))
                .list();
    }

    /** Hazard codes and whether each holds the run. */
    Map<String, Boolean> hazards() {
        Map<String, Boolean> hazards = new LinkedHashMap<>();
        jdbc.sql("select code, holds_run from run_hazard order by code")
                .query((rs, n) -> hazards.put(rs.getString(1), rs.getBoolean(2)))
                .list();
        return hazards;
    }

    List<Map<String, Object>> hazardTable() {
        return jdbc.sql("select code, holds_run, description, source from run_hazard order by code")
                .query(
                        (rs, n) -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("code", rs.getString(1));
                            row.put("holdsRun", rs.getBoolean(2));
                            row.put("description", rs.getString(3));
                            row.put("source", rs.getString(4));
                            return row;
                        })
                .list();
    }

    void insertResults(RunRow run, Completion c) {
        c.materials()
                .forEach(
                        (element, mass) ->
                                jdbc.sql(
                                                """
                insert into run_result (battery_id, run_id, kind, element, mass_kg)
                values (:battery, :run, 'MATERIAL', :element, :mass)""")
                                        .param("battery", run.batteryKey())
                                        .param("run", run.id())
                                        .param("element", element.name())
                                        .param("mass", mass)
                                        .update());
        for (Completion.RecoveredModule m : c.modules()) {
            jdbc.sql(
                            """
                    insert into run_result (battery_id, run_id, kind, module_serial,
                        module_condition, soh_pct)
                    values (:battery, :run, 'MODULE', :serial, :condition, :soh)""")
                    .param("battery", run.batteryKey())
                    .param("run", run.id())
                    .param("serial", m.serial())
                    .param("condition", m.condition().name())
                    .param("soh", m.sohPct(), Types.NUMERIC)
                    .update();
        }
        for (Completion.RecoveredCells cells : c.cells()) {
            jdbc.sql(
                            """
                    insert into run_result (battery_id, run_id, kind, cell_count, grade, soh_pct)
                    values (:battery, :run, 'CELLS', :count, :grade, :soh)""")
                    .param("battery", run.batteryKey())
                    .param("run", run.id())
                    .param("count", cells.count())
                    .param("grade", cells.grade().name())
                    .param("soh", cells.sohPct(), Types.NUMERIC)
                    .update();
        }
    }

    RunView.Results results(RunRow run) {
        List<RunView.Module> modules = new ArrayList<>();
        List<RunView.Cells> cells = new ArrayList<>();
        Map<String, BigDecimal> materials = new HashMap<>();
        jdbc.sql(
                        """
                select kind, element, mass_kg, module_serial, module_condition, cell_count, grade,
                    soh_pct
                from run_result where battery_id = :battery and run_id = :run order by id""")
                .param("battery", run.batteryKey())
                .param("run", run.id())
                .query(
                        (rs, n) -> {
                            switch (rs.getString(1)) {
                                case "MATERIAL" ->
                                        materials.put(rs.getString(2), rs.getBigDecimal(3));
                                case "MODULE" ->
                                        modules.add(
                                                new RunView.Module(
                                                        rs.getString(4),
                                                        rs.getString(5),
                                                        rs.getBigDecimal(8)));
                                default ->
                                        cells.add(
                                                new RunView.Cells(
                                                        rs.getInt(6),
                                                        rs.getString(7),
                                                        rs.getBigDecimal(8)));
                            }
                            return null;
                        })
                .list();
        return new RunView.Results(modules, cells, materials);
    }

    /** Runs of a battery, or of an organisation, newest first, optionally in one state. */
    List<RunSummary> list(String battery, String organisation, RunState state, int limit) {
        return jdbc.sql(
                        """
                select r.run_ref, r.battery_identifier, r.pack_model, r.depth, r.intended_route,
                    r.state, r.started_by, r.started_by_org, r.started_at, r.completed_at,
                    (select count(*) from run_step s
                     where s.battery_id = r.battery_id and s.run_id = r.id) as steps,
                    (select count(distinct o.step_no) from run_step_outcome o
                     where o.battery_id = r.battery_id and o.run_id = r.id
                       and o.result in ('DONE', 'SKIPPED')) as settled,
                    r.version
                from disassembly_run r
                where (cast(:battery as text) is null or r.battery_identifier = :battery)
                  and (cast(:org as text) is null or r.started_by_org = :org)
                  and (cast(:state as text) is null or r.state = :state)
                order by r.started_at desc, r.id desc
                limit :limit""")
                .param("battery", battery, Types.VARCHAR)
                .param("org", organisation, Types.VARCHAR)
                .param("state", state == null ? null : state.name(), Types.VARCHAR)
                .param("limit", limit)
                .query(
                        (rs, n) ->
                                new RunSummary(
                                        rs.getObject(1, UUID.class),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        RunState.valueOf(rs.getString(6)),
                                        rs.getString(7),
                                        rs.getString(8),
                                        instant(rs.getTimestamp(9)),
                                        instant(rs.getTimestamp(10)),
                                        rs.getInt(11),
                                        rs.getInt(12),
                                        rs.getInt(13)))
                .list();
    }

    private static RunRow run(ResultSet rs, int n) throws SQLException {
        return new RunRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                RunState.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                instant(rs.getTimestamp(12)),
                rs.getString(13),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                rs.getString(16),
                instant(rs.getTimestamp(17)),
                rs.getString(18),
                rs.getInt(19));
    }

    private static List<Integer> integers(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).toList();
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
