package eu.dbp.dashboard;

import eu.dbp.passport.PackView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pack -> module -> cell tree of one pack as the passport view shows it: each part with the
 * joints that hold it (and their fasteners) and the connectors it carries, and the joining sequence
 * in assembly order. Built from the pack view in memory, without further reads.
 */
record PackTree(PackView.Pack pack, List<Part> parts, List<Sequence> joiningSequence) {

    /** A component; {@code module} is set for components of kind MODULE. */
    record Part(
            PackView.Component component,
            PackView.Module module,
            List<Hold> joints,
            List<PackView.Connector> connectors) {}

    /** A joint and, for a threaded or clipped joint, its fastener. */
    record Hold(PackView.Joint joint, PackView.Fastener fastener) {}

    /** One assembly step: a joint made or a connector mated. */
    record Sequence(int number, Hold joint, PackView.Connector connector) {}

    static PackTree of(PackView view) {
        Map<String, PackView.Fastener> fasteners = index(view.fasteners(), PackView.Fastener::ref);
        Map<String, PackView.Joint> joints = index(view.joints(), PackView.Joint::ref);
        Map<String, PackView.Connector> connectors =
                index(view.connectors(), PackView.Connector::ref);
        Map<String, PackView.Module> modules = index(view.modules(), PackView.Module::componentRef);
        Map<String, List<Hold>> holds =
                view.joints().stream()
                        .collect(
                                Collectors.groupingBy(
                                        PackView.Joint::partRef,
                                        LinkedHashMap::new,
                                        Collectors.mapping(
                                                j -> hold(j, fasteners), Collectors.toList())));
        Map<String, List<PackView.Connector>> carried =
                view.connectors().stream()
                        .filter(c -> c.partRef() != null)
                        .collect(Collectors.groupingBy(PackView.Connector::partRef));

        List<Part> parts = new ArrayList<>();
        for (PackView.Component component : view.components()) {
            parts.add(
                    new Part(
                            component,
                            modules.get(component.ref()),
                            holds.getOrDefault(component.ref(), List.of()),
                            carried.getOrDefault(component.ref(), List.of())));
        }
        List<Sequence> sequence =
                view.joiningSequence().stream()
                        .map(
                                step ->
                                        new Sequence(
                                                step.sequenceNo(),
                                                step.jointRef() == null
                                                        ? null
                                                        : hold(
                                                                joints.get(step.jointRef()),
                                                                fasteners),
                                                step.connectorRef() == null
                                                        ? null
                                                        : connectors.get(step.connectorRef())))
                        .toList();
        return new PackTree(view.pack(), parts, sequence);
    }

    private static Hold hold(PackView.Joint joint, Map<String, PackView.Fastener> fasteners) {
        if (joint == null) {
            return null;
        }
        return new Hold(
                joint, joint.fastenerRef() == null ? null : fasteners.get(joint.fastenerRef()));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(item -> out.putIfAbsent(key.apply(item), item));
        return out;
    }
}
