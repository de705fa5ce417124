package eu.dbp.learning;

import eu.dbp.learning.ModelKnowledge.FastenerStats;
import eu.dbp.learning.ModelKnowledge.Parameters;
import eu.dbp.learning.ModelKnowledge.StepStats;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The learning tables: raw outcomes plus running statistics updated with atomic increments. */
@Repository
class LearningStore {

    private final JdbcClient jdbc;

    LearningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StepOutcome o) {
        jdbc.sql(
                        """
                insert into step_outcome (pack_model, step_key, fastener_class, battery_identifier,
                    run_ref, minutes, planned_p50_min, first_attempt_success, fasteners_handled,
                    stripped, seized, broken)
                values (:model, :step, :class, :battery, :run, :minutes, :planned, :first,
                    :handled, :stripped, :seized, :broken)
                """)
                .param("model", o.packModel())
                .param("step", o.stepKey())
                .param("class", o.fastenerClass())
                .param("battery", o.batteryIdentifier())
                .param("run", o.runRef())
                .param("minutes", o.minutes())
                .param("planned", o.plannedP50Min())
                .param("first", o.firstAttemptSuccess())
                .param("handled", o.fastenersHandled())
                .param("stripped", o.stripped())
                .param("seized", o.seized())
                .param("broken", o.broken())
                .update();
    }

    void addTime(String packModel, String stepKey, double minutes, boolean firstSuccess) {
        double log = Math.log(minutes);
        jdbc.sql(
                        """
                insert into step_time_stats (pack_model, step_key, observations, sum_log_min,
                    sum_log_min_sq, first_successes)
                values (:model, :step, 1, :log, :square, :success)
                on conflict (pack_model, step_key) do update set
                    observations = step_time_stats.observations + 1,
                    sum_log_min = step_time_stats.sum_log_min + excluded.sum_log_min,
                    sum_log_min_sq = step_time_stats.sum_log_min_sq + excluded.sum_log_min_sq,
                    first_successes = step_time_stats.first_successes + excluded.first_successes,
                    updated_at = now()
                """)
                .param("model", packModel)
                .param("step", stepKey)
                .param("log", log)
                .param("square", log * log)
                .param("success", firstSuccess ? 1 : 0)
                .update();
    }

    void addFasteners(String fastenerClass, int handled, int stripped, int seized, int broken) {
        jdbc.sql(
                        """
                insert into fastener_stats (fastener_class, handled, stripped, seized, broken)
                values (:class, :handled, :stripped, :seized, :broken)
                on conflict (fastener_class) do update set
                    handled = fastener_stats.handled + excluded.handled,
                    stripped = fastener_stats.stripped + excluded.stripped,
                    seized = fastener_stats.seized + excluded.seized,
                    broken = fastener_stats.broken + excluded.broken,
                    updated_at = now()
                """)
                .param("class", fastenerClass)
                .param("handled", handled)
                .param("stripped", stripped)
                .param("seized", seized)
                .param("broken", broken)
                .update();
    }

    Parameters parameters() {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("select key, value from learning_parameter")
                .query((rs, n) -> values.put(rs.getString(1), rs.getDouble(2)))
                .list();
        return new Parameters(
                value(values, "time.prior_weight"),
                value(values, "time.prior_shape"),
                value(values, "review.first_attempt_min"),
                (int) value(values, "review.min_attempts"),
                value(values, "fastener.prior_failures"),
                value(values, "fastener.prior_successes"),
                value(values, "fastener.destructive_threshold"),
                (int) value(values, "fastener.min_handled"));
    }

    Map<String, StepStats> stepStats(String packModel) {
        Map<String, StepStats> stats = new HashMap<>();
        jdbc.sql(
                        """
                select step_key, observations, sum_log_min, sum_log_min_sq, first_successes
                from step_time_stats where pack_model = :model
                """)
                .param("model", packModel)
                .query(
                        (rs, n) ->
                                stats.put(
                                        rs.getString(1),
                                        new StepStats(
                                                rs.getInt(2),
                                                rs.getDouble(3),
                                                rs.getDouble(4),
                                                rs.getInt(5))))
                .list();
        return stats;
    }

    Map<String, FastenerStats> fastenerStats() {
        Map<String, FastenerStats> stats = new HashMap<>();
        jdbc.sql("select fastener_class, handled, stripped, seized, broken from fastener_stats")
                .query(
                        (rs, n) ->
                                stats.put(
                                        rs.getString(1),
                                        new FastenerStats(
                                                rs.getInt(2),
                                                rs.getInt(3),
                                                rs.getInt(4),
                                                rs.getInt(5))))
                .list();
        return stats;
    }

    /**
     * Steps with at least {@code minAttempts} outcomes and a first-attempt rate below {@code max}.
     */
    List<FlaggedStep> flagged(int minAttempts, double max) {
        return jdbc.sql(
                        """
                select pack_model, step_key, observations, first_successes,
                       first_successes::double precision / observations as rate
                from step_time_stats
                where observations >= :min
                  and first_successes::double precision / observations < :max
                order by rate, pack_model, step_key
                """)
                .param("min", minAttempts)
                .param("max", max)
                .query(
                        (rs, n) ->
                                new FlaggedStep(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getInt(3),
                                        rs.getInt(4),
                                        rs.getDouble(5),
                                        max))
                .list();
    }

    /** Recorded times against plan per step, for several pack models in one query. */
    List<StepTimeSummary> summaries(Collection<String> packModels, int minAttempts, double max) {
        if (packModels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                select pack_model, step_key, count(*) as n,
                       percentile_cont(0.5) within group (order by minutes) as median,
                       avg(minutes) as mean, avg(planned_p50_min) as planned,
                       avg(case when first_attempt_success then 1.0 else 0.0 end) as rate
                from step_outcome
                where pack_model = any(:models::text[])
                group by pack_model, step_key
                order by pack_model, step_key
                """)
                .param("models", packModels.toArray(String[]::new))
                .query(
                        (rs, n) -> {
                            int count = rs.getInt("n");
                            double rate = rs.getDouble("rate");
                            double planned = rs.getDouble("planned");
                            return new StepTimeSummary(
                                    rs.getString("pack_model"),
                                    rs.getString("step_key"),
                                    count,
                                    rs.getDouble("median"),
                                    rs.getDouble("mean"),
                                    rs.wasNull() ? null : planned,
                                    rate,
                                    count >= minAttempts && rate < max);
                        })
                .list();
    }

    private static double value(Map<String, Double> values, String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("learning_parameter '" + key + "' is missing");
        }
        return value;
    }
}
