package eu.dbp.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Steps as nodes, "must come first" as edges, and a deterministic topological order: among the
 * steps that are ready, the lowest phase goes first, then the lowest rank (reverse assembly order),
 * then the order of creation. A cycle in the data (two parts recorded as attached to each other) is
 * broken by dropping the edges into the first stuck step, and reported.
 */
final class PrecedenceGraph {

    private final List<StepDraft> nodes = new ArrayList<>();

    StepDraft add(StepDraft draft) {
        draft.id = nodes.size();
        nodes.add(draft);
        return draft;
    }

    List<StepDraft> nodes() {
        return nodes;
    }

    /**
     * The nodes in execution order; edges dropped to break cycles are reported to {@code notes}.
     */
    List<StepDraft> order(Consumer<String> notes) {
        int n = nodes.size();
        int[] waiting = new int[n];
        List<List<Integer>> successors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>());
        }
        for (StepDraft node : nodes) {
            for (int p : node.preds) {
                successors.get(p).add(node.id);
                waiting[node.id]++;
            }
        }
        Comparator<StepDraft> priority =
                Comparator.comparingInt((StepDraft d) -> d.phase)
                        .thenComparingDouble(d -> d.rank)
                        .thenComparingInt(d -> d.id);
        PriorityQueue<StepDraft> ready = new PriorityQueue<>(priority);
        for (StepDraft node : nodes) {
            if (waiting[node.id] == 0) {
                ready.add(node);
            }
        }
        boolean[] placed = new boolean[n];
        Set<Long> dropped = new HashSet<>();
        List<StepDraft> order = new ArrayList<>(n);
        while (order.size() < n) {
            if (ready.isEmpty()) {
                StepDraft stuck =
                        nodes.stream().filter(d -> !placed[d.id]).min(priority).orElseThrow();
                Set<Integer> kept = new LinkedHashSet<>();
                for (int p : stuck.preds) {
                    if (placed[p]) {
                        kept.add(p);
                    } else {
                        dropped.add(edge(p, stuck.id));
                        notes.accept(
                                "Circular precedence between "
                                        + nodes.get(p).key
                                        + " and "
                                        + stuck.key
                                        + ": check the recorded joints; "
                                        + stuck.key
                                        + " was placed first");
                    }
                }
                stuck.preds = kept;
                waiting[stuck.id] = 0;
                ready.add(stuck);
            }
            StepDraft next = ready.poll();
            placed[next.id] = true;
            order.add(next);
            for (int s : successors.get(next.id)) {
                if (!placed[s] && !dropped.contains(edge(next.id, s)) && --waiting[s] == 0) {
                    ready.add(nodes.get(s));
                }
            }
        }
        return order;
    }

    private static long edge(int from, int to) {
        return ((long) from << 32) | to;
    }
}
