package eu.dbp.planning.bench;

import eu.dbp.learning.ModelKnowledge;
import eu.dbp.passport.PackView;
import eu.dbp.planning.Depth;
import eu.dbp.planning.DisassemblyPlan;
import eu.dbp.planning.PlanGenerator;
import eu.dbp.safety.IntendedRoute;
import eu.dbp.safety.ReferencePacks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plan generation in process (safety assessment, precedence graph, ordering, estimates) for a
 * synthetic pack of 36 modules and 432 cells. Run with {@code bench/plan-bench.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {

    @Param({"CELL", "MODULE"})
    public Depth depth;

    private PlanGenerator generator;
    private PackView pack;
    private ModelKnowledge knowledge;

    @Setup
    public void setUp() {
        generator = PlanGenerator.standard();
        pack = ReferencePacks.synthetic(36, 12);
        knowledge =
                ModelKnowledge.none(
                        pack.model(), new ModelKnowledge.Parameters(3, 3, 0.8, 5, 1, 19, 0.25, 8));
    }

    @Benchmark
    public DisassemblyPlan plan() {
        return generator.generate(pack, depth, IntendedRoute.RECYCLING, knowledge);
    }
}
